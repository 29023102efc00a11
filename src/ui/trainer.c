/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * trainer: `jagaakun train`, for a trainer in front of a room: the demo
 * walkthrough (the whole checklist on a sandbox that is never saved) or
 * the scenario quiz (anonymous: the score is shown, not saved), whole,
 * short, or of one theme.  A row whose text is too wide for the screen
 * (a projector's large font, the longer Indonesian) wraps under its
 * name rather than being cut.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

/* The menu's rows, one a row of the navigation's, each with what it
 * is. */
static const struct {
	const char *name;
	const char *about;
} trainer_items[] = {
	[NAV_TRAINER_DEMO] = { N_("Demo walkthrough"), N_("the whole "
	    "checklist in a sandbox, for projecting") },
	[NAV_TRAINER_QUIZ] = { N_("Scenario quiz"), N_("realistic messages; "
	    "the score is shown, not saved") },
	[NAV_TRAINER_SHORT] = { N_("Quick quiz"), NULL },
	[NAV_TRAINER_MEDIUM] = { N_("Short quiz"), NULL },
	[NAV_TRAINER_THEMES] = { N_("Quiz by theme"), N_("the scenarios of "
	    "one theme only") },
	[NAV_TRAINER_QUIT] = { N_("Quit"), "" },
};
static_assert(sizeof trainer_items / sizeof trainer_items[0] ==
    NAV_TRAINER_COUNT, "a row for each of the navigation's");

/* What a short quiz of count scenarios is (caller frees). */
static char *
trainer_short_about(const struct ui *ui, unsigned long count)
{
	if (ui->nav.training.plan.in_order)
		return xasprintf(ngettext("the first %lu scenario, in file "
		    "order", "the first %lu scenarios, in file order", count),
		    count);
	return xasprintf(ngettext("%lu scenario drawn at random",
	    "%lu scenarios drawn at random, none twice", count), count);
}

/* Lay out one row: the name and what it is on one line when they fit,
 * else what it is under the name. */
static void
trainer_item(struct ui *ui, size_t i, struct wrap *w, int width)
{
	const char *name = _(trainer_items[i].name);
	char *about, *line;

	if (i == NAV_TRAINER_SHORT || i == NAV_TRAINER_MEDIUM)
		about = trainer_short_about(ui, i == NAV_TRAINER_SHORT ?
		    NAV_QUIZ_SHORT : NAV_QUIZ_MEDIUM);
	else	/* not _(""): that is the catalogue's header */
		about = xstrdup(*trainer_items[i].about != '\0' ?
		    _(trainer_items[i].about) : "");
	if (*about == '\0') {
		wrap_text(w, name, width, 0, A_BOLD);
		free(about);
		return;
	}
	line = xasprintf(ui->utf8 ? "%s — %s" : "%s - %s", name, about);
	if (draw_text_width(line) <= width)
		wrap_text(w, line, width, 0, A_BOLD);
	else {
		wrap_text(w, name, width, 0, A_BOLD);
		wrap_text(w, about, width, 2, A_NORMAL);
	}
	free(line);
	free(about);
}

/* Draw the title, the promise that nothing is saved, and the menu. */
static void
trainer_draw(struct ui *ui, int y, int h)
{
	int top = wrap_title(ui, y, _("Trainer mode"), _("Nothing you do here "
	    "is saved: no record, no file."));

	wrap_list(ui, y + top, h - top, NAV_TRAINER_COUNT, trainer_item);
}

const struct ui_screen trainer_screen = {
	.draw = trainer_draw,
	.keys = keys_choose_quit,
};
