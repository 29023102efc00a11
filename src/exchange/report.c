/*
 * report: build, write and read the report file (see report.h and
 * jagaakun-report(5)).
 *
 * The checksum covers the canonical form of the report: the JSON object
 * without its "checksum" member, serialized by json-c with no white space
 * and no escaping of '/'.  Reading re-serializes what it parsed the same
 * way, so layout and white space may change freely but any change to a
 * value, a name or the order of members shows.  Only integers, strings,
 * booleans and null appear, so the canonical form is exact.
 *
 * report_parse runs once per file in `collect`, up to a million times:
 * one tokenizer pass over the buffer, one serialization for the checksum,
 * and checks that touch each value once.
 */
#include "config.h"
#include "exchange/report.h"

#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <limits.h>
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "os/fsutil.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/jdoc.h"
#include "model/nip.h"
#include "model/progress.h"
#include "base/text.h"
#include "base/xalloc.h"

#define REPORT_PROGRAM "jagaakun"	/* program.name: fixed by the format */
#define REPORT_CANONICAL (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)
#define REPORT_SUM_PREFIX "sha256:"
#define REPORT_SUM_LEN (sizeof REPORT_SUM_PREFIX - 1 + 2 * SHA256_DIGEST_SIZE)
#define REPORT_MAX_TEXT 4096	/* bytes in one string of a report */
#define REPORT_TEXT_CHUNK 4000	/* a report's strings take about 1.5 KB */
#define REPORT_MAX_COUNT 100000	/* steps in one module, and in all */
#define REPORT_NO_INDEX ((size_t)-1)
#ifndef HOST_NAME_MAX
#define HOST_NAME_MAX 255
#endif

/* What is wrong with a field, for the detail sentence. */
enum report_problem {
	REPORT_BAD_TYPE,	/* missing, or not the type the format says */
	REPORT_BAD_VALUE,	/* the right type, but a value not allowed */
	REPORT_BAD_SUM,		/* counts that do not agree */
};

/* The state of one report_parse: the first rejection wins. */
struct report_reader {
	enum report_reject why;
	char *detail;
	const struct jdoc *doc;	/* the file being read */
	struct arena *text;	/* the strings of the report being made */
	const char *parent;	/* object or array being read, for messages */
	size_t index;		/* element of parent, or REPORT_NO_INDEX */
	int year;		/* of the export, for the NIP check */
};

static const char *const report_reject_texts[] = {
	[REPORT_OK] = N_("accepted"),
	[REPORT_UNREADABLE] = N_("cannot be read"),
	[REPORT_TOO_LARGE] = N_("too large to be a report"),
	[REPORT_NOT_JSON] = N_("not a JSON file"),
	[REPORT_NOT_REPORT] = N_("not a jagaakun report"),
	[REPORT_UNKNOWN_FORMAT] = N_("a report format this version cannot read"),
	[REPORT_INVALID] = N_("damaged or incomplete"),
	[REPORT_EDITED] = N_("changed after it was exported (checksum mismatch)"),
};

/* Copy s into r as valid UTF-8, "" for NULL: a byte outside ASCII in
 * text that is not UTF-8 (a host name, say) becomes '?', so the file
 * stays valid. */
static char *
report_copy(struct report *r, const char *s)
{
	char *c = arena_strdup(r->text, s);

	if (!text_is_utf8(c))
		for (char *p = c; *p != '\0'; p++)
			if ((unsigned char)*p >= 0x80)
				*p = '?';
	return c;
}

/* Copy the profile of an official into r. */
static void
report_copy_profile(struct report *r, const struct profile *from)
{
	struct profile *to = &r->profile;

	to->name = report_copy(r, from->name);
	to->nip = report_copy(r, from->nip);
	to->kind = from->kind;
	to->unit = report_copy(r, from->unit);
	to->position = report_copy(r, from->position);
}

/* The counts of m as a struct progress, for progress.h's arithmetic. */
static struct progress
report_module_progress(const struct report_module *m)
{
	struct progress p = { m->done, m->na, m->later, m->todo, m->total };

	return p;
}

/* Add up the modules into all; true when every required module is
 * complete (the official is compliant). */
static bool
report_tally(const struct report *r, struct progress *all)
{
	bool compliant = true;

	memset(all, 0, sizeof *all);
	for (size_t i = 0; i < r->n_modules; i++) {
		struct progress p = report_module_progress(&r->modules[i]);

		all->done += p.done;
		all->na += p.na;
		all->later += p.later;
		all->todo += p.todo;
		all->total += p.total;
		if (r->modules[i].required && !progress_is_complete(&p))
			compliant = false;
	}
	return compliant;
}

