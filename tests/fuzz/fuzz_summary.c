/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_summary: JSON summaries from other offices (summary_read), as
 * `collect SUMMARY.json...` merges them.
 *
 * Checked: a reason in range and a detail fit for a terminal (the
 * verdict); an accepted summary has figures that agree (parts within
 * their wholes, the totals the units' sums, every official's unit and
 * lacking modules in range), is written back as JSON that reads back and
 * is written again as the same text, and merges (collect_merge) with itself as two offices
 * into a summary whose totals are twice its own.
 */
#include "config.h"
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exchange/collect_merge.h"
#include "exchange/export_summary.h"
#include "exchange/summary_read.h"

const char fuzz_name[] = "summary";

/* Read the len bytes at buf, checking the verdict; *out as given. */
static enum reject_reason
fuzz_summary_read(const char *buf, size_t len, struct collect_summary **out)
{
	char *detail = NULL;
	enum reject_reason why = summary_read(buf, len, out, &detail);

	fuzz_check_verdict(why, *out != NULL, detail);
	return why;
}

/* Check that the figures of s agree as the reader promises. */
static void
fuzz_summary_sums(const struct collect_summary *s)
{
	size_t reporting = 0, compliant = 0;

	for (size_t u = 0; u < s->n_units; u++) {
		const struct collect_unit *x = &s->units[u];

		FUZZ_CHECK(x->compliant <= x->reporting);
		reporting += x->reporting;
		compliant += x->compliant;
		for (size_t m = 0; m < s->n_modules; m++)
			FUZZ_CHECK(x->modules[m].na <= x->modules[m].finished &&
			    x->modules[m].finished <= x->modules[m].total);
		for (size_t a = 0; a < s->n_accounts; a++)
			FUZZ_CHECK(x->accounts[a].compliant <=
			    x->accounts[a].officials);
	}
	FUZZ_CHECK(reporting == s->reporting && compliant == s->compliant);
	FUZZ_CHECK(s->n_officials == s->reporting - s->compliant);
	for (size_t i = 0; i < s->n_officials; i++) {
		FUZZ_CHECK(s->officials[i].unit < s->n_units);
		for (size_t k = 0; k < s->officials[i].n_lacks; k++)
			FUZZ_CHECK(s->officials[i].lacks[k] < s->n_modules);
	}
	for (size_t i = 0; i < s->n_na_reasons; i++)
		FUZZ_CHECK(s->na_reasons[i].unit < s->n_units &&
		    s->na_reasons[i].module < s->n_modules);
}

/* s as JSON (caller frees), its length in *len. */
static char *
fuzz_summary_json(const struct collect_summary *s, size_t *len)
{
	char *text = NULL;
	FILE *f = open_memstream(&text, len);

	FUZZ_CHECK(f != NULL);
	FUZZ_CHECK(export_summary(s, EXPORT_FMT_JSON, f) == 0);
	FUZZ_CHECK(fclose(f) == 0);
	return text;
}

/* Write s, read it back, and check the second writing is the first. */
static void
fuzz_summary_round_trip(const struct collect_summary *s)
{
	struct collect_summary *back;
	size_t len, len2;
	char *text = fuzz_summary_json(s, &len), *again;

	FUZZ_CHECK(fuzz_summary_read(text, len, &back) == REJECT_OK);
	again = fuzz_summary_json(back, &len2);
	FUZZ_CHECK(len == len2 && memcmp(text, again, len) == 0);
	collect_summary_free(back);
	free(text);
	free(again);
}

/* Merge two copies of buf's summary as two offices. */
static void
fuzz_summary_merge(const char *buf, size_t len)
{
	struct collect_summary *in[2], *m;
	char *paths[2] = { (char *)"kota-a.json", (char *)"kota-b.json" };
	struct collect_merge_options o = { true, 1, NULL };
	size_t reporting, compliant, units;

	FUZZ_CHECK(fuzz_summary_read(buf, len, &in[0]) == REJECT_OK);
	FUZZ_CHECK(fuzz_summary_read(buf, len, &in[1]) == REJECT_OK);
	/* Named by the files when no agency is given. */
	free(in[0]->agency);
	free(in[1]->agency);
	in[0]->agency = in[1]->agency = NULL;
	reporting = in[0]->reporting;
	compliant = in[0]->compliant;
	units = in[0]->n_units;
	m = collect_merge(in, paths, 2, &o);
	FUZZ_CHECK(m->reporting == 2 * reporting);
	FUZZ_CHECK(m->compliant == 2 * compliant);
	FUZZ_CHECK(m->n_units == 2 * units);
	fuzz_summary_sums(m);
	collect_summary_free(m);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct collect_summary *s;

	if (fuzz_summary_read((const char *)data, size, &s) != REJECT_OK)
		return 0;
	fuzz_summary_sums(s);
	fuzz_summary_round_trip(s);
	collect_summary_free(s);
	fuzz_summary_merge((const char *)data, size);
	return 0;
}
