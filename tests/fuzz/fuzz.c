/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz: the scratch folder, file writing, input splitting and checks the
 * fuzz targets share (see fuzz.h).
 */
#include "config.h"
#include "fuzz.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/text.h"
#include "base/xalloc.h"
#include "os/fsutil.h"

static char *fuzz_scratch;

void
fuzz_fail(const char *file, int line, const char *cond)
{
	fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, cond);
	abort();
}

char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);

	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/* Remove one entry of the scratch folder (nftw, deepest first). */
static int
fuzz_remove(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	remove(path);
	return 0;
}

/* Remove the scratch folder when the process exits. */
static void
fuzz_cleanup(void)
{
	nftw(fuzz_scratch, fuzz_remove, 16, FTW_DEPTH | FTW_PHYS);
	free(fuzz_scratch);
}

const char *
fuzz_dir(void)
{
	const char *tmp = getenv("TMPDIR");

	if (fuzz_scratch != NULL)
		return fuzz_scratch;
	fuzz_scratch = xasprintf("%s/jagaakun-fuzz-%s.XXXXXX",
	    tmp != NULL && tmp[0] == '/' ? tmp : "/tmp", fuzz_name);
	if (mkdtemp(fuzz_scratch) == NULL) {
		fprintf(stderr, "fuzz: cannot make %s: %s\n", fuzz_scratch,
		    strerror(errno));
		exit(1);
	}
	atexit(fuzz_cleanup);
	return fuzz_scratch;
}

char *
fuzz_write(const char *dir, const char *name, const uint8_t *data, size_t size)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *parent = fs_dirname(path);
	int fd;

	fs_mkdir_p(parent, 0700);
	free(parent);
	/* Written over and cut to size, never truncated to nothing first nor
	 * made anew: ext4 flushes a file truncated to nothing when it is
	 * closed (auto_da_alloc) and searches long for an inode after an
	 * unlink, and either makes a run a hundred times slower. */
	fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0 || pwrite(fd, data, size, 0) != (ssize_t)size ||
	    ftruncate(fd, (off_t)size) != 0 || close(fd) != 0) {
		fprintf(stderr, "fuzz: cannot write %s: %s\n", path,
		    strerror(errno));
		exit(1);
	}
	return path;
}

bool
fuzz_file_is(const char *path, const uint8_t *data, size_t size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = xmalloc(size + 1);
	bool same;

	if (f == NULL)
		same = false;
	else {
		/* One byte more than expected shows a longer file. */
		same = fread(buf, 1, size + 1, f) == size &&
		    memcmp(buf, data, size) == 0;
		fclose(f);
	}
	free(buf);
	return same;
}

size_t
fuzz_split(const uint8_t *data, size_t size,
    struct fuzz_part parts[FUZZ_MAX_PARTS])
{
	size_t n = 0;

	for (;;) {
		const uint8_t *sep = memmem(data, size, FUZZ_SEPARATOR,
		    strlen(FUZZ_SEPARATOR));

		/* The last part takes the rest, separators and all. */
		if (sep == NULL || n == FUZZ_MAX_PARTS - 1) {
			parts[n++] = (struct fuzz_part){ data, size };
			return n;
		}
		parts[n++] = (struct fuzz_part){ data, (size_t)(sep - data) };
		size -= (size_t)(sep - data) + strlen(FUZZ_SEPARATOR);
		data = sep + strlen(FUZZ_SEPARATOR);
	}
}

void
fuzz_write_parts(const char *dir, const char *sub,
    const struct fuzz_part *parts, size_t n)
{
	for (size_t i = 0; i < FUZZ_MAX_PARTS; i++) {
		char *name = xasprintf("%s/%zu.cfg", sub, i);
		const struct fuzz_part *p = &parts[i];

		if (i < n)
			free(fuzz_write(dir, name, p->data, p->size));
		else {
			char *path = xasprintf("%s/%s", dir, name);

			unlink(path);
			free(path);
		}
		free(name);
	}
}

void
fuzz_check_refusal(const struct diag *d, const char *dir)
{
	FUZZ_CHECK(d->n > 0);
	FUZZ_CHECK(strncmp(d->msgs[0], dir, strlen(dir)) == 0);
}

void
fuzz_check_verdict(enum reject_reason why, bool read, char *detail)
{
	FUZZ_CHECK(why >= REJECT_OK && why < REJECT_COUNT);
	FUZZ_CHECK((why == REJECT_OK) == read);
	if (detail != NULL) {
		FUZZ_CHECK(why != REJECT_OK);
		FUZZ_CHECK(text_is_utf8(detail));
		FUZZ_CHECK(!text_has_control(detail, NULL));
	}
	free(detail);
}
