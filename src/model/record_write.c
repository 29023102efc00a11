/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record_write: a record built as libconfig settings and saved
 * atomically (see record_impl.h for the format).  A record that would
 * not read back is not written.
 */
#include "config.h"
#include "model/record_impl.h"

#include <errno.h>
#include <stdio.h>

#include "model/content.h"
#include "os/fsutil.h"
#include "base/isotime.h"

#define RECORD_WRITE_HEADER "# jagaakun record: written by jagaakun; " \
	"do not edit while it is running.\n"

/* Add a string member to g; NULL values are left out. */
static bool
record_write_put(config_setting_t *g, const char *name, const char *v)
{
	config_setting_t *s;

	if (v == NULL)
		return true;
	s = config_setting_add(g, name, CONFIG_TYPE_STRING);
	return s != NULL && config_setting_set_string(s, v) == CONFIG_TRUE;
}

/* Add a time member to g. */
static bool
record_write_time(config_setting_t *g, const char *name, time_t t)
{
	char buf[ISOTIME_LEN];

	isotime_format(t, buf);
	return record_write_put(g, name, buf);
}

/* Add the state s as a group to the list steps. */
static bool
record_write_step(config_setting_t *steps, const struct step_state *s)
{
	config_setting_t *g = config_setting_add(steps, NULL,
	    CONFIG_TYPE_GROUP);

	return g != NULL &&
	    record_write_put(g, "module", s->module) &&
	    record_write_put(g, "step", s->step) &&
	    record_write_put(g, "status", step_status_name(s->status)) &&
	    record_write_time(g, "time", s->time) &&
	    record_write_put(g, "reason", s->status == STEP_NA ? s->reason : NULL);
}

/* Add a true-or-false member to g; false is left out. */
static bool
record_write_flag(config_setting_t *g, const char *name, bool v)
{
	config_setting_t *s;

	if (!v)
		return true;
	s = config_setting_add(g, name, CONFIG_TYPE_BOOL);
	return s != NULL && config_setting_set_bool(s, 1) == CONFIG_TRUE;
}

/* Add the quiz result r, when there is one, as the group quiz of g. */
static bool
record_write_quiz(config_setting_t *g, const struct quiz_result *r)
{
	config_setting_t *q, *s, *missed, *asked;

	if (r == NULL)
		return true;
	if ((q = config_setting_add(g, "quiz", CONFIG_TYPE_GROUP)) == NULL ||
	    (s = config_setting_add(q, "score", CONFIG_TYPE_INT)) == NULL ||
	    config_setting_set_int(s, (int)r->score) != CONFIG_TRUE ||
	    (s = config_setting_add(q, "total", CONFIG_TYPE_INT)) == NULL ||
	    config_setting_set_int(s, (int)r->total) != CONFIG_TRUE ||
	    !record_write_time(q, "time", r->time) ||
	    (missed = config_setting_add(q, "missed", CONFIG_TYPE_LIST)) ==
	    NULL ||
	    (s = config_setting_add(q, "answered", CONFIG_TYPE_INT)) == NULL ||
	    config_setting_set_int(s, (int)r->answered) != CONFIG_TRUE ||
	    (asked = config_setting_add(q, "asked", CONFIG_TYPE_LIST)) == NULL)
		return false;
	for (size_t i = 0; i < r->n_missed; i++)
		if (config_setting_set_string_elem(missed, -1, r->missed[i]) ==
		    NULL)
			return false;
	for (size_t i = 0; i < r->n_asked; i++)
		if (config_setting_set_string_elem(asked, -1, r->asked[i]) ==
		    NULL)
			return false;
	return true;
}

/* Add the fields of p to the group g. */
static bool
record_write_profile(config_setting_t *g, const struct profile *p)
{
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (profile_written(p, f) &&
		    !record_write_put(g, profile_describe(f)->key, profile_get(p, f)))
			return false;
	return true;
}

/* Add the accounts o uses, once asked, as the array accounts of g. */
static bool
record_write_accounts(config_setting_t *g, const struct official *o)
{
	config_setting_t *a;

	if (!o->accounts_asked)
		return true;
	if ((a = config_setting_add(g, "accounts", CONFIG_TYPE_ARRAY)) == NULL)
		return false;
	for (size_t i = 0; i < o->n_accounts; i++)
		if (config_setting_set_string_elem(a, -1, o->accounts[i]) ==
		    NULL)
			return false;
	return true;
}

/* Add the official o as a group to the list officials. */
static bool
record_write_official(config_setting_t *officials, const struct official *o)
{
	config_setting_t *g, *steps;
	const char *platform = NULL;

	if (o->platform >= 0 && o->platform < PLATFORM_PHONES)
		platform = platform_name(o->platform);
	g = config_setting_add(officials, NULL, CONFIG_TYPE_GROUP);
	if (g == NULL ||
	    !record_write_profile(g, &o->profile) ||
	    !record_write_put(g, "language", o->language) ||
	    !record_write_put(g, "platform", platform) ||
	    !record_write_flag(g, "web", o->web) ||
	    !record_write_accounts(g, o) ||
	    !record_write_put(g, "resume_module", o->resume_module) ||
	    !record_write_put(g, "resume_step", o->resume_step) ||
	    !record_write_time(g, "created", o->created) ||
	    !record_write_time(g, "updated", o->updated) ||
	    (o->exported != 0 &&
	    !record_write_time(g, "exported", o->exported)) ||
	    (steps = config_setting_add(g, "steps", CONFIG_TYPE_LIST)) == NULL)
		return false;
	for (size_t i = 0; i < o->n_steps; i++)
		if (!record_write_step(steps, &o->steps[i]))
			return false;
	return record_write_quiz(g, o->quiz);
}

/* Build the file's settings for r under root. */
static bool
record_write_build(const struct record *r, config_setting_t *root)
{
	config_setting_t *s, *officials;

	if ((s = config_setting_add(root, "format", CONFIG_TYPE_INT)) == NULL ||
	    config_setting_set_int(s, RECORD_FORMAT) != CONFIG_TRUE ||
	    !record_write_put(root, "content_version", r->content_version) ||
	    !record_write_put(root, "last_nip", r->last_nip) ||
	    (officials = config_setting_add(root, "officials",
	    CONFIG_TYPE_LIST)) == NULL)
		return false;
	for (size_t i = 0; i < r->n_officials; i++)
		if (!record_write_official(officials, &r->officials[i]))
			return false;
	return true;
}

/* Say whether the settings in cfg would read back as a record. */
static bool
record_write_reads_back(const config_t *cfg, const char *path)
{
	struct record *check = record_new(path, -1);
	struct diag d;
	int err;

	diag_init(&d);
	err = record_read_parse(check, cfg, path, &d);
	diag_done(&d);
	record_close(check);
	return err == 0;
}

/* fs_writer: write the record in ctx to f. */
static int
record_write_file(FILE *f, void *ctx)
{
	const struct record *r = ctx;
	config_t cfg;
	int err = 0;

	config_init(&cfg);
	if (!record_write_build(r, config_root_setting(&cfg)) ||
	    !record_write_reads_back(&cfg, r->path))
		err = -EINVAL;
	else {
		fputs(RECORD_WRITE_HEADER, f);
		config_write(&cfg, f);
	}
	config_destroy(&cfg);
	return err;
}

/* Save r. */
int
record_save(struct record *r)
{
	return fs_write_atomic(r->path, record_write_file, r);
}
