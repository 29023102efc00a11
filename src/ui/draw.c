/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * draw: what every screen draws with: styles, text measured in display
 * columns (base/layout's rule), the header, the footer of keys, boxes,
 * bars and scrolled lists.  Text from files is made printable here, so a
 * control character in a record can never reach the terminal, and it
 * becomes wide characters for curses here alone.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/layout.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "ui/tui.h"

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
draw_init_styles(struct ui *ui, bool color, bool strong)
{
	for (int i = 0; i < STYLE_COUNT; i++) {
		/* Dim text fades away on a projector. */
		if (strong && i == STYLE_DIM)
			ui->attr[i] = A_NORMAL;
		else if (!color)
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

/* What to show instead of code point cp: a space for a control (a
 * newline is kept when keep_nl), '?' for what cannot be shown, 0 to show
 * it as it is. */
static char
draw_stand_in(uint32_t cp, bool keep_nl)
{
	if (cp == '\n' && keep_nl)
		return 0;
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 ||
	    cp == 0x2029)
		return ' ';
	return utf8_width(cp) < 0 ? '?' : 0;
}

char *
draw_printable(const char *s, bool keep_nl)
{
	/* Every stand-in is one byte for one or more: never longer. */
	char *out = xmalloc(strlen(s) + 1), *o = out;

	while (*s != '\0') {
		uint32_t cp;
		size_t k = utf8_decode(s, &cp);
		char c = k > 0 ? draw_stand_in(cp, keep_nl) : '?';

		if (k > 0 && utf8_hidden(cp) != UTF8_SHOWN)
			;	/* invisible formatting: never sent raw */
		else if (c != 0)
			*o++ = c;
		else {
			memcpy(o, s, k);
			o += k;
		}
		s += k > 0 ? k : 1;
	}
	*o = '\0';
	return out;
}

/* Put code point cp into w as wchar_t: two UTF-16 units (a surrogate
 * pair) where wchar_t is 16 bits (Windows) and cp is past U+FFFF; the
 * units written. */
static size_t
draw_put_wchar(wchar_t *w, uint32_t cp)
{
	if (sizeof(wchar_t) == 2 && cp > 0xFFFF) {
		cp -= 0x10000;
		w[0] = (wchar_t)(0xD800 + (cp >> 10));
		w[1] = (wchar_t)(0xDC00 + (cp & 0x3FF));
		return 2;
	}
	w[0] = (wchar_t)cp;
	return 1;
}

/* The n bytes of UTF-8 at s as wide characters, for curses; caller
 * frees.  The one place text becomes wchar_t (a 4-byte character makes
 * at most two units, so n + 1 units always hold it). */
static wchar_t *
draw_widen(const char *s, size_t n)
{
	wchar_t *w = xmalloc((n + 1) * sizeof *w);
	size_t len = 0;

	for (size_t i = 0; i < n;) {
		uint32_t cp = '?';
		size_t k = utf8_decode(s + i, &cp);

		len += draw_put_wchar(w + len, cp);
		i += k > 0 ? k : 1;
	}
	w[len] = L'\0';
	return w;
}

/* Columns code point c takes (0 for what cannot be shown). */
static int
draw_wc_width(uint32_t c)
{
	int k = utf8_width(c);

	return k > 0 ? k : 0;
}

int
draw_width(const uint32_t *w, size_t n)
{
	int cols = 0;

	for (size_t i = 0; i < n && w[i] != 0; i++)
		cols += draw_wc_width(w[i]);
	return cols;
}

int
draw_text_width(const char *s)
{
	return (int)layout_width(s, strlen(s));
}

/* Put the n wide characters at w at (y, x) in attribute a. */
static void
draw_wide(int y, int x, const wchar_t *w, size_t n, attr_t a)
{
	if (n == 0)
		return;
	attrset(a);
	mvaddnwstr(y, x, w, (int)n);
	attrset(A_NORMAL);
}

/* Invisible formatting characters are left out: they would reorder or
 * hide what the line shows. */
int
draw_wtext(int y, int x, int width, const uint32_t *w, attr_t a)
{
	size_t len = 0;
	wchar_t *shown;
	int cols = 0;
	size_t n = 0;

	while (w[len] != 0)
		len++;
	shown = xmalloc((2 * len + 1) * sizeof *shown);
	for (; *w != 0 && cols + draw_wc_width(*w) <= width; w++)
		if (utf8_hidden(*w) == UTF8_SHOWN) {
			cols += draw_wc_width(*w);
			n += draw_put_wchar(shown + n, *w);
		}
	draw_wide(y, x, shown, n, a);
	free(shown);
	return cols;
}

int
draw_text(int y, int x, int width, const char *s, attr_t a)
{
	char *p = draw_printable(s, false);
	size_t used, n = layout_prefix(p, strlen(p),
	    width > 0 ? (size_t)width : 0, &used);
	wchar_t *w = draw_widen(p, n);

	draw_wide(y, x, w, wcslen(w), a);
	free(w);
	free(p);
	return (int)used;
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
draw_expand(struct ui *ui, const char *text)
{
	char *s = site_expand(ui->site, text);

	ui->scratch = xgrow(ui->scratch, &ui->cap_scratch, ui->n_scratch + 1,
	    sizeof *ui->scratch);
	ui->scratch[ui->n_scratch++] = s;
	return s;
}

const char *
draw_tr(struct ui *ui, const char *msgid)
{
	return msgid != NULL && *msgid != '\0' ? draw_expand(ui, _(msgid)) :
	    "";
}

void
draw_scratch_free(struct ui *ui)
{
	for (size_t i = 0; i < ui->n_scratch; i++)
		free(ui->scratch[i]);
	ui->n_scratch = 0;
}

/* The position of the step shown among all steps, for the demo's
 * "3/31"; 0 on other screens. */
static size_t
draw_step_number(const struct ui *ui)
{
	const struct nav *n = &ui->nav;
	size_t k = n->step + 1;

	if (n->screen != NAV_STEP)
		return 0;
	for (size_t m = 0; m < n->module; m++)
		k += ui->content->modules[m].n_steps;
	return k;
}

/* The right end of the header: the demo's banner and where it is, or
 * that this is trainer mode; NULL in the checklist.  Caller frees. */
static char *
draw_header_right(const struct ui *ui)
{
	size_t k = draw_step_number(ui);

	if (!ui->nav.trainer)
		return NULL;
	if (!ui->nav.demo)
		return xasprintf("%s ", _("Trainer mode"));
	/* TRANSLATORS: the banner on every screen of the demo walkthrough. */
	if (k == 0)
		return xasprintf("%s ", _("DEMO — nothing is saved"));
	return xasprintf("%s  %zu/%zu ", _("DEMO — nothing is saved"), k,
	    content_step_count(ui->content));
}

void
draw_header(struct ui *ui)
{
	const struct official *o = nav_official(&ui->nav);
	char *s, *right = draw_header_right(ui);
	int rw = right != NULL ? draw_text_width(right) : 0;

	draw_fill(0, 0, COLS, ui->attr[STYLE_HEADER]);
	if (o != NULL)
		s = xasprintf(" %s %s %s", PACKAGE, ui->utf8 ? "—" : "-",
		    o->profile.name);
	else
		s = xasprintf(" %s", PACKAGE);
	if (right != NULL && rw < COLS)
		draw_text(0, COLS - rw, rw, right, ui->attr[STYLE_HEADER] |
		    A_BOLD);
	draw_text(0, 0, COLS - rw - 1, s, ui->attr[STYLE_HEADER]);
	free(right);
	free(s);
}

/* Columns one footer entry takes: key, space, what. */
static int
draw_key_width(const struct ui *ui, const struct ui_key *k)
{
	return draw_text_width(keys_label(ui, k)) + 1 +
	    draw_text_width(_(k->what));
}

/* Lay footer entry k out at (*y, *x), wrapping to the next row when it
 * does not fit; drawn when draw is set. */
static void
draw_footer_key(struct ui *ui, const struct ui_key *k, int *y, int *x,
    bool draw)
{
	int w = draw_key_width(ui, k), kx;

	if (*x > 0 && *x + 2 + w > COLS) {
		++*y;
		*x = 0;
	} else if (*x > 0)
		*x += 2;
	if (draw) {
		kx = draw_text(*y, *x, COLS - *x, keys_label(ui, k),
		    ui->attr[STYLE_KEY]);
		draw_text(*y, *x + kx + 1, COLS - *x - kx - 1, _(k->what),
		    A_NORMAL);
	}
	*x += w;
}

/* Lay the footer entries out from row y0, wrapping between entries;
 * returns the rows used, and draws them when draw is set. */
static int
draw_footer_rows(struct ui *ui, const struct ui_key *keys,
    const struct ui_key *extra, int y0, bool draw)
{
	int y = y0, x = 0;

	for (const struct ui_key *k = keys; k->key != NULL; k++)
		if (k->footer)
			draw_footer_key(ui, k, &y, &x, draw);
	if (extra != NULL)
		draw_footer_key(ui, extra, &y, &x, draw);
	return y - y0 + 1;
}

int
draw_footer(struct ui *ui, const struct ui_key *keys,
    const struct ui_key *extra, bool draw)
{
	int rows = draw_footer_rows(ui, keys, extra, 0, false);

	if (draw)
		draw_footer_rows(ui, keys, extra, LINES - rows, true);
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

	/* The page is the list's; a text scrolled beside it keeps its
	 * place. */
	nav_set_view(n, rows, n->scroll_max);
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
