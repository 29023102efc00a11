/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * utf8: decoding, encoding and the width of code points (see utf8.h).
 */
#include "config.h"
#include "base/utf8.h"

#include <string.h>

/* Code points first..last all take width columns. */
struct utf8_width_run {
	uint32_t first, last;
	signed char width;
};

#include "base/utf8_width.h"

#define UTF8_N_RUNS (sizeof utf8_width_runs / sizeof utf8_width_runs[0])

/* The length of the character that lead byte c begins (0: c begins
 * none) and the range its second byte must be in: the narrowed ranges
 * (table 3-7 of the Unicode standard) are what rule out overlong forms,
 * surrogates and code points above U+10FFFF. */
static size_t
utf8_lead(unsigned char c, unsigned char *lo, unsigned char *hi)
{
	*lo = 0x80;
	*hi = 0xBF;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF) {
		if (c == 0xE0)
			*lo = 0xA0;
		else if (c == 0xED)
			*hi = 0x9F;	/* no surrogates */
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		if (c == 0xF0)
			*lo = 0x90;
		else if (c == 0xF4)
			*hi = 0x8F;	/* nothing above U+10FFFF */
		return 4;
	}
	return 0;
}

/* A NUL is no continuation byte, so it stops the loop. */
size_t
utf8_decode(const char *s, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char lo, hi;
	size_t n = utf8_lead(p[0], &lo, &hi);
	uint32_t v;

	if (n == 1) {
		*cp = p[0];
		return 1;
	}
	if (n == 0 || p[1] < lo || p[1] > hi)
		return 0;
	v = p[0] & (0x7Fu >> n);
	v = (v << 6) | (p[1] & 0x3F);
	for (size_t i = 2; i < n; i++) {
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0;
		v = (v << 6) | (p[i] & 0x3F);
	}
	*cp = v;
	return n;
}

size_t
utf8_encode(uint32_t cp, char *buf)
{
	unsigned char *b = (unsigned char *)buf;

	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | cp >> 6);
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
		return 0;
	if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | cp >> 12);
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (unsigned char)(0xF0 | cp >> 18);
	b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	b[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Look cp up among the runs (binary search); printable ASCII, most of
 * any text, is answered before it. */
int
utf8_width(uint32_t cp)
{
	size_t lo = 0, hi = UTF8_N_RUNS;

	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < utf8_width_runs[mid].first)
			hi = mid;
		else if (cp > utf8_width_runs[mid].last)
			lo = mid + 1;
		else
			return utf8_width_runs[mid].width;
	}
	return cp > 0x10FFFF ? -1 : 1;
}

/*
 * The invisible formatting characters, sorted: Unicode's
 * Default_Ignorable_Code_Point set (DerivedCoreProperties.txt, 14.0.0)
 * and the interlinear annotation controls.  No terminal or spreadsheet
 * shows them, yet they reorder text, or make two names that look the
 * same differ, or hide what a cell starts with.
 */
static const struct utf8_hidden_run {
	uint32_t first, last;
	enum utf8_hidden kind;
} utf8_hidden_runs[] = {
	{ 0x00AD, 0x00AD, UTF8_ZERO_WIDTH },	/* soft hyphen */
	{ 0x034F, 0x034F, UTF8_ZERO_WIDTH },	/* combining grapheme joiner */
	{ 0x061C, 0x061C, UTF8_BIDI },		/* Arabic letter mark */
	{ 0x115F, 0x1160, UTF8_ZERO_WIDTH },	/* Hangul fillers */
	{ 0x17B4, 0x17B5, UTF8_ZERO_WIDTH },	/* Khmer inherent vowels */
	{ 0x180B, 0x180F, UTF8_ZERO_WIDTH },	/* Mongolian selectors */
	{ 0x200B, 0x200D, UTF8_ZERO_WIDTH },	/* ZWSP, ZWNJ, ZWJ */
	{ 0x200E, 0x200F, UTF8_BIDI },		/* LRM, RLM */
	{ 0x202A, 0x202E, UTF8_BIDI },		/* embeddings, overrides */
	{ 0x2060, 0x2065, UTF8_ZERO_WIDTH },	/* word joiner, invisible
						 * operators */
	{ 0x2066, 0x2069, UTF8_BIDI },		/* isolates */
	{ 0x206A, 0x206F, UTF8_ZERO_WIDTH },	/* deprecated formatting */
	{ 0x3164, 0x3164, UTF8_ZERO_WIDTH },	/* Hangul filler */
	{ 0xFE00, 0xFE0F, UTF8_ZERO_WIDTH },	/* variation selectors */
	{ 0xFEFF, 0xFEFF, UTF8_ZERO_WIDTH },	/* ZWNBSP, the BOM */
	{ 0xFFA0, 0xFFA0, UTF8_ZERO_WIDTH },	/* halfwidth Hangul filler */
	{ 0xFFF0, 0xFFFB, UTF8_ZERO_WIDTH },	/* unassigned, interlinear notes */
	{ 0x1BCA0, 0x1BCA3, UTF8_ZERO_WIDTH },	/* shorthand format controls */
	{ 0x1D173, 0x1D17A, UTF8_ZERO_WIDTH },	/* musical format controls */
	{ 0xE0000, 0xE0FFF, UTF8_ZERO_WIDTH },	/* tags, variation
						 * selectors supplement */
};

/* A short sorted table: a scan that stops at the first run past cp. */
enum utf8_hidden
utf8_hidden(uint32_t cp)
{
	if (cp < 0xAD)
		return UTF8_SHOWN;
	for (size_t i = 0; i < sizeof utf8_hidden_runs /
	    sizeof utf8_hidden_runs[0] && cp >= utf8_hidden_runs[i].first; i++)
		if (cp <= utf8_hidden_runs[i].last)
			return utf8_hidden_runs[i].kind;
	return UTF8_SHOWN;
}

/* Say whether the n bytes at p begin a character without ending it. */
static bool
utf8_is_begun(const unsigned char *p, size_t n)
{
	unsigned char lo, hi;
	size_t len = utf8_lead(p[0], &lo, &hi);

	if (n >= len)
		return false;
	for (size_t i = 1; i < n; i++) {
		if (p[i] < lo || p[i] > hi)
			return false;
		lo = 0x80;
		hi = 0xBF;
	}
	return true;
}

/* A byte that does not continue what was begun: the first byte of it
 * is skipped and the rest looked at again, so a character right after a
 * bad byte is kept. */
bool
utf8_reader_put(struct utf8_reader *r, unsigned char b, uint32_t *cp)
{
	r->buf[r->n++] = b;
	while (r->n > 0) {
		char s[UTF8_MAX + 1];
		size_t k;

		memcpy(s, r->buf, r->n);
		s[r->n] = '\0';
		k = utf8_decode(s, cp);
		if (k == r->n) {
			r->n = 0;
			return true;
		}
		if (k == 0 && utf8_is_begun(r->buf, r->n))
			return false;
		r->bad++;
		memmove(r->buf, r->buf + 1, --r->n);
	}
	return false;
}

void
utf8_reader_end(struct utf8_reader *r)
{
	r->bad += r->n;
	r->n = 0;
}
