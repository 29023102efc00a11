/*
 * export_report: one official's report as the tables of an export
 * (export.h): the official, the modules, the steps.
 */
#ifndef JAGAAKUN_EXPORT_REPORT_H
#define JAGAAKUN_EXPORT_REPORT_H

#include <stdio.h>
#include "exchange/export.h"
#include "exchange/report.h"

/* Write report r in format fmt to f; JSON is the report file itself
 * (report_write).  Returns 0 or a negative errno. */
int export_report(const struct report *r, enum export_format fmt, FILE *f);

#endif
