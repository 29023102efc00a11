/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_text: the functions every untrusted string goes through on its
 * way to a terminal, a page or a spreadsheet cell: utf8.h's decoder and
 * encoder, text.h's checks, sanitize.h's cleaning, layout.h's lines and
 * nobreak.h's numbers and addresses.
 *
 * The input is the text (up to a NUL); for the layout its first three
 * bytes are the width, the lead and the least text width, the rest the
 * text.  Each function is checked against its header's contract.
 */
#include "config.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>

#include "base/layout.h"
#include "base/nobreak.h"
#include "base/sanitize.h"
#include "base/text.h"
#include "base/utf8.h"
#include "base/xalloc.h"

const char fuzz_name[] = "text";

/* Check the decoder at every position of s, and the encoder on what it
 * decodes and on the code point the first bytes of data spell. */
static void
fuzz_text_utf8(const char *s, const uint8_t *data, size_t size)
{
	char buf[UTF8_MAX];
	uint32_t cp = 0;

	for (const char *p = s; *p != '\0'; p++) {
		size_t n = utf8_decode(p, &cp);
		int w;

		if (n == 0)
			continue;
		FUZZ_CHECK(n <= UTF8_MAX && memchr(p, '\0', n) == NULL);
		FUZZ_CHECK(cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF));
		FUZZ_CHECK(utf8_encode(cp, buf) == n && memcmp(buf, p, n) == 0);
		w = utf8_width(cp);
		FUZZ_CHECK(w >= -1 && w <= 2);
	}
	if (size >= 4) {
		size_t n;

		memcpy(&cp, data, 4);
		n = utf8_encode(cp, buf);
		FUZZ_CHECK((n == 0) == (cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF)));
		if (n > 0) {
			char z[UTF8_MAX + 1] = { 0 };
			uint32_t back;

			memcpy(z, buf, n);
			FUZZ_CHECK(utf8_decode(z, &back) == n && back == cp);
		}
	}
}

/* Check text.h's functions on s. */
static void
fuzz_text_checks(const char *s)
{
	size_t span = text_utf8_span(s);
	char *prefix = xstrdup(s), *clean = text_clean_field(s);
	size_t n = strlen(clean);

	FUZZ_CHECK(text_is_utf8(s) == (span == strlen(s)));
	prefix[span] = '\0';
	FUZZ_CHECK(text_is_utf8(prefix));
	for (const unsigned char *p = (const unsigned char *)clean; *p; p++)
		FUZZ_CHECK(*p >= 0x20 && *p != 0x7F);
	FUZZ_CHECK(n == 0 || (clean[0] != ' ' && clean[n - 1] != ' '));
	if (text_is_utf8(s)) {
		FUZZ_CHECK(text_is_utf8(clean));
		FUZZ_CHECK(!text_has_control(clean, NULL));
	}
	if (text_is_blank(s))
		FUZZ_CHECK(n == 0);
	FUZZ_CHECK(text_is_blank(clean) == (n == 0));
	free(prefix);
	free(clean);
}

/* Check that s is safe on a terminal, as sanitize_text promises: valid
 * UTF-8, no control, no line or paragraph separator, no bidirectional
 * formatting character. */
static void
fuzz_text_safe(const char *s)
{
	FUZZ_CHECK(text_is_utf8(s) && !text_has_control(s, NULL));
	for (const char *p = s; *p != '\0';) {
		uint32_t cp;
		size_t n = utf8_decode(p, &cp);

		FUZZ_CHECK(n > 0);
		FUZZ_CHECK(cp != 0x2028 && cp != 0x2029);
		FUZZ_CHECK(cp != 0x061C && cp != 0x200E && cp != 0x200F);
		FUZZ_CHECK(cp < 0x202A || cp > 0x202E);
		FUZZ_CHECK(cp < 0x2066 || cp > 0x2069);
		p += n;
	}
}

/* Check sanitize.h's functions on s: safe text, never longer, the same
 * when cleaned again, and a cell a spreadsheet never takes for a
 * formula, even after the spaces it may skip. */
static void
fuzz_text_sanitize(const char *s)
{
	char *t = sanitize_text(s), *again, *cell = sanitize_cell(s);
	const char *first = cell;

	fuzz_text_safe(t);
	FUZZ_CHECK(strlen(t) <= strlen(s));
	again = sanitize_text(t);
	FUZZ_CHECK(strcmp(again, t) == 0);
	fuzz_text_safe(cell);
	FUZZ_CHECK(!sanitize_is_formula(cell));
	if (cell[0] != '\'') {
		while (*first == ' ')
			first++;
		FUZZ_CHECK(*first == '\0' || strchr("=+-@", *first) == NULL);
	}
	free(t);
	free(again);
	free(cell);
}

