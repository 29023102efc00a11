/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export: the human formats of a report and of a collect summary, made
 * from one model, after ncdu's dir_output.
 *
 * A producer (export_report.h, export_summary.h) describes its content
 * as a few tables of typed columns and sends them, row by row, to a
 * writer; the writer's format (export_text.c, export_csv.c,
 * export_json.c, export_xlsx.c, over the interface of export_writer.h)
 * decides how a table and each type look.  Rows stream through: nothing
 * is kept per row, so a summary of a million officials costs no more
 * memory than its model.
 *
 *   export_open -> (export_table -> export_row...)... -> export_close
 *
 * Every export carries a versioned header (EXPORT_MAJOR.EXPORT_MINOR,
 * the program's version, the time it was made): the text's first lines,
 * the CSV's first row, a "jagaakun_export" member in JSON, the document
 * properties in XLSX.  Text from report files is untrusted: the back
 * ends pass it through sanitize.h before it reaches any output.
 */
#ifndef JAGAAKUN_EXPORT_H
#define JAGAAKUN_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <time.h>

#define EXPORT_MAJOR 1
#define EXPORT_MINOR 0
#define EXPORT_TEXT_WIDTH 80	/* the text format fits 80 columns (A4) */
/* How every JSON export starts, so collect can tell one from a report. */
#define EXPORT_JSON_START "{\n  \"jagaakun_export\": "

#define EXPORT_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Every format, with the back end that writes it (export_writer.h): the
 * enum and the table of back ends are both made from this one list, so
 * neither can miss a format.  The name and file extension of a format
 * are in its back end.
 */
#define EXPORT_FORMATS(X) \
	X(EXPORT_FMT_TEXT, export_text_ops) \
	X(EXPORT_FMT_CSV, export_csv_ops) \
	X(EXPORT_FMT_JSON, export_json_ops) \
	X(EXPORT_FMT_XLSX, export_xlsx_ops)

enum export_format {
#define EXPORT_FORMAT_ENUM(fmt, ops) fmt,
	EXPORT_FORMATS(EXPORT_FORMAT_ENUM)
#undef EXPORT_FORMAT_ENUM
};

enum export_type {
	EXPORT_STRING,	/* untrusted text */
	EXPORT_MSGID,	/* an English msgid: translated, except in JSON */
	EXPORT_CODE,	/* a stable English code; left out of the text format */
	EXPORT_NIP,	/* 18 digits that must stay text in a spreadsheet */
	EXPORT_COUNT,	/* an integer */
	EXPORT_PERCENT,	/* an integer 0-100 (XLSX: a fraction shown as %);
			   negative for none: "-" in text, an empty cell,
			   null in JSON */
	EXPORT_TIME,	/* a UTC time; 0 for none */
	EXPORT_YESNO,	/* true when n != 0 */
	EXPORT_LIST,	/* msgids, shown joined; JSON gets the codes if set */
};

struct export_column {
	const char *key;	/* JSON member name */
	const char *label;	/* English msgid */
	enum export_type type;
	int width;		/* text format: display columns; 0 = the
				   rest of the line (last column only) */
};

/* One cell; which field counts depends on the column's type. */
struct export_value {
	const char *s;			/* STRING, MSGID, CODE, NIP */
	long long n;			/* COUNT, PERCENT, YESNO */
	time_t t;			/* TIME */
	const char *const *list;	/* LIST: n_list msgids */
	const char *const *codes;	/* LIST: n_list codes, or NULL */
	size_t n_list;
};

/*
 * A producer names a table's columns and the value of each in one list,
 * one line a column: X(key, label, type, width, (value)), the value being
 * the designated initialisers of its struct export_value, in parentheses.
 * EXPORT_COLUMNS(list) makes the columns (file scope: the values are not
 * expanded there), EXPORT_VALUES(list) a row's values (where the names
 * the values use are in scope).  A column written without its value
 * does not compile (the macros want five arguments), and a value cannot
 * fall out of step with its column: they are the same line.
 */
#define EXPORT_COLUMNS(list) { list(EXPORT_COLUMN_ITEM) }
#define EXPORT_VALUES(list) { list(EXPORT_VALUE_ITEM) }
#define EXPORT_COLUMN_ITEM(key, label, type, width, value) \
	{ key, label, type, width },
#define EXPORT_VALUE_ITEM(key, label, type, width, value) \
	{ EXPORT_UNPAREN value },
#define EXPORT_UNPAREN(...) __VA_ARGS__

/* Define the static table name with the columns of list (as the static
 * array name_cols); EXPORT_TABLE_SHEET gives it a short sheet name. */
#define EXPORT_TABLE(name, list, key, title, record, group) \
	EXPORT_TABLE_SHEET(name, list, key, title, NULL, record, group)
#define EXPORT_TABLE_SHEET(name, list, key, title, sheet, record, group) \
	static const struct export_column name##_cols[] = \
	    EXPORT_COLUMNS(list); \
	static const struct export_table name = { key, title, sheet, \
	    name##_cols, EXPORT_NELEM(name##_cols), record, group }

struct export_table {
	const char *key;	/* JSON member name */
	const char *title;	/* English msgid: heading, CSV block, sheet */
	const char *sheet;	/* English msgid: the XLSX sheet's name when
				   the title is too long for one (Excel
				   allows 31 characters), or NULL */
	const struct export_column *cols;
	size_t n_cols;
	bool record;		/* one row, shown as "label: value" lines
				   (a JSON object rather than an array) */
	int group;		/* text format: a column shown as a heading
				   whenever its value changes; -1 for none */
};

/* What a chart draws of its table's rows. */
enum export_chart_kind {
	EXPORT_CHART_BAR,	/* a bar per row, in the table's order: the
				   XLSX has it on its first sheet, beside
				   the figures, below the charts before */
	EXPORT_CHART_LINE,	/* a line through the rows, oldest first
				   (a figure over time): the XLSX has it
				   beside its table */
};

/* A chart of the current table: a point or a bar per row, named by one
 * column, as high or as long as another (a percentage, 0 to 100%). */
struct export_chart {
	const char *title;	/* English msgid */
	size_t category;	/* the column naming each bar or point */
	size_t value;		/* the column of its length, a PERCENT */
	enum export_chart_kind kind;
};

struct export_header {
	const char *kind;	/* "report" or "summary" */
	const char *title;	/* English msgid */
	time_t generated;
};

struct export_writer;

/*
 * Start an export in format fmt to f.  Never fails: an error (a full
 * disk, a temporary file that cannot be made) is remembered and returned
 * by export_close.  f stays the caller's.
 */
struct export_writer *export_open(enum export_format fmt, FILE *f,
    const struct export_header *h);
/*
 * export_open, writing only the table whose key is only (NULL: every
 * table): the others are started and given their rows as usual, and
 * nothing of them is written.  A CSV export of one table is that table
 * alone, for spreadsheets' filters and pivot tables: its labels in the
 * first row and a row per row (a record: a row per column, label then
 * value), with no versioned header and no title row.  With f NULL
 * nothing at all is written: export_keys then says which tables were
 * started.
 */
struct export_writer *export_open_only(enum export_format fmt, FILE *f,
    const struct export_header *h, const char *only);
/* The keys of the tables started so far, in order, n of them (owned by
 * the tables). */
const char *const *export_keys(const struct export_writer *w, size_t *n);
/* Start table t (which must outlive its rows); ends the one before. */
void export_table(struct export_writer *w, const struct export_table *t);
/* Add a row of the current table: one value per column. */
void export_row(struct export_writer *w, const struct export_value *v);
/* Draw chart c of the current table's rows, after the last of them;
 * only the XLSX format draws (export_xlsx.c), the others have the table
 * itself. */
void export_chart(struct export_writer *w, const struct export_chart *c);
/* Finish the export and free w.  Returns 0 or a negative errno. */
int export_close(struct export_writer *w);

/* "text", "csv", "json", "xlsx" to a format; -1 for anything else. */
int export_format_parse(const char *name);
/* The format a file name asks for by its extension (".txt", ".csv",
 * ".json", ".xlsx", any case); -1 for any other name. */
int export_format_from_path(const char *path);
/* True when the format is binary (XLSX), never for a terminal. */
bool export_format_is_binary(enum export_format fmt);

/* Percent of part in whole, rounded down so 100 means all of it (0 when
 * whole is 0): the value of an EXPORT_PERCENT column. */
long long export_percent(uint64_t part, uint64_t whole);

#endif
