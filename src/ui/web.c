/*
 * web: whether the official also uses WhatsApp Web or the Desktop app,
 * asked after the phone.  Those who do see the Web steps too, and the
 * Web/Desktop instructions beside the phone's.
 */
#include "config.h"

#include "base/i18n.h"
#include "ui/tui.h"

static const char *const web_answers[] = {
	N_("No, only on the phone"),
	N_("Yes, also WhatsApp Web or Desktop"),
};

/* Draw one answer, marked when it is the official's current one. */
static void
web_row(struct ui *ui, size_t i, int y, int x, int width, attr_t a)
{
	const struct official *o = nav_official(&ui->nav);
	bool current = o != NULL && o->web == (i == 1);
	int used = draw_text(y, x, width, current ? "(*)" : "( )", a);

	draw_text(y, x + used + 1, width - used - 1, _(web_answers[i]), a);
}

/* Draw the question, a hint and the choice. */
static void
web_draw(struct ui *ui, int y, int h)
{
	struct wrap w;
	int top;

	draw_text(y, 1, draw_cols() - 2,
	    _("Do you also use WhatsApp on a computer?"),
	    ui->attr[STYLE_TITLE]);
	wrap_init(&w);
	wrap_text(&w, _("That is WhatsApp Web in a browser or the WhatsApp "
	    "Desktop app, linked to your phone."), draw_cols() - 2, 0,
	    A_NORMAL);
	wrap_draw(&w, 0, y + 1, 1, 2, draw_cols() - 2);
	top = 2 + (w.n < 2 ? (int)w.n : 2);
	draw_list(ui, y + top, h - top, sizeof web_answers /
	    sizeof *web_answers, web_row);
	wrap_free(&w);
}

const struct ui_screen web_screen = {
	.draw = web_draw,
	.keys = keys_choose_back,
};
