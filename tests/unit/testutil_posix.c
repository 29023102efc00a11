/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * testutil, POSIX: scratch folders (made and removed), and running as
 * another process or another user; the rest is in testutil.c.
 */
#include "config.h"
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>

#include "base/diag.h"
#include "os/fsutil.h"
#include "base/xalloc.h"

char *
tu_tempdir(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xasprintf("%s/jagaakun-test.XXXXXX", tmp && *tmp ? tmp : "/tmp");

	if (mkdtemp(dir) == NULL)
		fail_msg("mkdtemp: %s", strerror(errno));
	return dir;
}

/* nftw callback: remove one entry. */
static int
tu_remove(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* nftw callback: make folders writable again so they can be emptied. */
static int
tu_chmod(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)ftw;
	if (flag == FTW_D || flag == FTW_DNR)
		chmod(path, (st->st_mode & 07777) | S_IRWXU);
	return 0;
}

void
tu_rmtree(const char *dir)
{
	if (dir == NULL)
		return;
	chmod(dir, S_IRWXU);
	nftw(dir, tu_chmod, 16, FTW_PHYS);
	nftw(dir, tu_remove, 16, FTW_DEPTH | FTW_PHYS);
}

void
tu_need_root(void)
{
	if (geteuid() != 0)
		skip();
}

bool
tu_can_fork(void)
{
	return true;
}

struct tu_child
tu_child_start(int (*fn)(void *), void *arg)
{
	struct tu_child c;
	int fds[2];
	unsigned char result;

	if (pipe(fds) != 0)
		fail_msg("pipe: %s", strerror(errno));
	fflush(NULL);
	if ((c.pid = fork()) < 0)
		fail_msg("fork: %s", strerror(errno));
	if (c.pid == 0) {
		close(fds[0]);
		result = (unsigned char)(fn(arg) & 0xff);
		if (write(fds[1], &result, 1) != 1)
			_exit(255);
		kill(getpid(), SIGKILL);
	}
	close(fds[1]);
	c.result_fd = fds[0];
	return c;
}

int
tu_child_wait(struct tu_child c)
{
	unsigned char result = 255;
	int status;

	if (read(c.result_fd, &result, 1) != 1)
		result = 255;
	close(c.result_fd);
	waitpid(c.pid, &status, 0);
	return result;
}

/* tu_as_other_user's child: become the other user, then run the test's
 * function. */
struct tu_other {
	int (*fn)(void *);
	void *arg;
};

static int
tu_other_run(void *ctx)
{
	const struct tu_other *o = ctx;

	if (setgroups(0, NULL) != 0 || setgid(TU_OTHER_UID) != 0 ||
	    setuid(TU_OTHER_UID) != 0)
		return 255;
	return o->fn(o->arg);
}

int
tu_as_other_user(int (*fn)(void *), void *arg)
{
	struct tu_other o = { fn, arg };

	return tu_child_wait(tu_child_start(tu_other_run, &o));
}

void
tu_posix_only(const char *why)
{
	(void)why;
}

FILE *
tu_memopen(char **buf, size_t *len)
{
	FILE *f = open_memstream(buf, len);

	if (f == NULL)
		fail_msg("open_memstream: %s", strerror(errno));
	return f;
}

int
tu_memclose(FILE *f)
{
	return fclose(f);
}

int
tu_mkdir(const char *path)
{
	return mkdir(path, 0700);
}

bool
tu_symlink(const char *target, const char *path)
{
	if (symlink(target, path) != 0)
		fail_msg("symlink %s: %s", path, strerror(errno));
	return true;
}

void
tu_need_symlink(const char *target, const char *path)
{
	tu_symlink(target, path);
}

char *
tu_readlink(const char *path)
{
	char buf[4096];
	ssize_t n = readlink(path, buf, sizeof buf - 1);

	if (n < 0)
		return NULL;
	buf[n] = '\0';
	return xstrdup(buf);
}

bool
tu_mkfifo(const char *path)
{
	if (mkfifo(path, 0600) != 0)
		fail_msg("mkfifo %s: %s", path, strerror(errno));
	return true;
}

void
tu_need_fifo(const char *path)
{
	tu_mkfifo(path);
}

bool
tu_mknod_null(const char *path)
{
	return mknod(path, S_IFCHR | 0666, makedev(1, 3)) == 0;
}

