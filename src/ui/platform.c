/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * platform: the phone the official uses WhatsApp on (Android or iPhone).
 * Asked once per official and stored; the web screen follows it and is
 * drawn the same way (platform_question_draw).  Every WhatsApp account
 * has a phone behind it, so the steps always show the phone's
 * instructions.
 */
#include "config.h"

#include "base/i18n.h"
#include "ui/tui.h"

void
platform_choice_row(int y, int x, int width, attr_t a, bool current,
    const char *label)
{
	int used = draw_text(y, x, width, current ? "(*)" : "( )", a);

	draw_text(y, x + used + 1, width - used - 1, label, a);
}

void
platform_question_draw(struct ui *ui, int y, int h, const char *title,
    const char *hint, size_t count, draw_row_fn *row)
{
	struct wrap w;
	int top;

	draw_text(y, 1, draw_cols() - 2, title, ui->attr[STYLE_TITLE]);
	wrap_init(&w);
	wrap_text(&w, hint, draw_cols() - 2, 0, A_NORMAL);
	wrap_draw(&w, 0, y + 1, 1, 2, draw_cols() - 2);
	top = 2 + (w.n < 2 ? (int)w.n : 2);
	draw_list(ui, y + top, h - top, count, row);
	wrap_free(&w);
}

/* Draw one phone, marked when it is the official's current one. */
static void
platform_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct official *o = nav_official(&ui->nav);

	platform_choice_row(y, x, width, a, o != NULL && o->platform == (int)i,
	    platform_label((enum platform)i));
}

/* Draw the question, a hint and the choice. */
static void
platform_draw(struct ui *ui, int y, int h)
{
	platform_question_draw(ui, y, h,
	    _("Which phone is your WhatsApp account on?"),
	    _("The steps show the instructions for this phone. You can change "
	    "it later with p."), PLATFORM_PHONES, platform_row);
}

const struct ui_screen platform_screen = {
	.draw = platform_draw,
	.keys = keys_choose_back,
};
