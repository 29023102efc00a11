/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * who: the officials who use this workstation, the last one selected,
 * and "Add a new profile"; "i" edits the profile selected.  NIPs are masked but for their last digits:
 * colleagues share the screen.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

#define WHO_NIP_SHOWN NAV_NIP_SHOWN	/* digits of a NIP left visible */

/* Draw one official in columns (name, unit, masked NIP), or the last
 * row, which adds a profile. */
static void
who_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct official *o;
	size_t len;
	char *nip;
	int name_w = width * 2 / 5, nip_w = 4 + 4 + WHO_NIP_SHOWN;

	if (i == ui->nav.record->n_officials) {
		draw_text(y, x, width, _("+ Add a new profile"), a);
		return;
	}
	o = &ui->nav.record->officials[i];
	len = strlen(o->profile.nip);
	nip = xasprintf("NIP ****%s", o->profile.nip +
	    (len > WHO_NIP_SHOWN ? len - WHO_NIP_SHOWN : 0));
	draw_text(y, x, name_w - 1, o->profile.name, a);
	draw_text(y, x + name_w, width - name_w - nip_w - 1, o->profile.unit,
	    a);
	draw_text(y, x + width - nip_w, nip_w, nip, a);
	free(nip);
}

static const struct ui_key who_keys[] = {
	{ "Enter", NULL, N_("Space"), N_("Choose"), true },
	{ "i", NULL, NULL, N_("Edit profile"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Move"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Quit"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw the title, a hint and the list. */
static void
who_draw(struct ui *ui, int y, int h)
{
	draw_text(y, 1, draw_cols() - 2, _("Who is using jagaakun?"),
	    ui->attr[STYLE_TITLE]);
	draw_text(y + 1, 1, draw_cols() - 2, _("Choose your name, or add a new "
	    "profile."), A_NORMAL);
	draw_list(ui, y + 3, h - 3, ui->nav.record->n_officials + 1, who_row);
}

const struct ui_screen who_screen = {
	.draw = who_draw,
	.keys = who_keys,
};