bool
tu_is_dev_null(const struct stat *st)
{
	return S_ISCHR(st->st_mode) && st->st_rdev == makedev(1, 3);
}

int
tu_open_dir(const char *dir)
{
	return open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

void
tu_alarm(unsigned seconds)
{
	alarm(seconds);
}

bool
tu_is_root(void)
{
	return geteuid() == 0;
}

void
tu_chown_other(const char *path)
{
	if (chown(path, TU_OTHER_UID, TU_OTHER_UID) != 0)
		fail_msg("chown %s: %s", path, strerror(errno));
}

void
tu_lchown_other(const char *path)
{
	if (lchown(path, TU_OTHER_UID, TU_OTHER_UID) != 0)
		fail_msg("lchown %s: %s", path, strerror(errno));
}

int
tu_wcwidth(uint32_t cp)
{
	return wcwidth((wchar_t)cp);
}

char *
tu_passwd_home(void)
{
	struct passwd *pw = getpwuid(getuid());

	if (pw == NULL)
		fail_msg("getpwuid: no entry for uid %lu", (unsigned long)getuid());
	return xstrdup(pw->pw_dir);
}

static struct rlimit tu_fd_limit_old;

void
tu_fd_limit_lower(int n)
{
	struct rlimit low;

	if (getrlimit(RLIMIT_NOFILE, &tu_fd_limit_old) != 0)
		fail_msg("getrlimit: %s", strerror(errno));
	low = tu_fd_limit_old;
	low.rlim_cur = (rlim_t)n;
	if (setrlimit(RLIMIT_NOFILE, &low) != 0)
		fail_msg("setrlimit: %s", strerror(errno));
}

void
tu_fd_limit_restore(void)
{
	if (setrlimit(RLIMIT_NOFILE, &tu_fd_limit_old) != 0)
		fail_msg("setrlimit: %s", strerror(errno));
}

void
tu_chain_make(const char *top, const char *name, size_t levels, size_t files)
{
	int fd, f;

	assert_int_equal(mkdir(top, 0700), 0);
	fd = open(top, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	assert_true(fd >= 0);
	for (size_t i = 0; i <= levels; i++) {
		if (i < files) {
			f = openat(fd, "x.json", O_WRONLY | O_CREAT | O_EXCL |
			    O_CLOEXEC, 0600);
			assert_true(f >= 0);
			close(f);
		}
		if (i < levels) {
			assert_int_equal(mkdirat(fd, name, 0700), 0);
			f = openat(fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			assert_true(f >= 0);
			close(fd);
			fd = f;
		}
	}
	close(fd);
}

/* Going up through "..": nftw cannot, the paths being too long. */
void
tu_chain_remove(const char *top, const char *name, size_t levels)
{
	int fd = open(top, O_RDONLY | O_DIRECTORY | O_CLOEXEC), up;

	for (size_t i = 0; i < levels; i++) {
		up = openat(fd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		assert_true(up >= 0);
		close(fd);
		fd = up;
	}
	for (size_t i = 0; i < levels; i++) {
		unlinkat(fd, "x.json", 0);
		up = openat(fd, "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		assert_true(up >= 0);
		close(fd);
		fd = up;
		assert_int_equal(unlinkat(fd, name, AT_REMOVEDIR), 0);
	}
	close(fd);
}

FILE *
tu_full_disk(void)
{
	FILE *f = fopen("/dev/full", "w");

	if (f == NULL)	/* Debian always has /dev/full */
		fail_msg("/dev/full: %s", strerror(errno));
	return f;
}

int
tu_full_disk_fd(void)
{
	int fd = open("/dev/full", O_WRONLY);

	if (fd < 0)
		fail_msg("/dev/full: %s", strerror(errno));
	return fd;
}

void
tu_assert_mode(const char *path, unsigned mode)
{
	struct stat st;

	if (stat(path, &st) != 0)
		fail_msg("%s: %s", path, strerror(errno));
	assert_int_equal(st.st_mode & 07777, mode);
}

bool
tu_console_close(volatile sig_atomic_t *ran)
{
	(void)ran;
	raise(SIGHUP);
	return true;
}

void
tu_console_interrupt(volatile sig_atomic_t *ran)
{
	(void)ran;
	raise(SIGINT);
}

char *
tu_site_data(const char *rel)
{
	return tu_srcpath(rel);
}

const char *
tu_drive(void)
{
	return "";
}

char *
tu_native(const char *path)
{
	return xstrdup(path);
}
