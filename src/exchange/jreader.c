/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * jreader: the checked reading of a JSON file jagaakun exchanges (see
 * jreader.h).
 *
 * collect runs this once per report, up to a million times: every getter
 * looks a member up once (jdoc's first-byte lookup) and checks its value
 * in one pass; text is checked for a NUL by the span of UTF-8 jdoc has
 * already validated.
 */
#include "config.h"
#include "exchange/jreader.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "model/nip.h"

/* A time is checked by isotime_parse: only a length limit first. */
static const struct jreader_text jreader_time_text = { ISOTIME_LEN, false,
    NULL };

void
jreader_refuse(struct jreader *rd, enum reject_reason why, char *detail)
{
	if (rd->why != REJECT_OK) {
		free(detail);
		return;
	}
	rd->why = why;
	rd->detail = detail;
}

/* The name of field key (NULL: the parent or its element itself) of the
 * current parent, as "steps[3].status"; caller frees. */
static char *
jreader_field(const struct jreader *rd, const char *key)
{
	if (rd->parent == NULL)
		return xstrdup(key);
	if (rd->index == JREADER_NO_INDEX)
		return key != NULL ? xasprintf("%s.%s", rd->parent, key) :
		    xstrdup(rd->parent);
	if (key == NULL)
		return xasprintf("%s[%zu]", rd->parent, rd->index);
	return xasprintf("%s[%zu].%s", rd->parent, rd->index, key);
}

/* The detail for a bad field (caller frees). */
static char *
jreader_field_detail(const struct jreader *rd, const char *field,
    enum jreader_problem p)
{
	if (rd->fmt->one_field_detail)
		return xasprintf(_("The field %s is missing, has the wrong type "
		    "or a value that is not allowed."), field);
	switch (p) {
	case JREADER_BAD_TYPE:
		return xasprintf(_("The field %s is missing or has the wrong "
		    "type."), field);
	case JREADER_BAD_VALUE:
		return xasprintf(_("The field %s has a value that is not "
		    "allowed."), field);
	case JREADER_BAD_SUM:
		break;
	}
	return xasprintf(_("The counts in %s do not add up."), field);
}

void
jreader_invalid(struct jreader *rd, const char *key, enum jreader_problem p)
{
	char *field;

	if (rd->why != REJECT_OK)
		return;
	field = jreader_field(rd, key);
	jreader_refuse(rd, REJECT_INVALID, jreader_field_detail(rd, field, p));
	free(field);
}

/* The detail for a file too large to be of its format (caller frees). */
static char *
jreader_too_large(const struct jreader_format *fmt)
{
	return xasprintf(_("It is larger than %d bytes."), fmt->max_bytes);
}

/* Check that root says it is a file of rd's format in the format number
 * this program reads. */
static void
jreader_identify(struct jreader *rd, jdoc_ref root)
{
	const struct jdoc *d = rd->doc;
	const char *type = rd->fmt->type;
	jdoc_ref t = jdoc_member(d, root, "type");
	jdoc_ref format = jdoc_member(d, root, "format");
	jdoc_ref name = jdoc_member(d, jdoc_member(d, root, "program"), "name");
	int64_t f;

	if ((type != NULL && (jdoc_type(d, t) != JDOC_STRING ||
	    strcmp(jdoc_string(d, t, NULL), type) != 0)) ||
	    jdoc_type(d, format) != JDOC_INT ||
	    jdoc_type(d, name) != JDOC_STRING ||
	    strcmp(jdoc_string(d, name, NULL), JREADER_PROGRAM) != 0) {
		jreader_refuse(rd, REJECT_NOT_REPORT,
		    xstrdup(_(rd->fmt->not_this)));
		return;
	}
	f = jdoc_int(d, format);
	if (f != rd->fmt->format)
		jreader_refuse(rd, REJECT_UNKNOWN_FORMAT,
		    rd->fmt->other_format((long long)f));
}

jdoc_ref
jreader_open(struct jreader *rd, const struct jreader_format *fmt,
    struct jdoc *doc, const char *buf, size_t len)
{
	size_t end;

	*rd = (struct jreader){ .fmt = fmt, .doc = doc, .why = REJECT_OK,
	    .index = JREADER_NO_INDEX };
	/* Past JREADER_MAX_BYTES it is nothing jagaakun writes: unread.  Up
	 * to it, only a file that says it is of the format is too large for
	 * it; other JSON of that size is simply not of the format. */
	if (len > JREADER_MAX_BYTES) {
		jreader_refuse(rd, REJECT_TOO_LARGE, jreader_too_large(fmt));
		return JDOC_NONE;
	}
	if (!jdoc_read(doc, buf, len, fmt->unhashed, &end)) {
		jreader_refuse(rd, REJECT_NOT_JSON, xasprintf(_("It is not "
		    "valid JSON text in UTF-8 (the problem is near byte %zu)."),
		    end));
		return JDOC_NONE;
	}
	jreader_identify(rd, jdoc_root(doc));
	if (rd->why == REJECT_OK && len > (size_t)fmt->max_bytes)
		jreader_refuse(rd, REJECT_TOO_LARGE, jreader_too_large(fmt));
	return rd->why == REJECT_OK ? jdoc_root(doc) : JDOC_NONE;
}

enum reject_reason
jreader_finish(struct jreader *rd, char **detail)
{
	if (detail != NULL)
		*detail = rd->detail;
	else
		free(rd->detail);
	rd->detail = NULL;
	return rd->why;
}

jdoc_ref
jreader_get(struct jreader *rd, jdoc_ref obj, const char *key,
    enum jdoc_type t)
{
	jdoc_ref v = jdoc_member(rd->doc, obj, key);

	if (rd->why == REJECT_OK && jdoc_type(rd->doc, v) == t)
		return v;
	jreader_invalid(rd, key, JREADER_BAD_TYPE);
	return JDOC_NONE;
}

size_t
jreader_array(struct jreader *rd, jdoc_ref obj, const char *key,
    const char *name, struct jreader_array *it)
{
	jdoc_ref a = jreader_get(rd, obj, key, JDOC_ARRAY);

	*it = (struct jreader_array){ jdoc_first(rd->doc, a), JREADER_NO_INDEX,
	    rd->parent };
	if (a == JDOC_NONE)
		return JREADER_NO_INDEX;
	rd->parent = name;
	return jdoc_count(rd->doc, a);
}

jdoc_ref
jreader_next(struct jreader *rd, struct jreader_array *it)
{
	jdoc_ref v = it->next;

	if (v == JDOC_NONE || !jreader_ok(rd)) {
		rd->parent = it->outer;
		rd->index = JREADER_NO_INDEX;
		return JDOC_NONE;
	}
	it->next = jdoc_next(rd->doc, v);
	rd->index = it->index = it->index + 1;	/* NO_INDEX + 1 is 0 */
	return v;
}

const char *
jreader_string(struct jreader *rd, jdoc_ref v, const char *key,
    const struct jreader_text *rule)
{
	const char *s;
	size_t n;

	if (rd->why != REJECT_OK)
		return NULL;
	if (jdoc_type(rd->doc, v) != JDOC_STRING) {
		jreader_invalid(rd, key, JREADER_BAD_TYPE);
		return NULL;
	}
	s = jdoc_string(rd->doc, v, &n);
	/* A NUL inside (from \u0000) or bad UTF-8 stops the span short;
	 * most strings are ASCII, which jdoc has checked for both. */
	if (n <= rule->max && (jdoc_ascii(rd->doc, v) ||
	    text_utf8_span(s) == n) &&
	    (n > 0 || !rule->nonempty) &&
	    (rule->check == NULL || rule->check(s, rule->max)))
		return s;
	jreader_invalid(rd, key, JREADER_BAD_VALUE);
	return NULL;
}

const char *
jreader_peek_text(struct jreader *rd, jdoc_ref obj, const char *key,
    const struct jreader_text *rule)
{
	return jreader_string(rd, jdoc_member(rd->doc, obj, key), key, rule);
}

const char *
jreader_peek_text_or_null(struct jreader *rd, jdoc_ref obj, const char *key,
    const struct jreader_text *rule)
{
	jdoc_ref v = jdoc_member(rd->doc, obj, key);

	if (jdoc_type(rd->doc, v) == JDOC_NULL)
		return NULL;
	return jreader_string(rd, v, key, rule);
}

char *
jreader_copy(const struct jreader *rd, const char *s)
{
	if (s == NULL)
		return NULL;
	return rd->text != NULL ? arena_strdup(rd->text, s) : xstrdup(s);
}

char *
jreader_text(struct jreader *rd, jdoc_ref obj, const char *key,
    const struct jreader_text *rule)
{
	return jreader_copy(rd, jreader_peek_text(rd, obj, key, rule));
}

void
jreader_time(struct jreader *rd, jdoc_ref obj, const char *key,
    bool nullable, time_t *t)
{
	const char *s;

	*t = 0;
	if (nullable)
		s = jreader_peek_text_or_null(rd, obj, key, &jreader_time_text);
	else
		s = jreader_peek_text(rd, obj, key, &jreader_time_text);
	if (s != NULL && !isotime_parse(s, t))
		jreader_invalid(rd, key, JREADER_BAD_VALUE);
}

size_t
jreader_count(struct jreader *rd, jdoc_ref obj, const char *key, size_t max)
{
	jdoc_ref v = jreader_get(rd, obj, key, JDOC_INT);
	int64_t n;

	if (v == JDOC_NONE)
		return 0;
	n = jdoc_int(rd->doc, v);
	if (n >= 0 && (uint64_t)n <= max)
		return (size_t)n;
	jreader_invalid(rd, key, JREADER_BAD_VALUE);
	return 0;
}

bool
jreader_bool(struct jreader *rd, jdoc_ref obj, const char *key)
{
	return jdoc_bool(rd->doc, jreader_get(rd, obj, key, JDOC_BOOL));
}

/* Say whether field f of p says what its type asks: a NIP the
 * structure of its kind in year, a code only a-z, 0-9 and "-". */
static bool
jreader_profile_says(enum profile_field f, const struct profile *p, int year)
{
	switch (profile_describe(f)->type) {
	case PROFILE_TYPE_NIP:
		return nip_check(profile_get(p, f), p->kind, year) == NIP_OK;
	case PROFILE_TYPE_CODE:
		return profile_check(f, profile_get(p, f)) == PROFILE_OK;
	default:
		return true;
	}
}

/* Check what the strings of a profile say: each kind is one
 * nip_kind_parse knows, and then each NIP has the structure of the kind
 * in year and each code its alphabet. */
static void
jreader_profile_check(struct jreader *rd,
    const char *const kind[PROFILE_FIELD_COUNT], int year, struct profile *p)
{
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (kind[f] != NULL && profile_set(p, f, kind[f]) != PROFILE_OK)
			jreader_invalid(rd, profile_describe(f)->key,
			    JREADER_BAD_VALUE);
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (rd->why == REJECT_OK && !jreader_profile_says(f, p, year))
			jreader_invalid(rd, profile_describe(f)->key,
			    JREADER_BAD_VALUE);
}

void
jreader_profile(struct jreader *rd, jdoc_ref root,
    const struct jreader_text rules[PROFILE_FIELD_COUNT], time_t when,
    struct profile *p)
{
	jdoc_ref o = jreader_get(rd, root, "profile", JDOC_OBJECT);
	const char *kind[PROFILE_FIELD_COUNT] = { NULL };
	struct tm tm;

	if (o == JDOC_NONE)
		return;
	rd->parent = "profile";
	/* Every string first, in the table's order, so the first one wrong
	 * is the one named; a kind's text is judged after them. */
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		const char *key = profile_describe(f)->key;
		char **text = profile_text(p, f);

		if (text != NULL && profile_optional(f) &&
		    jdoc_member(rd->doc, o, key) == JDOC_NONE)
			*text = jreader_copy(rd, "");
		else if (text != NULL)
			*text = jreader_text(rd, o, key, &rules[f]);
		else
			kind[f] = jreader_peek_text(rd, o, key, &rules[f]);
	}
	gmtime_r(&when, &tm);
	jreader_profile_check(rd, kind, tm.tm_year + 1900, p);
	rd->parent = NULL;
}
