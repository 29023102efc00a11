/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_page: a collect summary as one HTML page, for the IT officer
 * to show at a meeting or print: the headline figures, the incidents,
 * with --weeks a line chart of the compliance per week (collect_weeks.c),
 * a bar chart of compliance per work unit (worst first) and one of
 * completion per module, each drawn as inline SVG with its figures also
 * in a table beside it, and per work unit the officials still to act.
 *
 * Not one of the table-by-table formats of export.h: a page sorts,
 * groups and draws what those formats list in order, so it reads the
 * summary itself.  The file is self-contained: its style sheet is
 * inside, nothing is fetched and nothing runs (a Content-Security-Policy
 * in the page forbids both); printed, it is A4.  Every text from a
 * report is cleaned (sanitize.h) and escaped (base/html.h).
 *
 * Each bar and point carries its figures as data attributes, for a
 * program that checks the chart: data-unit, data-reporting, data-compliant,
 * data-percent (empty when no one reports) on a unit's bar; data-module,
 * data-finished, data-total, data-percent on a module's; data-week-end
 * (ISO 8601 UTC, as the CSV has it), data-reporting, data-compliant,
 * data-percent (empty when no one reported) on a week's point (a <g
 * class="week"> for each week, with a dot when someone reported).
 */
#ifndef JAGAAKUN_EXPORT_PAGE_H
#define JAGAAKUN_EXPORT_PAGE_H

#include <stdbool.h>
#include <stdio.h>
#include "exchange/collect.h"

#define EXPORT_PAGE_FORMAT "html"	/* as -f names it */

/* True when path ends in ".html" or ".htm" (any case). */
bool export_page_path(const char *path);

/* Write summary s as the page to f.  Returns 0 or a negative errno. */
int export_page_summary(const struct collect_summary *s, FILE *f);

#endif
