/*
 * draw: what every screen draws with: styles, text measured in display
 * columns (wcwidth), the header, the footer of keys, boxes, bars and
 * scrolled lists.  Text from files is made printable here, so a control
 * character in a record can never reach the terminal.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "i18n.h"
#include "tui.h"
#include "xalloc.h"

/* Each style in colour (a pair over the terminal's own background) and
 * without: the plain form alone must say everything. */
static const struct {
	attr_t plain;		/* without colour */
	short fg;		/* colour, -1 for the terminal's own */
	short bg;
	attr_t extra;		/* with colour, added to the pair */
} draw_styles[STYLE_COUNT] = {
	[STYLE_NORMAL] = { A_NORMAL, -1, -1, A_NORMAL },
	[STYLE_HEADER] = { A_REVERSE | A_BOLD, COLOR_WHITE, COLOR_BLUE,
	    A_BOLD },
	[STYLE_TITLE] = { A_BOLD, COLOR_CYAN, -1, A_BOLD },
	[STYLE_HEADING] = { A_BOLD, -1, -1, A_BOLD },
	[STYLE_SELECT] = { A_REVERSE, -1, -1, A_REVERSE },
	[STYLE_KEY] = { A_BOLD, COLOR_CYAN, -1, A_BOLD },
	[STYLE_DONE] = { A_NORMAL, COLOR_GREEN, -1, A_NORMAL },
	[STYLE_LATER] = { A_NORMAL, COLOR_YELLOW, -1, A_NORMAL },
	[STYLE_ERROR] = { A_BOLD, COLOR_RED, -1, A_BOLD },
	[STYLE_DIM] = { A_NORMAL, -1, -1, A_DIM },
};

void
draw_init_styles(struct ui *ui, bool color)
{
	for (int i = 0; i < STYLE_COUNT; i++) {
		if (!color)
			ui->attr[i] = draw_styles[i].plain;
		else if (draw_styles[i].fg < 0 && draw_styles[i].bg < 0)
			ui->attr[i] = draw_styles[i].extra;
		else {
			init_pair((short)i, draw_styles[i].fg,
			    draw_styles[i].bg);
			ui->attr[i] = COLOR_PAIR(i) | draw_styles[i].extra;
		}
	}
}

/* c, or what to show instead when it is a control or unprintable. */
static wchar_t
draw_printable(wchar_t c, bool keep_nl)
{
	if (c == L'\n' && keep_nl)
		return c;
	if (iswcntrl(c))
		return L' ';
	return wcwidth(c) < 0 ? L'?' : c;
}

wchar_t *
draw_widen(const char *s, bool keep_nl)
{
	size_t left = strlen(s), n = 0;
	wchar_t *w = xmalloc((left + 1) * sizeof *w);
	mbstate_t st;

	memset(&st, 0, sizeof st);
	while (left > 0) {
		wchar_t c;
		size_t k = mbrtowc(&c, s, left, &st);

		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			c = L'?';
			k = 1;
			memset(&st, 0, sizeof st);
		}
		s += k;
		left -= k;
		w[n++] = draw_printable(c, keep_nl);
	}
	w[n] = L'\0';
	return w;
}

int
draw_width(const wchar_t *w, size_t n)
{
	int cols = 0;

	for (size_t i = 0; i < n && w[i] != L'\0'; i++) {
		int k = wcwidth(w[i]);

		cols += k > 0 ? k : 0;
	}
	return cols;
}

int
draw_text_width(const char *s)
{
	wchar_t *w = draw_widen(s, false);
	int cols = draw_width(w, wcslen(w));

	free(w);
	return cols;
}

int
draw_wtext(int y, int x, int width, const wchar_t *w, attr_t a)
{
	int cols = 0;
	size_t n = 0;

	while (w[n] != L'\0') {
		int k = wcwidth(w[n]);

		if (k < 0)
			k = 0;
		if (cols + k > width)
			break;
		cols += k;
		n++;
	}
	if (n > 0) {
		attrset(a);
		mvaddnwstr(y, x, w, (int)n);
		attrset(A_NORMAL);
	}
	return cols;
}

int
draw_text(int y, int x, int width, const char *s, attr_t a)
{
	wchar_t *w = draw_widen(s, false);
	int cols = draw_wtext(y, x, width, w, a);

	free(w);
	return cols;
}

void
draw_fill(int y, int x, int width, attr_t a)
{
	attrset(a);
	for (int i = 0; i < width; i++)
		mvaddch(y, x + i, ' ');
	attrset(A_NORMAL);
}

int
draw_cols(void)
{
	return COLS < UI_MAX_COLS ? COLS : UI_MAX_COLS;
}

const char *
draw_tr(const char *msgid)
{
	return msgid != NULL && *msgid != '\0' ? _(msgid) : "";
}

void
draw_header(struct ui *ui)
{
	const struct official *o = nav_official(&ui->nav);
	char *s;

	draw_fill(0, 0, COLS, ui->attr[STYLE_HEADER]);
	if (o != NULL)
		s = xasprintf(" %s %s %s", PACKAGE, ui->utf8 ? "—" : "-",
		    o->profile.name);
	else
		s = xasprintf(" %s", PACKAGE);
	draw_text(0, 0, COLS, s, ui->attr[STYLE_HEADER]);
	free(s);
}

