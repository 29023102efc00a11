/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect_weeks: compliance over time (collect.h, options.weeks): for
 * each of the last N weeks, the state at the week's end as --as-of would
 * give it: per NIP the newest report exported at or before that moment
 * counts (the same tie rule: as new and earlier in path order), later
 * ones are left out.  A week is the 7 days (7 x 86400 s) ending at its
 * end; the last week ends at the as-of time (the end of that day), or
 * now without it, the one before 7 days earlier, and so on.
 *
 * Made from the reports collect already holds, the newest per NIP and
 * the older ones it replaced, in one pass once they are sorted by NIP and
 * time: no file is read again.  Each official counts in the unit of the
 * summary (that of their newest report), so the last week's figures are
 * the summary's own; an official left out by --unit is left out of every
 * week.
 */
#include "config.h"
#include "exchange/collect.h"

#include <stdlib.h>

#include "base/strmap.h"
#include "base/xalloc.h"
#include "exchange/collect_state.h"

#define COLLECT_WEEK (7 * 86400)

/* A report of an official the weeks count. */
struct wentry {
	size_t nip;		/* index into collect.newest */
	const struct entry *e;
};

/* Sort by NIP, then oldest first: the newer of two as new is the one
 * earlier in path order, so it comes last. */
static int
collect_wentry_cmp(const void *a, const void *b)
{
	const struct wentry *x = a, *y = b;

	if (x->nip != y->nip)
		return x->nip < y->nip ? -1 : 1;
	if (x->e->exported != y->e->exported)
		return x->e->exported < y->e->exported ? -1 : 1;
	return x->e->seq > y->e->seq ? -1 : x->e->seq < y->e->seq;
}

/* The unit of the summary of each newest entry of c, SIZE_MAX for one
 * not in the summary (left out by --unit). */
static size_t *
collect_weeks_units(const struct collect *c, const struct collect_summary *s)
{
	size_t *unit_of = xcalloc(c->n_newest + 1, sizeof *unit_of);

	for (size_t i = 0; i < c->n_newest; i++)
		unit_of[i] = SIZE_MAX;
	for (size_t i = 0; i < s->n_officials; i++) {
		size_t n = strmap_get(c->by_nip, s->officials[i].nip);

		if (n != STRMAP_NONE)
			unit_of[n] = s->officials[i].unit;
	}
	return unit_of;
}

/* Every report of the officials in the summary, sorted; *n gets how
 * many. */
static struct wentry *
collect_weeks_entries(const struct collect *c, const size_t *unit_of,
    size_t *n)
{
	struct wentry *w = xcalloc(c->n_newest + c->n_dups + 1, sizeof *w);
	size_t k = 0;

	for (size_t i = 0; i < c->n_newest; i++)
		if (unit_of[i] != SIZE_MAX)
			w[k++] = (struct wentry){ i, c->newest[i] };
	for (size_t i = 0; i < c->n_dups; i++) {
		size_t nip = strmap_get(c->by_nip, c->dups[i].e->nip);

		if (nip != STRMAP_NONE && unit_of[nip] != SIZE_MAX)
			w[k++] = (struct wentry){ nip, c->dups[i].e };
	}
	if (k > 1)
		qsort(w, k, sizeof *w, collect_wentry_cmp);
	*n = k;
	return w;
}

/* Count report e of unit u in every week whose end falls from its export
 * time up to (not including) until, the export time of the official's
 * next report (when next; else to the last week). */
static void
collect_weeks_count(struct collect_summary *s, const struct entry *e,
    size_t u, bool next, time_t until)
{
	int nw = s->n_weeks, k = 0;

	if (e->exported > s->week_ends[0])
		k = (int)((e->exported - s->week_ends[0] + COLLECT_WEEK - 1) /
		    COLLECT_WEEK);
	for (; k < nw && (!next || s->week_ends[k] < until); k++) {
		struct collect_week_tally *t = &s->weeks[k];
		struct collect_week_tally *ut = &s->unit_weeks[u * (size_t)nw +
		    (size_t)k];

		t->reporting++;
		t->compliant += e->compliant;
		ut->reporting++;
		ut->compliant += e->compliant;
	}
}

void
collect_finish_weeks(struct collect *c, struct collect_summary *s)
{
	size_t *unit_of, n;
	struct wentry *w;
	int nw = c->opt.weeks;

	if (nw <= 0)
		return;
	if (nw > COLLECT_MAX_WEEKS)
		nw = COLLECT_MAX_WEEKS;
	s->n_weeks = nw;
	s->week_ends = xcalloc((size_t)nw, sizeof *s->week_ends);
	for (int k = 0; k < nw; k++)
		s->week_ends[k] = s->now - (time_t)(nw - 1 - k) * COLLECT_WEEK;
	s->weeks = xcalloc((size_t)nw, sizeof *s->weeks);
	s->unit_weeks = xcalloc(s->n_units * (size_t)nw + 1,
	    sizeof *s->unit_weeks);
	unit_of = collect_weeks_units(c, s);
	w = collect_weeks_entries(c, unit_of, &n);
	for (size_t i = 0; i < n; i++) {
		bool last = i + 1 == n || w[i + 1].nip != w[i].nip;
		time_t until = last ? 0 : w[i + 1].e->exported;

		/* As new as the next one: that one wins, this never counts. */
		if (!last && until == w[i].e->exported)
			continue;
		collect_weeks_count(s, w[i].e, unit_of[w[i].nip], !last, until);
	}
	free(w);
	free(unit_of);
}
