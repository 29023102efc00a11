/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * jdoc: a JSON text read into a compact read-only tree (see jdoc.h).
 *
 * yajl calls back once per value; each value becomes a node appended to
 * d->nodes and linked under the open container, and its text (member
 * names too) is copied into d->pool, since yajl's pointers last only for
 * the call.  Both are referred to by index, so growing them is safe.
 */
#include "config.h"
#include "base/jdoc.h"

#include <stdlib.h>
#include <string.h>
#include <yajl_parse.h>

#include "base/xalloc.h"

struct jdoc_node {
	enum jdoc_type type;
	jdoc_ref parent, next, first, last;
	uint32_t count;		/* elements or members */
	uint32_t key, key_len;	/* a member's name: pool offset (or JDOC_NONE) */
	uint32_t str, len;	/* a string's pool offset and length */
	uint32_t emitted;	/* elements or members in the canonical form */
	int64_t num;		/* an integer, or a boolean as 0 or 1 */
};

struct jdoc {
	struct jdoc_node *nodes;
	size_t n, cap;
	char *pool;
	size_t pool_n, pool_cap;
	char *canon;		/* the canonical form, when asked for */
	size_t canon_n, canon_cap;
	bool canonical;
	const char *unhashed;	/* root member left out of the canonical form */
	jdoc_ref cur;		/* the open container, JDOC_NONE at the top */
	uint32_t key, key_len;	/* the name of the member whose value is next */
	unsigned depth;		/* containers open */
	unsigned skip;		/* depth of the value being left out, or 0 */
	bool skip_next;		/* the next value is to be left out */
};

static const char jdoc_hex[] = "0123456789abcdef";

/* The bytes a canonical string escapes: below U+0020, '"' and '\\'. */
static const bool jdoc_escaped[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = true, ['\\'] = true,
};

/* Append n bytes to the canonical form.  It is never longer than the
 * text it comes from (jdoc_parse reserves that much), but a guard costs
 * nothing. */
static inline void
jdoc_put(struct jdoc *d, const char *s, size_t n)
{
	if (d->canon_n + n > d->canon_cap)
		d->canon = xgrow(d->canon, &d->canon_cap, d->canon_n + n, 1);
	memcpy(d->canon + d->canon_n, s, n);
	d->canon_n += n;
}

/* Append one byte to the canonical form. */
static inline void
jdoc_putc(struct jdoc *d, char c)
{
	jdoc_put(d, &c, 1);
}

/* Say whether a byte of w is below n (n <= 128): exact as a yes or no,
 * as a borrow only starts at such a byte ("Bit Twiddling Hacks"). */
static inline uint64_t
jdoc_has_less(uint64_t w, unsigned n)
{
	const uint64_t ones = 0x0101010101010101u;

	return (w - ones * n) & ~w & (ones * 0x80);
}

/* Say whether any of the 8 bytes at s is one a canonical string escapes,
 * a word at a time: most strings have none. */
static inline bool
jdoc_word_escaped(const unsigned char *s)
{
	const uint64_t ones = 0x0101010101010101u;
	uint64_t w;

	memcpy(&w, s, sizeof w);
	/* A byte equal to c is one that becomes zero after xor with c. */
	return (jdoc_has_less(w, 0x20) | jdoc_has_less(w ^ (ones * '"'), 1) |
	    jdoc_has_less(w ^ (ones * '\\'), 1)) != 0;
}

/* Append s as a canonical string: quotes, backslashes and characters
 * below U+0020 escaped as json-c escapes them, the rest as it is. */
