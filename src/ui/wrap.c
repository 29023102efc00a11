/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * wrap: text laid out in lines by base/layout (at spaces where it can
 * be, never inside a phone number or an e-mail address (base/nobreak),
 * inside a word only when the word alone is too wide; a list item
 * continues under its text), kept for scrolling and drawn with draw.c.
 * A screen's title and its wrapped subtitle are drawn here too.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/layout.h"
#include "base/nobreak.h"
#include "base/xalloc.h"
#include "ui/tui.h"

#define WRAP_MIN_TEXT 10	/* columns below which a hang is dropped */

void
wrap_init(struct wrap *w)
{
	memset(w, 0, sizeof *w);
}

void
wrap_free(struct wrap *w)
{
	for (size_t i = 0; i < w->n; i++)
		free(w->v[i].text);
	free(w->v);
	memset(w, 0, sizeof *w);
}

/* Turn each no-break space base/nobreak put in s back into a space, in
 * place: the terminal shows a plain one. */
static void
wrap_unglue(char *s)
{
	const size_t k = sizeof NOBREAK_SPACE - 1;
	char *o = s;

	while (*s != '\0')
		if (strncmp(s, NOBREAK_SPACE, k) == 0) {
			*o++ = ' ';
			s += k;
		} else
			*o++ = *s++;
	*o = '\0';
}

/* Add the n bytes at s as one line. */
static void
wrap_add(struct wrap *w, const char *s, size_t n, int indent, attr_t a)
{
	struct wrap_line *l;

	w->v = xgrow(w->v, &w->cap, w->n + 1, sizeof *w->v);
	l = &w->v[w->n++];
	l->text = xmalloc(n + 1);
	memcpy(l->text, s, n);
	l->text[n] = '\0';
	wrap_unglue(l->text);
	l->indent = indent;
	l->attr = a;
}

void
wrap_blank(struct wrap *w)
{
	wrap_add(w, "", 0, 0, A_NORMAL);
}

void
wrap_text(struct wrap *w, const char *text, int width, int indent,
    attr_t a)
{
	char *printable = draw_printable(text, true);
	/* A phone number or an e-mail address stays on one line. */
	char *shown = nobreak_glue(printable);
	struct layout l;

	free(printable);
	layout_init(&l);
	layout_text(&l, shown, width > indent ? (size_t)(width - indent) : 0,
	    0, WRAP_MIN_TEXT);
	for (size_t i = 0; i < l.n; i++)
		wrap_add(w, l.v[i].s, l.v[i].n, indent + (int)l.v[i].col, a);
	layout_free(&l);
	free(shown);
}

void
wrap_draw(const struct wrap *w, size_t first, int y, int x, int h, int width)
{
	for (int i = 0; i < h && first + (size_t)i < w->n; i++) {
		const struct wrap_line *l = &w->v[first + (size_t)i];

		draw_text(y + i, x + l->indent, width - l->indent, l->text,
		    l->attr);
	}
}

void
wrap_scrolled(struct ui *ui, const struct wrap *w, int y, int h,
    bool pages_only)
{
	struct nav *n = &ui->nav;
	size_t rows = h > 1 ? (size_t)h : 1;
	const char *more;

	if (h < 1)
		return;
	if (w->n <= rows) {
		nav_set_view(n, rows, 0);
		wrap_draw(w, 0, y, 1, h, draw_cols() - 2);
		return;
	}
	nav_set_view(n, rows - 1, w->n - (rows - 1));
	wrap_draw(w, n->scroll, y, 1, (int)rows - 1, draw_cols() - 2);
	if (pages_only)
		more = n->scroll < n->scroll_max ?
		    _("-- more below: press PgDn --") :
		    _("-- end of the text: press PgUp to go back --");
	else
		more = n->scroll < n->scroll_max ?
		    _("-- more below: press Down or PgDn --") :
		    _("-- end of the text: press Up or PgUp to go back --");
	draw_text(y + h - 1, 1, draw_cols() - 2, more, ui->attr[STYLE_DIM]);
}

int
wrap_title(struct ui *ui, int y, const char *title, const char *sub)
{
	struct wrap w;
	int rows;

	draw_text(y, 1, draw_cols() - 2, title, ui->attr[STYLE_TITLE]);
	wrap_init(&w);
	wrap_text(&w, sub, draw_cols() - 2, 0, A_NORMAL);
	rows = w.n < 2 ? (int)w.n : 2;
	wrap_draw(&w, 0, y + 1, 1, rows, draw_cols() - 2);
	wrap_free(&w);
	return rows + 2;
}

/* Lay out the items of a list into w; first[i] gets the line where item
 * i starts (first has count + 1 entries). */
static void
wrap_list_layout(struct ui *ui, size_t count, wrap_item_fn *item,
    struct wrap *w, size_t *first, int width)
{
	for (size_t i = 0; i < count; i++) {
		first[i] = w->n;
		item(ui, i, w, width);
		if (w->n == first[i])
			wrap_blank(w);		/* an item takes a line */
	}
	first[count] = w->n;
}

void
wrap_list(struct ui *ui, int y, int h, size_t count, wrap_item_fn *item)
{
	struct nav *n = &ui->nav;
	size_t *first = xcalloc(count + 1, sizeof *first);
	size_t rows = h > 0 ? (size_t)h : 1, top, line;
	int width = draw_cols() - 4;
	struct wrap w;

	wrap_init(&w);
	wrap_list_layout(ui, count, item, &w, first, width);
	/* The page for PgUp/PgDn: items of the first screenful. */
	nav_set_view(n, rows / (w.n > 0 && count > 0 ?
	    (w.n + count - 1) / count : 1) + 1, n->scroll_max);
	if (count > 0 && n->sel >= count)
		n->sel = count - 1;
	if (n->top >= count || n->sel < n->top)
		n->top = n->sel < count ? n->sel : 0;
	/* Scroll down until the selected item's lines fit below top. */
	while (count > 0 && n->top < n->sel &&
	    first[n->sel + 1] - first[n->top] > rows)
		n->top++;
	top = count > 0 ? first[n->top] : 0;
	for (line = top; line < w.n && line < top + rows; line++) {
		int ry = y + (int)(line - top);
		size_t i = 0;
		bool sel;
		attr_t a;

		while (i + 1 < count && first[i + 1] <= line)
			i++;
		sel = i == n->sel;
		a = sel ? ui->attr[STYLE_SELECT] : A_NORMAL;
		if (sel)
			draw_fill(ry, 0, draw_cols(), a);
		if (line == first[i])
			draw_text(ry, 1, 2, sel ? ">" : " ", a);
		draw_text(ry, 3 + w.v[line].indent, width - w.v[line].indent,
		    w.v[line].text, a | w.v[line].attr);
	}
	wrap_free(&w);
	free(first);
}
