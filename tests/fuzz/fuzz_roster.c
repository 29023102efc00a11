/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_roster: the roster CSV a personnel system exports (roster_parse).
 *
 * Checked: nothing read gives a message naming the file; every official
 * kept has an 18-digit NIP that roster_find finds at its own index, and
 * a name and unit of valid UTF-8 with no control, within
 * PROFILE_MAX_TEXT bytes, on lines in file order; every message names
 * the file.
 */
#include "config.h"
#include "fuzz.h"

#include <string.h>

#include "base/text.h"
#include "exchange/roster.h"
#include "model/profile.h"

const char fuzz_name[] = "roster";

#define FUZZ_ROSTER_PATH "roster.csv"

/* Check one text of an official on the roster. */
static void
fuzz_roster_text(const char *s)
{
	FUZZ_CHECK(s != NULL && strlen(s) <= PROFILE_MAX_TEXT);
	FUZZ_CHECK(text_is_utf8(s) && !text_has_control(s, NULL));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d;
	struct roster *r;

	diag_init(&d);
	r = roster_parse(FUZZ_ROSTER_PATH, (const char *)data, size, 2026, &d);
	if (r == NULL)
		fuzz_check_refusal(&d, FUZZ_ROSTER_PATH);
	else {
		FUZZ_CHECK(r->sep == ';' || r->sep == ',');
		for (size_t i = 0; i < r->n; i++) {
			const struct roster_official *o = &r->officials[i];

			FUZZ_CHECK(strlen(o->nip) == 18 &&
			    strspn(o->nip, "0123456789") == 18);
			FUZZ_CHECK(roster_find(r, o->nip) == i);
			fuzz_roster_text(o->name);
			fuzz_roster_text(o->unit);
			FUZZ_CHECK(o->line >= 1);
			FUZZ_CHECK(i == 0 || o->line > r->officials[i - 1].line);
		}
	}
	for (size_t i = 0; i < d.n; i++)
		FUZZ_CHECK(strncmp(d.msgs[i], FUZZ_ROSTER_PATH ":",
		    strlen(FUZZ_ROSTER_PATH ":")) == 0);
	roster_free(r);
	diag_done(&d);
	return 0;
}
