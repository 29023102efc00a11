/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd/site: `jagaakun check-site [FILE]`, the validate step of
 * configuration management: the site settings alone, checked against the
 * installed content, every problem as FILE:LINE: MESSAGE.
 */
#include "config.h"
#include "cmd/commands.h"

#include <stdio.h>

#include "base/i18n.h"
#include "model/content.h"
#include "model/site.h"

/* Check the site settings at path (which must exist) against the content
 * in dir: EXIT_OK with a summary, or EXIT_CONTENT / EXIT_SITE. */
static int
site_check(const struct options *opt, const char *path)
{
	struct options named = *opt;
	struct content *c;
	struct site *s;
	const char *shown;

	if ((c = cmd_load_content(opt->content)) == NULL)
		return EXIT_CONTENT;
	named.site = path;	/* named: a missing file is an error */
	s = cmd_load_site(&named, c, &shown);
	content_free(c);
	if (s == NULL)
		return EXIT_SITE;
	printf(_("%s: the site settings are valid: %zu work units, "
	    "%zu contacts, %zu required modules (0: every module).\n"),
	    shown, s->n_units, s->n_contacts, s->n_required);
	site_free(s);
	return EXIT_OK;
}

static int
site_main(const struct options *opt, int argc, char **argv)
{
	int status = cmd_parse_help_only(&cmd_check_site_entry, argc, argv);

	if (status != EXIT_OK)
		return status == CMD_HELP_SHOWN ? EXIT_OK : status;
	if (argc - optind > 1)
		return cmd_unexpected(&cmd_check_site_entry, argv[optind + 1]);
	if (optind < argc)
		return site_check(opt, argv[optind]);
	return site_check(opt, opt->site ? opt->site : SITE_DEFAULT_PATH);
}

static const struct cmd_option site_options[] = {
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_check_site_entry = {
	.name = "check-site",
	/* TRANSLATORS: the operand of check-site: a file. */
	.operands = N_("[FILE]"),
	.summary = N_("check the site settings before deploying them"),
	.about = N_("Check the site settings in FILE (by default the file --site\n"
	    "names, else the installed one) against the installed content.\n"
	    "Print a summary, or every problem as FILE:LINE: MESSAGE; a missing\n"
	    "file is a problem too.  Exit status 0 when valid, 6 when not."),
	.options = site_options,
	.run = site_main,
};
