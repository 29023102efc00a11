/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record_read: a parsed record file checked and turned into a record
 * (see record_impl.h for the format).
 *
 * The record is read in a fixed order and reading stops at the first
 * problem, which is the one message shown: a record is used whole or not
 * at all.  Settings the format does not name are ignored, so that a file
 * written by a later version with an extra setting still opens.  Problems
 * are reported through cfgcheck (base/cfgcheck.h), as "file:line: ...".
 *
 * The value checks here are not cfgcheck's typed helpers, because the
 * messages differ: those address the author of a content file ("\"name\"
 * must be a string", "missing setting \"name\""), these the owner of a
 * record ("the setting name must be a string"), and both are asserted by
 * tests and translated.  The checks differ too: cfgcheck collects every
 * problem in file order and reports unknown settings, accepts 64-bit
 * numbers and reports a bad string of a list on the element's line.
 */
#include "config.h"
#include "model/record_impl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/cfgcheck.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "model/content.h"

/* Parses a setting's text into an enum value, -1 when unknown. */
typedef int (*record_read_parser)(const char *s);

/*
 * Fetch the string member name of g into *out (pointing into the config).
 * An absent optional member gives NULL.
 */
static bool
record_read_text(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, bool required, const char **out)
{
	const config_setting_t *s = config_setting_get_member(g, name);

	*out = NULL;
	if (s == NULL)
		return !required ||
		    cfgcheck_error(ck, g, _("the setting %s is missing"), name);
	if (config_setting_type(s) != CONFIG_TYPE_STRING)
		return cfgcheck_error(ck, s, _("the setting %s must be a string"),
		    name);
	if (!text_is_utf8(config_setting_get_string(s)))
		return cfgcheck_error(ck, s,
		    _("the setting %s is not valid UTF-8"), name);
	*out = config_setting_get_string(s);
	return true;
}

/* Copy the string member name of g into *dst (NULL when absent). */
static bool
record_read_copy(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, bool required, char **dst)
{
	const char *v;

	if (!record_read_text(ck, g, name, required, &v))
		return false;
	*dst = xstrdup_or_null(v);
	return true;
}

/* Read the time member name of g into *t. */
static bool
record_read_time(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, time_t *t)
{
	const char *v;

	if (!record_read_text(ck, g, name, true, &v))
		return false;
	if (!isotime_parse(v, t))
		return cfgcheck_error(ck, config_setting_get_member(g, name),
		    _("the setting %s is not a UTC time such as "
		    "2026-11-24T07:05:00Z: \"%s\""), name, v);
	return true;
}

/* Read the time name of g when it is there; *t stays 0 when not (files
 * of earlier versions lack "exported"). */
static bool
record_read_time_opt(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, time_t *t)
{
	if (config_setting_get_member(g, name) == NULL)
		return true;
	return record_read_time(ck, g, name, t);
}

/* Read the member name of g through parse into *out; when absent and
 * optional, *out is left as it is. */
static bool
record_read_enum(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, bool required, record_read_parser parse, int *out)
{
	const char *v;
	int n;

	if (!record_read_text(ck, g, name, required, &v))
		return false;
	if (v == NULL)
		return true;
	if ((n = parse(v)) < 0)
		return cfgcheck_error(ck, config_setting_get_member(g, name),
		    _("the setting %s has an unknown value \"%s\""), name, v);
	*out = n;
	return true;
}

/* Read the true-or-false member name of g into *out; when absent, *out
 * is left as it is. */
static bool
record_read_flag(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, bool *out)
{
	const config_setting_t *s = config_setting_get_member(g, name);

	if (s == NULL)
		return true;
	if (config_setting_type(s) != CONFIG_TYPE_BOOL)
		return cfgcheck_error(ck, s,
		    _("the setting %s must be true or false"), name);
	*out = config_setting_get_bool(s) != 0;
	return true;
}

/* Parse a language code the way the other parsers do. */
static int
record_read_language(const char *s)
{
	return i18n_is_language(s) ? 0 : -1;
}

/* Fetch the member name of g, a list of groups, into *out (NULL when
 * absent). */
