/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * trainer: `jagaakun train`, for a trainer in front of a room: the demo
 * walkthrough (the whole checklist on a sandbox that is never saved) or
 * the scenario quiz (anonymous: the score is shown, not saved), whole,
 * short, or of one theme.  A row whose text is too wide for the screen
 * (a projector's large font, the longer Indonesian) wraps under its
 * name rather than being cut.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

/* Lay out one row: the name and what it is on one line when they fit,
 * else what it is under the name. */
static void
trainer_item(struct ui *ui, size_t i, struct wrap *w, int width)
{
	const char *name = nav_trainer_row_name(i);
	char *about = nav_trainer_row_about(&ui->nav, i), *line;

	if (*about == '\0') {
		wrap_text(w, name, width, 0, A_BOLD);
		free(about);
		return;
	}
	line = xasprintf(ui->utf8 ? "%s — %s" : "%s - %s", name, about);
	if (draw_text_width(line) <= width)
		wrap_text(w, line, width, 0, A_BOLD);
	else {
		wrap_text(w, name, width, 0, A_BOLD);
		wrap_text(w, about, width, 2, A_NORMAL);
	}
	free(line);
	free(about);
}

/* Draw the title, the promise that nothing is saved, and the menu. */
static void
trainer_draw(struct ui *ui, int y, int h)
{
	int top = wrap_title(ui, y, _("Trainer mode"), _("Nothing you do here "
	    "is saved: no record, no file."));

	wrap_list(ui, y + top, h - top, NAV_TRAINER_COUNT, trainer_item);
}

const struct ui_screen trainer_screen = {
	.draw = trainer_draw,
	.keys = keys_choose_quit,
};
