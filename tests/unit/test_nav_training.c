/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_nav_training: the quiz over navfix's two scenarios, under an
 * official's profile or anonymous in trainer mode (whole, short, by
 * theme, from the command line, stopped early with a partial score), read
 * only when the quiz first opens (or unreadable then), and
 * the demo walkthrough on its sandbox (navfix's record is never
 * touched).
 */
#include "config.h"

#include <stdlib.h>

#include "navfix.h"

/* Answer the quiz's current scenario rightly or not; Enter on it. */
static unsigned
answer(struct nav *n, bool right)
{
	int r = quiz_right(n->training.quiz);

	assert_int_equal(n->screen, NAV_SCENARIO);
	n->sel = right ? (size_t)r : (size_t)(r + 1) % 3;
	return nav_apply(n, ACT_ENTER);
}

static void
test_nav_quiz_saves_under_own_profile(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	const struct official *o = nav_official(n);
	const char *missed;
	unsigned fl;

	/* Stopped before any answer: nothing kept. */
	nav_apply(n, ACT_QUIZ);
	assert_non_null(n->training.quiz);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_null(n->training.quiz);
	assert_null(o->quiz);
	/* Stopped half way: the partial score, kept as such. */
	nav_apply(n, ACT_QUIZ);
	answer(n, true);
	assert_int_equal(n->screen, NAV_FEEDBACK);
	missed = quiz_current(n->training.quiz)->id;
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW | NAV_DIRTY);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_true(n->training.quiz_stopped);
	assert_true(n->training.quiz_saved);
	assert_non_null(o->quiz);
	assert_int_equal(o->quiz->score, 1);
	assert_int_equal(o->quiz->answered, 1);
	assert_int_equal(o->quiz->total, 2);
	assert_int_equal(o->quiz->n_asked, 1);
	assert_string_equal(o->quiz->asked[0], missed);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_null(n->training.quiz);
	/* Done: one right, one wrong, kept in the record. */
	nav_apply(n, ACT_QUIZ);
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);
	assert_int_equal(answer(n, true), NAV_REDRAW);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(answer(n, false), NAV_REDRAW);
	missed = quiz_current(n->training.quiz)->id;
	fl = nav_apply(n, ACT_ENTER);
	assert_int_equal(fl, NAV_REDRAW | NAV_DIRTY);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_true(n->training.quiz_saved);
	assert_false(n->training.quiz_stopped);
	assert_non_null(o->quiz);
	assert_int_equal(o->quiz->score, 1);
	assert_int_equal(o->quiz->total, 2);
	assert_int_equal(o->quiz->answered, 2);
	assert_int_equal(o->quiz->n_asked, 2);
	assert_int_equal(o->quiz->n_missed, 1);
	assert_string_equal(o->quiz->missed[0], missed);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_null(n->training.quiz);
}

static void
test_nav_quiz_without_scenarios(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	n->training.scenarios = NULL;
	assert_int_equal(nav_apply(n, ACT_QUIZ), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_null(nav_official(n)->quiz);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_MODULES);
}

/* Scenarios read when the quiz first opens: the quiz asks for them and
 * changes nothing until they are given, then starts; asked once only. */
static void
test_nav_quiz_reads_scenarios_later(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	const struct scenario_set *set = n->training.scenarios;

	n->training.scenarios = NULL;
	n->training.scenarios_later = true;
	n->sel = 1;
	assert_int_equal(nav_apply(n, ACT_QUIZ), NAV_LOAD_SCENARIOS);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_int_equal(n->sel, 1);
	assert_null(n->training.quiz);
	assert_int_equal(nav_training_scenarios_read(n, set), NAV_REDRAW);
	assert_false(n->training.scenarios_later);
	assert_false(n->training.scenarios_broken);
	assert_int_equal(n->screen, NAV_SCENARIO);
	assert_non_null(n->training.quiz);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_int_equal(n->sel, 1);
	/* Read now: the quiz starts at once; a late answer changes nothing. */
	assert_int_equal(nav_apply(n, ACT_QUIZ), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SCENARIO);
	assert_int_equal(nav_training_scenarios_read(n, NULL), 0);
	assert_ptr_equal(n->training.scenarios, set);
}

