/*
 * platform: the phone the official uses WhatsApp on (Android or iPhone).
 * Asked once per official and stored; the web screen follows it.  Every
 * WhatsApp account has a phone behind it, so the steps always show the
 * phone's instructions.
 */
#include "config.h"

#include "base/i18n.h"
#include "ui/tui.h"

/* Draw one phone, marked when it is the official's current one. */
static void
platform_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct official *o = nav_official(&ui->nav);
	bool current = o != NULL && o->platform == (int)i;
	int used = draw_text(y, x, width, current ? "(*)" : "( )", a);

	draw_text(y, x + used + 1, width - used - 1,
	    platform_label((enum platform)i), a);
}

/* Draw the question, a hint and the choice. */
static void
platform_draw(struct ui *ui, int y, int h)
{
	struct wrap w;
	int top;

	draw_text(y, 1, draw_cols() - 2,
	    _("Which phone is your WhatsApp account on?"),
	    ui->attr[STYLE_TITLE]);
	wrap_init(&w);
	wrap_text(&w, _("The steps show the instructions for this phone. You "
	    "can change it later with p."), draw_cols() - 2, 0, A_NORMAL);
	wrap_draw(&w, 0, y + 1, 1, 2, draw_cols() - 2);
	top = 2 + (w.n < 2 ? (int)w.n : 2);
	draw_list(ui, y + top, h - top, PLATFORM_PHONES, platform_row);
	wrap_free(&w);
}

const struct ui_screen platform_screen = {
	.draw = platform_draw,
	.keys = keys_choose_back,
};
