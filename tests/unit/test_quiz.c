/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_quiz: the quiz model over a small scenario set built in memory:
 * asking in file order, answers right, wrong and refused, progress, the
 * missed list, finishing, shuffling by seed (scenarios and choices), a
 * shorter quiz (a theme, a count, in order or drawn without repeats), a
 * quiz stopped early and its partial result, and the checks on a saved
 * result.
 */
#include "config.h"
#include "testutil.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "model/quiz.h"
#include "model/scenario.h"
#include "base/xalloc.h"

#define N_SCENARIOS 6

/* Choices: the right one is at index right, the others wrong. */
static struct scenario_choice choices[N_SCENARIOS][SCENARIO_MAX_CHOICES];
static struct scenario scenarios[N_SCENARIOS];
static struct scenario_set set = { scenarios, N_SCENARIOS, NULL, 0 };
static const char *const ids[N_SCENARIOS] = {
	"boss-transfer", "otp-courier", "bank-sms", "group-link",
	"real-meeting", "apk-invite",
};
/* Scenario i has n_choices[i] choices, the right one at right[i]. */
static const size_t n_choices[N_SCENARIOS] = { 3, 4, 3, 4, 3, 4 };
static const size_t right[N_SCENARIOS] = { 1, 0, 2, 3, 0, 2 };

/* Build the scenario set once. */
static int
group_setup(void **state)
{
	static char texts[N_SCENARIOS][SCENARIO_MAX_CHOICES][32];

	(void)state;
	for (size_t i = 0; i < N_SCENARIOS; i++) {
		scenarios[i].id = (char *)ids[i];
		scenarios[i].title = (char *)ids[i];
		scenarios[i].choices = choices[i];
		scenarios[i].n_choices = n_choices[i];
		/* Themes: "a" for 0, 2, 4; "b" for 1 and 3; none for 5. */
		scenarios[i].theme = i == 5 ? NULL : (char *)(i % 2 ? "b" : "a");
		for (size_t c = 0; c < n_choices[i]; c++) {
			snprintf(texts[i][c], sizeof texts[i][c], "%s/%zu",
			    ids[i], c);
			choices[i][c].text = texts[i][c];
			choices[i][c].feedback = texts[i][c];
			choices[i][c].correct = c == right[i];
		}
	}
	return 0;
}

/* The display index of a wrong choice of the current scenario. */
static size_t
wrong_choice(const struct quiz *q)
{
	return quiz_right(q) == 0 ? 1 : 0;
}

/* Answer the current scenario right or wrong and move on. */
static void
answer(struct quiz *q, bool right_one)
{
	size_t i = right_one ? (size_t)quiz_right(q) : wrong_choice(q);

	assert_int_equal(quiz_answer(q, i), right_one ? 1 : 0);
	assert_true(quiz_next(q));
}

static void
test_file_order(void **state)
{
	struct quiz *q = quiz_new(&set, false, 0);
	const struct scenario_choice *given;
	size_t number, total;

	(void)state;
	for (size_t i = 0; i < N_SCENARIOS; i++) {
		assert_ptr_equal(quiz_current(q), &scenarios[i]);
		quiz_progress(q, &number, &total);
		assert_int_equal(number, i + 1);
		assert_int_equal(total, N_SCENARIOS);
		/* Unshuffled: choices in file order, the right one where the
		 * file has it. */
		for (size_t c = 0; c < n_choices[i]; c++)
			assert_ptr_equal(quiz_choice(q, c), &choices[i][c]);
		assert_null(quiz_choice(q, n_choices[i]));
		assert_int_equal(quiz_right(q), (int)right[i]);
		assert_int_equal(quiz_given(q), -1);
		assert_false(quiz_is_done(q));
		/* Miss the second and the fifth. */
		answer(q, i != 1 && i != 4);
	}
	assert_true(quiz_is_done(q));
	assert_null(quiz_current(q));
	quiz_progress(q, &number, &total);
	assert_int_equal(number, N_SCENARIOS);
	assert_int_equal(quiz_score(q), N_SCENARIOS - 2);
	assert_int_equal(quiz_n_missed(q), 2);
	assert_ptr_equal(quiz_missed(q, 0, &given), &scenarios[1]);
	assert_ptr_equal(given, &choices[1][1]);
	assert_ptr_equal(quiz_missed(q, 1, NULL), &scenarios[4]);
	assert_null(quiz_missed(q, 2, &given));
	assert_null(given);
	quiz_free(q);
}

