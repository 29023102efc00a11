/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * report_write: the report as its file (see report.h and
 * jagaakun-report(5)).
 *
 * The checksum covers the canonical form of the report: the JSON object
 * without its "checksum" member, serialized by json-c with no white space
 * and no escaping of '/'.  Reading makes the canonical form of what it
 * parsed the same way (jdoc_parse), so layout and white space may change
 * freely but any change to a value, a name or the order of members
 * shows.  Only integers, strings, booleans and null appear, so the
 * canonical form is exact.
 */
#include "config.h"
#include "exchange/report.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdint.h>
#include <string.h>

#include "base/isotime.h"
#include "exchange/jreader.h"
#include "model/profile.h"
#include "os/fsutil.h"

#define REPORT_CANONICAL (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)

/* A JSON string, or null for NULL. */
static struct json_object *
report_json_text(const char *s)
{
	return s ? json_object_new_string(s) : NULL;
}

/* A JSON count. */
static struct json_object *
report_json_count(size_t n)
{
	return json_object_new_int64((int64_t)n);
}

/* A JSON time, or null for 0 (never). */
static struct json_object *
report_json_time(time_t t)
{
	char buf[ISOTIME_LEN];

	if (t == 0)
		return NULL;
	isotime_format(t, buf);
	return json_object_new_string(buf);
}

/* Add member key = v to obj. */
static void
report_put(struct json_object *obj, const char *key, struct json_object *v)
{
	json_object_object_add(obj, key, v);
}

/* The "profile" object: each field of the profile table, in its order. */
static struct json_object *
report_json_profile(const struct profile *p)
{
	struct json_object *o = json_object_new_object();

	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (profile_written(p, f))
			report_put(o, profile_describe(f)->key,
			    report_json_text(profile_get(p, f)));
	return o;
}

/* One element of "modules". */
static struct json_object *
report_json_module(const struct report_module *m)
{
	struct json_object *o = json_object_new_object();

	report_put(o, "id", report_json_text(m->id));
	report_put(o, "title", report_json_text(m->title));
	report_put(o, "required", json_object_new_boolean(m->required));
	report_put(o, "done", report_json_count(m->done));
	report_put(o, "na", report_json_count(m->na));
	report_put(o, "later", report_json_count(m->later));
	report_put(o, "todo", report_json_count(m->todo));
	report_put(o, "total", report_json_count(m->total));
	report_put(o, "account", report_json_text(m->account));
	report_put(o, "counts", json_object_new_boolean(m->counts));
	return o;
}

/* One element of "accounts". */
static struct json_object *
report_json_account(const struct report_account *a)
{
	struct json_object *o = json_object_new_object();

	report_put(o, "id", report_json_text(a->id));
	report_put(o, "title", report_json_text(a->title));
	report_put(o, "used", json_object_new_boolean(a->used));
	report_put(o, "required", json_object_new_boolean(a->required));
	report_put(o, "compliant", json_object_new_boolean(a->compliant));
	return o;
}

/* One element of "steps"; "reason" and "reason_listed" only for a step
 * not applicable. */
static struct json_object *
report_json_step(const struct report_step *s)
{
	struct json_object *o = json_object_new_object();

	report_put(o, "module", report_json_text(s->module));
	report_put(o, "step", report_json_text(s->step));
	report_put(o, "status", report_json_text(step_status_name(s->status)));
	report_put(o, "time", report_json_time(s->time));
	if (s->status == STEP_NA) {
		report_put(o, "reason", report_json_text(s->reason ? s->reason : ""));
		report_put(o, "reason_listed",
		    json_object_new_boolean(s->reason_listed));
	}
	return o;
}

/* The "completion" object. */
static struct json_object *
report_json_completion(const struct report *r)
{
	struct json_object *o = json_object_new_object();

	report_put(o, "finished", report_json_count(r->finished));
	report_put(o, "na", report_json_count(report_na(r)));
	report_put(o, "total", report_json_count(r->total));
	report_put(o, "percent", report_json_count(report_percent(r)));
	return o;
}

