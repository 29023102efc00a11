/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * training: the scenario quiz and trainer mode (see training.h).  The
 * quiz goes scenario, feedback, scenario, ..., score, and returns to
 * where it was started; the trainer's menu starts it, or the demo, which
 * hands a sandbox record to the checklist and takes it back on leaving.
 */
#include "config.h"
#include "nav/training.h"

#include <assert.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"
#include "nav/flow.h"

/* The menu's rows, one a row of the navigation's, each with what it
 * is. */
static const struct {
	const char *name;
	const char *about;
} trainer_items[] = {
	[NAV_TRAINER_DEMO] = { N_("Demo walkthrough"), N_("the whole "
	    "checklist in a sandbox, for projecting") },
	[NAV_TRAINER_QUIZ] = { N_("Scenario quiz"), N_("realistic messages; "
	    "the score is shown, not saved") },
	[NAV_TRAINER_SHORT] = { N_("Quick quiz"), NULL },
	[NAV_TRAINER_MEDIUM] = { N_("Short quiz"), NULL },
	[NAV_TRAINER_THEMES] = { N_("Quiz by theme"), N_("the scenarios of "
	    "one theme only") },
	[NAV_TRAINER_QUIT] = { N_("Quit"), "" },
};
static_assert(sizeof trainer_items / sizeof trainer_items[0] ==
    NAV_TRAINER_COUNT, "a row for each of the navigation's");

const char *
nav_trainer_row_name(enum nav_trainer_row row)
{
	return _(trainer_items[row].name);
}

char *
nav_trainer_row_about(const struct nav *n, enum nav_trainer_row row)
{
	unsigned long count = row == NAV_TRAINER_SHORT ? NAV_QUIZ_SHORT :
	    NAV_QUIZ_MEDIUM;

	if (row != NAV_TRAINER_SHORT && row != NAV_TRAINER_MEDIUM)
		/* not _(""): that is the catalogue's header */
		return xstrdup(*trainer_items[row].about != '\0' ?
		    _(trainer_items[row].about) : "");
	if (n->training.plan.in_order)
		return xasprintf(ngettext("the first %lu scenario, in file "
		    "order", "the first %lu scenarios, in file order", count),
		    count);
	return xasprintf(ngettext("%lu scenario drawn at random",
	    "%lu scenarios drawn at random, none twice", count), count);
}

/* No scenarios at all, for a quiz over content that has none. */
static const struct scenario_set nav_training_no_scenarios = {
	NULL, 0, NULL, 0
};

/* End the demo: the sandbox goes, and with it everything done on it. */
static void
nav_training_demo_end(struct nav *n)
{
	if (n->record == n->training.sandbox)
		n->record = NULL;
	record_close(n->training.sandbox);
	n->training.sandbox = NULL;
	n->demo = false;
	n->official = NAV_NONE;
}

void
nav_training_done(struct nav *n)
{
	nav_training_demo_end(n);
	quiz_free(n->training.quiz);
	n->training.quiz = NULL;
}

unsigned
nav_training_demo_leave(struct nav *n)
{
	nav_training_demo_end(n);
	return nav_show(n, NAV_TRAINER, NAV_TRAINER_DEMO);
}

/* A fresh sandbox record with one official, in the language shown. */
static struct record *
nav_training_sandbox_new(const struct nav *n)
{
	struct record *r = xcalloc(1, sizeof *r);
	struct profile p = {
		/* TRANSLATORS: the name of the official in the demo. */
		.name = _("Demo participant"), .nip = NAV_DEMO_NIP,
		.kind = NIP_PNS, .unit = _("Demo unit"),
		.position = _("Demo position"),
	};
	struct official *o;

	r->lock_fd = -1;
	o = record_add(r, &p, isotime_now());
	o->language = xstrdup(n->lang);
	return r;
}

unsigned
nav_training_demo_start(struct nav *n)
{
	nav_training_demo_end(n);
	n->training.sandbox = nav_training_sandbox_new(n);
	n->record = n->training.sandbox;
	n->demo = true;
	n->help = false;
	n->checklist.prompt = false;
	quiz_free(n->training.quiz);
	n->training.quiz = NULL;
	n->module = 0;
	return nav_checklist_choose(n, 0);
}

/* Start a quiz of at most count scenarios (0: all) of theme (NULL: all)
 * that returns to back, on the row selected now; the trainer's command
 * line may keep the order. */
static unsigned
nav_training_quiz_run(struct nav *n, enum nav_screen back, const char *theme,
    size_t count)
{
	struct nav_training *t = &n->training;
	struct quiz_plan p = { theme, count, t->plan.in_order, t->seed };

	if (t->scenarios_later) {
		/* Nothing changes until they are read. */
		t->asked.back = back;
		t->asked.theme = theme;
		t->asked.count = count;
		return NAV_LOAD_SCENARIOS;
	}
	t->seed++;
	quiz_free(t->quiz);
	t->quiz = quiz_start(t->scenarios != NULL ? t->scenarios :
	    &nav_training_no_scenarios, &p);
	t->quiz_back = back;
	t->quiz_row = n->sel;
	t->quiz_saved = false;
	t->quiz_stopped = false;
	if (quiz_is_done(t->quiz))
		return nav_show(n, NAV_SCORE, 0);
	return nav_show(n, NAV_SCENARIO, 0);
}

unsigned
nav_training_scenarios_read(struct nav *n, const struct scenario_set *set)
{
	struct nav_training *t = &n->training;

	if (!t->scenarios_later)
		return 0;
	t->scenarios_later = false;
	t->scenarios = set;
	t->scenarios_broken = set == NULL;
	return nav_training_quiz_run(n, t->asked.back, t->asked.theme,
	    t->asked.count);
}