/* Give the finished share of all steps. */
unsigned
report_percent(const struct report *r)
{
	struct progress all;

	report_tally(r, &all);
	return progress_percent(&all);
}

/* Add module m and its steps, as o left them, to r. */
static void
report_add_module(struct report *r, const struct official *o,
    const struct module *m, const struct site *s)
{
	struct report_module *rm = &r->modules[r->n_modules++];
	struct progress p;

	progress_module(o, m, &p);
	rm->id = arena_strdup(r->text, m->id);
	rm->title = arena_strdup(r->text, m->title);
	rm->required = site_requires(s, m->id);
	rm->done = p.done;
	rm->na = p.na;
	rm->later = p.later;
	rm->todo = p.todo;
	rm->total = p.total;
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step_state *st = official_step(o, m->id, m->steps[i].id);
		struct report_step *rs = &r->steps[r->n_steps++];

		rs->module = rm->id;
		rs->step = arena_strdup(r->text, m->steps[i].id);
		rs->status = progress_status(o, m, &m->steps[i]);
		rs->time = st ? st->time : 0;
		if (rs->status == STEP_NA)
			rs->reason = report_copy(r, st ? st->reason : NULL);
	}
}

/* Copy this machine's name into r, or "" when it has none. */
static char *
report_host(struct report *r)
{
	char buf[HOST_NAME_MAX + 1];

	if (gethostname(buf, sizeof buf) != 0)
		buf[0] = '\0';
	buf[HOST_NAME_MAX] = '\0';
	return report_copy(r, buf);
}

/* Build the report of official o. */
struct report *
report_build(const struct official *o, const struct content *c,
    const struct site *s, time_t now, const char *host)
{
	struct report *r = xcalloc(1, sizeof *r);
	struct progress all;

	r->format = REPORT_FORMAT;
	r->text = arena_new(REPORT_TEXT_CHUNK);
	r->program_version = arena_strdup(r->text, VERSION);
	r->content_version = report_copy(r, c->version);
	r->agency = s && s->agency ? report_copy(r, s->agency) : NULL;
	r->host = host ? report_copy(r, host) : report_host(r);
	r->exported = now;
	report_copy_profile(r, &o->profile);
	r->modules = xcalloc(c->n_modules + 1, sizeof *r->modules);
	r->steps = xcalloc(content_step_count(c) + 1, sizeof *r->steps);
	for (size_t i = 0; i < c->n_modules; i++)
		report_add_module(r, o, &c->modules[i], s);
	r->compliant = report_tally(r, &all);
	r->finished = all.done + all.na;
	r->total = all.total;
	r->quiz = o->quiz ? quiz_result_dup(o->quiz) : NULL;
	return r;
}

/* Free a report and everything it owns (NULL is fine). */
void
report_free(struct report *r)
{
	if (r == NULL)
		return;
	arena_free(r->text);
	free(r->modules);
	free(r->steps);
	if (r->quiz != NULL)
		quiz_result_done(r->quiz);
	free(r->quiz);
	free(r);
}

/* ---- writing ---- */

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

/* The "profile" object. */
static struct json_object *
report_json_profile(const struct profile *p)
{
	struct json_object *o = json_object_new_object();

	report_put(o, "name", report_json_text(p->name));
	report_put(o, "nip", report_json_text(p->nip));
	report_put(o, "kind", report_json_text(nip_kind_name(p->kind)));
	report_put(o, "unit", report_json_text(p->unit));
	report_put(o, "position", report_json_text(p->position));
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
	return o;
}

/* One element of "steps"; "reason" only for a step not applicable. */
static struct json_object *
report_json_step(const struct report_step *s)
{
	struct json_object *o = json_object_new_object();

	report_put(o, "module", report_json_text(s->module));
	report_put(o, "step", report_json_text(s->step));
	report_put(o, "status", report_json_text(step_status_name(s->status)));
	report_put(o, "time", report_json_time(s->time));
	if (s->status == STEP_NA)
		report_put(o, "reason", report_json_text(s->reason ? s->reason : ""));
	return o;
}

/* The "completion" object. */
static struct json_object *
report_json_completion(const struct report *r)
{
	struct json_object *o = json_object_new_object();

	report_put(o, "finished", report_json_count(r->finished));
	report_put(o, "total", report_json_count(r->total));
	report_put(o, "percent", report_json_count(report_percent(r)));
	return o;
}

