/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * takeover: "my account may be taken over".  Who to tell at once (the
 * site's reporting contacts), the steps of the takeover module, and Enter
 * to write down what happened for the IT office (noticed.c, details.c,
 * money.c, recorded.c).  Nothing here ever asks for a code or a PIN.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key takeover_keys[] = {
	{ "Enter", NULL, NULL, N_("Write down what happened"), true },
	{ "↑↓", N_("Up/Down"), "PgUp, PgDn", N_("Scroll"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Back"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* A new incident starts with nothing typed. */
static void
takeover_enter(struct ui *ui)
{
	edit_clear(&ui->details);
}

/* Lay out the takeover module's steps into w, numbered. */
static void
takeover_steps(struct ui *ui, struct wrap *w, int width)
{
	const struct module *m = nav_trouble_takeover_module(&ui->nav);
	enum platform p = nav_trouble_phone(&ui->nav);

	for (size_t i = 0; m != NULL && i < m->n_steps; i++) {
		const char *how = step_how(&m->steps[i], p);
		char *t = xasprintf("%zu. %s", i + 1,
		    draw_tr(ui, m->steps[i].title));

		wrap_blank(w);
		wrap_text(w, t, width, 0, ui->attr[STYLE_HEADING]);
		free(t);
		if (how != NULL)
			wrap_text(w, draw_tr(ui, how), width, 3, A_NORMAL);
	}
}

/* Draw who to tell, then the steps, scrolled. */
static void
takeover_draw(struct ui *ui, int y, int h)
{
	int width = draw_cols() - 2;
	struct wrap w;

	draw_text(y, 1, width, _("My account may be taken over"),
	    ui->attr[STYLE_ERROR]);
	wrap_init(&w);
	wrap_text(&w, draw_expand(ui, _("Act now. Call {report_phone} or "
	    "write to {report_email}: tell them your account may be taken "
	    "over.")), width, 0, A_BOLD);
	wrap_text(&w, _("Never give anyone a code, a PIN or a password, not "
	    "even someone who says they are helping."), width, 0, A_BOLD);
	takeover_steps(ui, &w, width);
	wrap_blank(&w);
	wrap_text(&w, _("Press Enter to write down what happened for your IT "
	    "office."), width, 0, ui->attr[STYLE_TITLE]);
	wrap_scrolled(ui, &w, y + 2, h - 2, false);
	wrap_free(&w);
}

const struct ui_screen takeover_screen = {
	.enter = takeover_enter,
	.draw = takeover_draw,
	.keys = takeover_keys,
};
