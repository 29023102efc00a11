/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_report: building a report from a record, writing it as JSON and
 * reading it back; the checksum; every class of rejected file; escaping
 * of untrusted text.
 *
 * The checksum is recomputed here from the format's description
 * (jagaakun-report(5)) with json-c and nettle directly, so the test also
 * checks that the program follows its own documentation.
 */
#include "config.h"
#include "testutil.h"

#include <errno.h>
#include <json-c/json.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/content.h"
#include "base/diag.h"
#include "base/isotime.h"
#include "base/jdoc.h"
#include "model/progress.h"
#include "model/record.h"
#include "exchange/report.h"
#include "model/site.h"
#include "base/xalloc.h"

#define NIP "198609262015051001"
#define HOST "pc-kominfo-07"
#define CANONICAL (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)
#define PRETTY (JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | \
    JSON_C_TO_STRING_NOSLASHESCAPE)

/* Content: "two-step" with three steps and "privacy" with two.  Only
 * turn-on may be not applicable here (for one listed reason). */
static char *turn_on_reasons[] = { (char *)"No smartphone", NULL };
static struct step two_step_steps[] = {
	{ .id = (char *)"choose-pin", .title = (char *)"Choose a PIN" },
	{ .id = (char *)"turn-on", .title = (char *)"Turn it on",
	  .na = turn_on_reasons, .n_na = 1 },
	{ .id = (char *)"recovery-email", .title = (char *)"Add an e-mail" },
};
static struct step privacy_steps[] = {
	{ .id = (char *)"photo", .title = (char *)"Profile photo" },
	{ .id = (char *)"groups", .title = (char *)"Who can add you to groups" },
};
static struct module modules[] = {
	{ .id = (char *)"two-step", .title = (char *)"Turn on two-step verification",
	  .steps = two_step_steps, .n_steps = 3 },
	{ .id = (char *)"privacy", .title = (char *)"Limit who sees your profile",
	  .steps = privacy_steps, .n_steps = 2 },
};
static struct content content = {
	.version = (char *)"2026.11.1", .modules = modules, .n_modules = 2,
};

/* The document every report is parsed into, kept from one to the next
 * as collect keeps it. */
static struct jdoc *work;

/* Per-test state: a record with one official, and the times used. */
struct fixture {
	char *dir;
	struct record *rec;
	struct official *o;
	time_t t0;		/* when the steps were set */
	time_t now;		/* the export */
	struct report *r;
	char *text;		/* r as written */
};

