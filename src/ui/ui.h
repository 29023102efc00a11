/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * ui: the interactive checklist on a terminal (ncursesw).
 */
#ifndef JAGAAKUN_UI_H
#define JAGAAKUN_UI_H

#include <stdbool.h>

struct content;
struct quiz_plan;
struct scenario_set;
struct site;

struct ui_config {
	const struct content *content;	/* loaded and valid */
	const struct site *site;	/* the agency's settings; NULL: none */
	const struct scenario_set *scenarios;	/* the quiz's; NULL: none,
						 * or read later from: */
	const char *scenario_dir;	/* the content folder whose scenarios
					 * are read when the quiz first opens
					 * (with scenarios NULL); NULL: none */
	const char *record_path;	/* where the record lives; unused in
					 * trainer mode */
	const char *lang;		/* "id"/"en" from --lang, or NULL */
	bool trainer;			/* jagaakun train: the trainer's menu
					 * (demo walkthrough, quiz); no record
					 * is opened and nothing is written */
	const struct quiz_plan *plan;	/* the trainer's command line (a
					 * quiz to start at once, the order);
					 * NULL: none */
};

/*
 * Run the interactive checklist, or the trainer's menu; returns the exit
 * status (base/exitstatus.h): EXIT_OK when done, EXIT_FAILURE_IO when the
 * record could not be used or saved, EXIT_USAGE with no usable terminal,
 * EXIT_LOCKED when the record is open in another jagaakun, EXIT_SIGNAL + N
 * after signal N (progress saved first).  i18n_init() must have been
 * called.
 */
int ui_checklist_run(const struct ui_config *cfg);

/* Say whether the terminal TERM names is known and can move the cursor
 * (TERM=dumb cannot), without writing anything to it: when it is not,
 * the plain line-by-line mode (plain/plain.h) runs instead. */
bool ui_terminal_usable(void);

#endif
