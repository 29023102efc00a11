/*
 * utf8: the one UTF-8 decoder and encoder, and the display width of a
 * code point.  Byte-level and independent of the locale and of the size
 * of wchar_t, so text is read and measured the same everywhere.
 */
#ifndef JAGAAKUN_UTF8_H
#define JAGAAKUN_UTF8_H

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

#endif
