/*
 * nobreak: what must never be split across lines: a phone number
 * ("+62 812-3456-7890", "0765 000 0000", "(0761) 123456") is written
 * with spaces that base/layout would break at.  nobreak_glue marks those
 * spaces as no-break spaces (U+00A0), which layout does not break at;
 * nobreak_unglue turns them back into plain spaces for display.  An
 * e-mail address has no space: layout cuts it only when it is wider than
 * a whole line.
 */
#ifndef JAGAAKUN_NOBREAK_H
#define JAGAAKUN_NOBREAK_H

#include <stddef.h>

#define NOBREAK_SPACE "\xc2\xa0"	/* U+00A0 in UTF-8 */
#define NOBREAK_MIN_DIGITS 7		/* in a phone number, x counting */

/*
 * A copy of s (caller frees) where each space inside a phone number is
 * NOBREAK_SPACE.  A phone number is a run of digits, "x" (a masked
 * digit), "-", ".", "(", ")" and single spaces that starts with "+", "("
 * or "0", ends with a digit or "x", and holds at least
 * NOBREAK_MIN_DIGITS digits or "x".
 */
char *nobreak_glue(const char *s);

/* Turn every NOBREAK_SPACE of s back into one space, in place. */
void nobreak_unglue(char *s);

#endif
