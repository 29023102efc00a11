/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_export: the sanitising of untrusted text, and the text, CSV, JSON
 * and XLSX writers: quoting, formula neutralising, JSON escaping, the
 * 80-column text, typed XLSX cells, write errors.
 *
 * libxlsxwriter's worksheet_write_string and worksheet_write_number are
 * wrapped (-Wl,--wrap) so the test sees every XLSX cell as it is written;
 * the end-to-end test reads real files back with openpyxl.
 */
#include "config.h"
#include "testutil.h"

#include <errno.h>
#include <json-c/json.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <xlsxwriter.h>

#include "exchange/collect.h"
#include "exchange/export.h"
#include "exchange/export_report.h"
#include "exchange/export_summary.h"
#include "exchange/export_writer.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "exchange/report.h"
#include "base/sanitize.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#define NIP "198609262015051001"
#define MAX_CELLS 256

/* ---- XLSX cells seen through the wrappers ---- */

struct cell {
	unsigned row, col;
	char *s;		/* NULL for a number */
	double n;
};

static struct cell cells[MAX_CELLS];
static size_t n_cells;

lxw_error __real_worksheet_write_string(lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const char *s, lxw_format *fmt);
lxw_error __wrap_worksheet_write_string(lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const char *s, lxw_format *fmt);
lxw_error __real_worksheet_write_number(lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, double n, lxw_format *fmt);
lxw_error __wrap_worksheet_write_number(lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, double n, lxw_format *fmt);

lxw_error
__wrap_worksheet_write_string(lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const char *s, lxw_format *fmt)
{
	if (n_cells < MAX_CELLS)
		cells[n_cells++] = (struct cell){ row, col, xstrdup(s), 0 };
	return __real_worksheet_write_string(ws, row, col, s, fmt);
}

lxw_error
__wrap_worksheet_write_number(lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, double n, lxw_format *fmt)
{
	if (n_cells < MAX_CELLS)
		cells[n_cells++] = (struct cell){ row, col, NULL, n };
	return __real_worksheet_write_number(ws, row, col, n, fmt);
}

#define MAX_SHEETS 8

static char *sheets[MAX_SHEETS];	/* the sheet names asked for */
static size_t n_sheets;

lxw_worksheet *__real_workbook_add_worksheet(lxw_workbook *wb,
    const char *name);
lxw_worksheet *__wrap_workbook_add_worksheet(lxw_workbook *wb,
    const char *name);

lxw_worksheet *
__wrap_workbook_add_worksheet(lxw_workbook *wb, const char *name)
{
	if (n_sheets < MAX_SHEETS)
		sheets[n_sheets++] = name ? xstrdup(name) : NULL;
	return __real_workbook_add_worksheet(wb, name);
}

#define MAX_CHARTS 4

/* The charts inserted: where, and the range of their values. */
static struct {
	lxw_worksheet *on;
	unsigned row, col;
	char *sheet;
	unsigned first, last, value_col;
} charts[MAX_CHARTS];
static size_t n_charts, n_values;

lxw_error __real_worksheet_insert_chart_opt(lxw_worksheet *ws,
    lxw_row_t row, lxw_col_t col, lxw_chart *chart, lxw_chart_options *o);
lxw_error __wrap_worksheet_insert_chart_opt(lxw_worksheet *ws,
    lxw_row_t row, lxw_col_t col, lxw_chart *chart, lxw_chart_options *o);
void __real_chart_series_set_values(lxw_chart_series *series,
    const char *sheet, lxw_row_t first_row, lxw_col_t first_col,
    lxw_row_t last_row, lxw_col_t last_col);
void __wrap_chart_series_set_values(lxw_chart_series *series,
    const char *sheet, lxw_row_t first_row, lxw_col_t first_col,
    lxw_row_t last_row, lxw_col_t last_col);

lxw_error
__wrap_worksheet_insert_chart_opt(lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, lxw_chart *chart, lxw_chart_options *o)
{
	if (n_charts < MAX_CHARTS) {
		charts[n_charts].on = ws;
		charts[n_charts].row = row;
		charts[n_charts++].col = col;
	}
	return __real_worksheet_insert_chart_opt(ws, row, col, chart, o);
}

void
__wrap_chart_series_set_values(lxw_chart_series *series, const char *sheet,
    lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row,
    lxw_col_t last_col)
{
	if (n_values < MAX_CHARTS) {
		charts[n_values].sheet = xstrdup(sheet);
		charts[n_values].first = first_row;
		charts[n_values].last = last_row;
		charts[n_values++].value_col = first_col;
		assert_int_equal(first_col, last_col);
	}
	__real_chart_series_set_values(series, sheet, first_row, first_col,
	    last_row, last_col);
}

/* Forget the cells seen. */
static void
cells_clear(void)
{
	for (size_t i = 0; i < n_values; i++)
		free(charts[i].sheet);
	n_charts = n_values = 0;
	for (size_t i = 0; i < n_cells; i++)
		free(cells[i].s);
	n_cells = 0;
	for (size_t i = 0; i < n_sheets; i++)
		free(sheets[i]);
	n_sheets = 0;
}

/* The cell written at row, col of the last sheet, or NULL. */
static const struct cell *
cell_at(unsigned row, unsigned col)
{
	const struct cell *found = NULL;

	for (size_t i = 0; i < n_cells; i++)
		if (cells[i].row == row && cells[i].col == col)
			found = &cells[i];
	return found;
}

/* ---- a table with one column of each type ---- */

static const struct export_column cols[] = {
	{ "name", "Name", EXPORT_STRING, 20 },
	{ "count", "Count", EXPORT_COUNT, 6 },
	{ "nip", "NIP", EXPORT_NIP, 18 },
	{ "code", "Code", EXPORT_CODE, 0 },
	{ "pct", "Percent", EXPORT_PERCENT, 7 },
	{ "when", "When", EXPORT_TIME, 10 },
	{ "ok", "OK", EXPORT_YESNO, 3 },
	{ "lacks", "Lacks", EXPORT_LIST, 0 },
};

static const struct export_table table = {
	"things", "Things", NULL, cols, sizeof cols / sizeof cols[0], false, -1
};

static const char *const lacks[] = { "Two-step", "=Privacy" };
static const char *const lack_ids[] = { "two-step", "privacy" };

/* Write one header and the rows given (name, count) in fmt; returns
 * what was written (caller frees) and *err the result of export_close. */
static char *
write_table(enum export_format fmt, const char *const *names,
    const long long *counts, size_t n, int *err)
{
	const struct export_header h = { "test", "Test export", 1795831200 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);
	struct export_writer *w;

	assert_non_null(f);
	w = export_open(fmt, f, &h);
	export_table(w, &table);
	for (size_t i = 0; i < n; i++) {
		const struct export_value v[] = {
			{ .s = names[i] }, { .n = counts[i] }, { .s = NIP },
			{ .s = "=code" }, { .n = 50 }, { .t = 1795831200 },
			{ .n = 1 }, { .list = lacks, .codes = lack_ids, .n_list = 2 },
		};

		export_row(w, v);
	}
	*err = export_close(w);
	tu_memclose(f);
	return buf;
}

