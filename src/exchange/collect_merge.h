/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect_merge: the JSON summaries of several offices (summary_read.h)
 * merged into one summary, up the hierarchy: kota -> provinsi ->
 * nasional.
 *
 * Each summary is an office: named by the agency its summary gives
 * (summary.agency), else by its file's name without ".json" (and
 * without ".summary" before it).  Its work units become units of the
 * merged summary named "OFFICE / UNIT", so no two offices' units are
 * mixed, and every figure carries over exactly: the units' counts, the
 * completion per module and the compliance per account (modules and
 * accounts matched by id across offices), the steps not applicable and
 * why, the roster's figures (when every summary has a roster; else who
 * has not reported is unknown), the weeks (when every summary has the
 * same weeks), and the totals, which are their sums.  The officials not
 * compliant and those on a roster who have not reported are kept, or
 * dropped (options.officials false) while still counted.  Incidents,
 * rejected files, older reports replaced and empty paths are kept, their
 * files named "SUMMARY:FILE" as archive entries are.
 *
 * A summary that cannot be read is listed as a rejected file with the
 * field at fault, and so is a second summary of an office already read,
 * or a second copy of a file (the same office counted twice would
 * mislead): the others are merged.
 */
#ifndef JAGAAKUN_COLLECT_MERGE_H
#define JAGAAKUN_COLLECT_MERGE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "exchange/collect.h"

struct collect_merge_options {
	bool officials;		/* keep the officials still to act */
	time_t now;
	const char *agency;	/* the merging office's name, or NULL */
};

/* Merge the JSON summary files at the n paths, in that order; *refused
 * gets how many of them were not used (listed among the rejected files
 * under their own paths). */
struct collect_summary *collect_merge_paths(char *const *paths, size_t n,
    const struct collect_merge_options *o, size_t *refused);

/* Merge the n summaries in[] (taken and freed), read from paths[]. */
struct collect_summary *collect_merge(struct collect_summary **in,
    char *const *paths, size_t n, const struct collect_merge_options *o);

/* The office summary s read from path stands for (caller frees). */
char *collect_merge_office(const struct collect_summary *s, const char *path);

/* Say whether the file at path starts as a JSON summary does (it is read
 * as one then); false for a folder or anything that cannot be read. */
bool collect_merge_is_summary(const char *path);

#endif
