/*
 * language: the language of a new profile, asked on a first run and when
 * a profile is added (unless --lang chose it).  The choice switches the
 * screens at once.
 */
#include "config.h"

#include "base/i18n.h"
#include "ui/tui.h"

/* Each language in its own name, in the order the navigation lists
 * them ("id", "en"); never translated. */
static const char *const language_names[] = { "Bahasa Indonesia", "English" };

static const struct ui_key language_keys[] = {
	{ "Enter", NULL, N_("Space"), N_("Choose"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Move"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Quit"), true },
	{ NULL, NULL, NULL, NULL, false },
};

/* Draw one language. */
static void
language_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	draw_text(y, x, width, language_names[i], a);
}

/* Draw the title in both languages (the reader may know only one) and
 * the choice. */
static void
language_draw(struct ui *ui, int y, int h)
{
	draw_text(y, 1, draw_cols() - 2, "Pilih bahasa / Choose your language",
	    ui->attr[STYLE_TITLE]);
	draw_list(ui, y + 2, h - 2, sizeof language_names /
	    sizeof language_names[0], language_row);
}

const struct ui_screen language_screen = {
	.draw = language_draw,
	.keys = language_keys,
};
