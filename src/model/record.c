/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record: the officials at this workstation and where each stands, in
 * memory (see record.h).  Reading and writing the file are in
 * record_read.c, record_file.c and record_write.c (see record_impl.h).
 */
#include "config.h"
#include "model/record.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "model/record_impl.h"
#include "os/fsutil.h"
#include "base/xalloc.h"

static const char *const record_status_names[] = {
	[STEP_TODO] = "todo",
	[STEP_DONE] = "done",
	[STEP_NA] = "na",
	[STEP_LATER] = "later",
};

/* Find the state of module/step in o, or NULL. */
struct step_state *
record_find_step(const struct official *o, const char *module,
    const char *step)
{
	for (size_t i = 0; i < o->n_steps; i++)
		if (strcmp(o->steps[i].module, module) == 0 &&
		    strcmp(o->steps[i].step, step) == 0)
			return &o->steps[i];
	return NULL;
}

/* Append an empty state for module/step to o. */
struct step_state *
record_append_step(struct official *o, const char *module, const char *step)
{
	struct step_state *s;

	o->steps = xgrow(o->steps, &o->cap_steps, o->n_steps + 1,
	    sizeof *o->steps);
	s = &o->steps[o->n_steps++];
	s->module = xstrdup(module);
	s->step = xstrdup(step);
	s->status = STEP_TODO;
	s->time = 0;
	s->reason = NULL;
	return s;
}

/* Free the accounts o uses. */
static void
official_free_accounts(struct official *o)
{
	for (size_t i = 0; i < o->n_accounts; i++)
		free(o->accounts[i]);
	free(o->accounts);
	o->accounts = NULL;
	o->n_accounts = 0;
}

/* Set o to an official with no data yet. */
void
record_official_init(struct official *o)
{
	memset(o, 0, sizeof *o);
	o->platform = -1;
}

/* Free what o holds. */
void
record_official_done(struct official *o)
{
	profile_done(&o->profile);
	free(o->language);
	free(o->resume_module);
	free(o->resume_step);
	for (size_t i = 0; i < o->n_steps; i++) {
		free(o->steps[i].module);
		free(o->steps[i].step);
		free(o->steps[i].reason);
	}
	free(o->steps);
	if (o->quiz != NULL)
		quiz_result_done(o->quiz);
	free(o->quiz);
	official_free_accounts(o);
}

/* Append o to r (r takes over what o holds). */
struct official *
record_append(struct record *r, const struct official *o)
{
	r->officials = xgrow(r->officials, &r->cap_officials,
	    r->n_officials + 1, sizeof *r->officials);
	r->officials[r->n_officials] = *o;
	return &r->officials[r->n_officials++];
}

/* Make an empty record for path, holding the lock lock_fd. */
struct record *
record_new(const char *path, int lock_fd)
{
	struct record *r = xcalloc(1, sizeof *r);

	r->path = xstrdup(path);
	r->lock_fd = lock_fd;
	return r;
}

/* Close r. */
void
record_close(struct record *r)
{
	if (r == NULL)
		return;
	fs_unlock(r->lock_fd);
	for (size_t i = 0; i < r->n_officials; i++)
		record_official_done(&r->officials[i]);
	free(r->officials);
	free(r->content_version);
	free(r->last_nip);
	free(r->path);
	free(r);
}

/* Find the default path of the record. */
char *
record_default_path(void)
{
	char *dir = fs_xdg_dir("state");
	char *path;

	if (dir == NULL)
		return NULL;
	path = xasprintf("%s/record.cfg", dir);
	free(dir);
	return path;
}

/* Find the official with nip. */
struct official *
record_find(struct record *r, const char *nip)
{
	for (size_t i = 0; i < r->n_officials; i++)
		if (strcmp(r->officials[i].profile.nip, nip) == 0)
			return &r->officials[i];
	return NULL;
}

/* Add an official with profile p. */
struct official *
record_add(struct record *r, const struct profile *p, time_t now)
{
	struct official o;

	if (record_find(r, p->nip) != NULL)
		return NULL;
	record_official_init(&o);
	profile_copy(&o.profile, p);
	o.created = o.updated = now;
	return record_append(r, &o);
}

