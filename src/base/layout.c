/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * layout: display width and lines of UTF-8 text (see layout.h).  The
 * rules are the screens' (they were ui/wrap.c's), which the handout now
 * shares.
 */
#include "config.h"
#include "base/layout.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"

size_t
layout_char(const char *s, size_t n, size_t *cols)
{
	uint32_t cp;
	size_t k = utf8_decode(s, &cp);
	int w;

	if (k == 0 || k > n) {
		*cols = 1;
		return 1;
	}
	w = utf8_width(cp);
	*cols = w < 0 ? 1 : (size_t)w;
	return k;
}

size_t
layout_width(const char *s, size_t n)
{
	size_t total = 0;

	while (n > 0) {
		size_t cols, k = layout_char(s, n, &cols);

		total += cols;
		s += k;
		n -= k;
	}
	return total;
}

size_t
layout_prefix(const char *s, size_t n, size_t cols, size_t *used)
{
	size_t at = 0, taken = 0;

	while (at < n) {
		size_t c, k = layout_char(s + at, n - at, &c);

		if (taken + c > cols)
			break;
		taken += c;
		at += k;
	}
	if (used != NULL)
		*used = taken;
	return at;
}

size_t
layout_marker(const char *s, size_t n)
{
	size_t i = 0, d;

	while (i < n && s[i] == ' ')
		i++;
	if (i + 1 < n && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ')
		return i + 2;
	if (i + 3 < n && memcmp(s + i, "\u2022 ", 4) == 0)
		return i + 4;
	for (d = i; d < n && s[d] >= '0' && s[d] <= '9'; d++)
		continue;
	if (d > i && d + 1 < n && (s[d] == '.' || s[d] == ')') &&
	    s[d + 1] == ' ')
		return d + 2;
	return 0;
}

void
layout_init(struct layout *l)
{
	memset(l, 0, sizeof *l);
}

void
layout_free(struct layout *l)
{
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Add the n bytes at s as a line at column col. */
static void
layout_add(struct layout *l, const char *s, size_t n, size_t col)
{
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n++] = (struct layout_line){ s, n, col };
}

/* The bytes of the n at s that make a line of at most avail columns:
 * up to the last space that fits (the space where it overflows
 * counts), else as much of the first word as fits, and at least one
 * character, so that every line advances. */
static size_t
layout_fit(const char *s, size_t n, size_t avail)
{
	size_t i = 0, brk = 0, col = 0, cols;

	while (i < n) {
		size_t k = layout_char(s + i, n - i, &cols);

		if (s[i] == ' ')
			brk = i;
		if (col + cols > avail)
			break;
		col += cols;
		i += k;
	}
	if (i == n)
		return n;
	if (brk > 0)
		return brk;
	return i > 0 ? i : layout_char(s, n, &cols);
}

/* The columns of the widest word (between spaces and newlines) of the n
 * bytes at s. */
static size_t
layout_widest(const char *s, size_t n)
{
	size_t widest = 0, i = 0;

	while (i < n) {
		size_t j = i;

		while (j < n && s[j] != ' ' && s[j] != '\n')
			j++;
		if (layout_width(s + i, j - i) > widest)
			widest = layout_width(s + i, j - i);
		i = j + 1;
	}
	return widest;
}

/* Lay one paragraph (n bytes, no newline) out, its first line at column
 * at and the others at base, or under a list item's text. */
static void
layout_paragraph(struct layout *l, const char *s, size_t n, size_t width,
    size_t at, size_t base, size_t min_text)
{
	size_t hang = layout_width(s, layout_marker(s, n));

	if (base + hang + min_text > width)
		hang = 0;
	/* A word that would not fit under the marker's text fits under the
	 * marker. */
	if (hang > 0 && layout_widest(s, n) > width - base - hang)
		hang = 0;
	/* A first word that does not fit after the lead but fits a line of
	 * its own is not cut: the lead stands alone. */
	if (at > base + hang && n > 0) {
		const char *sp = memchr(s, ' ', n);
		size_t word = layout_width(s, sp != NULL ? (size_t)(sp - s) : n);

		if (word > (width > at ? width - at : 0) &&
		    word <= width - base - hang) {
			layout_add(l, s, 0, at);
			at = base + hang;
		}
	}
	do {
		size_t k = layout_fit(s, n, width > at ? width - at : 0);

		layout_add(l, s, k, at);
		s += k;
		n -= k;
		while (n > 0 && *s == ' ') {
			s++;
			n--;
		}
		at = base + hang;
	} while (n > 0);
}

void
layout_text(struct layout *l, const char *text, size_t width, size_t lead,
    size_t min_text)
{
	size_t under = lead + min_text > width ? 0 : lead;
	bool first = true;

	/* A word that would not fit under the lead is not cut: the lines
	 * start at the left edge. */
	if (under > 0 && layout_widest(text, strlen(text)) > width - under)
		under = 0;

	for (;;) {
		const char *nl = strchr(text, '\n');
		size_t n = nl != NULL ? (size_t)(nl - text) : strlen(text);

		/* Trailing spaces would only push a break too early. */
		while (n > 0 && text[n - 1] == ' ')
			n--;
		layout_paragraph(l, text, n, width, first ? lead : under,
		    under, min_text);
		if (nl == NULL)
			break;
		text = nl + 1;
		first = false;
	}
}
