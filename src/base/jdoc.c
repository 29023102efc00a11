/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * jdoc: a JSON text read into a compact read-only tree (see jdoc.h).
 *
 * One pass over the text, without recursion: each value becomes a node
 * appended to d->nodes and linked under the open container, and its
 * decoded text (member names too) goes into d->pool.  Both are referred
 * to by index, so growing them is safe.
 *
 * The canonical form is made on the way as runs of the text itself: a
 * token whose canonical spelling is what the text says (every token of
 * a file json-c wrote) extends the run it follows, and only white space,
 * a string spelled otherwise and the member left out end a run.  So a
 * report costs one copy of its bytes, not a write per token.  (yajl,
 * which did the tokenizing before, cost more than all the rest of the
 * reading together.)
 */
#include "config.h"
#include "base/jdoc.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"	/* utf8_encode */
#include "base/xalloc.h"

struct jdoc_node {
	enum jdoc_type type;
	jdoc_ref parent, next, first, last;
	uint32_t count;		/* elements or members */
	uint32_t key, key_len;	/* a member's name: pool offset (or JDOC_NONE) */
	uint64_t key8;		/* its first 8 bytes (jdoc_key8) */
	uint32_t str, len;	/* a string's pool offset and length */
	bool ascii;		/* a string of ASCII without NUL */
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
	const char *run, *run_end;	/* text not yet copied into canon */
	bool canonical;
	const char *unhashed;	/* root member left out of the canonical form */
	size_t unhashed_len;
	jdoc_ref cur;		/* the open container, JDOC_NONE at the top */
	uint32_t key, key_len;	/* the name of the member whose value is next */
	uint64_t key8;
	const char *comma;	/* the separator before the next value */
	unsigned depth;		/* containers open */
	unsigned skip;		/* depth of the value being left out, or 0 */
	bool skip_next;		/* the next value is to be left out */
};

/* Where the reading is: the next byte, and the end of the text. */
struct jdoc_text {
	const char *p, *end;
};

/* A string read: its decoded text in the pool, and what it holds. */
struct jdoc_str {
	uint32_t at, n;		/* pool offset and length */
	bool canon;		/* its text, quotes included, is canonical */
	bool ascii;		/* only ASCII and no NUL (from "\u0000") */
};

static const char jdoc_hex[] = "0123456789abcdef";

/* The bytes a canonical string escapes: below U+0020, '"' and '\\'. */
static const bool jdoc_escaped[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	['"'] = true, ['\\'] = true,
};

/* Append n bytes to the canonical form.  It is never longer than the
 * text it comes from (jdoc_reset reserves that much), but a guard costs
 * nothing. */
static inline void
jdoc_put(struct jdoc *d, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (d->canon_n + n > d->canon_cap)
		d->canon = xgrow(d->canon, &d->canon_cap, d->canon_n + n, 1);
	memcpy(d->canon + d->canon_n, s, n);
	d->canon_n += n;
}

/* Copy the run of text not yet copied into the canonical form. */
static void
jdoc_flush(struct jdoc *d)
{
	jdoc_put(d, d->run, (size_t)(d->run_end - d->run));
	d->run = d->run_end = NULL;
}

/* Add the n bytes of text at s to the canonical form: they extend the
 * run when they follow it in the text. */
static inline void
jdoc_emit(struct jdoc *d, const char *s, size_t n)
{
	if (s != d->run_end) {
		jdoc_flush(d);
		d->run = s;
	}
	d->run_end = s + n;
}

/* Say whether a byte of w is below n (n <= 128): exact as a yes or no,
 * as a borrow only starts at such a byte ("Bit Twiddling Hacks"). */
static inline uint64_t
jdoc_has_less(uint64_t w, unsigned n)
{
	const uint64_t ones = 0x0101010101010101u;

	return (w - ones * n) & ~w & (ones * 0x80);
}

/* The bytes of the word at s that a string's text cannot take as it
 * is: those a canonical string escapes, and with high those with the
 * high bit set too (the start of a character to check).  The lowest set
 * bit marks the first such byte exactly; a word of none is 0.  Most
 * strings have none, so they are scanned a word at a time. */
