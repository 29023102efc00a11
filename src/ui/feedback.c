/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * feedback: after an answer: right or not, why (the feedback of the
 * choice given, and of the right one when it was not), the red flags
 * that give the message away, and what to do, with the agency's own
 * numbers put in.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "model/quiz.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key feedback_keys[] = {
	{ "Enter", NULL, N_("Space, Right"), N_("Continue"), true },
	{ "↑↓", N_("Up/Down"), "PgUp, PgDn", N_("Scroll"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Stop the quiz"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Lay out a choice, the one given or the right one, and why it is right
 * or wrong into w. */
static void
feedback_choice(struct ui *ui, struct wrap *w, bool given,
    const struct scenario_choice *c, int width)
{
	char *t = given ? xasprintf(_("You chose: %s"), draw_tr(ui, c->text)) :
	    xasprintf(_("The right answer: %s"), draw_tr(ui, c->text));

	wrap_text(w, t, width, 0, ui->attr[STYLE_HEADING]);
	free(t);
	wrap_text(w, draw_tr(ui, c->feedback), width, 2, A_NORMAL);
}

/* Lay out the red flags (or that there are none) and the action. */
static void
feedback_lesson(struct ui *ui, const struct scenario *sc, struct wrap *w,
    int width)
{
	wrap_blank(w);
	if (sc->fraud) {
		wrap_text(w, _("Red flags:"), width, 0,
		    ui->attr[STYLE_HEADING]);
		for (size_t i = 0; i < sc->n_red_flags; i++) {
			char *t = xasprintf("- %s", draw_tr(ui,
			    sc->red_flags[i]));

			wrap_text(w, t, width, 2, A_NORMAL);
			free(t);
		}
	} else
		wrap_text(w, _("This message is genuine: nothing in it is a "
		    "red flag."), width, 0, ui->attr[STYLE_HEADING]);
	wrap_blank(w);
	wrap_text(w, _("What to do:"), width, 0, ui->attr[STYLE_HEADING]);
	wrap_text(w, draw_tr(ui, sc->action), width, 2, A_NORMAL);
}

/* Draw the verdict, then the explanation, scrolled. */
static void
feedback_draw(struct ui *ui, int y, int h)
{
	const struct quiz *q = ui->nav.training.quiz;
	const struct scenario *sc = quiz_current(q);
	int given = quiz_given(q), right = quiz_right(q);
	int width = draw_cols() - 2, head;
	size_t k, total;
	struct wrap w;
	char *t;

	quiz_progress(q, &k, &total);
	/* The title wraps (a large font), to two lines at most. */
	t = xasprintf(_("Scenario %zu of %zu: %s"), k, total,
	    draw_tr(ui, sc->title));
	wrap_init(&w);
	wrap_text(&w, t, width, 0, ui->attr[STYLE_DIM]);
	free(t);
	head = w.n < 2 ? (int)w.n : 2;
	wrap_draw(&w, 0, y, 1, head, width);
	wrap_free(&w);
	y += head - 1;
	h -= head - 1;
	if (given == right)
		draw_text(y + 1, 1, width, _("Right!"), ui->attr[STYLE_DONE] |
		    A_BOLD);
	else
		draw_text(y + 1, 1, width, _("Not quite."),
		    ui->attr[STYLE_ERROR]);
	wrap_init(&w);
	feedback_choice(ui, &w, true, quiz_choice(q, (size_t)given), width);
	if (given != right) {
		wrap_blank(&w);
		feedback_choice(ui, &w, false, quiz_choice(q, (size_t)right),
		    width);
	}
	feedback_lesson(ui, sc, &w, width);
	wrap_scrolled(ui, &w, y + 3, h - 3, false);
	wrap_free(&w);
}

const struct ui_screen feedback_screen = {
	.draw = feedback_draw,
	.keys = feedback_keys,
};
