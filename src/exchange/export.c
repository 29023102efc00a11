/*
 * export: text, CSV, JSON and XLSX writers over one table model, and the
 * two producers that use them: one report, and a collect summary (see
 * export.h).
 *
 * Choices made for spreadsheets, and why:
 *
 * CSV   UTF-8 with a byte order mark, ';' between fields, CRLF line ends,
 *       RFC 4180 quoting (a field holding ';' ',' '"' a tab, CR or LF is
 *       quoted, '"' doubled).  Excel under the Indonesian locale uses ';'
 *       as its list separator because ',' is the decimal separator, and
 *       reads a CSV as UTF-8 only when it starts with the BOM.  A "sep=;"
 *       first line is not written: Excel then ignores the BOM and garbles
 *       names.  LibreOffice detects the BOM and offers ';' in its import
 *       dialog; quoting fields that hold ',' keeps them whole even when
 *       ',' is also ticked there.  Excel under a locale whose separator
 *       is ',' shows everything in one column: use Data > From Text/CSV
 *       and choose the semicolon.  Numbers are integers only (percent as
 *       0-100), so no decimal separator is ever needed; times are ISO 8601
 *       UTC text.  A NIP is written in its printed groups
 *       ("19900101 201501 1 001"), which spreadsheets keep as text: as 18
 *       bare digits they would round it to 15 significant digits.
 *       The file is a series of blocks separated by an empty row: the
 *       first row is the versioned header, then each table is a title row,
 *       a header row and its rows.
 *
 * XLSX  One sheet per table: a bold header row, panes frozen under it, an
 *       autofilter, column widths, and typed cells: counts are numbers,
 *       percentages numbers with the "0%" format, times dates (UTC),
 *       yes/no booleans, a NIP a text cell holding all 18 digits.  The
 *       versioned header is in the document properties.
 *
 * Formula injection: text from a report that starts with '=', '+', '-',
 * '@', a tab or CR gets a leading "'" in CSV and XLSX cells (text
 * columns only: numbers stay numbers).  libxlsxwriter's
 * worksheet_write_string always stores a string, never a formula, so an
 * XLSX cell would not be evaluated as written; it is neutralised all the
 * same, because a user who edits the cell, or copies the sheet into CSV,
 * would bring the formula to life.
 *
 * Terminal safety: every untrusted string goes through sanitize_text in
 * every format (JSON too, after which json-c escapes it), so control
 * characters and escape sequences never reach a terminal or a file.
 */
#include "config.h"
#include "exchange/export.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <wchar.h>

#include <json-c/json.h>
#include <xlsxwriter.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/sanitize.h"
#include "base/xalloc.h"

#define EXPORT_GAP 2		/* spaces between text columns */
#define EXPORT_INDENT 2		/* text rows under a group heading */
#define EXPORT_MIN_REST 8	/* narrowest "rest of the line" column */
#define EXPORT_MIN_NUMBER 6	/* narrowest column of numbers: 100000 */
#define EXPORT_MIN_VALUE 24	/* narrowest value column of a record */
#define EXPORT_SHEET_NAME 31	/* Excel's limit, in characters */
#define EXPORT_XLSX_REST 50	/* XLSX width of a "rest" column */
#define EXPORT_NELEM(a) (sizeof(a) / sizeof((a)[0]))

struct export_ops {
	void (*begin)(struct export_writer *w, const struct export_header *h);
	void (*table)(struct export_writer *w);
	void (*row)(struct export_writer *w, const struct export_value *v);
	void (*table_end)(struct export_writer *w);
	void (*end)(struct export_writer *w);
};

struct export_xlsx {
	char *path;		/* the workbook, before it is copied to f */
	lxw_workbook *book;
	lxw_worksheet *sheet;
	lxw_format *bold, *percent, *date;
};

struct export_writer {
	const struct export_ops *ops;
	enum export_format fmt;
	FILE *f;
	const struct export_table *t;	/* the current table */
	size_t rows;			/* its rows so far */
	size_t tables;			/* tables started */
	size_t *widths;			/* text: the current table's columns */
	char *group;			/* text: the current group heading */
	struct export_xlsx x;
	int err;			/* the first error, -errno */
};

/* Remember the first error. */
static void
export_fail(struct export_writer *w, int err)
{
	if (w->err == 0)
		w->err = err;
}

/* The translation of msgid ("" stays "": gettext would give the header). */
static const char *
export_tr(const char *msgid)
{
	return msgid != NULL && *msgid != '\0' ? _(msgid) : "";
}

/* Percent of part in whole, rounded down so 100 means all of it. */
static long long
export_percent(uint64_t part, uint64_t whole)
{
	return whole == 0 ? 0 : (long long)(part * 100 / whole);
}

/* The msgids of a LIST value joined with ", ", translated. */
static char *
export_join(const struct export_value *v)
{
	size_t len = 1;
	char *s;

	for (size_t i = 0; i < v->n_list; i++)
		len += strlen(export_tr(v->list[i])) + 2;
	s = xmalloc(len);
	s[0] = '\0';
	for (size_t i = 0; i < v->n_list; i++) {
		if (i > 0)
			strcat(s, ", ");
		strcat(s, export_tr(v->list[i]));
	}
	return s;
}

/* A NIP in its printed groups (8 6 1 3 digits) when it has 18 digits. */
static char *
export_nip_grouped(const char *nip)
{
	if (nip == NULL || strlen(nip) != 18 || strspn(nip, "0123456789") != 18)
		return sanitize_cell(nip);
	return xasprintf("%.8s %.6s %.1s %.3s", nip, nip + 8, nip + 14, nip + 15);
}

/*
 * The text of value v in column c, for the text format or a CSV or XLSX
 * cell: untrusted text sanitised (and neutralised in cells), msgids
 * translated.  Caller frees.
 */
static char *
export_cell_text(const struct export_column *c, const struct export_value *v,
    enum export_format fmt)
{
	char *(*clean)(const char *) = fmt == EXPORT_FMT_TEXT ?
	    sanitize_text : sanitize_cell;
	char when[ISOTIME_LEN], *joined, *s;

