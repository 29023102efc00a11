/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * training: the plain form of trainer mode and the scenario quiz
 * (nav/training.c): the trainer's menu (the demo, the whole, quick and
 * short quizzes, the quiz by theme), the themes, a scenario with its
 * answers, the feedback on an answer and the score, partial when the
 * quiz was stopped.
 */
#include "config.h"
#include "plain/pln.h"

#include <assert.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "model/quiz.h"
#include "model/scenario.h"

/* ------------------------------------------------------------ trainer */

static void
trainer_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("Trainer mode"));
	say(p, _("Nothing you do here is saved: no record, no file."));
}

/* Say whether the menu's row i can start anything: the quiz by theme
 * needs themes. */
static bool
trainer_row_offered(const struct plain *p, size_t i)
{
	const struct scenario_set *set = p->nav.training.scenarios;

	return i != NAV_TRAINER_THEMES || (set != NULL && set->n_themes > 0);
}

static void
trainer_choices(struct plain *p, struct plain_menu *m)
{
	for (size_t i = 0; i < NAV_TRAINER_COUNT; i++) {
		const char *name = nav_trainer_row_name(i);
		char *about, *t;

		if (!trainer_row_offered(p, i))
			continue;
		about = nav_trainer_row_about(&p->nav, i);
		t = *about == '\0' ? xstrdup(name) :
		    xasprintf("%s: %s", name, about);
		plain_menu_row(m, t, i, ACT_ENTER);
		free(t);
		free(about);
	}
	plain_menu_common(p, m, _("Quit"));
}

const struct plain_screen trainer_plain = {
	.print = trainer_print,
	.choices = trainer_choices,
};

/* ------------------------------------------------------------ themes */

static void
themes_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("Quiz by theme"));
	say(p, _("Choose a theme: the quiz asks its scenarios only."));
}