static inline uint64_t
jdoc_word_special(const char *s, bool high)
{
	const uint64_t ones = 0x0101010101010101u;
	uint64_t w;

	memcpy(&w, s, sizeof w);
	/* A byte equal to c is one that becomes zero after xor with c. */
	return jdoc_has_less(w, 0x20) | jdoc_has_less(w ^ (ones * '"'), 1) |
	    jdoc_has_less(w ^ (ones * '\\'), 1) |
	    (high ? w & (ones * 0x80) : 0);
}

/* How many bytes of a word come before the first one its mask (from
 * jdoc_word_special, not 0) marks, on a machine that loads the first
 * byte into the lowest bits; 0 elsewhere, so the caller looks at the
 * bytes one by one. */
static inline unsigned
jdoc_word_clean(uint64_t mask)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (unsigned)__builtin_ctzll(mask) / 8;
#else
	(void)mask;
	return 0;
#endif
}

/* Append s as a canonical string: quotes, backslashes and characters
 * below U+0020 escaped as json-c escapes them, the rest as it is. */
static void
jdoc_put_string(struct jdoc *d, const unsigned char *s, size_t n)
{
	size_t run = 0, i = 0;

	jdoc_flush(d);
	jdoc_put(d, "\"", 1);
	for (;;) {
		unsigned char c;
		char esc[6] = { '\\', 0, '0', '0', 0, 0 };
		size_t k = 2;

		while (i + 8 <= n && jdoc_word_special((const char *)s + i,
		    false) == 0)
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
	jdoc_put(d, "\"", 1);
}

/* The first 8 bytes of the n at s as a number, zeros after the end:
 * one comparison tells most member names apart. */
static inline uint64_t
jdoc_key8(const char *s, size_t n)
{
	uint64_t k = 0;

	memcpy(&k, s, n < 8 ? n : 8);
	return k;
}

/* Say whether the value about to be read goes into the canonical form. */
static bool
jdoc_hashed(const struct jdoc *d)
{
	return d->canonical && d->skip == 0 && !d->skip_next;
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
	    0, d->key, d->key_len, d->key8, 0, 0, false, 0, 0 };
	d->key = JDOC_NONE;	/* an element's is none */
	d->key_len = 0;
	d->key8 = 0;
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
		jdoc_emit(d, d->comma, 1);
	return node;
}

/* Add a scalar whose text is the n bytes at s. */
static struct jdoc_node *
jdoc_add_scalar(struct jdoc *d, enum jdoc_type t, const char *s, size_t n)
{
	struct jdoc_node *node = jdoc_add(d, t);

	if (jdoc_hashed(d))
		jdoc_emit(d, s, n);
	d->skip_next = false;
	return node;
}

/* Copy the character at p (before end), a lead byte and as many
 * continuation bytes as it says, into the string being read at *out;
 * the text after it, or NULL when it is not one.  Only the shape is
 * checked here, as yajl did: readers check the text they take
 * (text_utf8_span refuses overlong forms and surrogates too), which
 * names the member that is wrong. */
static const char *
jdoc_char(const char *p, const char *end, char **out)
{
	unsigned char c = (unsigned char)*p;
	size_t n = c >> 5 == 0x6 ? 2 : c >> 4 == 0xe ? 3 : c >> 3 == 0x1e ? 4 : 0;

	if (n == 0 || (size_t)(end - p) < n)
		return NULL;
	for (size_t i = 1; i < n; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80)
			return NULL;
	memcpy(*out, p, n);
	*out += n;
	return p + n;
}

/* The value of the 4 hex digits at p, or -1; *lower is cleared when one
 * is an upper-case letter (json-c writes lower case). */
static long
jdoc_hex4(const char *p, bool *lower)
{
	long v = 0;

	for (int i = 0; i < 4; i++) {
		int c = (unsigned char)p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F') {
			v |= c - 'A' + 10;
			*lower = false;
		} else
			return -1;
	}
	return v;
}

/* Decode the \u escape at p (its backslash; a surrogate pair takes two)
 * into *out; the text after it, or NULL when it is not valid.  str->canon
 * is cleared unless json-c would write the character so (only controls
 * other than those with a letter escape are), str->ascii unless it is
 * ASCII other than NUL. */
static const char *
jdoc_unicode(const char *p, const char *end, char **out,
    struct jdoc_str *str)
{
	bool lower = true;
	long cp, low;
	size_t n;