/* Scenarios that could not be read: the quiz says so (NAV_SCORE, none
 * asked), nothing goes into the record, and it stays so. */
static void
test_nav_quiz_scenarios_unreadable(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	n->training.scenarios = NULL;
	n->training.scenarios_later = true;
	assert_int_equal(nav_apply(n, ACT_QUIZ), NAV_LOAD_SCENARIOS);
	assert_int_equal(nav_training_scenarios_read(n, NULL), NAV_REDRAW);
	assert_true(n->training.scenarios_broken);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_null(nav_official(n)->quiz);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	/* Not asked for again: the same answer. */
	assert_int_equal(nav_apply(n, ACT_QUIZ), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_true(n->training.scenarios_broken);
	assert_null(nav_official(n)->quiz);
}

static void
test_nav_trainer_quiz_is_anonymous(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	assert_int_equal(nav_start_trainer(n), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_null(n->record);
	assert_int_equal(nav_apply(n, ACT_END), NAV_REDRAW);
	assert_int_equal(n->sel, NAV_TRAINER_QUIT);
	n->sel = NAV_TRAINER_QUIZ;
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_SCENARIO);
	answer(n, false);
	nav_apply(n, ACT_NEXT);			/* Right goes on too */
	answer(n, false);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);	/* no save */
	assert_int_equal(n->screen, NAV_SCORE);
	assert_false(n->training.quiz_saved);
	assert_int_equal(quiz_n_missed(n->training.quiz), 2);
	nav_apply(n, ACT_QUIT);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_int_equal(n->sel, 1);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	nav_apply(n, ACT_BACK);
	nav_apply(n, ACT_END);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_QUIT);	/* Quit row */
	nav_apply(n, ACT_HOME);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_QUIT);
	/* The reset key is the demo's only. */
	assert_int_equal(nav_apply(n, ACT_RESET), 0);
}

/* Answer every scenario of the quiz rightly and return the count. */
static size_t
answer_all(struct nav *n)
{
	size_t k = 0;

	while (n->screen == NAV_SCENARIO) {
		answer(n, true);
		nav_apply(n, ACT_ENTER);
		k++;
	}
	assert_int_equal(n->screen, NAV_SCORE);
	return k;
}

static void
test_nav_trainer_short_and_themes(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	nav_start_trainer(n);
	/* The short quizzes ask at most their count: both scenarios. */
	n->sel = NAV_TRAINER_SHORT;
	nav_apply(n, ACT_ENTER);
	assert_int_equal(answer_all(n), 2);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_int_equal(n->sel, NAV_TRAINER_SHORT);	/* its row again */
	/* By theme: the list, then one theme's scenario alone. */
	n->sel = NAV_TRAINER_THEMES;
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_THEMES);
	assert_int_equal(nav_apply(n, ACT_END), NAV_REDRAW);
	assert_int_equal(n->sel, 2);
	/* A theme without scenarios starts nothing. */
	assert_int_equal(nav_apply(n, ACT_ENTER), 0);
	assert_int_equal(n->screen, NAV_THEMES);
	nav_apply(n, ACT_UP);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SCENARIO);
	assert_string_equal(quiz_current(n->training.quiz)->id, "mate");
	assert_int_equal(answer_all(n), 1);
	/* Back to the list, on that theme, for the next one. */
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_THEMES);
	assert_int_equal(n->sel, 1);
	/* Esc on the list goes back to its row of the menu. */
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_int_equal(n->sel, NAV_TRAINER_THEMES);
}