/* ---- sanitize ---- */

static void
test_sanitize_text_strips_controls(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "a\x1b[31mb\x07" "c\x7f\xc2\x9b" "d", "a?[31mb?c??d" },
		{ "tab\there\nnew\rline", "tab here new line" },
		{ "abc\xe2\x80\xae" "def\xe2\x81\xa6", "abcdef" },	/* RLO, LRI */
		{ "bad\xff\xc3(", "bad?" "?(" },
		{ "line\xe2\x80\xa8sep", "line sep" },
		{ "\xed\xa0\x80", "???" },	/* a surrogate */
		{ "Siti \xc3\x91 \xe4\xb8\xad \xe2\x9c\x93", "Siti \xc3\x91 \xe4\xb8\xad \xe2\x9c\x93" },
		{ "", "" },
	};
	char *s;

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = sanitize_text(cases[i].in);
		assert_string_equal(s, cases[i].out);
		free(s);
	}
	s = sanitize_text(NULL);
	assert_string_equal(s, "");
	free(s);
}

static void
test_sanitize_cell_neutralises_formulas(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "=1+1", "'=1+1" },
		{ "+62 812", "'+62 812" },
		{ "-5", "'-5" },
		{ "@SUM(A1)", "'@SUM(A1)" },
		{ "\t=1", "' =1" },
		{ "\r=1", "' =1" },
		{ "Budi = 1", "Budi = 1" },
		{ "'quoted", "'quoted" },
		{ "", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = sanitize_cell(cases[i].in);

		assert_string_equal(s, cases[i].out);
		assert_int_equal(sanitize_is_formula(cases[i].in),
		    strcmp(cases[i].in, cases[i].out) != 0 && cases[i].in[0] != '\0');
		free(s);
	}
}

/* The invisible formatting characters a formula may hide behind (RLO,
 * LRM, RLM, ALM, LRI, PDI, ZWSP, BOM, word joiner), and white space. */
static const char *const hiders[] = {
	"\xe2\x80\xae", "\xe2\x80\x8e", "\xe2\x80\x8f", "\xd8\x9c",
	"\xe2\x81\xa6", "\xe2\x81\xa9", "\xe2\x80\x8b", "\xef\xbb\xbf",
	"\xe2\x81\xa0", " ", "   ", "\t", "\r\n", "\xc2\xa0", "\xe3\x80\x80",
	"\xe2\x80\xae\xe2\x80\x8b  ",
};

static void
test_sanitize_cell_checks_after_cleaning(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "\xe2\x80\xae=HYPERLINK(\"http://x\")",
		    "'=HYPERLINK(\"http://x\")" },
		{ "\xe2\x80\x8b+62 812", "'+62 812" },
		{ "   =1+1", "'   =1+1" },
		{ " \xe2\x80\x8e@SUM(A1)", "' @SUM(A1)" },
		{ "\xef\xbc\x9d" "1+1", "'\xef\xbc\x9d" "1+1" },	/* fullwidth = */
		{ "  Budi = 1", "  Budi = 1" },
		{ "Bu\xe2\x80\x8b" "di", "Budi" },
		{ "\xe2\x80\xae", "" },
	};
	static const char formula[] = "=+-@";

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = sanitize_cell(cases[i].in);

		assert_string_equal(s, cases[i].out);
		free(s);
	}
	/* Every hider before every formula character: the cell starts with
	 * "'" and is no formula, whatever the raw text was. */
	for (size_t i = 0; i < sizeof hiders / sizeof hiders[0]; i++)
		for (size_t k = 0; formula[k] != '\0'; k++) {
			char *in = xasprintf("%s%cCMD()", hiders[i], formula[k]);
			char *s = sanitize_cell(in);

			assert_true(sanitize_is_formula(in));
			if (s[0] != '\'')
				fail_msg("hider %zu, '%c': \"%s\"", i, formula[k], s);
			assert_false(sanitize_is_formula(s));
			free(s);
			free(in);
		}
	assert_false(sanitize_is_formula(NULL));
	assert_false(sanitize_is_formula("\xe2\x80\xae Budi"));
	assert_false(sanitize_is_formula("\xff=1"));	/* shown as "?=1" */
}

static void
test_sanitize_text_drops_invisible(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "Bu\xe2\x80\x8b" "di", "Budi" },			/* ZWSP */
		{ "Bu\xe2\x80\x8c\xe2\x80\x8d" "di", "Budi" },	/* ZWNJ, ZWJ */
		{ "\xef\xbb\xbf" "Budi\xe2\x81\xa0", "Budi" },	/* BOM, WJ */
		{ "Bu\xc2\xad" "di", "Budi" },			/* soft hyphen */
		{ "Budi\xef\xb8\x8f", "Budi" },		/* VS16 */
		{ "Budi\xf3\xa0\x81\x81", "Budi" },		/* tag A */
		{ "a\xd8\x9c" "b\xe2\x81\xa7" "c", "abc" },	/* ALM, FSI */
		{ "Siti \xc2\xa0" "Aminah", "Siti \xc2\xa0" "Aminah" },	/* NBSP shows */
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *s = sanitize_text(cases[i].in);

		assert_string_equal(s, cases[i].out);
		free(s);
	}
}

/* ---- CSV ---- */

static void
test_csv_quotes_and_neutralises(void **state)
{
	const char *names[] = { "=HYPERLINK(\"x\")", "a;b, \"c\"", "Budi" };
	const long long counts[] = { -5, 0, 7 };
	const char *want =
	    "\xEF\xBB\xBFTest export;jagaakun " VERSION ";export format 1.0;"
	    "2026-11-28T02:00:00Z\r\n"
	    "\r\n"
	    "Things\r\n"
	    "Name;Count;NIP;Code;Percent;When;OK;Lacks\r\n"
	    "\"'=HYPERLINK(\"\"x\"\")\";-5;19860926 201505 1 001;'=code;50;"
	    "2026-11-28T02:00:00Z;yes;\"Two-step, =Privacy\"\r\n"
	    "\"a;b, \"\"c\"\"\";0;19860926 201505 1 001;'=code;50;"
	    "2026-11-28T02:00:00Z;yes;\"Two-step, =Privacy\"\r\n"
	    "Budi;7;19860926 201505 1 001;'=code;50;"
	    "2026-11-28T02:00:00Z;yes;\"Two-step, =Privacy\"\r\n";
	int err;
	char *out = write_table(EXPORT_FMT_CSV, names, counts, 3, &err);

	(void)state;
	assert_int_equal(err, 0);
	assert_string_equal(out, want);
	free(out);
}

