/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * plain: the checklist as a scrolling transcript, for a screen reader
 * and for terminals curses cannot drive (jagaakun --plain, and TERM=dumb
 * or an unknown terminal).  A second front end over the navigation the
 * curses screens use (nav/nav.h): each screen is printed once as
 * sentences, then a numbered or lettered choice is read from a line of
 * input.  No escape sequence, no colour, no cursor movement; input may
 * come from a terminal or a pipe, and its end saves and quits.
 */
#ifndef JAGAAKUN_PLAIN_H
#define JAGAAKUN_PLAIN_H

#include <stdbool.h>

struct content;
struct quiz_plan;
struct scenario_set;
struct site;

/* What the plain mode runs on (the fields of ui/ui.h's ui_config). */
struct plain_config {
	const struct content *content;	/* loaded and valid */
	const struct site *site;	/* the agency's settings; NULL: none */
	const struct scenario_set *scenarios;	/* the quiz's; NULL: none,
						 * or read later from: */
	const char *scenario_dir;	/* the content folder whose scenarios
					 * are read when the quiz first opens
					 * (with scenarios NULL); NULL: none */
	const char *record_path;	/* unused in trainer mode */
	const char *lang;		/* "id"/"en" from --lang, or NULL */
	bool trainer;			/* jagaakun train: the trainer's menu,
					 * no record, nothing written */
	const struct quiz_plan *plan;	/* the trainer's command line (a
					 * quiz to start at once, the order);
					 * NULL: none */
};

/*
 * Run the checklist (or the trainer's menu) reading lines from standard
 * input and printing to standard output; returns the exit status
 * (base/exitstatus.h): EXIT_OK when the official quits or the input
 * ends (progress saved), EXIT_FAILURE_IO when the record could not be
 * used or saved, EXIT_LOCKED when it is open in another jagaakun.
 * i18n_init() must have been called.
 */
int plain_run(const struct plain_config *cfg);

#endif
