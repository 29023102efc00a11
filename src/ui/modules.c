/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * modules: the overall progress as a bar and a sentence, the agency and
 * its deadline, then every module with its count, a status mark ([x]
 * complete, [~] started, [ ] not started) and, when the site names the
 * modules it requires, "required" on those, grouped under the heading
 * of their account (nav_checklist_module_rows); then what the selected
 * module is about.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "model/progress.h"
#include "ui/tui.h"
#include "base/xalloc.h"

/* The two paths for when something is wrong come first: an official
 * in trouble must not have to look for them. */
static const struct ui_key modules_keys[] = {
	{ "t", NULL, NULL, N_("Account taken over?"), true },
	{ "v", NULL, NULL, N_("Verify a request"), true },
	{ "Enter", NULL, N_("Space"), N_("Open"), true },
	{ "c", NULL, NULL, N_("Continue"), true },
	{ "s", NULL, NULL, N_("Summary"), true },
	{ "p", NULL, NULL, N_("Platform"), true },
	{ "a", NULL, NULL, N_("Accounts"), true },
	{ "e", NULL, NULL, N_("Export report"), true },
	{ "u", NULL, NULL, N_("Quiz"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Quit"), true },
	{ "↑↓", N_("Up/Down"), "j, k, PgUp, PgDn", N_("Move"), false },
	{ "i", NULL, NULL, N_("Edit your profile (name, NIP, unit, position)"),
	    false },
	{ NULL, NULL, NULL, NULL, false },
};

/* The mark for a module's progress: the text says it, colour only helps. */
static const char *
modules_mark(const struct progress *p, enum ui_style *style)
{
	if (progress_is_complete(p)) {
		*style = STYLE_DONE;
		return "[x]";
	}
	*style = p->done + p->na + p->later > 0 ? STYLE_LATER : STYLE_NORMAL;
	return p->done + p->na + p->later > 0 ? "[~]" : "[ ]";
}

/* The label of a module the site requires, or NULL: none when the site
 * names no module, as every one is required then. */
static const char *
modules_required(const struct ui *ui, const struct module *m)
{
	return site_lists_module(ui->site, m->id) ? _("required") : NULL;
}

/* Draw an account's heading: its title, and at the right the steps of
 * its modules finished out of all. */
static void
modules_heading(struct ui *ui, const struct account *acct, int y, int x,
    int width)
{
	struct progress p;
	char *count;
	int cw;

	progress_account(nav_official(&ui->nav), ui->content, acct, &p);
	count = xasprintf("%zu/%zu", p.done + p.na, p.total);
	cw = (int)strlen(count);
	draw_text(y, x, width - cw - 2, draw_tr(ui, acct->title),
	    ui->attr[STYLE_HEADING]);
	draw_text(y, x + width - cw, cw, count, ui->attr[STYLE_HEADING]);
	free(count);
}

/* Draw one row: an account's heading, or a module (modules_module). */
static void
modules_module(struct ui *ui, size_t i, int y, int x, int width, attr_t a);

static void
modules_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	struct nav_module_row r;

	nav_checklist_module_rows(&ui->nav, i, &r);
	if (!r.heading) {
		modules_module(ui, r.index, y, x, width, a);
		return;
	}
	modules_heading(ui, &ui->content->accounts[r.index], y, x, width);
}

/* Draw one module: mark, title, "required", finished/total. */
static void
modules_module(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct module *m = &ui->content->modules[i];
	const char *req = modules_required(ui, m);
	struct progress p;
	enum ui_style style;
	const char *mark;
	char *count;
	int cw, rw = 0;

	progress_module(nav_official(&ui->nav), m, &p);
	mark = modules_mark(&p, &style);
	count = xasprintf("%zu/%zu", p.done + p.na, p.total);
	cw = (int)strlen(count);
	if (req != NULL)
		rw = draw_text_width(req) + 2;
	draw_text(y, x, 3, mark, a == A_NORMAL ? ui->attr[style] : a);
	draw_text(y, x + 4, width - cw - rw - 6, draw_tr(ui, m->title), a);
	if (req != NULL)
		draw_text(y, x + width - cw - rw, rw - 2, req, a);
	draw_text(y, x + width - cw, cw, count, a);
	free(count);
}

/* Draw the overall progress in two rows. */
static void
modules_overall(struct ui *ui, int y)
{
	struct progress p;
	char *s;

	progress_all(nav_official(&ui->nav), ui->content, &p);
	s = xasprintf(_("Overall: %zu of %zu steps finished (%u%%)"),
	    p.done + p.na, p.total, progress_percent(&p));
	draw_text(y, 1, draw_cols() - 2, s, ui->attr[STYLE_TITLE]);
	free(s);
	draw_bar(ui, y + 1, 1, draw_cols() - 2,
	    progress_percent(&p));
}

/* Draw which platforms the steps are shown for. */
static void
modules_platform(struct ui *ui, int y)
{
	const struct official *o = nav_official(&ui->nav);
	const char *phone = platform_label((enum platform)o->platform);
	char *s = o->web ?
	    xasprintf(_("Instructions for: %s and %s (p to change)"), phone,
	    platform_label(PLATFORM_WEB)) :
	    xasprintf(_("Instructions for: %s (p to change)"), phone);

	draw_text(y, 1, draw_cols() - 2, s, ui->attr[STYLE_DIM]);
	free(s);
}

/* Draw the agency and its deadline, if the site names either; false
 * when there was nothing to draw. */
static bool
modules_agency(struct ui *ui, int y)
{
	const struct site *st = ui->site;
	time_t now = isotime_now();
	long days = 0;
	char *deadline = site_deadline_text(st, now), *s;
	bool late = site_days_left(st, now, &days) && days < 0;

	if (st == NULL || (st->agency == NULL && deadline == NULL))
		return false;
	if (st->agency != NULL && deadline != NULL)
		s = xasprintf("%s · %s", st->agency, deadline);
	else
		s = xstrdup(st->agency != NULL ? st->agency : deadline);
	draw_text(y, 1, draw_cols() - 2, s, late ? ui->attr[STYLE_ERROR] :
	    ui->attr[STYLE_HEADING]);
	free(s);
	free(deadline);
	return true;
}

/* Draw the progress, the agency, the list, and under it the selected
 * module's summary when there is room for it. */
static void
modules_draw(struct ui *ui, int y, int h)
{
	size_t rows = nav_checklist_module_rows(&ui->nav, NAV_NONE, NULL);
	struct nav_module_row r = { true, 0 };
	const struct module *m;
	int n = (int)rows, top, list_h;
	struct wrap w;

	modules_overall(ui, y);
	modules_platform(ui, y + 2);
	top = modules_agency(ui, y + 3) ? 5 : 4;
	list_h = h - top;
	draw_list(ui, y + top, list_h, rows, modules_row);
	if (ui->nav.sel < rows)
		nav_checklist_module_rows(&ui->nav, ui->nav.sel, &r);
	if (r.heading)
		return;
	m = &ui->content->modules[r.index];
	if (m->summary == NULL || list_h - n < 2)
		return;
	wrap_init(&w);
	wrap_text(&w, draw_tr(ui, m->summary), draw_cols() - 4, 0,
	    ui->attr[STYLE_DIM]);
	wrap_draw(&w, 0, y + top + n + 1, 2, list_h - n - 1, draw_cols() - 4);
	wrap_free(&w);
}

const struct ui_screen modules_screen = {
	.draw = modules_draw,
	.keys = modules_keys,
};
