/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_report: the tables of one official's report (see
 * export_report.h).  Each table's columns and the values of a row are
 * one list (EXPORT_COLUMNS, EXPORT_VALUES in export.h), so they cannot
 * drift apart; the official's profile columns and their values come
 * together from the profile table (profile.h).  The report names steps
 * by id; their titles come from the content, as msgids the writers
 * translate.
 */
#include "config.h"
#include "exchange/export_report.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "model/profile.h"

/* The modules the official must complete: titles (msgids) and ids. */
struct export_report_required {
	const char **titles;
	const char **ids;
	size_t n;
};

/* The official's columns after the profile's: one record, from r, the
 * required modules req and the quiz score text quiz. */
#define EXPORT_REPORT_OFFICIAL(X) \
	X("agency", N_("Agency"), EXPORT_STRING, 0, (.s = r->agency)) \
	X("host", N_("Computer"), EXPORT_STRING, 0, (.s = r->host)) \
	X("exported", N_("Exported (UTC)"), EXPORT_TIME, 0, \
	    (.t = r->exported)) \
	X("content_version", N_("Checklist version"), EXPORT_STRING, 0, \
	    (.s = r->content_version)) \
	X("finished", N_("Steps finished"), EXPORT_COUNT, 0, \
	    (.n = (long long)r->finished)) \
	X("total", N_("Steps in all"), EXPORT_COUNT, 0, \
	    (.n = (long long)r->total)) \
	X("percent", N_("Finished (%)"), EXPORT_PERCENT, 0, \
	    (.n = export_percent(r->finished, r->total))) \
	X("compliant", N_("Compliant"), EXPORT_YESNO, 0, (.n = r->compliant)) \
	X("required", N_("Required modules"), EXPORT_LIST, 0, \
	    (.list = req->titles, .codes = req->ids, .n_list = req->n)) \
	X("quiz", N_("Quiz score"), EXPORT_STRING, 0, (.s = quiz)) \
	X("quiz_percent", N_("Quiz score (%)"), EXPORT_PERCENT, 0, \
	    (.n = r->quiz ? export_percent(r->quiz->score, r->quiz->total) : \
	    -1)) \
	X("quiz_time", N_("Quiz taken (UTC)"), EXPORT_TIME, 0, \
	    (.t = r->quiz ? r->quiz->time : 0))

static const struct export_column export_report_official_cols[] =
    EXPORT_COLUMNS(EXPORT_REPORT_OFFICIAL);

#define EXPORT_REPORT_OFFICIAL_MAX (PROFILE_FIELD_COUNT + \
    EXPORT_NELEM(export_report_official_cols))

/* The official's table: first the profile fields the profile table gives
 * a column (in its order), then export_report_official_cols.  It is made
 * when a report is exported, from the table, and lives until the export
 * is closed, as export_table wants. */
struct export_report_official {
	struct export_column cols[EXPORT_REPORT_OFFICIAL_MAX];
	struct export_table table;
};

/* The modules, a row each, from m. */
#define EXPORT_REPORT_MODULE(X) \
	X("module", N_("Module"), EXPORT_MSGID, 26, (.s = m->title)) \
	X("id", N_("Module id"), EXPORT_CODE, 0, (.s = m->id)) \
	X("required", N_("Required"), EXPORT_YESNO, 8, (.n = m->required)) \
	X("done", N_("Done"), EXPORT_COUNT, 5, (.n = (long long)m->done)) \
	X("na", N_("N/A"), EXPORT_COUNT, 5, (.n = (long long)m->na)) \
	X("later", N_("Later"), EXPORT_COUNT, 5, (.n = (long long)m->later)) \
	X("todo", N_("To do"), EXPORT_COUNT, 5, (.n = (long long)m->todo)) \
	X("total", N_("Steps"), EXPORT_COUNT, 5, (.n = (long long)m->total)) \
	X("percent", N_("Finished (%)"), EXPORT_PERCENT, 0, \
	    (.n = export_percent(m->done + m->na, m->total)))

EXPORT_TABLE(export_report_module_table, EXPORT_REPORT_MODULE,
    "modules", N_("Modules"), false, -1);

/* The accounts, a row each, from a. */
#define EXPORT_REPORT_ACCOUNT(X) \
	X("account", N_("Account"), EXPORT_MSGID, 26, (.s = a->title)) \
	X("id", N_("Account id"), EXPORT_CODE, 0, (.s = a->id)) \
	X("used", N_("Used"), EXPORT_YESNO, 6, (.n = a->used)) \
	X("required", N_("Required"), EXPORT_YESNO, 8, (.n = a->required)) \
	X("compliant", N_("Compliant"), EXPORT_YESNO, 0, (.n = a->compliant))

EXPORT_TABLE(export_report_account_table, EXPORT_REPORT_ACCOUNT,
    "accounts", N_("Accounts"), false, -1);

/* The steps, a row each under their module, from st and the titles
 * mtitle and title. */
#define EXPORT_REPORT_STEP(X) \
	X("module_title", N_("Module"), EXPORT_MSGID, 0, (.s = mtitle)) \
	X("module", N_("Module id"), EXPORT_CODE, 0, (.s = st->module)) \
	X("title", N_("Step"), EXPORT_MSGID, 30, (.s = title)) \
	X("step", N_("Step id"), EXPORT_CODE, 0, (.s = st->step)) \
	X("status", N_("Status"), EXPORT_MSGID, 16, \
	    (.s = export_report_status(st->status))) \
	X("time", N_("Set (UTC)"), EXPORT_TIME, 10, (.t = st->time)) \
	X("reason", N_("Why not applicable"), EXPORT_STRING, 0, \
	    (.s = st->reason))

