/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_text: the text format, for paper and the terminal: a title
 * underlined, then each table under its own heading, a list as columns
 * that fit EXPORT_TEXT_WIDTH (laid out by export_columns.c) with each
 * cell wrapped in its column, a record as "label: value" lines.  Codes
 * are left out; a table's group column is shown as a heading over the
 * rows that share its value.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/layout.h"
#include "base/xalloc.h"
#include "exchange/export_columns.h"
#include "exchange/export_writer.h"

struct export_text {
	size_t *widths;		/* the current table's columns */
	char *group;		/* the current group heading, or NULL */
};

/* Print n spaces. */
static void
export_text_spaces(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

/* The column where the rows of t start. */
static size_t
export_text_indent(const struct export_table *t)
{
	return t->group >= 0 ? EXPORT_COLUMNS_INDENT : 0;
}

/* The spaces before text width columns wide in a column of c that is
 * room wide: numbers are right-aligned. */
static size_t
export_text_pad(const struct export_column *c, size_t width, size_t room)
{
	return export_columns_is_number(c) && width < room ? room - width : 0;
}

/*
 * Print cells (NULL for a column not shown) of table t side by side in
 * widths from column indent on, each wrapped within its width; a row
 * takes as many lines as its tallest cell.
 */
static void
export_text_cells(FILE *f, const struct export_table *t,
    const size_t *widths, char *const *cells, size_t indent)
{
	const char **pos = xcalloc(t->n_cols, sizeof *pos);
	bool more;

	for (size_t i = 0; i < t->n_cols; i++)
		pos[i] = cells[i];
	do {
		size_t col = indent, at = 0;

		more = false;
		for (size_t i = 0; i < t->n_cols; i++) {
			const char *next;
			size_t len, width;

			if (cells[i] == NULL)
				continue;
			len = export_columns_fit(pos[i], widths[i], &next);
			width = layout_width(pos[i], len);
			if (len > 0) {
				size_t pad = export_text_pad(&t->cols[i],
				    width, widths[i]);

				export_text_spaces(f, col + pad - at);
				fwrite(pos[i], 1, len, f);
				at = col + pad + width;
			}
			pos[i] = next;
			more |= *next != '\0';
			col += widths[i] + EXPORT_COLUMNS_GAP;
		}
		putc('\n', f);
	} while (more);
	free(pos);
}

/* Print s underlined with ch. */
static void
export_text_heading(FILE *f, const char *s, char ch)
{
	size_t n = layout_width(s, strlen(s));

	fprintf(f, "%s\n", s);
	while (n-- > 0)
		putc(ch, f);
	putc('\n', f);
}

/* Begin a text export: title, then who made it and when. */
static void
export_text_begin(struct export_writer *w, const struct export_header *h)
{
	char when[ISOTIME_LEN];

	isotime_format(h->generated, when);
	export_text_heading(w->f, export_tr(h->title), '=');
	/* TRANSLATORS: program name, version, export format version
	 * (major.minor), time made in ISO 8601 UTC. */
	fprintf(w->f, _("%s %s, export format %d.%d, made %s\n"), PACKAGE,
	    VERSION, EXPORT_MAJOR, EXPORT_MINOR, when);
}

/* Start a text table: its title and, for a list, the column labels
 * underlined. */
static void
export_text_table(struct export_writer *w)
{
	struct export_text *x = w->state;
	const struct export_table *t = w->t;
	char **labels;

	putc('\n', w->f);
	export_text_heading(w->f, export_tr(t->title), '-');
	free(x->widths);
	x->widths = export_columns_lay_out(t);
	free(x->group);
	x->group = NULL;
	if (t->record)
		return;
	labels = xcalloc(t->n_cols, sizeof *labels);
	for (size_t i = 0; i < t->n_cols; i++)
		if (export_columns_shown(t, i))
			labels[i] = (char *)export_tr(t->cols[i].label);
	export_text_cells(w->f, t, x->widths, labels, export_text_indent(t));
	for (size_t i = 0; i < t->n_cols; i++)
		if (labels[i] != NULL)
			labels[i] = memset(xcalloc(x->widths[i] + 1, 1), '-',
			    x->widths[i]);
	export_text_cells(w->f, t, x->widths, labels, export_text_indent(t));
	for (size_t i = 0; i < t->n_cols; i++)
		free(labels[i]);
	free(labels);
}

/* Print a record table's row as "label: value" lines. */
static void
export_text_record(struct export_writer *w, const struct export_value *v)
{
	static const struct export_column pair_cols[] = {
		{ "label", "", EXPORT_STRING, 0 },
		{ "value", "", EXPORT_STRING, 0 },
	};
	static const struct export_table pair = { .n_cols = 2,
	    .cols = pair_cols, .group = -1 };
	const struct export_text *x = w->state;
	const struct export_table *t = w->t;
	char *cells[2];

	for (size_t i = 0; i < t->n_cols; i++) {
		if (!export_columns_shown(t, i))
			continue;
		cells[0] = xasprintf("%s:", export_tr(t->cols[i].label));
		cells[1] = export_cell_text(&t->cols[i], &v[i], EXPORT_FMT_TEXT);
		export_text_cells(w->f, &pair, x->widths, cells, 0);
		free(cells[0]);
		free(cells[1]);
	}
}

/* Print a group heading, wrapped to the line ("-" when empty). */
static void
export_text_group(FILE *f, const char *s)
{
	const char *next;

	if (*s == '\0')
		s = "-";
	while (*s != '\0') {
		size_t len = export_columns_fit(s, EXPORT_TEXT_WIDTH, &next);

		fprintf(f, "%.*s\n", (int)len, s);
		s = next;
	}
}

/* Print a row of a text table, under its group heading. */
static void
export_text_row(struct export_writer *w, const struct export_value *v)
{
	struct export_text *x = w->state;
	const struct export_table *t = w->t;
	char **cells;

	if (t->record) {
		export_text_record(w, v);
		return;
	}
	if (t->group >= 0) {
		char *g = export_cell_text(&t->cols[t->group], &v[t->group],
		    EXPORT_FMT_TEXT);

		if (x->group == NULL || strcmp(g, x->group) != 0) {
			export_text_group(w->f, g);
			free(x->group);
			x->group = g;
		} else
			free(g);
	}
	cells = xcalloc(t->n_cols, sizeof *cells);
	for (size_t i = 0; i < t->n_cols; i++)
		if (export_columns_shown(t, i))
			cells[i] = export_cell_text(&t->cols[i], &v[i],
			    EXPORT_FMT_TEXT);
	export_text_cells(w->f, t, x->widths, cells, export_text_indent(t));
	for (size_t i = 0; i < t->n_cols; i++)
		free(cells[i]);
	free(cells);
}

/* End a text table; say so when it had no rows. */
static void
export_text_table_end(struct export_writer *w)
{
	if (w->rows == 0)
		fprintf(w->f, "%s\n", _("(none)"));
}

/* End a text export: nothing more to print, only the layout to free. */
static void
export_text_end(struct export_writer *w)
{
	struct export_text *x = w->state;

	free(x->widths);
	free(x->group);
}

const struct export_format_ops export_text_ops = {
	.name = "text",
	.extension = ".txt",
	.state_size = sizeof(struct export_text),
	.begin = export_text_begin,
	.table = export_text_table,
	.row = export_text_row,
	.table_end = export_text_table_end,
	.end = export_text_end,
};
