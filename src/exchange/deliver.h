/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * deliver: the two files the checklist writes for the IT office, the
 * official's report and an incident, written the way every front end
 * writes them (the curses screens, ui/exporting.c and ui/recorded.c, and
 * the plain line-by-line mode, plain/), with the one sentence that says
 * how it went.  The sentences name the file and its folder apart: a long
 * path reads (and wraps) badly.
 */
#ifndef JAGAAKUN_DELIVER_H
#define JAGAAKUN_DELIVER_H

#include <stdbool.h>
#include <time.h>

#include "exchange/incident.h"
#include "exchange/report.h"
#include "model/content.h"
#include "model/record.h"
#include "model/site.h"

/* Where report r would be written: *name gets the file's name, *dir
 * its folder as a full path (a name alone is in the current folder).
 * Caller frees both. */
void deliver_report_place(const struct report *r, const struct site *s,
    char **name, char **dir);

/* Write o's report as it stands at now (the site's report folder made
 * first when it names one); on success o's exported time is set (save
 * the record).  Returns the sentence saying how it went (caller frees);
 * *ok tells whether it was written. */
char *deliver_report(struct official *o, const struct content *c,
    const struct site *s, time_t now, bool *ok);

/* Write down the incident of o's profile p (what was noticed, the note
 * details or NULL, whether money was asked) where reports go, or beside
 * the record when the site names no folder.  Returns the sentence saying
 * how it went (caller frees); *ok tells whether it was written. */
char *deliver_incident(const struct profile *p, enum incident_noticed noticed,
    const char *details, enum incident_money money, const struct site *s,
    time_t now, bool *ok);

#endif