static bool
record_read_list(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, config_setting_t **out)
{
	config_setting_t *s = config_setting_get_member(g, name);
	config_setting_t *e;

	*out = NULL;
	if (s == NULL)
		return true;
	if (config_setting_type(s) != CONFIG_TYPE_LIST)
		return cfgcheck_error(ck, s,
		    _("the setting %s must be a list of groups ( { ... } )"),
		    name);
	for (int i = 0; (e = config_setting_get_elem(s, i)) != NULL; i++)
		if (config_setting_type(e) != CONFIG_TYPE_GROUP)
			return cfgcheck_error(ck, e,
			    _("the setting %s must be a list of groups "
			    "( { ... } )"), name);
	*out = s;
	return true;
}

/* Read the member name of g, a whole number from 0 to max, into *out. */
static bool
record_read_count(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, int max, unsigned *out)
{
	const config_setting_t *s = config_setting_get_member(g, name);

	if (s == NULL)
		return cfgcheck_error(ck, g, _("the setting %s is missing"), name);
	if (config_setting_type(s) != CONFIG_TYPE_INT ||
	    config_setting_get_int(s) < 0 || config_setting_get_int(s) > max)
		return cfgcheck_error(ck, s, _("the setting %s must be a whole "
		    "number from 0 to %d"), name, max);
	*out = (unsigned)config_setting_get_int(s);
	return true;
}

/* Copy the member name of g, a list of strings, into *v and *n. */
static bool
record_read_strings(struct cfgcheck *ck, const config_setting_t *g,
    const char *name, char ***v, size_t *n)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	const char *e;
	int len;

	if (s == NULL)
		return cfgcheck_error(ck, g, _("the setting %s is missing"), name);
	if (!config_setting_is_list(s) && !config_setting_is_array(s))
		return cfgcheck_error(ck, s, _("the setting %s must be a list of "
		    "strings ( \"...\", \"...\" )"), name);
	len = config_setting_length(s);
	*v = xcalloc((size_t)len + 1, sizeof **v);
	for (int i = 0; i < len; i++) {
		if ((e = config_setting_get_string_elem(s, i)) == NULL)
			return cfgcheck_error(ck, s, _("the setting %s must be a "
			    "list of strings ( \"...\", \"...\" )"), name);
		(*v)[(*n)++] = xstrdup(e);
	}
	return true;
}

/* Read the optional list of the accounts o uses (member "accounts" of
 * g): absent, they have not been asked yet. */
static bool
record_read_accounts(struct cfgcheck *ck, const config_setting_t *g,
    struct official *o)
{
	const config_setting_t *s = config_setting_get_member(g, "accounts");
	char **ids = NULL;
	size_t n = 0;
	bool ok;

	if (s == NULL)
		return true;
	ok = record_read_strings(ck, g, "accounts", &ids, &n);
	if (ok && !official_accounts_valid((const char *const *)ids, n))
		ok = cfgcheck_error(ck, s, _("the setting accounts must list "
		    "at most %d account ids (a-z, 0-9 and \"-\"), each once"),
		    RECORD_MAX_ACCOUNTS);
	if (ok)
		official_set_accounts(o, (const char *const *)ids, n);
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	return ok;
}

/* Read the optional quiz result (member "quiz" of g) into o. */
static bool
record_read_quiz(struct cfgcheck *ck, const config_setting_t *g,
    struct official *o)
{
	const config_setting_t *q = config_setting_get_member(g, "quiz");
	struct quiz_result r = { 0 };
	enum quiz_problem p;
	bool ok;

