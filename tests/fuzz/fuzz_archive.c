/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_archive: archives of reports from other offices (arcread.h), each
 * report entry then read as collect reads it (report_parse).
 *
 * Checked: every entry handed over stays inside the archive (no
 * absolute path, no ".." part), has no hidden part, a wanted base name
 * and at most max_entry bytes with a NUL after them; every problem is in
 * range, names an entry except for a bomb or a damaged archive, and
 * nothing is reported after the archive is given up; each entry's
 * verdict from report_parse is one a reader may give.
 */
#include "config.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "base/jdoc.h"
#include "exchange/report.h"
#include "os/arcread.h"

const char fuzz_name[] = "archive";

/* Small, so that the size limit is reached often. */
#define FUZZ_ARCHIVE_MAX 4096

static struct jdoc *fuzz_archive_work;
static bool fuzz_archive_over;	/* the archive was given up */

static bool
fuzz_archive_wanted(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

/* Check that no part of path is "..", nor hidden, and that it is not
 * absolute. */
static void
fuzz_archive_check_path(const char *path)
{
	const char *p = path;

	FUZZ_CHECK(p[0] != '/' && p[0] != '\\');
	while (*p != '\0') {
		size_t n = strcspn(p, "/\\");

		FUZZ_CHECK(!(n == 2 && p[0] == '.' && p[1] == '.'));
		FUZZ_CHECK(!(n > 1 && p[0] == '.'));
		p += n;
		if (*p != '\0')
			p++;
	}
}

static void
fuzz_archive_entry(void *ctx, const char *name, char *data, size_t len)
{
	const char *base = strrchr(name, '/');
	struct report *r = NULL;
	char *detail = NULL;
	enum reject_reason why;

	(void)ctx;
	FUZZ_CHECK(!fuzz_archive_over);
	fuzz_archive_check_path(name);
	FUZZ_CHECK(fuzz_archive_wanted(base != NULL ? base + 1 : name));
	FUZZ_CHECK(!arc_is_archive_name(base != NULL ? base + 1 : name));
	FUZZ_CHECK(len <= FUZZ_ARCHIVE_MAX);
	FUZZ_CHECK(data[len] == '\0');
	why = report_parse(fuzz_archive_work, data, len, &r, &detail);
	fuzz_check_verdict(why, r != NULL, detail);
	report_free(r);
	free(data);
}

static void
fuzz_archive_problem(void *ctx, const char *name, enum arc_problem what,
    const char *detail)
{
	(void)ctx;
	(void)detail;
	FUZZ_CHECK(!fuzz_archive_over);
	FUZZ_CHECK(what >= ARC_OUTSIDE && what <= ARC_DAMAGED);
	FUZZ_CHECK((name == NULL) == (what == ARC_BOMB || what == ARC_DAMAGED));
	if (name == NULL)
		fuzz_archive_over = true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct arc_visitor v = { fuzz_archive_wanted, fuzz_archive_entry,
	    fuzz_archive_problem, NULL, FUZZ_ARCHIVE_MAX };

	if (fuzz_archive_work == NULL)
		fuzz_archive_work = jdoc_new();
	fuzz_archive_over = false;
	arc_read_memory(data, size, &v);
	return 0;
}
