/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * testutil: scratch folders and files for the unit tests.
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

char *
tu_write(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *parent = fs_dirname(path);
	FILE *f;

	fs_mkdir_p(parent, 0700);
	free(parent);
	f = fopen(path, "w");
	if (f == NULL)
		fail_msg("cannot write %s: %s", path, strerror(errno));
	fputs(text, f);
	fclose(f);
	return path;
}

char *
tu_read(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL)
		return NULL;
	do {
		buf = xgrow(buf, &cap, len + 4096, 1);
		n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
	} while (n > 0);
	buf[len] = '\0';
	fclose(f);
	return buf;
}

char *
tu_srcpath(const char *rel)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/%s", top && *top ? top : "..", rel);
}

const char *
tu_rel(const char *dir, const char *path)
{
	size_t n = strlen(dir);

	assert_memory_equal(path, dir, n);
	assert_int_equal(path[n], '/');
	return path + n + 1;
}

int
tu_count_entries(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strncmp(e->d_name, prefix, strlen(prefix)) == 0)
			n++;
	closedir(d);
	return n;
}

void
tu_assert_diags(const struct diag *d, const char *path,
    const struct tu_diag *want, size_t n)
{
	if (d->n != n)
		diag_print(d, stderr);
	assert_int_equal(d->n, n);
	for (size_t i = 0; i < n; i++) {
		char *prefix = xasprintf("%s:%d: ", path, want[i].line);

		if (strncmp(d->msgs[i], prefix, strlen(prefix)) != 0 ||
		    strstr(d->msgs[i], want[i].text) == NULL)
			fail_msg("message %zu: got \"%s\", want line %d and \"%s\"",
			    i, d->msgs[i], want[i].line, want[i].text);
		free(prefix);
	}
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
