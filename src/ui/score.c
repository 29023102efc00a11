/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * score: the end of the quiz: the score as a sentence and a bar, whether
 * it was kept in the official's record, and each scenario missed again:
 * what was chosen, what was right, what to do.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "model/quiz.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key score_keys[] = {
	{ "Enter", NULL, "Esc, q", N_("Done"), true },
	{ "↑↓", N_("Up/Down"), "PgUp, PgDn", N_("Scroll"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Say whether the result was kept, and where. */
static const char *
score_kept(const struct ui *ui)
{
	if (ui->nav.demo)
		return _("In the demo the result is not saved.");
	if (ui->nav.training.quiz_saved && ui->save_error == 0 &&
	    ui->nav.training.quiz_stopped)
		return _("This partial result is saved in your record and goes "
		    "into your next report.");
	if (ui->nav.training.quiz_saved && ui->save_error == 0)
		return _("The result is saved in your record and goes into "
		    "your next report.");
	if (ui->nav.training.quiz_saved)
		return _("The result could not be saved (see below).");
	return _("This result is not saved.");
}

/* Lay out one missed scenario into w. */
static void
score_missed(struct ui *ui, size_t i, struct wrap *w, int width)
{
	const struct scenario_choice *given;
	const struct scenario *sc = quiz_missed(ui->nav.training.quiz, i,
	    &given);
	char *t;

	wrap_blank(w);
	t = xasprintf("%zu. %s", i + 1, draw_tr(ui, sc->title));
	wrap_text(w, t, width, 0, ui->attr[STYLE_HEADING]);
	free(t);
	t = xasprintf(_("You chose: %s"), draw_tr(ui, given->text));
	wrap_text(w, t, width, 3, A_NORMAL);
	free(t);
	t = xasprintf(_("The right answer: %s"), draw_tr(ui,
	    sc->choices[scenario_correct(sc)].text));
	wrap_text(w, t, width, 3, A_BOLD);
	free(t);
	wrap_text(w, draw_tr(ui, sc->action), width, 3, A_NORMAL);
}

/* Lay out the review of what was missed into w. */
static void
score_review(struct ui *ui, struct wrap *w, int width)
{
	size_t n = quiz_n_missed(ui->nav.training.quiz);

	if (n == 0) {
		wrap_text(w, _("You spotted every one. Well done!"), width, 0,
		    ui->attr[STYLE_DONE] | A_BOLD);
		return;
	}
	wrap_text(w, _("Look at these again:"), width, 0,
	    ui->attr[STYLE_HEADING]);
	for (size_t i = 0; i < n; i++)
		score_missed(ui, i, w, width);
}

/* The scenarios could not be read: say so, and every problem found
 * (file:line), for the IT unit. */
static void
score_unreadable(struct ui *ui, int y, int h, int width)
{
	struct wrap w;

	draw_text(y, 1, width, _("The quiz cannot be opened"),
	    ui->attr[STYLE_ERROR]);
	wrap_init(&w);
	wrap_text(&w, _("Its scenario files have mistakes. Your checklist and "
	    "your progress are not affected. Tell your IT unit what is "
	    "wrong:"), width, 0, A_NORMAL);
	for (size_t i = 0; i < ui->scenario_problems.n; i++)
		wrap_text(&w, ui->scenario_problems.msgs[i], width, 2,
		    A_NORMAL);
	wrap_scrolled(ui, &w, y + 2, h - 2, false);
	wrap_free(&w);
}

/* Draw the score, the bar, whether it was kept, and the review. */
static void
score_draw(struct ui *ui, int y, int h)
{
	size_t score = quiz_score(ui->nav.training.quiz), k, total;
	int width = draw_cols() - 2;
	unsigned pct;
	struct wrap w;
	char *t;

	quiz_progress(ui->nav.training.quiz, &k, &total);
	if (total == 0 && ui->nav.training.scenarios_broken) {
		score_unreadable(ui, y, h, width);
		return;
	}
	if (total == 0) {
		draw_text(y, 1, width, _("There are no quiz scenarios in this "
		    "content."), ui->attr[STYLE_TITLE]);
		return;
	}
	wrap_init(&w);
	if (ui->nav.training.quiz_stopped) {
		/* A partial score: of those answered, out of those planned. */
		size_t answered = quiz_answered(ui->nav.training.quiz);

		pct = (unsigned)(score * 100 / answered);
		t = xasprintf(_("Quiz stopped: %zu of %zu scenarios answered, "
		    "%zu right (%u%%)"), answered, total, score, pct);
	} else {
		pct = (unsigned)(score * 100 / total);
		t = xasprintf(_("Your score: %zu of %zu (%u%%)"), score, total,
		    pct);
	}
	wrap_text(&w, t, width, 0, ui->attr[STYLE_TITLE]);
	free(t);
	wrap_draw(&w, 0, y, 1, (int)w.n, width);
	y += (int)w.n;
	h -= (int)w.n;
	wrap_free(&w);
	draw_bar(ui, y, 1, width, pct);
	wrap_init(&w);
	wrap_text(&w, score_kept(ui), width, 0, A_BOLD);
	wrap_draw(&w, 0, y + 1, 1, (int)w.n, width);
	y += 1 + (int)w.n;
	h -= 1 + (int)w.n;
	wrap_free(&w);
	wrap_init(&w);
	score_review(ui, &w, width);
	wrap_scrolled(ui, &w, y + 1, h - 1, false);
	wrap_free(&w);
}

const struct ui_screen score_screen = {
	.draw = score_draw,
	.keys = score_keys,
};
