/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd_checklist: the checklist and check-content commands: load the
 * content and the site settings, resolve the record's path and hand
 * over to the screens (also for `jagaakun train`, which opens no
 * record).  The quiz scenarios are the trainer's first business, so
 * `train` loads them first too; the checklist leaves them to the
 * screens, which read them when the official first opens the quiz (and
 * say there what is wrong with them): its first screen does not wait for
 * files it does not show.  check-content validates them all.  Both
 * commands' entries are here.
 */
#include "config.h"
#include "cmd/commands.h"

#include <stdlib.h>
#include <unistd.h>

#include "model/content.h"
#include "model/quiz.h"
#include "base/diag.h"
#include "base/i18n.h"
#include "model/record.h"
#include "model/scenario.h"
#include "model/site.h"
#include "plain/plain.h"
#include "ui/ui.h"

/* Load the content in dir, printing every problem; NULL when invalid. */
static struct content *
checklist_load_content(const char *dir)
{
	struct content *c = cmd_load_content(dir);

	if (c == NULL)
		fprintf(stderr, _("%s: the checklist content in %s is not "
		    "valid; nothing was changed.\n"), PACKAGE, dir);
	return c;
}

/* Load the quiz scenarios of the content in dir, printing every
 * problem; NULL when they are not valid. */
static struct scenario_set *
checklist_load_scenarios(const char *dir)
{
	struct scenario_set *set = NULL;
	struct diag d;

	diag_init(&d);
	if (scenario_load(dir, &set, &d) != 0) {
		diag_print(&d, stderr);
		fprintf(stderr, _("%s: the quiz scenarios in %s are not "
		    "valid; nothing was changed.\n"), PACKAGE, dir);
	}
	diag_done(&d);
	return set;
}

/* Validate the content in dir and print a summary or every problem. */
static int
checklist_check(const char *dir)
{
	struct content *c = checklist_load_content(dir);
	struct scenario_set *set;

	if (c == NULL)
		return EXIT_CONTENT;
	printf(_("%s: content version %s is valid: %zu modules, %zu steps.\n"),
	    dir, c->version, c->n_modules, content_step_count(c));
	content_free(c);
	/* The checklist reads them only when the quiz opens, `train` at
	 * once: say now what either would find. */
	if ((set = checklist_load_scenarios(dir)) == NULL)
		return EXIT_CONTENT;
	printf(ngettext("%s: %zu quiz scenario is valid.\n",
	    "%s: %zu quiz scenarios are valid.\n", set->n), dir, set->n);
	scenario_set_free(set);
	return EXIT_OK;
}

/* Load what the screens show into cfg: the content, the site settings
 * and, for the trainer (trainer true), the scenarios; the checklist's
 * screens read those only when the quiz opens.  EXIT_OK, or the exit
 * status with every problem printed (before the terminal is taken
 * over). */
static int
checklist_load(const struct options *opt, bool trainer, struct ui_config *cfg,
    struct content **c, struct site **s, struct scenario_set **set)
{
	const char *site_path;

	if ((*c = checklist_load_content(opt->content)) == NULL)
		return EXIT_CONTENT;
	if (trainer && (*set = checklist_load_scenarios(opt->content)) == NULL)
		return EXIT_CONTENT;
	if ((*s = cmd_load_site(opt, *c, &site_path)) == NULL) {
		fprintf(stderr, _("%s: the site settings in %s are not "
		    "valid; nothing was changed.\n"), PACKAGE, site_path);
		return EXIT_SITE;
	}
	cfg->content = *c;
	cfg->site = *s;
	cfg->scenarios = *set;
	cfg->scenario_dir = trainer ? NULL : opt->content;
	return EXIT_OK;
}

/* Run the screens of cfg: the plain line-by-line mode when asked for, or
 * when the terminal is one curses cannot drive (said once on stderr);
 * the curses screens otherwise. */
