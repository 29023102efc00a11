/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * details: the second question about a possible takeover: a few words
 * more for the IT office, if the official wants to add any.  The text is
 * short (INCIDENT_DETAILS_MAX bytes) and never meant for a code.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "exchange/incident.h"
#include "ui/tui.h"

static const struct ui_key details_keys[] = {
	{ "Enter", NULL, NULL, N_("Continue"), true },
	{ "Esc", NULL, NULL, N_("Back"), true },
	{ "F1", NULL, NULL, N_("Help"), true },
	{ "←→", N_("Left/Right"), "Home, End", N_("Move in the text"), false },
	{ "Ctrl-U", NULL, NULL, N_("Clear the text"), false },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw the question, the warning and the text box. */
static void
details_draw(struct ui *ui, int y, int h)
{
	int width = draw_cols() - 2, row;
	struct wrap w;

	draw_text(y, 1, width, _("Anything else your IT office should know?"),
	    ui->attr[STYLE_TITLE]);
	wrap_init(&w);
	wrap_text(&w, _("Question 2 of 3. Optional: a few words, for example "
	    "when it started or which contacts got messages."), width, 0,
	    A_NORMAL);
	wrap_text(&w, _("Never write a code, a PIN or a password here."),
	    width, 0, A_BOLD);
	wrap_draw(&w, 0, y + 1, 1, h - 1, width);
	row = y + 2 + (int)w.n;
	wrap_free(&w);
	if (row >= y + h)
		return;
	edit_draw(&ui->details, row, 1, width, A_UNDERLINE | A_BOLD,
	    &ui->cur_x);
	ui->cur_y = row;
	if (row + 2 >= y + h)
		return;
	if (ui->nav.trouble.details_error == NULL) {
		draw_text(row + 2, 1, width, _("Enter continues; you may leave "
		    "it empty."), ui->attr[STYLE_DIM]);
		return;
	}
	wrap_init(&w);
	wrap_text(&w, ui->nav.trouble.details_error, width, 0,
	    ui->attr[STYLE_ERROR]);
	wrap_draw(&w, 0, row + 2, 1, y + h - row - 2, width);
	wrap_free(&w);
}

/* Type the text, give it to the navigation on Enter, or hand the action
 * to the navigation. */
static unsigned
details_action(struct ui *ui, enum action a, wchar_t wc)
{
	char *note;
	unsigned flags;

	if (edit_apply(&ui->details, a, wc))
		return NAV_REDRAW;
	if (a != ACT_ENTER)
		return nav_apply(&ui->nav, a);
	note = edit_text(&ui->details);
	flags = nav_trouble_details_submit(&ui->nav, note);
	free(note);
	return flags;
}

const struct ui_screen details_screen = {
	.draw = details_draw,
	.action = details_action,
	.keys = details_keys,
	.text = true,
};
