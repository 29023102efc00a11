/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_record_read: every way a record file can be unusable, that the
 * one message says where and what, and that the file is then left
 * exactly as it was, unlocked; and what a file may hold that still reads
 * (a quiz result, a field at its limit, settings the format does not
 * name).
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "os/fsutil.h"
#include "model/content.h"
#include "model/record.h"
#include "record_fixture.h"
#include "testutil.h"
#include "base/xalloc.h"

/* A valid record file, one line per element, for the corrupt variants. */
static const char *const base_lines[] = {
	/* 1 */ "# a record",
	/* 2 */ "format = 1;",
	/* 3 */ "content_version = \"2026.11.1\";",
	/* 4 */ "last_nip = \"" NIP_SITI "\";",
	/* 5 */ "officials = (",
	/* 6 */ "  { name = \"Siti Rahma\";",
	/* 7 */ "    nip = \"" NIP_SITI "\";",
	/* 8 */ "    kind = \"pns\";",
	/* 9 */ "    unit = \"Dinas Kominfo\";",
	/* 10 */ "    position = \"Analis\";",
	/* 11 */ "    created = \"2026-11-24T07:00:00Z\";",
	/* 12 */ "    updated = \"2026-11-24T07:05:00Z\";",
	/* 13 */ "    steps = ( { module = \"two-step\"; step = \"enable\"; "
	    "status = \"done\";",
	/* 14 */ "                time = \"2026-11-24T07:05:00Z\"; } ); },",
	/* 15 */ "  { name = \"Tengku Zulkarnain bin Ahmad\";",
	/* 16 */ "    nip = \"" NIP_TENGKU "\";",
	/* 17 */ "    kind = \"pppk\";",
	/* 18 */ "    unit = \"BPBD Aceh\";",
	/* 19 */ "    position = \"Staf\";",
	/* 20 */ "    created = \"2026-11-24T07:00:00Z\";",
	/* 21 */ "    updated = \"2026-11-24T07:05:00Z\";",
	/* 22 */ "  } );",
};
#define BASE_LINES (sizeof base_lines / sizeof *base_lines)

/* The base file with line `line` (1-based; 0 for none) replaced by text. */
static char *
base_with(int line, const char *text)
{
	char *out = xstrdup(""), *next;

	for (size_t i = 0; i < BASE_LINES; i++) {
		next = xasprintf("%s%s\n", out,
		    (int)i + 1 == line ? text : base_lines[i]);
		free(out);
		out = next;
	}
	return out;
}

/* One unusable variant of the base file and what must be said about it. */
struct corrupt {
	int line;		/* line of the base replaced */
	const char *text;	/* what replaces it */
	int want_line;		/* line the message names; 0 for none */
	const char *needle;	/* part of the message */
};

static const struct corrupt corrupt_cases[] = {
	{ 4, "last_nip = ;", 4, "syntax error" },
	/* Refused before libconfig follows it to the folder and exits. */
	{ 3, "  @include \"/tmp\"", 3, "@include is not allowed" },
	{ 2, "format = 2;", 2, "record format 2 is not supported" },
	{ 2, "format = \"1\";", 2, "format" },
	{ 2, "", 0, "format" },
	{ 15, "  { name = \"Tengku \xff\xfe Ahmad\";", 15, "UTF-8" },
	{ 13, "    steps = ( { module = \"two-step\"; step = \"enable\"; "
	    "status = \"maybe\";", 13, "\"maybe\"" },
	{ 14, "                time = \"2026-02-30T07:05:00Z\"; } ); },", 14,
	    "2026-02-30T07:05:00Z" },
	{ 16, "    nip = \"" NIP_SITI "\";", 16, NIP_SITI },
	{ 7, "    nip = \"19860926\";", 7, "18 digits" },
	{ 7, "    nip = 198609262015051001L;", 7, "string" },
	{ 17, "    kind = \"honorer\";", 17, "\"honorer\"" },
	{ 19, "    position = \"Staf\"; platform = \"nokia\";", 19,
	    "\"nokia\"" },
	{ 19, "    position = \"Staf\"; language = \"fr\";", 19, "\"fr\"" },
	{ 19, "    position = \"Staf\"; web = \"yes\";", 19,
	    "web must be true or false" },
	{ 6, "  { name = \"  \";", 6, "name" },
	{ 13, "    steps = ( { module = \"two-step\"; step = \"enable\"; "
	    "status = \"na\"; time = \"2026-11-24T07:05:00Z\"; }, "
	    "{ module = \"two-step\"; step = \"enable\"; status = \"done\";",
	    13, "more than once" },
	{ 19, "    position = \"Staf\"; accounts = \"whatsapp\";", 19,
	    "accounts must be a list of strings" },
	{ 19, "    position = \"Staf\"; accounts = [ 1, 2 ];", 19,
	    "accounts must be a list of strings" },
	{ 19, "    position = \"Staf\"; accounts = [ \"Whats App\" ];", 19,
	    "account ids" },
	{ 19, "    position = \"Staf\"; accounts = [ \"a\", \"a\" ];", 19,
	    "each once" },
};