static void
test_nav_trainer_stopped(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	nav_start_trainer(n);
	n->sel = NAV_TRAINER_QUIZ;
	nav_apply(n, ACT_ENTER);
	answer(n, false);
	nav_apply(n, ACT_ENTER);
	/* Stopped on the second, unanswered: the score of the first. */
	assert_int_equal(n->screen, NAV_SCENARIO);
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);	/* no save */
	assert_int_equal(n->screen, NAV_SCORE);
	assert_true(n->training.quiz_stopped);
	assert_false(n->training.quiz_saved);
	assert_int_equal(quiz_answered(n->training.quiz), 1);
	assert_int_equal(quiz_score(n->training.quiz), 0);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_TRAINER);
	/* Stopped on the feedback of the last: the whole score. */
	nav_apply(n, ACT_ENTER);
	answer(n, true);
	nav_apply(n, ACT_ENTER);
	answer(n, true);
	assert_int_equal(n->screen, NAV_FEEDBACK);
	nav_apply(n, ACT_QUIT);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_false(n->training.quiz_stopped);
	assert_int_equal(quiz_score(n->training.quiz), 2);
}

static void
test_nav_trainer_command_line(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	/* --theme money --in-order: that quiz at once, then the menu. */
	n->training.plan = (struct quiz_plan){ "money", 0, true, 0 };
	assert_int_equal(nav_start_trainer(n), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SCENARIO);
	assert_string_equal(quiz_current(n->training.quiz)->id, "boss");
	/* In order: the choices too. */
	assert_int_equal(quiz_right(n->training.quiz), 1);
	assert_int_equal(answer_all(n), 1);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_TRAINER);
	/* --count 1: one scenario. */
	n->training.plan = (struct quiz_plan){ NULL, 1, false, 0 };
	nav_start_trainer(n);
	assert_int_equal(answer_all(n), 1);
}

/* Apply a in the demo, checking that it asks for no write. */
static unsigned
demo_apply(struct nav *n, enum action a)
{
	unsigned fl = nav_apply(n, a);

	if (fl & NAV_WRITES)
		fail_msg("action %d on screen %d asked to write (0x%x)", a,
		    n->screen, fl);
	return fl;
}

static void
test_nav_demo_uses_sandbox(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	nav_start_trainer(n);
	demo_apply(n, ACT_ENTER);
	assert_true(n->demo);
	assert_non_null(n->training.sandbox);
	assert_ptr_equal(n->record, n->training.sandbox);
	/* A sandbox has no path: record_save could not even be called. */
	assert_null(n->training.sandbox->path);
	assert_int_equal(n->training.sandbox->lock_fd, -1);
	assert_int_equal(n->record->n_officials, 1);
	assert_string_equal(nav_official(n)->profile.nip, NAV_DEMO_NIP);
	assert_int_equal(n->screen, NAV_PLATFORM);
	demo_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_WEB);
	demo_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	demo_apply(n, ACT_ENTER);
	demo_apply(n, ACT_DONE);
	demo_apply(n, ACT_LATER);
	demo_apply(n, ACT_NA);
	assert_true(n->checklist.prompt);
	/* A listed reason, like the official's own, writes nothing. */
	assert_int_equal(nav_apply(n, ACT_ENTER) & NAV_WRITES, 0);
	/* The sandbox keeps the steps while the demo goes on... */
	assert_int_equal(navfix_status_of(n, 0, 0), STEP_DONE);
	assert_int_equal(navfix_status_of(n, 0, 2), STEP_NA);
	/* ...and the reset key starts afresh, from any screen. */
	demo_apply(n, ACT_HELP);
	demo_apply(n, ACT_RESET);
	assert_false(n->help);
	assert_non_null(n->training.sandbox);
	assert_ptr_equal(n->record, n->training.sandbox);
	assert_int_equal(n->record->n_officials, 1);
	assert_int_equal(n->screen, NAV_PLATFORM);
	assert_int_equal(navfix_status_of(n, 0, 0), STEP_TODO);
	/* Esc before a platform, or q on the modules, ends the demo. */
	demo_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_false(n->demo);
	assert_null(n->training.sandbox);
	assert_null(n->record);
	demo_apply(n, ACT_ENTER);
	demo_apply(n, ACT_ENTER);
	demo_apply(n, ACT_ENTER);
	demo_apply(n, ACT_QUIT);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_null(n->training.sandbox);
	/* The record opened by the fixture was never touched. */
	assert_int_equal(f->record->n_officials, 0);
}

