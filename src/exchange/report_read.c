/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * report_read: a report file from another machine, checked member by
 * member (see report.h and jagaakun-report(5)) with jreader.
 *
 * report_parse runs once per file in `collect`, up to a million times:
 * one tokenizer pass over the buffer that also makes the canonical form
 * the checksum covers, and checks that touch each value once.
 */
#include "config.h"
#include "exchange/report.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "exchange/jreader.h"
#include "model/profile.h"
#include "model/progress.h"

#define REPORT_MAX_TEXT 4096	/* bytes in one string of a report */
#define REPORT_MAX_COUNT 100000	/* steps in one module, and in all */
#define REPORT_NO_INDEX ((size_t)-1)	/* no such module */

static char *report_other_format(long long found);

static const struct jreader_format report_format = {
	.type = NULL,
	.format = REPORT_FORMAT,
	.max_bytes = REPORT_MAX_BYTES,
	.unhashed = "checksum",
	.not_this = N_("It has no \"format\" number or its \"program\" is "
	    "not jagaakun."),
	.other_format = report_other_format,
	.one_field_detail = false,
};

/* Any string of a report; controls are kept: they are data, and whoever
 * shows them cleans them. */
#define REPORT_TEXT { REPORT_MAX_TEXT, false, NULL }
static const struct jreader_text report_text = REPORT_TEXT;
/* An identifier: the same, but not empty. */
static const struct jreader_text report_id = { REPORT_MAX_TEXT, true, NULL };