	if (q == NULL)
		return true;
	if (!config_setting_is_group(q))
		return cfgcheck_error(ck, q, _("the setting quiz must be a group "
		    "{ ... }"));
	ok = record_read_count(ck, q, "score", QUIZ_MAX_TOTAL, &r.score) &&
	    record_read_count(ck, q, "total", QUIZ_MAX_TOTAL, &r.total) &&
	    record_read_time(ck, q, "time", &r.time) &&
	    record_read_strings(ck, q, "missed", &r.missed, &r.n_missed);
	/* A record written before quizzes could stop early has neither:
	 * the quiz was finished, its scenarios unnamed. */
	r.answered = r.total;
	if (ok && config_setting_get_member(q, "answered") != NULL)
		ok = record_read_count(ck, q, "answered", QUIZ_MAX_TOTAL,
		    &r.answered);
	if (ok && config_setting_get_member(q, "asked") != NULL)
		ok = record_read_strings(ck, q, "asked", &r.asked, &r.n_asked);
	if (ok && (p = quiz_result_check(&r)) != QUIZ_OK)
		ok = cfgcheck_error(ck, config_setting_get_member(q,
		    quiz_problem_member(p)), "%s", quiz_problem_text(p));
	if (!ok) {
		quiz_result_done(&r);
		return false;
	}
	o->quiz = xmalloc(sizeof *o->quiz);
	*o->quiz = r;
	return true;
}

/* Report problem e of the value v of profile field f in g; true when
 * there is none. */
static bool
record_read_problem(struct cfgcheck *ck, const config_setting_t *g,
    enum profile_field f, const char *v, enum profile_problem e)
{
	const char *key = profile_describe(f)->key;
	const config_setting_t *s = config_setting_get_member(g, key);

	switch (e) {
	case PROFILE_OK:
		return true;
	case PROFILE_NOT_UTF8:
		return cfgcheck_error(ck, s, _("the setting %s is not valid UTF-8"),
		    key);
	case PROFILE_TOO_LONG:
		return cfgcheck_error(ck, s,
		    _("the setting %s is longer than %d bytes"), key,
		    (int)profile_describe(f)->max);
	case PROFILE_UNKNOWN_KIND:
		return cfgcheck_error(ck, s,
		    _("the setting %s has an unknown value \"%s\""), key, v);
	case PROFILE_BLANK:
		/* The name is the one required text so far; another needs
		 * its own message. */
		return cfgcheck_error(ck, s, _("the name is empty"));
	case PROFILE_NOT_CODE:
		return cfgcheck_error(ck, s,
		    _("the setting %s is not a unit code (a-z, 0-9 and \"-\")"),
		    key);
	case PROFILE_NOT_NIP:
		break;
	}
	return cfgcheck_error(ck, s, _("the NIP \"%s\" is not 18 digits"), v);
}

/* Read the required profile field f of g into p, if a file may hold it. */
static bool
record_read_field(struct cfgcheck *ck, const config_setting_t *g,
    enum profile_field f, struct profile *p)
{
	const char *v;

	return record_read_text(ck, g, profile_describe(f)->key,
	    !profile_optional(f), &v) &&
	    record_read_problem(ck, g, f, v, profile_set(p, f, v));
}

/* Read the profile fields of the official in group g into p.  Every
 * field is read (present, a string, valid UTF-8, within its limit, a known
 * kind) before any value is judged (a blank name, a NIP that is not 18
 * digits), so the first problem reported is the one it always was. */
static bool
record_read_profile(struct cfgcheck *ck, const config_setting_t *g,
    struct profile *p)
{
	enum profile_field f;

	for (f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (!record_read_field(ck, g, f, p))
			return false;
	for (f = 0; f < PROFILE_FIELD_COUNT; f++) {
		const char *v = profile_get(p, f);

		if (!record_read_problem(ck, g, f, v, profile_check(f, v)))
			return false;
	}
	return true;
}

/* Read one step state (group g) into o. */
static bool
record_read_step(struct cfgcheck *ck, const config_setting_t *g,
    struct official *o)
{
	const char *module, *step, *reason;
	struct step_state *s;
	int status = STEP_TODO;
	time_t t;

