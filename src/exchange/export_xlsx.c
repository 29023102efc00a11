/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_xlsx: the XLSX format, a workbook made with libxlsxwriter.
 *
 * One sheet per table, named to fit Excel's 31 characters (the table's
 * short sheet name, else its title cut at a word): a bold header row,
 * panes frozen under it, an autofilter, columns as wide as what they
 * hold, and typed cells: counts are numbers, percentages numbers with the
 * "0%" format, times dates (UTC), yes/no the words of the chosen
 * language, a NIP a text cell holding all 18 digits.  Every sheet prints
 * on A4 landscape, one page wide, with the header row on each page and
 * page numbers.  A table longer than a sheet goes on in another sheet,
 * "Name (2)".  Charts (export_chart) are bars, drawn on the first
 * sheet to the right of its figures, one below the other, or a line (the
 * compliance per week) beside its own table.  Text that starts like a
 * formula is neutralised (export.c).  The versioned header is in
 * the document properties.  The workbook is made in a private temporary
 * file (libxlsxwriter writes a file, not a stream) and copied to the
 * output at the end.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "base/i18n.h"
#include "base/layout.h"
#include "base/sanitize.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "exchange/export_columns.h"
#include "exchange/export_writer.h"
#include "os/fsutil.h"

#define EXPORT_XLSX_SHEET_NAME 31	/* Excel's limit, in characters */
#define EXPORT_XLSX_PART 5		/* room for " (NN)" after a name */
#define EXPORT_XLSX_MAX_WIDTH 60	/* the widest column, in characters */
#define EXPORT_XLSX_DATE_WIDTH 16	/* yyyy-mm-dd hh:mm */
#define EXPORT_XLSX_PAPER_A4 9		/* libxlsxwriter's paper code */
#define EXPORT_XLSX_CHART_BARS 10	/* bars a chart of default height
					   shows well */
#define EXPORT_XLSX_CHART_MAX_SCALE 20	/* its tallest, in those */
#define EXPORT_XLSX_CHART_ROWS 15	/* rows a default height covers */
#define EXPORT_XLSX_CHART_WIDE 1.6	/* its width, for long names */

size_t export_xlsx_sheet_rows = LXW_ROW_MAX;

struct export_xlsx {
	char *path;		/* the workbook, before it is copied to f */
	lxw_workbook *book;
	lxw_worksheet *sheet;
	lxw_format *bold, *percent, *date;
	char *name;		/* the table's sheet name, uncut */
	unsigned part;		/* which sheet of the table: 1, 2, ... */
	size_t row;		/* the next row of the sheet */
	size_t *width;		/* per column: the widest cell so far */
	lxw_worksheet *first;	/* the first sheet, where charts go */
	lxw_col_t chart_col;	/* charts' column there, right of its own */
	lxw_row_t chart_row;	/* the next chart's row there */
};