/* Write corrupt case c, assert record_open rejects it as it should and
 * leaves it byte for byte, unlocked. */
static void
assert_rejected(const char *dir, const char *text, int want_line,
    const char *needle)
{
	char *path = tu_write(dir, "record.cfg", text), *real = tu_native(path);
	char *prefix = want_line > 0 ?
	    xasprintf("%s:%d: ", real, want_line) : xasprintf("%s: ", real);
	struct record *r = (struct record *)1;
	struct diag d;
	char *after;
	int fd;

	diag_init(&d);
	assert_int_equal(record_open(path, &r, &d), -EBADMSG);
	assert_null(r);
	assert_int_equal(d.n, 1);
	if (strncmp(d.msgs[0], prefix, strlen(prefix)) != 0 ||
	    strstr(d.msgs[0], needle) == NULL)
		fail_msg("got \"%s\", want \"%s...%s\"", d.msgs[0], prefix,
		    needle);
	after = tu_read(path);
	assert_string_equal(after, text);
	fd = fs_lock(path);
	assert_true(fd >= 0);
	fs_unlock(fd);
	free(after);
	diag_done(&d);
	free(prefix);
	free(real);
	free(path);
}

static void
test_corrupt_files(void **state)
{
	char *text;

	/* The base itself is fine. */
	text = base_with(0, NULL);
	free(tu_write(*state, "record.cfg", text));
	{
		char *path = xasprintf("%s/record.cfg", (char *)*state);
		struct record *r = rf_open_ok(path);

		assert_int_equal(r->n_officials, 2);
		assert_int_equal(r->officials[0].n_steps, 1);
		record_close(r);
		free(path);
	}
	free(text);
	for (size_t i = 0; i < sizeof corrupt_cases / sizeof *corrupt_cases;
	    i++) {
		const struct corrupt *c = &corrupt_cases[i];

		text = base_with(c->line, c->text);
		assert_rejected(*state, text, c->want_line, c->needle);
		free(text);
	}
	assert_rejected(*state, "format = 1;\nofficials = 3;\n", 2,
	    "officials");
	assert_rejected(*state, "format = 1;\nofficials = (\n  3 );\n", 3,
	    "officials");
	assert_rejected(*state, "format = 1;\nlast_nip = [ 1, 2 ];\n", 2,
	    "last_nip");
}

/* The base file with a quiz result for Tengku (line 21) written as q. */
static char *
base_with_quiz(const char *q)
{
	char *line = xasprintf("    updated = \"2026-11-24T07:05:00Z\"; "
	    "quiz = %s;", q);
	char *text = base_with(21, line);

	free(line);
	return text;
}

static void
test_quiz_corrupt(void **state)
{
	static const struct {
		const char *quiz;
		const char *needle;
	} cases[] = {
		{ "{ score = 16; total = 15; time = \"" QT "\"; "
		    "missed = ( ); }",
		    "larger than its total" },
		{ "{ score = 13; total = 15; time = \"" QT "\"; "
		    "missed = ( \"a\" ); }", "do not match its score" },
		{ "{ score = 13; total = 15; time = \"" QT "\"; "
		    "missed = ( \"a\", \"Bad_Id\" ); }", "malformed" },
		{ "{ score = 13; total = 15; time = \"" QT "\"; "
		    "missed = ( \"a\", \"a\" ); }", "repeated" },
		{ "{ score = 0; total = 0; time = \"" QT "\"; missed = ( ); }",
		    "zero" },
		{ "{ score = -1; total = 15; time = \"" QT "\"; "
		    "missed = ( ); }",
		    "score must be a whole number from 0 to 1000" },
		{ "{ score = 3L; total = 15; time = \"" QT "\"; "
		    "missed = ( ); }",
		    "score must be a whole number" },
		{ "{ score = \"13\"; total = 15; time = \"" QT "\"; "
		    "missed = ( ); }", "score must be a whole number" },
		{ "{ score = 15; total = 15; time = \"yesterday\"; "
		    "missed = ( ); }", "UTC time" },
		{ "{ score = 15; total = 15; time = \"" QT "\"; }",
		    "missed is missing" },
		{ "{ score = 15; time = \"" QT "\"; missed = ( ); }",
		    "total is missing" },
		{ "{ score = 14; total = 15; time = \"" QT "\"; "
		    "missed = \"a\"; }", "list of strings" },
		{ "{ score = 14; total = 15; time = \"" QT "\"; "
		    "missed = ( 1 ); }", "list of strings" },
		{ "3", "group" },
		{ "{ score = 1; total = 15; time = \"" QT "\"; "
		    "missed = ( ); answered = 0; }", "answered in the quiz" },
		{ "{ score = 1; total = 15; time = \"" QT "\"; "
		    "missed = ( ); answered = 16; }", "answered in the quiz" },
		{ "{ score = 1; total = 15; time = \"" QT "\"; "
		    "missed = ( ); answered = \"1\"; }",
		    "answered must be a whole number" },
		{ "{ score = 1; total = 15; time = \"" QT "\"; "
		    "missed = ( \"b\" ); answered = 2; asked = ( \"a\" ); }",
		    "asked in the quiz" },
		{ "{ score = 1; total = 15; time = \"" QT "\"; "
		    "missed = ( \"b\" ); answered = 2; "
		    "asked = ( \"a\", \"c\" ); }", "asked in the quiz" },
		{ "{ score = 1; total = 15; time = \"" QT "\"; "
		    "missed = ( \"b\" ); answered = 2; asked = 3; }",
		    "list of strings" },
	};

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *text = base_with_quiz(cases[i].quiz);

		assert_rejected(*state, text, 21, cases[i].needle);
		free(text);
	}
}