/* Set the status of a step. */
void
official_set_status(struct official *o, const char *module,
    const char *step, enum step_status st, const char *reason, time_t now)
{
	struct step_state *s = record_find_step(o, module, step);
	char *copy;

	if (s == NULL)
		s = record_append_step(o, module, step);
	s->status = st;
	s->time = now;
	/* Copy before freeing: reason may be the stored one. */
	copy = st == STEP_NA ? xstrdup_or_null(reason) : NULL;
	free(s->reason);
	s->reason = copy;
	o->updated = now;
}

/* Find the state of a step. */
const struct step_state *
official_step(const struct official *o, const char *module, const char *step)
{
	return record_find_step(o, module, step);
}

/* Set where to resume. */
void
official_set_resume(struct official *o, const char *module, const char *step)
{
	/* Copy before freeing: the arguments may be the stored strings. */
	char *m = xstrdup_or_null(module), *s = xstrdup_or_null(step);

	free(o->resume_module);
	free(o->resume_step);
	o->resume_module = m;
	o->resume_step = s;
}

/* Keep a copy of a quiz result. */
int
official_set_quiz(struct official *o, const struct quiz_result *r)
{
	struct quiz_result *copy;

	if (r != NULL && quiz_result_check(r) != QUIZ_OK)
		return -EINVAL;
	/* Copy before freeing: r may be the stored result. */
	copy = r ? quiz_result_dup(r) : NULL;
	if (o->quiz != NULL)
		quiz_result_done(o->quiz);
	free(o->quiz);
	o->quiz = copy;
	if (copy != NULL)
		o->updated = copy->time;
	return 0;
}

/* Compare the last change with the last report written. */
bool
official_unexported(const struct official *o)
{
	if (o->n_steps == 0 && o->quiz == NULL)
		return false;
	return o->exported == 0 || o->exported < o->updated;
}

/* Name a status. */
const char *
step_status_name(enum step_status s)
{
	if ((unsigned)s >= sizeof record_status_names /
	    sizeof *record_status_names)
		return NULL;
	return record_status_names[s];
}

/* Parse a status name. */
int
step_status_parse(const char *s)
{
	for (size_t i = 0; i < sizeof record_status_names /
	    sizeof *record_status_names; i++)
		if (strcmp(s, record_status_names[i]) == 0)
			return (int)i;
	return -1;
}

/* Look for id among the accounts o uses. */
bool
official_uses_account(const struct official *o, const char *id)
{
	for (size_t i = 0; id != NULL && i < o->n_accounts; i++)
		if (strcmp(o->accounts[i], id) == 0)
			return true;
	return false;
}

/* Say whether id is an account id a record holds. */
static bool
official_account_id_ok(const char *id)
{
	size_t n = id != NULL ? strlen(id) : 0;

	return n > 0 && n <= RECORD_MAX_ACCOUNT_ID &&
	    strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

/* Check a list of account ids: good ids, none twice, not too many. */
bool
official_accounts_valid(const char *const *ids, size_t n)
{
	if (n > RECORD_MAX_ACCOUNTS)
		return false;
	for (size_t i = 0; i < n; i++) {
		if (!official_account_id_ok(ids[i]))
			return false;
		for (size_t j = 0; j < i; j++)
			if (strcmp(ids[i], ids[j]) == 0)
				return false;
	}
	return true;
}

/* Say whether o already uses exactly the n ids, in that order. */
static bool
official_same_accounts(const struct official *o, const char *const *ids,
    size_t n)
{
	if (!o->accounts_asked || o->n_accounts != n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (strcmp(o->accounts[i], ids[i]) != 0)
			return false;
	return true;
}

/* Replace the accounts o uses. */
int
official_set_accounts(struct official *o, const char *const *ids, size_t n)
{
	char **copy;

	if (!official_accounts_valid(ids, n))
		return -EINVAL;
	if (official_same_accounts(o, ids, n))
		return 0;
	copy = xcalloc(n + 1, sizeof *copy);
	for (size_t i = 0; i < n; i++)
		copy[i] = xstrdup(ids[i]);
	official_free_accounts(o);
	o->accounts = copy;
	o->n_accounts = n;
	o->accounts_asked = true;
	return 1;
}
