/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * recorded: the incident written down, or why it could not be, and what
 * to do next.  The file goes to the site's report folder (where reports
 * go, so `collect` finds it) or beside the record; the screen says
 * which.  In the demo nothing is written.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "exchange/deliver.h"
#include "base/isotime.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key recorded_keys[] = {
	{ "Enter", NULL, "Esc, q", N_("Back to the steps"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ NULL, NULL, NULL, NULL, false },
};

void
recorded_write(struct ui *ui)
{
	char *details = edit_text(&ui->details);

	free(ui->outcome);
	ui->outcome = deliver_incident(&nav_official(&ui->nav)->profile,
	    ui->nav.trouble.noticed, details, ui->nav.trouble.money, ui->site,
	    isotime_now(), &ui->outcome_ok);
	free(details);
}

/* Draw the title: whether it was written down. */
static void
recorded_title(struct ui *ui, int y, int width)
{
	if (ui->nav.demo)
		draw_text(y, 1, width, _("What happened (demo)"),
		    ui->attr[STYLE_TITLE]);
	else if (ui->outcome_ok)
		draw_text(y, 1, width, _("What happened is written down"),
		    ui->attr[STYLE_TITLE]);
	else
		draw_text(y, 1, width, _("What happened could not be written "
		    "down"), ui->attr[STYLE_ERROR]);
}

/* Draw how the writing went and what to do now. */
static void
recorded_draw(struct ui *ui, int y, int h)
{
	int width = draw_cols() - 2;
	struct wrap w;

	wrap_init(&w);
	if (ui->nav.demo)
		wrap_text(&w, _("In the demo nothing is written down."), width,
		    0, A_BOLD);
	else if (ui->outcome != NULL)
		wrap_text(&w, ui->outcome, width, 0, ui->outcome_ok ?
		    ui->attr[STYLE_DONE] | A_BOLD : ui->attr[STYLE_ERROR]);
	wrap_blank(&w);
	wrap_text(&w, draw_expand(ui, _("Now call {report_phone} and tell them "
	    "what happened.")), width, 0, A_BOLD);
	wrap_text(&w, _("Then follow the steps: sign in again with the code "
	    "that WhatsApp sends you (by SMS, phone call or email), enter it "
	    "only in WhatsApp itself, and warn your contacts another way."),
	    width, 0, A_NORMAL);
	recorded_title(ui, y, width);
	wrap_draw(&w, 0, y + 2, 1, h - 2, width);
	wrap_free(&w);
}

const struct ui_screen recorded_screen = {
	.draw = recorded_draw,
	.keys = recorded_keys,
};
