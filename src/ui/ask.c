/*
 * ask: one quiz scenario: the message as it arrives (the channel, the
 * sender as the chat shows it, the bubbles in order), the question and
 * three or four answers.  The choices stay in view; a long message
 * scrolls above them with PgUp/PgDn.
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "model/quiz.h"
#include "ui/tui.h"
#include "base/xalloc.h"

#define ASK_CHOICE_INDENT 7	/* "  > A) " */
#define ASK_MESSAGE_MIN 5	/* rows the message gets at the least */

static const struct ui_key ask_keys[] = {
	{ "Enter", NULL, N_("Space"), N_("Answer"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Choose"), true },
	{ "PgDn", NULL, "PgUp", N_("Scroll the message"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Stop the quiz"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw "Scenario 3 of 15 - WhatsApp chat" and the sender's bar. */
static void
ask_head(struct ui *ui, const struct scenario *sc, int y)
{
	size_t k, total;
	char *t;

	quiz_progress(ui->nav.training.quiz, &k, &total);
	t = xasprintf(_("Scenario %zu of %zu: %s"), k, total,
	    scenario_channel_label(sc->channel));
	draw_text(y, 1, draw_cols() - 2, t, ui->attr[STYLE_TITLE]);
	free(t);
	draw_fill(y + 1, 1, draw_cols() - 2, ui->attr[STYLE_HEADER]);
	t = xasprintf(" %s", draw_tr(ui, sc->sender));
	draw_text(y + 1, 1, draw_cols() - 2, t, ui->attr[STYLE_HEADER]);
	free(t);
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
	for (size_t i = 0; i < n; i++) {
		bool sel = i == ui->nav.sel;
		attr_t a = sel ? ui->attr[STYLE_SELECT] : A_NORMAL;
		char mark[8] = { sel ? '>' : ' ', ' ', (char)('A' + i), ')',
		    '\0' };

		for (size_t l = first[i]; l < first[i + 1] && y < end;
		    l++, y++) {
			if (sel)
				draw_fill(y, 0, draw_cols(), a);
			if (l == first[i])
				draw_text(y, 2, 4, mark, a);
			draw_text(y, ASK_CHOICE_INDENT, draw_cols() - 2 -
			    ASK_CHOICE_INDENT, w->v[l].text, a);
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

/* Draw the scenario: head, message (scrolled), question, choices. */
static void
ask_draw(struct ui *ui, int y, int h)
{
	const struct scenario *sc = quiz_current(ui->nav.training.quiz);
	size_t first[SCENARIO_MAX_CHOICES + 1];
	struct wrap msg, q, ch;
	int below, width = draw_cols() - 2;

	ask_head(ui, sc, y);
	wrap_init(&q);
	wrap_init(&ch);
	wrap_init(&msg);
	wrap_text(&q, draw_tr(ui, sc->question), width, 0, A_BOLD);
	ask_choices(ui, sc, &ch, first, width - ASK_CHOICE_INDENT);
	if (h - 2 - (int)(q.n + ch.n) - 1 < ASK_MESSAGE_MIN) {
		/* A small window: one row a choice, so the message shows. */
		wrap_free(&ch);
		wrap_init(&ch);
		ask_choices(ui, sc, &ch, first, INT_MAX / 2);
	}
	ask_bubbles(ui, sc, &msg);
	/* A blank row, the question and the choices, at the bottom. */
	below = (int)(q.n + ch.n) + 1;
	if (below > h - 3)
		below = h - 3;
	wrap_scrolled(ui, &msg, y + 2, h - 2 - below, true);
	wrap_draw(&q, 0, y + h - below + 1, 1, below - 1, width);
	ask_draw_choices(ui, &ch, first, sc->n_choices, y + h - below + 1 +
	    (int)q.n, y + h);
	wrap_free(&msg);
	wrap_free(&ch);
	wrap_free(&q);
}

const struct ui_screen ask_screen = {
	.draw = ask_draw,
	.keys = ask_keys,
};
