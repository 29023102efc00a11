/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * summary: what remains, module by module: the unfinished steps with
 * their status (later, not yet) and the counts; or, when everything is
 * finished, a clear "all done".  Enter opens the selected step.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "model/progress.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key summary_keys[] = {
	{ "Enter", NULL, N_("Space"), N_("Open the step"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Move"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Back"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* A row of the list: a module heading, or the item-th unfinished step. */
struct summary_row {
	bool heading;
	size_t mi, si, item;
};

/* The rows: each module with something left, then its steps; *n gets
 * how many (caller frees). */
static struct summary_row *
summary_rows(const struct ui *ui, size_t *n)
{
	size_t count = nav_checklist_summary_count(&ui->nav), cap = 0, mi, si;
	struct summary_row *rows = NULL;

	*n = 0;
	for (size_t k = 0; k < count &&
	    nav_checklist_summary_item(&ui->nav, k, &mi, &si); k++) {
		rows = xgrow(rows, &cap, *n + 2, sizeof *rows);
		if (*n == 0 || rows[*n - 1].mi != mi)
			rows[(*n)++] = (struct summary_row){ true, mi, 0, 0 };
		rows[(*n)++] = (struct summary_row){ false, mi, si, k };
	}
	return rows;
}

/* Draw a module heading with its finished/total count. */
static void
summary_heading(struct ui *ui, const struct summary_row *r, int y)
{
	const struct module *m = &ui->content->modules[r->mi];
	struct progress p;
	char *t;

	progress_module(nav_official(&ui->nav), m, &p);
	t = xasprintf("%s  %zu/%zu", draw_tr(ui, m->title), p.done + p.na,
	    p.total);
	draw_text(y, 1, draw_cols() - 2, t, ui->attr[STYLE_HEADING]);
	free(t);
}

/* Draw a step row: title, then its status at the right. */
static void
summary_item(struct ui *ui, const struct summary_row *r, int y)
{
	const struct module *m = &ui->content->modules[r->mi];
	const struct step *s = &m->steps[r->si];
	bool sel = r->item == ui->nav.sel;
	attr_t a = sel ? ui->attr[STYLE_SELECT] : A_NORMAL;
	bool later = progress_status(nav_official(&ui->nav), m, s) ==
	    STEP_LATER;
	/* TRANSLATORS: the status of an unfinished step in the summary. */
	const char *st = later ? _("later") : _("not yet");
	int sw = 12;

	if (sel)
		draw_fill(y, 0, draw_cols(), a);
	draw_text(y, 1, 2, sel ? ">" : " ", a);
	draw_text(y, 4, draw_cols() - sw - 6, draw_tr(ui, s->title), a);
	draw_text(y, draw_cols() - sw - 1, sw, st,
	    sel ? a : ui->attr[later ? STYLE_LATER : STYLE_NORMAL]);
}

/* Keep the selected step's row, and its heading when it is the module's
 * first, in the h rows shown. */
static void
summary_scroll(struct ui *ui, const struct summary_row *rows, size_t n,
    size_t h)
{
	struct nav *nv = &ui->nav;
	size_t at = 0, want;

	while (at < n && (rows[at].heading || rows[at].item != nv->sel))
		at++;
	want = at > 0 && rows[at - 1].heading ? at - 1 : at;
	if (want < nv->top)
		nv->top = want;
	if (at >= nv->top + h)
		nv->top = at - h + 1;
	if (n <= h)
		nv->top = 0;
}

/* Draw "all done". */
static void
summary_done(struct ui *ui, int y, int h)
{
	struct wrap w;

	wrap_init(&w);
	wrap_text(&w, _("All done! Every step is finished."), draw_cols() - 2,
	    0, ui->attr[STYLE_DONE] | A_BOLD);
	wrap_blank(&w);
	wrap_text(&w, _("Thank you for keeping your WhatsApp account safe. "
	    "You can go back to any module to look at a step again."),
	    draw_cols() - 2, 0, A_NORMAL);
	wrap_blank(&w);
	wrap_text(&w, _("Press Enter or Esc to go back to the modules."),
	    draw_cols() - 2, 0, ui->attr[STYLE_DIM]);
	wrap_draw(&w, 0, y, 1, h, draw_cols() - 2);
	wrap_free(&w);
}

/* Draw the counts and the list, or "all done". */
static void
summary_draw(struct ui *ui, int y, int h)
{
	struct progress p;
	struct summary_row *rows;
	size_t n, list_h;
	char *t;

	draw_text(y, 1, draw_cols() - 2, _("Summary"), ui->attr[STYLE_TITLE]);
	progress_all(nav_official(&ui->nav), ui->content, &p);
	t = xasprintf(_("Finished: %zu of %zu steps (%u%%). Later: %zu. "
	    "Not yet: %zu."), p.done + p.na, p.total, progress_percent(&p),
	    p.later, p.todo);
	draw_text(y + 1, 1, draw_cols() - 2, t, A_NORMAL);
	free(t);
	if (progress_is_complete(&p)) {
		summary_done(ui, y + 3, h - 3);
		return;
	}
	rows = summary_rows(ui, &n);
	list_h = h > 3 ? (size_t)h - 3 : 1;
	nav_set_view(&ui->nav, list_h, 0);
	summary_scroll(ui, rows, n, list_h);
	for (size_t i = ui->nav.top; i < n && i < ui->nav.top + list_h; i++) {
		int ry = y + 3 + (int)(i - ui->nav.top);

		if (rows[i].heading)
			summary_heading(ui, &rows[i], ry);
		else
			summary_item(ui, &rows[i], ry);
	}
	free(rows);
}

const struct ui_screen summary_screen = {
	.draw = summary_draw,
	.keys = summary_keys,
};
