/*
 * export: the human formats of a report and of a collect summary, made
 * from one model, after ncdu's dir_output.
 *
 * A producer (export_report, export_summary) describes its content as a
 * few tables of typed columns and sends them, row by row, to a writer;
 * the writer's back end (text, CSV, JSON or XLSX) decides how a table
 * and each type look.  Rows stream through: nothing is kept per row, so
 * a summary of a million officials costs no more memory than its model.
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
#include <time.h>
#include "exchange/collect.h"
#include "exchange/report.h"

#define EXPORT_MAJOR 1
#define EXPORT_MINOR 0
#define EXPORT_TEXT_WIDTH 80	/* the text format fits 80 columns (A4) */
/* How every JSON export starts, so collect can tell one from a report. */
#define EXPORT_JSON_START "{\n  \"jagaakun_export\": "

enum export_format {
	EXPORT_FMT_TEXT,
	EXPORT_FMT_CSV,
	EXPORT_FMT_JSON,
	EXPORT_FMT_XLSX,
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

struct export_table {
	const char *key;	/* JSON member name */
	const char *title;	/* English msgid: heading, CSV block, sheet */
	const struct export_column *cols;
	size_t n_cols;
	bool record;		/* one row, shown as "label: value" lines
				   (a JSON object rather than an array) */
	int group;		/* text format: a column shown as a heading
				   whenever its value changes; -1 for none */
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
/* Start table t (which must outlive its rows); ends the one before. */
void export_table(struct export_writer *w, const struct export_table *t);
/* Add a row of the current table: one value per column. */
void export_row(struct export_writer *w, const struct export_value *v);
/* Finish the export and free w.  Returns 0 or a negative errno. */
int export_close(struct export_writer *w);

/* "text", "csv", "json", "xlsx" to a format; -1 for anything else. */
int export_format_parse(const char *name);
/* The format a file name asks for by its extension (".txt", ".csv",
 * ".json", ".xlsx", any case); -1 for any other name. */
int export_format_from_path(const char *path);
/* True when the format is binary (XLSX), never for a terminal. */
bool export_format_is_binary(enum export_format fmt);

/* Write report r in format fmt to f; JSON is the report file itself
 * (report_write).  Returns 0 or a negative errno. */
int export_report(const struct report *r, enum export_format fmt, FILE *f);

/* Write summary s in format fmt to f.  Returns 0 or a negative errno. */
int export_summary(const struct collect_summary *s, enum export_format fmt,
    FILE *f);

#endif