static void
test_answer_refused(void **state)
{
	struct quiz *q = quiz_new(&set, false, 0);

	(void)state;
	/* No moving on before an answer. */
	assert_false(quiz_next(q));
	assert_ptr_equal(quiz_current(q), &scenarios[0]);
	assert_int_equal(quiz_answer(q, 3), -EINVAL);
	assert_int_equal(quiz_answer(q, (size_t)-1), -EINVAL);
	assert_int_equal(quiz_given(q), -1);
	assert_int_equal(quiz_answer(q, 0), 0);
	/* One answer a scenario: a second try changes nothing. */
	assert_int_equal(quiz_answer(q, 1), -EALREADY);
	assert_int_equal(quiz_given(q), 0);
	assert_int_equal(quiz_score(q), 0);
	assert_int_equal(quiz_n_missed(q), 1);
	/* The missed one counts while its feedback is still shown. */
	assert_ptr_equal(quiz_missed(q, 0, NULL), &scenarios[0]);
	assert_true(quiz_next(q));
	for (size_t i = 1; i < N_SCENARIOS; i++)
		answer(q, true);
	assert_int_equal(quiz_answer(q, 0), -EALREADY);
	assert_false(quiz_next(q));
	assert_null(quiz_choice(q, 0));
	assert_int_equal(quiz_right(q), -1);
	assert_int_equal(quiz_given(q), -1);
	quiz_free(q);
}

static void
test_finish(void **state)
{
	struct quiz *q = quiz_new(&set, false, 0);
	struct quiz_result r = { 0 }, *copy;

	(void)state;
	/* Nothing answered: nothing to finish, and r untouched. */
	assert_int_equal(quiz_finish(q, 1000, &r), -EINVAL);
	assert_int_equal(r.total, 0);
	assert_null(r.missed);
	answer(q, false);
	/* Stopped after one answer: a partial result. */
	assert_int_equal(quiz_answered(q), 1);
	assert_int_equal(quiz_finish(q, 999, &r), 0);
	assert_int_equal(r.score, 0);
	assert_int_equal(r.answered, 1);
	assert_int_equal(r.total, 6);
	assert_int_equal(r.n_asked, 1);
	assert_string_equal(r.asked[0], "boss-transfer");
	assert_int_equal(quiz_result_check(&r), QUIZ_OK);
	quiz_result_done(&r);
	for (size_t i = 1; i < N_SCENARIOS; i++)
		answer(q, i != 3);
	assert_int_equal(quiz_finish(q, 1000, &r), 0);
	assert_int_equal(r.score, 4);
	assert_int_equal(r.total, 6);
	assert_int_equal(r.time, 1000);
	assert_int_equal(r.n_missed, 2);
	assert_string_equal(r.missed[0], "boss-transfer");
	assert_string_equal(r.missed[1], "group-link");
	assert_int_equal(r.answered, 6);
	assert_int_equal(r.n_asked, 6);
	for (size_t i = 0; i < N_SCENARIOS; i++)
		assert_string_equal(r.asked[i], scenarios[i].id);
	assert_int_equal(quiz_result_check(&r), QUIZ_OK);
	copy = quiz_result_dup(&r);
	quiz_result_done(&r);
	assert_null(r.missed);
	assert_int_equal(r.n_missed, 0);
	assert_int_equal(copy->score, 4);
	assert_int_equal(copy->total, 6);
	assert_int_equal(copy->time, 1000);
	assert_string_equal(copy->missed[1], "group-link");
	assert_int_equal(copy->answered, 6);
	assert_int_equal(copy->n_asked, 6);
	assert_string_equal(copy->asked[5], scenarios[5].id);
	quiz_result_done(copy);
	free(copy);
	quiz_free(q);
}

