/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * quiz: one run of the scenario quiz, as a pure model the trainer's
 * screen drives, and its result as the record and the report keep it.
 *
 * A quiz walks over a scenario set, in file order or shuffled by a seed
 * the caller gives (the same seed gives the same order, so tests and
 * repeated sessions are reproducible).  Shuffling also shuffles the order
 * of each scenario's choices, so that a second run cannot be passed by
 * remembering positions.  The screen shows quiz_current(), lists the
 * choices through quiz_choice() (display order), calls quiz_answer() with
 * the index the official picked, shows the feedback, then quiz_next().
 * When quiz_is_done(), quiz_finish() gives the result to save; a quiz
 * stopped early gives a partial one (what was answered so far).
 *
 * A trainer may ask fewer scenarios than the set holds (quiz_plan): those
 * of one theme, and at most a number of them.  Shuffled, they are drawn
 * at random without repeats; in order, they are the first ones in file
 * order.
 */
#ifndef JAGAAKUN_QUIZ_H
#define JAGAAKUN_QUIZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include "model/scenario.h"

#define QUIZ_MAX_TOTAL 1000	/* scenarios one result may count */

/* The outcome of a quiz, finished or stopped: what a record and a
 * report keep (the latest one per official). */
struct quiz_result {
	unsigned score;		/* scenarios answered right */
	unsigned total;		/* scenarios the quiz was to ask;
				 * 1..QUIZ_MAX_TOTAL */
	time_t time;		/* when it was finished or stopped */
	char **missed;		/* ids of those answered wrong, in the order */
	size_t n_missed;	/* asked; always answered - score */
	unsigned answered;	/* those answered: total when finished,
				 * 1..total - 1 when stopped early (a file
				 * written before it had none: total) */
	char **asked;		/* ids of those answered, in the order asked */
	size_t n_asked;		/* answered; 0 in a file written before */
};

/* Which scenarios a quiz asks, and in what order. */
struct quiz_plan {
	const char *theme;	/* only this theme's (scenario.h); NULL: all */
	size_t count;		/* at most this many; 0: all of them */
	bool in_order;		/* file order, choices too; else shuffled */
	uint32_t seed;		/* the shuffle's */
};

/* What is wrong with a result read from a file. */
enum quiz_problem {
	QUIZ_OK,
	QUIZ_BAD_TOTAL,		/* total not in 1..QUIZ_MAX_TOTAL */
	QUIZ_BAD_SCORE,		/* score larger than total */
	QUIZ_BAD_MISSED,	/* not answered - score ids, a malformed id,
				 * or one id twice */
	QUIZ_BAD_ANSWERED,	/* answered not in 1..total, or fewer than
				 * score */
	QUIZ_BAD_ASKED,		/* not answered ids (nor none), a malformed
				 * id, one id twice, or a missed id not
				 * among them */
};

struct quiz;

/*
 * Start a quiz over set (as scenario_load gives it: at most
 * SCENARIO_MAX_CHOICES choices each), which must outlive the quiz.
 * shuffle false keeps the file order of scenarios and choices; true
 * shuffles both with seed.  An empty set gives a quiz that is done at
 * once with nothing to finish.
 */
struct quiz *quiz_new(const struct scenario_set *set, bool shuffle,
    uint32_t seed);

/* Start a quiz over the scenarios of set that plan p picks (an unknown
 * theme picks none): quiz_new asks all of them. */
struct quiz *quiz_start(const struct scenario_set *set,
    const struct quiz_plan *p);
void quiz_free(struct quiz *q);

/* The scenario being asked, or NULL after the last quiz_next(). */
const struct scenario *quiz_current(const struct quiz *q);

/* Choice i (0-based, display order) of the current scenario; NULL when i
 * is out of range or there is no current scenario.  Its count is
 * quiz_current(q)->n_choices. */
const struct scenario_choice *quiz_choice(const struct quiz *q, size_t i);

/*
 * Answer the current scenario with choice i (display order).  Returns 1
 * when it is the right one, 0 when not, -EINVAL when i is out of range,
 * -EALREADY when the current scenario was already answered (or there is
 * none).  The answer stays shown until quiz_next().
 */
int quiz_answer(struct quiz *q, size_t i);

/* The display index the official gave for the current scenario, or -1
 * while it is unanswered. */
int quiz_given(const struct quiz *q);

/* The display index of the current scenario's right choice, or -1 when
 * there is no current scenario. */
int quiz_right(const struct quiz *q);

/* Move past the answered current scenario; false (and no move) while it
 * is unanswered or when there is none. */
bool quiz_next(struct quiz *q);

/* Where the quiz is, for "3/15": *number is the 1-based position of the
 * current scenario (total once past the last), *total the count. */
void quiz_progress(const struct quiz *q, size_t *number, size_t *total);

/* Right answers so far. */
size_t quiz_score(const struct quiz *q);

/* True when every scenario has been answered. */
bool quiz_is_done(const struct quiz *q);

/* Scenarios answered so far. */
size_t quiz_answered(const struct quiz *q);

/* Scenarios answered wrong so far, in the order asked: the count, and
 * the i-th with, when given is not NULL, the choice the official gave
 * (NULL when i is out of range). */
size_t quiz_n_missed(const struct quiz *q);
const struct scenario *quiz_missed(const struct quiz *q, size_t i,
    const struct scenario_choice **given);

/*
 * Fill *out (which the caller then owns: quiz_result_done) with the
 * result of the quiz at time now: of a done quiz, or the partial one of
 * a quiz stopped with at least one answer.  Returns 0, or -EINVAL when
 * nothing was answered (out is then left untouched).
 */
int quiz_finish(const struct quiz *q, time_t now, struct quiz_result *out);

/* Free what r owns and leave it empty. */
void quiz_result_done(struct quiz_result *r);

/* A deep copy of r (caller frees with quiz_result_done and free). */
struct quiz_result *quiz_result_dup(const struct quiz_result *r);

/* Check a result that came from a file: the counts agree with each other
 * and the missed ids are well-formed and distinct (time is not checked). */
enum quiz_problem quiz_result_check(const struct quiz_result *r);

/* The member of a saved result that p is about ("total", "score",
 * "missed", "answered" or "asked"; NULL for QUIZ_OK): record and report
 * name them alike. */
const char *quiz_problem_member(enum quiz_problem p);

/* A translated sentence saying what p means, for diagnostics. */
const char *quiz_problem_text(enum quiz_problem p);

#endif
