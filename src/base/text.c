/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * text: checks on text that comes from files or from the keyboard (see
 * text.h).  Byte-level and locale-independent, so a check gives the same
 * answer whatever the user's locale is.
 */
#include "config.h"
#include "base/text.h"

#include <stdint.h>
#include <string.h>

#include "base/utf8.h"
#include "base/xalloc.h"

/* Say whether c is ASCII white space (isspace() would depend on the locale). */
static bool
text_is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Measure the control character at p: 1 for C0 or DEL, 2 for an encoded
 * C1 control (U+0080..U+009F is C2 80..C2 9F), 0 for anything else. */
static size_t
text_control_len(const unsigned char *p)
{
	if (p[0] < 0x20 || p[0] == 0x7F)
		return 1;
	if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
		return 2;
	return 0;
}

/* Measure the well-formed UTF-8 text s starts with, up to its NUL. */
size_t
text_utf8_span(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p != '\0') {
		uint32_t cp;
		size_t n;

		/* Most text is ASCII: every report is read through here. */
		if (*p < 0x80) {
			p++;
			continue;
		}
		if ((n = utf8_decode((const char *)p, &cp)) == 0)
			break;
		p += n;
	}
	return (size_t)(p - (const unsigned char *)s);
}

/* Check that the whole of s is well-formed UTF-8. */
bool
text_is_utf8(const char *s)
{
	return s[text_utf8_span(s)] == '\0';
}

/* Look for a control character that allowed does not list. */
bool
text_has_control(const char *s, const char *allowed)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p != '\0'; p++) {
		size_t n;

		/* Most text is printable ASCII: content is read through here
		 * before the checklist's first screen. */
		if (*p >= 0x20 && *p < 0x7F)
			continue;
		n = text_control_len(p);
		if (n == 1 && allowed != NULL && strchr(allowed, *p) != NULL)
			continue;
		if (n > 0)
			return true;
	}
	return false;
}

/* Check that s holds nothing but white space. */
bool
text_is_blank(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++)
		if (!text_is_space(*p))
			return false;
	return true;
}

/* Measure the invisible formatting character at p (utf8_hidden), or 0. */
static size_t
text_hidden_len(const unsigned char *p)
{
	uint32_t cp;
	size_t n;

	if (*p < 0x80)
		return 0;
	n = utf8_decode((const char *)p, &cp);
	return n > 0 && utf8_hidden(cp) != UTF8_SHOWN ? n : 0;
}

/* Copy s with controls turned into spaces, invisible characters left
 * out and the ends trimmed. */
char *
text_clean_field(const char *s)
{
	const unsigned char *p;
	char *out, *o, *start;

	if (s == NULL)
		return NULL;
	out = o = xmalloc(strlen(s) + 1);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		size_t n = text_control_len(p), hidden = text_hidden_len(p);

		if (n > 0) {
			*o++ = ' ';
			p += n - 1;
		} else if (hidden > 0)
			p += hidden - 1;
		else
			*o++ = (char)*p;
	}
	while (o > out && text_is_space((unsigned char)o[-1]))
		o--;
	*o = '\0';
	for (start = out; text_is_space((unsigned char)*start); start++)
		continue;
	memmove(out, start, (size_t)(o - start) + 1);
	return out;
}

/* Squeeze the white space of s, folding ASCII letters when fold. */
char *
text_squeeze(const char *s, bool fold)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	bool space = false;

	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
			space = o != out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = false;
		if (fold && ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch - 'A' + 'a');
		*o++ = (char)ch;
	}
	*o = '\0';
	return out;
}
