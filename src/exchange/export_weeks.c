/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_weeks: the compliance of a collect summary per week
 * (collect_weeks.c) as two tables of an export (export_summary.h): over
 * all units, with a line chart of its percentage, then per unit, each
 * week a row, oldest first.
 */
#include "config.h"
#include "exchange/export_summary.h"

#include "base/i18n.h"

/* Over all units, week k (its end, the officials counted then). */
#define EXPORT_WEEKS_TOTAL(X) \
	X("week_end", N_("Week ending (UTC)"), EXPORT_TIME, 18, \
	    (.t = s->week_ends[k])) \
	X("reporting", N_("Reporting"), EXPORT_COUNT, 10, \
	    (.n = (long long)t->reporting)) \
	X("compliant", N_("Compliant"), EXPORT_COUNT, 10, \
	    (.n = (long long)t->compliant)) \
	X("percent", N_("Compliant (%)"), EXPORT_PERCENT, 13, \
	    (.n = t->reporting > 0 ? \
	    export_percent(t->compliant, t->reporting) : -1))

EXPORT_TABLE(export_weeks_total_table, EXPORT_WEEKS_TOTAL,
    "weeks", N_("Compliance per week"), false, -1);

/* The compliance over all units as a line over the weeks: their ends
 * (column 0), the percent compliant (column 3). */
static const struct export_chart export_weeks_chart = {
	N_("Compliance per week"), 0, 3, EXPORT_CHART_LINE
};

/* Per unit u, week k. */
#define EXPORT_WEEKS_UNIT(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, (.s = u->name)) \
	X("week_end", N_("Week ending (UTC)"), EXPORT_TIME, 18, \
	    (.t = s->week_ends[k])) \
	X("reporting", N_("Reporting"), EXPORT_COUNT, 10, \
	    (.n = (long long)t->reporting)) \
	X("compliant", N_("Compliant"), EXPORT_COUNT, 10, \
	    (.n = (long long)t->compliant)) \
	X("percent", N_("Compliant (%)"), EXPORT_PERCENT, 13, \
	    (.n = t->reporting > 0 ? \
	    export_percent(t->compliant, t->reporting) : -1))

/* TRANSLATORS: sheet names are at most 31 characters. */
EXPORT_TABLE_SHEET(export_weeks_unit_table, EXPORT_WEEKS_UNIT,
    "unit_weeks", N_("Compliance per week and work unit"),
    N_("Per week and unit"), false, 0);

void
export_summary_weeks(struct export_writer *w, const struct collect_summary *s)
{
	size_t nw = (size_t)s->n_weeks;

	export_table(w, &export_weeks_total_table);
	for (size_t k = 0; k < nw; k++) {
		const struct collect_week_tally *t = &s->weeks[k];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_WEEKS_TOTAL);

		export_row(w, v);
	}
	if (nw > 0)
		export_chart(w, &export_weeks_chart);
	export_table(w, &export_weeks_unit_table);
	for (size_t i = 0; i < s->n_units; i++)
		for (size_t k = 0; k < nw; k++) {
			const struct collect_unit *u = &s->units[i];
			const struct collect_week_tally *t =
			    &s->unit_weeks[i * nw + k];
			const struct export_value v[] =
			    EXPORT_VALUES(EXPORT_WEEKS_UNIT);

			export_row(w, v);
		}
}
