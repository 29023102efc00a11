/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_columns: the column layout of the text format (see
 * export_columns.h): line breaks inside a cell, and the widths that fit
 * a table's columns on the line, by base/layout's widths.
 */
#include "config.h"
#include "exchange/export_columns.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/layout.h"
#include "base/xalloc.h"
#include "exchange/export_writer.h"

#define EXPORT_COLUMNS_MIN_REST 8	/* a "rest of the line" column */
#define EXPORT_COLUMNS_MIN_NUMBER 6	/* a column of numbers: 100000 */
#define EXPORT_COLUMNS_MIN_VALUE 24	/* the value column of a record */

size_t
export_columns_fit(const char *s, size_t width, const char **next)
{
	size_t i = 0, w = 0, brk = 0, n = strlen(s);

	while (i < n) {
		size_t cols, len = layout_char(s + i, n - i, &cols);

		if (w + cols > width && i > 0)
			break;
		w += cols;
		i += len;
		if (s[i - 1] == ' ' || s[i - 1] == '/')
			brk = i;
	}
	if (s[i] != '\0' && brk > 0)
		i = brk;
	*next = s + i;
	while (**next == ' ')
		(*next)++;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	return i;
}

bool
export_columns_is_number(const struct export_column *c)
{
	return c->type == EXPORT_COUNT || c->type == EXPORT_PERCENT;
}

bool
export_columns_shown(const struct export_table *t, size_t i)
{
	return t->cols[i].type != EXPORT_CODE && (int)i != t->group;
}

size_t
export_columns_label_width(const struct export_table *t)
{
	size_t max = 0;

	for (size_t i = 0; i < t->n_cols; i++) {
		const char *l = export_tr(t->cols[i].label);
		size_t n = layout_width(l, strlen(l));

		if (export_columns_shown(t, i) && n > max)
			max = n;
	}
	return max;
}

/* The width of the widest word of s: a column narrower than that cuts
 * its label inside a word. */
static size_t
export_columns_longest_word(const char *s)
{
	size_t max = 0;

	while (*s != '\0') {
		size_t n = strcspn(s, " "), w = layout_width(s, n);

		if (w > max)
			max = w;
		s += n + strspn(s + n, " ");
	}
	return max;
}

/* The widest column of a list (of numbers only, when numbers) that can
 * still give up a place without going below floor[i]; SIZE_MAX when
 * none can. */
static size_t
export_columns_widest(const struct export_table *t, const size_t *widths,
    const size_t *floor, bool numbers)
{
	size_t best = SIZE_MAX;

	for (size_t i = 0; i < t->n_cols; i++)
		if (widths[i] > floor[i] &&
		    (!numbers || export_columns_is_number(&t->cols[i])) &&
		    (best == SIZE_MAX || widths[i] > widths[best]))
			best = i;
	return best;
}

/* Narrow the columns of t (of numbers only, when numbers; widest first,
 * none below floor[i]) until they take no more than the line; *total is
 * their width now. */
static void
export_columns_narrow(const struct export_table *t, size_t *widths,
    const size_t *floor, bool numbers, size_t *total)
{
	size_t i;

	while (*total > EXPORT_TEXT_WIDTH && (i = export_columns_widest(t,
	    widths, floor, numbers)) != SIZE_MAX) {
		widths[i]--;
		(*total)--;
	}
}

/* Lay out a list's columns on the line: the widths asked for, or the
 * longest word of a translated label when that is wider.  When they do
 * not fit, columns give up places widest first: numbers first (their
 * widths were chosen for English labels), then text, both down to the
 * longest word of their label, then any column, cutting words, only if
 * it must.  The rest of the line goes to the column that asked for it. */
static void
export_columns_list(const struct export_table *t, size_t *widths)
{
	size_t total = t->group >= 0 ? EXPORT_COLUMNS_INDENT : 0;
	size_t rest = SIZE_MAX;
	size_t *floor = xcalloc(t->n_cols + 1, sizeof *floor);

	for (size_t i = 0; i < t->n_cols; i++) {
		size_t word, least;

		if (!export_columns_shown(t, i))
			continue;
		if (t->cols[i].width == 0)
			rest = i;
		word = export_columns_longest_word(export_tr(t->cols[i].label));
		widths[i] = t->cols[i].width ? (size_t)t->cols[i].width :
		    EXPORT_COLUMNS_MIN_REST;
		if (word > widths[i])
			widths[i] = word;
		least = export_columns_is_number(&t->cols[i]) ?
		    EXPORT_COLUMNS_MIN_NUMBER : EXPORT_COLUMNS_MIN_REST;
		floor[i] = word > least ? word : least;
		total += widths[i] + EXPORT_COLUMNS_GAP;
	}
	total -= total >= EXPORT_COLUMNS_GAP ? EXPORT_COLUMNS_GAP : 0;
	export_columns_narrow(t, widths, floor, true, &total);
	export_columns_narrow(t, widths, floor, false, &total);
	for (size_t i = 0; i < t->n_cols; i++)
		floor[i] = EXPORT_COLUMNS_MIN_REST;
	export_columns_narrow(t, widths, floor, false, &total);
	if (rest != SIZE_MAX && total < EXPORT_TEXT_WIDTH)
		widths[rest] += EXPORT_TEXT_WIDTH - total;
	free(floor);
}

size_t *
export_columns_lay_out(const struct export_table *t)
{
	size_t *widths = xcalloc(t->n_cols + 2, sizeof *widths);

	if (!t->record) {
		export_columns_list(t, widths);
		return widths;
	}
	/* Labels (with their ':') first, values in the rest. */
	widths[0] = export_columns_label_width(t) + 1;
	if (widths[0] > EXPORT_TEXT_WIDTH - EXPORT_COLUMNS_MIN_VALUE)
		widths[0] = EXPORT_TEXT_WIDTH - EXPORT_COLUMNS_MIN_VALUE;
	widths[1] = EXPORT_TEXT_WIDTH - widths[0] - EXPORT_COLUMNS_GAP;
	return widths;
}