/* A list that starts with a formula character is neutralised as a whole. */
static void
test_csv_list_starting_with_formula(void **state)
{
	static const struct export_column one[] = {
		{ "lacks", "Lacks", EXPORT_LIST, 0 },
	};
	static const struct export_table t = { "t", "T", NULL, one, 1, false, -1 };
	static const char *const list[] = { "@evil", "fine" };
	const struct export_header h = { "test", "T", 0 };
	const struct export_value v = { .list = list, .n_list = 2 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);
	struct export_writer *w = export_open(EXPORT_FMT_CSV, f, &h);

	(void)state;
	export_table(w, &t);
	export_row(w, &v);
	assert_int_equal(export_close(w), 0);
	tu_memclose(f);
	assert_non_null(strstr(buf, "\r\nLacks\r\n\"'@evil, fine\"\r\n"));
	free(buf);
}

/* A formula behind an invisible character, in a name and in a NIP that
 * is not 18 digits, is neutralised in CSV and in XLSX alike. */
static void
test_cells_neutralise_hidden_formulas(void **state)
{
	const char *names[] = { "\xe2\x80\xae=HYPERLINK(\"http://x\")",
	    "  @SUM(A1)" };
	const long long counts[] = { 1, 2 };
	char *tmp = tu_tempdir(), *out;
	int err;

	(void)state;
	out = write_table(EXPORT_FMT_CSV, names, counts, 2, &err);
	assert_int_equal(err, 0);
	assert_non_null(strstr(out, "\r\n\"'=HYPERLINK(\"\"http://x\"\")\";1;"));
	assert_non_null(strstr(out, "\r\n'  @SUM(A1);2;"));
	assert_null(strstr(out, "\xe2\x80\xae"));
	free(out);
	setenv("TMPDIR", tmp, 1);
	cells_clear();
	out = write_table(EXPORT_FMT_XLSX, names, counts, 2, &err);
	assert_int_equal(err, 0);
	assert_string_equal(cell_at(1, 0)->s, "'=HYPERLINK(\"http://x\")");
	assert_string_equal(cell_at(2, 0)->s, "'  @SUM(A1)");
	cells_clear();
	free(out);
	unsetenv("TMPDIR");
	tu_rmtree(tmp);
	free(tmp);
}

/* ---- XLSX ---- */

static void
test_xlsx_typed_and_neutralised(void **state)
{
	const char *names[] = { "=1+1", "-cmd|' /C calc'!A0", "Budi" };
	const long long counts[] = { -5, 0, 7 };
	const struct cell *c;
	char *tmp = tu_tempdir();
	int err;
	char *out;

	(void)state;
	setenv("TMPDIR", tmp, 1);
	cells_clear();
	out = write_table(EXPORT_FMT_XLSX, names, counts, 3, &err);
	assert_int_equal(err, 0);
	assert_memory_equal(out, "PK\x03\x04", 4);
	/* The header row, then typed cells. */
	assert_string_equal(cell_at(0, 0)->s, "Name");
	assert_string_equal(cell_at(1, 0)->s, "'=1+1");
	assert_string_equal(cell_at(2, 0)->s, "'-cmd|' /C calc'!A0");
	assert_string_equal(cell_at(3, 0)->s, "Budi");
	c = cell_at(1, 1);
	assert_null(c->s);			/* a count is a number ... */
	assert_true(c->n == -5.0);		/* ... negative or not */
	assert_string_equal(cell_at(1, 2)->s, NIP);	/* all 18 digits, text */
	assert_string_equal(cell_at(1, 3)->s, "'=code");
	c = cell_at(1, 4);
	assert_null(c->s);
	assert_true(c->n == 0.5);		/* 50% as a fraction */
	assert_string_equal(cell_at(1, 7)->s, "Two-step, =Privacy");
	/* The workbook's temporary file is gone. */
	assert_int_equal(tu_count_entries(tmp, "jagaakun-xlsx"), 0);
	cells_clear();
	free(out);
	unsetenv("TMPDIR");
	tu_rmtree(tmp);
	free(tmp);
}

/* A yes/no cell holds the word of the language, not a boolean. */
static void
test_xlsx_yes_no_words(void **state)
{
	const char *names[] = { "Ani" };
	const long long counts[] = { 1 };
	int err;
	char *out;

	(void)state;
	cells_clear();
	out = write_table(EXPORT_FMT_XLSX, names, counts, 1, &err);
	assert_int_equal(err, 0);
	assert_string_equal(cell_at(1, 6)->s, "yes");
	i18n_init(getenv("JAGAAKUN_LOCALEDIR"));
	assert_true(i18n_set_language("id"));
	cells_clear();
	free(out);
	out = write_table(EXPORT_FMT_XLSX, names, counts, 1, &err);
	assert_int_equal(err, 0);
	assert_string_equal(cell_at(1, 6)->s, "ya");
	assert_true(i18n_set_language("en"));
	cells_clear();
	free(out);
}

/* Write the table called title (and sheet) with n rows in XLSX. */
static char *
write_named(const char *title, const char *sheet, size_t n, int *err)
{
	const struct export_header h = { "test", "Test export", 1795831200 };
	const struct export_table t = { "things", title, sheet, cols,
	    sizeof cols / sizeof cols[0], false, -1 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);
	struct export_writer *w;

	assert_non_null(f);
	w = export_open(EXPORT_FMT_XLSX, f, &h);
	export_table(w, &t);
	for (size_t i = 0; i < n; i++) {
		char name[32];
		const struct export_value v[] = {
			{ .s = name }, { .n = 1 }, { .s = NIP }, { .s = "c" },
			{ .n = 50 }, { .t = 1795831200 }, { .n = 1 },
			{ .list = lacks, .n_list = 1 },
		};

		snprintf(name, sizeof name, "row %zu", i + 1);
		export_row(w, v);
	}
	*err = export_close(w);
	tu_memclose(f);
	return buf;
}

/* Sheet names fit Excel's 31 characters: the table's short name, else
 * the title before a colon, else the title cut after a whole word; a
 * table longer than a sheet goes on in "Name (2)", its header again. */
static void
test_xlsx_sheet_names_and_rows(void **state)
{
	int err;
	char *out;

	(void)state;
	cells_clear();
	out = write_named("Incidents: accounts that may be taken over", NULL,
	    1, &err);
	assert_int_equal(err, 0);
	assert_string_equal(sheets[0], "Incidents");
	free(out);
	cells_clear();
	out = write_named("Reports whose unit is not in the site's list",
	    "Units not in the list", 1, &err);
	assert_string_equal(sheets[0], "Units not in the list");
	free(out);
	cells_clear();
	out = write_named("Reports whose unit is not in the site's list",
	    NULL, 1, &err);
	assert_string_equal(sheets[0], "Reports whose unit is not in");
	free(out);
	cells_clear();
	export_xlsx_sheet_rows = 3;	/* the header and two rows */
	out = write_named("Officials not yet compliant", NULL, 5, &err);
	export_xlsx_sheet_rows = 1048576;
	assert_int_equal(err, 0);
	assert_int_equal(n_sheets, 3);
	assert_string_equal(sheets[0], "Officials not yet compliant");
	assert_string_equal(sheets[1], "Officials not yet (2)");
	assert_string_equal(sheets[2], "Officials not yet (3)");
	/* Each sheet starts with the header; row 5 is the first of the
	 * third sheet. */
	for (size_t i = 0, headers = 0; i < n_cells; i++) {
		if (cells[i].s && strcmp(cells[i].s, "Name") == 0)
			assert_int_equal(cells[i].row, 0), headers++;
		if (cells[i].s && strcmp(cells[i].s, "row 5") == 0)
			assert_int_equal(cells[i].row, 1);
		if (i == n_cells - 1)
			assert_int_equal(headers, 3);
	}
	free(out);
	cells_clear();
}

