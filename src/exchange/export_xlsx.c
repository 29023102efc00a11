/*
 * export_xlsx: the XLSX format, a workbook made with libxlsxwriter.
 *
 * One sheet per table: a bold header row, panes frozen under it, an
 * autofilter, column widths, and typed cells: counts are numbers,
 * percentages numbers with the "0%" format, times dates (UTC), yes/no
 * booleans, a NIP a text cell holding all 18 digits.  Text that starts
 * like a formula is neutralised (export.c).  The versioned header is in
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

#include "base/sanitize.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "exchange/export_columns.h"
#include "exchange/export_writer.h"
#include "os/fsutil.h"

#define EXPORT_XLSX_SHEET_NAME 31	/* Excel's limit, in characters */
#define EXPORT_XLSX_REST 50		/* the width of a "rest" column */

struct export_xlsx {
	char *path;		/* the workbook, before it is copied to f */
	lxw_workbook *book;
	lxw_worksheet *sheet;
	lxw_format *bold, *percent, *date;
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
		export_fail(w, -EIO);
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

/* A valid sheet name from a title: no []:*?/\ and at most 31
 * characters. */
static char *
export_xlsx_sheet_name(const char *title)
{
	char *name = sanitize_text(title), *p = name;
	size_t chars = 0;

	while (*p != '\0' && chars < EXPORT_XLSX_SHEET_NAME) {
		uint32_t cp;
		size_t len = utf8_decode(p, &cp);

		if (strchr("[]:*?/\\", *p) != NULL)
			*p = ' ';
		p += len ? len : 1;
		chars++;
	}
	*p = '\0';
	return name;
}

/* Start a sheet for the table: widths, and for a list a bold header row
 * with the panes frozen under it. */
static void
export_xlsx_table(struct export_writer *w)
{
	struct export_xlsx *x = w->state;
	const struct export_table *t = w->t;
	char *name;

	if (x->book == NULL)
		return;
	name = export_xlsx_sheet_name(export_tr(t->title));
	x->sheet = workbook_add_worksheet(x->book, name);
	if (x->sheet == NULL)	/* a clash: let the library name it */
		x->sheet = workbook_add_worksheet(x->book, NULL);
	free(name);
	if (t->record) {
		export_xlsx_check(w, worksheet_set_column(x->sheet, 0, 0,
		    (double)export_columns_label_width(t) + 2, x->bold));
		export_xlsx_check(w, worksheet_set_column(x->sheet, 1, 1,
		    EXPORT_XLSX_REST, NULL));
		return;
	}
	for (size_t i = 0; i < t->n_cols; i++) {
		int width = t->cols[i].width ? t->cols[i].width + 2 :
		    EXPORT_XLSX_REST;

		export_xlsx_check(w, worksheet_set_column(x->sheet,
		    (lxw_col_t)i, (lxw_col_t)i, width, NULL));
		export_xlsx_check(w, worksheet_write_string(x->sheet, 0,
		    (lxw_col_t)i, export_tr(t->cols[i].label), x->bold));
	}
	worksheet_freeze_panes(x->sheet, 1, 0);
}

/* Write value v of column c as a typed cell. */
static void
export_xlsx_cell(struct export_writer *w, lxw_row_t row, lxw_col_t col,
    const struct export_column *c, const struct export_value *v)
{
	const struct export_xlsx *x = w->state;
	lxw_worksheet *ws = x->sheet;
	char *s;

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
	case EXPORT_YESNO:
		export_xlsx_check(w, worksheet_write_boolean(ws, row, col,
		    v->n != 0, NULL));
		return;
	default:
		s = export_cell_text(c, v, EXPORT_FMT_XLSX);
		export_xlsx_check(w, worksheet_write_string(ws, row, col, s, NULL));
		free(s);
		return;
	}
}

/* Write a row; a record's columns go one a row, label then value. */
static void
export_xlsx_row(struct export_writer *w, const struct export_value *v)
{
	const struct export_xlsx *x = w->state;
	const struct export_table *t = w->t;

	if (x->sheet == NULL)
		return;
	for (size_t i = 0; i < t->n_cols; i++) {
		if (t->record) {
			export_xlsx_check(w, worksheet_write_string(x->sheet,
			    (lxw_row_t)i, 0, export_tr(t->cols[i].label), NULL));
			export_xlsx_cell(w, (lxw_row_t)i, 1, &t->cols[i], &v[i]);
		} else
			export_xlsx_cell(w, (lxw_row_t)(w->rows + 1),
			    (lxw_col_t)i, &t->cols[i], &v[i]);
	}
}

/* End a sheet: a list gets an autofilter over its rows. */
static void
export_xlsx_table_end(struct export_writer *w)
{
	struct export_xlsx *x = w->state;
	if (x->sheet != NULL && !w->t->record && w->rows > 0)
		export_xlsx_check(w, worksheet_autofilter(x->sheet, 0, 0,
		    (lxw_row_t)w->rows, (lxw_col_t)(w->t->n_cols - 1)));
	x->sheet = NULL;
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
	.end = export_xlsx_end,
};
