/*
 * utf8: decoding, encoding and the width of code points (see utf8.h).
 */
#include "config.h"
#include "base/utf8.h"

/* Code points first..last all take width columns. */
struct utf8_width_run {
	uint32_t first, last;
	signed char width;
};

#include "base/utf8_width.h"

#define UTF8_N_RUNS (sizeof utf8_width_runs / sizeof utf8_width_runs[0])

/*
 * The narrowed range for the second byte (table 3-7 of the Unicode
 * standard) is what rules out overlong forms, surrogates and code points
 * above U+10FFFF; a NUL is no continuation byte, so it stops the loop.
 */
size_t
utf8_decode(const char *s, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char lo = 0x80, hi = 0xBF;
	uint32_t v;
	size_t n;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 2;
		v = p[0] & 0x1F;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
		v = p[0] & 0x0F;
		if (p[0] == 0xE0)
			lo = 0xA0;
		else if (p[0] == 0xED)
			hi = 0x9F;	/* no surrogates */
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
		v = p[0] & 0x07;
		if (p[0] == 0xF0)
			lo = 0x90;
		else if (p[0] == 0xF4)
			hi = 0x8F;	/* nothing above U+10FFFF */
	} else
		return 0;
	if (p[1] < lo || p[1] > hi)
		return 0;
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
