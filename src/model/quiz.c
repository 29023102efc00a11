/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * quiz: one run of the scenario quiz and its result (see quiz.h).
 *
 * The quiz keeps, for each scenario in the order asked, the order its
 * choices are shown in and the choice given.  Shuffling uses its own
 * small generator (splitmix64) rather than rand(), so a seed gives the
 * same order on every libc and no global state is touched.
 */
#include "config.h"
#include "model/quiz.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"

/* One scenario as this quiz asks it. */
struct quiz_item {
	const struct scenario *sc;
	size_t order[SCENARIO_MAX_CHOICES];	/* display index -> choice */
	int given;				/* display index, or -1 */
};

struct quiz {
	struct quiz_item *items;
	size_t n;
	size_t pos;		/* the current item; n once past the last */
	size_t answered;
	size_t score;
};

static const char *const quiz_problem_members[] = {
	[QUIZ_OK] = NULL,
	[QUIZ_BAD_TOTAL] = "total",
	[QUIZ_BAD_SCORE] = "score",
	[QUIZ_BAD_MISSED] = "missed",
	[QUIZ_BAD_ANSWERED] = "answered",
	[QUIZ_BAD_ASKED] = "asked",
};

static const char *const quiz_problem_texts[] = {
	[QUIZ_OK] = N_("the quiz result is valid"),
	[QUIZ_BAD_TOTAL] = N_("the quiz total is zero or larger than this "
	    "program allows"),
	[QUIZ_BAD_SCORE] = N_("the quiz score is larger than its total"),
	[QUIZ_BAD_MISSED] = N_("the missed scenarios of the quiz do not "
	    "match its score, or one of their ids is malformed or repeated"),
	[QUIZ_BAD_ANSWERED] = N_("the scenarios answered in the quiz are "
	    "none, more than its total, or fewer than its score"),
	[QUIZ_BAD_ASKED] = N_("the scenarios asked in the quiz do not match "
	    "the count answered, or one of their ids is malformed, repeated "
	    "or missing"),
};