static void
jdoc_put_string(struct jdoc *d, const unsigned char *s, size_t n)
{
	size_t run = 0, i = 0;

	jdoc_putc(d, '"');
	for (;;) {
		unsigned char c;
		char esc[6] = { '\\', 0, '0', '0', 0, 0 };
		size_t k = 2;

		while (i + 8 <= n && !jdoc_word_escaped(s + i))
			i += 8;
		while (i < n && !jdoc_escaped[s[i]])
			i++;
		jdoc_put(d, (const char *)s + run, i - run);
		if (i == n)
			break;
		c = s[i++];
		run = i;
		switch (c) {
		case '"': case '\\': esc[1] = (char)c; break;
		case '\b': esc[1] = 'b'; break;
		case '\f': esc[1] = 'f'; break;
		case '\n': esc[1] = 'n'; break;
		case '\r': esc[1] = 'r'; break;
		case '\t': esc[1] = 't'; break;
		default:
			esc[1] = 'u';
			esc[4] = jdoc_hex[c >> 4];
			esc[5] = jdoc_hex[c & 0x0f];
			k = 6;
		}
		jdoc_put(d, esc, k);
	}
	jdoc_putc(d, '"');
}

/* Say whether the value about to be read goes into the canonical form. */
static bool
jdoc_hashed(const struct jdoc *d)
{
	return d->canonical && d->skip == 0 && !d->skip_next;
}

/* Copy n bytes into the pool, NUL-terminated; return their offset.
 * (Like the canonical form, the pool never outgrows the text.) */
static uint32_t
jdoc_keep(struct jdoc *d, const unsigned char *s, size_t n)
{
	size_t at = d->pool_n;

	if (at + n + 1 > d->pool_cap)
		d->pool = xgrow(d->pool, &d->pool_cap, at + n + 1, 1);
	memcpy(d->pool + at, s, n);
	d->pool[at + n] = '\0';
	d->pool_n += n + 1;
	return (uint32_t)at;
}

/* Add a value of type t as the next element or member of the open
 * container, with its separator in the canonical form. */
static struct jdoc_node *
jdoc_add(struct jdoc *d, enum jdoc_type t)
{
	jdoc_ref v = (jdoc_ref)d->n;
	struct jdoc_node *node, *parent;

	if (d->n == d->cap)
		d->nodes = xgrow(d->nodes, &d->cap, d->n + 1, sizeof *d->nodes);
	node = &d->nodes[d->n++];
	*node = (struct jdoc_node){ t, d->cur, JDOC_NONE, JDOC_NONE, JDOC_NONE,
	    0, d->key, d->key_len, 0, 0, 0, 0 };
	d->key = JDOC_NONE;
	if (d->cur == JDOC_NONE)
		return node;
	parent = &d->nodes[d->cur];
	if (parent->last != JDOC_NONE)
		d->nodes[parent->last].next = v;
	else
		parent->first = v;
	parent->last = v;
	parent->count++;
	/* In an object the separator went with the member's name. */
	if (parent->type == JDOC_ARRAY && jdoc_hashed(d) && parent->emitted++)
		jdoc_putc(d, ',');
	return node;
}

/* Add a scalar whose canonical text is s (n bytes; a string when str). */
static struct jdoc_node *
jdoc_add_scalar(struct jdoc *d, enum jdoc_type t, const void *s, size_t n,
    bool str)
{
	struct jdoc_node *node = jdoc_add(d, t);

	if (jdoc_hashed(d)) {
		if (str)
			jdoc_put_string(d, s, n);
		else
			jdoc_put(d, s, n);
	}
	d->skip_next = false;
	return node;
}

static int
jdoc_on_null(void *ctx)
{
	jdoc_add_scalar(ctx, JDOC_NULL, "null", 4, false);
	return 1;
}

static int
jdoc_on_bool(void *ctx, int b)
{
	jdoc_add_scalar(ctx, JDOC_BOOL, b ? "true" : "false", b ? 4 : 5,
	    false)->num = b != 0;
	return 1;
}

/* A number (yajl checked its syntax), kept as an integer when it is one
 * of at most 18 digits, which always fits int64_t. */
static int
jdoc_on_number(void *ctx, const char *s, size_t n)
{
	bool minus = n > 0 && s[0] == '-';
	bool integer = n > (size_t)minus && n - minus <= 18;
	int64_t v = 0;

	for (size_t i = minus; integer && i < n; i++) {
		integer = s[i] >= '0' && s[i] <= '9';
		v = v * 10 + (s[i] - '0');
	}
	jdoc_add_scalar(ctx, integer ? JDOC_INT : JDOC_NUMBER, s, n,
	    false)->num = minus ? -v : v;
	return 1;
}