/* The "quiz" object, or null when the official took no quiz. */
static struct json_object *
report_json_quiz(const struct quiz_result *q)
{
	struct json_object *o, *missed;
	char time[ISOTIME_LEN];

	if (q == NULL)
		return NULL;
	o = json_object_new_object();
	missed = json_object_new_array();
	for (size_t i = 0; i < q->n_missed; i++)
		json_object_array_add(missed, report_json_text(q->missed[i]));
	/* Never null, unlike a step's time: a result always has one. */
	isotime_format(q->time, time);
	report_put(o, "score", report_json_count(q->score));
	report_put(o, "total", report_json_count(q->total));
	report_put(o, "time", json_object_new_string(time));
	report_put(o, "missed", missed);
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
	char exported[ISOTIME_LEN];

	isotime_format(r->exported, exported);
	report_put(prog, "name", json_object_new_string(REPORT_PROGRAM));
	report_put(prog, "version", report_json_text(r->program_version));
	for (size_t i = 0; i < r->n_modules; i++)
		json_object_array_add(mods, report_json_module(&r->modules[i]));
	for (size_t i = 0; i < r->n_steps; i++)
		json_object_array_add(steps, report_json_step(&r->steps[i]));
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
	return o;
}

/* Compute the checksum of a report's canonical form (len bytes at text):
 * "sha256:<64 hex>". */
