/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * jreader: reading a JSON file jagaakun exchanges (a report, an incident)
 * and checking every member of it, the one way both readers do.
 *
 * The files come from other machines and are never trusted.  jreader_open
 * caps the size, parses with jdoc (strict JSON, UTF-8) and checks that
 * the file says it is of the format wanted; the getters then check each
 * member's type and limits.  The first problem found refuses the file
 * with its reason (reject.h) and a translated detail naming the field
 * ("steps[3].status"); every later getter does nothing, so a reader reads
 * on without testing after each member and looks once at the end.
 */
#ifndef JAGAAKUN_JREADER_H
#define JAGAAKUN_JREADER_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "base/jdoc.h"
#include "exchange/reject.h"
#include "model/profile.h"

struct arena;

#define JREADER_PROGRAM "jagaakun"	/* program.name: fixed by the formats */
#define JREADER_MAX_BYTES (1024 * 1024)	/* no file is larger: refused unread */
#define JREADER_NO_INDEX ((size_t)-1)

/* A kind of file, as jreader_open recognizes it. */
struct jreader_format {
	const char *type;	/* the root's "type" member, or NULL for none */
	int format;		/* the "format" number this program reads */
	int max_bytes;		/* larger files of it are too large */
	const char *unhashed;	/* the member the canonical form (jdoc_parse)
				 * leaves out; NULL: no canonical form */
	const char *not_this;	/* msgid: the detail for REJECT_NOT_REPORT */
	/* The detail for REJECT_UNKNOWN_FORMAT, for a file in format found
	 * (caller frees). */
	char *(*other_format)(long long found);
	bool one_field_detail;	/* a bad field's detail says "missing, wrong
				 * type or a value not allowed" whatever it is */
};

/* What is wrong with a field, for the detail sentence. */
enum jreader_problem {
	JREADER_BAD_TYPE,	/* missing, or not the type the format says */
	JREADER_BAD_VALUE,	/* the right type, but a value not allowed */
	JREADER_BAD_SUM,	/* counts that do not agree */
};

/* What a string member may hold; the getters also refuse text holding a
 * NUL (from "\u0000"). */
struct jreader_text {
	size_t max;		/* bytes */
	bool nonempty;		/* "" is not allowed */
	/* NULL, or false for text the format does not allow. */
	bool (*check)(const char *s, size_t max);
};

/* The state of reading one file.  parent and index name the object or
 * array element being read, for the details; a reader sets them as it
 * goes into one (parent NULL: the root; index JREADER_NO_INDEX: an
 * object, not an element). */
struct jreader {
	const struct jreader_format *fmt;
	const struct jdoc *doc;
	struct arena *text;	/* where copies go; NULL: the heap */
	enum reject_reason why;	/* REJECT_OK until refused */
	char *detail;
	const char *parent;
	size_t index;
};

/*
 * Start reading the len bytes at buf as a file of format fmt, parsed
 * into doc (jdoc_new; kept from one file to the next by a caller reading
 * many); copies go to the heap until the caller sets rd->text.  Returns
 * the root object, or JDOC_NONE with rd refused: REJECT_TOO_LARGE for
 * len over JREADER_MAX_BYTES (unread), REJECT_NOT_JSON,
 * REJECT_NOT_REPORT when the root lacks the format's "type", an integer
 * "format" or a "program" named JREADER_PROGRAM, REJECT_UNKNOWN_FORMAT,
 * and REJECT_TOO_LARGE for a file of the format over its max_bytes.
 */
jdoc_ref jreader_open(struct jreader *rd, const struct jreader_format *fmt,
    struct jdoc *doc, const char *buf, size_t len);

/* Hand the outcome to the caller: the reason, and the detail (NULL when
 * accepted) to *detail when not NULL (caller frees), else freed. */
enum reject_reason jreader_finish(struct jreader *rd, char **detail);

/* True until the file is refused. */
static inline bool
jreader_ok(const struct jreader *rd)
{
	return rd->why == REJECT_OK;
}

/* Refuse the file for why, with detail (taken), unless it already is. */
void jreader_refuse(struct jreader *rd, enum reject_reason why, char *detail);

/* Refuse the file as REJECT_INVALID because of field key of the current
 * parent (NULL: the parent element itself), unless it already is. */
void jreader_invalid(struct jreader *rd, const char *key,
    enum jreader_problem p);

/* Member key of obj when it has type t; JDOC_NONE, and the file refused,
 * when it is missing or of another type. */
jdoc_ref jreader_get(struct jreader *rd, jdoc_ref obj, const char *key,
    enum jdoc_type t);

/* Going through the elements of an array (jreader_array, jreader_next). */
struct jreader_array {
	jdoc_ref next;		/* the element after the one given last */
	size_t index;		/* the place of the one given last */
	const char *outer;	/* rd->parent before the array */
};

/*
 * Start on the elements of array member key of obj (refused as
 * JREADER_BAD_TYPE when it is not an array): returns their count, or
 * JREADER_NO_INDEX when there is no array to go through.  While
 * jreader_next() gives elements, rd->parent is name (the array's path in
 * details, e.g. "quiz.missed") and rd->index the element's place.
 */
size_t jreader_array(struct jreader *rd, jdoc_ref obj, const char *key,
    const char *name, struct jreader_array *it);

/* The next element, its place in it->index; JDOC_NONE after the last or
 * once rd is refused, rd->parent and rd->index then put back as they
 * were before the array. */
jdoc_ref jreader_next(struct jreader *rd, struct jreader_array *it);

/* The text of value v (field key, for the detail) when it is a string
 * rule allows; NULL, and the file refused, otherwise.  It lasts as long
 * as the document. */
const char *jreader_string(struct jreader *rd, jdoc_ref v, const char *key,
    const struct jreader_text *rule);

/* The same for member key of obj. */
const char *jreader_peek_text(struct jreader *rd, jdoc_ref obj,
    const char *key, const struct jreader_text *rule);

/* The same, but null is allowed too: NULL for null or when refused. */
const char *jreader_peek_text_or_null(struct jreader *rd, jdoc_ref obj,
    const char *key, const struct jreader_text *rule);

/* A copy of s (NULL for NULL) where rd keeps its copies. */
char *jreader_copy(const struct jreader *rd, const char *s);

/* A copy of jreader_peek_text, or NULL. */
char *jreader_text(struct jreader *rd, jdoc_ref obj, const char *key,
    const struct jreader_text *rule);

/* A time member (ISO 8601 UTC) into *t, or null when nullable (*t 0). */
void jreader_time(struct jreader *rd, jdoc_ref obj, const char *key,
    bool nullable, time_t *t);

/* An integer member from 0 to max; 0 when refused. */
size_t jreader_count(struct jreader *rd, jdoc_ref obj, const char *key,
    size_t max);

/* A boolean member; false when refused. */
bool jreader_bool(struct jreader *rd, jdoc_ref obj, const char *key);

/* Read the "profile" member of root into *p (copies, as jreader_copy):
 * the string of each field of the profile table as rules[field] says, in
 * the table's order, a kind nip_kind_parse knows, a NIP with the
 * structure of that kind as of the year of when, and a unit code of a-z,
 * 0-9 and "-".  An optional field (profile_optional) may be absent: "". */
void jreader_profile(struct jreader *rd, jdoc_ref root,
    const struct jreader_text rules[PROFILE_FIELD_COUNT], time_t when,
    struct profile *p);

#endif