	switch (c->type) {
	case EXPORT_MSGID:
		return clean(export_tr(v->s));
	case EXPORT_NIP:
		return fmt == EXPORT_FMT_CSV ? export_nip_grouped(v->s) :
		    sanitize_text(v->s);
	case EXPORT_COUNT:
		return xasprintf("%lld", v->n);
	case EXPORT_PERCENT:
		if (v->n < 0)
			return xstrdup(fmt == EXPORT_FMT_TEXT ? "-" : "");
		return xasprintf(fmt == EXPORT_FMT_TEXT ? "%lld%%" : "%lld", v->n);
	case EXPORT_TIME:
		if (v->t == 0)
			return xstrdup(fmt == EXPORT_FMT_TEXT ? "-" : "");
		isotime_format(v->t, when);
		if (fmt == EXPORT_FMT_TEXT)
			when[10] = '\0';	/* the date is enough on paper */
		return xstrdup(when);
	case EXPORT_YESNO:
		return xstrdup(v->n ? _("yes") : _("no"));
	case EXPORT_LIST:
		joined = export_join(v);
		s = clean(joined);
		free(joined);
		return s;
	case EXPORT_STRING:
	case EXPORT_CODE:
	default:
		if (v->s == NULL && fmt == EXPORT_FMT_TEXT)
			return xstrdup("-");
		return clean(v->s);
	}
}

/* Say whether a column holds a number (right-aligned in text). */
static bool
export_is_number(const struct export_column *c)
{
	return c->type == EXPORT_COUNT || c->type == EXPORT_PERCENT;
}

/* ---------------------------------------------------------------- text */

/* Display width of the n bytes at s (a character wcwidth does not know,
 * e.g. in the C locale, counts as one column). */
static size_t
export_width(const char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n;) {
		unsigned int cp = '?';
		size_t len = sanitize_decode(s + i, &cp);
		int cw = wcwidth((wchar_t)cp);

		w += cw < 0 ? 1 : (size_t)cw;
		i += len ? len : 1;
	}
	return w;
}

/*
 * The bytes of s that fit in width columns, ending after a space (or a
 * '/', so paths break between folders) when the rest does not fit (a
 * word longer than the line is cut); *next gets
 * where the following line starts.
 */