/* Note a libxlsxwriter error. */
static void
export_xlsx_check(struct export_writer *w, lxw_error e)
{
	if (e == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
		export_fail(w, -EFBIG);	/* more rows than a sheet holds */
	else if (e != LXW_NO_ERROR)
		export_fail(w, -EIO);
}

/* Begin an XLSX export: a workbook in a private temporary file, its
 * formats and its properties. */
static void
export_xlsx_begin(struct export_writer *w, const struct export_header *h)
{
	struct export_xlsx *x = w->state;
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	lxw_doc_properties props = { 0 };
	char *comments;
	int fd;

	x->path = xasprintf("%s/jagaakun-xlsx.XXXXXX", fs_temp_dir());
	if ((fd = mkstemp(x->path)) < 0) {
		export_fail(w, -errno);
		free(x->path);
		x->path = NULL;
		return;
	}
	close(fd);
	if ((x->book = workbook_new_opt(x->path, &opt)) == NULL) {
		/* ELIBACC: the library is not installed, and lazylib said so. */
		export_fail(w, errno == ELIBACC ? -ELIBACC : -EIO);
		return;
	}
	x->bold = workbook_add_format(x->book);
	format_set_bold(x->bold);
	x->percent = workbook_add_format(x->book);
	format_set_num_format(x->percent, "0%");
	x->date = workbook_add_format(x->book);
	format_set_num_format(x->date, "yyyy-mm-dd hh:mm");
	comments = xasprintf("%s %s, export format %d.%d", PACKAGE, VERSION,
	    EXPORT_MAJOR, EXPORT_MINOR);
	props.title = (char *)export_tr(h->title);
	props.subject = (char *)h->kind;
	props.comments = comments;
	props.created = h->generated;
	export_xlsx_check(w, workbook_set_properties(x->book, &props));
	free(comments);
}

/* A sheet name of at most max characters from name: without []:*?/\
 * and runs of spaces, cut before a colon or after the last whole word. */
static char *
export_xlsx_sheet_name(const char *title, size_t max)
{
	char *name = sanitize_text(title), *in = name, *out = name;
	char *cut = NULL;
	size_t chars = 0;

	while (*in != '\0' && *in != ':' && chars < max) {
		uint32_t cp;
		size_t len = utf8_decode(in, &cp);

		if (len == 0)
			len = 1;
		if (strchr("[]*?/\\ ", *in) != NULL) {
			if (out > name && out[-1] != ' ') {
				cut = out;
				*out++ = ' ';
			}
			in++;
		} else {
			memmove(out, in, len);
			out += len;
			in += len;
		}
		chars++;
	}
	if (*in != '\0' && *in != ':' && *in != ' ' && cut != NULL)
		out = cut;	/* a word was cut: end at the one before */
	while (out > name && out[-1] == ' ')
		out--;
	*out = '\0';
	return name;
}

/* The width a list's column needs before any cell: its label, and for a
 * time the width of a date (narrower, a spreadsheet shows ###). */
static size_t
export_xlsx_min_width(const struct export_column *c)
{
	const char *label = export_tr(c->label);
	size_t w = layout_width(label, strlen(label));

	if (c->type == EXPORT_TIME && w < EXPORT_XLSX_DATE_WIDTH)
		w = EXPORT_XLSX_DATE_WIDTH;
	return w;
}

/* Note the width of what column col shows. */
static void
export_xlsx_measure(struct export_xlsx *x, lxw_col_t col, const char *shown)
{
	size_t width = layout_width(shown, strlen(shown));

	if (x->width[col] < width)
		x->width[col] = width;
}

/* Set each column as wide as its widest cell, up to
 * EXPORT_XLSX_MAX_WIDTH. */
static void
export_xlsx_widths(struct export_writer *w)
{
	struct export_xlsx *x = w->state;
	const struct export_table *t = w->t;

	for (size_t i = 0; i < (t->record ? 2 : t->n_cols); i++) {
		size_t width = x->width[i] + 2;

		if (width > EXPORT_XLSX_MAX_WIDTH)
			width = EXPORT_XLSX_MAX_WIDTH;
		export_xlsx_check(w, worksheet_set_column(x->sheet, (lxw_col_t)i,
		    (lxw_col_t)i, (double)width,
		    t->record && i == 0 ? x->bold : NULL));
	}
}

/* Print setup: A4 landscape, one page wide, the header row of a list on
 * every page, page numbers at the foot. */
static void
export_xlsx_print(struct export_writer *w)
{
	struct export_xlsx *x = w->state;
	/* TRANSLATORS: a spreadsheet's page footer: keep &C (centred), &P
	 * (this page) and &N (the number of pages). */
	const char *footer = _("&CPage &P of &N");

	worksheet_set_landscape(x->sheet);
	worksheet_set_paper(x->sheet, EXPORT_XLSX_PAPER_A4);
	worksheet_fit_to_pages(x->sheet, 1, 0);
	export_xlsx_check(w, worksheet_set_footer(x->sheet, footer));
	if (!w->t->record)
		export_xlsx_check(w, worksheet_repeat_rows(x->sheet, 0, 0));
}

/* Open the next sheet of the table, "Name" then "Name (2)"...: print
 * setup, and for a list a bold header row with the panes frozen under
 * it. */
static void
export_xlsx_sheet(struct export_writer *w)
{
	struct export_xlsx *x = w->state;
	const struct export_table *t = w->t;
	char *name;

	if (++x->part == 1)
		name = export_xlsx_sheet_name(x->name, EXPORT_XLSX_SHEET_NAME);
	else {
		char *cut = export_xlsx_sheet_name(x->name,
		    EXPORT_XLSX_SHEET_NAME - EXPORT_XLSX_PART);

		name = xasprintf("%s (%u)", cut, x->part);
		free(cut);
	}
	x->sheet = workbook_add_worksheet(x->book, name);
	if (x->sheet == NULL)	/* a clash: let the library name it */
		x->sheet = workbook_add_worksheet(x->book, NULL);
	free(name);
	if (x->first == NULL) {
		x->first = x->sheet;
		x->chart_col = (lxw_col_t)(t->record ? 3 : t->n_cols + 1);
		x->chart_row = 1;
	}
	export_xlsx_print(w);
	x->row = 0;
	if (t->record)
		return;
	for (size_t i = 0; i < t->n_cols; i++)
		export_xlsx_check(w, worksheet_write_string(x->sheet, 0,
		    (lxw_col_t)i, export_tr(t->cols[i].label), x->bold));
	worksheet_freeze_panes(x->sheet, 1, 0);
	x->row = 1;
}

/* Start the table's first sheet; widths start from the labels. */
static void
export_xlsx_table(struct export_writer *w)
{
	struct export_xlsx *x = w->state;
	const struct export_table *t = w->t;
	size_t n = t->record ? 2 : t->n_cols;

	if (x->book == NULL)
		return;
	x->name = xstrdup(export_tr(t->sheet ? t->sheet : t->title));
	x->part = 0;
	x->width = xcalloc(n, sizeof *x->width);
	if (t->record)	/* labels in the first column, values beside */
		x->width[0] = export_columns_label_width(t);
	else
		for (size_t i = 0; i < n; i++)
			x->width[i] = export_xlsx_min_width(&t->cols[i]);
	export_xlsx_sheet(w);
}

/* Write value v of column c as a typed cell. */
static void
export_xlsx_cell(struct export_writer *w, lxw_row_t row, lxw_col_t col,
    const struct export_column *c, const struct export_value *v)
{
	const struct export_xlsx *x = w->state;
	lxw_worksheet *ws = x->sheet;
	char *s;

	if (c->type == EXPORT_COUNT || c->type == EXPORT_PERCENT)
		export_xlsx_measure(w->state, col, "100%");

	switch (c->type) {
	case EXPORT_COUNT:
		export_xlsx_check(w, worksheet_write_number(ws, row, col,
		    (double)v->n, NULL));
		return;
	case EXPORT_PERCENT:
		if (v->n >= 0)
			export_xlsx_check(w, worksheet_write_number(ws, row, col,
			    (double)v->n / 100.0, x->percent));
		return;
	case EXPORT_TIME:
		if (v->t != 0)
			export_xlsx_check(w, worksheet_write_unixtime(ws, row, col,
			    (int64_t)v->t, x->date));
		return;
	default:	/* text, and yes/no as words */
		s = export_cell_text(c, v, EXPORT_FMT_XLSX);
		export_xlsx_measure(w->state, col, s);
		export_xlsx_check(w, worksheet_write_string(ws, row, col, s, NULL));
		free(s);
		return;
	}
}

/* End the sheet being written: widths, and for a list an autofilter
 * over its rows. */
static void
export_xlsx_sheet_end(struct export_writer *w)
{
	struct export_xlsx *x = w->state;

	export_xlsx_widths(w);
	if (!w->t->record && x->row > 1)
		export_xlsx_check(w, worksheet_autofilter(x->sheet, 0, 0,
		    (lxw_row_t)(x->row - 1), (lxw_col_t)(w->t->n_cols - 1)));
	x->sheet = NULL;
}

/* Write a row; a record's columns go one a row, label then value.  A
 * full sheet goes on in the next one. */
static void
export_xlsx_row(struct export_writer *w, const struct export_value *v)
{
	struct export_xlsx *x = w->state;
	const struct export_table *t = w->t;

	if (x->sheet == NULL)
		return;
	if (!t->record && x->row >= export_xlsx_sheet_rows) {
		export_xlsx_sheet_end(w);
		export_xlsx_sheet(w);
	}
	for (size_t i = 0; i < t->n_cols; i++) {
		if (t->record) {
			export_xlsx_check(w, worksheet_write_string(x->sheet,
			    (lxw_row_t)i, 0, export_tr(t->cols[i].label), NULL));
			export_xlsx_cell(w, (lxw_row_t)i, 1, &t->cols[i], &v[i]);
		} else
			export_xlsx_cell(w, (lxw_row_t)x->row, (lxw_col_t)i,
			    &t->cols[i], &v[i]);
	}
	x->row++;
}

/* Put the bar chart of rows 1 to last on the first sheet beside its
 * figures, below the charts before it, its height growing with the
 * bars: the first row at the top, as in the table, the bars' length from
 * 0 to 100%. */
static void
export_xlsx_bars(struct export_writer *w, lxw_chart *chart, lxw_row_t last)
{
	struct export_xlsx *x = w->state;
	lxw_chart_options opt = { .x_scale = EXPORT_XLSX_CHART_WIDE,
	    .y_scale = 1 };

	if (last > EXPORT_XLSX_CHART_BARS)
		opt.y_scale = (double)last / EXPORT_XLSX_CHART_BARS;
	if (opt.y_scale > EXPORT_XLSX_CHART_MAX_SCALE)
		opt.y_scale = EXPORT_XLSX_CHART_MAX_SCALE;
	chart_axis_set_reverse(chart->y_axis);
	chart_axis_set_min(chart->x_axis, 0);
	chart_axis_set_max(chart->x_axis, 1);
	chart_axis_set_num_format(chart->x_axis, "0%");
	export_xlsx_check(w, worksheet_insert_chart_opt(x->first, x->chart_row,
	    x->chart_col, chart, &opt));
	x->chart_row += (lxw_row_t)(EXPORT_XLSX_CHART_ROWS * opt.y_scale) + 1;
}

/* Put line chart c of the current sheet beside its table: the series
 * named by its column, the line's height from 0 to 100%. */
static void
export_xlsx_line(struct export_writer *w, const struct export_chart *c,
    lxw_chart *chart, lxw_chart_series *series)
{
	struct export_xlsx *x = w->state;

	chart_series_set_name(series, export_tr(w->t->cols[c->value].label));
	chart_axis_set_min(chart->y_axis, 0);
	chart_axis_set_max(chart->y_axis, 1);
	chart_axis_set_num_format(chart->y_axis, "0%");
	export_xlsx_check(w, worksheet_insert_chart(x->sheet, 1,
	    (lxw_col_t)(w->t->n_cols + 1), chart));
}

/* Draw chart c of the rows of the current sheet (a list's): bars on the
 * first sheet, a line beside the table (export_chart_kind). */
static void
export_xlsx_chart(struct export_writer *w, const struct export_chart *c)
{
	struct export_xlsx *x = w->state;
	lxw_row_t last = (lxw_row_t)(x->row - 1);
	bool line = c->kind == EXPORT_CHART_LINE;
	lxw_chart_series *series;
	lxw_chart *chart;

	if (x->sheet == NULL || x->first == NULL || w->t->record || x->row < 2)
		return;
	if ((chart = workbook_add_chart(x->book, line ? LXW_CHART_LINE :
	    LXW_CHART_BAR)) == NULL ||
	    (series = chart_add_series(chart, NULL, NULL)) == NULL) {
		export_fail(w, -EIO);
		return;
	}
	chart_series_set_categories(series, x->sheet->name, 1,
	    (lxw_col_t)c->category, last, (lxw_col_t)c->category);
	chart_series_set_values(series, x->sheet->name, 1,
	    (lxw_col_t)c->value, last, (lxw_col_t)c->value);
	chart_title_set_name(chart, export_tr(c->title));
	chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
	if (line)
		export_xlsx_line(w, c, chart, series);
	else
		export_xlsx_bars(w, chart, last);
}

/* End the table: its last sheet, and what the table held. */
static void
export_xlsx_table_end(struct export_writer *w)
{
	struct export_xlsx *x = w->state;

	if (x->sheet != NULL)
		export_xlsx_sheet_end(w);
	free(x->name);
	free(x->width);
	x->name = NULL;
	x->width = NULL;
}

/* Copy the file at path to f. */
static int
export_xlsx_copy(const char *path, FILE *f)
{
	FILE *in = fopen(path, "rb");
	char buf[65536];
	size_t n;
	int err = 0;

	if (in == NULL)
		return -errno;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, f) != n) {
			err = -(errno ? errno : EIO);
			break;
		}
	if (err == 0 && ferror(in))
		err = -EIO;
	fclose(in);
	return err;
}

/* Close the workbook and copy it to the output. */
static void
export_xlsx_end(struct export_writer *w)
{
	struct export_xlsx *x = w->state;
	if (x->book != NULL) {
		if (w->tables == 0)	/* a workbook needs a sheet */
			workbook_add_worksheet(x->book, NULL);
		export_xlsx_check(w, workbook_close(x->book));
		x->book = NULL;
	}
	if (x->path == NULL)
		return;
	if (w->err == 0)
		export_fail(w, export_xlsx_copy(x->path, w->f));
	unlink(x->path);
	free(x->path);
	x->path = NULL;
}

const struct export_format_ops export_xlsx_ops = {
	.name = "xlsx",
	.extension = ".xlsx",
	.binary = true,
	.state_size = sizeof(struct export_xlsx),
	.begin = export_xlsx_begin,
	.table = export_xlsx_table,
	.row = export_xlsx_row,
	.table_end = export_xlsx_table_end,
	.chart = export_xlsx_chart,
	.end = export_xlsx_end,
};