/* Parse an ISO time the test knows is valid. */
static time_t
at(const char *iso)
{
	time_t t;

	assert_true(isotime_parse(iso, &t));
	return t;
}

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	struct profile p = {
		.name = (char *)"Siti Aminah", .nip = (char *)NIP, .kind = NIP_PNS,
		.unit = (char *)"Dinas Kesehatan", .position = (char *)"Analis",
	};
	char *path;
	struct diag d;

	f->dir = tu_tempdir();
	path = xasprintf("%s/record.cfg", f->dir);
	diag_init(&d);
	assert_int_equal(record_open(path, &f->rec, &d), 0);
	diag_done(&d);
	free(path);
	f->t0 = at("2026-11-20T03:00:00Z");
	f->now = at("2026-11-24T07:05:00Z");
	f->o = record_add(f->rec, &p, f->t0);
	assert_non_null(f->o);
	official_set_status(f->o, "two-step", "choose-pin", STEP_DONE, NULL, f->t0);
	official_set_status(f->o, "two-step", "turn-on", STEP_NA,
	    "No smartphone", f->t0 + 60);
	official_set_status(f->o, "two-step", "recovery-email", STEP_LATER,
	    NULL, f->t0 + 120);
	official_set_status(f->o, "privacy", "photo", STEP_DONE, NULL, f->t0 + 180);
	/* A step the content no longer has: not part of the report. */
	official_set_status(f->o, "old-module", "gone", STEP_DONE, NULL, f->t0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	report_free(f->r);
	free(f->text);
	record_close(f->rec);
	tu_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* Write r to a string (caller frees). */
static char *
write_text(const struct report *r)
{
	char *buf = NULL, *copy;
	size_t len = 0;
	FILE *m = tu_memopen(&buf, &len);

	assert_non_null(m);
	assert_int_equal(report_write(r, m), 0);
	assert_int_equal(tu_memclose(m), 0);
	copy = xstrdup(buf);
	free(buf);
	return copy;
}

/* Build the fixture's report with site s and write it. */
static void
build(struct fixture *f, const struct site *s)
{
	report_free(f->r);
	free(f->text);
	f->r = report_build(f->o, &content, s, f->now, HOST);
	f->text = write_text(f->r);
}

/* Parse text, expecting want; the detail must contain field when given.
 * Returns the report when accepted (caller frees). */
static struct report *
parse_expect(const char *text, enum reject_reason want, const char *field)
{
	struct report *r = (struct report *)1;
	char *detail = NULL;
	enum reject_reason got = report_parse(work, text, strlen(text), &r,
	    &detail);

	if (got != want)
		fail_msg("got reject %d (%s), want %d; detail: %s", got,
		    reject_text(got), want, detail ? detail : "none");
	if (want == REJECT_OK) {
		assert_non_null(r);
		assert_null(detail);
		return r;
	}
	assert_null(r);
	assert_non_null(detail);
	if (field != NULL && strstr(detail, field) == NULL)
		fail_msg("detail \"%s\" does not name %s", detail, field);
	free(detail);
	return NULL;
}

/* The checksum of root as jagaakun-report(5) defines it. */
static char *
checksum(struct json_object *root)
{
	const char *text = json_object_to_json_string_ext(root, CANONICAL);
	uint8_t sum[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;
	char *out = xmalloc(8 + 2 * sizeof sum), *p;

	sha256_init(&ctx);
	sha256_update(&ctx, strlen(text), (const uint8_t *)text);
	sha256_digest(&ctx, sizeof sum, sum);
	p = out + sprintf(out, "sha256:");
	for (size_t i = 0; i < sizeof sum; i++)
		p += sprintf(p, "%02x", sum[i]);
	return out;
}

/* The value at a dotted path ("steps.1.status") of root, and its parent
 * and last part. */
static struct json_object *
lookup(struct json_object *root, const char *path, struct json_object **parent,
    char *last)
{
	char *copy = xstrdup(path), *save = NULL, *part;
	struct json_object *cur = root;

	*parent = NULL;
	for (part = strtok_r(copy, ".", &save); part != NULL;
	    part = strtok_r(NULL, ".", &save)) {
		*parent = cur;
		strcpy(last, part);
		if (json_object_is_type(cur, json_type_array))
			cur = json_object_array_get_idx(cur, (size_t)atoi(part));
		else
			json_object_object_get_ex(cur, part, &cur);
	}
	free(copy);
	return cur;
}

/*
 * Change the report text: set the member at path to v (taken), or remove
 * it when v is NULL and del is true, then, when reseal, give it a new
 * valid checksum.  Returns the new pretty text (caller frees).
 */
static char *
edit(const char *text, const char *path, struct json_object *v, bool del,
    bool reseal)
{
	struct json_object *root = json_tokener_parse(text), *parent;
	char last[64], *out;

	assert_non_null(root);
	lookup(root, path, &parent, last);
	assert_non_null(parent);
	if (json_object_is_type(parent, json_type_array))
		json_object_array_put_idx(parent, (size_t)atoi(last), v);
	else if (del)
		json_object_object_del(parent, last);
	else
		json_object_object_add(parent, last, v);
	if (reseal) {
		char *sum;

		json_object_object_del(root, "checksum");
		sum = checksum(root);
		json_object_object_add(root, "checksum", json_object_new_string(sum));
		free(sum);
	}
	out = xstrdup(json_object_to_json_string_ext(root, PRETTY));
	json_object_put(root);
	return out;
}

/* Replace the first occurrence of from in text by to (caller frees). */
static char *
replace(const char *text, const char *from, const char *to)
{
	const char *p = strstr(text, from);

	if (p == NULL)
		fail_msg("\"%s\" is not in the report", from);
	return xasprintf("%.*s%s%s", (int)(p - text), text, to, p + strlen(from));
}

static void
test_report_build_counts(void **state)
{
	struct fixture *f = *state;
	const struct report *r;

	build(f, NULL);
	r = f->r;
	assert_int_equal(r->format, REPORT_FORMAT);
	assert_string_equal(r->program_version, VERSION);
	assert_string_equal(r->content_version, "2026.11.1");
	assert_null(r->agency);
	assert_string_equal(r->host, HOST);
	assert_int_equal(r->exported, f->now);
	assert_string_equal(r->profile.name, "Siti Aminah");
	assert_string_equal(r->profile.nip, NIP);
	assert_int_equal(r->n_modules, 2);
	assert_string_equal(r->modules[0].id, "two-step");
	assert_int_equal(r->modules[0].done, 1);
	assert_int_equal(r->modules[0].na, 1);
	assert_int_equal(r->modules[0].later, 1);
	assert_int_equal(r->modules[0].todo, 0);
	assert_int_equal(r->modules[0].total, 3);
	assert_int_equal(r->modules[1].done, 1);
	assert_int_equal(r->modules[1].todo, 1);
	assert_int_equal(r->modules[1].total, 2);
	assert_int_equal(r->n_steps, 5);
	assert_string_equal(r->steps[1].step, "turn-on");
	assert_int_equal(r->steps[1].status, STEP_NA);
	assert_string_equal(r->steps[1].reason, "No smartphone");
	assert_int_equal(r->steps[1].time, f->t0 + 60);
	assert_null(r->steps[0].reason);
	assert_string_equal(r->steps[4].step, "groups");
	assert_int_equal(r->steps[4].status, STEP_TODO);
	assert_int_equal(r->steps[4].time, 0);
	assert_int_equal(r->finished, 3);
	assert_int_equal(r->total, 5);
	assert_int_equal(report_percent(r), 60);
	assert_false(r->compliant);
}

/* The counts agree with progress.h for the same official. */
static void
test_report_counts_match_progress(void **state)
{
	struct fixture *f = *state;
	struct progress all;

	build(f, NULL);
	progress_all(f->o, &content, &all);
	assert_int_equal(f->r->finished, all.done + all.na);
	assert_int_equal(f->r->total, all.total);
	assert_int_equal(report_percent(f->r), progress_percent(&all));
}

/* Compliance counts only the site's required modules; with none listed,
 * every module is required. */
static void
test_report_compliance(void **state)
{
	struct fixture *f = *state;
	char *privacy[] = { (char *)"privacy" };
	char *two_step[] = { (char *)"two-step" };
	struct site s = { .agency = (char *)"Pemerintah Kota Dumai" };

	official_set_status(f->o, "two-step", "recovery-email", STEP_DONE, NULL,
	    f->t0);
	build(f, &s);
	assert_false(f->r->compliant);		/* privacy is not finished */
	assert_true(f->r->modules[0].required);
	assert_true(f->r->modules[1].required);
	s.required = two_step;
	s.n_required = 1;
	build(f, &s);
	assert_true(f->r->compliant);
	assert_true(f->r->modules[0].required);
	assert_false(f->r->modules[1].required);
	assert_string_equal(f->r->agency, "Pemerintah Kota Dumai");
	s.required = privacy;
	build(f, &s);
	assert_false(f->r->compliant);
	/* "Later" is not finished; nor is "not applicable" on a step that
	 * does not allow it; done is. */
	official_set_status(f->o, "privacy", "groups", STEP_LATER, NULL, f->t0);
	build(f, &s);
	assert_false(f->r->compliant);
	official_set_status(f->o, "privacy", "groups", STEP_NA, "", f->t0);
	build(f, &s);
	assert_false(f->r->compliant);
	official_set_status(f->o, "privacy", "groups", STEP_DONE, NULL, f->t0);
	build(f, &s);
	assert_true(f->r->compliant);
	assert_int_equal(report_percent(f->r), 100);
	/* Each compliance verdict survives the file. */
	report_free(parse_expect(f->text, REJECT_OK, NULL));
}

/* Everything written is read back the same. */
static void
test_report_round_trip(void **state)
{
	struct fixture *f = *state;
	struct site s = { .agency = (char *)"Pemerintah Kota Dumai" };
	struct report *back;
	char *again;

	build(f, &s);
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_string_equal(back->program_version, VERSION);
	assert_string_equal(back->content_version, f->r->content_version);
	assert_string_equal(back->agency, "Pemerintah Kota Dumai");
	assert_string_equal(back->host, HOST);
	assert_int_equal(back->exported, f->now);
	assert_string_equal(back->profile.unit, "Dinas Kesehatan");
	assert_string_equal(back->profile.position, "Analis");
	assert_int_equal(back->profile.kind, NIP_PNS);
	assert_int_equal(back->n_modules, 2);
	assert_string_equal(back->modules[1].title, "Limit who sees your profile");
	assert_int_equal(back->n_steps, 5);
	for (size_t i = 0; i < back->n_steps; i++) {
		assert_string_equal(back->steps[i].module, f->r->steps[i].module);
		assert_string_equal(back->steps[i].step, f->r->steps[i].step);
		assert_int_equal(back->steps[i].status, f->r->steps[i].status);
		assert_int_equal(back->steps[i].time, f->r->steps[i].time);
	}
	assert_string_equal(back->steps[1].reason, "No smartphone");
	assert_int_equal(back->finished, 3);
	assert_int_equal(back->total, 5);
	assert_false(back->compliant);
	/* Writing what was read gives the same bytes. */
	again = write_text(back);
	assert_string_equal(again, f->text);
	free(again);
	report_free(back);
}

/* The unit's code goes out and back; a report without it (every report
 * before the site listed units) reads with it empty, and one whose code
 * is not a-z, 0-9 and "-" is refused. */
static void
test_report_unit_code(void **state)
{
	struct fixture *f = *state;
	struct report *back;
	char *again, *t;

	build(f, NULL);
	assert_null(strstr(f->text, "unit_code"));
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_string_equal(back->profile.unit_code, "");
	again = write_text(back);
	assert_string_equal(again, f->text);
	free(again);
	report_free(back);

	assert_int_equal(profile_set(&f->o->profile, PROFILE_UNIT_CODE,
	    "dinkes"), PROFILE_OK);
	build(f, NULL);
	assert_non_null(strstr(f->text, "\"unit_code\""));
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_string_equal(back->profile.unit_code, "dinkes");
	assert_string_equal(back->profile.unit, "Dinas Kesehatan");
	again = write_text(back);
	assert_string_equal(again, f->text);
	free(again);
	report_free(back);

	t = edit(f->text, "profile.unit_code", json_object_new_string("Din Kes"),
	    false, true);
	parse_expect(t, REJECT_INVALID, "profile.unit_code");
	free(t);
	t = edit(f->text, "profile.unit_code", json_object_new_int(1), false,
	    true);
	parse_expect(t, REJECT_INVALID, "profile.unit_code");
	free(t);
}

/* The file's shape, as jagaakun-report(5) describes it. */
static void
test_report_json_shape(void **state)
{
	struct fixture *f = *state;
	struct json_object *root, *v, *step;
	char *given, *want;

	build(f, NULL);
	root = json_tokener_parse(f->text);
	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "format", &v));
	assert_int_equal(json_object_get_int(v), 1);
	assert_true(json_object_object_get_ex(root, "agency", &v));
	assert_null(v);
	assert_true(json_object_object_get_ex(root, "exported", &v));
	assert_string_equal(json_object_get_string(v), "2026-11-24T07:05:00Z");
	assert_true(json_object_object_get_ex(root, "steps", &v));
	step = json_object_array_get_idx(v, 4);
	assert_true(json_object_object_get_ex(step, "time", &v));
	assert_null(v);
	assert_false(json_object_object_get_ex(step, "reason", &v));
	assert_true(json_object_object_get_ex(root, "completion", &v));
	assert_true(json_object_object_get_ex(v, "percent", &v));
	assert_true(json_object_is_type(v, json_type_int));
	assert_int_equal(json_object_get_int(v), 60);
	assert_true(json_object_object_get_ex(root, "checksum", &v));
	assert_memory_equal(json_object_get_string(v), "sha256:", 7);
	/* One line with no white space: the canonical layout, and a line
	 * end. */
	want = xasprintf("%s\n", json_object_to_json_string_ext(root, CANONICAL));
	assert_string_equal(f->text, want);
	free(want);
	/* The checksum is the documented one. */
	given = xstrdup(json_object_get_string(v));
	json_object_object_del(root, "checksum");
	want = checksum(root);
	assert_string_equal(given, want);
	free(want);
	free(given);
	json_object_put(root);
}

