/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * crash_record: a record saver killed (SIGKILL) at random moments, to
 * show that saving is atomic: after every kill the record opens, and it
 * is exactly the version the saver had last saved or the one it was
 * saving, never a mix, and reopening leaves no temporary file behind.
 *
 *	CRASH_KILLS=N  kills (1000 by default; make crash-test: 10000)
 *	CRASH_SEED=S   the random seed, to repeat a run (printed)
 *
 * Each round forks a child that opens the record and saves version
 * after version in a loop, telling the parent through a pipe each
 * version it has saved; the parent kills it after a random delay of up
 * to a few saves, reopens the record and checks it.  Versions differ in
 * every step's time and in the length of every step's reason, so a file
 * half of one and half of another cannot pass.  Prints TAP.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/xalloc.h"
#include "model/record.h"

#define CRASH_STEPS 40		/* steps of the official in every version */
#define CRASH_BASE 1795000000	/* the time of version 0 (2026) */
#define CRASH_NIP "198609262015051001"

/* What the rounds found. */
struct crash_record_tally {
	unsigned long kills, old, new, temps, unopened, wrong, stray, quit;
	unsigned long last;	/* the version on disk after the last round */
	char first_error[512];
};

/* The reason of step k in version v: its length changes with v. */
static void
crash_record_reason(unsigned long v, int k, char out[128])
{
	int len = snprintf(out, 128, "v%lu-s%d:", v, k);

	for (int n = (int)((v * 7 + (unsigned long)k) % 90); n > 0; n--)
		out[len++] = (char)('a' + n % 26);
	out[len] = '\0';
}

/* Make the record's one official hold version v. */
static void
crash_record_set_version(struct record *r, unsigned long v)
{
	struct official *o = record_find(r, CRASH_NIP);
	char buf[128];

	if (o == NULL) {
		struct profile p = { .name = (char *)"Siti Aminah",
		    .nip = (char *)CRASH_NIP, .kind = NIP_PNS,
		    .unit = (char *)"Dinas Kesehatan", .position = (char *)"" };

		o = record_add(r, &p, CRASH_BASE);
	}
	snprintf(buf, sizeof buf, "version %lu", v);
	profile_set(&o->profile, PROFILE_POSITION, buf);
	for (int k = 0; k < CRASH_STEPS; k++) {
		char step[16];

		snprintf(step, sizeof step, "s%d", k);
		crash_record_reason(v, k, buf);
		official_set_status(o, "m", step, STEP_NA, buf,
		    (time_t)(CRASH_BASE + v));
	}
}

/* The version r holds, checked step by step; -1 when it is none. */
static long
crash_record_version_of(const struct record *r)
{
	const struct official *o;
	unsigned long v;
	char want[128];

	if (r->n_officials != 1)
		return -1;
	o = &r->officials[0];
	if (o->profile.position == NULL ||
	    sscanf(o->profile.position, "version %lu", &v) != 1 ||
	    o->n_steps != CRASH_STEPS)
		return -1;
	for (int k = 0; k < CRASH_STEPS; k++) {
		char step[16];
		const struct step_state *s;

		snprintf(step, sizeof step, "s%d", k);
		s = official_step(o, "m", step);
		crash_record_reason(v, k, want);
		if (s == NULL || s->status != STEP_NA ||
		    s->time != (time_t)(CRASH_BASE + v) ||
		    s->reason == NULL || strcmp(s->reason, want) != 0)
			return -1;
	}
	return (long)v;
}

/* Open the record at path; NULL (and the reason in t) when it fails. */
static struct record *
crash_record_open(const char *path, struct crash_record_tally *t)
{
	struct record *r = NULL;
	struct diag d;

	diag_init(&d);
	if (record_open(path, &r, &d) != 0 && t->first_error[0] == '\0')
		snprintf(t->first_error, sizeof t->first_error,
		    "round %lu: the record did not open: %s", t->kills,
		    d.n > 0 ? d.msgs[0] : "?");
	diag_done(&d);
	return r;
}

/* The child: save version after version from version from + 1 on,
 * writing each saved version to fd, until killed. */
static void __attribute__((noreturn))
crash_record_saver(const char *path, unsigned long from, int fd)
{
	struct record *r = NULL;
	struct diag d;

	diag_init(&d);
	if (record_open(path, &r, &d) != 0)
		_exit(3);
	for (unsigned long v = from + 1;; v++) {
		crash_record_set_version(r, v);
		if (record_save(r) != 0)
			_exit(4);
		if (write(fd, &v, sizeof v) != sizeof v)
			_exit(5);
	}
}

/* Count the entries of dir other than the record and its lock. */
static unsigned long
crash_record_others(const char *dir, unsigned long *temps)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	unsigned long n = 0;

	if (dp == NULL)
		return 1;
	while ((e = readdir(dp)) != NULL) {
		const char *name = e->d_name;

		if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0 ||
		    strcmp(name, "record.cfg") == 0 ||
		    strcmp(name, "record.cfg.lock") == 0)
			continue;
		if (temps != NULL && strncmp(name, "record.cfg.tmp.", 15) == 0)
			++*temps;
		else
			n++;
	}
	closedir(dp);
	return n;
}

