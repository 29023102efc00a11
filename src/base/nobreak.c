/*
 * nobreak: keep phone numbers on one line (see nobreak.h).
 */
#include "config.h"
#include "base/nobreak.h"

#include <stdbool.h>
#include <string.h>

#include "base/xalloc.h"

/* Say whether c may stand inside a phone number (a space aside). */
static bool
nobreak_is_phone_char(char c)
{
	return (c >= '0' && c <= '9') || c == 'x' || c == 'X' || c == '-' ||
	    c == '.' || c == '(' || c == ')' || c == '+';
}

/* Say whether c counts as a digit of a phone number. */
static bool
nobreak_is_digit(char c)
{
	return (c >= '0' && c <= '9') || c == 'x' || c == 'X';
}

/* The length of the phone number at s (0: none), which starts a word. */
static size_t
nobreak_phone(const char *s)
{
	size_t i = 0, end = 0, digits = 0, counted = 0;

	if (s[0] != '+' && s[0] != '(' && s[0] != '0')
		return 0;
	for (;; i++) {
		if (s[i] == ' ' && i > 0 && s[i + 1] != ' ' &&
		    nobreak_is_phone_char(s[i + 1]) && s[i + 1] != '+')
			continue;
		if (!nobreak_is_phone_char(s[i]) || (s[i] == '+' && i > 0))
			break;
		if (nobreak_is_digit(s[i])) {
			digits++;
			end = i + 1;		/* ends with a digit */
			counted = digits;
		}
	}
	/* "x" alone is a word, not a masked digit: "0 x 5" is no number. */
	return counted >= NOBREAK_MIN_DIGITS ? end : 0;
}

char *
nobreak_glue(const char *s)
{
	/* Each space may become two bytes. */
	char *out = xmalloc(2 * strlen(s) + 1), *o = out;
	bool word_start = true;

	while (*s != '\0') {
		size_t n = word_start ? nobreak_phone(s) : 0;

		if (n > 0) {
			for (size_t i = 0; i < n; i++) {
				if (s[i] == ' ') {
					memcpy(o, NOBREAK_SPACE, 2);
					o += 2;
				} else
					*o++ = s[i];
			}
			s += n;
			word_start = false;
			continue;
		}
		word_start = *s == ' ' || *s == '\n' || *s == '"' ||
		    *s == '\'' || *s == ':';
		*o++ = *s++;
	}
	*o = '\0';
	return out;
}

void
nobreak_unglue(char *s)
{
	char *o = s;

	while (*s != '\0') {
		if (s[0] == NOBREAK_SPACE[0] && s[1] == NOBREAK_SPACE[1]) {
			*o++ = ' ';
			s += 2;
		} else
			*o++ = *s++;
	}
	*o = '\0';
}
