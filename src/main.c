/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * jagaakun: guide an official through securing their accounts and
 * record what was done.  This file only parses the options given before
 * the command and hands over to the command, found in the table of
 * commands (cmd/commands.h).
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/commands.h"
#include "base/i18n.h"
#include "os/fsutil.h"

/* Print the --version text. */
static void
version(void)
{
	printf("%s %s\n", PACKAGE, VERSION);
	puts("Copyright (C) 2026 The jagaakun authors");
	fputs(_("License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "This is free software: you are free to change and redistribute it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n"), stdout);
}

/* Turn a failed write to standard output into a failed run. */
static void
close_stdout(void)
{
	if (ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: %s: %s\n", PACKAGE, _("write error"),
		    strerror(errno ? errno : EIO));
		_exit(EXIT_FAILURE_IO);
	}
}

/* Say how to get help after a wrong command line. */
static int
usage_error(void)
{
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE);
	return EXIT_USAGE;
}

/* The content folder: option, then JAGAAKUN_CONTENT, then the built-in one. */
static const char *
content_dir(const char *option)
{
	const char *env = getenv("JAGAAKUN_CONTENT");

	if (option)
		return option;
	return env && *env ? env : fs_program_path(CONTENTDIR);
}

/* Parse the options before the command into *opt; EXIT_OK with optind
 * at the command, CMD_HELP_SHOWN after --help or --version, or the
 * status to exit with. */
static int
main_options(int argc, char **argv, struct options *opt)
{
	struct cmd_parser p;
	int ch;

	cmd_parser_init(&p, cmd_program_options, false);
	while ((ch = cmd_parser_next(&p, argc, argv)) != -1) {
		switch (ch) {
		case 'r': opt->record = optarg; break;
		case 'c': opt->content = optarg; break;
		case 's': opt->site = optarg; cmd_set_help_site(optarg); break;
		case 'l':
			if (!i18n_set_language(optarg)) {
				fprintf(stderr, _("%s: unknown language '%s'; use id or en\n"),
				    PACKAGE, optarg);
				return usage_error();
			}
			opt->lang = i18n_language();
			break;
		case CMD_LONG_ONLY: opt->plain = true; break;
		case 'h': cmd_program_help(stdout); return CMD_HELP_SHOWN;
		case 'V': version(); return CMD_HELP_SHOWN;
		default: return usage_error();
		}
	}
	opt->content = content_dir(opt->content);
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	struct options opt = { NULL, NULL, NULL, NULL, false };
	const struct cmd_entry *e;
	const char *command;
	int status;

	i18n_init(fs_program_path(LOCALEDIR));
	atexit(close_stdout);
	if ((status = main_options(argc, argv, &opt)) != EXIT_OK)
		return status == CMD_HELP_SHOWN ? EXIT_OK : status;
	command = optind < argc ? argv[optind] : NULL;
	if ((e = cmd_find(command)) == NULL) {
		fprintf(stderr, _("%s: unknown command '%s'\n"), PACKAGE, command);
		return usage_error();
	}
	return e->run(&opt, argc - optind, argv + optind);
}