	if (end - p < 6 || (cp = jdoc_hex4(p + 2, &lower)) < 0)
		return NULL;
	p += 6;
	if (cp >= 0xDC00 && cp <= 0xDFFF)
		return NULL;	/* a low surrogate alone */
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		if (end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
		    (low = jdoc_hex4(p + 2, &lower)) < 0xDC00 || low > 0xDFFF)
			return NULL;
		cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
		p += 6;
	}
	if (cp >= 0x20 || !lower || cp == '\b' || cp == '\f' || cp == '\n' ||
	    cp == '\r' || cp == '\t')
		str->canon = false;
	if (cp == 0 || cp >= 0x80)
		str->ascii = false;
	n = utf8_encode((uint32_t)cp, *out);
	*out += n;
	return p;
}

/* Decode the escape at p (its backslash) into *out; the text after it,
 * or NULL when it is not valid; what it holds goes into str. */
static const char *
jdoc_escape(const char *p, const char *end, char **out,
    struct jdoc_str *str)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *at;

	if (end - p < 2)
		return NULL;
	if (p[1] == 'u')
		return jdoc_unicode(p, end, out, str);
	if (p[1] == '\0' || (at = strchr(from, p[1])) == NULL)
		return NULL;
	if (p[1] == '/')
		str->canon = false;	/* JSON_C_TO_STRING_NOSLASHESCAPE */
	*(*out)++ = to[at - from];
	return p + 2;
}

/* Read the string whose opening quote t->p is at into str: its decoded
 * text into the pool, NUL-terminated.  False when it is not a valid
 * string.  (Inlined into both callers: a report has some 500 strings,
 * names included, most of a few bytes.) */
static inline __attribute__((always_inline)) bool
jdoc_string_read(struct jdoc *d, struct jdoc_text *t, struct jdoc_str *str)
{
	const char *p = t->p + 1, *end = t->end;
	char *out = d->pool + d->pool_n;

	str->canon = str->ascii = true;
	for (;;) {
		const char *next;

		/* A word at a time, stored whole before it is looked at: the
		 * pool never gets more bytes than the text has before p (see
		 * jdoc_reset), so the 8 fit. */
		while (end - p >= 8) {
			uint64_t mask = jdoc_word_special(p, true);
			unsigned k = mask ? jdoc_word_clean(mask) : 8;

			memcpy(out, p, 8);
			p += k;
			out += k;
			if (k < 8)
				break;
		}
		while (p < end && !jdoc_escaped[(unsigned char)*p] &&
		    (unsigned char)*p < 0x80)
			*out++ = *p++;
		if (p == end || (unsigned char)*p < 0x20)
			break;
		if (*p == '"') {
			str->at = (uint32_t)d->pool_n;
			str->n = (uint32_t)(out - (d->pool + d->pool_n));
			*out = '\0';
			d->pool_n += str->n + 1;
			t->p = p + 1;
			return true;
		}
		if (*p == '\\')
			next = jdoc_escape(p, end, &out, str);
		else {
			next = jdoc_char(p, end, &out);
			str->ascii = false;
		}
		if (next == NULL)
			break;
		p = next;
	}
	t->p = p;	/* where the problem is */
	return false;
}

/* Read a string value at t->p. */
static bool
jdoc_string_value(struct jdoc *d, struct jdoc_text *t)
{
	const char *s = t->p;
	struct jdoc_node *node;
	struct jdoc_str str;

	if (!jdoc_string_read(d, t, &str))
		return false;
	node = jdoc_add(d, JDOC_STRING);
	node->str = str.at;
	node->len = str.n;
	node->ascii = str.ascii;
	if (jdoc_hashed(d)) {
		if (str.canon)
			jdoc_emit(d, s, (size_t)(t->p - s));
		else
			jdoc_put_string(d, (unsigned char *)d->pool + str.at,
			    str.n);
	}
	d->skip_next = false;
	return true;
}

/* Skip the digits at t->p; how many there were. */
static size_t
jdoc_digits(struct jdoc_text *t)
{
	const char *s = t->p;

	while (t->p < t->end && *t->p >= '0' && *t->p <= '9')
		t->p++;
	return (size_t)(t->p - s);
}

/* Read a number at t->p (RFC 8259's grammar), kept as an integer when
 * it is one of at most 18 digits, which always fits int64_t. */
