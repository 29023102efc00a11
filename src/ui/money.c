/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * money: the last question about a possible takeover: were contacts
 * asked for money?  The answer writes the incident (recorded.c).
 */
#include "config.h"

#include "base/i18n.h"
#include "exchange/incident.h"
#include "ui/tui.h"

static const struct ui_key money_keys[] = {
	{ "Enter", NULL, N_("Space"), N_("Choose and save"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Move"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "Esc", NULL, "q", N_("Back"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw one answer. */
static void
money_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	draw_text(y, x, width, incident_money_label(i), a);
}

/* Draw the question (3 of 3) and the answers. */
static void
money_draw(struct ui *ui, int y, int h)
{
	int top = wrap_title(ui, y, _("Were your contacts asked for money?"),
	    _("Question 3 of 3. When you choose, your answers are written "
	    "down for your IT office."));

	draw_list(ui, y + top, h - top, INCIDENT_MONEY_COUNT, money_row);
}

const struct ui_screen money_screen = {
	.draw = money_draw,
	.keys = money_keys,
};
