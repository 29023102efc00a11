/*
 * test_record: the record file round trip, every way a file can be
 * unusable (and that it is then left exactly as it was), setting a broken
 * file aside, the lock, a failed save, and the in-memory changes.
 *
 * A failed save is injected by wrapping fsync (-Wl,--wrap=fsync), since
 * permissions do not stop root.
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/content.h"
#include "os/fsutil.h"
#include "base/isotime.h"
#include "model/record.h"
#include "faults.h"
#include "testutil.h"
#include "base/xalloc.h"

#define NIP_SITI "198609262015051001"
#define NIP_LUH "197512312000122001"
#define NIP_TENGKU "199001012019031002"
#define QT "2026-11-24T07:05:00Z"	/* a quiz's time */

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

/* Make a scratch folder for each test and pin the clock. */
static int
setup(void **state)
{
	fault_fsync = 0;
	umask(022);
	setenv("JAGAAKUN_NOW", "2026-11-24T07:05:00Z", 1);
	*state = tu_tempdir();
	return 0;
}

/* Remove the scratch folder. */
static int
teardown(void **state)
{
	tu_rmtree(*state);
	free(*state);
	return 0;
}

/* Parse an ISO time that the test knows is valid. */
static time_t
at(const char *iso)
{
	time_t t;

	assert_true(isotime_parse(iso, &t));
	return t;
}

/* Open path, expecting success and no diagnostics. */
static struct record *
open_ok(const char *path)
{
	struct record *r = NULL;
	struct diag d;
	int err;

	diag_init(&d);
	err = record_open(path, &r, &d);
	if (err != 0)
		diag_print(&d, stderr);
	assert_int_equal(err, 0);
	assert_int_equal(d.n, 0);
	assert_non_null(r);
	diag_done(&d);
	return r;
}

/* Add an official with the given profile. */
static struct official *
add(struct record *r, const char *name, const char *nip, enum nip_kind kind,
    const char *unit, const char *position)
{
	struct profile p = {
		.name = (char *)name, .nip = (char *)nip, .kind = kind,
		.unit = (char *)unit, .position = (char *)position,
	};
	struct official *o = record_add(r, &p, at("2026-11-24T07:00:00Z"));

	assert_non_null(o);
	return o;
}

/* The quiz result of Ni Luh in fill(), finished 2026-11-24T07:30:00Z. */
static char *luh_missed[] = { (char *)"boss-transfer", (char *)"otp-courier" };
static struct quiz_result luh_quiz = { 13, 15, 1795505400, luh_missed, 2 };

/* Fill r with three officials that use every field and status. */
static void
fill(struct record *r)
{
	struct official *o;

	r->content_version = xstrdup("2026.11.1");
	r->last_nip = xstrdup(NIP_TENGKU);
	o = add(r, "Ni Luh Putu Ayu Saraswati", NIP_LUH, NIP_PNS,
	    "Dinas Komunikasi dan Informatika — Provinsi Bali",
	    "Pranata Komputer \"Ahli Muda\" \\ TI");
	o->language = xstrdup("id");
	o->platform = PLATFORM_ANDROID;
	official_set_resume(o, "privacy", "groups");
	official_set_status(o, "two-step", "enable", STEP_DONE, NULL,
	    at("2026-11-24T07:01:00Z"));
	official_set_status(o, "privacy", "groups", STEP_NA,
	    "Tidak pakai grup \"kantor\" — C:\\data", at("2026-11-24T07:02:00Z"));
	official_set_status(o, "devices", "review", STEP_LATER, NULL,
	    at("2026-11-24T07:03:00Z"));
	official_set_status(o, "otp", "never-share", STEP_TODO, NULL,
	    at("2026-11-24T07:04:00Z"));
	assert_int_equal(official_set_quiz(o, &luh_quiz), 0);
	o = add(r, "Tengku Zulkarnain bin Ahmad", NIP_TENGKU, NIP_PPPK,
	    "BPBD Kabupaten Aceh Besar", "Staf Logistik");
	o->language = xstrdup("en");
	o->platform = PLATFORM_IPHONE;
	o = add(r, "Siti Rahma Ñañez 日本", NIP_SITI, NIP_PNS, "", "");
	official_set_status(o, "two-step", "enable", STEP_DONE, NULL,
	    at("2026-11-25T08:00:00Z"));
}

