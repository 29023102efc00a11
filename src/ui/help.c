/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * help: the keys of the screen beneath, in a box drawn over it.  Any of
 * Esc, q or ? closes it.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

const struct ui_key help_keys[] = {
	{ "Esc", NULL, "q, ?, F1", N_("Close the help"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* The keys of k as the help lists them: the label, then the others. */
static char *
help_label(const struct ui *ui, const struct ui_key *k)
{
	if (k->also == NULL)
		return xstrdup(keys_label(ui, k));
	return xasprintf("%s, %s", keys_label(ui, k), _(k->also));
}

/* Widen *kw and *dw to fit k's label and description. */
static void
help_measure_one(const struct ui *ui, const struct ui_key *k, int *kw,
    int *dw)
{
	char *label = help_label(ui, k);
	int n = draw_text_width(label), d = draw_text_width(_(k->what));

	free(label);
	*kw = n > *kw ? n : *kw;
	*dw = d > *dw ? d : *dw;
}

/* The widest key label and the widest description, in columns, and the
 * number of keys. */
static int
help_measure(const struct ui *ui, const struct ui_key *keys,
    const struct ui_key *extra, int *kw, int *dw)
{
	int n = 0;

	*kw = *dw = 0;
	for (const struct ui_key *k = keys; k->key != NULL; k++, n++)
		help_measure_one(ui, k, kw, dw);
	if (extra != NULL) {
		help_measure_one(ui, extra, kw, dw);
		n++;
	}
	return n;
}

/* Draw key k's row of the list at row. */
static void
help_row(struct ui *ui, const struct ui_key *k, int row, int x, int kw,
    int w)
{
	char *label = help_label(ui, k);

	draw_text(row, x + 2, kw, label, ui->attr[STYLE_KEY]);
	draw_text(row, x + 4 + kw, w - kw - 6, _(k->what), A_NORMAL);
	free(label);
}

void
help_draw(struct ui *ui, const struct ui_key *keys,
    const struct ui_key *extra)
{
	const char *close = _("Esc, q or ? closes this help.");
	int n, kw, dw, w, h, x, y, row;

	n = help_measure(ui, keys, extra, &kw, &dw);
	w = kw + dw + 6;
	w = draw_text_width(close) + 4 > w ? draw_text_width(close) + 4 : w;
	w = COLS - 4 < w ? COLS - 4 : w;
	h = n + 3 < LINES - 2 ? n + 3 : LINES - 2;
	x = (COLS - w) / 2;
	y = (LINES - h) / 2;
	draw_box(ui, y, x, h, w, _("Keys on this screen"));
	row = y + 1;
	for (const struct ui_key *k = keys; k->key != NULL && row < y + h - 2;
	    k++, row++)
		help_row(ui, k, row, x, kw, w);
	if (extra != NULL && row < y + h - 2)
		help_row(ui, extra, row, x, kw, w);
	draw_text(y + h - 2, x + 2, w - 4, close, ui->attr[STYLE_DIM]);
}