/* Untrusted text goes in and comes out exactly, escaped as JSON needs. */
static void
test_report_escaping(void **state)
{
	static const char *const names[] = {
		"Siti \"Ani\" Aminah",
		"back\\slash \\\" \\\\",
		"tab\tnew\nline\rcr\x01\x1f\x7f end",
		"</script><script>alert(1)</script>",
		"Nurhaliza \xe2\x80\x94 Dinas \xc3\x89\xc3\xb1 \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80",
		"line\xe2\x80\xa8separator\xe2\x80\xa9paragraph",
		"{\"format\": 2}",
		"",
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		struct report *back;

		free(f->o->profile.name);
		f->o->profile.name = xstrdup(names[i]);
		free(f->o->profile.unit);
		f->o->profile.unit = xstrdup(names[(i + 1) % 8]);
		build(f, NULL);
		back = parse_expect(f->text, REJECT_OK, NULL);
		assert_string_equal(back->profile.name, names[i]);
		assert_string_equal(back->profile.unit, names[(i + 1) % 8]);
		report_free(back);
	}
	/* How the file spells the hard parts. */
	free(f->o->profile.name);
	f->o->profile.name = xstrdup("q\" b\\ c\x01 n\n s</script> u\xe2\x80\xa8");
	build(f, NULL);
	assert_non_null(strstr(f->text, "\"name\":\"q\\\" b\\\\ c\\u0001 n\\n "
	    "s</script> u\xe2\x80\xa8\""));
}

/* Text that is not UTF-8 (a strange host name) is made valid, so the
 * program never writes a file it would reject. */
static void
test_report_build_cleans_invalid_utf8(void **state)
{
	struct fixture *f = *state;
	struct report *back;

	f->r = report_build(f->o, &content, NULL, f->now, "pc-\xff\xfe-01");
	f->text = write_text(f->r);
	assert_string_equal(f->r->host, "pc-?" "?-01");
	back = parse_expect(f->text, REJECT_OK, NULL);
	report_free(back);
}

/* Without a host name given, the report names this machine. */
static void
test_report_build_host(void **state)
{
	struct fixture *f = *state;
	char want[256];

	assert_int_equal(gethostname(want, sizeof want), 0);
	f->r = report_build(f->o, &content, NULL, f->now, NULL);
	assert_string_equal(f->r->host, want);
}

/* Any change to a value shows as REJECT_EDITED. */
static void
test_report_checksum_detects_edits(void **state)
{
	static const struct {
		const char *from, *to;
	} edits[] = {
		{ "\"Siti Aminah\"", "\"Siti Aminan\"" },		/* name */
		{ "\"" NIP "\"", "\"198609262015051002\"" },	/* NIP */
		{ "\"Dinas Kesehatan\"", "\"Dinas Kesehatam\"" },	/* unit */
		{ "\"status\":\"later\"", "\"status\":\"done\"" },	/* status */
		{ "\"2026-11-20T03:00:00Z\"", "\"2026-11-21T03:00:00Z\"" }, /* time */
		{ "\"later\":1", "\"later\":0" },			/* count */
		{ "\"percent\":60", "\"percent\":61" },		/* percent */
		{ "\"compliant\":false", "\"compliant\":true" },	/* verdict */
		{ "\"required\":true", "\"required\":false" },	/* rule */
		{ "\"No smartphone\"", "\"No smartphonE\"" },		/* reason */
		{ "\"" HOST "\"", "\"pc-kominfo-08\"" },		/* host */
		{ "\"2026.11.1\"", "\"2026.11.2\"" },			/* content */
		{ "\"agency\":null", "\"agency\":\"Pemkot\"" },	/* agency */
		{ "\"time\":null", "\"time\":\"2026-11-20T03:00:00Z\"" },
		{ "\"kind\":\"pns\"", "\"kind\":\"pppk\"" },
	};
	struct fixture *f = *state;

	build(f, NULL);
	for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
		char *t = replace(f->text, edits[i].from, edits[i].to);

		parse_expect(t, REJECT_EDITED, "checksum");
		free(t);
	}
}

/* Reordering members changes the canonical form too. */
static void
test_report_checksum_member_order(void **state)
{
	struct fixture *f = *state;
	char *t;

	build(f, NULL);
	t = replace(f->text, "\"unit\":\"Dinas Kesehatan\",\"position\":"
	    "\"Analis\"", "\"position\":\"Analis\",\"unit\":"
	    "\"Dinas Kesehatan\"");
	parse_expect(t, REJECT_EDITED, NULL);
	free(t);
}

/* Layout and escaping choices do not change the canonical form. */
static void
test_report_checksum_ignores_layout(void **state)
{
	struct fixture *f = *state;
	struct json_object *root;
	char *t, *u;

	build(f, NULL);
	/* Spaced, with '/' escaped. */
	root = json_tokener_parse(f->text);
	t = xstrdup(json_object_to_json_string_ext(root, JSON_C_TO_STRING_SPACED));
	report_free(parse_expect(t, REJECT_OK, NULL));
	free(t);
	/* Indented, one member a line, as earlier versions wrote reports. */
	u = xstrdup(json_object_to_json_string_ext(root, PRETTY));
	json_object_put(root);
	report_free(parse_expect(u, REJECT_OK, NULL));
	/* Tabs, CRLF line ends and blank lines. */
	t = replace(u, "\n  \"format\"", "\r\n\r\n\t\"format\"");
	free(u);
	report_free(parse_expect(t, REJECT_OK, NULL));
	/* A letter written as a \u escape is the same letter. */
	u = replace(t, "\"Siti Aminah\"", "\"\\u0053iti Aminah\"");
	report_free(parse_expect(u, REJECT_OK, NULL));
	free(u);
	free(t);
}