static void
test_quiz_read(void **state)
{
	char *text = base_with_quiz("{ score = 13; total = 15; time = \"" QT
	    "\"; missed = [ \"otp-courier\", \"boss-transfer\" ]; }");
	char *path = tu_write(*state, "record.cfg", text);
	struct record *r = rf_open_ok(path);
	const struct quiz_result *q = r->officials[1].quiz;

	/* An array does as well as a list; the order is kept. */
	assert_null(r->officials[0].quiz);
	assert_non_null(q);
	assert_int_equal(q->score, 13);
	assert_int_equal(q->total, 15);
	assert_int_equal(q->time, rf_at(QT));
	assert_int_equal(q->n_missed, 2);
	assert_string_equal(q->missed[0], "otp-courier");
	assert_string_equal(q->missed[1], "boss-transfer");
	/* Written before quizzes could stop early: a finished one. */
	assert_int_equal(q->answered, 15);
	assert_int_equal(q->n_asked, 0);
	record_close(r);
	free(text);
	/* Stopped after 2 of 15, with the ones asked. */
	text = base_with_quiz("{ score = 1; total = 15; time = \"" QT
	    "\"; missed = ( \"b\" ); answered = 2; "
	    "asked = ( \"a\", \"b\" ); }");
	free(tu_write(*state, "record.cfg", text));
	r = rf_open_ok(path);
	q = r->officials[1].quiz;
	assert_int_equal(q->answered, 2);
	assert_int_equal(q->n_asked, 2);
	assert_string_equal(q->asked[1], "b");
	record_close(r);
	free(text);
	/* All right: nothing missed. */
	text = base_with_quiz("{ score = 15; total = 15; time = \"" QT
	    "\"; missed = ( ); }");
	free(tu_write(*state, "record.cfg", text));
	r = rf_open_ok(path);
	assert_int_equal(r->officials[1].quiz->n_missed, 0);
	record_close(r);
	free(text);
	free(path);
}

static void
test_field_limits(void **state)
{
	char long_field[RECORD_MAX_FIELD + 2];
	char *line, *text;

	memset(long_field, 'x', sizeof long_field - 1);
	long_field[sizeof long_field - 1] = '\0';	/* one byte too many */
	line = xasprintf("    position = \"%s\";", long_field);
	text = base_with(10, line);
	assert_rejected(*state, text, 10, "200");
	free(text);
	free(line);
	/* Exactly the limit is fine. */
	long_field[RECORD_MAX_FIELD] = '\0';
	line = xasprintf("    position = \"%s\";", long_field);
	text = base_with(10, line);
	free(tu_write(*state, "record.cfg", text));
	{
		char *path = xasprintf("%s/record.cfg", (char *)*state);
		struct record *r = rf_open_ok(path);

		assert_int_equal(strlen(r->officials[0].profile.position),
		    RECORD_MAX_FIELD);
		record_close(r);
		free(path);
	}
	free(text);
	free(line);
}

static void
test_missing_field(void **state)
{
	char *text = base_with(18, "");

	/* Nothing to point at: the message names the official's group. */
	assert_rejected(*state, text, 15, "the setting unit is missing");
	free(text);
}

