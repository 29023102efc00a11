/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * language: the language of a new profile, asked on a first run and when
 * a profile is added (unless --lang chose it).  The choice switches the
 * screens at once.
 */
#include "config.h"

#include "ui/tui.h"

/* Draw one language. */
static void
language_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	draw_text(y, x, width, nav_languages[i].name, a);
}

/* Draw the title in both languages (the reader may know only one) and
 * the choice. */
static void
language_draw(struct ui *ui, int y, int h)
{
	draw_text(y, 1, draw_cols() - 2, "Pilih bahasa / Choose your language",
	    ui->attr[STYLE_TITLE]);
	draw_list(ui, y + 2, h - 2, NAV_LANGUAGE_COUNT, language_row);
}

const struct ui_screen language_screen = {
	.draw = language_draw,
	.keys = keys_choose_quit,
};
