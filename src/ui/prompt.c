/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * prompt: asks why a step does not apply, in a box drawn over the step
 * (ncdu's quit_draw): first the reasons the step lists and "Other
 * reason", then, for "Other reason", a short text the official types.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"

#define PROMPT_WIDTH_MAX 72

/* While the official chooses a reason. */
const struct ui_key prompt_keys[] = {
	{ "Enter", NULL, N_("Space"), N_("Choose the reason"), true },
	{ "↑↓", N_("Up/Down"), "j, k, Home, End", N_("Move"), true },
	{ "Esc", NULL, "q", N_("Cancel"), true },
	{ "F1", NULL, NULL, N_("Help"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* While they type their own. */
const struct ui_key prompt_text_keys[] = {
	{ "Enter", NULL, NULL, N_("Save the reason"), true },
	{ "Esc", NULL, NULL, N_("Back to the reasons"), true },
	{ "F1", NULL, NULL, N_("Help"), true },
	{ "←→", N_("Left/Right"), "Home, End", N_("Move in the text"), false },
	{ "Ctrl-U", NULL, NULL, N_("Clear the text"), false },
	{ NULL, NULL, NULL, NULL, false },
};

/* The rows of the list: the step's reasons, then "Other reason". */
static void
prompt_reasons(struct ui *ui, const struct step *s, int y, int x, int w)
{
	size_t sel = ui->nav.checklist.reason;

	for (size_t i = 0; i <= s->n_na; i++) {
		attr_t a = i == sel ? ui->attr[STYLE_SELECT] : A_NORMAL;
		int used;

		if (i == sel)
			draw_fill(y + (int)i, x, w, a);
		used = draw_text(y + (int)i, x, 2, i == sel ? ">" : " ", a);
		draw_text(y + (int)i, x + used + 1, w - used - 1,
		    i < s->n_na ? draw_tr(ui, s->na[i]) :
		    _("Other reason (write it yourself)"), a);
	}
}

/* The official's own reason, typed on the box's line y. */
static void
prompt_typed(struct ui *ui, int y, int x, int w)
{
	edit_draw(&ui->reason, y, x, w, A_UNDERLINE | A_BOLD, &ui->cur_x);
	ui->cur_y = y;
	if (ui->nav.checklist.prompt_error != NULL)
		draw_text(y + 1, x, w, ui->nav.checklist.prompt_error,
		    ui->attr[STYLE_ERROR]);
}

void
prompt_draw(struct ui *ui)
{
	const struct nav *n = &ui->nav;
	const struct step *s = &ui->content->modules[n->module].steps[n->step];
	bool typing = n->checklist.typing;
	int rows = typing ? 2 : (int)s->n_na + 1;
	int w = COLS - 8 < PROMPT_WIDTH_MAX ? COLS - 8 : PROMPT_WIDTH_MAX;
	int h = rows + 6, x = (COLS - w) / 2, y = (LINES - h) / 2;
	struct wrap t;

	draw_box(ui, y, x, h, w, _("Not applicable"));
	wrap_init(&t);
	wrap_text(&t, typing ? _("Write your reason in a few words.") :
	    _("Why does this step not apply to you?"), w - 4, 0, A_NORMAL);
	wrap_draw(&t, 0, y + 1, x + 2, 2, w - 4);
	wrap_free(&t);
	if (typing)
		prompt_typed(ui, y + 3, x + 2, w - 4);
	else
		prompt_reasons(ui, s, y + 3, x + 2, w - 4);
	draw_text(y + h - 2, x + 2, w - 4, typing ?
	    _("Enter saves, Esc goes back to the reasons.") :
	    _("Enter chooses, Esc cancels."), ui->attr[STYLE_DIM]);
}

unsigned
prompt_action(struct ui *ui, enum action a, wchar_t wc)
{
	unsigned flags;
	char *text;

	if (ui->nav.checklist.typing && edit_apply(&ui->reason, a, wc)) {
		ui->nav.checklist.prompt_error = NULL;
		return NAV_REDRAW;
	}
	flags = nav_apply(&ui->nav, a);
	if (flags & NAV_SUBMIT) {
		text = edit_text(&ui->reason);
		flags = nav_checklist_reason_submit(&ui->nav, text);
		free(text);
	}
	return flags;
}