/* Give the next number of the generator at *state (splitmix64). */
static uint64_t
quiz_random(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Give a number below n; the modulo bias is below n / 2^64, which no
 * quiz can notice. */
static size_t
quiz_below(uint64_t *state, size_t n)
{
	return (size_t)(quiz_random(state) % n);
}

/* Swap the size bytes at a and b. */
static void
quiz_swap(char *a, char *b, size_t size)
{
	for (size_t k = 0; k < size; k++) {
		char t = a[k];

		a[k] = b[k];
		b[k] = t;
	}
}

/* Shuffle the n items of v, each size bytes (Fisher-Yates). */
static void
quiz_shuffle(void *v, size_t n, size_t size, uint64_t *state)
{
	char *base = v;

	for (size_t i = n; i > 1; i--)
		quiz_swap(base + (i - 1) * size,
		    base + quiz_below(state, i) * size, size);
}

/* Say whether plan p picks scenario sc (before the count). */
static bool
quiz_picks(const struct quiz_plan *p, const struct scenario *sc)
{
	return p->theme == NULL || (sc->theme != NULL &&
	    strcmp(sc->theme, p->theme) == 0);
}

/* Start a quiz over the scenarios of set that p picks. */
struct quiz *
quiz_start(const struct scenario_set *set, const struct quiz_plan *p)
{
	struct quiz *q = xcalloc(1, sizeof *q);
	uint64_t state = p->seed;

	q->items = xcalloc(set->n + 1, sizeof *q->items);
	for (size_t i = 0; i < set->n; i++) {
		struct quiz_item *it = &q->items[q->n];

		if (!quiz_picks(p, &set->scenarios[i]))
			continue;
		it->sc = &set->scenarios[i];
		it->given = -1;
		for (size_t c = 0; c < SCENARIO_MAX_CHOICES; c++)
			it->order[c] = c;
		q->n++;
	}
	if (!p->in_order) {
		/* Drawn without repeats: the first count of a shuffle. */
		quiz_shuffle(q->items, q->n, sizeof *q->items, &state);
		for (size_t i = 0; i < q->n; i++) {
			struct quiz_item *it = &q->items[i];

			quiz_shuffle(it->order, it->sc->n_choices,
			    sizeof it->order[0], &state);
		}
	}
	if (p->count > 0 && p->count < q->n)
		q->n = p->count;
	return q;
}

/* Start a quiz over all of set. */
struct quiz *
quiz_new(const struct scenario_set *set, bool shuffle, uint32_t seed)
{
	const struct quiz_plan p = { NULL, 0, !shuffle, seed };

	return quiz_start(set, &p);
}

/* Free a quiz (NULL is fine). */
void
quiz_free(struct quiz *q)
{
	if (q == NULL)
		return;
	free(q->items);
	free(q);
}

/* Give the current item, or NULL past the last. */
static const struct quiz_item *
quiz_item(const struct quiz *q)
{
	return q->pos < q->n ? &q->items[q->pos] : NULL;
}

/* Give the scenario being asked. */
const struct scenario *
quiz_current(const struct quiz *q)
{
	const struct quiz_item *it = quiz_item(q);

	return it ? it->sc : NULL;
}

/* Give choice i of the current scenario, in display order. */
const struct scenario_choice *
quiz_choice(const struct quiz *q, size_t i)
{
	const struct quiz_item *it = quiz_item(q);

	if (it == NULL || i >= it->sc->n_choices)
		return NULL;
	return &it->sc->choices[it->order[i]];
}

/* Answer the current scenario with choice i. */
int
quiz_answer(struct quiz *q, size_t i)
{
	struct quiz_item *it = q->pos < q->n ? &q->items[q->pos] : NULL;
	bool right;

	if (it == NULL || it->given >= 0)
		return -EALREADY;
	if (i >= it->sc->n_choices)
		return -EINVAL;
	it->given = (int)i;
	right = it->sc->choices[it->order[i]].correct;
	q->answered++;
	if (right)
		q->score++;
	return right ? 1 : 0;
}

/* Give the display index answered for the current scenario. */
int
quiz_given(const struct quiz *q)
{
	const struct quiz_item *it = quiz_item(q);

	return it ? it->given : -1;
}

/* Give the display index of the current scenario's right choice. */
int
quiz_right(const struct quiz *q)
{
	const struct quiz_item *it = quiz_item(q);

	for (size_t i = 0; it != NULL && i < it->sc->n_choices; i++)
		if (it->sc->choices[it->order[i]].correct)
			return (int)i;
	return -1;
}

/* Move past the answered current scenario. */
bool
quiz_next(struct quiz *q)
{
	if (quiz_given(q) < 0)
		return false;
	q->pos++;
	return true;
}

/* Say where the quiz is. */
void
quiz_progress(const struct quiz *q, size_t *number, size_t *total)
{
	*number = q->pos < q->n ? q->pos + 1 : q->n;
	*total = q->n;
}

/* Count the right answers. */
size_t
quiz_score(const struct quiz *q)
{
	return q->score;
}

/* Say whether every scenario has been answered. */
bool
quiz_is_done(const struct quiz *q)
{
	return q->answered == q->n;
}

/* Count the scenarios answered. */
size_t
quiz_answered(const struct quiz *q)
{
	return q->answered;
}

/* Say whether item it was answered wrong. */
static bool
quiz_is_miss(const struct quiz_item *it)
{
	return it->given >= 0 &&
	    !it->sc->choices[it->order[it->given]].correct;
}

/* Count the scenarios answered wrong. */
size_t
quiz_n_missed(const struct quiz *q)
{
	return q->answered - q->score;
}

/* Give the i-th scenario answered wrong, and the choice given. */
const struct scenario *
quiz_missed(const struct quiz *q, size_t i,
    const struct scenario_choice **given)
{
	for (size_t k = 0; k < q->n; k++) {
		const struct quiz_item *it = &q->items[k];

		if (!quiz_is_miss(it) || i-- > 0)
			continue;
		if (given != NULL)
			*given = &it->sc->choices[it->order[it->given]];
		return it->sc;
	}
	if (given != NULL)
		*given = NULL;
	return NULL;
}

/* Fill *out with the result of the quiz, done or stopped. */
int
quiz_finish(const struct quiz *q, time_t now, struct quiz_result *out)
{
	size_t n = quiz_n_missed(q);

	if (q->answered == 0 || q->n > QUIZ_MAX_TOTAL)
		return -EINVAL;
	out->score = (unsigned)q->score;
	out->total = (unsigned)q->n;
	out->answered = (unsigned)q->answered;
	out->time = now;
	out->n_missed = n;
	out->missed = xcalloc(n + 1, sizeof *out->missed);
	for (size_t i = 0; i < n; i++)
		out->missed[i] = xstrdup(quiz_missed(q, i, NULL)->id);
	out->n_asked = 0;
	out->asked = xcalloc(q->answered + 1, sizeof *out->asked);
	for (size_t i = 0; i < q->n; i++)
		if (q->items[i].given >= 0)
			out->asked[out->n_asked++] = xstrdup(q->items[i].sc->id);
	return 0;
}

/* Free what a result owns. */
void
quiz_result_done(struct quiz_result *r)
{
	for (size_t i = 0; i < r->n_missed; i++)
		free(r->missed[i]);
	free(r->missed);
	for (size_t i = 0; i < r->n_asked; i++)
		free(r->asked[i]);
	free(r->asked);
	memset(r, 0, sizeof *r);
}

/* Copy a result. */
struct quiz_result *
quiz_result_dup(const struct quiz_result *r)
{
	struct quiz_result *c = xmalloc(sizeof *c);

	*c = *r;
	c->missed = xcalloc(r->n_missed + 1, sizeof *c->missed);
	for (size_t i = 0; i < r->n_missed; i++)
		c->missed[i] = xstrdup(r->missed[i]);
	c->asked = xcalloc(r->n_asked + 1, sizeof *c->asked);
	for (size_t i = 0; i < r->n_asked; i++)
		c->asked[i] = xstrdup(r->asked[i]);
	return c;
}

/* Say whether the first n ids of v hold s. */
static bool
quiz_has_id(char *const *v, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return true;
	return false;
}

/* Say whether the n ids of v are well-formed and distinct. */
static bool
quiz_ids_ok(char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!scenario_is_id(v[i]) || quiz_has_id(v, i, v[i]))
			return false;
	return true;
}

