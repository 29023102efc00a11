/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * edit: a one-line editor over code points (not wchar_t, which is 16
 * bits on Windows), so a cursor moves by
 * character and the box is measured in display columns (a CJK character
 * takes two).  The limit is in UTF-8 bytes, the unit the record checks.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"
#include "ui/tui.h"

/* Write c as UTF-8 into buf (UTF8_MAX bytes); its bytes.  What is no
 * character (a surrogate) becomes '?'. */
static size_t
edit_encode(uint32_t c, char *buf)
{
	size_t n = utf8_encode(c, buf);

	if (n == 0)
		buf[n++] = '?';
	return n;
}

/* Bytes c takes in UTF-8. */
static size_t
edit_char_bytes(uint32_t c)
{
	char buf[UTF8_MAX];

	return edit_encode(c, buf);
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
	e->buf[0] = 0;
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
	e->buf[0] = 0;
}

/* Insert c at the cursor unless the text would grow past its limit, or
 * c is an invisible formatting character, which no field keeps. */
static bool
edit_insert(struct edit *e, uint32_t c)
{
	if (utf8_hidden(c) != UTF8_SHOWN ||
	    edit_bytes(e) + edit_char_bytes(c) > e->max)
		return false;
	e->buf = xgrow(e->buf, &e->cap, e->len + 2, sizeof *e->buf);
	memmove(&e->buf[e->cur + 1], &e->buf[e->cur],
	    (e->len - e->cur + 1) * sizeof *e->buf);
	e->buf[e->cur++] = c;
	e->len++;
	return true;
}

void
edit_set(struct edit *e, const char *text)
{
	uint32_t cp;
	size_t n;

	edit_clear(e);
	/* What a record holds is valid UTF-8 within the field's limit. */
	while (text != NULL && *text != '\0' &&
	    (n = utf8_decode(text, &cp)) > 0 && edit_insert(e, cp))
		text += n;
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
		edit_insert(e, (uint32_t)wc);
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

	for (size_t i = 0; i < e->len; i++)
		n += edit_encode(e->buf[i], s + n);
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
