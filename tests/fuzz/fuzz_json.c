/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_json: jdoc, the hand-written JSON reader every report, incident
 * and summary goes through, against json-c's strict reader.
 *
 * The input is the text.  Checked: a text jdoc accepts has a canonical
 * form that jdoc reads back into the same canonical form; and when the
 * text is well-formed UTF-8 (jdoc leaves overlong forms and surrogates
 * to the readers that take its strings) and not nested deeper than
 * json-c reads, json-c accepts it too, and both read the same values:
 * the same strings byte for byte, integers, booleans, nulls and the same
 * members (an object with a repeated name, which json-c keeps once, is
 * compared by its count only).  What jdoc refuses is not compared:
 * json-c's strict mode takes texts RFC 8259 forbids (controls inside
 * strings, numbers with leading zeros, escaped surrogates alone).
 */
#include "config.h"
#include "fuzz.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "base/jdoc.h"
#include "base/text.h"

const char fuzz_name[] = "json";

#define FUZZ_JSON_DEPTH 64	/* json-c's limit here; deeper is not compared */

/* Check that jdoc's value v of d is json-c's j. */
static void
fuzz_json_same(const struct jdoc *d, jdoc_ref v, struct json_object *j)
{
	size_t n;
	const char *s;

	switch (jdoc_type(d, v)) {
	case JDOC_NULL:
		FUZZ_CHECK(j == NULL);
		break;
	case JDOC_BOOL:
		FUZZ_CHECK(json_object_is_type(j, json_type_boolean) &&
		    json_object_get_boolean(j) == jdoc_bool(d, v));
		break;
	case JDOC_INT:
		FUZZ_CHECK(json_object_is_type(j, json_type_int) &&
		    json_object_get_int64(j) == jdoc_int(d, v));
		break;
	case JDOC_NUMBER:
		FUZZ_CHECK(json_object_is_type(j, json_type_int) ||
		    json_object_is_type(j, json_type_double));
		break;
	case JDOC_STRING:
		s = jdoc_string(d, v, &n);
		FUZZ_CHECK(json_object_is_type(j, json_type_string) &&
		    (size_t)json_object_get_string_len(j) == n &&
		    memcmp(json_object_get_string(j), s, n) == 0);
		break;
	case JDOC_ARRAY:
		FUZZ_CHECK(json_object_is_type(j, json_type_array) &&
		    json_object_array_length(j) == jdoc_count(d, v));
		n = 0;
		for (jdoc_ref e = jdoc_first(d, v); e != JDOC_NONE;
		    e = jdoc_next(d, e))
			fuzz_json_same(d, e, json_object_array_get_idx(j, n++));
		break;
	case JDOC_OBJECT:
		FUZZ_CHECK(json_object_is_type(j, json_type_object) &&
		    (size_t)json_object_object_length(j) <= jdoc_count(d, v));
		if ((size_t)json_object_object_length(j) < jdoc_count(d, v))
			break;	/* a repeated name */
		json_object_object_foreach(j, key, val) {
			jdoc_ref m = jdoc_member_n(d, v, key, strlen(key));

			/* A name with "\u0000" in it is cut short by json-c's
			 * foreach: look it up by no more than that. */
			if (m != JDOC_NONE)
				fuzz_json_same(d, m, val);
		}
		break;
	case JDOC_ABSENT:
		FUZZ_CHECK(!"a value of no type");
	}
}

/* How deep the containers of the len bytes at s nest at most, counting
 * brackets outside strings (roughly: enough to skip texts json-c would
 * refuse for their depth alone). */
static size_t
fuzz_json_depth(const char *s, size_t len)
{
	size_t depth = 0, most = 0;
	bool in_string = false;

	for (size_t i = 0; i < len; i++) {
		if (in_string && s[i] == '\\')
			i++;
		else if (s[i] == '"')
			in_string = !in_string;
		else if (!in_string && (s[i] == '[' || s[i] == '{'))
			most = ++depth > most ? depth : most;
		else if (!in_string && (s[i] == ']' || s[i] == '}') && depth)
			depth--;
	}
	return most;
}

/* Check jdoc against json-c on the text s (NUL-terminated, len bytes). */
static void
fuzz_json_compare(const char *s, size_t len, const struct jdoc *d)
{
	struct json_tokener *tok;
	struct json_object *j;

	if (d == NULL || !text_is_utf8(s) ||
	    fuzz_json_depth(s, len) >= FUZZ_JSON_DEPTH)
		return;
	tok = json_tokener_new_ex(FUZZ_JSON_DEPTH);
	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	/* With the NUL, so that a number at the end of the text ends. */
	j = json_tokener_parse_ex(tok, s, (int)len + 1);
	/* json-c stops after a whole value: only white space may follow. */
	FUZZ_CHECK(json_tokener_get_error(tok) == json_tokener_success &&
	    s[json_tokener_get_parse_end(tok) +
	    strspn(s + json_tokener_get_parse_end(tok), " \t\r\n")] == '\0');
	fuzz_json_same(d, jdoc_root(d), j);
	json_object_put(j);
	json_tokener_free(tok);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	size_t len = strlen(s), end, n, m;
	struct jdoc *d = jdoc_parse(s, len, "checksum", &end), *again;
	const char *canon;

	FUZZ_CHECK(end <= len);
	if (d != NULL) {
		/* Every root member of the name is left out the first time,
		 * so nothing is the second. */
		canon = jdoc_canonical(d, &n);
		again = jdoc_parse(canon, n, "checksum", &end);
		FUZZ_CHECK(again != NULL);
		FUZZ_CHECK(memchr(canon, '\0', n) == NULL);
		FUZZ_CHECK(jdoc_canonical(again, &m) != NULL && m == n &&
		    memcmp(jdoc_canonical(again, &m), canon, n) == 0);
		jdoc_free(again);
	}
	fuzz_json_compare(s, len, d);
	jdoc_free(d);
	free(s);
	return 0;
}
