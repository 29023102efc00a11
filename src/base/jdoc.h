/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * jdoc: a JSON text from another machine, read into a compact read-only
 * tree.
 *
 * collect reads hundreds of thousands of reports, so reading must cost
 * little more than the bytes themselves.  One pass of jdoc's own
 * tokenizer checks the text (strict JSON, the shape of its UTF-8) and
 * keeps every value as one entry of a single growing array, its strings
 * in one growing pool: a handful of allocations per document instead of
 * one per value.  (No library in Debian did this fast enough: yajl's
 * events alone cost more than the rest of reading a report;
 * tests/fuzz/fuzz_json.c holds it to json-c's reader.)  The same pass
 * can write the document's canonical form (see jdoc_parse), which the
 * report checksum covers, so a reader never serializes the tree again.
 */
#ifndef JAGAAKUN_JDOC_H
#define JAGAAKUN_JDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A value of a document: an index, or JDOC_NONE for "no such value". */
typedef uint32_t jdoc_ref;
#define JDOC_NONE UINT32_MAX

enum jdoc_type {
	JDOC_ABSENT,	/* JDOC_NONE */
	JDOC_NULL,
	JDOC_BOOL,
	JDOC_INT,	/* an integer of at most 18 digits */
	JDOC_NUMBER,	/* any other number */
	JDOC_STRING,
	JDOC_OBJECT,
	JDOC_ARRAY,
};

struct jdoc;

/* Read the len bytes at buf as exactly one JSON value (RFC 8259: white
 * space around it allowed; comments, trailing text and NUL bytes not).
 * NULL when it is not; *end gets the byte offset the parser reached.
 * Of the UTF-8 of strings only the shape is checked (a lead byte and
 * its continuation bytes; a \u escape of a lone surrogate is refused):
 * a reader checks the text it takes for overlong forms and surrogates
 * (text_utf8_span), and so can name the member that is wrong.
 *
 * When unhashed is not NULL, the document also gets its canonical form
 * (jdoc_canonical): the value with no white space, every string (member
 * names too) escaped as json-c does with JSON_C_TO_STRING_PLAIN and
 * JSON_C_TO_STRING_NOSLASHESCAPE, numbers as written, and the root
 * object's members named unhashed left out. */
struct jdoc *jdoc_parse(const char *buf, size_t len, const char *unhashed,
    size_t *end);
void jdoc_free(struct jdoc *d);

/* The same into a document kept from one text to the next (jdoc_new):
 * its room is reused, so reading many files costs few allocations.
 * What d held before is gone; on false d is empty. */
struct jdoc *jdoc_new(void);
bool jdoc_read(struct jdoc *d, const char *buf, size_t len,
    const char *unhashed, size_t *end);

/* The canonical form (see jdoc_parse) and its length in *len; "" when
 * none was asked for. */
const char *jdoc_canonical(const struct jdoc *d, size_t *len);

jdoc_ref jdoc_root(const struct jdoc *d);
enum jdoc_type jdoc_type(const struct jdoc *d, jdoc_ref v);

/* The member key of object obj (the first one, should the name repeat:
 * the canonical form keeps both, so a report with a repeated name fails
 * its checksum); JDOC_NONE when obj is not an object or has no such
 * member. */
jdoc_ref jdoc_member_n(const struct jdoc *d, jdoc_ref obj, const char *key,
    size_t n);

/* Inline so that the length of a literal name is known when compiling. */
static inline jdoc_ref
jdoc_member(const struct jdoc *d, jdoc_ref obj, const char *key)
{
	return jdoc_member_n(d, obj, key, strlen(key));
}

/* The elements of an array (or members of an object) in order:
 * jdoc_first, then jdoc_next until JDOC_NONE. */
size_t jdoc_count(const struct jdoc *d, jdoc_ref v);
jdoc_ref jdoc_first(const struct jdoc *d, jdoc_ref v);
jdoc_ref jdoc_next(const struct jdoc *d, jdoc_ref v);

/* The value of a string (NUL-terminated; *len, when not NULL, gets its
 * length, which is more than strlen when it holds "\u0000"), integer or
 * boolean; "", 0 and false for a value of another type. */
const char *jdoc_string(const struct jdoc *d, jdoc_ref v, size_t *len);
int64_t jdoc_int(const struct jdoc *d, jdoc_ref v);

/* Say whether string v holds only ASCII and no NUL: text whose UTF-8 a
 * reader need not check. */
bool jdoc_ascii(const struct jdoc *d, jdoc_ref v);
bool jdoc_bool(const struct jdoc *d, jdoc_ref v);

#endif
