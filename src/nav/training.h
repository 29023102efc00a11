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

/* The rows of the trainer's menu (NAV_TRAINER), in the order shown. */
enum nav_trainer_row {
	NAV_TRAINER_DEMO,	/* the demo walkthrough */
	NAV_TRAINER_QUIZ,	/* the quiz, anonymous */
	NAV_TRAINER_QUIT,
	NAV_TRAINER_COUNT
};

struct nav_training {
	const struct scenario_set *scenarios;	/* the quiz's (the
						 * caller's); NULL: none */
	uint32_t seed;			/* shuffles the quiz; the caller's */
	struct quiz *quiz;		/* the quiz being taken, owned */
	enum nav_screen quiz_back;	/* where the quiz returns to */
	bool quiz_saved;		/* its result went into the record */
	struct record *sandbox;		/* the demo's record, owned; never
					 * has a path */
};

#endif
