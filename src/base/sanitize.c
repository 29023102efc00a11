/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
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

/* What to put for code point cp: 0 to copy it, -1 to drop it, or the
 * ASCII character that replaces it. */
static int
sanitize_replacement(uint32_t cp)
{
	if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029)
		return ' ';
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
		return '?';
	if (utf8_hidden(cp) != UTF8_SHOWN)
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

/* Say whether cp is white space a spreadsheet may pass over before it
 * looks for a formula: what sanitize_text makes a space, and Unicode's
 * spaces. */
static bool
sanitize_is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
	    cp == 0x3000;
}

/* Say whether cp begins a formula: = + - @, or a fullwidth form of one,
 * which some spreadsheets take for the ASCII one. */
static bool
sanitize_begins_formula(uint32_t cp)
{
	return cp == '=' || cp == '+' || cp == '-' || cp == '@' ||
	    cp == 0xFF1D || cp == 0xFF0B || cp == 0xFF0D || cp == 0xFF20;
}

bool
sanitize_is_formula(const char *s)
{
	if (s == NULL)
		return false;
	if (s[0] == '\t' || s[0] == '\r')
		return true;
	while (*s != '\0') {
		uint32_t cp;
		size_t n = utf8_decode(s, &cp);

		if (n == 0)
			return false;	/* a bad byte, shown as '?' */
		if (!sanitize_is_space(cp) && utf8_hidden(cp) == UTF8_SHOWN)
			return sanitize_begins_formula(cp);
		s += n;
	}
	return false;
}

/* The check is made on the cleaned text, what the cell will hold. */
char *
sanitize_cell(const char *s)
{
	char *clean = sanitize_text(s), *cell;

	if (!sanitize_is_formula(clean))
		return clean;
	cell = xasprintf("'%s", clean);
	free(clean);
	return cell;
}
