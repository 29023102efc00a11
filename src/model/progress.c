/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * progress: counts and positions from an official's record and the
 * content (see progress.h).
 *
 * A position is a (module index, step index) pair.  Walking the steps in
 * order treats (n_modules, 0) as "before the first step", so the search
 * for the first open step and the search for the next one are the same.
 */
#include "config.h"
#include "model/progress.h"

#include <string.h>

/* Look up the status o has recorded for step s of module m.  A "not
 * applicable" mark on a step that may not be so (one kept from a record
 * written before the content said which may) is to do again. */
enum step_status
progress_status(const struct official *o, const struct module *m,
    const struct step *s)
{
	const struct step_state *st = official_step(o, m->id, s->id);

	if (st == NULL || (st->status == STEP_NA && !step_na_allowed(s)))
		return STEP_TODO;
	return st->status;
}

/* A Web step is there only for an official who uses Web/Desktop. */
bool
progress_shows(const struct official *o, const struct step *s)
{
	return step_shown(s, o->web);
}

/* Count the steps of m that o sees up to (not including) si. */
size_t
progress_shown_before(const struct official *o, const struct module *m,
    size_t si)
{
	size_t n = 0;

	for (size_t i = 0; i < si && i < m->n_steps; i++)
		n += progress_shows(o, &m->steps[i]);
	return n;
}

/* Say whether a status still asks something of the official. */
static bool
progress_is_open(enum step_status st)
{
	return st == STEP_TODO || st == STEP_LATER;
}

/* Count one step of status st into p. */
void
progress_add(struct progress *p, enum step_status st)
{
	switch (st) {
	case STEP_DONE:
		p->done++;
		break;
	case STEP_NA:
		p->na++;
		break;
	case STEP_LATER:
		p->later++;
		break;
	case STEP_TODO:
		p->todo++;
		break;
	}
	p->total++;
}

/* A required account always counts; another once o said they use it. */
bool
progress_account_used(const struct official *o, const struct account *a)
{
	return a == NULL || a->enforced || official_uses_account(o, a->id);
}

bool
progress_module_used(const struct official *o, const struct module *m)
{
	return progress_account_used(o, m->acct);
}

/* A step o answers: of a module o uses, and one o sees. */
static bool
progress_counts(const struct official *o, const struct module *m,
    const struct step *s)
{
	return progress_module_used(o, m) && progress_shows(o, s);
}

/* Count the steps of m into p without clearing it first. */
static void
progress_add_module(const struct official *o, const struct module *m,
    struct progress *p)
{
	if (!progress_module_used(o, m))
		return;
	for (size_t i = 0; i < m->n_steps; i++)
		if (progress_shows(o, &m->steps[i]))
			progress_add(p, progress_status(o, m, &m->steps[i]));
}

/* Count the steps of one module by status. */
void
progress_module(const struct official *o, const struct module *m,
    struct progress *p)
{
	memset(p, 0, sizeof *p);
	progress_add_module(o, m, p);
}

/* Count every step of the content by status. */
void
progress_all(const struct official *o, const struct content *c,
    struct progress *p)
{
	memset(p, 0, sizeof *p);
	for (size_t i = 0; i < c->n_modules; i++)
		progress_add_module(o, &c->modules[i], p);
}

/* Count the steps of the modules of account a. */
void
progress_account(const struct official *o, const struct content *c,
    const struct account *a, struct progress *p)
{
	memset(p, 0, sizeof *p);
	for (size_t i = 0; i < c->n_modules; i++)
		if (c->modules[i].acct == a)
			progress_add_module(o, &c->modules[i], p);
}