EXPORT_TABLE(export_report_step_table, EXPORT_REPORT_STEP,
    "steps", N_("Steps"), false, 0);

static const char *const export_report_status_labels[] = {
	[STEP_TODO] = N_("to do"),
	[STEP_DONE] = N_("done"),
	[STEP_NA] = N_("not applicable"),
	[STEP_LATER] = N_("later"),
};
static_assert(EXPORT_NELEM(export_report_status_labels) == STEP_LATER + 1,
    "a label for each step status, STEP_LATER the last");

/* The msgid of a step status; "" for one out of range. */
static const char *
export_report_status(enum step_status status)
{
	return (unsigned)status < EXPORT_NELEM(export_report_status_labels) ?
	    export_report_status_labels[status] : "";
}

/* The column of profile field d in the exports (d->column not NULL). */
static struct export_column
export_report_profile_column(const struct profile_desc *d)
{
	struct export_column c = { d->key, d->column,
	    d->type == PROFILE_TYPE_NIP ? EXPORT_NIP : EXPORT_STRING, 0 };

	return c;
}

/* The required modules of r (free() its two arrays). */
static struct export_report_required
export_report_required(const struct report *r)
{
	struct export_report_required req = {
		xcalloc(r->n_modules + 1, sizeof *req.titles),
		xcalloc(r->n_modules + 1, sizeof *req.ids), 0
	};

	for (size_t i = 0; i < r->n_modules; i++) {
		if (!r->modules[i].required)
			continue;
		req.titles[req.n] = r->modules[i].title;
		req.ids[req.n++] = r->modules[i].id;
	}
	return req;
}

/* The quiz score as "12 of 15", or NULL when there is none; caller
 * frees. */
static char *
export_report_quiz(const struct report *r)
{
	if (r->quiz == NULL)
		return NULL;
	/* TRANSLATORS: a quiz score: scenarios answered right, asked. */
	return xasprintf(_("%u of %u"), r->quiz->score, r->quiz->total);
}

/* The official's part of a report, its table made in o. */
static void
export_report_official(struct export_writer *w, const struct report *r,
    struct export_report_official *o)
{
	struct export_report_required req_s = export_report_required(r);
	const struct export_report_required *req = &req_s;
	char *quiz = export_report_quiz(r);
	const struct export_value rest[] = EXPORT_VALUES(EXPORT_REPORT_OFFICIAL);
	struct export_value v[EXPORT_REPORT_OFFICIAL_MAX];
	size_t n = 0;

	static_assert(EXPORT_NELEM(rest) ==
	    EXPORT_NELEM(export_report_official_cols),
	    "a value for each of the official's columns");
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		const struct profile_desc *d = profile_describe(f);

		if (d->column == NULL)
			continue;
		o->cols[n] = export_report_profile_column(d);
		v[n++] = (struct export_value){ .s = profile_get(&r->profile,
		    f) };
	}
	for (size_t i = 0; i < EXPORT_NELEM(rest); i++, n++) {
		o->cols[n] = export_report_official_cols[i];
		v[n] = rest[i];
	}
	o->table = (struct export_table){ "official", N_("Official"), NULL, o->cols,
	    n, true, -1 };
	export_table(w, &o->table);
	export_row(w, v);
	free(req->titles);
	free(req->ids);
	free(quiz);
}

/* A report's modules, one a row. */
static void
export_report_modules(struct export_writer *w, const struct report *r)
{
	export_table(w, &export_report_module_table);
	for (size_t i = 0; i < r->n_modules; i++) {
		const struct report_module *m = &r->modules[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_REPORT_MODULE);

		export_row(w, v);
	}
}

/* A report's accounts, one a row. */
static void
export_report_accounts(struct export_writer *w, const struct report *r)
{
	export_table(w, &export_report_account_table);
	for (size_t i = 0; i < r->n_accounts; i++) {
		const struct report_account *a = &r->accounts[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_REPORT_ACCOUNT);

		export_row(w, v);
	}
}

/* The title msgid of module id: from the report, else the id itself. */
static const char *
export_report_module_title(const struct report *r, const char *id)
{
	for (size_t i = 0; i < r->n_modules; i++)
		if (strcmp(r->modules[i].id, id) == 0)
			return r->modules[i].title;
	return id;
}

/* The title msgid of a step from the content; its id when the content
 * (NULL: none) no longer has it. */
static const char *
export_report_step_title(const struct content *c,
    const struct report_step *st)
{
	const struct module *m = c ? content_module(c, st->module) : NULL;
	const struct step *s = m ? module_step(m, st->step) : NULL;

	return s != NULL && s->title != NULL ? s->title : st->step;
}

/* A report's steps, one a row, under their module. */
static void
export_report_steps(struct export_writer *w, const struct report *r,
    const struct content *c)
{
	export_table(w, &export_report_step_table);
	for (size_t i = 0; i < r->n_steps; i++) {
		const struct report_step *st = &r->steps[i];
		const char *mtitle = export_report_module_title(r, st->module);
		const char *title = export_report_step_title(c, st);
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_REPORT_STEP);

		export_row(w, v);
	}
}

int
export_report(const struct report *r, const struct content *c,
    enum export_format fmt, FILE *f)
{
	const struct export_header h = { "report",
	    N_("WhatsApp account security report"), r->exported };
	struct export_report_official official;
	struct export_writer *w;

	if (fmt == EXPORT_FMT_JSON)
		return report_write(r, f);
	w = export_open(fmt, f, &h);
	export_report_official(w, r, &official);
	/* A report written before accounts lists none: no table then. */
	if (r->n_accounts > 0)
		export_report_accounts(w, r);
	export_report_modules(w, r);
	export_report_steps(w, r, c);
	return export_close(w);
}
