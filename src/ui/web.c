/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * web: whether the official also uses WhatsApp Web or the Desktop app,
 * asked after the phone.  Those who do see the Web steps too, and the
 * Web/Desktop instructions beside the phone's.
 */
#include "config.h"

#include "base/i18n.h"
#include "ui/tui.h"

static const char *const web_answers[] = {
	N_("No, only on the phone"),
	N_("Yes, also WhatsApp Web or Desktop"),
};

/* Draw one answer, marked when it is the official's current one. */
static void
web_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct official *o = nav_official(&ui->nav);

	platform_choice_row(y, x, width, a, o != NULL && o->web == (i == 1),
	    _(web_answers[i]));
}

/* Draw the question, a hint and the choice. */
static void
web_draw(struct ui *ui, int y, int h)
{
	platform_question_draw(ui, y, h,
	    _("Do you also use WhatsApp on a computer?"),
	    _("That is WhatsApp Web in a browser or the WhatsApp Desktop app, "
	    "linked to your phone."),
	    sizeof web_answers / sizeof *web_answers, web_row);
}

const struct ui_screen web_screen = {
	.draw = web_draw,
	.keys = keys_choose_back,
};