/* Say whether every module of a that counts is finished. */
bool
progress_account_compliant(const struct official *o, const struct content *c,
    const struct account *a, progress_required_fn *required, void *arg)
{
	for (size_t i = 0; i < c->n_modules; i++) {
		const struct module *m = &c->modules[i];
		struct progress p;

		if (m->acct != a || !required(m, arg))
			continue;
		/* counted as if used: a required account cannot be declined */
		memset(&p, 0, sizeof p);
		for (size_t j = 0; j < m->n_steps; j++)
			if (progress_shows(o, &m->steps[j]))
				progress_add(&p, progress_status(o, m,
				    &m->steps[j]));
		if (!progress_is_complete(&p))
			return false;
	}
	return true;
}

/* Say whether o is compliant: every enforced account complete.  Content
 * without accounts: every module counts as one account's. */
bool
progress_compliant(const struct official *o, const struct content *c,
    progress_required_fn *required, void *arg)
{
	if (c->n_accounts == 0)
		return progress_account_compliant(o, c, NULL, required, arg);
	for (size_t i = 0; i < c->n_accounts; i++)
		if (c->accounts[i].enforced &&
		    !progress_account_compliant(o, c, &c->accounts[i],
		    required, arg))
			return false;
	return true;
}

/* Give the finished share (done, or not applicable where the content
 * allows it: progress_status) as a percentage rounded down, so that 100
 * means nothing is left. */
unsigned
progress_percent(const struct progress *p)
{
	if (p->total == 0)
		return 0;
	return (unsigned)((p->done + p->na) * 100 / p->total);
}

/* Say whether every step is done or not applicable. */
bool
progress_is_complete(const struct progress *p)
{
	return p->done + p->na == p->total;
}

/* Move (*mi, *si) to the following step, from the last to the first;
 * the content must have at least one step. */
static void
progress_advance(const struct content *c, size_t *mi, size_t *si)
{
	size_t m = *mi, s = *si + 1;

	while (m >= c->n_modules || s >= c->modules[m].n_steps) {
		m = m >= c->n_modules ? 0 : m + 1;
		s = 0;
	}
	*mi = m;
	*si = s;
}

/* Point (*mi, *si) at the first step, or at (0, 0) when there is none. */
static void
progress_first(const struct content *c, size_t *mi, size_t *si)
{
	*mi = c->n_modules;
	*si = 0;
	if (content_step_count(c) > 0)
		progress_advance(c, mi, si);
	else
		*mi = 0;
}

/* Find the next open step after (*mi, *si), ending with (*mi, *si) itself. */
bool
progress_next_open(const struct official *o, const struct content *c,
    size_t *mi, size_t *si)
{
	size_t total = content_step_count(c);
	size_t m = *mi, s = *si;

	for (size_t k = 0; k < total; k++) {
		const struct module *mod;

		progress_advance(c, &m, &s);
		mod = &c->modules[m];
		if (progress_counts(o, mod, &mod->steps[s]) &&
		    progress_is_open(progress_status(o, mod, &mod->steps[s]))) {
			*mi = m;
			*si = s;
			return true;
		}
	}
	return false;
}

/* Find the saved resume point of o in c; false when it is unset or gone. */
static bool
progress_saved(const struct official *o, const struct content *c,
    size_t *mi, size_t *si)
{
	const struct module *m;
	const struct step *s;

	if (o->resume_module == NULL || o->resume_step == NULL)
		return false;
	m = content_module(c, o->resume_module);
	if (m == NULL)
		return false;
	s = module_step(m, o->resume_step);
	if (s == NULL || !progress_counts(o, m, s))
		return false;
	*mi = (size_t)(m - c->modules);
	*si = (size_t)(s - m->steps);
	return true;
}

/* Choose where o continues: the saved point, else the first open step. */
bool
progress_resume(const struct official *o, const struct content *c,
    size_t *mi, size_t *si)
{
	size_t m = c->n_modules, s = 0;

	if (!progress_next_open(o, c, &m, &s)) {
		progress_first(c, mi, si);
		return false;
	}
	if (!progress_saved(o, c, mi, si)) {
		*mi = m;
		*si = s;
	}
	return true;
}
