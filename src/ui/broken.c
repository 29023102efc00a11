/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * broken: the record file exists but cannot be used (a syntax error, a
 * newer format, a bad value).  Say what is wrong, file:line, and offer to
 * set it aside under a new name and start afresh; nothing is deleted.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key broken_keys[] = {
	{ "Enter", NULL, NULL, N_("Set it aside and start a new record"),
	    true },
	{ "q", NULL, "Esc", N_("Quit and leave it as it is"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw the explanation first, then every problem found. */
static void
broken_draw(struct ui *ui, int y, int h)
{
	struct wrap w;
	char *t;

	draw_text(y, 1, draw_cols() - 2, _("Your record file cannot be used"),
	    ui->attr[STYLE_ERROR]);
	wrap_init(&w);
	t = xasprintf(_("jagaakun cannot read %s. Press Enter to set that "
	    "file aside under a new name and start a new record; nothing in it "
	    "is deleted. Press q to quit and leave it as it is."),
	    ui->record_path);
	wrap_text(&w, t, draw_cols() - 2, 0, A_NORMAL);
	free(t);
	wrap_blank(&w);
	wrap_text(&w, _("What is wrong:"), draw_cols() - 2, 0,
	    ui->attr[STYLE_HEADING]);
	for (size_t i = 0; i < ui->broken.n; i++)
		wrap_text(&w, ui->broken.msgs[i], draw_cols() - 2, 2, A_NORMAL);
	wrap_draw(&w, 0, y + 2, 1, h - 2, draw_cols() - 2);
	wrap_free(&w);
}

const struct ui_screen broken_screen = {
	.draw = broken_draw,
	.keys = broken_keys,
};