/* Assert two strings are equal, NULL included. */
static void
assert_same_str(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

/* Assert two quiz results (or NULLs) hold the same data. */
static void
assert_same_quiz(const struct quiz_result *a, const struct quiz_result *b)
{
	if (a == NULL || b == NULL) {
		assert_ptr_equal(a, b);
		return;
	}
	assert_int_equal(a->score, b->score);
	assert_int_equal(a->total, b->total);
	assert_int_equal(a->time, b->time);
	assert_int_equal(a->n_missed, b->n_missed);
	for (size_t i = 0; i < a->n_missed; i++)
		assert_string_equal(a->missed[i], b->missed[i]);
}

/* Assert two officials hold the same data. */
static void
assert_same_official(const struct official *a, const struct official *b)
{
	assert_string_equal(a->profile.name, b->profile.name);
	assert_string_equal(a->profile.nip, b->profile.nip);
	assert_int_equal(a->profile.kind, b->profile.kind);
	assert_string_equal(a->profile.unit, b->profile.unit);
	assert_string_equal(a->profile.position, b->profile.position);
	assert_same_str(a->language, b->language);
	assert_int_equal(a->platform, b->platform);
	assert_same_str(a->resume_module, b->resume_module);
	assert_same_str(a->resume_step, b->resume_step);
	assert_int_equal(a->created, b->created);
	assert_int_equal(a->updated, b->updated);
	assert_int_equal(a->n_steps, b->n_steps);
	for (size_t i = 0; i < a->n_steps; i++) {
		assert_string_equal(a->steps[i].module, b->steps[i].module);
		assert_string_equal(a->steps[i].step, b->steps[i].step);
		assert_int_equal(a->steps[i].status, b->steps[i].status);
		assert_int_equal(a->steps[i].time, b->steps[i].time);
		assert_same_str(a->steps[i].reason, b->steps[i].reason);
	}
	assert_same_quiz(a->quiz, b->quiz);
}

/* Count the occurrences of needle in hay. */
static int
count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p++)
		n++;
	return n;
}

/* A record in memory only, to compare a file's content against. */
static struct record *
expected(void)
{
	struct record *r = xcalloc(1, sizeof *r);

	r->lock_fd = -1;
	fill(r);
	return r;
}

/* Assert two records hold the same data. */
static void
assert_same_record(const struct record *a, const struct record *b)
{
	assert_same_str(a->content_version, b->content_version);
	assert_same_str(a->last_nip, b->last_nip);
	assert_int_equal(a->n_officials, b->n_officials);
	for (size_t i = 0; i < a->n_officials; i++)
		assert_same_official(&a->officials[i], &b->officials[i]);
}

