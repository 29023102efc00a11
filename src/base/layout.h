/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * layout: the one rule for how wide text is on a terminal or on paper,
 * and the one way of breaking it into lines, for the screens, the
 * handout and the exports alike.
 *
 * Text is UTF-8.  A character takes utf8_width() columns; one that
 * cannot be shown (a control, an unassigned code point) and a byte that
 * is not UTF-8 take one, the '?' or space a reader will see instead.
 * Lines break at spaces; a word wider than the line is cut.  A list
 * item's lines after its first stand under its text, not its marker.
 */
#ifndef JAGAAKUN_LAYOUT_H
#define JAGAAKUN_LAYOUT_H

#include <stddef.h>

/* The bytes of the character at s (n > 0 bytes left), and the columns
 * it takes in *cols.  A byte that does not start a character, or one
 * cut off at n, is one byte of one column. */
size_t layout_char(const char *s, size_t n, size_t *cols);

/* Columns the n bytes at s take. */
size_t layout_width(const char *s, size_t n);

/* The bytes of the longest start of the n at s that takes at most cols
 * columns (zero-width characters after it included); *used, when not
 * NULL, gets the columns it takes. */
size_t layout_prefix(const char *s, size_t n, size_t cols, size_t *used);

/* The bytes of a list item's marker at the start of the n at s: leading
 * spaces, then "- ", "* ", "• ", or digits and ". " or ") "; 0 when it
 * has none. */
size_t layout_marker(const char *s, size_t n);

/* One line of laid-out text: n bytes at s (inside the text laid out),
 * set col columns from the left edge. */
struct layout_line {
	const char *s;
	size_t n;
	size_t col;
};

struct layout {
	struct layout_line *v;
	size_t n, cap;
};

void layout_init(struct layout *l);
void layout_free(struct layout *l);

/*
 * Break text into lines of at most width columns and add them to l; the
 * lines point into text, which must outlive them.
 *
 * Each newline starts a paragraph (an empty one is an empty line);
 * spaces at a paragraph's end are dropped, and so are those where a
 * line breaks.  A line breaks after the last space that fits, else
 * inside the word, and takes at least one character.  The first line
 * starts at column lead (the caller writes something before it); every
 * other line stands under it, or at column 0 when fewer than min_text
 * columns would be left right of lead.  A paragraph that starts with a
 * list marker continues under the text after the marker, unless that
 * would leave fewer than min_text columns.  A word is cut only when it
 * is wider than a whole line: when one would not fit under lead (or
 * under a marker's text), the lines start at column 0 (under the
 * marker); when the first word does not fit after lead but fits where
 * the next line starts, the first line is empty (the lead stands alone)
 * and the word starts the next one.
 */
void layout_text(struct layout *l, const char *text, size_t width,
    size_t lead, size_t min_text);

#endif
