/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_columns: the column layout of the text format (export_text.c):
 * how wide each column of a table is on a line of EXPORT_TEXT_WIDTH
 * display columns, how wide text is, and where it wraps.  The XLSX
 * format sizes a record's label column with the same measure.
 */
#ifndef JAGAAKUN_EXPORT_COLUMNS_H
#define JAGAAKUN_EXPORT_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>
#include "exchange/export.h"

#define EXPORT_COLUMNS_GAP 2	/* spaces between text columns */
#define EXPORT_COLUMNS_INDENT 2	/* text rows under a group heading */

/*
 * The bytes of s that fit in width columns, ending after a space (or a
 * '/', so paths break between folders) when the rest does not fit (a
 * word longer than the line is cut), without the spaces at the end;
 * *next gets where the following line starts, after its spaces.
 */
size_t export_columns_fit(const char *s, size_t width, const char **next);

/* Say whether column c holds a number (right-aligned in text). */
bool export_columns_is_number(const struct export_column *c);

/* Say whether the text format shows column i of t: codes and the group
 * column are not shown. */
bool export_columns_shown(const struct export_table *t, size_t i);

/* The display width of the widest translated label of t's shown
 * columns. */
size_t export_columns_label_width(const struct export_table *t);

/*
 * The width of each column of t on the line (t->n_cols + 2 of them,
 * caller frees; 0 for a column not shown).  A record gets two: its
 * labels with their ':', then its values in the rest of the line.  A
 * list's columns get the widths asked for, or the longest word of a
 * translated label when that is wider; when they do not fit, columns
 * give up places widest first: numbers first, then text, both down to
 * the longest word of their label, then any column, cutting words, only
 * if it must.  The rest of the line goes to the column that asked for it
 * (width 0).  Under a group heading the columns start EXPORT_COLUMNS_
 * INDENT in; EXPORT_COLUMNS_GAP spaces separate them.
 */
size_t *export_columns_lay_out(const struct export_table *t);

#endif
