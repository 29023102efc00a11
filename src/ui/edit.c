/*
 * edit: a one-line editor over wide characters, so a cursor moves by
 * character and the box is measured in display columns (a CJK character
 * takes two).  The limit is in UTF-8 bytes, the unit the record checks.
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "ui/tui.h"
#include "base/xalloc.h"

/* Bytes c takes in the locale's multibyte form (UTF-8). */
static size_t
edit_char_bytes(wchar_t c)
{
	char buf[MB_LEN_MAX];
	mbstate_t st;
	size_t n;

	memset(&st, 0, sizeof st);
	n = wcrtomb(buf, c, &st);
	return n == (size_t)-1 ? 1 : n;
}

/* Bytes the whole text takes. */
static size_t
edit_bytes(const struct edit *e)
{
	size_t n = 0;

	for (size_t i = 0; i < e->len; i++)
		n += edit_char_bytes(e->buf[i]);
	return n;
}

void
edit_init(struct edit *e, size_t max)
{
	memset(e, 0, sizeof *e);
	e->max = max;
	e->buf = xgrow(NULL, &e->cap, 16, sizeof *e->buf);
	e->buf[0] = L'\0';
}

void
edit_done(struct edit *e)
{
	free(e->buf);
	memset(e, 0, sizeof *e);
}

void
edit_clear(struct edit *e)
{
	e->len = e->cur = e->left = 0;
	e->buf[0] = L'\0';
}

/* Insert c at the cursor unless the text would grow past its limit. */
static bool
edit_insert(struct edit *e, wchar_t c)
{
	if (edit_bytes(e) + edit_char_bytes(c) > e->max)
		return false;
	e->buf = xgrow(e->buf, &e->cap, e->len + 2, sizeof *e->buf);
	memmove(&e->buf[e->cur + 1], &e->buf[e->cur],
	    (e->len - e->cur + 1) * sizeof *e->buf);
	e->buf[e->cur++] = c;
	e->len++;
	return true;
}

/* Delete the character at i (i < len). */
static void
edit_delete(struct edit *e, size_t i)
{
	memmove(&e->buf[i], &e->buf[i + 1], (e->len - i) * sizeof *e->buf);
	e->len--;
}

bool
edit_apply(struct edit *e, enum action a, wchar_t wc)
{
	switch (a) {
	case ACT_CHAR:
		edit_insert(e, wc);
		return true;
	case ACT_EDIT_LEFT:
		if (e->cur > 0)
			e->cur--;
		return true;
	case ACT_EDIT_RIGHT:
		if (e->cur < e->len)
			e->cur++;
		return true;
	case ACT_EDIT_HOME:
		e->cur = 0;
		return true;
	case ACT_EDIT_END:
		e->cur = e->len;
		return true;
	case ACT_EDIT_BACKSPACE:
		if (e->cur > 0)
			edit_delete(e, --e->cur);
		return true;
	case ACT_EDIT_DELETE:
		if (e->cur < e->len)
			edit_delete(e, e->cur);
		return true;
	case ACT_EDIT_CLEAR:
		edit_clear(e);
		return true;
	default:
		return false;
	}
}

char *
edit_text(const struct edit *e)
{
	char *s = xmalloc(edit_bytes(e) + 1);
	size_t n = 0;
	mbstate_t st;

	memset(&st, 0, sizeof st);
	for (size_t i = 0; i < e->len; i++) {
		size_t k = wcrtomb(s + n, e->buf[i], &st);

		if (k == (size_t)-1) {
			s[n] = '?';
			k = 1;
			memset(&st, 0, sizeof st);
		}
		n += k;
	}
	s[n] = '\0';
	return s;
}

void
edit_draw(struct edit *e, int y, int x, int width, attr_t a, int *cur_x)
{
	if (width < 2)
		return;
	/* Keep the cursor in the box, with a column free for it. */
	if (e->left > e->cur)
		e->left = e->cur;
	while (draw_width(e->buf + e->left, e->cur - e->left) >= width)
		e->left++;
	draw_fill(y, x, width, a);
	draw_wtext(y, x, width, e->buf + e->left, a);
	*cur_x = x + draw_width(e->buf + e->left, e->cur - e->left);
}
