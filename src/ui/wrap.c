/*
 * wrap: text broken into lines by display width, at spaces where it can
 * be and inside a word only when the word alone is too wide.  A
 * paragraph that starts a list item ("- ", "• ", "1. ") continues under
 * its text, not under its marker.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "base/i18n.h"
#include "ui/tui.h"
#include "base/xalloc.h"

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

/* Add the n characters at s as one line. */
static void
wrap_add(struct wrap *w, const wchar_t *s, size_t n, int indent, attr_t a)
{
	struct wrap_line *l;

	w->v = xgrow(w->v, &w->cap, w->n + 1, sizeof *w->v);
	l = &w->v[w->n++];
	l->text = xmalloc((n + 1) * sizeof *l->text);
	wmemcpy(l->text, s, n);
	l->text[n] = L'\0';
	l->indent = indent;
	l->attr = a;
}

void
wrap_blank(struct wrap *w)
{
	wrap_add(w, L"", 0, 0, A_NORMAL);
}

/* Columns of a list item's marker at the start of p (leading spaces, then
 * "- ", "* ", "• " or digits and ". " / ") "), 0 when there is none. */
static int
wrap_hang(const wchar_t *p, size_t len)
{
	size_t i = 0, d;

	while (i < len && p[i] == L' ')
		i++;
	if (i + 1 < len && wcschr(L"-*\u2022", p[i]) != NULL &&
	    p[i + 1] == L' ')
		return draw_width(p, i + 2);
	for (d = i; d < len && iswdigit(p[d]); d++)
		;
	if (d > i && d + 1 < len && (p[d] == L'.' || p[d] == L')') &&
	    p[d + 1] == L' ')
		return draw_width(p, d + 2);
	return 0;
}

/* How many characters from p fit in avail columns, broken at a space when
 * the rest does not fit; at least one, so wrapping always advances. */
static size_t
wrap_fit(const wchar_t *p, size_t len, int avail)
{
	size_t i = 0, brk = 0;
	int col = 0;

	for (; i < len; i++) {
		int k = wcwidth(p[i]);

		if (p[i] == L' ')
			brk = i;
		if (col + (k > 0 ? k : 0) > avail)
			break;
		col += k > 0 ? k : 0;
	}
	if (i == len)
		return len;
	if (brk > 0)
		return brk;
	return i > 0 ? i : 1;
}

/* Wrap one paragraph (no newlines) of len characters. */
static void
wrap_paragraph(struct wrap *w, const wchar_t *p, size_t len, int width,
    int indent, attr_t a)
{
	int hang = wrap_hang(p, len), lead = 0;

	if (len == 0) {
		wrap_blank(w);
		return;
	}
	if (width - indent - hang < 10)
		hang = 0;
	while (len > 0) {
		size_t n = wrap_fit(p, len, width - indent - lead);

		wrap_add(w, p, n, indent + lead, a);
		p += n;
		len -= n;
		while (len > 0 && *p == L' ') {
			p++;
			len--;
		}
		lead = hang;
	}
}

void
wrap_text(struct wrap *w, const char *text, int width, int indent,
    attr_t a)
{
	wchar_t *all = draw_widen(text, true), *p = all;

	for (;;) {
		wchar_t *nl = wcschr(p, L'\n');
		size_t len = nl != NULL ? (size_t)(nl - p) : wcslen(p);

		/* Trailing spaces would only push a break too early. */
		while (len > 0 && p[len - 1] == L' ')
			len--;
		wrap_paragraph(w, p, len, width, indent, a);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	free(all);
}

void
wrap_draw(const struct wrap *w, size_t first, int y, int x, int h, int width)
{
	for (int i = 0; i < h && first + (size_t)i < w->n; i++) {
		const struct wrap_line *l = &w->v[first + (size_t)i];

		draw_wtext(y + i, x + l->indent, width - l->indent, l->text,
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
