/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * accounts: the accounts the official uses, a row each, "[x]" when used:
 * the title, "required by your agency" on the ones that cannot be
 * unticked; under the list the selected account's summary, and the note
 * when a tick was refused (nav/accounts.c).
 */
#include "config.h"

#include "base/i18n.h"
#include "ui/tui.h"

static const struct ui_key accounts_keys[] = {
	{ "Space", NULL, NULL, N_("Tick or untick"), true },
	{ "Enter", NULL, NULL, N_("Save and go on"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Move"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "Esc", NULL, "q", N_("Back"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw one account: its tick, its title, and the note on a required
 * one. */
static void
accounts_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct account *acct = &ui->content->accounts[i];
	const char *req = acct->enforced ? _("required by your agency") : NULL;
	int used = draw_text(y, x, width, ui->nav.checklist.ticks[i] ? "[x]" :
	    "[ ]", a);
	int rw = req != NULL ? draw_text_width(req) + 2 : 0;

	if (rw > width - used - 12)
		rw = 0;		/* too narrow: the title first */
	draw_text(y, x + used + 1, width - used - 1 - rw,
	    draw_tr(ui, acct->title), a);
	if (rw > 0)
		draw_text(y, x + width - rw + 2, rw - 2, req,
		    a == A_NORMAL ? ui->attr[STYLE_DIM] : a);
}

/* Draw the question, the list, the note and the selected summary. */
static void
accounts_draw(struct ui *ui, int y, int h)
{
	const struct content *c = ui->content;
	const char *note = ui->nav.checklist.accounts_note;
	int top = wrap_title(ui, y, _("Which of these accounts do you use?"),
	    _("Only the accounts ticked are asked about. Space ticks or "
	    "unticks, Enter saves; change this later with a.")),
	    n = (int)c->n_accounts, list_h = h - top, below;
	struct wrap w;

	if (list_h > n)
		list_h = n;
	draw_list(ui, y + top, list_h, c->n_accounts, accounts_row);
	below = y + top + list_h + 1;
	wrap_init(&w);
	if (note != NULL)
		wrap_text(&w, _(note), draw_cols() - 4, 0,
		    ui->attr[STYLE_ERROR]);
	if (ui->nav.sel < c->n_accounts)
		wrap_text(&w, draw_tr(ui, c->accounts[ui->nav.sel].summary),
		    draw_cols() - 4, 0, ui->attr[STYLE_DIM]);
	if (y + h - below > 0)
		wrap_draw(&w, 0, below, 2, y + h - below, draw_cols() - 4);
	wrap_free(&w);
}

const struct ui_screen accounts_screen = {
	.draw = accounts_draw,
	.keys = accounts_keys,
};
