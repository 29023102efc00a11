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
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/stat.h>
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

/* The site settings file rel of the source tree (tu_srcpath) as this
 * system reads it: the file itself on POSIX; on Windows a temp copy in
 * which the test data's absolute POSIX paths ("/srv/...") are drive paths
 * ("C:/srv/..."), absolute there, so that one file tests both.  Caller
 * frees; the copy is removed at exit. */
char *tu_site_data(const char *rel);

/* A copy of path as the os layer names a file it resolved (fs_resolve):
 * the same on POSIX; on Windows with each '/' a '\\'.  Caller frees. */
char *tu_native(const char *path);

/* What tu_site_data puts before "/srv/...": "" on POSIX, "C:" on
 * Windows. */
const char *tu_drive(void);

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

/* Say whether tu_child_start can start a child (POSIX: true; Windows has
 * no fork), for a case that checks the rest without one. */
bool tu_can_fork(void);

/* A child process started by tu_child_start. */
struct tu_child {
	pid_t pid;
	int result_fd;	/* where it sends what fn returned */
};

/* Start fn(arg) in a child process and return at once (the test may do
 * its part meanwhile: write to a FIFO the child reads, say).  Skips the
 * test where there is no fork (Windows; see tu_can_fork). */
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

/*
 * What differs between POSIX and Windows, one helper a concern
 * (testutil_posix.c, testutil_win.c), so that a test is the same text on
 * both.  Where Windows cannot do what a case needs, the helper skips the
 * case (tu_skip) with its reason, or returns false for the case to leave
 * that part out; on POSIX each does the real thing and fails the test on
 * an error, so no Linux test is weakened.
 */

/* Skip the test, printing why as a TAP comment ("# skip: why") first, which
 * tests/windows/run.sh shows with the skip. */
void tu_skip(const char *why);

/* Skip the test on Windows, where what it checks is POSIX's by design
 * (why says how Windows differs); nothing on POSIX. */
void tu_posix_only(const char *why);

/* A stream whose bytes end up in memory (open_memstream on POSIX; a temp
 * file read back on Windows): after tu_memclose(f), *buf holds them with
 * a NUL added (caller frees) and *len their number. */
FILE *tu_memopen(char **buf, size_t *len);

/* Close a stream of tu_memopen, filling in its buffer; fclose's result. */
int tu_memclose(FILE *f);

/* mkdir(path, 0700); Windows has no modes.  0 or -1 with errno. */
int tu_mkdir(const char *path);

/* Make a symbolic link at path naming target: true when made.  False
 * where this system makes none (Windows without the right to, and Wine 8,
 * whose CreateSymbolicLinkW says yes and makes nothing); a case then
 * leaves the link out or skips (tu_need_symlink). */
bool tu_symlink(const char *target, const char *path);

/* tu_symlink, skipping the test when no link can be made. */
void tu_need_symlink(const char *target, const char *path);

/* The target of the link path (caller frees), or NULL. */
char *tu_readlink(const char *path);

/* Make a FIFO at path: true when made; false on Windows (none in the file
 * system).  tu_need_fifo skips the test instead. */
bool tu_mkfifo(const char *path);
void tu_need_fifo(const char *path);

/* A character device with /dev/null's numbers at path: true when made
 * (root on POSIX); false on Windows. */
bool tu_mknod_null(const char *path);

/* Say whether st is that device (/dev/null's numbers). */
bool tu_is_dev_null(const struct stat *st);

/* Open the folder dir as a descriptor (O_DIRECTORY); skips the test on
 * Windows, which opens no folder as a descriptor. */
int tu_open_dir(const char *dir);

/* End the test program with a message after seconds (0: cancel), so a
 * case that would block for ever fails instead (POSIX: alarm; Windows:
 * nothing, where run.sh's timeout ends it). */
void tu_alarm(unsigned seconds);

/* A stream (tu_full_disk) or descriptor (tu_full_disk_fd) whose writes
 * fail with ENOSPC: /dev/full.  Skips the test on Windows, which has no
 * such device. */
FILE *tu_full_disk(void);
int tu_full_disk_fd(void);

/* Assert that path's permission bits are mode (POSIX); on Windows, which
 * keeps an access list instead, only that path exists. */
void tu_assert_mode(const char *path, unsigned mode);

/* Say whether the tests run as root (never on Windows). */
bool tu_is_root(void);

/* Give path (tu_lchown: the link itself) to TU_OTHER_UID; fails the test
 * where there are no such users (only reached after tu_need_root or
 * tu_is_root). */
void tu_chown_other(const char *path);
void tu_lchown_other(const char *path);

/* Display columns of the code point cp (-1: not printable): the C
 * library's wcwidth on POSIX, an independent check of utf8_width there;
 * Windows has none, and utf8_width stands in. */
int tu_wcwidth(uint32_t cp);

/* Columns of the UTF-8 line s with tu_wcwidth, a form feed counted as a
 * space; -1 when a character is not printable.  *chars (when not NULL)
 * gets the number of characters.  Fails the test when s is not UTF-8. */
int tu_text_width(const char *s, size_t *chars);

/* The user's home folder from the password database (POSIX); skips the
 * test on Windows, which has none.  Caller frees. */
char *tu_passwd_home(void);

/* Lower the process's limit of open descriptors to n for a case, and
 * restore it (tu_fd_limit_restore); skips the test on Windows, whose C
 * library has no such limit to lower. */
void tu_fd_limit_lower(int n);
void tu_fd_limit_restore(void);

/* Stop the program as the terminal going away does (OS_QUIT_HANGUP), or
 * as Ctrl-C does (tu_console_interrupt): POSIX raises SIGHUP or SIGINT;
 * Windows hands CTRL_CLOSE_EVENT or CTRL_C_EVENT to the console's control
 * routine (os_quit_ctrl) on a thread of its own, as the console does, and
 * returns once the quit handler has run (made *ran non-zero; at most
 * 10 s).  tu_console_close returns
 * whether that thread is still held (a close ends the process when the
 * routine returns, so it must wait for the program's save and exit;
 * POSIX: true, a signal handler returns to the program). */
bool tu_console_close(volatile sig_atomic_t *ran);
void tu_console_interrupt(volatile sig_atomic_t *ran);

/* Make the folder top and a chain of levels folders named name below it,
 * with a file x.json in each of the first files folders (top the
 * first), through descriptors (openat): the whole path may be far longer
 * than PATH_MAX.  tu_chain_remove removes the levels below top from the
 * bottom up.  Windows skips the test (no openat, and paths end at 32,767
 * characters). */
void tu_chain_make(const char *top, const char *name, size_t levels,
    size_t files);
void tu_chain_remove(const char *top, const char *name, size_t levels);

#endif
