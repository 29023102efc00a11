/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export: the writer, which hands the tables and rows of a producer to
 * the format asked for (export_writer.h), and the text of a value that
 * the formats share (see export.h).
 *
 * Formula injection: text from a report that starts with '=', '+', '-',
 * '@', a tab or CR, even after white space or invisible characters, gets
 * a leading "'" in CSV and XLSX cells (sanitize_cell, one check on the
 * cleaned text for both formats; text columns only: numbers stay
 * numbers).  libxlsxwriter's
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
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/sanitize.h"
#include "base/xalloc.h"
#include "exchange/export_writer.h"

/* The back end of each format, in the order of enum export_format. */
static const struct export_format_ops *const export_formats[] = {
#define EXPORT_FORMAT_OPS_ENTRY(fmt, ops) [fmt] = &ops,
	EXPORT_FORMATS(EXPORT_FORMAT_OPS_ENTRY)
#undef EXPORT_FORMAT_OPS_ENTRY
};

void
export_fail(struct export_writer *w, int err)
{
	if (w->err == 0)
		w->err = err;
}

const char *
export_tr(const char *msgid)
{
	return msgid != NULL && *msgid != '\0' ? _(msgid) : "";
}

long long
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

/* The decimal text of n with suffix after it (caller frees): written
 * by hand, as a summary has a count or a percentage in most of its
 * cells and printf's machinery costs many times this. */
static char *
export_number(long long n, const char *suffix)
{
	char digits[24], *s;
	size_t at = sizeof digits, k = strlen(suffix);
	unsigned long long u = n < 0 ? 0 - (unsigned long long)n :
	    (unsigned long long)n;

	do
		digits[--at] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (n < 0)
		digits[--at] = '-';
	s = xmalloc(sizeof digits - at + k + 1);
	memcpy(s, digits + at, sizeof digits - at);
	memcpy(s + sizeof digits - at, suffix, k + 1);
	return s;
}

/* The word of a yes/no cell in the language set now: gettext's lookup
 * costs more than the rest of a cell, and a table of officials has two
 * such cells a row. */
static const char *
export_yes_no(bool yes)
{
	static const char *word[2];
	static unsigned generation;

	if (word[0] == NULL || generation != i18n_generation()) {
		generation = i18n_generation();
		word[0] = _("no");
		word[1] = _("yes");
	}
	return word[yes];
}

/* A NIP in its printed groups (8 6 1 3 digits) when it has 18 digits. */
static char *
export_nip_grouped(const char *nip)
{
	if (nip == NULL || strlen(nip) != 18 || strspn(nip, "0123456789") != 18)
		return sanitize_cell(nip);
	static const size_t group[] = { 8, 6, 1, 3 };
	char *s = xmalloc(18 + 3 + 1), *out = s;

	for (size_t g = 0; g < 4; g++) {
		memcpy(out, nip, group[g]);
		out += group[g];
		nip += group[g];
		*out++ = g < 3 ? ' ' : '\0';
	}
	return s;
}

char *
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
		    clean(v->s);
	case EXPORT_COUNT:
		return export_number(v->n, "");
	case EXPORT_PERCENT:
		if (v->n < 0)
			return xstrdup(fmt == EXPORT_FMT_TEXT ? "-" : "");
		return export_number(v->n, fmt == EXPORT_FMT_TEXT ? "%" : "");
	case EXPORT_TIME:
		if (v->t == 0)
			return xstrdup(fmt == EXPORT_FMT_TEXT ? "-" : "");
		isotime_format(v->t, when);
		if (fmt == EXPORT_FMT_TEXT)
			when[10] = '\0';	/* the date is enough on paper */
		return xstrdup(when);
	case EXPORT_YESNO:
		return xstrdup(export_yes_no(v->n != 0));
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

struct export_writer *
export_open_only(enum export_format fmt, FILE *f, const struct export_header *h,
    const char *only)
{
	struct export_writer *w = xcalloc(1, sizeof *w);

	w->ops = export_formats[fmt];
	w->f = f;
	w->only = only;
	if (w->ops->state_size > 0)
		w->state = xcalloc(1, w->ops->state_size);
	if (f != NULL)
		w->ops->begin(w, h);
	return w;
}

struct export_writer *
export_open(enum export_format fmt, FILE *f, const struct export_header *h)
{
	return export_open_only(fmt, f, h, NULL);
}

const char *const *
export_keys(const struct export_writer *w, size_t *n)
{
	*n = w->n_keys;
	return w->keys;
}

/* End the current table, if any. */
static void
export_table_end(struct export_writer *w)
{
	if (w->t != NULL && !w->skip && w->ops->table_end != NULL)
		w->ops->table_end(w);
}

void
export_table(struct export_writer *w, const struct export_table *t)
{
	export_table_end(w);
	w->keys = xgrow(w->keys, &w->cap_keys, w->n_keys + 1, sizeof *w->keys);
	w->keys[w->n_keys++] = t->key;
	w->t = t;
	w->rows = 0;
	w->skip = w->f == NULL ||
	    (w->only != NULL && strcmp(w->only, t->key) != 0);
	if (w->skip)
		return;
	w->tables++;
	w->ops->table(w);
}

void
export_row(struct export_writer *w, const struct export_value *v)
{
	if (w->skip)
		return;
	w->ops->row(w, v);
	w->rows++;
}

void
export_chart(struct export_writer *w, const struct export_chart *c)
{
	if (w->t != NULL && !w->skip && w->ops->chart != NULL)
		w->ops->chart(w, c);
}

int
export_close(struct export_writer *w)
{
	int err;

	export_table_end(w);
	if (w->f != NULL && w->ops->end != NULL)
		w->ops->end(w);
	errno = 0;
	if (w->f != NULL && (fflush(w->f) != 0 || ferror(w->f)))
		export_fail(w, -(errno ? errno : EIO));
	err = w->err;
	free(w->keys);
	free(w->state);
	free(w);
	return err;
}

int
export_format_parse(const char *name)
{
	for (size_t i = 0; i < EXPORT_NELEM(export_formats); i++)
		if (name != NULL && strcmp(name, export_formats[i]->name) == 0)
			return (int)i;
	return -1;
}

int
export_format_from_path(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (dot == NULL || strchr(dot, '/') != NULL)
		return -1;
	for (size_t i = 0; i < EXPORT_NELEM(export_formats); i++)
		if (strcasecmp(dot, export_formats[i]->extension) == 0)
			return (int)i;
	return -1;
}

bool
export_format_is_binary(enum export_format fmt)
{
	return export_formats[fmt]->binary;
}
