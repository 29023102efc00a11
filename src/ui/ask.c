/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * ask: one quiz scenario: the message as it arrives (the channel, the
 * sender as the chat shows it, the bubbles in order), the question and
 * three or four answers.  The choices stay in view, wrapped whole; a
 * long message scrolls above them with PgUp/PgDn.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "model/quiz.h"
#include "ui/tui.h"
#include "base/xalloc.h"

#define ASK_CHOICE_INDENT 7	/* "  > A) " */
#define ASK_MESSAGE_MIN 3	/* rows for the message, its "more" line
				 * included, before the question joins it */

static const struct ui_key ask_keys[] = {
	{ "Enter", NULL, N_("Space"), N_("Answer"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Choose"), true },
	{ "PgDn", NULL, "PgUp", N_("Scroll the message"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Stop the quiz"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Lay out "Scenario 3 of 15: WhatsApp chat" and the sender's bar into
 * w, wrapped (a large font shows few columns; a phone number in the
 * sender stays whole). */
static void
ask_head(struct ui *ui, const struct scenario *sc, struct wrap *w, int width)
{
	size_t k, total;
	char *t;

	quiz_progress(ui->nav.training.quiz, &k, &total);
	t = xasprintf(_("Scenario %zu of %zu: %s"), k, total,
	    scenario_channel_label(sc->channel));
	wrap_text(w, t, width, 0, ui->attr[STYLE_TITLE]);
	free(t);
	wrap_text(w, draw_tr(ui, sc->sender), width - 1, 1,
	    ui->attr[STYLE_HEADER]);
}

/* Draw the head laid out by ask_head from row y: the sender's lines on
 * a filled bar. */
static void
ask_draw_head(const struct wrap *w, int y, attr_t bar)
{
	for (size_t i = 0; i < w->n; i++) {
		if (w->v[i].attr == bar)
			draw_fill(y + (int)i, 1, draw_cols() - 2, bar);
		draw_text(y + (int)i, 1 + w->v[i].indent, draw_cols() - 2 -
		    w->v[i].indent, w->v[i].text, w->v[i].attr);
	}
}

/* Lay the choices out into w, wrapped to width columns; *first[i] gets
 * the line where choice i starts (first has n_choices + 1 entries). */
static void
ask_choices(struct ui *ui, const struct scenario *sc, struct wrap *w,
    size_t *first, int width)
{
	for (size_t i = 0; i < sc->n_choices; i++) {
		first[i] = w->n;
		wrap_text(w, draw_tr(ui,
		    quiz_choice(ui->nav.training.quiz, i)->text), width, 0,
		    A_NORMAL);
	}
	first[sc->n_choices] = w->n;
}

/* Draw the choices in rows y..end-1, the selected one reversed. */
static void
ask_draw_choices(struct ui *ui, const struct wrap *w, const size_t *first,
    size_t n, int y, int end)
{
	size_t rows = end > y ? (size_t)(end - y) : 0, skip = 0;

	/* Too many lines for the rows (the last resort of a tiny screen):
	 * the selected choice stays whole in view, the others around it. */
	if (w->n > rows && first[ui->nav.sel + 1] > rows)
		skip = first[ui->nav.sel + 1] - rows;
	if (skip > first[ui->nav.sel])
		skip = first[ui->nav.sel];
	for (size_t i = 0; i < n; i++) {
		bool sel = i == ui->nav.sel;
		attr_t a = sel ? ui->attr[STYLE_SELECT] : A_NORMAL;
		char mark[8] = { sel ? '>' : ' ', ' ', (char)('A' + i), ')',
		    '\0' };

		for (size_t l = first[i]; l < first[i + 1] && y < end; l++) {
			if (l < skip)
				continue;
			if (sel)
				draw_fill(y, 0, draw_cols(), a);
			if (l == first[i])
				draw_text(y, 2, 4, mark, a);
			draw_text(y, ASK_CHOICE_INDENT, draw_cols() - 2 -
			    ASK_CHOICE_INDENT, w->v[l].text, a);
			y++;
		}
	}
}

/* Lay the message bubbles out into w. */
static void
ask_bubbles(struct ui *ui, const struct scenario *sc, struct wrap *w)
{
	for (size_t i = 0; i < sc->n_messages; i++) {
		if (i > 0)
			wrap_blank(w);
		wrap_text(w, draw_tr(ui, sc->messages[i]), draw_cols() - 8, 3,
		    A_NORMAL);
	}
}

/* Draw the scenario: head, message (scrolled), question, choices.  The
 * choices are always wrapped whole, on a projector's large font too: the
 * message gives up rows first (it scrolls), then the blank row above the
 * question; when even then fewer than ASK_MESSAGE_MIN rows are left for
 * it, the question joins the end of the scrolled message. */
static void
ask_draw(struct ui *ui, int y, int h)
{
	const struct scenario *sc = quiz_current(ui->nav.training.quiz);
	size_t first[SCENARIO_MAX_CHOICES + 1];
	struct wrap head, msg, q, ch;
	int below, top, gap = 1, width = draw_cols() - 2;

	wrap_init(&head);
	wrap_init(&q);
	wrap_init(&ch);
	wrap_init(&msg);
	ask_head(ui, sc, &head, width);
	top = (int)head.n;
	if (top > 2 && h - top < 2 * ASK_MESSAGE_MIN)
		top = 2;	/* a long sender keeps two lines */
	wrap_text(&q, draw_tr(ui, sc->question), width, 0, A_BOLD);
	ask_choices(ui, sc, &ch, first, width - ASK_CHOICE_INDENT);
	ask_bubbles(ui, sc, &msg);
	below = (int)(q.n + ch.n);
	if (h - top - below - gap < ASK_MESSAGE_MIN)
		gap = 0;
	if (h - top - below < ASK_MESSAGE_MIN) {
		/* The question is read after the message, PgDn away. */
		wrap_blank(&msg);
		wrap_text(&msg, draw_tr(ui, sc->question), width - 2, 2,
		    A_BOLD);
		wrap_free(&q);
		wrap_init(&q);
		below = (int)ch.n;
	}
	if (below > h - top - gap - 2)
		below = h - top - gap - 2;	/* cut: the last resort */
	ask_draw_head(&head, y, ui->attr[STYLE_HEADER]);
	if (top < (int)head.n)
		draw_text(y + top - 1, draw_cols() - 4, 3, "...",
		    ui->attr[STYLE_HEADER]);
	wrap_scrolled(ui, &msg, y + top, h - top - below - gap, true);
	wrap_draw(&q, 0, y + h - below, 1, below, width);
	if (below > (int)q.n)
		ask_draw_choices(ui, &ch, first, sc->n_choices,
		    y + h - below + (int)q.n, y + h);
	wrap_free(&msg);
	wrap_free(&ch);
	wrap_free(&q);
	wrap_free(&head);
}

const struct ui_screen ask_screen = {
	.draw = ask_draw,
	.keys = ask_keys,
};
