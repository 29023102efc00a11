/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * step: one step of one module: where it is ("step 2/4"), its title and
 * status, what to do on the official's phone (and on WhatsApp Web/Desktop
 * when they use it and the step says something for it) and why it
 * matters.  The text scrolls when it is longer than the window.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "model/progress.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key step_keys[] = {
	{ "d", NULL, N_("Space"), N_("Done"), true },
	{ "n", NULL, NULL, N_("Not applicable"), true },
	{ "l", NULL, NULL, N_("Later"), true },
	{ "→", N_("Right"), "Tab, j", N_("Next step"), true },
	{ "←", N_("Left"), "Shift-Tab, k", N_("Previous step"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Back"), true },
	{ "↑↓", N_("Up/Down"), "PgUp, PgDn", N_("Scroll the text"), false },
	{ "p", NULL, NULL, N_("Change the platform"), false },
	{ "s", NULL, NULL, N_("Summary"), false },
	{ NULL, NULL, NULL, NULL, false },
};

/* The status line of step s, and its style. */
static char *
step_status_line(struct ui *ui, const struct module *m, const struct step *s,
    attr_t *a)
{
	const struct official *o = nav_official(&ui->nav);
	const struct step_state *st = official_step(o, m->id, s->id);

	*a = ui->attr[STYLE_LATER];
	switch (progress_status(o, m, s)) {
	case STEP_DONE:
		*a = ui->attr[STYLE_DONE];
		return xstrdup(_("Status: done"));
	case STEP_NA:
		*a = ui->attr[STYLE_DONE];
		return xasprintf(_("Status: not applicable (%s)"),
		    step_na_listed(s, st->reason) != NULL ?
		    draw_tr(ui, st->reason) :
		    st->reason != NULL ? st->reason : "");
	case STEP_LATER:
		return xstrdup(_("Status: later"));
	case STEP_TODO:
		break;
	}
	*a = A_NORMAL;
	return xstrdup(_("Status: not yet"));
}

/* Lay out one heading naming platform p and the instructions how. */
static void
step_how_section(struct ui *ui, struct wrap *w, int width, enum platform p,
    const char *how)
{
	char *t = xasprintf(_("What to do on %s:"), platform_label(p));

	wrap_text(w, t, width, 0, ui->attr[STYLE_HEADING]);
	free(t);
	wrap_text(w, draw_tr(ui, how), width, 2, A_NORMAL);
	wrap_blank(w);
}

/* Lay out what to do and why into w, width columns wide: the phone's
 * instructions (a Web step has none), then Web/Desktop's for an official
 * who uses it. */
static void
step_body(struct ui *ui, const struct step *s, struct wrap *w, int width)
{
	const struct official *o = nav_official(&ui->nav);
	enum platform phone = (enum platform)o->platform;

	if (ui->nav.checklist.na_refused) {
		wrap_text(w, _("Every WhatsApp user can do this step, so it "
		    "cannot be marked as not applicable."), width, 0,
		    ui->attr[STYLE_ERROR]);
		wrap_blank(w);
	}
	if (!step_web_only(s))
		step_how_section(ui, w, width, phone, step_how(s, phone));
	if (o->web && s->how[PLATFORM_WEB] != NULL)
		step_how_section(ui, w, width, PLATFORM_WEB,
		    s->how[PLATFORM_WEB]);
	wrap_text(w, _("Why it matters:"), width, 0, ui->attr[STYLE_HEADING]);
	wrap_text(w, draw_tr(ui, s->why), width, 2, A_NORMAL);
}

/* Draw the step. */
static void
step_draw(struct ui *ui, int y, int h)
{
	const struct nav *n = &ui->nav;
	const struct module *m = &ui->content->modules[n->module];
	const struct step *s = &m->steps[n->step];
	struct wrap w;
	char *t;
	attr_t a;
	int used;

	/* The header wraps like the title under it: on a projector's large
	 * font a module's title and "step 2/4" do not fit one line. */
	t = xasprintf(_("%s — step %zu/%zu"), draw_tr(ui, m->title),
	    progress_shown_before(nav_official(n), m, n->step) + 1,
	    progress_shown_before(nav_official(n), m, m->n_steps));
	wrap_init(&w);
	wrap_text(&w, t, draw_cols() - 2, 0, ui->attr[STYLE_DIM]);
	free(t);
	wrap_text(&w, draw_tr(ui, s->title), draw_cols() - 2, 0,
	    ui->attr[STYLE_TITLE]);
	t = step_status_line(ui, m, s, &a);
	wrap_text(&w, t, draw_cols() - 2, 0, a);
	free(t);
	used = (int)w.n;
	wrap_draw(&w, 0, y, 1, h, draw_cols() - 2);
	wrap_free(&w);
	wrap_init(&w);
	step_body(ui, s, &w, draw_cols() - 2);
	wrap_scrolled(ui, &w, y + used + 1, h - used - 1, false);
	wrap_free(&w);
}

/* Hand the action to the navigation; a newly opened prompt starts empty,
 * and any other key takes away the word on "not applicable". */
static unsigned
step_action(struct ui *ui, enum action a, wchar_t wc)
{
	unsigned flags;

	(void)wc;
	if (a != ACT_NA)
		ui->nav.checklist.na_refused = false;
	flags = nav_apply(&ui->nav, a);
	if (ui->nav.checklist.prompt)
		edit_clear(&ui->reason);
	return flags | NAV_REDRAW;
}

const struct ui_screen step_screen = {
	.draw = step_draw,
	.action = step_action,
	.keys = step_keys,
};