/* Check the width of the line l: within the columns right of its own
 * (none when the caller's lead leaves none), unless it is one character
 * too wide alone (and characters of no width). */
static void
fuzz_text_line_width(const struct layout_line *l, size_t width)
{
	size_t cols, k, w = layout_width(l->s, l->n);

	if (w <= (width > l->col ? width - l->col : 0))
		return;
	k = layout_char(l->s, l->n, &cols);
	FUZZ_CHECK(layout_width(l->s + k, l->n - k) == 0);
}

/* Check layout_text's lines of the n bytes at text: in order, inside the
 * text, no newline in any, every byte but spaces and newlines in one. */
static void
fuzz_text_lines(const struct layout *l, const char *text, size_t n,
    size_t width)
{
	const char *at = text;
	size_t paragraphs = 1;

	for (size_t i = 0; i < n; i++)
		paragraphs += text[i] == '\n';
	FUZZ_CHECK(l->n >= paragraphs);
	for (size_t i = 0; i < l->n; i++) {
		const struct layout_line *line = &l->v[i];

		FUZZ_CHECK(line->s >= at && line->s + line->n <= text + n);
		for (; at < line->s; at++)
			FUZZ_CHECK(*at == ' ' || *at == '\n');
		FUZZ_CHECK(memchr(line->s, '\n', line->n) == NULL);
		fuzz_text_line_width(line, width);
		at = line->s + line->n;
	}
	for (; at < text + n; at++)
		FUZZ_CHECK(*at == ' ' || *at == '\n');
}

/* Check layout.h's functions on the n bytes at text. */
static void
fuzz_text_layout(const char *text, size_t width, size_t lead, size_t min_text)
{
	size_t n = strlen(text), total = 0, used, k;
	struct layout l;

	for (size_t i = 0, cols; i < n; i += k) {
		k = layout_char(text + i, n - i, &cols);
		FUZZ_CHECK(k >= 1 && k <= n - i && cols <= 2);
		total += cols;
	}
	FUZZ_CHECK(layout_width(text, n) == total);
	k = layout_prefix(text, n, width, &used);
	FUZZ_CHECK(k <= n && used <= width && layout_width(text, k) == used);
	if (k < n) {
		size_t cols;

		layout_char(text + k, n - k, &cols);
		FUZZ_CHECK(used + cols > width);
	}
	FUZZ_CHECK(layout_marker(text, n) <= n);
	layout_init(&l);
	layout_text(&l, text, width, lead, min_text);
	fuzz_text_lines(&l, text, n, width);
	layout_free(&l);
}

/* A copy of s with each no-break space a space; caller frees. */
static char *
fuzz_text_unglue(const char *s)
{
	char *out = xstrdup(s), *q = out;

	for (const char *p = s; *p != '\0'; p++) {
		if (strncmp(p, NOBREAK_SPACE, 2) == 0) {
			*q++ = ' ';
			p++;
		} else
			*q++ = *p;
	}
	*q = '\0';
	return out;
}

/* Check nobreak.h on s: every span inside s, one after the other, none
 * empty, starting and ending with no space; glued, s reads the same
 * with each no-break space a space. */
static void
fuzz_text_nobreak(const char *s)
{
	size_t n = strlen(s), at, len;
	const char *p = s;
	char *glued = nobreak_glue(s), *a = fuzz_text_unglue(glued);
	char *b = fuzz_text_unglue(s);

	while (nobreak_next(p, n, &at, &len)) {
		FUZZ_CHECK(len > 0 && at + len <= n);
		FUZZ_CHECK(p[at] != ' ' && p[at + len - 1] != ' ');
		p += at + len;
		n -= at + len;
	}
	FUZZ_CHECK(strcmp(a, b) == 0);
	free(b);
	free(a);
	free(glued);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);

	fuzz_text_utf8(s, data, size);
	fuzz_text_checks(s);
	fuzz_text_sanitize(s);
	fuzz_text_nobreak(s);
	if (size >= 3) {
		char *text = fuzz_string(data + 3, size - 3);

		fuzz_text_layout(text, data[0] % 100, data[1] % 100,
		    data[2] % 40);
		free(text);
	}
	free(s);
	return 0;
}
