/*
 * sanitize: untrusted text made safe for terminals, printers and
 * spreadsheet cells (see sanitize.h).  Byte-level and independent of the
 * locale, so the output is the same whatever the IT officer's settings.
 */
#include "config.h"
#include "base/sanitize.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

size_t
sanitize_decode(const char *s, unsigned int *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char lo = 0x80, hi = 0xBF;
	unsigned int v;
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

/* Say whether cp is a bidirectional formatting character, which can make
 * a terminal show text in an order other than the one stored. */
static bool
sanitize_is_bidi(unsigned int cp)
{
	return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* What to put for code point cp: 0 to copy it, -1 to drop it, or the
 * ASCII character that replaces it. */
static int
sanitize_replacement(unsigned int cp)
{
	if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029)
		return ' ';
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
		return '?';
	if (sanitize_is_bidi(cp))
		return -1;
	return 0;
}

char *
sanitize_text(const char *s)
{
	char *out, *o;

	if (s == NULL)
		return xstrdup("");
	/* Every replacement is one byte for one or more: never longer. */
	out = o = xmalloc(strlen(s) + 1);
	while (*s != '\0') {
		unsigned int cp;
		size_t n;
		int r;

		/* Printable ASCII, most of any text, is kept as it is. */
		if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7F) {
			*o++ = *s++;
			continue;
		}
		n = sanitize_decode(s, &cp);

		if (n == 0) {
			*o++ = '?';
			s++;
			continue;
		}
		r = sanitize_replacement(cp);
		if (r == 0) {
			memcpy(o, s, n);
			o += n;
		} else if (r > 0)
			*o++ = (char)r;
		s += n;
	}
	*o = '\0';
	return out;
}

bool
sanitize_is_formula(const char *s)
{
	return s != NULL && s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL;
}

char *
sanitize_cell(const char *s)
{
	char *clean = sanitize_text(s), *cell;

	if (!sanitize_is_formula(s))
		return clean;
	cell = xasprintf("'%s", clean);
	free(clean);
	return cell;
}
