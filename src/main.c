/*
 * jagaakun: guide an official through securing their WhatsApp account and
 * record what was done.  This file only parses the command line and hands
 * over to a command (commands.h).
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/commands.h"
#include "base/i18n.h"

/* Print the --help text.  Each paragraph is one translatable string. */
static void
usage(void)
{
	printf(_("Usage: %s [OPTION]... [COMMAND [ARG]...]\n"), PACKAGE);
	fputs(_("Guide an official, step by step, through securing their WhatsApp\n"
	    "account, and record each step on this workstation.\n\n"), stdout);
	fputs(_("Commands:\n"
	    "  (none)               run the checklist for the official at this workstation\n"
	    "  check-content [DIR]  check checklist content before deploying it\n"
	    "  report [-f FORMAT] [-o FILE]\n"
	    "                       export this official's compliance report\n"
	    "  collect [-f FORMAT] [-o FILE] PATH...\n"
	    "                       summarise many report files (for IT officers)\n"
	    "  handout [-f text|md] [-o FILE]\n"
	    "                       print the whole checklist for a training handout\n"
	    "  train                trainer mode: a demo walkthrough and the scenario quiz\n\n"), stdout);
	fputs(_("Options:\n"
	    "  -r, --record=FILE    keep the record in FILE instead of the default\n"
	    "                       ($XDG_STATE_HOME/jagaakun/record.cfg)\n"
	    "  -c, --content=DIR    read the checklist content from DIR\n"
	    "  -l, --lang=LANG      language: id (Bahasa Indonesia, the default) or en\n"
	    "  -s, --site=FILE      read the agency's settings from FILE\n"
	    "                       (default /etc/jagaakun/site.cfg)\n"
	    "  -h, --help           show this help and exit\n"
	    "  -V, --version        show the version and exit\n\n"), stdout);
	fputs(_("Exit status:\n"
	    "  0  success\n"
	    "  1  a file could not be read or written\n"
	    "  2  wrong command line, or no usable terminal\n"
	    "  3  the checklist content is not valid\n"
	    "  4  the record is open in another jagaakun\n"
	    "  5  collect: some files were rejected (the summary covers the rest)\n"
	    "  6  the site settings are not valid\n\n"), stdout);
	printf(_("Report bugs to: %s\n"), PACKAGE_BUGREPORT);
}

/* Print the --version text. */
static void
version(void)
{
	printf("%s %s\n", PACKAGE, VERSION);
	fputs(_("License: GPL-3.0-or-later.  There is NO WARRANTY, to the extent "
	    "permitted by law.\n"), stdout);
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
	return env && *env ? env : CONTENTDIR;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "record", required_argument, NULL, 'r' },
		{ "content", required_argument, NULL, 'c' },
		{ "lang", required_argument, NULL, 'l' },
		{ "site", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct options opt = { NULL, NULL, NULL, NULL };
	const char *command;
	int ch;

	i18n_init(LOCALEDIR);
	atexit(close_stdout);
	while ((ch = getopt_long(argc, argv, "+r:c:l:s:hV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'r': opt.record = optarg; break;
		case 'c': opt.content = optarg; break;
		case 's': opt.site = optarg; break;
		case 'l':
			if (!i18n_set_language(optarg)) {
				fprintf(stderr, _("%s: unknown language '%s'; use id or en\n"),
				    PACKAGE, optarg);
				return usage_error();
			}
			opt.lang = i18n_language();
			break;
		case 'h': usage(); return EXIT_OK;
		case 'V': version(); return EXIT_OK;
		default: return usage_error();
		}
	}
	opt.content = content_dir(opt.content);
	command = optind < argc ? argv[optind] : NULL;
	if (command == NULL)
		return cmd_checklist(&opt);
	if (strcmp(command, "check-content") == 0 && argc - optind <= 2)
		return cmd_check_content(optind + 1 < argc ? argv[optind + 1] : opt.content);
	if (strcmp(command, "report") == 0)
		return cmd_report(&opt, argc - optind, argv + optind);
	if (strcmp(command, "collect") == 0)
		return cmd_collect(&opt, argc - optind, argv + optind);
	if (strcmp(command, "handout") == 0)
		return cmd_handout(&opt, argc - optind, argv + optind);
	if (strcmp(command, "train") == 0)
		return cmd_train(&opt, argc - optind, argv + optind);
	fprintf(stderr, _("%s: unknown command '%s'\n"), PACKAGE, command);
	return usage_error();
}
