/*
 * cmd_common: what several commands do the same way: load the checklist
 * content and the site settings, printing every problem in them, and
 * write their output to standard output or to a file.
 *
 * Each command then adds its own sentence saying what it did not do, as
 * a whole translatable line.
 */
#include "config.h"
#include "cmd/commands.h"

#include "model/content.h"
#include "base/diag.h"
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

/* Load the site settings and check them against c, printing every
 * problem; NULL when invalid. */
struct site *
cmd_load_site(const struct options *opt, const struct content *c,
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

/* Write to standard output, or atomically to path. */
int
cmd_write(const char *path, fs_writer writer, void *ctx)
{
	if (path != NULL)
		return fs_write_atomic(path, writer, ctx);
	return writer(stdout, ctx);
}
