/*
 * text: checks on text that comes from files or from the keyboard (see
 * text.h).  Byte-level and locale-independent, so a check gives the same
 * answer whatever the user's locale is.
 */
#include "config.h"
#include "base/text.h"

#include <string.h>

#include "base/xalloc.h"

/* Say whether c is ASCII white space (isspace() would depend on the locale). */
static bool
text_is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/*
 * Measure the well-formed UTF-8 sequence at p (RFC 3629, table 3-7 of the
 * Unicode standard): its length in bytes, or 0 when it is not one.  The
 * narrowed range for the second byte is what rules out overlong forms,
 * surrogates and code points above U+10FFFF.  A NUL ends a truncated
 * sequence before any byte past it is read.
 */
static size_t
text_utf8_len(const unsigned char *p)
{
	unsigned char lo = 0x80, hi = 0xBF;
	size_t n;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		n = 2;
	else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
		if (p[0] == 0xE0)
			lo = 0xA0;
		else if (p[0] == 0xED)
			hi = 0x9F;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
		if (p[0] == 0xF0)
			lo = 0x90;
		else if (p[0] == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if (p[1] < lo || p[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if (p[i] < 0x80 || p[i] > 0xBF)
			return 0;
	return n;
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
		size_t n = text_utf8_len(p);

		if (n == 0)
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
		size_t n = text_control_len(p);

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

/* Copy s with controls turned into spaces and the ends trimmed. */
char *
text_clean_field(const char *s)
{
	const unsigned char *p;
	char *out, *o, *start;

	if (s == NULL)
		return NULL;
	out = o = xmalloc(strlen(s) + 1);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		size_t n = text_control_len(p);

		if (n > 0) {
			*o++ = ' ';
			p += n - 1;
		} else
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
