/*
 * modules: the overall progress as a bar and a sentence, then every
 * module with its count and a status mark ([x] complete, [~] started,
 * [ ] not started), then what the selected module is about.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
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
	{ "e", NULL, NULL, N_("Export report"), true },
	{ "u", NULL, NULL, N_("Quiz"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Quit"), true },
	{ "↑↓", N_("Up/Down"), "j, k, PgUp, PgDn", N_("Move"), false },
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

/* Draw one module: mark, title, finished/total. */
static void
modules_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct module *m = &ui->content->modules[i];
	struct progress p;
	enum ui_style style;
	const char *mark;
	char *count;
	int cw;

	progress_module(nav_official(&ui->nav), m, &p);
	mark = modules_mark(&p, &style);
	count = xasprintf("%zu/%zu", p.done + p.na, p.total);
	cw = (int)strlen(count);
	draw_text(y, x, 3, mark, a == A_NORMAL ? ui->attr[style] : a);
	draw_text(y, x + 4, width - cw - 6, draw_tr(ui, m->title), a);
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

/* Draw the progress, the list, and under it the selected module's
 * summary when there is room for it. */
static void
modules_draw(struct ui *ui, int y, int h)
{
	const struct module *m = &ui->content->modules[ui->nav.sel];
	int n = (int)ui->content->n_modules, list_h = h - 4;
	struct wrap w;

	modules_overall(ui, y);
	modules_platform(ui, y + 2);
	draw_list(ui, y + 4, list_h, ui->content->n_modules, modules_row);
	if (m->summary == NULL || list_h - n < 2)
		return;
	wrap_init(&w);
	wrap_text(&w, draw_tr(ui, m->summary), draw_cols() - 4, 0,
	    ui->attr[STYLE_DIM]);
	wrap_draw(&w, 0, y + 4 + n + 1, 2, list_h - n - 1, draw_cols() - 4);
	wrap_free(&w);
}

const struct ui_screen modules_screen = {
	.draw = modules_draw,
	.keys = modules_keys,
};