/* Each field that is missing, of the wrong type or not allowed makes the
 * report REJECT_INVALID, with a detail naming the field, even with a
 * valid checksum. */
static void
test_report_invalid_fields(void **state)
{
	const struct {
		const char *path;
		struct json_object *v;	/* NULL: remove the member */
		const char *field;
	} cases[] = {
		{ "host", NULL, "host" },
		{ "exported", json_object_new_int(5), "exported" },
		{ "exported", json_object_new_string("2026-13-01T00:00:00Z"),
		  "exported" },
		{ "exported", json_object_new_string("2026-11-24 07:05:00"),
		  "exported" },
		{ "agency", json_object_new_int(5), "agency" },
		{ "content_version", NULL, "content_version" },
		{ "program.version", json_object_new_string(""), "program.version" },
		{ "profile", json_object_new_string("x"), "profile" },
		{ "profile.nip", json_object_new_string("198609262015051000"),
		  "profile.nip" },
		{ "profile.nip", json_object_new_string("1986 0926 2015 05 1 001"),
		  "profile.nip" },
		{ "profile.nip", json_object_new_string("12345"), "profile.nip" },
		{ "profile.kind", json_object_new_string("honorer"), "profile.kind" },
		{ "profile.name", json_object_new_string_len("a\0b", 3),
		  "profile.name" },
		/* Overlong UTF-8 ("/"), which json-c lets through. */
		{ "profile.name", json_object_new_string("a\xc0\xaf"),
		  "profile.name" },
		{ "profile.position", json_object_new_string("\xed\xa0\x80"),
		  "profile.position" },
		{ "profile.unit", NULL, "profile.unit" },
		{ "modules", json_object_new_object(), "modules" },
		{ "modules.0", json_object_new_int(5), "modules[0]" },
		{ "modules.0.id", json_object_new_string(""), "modules[0].id" },
		{ "modules.1.id", json_object_new_string("two-step"),
		  "modules[1].id" },
		{ "modules.0.done", json_object_new_int(-1), "modules[0].done" },
		{ "modules.0.done", json_object_new_double(1.0), "modules[0].done" },
		{ "modules.0.done", json_object_new_uint64(UINT64_MAX),
		  "modules[0].done" },
		{ "modules.0.required", json_object_new_int(1),
		  "modules[0].required" },
		{ "modules.0.total", json_object_new_int(4), "modules[0]" },
		{ "steps", json_object_new_object(), "steps" },
		{ "steps.0", json_object_new_string("done"), "steps[0]" },
		{ "steps.0.status", json_object_new_string("todo"), "modules[0]" },
		{ "steps.1.status", json_object_new_string("maybe"),
		  "steps[1].status" },
		{ "steps.1.reason", NULL, "steps[1].reason" },
		{ "steps.0.time", json_object_new_string("yesterday"),
		  "steps[0].time" },
		{ "steps.0.module", json_object_new_string("nope"),
		  "steps[0].module" },
		{ "steps.0.step", NULL, "steps[0].step" },
		{ "completion", NULL, "completion" },
		{ "completion.percent", json_object_new_int(61), "completion" },
		{ "completion.finished", json_object_new_int(4), "completion" },
		{ "completion.total", json_object_new_int(6), "completion" },
		{ "compliant", json_object_new_boolean(1), "compliant" },
		{ "compliant", json_object_new_string("no"), "compliant" },
		{ "checksum", json_object_new_string("sha256:abc"), "checksum" },
	};
	struct fixture *f = *state;

	build(f, NULL);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		bool sealed = strcmp(cases[i].path, "checksum") != 0;
		char *t = edit(f->text, cases[i].path, cases[i].v,
		    cases[i].v == NULL, sealed);

		parse_expect(t, REJECT_INVALID, cases[i].field);
		free(t);
	}
}

/* The quiz result of the fixture's official, finished after the steps. */
static char *quiz_missed_ids[] = { (char *)"boss-transfer",
    (char *)"otp-courier" };
static const struct quiz_result quiz = { 13, 15, 1795503600,
    quiz_missed_ids, 2, 15, NULL, 0 };

/* Give the fixture's official a quiz result and build the report. */
static void
build_with_quiz(struct fixture *f)
{
	assert_int_equal(official_set_quiz(f->o, &quiz), 0);
	build(f, NULL);
}

/* The quiz result is written after "compliant", read back the same, and
 * covered by the checksum. */
static void
test_report_quiz(void **state)
{
	struct fixture *f = *state;
	struct report *back;
	char *t;

	build_with_quiz(f);
	assert_non_null(strstr(f->text, ",\"compliant\":false,\"quiz\":{"
	    "\"score\":13,\"total\":15,\"time\":\"2026-11-24T07:00:00Z\","
	    "\"missed\":[\"boss-transfer\",\"otp-courier\"],\"answered\":15,"
	    "\"asked\":[]},\"accounts\":[],\"checksum\":"));
	/* The report has its own copy. */
	assert_ptr_not_equal(f->r->quiz, f->o->quiz);
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_non_null(back->quiz);
	assert_int_equal(back->quiz->score, 13);
	assert_int_equal(back->quiz->total, 15);
	assert_int_equal(back->quiz->time, quiz.time);
	assert_int_equal(back->quiz->n_missed, 2);
	assert_string_equal(back->quiz->missed[0], "boss-transfer");
	assert_string_equal(back->quiz->missed[1], "otp-courier");
	t = write_text(back);
	assert_string_equal(t, f->text);
	free(t);
	report_free(back);
	/* An edit to the result shows as an edit. */
	t = replace(f->text, "\"score\":13", "\"score\":15");
	parse_expect(t, REJECT_EDITED, NULL);
	free(t);
	t = replace(f->text, "\"otp-courier\"", "\"otp-kurir\"");
	parse_expect(t, REJECT_EDITED, NULL);
	free(t);
	t = replace(f->text, "\"answered\":15", "\"answered\":14");
	parse_expect(t, REJECT_EDITED, NULL);
	free(t);
}

/* A quiz stopped early: how many were answered and which, read back;
 * a report written before those members reads as a finished quiz. */
static void
test_report_quiz_partial(void **state)
{
	static char *missed[] = { (char *)"otp-courier" };
	static char *asked[] = { (char *)"boss-transfer",
	    (char *)"otp-courier", (char *)"bank-sms" };
	struct quiz_result partial = { 2, 10, 1795503600, missed, 1, 3,
	    asked, 3 };
	struct fixture *f = *state;
	struct report *back;
	char *t, *u;

	assert_int_equal(official_set_quiz(f->o, &partial), 0);
	build(f, NULL);
	assert_non_null(strstr(f->text, "\"answered\":3,\"asked\":["
	    "\"boss-transfer\",\"otp-courier\",\"bank-sms\"]}"));
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_int_equal(back->quiz->answered, 3);
	assert_int_equal(back->quiz->total, 10);
	assert_int_equal(back->quiz->n_asked, 3);
	assert_string_equal(back->quiz->asked[2], "bank-sms");
	report_free(back);
	/* A missed id that was not asked. */
	t = edit(f->text, "quiz.asked.1", json_object_new_string("x"), false,
	    true);
	parse_expect(t, REJECT_INVALID, "quiz.asked");
	free(t);
	/* Without both members (an older writer): answered = total, which
	 * a finished quiz's missed ids must then match. */
	build_with_quiz(f);
	t = edit(f->text, "quiz.answered", NULL, true, true);
	u = edit(t, "quiz.asked", NULL, true, true);
	back = parse_expect(u, REJECT_OK, NULL);
	assert_int_equal(back->quiz->answered, 15);
	assert_int_equal(back->quiz->n_asked, 0);
	report_free(back);
	free(u);
	free(t);
}

