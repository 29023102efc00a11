/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_csv: the CSV format, for spreadsheets.
 *
 * UTF-8 with a byte order mark, ';' between fields, CRLF line ends,
 * RFC 4180 quoting (a field holding ';' ',' '"' a tab, CR or LF is
 * quoted, '"' doubled).  Excel under the Indonesian locale uses ';' as
 * its list separator because ',' is the decimal separator, and reads a
 * CSV as UTF-8 only when it starts with the BOM.  A "sep=;" first line
 * is not written: Excel then ignores the BOM and garbles names.
 * LibreOffice detects the BOM and offers ';' in its import dialog;
 * quoting fields that hold ',' keeps them whole even when ',' is also
 * ticked there.  Excel under a locale whose separator is ',' shows
 * everything in one column: use Data > From Text/CSV and choose the
 * semicolon.  Numbers are integers only (percent as 0-100), so no
 * decimal separator is ever needed; times are ISO 8601 UTC text.  A NIP
 * is written in its printed groups ("19900101 201501 1 001"), which
 * spreadsheets keep as text: as 18 bare digits they would round it to 15
 * significant digits.  Text that starts like a formula is neutralised
 * (export.c).
 *
 * The file is a series of blocks separated by an empty row: the first
 * row is the versioned header, then each table is a title row, a header
 * row and its rows.  An export of one table (export_open_only, as
 * collect writes) is that table alone: the header row and its rows.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"
#include "exchange/export_writer.h"

/* The line being written: each row goes to the file in one write, as a
 * table of every official has a million of them (and stdio locks the
 * file for each call). */
struct export_csv {
	char *line;
	size_t n, cap;
};

/* Append the n bytes at s to the line. */
static void
export_csv_put(struct export_csv *x, const char *s, size_t n)
{
	if (x->n + n > x->cap)
		x->line = xgrow(x->line, &x->cap, x->n + n, 1);
	memcpy(x->line + x->n, s, n);
	x->n += n;
}

/* Write the line, ended with CRLF, and begin another. */
static void
export_csv_end_line(struct export_writer *w)
{
	struct export_csv *x = w->state;

	export_csv_put(x, "\r\n", 2);
	fwrite(x->line, 1, x->n, w->f);
	x->n = 0;
}

/* Add one CSV field (quoted when it must be) to the line, after a ';'
 * unless it starts the row. */
static void
export_csv_field(struct export_writer *w, const char *s, bool first)
{
	struct export_csv *x = w->state;

	if (!first)
		export_csv_put(x, ";", 1);
	if (strpbrk(s, ";,\"\t\r\n") == NULL) {
		export_csv_put(x, s, strlen(s));
		return;
	}
	export_csv_put(x, "\"", 1);
	for (;;) {
		size_t n = strcspn(s, "\"");

		export_csv_put(x, s, n);
		if (s[n] == '\0')
			break;
		export_csv_put(x, "\"\"", 2);	/* a quote is written twice */
		s += n + 1;
	}
	export_csv_put(x, "\"", 1);
}

/* Begin a CSV export: the byte order mark, then the versioned header row. */
static void
export_csv_begin(struct export_writer *w, const struct export_header *h)
{
	char when[ISOTIME_LEN], *program, *format;

	fputs("\xEF\xBB\xBF", w->f);
	if (w->only != NULL)	/* one table alone: nothing above it */
		return;
	isotime_format(h->generated, when);
	program = xasprintf("%s %s", PACKAGE, VERSION);
	/* TRANSLATORS: the version (major.minor) of an export's layout. */
	format = xasprintf(_("export format %d.%d"), EXPORT_MAJOR, EXPORT_MINOR);
	export_csv_field(w, export_tr(h->title), true);
	export_csv_field(w, program, false);
	export_csv_field(w, format, false);
	export_csv_field(w, when, false);
	export_csv_end_line(w);
	free(program);
	free(format);
}

/* Start a CSV block: an empty row, the title and, for a list, the labels. */
static void
export_csv_table(struct export_writer *w)
{
	const struct export_table *t = w->t;

	if (w->only == NULL) {
		export_csv_end_line(w);
		export_csv_field(w, export_tr(t->title), true);
		export_csv_end_line(w);
	}
	if (t->record)
		return;
	for (size_t i = 0; i < t->n_cols; i++)
		export_csv_field(w, export_tr(t->cols[i].label), i == 0);
	export_csv_end_line(w);
}

/* Write a CSV row; a record's columns go one a row, label then value. */
static void
export_csv_row(struct export_writer *w, const struct export_value *v)
{
	const struct export_table *t = w->t;

	for (size_t i = 0; i < t->n_cols; i++) {
		char *cell = export_cell_text(&t->cols[i], &v[i], EXPORT_FMT_CSV);

		if (t->record) {
			export_csv_field(w, export_tr(t->cols[i].label), true);
			export_csv_field(w, cell, false);
			export_csv_end_line(w);
		} else
			export_csv_field(w, cell, i == 0);
		free(cell);
	}
	if (!t->record)
		export_csv_end_line(w);
}

/* Free the line. */
static void
export_csv_end(struct export_writer *w)
{
	free(((struct export_csv *)w->state)->line);
}

/* Nothing ends a CSV block or a CSV file but its last line. */
const struct export_format_ops export_csv_ops = {
	.name = "csv",
	.extension = ".csv",
	.state_size = sizeof(struct export_csv),
	.begin = export_csv_begin,
	.table = export_csv_table,
	.row = export_csv_row,
	.end = export_csv_end,
};
