/*
 * prompt: asks why a step does not apply, in a box drawn over the step
 * (ncdu's quit_draw).  A reason is required and short.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"

#define PROMPT_WIDTH_MAX 72

const struct ui_key prompt_keys[] = {
	{ "Enter", NULL, NULL, N_("Save the reason"), true },
	{ "Esc", NULL, NULL, N_("Cancel"), true },
	{ "F1", NULL, NULL, N_("Help"), true },
	{ "←→", N_("Left/Right"), "Home, End", N_("Move in the text"), false },
	{ "Ctrl-U", NULL, NULL, N_("Clear the text"), false },
	{ NULL, NULL, NULL, NULL, false },
};

void
prompt_draw(struct ui *ui)
{
	int w = COLS - 8 < PROMPT_WIDTH_MAX ? COLS - 8 : PROMPT_WIDTH_MAX;
	int h = 8, x = (COLS - w) / 2, y = (LINES - h) / 2;
	struct wrap t;

	draw_box(ui, y, x, h, w, _("Not applicable"));
	wrap_init(&t);
	wrap_text(&t, _("Why does this step not apply to you? Write a short "
	    "reason."), w - 4, 0, A_NORMAL);
	wrap_draw(&t, 0, y + 1, x + 2, 2, w - 4);
	wrap_free(&t);
	edit_draw(&ui->reason, y + 3, x + 2, w - 4, A_UNDERLINE | A_BOLD,
	    &ui->cur_x);
	ui->cur_y = y + 3;
	if (ui->nav.checklist.prompt_error != NULL)
		draw_text(y + 4, x + 2, w - 4, ui->nav.checklist.prompt_error,
		    ui->attr[STYLE_ERROR]);
	draw_text(y + 6, x + 2, w - 4, _("Enter saves, Esc cancels."),
	    ui->attr[STYLE_DIM]);
}

unsigned
prompt_action(struct ui *ui, enum action a, wchar_t wc)
{
	unsigned flags;
	char *text;

	if (edit_apply(&ui->reason, a, wc)) {
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
