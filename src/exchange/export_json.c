/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_json: the JSON format, for programs: one object whose first
 * member, "jagaakun_export", is the versioned header (EXPORT_JSON_START),
 * then a member a table, named by its key: an array of row objects, or
 * for a record its one object (null without it).  Each row is written
 * on one line as it comes, so nothing is kept per row.  Values are typed:
 * numbers, booleans, ISO 8601 UTC times, null for none; msgids stay
 * English and lists give their codes.
 */
#include "config.h"

#include <stdlib.h>

#include <json-c/json.h>

#include "base/isotime.h"
#include "base/sanitize.h"
#include "exchange/export_writer.h"

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

const struct export_format_ops export_json_ops = {
	.name = "json",
	.extension = ".json",
	.begin = export_json_begin,
	.table = export_json_table,
	.row = export_json_row,
	.table_end = export_json_table_end,
	.end = export_json_end,
};