static void
test_all_right(void **state)
{
	struct quiz *q = quiz_new(&set, false, 0);
	struct quiz_result r;

	(void)state;
	for (size_t i = 0; i < N_SCENARIOS; i++)
		answer(q, true);
	assert_int_equal(quiz_finish(q, 5, &r), 0);
	assert_int_equal(r.score, N_SCENARIOS);
	assert_int_equal(r.n_missed, 0);
	assert_int_equal(quiz_result_check(&r), QUIZ_OK);
	quiz_result_done(&r);
	quiz_free(q);
}

static void
test_empty_set(void **state)
{
	struct scenario_set none = { NULL, 0, NULL, 0 };
	struct quiz *q = quiz_new(&none, true, 7);
	struct quiz_result r = { 0 };
	size_t number = 9, total = 9;

	(void)state;
	assert_null(quiz_current(q));
	assert_true(quiz_is_done(q));
	quiz_progress(q, &number, &total);
	assert_int_equal(number, 0);
	assert_int_equal(total, 0);
	assert_int_equal(quiz_answer(q, 0), -EALREADY);
	assert_int_equal(quiz_finish(q, 1, &r), -EINVAL);
	quiz_free(q);
	quiz_free(NULL);
}

/* The order a quiz with seed asks the scenarios in, as indices. */
static void
order_of(uint32_t seed, size_t out[N_SCENARIOS])
{
	struct quiz *q = quiz_new(&set, true, seed);

	for (size_t i = 0; i < N_SCENARIOS; i++) {
		out[i] = (size_t)(quiz_current(q) - scenarios);
		answer(q, true);
	}
	quiz_free(q);
}

static void
test_shuffle_scenarios(void **state)
{
	size_t a[N_SCENARIOS], b[N_SCENARIOS];
	bool seen[N_SCENARIOS] = { false };
	bool differs = false;
	/* Fisher-Yates over splitmix64 from seed 42, worked out apart from
	 * the program: pinned so that a change to the generator (which
	 * would reorder every trainer's session) shows. */
	static const size_t seed42[N_SCENARIOS] = { 4, 3, 0, 2, 5, 1 };

	(void)state;
	order_of(42, a);
	order_of(42, b);
	assert_memory_equal(a, b, sizeof a);
	assert_memory_equal(a, seed42, sizeof a);
	for (size_t i = 0; i < N_SCENARIOS; i++)
		seen[a[i]] = true;
	for (size_t i = 0; i < N_SCENARIOS; i++)
		assert_true(seen[i]);
	order_of(43, b);
	for (size_t i = 0; i < N_SCENARIOS; i++)
		differs |= a[i] != b[i];
	assert_true(differs);
}

static void
test_shuffle_choices(void **state)
{
	bool moved = false;

	(void)state;
	for (uint32_t seed = 1; seed <= 20; seed++) {
		struct quiz *q = quiz_new(&set, true, seed);

		for (size_t i = 0; i < N_SCENARIOS; i++) {
			const struct scenario *sc = quiz_current(q);
			int r = quiz_right(q);
			bool seen[SCENARIO_MAX_CHOICES] = { false };

			/* A permutation of the scenario's own choices... */
			for (size_t c = 0; c < sc->n_choices; c++) {
				const struct scenario_choice *ch =
				    quiz_choice(q, c);
				size_t k = (size_t)(ch - sc->choices);

				assert_true(k < sc->n_choices);
				assert_false(seen[k]);
				seen[k] = true;
				moved |= k != c;
			}
			/* ...where quiz_right still finds the right one. */
			assert_true(quiz_choice(q, (size_t)r)->correct);
			assert_int_equal(quiz_answer(q, (size_t)r), 1);
			assert_true(quiz_next(q));
		}
		assert_int_equal(quiz_score(q), N_SCENARIOS);
		quiz_free(q);
	}
	assert_true(moved);
}

/* The scenarios quiz q asks, as indices into scenarios, answering each;
 * the count goes to *n. */