static void
report_digest(const char *text, size_t len, char out[REPORT_SUM_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	uint8_t sum[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;
	char *p;

	sha256_init(&ctx);
	sha256_update(&ctx, len, (const uint8_t *)text);
	sha256_digest(&ctx, sizeof sum, sum);
	p = stpcpy(out, REPORT_SUM_PREFIX);
	for (size_t i = 0; i < sizeof sum; i++) {
		*p++ = hex[sum[i] >> 4];
		*p++ = hex[sum[i] & 0x0f];
	}
	*p = '\0';
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

	report_digest(canonical, strlen(canonical), sum);
	report_put(o, "checksum", json_object_new_string(sum));
	errno = 0;
	if (fputs(json_object_to_json_string_ext(o, REPORT_CANONICAL), f) == EOF ||
	    fputc('\n', f) == EOF)
		err = errno ? -errno : -EIO;
	json_object_put(o);
	return err;
}

/* What report_save's writer needs. */
struct report_save_ctx {
	const struct report *r;
	mode_t mode;
};

/* Give the temp file its final mode, then write the report into it. */
static int
report_save_writer(FILE *f, void *ctx)
{
	const struct report_save_ctx *sc = ctx;

	if (fchmod(fileno(f), sc->mode) != 0)
		return -errno;
	return report_write(sc->r, f);
}

/* Write r to path atomically, readable as the umask allows. */
int
report_save(const struct report *r, const char *path)
{
	struct report_save_ctx sc = { r, 0 };
	mode_t mask = umask(0);

	umask(mask);
	sc.mode = 0666 & ~mask;
	return fs_write_atomic(path, report_save_writer, &sc);
}

/* ---- reading ---- */

/* Name the field key (NULL: the element itself) of the current parent. */
static char *
report_field(const struct report_reader *rd, const char *key)
{
	if (rd->parent == NULL)
		return xstrdup(key);
	if (rd->index == REPORT_NO_INDEX)
		return xasprintf("%s.%s", rd->parent, key);
	if (key == NULL)
		return xasprintf("%s[%zu]", rd->parent, rd->index);
	return xasprintf("%s[%zu].%s", rd->parent, rd->index, key);
}

/* Reject the report as invalid because of field key, unless it already
 * is rejected. */
static void
report_invalid(struct report_reader *rd, const char *key, enum report_problem p)
{
	char *field;

	if (rd->why != REPORT_OK)
		return;
	rd->why = REPORT_INVALID;
	field = report_field(rd, key);
	switch (p) {
	case REPORT_BAD_TYPE:
		rd->detail = xasprintf(_("The field %s is missing or has the "
		    "wrong type."), field);
		break;
	case REPORT_BAD_VALUE:
		rd->detail = xasprintf(_("The field %s has a value that is not "
		    "allowed."), field);
		break;
	case REPORT_BAD_SUM:
		rd->detail = xasprintf(_("The counts in %s do not add up."), field);
		break;
	}
	free(field);
}

/* Reject the report for why, with detail (taken), unless it already is. */
static void
report_refuse(struct report_reader *rd, enum report_reject why, char *detail)
{
	if (rd->why != REPORT_OK) {
		free(detail);
		return;
	}
	rd->why = why;
	rd->detail = detail;
}

/* Member key of obj when it has type t; NULL, and the report rejected,
 * when it is missing or of another type. */
static jdoc_ref
report_get(struct report_reader *rd, jdoc_ref obj, const char *key,
    enum jdoc_type t)
{
	jdoc_ref v = jdoc_member(rd->doc, obj, key);

	if (rd->why == REPORT_OK && jdoc_type(rd->doc, v) == t)
		return v;
	report_invalid(rd, key, REPORT_BAD_TYPE);
	return JDOC_NONE;
}

/* The text of string v: NULL, and the report rejected, when it holds a
 * NUL, is not UTF-8 or is too long.  Controls are kept: they are data,
 * and whoever shows them cleans them. */
static const char *
report_check_text(struct report_reader *rd, const char *key,
    jdoc_ref v)
{
	size_t n;
	const char *s = jdoc_string(rd->doc, v, &n);

	/* A NUL inside (from \u0000) or bad UTF-8 stops the span short. */
	if (n <= REPORT_MAX_TEXT && text_utf8_span(s) == n)
		return s;
	report_invalid(rd, key, REPORT_BAD_VALUE);
	return NULL;
}

/* The text of string member key of obj, or NULL (and the report
 * rejected); it lasts as long as the document. */
static const char *
report_peek_text(struct report_reader *rd, jdoc_ref obj, const char *key)
{
	jdoc_ref v = report_get(rd, obj, key, JDOC_STRING);

	return v != JDOC_NONE ? report_check_text(rd, key, v) : NULL;
}

/* A copy of string member key of obj, or NULL (and the report rejected). */
static char *
report_get_text(struct report_reader *rd, jdoc_ref obj, const char *key)
{
	const char *s = report_peek_text(rd, obj, key);

	return s ? arena_strdup(rd->text, s) : NULL;
}

/* As report_get_text, but an empty string is not allowed either. */
static char *
report_get_id(struct report_reader *rd, jdoc_ref obj, const char *key)
{
	char *s = report_get_text(rd, obj, key);

	if (s != NULL && *s == '\0')
		report_invalid(rd, key, REPORT_BAD_VALUE);
	return s;
}

/* The text of member key of obj, a string or null (*out NULL); false,
 * and the report rejected, when it is missing or anything else. */
static bool
report_peek_text_or_null(struct report_reader *rd, jdoc_ref obj,
    const char *key, const char **out)
{
	jdoc_ref v = jdoc_member(rd->doc, obj, key);

	*out = NULL;
	if (rd->why == REPORT_OK && jdoc_type(rd->doc, v) == JDOC_NULL)
		return true;
	if (rd->why != REPORT_OK || jdoc_type(rd->doc, v) != JDOC_STRING) {
		report_invalid(rd, key, REPORT_BAD_TYPE);
		return false;
	}
	*out = report_check_text(rd, key, v);
	return *out != NULL;
}

/* A copy of member key of obj, a string or null (*out NULL); false, and
 * the report rejected, when it is missing or anything else. */
static bool
report_get_text_or_null(struct report_reader *rd, jdoc_ref obj,
    const char *key, char **out)
{
	const char *s;
	bool ok = report_peek_text_or_null(rd, obj, key, &s);

	*out = s ? arena_strdup(rd->text, s) : NULL;
	return ok;
}

/* A time member (ISO 8601 UTC), or null when nullable (*t = 0). */
static void
report_get_time(struct report_reader *rd, jdoc_ref obj,
    const char *key, bool nullable, time_t *t)
{
	const char *s = NULL;

	*t = 0;
	if (nullable)
		report_peek_text_or_null(rd, obj, key, &s);
	else
		s = report_peek_text(rd, obj, key);
	if (s != NULL && !isotime_parse(s, t))
		report_invalid(rd, key, REPORT_BAD_VALUE);
}

/* A count member: an integer from 0 to REPORT_MAX_COUNT. */
static size_t
report_get_count(struct report_reader *rd, jdoc_ref obj, const char *key)
{
	jdoc_ref v = report_get(rd, obj, key, JDOC_INT);
	int64_t n;

	if (v == JDOC_NONE)
		return 0;
	n = jdoc_int(rd->doc, v);
	if (n >= 0 && n <= REPORT_MAX_COUNT)
		return (size_t)n;
	report_invalid(rd, key, REPORT_BAD_VALUE);
	return 0;
}

/* A boolean member. */
static bool
report_get_bool(struct report_reader *rd, jdoc_ref obj, const char *key)
{
	return jdoc_bool(rd->doc, report_get(rd, obj, key, JDOC_BOOL));
}

/* Parse buf into doc in one pass, with the canonical form the checksum
 * covers: false, and the report rejected, unless it is exactly one JSON
 * value (white space around it is fine). */
static bool
report_tokenize(struct report_reader *rd, struct jdoc *doc, const char *buf,
    size_t len)
{
	size_t end;

	if (jdoc_read(doc, buf, len, "checksum", &end))
		return true;
	report_refuse(rd, REPORT_NOT_JSON, xasprintf(_("It is not valid JSON "
	    "text in UTF-8 (the problem is near byte %zu)."), end));
	return false;
}

/* Check that root is a jagaakun report in a format this program reads. */
static void
report_identify(struct report_reader *rd, jdoc_ref root)
{
	const struct jdoc *d = rd->doc;
	jdoc_ref format = jdoc_member(d, root, "format");
	jdoc_ref name = jdoc_member(d, jdoc_member(d, root, "program"), "name");
	int64_t f;

	if (jdoc_type(d, format) != JDOC_INT ||
	    jdoc_type(d, name) != JDOC_STRING ||
	    strcmp(jdoc_string(d, name, NULL), REPORT_PROGRAM) != 0) {
		report_refuse(rd, REPORT_NOT_REPORT, xstrdup(_("It has no "
		    "\"format\" number or its \"program\" is not jagaakun.")));
		return;
	}
	f = jdoc_int(d, format);
	if (f != REPORT_FORMAT)
		report_refuse(rd, REPORT_UNKNOWN_FORMAT, xasprintf(_("It is in "
		    "report format %lld; this version reads format %d."),
		    (long long)f, REPORT_FORMAT));
}

/* Compare the checksum with the canonical form of the rest, made while
 * the file was parsed. */
static void
report_verify(struct report_reader *rd, jdoc_ref root)
{
	jdoc_ref v = report_get(rd, root, "checksum", JDOC_STRING);
	char want[REPORT_SUM_LEN + 1];
	const char *given, *canonical;
	size_t n;

	if (v == JDOC_NONE)
		return;
	given = jdoc_string(rd->doc, v, &n);
	if (n != REPORT_SUM_LEN) {
		report_invalid(rd, "checksum", REPORT_BAD_VALUE);
		return;
	}
	canonical = jdoc_canonical(rd->doc, &n);
	report_digest(canonical, n, want);
	if (strcmp(given, want) != 0)
		report_refuse(rd, REPORT_EDITED, xstrdup(_("Its checksum does "
		    "not match its content: it was changed after it was "
		    "exported.")));
}

/* Read the members about the file itself. */
static void
report_read_head(struct report_reader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref prog = report_get(rd, root, "program", JDOC_OBJECT);

	if (prog != JDOC_NONE) {
		rd->parent = "program";
		r->program_version = report_get_id(rd, prog, "version");
		rd->parent = NULL;
	}
	r->content_version = report_get_text(rd, root, "content_version");
	report_get_text_or_null(rd, root, "agency", &r->agency);
	r->host = report_get_text(rd, root, "host");
	report_get_time(rd, root, "exported", false, &r->exported);
	if (rd->why == REPORT_OK) {
		struct tm tm;

		gmtime_r(&r->exported, &tm);
		rd->year = tm.tm_year + 1900;
	}
}

/* Read the "profile" object; the NIP must have the structure of its kind
 * as of the year of export. */
static void
report_read_profile(struct report_reader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref o = report_get(rd, root, "profile", JDOC_OBJECT);
	struct profile *p = &r->profile;
	const char *kind;
	int k;

	if (o == JDOC_NONE)
		return;
	rd->parent = "profile";
	p->name = report_get_text(rd, o, "name");
	p->nip = report_get_text(rd, o, "nip");
	kind = report_peek_text(rd, o, "kind");
	p->unit = report_get_text(rd, o, "unit");
	p->position = report_get_text(rd, o, "position");
	if (kind != NULL) {
		k = nip_kind_parse(kind);
		if (k < 0)
			report_invalid(rd, "kind", REPORT_BAD_VALUE);
		else
			p->kind = (enum nip_kind)k;
	}
	if (rd->why == REPORT_OK && nip_check(p->nip, p->kind, rd->year) != NIP_OK)
		report_invalid(rd, "nip", REPORT_BAD_VALUE);
	rd->parent = NULL;
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
report_read_module(struct report_reader *rd, jdoc_ref o,
    const struct report *r, struct report_module *m)
{
	if (jdoc_type(rd->doc, o) != JDOC_OBJECT) {
		report_invalid(rd, NULL, REPORT_BAD_TYPE);
		return;
	}
	m->id = report_get_id(rd, o, "id");
	m->title = report_get_text(rd, o, "title");
	m->required = report_get_bool(rd, o, "required");
	m->done = report_get_count(rd, o, "done");
	m->na = report_get_count(rd, o, "na");
	m->later = report_get_count(rd, o, "later");
	m->todo = report_get_count(rd, o, "todo");
	m->total = report_get_count(rd, o, "total");
	if (rd->why != REPORT_OK)
		return;
	if (report_module_index(r, m->id, 0) != REPORT_NO_INDEX)
		report_invalid(rd, "id", REPORT_BAD_VALUE);
	else if (m->done + m->na + m->later + m->todo != m->total)
		report_invalid(rd, NULL, REPORT_BAD_SUM);
}

/* Read the "modules" array. */
static void
report_read_modules(struct report_reader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref a = report_get(rd, root, "modules", JDOC_ARRAY);
	jdoc_ref v = jdoc_first(rd->doc, a);

	if (a == JDOC_NONE)
		return;
	r->modules = xcalloc(jdoc_count(rd->doc, a) + 1, sizeof *r->modules);
	rd->parent = "modules";
	for (size_t i = 0; v != JDOC_NONE && rd->why == REPORT_OK;
	    i++, v = jdoc_next(rd->doc, v)) {
		rd->index = i;
		report_read_module(rd, v, r, &r->modules[i]);
		r->n_modules = i + 1;
	}
	rd->parent = NULL;
	rd->index = REPORT_NO_INDEX;
}

/* Read one element of "steps" into s. */
static void
report_read_step(struct report_reader *rd, jdoc_ref o, struct report_step *s)
{
	const char *status;
	int st;

	if (jdoc_type(rd->doc, o) != JDOC_OBJECT) {
		report_invalid(rd, NULL, REPORT_BAD_TYPE);
		return;
	}
	s->module = report_get_id(rd, o, "module");
	s->step = report_get_id(rd, o, "step");
	status = report_peek_text(rd, o, "status");
	report_get_time(rd, o, "time", true, &s->time);
	st = status ? step_status_parse(status) : -1;
	if (rd->why != REPORT_OK)
		return;
	if (st < 0) {
		report_invalid(rd, "status", REPORT_BAD_VALUE);
		return;
	}
	s->status = (enum step_status)st;
	if (s->status == STEP_NA)
		s->reason = report_get_text(rd, o, "reason");
}

/* Check that the steps of each module agree with its counts. */
static void
report_check_modules(struct report_reader *rd, const struct report *r,
    const struct progress *count)
{
	rd->parent = "modules";
	for (size_t i = 0; i < r->n_modules && rd->why == REPORT_OK; i++) {
		struct progress m = report_module_progress(&r->modules[i]);

		rd->index = i;
		if (memcmp(&m, &count[i], sizeof m) != 0)
			report_invalid(rd, NULL, REPORT_BAD_SUM);
	}
	rd->parent = NULL;
	rd->index = REPORT_NO_INDEX;
}

/* Read the "steps" array; each step names a module, and the steps of a
 * module agree with its counts. */
static void
report_read_steps(struct report_reader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref a = report_get(rd, root, "steps", JDOC_ARRAY);
	jdoc_ref v = jdoc_first(rd->doc, a);
	struct progress *count;
	size_t m = 0;

	if (a == JDOC_NONE)
		return;
	r->steps = xcalloc(jdoc_count(rd->doc, a) + 1, sizeof *r->steps);
	count = xcalloc(r->n_modules + 1, sizeof *count);
	rd->parent = "steps";
	for (size_t i = 0; v != JDOC_NONE && rd->why == REPORT_OK;
	    i++, v = jdoc_next(rd->doc, v)) {
		rd->index = i;
		report_read_step(rd, v, &r->steps[i]);
		r->n_steps = i + 1;
		if (rd->why != REPORT_OK)
			break;
		m = report_module_index(r, r->steps[i].module, m);
		if (m == REPORT_NO_INDEX) {
			report_invalid(rd, "module", REPORT_BAD_VALUE);
			break;
		}
		progress_add(&count[m], r->steps[i].status);
	}
	rd->parent = NULL;
	rd->index = REPORT_NO_INDEX;
	report_check_modules(rd, r, count);
	free(count);
}

/* Check "completion" and "compliant" against the module counts. */
static void
report_read_totals(struct report_reader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref o = report_get(rd, root, "completion", JDOC_OBJECT);
	bool compliant = report_get_bool(rd, root, "compliant");
	struct progress all;
	size_t percent;

	if (o == JDOC_NONE)
		return;
	rd->parent = "completion";
	r->finished = report_get_count(rd, o, "finished");
	r->total = report_get_count(rd, o, "total");
	percent = report_get_count(rd, o, "percent");
	rd->parent = NULL;
	r->compliant = report_tally(r, &all);
	if (r->finished != all.done + all.na || r->total != all.total ||
	    percent != progress_percent(&all))
		report_invalid(rd, "completion", REPORT_BAD_SUM);
	else if (compliant != r->compliant)
		report_invalid(rd, "compliant", REPORT_BAD_VALUE);
}

/* Read the "missed" array of a quiz object into q. */
static void
report_read_missed(struct report_reader *rd, jdoc_ref obj,
    struct quiz_result *q)
{
	jdoc_ref a = report_get(rd, obj, "missed", JDOC_ARRAY);
	jdoc_ref v = jdoc_first(rd->doc, a);

	if (a == JDOC_NONE)
		return;
	q->missed = xcalloc(jdoc_count(rd->doc, a) + 1, sizeof *q->missed);
	rd->parent = "quiz.missed";
	for (size_t i = 0; v != JDOC_NONE && rd->why == REPORT_OK;
	    i++, v = jdoc_next(rd->doc, v)) {
		const char *s;

		rd->index = i;
		if (jdoc_type(rd->doc, v) != JDOC_STRING) {
			report_invalid(rd, NULL, REPORT_BAD_TYPE);
			break;
		}
		if ((s = report_check_text(rd, NULL, v)) != NULL)
			q->missed[q->n_missed++] = xstrdup(s);
	}
	rd->parent = "quiz";
	rd->index = REPORT_NO_INDEX;
}

/* Read the optional "quiz" member: absent (a report written before
 * quizzes) or null leaves r->quiz NULL. */
static void
report_read_quiz(struct report_reader *rd, jdoc_ref root,
    struct report *r)
{
	jdoc_ref o = jdoc_member(rd->doc, root, "quiz");
	struct quiz_result q = { 0 };
	enum quiz_problem p;

	if (rd->why != REPORT_OK || o == JDOC_NONE ||
	    jdoc_type(rd->doc, o) == JDOC_NULL)
		return;
	if (jdoc_type(rd->doc, o) != JDOC_OBJECT) {
		report_invalid(rd, "quiz", REPORT_BAD_TYPE);
		return;
	}
	rd->parent = "quiz";
	q.score = (unsigned)report_get_count(rd, o, "score");
	q.total = (unsigned)report_get_count(rd, o, "total");
	report_get_time(rd, o, "time", false, &q.time);
	report_read_missed(rd, o, &q);
	if (rd->why == REPORT_OK && (p = quiz_result_check(&q)) != QUIZ_OK)
		report_invalid(rd, quiz_problem_member(p), REPORT_BAD_VALUE);
	rd->parent = NULL;
	if (rd->why != REPORT_OK) {
		quiz_result_done(&q);
		return;
	}
	r->quiz = xmalloc(sizeof *r->quiz);
	*r->quiz = q;
}

/* Read every member of a verified report. */
static struct report *
report_from_json(struct report_reader *rd, jdoc_ref root)
{
	struct report *r = xcalloc(1, sizeof *r);

	r->format = REPORT_FORMAT;
	r->text = rd->text = arena_new(REPORT_TEXT_CHUNK);
	report_read_head(rd, root, r);
	report_read_profile(rd, root, r);
	report_read_modules(rd, root, r);
	report_read_steps(rd, root, r);
	report_read_totals(rd, root, r);
	report_read_quiz(rd, root, r);
	if (rd->why == REPORT_OK)
		return r;
	report_free(r);
	return NULL;
}

/* Hand the outcome of a read to the caller. */
static enum report_reject
report_finish(struct report_reader *rd, char **detail)
{
	if (detail != NULL)
		*detail = rd->detail;
	else
		free(rd->detail);
	return rd->why;
}

/* Read a report from len bytes at buf. */
enum report_reject
report_parse(const char *buf, size_t len, struct report **out, char **detail)
{
	struct jdoc *work = jdoc_new();
	enum report_reject why = report_parse_with(work, buf, len, out, detail);

	jdoc_free(work);
	return why;
}

enum report_reject
report_parse_with(struct jdoc *work, const char *buf, size_t len,
    struct report **out, char **detail)
{
	struct report_reader rd = { .why = REPORT_OK, .doc = work,
	    .index = REPORT_NO_INDEX };
	jdoc_ref root;

	*out = NULL;
	if (len > REPORT_MAX_BYTES)
		report_refuse(&rd, REPORT_TOO_LARGE, xasprintf(_("It is larger "
		    "than %d bytes."), REPORT_MAX_BYTES));
	else if (report_tokenize(&rd, work, buf, len)) {
		root = jdoc_root(work);
		report_identify(&rd, root);
		if (rd.why == REPORT_OK)
			report_verify(&rd, root);
		if (rd.why == REPORT_OK)
			*out = report_from_json(&rd, root);
	}
	return report_finish(&rd, detail);
}

/* Reject the file as unreadable for the reason errno gives
 * (strerror_r: collect reads files from several threads). */
static void
report_unreadable(struct report_reader *rd, int err)
{
	char buf[256];

	report_refuse(rd, REPORT_UNREADABLE,
	    xstrdup(strerror_r(err, buf, sizeof buf)));
}

/* Read the regular file at path into *buf (caller frees), refusing one
 * larger than a report can be. */
static void
report_slurp(struct report_reader *rd, const char *path, char **buf,
    size_t *len)
{
	size_t cap = 0, n = 0;
	struct stat st;
	ssize_t got;
	char *p = NULL;
	int fd;

	*buf = NULL;
	/* O_NONBLOCK: a FIFO among the files must not hang collect. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0 || fstat(fd, &st) != 0) {
		report_unreadable(rd, errno);
		if (fd >= 0)
			close(fd);
		return;
	}
	if (!S_ISREG(st.st_mode)) {
		report_refuse(rd, REPORT_UNREADABLE,
		    xstrdup(_("It is not a regular file.")));
		close(fd);
		return;
	}
	do {
		p = xgrow(p, &cap, n + 4096, 1);
		got = read(fd, p + n, cap - n);
		if (got > 0)
			n += (size_t)got;
	} while ((got > 0 || (got < 0 && errno == EINTR)) &&
	    n <= REPORT_MAX_BYTES);
	if (got < 0)
		report_unreadable(rd, errno);
	else if (n > REPORT_MAX_BYTES)
		report_refuse(rd, REPORT_TOO_LARGE, xasprintf(_("It is larger "
		    "than %d bytes."), REPORT_MAX_BYTES));
	close(fd);
	*buf = p;
	*len = n;
}

/* Read the report file at path. */
enum report_reject
report_read(const char *path, struct report **out, char **detail)
{
	struct report_reader rd = { .why = REPORT_OK, .index = REPORT_NO_INDEX };
	char *buf;
	size_t len = 0;
	enum report_reject why;

	*out = NULL;
	report_slurp(&rd, path, &buf, &len);
	if (rd.why != REPORT_OK) {
		free(buf);
		return report_finish(&rd, detail);
	}
	why = report_parse(buf, len, out, detail);
	free(buf);
	return why;
}

/* Give the translated phrase for a reject reason. */
const char *
report_reject_text(enum report_reject r)
{
	if ((size_t)r >= sizeof report_reject_texts / sizeof report_reject_texts[0])
		r = REPORT_INVALID;
	return _(report_reject_texts[r]);
}

/* Make "jagaakun-<NIP>-<YYYYMMDD>.json" from the digits of the NIP only,
 * so that no text from a report can reach a path. */
char *
report_default_name(const struct report *r)
{
	char nip[19], date[9];
	size_t n = 0;
	struct tm tm;

	for (const char *p = r->profile.nip; p && *p && n < 18; p++)
		if (*p >= '0' && *p <= '9')
			nip[n++] = *p;
	nip[n] = '\0';
	if (gmtime_r(&r->exported, &tm) == NULL ||
	    strftime(date, sizeof date, "%Y%m%d", &tm) == 0)
		strcpy(date, "00000000");
	return xasprintf("jagaakun-%s-%s.json", n > 0 ? nip : "unknown", date);
}

/* Join the default name to the site's report folder. */
char *
report_default_path(const struct report *r, const struct site *s)
{
	char *name = report_default_name(r), *path;

	if (s == NULL || s->report_dir == NULL)
		return name;
	path = xasprintf("%s/%s", s->report_dir, name);
	free(name);
	return path;
}
