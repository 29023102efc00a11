/*
 * exporting: the official's report for the IT office (jagaakun-report(5)),
 * written from the checklist: where it goes, whether the official meets
 * the agency's requirements, then on Enter the path written or why it
 * could not be.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "os/fsutil.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "ui/tui.h"
#include "base/xalloc.h"

static const struct ui_key exporting_keys[] = {
	{ "Enter", NULL, NULL, N_("Write the report"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Back"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Replace the outcome shown (text is taken). */
static void
exporting_outcome(struct ui *ui, char *text, bool ok)
{
	free(ui->outcome);
	ui->outcome = text;
	ui->outcome_ok = ok;
}

/* Build the report as it would be written now. */
static struct report *
exporting_build(const struct ui *ui)
{
	return report_build(nav_official(&ui->nav), ui->content, ui->site,
	    isotime_now(), NULL);
}

/* Arrive with the report as it stands and nothing written yet. */
void
exporting_enter(struct ui *ui)
{
	report_free(ui->preview);
	ui->preview = exporting_build(ui);
	exporting_outcome(ui, NULL, false);
}

/* The full path of the report file, for the official to find it: a
 * name alone is in the current folder. */
static char *
exporting_full_path(const char *path)
{
	char cwd[PATH_MAX];

	if (fs_is_absolute(path) || getcwd(cwd, sizeof cwd) == NULL)
		return xstrdup(path);
	return strcmp(cwd, "/") == 0 ? xasprintf("/%s", path) :
	    fs_join(cwd, path);
}

bool
exporting_write(struct ui *ui)
{
	struct report *r = exporting_build(ui);
	char *path = report_default_path(r, ui->site);
	char *full = exporting_full_path(path), *dir = fs_dirname(full);
	char *name = report_default_name(r);
	int err = site_output_make(ui->site);

	if (err == 0)
		err = report_save(r, path);
	if (err == 0)
		nav_official(&ui->nav)->exported = r->exported;
	/* The name and the folder apart: a long path wraps badly. */
	if (err == 0)
		exporting_outcome(ui, xasprintf(_("Report written as %s in the "
		    "folder %s. Your IT office collects it from there, or give "
		    "them this file."), name, dir), true);
	else if (err == -ENOENT && ui->site != NULL &&
	    ui->site->report_dir != NULL)
		exporting_outcome(ui, xasprintf(_("The report could not be "
		    "written: the report folder %s named in the site settings "
		    "does not exist. Tell your IT office."),
		    ui->site->report_dir), false);
	else if (err == -EEXIST)
		exporting_outcome(ui, xasprintf(_("The report could not be "
		    "written: %s is already there and is not a file of yours (a "
		    "link, say), so jagaakun does not replace it. Tell your IT "
		    "office."), full), false);
	else
		exporting_outcome(ui, xasprintf(_("The report could not be "
		    "written to %s: %s."), full, strerror(-err)), false);
	free(name);
	free(dir);
	free(full);
	free(path);
	report_free(r);
	return err == 0;
}

/* Lay out whether the official meets the requirements into w. */
static void
exporting_progress(struct ui *ui, struct wrap *w, int width)
{
	const struct report *r = ui->preview;
	char *t;

	if (r->compliant)
		t = xasprintf(_("%zu of %zu steps finished (%u%%): this meets "
		    "the agency's requirements."), r->finished, r->total,
		    report_percent(r));
	else
		t = xasprintf(_("%zu of %zu steps finished (%u%%): this does "
		    "not meet the agency's requirements yet."), r->finished,
		    r->total, report_percent(r));
	wrap_text(w, t, width, 0, ui->attr[r->compliant ? STYLE_DONE :
	    STYLE_LATER] | A_BOLD);
	free(t);
}

/* Lay out what Enter does, or what it did, into w. */
static void
exporting_state(struct ui *ui, struct wrap *w, int width)
{
	char *path, *full, *dir, *name, *t;

	if (ui->nav.demo) {
		wrap_text(w, _("In the demo the report is not written."),
		    width, 0, A_BOLD);
		return;
	}
	if (ui->outcome != NULL) {
		wrap_text(w, ui->outcome, width, 0, ui->outcome_ok ?
		    ui->attr[STYLE_DONE] | A_BOLD : ui->attr[STYLE_ERROR]);
		return;
	}
	path = report_default_path(ui->preview, ui->site);
	full = exporting_full_path(path);
	dir = fs_dirname(full);
	name = report_default_name(ui->preview);
	t = xasprintf(_("Press Enter to write it as %s in the folder %s."),
	    name, dir);
	wrap_text(w, t, width, 0, A_NORMAL);
	free(t);
	free(name);
	free(dir);
	free(full);
	free(path);
}

/* A page about the report: title, intro, how far, where it goes. */
void
exporting_page(struct ui *ui, int y, int h, const char *title,
    const char *intro)
{
	int width = draw_cols() - 2;
	struct wrap w;

	draw_text(y, 1, width, title, ui->attr[STYLE_TITLE]);
	wrap_init(&w);
	wrap_text(&w, intro, width, 0, A_NORMAL);
	wrap_blank(&w);
	exporting_progress(ui, &w, width);
	wrap_blank(&w);
	exporting_state(ui, &w, width);
	wrap_draw(&w, 0, y + 2, 1, h - 2, width);
	wrap_free(&w);
}

/* Draw what the report is, how far the official is, and where it goes. */
static void
exporting_draw(struct ui *ui, int y, int h)
{
	exporting_page(ui, y, h, _("Export your report"), _("Your IT office "
	    "collects one report file from every official. It holds your "
	    "profile and the status of each step: never a code, a PIN or a "
	    "message."));
}

const struct ui_screen exporting_screen = {
	.enter = exporting_enter,
	.draw = exporting_draw,
	.keys = exporting_keys,
};
