/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * profile: the profile form, new or an edit of one, a row for each field
 * of the profile table (model/profile.h: full name, NIP, PNS or PPPK,
 * work unit, position) and [Save].  Text fields are edited here; moving
 * between fields, the unit list and checking what was typed are the
 * navigation's (nav/profile.h, nav_checklist_profile_submit), so the
 * rules are tested without a terminal.  When the site lists units, what
 * is typed in the unit row narrows the list under it, and the unit
 * chosen there is the one saved.
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "ui/tui.h"
#include "base/xalloc.h"

#define PROFILE_INPUT_MAX 60	/* widest input box, in columns */
#define PROFILE_UNIT_ROWS 4	/* units listed at once */

static const struct ui_key profile_keys[] = {
	{ "Tab", NULL, N_("Down"), N_("Next field"), true },
	{ "Enter", NULL, NULL, N_("Next field / Save"), true },
	{ "Esc", NULL, NULL, N_("Cancel"), true },
	{ "F1", NULL, NULL, N_("Help"), true },
	{ "Shift-Tab", NULL, N_("Up"), N_("Previous field"), false },
	{ "↑↓", N_("Up/Down"), NULL,
	    N_("In the list of units: choose a unit"), false },
	{ "←→", N_("Left/Right"), N_("Space"),
	    N_("Move in the text, or choose PNS/PPPK"), false },
	{ "Backspace", NULL, "Delete",
	    N_("Delete the character before or at the cursor"), false },
	{ "Home", NULL, "End", N_("Start or end of the text"), false },
	{ "Ctrl-U", NULL, NULL, N_("Clear the field"), false },
	{ NULL, NULL, NULL, NULL, false },
};

/* The type of form row f: a profile field's (model/profile.h), or -1
 * for the [Save] button. */
static int
profile_type(size_t f)
{
	return f < PROFILE_FIELD_COUNT ? (int)profile_describe(f)->type : -1;
}

/* Say whether form row f is typed text. */
static bool
profile_is_text(size_t f)
{
	return profile_type(f) == PROFILE_TYPE_TEXT ||
	    profile_type(f) == PROFILE_TYPE_NIP;
}

/* Say whether form row f is the unit list: the site lists units. */
static bool
profile_is_list(const struct ui *ui, size_t f)
{
	return f == PROFILE_UNIT && nav_profile_units_listed(&ui->nav);
}

/* Start with an empty form, or with the profile edited; the unit list
 * starts unfiltered, on the unit chosen. */
static void
profile_enter(struct ui *ui)
{
	const struct official *o = nav_profile_edited(&ui->nav);

	for (size_t f = 0; f < NAV_FIELD_COUNT; f++) {
		edit_clear(&ui->form[f]);
		if (o != NULL && profile_is_text(f) && !profile_is_list(ui, f))
			edit_set(&ui->form[f], profile_get(&o->profile, f));
	}
	ui->kind = o != NULL ? o->profile.kind : NIP_PNS;
}

/* Draw the PNS/PPPK choice; the focused one is reversed. */
static void
profile_kind(struct ui *ui, int y, int x, int width, bool focus)
{
	static const enum nip_kind kinds[] = { NIP_PNS, NIP_PPPK };

	for (size_t i = 0; i < 2 && width > 0; i++) {
		bool on = ui->kind == kinds[i];
		char *t = xasprintf("(%s) %s", on ? "*" : " ",
		    i == 0 ? "PNS" : "PPPK");
		int used = draw_text(y, x, width, t,
		    on && focus ? ui->attr[STYLE_SELECT] : A_NORMAL);

		free(t);
		x += used + 3;
		width -= used + 3;
	}
}

/* Draw field f's input at (y, x). */
static void
profile_input(struct ui *ui, size_t f, int y, int x, int width)
{
	bool focus = ui->nav.sel == f;
	const struct site_unit *u;
	int cx;

	if (profile_type(f) == PROFILE_TYPE_KIND) {
		profile_kind(ui, y, x, width, focus);
		return;
	}
	if (profile_is_list(ui, f) && !focus) {
		u = nav_profile_unit(&ui->nav);
		draw_text(y, x, width, u != NULL ? u->name :
		    _("(choose from the list)"), u != NULL ? A_UNDERLINE :
		    ui->attr[STYLE_DIM]);
		return;
	}
	edit_draw(&ui->form[f], y, x, width, A_UNDERLINE |
	    (focus ? A_BOLD : A_NORMAL), &cx);
	if (focus) {
		ui->cur_y = y;
		ui->cur_x = cx;
	}
}

/* Draw the units matching what was typed under the unit row, the one
 * chosen marked and selected, in at most room rows; returns the rows
 * used. */
static int
profile_units(struct ui *ui, int y, int x, int width, int room)
{
	const struct nav_profile *p = &ui->nav.profile;
	size_t chosen = p->unit, first = 0;
	int rows = room < PROFILE_UNIT_ROWS ? room : PROFILE_UNIT_ROWS;

	if (rows <= 0)
		return 0;
	if (p->units.n == 0) {
		draw_text(y, x, width, _("No unit matches what you typed."),
		    ui->attr[STYLE_LATER]);
		return 1;
	}
	if (chosen != NAV_NONE && chosen >= (size_t)rows)
		first = chosen + 1 - (size_t)rows;
	for (int r = 0; r < rows && first + (size_t)r < p->units.n; r++) {
		size_t i = first + (size_t)r;
		const struct site_unit *u = &ui->site->units[p->units.v[i]];
		bool on = i == chosen;
		char *t = xasprintf("%s %s (%s)", on ? ">" : " ", u->name,
		    u->code);

		draw_text(y + r, x, width, t, on ? ui->attr[STYLE_SELECT] :
		    A_NORMAL);
		free(t);
	}
	return rows < (int)p->units.n ? rows : (int)p->units.n;
}