static void
asked_by(struct quiz *q, size_t out[N_SCENARIOS], size_t *n)
{
	size_t k, total;

	quiz_progress(q, &k, &total);
	*n = 0;
	while (quiz_current(q) != NULL) {
		assert_true(*n < N_SCENARIOS);
		out[(*n)++] = (size_t)(quiz_current(q) - scenarios);
		answer(q, true);
	}
	assert_int_equal(*n, total);
}

static void
test_plan(void **state)
{
	size_t got[N_SCENARIOS], n;
	struct quiz *q;

	(void)state;
	/* A theme, in file order, choices unshuffled. */
	q = quiz_start(&set, &(struct quiz_plan){ "a", 0, true, 0 });
	assert_int_equal(quiz_right(q), (int)right[0]);
	asked_by(q, got, &n);
	assert_int_equal(n, 3);
	assert_int_equal(got[0], 0);
	assert_int_equal(got[1], 2);
	assert_int_equal(got[2], 4);
	quiz_free(q);
	/* A count in file order: the first ones. */
	q = quiz_start(&set, &(struct quiz_plan){ NULL, 4, true, 0 });
	asked_by(q, got, &n);
	assert_int_equal(n, 4);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(got[i], i);
	assert_true(quiz_is_done(q));
	quiz_free(q);
	/* A count and a theme together; more than there are: all of them. */
	q = quiz_start(&set, &(struct quiz_plan){ "b", 1, true, 0 });
	asked_by(q, got, &n);
	assert_int_equal(n, 1);
	assert_int_equal(got[0], 1);
	quiz_free(q);
	q = quiz_start(&set, &(struct quiz_plan){ "b", 10, true, 0 });
	asked_by(q, got, &n);
	assert_int_equal(n, 2);
	quiz_free(q);
	/* An unknown theme asks nothing. */
	q = quiz_start(&set, &(struct quiz_plan){ "zzz", 0, false, 1 });
	assert_true(quiz_is_done(q));
	assert_null(quiz_current(q));
	quiz_free(q);
}

static void
test_plan_random(void **state)
{
	bool drawn[N_SCENARIOS] = { false };
	size_t full[N_SCENARIOS], got[N_SCENARIOS], n, m;

	(void)state;
	for (uint32_t seed = 1; seed <= 40; seed++) {
		struct quiz *q = quiz_start(&set,
		    &(struct quiz_plan){ NULL, 3, false, seed });
		bool seen[N_SCENARIOS] = { false };

		asked_by(q, got, &n);
		assert_int_equal(n, 3);
		/* Without repeats... */
		for (size_t i = 0; i < n; i++) {
			assert_false(seen[got[i]]);
			seen[got[i]] = drawn[got[i]] = true;
		}
		quiz_free(q);
		/* ...the first three of the whole shuffle by that seed. */
		q = quiz_new(&set, true, seed);
		asked_by(q, full, &m);
		assert_memory_equal(got, full, n * sizeof got[0]);
		quiz_free(q);
	}
	/* Over 40 seeds every scenario came up at least once. */
	for (size_t i = 0; i < N_SCENARIOS; i++)
		assert_true(drawn[i]);
	/* A random theme quiz stays inside the theme. */
	for (uint32_t seed = 1; seed <= 10; seed++) {
		struct quiz *q = quiz_start(&set,
		    &(struct quiz_plan){ "a", 2, false, seed });

		asked_by(q, got, &n);
		assert_int_equal(n, 2);
		for (size_t i = 0; i < n; i++)
			assert_string_equal(scenarios[got[i]].theme, "a");
		quiz_free(q);
	}
}

