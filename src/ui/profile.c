/*
 * profile: the new-profile form, a row for each field of the profile
 * table (model/profile.h: full name, NIP, PNS or PPPK, work unit,
 * position) and [Save].  Text fields are edited here; moving between fields and
 * checking what was typed are the navigation's
 * (nav_checklist_profile_submit), so the rules are tested without a
 * terminal.
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "ui/tui.h"
#include "base/xalloc.h"

#define PROFILE_INPUT_MAX 60	/* widest input box, in columns */

static const struct ui_key profile_keys[] = {
	{ "Tab", NULL, N_("Down"), N_("Next field"), true },
	{ "Enter", NULL, NULL, N_("Next field / Save"), true },
	{ "Esc", NULL, NULL, N_("Cancel"), true },
	{ "F1", NULL, NULL, N_("Help"), true },
	{ "Shift-Tab", NULL, N_("Up"), N_("Previous field"), false },
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

/* Start with an empty form. */
static void
profile_enter(struct ui *ui)
{
	for (size_t f = 0; f < NAV_FIELD_COUNT; f++)
		edit_clear(&ui->form[f]);
	ui->kind = NIP_PNS;
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
	int cx;

	if (profile_type(f) == PROFILE_TYPE_KIND) {
		profile_kind(ui, y, x, width, focus);
		return;
	}
	edit_draw(&ui->form[f], y, x, width, A_UNDERLINE |
	    (focus ? A_BOLD : A_NORMAL), &cx);
	if (focus) {
		ui->cur_y = y;
		ui->cur_x = cx;
	}
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

	draw_text(y, 1, draw_cols() - 2, _("New profile"),
	    ui->attr[STYLE_TITLE]);
	draw_text(y + 1, 1, draw_cols() - 2, _("Please fill in every field. "
	    "Your details are kept on this computer."), A_NORMAL);
	for (size_t f = 0; f < NAV_FIELD_SAVE; f++) {
		int lwf = draw_text_width(_(profile_describe(f)->label));

		lw = lwf > lw ? lwf : lw;
	}
	lw = lw + 4 < draw_cols() / 3 ? lw + 4 : draw_cols() / 3;
	x = lw + 1;
	width = draw_cols() - x - 2 < PROFILE_INPUT_MAX ? draw_cols() - x - 2 :
	    PROFILE_INPUT_MAX;
	for (size_t f = 0; f < NAV_FIELD_SAVE && row < end; f++) {
		bool focus = ui->nav.sel == f;
		attr_t a = ui->attr[focus ? STYLE_SELECT : STYLE_HEADING];

		draw_text(row, 1, lw - 2, _(profile_describe(f)->label), a);
		profile_input(ui, f, row, x, width);
		row++;
		row += profile_note(ui, f, row, x, width, end - row);
	}
	draw_text(row < end ? row : end, x, width, save,
	    ui->nav.sel == NAV_FIELD_SAVE ? ui->attr[STYLE_SELECT] : A_BOLD);
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
		/* The complaint was about the old text. */
		if (a != ACT_EDIT_LEFT && a != ACT_EDIT_RIGHT &&
		    a != ACT_EDIT_HOME && a != ACT_EDIT_END)
			ui->nav.checklist.error[f] = NULL;
		return NAV_REDRAW;
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
