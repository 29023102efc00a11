/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * summary_read: a JSON summary that collect wrote (export_summary.h, -f
 * json) read back into a collect summary, so that summaries merge up the
 * hierarchy (collect_merge.h): a city's offices into the city, the
 * cities into the province.
 *
 * The file comes from another office: it is checked as strictly as a
 * report.  Strict JSON in UTF-8 at most SUMMARY_MAX_BYTES, a header of
 * kind "summary" and export format major EXPORT_MAJOR, every member of
 * every table of the type and range its column has (text as collect
 * writes it: no control or invisible formatting character), and every
 * figure
 * that the writer derives from others as it would derive it: the totals
 * are the sums of the units, each percentage is the one of its counts,
 * no part exceeds its whole (compliant over reporting, not applicable
 * over finished over total), every official not compliant is listed (one
 * row each, in a unit that exists, lacking modules that exist), every
 * official not reported too, the roster's totals are its units' sums, and
 * the weeks' units add up to the week.  The first problem refuses the
 * file, with the field named ("units[3].compliant").
 *
 * What is not in the file is not made up: a unit carries no code, its
 * awareness is the percentage given (scores of 100 questions), and the
 * officials listed are those not compliant (summary.reporting counts them
 * all).  Tables collect does not need here (stale, unlisted,
 * not_on_roster, and any a later minor version adds) are not read.
 */
#ifndef JAGAAKUN_SUMMARY_READ_H
#define JAGAAKUN_SUMMARY_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "exchange/collect.h"
#include "exchange/reject.h"

#define SUMMARY_MAX_BYTES (256 * 1024 * 1024)

/* True when the len bytes at buf start as a JSON export does
 * (EXPORT_JSON_START): a summary, or a file that claims to be one. */
bool summary_looks_like(const char *buf, size_t len);

/* Read the len bytes at buf as a JSON summary into *out (caller frees
 * with collect_summary_free; NULL when refused).  REJECT_OK, or why it
 * is refused with a translated *detail naming the field (caller frees;
 * NULL when accepted). */
enum reject_reason summary_read(const char *buf, size_t len,
    struct collect_summary **out, char **detail);

#endif
