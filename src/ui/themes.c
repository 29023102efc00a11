/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * themes: the trainer's quiz by theme: each theme of the content with
 * the number of its scenarios; Enter runs the quiz of that theme alone.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "model/scenario.h"
#include "ui/tui.h"
#include "base/xalloc.h"

/* Lay out theme i: its title and how many scenarios it has. */
static void
themes_item(struct ui *ui, size_t i, struct wrap *w, int width)
{
	const struct scenario_set *set = ui->nav.training.scenarios;
	const struct scenario_theme *t = &set->themes[i];
	unsigned long k = scenario_theme_count(set, t->id);
	char *s = xasprintf(ngettext("%s (%lu scenario)", "%s (%lu scenarios)",
	    k), draw_tr(ui, t->title), k);

	wrap_text(w, s, width, 0, k > 0 ? A_BOLD : ui->attr[STYLE_DIM]);
	free(s);
}

/* Draw the title, the hint and the themes. */
static void
themes_draw(struct ui *ui, int y, int h)
{
	const struct scenario_set *set = ui->nav.training.scenarios;
	int top = wrap_title(ui, y, _("Quiz by theme"), _("Choose a theme: "
	    "the quiz asks its scenarios only."));

	wrap_list(ui, y + top, h - top, set != NULL ? set->n_themes : 0,
	    themes_item);
}

const struct ui_screen themes_screen = {
	.draw = themes_draw,
	.keys = keys_choose_back,
};
