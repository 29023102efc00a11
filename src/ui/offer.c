/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * offer: the report offered when the official reaches 100%, or quits
 * with progress their last report does not hold: why it matters, whether
 * they meet the requirements, and where Enter writes it (the export
 * screen's words, exporting.c).  Enter goes on to the export screen,
 * which writes it at once; Esc says not now.
 */
#include "config.h"

#include "base/i18n.h"
#include "ui/tui.h"

static const struct ui_key offer_keys[] = {
	{ "Enter", NULL, NULL, N_("Write the report"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Not now"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw why the report is offered now, how far the official is, and
 * where it would go. */
static void
offer_draw(struct ui *ui, int y, int h)
{
	const char *why = ui->nav.checklist.offer_quit ?
	    _("Your latest progress is not in a report yet. Your IT office "
	    "sees only what your report says.") :
	    _("You have finished every step. Your IT office counts you as "
	    "done once it has your report.");

	exporting_page(ui, y, h, _("Send your report to the IT office?"), why);
}

const struct ui_screen offer_screen = {
	.enter = exporting_enter,
	.draw = offer_draw,
	.keys = offer_keys,
};
