/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_summary: a collect summary as the tables of an export
 * (export.h): the incidents first, then the totals, the roster's
 * totals, the work units and the same by the roster (with a chart of
 * their compliance), the completion per module over all units (with a
 * chart) and per unit, the steps not applicable and why, the officials
 * not yet compliant, every official reporting (not in the text format:
 * a column per required module does not fit a line), those on the
 * roster who have not reported and those reporting who are not on it,
 * the stale reports, the files rejected, the older reports replaced,
 * and the paths given that hold no report.
 * The roster's tables come only with a roster, the stale reports only
 * with a number of days, the paths only when any; the compliance per
 * week (export_weeks.c) after the units, only when weeks were asked for.
 * A workbook (XLSX) starts with the totals, so that it opens on them and
 * the charts.
 */
#ifndef JAGAAKUN_EXPORT_SUMMARY_H
#define JAGAAKUN_EXPORT_SUMMARY_H

#include <stdio.h>
#include "exchange/collect.h"
#include "exchange/export.h"

/* Write summary s in format fmt to f.  Returns 0 or a negative errno. */
int export_summary(const struct collect_summary *s, enum export_format fmt,
    FILE *f);

/* export_summary writing only the table whose key is table (NULL: all
 * of them); in CSV that table alone (export_open_only). */
int export_summary_only(const struct collect_summary *s,
    enum export_format fmt, FILE *f, const char *table);

/* The keys of the tables export_summary writes for s in format fmt, in
 * order, *n of them ("officials", "units"...: each table's JSON member
 * name); NULL-terminated, the array the caller's to free, the keys
 * static. */
const char **export_summary_tables(const struct collect_summary *s,
    enum export_format fmt, size_t *n);

/* The compliance per week of s (s->n_weeks > 0), over all units and per
 * unit, as two tables of w (export_weeks.c). */
void export_summary_weeks(struct export_writer *w,
    const struct collect_summary *s);

#endif
