/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * testutil: scratch files and what the unit tests check in them, the same
 * on every system; making and removing scratch folders and running as
 * another process or user are in testutil_posix.c and testutil_win.c.
 */
#include "config.h"
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "os/fsutil.h"
#include "base/utf8.h"
#include "base/xalloc.h"

void
tu_skip(const char *why)
{
	print_message("# skip: %s\n", why);
	skip();
}

char *
tu_write(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *parent = fs_dirname(path);
	FILE *f;

	fs_mkdir_p(parent, 0700);
	free(parent);
	f = fopen(path, "wb");	/* bytes as given, on Windows too */
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

int
tu_text_width(const char *s, size_t *chars)
{
	size_t n = 0;
	int cols = 0;

	for (size_t i = 0; s[i] != '\0'; n++) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, &cp);
		int w;

		if (len == 0)
			fail_msg("not UTF-8 at byte %zu: \"%s\"", i, s);
		w = tu_wcwidth(cp == '\f' ? ' ' : cp);
		if (w < 0 || cols < 0)
			cols = -1;
		else
			cols += w;
		i += len;
	}
	if (chars != NULL)
		*chars = n;
	return cols;
}