static size_t
export_fit(const char *s, size_t width, const char **next)
{
	size_t i = 0, w = 0, brk = 0;

	while (s[i] != '\0') {
		unsigned int cp = '?';
		size_t len = sanitize_decode(s + i, &cp);
		int cw = wcwidth((wchar_t)cp);
		size_t cols = cw < 0 ? 1 : (size_t)cw;

		if (len == 0)
			len = 1;
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

/* Print n spaces. */
static void
export_spaces(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

/*
 * Print cells (NULL for a column not shown) side by side in the
 * current table's widths from column indent on, each wrapped within its
 * width; a row takes as many lines as its tallest cell.
 */
static void
export_text_cells(struct export_writer *w, char *const *cells, size_t indent)
{
	const struct export_table *t = w->t;
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
			len = export_fit(pos[i], w->widths[i], &next);
			width = export_width(pos[i], len);
			if (len > 0) {
				size_t pad = export_is_number(&t->cols[i]) &&
				    width < w->widths[i] ? w->widths[i] - width : 0;

				export_spaces(w->f, col + pad - at);
				fwrite(pos[i], 1, len, w->f);
				at = col + pad + width;
			}
			pos[i] = next;
			more |= *next != '\0';
			col += w->widths[i] + EXPORT_GAP;
		}
		putc('\n', w->f);
	} while (more);
	free(pos);
}

/* Say whether the text format shows column i of t. */
static bool
export_text_shows(const struct export_table *t, size_t i)
{
	return t->cols[i].type != EXPORT_CODE && (int)i != t->group;
}

/* Print s underlined with ch. */
static void
export_text_heading(FILE *f, const char *s, char ch)
{
	size_t n = export_width(s, strlen(s));

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

/* The widest label of t's shown columns. */
static size_t
export_label_width(const struct export_table *t)
{
	size_t max = 0;

	for (size_t i = 0; i < t->n_cols; i++) {
		const char *l = export_tr(t->cols[i].label);
		size_t n = export_width(l, strlen(l));

		if (export_text_shows(t, i) && n > max)
			max = n;
	}
	return max;
}

/* The width of the widest word of s: a column narrower than that cuts
 * its label inside a word. */
static size_t
export_longest_word(const char *s)
{
	size_t max = 0;

	while (*s != '\0') {
		size_t n = strcspn(s, " "), w = export_width(s, n);

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
export_widest(const struct export_table *t, const size_t *widths,
    const size_t *floor, bool numbers)
{
	size_t best = SIZE_MAX;

	for (size_t i = 0; i < t->n_cols; i++)
		if (widths[i] > floor[i] &&
		    (!numbers || export_is_number(&t->cols[i])) &&
		    (best == SIZE_MAX || widths[i] > widths[best]))
			best = i;
	return best;
}

/* Narrow the columns of t (of numbers only, when numbers; widest first,
 * none below floor[i]) until they take no more than the line; *total is
 * their width now. */
static void
export_narrow(const struct export_table *t, size_t *widths,
    const size_t *floor, bool numbers, size_t *total)
{
	size_t i;

	while (*total > EXPORT_TEXT_WIDTH &&
	    (i = export_widest(t, widths, floor, numbers)) != SIZE_MAX) {
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
export_text_list_widths(struct export_writer *w)
{
	const struct export_table *t = w->t;
	size_t total = t->group >= 0 ? EXPORT_INDENT : 0, rest = SIZE_MAX;
	size_t *floor = xcalloc(t->n_cols + 1, sizeof *floor);

	for (size_t i = 0; i < t->n_cols; i++) {
		size_t word, least;

		if (!export_text_shows(t, i))
			continue;
		if (t->cols[i].width == 0)
			rest = i;
		word = export_longest_word(export_tr(t->cols[i].label));
		w->widths[i] = t->cols[i].width ? (size_t)t->cols[i].width :
		    EXPORT_MIN_REST;
		if (word > w->widths[i])
			w->widths[i] = word;
		least = export_is_number(&t->cols[i]) ? EXPORT_MIN_NUMBER :
		    EXPORT_MIN_REST;
		floor[i] = word > least ? word : least;
		total += w->widths[i] + EXPORT_GAP;
	}
	total -= total >= EXPORT_GAP ? EXPORT_GAP : 0;
	export_narrow(t, w->widths, floor, true, &total);
	export_narrow(t, w->widths, floor, false, &total);
	for (size_t i = 0; i < t->n_cols; i++)
		floor[i] = EXPORT_MIN_REST;
	export_narrow(t, w->widths, floor, false, &total);
	if (rest != SIZE_MAX && total < EXPORT_TEXT_WIDTH)
		w->widths[rest] += EXPORT_TEXT_WIDTH - total;
	free(floor);
}

/* Lay out the current table's columns: a record as label and value, a
 * list as export_text_list_widths says. */
static void
export_text_widths(struct export_writer *w)
{
	const struct export_table *t = w->t;

	free(w->widths);
	w->widths = xcalloc(t->n_cols + 2, sizeof *w->widths);
	if (!t->record) {
		export_text_list_widths(w);
		return;
	}
	/* Labels (with their ':') first, values in the rest. */
	w->widths[0] = export_label_width(t) + 1;
	if (w->widths[0] > EXPORT_TEXT_WIDTH - EXPORT_MIN_VALUE)
		w->widths[0] = EXPORT_TEXT_WIDTH - EXPORT_MIN_VALUE;
	w->widths[1] = EXPORT_TEXT_WIDTH - w->widths[0] - EXPORT_GAP;
}

/* Start a text table: its title and, for a list, the column labels. */
static void
export_text_table(struct export_writer *w)
{
	const struct export_table *t = w->t;
	char **labels;

	putc('\n', w->f);
	export_text_heading(w->f, export_tr(t->title), '-');
	export_text_widths(w);
	free(w->group);
	w->group = NULL;
	if (t->record)
		return;
	labels = xcalloc(t->n_cols, sizeof *labels);
	for (size_t i = 0; i < t->n_cols; i++)
		if (export_text_shows(t, i))
			labels[i] = (char *)export_tr(t->cols[i].label);
	export_text_cells(w, labels, t->group >= 0 ? EXPORT_INDENT : 0);
	for (size_t i = 0; i < t->n_cols; i++)
		if (labels[i] != NULL)
			labels[i] = memset(xcalloc(w->widths[i] + 1, 1), '-',
			    w->widths[i]);
	export_text_cells(w, labels, t->group >= 0 ? EXPORT_INDENT : 0);
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
	const struct export_table *t = w->t;
	const struct export_table pair = { .n_cols = 2, .cols = pair_cols,
	    .group = -1 };
	char *cells[2];

	w->t = &pair;
	for (size_t i = 0; i < t->n_cols; i++) {
		if (!export_text_shows(t, i))
			continue;
		cells[0] = xasprintf("%s:", export_tr(t->cols[i].label));
		cells[1] = export_cell_text(&t->cols[i], &v[i], EXPORT_FMT_TEXT);
		export_text_cells(w, cells, 0);
		free(cells[0]);
		free(cells[1]);
	}
	w->t = t;
}

/* Print a group heading, wrapped to the line ("-" when empty). */
static void
export_text_group(FILE *f, const char *s)
{
	const char *next;

	if (*s == '\0')
		s = "-";
	while (*s != '\0') {
		size_t len = export_fit(s, EXPORT_TEXT_WIDTH, &next);

		fprintf(f, "%.*s\n", (int)len, s);
		s = next;
	}
}

/* Print a row of a text table, under its group heading. */
static void
export_text_row(struct export_writer *w, const struct export_value *v)
{
	const struct export_table *t = w->t;
	char **cells;

	if (t->record) {
		export_text_record(w, v);
		return;
	}
	if (t->group >= 0) {
		char *g = export_cell_text(&t->cols[t->group], &v[t->group],
		    EXPORT_FMT_TEXT);

		if (w->group == NULL || strcmp(g, w->group) != 0) {
			export_text_group(w->f, g);
			free(w->group);
			w->group = g;
		} else
			free(g);
	}
	cells = xcalloc(t->n_cols, sizeof *cells);
	for (size_t i = 0; i < t->n_cols; i++)
		if (export_text_shows(t, i))
			cells[i] = export_cell_text(&t->cols[i], &v[i],
			    EXPORT_FMT_TEXT);
	export_text_cells(w, cells, t->group >= 0 ? EXPORT_INDENT : 0);
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

/* ----------------------------------------------------------------- CSV */

/* Write one CSV field (quoted when it must be), after a ';' unless it
 * starts the row. */
static void
export_csv_field(FILE *f, const char *s, bool first)
{
	if (!first)
		putc(';', f);
	if (strpbrk(s, ";,\"\t\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	putc('"', f);
	for (;;) {
		size_t n = strcspn(s, "\"");

		fwrite(s, 1, n, f);
		if (s[n] == '\0')
			break;
		fputs("\"\"", f);	/* a quote is written twice */
		s += n + 1;
	}
	putc('"', f);
}

/* Begin a CSV export: the byte order mark, then the versioned header row. */
static void
export_csv_begin(struct export_writer *w, const struct export_header *h)
{
	char when[ISOTIME_LEN], *program, *format;

	isotime_format(h->generated, when);
	program = xasprintf("%s %s", PACKAGE, VERSION);
	/* TRANSLATORS: the version (major.minor) of an export's layout. */
	format = xasprintf(_("export format %d.%d"), EXPORT_MAJOR, EXPORT_MINOR);
	fputs("\xEF\xBB\xBF", w->f);
	export_csv_field(w->f, export_tr(h->title), true);
	export_csv_field(w->f, program, false);
	export_csv_field(w->f, format, false);
	export_csv_field(w->f, when, false);
	fputs("\r\n", w->f);
	free(program);
	free(format);
}

/* Start a CSV block: an empty row, the title and, for a list, the labels. */
static void
export_csv_table(struct export_writer *w)
{
	const struct export_table *t = w->t;

	fputs("\r\n", w->f);
	export_csv_field(w->f, export_tr(t->title), true);
	fputs("\r\n", w->f);
	if (t->record)
		return;
	for (size_t i = 0; i < t->n_cols; i++)
		export_csv_field(w->f, export_tr(t->cols[i].label), i == 0);
	fputs("\r\n", w->f);
}

/* Write a CSV row; a record's columns go one a row, label then value. */
static void
export_csv_row(struct export_writer *w, const struct export_value *v)
{
	const struct export_table *t = w->t;

	for (size_t i = 0; i < t->n_cols; i++) {
		char *cell = export_cell_text(&t->cols[i], &v[i], EXPORT_FMT_CSV);

		if (t->record) {
			export_csv_field(w->f, export_tr(t->cols[i].label), true);
			export_csv_field(w->f, cell, false);
			fputs("\r\n", w->f);
		} else
			export_csv_field(w->f, cell, i == 0);
		free(cell);
	}
	if (!t->record)
		fputs("\r\n", w->f);
}

/* ---------------------------------------------------------------- JSON */

/* A json-c string of untrusted text, sanitised. */
static json_object *
export_json_string(const char *s)
{
	char *clean = sanitize_text(s);
	json_object *o = json_object_new_string(clean);

	free(clean);
	return o;
}

/* The JSON value of v in column c (NULL is JSON null). */
static json_object *
export_json_value(const struct export_column *c, const struct export_value *v)
{
	char when[ISOTIME_LEN];
	json_object *a;

	switch (c->type) {
	case EXPORT_PERCENT:
		return v->n >= 0 ? json_object_new_int64(v->n) : NULL;
	case EXPORT_COUNT:
		return json_object_new_int64(v->n);
	case EXPORT_TIME:
		if (v->t == 0)
			return NULL;
		isotime_format(v->t, when);
		return json_object_new_string(when);
	case EXPORT_YESNO:
		return json_object_new_boolean(v->n != 0);
	case EXPORT_LIST:
		a = json_object_new_array();
		for (size_t i = 0; i < v->n_list; i++)
			json_object_array_add(a, export_json_string(v->codes ?
			    v->codes[i] : v->list[i]));
		return a;
	case EXPORT_STRING:
	case EXPORT_MSGID:
	case EXPORT_CODE:
	case EXPORT_NIP:
	default:
		return v->s != NULL ? export_json_string(v->s) : NULL;
	}
}

/* Write o on one line and free it. */
static void
export_json_put(FILE *f, json_object *o)
{
	fputs(json_object_to_json_string_ext(o, JSON_C_TO_STRING_SPACED |
	    JSON_C_TO_STRING_NOSLASHESCAPE), f);
	json_object_put(o);
}

/* Begin a JSON export: the versioned header as its first member. */
static void
export_json_begin(struct export_writer *w, const struct export_header *h)
{
	json_object *o = json_object_new_object();
	char when[ISOTIME_LEN];

	isotime_format(h->generated, when);
	json_object_object_add(o, "major", json_object_new_int(EXPORT_MAJOR));
	json_object_object_add(o, "minor", json_object_new_int(EXPORT_MINOR));
	json_object_object_add(o, "kind", json_object_new_string(h->kind));
	json_object_object_add(o, "program", json_object_new_string(PACKAGE));
	json_object_object_add(o, "version", json_object_new_string(VERSION));
	json_object_object_add(o, "generated", json_object_new_string(when));
	fputs(EXPORT_JSON_START, w->f);
	export_json_put(w->f, o);
}

/* Start a JSON member for the table: an array, or an object to come. */
static void
export_json_table(struct export_writer *w)
{
	fprintf(w->f, ",\n  \"%s\": %s", w->t->key, w->t->record ? "" : "[");
}

/* Write a row as one JSON object. */
static void
export_json_row(struct export_writer *w, const struct export_value *v)
{
	const struct export_table *t = w->t;
	json_object *o = json_object_new_object();

	for (size_t i = 0; i < t->n_cols; i++)
		json_object_object_add(o, t->cols[i].key,
		    export_json_value(&t->cols[i], &v[i]));
	if (!t->record)
		fputs(w->rows > 0 ? ",\n    " : "\n    ", w->f);
	export_json_put(w->f, o);
}

/* Close the table's array (a record without its row is null). */
static void
export_json_table_end(struct export_writer *w)
{
	if (w->t->record)
		fputs(w->rows == 0 ? "null" : "", w->f);
	else
		fputs(w->rows > 0 ? "\n  ]" : "]", w->f);
}

/* End a JSON export. */
static void
export_json_end(struct export_writer *w)
{
	fputs("\n}\n", w->f);
}

/* ---------------------------------------------------------------- XLSX */

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
	const char *tmp = getenv("TMPDIR");
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	lxw_doc_properties props = { 0 };
	char *comments;
	int fd;

	w->x.path = xasprintf("%s/jagaakun-xlsx.XXXXXX",
	    tmp != NULL && *tmp == '/' ? tmp : "/tmp");
	if ((fd = mkstemp(w->x.path)) < 0) {
		export_fail(w, -errno);
		free(w->x.path);
		w->x.path = NULL;
		return;
	}
	close(fd);
	if ((w->x.book = workbook_new_opt(w->x.path, &opt)) == NULL) {
		export_fail(w, -EIO);
		return;
	}
	w->x.bold = workbook_add_format(w->x.book);
	format_set_bold(w->x.bold);
	w->x.percent = workbook_add_format(w->x.book);
	format_set_num_format(w->x.percent, "0%");
	w->x.date = workbook_add_format(w->x.book);
	format_set_num_format(w->x.date, "yyyy-mm-dd hh:mm");
	comments = xasprintf("%s %s, export format %d.%d", PACKAGE, VERSION,
	    EXPORT_MAJOR, EXPORT_MINOR);
	props.title = (char *)export_tr(h->title);
	props.subject = (char *)h->kind;
	props.comments = comments;
	props.created = h->generated;
	export_xlsx_check(w, workbook_set_properties(w->x.book, &props));
	free(comments);
}

/* A valid sheet name from a title: no []:*?/\ and at most 31
 * characters. */
static char *
export_sheet_name(const char *title)
{
	char *name = sanitize_text(title), *p = name;
	size_t chars = 0;

	while (*p != '\0' && chars < EXPORT_SHEET_NAME) {
		unsigned int cp;
		size_t len = sanitize_decode(p, &cp);

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
	const struct export_table *t = w->t;
	char *name;

	if (w->x.book == NULL)
		return;
	name = export_sheet_name(export_tr(t->title));
	w->x.sheet = workbook_add_worksheet(w->x.book, name);
	if (w->x.sheet == NULL)	/* a clash: let the library name it */
		w->x.sheet = workbook_add_worksheet(w->x.book, NULL);
	free(name);
	if (t->record) {
		export_xlsx_check(w, worksheet_set_column(w->x.sheet, 0, 0,
		    (double)export_label_width(t) + 2, w->x.bold));
		export_xlsx_check(w, worksheet_set_column(w->x.sheet, 1, 1,
		    EXPORT_XLSX_REST, NULL));
		return;
	}
	for (size_t i = 0; i < t->n_cols; i++) {
		int width = t->cols[i].width ? t->cols[i].width + 2 :
		    EXPORT_XLSX_REST;

		export_xlsx_check(w, worksheet_set_column(w->x.sheet,
		    (lxw_col_t)i, (lxw_col_t)i, width, NULL));
		export_xlsx_check(w, worksheet_write_string(w->x.sheet, 0,
		    (lxw_col_t)i, export_tr(t->cols[i].label), w->x.bold));
	}
	worksheet_freeze_panes(w->x.sheet, 1, 0);
}

/* Write value v of column c as a typed cell. */
static void
export_xlsx_cell(struct export_writer *w, lxw_row_t row, lxw_col_t col,
    const struct export_column *c, const struct export_value *v)
{
	lxw_worksheet *ws = w->x.sheet;
	char *s;

	switch (c->type) {
	case EXPORT_COUNT:
		export_xlsx_check(w, worksheet_write_number(ws, row, col,
		    (double)v->n, NULL));
		return;
	case EXPORT_PERCENT:
		if (v->n >= 0)
			export_xlsx_check(w, worksheet_write_number(ws, row, col,
			    (double)v->n / 100.0, w->x.percent));
		return;
	case EXPORT_TIME:
		if (v->t != 0)
			export_xlsx_check(w, worksheet_write_unixtime(ws, row, col,
			    (int64_t)v->t, w->x.date));
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
	const struct export_table *t = w->t;

	if (w->x.sheet == NULL)
		return;
	for (size_t i = 0; i < t->n_cols; i++) {
		if (t->record) {
			export_xlsx_check(w, worksheet_write_string(w->x.sheet,
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
	if (w->x.sheet != NULL && !w->t->record && w->rows > 0)
		export_xlsx_check(w, worksheet_autofilter(w->x.sheet, 0, 0,
		    (lxw_row_t)w->rows, (lxw_col_t)(w->t->n_cols - 1)));
	w->x.sheet = NULL;
}

/* Copy the file at path to f. */
static int
export_copy(const char *path, FILE *f)
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
	if (w->x.book != NULL) {
		if (w->tables == 0)	/* a workbook needs a sheet */
			workbook_add_worksheet(w->x.book, NULL);
		export_xlsx_check(w, workbook_close(w->x.book));
		w->x.book = NULL;
	}
	if (w->x.path == NULL)
		return;
	if (w->err == 0)
		export_fail(w, export_copy(w->x.path, w->f));
	unlink(w->x.path);
	free(w->x.path);
	w->x.path = NULL;
}

/* ------------------------------------------------------------ writers */

/* Nothing ends a CSV block, a CSV file or a text file. */
static void
export_nothing(struct export_writer *w)
{
	(void)w;
}

static const struct export_ops export_back_ends[] = {
	[EXPORT_FMT_TEXT] = { export_text_begin, export_text_table,
	    export_text_row, export_text_table_end, export_nothing },
	[EXPORT_FMT_CSV] = { export_csv_begin, export_csv_table,
	    export_csv_row, export_nothing, export_nothing },
	[EXPORT_FMT_JSON] = { export_json_begin, export_json_table,
	    export_json_row, export_json_table_end, export_json_end },
	[EXPORT_FMT_XLSX] = { export_xlsx_begin, export_xlsx_table,
	    export_xlsx_row, export_xlsx_table_end, export_xlsx_end },
};

static const char *const export_names[] = {
	[EXPORT_FMT_TEXT] = "text",
	[EXPORT_FMT_CSV] = "csv",
	[EXPORT_FMT_JSON] = "json",
	[EXPORT_FMT_XLSX] = "xlsx",
};

struct export_writer *
export_open(enum export_format fmt, FILE *f, const struct export_header *h)
{
	struct export_writer *w = xcalloc(1, sizeof *w);

	w->ops = &export_back_ends[fmt];
	w->fmt = fmt;
	w->f = f;
	w->ops->begin(w, h);
	return w;
}

void
export_table(struct export_writer *w, const struct export_table *t)
{
	if (w->t != NULL)
		w->ops->table_end(w);
	w->t = t;
	w->rows = 0;
	w->tables++;
	w->ops->table(w);
}

void
export_row(struct export_writer *w, const struct export_value *v)
{
	w->ops->row(w, v);
	w->rows++;
}

int
export_close(struct export_writer *w)
{
	int err;

	if (w->t != NULL)
		w->ops->table_end(w);
	w->ops->end(w);
	errno = 0;
	if (fflush(w->f) != 0 || ferror(w->f))
		export_fail(w, -(errno ? errno : EIO));
	err = w->err;
	free(w->widths);
	free(w->group);
	free(w);
	return err;
}

int
export_format_parse(const char *name)
{
	for (size_t i = 0; i < EXPORT_NELEM(export_names); i++)
		if (name != NULL && strcmp(name, export_names[i]) == 0)
			return (int)i;
	return -1;
}

int
export_format_from_path(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (dot == NULL || strchr(dot, '/') != NULL)
		return -1;
	if (strcasecmp(dot, ".txt") == 0)
		return EXPORT_FMT_TEXT;
	for (size_t i = 1; i < EXPORT_NELEM(export_names); i++)
		if (strcasecmp(dot + 1, export_names[i]) == 0)
			return (int)i;
	return -1;
}

bool
export_format_is_binary(enum export_format fmt)
{
	return fmt == EXPORT_FMT_XLSX;
}

/* ---------------------------------------------------------- producers */

static const struct export_column report_official_cols[] = {
	{ "name", N_("Name"), EXPORT_STRING, 0 },
	{ "nip", N_("NIP"), EXPORT_NIP, 0 },
	{ "unit", N_("Work unit"), EXPORT_STRING, 0 },
	{ "position", N_("Position"), EXPORT_STRING, 0 },
	{ "agency", N_("Agency"), EXPORT_STRING, 0 },
	{ "host", N_("Computer"), EXPORT_STRING, 0 },
	{ "exported", N_("Exported (UTC)"), EXPORT_TIME, 0 },
	{ "content_version", N_("Checklist version"), EXPORT_STRING, 0 },
	{ "finished", N_("Steps finished"), EXPORT_COUNT, 0 },
	{ "total", N_("Steps in all"), EXPORT_COUNT, 0 },
	{ "percent", N_("Finished (%)"), EXPORT_PERCENT, 0 },
	{ "compliant", N_("Compliant"), EXPORT_YESNO, 0 },
};

static const struct export_table report_official = {
	"official", N_("Official"), report_official_cols,
	EXPORT_NELEM(report_official_cols), true, -1
};

static const struct export_column report_module_cols[] = {
	{ "module", N_("Module"), EXPORT_MSGID, 26 },
	{ "id", N_("Module id"), EXPORT_CODE, 0 },
	{ "required", N_("Required"), EXPORT_YESNO, 8 },
	{ "done", N_("Done"), EXPORT_COUNT, 5 },
	{ "na", N_("N/A"), EXPORT_COUNT, 5 },
	{ "later", N_("Later"), EXPORT_COUNT, 5 },
	{ "todo", N_("To do"), EXPORT_COUNT, 5 },
	{ "total", N_("Steps"), EXPORT_COUNT, 5 },
	{ "percent", N_("Finished (%)"), EXPORT_PERCENT, 0 },
};

static const struct export_table report_modules = {
	"modules", N_("Modules"), report_module_cols,
	EXPORT_NELEM(report_module_cols), false, -1
};

static const struct export_column report_step_cols[] = {
	{ "module", N_("Module id"), EXPORT_STRING, 0 },
	{ "step", N_("Step id"), EXPORT_STRING, 28 },
	{ "status", N_("Status"), EXPORT_MSGID, 16 },
	{ "time", N_("Set (UTC)"), EXPORT_TIME, 10 },
	{ "reason", N_("Why not applicable"), EXPORT_STRING, 0 },
};

static const struct export_table report_steps = {
	"steps", N_("Steps"), report_step_cols,
	EXPORT_NELEM(report_step_cols), false, 0
};

static const char *const export_status_labels[] = {
	[STEP_TODO] = N_("to do"),
	[STEP_DONE] = N_("done"),
	[STEP_NA] = N_("not applicable"),
	[STEP_LATER] = N_("later"),
};

/* The official's part of a report. */
static void
export_report_official(struct export_writer *w, const struct report *r)
{
	const struct profile *p = &r->profile;
	const struct export_value v[] = {
		{ .s = p->name }, { .s = p->nip }, { .s = p->unit },
		{ .s = p->position }, { .s = r->agency }, { .s = r->host },
		{ .t = r->exported }, { .s = r->content_version },
		{ .n = (long long)r->finished }, { .n = (long long)r->total },
		{ .n = export_percent(r->finished, r->total) },
		{ .n = r->compliant },
	};

	export_table(w, &report_official);
	export_row(w, v);
}

/* A report's modules, one a row. */
static void
export_report_modules(struct export_writer *w, const struct report *r)
{
	export_table(w, &report_modules);
	for (size_t i = 0; i < r->n_modules; i++) {
		const struct report_module *m = &r->modules[i];
		const struct export_value v[] = {
			{ .s = m->title }, { .s = m->id }, { .n = m->required },
			{ .n = (long long)m->done }, { .n = (long long)m->na },
			{ .n = (long long)m->later }, { .n = (long long)m->todo },
			{ .n = (long long)m->total },
			{ .n = export_percent(m->done + m->na, m->total) },
		};

		export_row(w, v);
	}
}

/* A report's steps, one a row, under their module. */
static void
export_report_steps(struct export_writer *w, const struct report *r)
{
	export_table(w, &report_steps);
	for (size_t i = 0; i < r->n_steps; i++) {
		const struct report_step *st = &r->steps[i];
		const struct export_value v[] = {
			{ .s = st->module }, { .s = st->step },
			{ .s = (unsigned)st->status < EXPORT_NELEM(export_status_labels) ?
			    export_status_labels[st->status] : "" },
			{ .t = st->time }, { .s = st->reason },
		};

		export_row(w, v);
	}
}

int
export_report(const struct report *r, enum export_format fmt, FILE *f)
{
	const struct export_header h = { "report",
	    N_("WhatsApp account security report"), r->exported };
	struct export_writer *w;

	if (fmt == EXPORT_FMT_JSON)
		return report_write(r, f);
	w = export_open(fmt, f, &h);
	export_report_official(w, r);
	export_report_modules(w, r);
	export_report_steps(w, r);
	return export_close(w);
}

static const struct export_column summary_total_cols[] = {
	{ "as_of", N_("As of (UTC)"), EXPORT_TIME, 0 },
	{ "unit", N_("Work unit (filter)"), EXPORT_STRING, 0 },
	{ "stale_days", N_("Stale after (days)"), EXPORT_COUNT, 0 },
	{ "files", N_("Report files found"), EXPORT_COUNT, 0 },
	{ "accepted", N_("Valid reports"), EXPORT_COUNT, 0 },
	{ "incidents", N_("Incidents reported"), EXPORT_COUNT, 0 },
	{ "rejected", N_("Files rejected"), EXPORT_COUNT, 0 },
	{ "duplicates", N_("Older reports replaced"), EXPORT_COUNT, 0 },
	{ "after_as_of", N_("Reports after the as-of time (left out)"),
	    EXPORT_COUNT, 0 },
	{ "other_units", N_("Officials of other units (left out)"),
	    EXPORT_COUNT, 0 },
	{ "units", N_("Work units"), EXPORT_COUNT, 0 },
	{ "officials", N_("Officials reporting"), EXPORT_COUNT, 0 },
	{ "compliant", N_("Officials compliant"), EXPORT_COUNT, 0 },
	{ "percent", N_("Compliant (%)"), EXPORT_PERCENT, 0 },
	{ "stale", N_("Stale reports"), EXPORT_COUNT, 0 },
};

static const struct export_table summary_totals = {
	"summary", N_("Summary"), summary_total_cols,
	EXPORT_NELEM(summary_total_cols), true, -1
};

static const struct export_column summary_unit_cols[] = {
	{ "unit", N_("Work unit"), EXPORT_STRING, 19 },
	{ "reporting", N_("Reporting"), EXPORT_COUNT, 9 },
	{ "compliant", N_("Compliant"), EXPORT_COUNT, 9 },
	{ "percent", N_("Compliant (%)"), EXPORT_PERCENT, 10 },
	{ "stale", N_("Stale"), EXPORT_COUNT, 5 },
	{ "quizzed", N_("Took the quiz"), EXPORT_COUNT, 7 },
	/* TRANSLATORS: the scenario quiz's score, as a percentage. */
	{ "awareness", N_("Awareness (%)"), EXPORT_PERCENT, 0 },
};

static const struct export_table summary_units = {
	"units", N_("Work units"), summary_unit_cols,
	EXPORT_NELEM(summary_unit_cols), false, -1
};

static const struct export_column summary_module_cols[] = {
	{ "unit", N_("Work unit"), EXPORT_STRING, 0 },
	{ "module", N_("Module"), EXPORT_MSGID, 32 },
	{ "module_id", N_("Module id"), EXPORT_CODE, 0 },
	{ "required", N_("Required"), EXPORT_YESNO, 8 },
	{ "finished", N_("Steps finished"), EXPORT_COUNT, 9 },
	{ "total", N_("Steps in all"), EXPORT_COUNT, 9 },
	{ "percent", N_("Finished (%)"), EXPORT_PERCENT, 0 },
};

static const struct export_table summary_modules = {
	"modules", N_("Completion per module"), summary_module_cols,
	EXPORT_NELEM(summary_module_cols), false, 0
};

static const struct export_column summary_official_cols[] = {
	{ "unit", N_("Work unit"), EXPORT_STRING, 0 },
	{ "name", N_("Name"), EXPORT_STRING, 22 },
	{ "nip", N_("NIP"), EXPORT_NIP, 18 },
	{ "exported", N_("Report of (UTC)"), EXPORT_TIME, 10 },
	{ "lacks", N_("Still to finish"), EXPORT_LIST, 0 },
};

static const struct export_table summary_officials = {
	"not_compliant", N_("Officials not yet compliant"),
	summary_official_cols, EXPORT_NELEM(summary_official_cols), false, 0
};

static const struct export_column summary_stale_cols[] = {
	{ "unit", N_("Work unit"), EXPORT_STRING, 0 },
	{ "name", N_("Name"), EXPORT_STRING, 30 },
	{ "nip", N_("NIP"), EXPORT_NIP, 18 },
	{ "exported", N_("Report of (UTC)"), EXPORT_TIME, 0 },
};

static const struct export_table summary_stale = {
	"stale", N_("Stale reports"), summary_stale_cols,
	EXPORT_NELEM(summary_stale_cols), false, 0
};

static const struct export_column summary_reject_cols[] = {
	{ "file", N_("File"), EXPORT_STRING, 36 },
	{ "code", N_("Reason code"), EXPORT_CODE, 0 },
	{ "reason", N_("Reason"), EXPORT_STRING, 0 },
};

static const struct export_table summary_rejected = {
	"rejected", N_("Files rejected"), summary_reject_cols,
	EXPORT_NELEM(summary_reject_cols), false, -1
};

static const struct export_column summary_dup_cols[] = {
	{ "nip", N_("NIP"), EXPORT_NIP, 18 },
	{ "exported", N_("Report of (UTC)"), EXPORT_TIME, 10 },
	{ "file", N_("Older file"), EXPORT_STRING, 22 },
	{ "kept", N_("Newer file, counted"), EXPORT_STRING, 0 },
};

static const struct export_table summary_dups = {
	"duplicates", N_("Older reports replaced by newer ones"),
	summary_dup_cols, EXPORT_NELEM(summary_dup_cols), false, -1
};

static const struct export_column summary_incident_cols[] = {
	{ "time", N_("Recorded (UTC)"), EXPORT_TIME, 10 },
	{ "name", N_("Name"), EXPORT_STRING, 10 },
	{ "nip", N_("NIP"), EXPORT_NIP, 18 },
	{ "unit", N_("Work unit"), EXPORT_STRING, 8 },
	{ "money_asked", N_("Contacts asked for money"), EXPORT_STRING, 8 },
	{ "money_asked_code", N_("Money asked (code)"), EXPORT_CODE, 0 },
	{ "noticed", N_("What was noticed"), EXPORT_STRING, 0 },
	{ "noticed_code", N_("Noticed (code)"), EXPORT_CODE, 0 },
	{ "file", N_("File"), EXPORT_STRING, 0 },
};

/* The text format shows each incident's file as a heading over it. */
static const struct export_table summary_incidents = {
	"incidents", N_("Incidents: accounts that may be taken over"),
	summary_incident_cols, EXPORT_NELEM(summary_incident_cols), false, 8
};

/* Every incident, newest first. */
static void
export_summary_incidents(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &summary_incidents);
	for (size_t i = 0; i < s->n_incidents; i++) {
		const struct collect_incident *inc = &s->incidents[i];
		const struct export_value v[] = {
			{ .t = inc->time }, { .s = inc->name }, { .s = inc->nip },
			{ .s = inc->unit },
			{ .s = incident_money_label(inc->money) },
			{ .s = incident_money_name(inc->money) },
			{ .s = incident_noticed_label(inc->noticed) },
			{ .s = incident_noticed_name(inc->noticed) },
			{ .s = inc->path },
		};

		export_row(w, v);
	}
}

/* The summary's totals. */
static void
export_summary_totals(struct export_writer *w, const struct collect_summary *s)
{
	size_t stale = 0;

	for (size_t i = 0; i < s->n_units; i++)
		stale += s->units[i].stale;
	const struct export_value v[] = {
		{ .t = s->as_of }, { .s = s->unit_filter },
		{ .n = s->stale_days }, { .n = (long long)s->files },
		{ .n = (long long)s->accepted },
		{ .n = (long long)s->n_incidents },
		{ .n = (long long)s->n_rejected },
		{ .n = (long long)s->n_duplicates },
		{ .n = (long long)s->after_as_of },
		{ .n = (long long)s->other_units }, { .n = (long long)s->n_units },
		{ .n = (long long)s->n_officials }, { .n = (long long)s->compliant },
		{ .n = export_percent(s->compliant, s->n_officials) },
		{ .n = (long long)stale },
	};

	export_table(w, &summary_totals);
	export_row(w, v);
}

/* One row per work unit. */
static void
export_summary_units(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &summary_units);
	for (size_t i = 0; i < s->n_units; i++) {
		const struct collect_unit *u = &s->units[i];
		const struct export_value v[] = {
			{ .s = u->name }, { .n = (long long)u->reporting },
			{ .n = (long long)u->compliant },
			{ .n = export_percent(u->compliant, u->reporting) },
			{ .n = (long long)u->stale },
			{ .n = (long long)u->quizzed },
			{ .n = u->quizzed > 0 ?
			    export_percent(u->quiz_score, u->quiz_total) : -1 },
		};

		export_row(w, v);
	}
}

/* Per unit, the completion of every module its officials have. */
static void
export_summary_modules(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &summary_modules);
	for (size_t i = 0; i < s->n_units; i++)
		for (size_t m = 0; m < s->n_modules; m++) {
			const struct collect_progress *p = &s->units[i].modules[m];
			const struct export_value v[] = {
				{ .s = s->units[i].name }, { .s = s->modules[m].title },
				{ .s = s->modules[m].id },
				{ .n = s->modules[m].required },
				{ .n = (long long)p->finished },
				{ .n = (long long)p->total },
				{ .n = export_percent(p->finished, p->total) },
			};

			if (p->total > 0)
				export_row(w, v);
		}
}

/* The officials not yet compliant, with the modules each still lacks. */
static void
export_summary_officials(struct export_writer *w,
    const struct collect_summary *s)
{
	const char **titles = xcalloc(s->n_modules + 1, sizeof *titles);
	const char **ids = xcalloc(s->n_modules + 1, sizeof *ids);

	export_table(w, &summary_officials);
	for (size_t i = 0; i < s->n_officials; i++) {
		const struct collect_official *o = &s->officials[i];

		if (o->compliant)
			continue;
		for (size_t k = 0; k < o->n_lacks; k++) {
			titles[k] = s->modules[o->lacks[k]].title;
			ids[k] = s->modules[o->lacks[k]].id;
		}
		const struct export_value v[] = {
			{ .s = s->units[o->unit].name }, { .s = o->name },
			{ .s = o->nip }, { .t = o->exported },
			{ .list = titles, .codes = ids, .n_list = o->n_lacks },
		};
		export_row(w, v);
	}
	free(titles);
	free(ids);
}

/* The officials whose reports are stale. */
static void
export_summary_stale(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &summary_stale);
	for (size_t i = 0; i < s->n_officials; i++) {
		const struct collect_official *o = &s->officials[i];
		const struct export_value v[] = {
			{ .s = s->units[o->unit].name }, { .s = o->name },
			{ .s = o->nip }, { .t = o->exported },
		};

		if (o->stale)
			export_row(w, v);
	}
}

/* The files that were not used, and why. */
static void
export_summary_rejected(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &summary_rejected);
	for (size_t i = 0; i < s->n_rejected; i++) {
		const struct collect_reject *r = &s->rejected[i];
		const struct export_value v[] = {
			{ .s = r->path }, { .s = r->code }, { .s = r->reason },
		};

		export_row(w, v);
	}
}

/* The older reports that newer ones replaced. */
static void
export_summary_duplicates(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &summary_dups);
	for (size_t i = 0; i < s->n_duplicates; i++) {
		const struct collect_duplicate *d = &s->duplicates[i];
		const struct export_value v[] = {
			{ .s = d->nip }, { .t = d->exported }, { .s = d->path },
			{ .s = d->kept },
		};

		export_row(w, v);
	}
}

int
export_summary(const struct collect_summary *s, enum export_format fmt,
    FILE *f)
{
	const struct export_header h = { "summary",
	    N_("WhatsApp account security: compliance summary"), s->generated };
	struct export_writer *w = export_open(fmt, f, &h);

	export_summary_incidents(w, s);
	export_summary_totals(w, s);
	export_summary_units(w, s);
	export_summary_modules(w, s);
	export_summary_officials(w, s);
	if (s->stale_days > 0)
		export_summary_stale(w, s);
	export_summary_rejected(w, s);
	export_summary_duplicates(w, s);
	return export_close(w);
}