static bool
jdoc_number(struct jdoc *d, struct jdoc_text *t)
{
	const char *s = t->p;
	bool minus = *s == '-', integer;
	size_t n;
	int64_t v = 0;

	t->p += minus;
	if ((n = jdoc_digits(t)) == 0 || (n > 1 && t->p[-(long)n] == '0'))
		return false;
	integer = n <= 18;
	for (const char *q = t->p - n; integer && q < t->p; q++)
		v = v * 10 + (*q - '0');
	if (t->p < t->end && *t->p == '.') {
		t->p++;
		integer = false;
		if (jdoc_digits(t) == 0)
			return false;
	}
	if (t->p < t->end && (*t->p == 'e' || *t->p == 'E')) {
		t->p++;
		integer = false;
		if (t->p < t->end && (*t->p == '+' || *t->p == '-'))
			t->p++;
		if (jdoc_digits(t) == 0)
			return false;
	}
	jdoc_add_scalar(d, integer ? JDOC_INT : JDOC_NUMBER, s,
	    (size_t)(t->p - s))->num = minus ? -v : v;
	return true;
}

/* Read true, false or null at t->p. */
static bool
jdoc_literal(struct jdoc *d, struct jdoc_text *t)
{
	static const struct { const char *word; enum jdoc_type type; } lit[] = {
		{ "true", JDOC_BOOL }, { "false", JDOC_BOOL }, { "null", JDOC_NULL },
	};

	for (size_t i = 0; i < sizeof lit / sizeof lit[0]; i++) {
		size_t n = strlen(lit[i].word);

		if ((size_t)(t->end - t->p) >= n &&
		    memcmp(t->p, lit[i].word, n) == 0) {
			jdoc_add_scalar(d, lit[i].type, t->p, n)->num = i == 0;
			t->p += n;
			return true;
		}
	}
	return false;
}

/* Skip white space (which ends a run of the canonical form, as the
 * next token does not follow the last). */
static void
jdoc_space(struct jdoc_text *t)
{
	while (t->p < t->end && (*t->p == ' ' || *t->p == '\n' ||
	    *t->p == '\r' || *t->p == '\t'))
		t->p++;
}

/* Read a member's name and its colon at t->p, the comma before it (if
 * any) in d->comma. */
static bool
jdoc_key(struct jdoc *d, struct jdoc_text *t)
{
	const char *s = t->p;
	struct jdoc_str str;
	bool hashed;

	if (t->p == t->end || *t->p != '"' || !jdoc_string_read(d, t, &str))
		return false;
	d->key = str.at;
	d->key_len = str.n;
	d->key8 = jdoc_key8(d->pool + str.at, str.n);
	if (d->depth == 1 && d->unhashed != NULL &&
	    str.n == d->unhashed_len &&
	    memcmp(d->pool + str.at, d->unhashed, str.n) == 0)
		d->skip_next = true;
	if ((hashed = jdoc_hashed(d))) {
		if (d->nodes[d->cur].emitted++)
			jdoc_emit(d, d->comma, 1);
		if (str.canon)
			jdoc_emit(d, s, (size_t)(t->p - s));
		else
			jdoc_put_string(d, (unsigned char *)d->pool + str.at,
			    str.n);
	}
	jdoc_space(t);
	if (t->p == t->end || *t->p != ':')
		return false;
	if (hashed)
		jdoc_emit(d, t->p, 1);
	t->p++;
	return true;
}

/* Open the container whose bracket t->p is at. */
static void
jdoc_open(struct jdoc *d, struct jdoc_text *t)
{
	bool hashed = jdoc_hashed(d);

	jdoc_add(d, *t->p == '{' ? JDOC_OBJECT : JDOC_ARRAY);
	d->cur = (jdoc_ref)(d->n - 1);
	d->depth++;
	if (d->skip_next) {
		d->skip = d->depth;
		d->skip_next = false;
	} else if (hashed)
		jdoc_emit(d, t->p, 1);
	t->p++;
}

/* Close the open container at the bracket t->p is at, if it is its. */
static bool
jdoc_close(struct jdoc *d, struct jdoc_text *t)
{
	if (*t->p != (d->nodes[d->cur].type == JDOC_OBJECT ? '}' : ']'))
		return false;
	if (d->canonical && d->skip == 0)
		jdoc_emit(d, t->p, 1);
	else if (d->skip == d->depth)
		d->skip = 0;
	d->depth--;
	d->cur = d->nodes[d->cur].parent;
	t->p++;
	return true;
}