/* Columns one footer entry takes: key, space, what. */
static int
draw_key_width(const struct ui *ui, const struct ui_key *k)
{
	return draw_text_width(keys_label(ui, k)) + 1 +
	    draw_text_width(_(k->what));
}

/* Lay the footer entries out from row y0, wrapping between entries;
 * returns the rows used, and draws them when draw is set. */
static int
draw_footer_rows(struct ui *ui, const struct ui_key *keys, int y0, bool draw)
{
	int y = y0, x = 0;

	for (const struct ui_key *k = keys; k->key != NULL; k++) {
		int w, kx;

		if (!k->footer)
			continue;
		w = draw_key_width(ui, k);
		if (x > 0 && x + 2 + w > COLS) {
			y++;
			x = 0;
		} else if (x > 0)
			x += 2;
		if (draw) {
			kx = draw_text(y, x, COLS - x, keys_label(ui, k),
			    ui->attr[STYLE_KEY]);
			draw_text(y, x + kx + 1, COLS - x - kx - 1, _(k->what),
			    A_NORMAL);
		}
		x += w;
	}
	return y - y0 + 1;
}

int
draw_footer(struct ui *ui, const struct ui_key *keys, bool draw)
{
	int rows = draw_footer_rows(ui, keys, 0, false);

	if (draw)
		draw_footer_rows(ui, keys, LINES - rows, true);
	return rows;
}

/* Draw the frame of a box.  Under UTF-8 the line characters are drawn as
 * text: the alternate character set is lost by some terminals (and by
 * tmux capture-pane) in UTF-8 mode. */
static void
draw_frame(const struct ui *ui, int y, int x, int h, int w)
{
	if (!ui->utf8) {
		mvaddch(y, x, ACS_ULCORNER);
		mvhline(y, x + 1, ACS_HLINE, w - 2);
		mvaddch(y, x + w - 1, ACS_URCORNER);
		mvvline(y + 1, x, ACS_VLINE, h - 2);
		mvvline(y + 1, x + w - 1, ACS_VLINE, h - 2);
		mvaddch(y + h - 1, x, ACS_LLCORNER);
		mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
		mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
		return;
	}
	for (int i = 1; i < w - 1; i++) {
		draw_text(y, x + i, 1, "─", A_NORMAL);
		draw_text(y + h - 1, x + i, 1, "─", A_NORMAL);
	}
	for (int i = 1; i < h - 1; i++) {
		draw_text(y + i, x, 1, "│", A_NORMAL);
		draw_text(y + i, x + w - 1, 1, "│", A_NORMAL);
	}
	draw_text(y, x, 1, "┌", A_NORMAL);
	draw_text(y, x + w - 1, 1, "┐", A_NORMAL);
	draw_text(y + h - 1, x, 1, "└", A_NORMAL);
	draw_text(y + h - 1, x + w - 1, 1, "┘", A_NORMAL);
}

void
draw_box(struct ui *ui, int y, int x, int h, int w, const char *title)
{
	for (int i = 0; i < h; i++)
		draw_fill(y + i, x, w, A_NORMAL);
	draw_frame(ui, y, x, h, w);
	if (title != NULL) {
		char *t = xasprintf(" %s ", title);

		draw_text(y, x + 2, w - 4, t, ui->attr[STYLE_TITLE]);
		free(t);
	}
}

void
draw_bar(struct ui *ui, int y, int x, int width, unsigned percent)
{
	int inner = width - 2, full = inner * (int)percent / 100;

	if (inner < 1)
		return;
	mvaddch(y, x, '[');
	for (int i = 0; i < inner; i++) {
		if (ui->utf8)
			draw_text(y, x + 1 + i, 1, i < full ? "█" : "░",
			    ui->attr[i < full ? STYLE_DONE : STYLE_DIM]);
		else
			mvaddch(y, x + 1 + i, i < full ? '#' : '.');
	}
	mvaddch(y, x + width - 1, ']');
}

void
draw_list(struct ui *ui, int y, int h, size_t count, draw_row_fn *row)
{
	struct nav *n = &ui->nav;
	size_t rows = h > 0 ? (size_t)h : 1;

	nav_set_view(n, rows, 0);
	if (n->sel < n->top)
		n->top = n->sel;
	if (n->sel >= n->top + rows)
		n->top = n->sel - rows + 1;
	if (count <= rows)
		n->top = 0;
	for (size_t i = n->top; i < count && i < n->top + rows; i++) {
		int ry = y + (int)(i - n->top);
		bool sel = i == n->sel;
		attr_t a = sel ? ui->attr[STYLE_SELECT] : A_NORMAL;

		if (sel)
			draw_fill(ry, 0, draw_cols(), a);
		/* The marker shows the selection without reverse video. */
		draw_text(ry, 1, 2, sel ? ">" : " ", a);
		row(ui, i, ry, 3, draw_cols() - 4, a);
	}
}