	if (!record_read_text(ck, g, "module", true, &module) ||
	    !record_read_text(ck, g, "step", true, &step) ||
	    !record_read_enum(ck, g, "status", true, step_status_parse,
	    &status) ||
	    !record_read_time(ck, g, "time", &t) ||
	    !record_read_text(ck, g, "reason", false, &reason))
		return false;
	if (record_find_step(o, module, step) != NULL)
		return cfgcheck_error(ck, g,
		    _("the step %s of module %s appears more than once"),
		    step, module);
	s = record_append_step(o, module, step);
	s->status = status;
	s->time = t;
	if (status == STEP_NA)
		s->reason = xstrdup_or_null(reason);
	return true;
}

/* Read where the official uses WhatsApp: the phone ("platform") and
 * whether Web/Desktop too ("web").  A record written before the phone
 * was asked for may say "web" alone: the phone behind it is unknown, so
 * it is asked again, with Web/Desktop kept. */
static bool
record_read_platform(struct cfgcheck *ck, const config_setting_t *g,
    struct official *o)
{
	if (!record_read_enum(ck, g, "platform", false, platform_parse,
	    &o->platform) ||
	    !record_read_flag(ck, g, "web", &o->web))
		return false;
	if (o->platform == PLATFORM_WEB) {
		o->platform = -1;
		o->web = true;
	}
	return true;
}

/* Read the official's choices, resume point, times and steps (group g). */
static bool
record_read_state(struct cfgcheck *ck, const config_setting_t *g,
    struct official *o)
{
	config_setting_t *steps, *e;
	int lang = 0;

	if (!record_read_enum(ck, g, "language", false, record_read_language,
	    &lang) ||
	    !record_read_copy(ck, g, "language", false, &o->language) ||
	    !record_read_platform(ck, g, o) ||
	    !record_read_accounts(ck, g, o) ||
	    !record_read_copy(ck, g, "resume_module", false,
	    &o->resume_module) ||
	    !record_read_copy(ck, g, "resume_step", false, &o->resume_step) ||
	    !record_read_time(ck, g, "created", &o->created) ||
	    !record_read_time(ck, g, "updated", &o->updated) ||
	    !record_read_time_opt(ck, g, "exported", &o->exported) ||
	    !record_read_list(ck, g, "steps", &steps))
		return false;
	for (int i = 0; steps && (e = config_setting_get_elem(steps, i)); i++)
		if (!record_read_step(ck, e, o))
			return false;
	return record_read_quiz(ck, g, o);
}

/* Read one official (group g) into r. */
static bool
record_read_official(struct cfgcheck *ck, const config_setting_t *g,
    struct record *r)
{
	struct official o;
	bool ok;

	record_official_init(&o);
	ok = record_read_profile(ck, g, &o.profile) &&
	    record_read_state(ck, g, &o);
	if (ok && record_find(r, o.profile.nip) != NULL)
		ok = cfgcheck_error(ck, config_setting_get_member(g, "nip"),
		    _("the NIP %s appears more than once"), o.profile.nip);
	if (!ok) {
		record_official_done(&o);
		return false;
	}
	record_append(r, &o);
	return true;
}

/* Check the format number in root before anything else is read, so a
 * newer file is reported as newer rather than as a pile of errors. */
static bool
record_read_format(struct cfgcheck *ck, const config_setting_t *root)
{
	const config_setting_t *s = config_setting_get_member(root, "format");

	if (s == NULL)
		return cfgcheck_error(ck, NULL,
		    _("the setting format is missing; this is not a "
		    "jagaakun record"));
	if (config_setting_type(s) != CONFIG_TYPE_INT)
		return cfgcheck_error(ck, s, _("the setting format must be a "
		    "whole number"));
	if (config_setting_get_int(s) != RECORD_FORMAT)
		return cfgcheck_error(ck, s,
		    _("record format %d is not supported by this version"),
		    config_setting_get_int(s));
	return true;
}

/* Fill r from the parsed file cfg. */
int
record_read_parse(struct record *r, const config_t *cfg, const char *path,
    struct diag *d)
{
	struct cfgcheck ck = { path, d };
	const config_setting_t *root = config_root_setting(cfg);
	config_setting_t *list, *e;

	if (!record_read_format(&ck, root) ||
	    !record_read_copy(&ck, root, "content_version", false,
	    &r->content_version) ||
	    !record_read_copy(&ck, root, "last_nip", false, &r->last_nip) ||
	    !record_read_list(&ck, root, "officials", &list))
		return -EBADMSG;
	for (int i = 0; list && (e = config_setting_get_elem(list, i)); i++)
		if (!record_read_official(&ck, e, r))
			return -EBADMSG;
	return 0;
}
