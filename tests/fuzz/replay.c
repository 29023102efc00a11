/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * replay: a fuzz target's corpus fed to it once, for make check, with
 * the ordinary compiler and no libFuzzer (see fuzz.h).
 *
 *	replay_NAME [FILE|FOLDER]...
 *
 * Without arguments it reads $srcdir/tests/fuzz/corpus/NAME.  It prints
 * TAP, one test a file; a broken check aborts, and the comment before
 * says which file did it.
 */
#include "config.h"
#include "fuzz.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/xalloc.h"

/* Read the whole file at path into a buffer of exactly its size, so the
 * sanitizers see any read past its end; NULL when unreadable. */
static uint8_t *
replay_read(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	long len;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0) {
		buf = xmalloc(len > 0 ? (size_t)len : 1);
		if (fread(buf, 1, (size_t)len, f) != (size_t)len) {
			free(buf);
			buf = NULL;
		}
		*size = (size_t)len;
	}
	fclose(f);
	return buf;
}

/* Feed the file at path to the target as test number n. */
static bool
replay_file(const char *path, int n)
{
	size_t size;
	uint8_t *data = replay_read(path, &size);

	if (data == NULL) {
		printf("not ok %d - %s: %s\n", n, path, strerror(errno));
		return false;
	}
	printf("# %s\n", path);
	fflush(stdout);
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	printf("ok %d - %s\n", n, path);
	return true;
}

/* Skip hidden files, "." and "..". */
static int
replay_visible(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* The files at path: itself, or a folder's visible files sorted by
 * name; *n gets how many (0 when there is no such file). */
static char **
replay_list(const char *path, size_t *n)
{
	struct dirent **v;
	struct stat st;
	char **files;
	int k;

	*n = 0;
	if (stat(path, &st) != 0)
		return NULL;
	if (!S_ISDIR(st.st_mode)) {
		files = xmalloc(sizeof *files);
		files[(*n)++] = xstrdup(path);
		return files;
	}
	if ((k = scandir(path, &v, replay_visible, alphasort)) < 0)
		return NULL;
	files = xcalloc((size_t)k + 1, sizeof *files);
	for (int i = 0; i < k; i++) {
		files[(*n)++] = xasprintf("%s/%s", path, v[i]->d_name);
		free(v[i]);
	}
	free(v);
	return files;
}

int
main(int argc, char **argv)
{
	const char *srcdir = getenv("srcdir");
	char *deflt = xasprintf("%s/tests/fuzz/corpus/%s",
	    srcdir != NULL ? srcdir : ".", fuzz_name);
	char **args = argc > 1 ? argv + 1 : &deflt;
	int nargs = argc > 1 ? argc - 1 : 1, tests = 0, failed = 0;

	for (int a = 0; a < nargs; a++) {
		size_t n;
		char **files = replay_list(args[a], &n);

		if (n == 0) {
			printf("not ok %d - %s: no such file\n", ++tests,
			    args[a]);
			failed++;
		}
		for (size_t i = 0; i < n; i++) {
			if (!replay_file(files[i], ++tests))
				failed++;
			free(files[i]);
		}
		free(files);
	}
	printf("1..%d\n", tests);
	free(deflt);
	return failed > 0;
}
