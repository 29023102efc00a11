/*
 * sanitize: untrusted text made safe for terminals, printers and
 * spreadsheet cells (see sanitize.h).  Byte-level and independent of the
 * locale, so the output is the same whatever the IT officer's settings.
 */
#include "config.h"
#include "base/sanitize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"

/* Say whether cp is a bidirectional formatting character, which can make
 * a terminal show text in an order other than the one stored. */
static bool
sanitize_is_bidi(uint32_t cp)
{
	return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* What to put for code point cp: 0 to copy it, -1 to drop it, or the
 * ASCII character that replaces it. */
static int
sanitize_replacement(uint32_t cp)
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
		uint32_t cp;
		size_t n;
		int r;

		/* Printable ASCII, most of any text, is kept as it is. */
		if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7F) {
			*o++ = *s++;
			continue;
		}
		n = utf8_decode(s, &cp);

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
