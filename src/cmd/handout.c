/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd_handout: `jagaakun handout`: the whole checklist with the agency's
 * contacts, or (-q) the quick card, as plain text for A4, Markdown or
 * HTML (handout.h), on standard output or in a file replaced atomically.
 */
#include "config.h"
#include "cmd/commands.h"

#include <errno.h>
#include <stdbool.h>
#include <string.h>

#include "model/content.h"
#include "exchange/handout.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "model/site.h"

/* What the command line asked for. */
struct cmd_handout_args {
	const char *output;	/* -o: NULL or "-" for standard output */
	const char *format;	/* -f, or NULL to go by -o's extension */
	const char *platform;	/* -p, or NULL for every platform */
	bool quick;		/* -q: the quick card */
};

/* Parse the command's own options; EXIT_OK, CMD_HELP_SHOWN, or the status
 * to exit with. */
static int
cmd_handout_args(int argc, char **argv, struct cmd_handout_args *a)
{
	struct cmd_parser p;
	int ch;

	cmd_parser_init(&p, cmd_handout_entry.options, cmd_handout_entry.permute);
	while ((ch = cmd_parser_next(&p, argc, argv)) != -1) {
		switch (ch) {
		case 'f': a->format = optarg; break;
		case 'o': a->output = optarg; break;
		case 'p': a->platform = optarg; break;
		case 'q': a->quick = true; break;
		case 'h': cmd_help(&cmd_handout_entry, stdout); return CMD_HELP_SHOWN;
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cmd_unexpected(&cmd_handout_entry, argv[optind]);
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
		fprintf(stderr, _("%s: handout: unknown format '%s'; use text, "
		    "md or html\n"), PACKAGE, a->format);
		return EXIT_USAGE;
	}
	h->format = (enum handout_format)fmt;
	h->quick = a->quick;
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

/* fs_writer: the handout in ctx. */
static int
cmd_handout_writer(FILE *f, void *ctx)
{
	return handout_write(ctx, f);
}

/* Write the handout where -o says; EXIT_OK or EXIT_FAILURE_IO. */
static int
cmd_handout_output(const char *output, const struct handout *h)
{
	bool to_stdout = cmd_output_is_stdout(output);
	int err;

	err = cmd_write(output, 0, cmd_handout_writer, (void *)h);
	if (err != 0) {
		fprintf(stderr, _("%s: cannot write the handout to %s: %s\n"),
		    PACKAGE, to_stdout ? _("standard output") : output,
		    strerror(-err));
		cmd_write_refused(output, err);
		return EXIT_FAILURE_IO;
	}
	if (!to_stdout)
		printf(_("Handout written to %s\n"), output);
	return EXIT_OK;
}

/* Run `jagaakun handout`. */
static int
cmd_handout(const struct options *opt, int argc, char **argv)
{
	struct cmd_handout_args a = { NULL, NULL, NULL, false };
	struct handout h = { NULL, NULL, 0, HANDOUT_TEXT, 0, false };
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

static const struct cmd_option cmd_handout_options[] = {
	{ 'f', "format", N_("FORMAT"), N_("text (plain text for A4, the default),\n"
	    "md (Markdown) or html (one file to print\nor open in a browser); "
	    "the default follows\nthe extension of -o FILE (.txt, .md, .html)") },
	{ 'o', "output", N_("FILE"), N_("write to FILE instead of standard "
	    "output") },
	{ 'p', "platform", N_("NAME"), N_("only android, iphone or web "
	    "(default: all)") },
	{ 'q', "quick", NULL, N_("the quick card: the essential steps and the\n"
	    "agency's numbers on one or two pages") },
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_handout_entry = {
	.name = "handout",
	.summary = N_("print the whole checklist for a training handout"),
	.about = N_("Print the whole checklist, with the agency's contacts, for "
	    "a training\nhandout, or (-q) the quick card: the essential steps "
	    "on one or two pages."),
	.options = cmd_handout_options,
	.run = cmd_handout,
};