/* Seconds since an arbitrary moment. */
static double
crash_record_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* How long to let a saver run at most: its start and a few saves,
 * timed here once. */
static double
crash_record_window(const char *path)
{
	double t0 = crash_record_clock();
	struct crash_record_tally none = { 0 };
	struct record *r = crash_record_open(path, &none);

	if (r == NULL)
		return 0.01;
	for (int i = 0; i < 3; i++) {
		crash_record_set_version(r, 0);
		record_save(r);
	}
	record_close(r);
	return crash_record_clock() - t0;
}

/* Start a saver, kill it after a random delay, and check the record. */
static void
crash_record_round(const char *dir, const char *path, double window,
    struct crash_record_tally *t)
{
	int fds[2];
	unsigned long v, saved = t->last, before = 0;
	struct timespec delay;
	struct record *r;
	double s = window * (double)rand() / RAND_MAX;
	pid_t pid;
	int status;
	long got;

	if (pipe(fds) != 0 || (pid = fork()) < 0) {
		perror("crash_record");
		exit(99);
	}
	if (pid == 0) {
		close(fds[0]);
		crash_record_saver(path, t->last, fds[1]);
	}
	close(fds[1]);
	delay.tv_sec = (time_t)s;
	delay.tv_nsec = (long)((s - (double)delay.tv_sec) * 1e9);
	nanosleep(&delay, NULL);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	while (read(fds[0], &v, sizeof v) == sizeof v)
		saved = v;
	close(fds[0]);
	t->kills++;
	if (!WIFSIGNALED(status))
		t->quit++;
	if (!WIFSIGNALED(status) && t->first_error[0] == '\0')
		snprintf(t->first_error, sizeof t->first_error, "round %lu: "
		    "the saver stopped by itself (status %d)", t->kills,
		    WEXITSTATUS(status));
	if (crash_record_others(dir, &before) > 0)
		t->stray++;
	t->temps += before > 0;
	if ((r = crash_record_open(path, t)) == NULL) {
		t->unopened++;
		return;
	}
	got = crash_record_version_of(r);
	if (got == (long)saved)
		t->old++;
	else if (got == (long)saved + 1)
		t->new++;
	else {
		t->wrong++;
		if (t->first_error[0] == '\0')
			snprintf(t->first_error, sizeof t->first_error,
			    "round %lu: the record holds version %ld; the "
			    "saver had saved %lu", t->kills, got, saved);
	}
	if (got >= 0)
		t->last = (unsigned long)got;
	record_close(r);
	/* Reopening removed what the kill left mid-save. */
	if (crash_record_others(dir, NULL) > 0)
		t->stray++;
}

/* Print one TAP result. */
static int
crash_record_ok(int n, bool ok, const char *what)
{
	printf("%s %d - %s\n", ok ? "ok" : "not ok", n, what);
	return ok ? 0 : 1;
}

int
main(void)
{
	const char *k = getenv("CRASH_KILLS"), *seed_s = getenv("CRASH_SEED");
	unsigned long kills = k != NULL ? strtoul(k, NULL, 10) : 1000;
	unsigned seed = seed_s != NULL ? (unsigned)strtoul(seed_s, NULL, 10) :
	    (unsigned)time(NULL) ^ (unsigned)getpid();
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/jagaakun-crash.XXXXXX",
	    tmp != NULL && tmp[0] == '/' ? tmp : "/tmp");
	struct crash_record_tally t = { 0 };
	struct record *r;
	char *path;
	double window;
	int failed = 0;

	if (mkdtemp(dir) == NULL) {
		perror("crash_record: mkdtemp");
		return 99;
	}
	path = xasprintf("%s/record.cfg", dir);
	srand(seed);
	printf("1..3\n# seed %u (CRASH_SEED=%u repeats this run)\n", seed,
	    seed);
	/* Version 0 on disk before the first saver starts. */
	if ((r = crash_record_open(path, &t)) == NULL)
		return 99;
	crash_record_set_version(r, 0);
	if (record_save(r) != 0)
		return 99;
	record_close(r);
	window = crash_record_window(path);
	printf("# killing within %.1f ms of each start\n", window * 1e3);
	while (t.kills < kills && t.unopened + t.wrong + t.quit == 0)
		crash_record_round(dir, path, window, &t);
	printf("# %lu kills: %lu left the version saved before, %lu the one "
	    "being saved; %lu left a temporary file; %lu versions saved\n",
	    t.kills, t.old, t.new, t.temps, t.last);
	if (t.first_error[0] != '\0')
		printf("# %s\n", t.first_error);
	failed += crash_record_ok(1,
	    t.quit + t.unopened == 0 && t.kills == kills,
	    "the saver runs until killed, and the record opens after");
	failed += crash_record_ok(2, t.wrong == 0 && t.old + t.new == kills,
	    "it is the version saved last or the one being saved");
	failed += crash_record_ok(3, t.stray == 0,
	    "reopening leaves no temporary file, nor any other");
	/* Remove the scratch folder: the record, its lock and nothing else. */
	unlink(path);
	free(path);
	path = xasprintf("%s/record.cfg.lock", dir);
	unlink(path);
	free(path);
	rmdir(dir);
	free(dir);
	return failed > 0;
}