/* No quiz: "quiz" is null; a report from before quizzes has no "quiz"
 * member at all, and reads the same. */
static void
test_report_no_quiz(void **state)
{
	struct fixture *f = *state;
	struct report *back;
	char *t;

	build(f, NULL);
	assert_null(f->r->quiz);
	assert_non_null(strstr(f->text, ",\"quiz\":null,"));
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_null(back->quiz);
	report_free(back);
	t = edit(f->text, "quiz", NULL, true, true);
	assert_null(strstr(t, "quiz"));
	back = parse_expect(t, REJECT_OK, NULL);
	assert_null(back->quiz);
	report_free(back);
	free(t);
	/* Also with a quiz taken: dropping the member and resealing gives a
	 * report without one (the writer never leaves it out). */
	build_with_quiz(f);
	t = edit(f->text, "quiz", NULL, true, true);
	back = parse_expect(t, REJECT_OK, NULL);
	assert_null(back->quiz);
	report_free(back);
	free(t);
}

/* A quiz result that is not one is rejected, naming the member, even
 * with a valid checksum. */
static void
test_report_quiz_invalid(void **state)
{
	const struct {
		const char *path;
		struct json_object *v;	/* NULL: remove the member */
		const char *field;
	} cases[] = {
		{ "quiz", json_object_new_int(5), "quiz" },
		{ "quiz", json_object_new_array(), "quiz" },
		{ "quiz.score", NULL, "quiz.score" },
		{ "quiz.score", json_object_new_int(-1), "quiz.score" },
		{ "quiz.score", json_object_new_string("13"), "quiz.score" },
		{ "quiz.score", json_object_new_int(16), "quiz.score" },
		{ "quiz.total", json_object_new_int(0), "quiz.total" },
		{ "quiz.total", json_object_new_int(1001), "quiz.total" },
		{ "quiz.total", json_object_new_int(14), "quiz.answered" },
		{ "quiz.answered", json_object_new_int(0), "quiz.answered" },
		{ "quiz.answered", json_object_new_int(14), "quiz.missed" },
		{ "quiz.answered", json_object_new_string("15"),
		  "quiz.answered" },
		{ "quiz.asked", json_object_new_int(1), "quiz.asked" },
		{ "quiz.time", NULL, "quiz.time" },
		{ "quiz.time", json_object_new_string("2026-11-24"),
		  "quiz.time" },
		{ "quiz.missed", NULL, "quiz.missed" },
		{ "quiz.missed", json_object_new_string("boss-transfer"),
		  "quiz.missed" },
		{ "quiz.missed.0", json_object_new_int(1), "quiz.missed[0]" },
		{ "quiz.missed.1", json_object_new_string("a\xc0\xaf"),
		  "quiz.missed[1]" },
		{ "quiz.missed.1", json_object_new_string("Otp_Courier"),
		  "quiz.missed" },
		{ "quiz.missed.1", json_object_new_string("boss-transfer"),
		  "quiz.missed" },
		{ "quiz.missed.2", json_object_new_string("apk-invite"),
		  "quiz.missed" },
	};
	struct fixture *f = *state;

	build_with_quiz(f);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *t = edit(f->text, cases[i].path, cases[i].v,
		    cases[i].v == NULL, true);

		parse_expect(t, REJECT_INVALID, cases[i].field);
		free(t);
	}
}

/* A report without its checksum is not accepted. */
static void
test_report_missing_checksum(void **state)
{
	struct fixture *f = *state;
	char *t;

	build(f, NULL);
	t = edit(f->text, "checksum", NULL, true, false);
	parse_expect(t, REJECT_INVALID, "checksum");
	free(t);
}

/* A step that is not applicable may have an empty reason. */
static void
test_report_empty_reason(void **state)
{
	struct fixture *f = *state;
	struct report *back;

	official_set_status(f->o, "two-step", "turn-on", STEP_NA, NULL, f->t0);
	build(f, NULL);
	assert_non_null(strstr(f->text, "\"reason\":\"\""));
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_string_equal(back->steps[1].reason, "");
	report_free(back);
}

static void
test_report_not_json(void **state)
{
	static const char *const texts[] = {
		"", "   \n", "{", "not json", "{\"format\": 1,}",
		"{\"a\": 1} trailing", "{\"a\": \"\xff\"}", "{\"\xff\": 1}",
		"{\"a\": 01}", "{\"a\": /* comment */ 1}",
	};
	char with_nul[] = "{\"a\": \"x\0y\"}";
	struct report *r;
	char *detail;

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		parse_expect(texts[i], REJECT_NOT_JSON, "JSON");
	assert_int_equal(report_parse(work, with_nul, sizeof with_nul - 1, &r, &detail),
	    REJECT_NOT_JSON);
	assert_null(r);
	free(detail);
	/* A NULL detail pointer is fine. */
	assert_int_equal(report_parse(work, "{", 1, &r, NULL), REJECT_NOT_JSON);
}

static void
test_report_not_report(void **state)
{
	static const char *const texts[] = {
		"[]", "{}", "42\n", "\"text\"",
		"{\"format\": 1}",
		"{\"format\": 1, \"program\": {\"name\": \"other\"}}",
		"{\"format\": 1, \"program\": \"jagaakun\"}",
		"{\"format\": \"1\", \"program\": {\"name\": \"jagaakun\"}}",
		"{\"program\": {\"name\": \"jagaakun\"}}",
	};

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		parse_expect(texts[i], REJECT_NOT_REPORT, NULL);
}

static void
test_report_unknown_format(void **state)
{
	struct fixture *f = *state;
	char *t;

	parse_expect("{\"format\": 2, \"program\": {\"name\": \"jagaakun\"}}",
	    REJECT_UNKNOWN_FORMAT, "2");
	build(f, NULL);
	t = replace(f->text, "\"format\":1", "\"format\":0");
	parse_expect(t, REJECT_UNKNOWN_FORMAT, "0");
	free(t);
}

static void
test_report_too_large(void **state)
{
	struct fixture *f = *state;
	size_t len = REPORT_MAX_BYTES + 1;
	char *big = xmalloc(len + 1), *detail;
	struct report *r;

	memset(big, ' ', len);
	big[len] = '\0';
	assert_int_equal(report_parse(work, big, len, &r, &detail),
	    REJECT_TOO_LARGE);
	assert_null(r);
	assert_non_null(strstr(detail, "1048576"));
	free(detail);
	/* A report padded past the limit: refused before it is parsed. */
	build(f, NULL);
	memcpy(big, f->text, strlen(f->text));
	assert_int_equal(report_parse(work, big, len, &r, &detail),
	    REJECT_TOO_LARGE);
	assert_null(r);
	free(detail);
	/* At the limit it is read. */
	assert_int_equal(report_parse(work, big, len - 1, &r, &detail),
	    REJECT_OK);
	report_free(r);
	free(big);
}

