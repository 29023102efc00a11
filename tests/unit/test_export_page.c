/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_export_page: the compliance per week on the HTML page of a
 * summary (exchange/export_page): with weeks, a chart of a point per
 * week (its figures as data attributes and in a <title>, its height
 * the percentage), a line broken where a week has no report, a sentence
 * and a table; with many weeks only some dates and the first and last
 * figures shown; without weeks, or with weeks but no report in them, a
 * sentence that says so and no chart.
 */
#include "config.h"
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "exchange/export_page.h"

#define WEEK (7 * 86400)
#define T0 1793059200		/* 2026-10-27T00:00:00Z */

/* The page of summary s (caller frees). */
static char *
page_of(const struct collect_summary *s)
{
	char *out = NULL;
	size_t n = 0;
	FILE *f = tu_memopen(&out, &n);

	assert_non_null(f);
	assert_int_equal(export_page_summary(s, f), 0);
	assert_int_equal(tu_memclose(f), 0);
	return out;
}

/* How many times needle is in hay. */
static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* The part of page from its weeks' section to the next section (caller
 * frees). */
static char *
weeks_section(const char *page)
{
	const char *a = strstr(page, "<section id=\"weeks\">");
	const char *b;
	char *w;

	assert_non_null(a);
	b = strstr(a, "</section>");
	assert_non_null(b);
	w = xmalloc((size_t)(b - a) + 1);
	memcpy(w, a, (size_t)(b - a));
	w[b - a] = '\0';
	return w;
}

/* A summary of n weeks ending T0, T0 + WEEK, ..., week k with rep[k]
 * officials reporting of whom com[k] are compliant.  Free with
 * summary_done. */
static void
summary_weeks(struct collect_summary *s, int n, const size_t *rep,
    const size_t *com)
{
	memset(s, 0, sizeof *s);
	s->generated = s->now = T0 + (time_t)(n - 1) * WEEK;
	s->n_weeks = n;
	s->week_ends = xcalloc((size_t)n + 1, sizeof *s->week_ends);
	s->weeks = xcalloc((size_t)n + 1, sizeof *s->weeks);
	for (int k = 0; k < n; k++) {
		s->week_ends[k] = T0 + (time_t)k * WEEK;
		s->weeks[k].reporting = rep[k];
		s->weeks[k].compliant = com[k];
	}
}

static void
summary_done(struct collect_summary *s)
{
	free(s->week_ends);
	free(s->weeks);
}

/* Five weeks: none reporting, 1 of 2, 3 of 4, none, 4 of 4. */
static void
test_page_weeks_chart(void **state)
{
	static const size_t rep[] = { 0, 2, 4, 0, 4 };
	static const size_t com[] = { 0, 1, 3, 0, 4 };
	struct collect_summary s;
	char *page, *w;

	(void)state;
	summary_weeks(&s, 5, rep, com);
	page = page_of(&s);
	w = weeks_section(page);
	assert_non_null(strstr(w, "<h2>Compliance per week</h2>"));
	assert_null(strstr(w, "class=\"none\""));
	/* a text alternative: the chart's title and a sentence */
	assert_non_null(strstr(w, "<svg class=\"chart weeks\" viewBox=\"0 0 "
	    "780 252\" role=\"img\" aria-labelledby=\"chart-weeks-title\" "
	    "aria-describedby=\"chart-weeks-desc\">"));
	assert_non_null(strstr(w, "<desc id=\"chart-weeks-desc\">From 50% "
	    "compliant in the week ending 2026-11-03 to 100% in the week "
	    "ending 2026-11-24.</desc>"));
	assert_non_null(strstr(w, "<p class=\"desc\">From 50% compliant"));
	/* a point per week, its figures as data attributes and a title */
	assert_int_equal(count(w, "<g class=\"week\""), 5);
	assert_non_null(strstr(w, "<g class=\"week\" data-week-end=\""
	    "2026-10-27T00:00:00Z\" data-reporting=\"0\" data-compliant=\"0\" "
	    "data-percent=\"\"><title>Week ending 2026-10-27: no reports"
	    "</title>\n</g>"));
	assert_non_null(strstr(w, "<g class=\"week\" data-week-end=\""
	    "2026-11-10T00:00:00Z\" data-reporting=\"4\" data-compliant=\"3\" "
	    "data-percent=\"75\"><title>Week ending 2026-11-10: 75% (3 of 4)"
	    "</title>\n<circle class=\"mid\" cx=\"394\" cy=\"69\" r=\"4\">"
	    "</circle>\n<text class=\"value\" x=\"394\" y=\"60\" "
	    "text-anchor=\"middle\">75%</text>"));
	/* 50% half way up, 100% at the top, 0% (none here) at the axis */
	assert_non_null(strstr(w, "cx=\"229\" cy=\"114\""));
	assert_non_null(strstr(w, "<circle class=\"high\" cx=\"724\" "
	    "cy=\"24\""));
	assert_int_equal(count(w, "<circle"), 3);
	/* the line through weeks 1 and 2; week 4 stands alone */
	assert_int_equal(count(w, "<polyline"), 1);
	assert_non_null(strstr(w, "<polyline class=\"trend\" points=\"229,114 "
	    "394,69\""));
	/* every week's last day below the chart */
	for (int k = 0; k < 5; k++) {
		static const char *const days[] = { "10-27", "11-03", "11-10",
		    "11-17", "11-24" };
		char day[64];

		snprintf(day, sizeof day,
		    "text-anchor=\"middle\">2026-%s</text>", days[k]);
		assert_non_null(strstr(w, day));
	}
	/* and the table under it */
	assert_non_null(strstr(w, "<table class=\"weeks\">"));
	assert_non_null(strstr(w, "<tr><td class=\"when\">2026-11-10</td>\n"
	    "<td class=\"n\">4</td>\n<td class=\"n\">3</td>\n"
	    "<td class=\"n\">75%</td>\n</tr>"));
	assert_non_null(strstr(w, "<tr><td class=\"when\">2026-11-17</td>\n"
	    "<td class=\"n\">0</td>\n<td class=\"n\">0</td>\n"
	    "<td class=\"n\">-</td>\n</tr>"));
	/* the section comes before the units' chart */
	assert_true(strstr(page, "id=\"weeks\"") <
	    strstr(page, "id=\"units\""));
	free(w);
	free(page);
	summary_done(&s);
}