/* Each string of a profile is any string of a report. */
#define REPORT_PROFILE_RULE(id, member, key, type, max, required, label, \
    column) [PROFILE_##id] = REPORT_TEXT,
static const struct jreader_text report_profile[PROFILE_FIELD_COUNT] = {
	PROFILE_FIELDS(REPORT_PROFILE_RULE)
};
#undef REPORT_PROFILE_RULE

/* The detail for a report in another format (caller frees). */
static char *
report_other_format(long long found)
{
	return xasprintf(_("It is in report format %lld; this version reads "
	    "format %d."), found, REPORT_FORMAT);
}

/* Compare the checksum with the canonical form of the rest, made while
 * the file was parsed. */
static void
report_verify(struct jreader *rd, jdoc_ref root)
{
	jdoc_ref v = jreader_get(rd, root, "checksum", JDOC_STRING);
	char want[REPORT_SUM_LEN + 1];
	const char *given, *canonical;
	size_t n;

	if (v == JDOC_NONE)
		return;
	given = jdoc_string(rd->doc, v, &n);
	if (n != REPORT_SUM_LEN) {
		jreader_invalid(rd, "checksum", JREADER_BAD_VALUE);
		return;
	}
	canonical = jdoc_canonical(rd->doc, &n);
	report_checksum(canonical, n, want);
	if (strcmp(given, want) != 0)
		jreader_refuse(rd, REJECT_EDITED, xstrdup(_("Its checksum does "
		    "not match its content: it was changed after it was "
		    "exported.")));
}

/* Read the members about the file itself. */
static void
report_read_head(struct jreader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref prog = jreader_get(rd, root, "program", JDOC_OBJECT);

	if (prog != JDOC_NONE) {
		rd->parent = "program";
		r->program_version = jreader_text(rd, prog, "version", &report_id);
		rd->parent = NULL;
	}
	r->content_version = jreader_text(rd, root, "content_version", &report_text);
	r->agency = jreader_copy(rd, jreader_peek_text_or_null(rd, root,
	    "agency", &report_text));
	r->host = jreader_text(rd, root, "host", &report_text);
	jreader_time(rd, root, "exported", false, &r->exported);
}

/* The index of module id in r (hint first, as steps come in module
 * order), or REPORT_NO_INDEX. */
static size_t
report_module_index(const struct report *r, const char *id, size_t hint)
{
	if (hint < r->n_modules && strcmp(r->modules[hint].id, id) == 0)
		return hint;
	for (size_t i = 0; i < r->n_modules; i++)
		if (strcmp(r->modules[i].id, id) == 0)
			return i;
	return REPORT_NO_INDEX;
}

/* Read one element of "modules" into m (r holds those before it). */
static void
report_read_module(struct jreader *rd, jdoc_ref o,
    const struct report *r, struct report_module *m)
{
	if (jdoc_type(rd->doc, o) != JDOC_OBJECT) {
		jreader_invalid(rd, NULL, JREADER_BAD_TYPE);
		return;
	}
	m->id = jreader_text(rd, o, "id", &report_id);
	m->title = jreader_text(rd, o, "title", &report_text);
	m->required = jreader_bool(rd, o, "required");
	m->done = jreader_count(rd, o, "done", REPORT_MAX_COUNT);
	m->na = jreader_count(rd, o, "na", REPORT_MAX_COUNT);
	m->later = jreader_count(rd, o, "later", REPORT_MAX_COUNT);
	m->todo = jreader_count(rd, o, "todo", REPORT_MAX_COUNT);
	m->total = jreader_count(rd, o, "total", REPORT_MAX_COUNT);
	/* Both absent from reports written before accounts. */
	if (jdoc_member(rd->doc, o, "account") != JDOC_NONE)
		m->account = jreader_copy(rd, jreader_peek_text_or_null(rd, o,
		    "account", &report_id));
	m->counts = jdoc_member(rd->doc, o, "counts") != JDOC_NONE ?
	    jreader_bool(rd, o, "counts") : m->required;
	if (!jreader_ok(rd))
		return;
	if (m->required && !m->counts)
		jreader_invalid(rd, "counts", JREADER_BAD_VALUE);
	if (report_module_index(r, m->id, 0) != REPORT_NO_INDEX)
		jreader_invalid(rd, "id", JREADER_BAD_VALUE);
	else if (m->done + m->na + m->later + m->todo != m->total)
		jreader_invalid(rd, NULL, JREADER_BAD_SUM);
}

/* Read the "modules" array. */
static void
report_read_modules(struct jreader *rd, jdoc_ref root,
    struct report *r)
{
	struct jreader_array it;
	size_t n = jreader_array(rd, root, "modules", "modules", &it);
	jdoc_ref v;

	if (n == JREADER_NO_INDEX)
		return;
	r->modules = xcalloc(n + 1, sizeof *r->modules);
	while ((v = jreader_next(rd, &it)) != JDOC_NONE) {
		report_read_module(rd, v, r, &r->modules[it.index]);
		r->n_modules = it.index + 1;
	}
}

/* Read one element of "steps" into s. */
static void
report_read_step(struct jreader *rd, jdoc_ref o, struct report_step *s)
{
	const char *status;
	int st;

	if (jdoc_type(rd->doc, o) != JDOC_OBJECT) {
		jreader_invalid(rd, NULL, JREADER_BAD_TYPE);
		return;
	}
	s->module = jreader_text(rd, o, "module", &report_id);
	s->step = jreader_text(rd, o, "step", &report_id);
	status = jreader_peek_text(rd, o, "status", &report_text);
	jreader_time(rd, o, "time", true, &s->time);
	st = status ? step_status_parse(status) : -1;
	if (!jreader_ok(rd))
		return;
	if (st < 0) {
		jreader_invalid(rd, "status", JREADER_BAD_VALUE);
		return;
	}
	s->status = (enum step_status)st;
	if (s->status != STEP_NA)
		return;
	s->reason = jreader_text(rd, o, "reason", &report_text);
	/* Absent from reports written before reasons were listed: the
	 * official's own words, then. */
	if (jdoc_member(rd->doc, o, "reason_listed") != JDOC_NONE)
		s->reason_listed = jreader_bool(rd, o, "reason_listed");
}

/* Check that the steps of each module agree with its counts. */
static void
report_check_modules(struct jreader *rd, const struct report *r,
    const struct progress *count)
{
	rd->parent = "modules";
	for (size_t i = 0; i < r->n_modules && jreader_ok(rd); i++) {
		struct progress m = report_module_progress(&r->modules[i]);

		rd->index = i;
		if (memcmp(&m, &count[i], sizeof m) != 0)
			jreader_invalid(rd, NULL, JREADER_BAD_SUM);
	}
	rd->parent = NULL;
	rd->index = JREADER_NO_INDEX;
}

/* Read the "steps" array; each step names a module, and the steps of a
 * module agree with its counts. */
static void
report_read_steps(struct jreader *rd, jdoc_ref root,
    struct report *r)
{
	struct jreader_array it;
	size_t n = jreader_array(rd, root, "steps", "steps", &it), m = 0;
	struct progress *count;
	jdoc_ref v;

	if (n == JREADER_NO_INDEX)
		return;
	r->steps = xcalloc(n + 1, sizeof *r->steps);
	count = xcalloc(r->n_modules + 1, sizeof *count);
	while ((v = jreader_next(rd, &it)) != JDOC_NONE) {
		struct report_step *s = &r->steps[it.index];

		report_read_step(rd, v, s);
		r->n_steps = it.index + 1;
		if (!jreader_ok(rd))
			continue;	/* jreader_next stops */
		m = report_module_index(r, s->module, m);
		if (m == REPORT_NO_INDEX)
			jreader_invalid(rd, "module", JREADER_BAD_VALUE);
		else
			progress_add(&count[m], s->status);
	}
	report_check_modules(rd, r, count);
	free(count);
}

/* Check "completion" and "compliant" against the module counts. */
static void
report_read_totals(struct jreader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref o = jreader_get(rd, root, "completion", JDOC_OBJECT);
	bool compliant = jreader_bool(rd, root, "compliant");
	struct progress all;
	size_t percent, na;

	if (o == JDOC_NONE)
		return;
	rd->parent = "completion";
	r->finished = jreader_count(rd, o, "finished", REPORT_MAX_COUNT);
	/* "na" is absent from reports written before it was added. */
	na = jdoc_member(rd->doc, o, "na") != JDOC_NONE ?
	    jreader_count(rd, o, "na", REPORT_MAX_COUNT) : report_na(r);
	r->total = jreader_count(rd, o, "total", REPORT_MAX_COUNT);
	percent = jreader_count(rd, o, "percent", REPORT_MAX_COUNT);
	rd->parent = NULL;
	r->compliant = report_tally(r, &all);
	if (r->finished != all.done + all.na || r->total != all.total ||
	    na != all.na || percent != progress_percent(&all))
		jreader_invalid(rd, "completion", JREADER_BAD_SUM);
	else if (compliant != r->compliant)
		jreader_invalid(rd, "compliant", JREADER_BAD_VALUE);
}

/* The account of r named id, or NULL. */
static const struct report_account *
report_find_account(const struct report *r, const char *id)
{
	for (size_t i = 0; i < r->n_accounts; i++)
		if (strcmp(r->accounts[i].id, id) == 0)
			return &r->accounts[i];
	return NULL;
}

/* Read one element of "accounts" into a (r holds those before it). */
static void
report_read_account(struct jreader *rd, jdoc_ref o, const struct report *r,
    struct report_account *a)
{
	if (jdoc_type(rd->doc, o) != JDOC_OBJECT) {
		jreader_invalid(rd, NULL, JREADER_BAD_TYPE);
		return;
	}
	a->id = jreader_text(rd, o, "id", &report_id);
	a->title = jreader_text(rd, o, "title", &report_text);
	a->used = jreader_bool(rd, o, "used");
	a->required = jreader_bool(rd, o, "required");
	a->compliant = jreader_bool(rd, o, "compliant");
	if (jreader_ok(rd) && report_find_account(r, a->id) != NULL)
		jreader_invalid(rd, "id", JREADER_BAD_VALUE);
}

/* Check that each account's compliance agrees with its modules. */
static void
report_check_accounts(struct jreader *rd, const struct report *r)
{
	rd->parent = "accounts";
	for (size_t i = 0; i < r->n_accounts && jreader_ok(rd); i++) {
		rd->index = i;
		if (r->accounts[i].compliant !=
		    report_account_compliant(r, r->accounts[i].id))
			jreader_invalid(rd, "compliant", JREADER_BAD_VALUE);
	}
	rd->parent = NULL;
	rd->index = JREADER_NO_INDEX;
}

/* Check that each module of an account is in "accounts", and required
 * exactly when it counts and its account is required. */
static void
report_check_module_accounts(struct jreader *rd, const struct report *r)
{
	rd->parent = "modules";
	for (size_t i = 0; i < r->n_modules && jreader_ok(rd); i++) {
		const struct report_module *m = &r->modules[i];
		const struct report_account *a;

		rd->index = i;
		if (m->account == NULL)
			continue;
		a = report_find_account(r, m->account);
		if (a == NULL)
			jreader_invalid(rd, "account", JREADER_BAD_VALUE);
		else if (m->required != (m->counts && a->required))
			jreader_invalid(rd, "required", JREADER_BAD_VALUE);
	}
	rd->parent = NULL;
	rd->index = JREADER_NO_INDEX;
}

/* Read the optional "accounts" array (absent from reports written
 * before accounts): each account once, each module's account among
 * them, each account's compliance agreeing with its modules. */
static void
report_read_accounts(struct jreader *rd, jdoc_ref root, struct report *r)
{
	struct jreader_array it;
	size_t n;
	jdoc_ref v;

	if (!jreader_ok(rd) || jdoc_member(rd->doc, root, "accounts") ==
	    JDOC_NONE) {
		report_check_module_accounts(rd, r);
		return;
	}
	n = jreader_array(rd, root, "accounts", "accounts", &it);
	if (n == JREADER_NO_INDEX)
		return;
	r->accounts = xcalloc(n + 1, sizeof *r->accounts);
	while ((v = jreader_next(rd, &it)) != JDOC_NONE) {
		report_read_account(rd, v, r, &r->accounts[it.index]);
		r->n_accounts = it.index + 1;
	}
	report_check_module_accounts(rd, r);
	report_check_accounts(rd, r);
}

/* Read the "missed" array of a quiz object into q. */
/* Read the array of ids key ("missed" or "asked") of a quiz object into
 * *v and *count. */
static void
report_read_ids(struct jreader *rd, jdoc_ref obj, const char *key,
    const char *path, char ***v, size_t *count)
{
	struct jreader_array it;
	size_t n = jreader_array(rd, obj, key, path, &it);
	jdoc_ref e;

	if (n == JREADER_NO_INDEX)
		return;
	*v = xcalloc(n + 1, sizeof **v);
	while ((e = jreader_next(rd, &it)) != JDOC_NONE) {
		const char *s = jreader_string(rd, e, NULL, &report_text);

		if (s != NULL)
			(*v)[(*count)++] = xstrdup(s);
	}
}

/* Read the optional "quiz" member: absent (a report written before
 * quizzes) or null leaves r->quiz NULL. */
static void
report_read_quiz(struct jreader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref o = jdoc_member(rd->doc, root, "quiz");
	struct quiz_result q = { 0 };
	enum quiz_problem p;

	if (!jreader_ok(rd) || o == JDOC_NONE ||
	    jdoc_type(rd->doc, o) == JDOC_NULL)
		return;
	if (jdoc_type(rd->doc, o) != JDOC_OBJECT) {
		jreader_invalid(rd, "quiz", JREADER_BAD_TYPE);
		return;
	}
	rd->parent = "quiz";
	q.score = (unsigned)jreader_count(rd, o, "score", REPORT_MAX_COUNT);
	q.total = (unsigned)jreader_count(rd, o, "total", REPORT_MAX_COUNT);
	jreader_time(rd, o, "time", false, &q.time);
	report_read_ids(rd, o, "missed", "quiz.missed", &q.missed,
	    &q.n_missed);
	/* Added to format 1 later: a report written before has neither
	 * (a finished quiz, its scenarios unnamed). */
	q.answered = jdoc_member(rd->doc, o, "answered") == JDOC_NONE ?
	    q.total : (unsigned)jreader_count(rd, o, "answered",
	    REPORT_MAX_COUNT);
	if (jdoc_member(rd->doc, o, "asked") != JDOC_NONE)
		report_read_ids(rd, o, "asked", "quiz.asked", &q.asked,
		    &q.n_asked);
	if (jreader_ok(rd) && (p = quiz_result_check(&q)) != QUIZ_OK)
		jreader_invalid(rd, quiz_problem_member(p), JREADER_BAD_VALUE);
	rd->parent = NULL;
	if (!jreader_ok(rd)) {
		quiz_result_done(&q);
		return;
	}
	r->quiz = xmalloc(sizeof *r->quiz);
	*r->quiz = q;
}

/* Read every member of a verified report. */
static struct report *
report_from_json(struct jreader *rd, jdoc_ref root)
{
	struct report *r = report_new();

	rd->text = r->text;
	report_read_head(rd, root, r);
	jreader_profile(rd, root, report_profile, r->exported, &r->profile);
	report_read_modules(rd, root, r);
	report_read_steps(rd, root, r);
	report_read_totals(rd, root, r);
	report_read_quiz(rd, root, r);
	report_read_accounts(rd, root, r);
	if (jreader_ok(rd))
		return r;
	report_free(r);
	return NULL;
}

enum reject_reason
report_parse(struct jdoc *work, const char *buf, size_t len,
    struct report **out, char **detail)
{
	struct jreader rd;
	jdoc_ref root = jreader_open(&rd, &report_format, work, buf, len);

	*out = NULL;
	if (root != JDOC_NONE)
		report_verify(&rd, root);
	if (jreader_ok(&rd))
		*out = report_from_json(&rd, root);
	return jreader_finish(&rd, detail);
}
