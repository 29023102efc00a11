/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * noticed: the first question about a possible takeover: what did the
 * official notice?  One choice from a short list (incident.h).
 */
#include "config.h"

#include "base/i18n.h"
#include "exchange/incident.h"
#include "ui/tui.h"

/* Draw one thing an official may notice. */
static void
noticed_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	draw_text(y, x, width, incident_noticed_label(i), a);
}

/* Draw the question (1 of 3) and the choices. */
static void
noticed_draw(struct ui *ui, int y, int h)
{
	int top = wrap_title(ui, y, _("What did you notice?"),
	    _("Question 1 of 3. Choose what fits best."));

	draw_list(ui, y + top, h - top, INCIDENT_NOTICED_COUNT, noticed_row);
}

const struct ui_screen noticed_screen = {
	.draw = noticed_draw,
	.keys = keys_choose_back,
};
