/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * nobreak: phone numbers and e-mail addresses in text (see nobreak.h).
 */
#include "config.h"
#include "base/nobreak.h"

#include <string.h>

#include "base/xalloc.h"

/* Say whether c is an ASCII digit or letter. */
static bool
nobreak_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

/* Say whether c may stand in a word or an address around a number (a
 * byte of a UTF-8 letter counts). */
static bool
nobreak_word(unsigned char c)
{
	return nobreak_alnum(c) || c >= 0x80 || strchr("@._%+-/:", c) != NULL;
}

/* Say whether c may stand in the local part of an e-mail address (RFC
 * 5322's atext and the dot). */
static bool
nobreak_local(unsigned char c)
{
	return nobreak_alnum(c) || (c != '\0' &&
	    strchr("!#$%&'*+-/=?^_`{|}~.", c) != NULL);
}

/* Say whether c is a digit. */
static bool
nobreak_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* The length of the phone number at i of the n bytes at s, or 0. */
static size_t
nobreak_phone(const char *s, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = i, digits = 0;

	if (i > 0 && nobreak_word(u[i - 1]))
		return 0;
	if (u[i] == '+' || u[i] == '(')
		j++;	/* the loop below wants a digit after it */
	else if (!nobreak_digit(u[i]))
		return 0;
	while (j < n) {
		size_t k = j;

		if (nobreak_digit(u[j])) {
			digits++;
			j++;
			continue;
		}
		while (k < n && k - j < 3 && u[k] != '\0' &&
		    strchr(" -.()", u[k]) != NULL)
			k++;
		if (k == j || k >= n || !nobreak_digit(u[k]))
			break;
		/* "0812.3456" is one number; "0000. 2" ends a sentence */
		if (k - j > 1 && memchr(u + j, '.', k - j) != NULL)
			break;
		j = k;
	}
	if (digits < NOBREAK_MIN_DIGITS)
		return 0;
	if (j < n && (nobreak_alnum(u[j]) || u[j] == '@' || u[j] >= 0x80))
		return 0;
	if (j + 1 < n && strchr("._%+-", u[j]) != NULL && u[j] != '\0' &&
	    (nobreak_alnum(u[j + 1]) || u[j + 1] == '@'))
		return 0;
	return j - i;
}

/* Find the e-mail address around the "@" at i of the n bytes at s: its
 * start in *at and its length; 0 when there is none. */
static size_t
nobreak_email(const char *s, size_t n, size_t i, size_t *at)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t a = i, e = i + 1;
	bool dot = false;

	while (a > 0 && nobreak_local(u[a - 1]))
		a--;
	while (e < n && (nobreak_alnum(u[e]) || u[e] == '.' || u[e] == '-'))
		e++;
	while (e > i + 1 && (u[e - 1] == '.' || u[e - 1] == '-'))
		e--;
	for (size_t k = i + 1; k < e; k++)
		dot |= u[k] == '.';
	if (a == i || !dot || u[i + 1] == '.')
		return 0;
	*at = a;
	return e - a;
}

bool
nobreak_next(const char *s, size_t n, size_t *at, size_t *len)
{
	for (size_t i = 0; i < n; i++) {
		size_t k, a;

		if (s[i] == '@' && (k = nobreak_email(s, n, i, &a)) > 0) {
			*at = a;
			*len = k;
			return true;
		}
		if ((k = nobreak_phone(s, n, i)) > 0) {
			*at = i;
			*len = k;
			return true;
		}
	}
	return false;
}

char *
nobreak_glue(const char *s)
{
	size_t n = strlen(s), at, len, spaces = 0;
	char *out, *q;

	for (size_t i = 0; i < n; i++)
		spaces += s[i] == ' ';
	out = xmalloc(n + spaces * (sizeof NOBREAK_SPACE - 2) + 1);
	q = out;
	while (nobreak_next(s, n, &at, &len)) {
		memcpy(q, s, at);
		q += at;
		for (size_t i = at; i < at + len; i++) {
			if (s[i] == ' ') {
				memcpy(q, NOBREAK_SPACE, sizeof NOBREAK_SPACE - 1);
				q += sizeof NOBREAK_SPACE - 1;
			} else
				*q++ = s[i];
		}
		s += at + len;
		n -= at + len;
	}
	memcpy(q, s, n + 1);
	return out;
}