/* Draw the error or hint under field f; returns the rows used. */
static int
profile_note(struct ui *ui, size_t f, int y, int x, int width, int room)
{
	const char *err = ui->nav.checklist.error[f];
	struct wrap w;
	int rows;

	wrap_init(&w);
	if (err != NULL)
		wrap_text(&w, err, width, 0, ui->attr[STYLE_ERROR]);
	else if (profile_type(f) == PROFILE_TYPE_NIP)
		wrap_text(&w, _("18 digits; spaces between the groups are "
		    "fine."), width, 0, ui->attr[STYLE_DIM]);
	else if (profile_type(f) == PROFILE_TYPE_KIND)
		wrap_text(&w, _("Left/Right or Space to choose."), width, 0,
		    ui->attr[STYLE_DIM]);
	else if (profile_is_list(ui, f) && ui->nav.sel == f)
		wrap_text(&w, _("Type part of the unit's name, then Up/Down "
		    "to choose it."), width, 0, ui->attr[STYLE_DIM]);
	rows = (int)w.n < room ? (int)w.n : room;
	wrap_draw(&w, 0, y, x, rows, width);
	wrap_free(&w);
	return rows;
}

/* Draw the form: a label column, then the inputs, notes under them. */
static void
profile_draw(struct ui *ui, int y, int h)
{
	int lw = 0, x, width, row = y + 3, end = y + h - 1;
	const char *save = _("[ Save ]");

	draw_text(y, 1, draw_cols() - 2, nav_profile_edited(&ui->nav) != NULL ?
	    _("Edit profile") : _("New profile"), ui->attr[STYLE_TITLE]);
	draw_text(y + 1, 1, draw_cols() - 2, _("Please fill in every field. "
	    "Your details are kept on this computer."), A_NORMAL);
	for (size_t f = 0; f < NAV_FIELD_SAVE; f++) {
		int lwf = draw_text_width(_(profile_describe(f)->label));

		if (profile_type(f) != PROFILE_TYPE_CODE)
			lw = lwf > lw ? lwf : lw;
	}
	lw = lw + 4 < draw_cols() / 3 ? lw + 4 : draw_cols() / 3;
	x = lw + 1;
	width = draw_cols() - x - 2 < PROFILE_INPUT_MAX ? draw_cols() - x - 2 :
	    PROFILE_INPUT_MAX;
	for (size_t f = 0; f < NAV_FIELD_SAVE && row < end; f++) {
		bool focus = ui->nav.sel == f;
		attr_t a = ui->attr[focus ? STYLE_SELECT : STYLE_HEADING];

		if (profile_type(f) == PROFILE_TYPE_CODE)
			continue;	/* the unit row's choice sets it */
		draw_text(row, 1, lw - 2, _(profile_describe(f)->label), a);
		profile_input(ui, f, row, x, width);
		row++;
		row += profile_note(ui, f, row, x, width, end - row);
		if (focus && profile_is_list(ui, f))
			row += profile_units(ui, row, x, width, end - row);
	}
	row = row < end ? row : end;
	draw_text(row, x, width, save,
	    ui->nav.sel == NAV_FIELD_SAVE ? ui->attr[STYLE_SELECT] : A_BOLD);
	profile_note(ui, NAV_FIELD_SAVE, row + 1, x, width, y + h - row - 1);
}

/* The typed text as a profile, for the navigation to check. */
static unsigned
profile_submit(struct ui *ui)
{
	struct profile p = { .kind = ui->kind };
	time_t now = isotime_now();
	struct tm tm;
	unsigned flags;

	for (size_t f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (profile_is_text(f))
			*profile_text(&p, f) = edit_text(&ui->form[f]);

	gmtime_r(&now, &tm);
	flags = nav_checklist_profile_submit(&ui->nav, &p, tm.tm_year + 1900);
	profile_done(&p);
	return flags;
}

/* Edit the focused field, or hand the action to the navigation. */
static unsigned
profile_action(struct ui *ui, enum action a, wchar_t wc)
{
	size_t f = ui->nav.sel;
	unsigned flags;

	if (profile_type(f) == PROFILE_TYPE_KIND && (a == ACT_EDIT_LEFT || a == ACT_EDIT_RIGHT ||
	    (a == ACT_CHAR && wc == L' '))) {
		ui->kind = ui->kind == NIP_PNS ? NIP_PPPK : NIP_PNS;
		return NAV_REDRAW;
	}
	if (profile_is_text(f) && edit_apply(&ui->form[f], a, wc)) {
		char *text;

		if (a == ACT_EDIT_LEFT || a == ACT_EDIT_RIGHT ||
		    a == ACT_EDIT_HOME || a == ACT_EDIT_END)
			return NAV_REDRAW;
		/* The complaint was about the old text. */
		ui->nav.checklist.error[f] = NULL;
		if (!profile_is_list(ui, f))
			return NAV_REDRAW;
		text = edit_text(&ui->form[f]);
		flags = nav_profile_unit_filter(&ui->nav, text);
		free(text);
		return flags;
	}
	flags = nav_apply(&ui->nav, a);
	if (flags & NAV_SUBMIT)
		flags = profile_submit(ui);
	return flags;
}

const struct ui_screen profile_screen = {
	.enter = profile_enter,
	.draw = profile_draw,
	.action = profile_action,
	.keys = profile_keys,
	.text = true,
};
