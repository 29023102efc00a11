/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * verify: a message asks for money, or for a code, in the name of a
 * leader or a unit.  The official types part of the unit's name, picks
 * it from the agency's directory of official contacts (site settings),
 * and sees the number to call, with the steps from the money-requests
 * module.  Without a directory the agency's own number (or a generic
 * phrase) is shown instead.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

#define VERIFY_LIST_ROWS 5	/* contacts shown at once */
#define VERIFY_MIN_UNIT 12	/* columns a row keeps for the unit */

static const struct ui_key verify_keys[] = {
	/* TRANSLATORS: the "key" is any letter: typing searches. */
	{ N_("Type"), NULL, NULL, N_("Search for a unit"), true },
	{ "↑↓", N_("Up/Down"), "Tab", N_("Choose a unit"), true },
	{ "PgDn", NULL, "PgUp", N_("Scroll the steps"), true },
	{ "Esc", NULL, NULL, N_("Back"), true },
	{ "F1", NULL, NULL, N_("Help"), true },
	{ "Ctrl-U", NULL, NULL, N_("Clear the search"), false },
	{ NULL, NULL, NULL, NULL, false },
};

/* Start with an empty search: every contact is listed. */
static void
verify_enter(struct ui *ui)
{
	edit_clear(&ui->filter);
}

/* The contact on list row i. */
static const struct site_contact *
verify_contact(const struct ui *ui, size_t i)
{
	return &ui->site->contacts[ui->nav.trouble.found.v[i]];
}

/* Draw one contact: unit, office, number.  The number is never cut (a
 * projector's large font leaves few columns): the unit and the office
 * give up columns first. */
static void
verify_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct site_contact *c = verify_contact(ui, i);
	int pw = draw_text_width(c->phone), uw = width * 2 / 5;

	if (pw > width - VERIFY_MIN_UNIT)
		pw = width - VERIFY_MIN_UNIT;
	if (uw > width - pw - 2)
		uw = width - pw - 2;
	draw_text(y, x, uw - 1, c->unit, a);
	draw_text(y, x + uw, width - uw - pw - 2, c->name, a);
	draw_text(y, x + width - pw, pw, c->phone, a);
}

/* Lay out the number to call for the chosen contact (or the agency's,
 * when nothing is chosen) into w. */
static void
verify_call(struct ui *ui, struct wrap *w, int width)
{
	const struct site_contact *c;
	char *t;

	if (ui->nav.trouble.found.n == 0) {
		wrap_text(w, draw_expand(ui, _("Call {verify_phone} to check "
		    "the request.")), width, 0, A_BOLD);
		return;
	}
	c = verify_contact(ui, ui->nav.sel);
	t = xasprintf(_("Call %s (%s) on %s."), c->name, c->unit, c->phone);
	wrap_text(w, t, width, 0, A_BOLD);
	free(t);
	if (c->email != NULL) {
		t = xasprintf(_("Or write to %s."), c->email);
		wrap_text(w, t, width, 0, A_NORMAL);
		free(t);
	}
}

/* Lay out what to do, from the money-requests module, into w. */
static void
verify_steps(struct ui *ui, struct wrap *w, int width)
{
	const struct step *s = nav_trouble_verify_step(&ui->nav);
	const char *how;

	wrap_text(w, _("Never use a number or a link from the message "
	    "itself."), width, 0, A_BOLD);
	if (s == NULL)
		return;
	how = step_how(s, nav_trouble_phone(&ui->nav));
	wrap_blank(w);
	wrap_text(w, draw_tr(ui, s->title), width, 0,
	    ui->attr[STYLE_HEADING]);
	if (how != NULL)
		wrap_text(w, draw_tr(ui, how), width, 2, A_NORMAL);
}

/* Draw the search box and the matching contacts; returns the rows
 * used. */
static int
verify_search(struct ui *ui, int y, int h)
{
	const char *label = _("Unit or name:");
	int lw = draw_text_width(label) + 2, rows;
	size_t n = ui->nav.trouble.found.n;

	if (h < 3)
		return 0;
	draw_text(y, 1, lw, label, ui->attr[STYLE_HEADING]);
	edit_draw(&ui->filter, y, 1 + lw, draw_cols() - lw - 3,
	    A_UNDERLINE | A_BOLD, &ui->cur_x);
	ui->cur_y = y;
	if (n == 0) {
		draw_text(y + 1, 1, draw_cols() - 2, _("No unit matches what "
		    "you typed."), ui->attr[STYLE_LATER]);
		return 3;
	}
	rows = n < VERIFY_LIST_ROWS ? (int)n : VERIFY_LIST_ROWS;
	rows = rows < h - 2 ? rows : h - 2;
	draw_list(ui, y + 1, rows, n, verify_row);
	return rows + 2;
}

/* Draw the title, the search, the number to call and the steps. */
static void
verify_draw(struct ui *ui, int y, int h)
{
	int width = draw_cols() - 2, row;
	struct wrap w;

	draw_text(y, 1, width, _("Check a request for money"),
	    ui->attr[STYLE_TITLE]);
	wrap_init(&w);
	if (ui->site == NULL || ui->site->n_contacts == 0)
		wrap_text(&w, _("Your agency has not listed its official "
		    "contacts here."), width, 0, A_NORMAL);
	else
		wrap_text(&w, _("Type the unit or office the message claims "
		    "to come from, then call its official number."), width, 0,
		    A_NORMAL);
	wrap_draw(&w, 0, y + 1, 1, 2, width);
	row = y + 1 + (w.n < 2 ? (int)w.n : 2) + 1;
	wrap_free(&w);
	if (ui->site != NULL && ui->site->n_contacts > 0)
		row += verify_search(ui, row, y + h - row);
	wrap_init(&w);
	verify_call(ui, &w, width);
	verify_steps(ui, &w, width);
	wrap_scrolled(ui, &w, row, y + h - row, true);
	wrap_free(&w);
}

/* Type into the search (the list follows at once), or hand the action
 * to the navigation. */
static unsigned
verify_action(struct ui *ui, enum action a, wchar_t wc)
{
	unsigned flags;
	char *text;

	if (!edit_apply(&ui->filter, a, wc))
		return nav_apply(&ui->nav, a);
	text = edit_text(&ui->filter);
	flags = nav_trouble_verify_filter(&ui->nav, text);
	free(text);
	return flags;
}

const struct ui_screen verify_screen = {
	.enter = verify_enter,
	.draw = verify_draw,
	.action = verify_action,
	.keys = verify_keys,
	.text = true,
};