unsigned
nav_training_quiz_start(struct nav *n, enum nav_screen back)
{
	return nav_training_quiz_run(n, back, NULL, 0);
}

unsigned
nav_training_trainer_start(struct nav *n)
{
	const struct quiz_plan *p = &n->training.plan;

	nav_show(n, NAV_TRAINER, 0);
	if (p->theme == NULL && p->count == 0)
		return NAV_REDRAW;
	n->sel = NAV_TRAINER_QUIZ;
	return nav_training_quiz_run(n, NAV_TRAINER, p->theme, p->count);
}

/* Leave the quiz for where it was started from. */
static unsigned
nav_training_quiz_leave(struct nav *n)
{
	quiz_free(n->training.quiz);
	n->training.quiz = NULL;
	if (n->training.quiz_back == NAV_MODULES)
		return nav_checklist_modules_open(n);
	return nav_show(n, n->training.quiz_back, n->training.quiz_row);
}

/* The themes the quiz can be run by, and how many there are. */
static size_t
nav_training_n_themes(const struct nav *n)
{
	return n->training.scenarios != NULL ?
	    n->training.scenarios->n_themes : 0;
}

/* NAV_TRAINER: the demo, a quiz, the themes, or quit. */
static unsigned
nav_training_trainer_pick(struct nav *n)
{
	switch (n->sel) {
	case NAV_TRAINER_DEMO:
		return nav_training_demo_start(n);
	case NAV_TRAINER_QUIZ:
		return nav_training_quiz_run(n, NAV_TRAINER, NULL, 0);
	case NAV_TRAINER_SHORT:
		return nav_training_quiz_run(n, NAV_TRAINER, NULL,
		    NAV_QUIZ_SHORT);
	case NAV_TRAINER_MEDIUM:
		return nav_training_quiz_run(n, NAV_TRAINER, NULL,
		    NAV_QUIZ_MEDIUM);
	case NAV_TRAINER_THEMES:
		/* Content without themes has nothing to choose from. */
		return nav_training_n_themes(n) > 0 ?
		    nav_show(n, NAV_THEMES, 0) : 0;
	default:
		return NAV_QUIT;
	}
}

unsigned
nav_on_trainer(struct nav *n, enum action a)
{
	return nav_choice(n, a, NAV_TRAINER_COUNT, nav_training_trainer_pick,
	    nav_quit);
}

/* NAV_THEMES: the quiz of the theme chosen; one without scenarios
 * starts nothing. */
static unsigned
nav_training_theme_pick(struct nav *n)
{
	const struct scenario_set *set = n->training.scenarios;
	const char *id = set->themes[n->sel].id;

	if (scenario_theme_count(set, id) == 0)
		return 0;
	return nav_training_quiz_run(n, NAV_THEMES, id, 0);
}

/* NAV_THEMES: back to the menu, on its row. */
static unsigned
nav_training_themes_back(struct nav *n)
{
	return nav_show(n, NAV_TRAINER, NAV_TRAINER_THEMES);
}

unsigned
nav_on_themes(struct nav *n, enum action a)
{
	return nav_choice(n, a, nav_training_n_themes(n),
	    nav_training_theme_pick, nav_training_themes_back);
}

/* The quiz is over, finished or stopped: keep the result in the
 * official's record when they took it under their own profile. */
static unsigned
nav_training_quiz_finish(struct nav *n)
{
	struct nav_training *t = &n->training;
	struct official *o = nav_official(n);
	struct quiz_result r;
	unsigned flags = nav_show(n, NAV_SCORE, 0);

	if (t->quiz_back != NAV_MODULES || o == NULL ||
	    quiz_finish(t->quiz, isotime_now(), &r) != 0)
		return flags;
	t->quiz_saved = official_set_quiz(o, &r) == 0;
	quiz_result_done(&r);
	return t->quiz_saved ? flags | NAV_DIRTY : flags;
}

/* Stop the quiz: with nothing answered it just ends; otherwise the score
 * of what was answered (partial unless every one was). */
static unsigned
nav_training_quiz_stop(struct nav *n)
{
	struct nav_training *t = &n->training;

	if (quiz_answered(t->quiz) == 0)
		return nav_training_quiz_leave(n);
	t->quiz_stopped = !quiz_is_done(t->quiz);
	return nav_training_quiz_finish(n);
}

/* NAV_SCENARIO: choose an answer; pages scroll the message. */
unsigned
nav_on_ask(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		if (quiz_answer(n->training.quiz, n->sel) < 0)
			return 0;
		return nav_show(n, NAV_FEEDBACK, 0);
	case ACT_PGUP:
	case ACT_PGDN:
		return nav_scroll(n, a);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_training_quiz_stop(n);
	default:
		return nav_move(n, a,
		    quiz_current(n->training.quiz)->n_choices);
	}
}

/* On to the next scenario, or the score after the last. */
static unsigned
nav_training_quiz_next(struct nav *n)
{
	quiz_next(n->training.quiz);
	if (quiz_is_done(n->training.quiz))
		return nav_training_quiz_finish(n);
	return nav_show(n, NAV_SCENARIO, 0);
}

/* NAV_FEEDBACK: the text scrolls; Enter, Space or Right goes on. */
unsigned
nav_on_feedback(struct nav *n, enum action a)
{
	if (a == ACT_TOGGLE || a == ACT_NEXT)
		a = ACT_ENTER;
	return nav_reading(n, a, nav_training_quiz_next,
	    nav_training_quiz_stop);
}

/* NAV_SCORE: the review scrolls; any way out goes back. */
unsigned
nav_on_score(struct nav *n, enum action a)
{
	return nav_reading(n, a, nav_training_quiz_leave,
	    nav_training_quiz_leave);
}