/* Check the quiz result of fixture name: valid.json was written before
 * reports had one (so it has no "quiz" member), valid-quiz.json is the
 * same report with a result. */
static void
assert_fixture_quiz(const char *name, const struct quiz_result *q)
{
	if (strcmp(name, "valid-quiz.json") != 0) {
		assert_null(q);
		return;
	}
	assert_non_null(q);
	assert_int_equal(q->score, 13);
	assert_int_equal(q->total, 15);
	assert_int_equal(q->time, at("2026-11-21T02:30:00Z"));
	assert_int_equal(q->n_missed, 2);
	assert_string_equal(q->missed[1], "otp-courier");
}

/* The fixture files: two written by this program, and one of each class
 * a collector meets. */
static void
test_report_fixture_files(void **state)
{
	static const struct {
		const char *name;
		enum reject_reason want;
	} files[] = {
		{ "valid.json", REJECT_OK },
		{ "valid-quiz.json", REJECT_OK },
		{ "edited.json", REJECT_EDITED },
		{ "format-2.json", REJECT_UNKNOWN_FORMAT },
		{ "not-report.json", REJECT_NOT_REPORT },
		{ "truncated.json", REJECT_NOT_JSON },
		{ "invalid-counts.json", REJECT_INVALID },
	};

	(void)state;
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		char *rel = xasprintf("tests/data/report/%s", files[i].name);
		char *path = tu_srcpath(rel), *text = tu_read(path);
		char *detail = NULL;
		struct report *r;
		enum reject_reason got;

		assert_non_null(text);
		got = report_parse(work, text, strlen(text), &r, &detail);

		if (got != files[i].want)
			fail_msg("%s: got %d, want %d (%s)", files[i].name, got,
			    files[i].want, detail ? detail : "");
		if (got == REJECT_OK) {
			/* Written by an earlier build: the canonical form
			 * (and so the checksum) has not changed since. */
			assert_string_equal(r->profile.name,
			    "Siti \"Ani\" Aminah \\ </script> \xc3\xa9 \xe2\x80\xa8");
			assert_string_equal(r->agency, "Pemerintah Kota Dumai");
			assert_int_equal(r->n_steps, 5);
			assert_true(r->compliant);
			assert_fixture_quiz(files[i].name, r->quiz);
		}
		report_free(r);
		free(detail);
		free(text);
		free(path);
		free(rel);
	}
}

static void
test_report_default_name(void **state)
{
	struct fixture *f = *state;
	struct site s = { .report_dir = (char *)"/srv/laporan" };
	char *name, *home;

	build(f, NULL);
	name = report_default_name(f->r);
	assert_string_equal(name, "jagaakun-" NIP "-20261124.json");
	free(name);
	name = report_default_path(f->r, &s);
	assert_string_equal(name, "/srv/laporan/jagaakun-" NIP "-20261124.json");
	free(name);
	/* Without a report folder: the official's own, never hidden (a
	 * home with no documents folder: the home itself). */
	home = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;
	setenv("HOME", "/nonexistent/siti", 1);
	setenv("XDG_CONFIG_HOME", "/nonexistent", 1);
	unsetenv("XDG_DOCUMENTS_DIR");
	name = report_default_path(f->r, NULL);
	assert_string_equal(name, "/nonexistent/siti/jagaakun-" NIP
	    "-20261124.json");
	free(name);
	if (home != NULL)
		setenv("HOME", home, 1);
	unsetenv("XDG_CONFIG_HOME");
	free(home);
	/* Only digits of a NIP reach a file name. */
	f->r->profile.nip = (char *)"../../etc/passwd";
	name = report_default_name(f->r);
	assert_string_equal(name, "jagaakun-unknown-20261124.json");
	free(name);
	f->r->profile.nip = (char *)"19860926/../2015051001";
	name = report_default_name(f->r);
	assert_string_equal(name, "jagaakun-" NIP "-20261124.json");
	free(name);
}

static void
test_report_save(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/out.json", f->dir), *text, *detail = NULL;
	char *blocked = xasprintf("%s/record.cfg/out.json", f->dir);
	struct report *back;
	mode_t old = umask(022);

	build(f, NULL);
	assert_int_equal(report_save(f->r, path), 0);
	tu_assert_mode(path, 0644);
	text = tu_read(path);
	assert_string_equal(text, f->text);
	assert_int_equal(report_parse(work, text, strlen(text), &back,
	    &detail), REJECT_OK);
	assert_null(detail);
	report_free(back);
	/* A stricter umask gives a stricter file. */
	umask(077);
	assert_int_equal(report_save(f->r, path), 0);
	tu_assert_mode(path, 0600);
	umask(old);
	/* A file where a folder should be: an error, and nothing left. */
	free(tu_write(f->dir, "record.cfg", "x"));
	assert_int_equal(report_save(f->r, blocked), -ENOTDIR);
	assert_int_equal(tu_count_entries(f->dir, "out.json.tmp"), 0);
	free(text);
	free(blocked);
	free(path);
}

/* A shared report folder: a link planted under the report's name (to a
 * file of the official's) or another user's file there is never
 * replaced, and what the link names is untouched. */
static void
test_report_save_shared_folder(void **state)
{
	struct fixture *f = *state;
	char *own = tu_write(f->dir, "home/notes.txt", "own\n");
	char *path = xasprintf("%s/jagaakun-" NIP "-20261124.json", f->dir);
	char *text;

	build(f, NULL);
	tu_need_symlink(own, path);
	assert_int_equal(report_save(f->r, path), -EEXIST);
	text = tu_read(own);
	assert_string_equal(text, "own\n");
	free(text);
	assert_int_equal(unlink(path), 0);
	if (tu_is_root()) {
		free(tu_write(f->dir, tu_rel(f->dir, path), "theirs\n"));
		tu_chown_other(path);
		assert_int_equal(report_save(f->r, path), -EEXIST);
		text = tu_read(path);
		assert_string_equal(text, "theirs\n");
		free(text);
	}
	assert_int_equal(tu_count_entries(f->dir, "jagaakun-" NIP "-20261124"
	    ".json.tmp"), 0);
	free(path);
	free(own);
}

/* A full disk is an error from report_write itself. */
/* The members about "not applicable": each N/A step says whether its
 * reason is a listed one, and the completion counts them. */
static void
test_report_na_members(void **state)
{
	struct fixture *f = *state;
	struct json_object *root, *v, *step;
	struct report *back;

	build(f, NULL);
	assert_true(f->r->steps[1].reason_listed);
	assert_int_equal(report_na(f->r), 1);
	root = json_tokener_parse(f->text);
	assert_true(json_object_object_get_ex(root, "steps", &v));
	step = json_object_array_get_idx(v, 1);
	assert_true(json_object_object_get_ex(step, "reason_listed", &v));
	assert_true(json_object_get_boolean(v));
	step = json_object_array_get_idx(json_object_object_get(root, "steps"),
	    0);
	assert_false(json_object_object_get_ex(step, "reason_listed", &v));
	assert_true(json_object_object_get_ex(root, "completion", &v));
	assert_true(json_object_object_get_ex(v, "na", &v));
	assert_int_equal(json_object_get_int(v), 1);
	json_object_put(root);

	/* The official's own words are not listed, and read back so. */
	official_set_status(f->o, "two-step", "turn-on", STEP_NA,
	    "Tidak punya ponsel pintar", f->t0);
	build(f, NULL);
	assert_false(f->r->steps[1].reason_listed);
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_false(back->steps[1].reason_listed);
	assert_string_equal(back->steps[1].reason, "Tidak punya ponsel pintar");
	report_free(back);

	/* A wrong count is refused like the others. */
	build(f, NULL);
	{
		char *bad = edit(f->text, "completion.na",
		    json_object_new_int(2), false, true);

		parse_expect(bad, REJECT_INVALID, "completion");
		free(bad);
	}
}

