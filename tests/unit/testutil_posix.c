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
#include <ftw.h>
#include <grp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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
