/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * testutil, Windows: scratch folders (made and removed); what needs
 * fork() or another user skips the test.  The rest is in testutil.c.
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
