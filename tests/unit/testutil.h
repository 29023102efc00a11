/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * testutil: scratch folders and files for the unit tests, so no test
 * touches the developer's own files; and the check of a loader's list of
 * file:line diagnostics.
 */
#ifndef JAGAAKUN_TESTUTIL_H
#define JAGAAKUN_TESTUTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <sys/types.h>
#include <cmocka.h>

/* A new empty folder under $TMPDIR (or /tmp); caller frees the path. */
char *tu_tempdir(void);

/* Remove dir and everything below it (restoring write permission first). */
void tu_rmtree(const char *dir);

/* Write text to dir/name, creating missing folders; returns the path
 * (caller frees).  Fails the test on error. */
char *tu_write(const char *dir, const char *name, const char *text);

/* The whole content of path (caller frees), or NULL when unreadable. */
char *tu_read(const char *path);

/* Path of rel in the source tree ($top_srcdir/rel); caller frees. */
char *tu_srcpath(const char *rel);

/* The part of path below dir (path must start with dir and a '/');
 * fails the test otherwise. */
const char *tu_rel(const char *dir, const char *path);

/* Count the entries of dir whose names start with prefix. */
int tu_count_entries(const char *dir, const char *prefix);

struct diag;

/* A diagnostic a test expects: on line, holding text. */
struct tu_diag {
	int line;
	const char *text;
};

/* Check that d holds exactly the n diagnostics of want, in order, each
 * "path:line: ..." with its text (d is printed when the count differs). */
void tu_assert_diags(const struct diag *d, const char *path,
    const struct tu_diag *want, size_t n);

/* Another user's id (nobody's), for files that must not be the test's
 * own: the tests run as root in CI, whom permissions do not stop, so a
 * check of ownership is tested with files chowned to this uid. */
#define TU_OTHER_UID 65534

/* Skip the test unless it runs as root (it must chown, or be another
 * user). */
void tu_need_root(void);

/* A child process started by tu_child_start. */
struct tu_child {
	pid_t pid;
	int result_fd;	/* where it sends what fn returned */
};

/* Start fn(arg) in a child process and return at once (the test may do
 * its part meanwhile: write to a FIFO the child reads, say). */
struct tu_child tu_child_start(int (*fn)(void *), void *arg);

/* Wait for the child and return what its fn returned (0-254), or 255
 * when it returned nothing.  The child ends by SIGKILL, not exit, so a
 * leak checker (valgrind) does not take the test's memory, to which a
 * forked child may hold no pointer any more, for the child's leaks. */
int tu_child_wait(struct tu_child c);

/* Run fn(arg) in a child process as TU_OTHER_UID (its group too, no
 * supplementary groups) and return what fn returned (255 when the child
 * could not become that user).  Needs root. */
int tu_as_other_user(int (*fn)(void *), void *arg);

#endif
