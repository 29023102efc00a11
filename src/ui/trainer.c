/*
 * trainer: `jagaakun train`, for a trainer in front of a room: the demo
 * walkthrough (the whole checklist on a sandbox that is never saved) or
 * the scenario quiz (anonymous: the score is shown, not saved).
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
	[NAV_TRAINER_QUIT] = { N_("Quit"), "" },
};
static_assert(sizeof trainer_items / sizeof trainer_items[0] ==
    NAV_TRAINER_COUNT, "a row for each of the navigation's");

/* Draw one row: the name, then what it is. */
static void
trainer_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	int used = draw_text(y, x, width, _(trainer_items[i].name), a | A_BOLD);
	char *t;

	if (*trainer_items[i].about == '\0')
		return;
	t = xasprintf(ui->utf8 ? " — %s" : " - %s",
	    _(trainer_items[i].about));
	draw_text(y, x + used, width - used, t, a);
	free(t);
}

/* Draw the title, the promise that nothing is saved, and the menu. */
static void
trainer_draw(struct ui *ui, int y, int h)
{
	int top = wrap_title(ui, y, _("Trainer mode"), _("Nothing you do here "
	    "is saved: no record, no file."));

	draw_list(ui, y + top, h - top, NAV_TRAINER_COUNT, trainer_row);
}

const struct ui_screen trainer_screen = {
	.draw = trainer_draw,
	.keys = keys_choose_quit,
};