/* A report written before these members (no "reason_listed", no
 * completion "na") is still read. */
static void
test_report_without_na_members(void **state)
{
	struct fixture *f = *state;
	char *old, *older;
	struct report *r;

	build(f, NULL);
	old = edit(f->text, "steps.1.reason_listed", NULL, true, false);
	older = edit(old, "completion.na", NULL, true, true);
	r = parse_expect(older, REJECT_OK, NULL);
	assert_int_equal(r->steps[1].status, STEP_NA);
	assert_false(r->steps[1].reason_listed);
	assert_int_equal(r->modules[0].na, 1);
	assert_int_equal(report_na(r), 1);
	report_free(r);
	free(old);
	free(older);
}

/* Marking everything not applicable does not make a compliant report:
 * only the step that allows it counts. */
static void
test_report_all_na_not_compliant(void **state)
{
	struct fixture *f = *state;

	for (size_t m = 0; m < content.n_modules; m++)
		for (size_t i = 0; i < modules[m].n_steps; i++)
			official_set_status(f->o, modules[m].id,
			    modules[m].steps[i].id, STEP_NA, "n/a", f->t0);
	build(f, NULL);
	assert_false(f->r->compliant);
	assert_int_equal(report_na(f->r), 1);
	assert_int_equal(f->r->finished, 1);
	assert_int_equal(report_percent(f->r), 20);
	assert_int_equal(f->r->steps[0].status, STEP_TODO);
	assert_null(f->r->steps[0].reason);

	/* With the others done, the allowed one completes it. */
	for (size_t m = 0; m < content.n_modules; m++)
		for (size_t i = 0; i < modules[m].n_steps; i++)
			if (!step_na_allowed(&modules[m].steps[i]))
				official_set_status(f->o, modules[m].id,
				    modules[m].steps[i].id, STEP_DONE, NULL,
				    f->t0);
	build(f, NULL);
	assert_true(f->r->compliant);
	assert_int_equal(report_percent(f->r), 100);
}

/* A report whose N/A marks content no longer allows (an older one) is
 * judged again: those steps are to do, and it is no longer compliant. */
static void
test_report_apply_content(void **state)
{
	struct fixture *f = *state;
	struct step strict_steps[3];
	struct module strict_modules[2];
	struct content strict;
	struct report *r;

	memcpy(strict_steps, two_step_steps, sizeof strict_steps);
	strict_steps[1].na = NULL;
	strict_steps[1].n_na = 0;
	memcpy(strict_modules, modules, sizeof strict_modules);
	strict_modules[0].steps = strict_steps;
	strict = content;
	strict.modules = strict_modules;

	official_set_status(f->o, "two-step", "recovery-email", STEP_DONE,
	    NULL, f->t0);
	official_set_status(f->o, "privacy", "groups", STEP_DONE, NULL, f->t0);
	build(f, NULL);
	assert_true(f->r->compliant);
	r = parse_expect(f->text, REJECT_OK, NULL);
	report_apply_content(r, &content);	/* allowed: unchanged */
	assert_true(r->compliant);
	assert_int_equal(r->modules[0].na, 1);
	report_apply_content(r, &strict);
	assert_false(r->compliant);
	assert_int_equal(r->steps[1].status, STEP_TODO);
	assert_null(r->steps[1].reason);
	assert_int_equal(r->modules[0].na, 0);
	assert_int_equal(r->modules[0].todo, 1);
	assert_int_equal(r->finished, 4);
	assert_int_equal(report_percent(r), 80);
	report_free(r);
}

/* A Web step is in the report of an official who uses Web/Desktop only,
 * and the file reads back either way. */
static void
test_report_web_step(void **state)
{
	struct fixture *f = *state;
	struct step steps[] = {
		{ .id = (char *)"phone", .title = (char *)"Phone", .text = (char *)"t" },
		{ .id = (char *)"web", .title = (char *)"Web",
		  .how = { NULL, NULL, (char *)"w" } },
	};
	struct module m = { .id = (char *)"linked", .title = (char *)"Linked",
	    .steps = steps, .n_steps = 2 };
	struct content c = { .version = (char *)"1", .modules = &m,
	    .n_modules = 1 };

	official_set_status(f->o, "linked", "phone", STEP_DONE, NULL, f->t0);
	f->r = report_build(f->o, &c, NULL, f->now, HOST);
	assert_int_equal(f->r->n_steps, 1);
	assert_int_equal(f->r->modules[0].total, 1);
	assert_true(f->r->compliant);
	f->text = write_text(f->r);
	report_free(parse_expect(f->text, REJECT_OK, NULL));
	report_free(f->r);
	free(f->text);

	f->o->web = true;
	f->r = report_build(f->o, &c, NULL, f->now, HOST);
	assert_int_equal(f->r->n_steps, 2);
	assert_int_equal(f->r->modules[0].total, 2);
	assert_false(f->r->compliant);
	f->text = write_text(f->r);
	report_free(parse_expect(f->text, REJECT_OK, NULL));
}

static void
test_report_write_full_disk(void **state)
{
	struct fixture *f = *state;
	FILE *full = tu_full_disk();

	setvbuf(full, NULL, _IONBF, 0);
	build(f, NULL);
	assert_int_equal(report_write(f->r, full), -ENOSPC);
	fclose(full);
}

/* The same modules under two accounts: "two-step" of "wa", required;
 * "privacy" of "g", which the official may use. */
static struct account accounts[] = {
	{ .id = (char *)"wa", .title = (char *)"WhatsApp", .required = true,
	  .enforced = true, .n_modules = 1 },
	{ .id = (char *)"g", .title = (char *)"Google", .n_modules = 1 },
};
static struct module acct_modules[] = {
	{ .id = (char *)"two-step", .title = (char *)"Two-step",
	  .account = (char *)"wa", .acct = &accounts[0],
	  .steps = two_step_steps, .n_steps = 3 },
	{ .id = (char *)"privacy", .title = (char *)"Privacy",
	  .account = (char *)"g", .acct = &accounts[1],
	  .steps = privacy_steps, .n_steps = 2 },
};
static struct content acct_content = {
	.version = (char *)"2026.12.1", .modules = acct_modules,
	.n_modules = 2, .accounts = accounts, .n_accounts = 2,
};

/* Build the fixture's report over acct_content and write it. */
static void
build_accounts(struct fixture *f)
{
	report_free(f->r);
	free(f->text);
	f->r = report_build(f->o, &acct_content, NULL, f->now, HOST);
	f->text = write_text(f->r);
}

/* The accounts in a report: the required one always, another only when
 * used; compliance per account and overall; read back as written. */