/* Write a record, then a list of n rows with two charts of it, in
 * format fmt. */
static char *
write_charted(enum export_format fmt, size_t n, int *err)
{
	const struct export_header h = { "test", "Test export", 1795831200 };
	static const struct export_column one[] = {
		{ "files", "Files", EXPORT_COUNT, 0 },
	};
	const struct export_table rec = { "totals", "Totals", NULL, one, 1,
	    true, -1 };
	const struct export_table t = { "things", "Things", NULL, cols,
	    sizeof cols / sizeof cols[0], false, -1 };
	const struct export_chart c = { "Percent per thing", 0, 4,
	    EXPORT_CHART_BAR };
	const struct export_value total[] = { { .n = 3 } };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);
	struct export_writer *w;

	assert_non_null(f);
	w = export_open(fmt, f, &h);
	export_table(w, &rec);
	export_row(w, total);
	export_chart(w, &c);	/* a record: no chart */
	export_table(w, &t);
	for (size_t i = 0; i < n; i++) {
		const struct export_value v[] = {
			{ .s = "x" }, { .n = 1 }, { .s = NIP }, { .s = "c" },
			{ .n = 50 }, { .t = 1795831200 }, { .n = 1 },
			{ .list = lacks, .n_list = 1 },
		};

		export_row(w, v);
	}
	export_chart(w, &c);
	export_chart(w, &c);
	*err = export_close(w);
	tu_memclose(f);
	return buf;
}

/* Charts go on the first sheet right of its figures, one below the
 * other, over the rows of the table; other formats draw none. */
static void
test_xlsx_charts(void **state)
{
	char *out;
	int err;

	(void)state;
	cells_clear();
	out = write_charted(EXPORT_FMT_XLSX, 3, &err);
	assert_int_equal(err, 0);
	assert_int_equal(n_charts, 2);
	assert_int_equal(n_values, 2);
	assert_ptr_equal(charts[0].on, charts[1].on);
	assert_int_equal(charts[0].col, 3);	/* D, right of A:B */
	assert_int_equal(charts[0].row, 1);
	assert_int_equal(charts[1].row, 17);	/* below the first */
	assert_string_equal(charts[0].sheet, "Things");
	assert_int_equal(charts[0].first, 1);
	assert_int_equal(charts[0].last, 3);
	assert_int_equal(charts[0].value_col, 4);
	free(out);
	cells_clear();
	/* No rows, no chart. */
	out = write_charted(EXPORT_FMT_XLSX, 0, &err);
	assert_int_equal(err, 0);
	assert_int_equal(n_charts, 0);
	free(out);
	cells_clear();
	for (int fmt = EXPORT_FMT_TEXT; fmt <= EXPORT_FMT_JSON; fmt++) {
		out = write_charted((enum export_format)fmt, 3, &err);
		assert_int_equal(err, 0);
		assert_null(strstr(out, "Percent per thing"));
		free(out);
	}
}

static void
test_xlsx_without_temp_folder_fails(void **state)
{
	const char *names[] = { "x" };
	const long long counts[] = { 1 };
	int err;
	char *out;

	(void)state;
	setenv("TMPDIR", "/nonexistent/jagaakun-test", 1);
	out = write_table(EXPORT_FMT_XLSX, names, counts, 1, &err);
	assert_int_equal(err, -ENOENT);
	unsetenv("TMPDIR");
	cells_clear();
	free(out);
}

/* ---- JSON ---- */

static void
test_json_escapes_everything(void **state)
{
	const char *names[] = { "quote\" back\\slash /", "esc\x1b[2J bell\x07",
	    "new\nline \xe2\x80\xa8" };
	const long long counts[] = { 1, 2, 3 };
	const char *want[] = { "quote\" back\\slash /", "esc?[2J bell?",
	    "new line  " };
	json_object *root, *rows, *row, *v;
	int err;
	char *out = write_table(EXPORT_FMT_JSON, names, counts, 3, &err);

	(void)state;
	assert_int_equal(err, 0);
	for (const unsigned char *p = (const unsigned char *)out; *p; p++)
		assert_true(*p >= 0x20 || *p == '\n');
	assert_memory_equal(out, EXPORT_JSON_START, strlen(EXPORT_JSON_START));
	root = json_tokener_parse(out);
	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "jagaakun_export", &v));
	assert_true(json_object_object_get_ex(v, "major", &v));
	assert_int_equal(json_object_get_int(v), EXPORT_MAJOR);
	assert_true(json_object_object_get_ex(root, "things", &rows));
	assert_int_equal(json_object_array_length(rows), 3);
	for (size_t i = 0; i < 3; i++) {
		row = json_object_array_get_idx(rows, i);
		assert_true(json_object_object_get_ex(row, "name", &v));
		assert_string_equal(json_object_get_string(v), want[i]);
		assert_true(json_object_object_get_ex(row, "count", &v));
		assert_true(json_object_is_type(v, json_type_int));
		assert_true(json_object_object_get_ex(row, "ok", &v));
		assert_true(json_object_is_type(v, json_type_boolean));
		assert_true(json_object_object_get_ex(row, "lacks", &v));
		assert_string_equal(json_object_get_string(
		    json_object_array_get_idx(v, 1)), "privacy");
		assert_true(json_object_object_get_ex(row, "when", &v));
		assert_string_equal(json_object_get_string(v),
		    "2026-11-28T02:00:00Z");
	}
	json_object_put(root);
	free(out);
}

/* ---- text ---- */

/* Display width of one line of UTF-8. */
static size_t
line_width(const char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, &cp);
		int cw = tu_wcwidth(cp);

		assert_true(len > 0);
		w += cw < 0 ? 1 : (size_t)cw;
		i += len;
	}
	return w;
}

