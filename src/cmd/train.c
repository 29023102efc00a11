/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd_train: `jagaakun train`, trainer mode: a menu with the demo
 * walkthrough (the whole checklist on a sandbox record that is never
 * written, for projecting) and the scenario quiz (anonymous: the score
 * is shown, not saved): whole, short, or of one theme.  --count and
 * --theme start such a quiz at once; --in-order keeps the file order;
 * --plain shows it all one line at a time.
 * No record is opened and no file is written.
 */
#include "config.h"
#include "cmd/commands.h"

#include <errno.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "model/quiz.h"

/* CMD_LONG_ONLY itself is --plain (CMD_OPTION_PLAIN). */
enum { TRAIN_OPT_PLAIN = CMD_LONG_ONLY, TRAIN_OPT_IN_ORDER };

/* Say how to get help after a wrong command line; the exit status. */
static int
train_try(void)
{
	fprintf(stderr, _("Try '%s train --help' for more information.\n"),
	    PACKAGE);
	return EXIT_USAGE;
}

/* Parse COUNT for --count: a whole number from 1 to QUIZ_MAX_TOTAL. */
static bool
train_count(const char *s, size_t *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < 1 ||
	    v > QUIZ_MAX_TOTAL)
		return false;
	*out = (size_t)v;
	return true;
}

/* Parse the command's options into p (and --plain into o); EXIT_OK,
 * CMD_HELP_SHOWN, or the status to exit with. */
static int
train_args(int argc, char **argv, struct quiz_plan *p, struct options *o)
{
	struct cmd_parser parser;
	int ch;

	cmd_parser_init(&parser, cmd_train_entry.options,
	    cmd_train_entry.permute);
	while ((ch = cmd_parser_next(&parser, argc, argv)) != -1) {
		switch (ch) {
		case 'n':
			if (train_count(optarg, &p->count))
				break;
			fprintf(stderr, _("%s: train: '%s' is not a number of "
			    "scenarios from 1 to %d\n"), PACKAGE, optarg,
			    QUIZ_MAX_TOTAL);
			return train_try();
		case 't':
			p->theme = optarg;
			break;
		case TRAIN_OPT_IN_ORDER:
			p->in_order = true;
			break;
		case TRAIN_OPT_PLAIN:
			o->plain = true;
			break;
		case 'h':
			cmd_help(&cmd_train_entry, stdout);
			return CMD_HELP_SHOWN;
		default:	/* getopt has said what is wrong */
			return train_try();
		}
	}
	return EXIT_OK;
}

/* Run `jagaakun train`. */
static int
train_main(const struct options *opt, int argc, char **argv)
{
	struct options o = *opt;
	struct quiz_plan plan = { NULL, 0, false, 0 };
	int status = train_args(argc, argv, &plan, &o);

	if (status != EXIT_OK)
		return status == CMD_HELP_SHOWN ? EXIT_OK : status;
	if (optind < argc)
		return cmd_unexpected(&cmd_train_entry, argv[optind]);
	return cmd_checklist_run(&o, &plan);
}

static const struct cmd_option train_options[] = {
	{ 'n', "count", N_("COUNT"), N_("start a quiz of COUNT scenarios at "
	    "once, drawn at\nrandom (none twice); with --theme, of that "
	    "theme") },
	{ 't', "theme", N_("ID"), N_("start the quiz of theme ID at once "
	    "(the themes\nare listed in content.cfg and in the menu)") },
	{ TRAIN_OPT_IN_ORDER, "in-order", NULL, N_("ask the scenarios (and "
	    "their choices) in file\norder instead of at random: the first "
	    "COUNT of them") },
	CMD_OPTION_PLAIN,
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_train_entry = {
	.name = "train",
	.summary = N_("trainer mode: a demo walkthrough and the scenario quiz"),
	.about = N_("Trainer mode, for a training session: a demo walkthrough of "
	    "the whole\nchecklist in a sandbox (press r for the next "
	    "participant) and the scenario\nquiz: whole, short (5 or 10 "
	    "scenarios) or of one theme.  Stopped early,\nthe quiz shows the "
	    "score of those answered.  Nothing is saved and no\nfile is "
	    "written."),
	.options = train_options,
	.run = train_main,
};