static void
test_partial(void **state)
{
	struct quiz *q = quiz_start(&set,
	    &(struct quiz_plan){ NULL, 5, true, 0 });
	struct quiz_result r;
	size_t k, total;

	(void)state;
	answer(q, true);
	answer(q, false);
	answer(q, true);
	/* Stopped on the fourth, unanswered: 2 right of 3 answered, of 5. */
	assert_int_equal(quiz_answered(q), 3);
	assert_int_equal(quiz_score(q), 2);
	quiz_progress(q, &k, &total);
	assert_int_equal(k, 4);
	assert_int_equal(total, 5);
	assert_false(quiz_is_done(q));
	assert_int_equal(quiz_n_missed(q), 1);
	assert_int_equal(quiz_finish(q, 77, &r), 0);
	assert_int_equal(r.score, 2);
	assert_int_equal(r.answered, 3);
	assert_int_equal(r.total, 5);
	assert_int_equal(r.n_missed, 1);
	assert_string_equal(r.missed[0], ids[1]);
	assert_int_equal(r.n_asked, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(r.asked[i], ids[i]);
	assert_int_equal(quiz_result_check(&r), QUIZ_OK);
	quiz_result_done(&r);
	quiz_free(q);
}

static void
test_result_check_partial(void **state)
{
	char *missed[] = { (char *)"b" };
	char *asked[] = { (char *)"a", (char *)"b", (char *)"c" };
	char *other[] = { (char *)"a", (char *)"x", (char *)"c" };
	char *twice[] = { (char *)"a", (char *)"b", (char *)"a" };
	char *bad[] = { (char *)"a", (char *)"b", (char *)"C" };
	struct quiz_result r = { 2, 10, 0, missed, 1, 3, asked, 3 };

	(void)state;
	assert_int_equal(quiz_result_check(&r), QUIZ_OK);
	/* Without the asked ids (an older file) it is still valid. */
	r.n_asked = 0;
	assert_int_equal(quiz_result_check(&r), QUIZ_OK);
	r.n_asked = 2;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_ASKED);
	r.n_asked = 3;
	r.asked = other;	/* the missed "b" was not asked */
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_ASKED);
	r.asked = twice;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_ASKED);
	r.asked = bad;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_ASKED);
	r.asked = asked;
	r.answered = 0;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_ANSWERED);
	r.answered = 11;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_ANSWERED);
	r.answered = 1;		/* fewer than the score */
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_ANSWERED);
	r.answered = 4;		/* 4 - 2 is not the one missed */
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_MISSED);
	assert_string_equal(quiz_problem_member(QUIZ_BAD_ANSWERED),
	    "answered");
	assert_string_equal(quiz_problem_member(QUIZ_BAD_ASKED), "asked");
}

static void
test_result_check(void **state)
{
	char *missed[] = { (char *)"a", (char *)"b-2" };
	char *dup[] = { (char *)"a", (char *)"a" };
	char *bad[] = { (char *)"a", (char *)"Bad_Id" };
	struct quiz_result r = { 13, 15, 0, missed, 2, 15, NULL, 0 };

	(void)state;
	assert_int_equal(quiz_result_check(&r), QUIZ_OK);
	r.total = 0;
	r.score = 0;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_TOTAL);
	r.total = QUIZ_MAX_TOTAL + 1;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_TOTAL);
	r.total = 15;
	r.score = 16;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_SCORE);
	r.score = 12;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_MISSED);
	r.score = 13;
	r.missed = dup;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_MISSED);
	r.missed = bad;
	assert_int_equal(quiz_result_check(&r), QUIZ_BAD_MISSED);
	assert_null(quiz_problem_member(QUIZ_OK));
	assert_string_equal(quiz_problem_member(QUIZ_BAD_TOTAL), "total");
	assert_string_equal(quiz_problem_member(QUIZ_BAD_SCORE), "score");
	assert_string_equal(quiz_problem_member(QUIZ_BAD_MISSED), "missed");
	assert_string_equal(quiz_problem_text(QUIZ_BAD_SCORE),
	    "the quiz score is larger than its total");
	assert_non_null(quiz_problem_text((enum quiz_problem)99));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_file_order),
		cmocka_unit_test(test_answer_refused),
		cmocka_unit_test(test_finish),
		cmocka_unit_test(test_all_right),
		cmocka_unit_test(test_empty_set),
		cmocka_unit_test(test_shuffle_scenarios),
		cmocka_unit_test(test_shuffle_choices),
		cmocka_unit_test(test_plan),
		cmocka_unit_test(test_plan_random),
		cmocka_unit_test(test_partial),
		cmocka_unit_test(test_result_check_partial),
		cmocka_unit_test(test_result_check),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