static int
checklist_screens(const struct ui_config *cfg, bool plain)
{
	const struct plain_config pc = {
		.content = cfg->content, .site = cfg->site,
		.scenarios = cfg->scenarios, .scenario_dir = cfg->scenario_dir,
		.record_path = cfg->record_path,
		.lang = cfg->lang, .trainer = cfg->trainer, .plan = cfg->plan,
	};

	if (!plain && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) &&
	    !ui_terminal_usable()) {
		const char *term = getenv("TERM");

		fprintf(stderr, _("%s: this terminal (TERM=%s) cannot show the "
		    "full screen; starting the plain mode, one line at a "
		    "time.\n"), PACKAGE, term != NULL ? term : "");
		plain = true;
	}
	return plain ? plain_run(&pc) : ui_checklist_run(cfg);
}

/* Check the theme a trainer asked for against set: EXIT_OK, or
 * EXIT_USAGE after saying which themes there are. */
static int
checklist_check_theme(const struct scenario_set *set, const char *theme)
{
	if (theme == NULL ||
	    (scenario_theme(set, theme) != NULL &&
	    scenario_theme_count(set, theme) > 0))
		return EXIT_OK;
	if (scenario_theme(set, theme) != NULL)
		fprintf(stderr, _("%s: train: the theme '%s' has no "
		    "scenarios.\n"), PACKAGE, theme);
	else
		fprintf(stderr, _("%s: train: there is no theme '%s'.\n"),
		    PACKAGE, theme);
	if (set->n_themes > 0) {
		fprintf(stderr, _("The themes are:"));
		for (size_t i = 0; i < set->n_themes; i++)
			fprintf(stderr, " %s", set->themes[i].id);
		fputc('\n', stderr);
	}
	return EXIT_USAGE;
}

int
cmd_checklist_run(const struct options *opt, const struct quiz_plan *trainer)
{
	struct ui_config cfg = { .lang = opt->lang, .trainer = trainer != NULL,
	    .plan = trainer };
	struct scenario_set *set = NULL;
	struct content *c = NULL;
	struct site *s = NULL;
	char *path = NULL;
	int status;

	status = checklist_load(opt, trainer != NULL, &cfg, &c, &s, &set);
	if (status == EXIT_OK && trainer != NULL)
		status = checklist_check_theme(set, trainer->theme);
	if (status == EXIT_OK && !trainer && opt->record == NULL &&
	    (path = record_default_path()) == NULL) {
		fprintf(stderr, _("%s: cannot tell where to keep the record: "
		    "HOME is not set; use --record FILE.\n"), PACKAGE);
		status = EXIT_USAGE;
	}
	if (status == EXIT_OK) {
		cfg.record_path = opt->record ? opt->record : path;
		status = checklist_screens(&cfg, opt->plain);
	}
	free(path);
	site_free(s);
	scenario_set_free(set);
	content_free(c);
	return status;
}

/* Run the checklist: `jagaakun` with no command. */
static int
checklist_main(const struct options *opt, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cmd_checklist_run(opt, NULL);
}

/* Run `jagaakun check-content [DIR]`: DIR, else the content folder. */
static int
checklist_check_main(const struct options *opt, int argc, char **argv)
{
	int status = cmd_parse_help_only(&cmd_check_content_entry, argc, argv);

	if (status != EXIT_OK)
		return status == CMD_HELP_SHOWN ? EXIT_OK : status;
	if (argc - optind > 1)
		return cmd_unexpected(&cmd_check_content_entry, argv[optind + 1]);
	return checklist_check(optind < argc ? argv[optind] : opt->content);
}

static const struct cmd_option checklist_no_options[] = {
	CMD_OPTION_END
};

const struct cmd_entry cmd_checklist_entry = {
	.name = NULL,
	.summary = N_("run the checklist for the official at this workstation"),
	.options = checklist_no_options,
	.run = checklist_main,
};

static const struct cmd_option checklist_check_options[] = {
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_check_content_entry = {
	.name = "check-content",
	/* TRANSLATORS: the operand of check-content: a folder. */
	.operands = N_("[DIR]"),
	.summary = N_("check checklist content before deploying it"),
	.about = N_("Check checklist content (by default the installed content):\n"
	    "the modules and the quiz scenarios.  Print a summary, or every\n"
	    "problem as FILE:LINE: MESSAGE."),
	.options = checklist_check_options,
	.run = checklist_check_main,
};