static void
test_round_trip(void **state)
{
	const char *dir = *state;
	char *folder = xasprintf("%s/state/jagaakun", dir);
	char *path = xasprintf("%s/record.cfg", folder);
	struct record *r, *want;
	struct stat st;
	char *text;

	r = open_ok(path);	/* no folder, no file yet */
	assert_int_equal(r->n_officials, 0);
	assert_null(r->content_version);
	assert_int_equal(stat(folder, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	fill(r);
	assert_int_equal(record_save(r), 0);
	record_close(r);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(tu_count_entries(folder, "record.cfg.tmp."), 0);

	text = tu_read(path);
	assert_non_null(text);
	assert_int_equal(strncmp(text, "# jagaakun record:", 18), 0);
	assert_int_equal(count(text, "format = 1;"), 1);
	assert_int_equal(count(text, "platform = \"android\";"), 1);
	assert_int_equal(count(text, "platform = \"iphone\";"), 1);
	assert_int_equal(count(text, "platform ="), 2);	/* unset: left out */
	assert_int_equal(count(text, "resume_module = \"privacy\";"), 1);
	assert_int_equal(count(text, "resume_module ="), 1);
	assert_int_equal(count(text, "reason ="), 1);
	assert_int_equal(count(text, "status = \"todo\";"), 1);
	assert_int_equal(count(text, "kind = \"pppk\";"), 1);
	assert_int_equal(count(text, "\"2026-11-25T08:00:00Z\""), 2);
	assert_int_equal(count(text, "quiz :"), 1);	/* none: left out */
	assert_int_equal(count(text, "score = 13;"), 1);
	assert_int_equal(count(text, "total = 15;"), 1);
	/* The quiz's time, and when Ni Luh was last updated. */
	assert_int_equal(count(text, "\"2026-11-24T07:30:00Z\""), 2);
	assert_int_equal(count(text,
	    "missed = ( \"boss-transfer\", \"otp-courier\" );"), 1);
	free(text);

	r = open_ok(path);
	want = expected();
	assert_same_record(r, want);
	/* Saving what was read changes nothing. */
	text = tu_read(path);
	assert_int_equal(record_save(r), 0);
	record_close(r);
	r = open_ok(path);
	assert_same_record(r, want);
	{
		char *again = tu_read(path);

		assert_string_equal(again, text);
		free(again);
	}
	free(text);
	record_close(want);
	record_close(r);
	free(folder);
	free(path);
}

static void
test_resume_and_platform(void **state)
{
	char *path = xasprintf("%s/record.cfg", (char *)*state);
	struct record *r = open_ok(path);
	struct official *o = add(r, "Siti Rahma", NIP_SITI, NIP_PNS, "Dinas",
	    "Analis");

	assert_int_equal(o->platform, -1);
	assert_null(o->resume_module);
	o->platform = PLATFORM_WEB;
	official_set_resume(o, "linked-devices", "review");
	/* The stored strings themselves may be passed back in. */
	official_set_resume(o, o->resume_module, o->resume_step);
	assert_int_equal(record_save(r), 0);
	record_close(r);

	r = open_ok(path);
	o = record_find(r, NIP_SITI);
	assert_non_null(o);
	assert_int_equal(o->platform, PLATFORM_WEB);
	assert_string_equal(o->resume_module, "linked-devices");
	assert_string_equal(o->resume_step, "review");
	official_set_resume(o, NULL, NULL);
	assert_int_equal(record_save(r), 0);
	record_close(r);

	r = open_ok(path);
	o = record_find(r, NIP_SITI);
	assert_null(o->resume_module);
	assert_null(o->resume_step);
	record_close(r);
	free(path);
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
	{ 6, "  { name = \"  \";", 6, "name" },
	{ 13, "    steps = ( { module = \"two-step\"; step = \"enable\"; "
	    "status = \"na\"; time = \"2026-11-24T07:05:00Z\"; }, "
	    "{ module = \"two-step\"; step = \"enable\"; status = \"done\";",
	    13, "more than once" },
};

/* Write corrupt case c, assert record_open rejects it as it should and
 * leaves it byte for byte, unlocked. */
static void
assert_rejected(const char *dir, const char *text, int want_line,
    const char *needle)
{
	char *path = tu_write(dir, "record.cfg", text);
	char *prefix = want_line > 0 ?
	    xasprintf("%s:%d: ", path, want_line) : xasprintf("%s: ", path);
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
		struct record *r = open_ok(path);

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
	struct record *r = open_ok(path);
	const struct quiz_result *q = r->officials[1].quiz;

	/* An array does as well as a list; the order is kept. */
	assert_null(r->officials[0].quiz);
	assert_non_null(q);
	assert_int_equal(q->score, 13);
	assert_int_equal(q->total, 15);
	assert_int_equal(q->time, at(QT));
	assert_int_equal(q->n_missed, 2);
	assert_string_equal(q->missed[0], "otp-courier");
	assert_string_equal(q->missed[1], "boss-transfer");
	record_close(r);
	free(text);
	/* All right: nothing missed. */
	text = base_with_quiz("{ score = 15; total = 15; time = \"" QT
	    "\"; missed = ( ); }");
	free(tu_write(*state, "record.cfg", text));
	r = open_ok(path);
	assert_int_equal(r->officials[1].quiz->n_missed, 0);
	record_close(r);
	free(text);
	free(path);
}

static void
test_set_quiz(void **state)
{
	char *path = xasprintf("%s/record.cfg", (char *)*state);
	struct record *r = open_ok(path);
	struct official *o = add(r, "Siti", NIP_SITI, NIP_PNS, "Dinas",
	    "Analis");
	char *bad_missed[] = { (char *)"boss-transfer" };
	struct quiz_result bad = { 13, 15, at(QT), bad_missed, 1 };
	struct quiz_result perfect = { 15, 15, at("2026-11-25T01:00:00Z"),
	    NULL, 0 };
	char *text;

	assert_null(o->quiz);
	/* Invalid (one missed id for two misses): refused, nothing kept. */
	assert_int_equal(official_set_quiz(o, &bad), -EINVAL);
	assert_null(o->quiz);
	assert_int_equal(official_set_quiz(o, &luh_quiz), 0);
	assert_ptr_not_equal(o->quiz, &luh_quiz);	/* a copy */
	assert_ptr_not_equal(o->quiz->missed, luh_quiz.missed);
	assert_same_quiz(o->quiz, &luh_quiz);
	assert_int_equal(o->updated, luh_quiz.time);
	/* The stored result passed back in survives. */
	assert_int_equal(official_set_quiz(o, o->quiz), 0);
	assert_same_quiz(o->quiz, &luh_quiz);
	/* The latest result replaces the one before. */
	assert_int_equal(official_set_quiz(o, &perfect), 0);
	assert_same_quiz(o->quiz, &perfect);
	assert_int_equal(record_save(r), 0);
	record_close(r);
	r = open_ok(path);
	o = record_find(r, NIP_SITI);
	assert_same_quiz(o->quiz, &perfect);
	text = tu_read(path);
	assert_int_equal(count(text, "missed = ( );"), 1);
	free(text);
	/* Forgetting it leaves it out of the file. */
	assert_int_equal(official_set_quiz(o, NULL), 0);
	assert_null(o->quiz);
	assert_int_equal(record_save(r), 0);
	record_close(r);
	text = tu_read(path);
	assert_int_equal(count(text, "quiz"), 0);
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
		struct record *r = open_ok(path);

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
	struct record *r = open_ok(path);

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

/* Open path expecting err, with one message naming where. */
static void
assert_open_fails(const char *path, int err, const char *where,
    const char *needle)
{
	struct record *r;
	struct diag d;

	diag_init(&d);
	assert_int_equal(record_open(path, &r, &d), err);
	assert_null(r);
	assert_int_equal(d.n, 1);
	assert_non_null(strstr(d.msgs[0], where));
	assert_non_null(strstr(d.msgs[0], needle));
	diag_done(&d);
}

static void
test_open_errors(void **state)
{
	const char *dir = *state;
	char *plain = tu_write(dir, "plain", "x");
	char *through = xasprintf("%s/plain/record.cfg", dir);
	char *folder = xasprintf("%s/record.cfg", dir);

	/* The folder cannot be made: a file is in the way. */
	assert_open_fails(through, -ENOTDIR, plain, strerror(ENOTDIR));
	/* The record is a folder. */
	assert_int_equal(mkdir(folder, 0700), 0);
	assert_open_fails(folder, -EISDIR, folder, "regular file");
	free(folder);
	free(through);
	free(plain);
}

static void
test_lock(void **state)
{
	char *path = xasprintf("%s/record.cfg", (char *)*state);
	struct record *r = open_ok(path), *r2;
	struct diag d;

	diag_init(&d);
	assert_int_equal(record_open(path, &r2, &d), -EWOULDBLOCK);
	assert_null(r2);
	assert_int_equal(d.n, 1);
	assert_non_null(strstr(d.msgs[0], path));
	assert_non_null(strstr(d.msgs[0], "already open"));
	diag_done(&d);
	record_close(r);
	r = open_ok(path);
	record_close(r);
	record_close(NULL);
	free(path);
}

static void
test_stale_temps_removed(void **state)
{
	const char *dir = *state;
	char *stale = tu_write(dir, "record.cfg.tmp.Zx81Qa", "half");
	char *path = xasprintf("%s/record.cfg", dir);
	struct record *r = open_ok(path);

	assert_int_equal(access(stale, F_OK), -1);
	record_close(r);
	free(path);
	free(stale);
}

/* Write a broken dir/record.cfg and set it aside, expecting name. */
static void
assert_set_aside(const char *dir, const char *text, const char *name)
{
	char *path = tu_write(dir, "record.cfg", text);
	char *aside, *moved;

	assert_int_equal(record_set_aside(path, &aside), 0);
	assert_non_null(aside);
	assert_string_equal(aside, name);
	assert_int_equal(access(path, F_OK), -1);
	moved = tu_read(aside);
	assert_string_equal(moved, text);
	free(moved);
	free(aside);
	free(path);
}

static void
test_set_aside(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/record.cfg", dir);
	char *first = xasprintf("%s.broken-20261124T070500Z", path);
	char *second = xasprintf("%s-1", first);
	char *third = xasprintf("%s-2", first);
	char *text, *kept;
	struct record *r;
	struct diag d;

	text = base_with(2, "format = 2;");
	free(tu_write(dir, "record.cfg", text));
	diag_init(&d);
	assert_int_equal(record_open(path, &r, &d), -EBADMSG);
	diag_done(&d);
	assert_set_aside(dir, text, first);
	r = open_ok(path);	/* a fresh start */
	assert_int_equal(r->n_officials, 0);
	/* While it is open, nothing can move it. */
	{
		char *aside = (char *)1;

		free(tu_write(dir, "record.cfg", "x"));
		assert_int_equal(record_set_aside(path, &aside),
		    -EWOULDBLOCK);
		assert_null(aside);
		kept = tu_read(path);
		assert_string_equal(kept, "x");
		free(kept);
	}
	record_close(r);
	/* Same second: a new name each time, the earlier ones untouched. */
	assert_set_aside(dir, "second", second);
	assert_set_aside(dir, "third", third);
	kept = tu_read(first);
	assert_string_equal(kept, text);
	free(kept);
	kept = tu_read(second);
	assert_string_equal(kept, "second");
	free(kept);
	{
		char *aside = (char *)1;

		assert_int_equal(record_set_aside(path, &aside), -ENOENT);
		assert_null(aside);
	}
	free(text);
	free(third);
	free(second);
	free(first);
	free(path);
}

static void
test_save_failure_keeps_old_file(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/record.cfg", dir);
	struct record *r = open_ok(path);
	char *before, *after;

	add(r, "Siti Rahma", NIP_SITI, NIP_PNS, "Dinas", "Analis");
	assert_int_equal(record_save(r), 0);
	before = tu_read(path);
	add(r, "Tengku Zulkarnain bin Ahmad", NIP_TENGKU, NIP_PPPK, "BPBD",
	    "Staf");
	fault_fsync = ENOSPC;
	assert_int_equal(record_save(r), -ENOSPC);
	assert_int_equal(fault_fsync, 0);
	after = tu_read(path);
	assert_string_equal(after, before);
	assert_int_equal(tu_count_entries(dir, "record.cfg.tmp."), 0);
	free(after);
	/* Nothing was lost in memory: the next save works. */
	assert_int_equal(record_save(r), 0);
	record_close(r);
	r = open_ok(path);
	assert_int_equal(r->n_officials, 2);
	record_close(r);
	free(before);
	free(path);
}

static void
test_save_refuses_unreadable(void **state)
{
	char *path = xasprintf("%s/record.cfg", (char *)*state);
	struct record *r = open_ok(path);
	struct official *o;
	char *before, *after;

	add(r, "Siti Rahma", NIP_SITI, NIP_PNS, "Dinas", "Analis");
	assert_int_equal(record_save(r), 0);
	before = tu_read(path);
	o = add(r, "Tengku", NIP_TENGKU, NIP_PPPK, "BPBD", "Staf");
	free(o->profile.name);
	o->profile.name = xstrdup("");	/* would not read back */
	assert_int_equal(record_save(r), -EINVAL);
	after = tu_read(path);
	assert_string_equal(after, before);
	free(after);
	free(before);
	record_close(r);
	free(path);
}

static void
test_add_and_find(void **state)
{
	struct record *r = xcalloc(1, sizeof *r);
	struct official *o;
	struct profile p = {
		.name = "Siti", .nip = NIP_SITI, .kind = NIP_PNS,
		.unit = NULL, .position = NULL,
	};

	(void)state;
	r->lock_fd = -1;
	o = record_add(r, &p, at("2026-11-24T07:00:00Z"));
	assert_non_null(o);
	assert_ptr_not_equal(o->profile.name, p.name);	/* a copy */
	assert_string_equal(o->profile.unit, "");
	assert_int_equal(o->created, at("2026-11-24T07:00:00Z"));
	assert_int_equal(o->updated, o->created);
	assert_int_equal(o->n_steps, 0);
	assert_null(record_add(r, &p, at("2026-11-24T07:00:00Z")));
	assert_int_equal(r->n_officials, 1);
	assert_ptr_equal(record_find(r, NIP_SITI), &r->officials[0]);
	assert_null(record_find(r, NIP_TENGKU));
	record_close(r);
}

static void
test_set_status(void **state)
{
	struct record *r = xcalloc(1, sizeof *r);
	struct official *o;
	const struct step_state *s;
	char reason[] = "Tidak pakai grup";

	(void)state;
	r->lock_fd = -1;
	o = add(r, "Siti", NIP_SITI, NIP_PNS, "Dinas", "Analis");
	assert_null(official_step(o, "privacy", "groups"));
	official_set_status(o, "privacy", "groups", STEP_DONE, "ignored",
	    at("2026-11-24T08:00:00Z"));
	s = official_step(o, "privacy", "groups");
	assert_non_null(s);
	assert_int_equal(s->status, STEP_DONE);
	assert_null(s->reason);	/* reasons only for STEP_NA */
	assert_int_equal(o->updated, at("2026-11-24T08:00:00Z"));

	/* Replace: same step, new status, time and reason. */
	official_set_status(o, "privacy", "groups", STEP_NA, reason,
	    at("2026-11-24T09:00:00Z"));
	assert_int_equal(o->n_steps, 1);
	s = official_step(o, "privacy", "groups");
	assert_int_equal(s->status, STEP_NA);
	assert_int_equal(s->time, at("2026-11-24T09:00:00Z"));
	assert_ptr_not_equal(s->reason, reason);
	assert_string_equal(s->reason, "Tidak pakai grup");
	/* Its own reason passed back in survives. */
	official_set_status(o, "privacy", "groups", STEP_NA, s->reason,
	    at("2026-11-24T09:30:00Z"));
	assert_string_equal(official_step(o, "privacy", "groups")->reason,
	    "Tidak pakai grup");
	official_set_status(o, "privacy", "groups", STEP_LATER, reason,
	    at("2026-11-24T10:00:00Z"));
	assert_null(official_step(o, "privacy", "groups")->reason);

	/* Append: another step, or the same step of another module. */
	official_set_status(o, "privacy", "status", STEP_TODO, NULL,
	    at("2026-11-24T11:00:00Z"));
	official_set_status(o, "two-step", "groups", STEP_DONE, NULL,
	    at("2026-11-24T12:00:00Z"));
	assert_int_equal(o->n_steps, 3);
	assert_int_equal(official_step(o, "privacy", "status")->status,
	    STEP_TODO);
	assert_int_equal(official_step(o, "two-step", "groups")->status,
	    STEP_DONE);
	assert_int_equal(official_step(o, "privacy", "groups")->status,
	    STEP_LATER);
	assert_int_equal(o->updated, at("2026-11-24T12:00:00Z"));
	record_close(r);
}

static void
test_status_names(void **state)
{
	static const char *const names[] = { "todo", "done", "na", "later" };

	(void)state;
	for (int i = STEP_TODO; i <= STEP_LATER; i++) {
		assert_string_equal(step_status_name(i), names[i]);
		assert_int_equal(step_status_parse(names[i]), i);
	}
	assert_int_equal(step_status_parse("DONE"), -1);
	assert_int_equal(step_status_parse(""), -1);
	assert_int_equal(step_status_parse("skipped"), -1);
}

static void
test_default_path(void **state)
{
	char *path;

	(void)state;
	setenv("XDG_STATE_HOME", "/srv/state", 1);
	path = record_default_path();
	assert_string_equal(path, "/srv/state/jagaakun/record.cfg");
	free(path);
	unsetenv("XDG_STATE_HOME");
	setenv("HOME", "/home/siti", 1);
	path = record_default_path();
	assert_string_equal(path,
	    "/home/siti/.local/state/jagaakun/record.cfg");
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_round_trip),
		T(test_resume_and_platform),
		T(test_corrupt_files),
		T(test_quiz_corrupt),
		T(test_quiz_read),
		T(test_set_quiz),
		T(test_field_limits),
		T(test_missing_field),
		T(test_unknown_settings_ignored),
		T(test_open_errors),
		T(test_lock),
		T(test_stale_temps_removed),
		T(test_set_aside),
		T(test_save_failure_keeps_old_file),
		T(test_save_refuses_unreadable),
		T(test_add_and_find),
		T(test_set_status),
		T(test_status_names),
		T(test_default_path),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
