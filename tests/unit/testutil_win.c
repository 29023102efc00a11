/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * testutil, Windows: the same helpers as testutil.c where Windows has
 * them (folders, files, messages); what needs fork() or another user
 * skips the test.
 */
#include "config.h"
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/diag.h"
#include "os/fsutil.h"
#include "base/xalloc.h"

char *
tu_tempdir(void)
{
	static unsigned serial;

	for (int i = 0; i < 100; i++) {
		char *dir = xasprintf("%s/jagaakun-test.%lu.%u", fs_temp_dir(),
		    (unsigned long)getpid(), serial++);

		if (mkdir(dir) == 0)
			return dir;
		free(dir);
	}
	fail_msg("cannot make a temp folder: %s", strerror(errno));
	return NULL;
}

void
tu_rmtree(const char *dir)
{
	DIR *d;
	struct dirent *e;
	struct stat st;

	if (dir == NULL || (d = opendir(dir)) == NULL) {
		if (dir != NULL)
			remove(dir);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		char *path;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			tu_rmtree(path);
		else
			remove(path);
		free(path);
	}
	closedir(d);
	rmdir(dir);
}

char *
tu_write(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *parent = fs_dirname(path);
	FILE *f;

	fs_mkdir_p(parent, 0700);
	free(parent);
	f = fopen(path, "wb");
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
	skip();
}

struct tu_child
tu_child_start(int (*fn)(void *), void *arg)
{
	struct tu_child c = { 0, -1 };

	(void)fn;
	(void)arg;
	skip();
	return c;
}

int
tu_child_wait(struct tu_child c)
{
	(void)c;
	skip();
	return -1;
}

int
tu_as_other_user(int (*fn)(void *), void *arg)
{
	(void)fn;
	(void)arg;
	skip();
	return -1;
}