/* The "quiz" object, or null when the official took no quiz. */
static struct json_object *
report_json_quiz(const struct quiz_result *q)
{
	struct json_object *o, *missed, *asked;
	char time[ISOTIME_LEN];

	if (q == NULL)
		return NULL;
	o = json_object_new_object();
	missed = json_object_new_array();
	for (size_t i = 0; i < q->n_missed; i++)
		json_object_array_add(missed, report_json_text(q->missed[i]));
	asked = json_object_new_array();
	for (size_t i = 0; i < q->n_asked; i++)
		json_object_array_add(asked, report_json_text(q->asked[i]));
	/* Never null, unlike a step's time: a result always has one. */
	isotime_format(q->time, time);
	report_put(o, "score", report_json_count(q->score));
	report_put(o, "total", report_json_count(q->total));
	report_put(o, "time", json_object_new_string(time));
	report_put(o, "missed", missed);
	report_put(o, "answered", report_json_count(q->answered));
	report_put(o, "asked", asked);
	return o;
}

/* The whole report as JSON, without its checksum. */
static struct json_object *
report_to_json(const struct report *r)
{
	struct json_object *o = json_object_new_object();
	struct json_object *prog = json_object_new_object();
	struct json_object *mods = json_object_new_array();
	struct json_object *steps = json_object_new_array();
	struct json_object *accounts = json_object_new_array();
	char exported[ISOTIME_LEN];

	isotime_format(r->exported, exported);
	report_put(prog, "name", json_object_new_string(JREADER_PROGRAM));
	report_put(prog, "version", report_json_text(r->program_version));
	for (size_t i = 0; i < r->n_modules; i++)
		json_object_array_add(mods, report_json_module(&r->modules[i]));
	for (size_t i = 0; i < r->n_steps; i++)
		json_object_array_add(steps, report_json_step(&r->steps[i]));
	for (size_t i = 0; i < r->n_accounts; i++)
		json_object_array_add(accounts,
		    report_json_account(&r->accounts[i]));
	report_put(o, "format", json_object_new_int(REPORT_FORMAT));
	report_put(o, "program", prog);
	report_put(o, "content_version", report_json_text(r->content_version));
	report_put(o, "agency", report_json_text(r->agency));
	report_put(o, "host", report_json_text(r->host));
	report_put(o, "exported", json_object_new_string(exported));
	report_put(o, "profile", report_json_profile(&r->profile));
	report_put(o, "modules", mods);
	report_put(o, "steps", steps);
	report_put(o, "completion", report_json_completion(r));
	report_put(o, "compliant", json_object_new_boolean(r->compliant));
	report_put(o, "quiz", report_json_quiz(r->quiz));
	report_put(o, "accounts", accounts);
	return o;
}

/* Write r as the report file: its canonical form with the checksum
 * added, on one line.  Without indentation a report is a third smaller
 * and a third quicker for collect to read; people read it through
 * jagaakun report or collect, or a JSON viewer. */
int
report_write(const struct report *r, FILE *f)
{
	struct json_object *o = report_to_json(r);
	char sum[REPORT_SUM_LEN + 1];
	const char *canonical = json_object_to_json_string_ext(o, REPORT_CANONICAL);
	int err = 0;

	report_checksum(canonical, strlen(canonical), sum);
	report_put(o, "checksum", json_object_new_string(sum));
	errno = 0;
	if (fputs(json_object_to_json_string_ext(o, REPORT_CANONICAL), f) == EOF ||
	    fputc('\n', f) == EOF)
		err = errno ? -errno : -EIO;
	json_object_put(o);
	return err;
}

/* fs_writer: the report in ctx. */
static int
report_save_writer(FILE *f, void *ctx)
{
	return report_write(ctx, f);
}

/* Write r to path atomically, readable by others as the umask allows. */
int
report_save(const struct report *r, const char *path)
{
	return fs_write_file(path, FS_SHARED, report_save_writer, (void *)r);
}