static void
test_nav_demo_never_writes(void **state)
{
	static const enum action acts[] = {
		ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END,
		ACT_ENTER, ACT_ENTER, ACT_ENTER, ACT_TOGGLE, ACT_BACK,
		ACT_QUIT, ACT_NEXT, ACT_NEXT, ACT_PREV, ACT_DONE, ACT_DONE,
		ACT_NA, ACT_LATER, ACT_HELP, ACT_SUMMARY, ACT_PLATFORM,
		ACT_CONTINUE, ACT_EXPORT, ACT_VERIFY, ACT_TAKEOVER, ACT_QUIZ,
		ACT_RESET, ACT_CHAR,
	};
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	unsigned seed = 2026, seen = 0;
	bool visited[NAV_SCREEN_COUNT] = { false };

	nav_start_trainer(n);
	for (int i = 0; i < 20000; i++) {
		enum action a = acts[rand_r(&seed) % (sizeof acts /
		    sizeof acts[0])];

		if (!n->demo && n->screen == NAV_TRAINER) {
			/* Back into the demo at once. */
			n->sel = 0;
			a = ACT_ENTER;
		}
		if (n->checklist.prompt && rand_r(&seed) % 2 == 0) {
			assert_int_equal(nav_checklist_reason_submit(n, "x") &
			    NAV_WRITES, 0);
			continue;
		}
		/* Enter on the incident's note is the caller's, as on the
		 * prompt. */
		if (n->screen == NAV_DETAILS && rand_r(&seed) % 2 == 0) {
			assert_int_equal(nav_trouble_details_submit(n, "x") &
			    NAV_WRITES, 0);
			continue;
		}
		if (demo_apply(n, a) & NAV_QUIT)
			fail_msg("the demo quit the program");
		if (n->demo) {
			assert_ptr_equal(n->record, n->training.sandbox);
			assert_null(n->record->path);
		}
		visited[n->screen] = true;
	}
	for (int s = 0; s < NAV_SCREEN_COUNT; s++)
		seen += visited[s];
	/* Every screen of the checklist but the profile steps was seen. */
	assert_true(visited[NAV_STEP] && visited[NAV_SUMMARY] &&
	    visited[NAV_EXPORT] && visited[NAV_RECORDED] &&
	    visited[NAV_FEEDBACK] && visited[NAV_SCORE] &&
	    visited[NAV_VERIFY]);
	/* Never the report's offer: nothing of a demo is written. */
	assert_false(visited[NAV_OFFER]);
	/* ... and the accounts screen never: the fixture has no accounts. */
	/* Nor the trainer's theme list: the walk goes back into the demo
	 * from the menu. */
	assert_false(visited[NAV_THEMES]);
	assert_true(seen >= NAV_SCREEN_COUNT - 7);
	assert_int_equal(f->record->n_officials, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, navfix_setup, navfix_teardown)
		T(test_nav_quiz_saves_under_own_profile),
		T(test_nav_quiz_without_scenarios),
		T(test_nav_quiz_reads_scenarios_later),
		T(test_nav_quiz_scenarios_unreadable),
		T(test_nav_trainer_quiz_is_anonymous),
		T(test_nav_trainer_short_and_themes),
		T(test_nav_trainer_stopped),
		T(test_nav_trainer_command_line),
		T(test_nav_demo_uses_sandbox),
		T(test_nav_demo_never_writes),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
