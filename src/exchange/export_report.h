/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_report: one official's report as the tables of an export
 * (export.h): the official (with the required modules and the latest
 * quiz score), the modules, the steps (with their titles and why a step
 * does not apply).
 */
#ifndef JAGAAKUN_EXPORT_REPORT_H
#define JAGAAKUN_EXPORT_REPORT_H

#include <stdio.h>
#include "exchange/export.h"
#include "exchange/report.h"
#include "model/content.h"

/* Write report r in format fmt to f; JSON is the report file itself
 * (report_write).  Step titles come from content c (the one r was built
 * from; NULL: ids stand in for them), in the current language.  Returns
 * 0 or a negative errno. */
int export_report(const struct report *r, const struct content *c,
    enum export_format fmt, FILE *f);

#endif