/* 52 weeks of reports: a date every few weeks, counted back from the
 * newest; the first and last figures only (every one is in a title). */
static void
test_page_weeks_many(void **state)
{
	size_t rep[52], com[52];
	struct collect_summary s;
	char *page, *w;

	(void)state;
	for (size_t k = 0; k < 52; k++) {
		rep[k] = 10;
		com[k] = k % 10;
	}
	summary_weeks(&s, 52, rep, com);
	page = page_of(&s);
	w = weeks_section(page);
	assert_int_equal(count(w, "<g class=\"week\""), 52);
	assert_int_equal(count(w, "<circle"), 52);
	assert_int_equal(count(w, "<title>Week ending "), 52);
	assert_int_equal(count(w, "<text class=\"value\""), 2);
	assert_non_null(strstr(w, "text-anchor=\"middle\">0%</text>"));
	assert_non_null(strstr(w, "text-anchor=\"middle\">10%</text>"));
	/* 7 weeks apart (80 units a date on 660): 51, 44, ... 2 */
	assert_int_equal(count(w, "text-anchor=\"middle\">20"), 8);
	assert_non_null(strstr(w, "text-anchor=\"middle\">2027-10-19</text>"));
	assert_int_equal(count(w, "<polyline"), 1);
	free(w);
	free(page);
	summary_done(&s);
}

/* No weeks asked for: the section says how to have them. */
static void
test_page_weeks_none(void **state)
{
	struct collect_summary s;
	char *page, *w;

	(void)state;
	memset(&s, 0, sizeof s);
	s.generated = s.now = T0;
	page = page_of(&s);
	w = weeks_section(page);
	assert_non_null(strstr(w, "<h2>Compliance per week</h2>\n<p class="
	    "\"none\">No weeks were asked for: collect --weeks N shows the "
	    "compliance of each of the last N weeks.</p>"));
	assert_null(strstr(w, "<svg"));
	assert_null(strstr(w, "<table"));
	assert_null(strstr(page, "class=\"week\""));
	free(w);
	free(page);
}

/* Weeks, and no report in any: said so, the table and no chart. */
static void
test_page_weeks_empty(void **state)
{
	static const size_t zero[] = { 0, 0, 0 };
	struct collect_summary s;
	char *page, *w;

	(void)state;
	summary_weeks(&s, 3, zero, zero);
	page = page_of(&s);
	w = weeks_section(page);
	assert_non_null(strstr(w, "<p class=\"none\">No report was made in "
	    "these weeks.</p>"));
	assert_null(strstr(w, "<svg"));
	assert_int_equal(count(w, "<td class=\"n\">-</td>"), 3);
	free(w);
	free(page);
	summary_done(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_page_weeks_chart),
		cmocka_unit_test(test_page_weeks_many),
		cmocka_unit_test(test_page_weeks_none),
		cmocka_unit_test(test_page_weeks_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