static void
test_text_fits_80_columns(void **state)
{
	const char *names[] = {
	    "Raden Mas Bambang Sutrisno Wicaksono Hadiningrat Kusumo",
	    "\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e\xe7\x8e\x8b\xe5\xb0\x8f"
	    "\xe6\x98\x8e\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e\xe7\x8e\x8b",
	    "esc\x1b]0;title\x07" "done" };
	const long long counts[] = { 123456, 2, 3 };
	int err;
	char *out = write_table(EXPORT_FMT_TEXT, names, counts, 3, &err);
	size_t lines = 0;

	(void)state;
	assert_int_equal(err, 0);
	assert_null(strchr(out, '\x1b'));
	assert_null(strchr(out, '\x07'));
	for (char *p = out, *nl; (nl = strchr(p, '\n')) != NULL; p = nl + 1) {
		assert_true(line_width(p, (size_t)(nl - p)) <= EXPORT_TEXT_WIDTH);
		lines++;
	}
	assert_true(lines > 8);
	/* Long names wrap instead of being cut; codes are left out. */
	assert_non_null(strstr(out, "Hadiningrat"));
	assert_non_null(strstr(out, "123456"));
	assert_null(strstr(out, "=code"));
	assert_non_null(strstr(out, "1986092620"));	/* narrowed to fit */
	free(out);
}

/* Labels as the Indonesian summary has them: words longer than the
 * widths chosen for English.  No word of a label is cut, the numbers
 * give up their spare places first, and a unit's name stays on one
 * line. */
static void
test_text_label_words_are_not_cut(void **state)
{
	static const struct export_column unit_cols[] = {
		{ "unit", "Unit kerja", EXPORT_STRING, 19 },
		{ "reporting", "Melapor", EXPORT_COUNT, 9 },
		{ "compliant", "Patuh", EXPORT_COUNT, 9 },
		{ "percent", "Patuh (%)", EXPORT_PERCENT, 10 },
		{ "stale", "Kedaluwarsa", EXPORT_COUNT, 5 },
		{ "quizzed", "Mengikuti kuis", EXPORT_COUNT, 7 },
		{ "awareness", "Kewaspadaan (%)", EXPORT_PERCENT, 0 },
	};
	static const struct export_table units = { "units", "Unit kerja", NULL,
	    unit_cols, sizeof unit_cols / sizeof unit_cols[0], false, -1 };
	static const char *const words[] = { "Melapor", "Patuh",
	    "Kedaluwarsa", "Mengikuti", "Kewaspadaan", "Dinas Kesehatan 01" };
	const struct export_header h = { "test", "Test export", 1795831200 };
	const struct export_value v[] = { { .s = "Dinas Kesehatan 01" },
	    { .n = 120345 }, { .n = 2 }, { .n = 28 }, { .n = 0 }, { .n = 7 },
	    { .n = 91 } };
	char *out = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&out, &len);
	struct export_writer *w;

	(void)state;
	assert_non_null(f);
	w = export_open(EXPORT_FMT_TEXT, f, &h);
	export_table(w, &units);
	export_row(w, v);
	assert_int_equal(export_close(w), 0);
	tu_memclose(f);
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strstr(out, words[i]) == NULL)
			fail_msg("\"%s\" was cut:\n%s", words[i], out);
	assert_non_null(strstr(out, "120345"));
	for (char *p = out, *nl; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
		assert_true(line_width(p, (size_t)(nl - p)) <= EXPORT_TEXT_WIDTH);
	free(out);
}

static void
test_text_empty_table_says_none(void **state)
{
	int err;
	char *out = write_table(EXPORT_FMT_TEXT, NULL, NULL, 0, &err);

	(void)state;
	assert_int_equal(err, 0);
	assert_non_null(strstr(out, "Things\n------\n"));
	assert_non_null(strstr(out, "(none)\n"));
	free(out);
}

/* ---- formats and errors ---- */

static void
test_format_names(void **state)
{
	(void)state;
	assert_int_equal(export_format_parse("text"), EXPORT_FMT_TEXT);
	assert_int_equal(export_format_parse("csv"), EXPORT_FMT_CSV);
	assert_int_equal(export_format_parse("json"), EXPORT_FMT_JSON);
	assert_int_equal(export_format_parse("xlsx"), EXPORT_FMT_XLSX);
	assert_int_equal(export_format_parse("XLSX"), -1);
	assert_int_equal(export_format_parse("pdf"), -1);
	assert_int_equal(export_format_from_path("out/summary.CSV"), EXPORT_FMT_CSV);
	assert_int_equal(export_format_from_path("a.xlsx"), EXPORT_FMT_XLSX);
	assert_int_equal(export_format_from_path("a.txt"), EXPORT_FMT_TEXT);
	assert_int_equal(export_format_from_path("a.json"), EXPORT_FMT_JSON);
	assert_int_equal(export_format_from_path("a.text"), -1);
	assert_int_equal(export_format_from_path("dir.csv/file"), -1);
	assert_int_equal(export_format_from_path("plain"), -1);
	assert_true(export_format_is_binary(EXPORT_FMT_XLSX));
	assert_false(export_format_is_binary(EXPORT_FMT_CSV));
}

/* A summary of two units, built by hand. */
struct sample {
	struct collect_summary s;
	struct collect_module modules[2];
	struct collect_unit units[2];
	struct collect_progress progress[4];
	struct collect_official officials[3];
	struct collect_official_module omods[3];
	size_t lacks[2];
	struct collect_reject rejected[1];
	struct collect_duplicate dups[1];
	struct collect_incident incidents[1];
	struct collect_na_reason na[2];
};