static void
test_unknown_settings_ignored(void **state)
{
	char *text = base_with(19, "    position = \"Staf\"; "
	    "hobby = \"catur\"; score = 3000000000L; extra = { a = 1; };");
	char *more = xasprintf("%swindow_size = [ 80, 24 ];\n", text);
	char *path = tu_write(*state, "record.cfg", more);
	struct record *r = rf_open_ok(path);

	assert_int_equal(r->n_officials, 2);
	assert_string_equal(r->officials[1].profile.position, "Staf");
	assert_string_equal(r->content_version, "2026.11.1");
	assert_string_equal(r->last_nip, NIP_SITI);
	assert_int_equal(r->officials[1].profile.kind, NIP_PPPK);
	record_close(r);
	free(path);
	free(more);
	free(text);
}

/* A record written before the phone was asked for, with the platform
 * "web", still opens: the phone is asked again (none chosen) and Web/
 * Desktop is kept; a phone with web = true is read as it is; and an
 * old "not applicable" mark is kept in the record (progress.h decides
 * whether it still counts). */
static void
test_old_platform_web(void **state)
{
	char *text = base_with(19, "    position = \"Staf\"; "
	    "platform = \"web\";");
	char *path = tu_write(*state, "record.cfg", text);
	struct record *r = rf_open_ok(path);

	assert_int_equal(r->officials[1].platform, -1);
	assert_true(r->officials[1].web);
	assert_int_equal(r->officials[0].platform, -1);
	assert_false(r->officials[0].web);
	record_close(r);
	free(path);
	free(text);

	text = base_with(19, "    position = \"Staf\"; "
	    "platform = \"iphone\"; web = true;");
	path = tu_write(*state, "record.cfg", text);
	r = rf_open_ok(path);
	assert_int_equal(r->officials[1].platform, PLATFORM_IPHONE);
	assert_true(r->officials[1].web);
	/* saved again, the phone and Web/Desktop are written as such */
	r->officials[1].platform = PLATFORM_ANDROID;
	assert_int_equal(record_save(r), 0);
	record_close(r);
	free(text);
	text = tu_read(path);
	assert_non_null(strstr(text, "platform = \"android\";"));
	assert_non_null(strstr(text, "web = true;"));
	free(path);
	free(text);
}

/* The accounts an official uses: absent in an older record (not asked
 * yet), an empty list (asked: none besides the required ones), or ids;
 * written back as they were read, and only once asked. */
static void
test_accounts(void **state)
{
	char *text = base_with(19, "    position = \"Staf\"; "
	    "accounts = [ \"whatsapp\", \"google\" ];");
	char *path = tu_write(*state, "record.cfg", text);
	struct record *r = rf_open_ok(path);
	const char *const none[] = { NULL };

	assert_false(r->officials[0].accounts_asked);
	assert_int_equal(r->officials[0].n_accounts, 0);
	assert_false(official_uses_account(&r->officials[0], "whatsapp"));
	assert_true(r->officials[1].accounts_asked);
	assert_int_equal(r->officials[1].n_accounts, 2);
	assert_true(official_uses_account(&r->officials[1], "google"));
	assert_false(official_uses_account(&r->officials[1], "telegram"));
	/* the same list again changes nothing; another one does */
	assert_int_equal(official_set_accounts(&r->officials[1],
	    (const char *const []){ "whatsapp", "google" }, 2), 0);
	assert_int_equal(official_set_accounts(&r->officials[0], none, 0), 1);
	assert_int_equal(official_set_accounts(&r->officials[0],
	    (const char *const []){ "a", "a" }, 2), -EINVAL);
	assert_int_equal(official_set_accounts(&r->officials[0],
	    (const char *const []){ "A" }, 1), -EINVAL);
	assert_true(r->officials[0].accounts_asked);
	assert_int_equal(record_save(r), 0);
	record_close(r);
	free(text);
	text = tu_read(path);
	assert_non_null(strstr(text, "accounts = [ \"whatsapp\", \"google\" ];"));
	assert_non_null(strstr(text, "accounts = [ ];"));
	r = rf_open_ok(path);
	assert_true(r->officials[0].accounts_asked);
	assert_int_equal(r->officials[0].n_accounts, 0);
	assert_int_equal(r->officials[1].n_accounts, 2);
	record_close(r);
	free(path);
	free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, rf_setup, rf_teardown)
		T(test_corrupt_files),
		T(test_quiz_corrupt),
		T(test_quiz_read),
		T(test_field_limits),
		T(test_missing_field),
		T(test_unknown_settings_ignored),
		T(test_old_platform_web),
		T(test_accounts),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
