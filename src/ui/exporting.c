/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * exporting: the official's report for the IT office (jagaakun-report(5)),
 * written from the checklist: where it goes, whether the official meets
 * the agency's requirements, then on Enter the path written or why it
 * could not be.
 */
#include "config.h"

#include <stdlib.h>

#include "exchange/deliver.h"
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

bool
exporting_write(struct ui *ui)
{
	bool ok;
	char *t = deliver_report(nav_official(&ui->nav), ui->content, ui->site,
	    isotime_now(), &ok);

	exporting_outcome(ui, t, ok);
	return ok;
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
	char *dir, *name, *t;

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
	deliver_report_place(ui->preview, ui->site, &name, &dir);
	t = xasprintf(_("Press Enter to write it as %s in the folder %s."),
	    name, dir);
	wrap_text(w, t, width, 0, A_NORMAL);
	free(t);
	free(name);
	free(dir);
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
