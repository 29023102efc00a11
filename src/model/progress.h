/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * progress: counts and positions computed from an official's record and
 * the content.  Pure functions; the screens and, later, the reports use
 * the same arithmetic.
 */
#ifndef JAGAAKUN_PROGRESS_H
#define JAGAAKUN_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include "model/content.h"
#include "model/record.h"

struct progress {
	size_t done;
	size_t na;
	size_t later;
	size_t todo;
	size_t total;
};

/*
 * Whether o answers the modules of account a: a required one (its
 * enforced flag, content.h) always; another when o said they use it (not
 * before they were asked).  A module without an account (content built
 * without accounts) is always used.  The modules of an account not used
 * are not shown and not counted by anything below.
 */
bool progress_account_used(const struct official *o,
    const struct account *a);
bool progress_module_used(const struct official *o, const struct module *m);

/* Count one step of status st into p (its status count and the total). */
void progress_add(struct progress *p, enum step_status st);
/* Count the steps of one module, or of all, or of the modules of one
 * account, that o sees (progress_shows, progress_module_used) by their
 * status (progress_status). */
void progress_module(const struct official *o, const struct module *m, struct progress *p);
void progress_all(const struct official *o, const struct content *c, struct progress *p);
void progress_account(const struct official *o, const struct content *c,
    const struct account *a, struct progress *p);

/* Whether module m counts for compliance (the caller's rule, e.g.
 * site_module_required); arg is the caller's. */
typedef bool progress_required_fn(const struct module *m, void *arg);

/*
 * Compliance with a rule: account a is complete when every module of it
 * that required() says counts is finished (done or not applicable where
 * allowed); o is compliant when every enforced account is, whether or
 * not o said they use it (a required account cannot be declined: its
 * modules count as to do).  Modules that o does not see count for
 * nothing: they have no steps o sees.
 */
bool progress_account_compliant(const struct official *o,
    const struct content *c, const struct account *a,
    progress_required_fn *required, void *arg);
bool progress_compliant(const struct official *o, const struct content *c,
    progress_required_fn *required, void *arg);

/* Finished (done, or not applicable on a step that allows it) as a whole
 * percentage, rounded down; 100 only when everything is finished; 0 for
 * an empty total. */
unsigned progress_percent(const struct progress *p);
bool progress_is_complete(const struct progress *p);

/* The status of a step for o: STEP_TODO when untouched, and when marked
 * not applicable although the step does not allow it (content.h,
 * step_na_allowed): such marks, kept from older records, count as to do. */
enum step_status progress_status(const struct official *o,
    const struct module *m, const struct step *s);

/* Whether o sees step s: a Web step only when o uses Web/Desktop.  The
 * counts and the searches below leave out the steps o does not see. */
bool progress_shows(const struct official *o, const struct step *s);

/* How many steps of m before step si o sees (si's number, from 0, among
 * them). */
size_t progress_shown_before(const struct official *o,
    const struct module *m, size_t si);

/*
 * Where the official should continue: their saved resume point when it
 * still exists in the content, otherwise the first step that is not
 * finished.  Returns false when every step is finished (*mi, *si then
 * point at the first step).
 */
bool progress_resume(const struct official *o, const struct content *c,
    size_t *mi, size_t *si);

/* The first unfinished (STEP_TODO or STEP_LATER) step after (mi, si),
 * wrapping around, so (mi, si) itself is tried last; a position past the
 * end starts from the first step.  False, leaving *mi and *si alone,
 * when there is none. */
bool progress_next_open(const struct official *o, const struct content *c,
    size_t *mi, size_t *si);

#endif