static int
jdoc_on_string(void *ctx, const unsigned char *s, size_t n)
{
	struct jdoc *d = ctx;
	uint32_t at = jdoc_keep(d, s, n);
	struct jdoc_node *node = jdoc_add_scalar(d, JDOC_STRING, s, n, true);

	node->str = at;
	node->len = (uint32_t)n;
	return 1;
}

/* Open a container of type t. */
static int
jdoc_open(struct jdoc *d, enum jdoc_type t)
{
	bool hashed = jdoc_hashed(d);

	jdoc_add(d, t);
	d->cur = (jdoc_ref)(d->n - 1);
	d->depth++;
	if (d->skip_next) {
		d->skip = d->depth;
		d->skip_next = false;
	} else if (hashed)
		jdoc_putc(d, t == JDOC_OBJECT ? '{' : '[');
	return 1;
}

static int
jdoc_on_start_map(void *ctx)
{
	return jdoc_open(ctx, JDOC_OBJECT);
}

static int
jdoc_on_start_array(void *ctx)
{
	return jdoc_open(ctx, JDOC_ARRAY);
}

static int
jdoc_on_end(void *ctx)
{
	struct jdoc *d = ctx;

	if (d->canonical && d->skip == 0)
		jdoc_putc(d, d->nodes[d->cur].type == JDOC_OBJECT ? '}' : ']');
	else if (d->skip == d->depth)
		d->skip = 0;
	d->depth--;
	d->cur = d->nodes[d->cur].parent;
	return 1;
}

static int
jdoc_on_key(void *ctx, const unsigned char *s, size_t n)
{
	struct jdoc *d = ctx;

	d->key = jdoc_keep(d, s, n);
	d->key_len = (uint32_t)n;
	if (d->depth == 1 && d->unhashed != NULL &&
	    strlen(d->unhashed) == n && memcmp(s, d->unhashed, n) == 0)
		d->skip_next = true;
	else if (jdoc_hashed(d)) {
		if (d->nodes[d->cur].emitted++)
			jdoc_putc(d, ',');
		jdoc_put_string(d, s, n);
		jdoc_putc(d, ':');
	}
	return 1;
}

/* yajl allocates through these, so running out of memory ends the
 * program as everywhere else (xalloc). */
static void *
jdoc_malloc(void *ctx, size_t n)
{
	return xmalloc(n);
}

static void *
jdoc_realloc(void *ctx, void *p, size_t n)
{
	return xrealloc(p, n);
}

static void
jdoc_release(void *ctx, void *p)
{
	free(p);
}

static yajl_alloc_funcs jdoc_alloc = { jdoc_malloc, jdoc_realloc,
    jdoc_release, NULL };

static const yajl_callbacks jdoc_callbacks = {
	.yajl_null = jdoc_on_null,
	.yajl_boolean = jdoc_on_bool,
	.yajl_number = jdoc_on_number,
	.yajl_string = jdoc_on_string,
	.yajl_start_map = jdoc_on_start_map,
	.yajl_map_key = jdoc_on_key,
	.yajl_end_map = jdoc_on_end,
	.yajl_start_array = jdoc_on_start_array,
	.yajl_end_array = jdoc_on_end,
};

struct jdoc *
jdoc_new(void)
{
	return xcalloc(1, sizeof(struct jdoc));
}

/* Make room in d for a document of len bytes and empty it.  A string's
 * decoded text and its canonical form are no longer than its JSON text,
 * quotes included; a value takes at least 2 bytes of text, give or
 * take, so allow for one node per 16. */
static void
jdoc_reset(struct jdoc *d, size_t len, const char *unhashed)
{
	if (d->pool_cap < len + 1)
		d->pool = xgrow(d->pool, &d->pool_cap, len + 1, 1);
	if (unhashed != NULL && d->canon_cap < len + 1)
		d->canon = xgrow(d->canon, &d->canon_cap, len + 1, 1);
	if (d->cap < len / 16 + 1)
		d->nodes = xgrow(d->nodes, &d->cap, len / 16 + 1, sizeof *d->nodes);
	d->n = d->pool_n = d->canon_n = 0;
	d->canonical = unhashed != NULL;
	d->unhashed = unhashed;
	d->cur = JDOC_NONE;
	d->key = JDOC_NONE;
	d->depth = d->skip = 0;
	d->skip_next = false;
}