/* Fill a sample summary (no allocations: nothing to free). */
static void
sample_init(struct sample *x)
{
	memset(x, 0, sizeof *x);
	x->modules[0] = (struct collect_module){ "two-step", "Two-step", true };
	x->modules[1] = (struct collect_module){ "privacy", "@Privacy", false };
	x->progress[0] = (struct collect_progress){ 3, 4, 2 };
	x->progress[1] = (struct collect_progress){ 1, 3, 1 };
	x->progress[2] = (struct collect_progress){ 2, 2, 0 };
	x->progress[3] = (struct collect_progress){ 0, 0, 0 };
	/* Dinas A: two-step's two N/A steps for a listed reason, privacy's
	 * one in the official's words. */
	x->na[0] = (struct collect_na_reason){ 0, 0, "Not at work", true, 2 };
	x->na[1] = (struct collect_na_reason){ 0, 1, "Saya tidak =pakai",
	    false, 1 };
	/* Dinas A: 12 of 15 and 9 of 15 make 21 of 30, 70%; Dinas B took
	 * no quiz. */
	x->units[0] = (struct collect_unit){ "Dinas A", 2, 1, 1, &x->progress[0],
	    2, 21, 30, NULL, false, 0, 0, 0, 0, NULL };
	x->units[1] = (struct collect_unit){ "=Dinas B", 1, 1, 0, &x->progress[2],
	    0, 0, 0, NULL, false, 0, 0, 0, 0, NULL };
	x->incidents[0] = (struct collect_incident){ 1795831200,
	    "Dewi\x1b]0;x\x07", "198609262015051004", "=Dinas B",
	    INCIDENT_GAVE_CODE, INCIDENT_MONEY_YES, "inc.json" };
	x->lacks[0] = 0;
	x->lacks[1] = 1;
	/* Ani: two-step 1 of 3 (one of them N/A), privacy (not required)
	 * 0 of 1; Budi: two-step 3 of 3; Citra's report has no module. */
	x->omods[0] = (struct collect_official_module){ 0, 1, 1, 3, true };
	x->omods[1] = (struct collect_official_module){ 1, 0, 0, 1, false };
	x->omods[2] = (struct collect_official_module){ 0, 3, 0, 3, true };
	x->officials[0] = (struct collect_official){ (char *)NIP, "Ani", 0,
	    "a.json", 1795831200, false, true, 1, x->lacks, 2, false, 2,
	    &x->omods[0] };
	x->officials[1] = (struct collect_official){ "198609262015051002",
	    "Budi", 0, "b.json", 1795831200, true, false, 0, NULL, 0, false, 1,
	    &x->omods[2] };
	x->officials[2] = (struct collect_official){ "198609262015051003",
	    "Citra", 1, "c.json", 1795831200, true, false, 0, NULL, 0, false, 0,
	    NULL };
	x->rejected[0] = (struct collect_reject){ "evil\x1b[2J.json", "edited",
	    "changed" };
	x->dups[0] = (struct collect_duplicate){ "old.json", (char *)NIP,
	    1795795200, "a.json" };
	x->s = (struct collect_summary){ .generated = 1795831200,
	    .now = 1795831200, .stale_days = 30, .files = 5, .accepted = 4,
	    .compliant = 2, .modules = x->modules, .n_modules = 2,
	    .units = x->units, .n_units = 2, .officials = x->officials,
	    .n_officials = 3, .rejected = x->rejected, .n_rejected = 1,
	    .duplicates = x->dups, .n_duplicates = 1,
	    .incidents = x->incidents, .n_incidents = 1,
	    .na_reasons = x->na, .n_na_reasons = 2 };
}

/* Export s in fmt into memory; caller frees. */
static char *
summary_text(const struct collect_summary *s, enum export_format fmt)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);

	assert_int_equal(export_summary(s, fmt, f), 0);
	tu_memclose(f);
	return buf;
}

static void
test_summary_csv_blocks(void **state)
{
	struct sample x;
	char *out;

	(void)state;
	sample_init(&x);
	out = summary_text(&x.s, EXPORT_FMT_CSV);
	/* Incidents come first, right after the versioned header. */
	assert_non_null(strstr(out, "\r\n\r\nIncidents: accounts that may "
	    "be taken over\r\nRecorded (UTC);Name;NIP;Work unit;Contacts asked "
	    "for money;Money asked (code);What was noticed;Noticed (code);File\r\n"
	    "2026-11-28T02:00:00Z;\"Dewi?]0;x?\";19860926 201505 1 004;'=Dinas B;"
	    "Yes;yes;I gave a code to someone;gave-code;inc.json\r\n\r\n"
	    "Summary\r\n"));
	assert_ptr_equal(strstr(out, "\r\n\r\n"), strstr(out, "\r\n\r\nIncidents"));
	assert_non_null(strstr(out, "Incidents reported;1\r\n"));
	/* No quiz in Dinas B: an empty awareness cell, not 0. */
	assert_non_null(strstr(out, "\r\nWork units\r\n"
	    "Work unit;Reporting;Compliant;Compliant (%);Stale;Took the quiz;"
	    "Awareness (%)\r\n"
	    "Dinas A;2;1;50;1;2;70\r\n'=Dinas B;1;1;100;0;0;\r\n"));
	/* 3 of 4 is 75%, 1 of 3 rounds down to 33%; an empty module is
	 * left out. */
	assert_non_null(strstr(out, "Dinas A;Two-step;two-step;yes;3;2;4;75\r\n"
	    "Dinas A;'@Privacy;privacy;no;1;1;3;33\r\n"
	    "'=Dinas B;Two-step;two-step;yes;2;0;2;100\r\n\r\n"));
	/* The steps not applicable, per unit and module, with the reasons;
	 * an official's words are cleaned like any cell. */
	assert_non_null(strstr(out, "\r\nSteps not applicable and why\r\n"
	    "Work unit;Module;Module id;Reason given;Listed;Steps\r\n"
	    "Dinas A;Two-step;two-step;Not at work;yes;2\r\n"
	    "Dinas A;'@Privacy;privacy;Saya tidak =pakai;no;1\r\n\r\n"));
	assert_non_null(strstr(out, "\r\nOfficials not yet compliant\r\n"
	    "Work unit;Name;NIP;Report of (UTC);Still to finish\r\n"
	    "Dinas A;Ani;19860926 201505 1 001;2026-11-28T02:00:00Z;"
	    "\"Two-step, @Privacy\"\r\n\r\n"));
	assert_non_null(strstr(out, "\r\nStale reports\r\n"));
	assert_non_null(strstr(out, "evil?[2J.json;edited;changed\r\n"));
	free(out);
}

/* Export only the table key of s in fmt into memory; caller frees. */
static char *
summary_table(const struct collect_summary *s, enum export_format fmt,
    const char *key)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);

	assert_int_equal(export_summary_only(s, fmt, f, key), 0);
	tu_memclose(f);
	return buf;
}

static void
test_summary_officials_table(void **state)
{
	struct sample x;
	size_t n;
	const char **keys;
	char *out;

	(void)state;
	sample_init(&x);
	/* One table alone: the BOM, its labels, its rows; a column per
	 * required module (two-step, not privacy); no module: empty. */
	out = summary_table(&x.s, EXPORT_FMT_CSV, "officials");
	assert_string_equal(out, "\xEF\xBB\xBF"
	    "Work unit;Name;NIP;Compliant;Two-step;Steps not applicable;"
	    "Report of (UTC);Stale\r\n"
	    "Dinas A;Ani;19860926 201505 1 001;no;33;1;2026-11-28T02:00:00Z;yes\r\n"
	    "Dinas A;Budi;19860926 201505 1 002;yes;100;0;2026-11-28T02:00:00Z;"
	    "no\r\n"
	    "'=Dinas B;Citra;19860926 201505 1 003;yes;;0;2026-11-28T02:00:00Z;"
	    "no\r\n");
	free(out);
	/* A record alone: label; value rows, no title. */
	out = summary_table(&x.s, EXPORT_FMT_CSV, "summary");
	assert_true(strncmp(out, "\xEF\xBB\xBF", 3) == 0);
	assert_true(strncmp(out + 3, "As of (UTC);\r\n", 14) == 0 ||
	    strstr(out, "\r\nAs of (UTC);\r\n") != NULL);
	assert_non_null(strstr(out, "\r\nValid reports;4\r\n"));
	assert_null(strstr(out, "Work unit;Reporting"));
	assert_null(strstr(out, "\r\n\r\n"));
	free(out);
	/* JSON: the module's column keyed by its id. */
	out = summary_text(&x.s, EXPORT_FMT_JSON);
	assert_non_null(strstr(out, "\"officials\": ["));
	assert_non_null(strstr(out, "\"two-step_percent\": 33"));
	assert_non_null(strstr(out, "\"two-step_percent\": null"));
	assert_null(strstr(out, "privacy_percent"));
	free(out);
	/* The text keeps its per-unit lists: no column per module. */
	out = summary_text(&x.s, EXPORT_FMT_TEXT);
	assert_null(strstr(out, "Every official reporting"));
	free(out);
	keys = export_summary_tables(&x.s, EXPORT_FMT_CSV, &n);
	assert_int_equal(n, 11);
	assert_string_equal(keys[0], "incidents");
	assert_string_equal(keys[1], "summary");
	assert_string_equal(keys[3], "module_totals");
	assert_string_equal(keys[7], "officials");
	assert_string_equal(keys[8], "stale");
	assert_null(keys[n]);
	free(keys);
	keys = export_summary_tables(&x.s, EXPORT_FMT_TEXT, &n);
	assert_int_equal(n, 10);
	free(keys);
	/* A workbook opens on the summary. */
	keys = export_summary_tables(&x.s, EXPORT_FMT_XLSX, &n);
	assert_string_equal(keys[0], "summary");
	assert_string_equal(keys[1], "incidents");
	free(keys);
	/* Over all units: two-step 5 of 6, privacy 1 of 3. */
	out = summary_table(&x.s, EXPORT_FMT_CSV, "module_totals");
	assert_non_null(strstr(out, "\r\nTwo-step;two-step;yes;5;2;6;83\r\n"
	    "'@Privacy;privacy;no;1;1;3;33\r\n"));
	free(out);
}