static void
test_report_accounts(void **state)
{
	struct fixture *f = *state;
	const char *const both[] = { "wa", "g" };
	struct report *back;
	char *t;

	/* not asked yet: only the required account */
	build_accounts(f);
	assert_int_equal(f->r->n_modules, 1);
	assert_int_equal(f->r->n_accounts, 1);
	assert_string_equal(f->r->accounts[0].id, "wa");
	assert_false(f->r->accounts[0].used);
	assert_true(f->r->accounts[0].required);
	assert_false(f->r->accounts[0].compliant);
	assert_non_null(strstr(f->text, "\"accounts\":[{\"id\":\"wa\","
	    "\"title\":\"WhatsApp\",\"used\":false,\"required\":true,"
	    "\"compliant\":false}]"));
	assert_non_null(strstr(f->text, "\"total\":3,\"account\":\"wa\","
	    "\"counts\":true}"));
	report_free(parse_expect(f->text, REJECT_OK, NULL));

	/* both used: "g" listed, its module counted but not required */
	assert_int_equal(official_set_accounts(f->o, both, 2), 1);
	build_accounts(f);
	assert_int_equal(f->r->n_modules, 2);
	assert_int_equal(f->r->n_accounts, 2);
	assert_true(f->r->accounts[1].used);
	assert_false(f->r->accounts[1].required);
	assert_false(f->r->accounts[1].compliant);
	assert_true(f->r->modules[1].counts);
	assert_false(f->r->modules[1].required);
	assert_int_equal(f->r->total, 5);
	back = parse_expect(f->text, REJECT_OK, NULL);
	assert_int_equal(back->n_accounts, 2);
	assert_string_equal(back->modules[1].account, "g");
	assert_true(back->accounts[1].used);
	t = write_text(back);
	assert_string_equal(t, f->text);
	free(t);
	report_free(back);

	/* "wa" finished: compliant, although "g" is not */
	official_set_status(f->o, "two-step", "recovery-email", STEP_DONE,
	    NULL, f->t0);
	build_accounts(f);
	assert_true(f->r->compliant);
	assert_true(f->r->accounts[0].compliant);
	assert_false(f->r->accounts[1].compliant);
	assert_true(report_account_compliant(f->r, "wa"));
	assert_true(report_account_compliant(f->r, "nobody"));
}

/* What cannot agree in the accounts is refused, even resealed; a report
 * from before accounts (no "accounts", no module "account" or "counts")
 * reads as it did. */
static void
test_report_accounts_invalid(void **state)
{
	const struct {
		const char *path;
		struct json_object *v;	/* NULL: remove the member */
		const char *field;
	} cases[] = {
		{ "accounts", json_object_new_object(), "accounts" },
		{ "accounts.0", json_object_new_int(1), "accounts[0]" },
		{ "accounts.0.id", json_object_new_string(""), "accounts[0].id" },
		{ "accounts.1.id", json_object_new_string("wa"),
		  "accounts[1].id" },
		{ "accounts.0.used", json_object_new_string("yes"),
		  "accounts[0].used" },
		{ "accounts.0.compliant", json_object_new_boolean(1),
		  "accounts[0].compliant" },
		{ "accounts.1.required", NULL, "accounts[1].required" },
		{ "modules.0.counts", json_object_new_boolean(0),
		  "modules[0].counts" },
		{ "modules.1.required", json_object_new_boolean(1),
		  "modules[1].required" },
		{ "modules.1.account", json_object_new_string("nope"),
		  "modules[1].account" },
		{ "modules.1.account", json_object_new_string(""),
		  "modules[1].account" },
		/* required, but not its modules: they would not count */
		{ "accounts.1.required", json_object_new_boolean(1),
		  "modules[1].required" },
	};
	struct fixture *f = *state;
	const char *const both[] = { "wa", "g" };
	char *t, *u;

	assert_int_equal(official_set_accounts(f->o, both, 2), 1);
	build_accounts(f);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		t = edit(f->text, cases[i].path, cases[i].v,
		    cases[i].v == NULL, true);
		parse_expect(t, REJECT_INVALID, cases[i].field);
		free(t);
	}
	t = edit(f->text, "accounts", NULL, true, false);
	u = edit(t, "modules.0.account", NULL, true, false);
	free(t);
	t = edit(u, "modules.0.counts", NULL, true, false);
	free(u);
	u = edit(t, "modules.1.account", NULL, true, false);
	free(t);
	t = edit(u, "modules.1.counts", NULL, true, true);
	free(u);
	report_free(parse_expect(t, REJECT_OK, NULL));
	free(t);
	/* without the list, a module's account must still be listed */
	t = edit(f->text, "accounts", NULL, true, true);
	parse_expect(t, REJECT_INVALID, "modules[0].account");
	free(t);
}

/* Collect's rules: an account required there counts although the
 * official does not use it and the report lacks its modules. */
static void
test_report_apply_site(void **state)
{
	struct fixture *f = *state;

	official_set_status(f->o, "two-step", "recovery-email", STEP_DONE,
	    NULL, f->t0);
	build_accounts(f);
	assert_true(f->r->compliant);
	assert_int_equal(f->r->n_modules, 1);
	accounts[1].enforced = true;
	report_apply_site(f->r, &acct_content, NULL);
	accounts[1].enforced = false;
	assert_int_equal(f->r->n_modules, 2);
	assert_string_equal(f->r->modules[1].id, "privacy");
	assert_string_equal(f->r->modules[1].account, "g");
	assert_int_equal(f->r->modules[1].todo, 2);
	assert_true(f->r->modules[1].required);
	assert_int_equal(f->r->n_accounts, 2);
	assert_string_equal(f->r->accounts[1].id, "g");
	assert_false(f->r->accounts[1].used);
	assert_true(f->r->accounts[1].required);
	assert_false(f->r->accounts[1].compliant);
	assert_false(f->r->compliant);
	assert_int_equal(f->r->total, 5);
	/* and the other way: "wa" no longer required there */
	accounts[0].enforced = false;
	report_apply_site(f->r, &acct_content, NULL);
	accounts[0].enforced = true;
	assert_false(f->r->modules[0].required);
	assert_false(f->r->accounts[0].required);
	assert_true(f->r->accounts[0].compliant);
	assert_true(f->r->compliant);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_report_build_counts),
		T(test_report_counts_match_progress),
		T(test_report_compliance),
		T(test_report_round_trip),
		T(test_report_unit_code),
		T(test_report_json_shape),
		T(test_report_escaping),
		T(test_report_build_cleans_invalid_utf8),
		T(test_report_build_host),
		T(test_report_checksum_detects_edits),
		T(test_report_checksum_member_order),
		T(test_report_checksum_ignores_layout),
		T(test_report_invalid_fields),
		T(test_report_quiz),
		T(test_report_no_quiz),
		T(test_report_quiz_partial),
		T(test_report_quiz_invalid),
		T(test_report_missing_checksum),
		T(test_report_empty_reason),
		T(test_report_not_json),
		T(test_report_not_report),
		T(test_report_unknown_format),
		T(test_report_too_large),
		T(test_report_fixture_files),
		T(test_report_default_name),
		T(test_report_save),
		T(test_report_save_shared_folder),
		T(test_report_write_full_disk),
		T(test_report_na_members),
		T(test_report_without_na_members),
		T(test_report_all_na_not_compliant),
		T(test_report_apply_content),
		T(test_report_web_step),
		T(test_report_accounts),
		T(test_report_accounts_invalid),
		T(test_report_apply_site),
#undef T
	};

	int failed;

	work = jdoc_new();
	failed = cmocka_run_group_tests(tests, NULL, NULL);
	jdoc_free(work);
	return failed;
}
