/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * training: the scenario quiz and trainer mode (nav/training.c).  An
 * official takes the quiz from the module list and the result goes into
 * their record; `jagaakun train` opens a menu instead, with the quiz
 * taken anonymously and the demo walkthrough, which runs the whole
 * checklist on a sandbox record of the navigation's own.
 */
#ifndef JAGAAKUN_NAV_TRAINING_H
#define JAGAAKUN_NAV_TRAINING_H

#include <stdbool.h>
#include <stdint.h>
#include "model/quiz.h"
#include "model/record.h"
#include "model/scenario.h"
#include "nav/screen.h"

#define NAV_DEMO_NIP	"199001012020121001"	/* the sandbox official's */

#define NAV_QUIZ_SHORT	5	/* scenarios in the trainer's short quiz */
#define NAV_QUIZ_MEDIUM	10	/* and in the longer one */

/* The rows of the trainer's menu (NAV_TRAINER), in the order shown. */
enum nav_trainer_row {
	NAV_TRAINER_DEMO,	/* the demo walkthrough */
	NAV_TRAINER_QUIZ,	/* the whole quiz, anonymous */
	NAV_TRAINER_SHORT,	/* NAV_QUIZ_SHORT scenarios at random */
	NAV_TRAINER_MEDIUM,	/* NAV_QUIZ_MEDIUM scenarios at random */
	NAV_TRAINER_THEMES,	/* the scenarios of one theme (NAV_THEMES) */
	NAV_TRAINER_QUIT,
	NAV_TRAINER_COUNT
};

/* The name of the trainer menu's row (translated), and what it is, the
 * same words for every front end: a short quiz's count and whether it
 * is drawn at random or in file order (n's plan); "" for none.  The
 * caller frees what nav_trainer_row_about returns. */
const char *nav_trainer_row_name(enum nav_trainer_row row);
struct nav;
char *nav_trainer_row_about(const struct nav *n, enum nav_trainer_row row);

struct nav_training {
	const struct scenario_set *scenarios;	/* the quiz's (the
						 * caller's); NULL: none */
	/* The caller reads the scenarios only when the quiz first opens:
	 * until then a quiz asks for them (NAV_LOAD_SCENARIOS).  Broken:
	 * they could not be read; the quiz then says so and asks nothing
	 * (the caller keeps and shows the problems). */
	bool scenarios_later;
	bool scenarios_broken;
	struct {			/* the quiz waiting for them */
		enum nav_screen back;
		const char *theme;
		size_t count;
	} asked;
	uint32_t seed;			/* shuffles the quiz; the caller's */
	/* The trainer's command line (jagaakun train): a theme or a count
	 * starts that quiz at once; in_order keeps every quiz in file
	 * order.  Its seed is unused: each quiz takes the next seed. */
	struct quiz_plan plan;
	struct quiz *quiz;		/* the quiz being taken, owned */
	enum nav_screen quiz_back;	/* where the quiz returns to */
	size_t quiz_row;		/* and the row selected there */
	bool quiz_saved;		/* its result went into the record */
	bool quiz_stopped;		/* stopped before the end: the score
					 * is of those answered */
	struct record *sandbox;		/* the demo's record, owned; never
					 * has a path */
};

/* After NAV_LOAD_SCENARIOS: the scenarios read (the caller's, kept until
 * nav_done), or NULL when they could not be; the quiz asked for then
 * starts, or shows that there is none.  Returns NAV_ flags. */
unsigned nav_training_scenarios_read(struct nav *n,
    const struct scenario_set *set);

#endif
