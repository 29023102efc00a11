/*
 * export_summary: a collect summary as the tables of an export
 * (export.h): the incidents first, then the totals, the work units, the
 * completion per module, the steps not applicable and why, the officials
 * not yet compliant, the stale
 * reports, the files rejected and the older reports replaced.
 */
#ifndef JAGAAKUN_EXPORT_SUMMARY_H
#define JAGAAKUN_EXPORT_SUMMARY_H

#include <stdio.h>
#include "exchange/collect.h"
#include "exchange/export.h"

/* Write summary s in format fmt to f.  Returns 0 or a negative errno. */
int export_summary(const struct collect_summary *s, enum export_format fmt,
    FILE *f);

#endif