/* Check a result read from a file. */
enum quiz_problem
quiz_result_check(const struct quiz_result *r)
{
	if (r->total < 1 || r->total > QUIZ_MAX_TOTAL)
		return QUIZ_BAD_TOTAL;
	if (r->score > r->total)
		return QUIZ_BAD_SCORE;
	if (r->answered < 1 || r->answered > r->total ||
	    r->answered < r->score)
		return QUIZ_BAD_ANSWERED;
	if (r->n_missed != r->answered - r->score ||
	    !quiz_ids_ok(r->missed, r->n_missed))
		return QUIZ_BAD_MISSED;
	if (r->n_asked == 0)
		return QUIZ_OK;		/* written before asked was kept */
	if (r->n_asked != r->answered || !quiz_ids_ok(r->asked, r->n_asked))
		return QUIZ_BAD_ASKED;
	for (size_t i = 0; i < r->n_missed; i++)
		if (!quiz_has_id(r->asked, r->n_asked, r->missed[i]))
			return QUIZ_BAD_ASKED;
	return QUIZ_OK;
}

/* Name the member p is about. */
const char *
quiz_problem_member(enum quiz_problem p)
{
	if ((size_t)p >= sizeof quiz_problem_members /
	    sizeof quiz_problem_members[0])
		return NULL;
	return quiz_problem_members[p];
}

/* Say what p means, in the user's language. */
const char *
quiz_problem_text(enum quiz_problem p)
{
	if ((size_t)p >= sizeof quiz_problem_texts /
	    sizeof quiz_problem_texts[0])
		p = QUIZ_BAD_MISSED;
	return _(quiz_problem_texts[p]);
}
