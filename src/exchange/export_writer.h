/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_writer: the interface between the writer (export.c) and the
 * formats that implement it, one file each (export_text.c, export_csv.c,
 * export_json.c, export_xlsx.c), after ncdu's dir_output.
 *
 * export_open calls the format's begin, export_table its table (after
 * the table_end of the table before), export_row its row, export_close
 * the last table_end and then end.  A format keeps what it needs between
 * calls in w->state, state_size zeroed bytes of its own.  A table not
 * written (w->only names another, export_open_only) reaches no format;
 * w->tables counts only those written.  It never
 * returns an error: it notes the first with export_fail, and
 * export_close returns it.
 *
 * A new format is a file defining its struct export_format_ops and a
 * line in EXPORT_FORMATS (export.h).
 */
#ifndef JAGAAKUN_EXPORT_WRITER_H
#define JAGAAKUN_EXPORT_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include "exchange/export.h"

struct export_writer {
	const struct export_format_ops *ops;
	FILE *f;
	const struct export_table *t;	/* the current table */
	size_t rows;			/* its rows so far */
	size_t tables;			/* tables started */
	void *state;			/* the format's own */
	int err;			/* the first error, -errno */
	const char *only;		/* the one table written, or NULL */
	bool skip;			/* the current table is not written */
	const char **keys;		/* of the tables started */
	size_t n_keys, cap_keys;
};

struct export_format_ops {
	const char *name;	/* as -f names it */
	const char *extension;	/* a file name ending that asks for it */
	bool binary;		/* never for a terminal */
	size_t state_size;	/* of w->state */
	void (*begin)(struct export_writer *w, const struct export_header *h);
	/* Start w->t; w->rows is 0. */
	void (*table)(struct export_writer *w);
	/* Write a row of w->t; w->rows counts the rows before it. */
	void (*row)(struct export_writer *w, const struct export_value *v);
	/* End w->t after its w->rows rows; NULL when nothing ends a table. */
	void (*table_end)(struct export_writer *w);
	/* Draw a chart of w->t's w->rows rows; NULL: charts are not drawn. */
	void (*chart)(struct export_writer *w, const struct export_chart *c);
	/* End the export and free what w->state holds; NULL for nothing. */
	void (*end)(struct export_writer *w);
};

/* The rows an XLSX sheet holds, its header row included: Excel's limit;
 * a table longer than that goes on in another sheet.  Tests lower it. */
extern size_t export_xlsx_sheet_rows;

#define EXPORT_FORMAT_OPS_DECLARE(fmt, ops) \
	extern const struct export_format_ops ops;
EXPORT_FORMATS(EXPORT_FORMAT_OPS_DECLARE)
#undef EXPORT_FORMAT_OPS_DECLARE

/* Remember err (a negative errno) unless an error came before. */
void export_fail(struct export_writer *w, int err);

/* The translation of msgid; "" (which gettext would turn into the
 * catalogue's header) and NULL give "". */
const char *export_tr(const char *msgid);

/*
 * The text of value v in column c as format fmt shows it (the text
 * format, or a CSV or XLSX cell): untrusted text sanitised, and in
 * cells neutralised when it starts like a formula; msgids translated.
 * Caller frees.
 */
char *export_cell_text(const struct export_column *c,
    const struct export_value *v, enum export_format fmt);

#endif