/* The themes with scenarios, numbered (one without starts nothing). */
static void
themes_choices(struct plain *p, struct plain_menu *m)
{
	const struct scenario_set *set = p->nav.training.scenarios;

	for (size_t i = 0; set != NULL && i < set->n_themes; i++) {
		const struct scenario_theme *th = &set->themes[i];
		unsigned long k = scenario_theme_count(set, th->id);
		char *title, *t;

		if (k == 0)
			continue;
		title = plain_tr(p, th->title);
		t = xasprintf(ngettext("%s (%lu scenario)",
		    "%s (%lu scenarios)", k), title, k);
		plain_menu_row(m, t, i, ACT_ENTER);
		free(t);
		free(title);
	}
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen themes_plain = {
	.print = themes_print,
	.choices = themes_choices,
};

/* ------------------------------------------------------------ ask */

static void
ask_print(struct plain *p, bool again)
{
	const struct quiz *q = p->nav.training.quiz;
	const struct scenario *sc = quiz_current(q);
	size_t k, total;
	char *t;

	if (again)
		return;
	quiz_progress(q, &k, &total);
	sayf(p, _("Scenario %zu of %zu: %s"), k, total,
	    scenario_channel_label(sc->channel));
	t = plain_tr(p, sc->sender);
	sayf(p, _("From: %s"), t);
	free(t);
	for (size_t i = 0; i < sc->n_messages; i++)
		say_tr(p, sc->messages[i]);
	say_tr(p, sc->question);
}

static void
ask_choices(struct plain *p, struct plain_menu *m)
{
	const struct quiz *q = p->nav.training.quiz;

	for (size_t i = 0; i < quiz_current(q)->n_choices; i++) {
		char *t = plain_tr(p, quiz_choice(q, i)->text);

		plain_menu_row(m, t, i, ACT_ENTER);
		free(t);
	}
	plain_menu_common(p, m, _("Stop the quiz"));
}

const struct plain_screen ask_plain = {
	.print = ask_print,
	.choices = ask_choices,
};

/* ------------------------------------------------------------ feedback */

/* Say a choice, the one given or the right one, and why. */
static void
feedback_choice(struct plain *p, bool given, const struct scenario_choice *c)
{
	char *text = plain_tr(p, c->text);

	if (given)
		sayf(p, _("You chose: %s"), text);
	else
		sayf(p, _("The right answer: %s"), text);
	free(text);
	say_tr(p, c->feedback);
}

static void
feedback_print(struct plain *p, bool again)
{
	const struct quiz *q = p->nav.training.quiz;
	const struct scenario *sc = quiz_current(q);
	int given = quiz_given(q), right = quiz_right(q);
	size_t k, total;
	char *t;

	if (again)
		return;
	quiz_progress(q, &k, &total);
	t = plain_tr(p, sc->title);
	sayf(p, _("Scenario %zu of %zu: %s"), k, total, t);
	free(t);
	say(p, given == right ? _("Right!") : _("Not quite."));
	feedback_choice(p, true, quiz_choice(q, (size_t)given));
	if (given != right)
		feedback_choice(p, false, quiz_choice(q, (size_t)right));
	if (sc->fraud) {
		say(p, _("Red flags:"));
		for (size_t i = 0; i < sc->n_red_flags; i++)
			say_tr(p, sc->red_flags[i]);
	} else
		say(p, _("This message is genuine: nothing in it is a red "
		    "flag."));
	say_section(p, _("What to do:"), sc->action);
}

static void
feedback_choices(struct plain *p, struct plain_menu *m)
{
	plain_menu_row(m, _("Continue"), NAV_NONE, ACT_ENTER);
	plain_menu_common(p, m, _("Stop the quiz"));
}

const struct plain_screen feedback_plain = {
	.print = feedback_print,
	.choices = feedback_choices,
};

/* ------------------------------------------------------------ score */

static void
score_print(struct plain *p, bool again)
{
	const struct quiz *q = p->nav.training.quiz;
	size_t score = quiz_score(q), k, total, n;

	if (again)
		return;
	quiz_progress(q, &k, &total);
	if (total == 0 && p->nav.training.scenarios_broken) {
		say(p, _("The quiz cannot be opened"));
		say(p, _("Its scenario files have mistakes. Your checklist and "
		    "your progress are not affected. Tell your IT unit what is "
		    "wrong:"));
		for (n = 0; n < p->scenario_problems.n; n++)
			say(p, p->scenario_problems.msgs[n]);
		return;
	}
	if (total == 0) {
		say(p, _("There are no quiz scenarios in this content."));
		return;
	}
	if (p->nav.training.quiz_stopped) {
		/* A partial score: of those answered, out of those planned. */
		size_t answered = quiz_answered(q);

		sayf(p, _("Quiz stopped: %zu of %zu scenarios answered, %zu "
		    "right (%u%%)"), answered, total, score,
		    (unsigned)(score * 100 / answered));
	} else
		sayf(p, _("Your score: %zu of %zu (%u%%)"), score, total,
		    (unsigned)(score * 100 / total));
	if (p->nav.demo)
		say(p, _("In the demo the result is not saved."));
	else if (p->nav.training.quiz_saved && p->save_error == 0 &&
	    p->nav.training.quiz_stopped)
		say(p, _("This partial result is saved in your record and goes "
		    "into your next report."));
	else if (p->nav.training.quiz_saved && p->save_error == 0)
		say(p, _("The result is saved in your record and goes into your "
		    "next report."));
	else if (p->nav.training.quiz_saved)
		say(p, _("The result could not be saved (see below)."));
	else
		say(p, _("This result is not saved."));
	if ((n = quiz_n_missed(q)) == 0) {
		say(p, _("You spotted every one. Well done!"));
		return;
	}
	say(p, _("Look at these again:"));
	for (size_t i = 0; i < n; i++) {
		const struct scenario_choice *given;
		const struct scenario *sc = quiz_missed(q, i, &given);
		char *t = plain_tr(p, sc->title);

		sayf(p, "%zu. %s", i + 1, t);
		free(t);
		t = plain_tr(p, given->text);
		sayf(p, _("You chose: %s"), t);
		free(t);
		t = plain_tr(p, sc->choices[scenario_correct(sc)].text);
		sayf(p, _("The right answer: %s"), t);
		free(t);
		say_tr(p, sc->action);
	}
}

static void
score_choices(struct plain *p, struct plain_menu *m)
{
	plain_menu_row(m, _("Done"), NAV_NONE, ACT_ENTER);
	plain_menu_common(p, m, NULL);
}

const struct plain_screen score_plain = {
	.print = score_print,
	.choices = score_choices,
};
