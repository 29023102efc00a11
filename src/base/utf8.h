/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * utf8: the one UTF-8 decoder and encoder, and the display width of a
 * code point.  Byte-level and independent of the locale and of the size
 * of wchar_t, so text is read and measured the same everywhere.
 */
#ifndef JAGAAKUN_UTF8_H
#define JAGAAKUN_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_MAX 4		/* bytes of the longest character */

/*
 * Decode the UTF-8 character at s into *cp.  Returns its length in bytes
 * (1 to 4), or 0 when s does not start with a well-formed sequence (RFC
 * 3629: no overlong forms, surrogates or code points above U+10FFFF);
 * *cp is left as it was then.  A NUL byte ends a truncated sequence
 * before any byte past it is read.
 */
size_t utf8_decode(const char *s, uint32_t *cp);

/* Write cp as UTF-8 into buf (UTF8_MAX bytes, no NUL added).  Returns
 * the bytes written, or 0 when cp is a surrogate or above U+10FFFF. */
size_t utf8_encode(uint32_t cp, char *buf);

/*
 * Columns cp takes on a terminal: 0 for combining marks and other
 * zero-width characters (and NUL), 2 for East Asian wide and fullwidth
 * ones (CJK, most emoji), 1 for the rest, and -1 for what cannot be
 * shown: controls (C0, DEL, C1), the line and paragraph separators,
 * surrogates and unassigned code points.  The same as wcwidth() in
 * glibc's C.UTF-8 for Unicode 14 (scripts/gen-width-table.py).
 */
int utf8_width(uint32_t cp);

/* What kind of invisible formatting character a code point is. */
enum utf8_hidden {
	UTF8_SHOWN,		/* none: it shows (or is a control) */
	UTF8_BIDI,		/* a bidirectional control, which reorders
				 * what is shown: U+061C, U+200E-U+200F,
				 * U+202A-U+202E, U+2066-U+2069 */
	UTF8_ZERO_WIDTH,	/* another invisible one: zero-width space,
				 * joiners, word joiner, BOM, soft hyphen,
				 * variation selectors, fillers, tags */
};

/* The one table of invisible formatting characters (Unicode's default
 * ignorable code points), which every cleaning of text drops. */
enum utf8_hidden utf8_hidden(uint32_t cp);

/*
 * Characters from bytes that come one at a time (keys from a terminal).
 * A byte that can neither begin nor continue a character is skipped and
 * counted in bad, and what follows it is still read; zero it to begin.
 */
struct utf8_reader {
	unsigned char buf[UTF8_MAX];	/* a character begun */
	size_t n;
	size_t bad;			/* bytes skipped so far */
};

/* Take byte b: true, with *cp set, when it ends a character. */
bool utf8_reader_put(struct utf8_reader *r, unsigned char b, uint32_t *cp);

/* The bytes stopped (a pause, a function key): a character begun and not
 * ended counts as bad bytes. */
void utf8_reader_end(struct utf8_reader *r);

#endif
