/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * nobreak: where text must not break across lines on paper: a phone
 * number ("0765 000 0001", "+62 765 000-0000", "(0765) 000 0001") or an
 * e-mail address.  An official copies them from a printed sheet; one
 * split over two lines is copied wrong.  The text handout glues their
 * spaces into no-break spaces before it lays text out (layout breaks at
 * spaces only); the HTML writer puts them in a span that does not wrap.
 */
#ifndef JAGAAKUN_NOBREAK_H
#define JAGAAKUN_NOBREAK_H

#include <stdbool.h>
#include <stddef.h>

#define NOBREAK_MIN_DIGITS 5	/* digits that make a run a number */
#define NOBREAK_SPACE "\xc2\xa0"	/* U+00A0 NO-BREAK SPACE */

/*
 * Find the first phone number or e-mail address in the n bytes at s: its
 * first byte in *at and its length in *len; false when there is none.
 *
 * A phone number starts with a digit, "+" or "(", after something that
 * is not part of a word (a letter, a digit, one of "@._%+-/:"); it goes
 * on over digits and runs of at most three of " -()" that a digit
 * follows, or one "." between digits (so every number the site settings
 * accept is one, and "0000. 2" is not), holds at
 * least NOBREAK_MIN_DIGITS digits, and is not followed by a letter, a
 * digit or "@" (nor by one of "._%+-" before one): that would make it
 * part of a word or of an address.  Long numbers and dates count too;
 * they should not be split either.  An e-mail address is the letters,
 * digits and RFC 5322's "!#$%&'*+-/=?^_`{|}~." before an "@" and the
 * letters, digits, "." and "-" after it, with a "." inside, not ending
 * with "." or "-".
 */
bool nobreak_next(const char *s, size_t n, size_t *at, size_t *len);

/* A copy of s with every space inside a phone number or an e-mail
 * address made NOBREAK_SPACE.  Caller frees. */
char *nobreak_glue(const char *s);

#endif
