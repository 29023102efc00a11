/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect_roster: the roster's figures in a collect summary (see
 * collect.h): per unit the officials expected, how many of them have
 * reported and are compliant, who has not reported, and which officials
 * reporting are not on the roster.  Runs on one thread once the
 * summary's units are made (collect_summary.c).
 */
#include "config.h"
#include "exchange/collect.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "exchange/collect_state.h"
#include "exchange/roster.h"

/* Count roster official o in unit of s: the newest report of its NIP,
 * from whatever unit, or its place among those who have not reported
 * (text in a). */
static void
collect_roster_count(const struct collect *c, struct collect_summary *s,
    const struct roster_official *o, size_t unit, struct arena *a)
{
	struct collect_unit *u = &s->units[unit];
	size_t i = strmap_get(c->by_nip, o->nip);

	u->expected++;
	if (i == STRMAP_NONE) {
		s->missing[s->n_missing++] = (struct collect_missing){
		    arena_strdup(a, o->nip), arena_strdup(a, o->name), unit };
		return;
	}
	u->expected_reporting++;
	u->expected_compliant += c->newest[i]->compliant;
}

void
collect_finish_roster(struct collect *c, struct collect_summary *s,
    const size_t *unit_of, struct arena *a)
{
	const struct roster *r = c->opt.roster;

	if (r == NULL)
		return;
	s->roster = xstrdup(r->path);
	s->roster_skipped = r->skipped;
	s->missing = xcalloc(r->n + 1, sizeof *s->missing);
	for (size_t i = 0; i < r->n; i++)
		if (unit_of[i] != SIZE_MAX)
			collect_roster_count(c, s, &r->officials[i], unit_of[i],
			    a);
	if (s->n_missing > 1)
		qsort(s->missing, s->n_missing, sizeof *s->missing,
		    collect_missing_cmp);
	for (size_t i = 0; i < s->n_officials; i++) {
		struct collect_official *o = &s->officials[i];

		o->off_roster = roster_find(r, o->nip) == ROSTER_NONE;
		s->units[o->unit].off_roster += o->off_roster;
	}
	for (size_t i = 0; i < s->n_units; i++) {
		const struct collect_unit *u = &s->units[i];

		s->expected += u->expected;
		s->expected_reporting += u->expected_reporting;
		s->expected_compliant += u->expected_compliant;
		s->off_roster += u->off_roster;
	}
}