bool
jdoc_read(struct jdoc *d, const char *buf, size_t len, const char *unhashed,
    size_t *end)
{
	yajl_handle h;
	bool ok;

	*end = 0;
	d->n = 0;
	/* Offsets are 32 bits; yajl's strict mode would stop at a NUL, but
	 * it is refused before anything is allocated. */
	if (len > UINT32_MAX / 2 || memchr(buf, '\0', len) != NULL)
		return false;
	jdoc_reset(d, len, unhashed);
	h = yajl_alloc(&jdoc_callbacks, &jdoc_alloc, d);
	ok = yajl_parse(h, (const unsigned char *)buf, len) == yajl_status_ok;
	*end = ok ? len : yajl_get_bytes_consumed(h);
	ok = ok && yajl_complete_parse(h) == yajl_status_ok && d->n > 0;
	yajl_free(h);
	if (!ok)
		d->n = d->canon_n = 0;
	return ok;
}

struct jdoc *
jdoc_parse(const char *buf, size_t len, const char *unhashed, size_t *end)
{
	struct jdoc *d = jdoc_new();

	if (jdoc_read(d, buf, len, unhashed, end))
		return d;
	jdoc_free(d);
	return NULL;
}

void
jdoc_free(struct jdoc *d)
{
	if (d == NULL)
		return;
	free(d->nodes);
	free(d->pool);
	free(d->canon);
	free(d);
}

const char *
jdoc_canonical(const struct jdoc *d, size_t *len)
{
	*len = d->canon_n;
	return d->canon_n ? d->canon : "";
}

jdoc_ref
jdoc_root(const struct jdoc *d)
{
	return d->n ? 0 : JDOC_NONE;
}

enum jdoc_type
jdoc_type(const struct jdoc *d, jdoc_ref v)
{
	return v < d->n ? d->nodes[v].type : JDOC_ABSENT;
}

jdoc_ref
jdoc_member_n(const struct jdoc *d, jdoc_ref obj, const char *key, size_t n)
{
	if (jdoc_type(d, obj) != JDOC_OBJECT)
		return JDOC_NONE;
	for (jdoc_ref v = d->nodes[obj].first; v != JDOC_NONE; v = d->nodes[v].next) {
		const struct jdoc_node *m = &d->nodes[v];

		/* Most names differ in length or first byte: skip the call. */
		if (m->key_len == n && (n == 0 || (d->pool[m->key] == key[0] &&
		    memcmp(d->pool + m->key, key, n) == 0)))
			return v;
	}
	return JDOC_NONE;
}

size_t
jdoc_count(const struct jdoc *d, jdoc_ref v)
{
	return v < d->n ? d->nodes[v].count : 0;
}

jdoc_ref
jdoc_first(const struct jdoc *d, jdoc_ref v)
{
	return v < d->n ? d->nodes[v].first : JDOC_NONE;
}

jdoc_ref
jdoc_next(const struct jdoc *d, jdoc_ref v)
{
	return v < d->n ? d->nodes[v].next : JDOC_NONE;
}

const char *
jdoc_string(const struct jdoc *d, jdoc_ref v, size_t *len)
{
	bool is = jdoc_type(d, v) == JDOC_STRING;

	if (len != NULL)
		*len = is ? d->nodes[v].len : 0;
	return is ? d->pool + d->nodes[v].str : "";
}

int64_t
jdoc_int(const struct jdoc *d, jdoc_ref v)
{
	return jdoc_type(d, v) == JDOC_INT ? d->nodes[v].num : 0;
}

bool
jdoc_bool(const struct jdoc *d, jdoc_ref v)
{
	return jdoc_type(d, v) == JDOC_BOOL && d->nodes[v].num != 0;
}