/* What reading a value left to read next. */
enum jdoc_next {
	JDOC_FAILED,
	JDOC_AFTER,	/* a separator, a closing bracket or the end */
	JDOC_VALUE,	/* a value: an array was opened */
};

/* Read a value at t->p: a scalar, or the opening of a container (with
 * its first member's name, or its end when it is empty). */
static enum jdoc_next
jdoc_value(struct jdoc *d, struct jdoc_text *t)
{
	bool ok;

	if (t->p == t->end)
		return JDOC_FAILED;
	switch (*t->p) {
	case '"':
		ok = jdoc_string_value(d, t);
		break;
	case '{': case '[':
		jdoc_open(d, t);
		jdoc_space(t);
		if (t->p < t->end && jdoc_close(d, t))
			return JDOC_AFTER;
		if (d->nodes[d->cur].type == JDOC_ARRAY)
			return JDOC_VALUE;
		ok = jdoc_key(d, t);
		if (ok)
			return JDOC_VALUE;
		break;
	case '-': case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9':
		ok = jdoc_number(d, t);
		break;
	default:
		ok = jdoc_literal(d, t);
	}
	return ok ? JDOC_AFTER : JDOC_FAILED;
}

/* Read what follows a value: commas (with the next member's name) and
 * closing brackets, up to the next value or the end of the text. */
static enum jdoc_next
jdoc_after(struct jdoc *d, struct jdoc_text *t)
{
	for (;;) {
		jdoc_space(t);
		if (d->depth == 0)
			return t->p == t->end ? JDOC_AFTER : JDOC_FAILED;
		if (t->p == t->end)
			return JDOC_FAILED;
		if (*t->p == ',') {
			d->comma = t->p++;
			jdoc_space(t);
			if (d->nodes[d->cur].type == JDOC_ARRAY)
				return JDOC_VALUE;
			return jdoc_key(d, t) ? JDOC_VALUE : JDOC_FAILED;
		}
		if (!jdoc_close(d, t))
			return JDOC_FAILED;
	}
}

/* Read the whole text: one value, white space around it. */
static bool
jdoc_text_read(struct jdoc *d, struct jdoc_text *t)
{
	enum jdoc_next next = JDOC_VALUE;

	while (next == JDOC_VALUE) {
		jdoc_space(t);
		next = jdoc_value(d, t);
		if (next == JDOC_AFTER)
			next = jdoc_after(d, t);
	}
	jdoc_flush(d);
	return next == JDOC_AFTER;
}

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
	d->run = d->run_end = NULL;
	d->canonical = unhashed != NULL;
	d->unhashed = unhashed;
	d->unhashed_len = unhashed != NULL ? strlen(unhashed) : 0;
	d->cur = JDOC_NONE;
	d->key = JDOC_NONE;
	d->comma = NULL;
	d->depth = d->skip = 0;
	d->skip_next = false;
}

bool
jdoc_read(struct jdoc *d, const char *buf, size_t len, const char *unhashed,
    size_t *end)
{
	struct jdoc_text t = { buf, buf + len };
	bool ok;

	*end = 0;
	d->n = 0;
	/* Offsets are 32 bits; a NUL is refused before anything is
	 * allocated (strings are NUL-terminated in the pool). */
	if (len > UINT32_MAX / 2 || memchr(buf, '\0', len) != NULL)
		return false;
	jdoc_reset(d, len, unhashed);
	ok = jdoc_text_read(d, &t) && d->n > 0;
	*end = (size_t)(t.p - buf);
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
	uint64_t k8 = jdoc_key8(key, n);

	if (jdoc_type(d, obj) != JDOC_OBJECT)
		return JDOC_NONE;
	for (jdoc_ref v = d->nodes[obj].first; v != JDOC_NONE; v = d->nodes[v].next) {
		const struct jdoc_node *m = &d->nodes[v];

		/* Names differ in their first 8 bytes, mostly all there is. */
		if (m->key8 == k8 && m->key_len == n && (n <= 8 ||
		    memcmp(d->pool + m->key + 8, key + 8, n - 8) == 0))
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

bool
jdoc_ascii(const struct jdoc *d, jdoc_ref v)
{
	return jdoc_type(d, v) == JDOC_STRING && d->nodes[v].ascii;
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
