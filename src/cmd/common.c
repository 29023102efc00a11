/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd_common: what several commands do the same way: load the checklist
 * content and the site settings, printing every problem in them, and
 * write their output to standard output or to what -o names.
 *
 * Each command then adds its own sentence saying what it did not do, as
 * a whole translatable line.
 */
#include "config.h"
#include "cmd/commands.h"

#include <errno.h>
#include <string.h>

#include "model/content.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "model/site.h"
#include "os/fsutil.h"

/* Load the content in dir, printing every problem; NULL when invalid. */
struct content *
cmd_load_content(const char *dir)
{
	struct content *c = NULL;
	struct diag d;

	diag_init(&d);
	if (content_load(dir, &c, &d) != 0)
		diag_print(&d, stderr);
	diag_done(&d);
	return c;
}

/* Load the site settings and check them against c (which learns the
 * accounts they require), printing every problem; NULL when invalid. */
struct site *
cmd_load_site(const struct options *opt, struct content *c,
    const char **path)
{
	struct site *s = NULL;
	struct diag d;
	int rc;

	*path = opt->site ? opt->site : SITE_DEFAULT_PATH;
	diag_init(&d);
	rc = site_load(*path, opt->site != NULL, &s, &d);
	if (rc == 0)
		rc = site_check_modules(s, c, &d);
	if (rc != 0) {
		diag_print(&d, stderr);
		site_free(s);
		s = NULL;
	}
	diag_done(&d);
	return s;
}

/* Say whether a -o FILE means standard output. */
bool
cmd_output_is_stdout(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0 ||
	    strcmp(path, "/dev/stdout") == 0;
}

/* Write to standard output, or to what path names. */
int
cmd_write(const char *path, unsigned flags, fs_writer writer, void *ctx)
{
	int err;

	if (!cmd_output_is_stdout(path))
		return fs_write_output(path, flags, writer, ctx);
	err = writer(stdout, ctx);
	if (err == 0 && fflush(stdout) != 0)
		err = -errno;
	if (err == 0 && ferror(stdout))
		err = -EIO;
	return err;
}

/* Say why path was not replaced, when err is that refusal. */
void
cmd_write_refused(const char *path, int err)
{
	if (err == -EEXIST)
		fprintf(stderr, _("%s: %s is a link, a folder, a device or another "
		    "user's file, and jagaakun replaces only a regular file of "
		    "your own; remove it or choose another name.\n"), PACKAGE,
		    path);
}
