/*
 * cmd_handout: `jagaakun handout`: the whole checklist with the agency's
 * contacts, as plain text for A4 or as Markdown (handout.h), on standard
 * output or in a file replaced atomically.
 */
#include "config.h"
#include "cmd/commands.h"

#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <string.h>

#include "model/content.h"
#include "os/fsutil.h"
#include "exchange/handout.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "model/site.h"

/* What the command line asked for. */
struct cmd_handout_args {
	const char *output;	/* -o: NULL or "-" for standard output */
	const char *format;	/* -f, or NULL to go by -o's extension */
	const char *platform;	/* -p, or NULL for every platform */
};

/* Print the help of the handout command. */
static void
cmd_handout_usage(void)
{
	printf(_("Usage: %s handout [-f text|md] [-o FILE] [-p PLATFORM]\n"),
	    PACKAGE);
	fputs(_("Print the whole checklist, with the agency's contacts, for a "
	    "training\nhandout.\n\n"
	    "  -f, --format=FORMAT  text (plain text for A4, the default) or md\n"
	    "                       (Markdown); the default follows the\n"
	    "                       extension of -o FILE (.txt or .md)\n"
	    "  -o, --output=FILE    write to FILE instead of standard output\n"
	    "  -p, --platform=NAME  only android, iphone or web (default: all)\n"
	    "  -h, --help           show this help and exit\n"), stdout);
}

/* Parse the command's own options; EXIT_OK, or the status to exit with
 * (-1 for a successful --help). */
static int
cmd_handout_args(int argc, char **argv, struct cmd_handout_args *a)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "platform", required_argument, NULL, 'p' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	optind = 0;	/* restart getopt: main has used it */
	while ((ch = getopt_long(argc, argv, "+f:o:p:h", longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'f': a->format = optarg; break;
		case 'o': a->output = optarg; break;
		case 'p': a->platform = optarg; break;
		case 'h': cmd_handout_usage(); return -1;
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc) {
		fprintf(stderr, _("%s: handout: unexpected argument '%s'\n"),
		    PACKAGE, argv[optind]);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/* Fill the format and the platforms of h from the arguments; EXIT_OK or
 * EXIT_USAGE (with the reason printed). */
static int
cmd_handout_choose(const struct cmd_handout_args *a, struct handout *h)
{
	int fmt = HANDOUT_TEXT, p;

	if (a->format != NULL)
		fmt = handout_format_parse(a->format);
	else if (a->output != NULL && handout_format_of_path(a->output) >= 0)
		fmt = handout_format_of_path(a->output);
	if (fmt < 0) {
		fprintf(stderr, _("%s: handout: unknown format '%s'; use text "
		    "or md\n"), PACKAGE, a->format);
		return EXIT_USAGE;
	}
	h->format = (enum handout_format)fmt;
	if (a->platform == NULL)
		return EXIT_OK;
	p = platform_parse(a->platform);
	if (p < 0) {
		fprintf(stderr, _("%s: handout: unknown platform '%s'; use "
		    "android, iphone or web\n"), PACKAGE, a->platform);
		return EXIT_USAGE;
	}
	h->platforms = 1u << p;
	return EXIT_OK;
}

/* Write the handout for fs_write_atomic. */
static int
cmd_handout_writer(FILE *f, void *ctx)
{
	return handout_write(ctx, f);
}

/* Write the handout where -o says; EXIT_OK or EXIT_FAILURE_IO. */
static int
cmd_handout_output(const char *output, const struct handout *h)
{
	bool to_stdout = output == NULL || strcmp(output, "-") == 0;
	int err;

	if (to_stdout)
		err = handout_write(h, stdout);
	else
		err = fs_write_atomic(output, cmd_handout_writer, (void *)h);
	if (err != 0) {
		fprintf(stderr, _("%s: cannot write the handout to %s: %s\n"),
		    PACKAGE, to_stdout ? _("standard output") : output,
		    strerror(-err));
		return EXIT_FAILURE_IO;
	}
	if (!to_stdout)
		printf(_("Handout written to %s\n"), output);
	return EXIT_OK;
}

/* Run `jagaakun handout`. */
int
cmd_handout(const struct options *opt, int argc, char **argv)
{
	struct cmd_handout_args a = { NULL, NULL, NULL };
	struct handout h = { NULL, NULL, 0, HANDOUT_TEXT, 0 };
	struct content *c;
	struct site *s;
	const char *site_path;
	int status;

	status = cmd_handout_args(argc, argv, &a);
	if (status == EXIT_OK)
		status = cmd_handout_choose(&a, &h);
	if (status != EXIT_OK)
		return status < 0 ? EXIT_OK : status;
	c = cmd_load_content(opt->content);
	if (c == NULL) {
		fprintf(stderr, _("%s: the checklist content in %s is not "
		    "valid; no handout was written.\n"), PACKAGE, opt->content);
		return EXIT_CONTENT;
	}
	s = cmd_load_site(opt, c, &site_path);
	if (s == NULL) {
		fprintf(stderr, _("%s: the site settings in %s are not valid; "
		    "no handout was written.\n"), PACKAGE, site_path);
		content_free(c);
		return EXIT_SITE;
	}
	h.content = c;
	h.site = s;
	h.date = isotime_now();
	status = cmd_handout_output(a.output, &h);
	site_free(s);
	content_free(c);
	return status;
}
