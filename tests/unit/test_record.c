/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_record: the record file round trip, opening errors, the lock,
 * setting a broken file aside, a failed save, and the in-memory changes.
 * Every way a file can be unusable is in test_record_read.
 *
 * A failed save is injected by wrapping fsync (-Wl,--wrap=fsync), since
 * permissions do not stop root.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/content.h"
#include "model/record.h"
#include "faults.h"
#include "record_fixture.h"
#include "testutil.h"
#include "base/xalloc.h"

/* Add an official with the given profile. */
static struct official *
add(struct record *r, const char *name, const char *nip, enum nip_kind kind,
    const char *unit, const char *position)
{
	struct profile p = {
		.name = (char *)name, .nip = (char *)nip, .kind = kind,
		.unit = (char *)unit, .position = (char *)position,
	};
	struct official *o = record_add(r, &p, rf_at("2026-11-24T07:00:00Z"));

	assert_non_null(o);
	return o;
}

/* The quiz result of Ni Luh in fill(), finished 2026-11-24T07:30:00Z. */
static char *luh_missed[] = { (char *)"boss-transfer", (char *)"otp-courier" };
static struct quiz_result luh_quiz = { 13, 15, 1795505400, luh_missed, 2, 15,
    NULL, 0 };

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
	    rf_at("2026-11-24T07:01:00Z"));
	official_set_status(o, "privacy", "groups", STEP_NA,
	    "Tidak pakai grup \"kantor\" — C:\\data", rf_at("2026-11-24T07:02:00Z"));
	official_set_status(o, "devices", "review", STEP_LATER, NULL,
	    rf_at("2026-11-24T07:03:00Z"));
	official_set_status(o, "otp", "never-share", STEP_TODO, NULL,
	    rf_at("2026-11-24T07:04:00Z"));
	assert_int_equal(official_set_quiz(o, &luh_quiz), 0);
	o = add(r, "Tengku Zulkarnain bin Ahmad", NIP_TENGKU, NIP_PPPK,
	    "BPBD Kabupaten Aceh Besar", "Staf Logistik");
	o->language = xstrdup("en");
	o->platform = PLATFORM_IPHONE;
	o = add(r, "Siti Rahma Ñañez 日本", NIP_SITI, NIP_PNS, "", "");
	official_set_status(o, "two-step", "enable", STEP_DONE, NULL,
	    rf_at("2026-11-25T08:00:00Z"));
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
	assert_int_equal(a->answered, b->answered);
	assert_int_equal(a->n_asked, b->n_asked);
	for (size_t i = 0; i < a->n_asked; i++)
		assert_string_equal(a->asked[i], b->asked[i]);
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
	char *text;

	r = rf_open_ok(path);	/* no folder, no file yet */
	assert_int_equal(r->n_officials, 0);
	assert_null(r->content_version);
	tu_assert_mode(folder, 0700);
	fill(r);
	assert_int_equal(record_save(r), 0);
	record_close(r);
	tu_assert_mode(path, 0600);
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

	r = rf_open_ok(path);
	want = expected();
	assert_same_record(r, want);
	/* Saving what was read changes nothing. */
	text = tu_read(path);
	assert_int_equal(record_save(r), 0);
	record_close(r);
	r = rf_open_ok(path);
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
	struct record *r = rf_open_ok(path);
	struct official *o = add(r, "Siti Rahma", NIP_SITI, NIP_PNS, "Dinas",
	    "Analis");

	assert_int_equal(o->platform, -1);
	assert_false(o->web);
	assert_null(o->resume_module);
	o->platform = PLATFORM_IPHONE;
	o->web = true;
	official_set_resume(o, "linked-devices", "review");
	/* The stored strings themselves may be passed back in. */
	official_set_resume(o, o->resume_module, o->resume_step);
	assert_int_equal(record_save(r), 0);
	record_close(r);

	r = rf_open_ok(path);
	o = record_find(r, NIP_SITI);
	assert_non_null(o);
	assert_int_equal(o->platform, PLATFORM_IPHONE);
	assert_true(o->web);
	assert_string_equal(o->resume_module, "linked-devices");
	assert_string_equal(o->resume_step, "review");
	official_set_resume(o, NULL, NULL);
	assert_int_equal(record_save(r), 0);
	record_close(r);

	r = rf_open_ok(path);
	o = record_find(r, NIP_SITI);
	assert_null(o->resume_module);
	assert_null(o->resume_step);
	o->web = false;
	assert_int_equal(record_save(r), 0);
	record_close(r);

	r = rf_open_ok(path);
	assert_false(record_find(r, NIP_SITI)->web);
	record_close(r);
	free(path);
}