static void
test_summary_text_has_no_escape(void **state)
{
	struct sample x;
	char *out;

	(void)state;
	sample_init(&x);
	out = summary_text(&x.s, EXPORT_FMT_TEXT);
	assert_null(strchr(out, '\x1b'));
	assert_null(strchr(out, '\x07'));
	assert_non_null(strstr(out, "evil?[2J.json"));
	/* The incidents come before the totals; a unit without a quiz
	 * shows "-". */
	assert_true(strstr(out, "Incidents:") < strstr(out, "Summary\n"));
	assert_non_null(strstr(out, "Dewi?]0;x?"));
	assert_non_null(strstr(out, "   70%\n"));
	assert_non_null(strstr(out, "   -\n"));
	assert_non_null(strstr(out, "=Dinas B"));	/* text is not a sheet */
	free(out);
}

/* JSON: the incidents are the first table, a unit without a quiz has a
 * null awareness score. */
static void
test_summary_json_incidents_and_awareness(void **state)
{
	struct sample x;
	struct json_object *root, *units, *inc, *v;
	char *out;

	(void)state;
	sample_init(&x);
	out = summary_text(&x.s, EXPORT_FMT_JSON);
	root = json_tokener_parse(out);
	assert_non_null(root);
	assert_true(strstr(out, "\"incidents\":") < strstr(out, "\"summary\":"));
	assert_true(json_object_object_get_ex(root, "incidents", &inc));
	assert_int_equal(json_object_array_length(inc), 1);
	inc = json_object_array_get_idx(inc, 0);
	assert_true(json_object_object_get_ex(inc, "noticed_code", &v));
	assert_string_equal(json_object_get_string(v), "gave-code");
	assert_true(json_object_object_get_ex(inc, "money_asked_code", &v));
	assert_string_equal(json_object_get_string(v), "yes");
	assert_true(json_object_object_get_ex(root, "units", &units));
	assert_true(json_object_object_get_ex(json_object_array_get_idx(units, 0),
	    "awareness", &v));
	assert_int_equal(json_object_get_int(v), 70);
	assert_true(json_object_object_get_ex(json_object_array_get_idx(units, 1),
	    "awareness", &v));
	assert_null(v);
	json_object_put(root);
	free(out);
}

/* The compliance per account, a table only when the reports list
 * accounts: per unit, each account its officials use or must, in every
 * format. */
static void
test_summary_accounts(void **state)
{
	struct sample x;
	struct collect_module accts[2] = {
		{ "wa", "WhatsApp", true }, { "g", "Google", false }
	};
	struct collect_account_tally a[2][2] = {
		{ { 2, 1 }, { 1, 1 } }, { { 1, 1 }, { 0, 0 } }
	};
	struct json_object *root, *t;
	char *out;

	(void)state;
	sample_init(&x);
	out = summary_text(&x.s, EXPORT_FMT_CSV);
	assert_null(strstr(out, "Compliance per account"));
	free(out);
	x.s.accounts = accts;
	x.s.n_accounts = 2;
	x.units[0].accounts = a[0];
	x.units[1].accounts = a[1];
	out = summary_text(&x.s, EXPORT_FMT_CSV);
	/* Dinas B uses no "g": no row for it */
	assert_non_null(strstr(out, "\r\nCompliance per account\r\n"
	    "Work unit;Account;Account id;Required;Officials using it;"
	    "Compliant;Compliant (%)\r\n"
	    "Dinas A;WhatsApp;wa;yes;2;1;50\r\n"
	    "Dinas A;Google;g;no;1;1;100\r\n"
	    "'=Dinas B;WhatsApp;wa;yes;1;1;100\r\n\r\n"));
	free(out);
	out = summary_text(&x.s, EXPORT_FMT_TEXT);
	assert_non_null(strstr(out, "Compliance per account\n"));
	free(out);
	out = summary_text(&x.s, EXPORT_FMT_JSON);
	root = json_tokener_parse(out);
	assert_non_null(root);
	assert_true(json_object_object_get_ex(root, "accounts", &t));
	assert_int_equal(json_object_array_length(t), 3);
	json_object_put(root);
	free(out);
	out = summary_text(&x.s, EXPORT_FMT_XLSX);
	free(out);
	cells_clear();
}

static void
test_write_error_is_reported(void **state)
{
	struct sample x;
	FILE *full = tu_full_disk();

	(void)state;
	sample_init(&x);
	for (int fmt = EXPORT_FMT_TEXT; fmt <= EXPORT_FMT_XLSX; fmt++) {
		assert_int_equal(export_summary(&x.s, (enum export_format)fmt,
		    full), -ENOSPC);
		clearerr(full);
	}
	cells_clear();
	fclose(full);
}