static void
test_set_quiz(void **state)
{
	char *path = xasprintf("%s/record.cfg", (char *)*state);
	struct record *r = rf_open_ok(path);
	struct official *o = add(r, "Siti", NIP_SITI, NIP_PNS, "Dinas",
	    "Analis");
	char *bad_missed[] = { (char *)"boss-transfer" };
	struct quiz_result bad = { 13, 15, rf_at(QT), bad_missed, 1, 15,
	    NULL, 0 };
	struct quiz_result perfect = { 15, 15, rf_at("2026-11-25T01:00:00Z"),
	    NULL, 0, 15, NULL, 0 };
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
	r = rf_open_ok(path);
	o = record_find(r, NIP_SITI);
	assert_same_quiz(o->quiz, &perfect);
	text = tu_read(path);
	assert_int_equal(count(text, "missed = ( );"), 1);
	free(text);
	/* A quiz stopped early keeps how many were answered, and which. */
	{
		char *asked[] = { (char *)"otp-courier", (char *)"bank-sms" };
		char *missed[] = { (char *)"bank-sms" };
		struct quiz_result partial = { 1, 5, rf_at(QT), missed, 1, 2,
		    asked, 2 };

		assert_int_equal(official_set_quiz(o, &partial), 0);
		assert_int_equal(record_save(r), 0);
		record_close(r);
		r = rf_open_ok(path);
		o = record_find(r, NIP_SITI);
		assert_same_quiz(o->quiz, &partial);
		text = tu_read(path);
		assert_int_equal(count(text, "answered = 2;"), 1);
		assert_int_equal(count(text, "asked = ( \"otp-courier\", "
		    "\"bank-sms\" );"), 1);
		free(text);
	}
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
	assert_int_equal(tu_mkdir(folder), 0);
	assert_open_fails(folder, -EISDIR, folder, "regular file");
	free(folder);
	free(through);
	free(plain);
}

static void
test_lock(void **state)
{
	char *path = xasprintf("%s/record.cfg", (char *)*state), *real;
	struct record *r = rf_open_ok(path), *r2;
	struct diag d;

	diag_init(&d);
	assert_int_equal(record_open(path, &r2, &d), -EWOULDBLOCK);
	assert_null(r2);
	assert_int_equal(d.n, 1);
	real = tu_native(path);
	assert_non_null(strstr(d.msgs[0], real));
	free(real);
	assert_non_null(strstr(d.msgs[0], "already open"));
	diag_done(&d);
	record_close(r);
	r = rf_open_ok(path);
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
	struct record *r = rf_open_ok(path);

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
	char *path = xasprintf("%s/record.cfg", dir), *real = tu_native(path);
	char *first = xasprintf("%s.broken-20261124T070500Z", real);
	char *second = xasprintf("%s-1", first);
	char *third = xasprintf("%s-2", first);
	char *text, *kept;
	struct record *r;
	struct diag d;

	text = xstrdup("# a record\nformat = 2;\n");
	free(tu_write(dir, "record.cfg", text));
	diag_init(&d);
	assert_int_equal(record_open(path, &r, &d), -EBADMSG);
	diag_done(&d);
	assert_set_aside(dir, text, first);
	r = rf_open_ok(path);	/* a fresh start */
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
	free(real);
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
	struct record *r = rf_open_ok(path);
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
	r = rf_open_ok(path);
	assert_int_equal(r->n_officials, 2);
	record_close(r);
	free(before);
	free(path);
}

static void
test_save_refuses_unreadable(void **state)
{
	char *path = xasprintf("%s/record.cfg", (char *)*state);
	struct record *r = rf_open_ok(path);
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
	o = record_add(r, &p, rf_at("2026-11-24T07:00:00Z"));
	assert_non_null(o);
	assert_ptr_not_equal(o->profile.name, p.name);	/* a copy */
	assert_string_equal(o->profile.unit, "");
	assert_int_equal(o->created, rf_at("2026-11-24T07:00:00Z"));
	assert_int_equal(o->updated, o->created);
	assert_int_equal(o->n_steps, 0);
	assert_null(record_add(r, &p, rf_at("2026-11-24T07:00:00Z")));
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
	    rf_at("2026-11-24T08:00:00Z"));
	s = official_step(o, "privacy", "groups");
	assert_non_null(s);
	assert_int_equal(s->status, STEP_DONE);
	assert_null(s->reason);	/* reasons only for STEP_NA */
	assert_int_equal(o->updated, rf_at("2026-11-24T08:00:00Z"));

	/* Replace: same step, new status, time and reason. */
	official_set_status(o, "privacy", "groups", STEP_NA, reason,
	    rf_at("2026-11-24T09:00:00Z"));
	assert_int_equal(o->n_steps, 1);
	s = official_step(o, "privacy", "groups");
	assert_int_equal(s->status, STEP_NA);
	assert_int_equal(s->time, rf_at("2026-11-24T09:00:00Z"));
	assert_ptr_not_equal(s->reason, reason);
	assert_string_equal(s->reason, "Tidak pakai grup");
	/* Its own reason passed back in survives. */
	official_set_status(o, "privacy", "groups", STEP_NA, s->reason,
	    rf_at("2026-11-24T09:30:00Z"));
	assert_string_equal(official_step(o, "privacy", "groups")->reason,
	    "Tidak pakai grup");
	official_set_status(o, "privacy", "groups", STEP_LATER, reason,
	    rf_at("2026-11-24T10:00:00Z"));
	assert_null(official_step(o, "privacy", "groups")->reason);

	/* Append: another step, or the same step of another module. */
	official_set_status(o, "privacy", "status", STEP_TODO, NULL,
	    rf_at("2026-11-24T11:00:00Z"));
	official_set_status(o, "two-step", "groups", STEP_DONE, NULL,
	    rf_at("2026-11-24T12:00:00Z"));
	assert_int_equal(o->n_steps, 3);
	assert_int_equal(official_step(o, "privacy", "status")->status,
	    STEP_TODO);
	assert_int_equal(official_step(o, "two-step", "groups")->status,
	    STEP_DONE);
	assert_int_equal(official_step(o, "privacy", "groups")->status,
	    STEP_LATER);
	assert_int_equal(o->updated, rf_at("2026-11-24T12:00:00Z"));
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
#define T(f) cmocka_unit_test_setup_teardown(f, rf_setup, rf_teardown)
		T(test_round_trip),
		T(test_resume_and_platform),
		T(test_set_quiz),
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