/* A report built by hand: one module, two steps. */
static void
test_report_formats(void **state)
{
	struct report_module m = { "two-step", "Two-step", true, 1, 1, 0, 0, 2, NULL, true };
	struct report_step steps[] = {
		{ "two-step", "turn-on", STEP_DONE, 1795831200, NULL, false },
		{ "two-step", "email", STEP_NA, 1795831200, "No e-mail\x1b[1m",
		    false },
	};
	struct report r = { .format = REPORT_FORMAT, .program_version = VERSION,
	    .content_version = "1", .host = "pc", .exported = 1795831200,
	    .profile = { "Siti", NIP, NIP_PNS, "Dinas A", "=Analis" },
	    .modules = &m, .n_modules = 1, .steps = steps, .n_steps = 2,
	    .finished = 2, .total = 2, .compliant = true };
	char *a = NULL, *b = NULL;
	size_t alen = 0, blen = 0;
	FILE *fa, *fb;

	(void)state;
	/* JSON is the report file itself. */
	fa = tu_memopen(&a, &alen);
	fb = tu_memopen(&b, &blen);
	assert_int_equal(export_report(&r, NULL, EXPORT_FMT_JSON, fa), 0);
	assert_int_equal(report_write(&r, fb), 0);
	tu_memclose(fa);
	tu_memclose(fb);
	assert_string_equal(a, b);
	free(a);
	free(b);
	fa = tu_memopen(&a, &alen);
	assert_int_equal(export_report(&r, NULL, EXPORT_FMT_CSV, fa), 0);
	tu_memclose(fa);
	/* The profile fields with a column in the profile table, in its
	 * order and with its labels, the kind left out; then the report's. */
	assert_non_null(strstr(a, "\r\nOfficial\r\nName;Siti\r\n"
	    "NIP;19860926 201505 1 001\r\nWork unit;Dinas A\r\n"
	    "Position;'=Analis\r\nAgency;\r\nComputer;pc\r\n"));
	assert_null(strstr(a, "pns"));
	/* Without the content, the ids stand in for the step titles. */
	assert_non_null(strstr(a, "Two-step;two-step;email;email;"
	    "not applicable;2026-11-28T02:00:00Z;No e-mail?[1m\r\n"));
	free(a);
	fa = tu_memopen(&a, &alen);
	assert_int_equal(export_report(&r, NULL, EXPORT_FMT_TEXT, fa), 0);
	tu_memclose(fa);
	assert_non_null(strstr(a, "Name:               Siti\n"));
	assert_null(strchr(a, '\x1b'));
	free(a);
}

/* The same report exported with its content: step titles, the reason,
 * the quiz score and the required modules, in the chosen language. */
static void
test_report_titles_quiz_required(void **state)
{
	struct report_module m[] = {
		{ "two-step", "Two-step", true, 1, 1, 0, 0, 2, NULL, true },
		{ "privacy", "Privacy", false, 0, 0, 0, 1, 1, NULL, false },
	};
	struct report_step steps[] = {
		{ "two-step", "turn-on", STEP_DONE, 1795831200, NULL, false },
		{ "two-step", "email", STEP_NA, 1795831200, "No e-mail", false },
		{ "privacy", "gone", STEP_TODO, 0, NULL, false },
	};
	struct step cs[] = {
		{ .id = (char *)"turn-on", .title = (char *)"Turn it on" },
		{ .id = (char *)"email", .title = (char *)"Add an e-mail" },
	};
	struct module cm = { .id = (char *)"two-step",
	    .title = (char *)"Two-step", .steps = cs, .n_steps = 2 };
	struct content c = { .version = (char *)"1", .modules = &cm,
	    .n_modules = 1 };
	struct quiz_result q = { 12, 15, 1795831200, NULL, 3, 15, NULL,
	    0 };
	struct report r = { .format = REPORT_FORMAT, .program_version = VERSION,
	    .content_version = "1", .host = "pc", .exported = 1795831200,
	    .profile = { "Siti", NIP, NIP_PNS, "Dinas A", "Analis" },
	    .modules = m, .n_modules = 2, .steps = steps, .n_steps = 3,
	    .finished = 2, .total = 3, .compliant = true, .quiz = &q };
	char *a = NULL;
	size_t alen = 0;
	FILE *fa;

	(void)state;
	fa = tu_memopen(&a, &alen);
	assert_int_equal(export_report(&r, &c, EXPORT_FMT_CSV, fa), 0);
	tu_memclose(fa);
	assert_non_null(strstr(a, "\r\nRequired modules;Two-step\r\n"
	    "Quiz score;12 of 15\r\nQuiz score (%);80\r\n"
	    "Quiz taken (UTC);2026-11-28T02:00:00Z\r\n"));
	assert_non_null(strstr(a, "Two-step;two-step;Turn it on;turn-on;done;"));
	assert_non_null(strstr(a, "Two-step;two-step;Add an e-mail;email;"
	    "not applicable;2026-11-28T02:00:00Z;No e-mail\r\n"));
	/* A step the content no longer has keeps its id. */
	assert_non_null(strstr(a, "Privacy;privacy;gone;gone;to do;"));
	free(a);
	fa = tu_memopen(&a, &alen);
	assert_int_equal(export_report(&r, &c, EXPORT_FMT_TEXT, fa), 0);
	tu_memclose(fa);
	assert_non_null(strstr(a, "Quiz score:         12 of 15\n"));
	assert_non_null(strstr(a, "Add an e-mail"));
	assert_non_null(strstr(a, "No e-mail"));
	assert_null(strstr(a, "turn-on"));	/* ids stay out of the text */
	free(a);
	/* Without a quiz: nothing made up. */
	r.quiz = NULL;
	fa = tu_memopen(&a, &alen);
	assert_int_equal(export_report(&r, &c, EXPORT_FMT_CSV, fa), 0);
	tu_memclose(fa);
	assert_non_null(strstr(a, "Quiz score;\r\nQuiz score (%);\r\n"
	    "Quiz taken (UTC);\r\n"));
	free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sanitize_text_strips_controls),
		cmocka_unit_test(test_sanitize_cell_neutralises_formulas),
		cmocka_unit_test(test_sanitize_cell_checks_after_cleaning),
		cmocka_unit_test(test_sanitize_text_drops_invisible),
		cmocka_unit_test(test_cells_neutralise_hidden_formulas),
		cmocka_unit_test(test_csv_quotes_and_neutralises),
		cmocka_unit_test(test_csv_list_starting_with_formula),
		cmocka_unit_test(test_xlsx_typed_and_neutralised),
		cmocka_unit_test(test_xlsx_without_temp_folder_fails),
		cmocka_unit_test(test_xlsx_yes_no_words),
		cmocka_unit_test(test_xlsx_sheet_names_and_rows),
		cmocka_unit_test(test_xlsx_charts),
		cmocka_unit_test(test_json_escapes_everything),
		cmocka_unit_test(test_text_fits_80_columns),
		cmocka_unit_test(test_text_label_words_are_not_cut),
		cmocka_unit_test(test_text_empty_table_says_none),
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_summary_csv_blocks),
		cmocka_unit_test(test_summary_officials_table),
		cmocka_unit_test(test_summary_text_has_no_escape),
		cmocka_unit_test(test_summary_json_incidents_and_awareness),
		cmocka_unit_test(test_summary_accounts),
		cmocka_unit_test(test_write_error_is_reported),
		cmocka_unit_test(test_report_formats),
		cmocka_unit_test(test_report_titles_quiz_required),
	};

	/* Wide characters are measured as in the program (i18n_init). */
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
