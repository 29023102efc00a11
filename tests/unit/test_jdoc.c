/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for jdoc.c: what it accepts and refuses, the tree it builds, and
 * its canonical form, which must be byte for byte what json-c writes
 * (the report checksum is made with json-c and checked with jdoc).
 */
#include "config.h"

#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "base/jdoc.h"
#include "base/xalloc.h"

#define CANONICAL (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)
#define PRETTY (JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | \
    JSON_C_TO_STRING_NOSLASHESCAPE)

/* Parse a NUL-terminated text. */
static struct jdoc *
parse(const char *text, const char *unhashed, size_t *end)
{
	return jdoc_parse(text, strlen(text), unhashed, end);
}

static void
test_jdoc_refuses(void **state)
{
	static const char *const bad[] = {
		"", "   ", "{", "{\"a\":1", "{\"a\":1}}", "{\"a\":1} x",
		"{\"a\":1}{}", "[1,]", "{\"a\":1,}", "{'a':1}", "[01]",
		"{\"a\":1 /* note */}", "// note\n{}", "[\"a\x01\"]",
		"[\"\xc3\x28\"]", "[\"\xff\"]", "[NaN]", "[tru]", "{\"a\"}",
		"[1 2]", "[-]", "[1.]", "[1e]", "[1e+]", "[\"\\x\"]",
		"[\"\\u12\"]", "[\"\\udc00\"]", "[\"\\ud800\"]",
		"[\"\\ud800\\u0041\"]", "[\"\xe2\x82\"]", "{\"a\":1 \"b\":2}",
		"[1}", "{\"a\":1]", "{1:2}", "[\"a\"", "\"a",
	};
	static const char with_nul[] = "{\"a\":\"x\0y\"}";
	size_t end;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (parse(bad[i], NULL, &end) != NULL)
			fail_msg("\"%s\" was accepted", bad[i]);
	assert_null(jdoc_parse(with_nul, sizeof with_nul - 1, NULL, &end));
	/* The offset points near the problem. */
	assert_null(parse("{\"a\": [1, 2, oops]}", NULL, &end));
	assert_in_range(end, 10, 17);
}

static void
test_jdoc_tree(void **state)
{
	size_t end, n;
	struct jdoc *d = parse(" {\"s\": \"a\\u0000b\\n\", \"i\": -42, "
	    "\"big\": 1234567890123456789, \"f\": 1.5, \"e\": 1e3, "
	    "\"t\": true, \"n\": null, \"a\": [3, {\"k\": false}, []], "
	    "\"s\": \"second\", \"o\": {}} \n", NULL, &end);
	jdoc_ref root, a, v;

	(void)state;
	assert_non_null(d);
	root = jdoc_root(d);
	assert_int_equal(jdoc_type(d, root), JDOC_OBJECT);
	assert_int_equal(jdoc_count(d, root), 10);
	/* A repeated name: the first one. */
	assert_memory_equal(jdoc_string(d, jdoc_member(d, root, "s"), &n),
	    "a\0b\n", 4);
	assert_int_equal(n, 4);
	assert_int_equal(jdoc_int(d, jdoc_member(d, root, "i")), -42);
	/* Still the first after a lookup just before the second one. */
	assert_int_equal(jdoc_type(d, jdoc_member(d, root, "a")), JDOC_ARRAY);
	assert_string_equal(jdoc_string(d, jdoc_member(d, root, "s"), NULL),
	    "a");
	assert_int_equal(jdoc_type(d, jdoc_member(d, root, "big")), JDOC_NUMBER);
	assert_int_equal(jdoc_type(d, jdoc_member(d, root, "f")), JDOC_NUMBER);
	assert_int_equal(jdoc_type(d, jdoc_member(d, root, "e")), JDOC_NUMBER);
	assert_true(jdoc_bool(d, jdoc_member(d, root, "t")));
	assert_int_equal(jdoc_type(d, jdoc_member(d, root, "n")), JDOC_NULL);
	assert_int_equal(jdoc_type(d, jdoc_member(d, root, "o")), JDOC_OBJECT);
	assert_int_equal(jdoc_count(d, jdoc_member(d, root, "o")), 0);
	/* Missing members, and members of what is not an object. */
	assert_int_equal(jdoc_member(d, root, "missing"), JDOC_NONE);
	assert_int_equal(jdoc_member(d, root, "S"), JDOC_NONE);
	assert_int_equal(jdoc_member(d, jdoc_member(d, root, "i"), "x"), JDOC_NONE);
	assert_int_equal(jdoc_type(d, JDOC_NONE), JDOC_ABSENT);
	/* Elements in order. */
	a = jdoc_member(d, root, "a");
	assert_int_equal(jdoc_count(d, a), 3);
	v = jdoc_first(d, a);
	assert_int_equal(jdoc_int(d, v), 3);
	v = jdoc_next(d, v);
	assert_false(jdoc_bool(d, jdoc_member(d, v, "k")));
	assert_int_equal(jdoc_type(d, jdoc_member(d, v, "k")), JDOC_BOOL);
	v = jdoc_next(d, v);
	assert_int_equal(jdoc_type(d, v), JDOC_ARRAY);
	assert_int_equal(jdoc_first(d, v), JDOC_NONE);
	assert_int_equal(jdoc_next(d, v), JDOC_NONE);
	/* Accessors of the wrong type give neutral values. */
	assert_string_equal(jdoc_string(d, jdoc_member(d, root, "i"), &n), "");
	assert_int_equal(n, 0);
	assert_int_equal(jdoc_int(d, jdoc_member(d, root, "s")), 0);
	/* No canonical form unless asked for. */
	jdoc_canonical(d, &n);
	assert_int_equal(n, 0);
	jdoc_free(d);
	jdoc_free(NULL);
}

/* A string of up to 24 characters drawn from every ASCII byte but NUL,
 * some two- and three-byte UTF-8 and a four-byte one: long enough for
 * the word-at-a-time scan to meet escapes at every place in a word. */
static char *
random_text(void)
{
	static const char *const wide[] = { "\xc3\xa9", "\xe2\x80\xa8",
	    "\xe2\x82\xac", "\xf0\x9f\x98\x80", "/", "\\", "\"", "\x7f" };
	char *s = xmalloc(24 * 4 + 1);
	size_t n = 0, len = (size_t)rand() % 25;

	for (size_t i = 0; i < len; i++) {
		if (rand() % 3 == 0) {
			const char *w = wide[rand() % 8];

			memcpy(s + n, w, strlen(w));
			n += strlen(w);
		} else
			s[n++] = (char)(1 + rand() % 127);
	}
	s[n] = '\0';
	return s;
}

/* A random JSON value of at most depth levels, as json-c objects. */
static struct json_object *
random_value(int depth)
{
	struct json_object *o;
	char *s;
	int kind = rand() % (depth > 0 ? 7 : 5);

	switch (kind) {
	case 0: return NULL;
	case 1: return json_object_new_boolean(rand() % 2);
	case 2: return json_object_new_int64((int64_t)rand() - RAND_MAX / 2);
	case 3: case 4:
		s = random_text();
		o = json_object_new_string(s);
		free(s);
		return o;
	case 5:
		o = json_object_new_array();
		for (int i = rand() % 4; i > 0; i--)
			json_object_array_add(o, random_value(depth - 1));
		return o;
	default:
		o = json_object_new_object();
		for (int i = rand() % 5; i > 0; i--) {
			s = random_text();
			json_object_object_add(o, s, random_value(depth - 1));
			free(s);
		}
		return o;
	}
}

/* jdoc's canonical form of json-c's pretty text, without the root's
 * "checksum" members, is json-c's plain text of the same object without
 * them: over random objects, with "checksum" first, in the middle, last,
 * nested (where it stays) and holding an object. */
static void
test_jdoc_canonical_is_json_c(void **state)
{
	(void)state;
	srand(11);
	for (int i = 0; i < 3000; i++) {
		struct json_object *root = random_value(4), *inner;
		const char *pretty, *plain, *canon;
		struct jdoc *d;
		size_t end, n;
		char *want;

		if (!json_object_is_type(root, json_type_object)) {
			json_object_put(root);
			root = json_object_new_object();
		}
		inner = json_object_new_object();
		json_object_object_add(inner, "checksum",
		    json_object_new_string("kept"));
		json_object_object_add(root, "inner", inner);
		want = xstrdup(json_object_to_json_string_ext(root, CANONICAL));
		json_object_object_add(root, "checksum", i % 3 == 0 ?
		    random_value(2) : json_object_new_string("sha256:x"));
		pretty = json_object_to_json_string_ext(root, PRETTY);
		d = parse(pretty, "checksum", &end);
		if (d == NULL)
			fail_msg("json-c's text refused near byte %zu: %s", end,
			    pretty);
		canon = jdoc_canonical(d, &n);
		if (n != strlen(want) || memcmp(canon, want, n) != 0)
			fail_msg("canonical forms differ:\njdoc   %.*s\njson-c %s",
			    (int)n, canon, want);
		plain = json_object_to_json_string_ext(root, CANONICAL);
		jdoc_free(d);
		/* The canonical text, read again, is its own canonical form
		 * once the checksum is left out. */
		d = parse(plain, "checksum", &end);
		assert_non_null(d);
		canon = jdoc_canonical(d, &n);
		assert_int_equal(n, strlen(want));
		assert_memory_equal(canon, want, n);
		jdoc_free(d);
		free(want);
		json_object_put(root);
	}
}

/* A lookup finds its member whatever was looked up before it. */
static void
test_jdoc_lookup_any_order(void **state)
{
	static const char *const order[] = { "c", "a", "d", "b", "b", "zz",
	    "long-name-9", "c", "long-name-1", "d", "a" };
	size_t end;
	struct jdoc *d = parse("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,"
	    "\"long-name-1\":5,\"long-name-9\":6}", NULL, &end);
	static const int want[] = { 3, 1, 4, 2, 2, 0, 6, 3, 5, 4, 1 };

	(void)state;
	assert_non_null(d);
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		jdoc_ref v = jdoc_member(d, jdoc_root(d), order[i]);

		if (want[i] == 0)
			assert_int_equal(v, JDOC_NONE);
		else
			assert_int_equal(jdoc_int(d, v), want[i]);
	}
	jdoc_free(d);
}

/* Check that text's canonical form, with unhashed left out, is want;
 * return the document (caller frees). */
static struct jdoc *
expect_canonical(const char *text, const char *unhashed, const char *want)
{
	size_t end, n;
	struct jdoc *d = parse(text, unhashed, &end);
	const char *canon;

	assert_non_null(d);
	canon = jdoc_canonical(d, &n);
	assert_int_equal(n, strlen(want));
	assert_memory_equal(canon, want, n);
	return d;
}

/* Escapes in the file do not change the canonical form: "\u0041" is "A",
 * "\/" is "/", and "\u000a" is "\n". */
static void
test_jdoc_canonical_escapes(void **state)
{
	(void)state;
	jdoc_free(expect_canonical("{ \"k\\u0041\" : [ \"\\/\\u000a\\u00e9"
	    "\\u0001\", -0, 1E2 ], \"checksum\": {\"x\": [1]} }", "checksum",
	    "{\"kA\":[\"/\\n\xc3\xa9\\u0001\",-0,1E2]}"));
}

/* A surrogate pair is one character, written as UTF-8; a control in
 * upper-case hex is written in lower case, as json-c does. */
static void
test_jdoc_canonical_spelling(void **state)
{
	struct jdoc *d = expect_canonical("[\"\\ud83d\\ude00\\u001F\\u001f"
	    "\\t\"]", "x", "[\"\xf0\x9f\x98\x80\\u001f\\u001f\\t\"]");
	size_t n;

	(void)state;
	assert_string_equal(jdoc_string(d, jdoc_first(d, jdoc_root(d)), &n),
	    "\xf0\x9f\x98\x80\x1f\x1f\t");
	jdoc_free(d);
}

/* Deep nesting is no problem: jdoc keeps no recursion. */
static void
test_jdoc_deep(void **state)
{
	const size_t depth = 100000;
	char *text = xmalloc(2 * depth + 1);
	struct jdoc *d;
	jdoc_ref v;
	size_t end, n = 0;

	(void)state;
	memset(text, '[', depth);
	memset(text + depth, ']', depth);
	text[2 * depth] = '\0';
	d = parse(text, "checksum", &end);
	assert_non_null(d);
	for (v = jdoc_root(d); v != JDOC_NONE; v = jdoc_first(d, v))
		n++;
	assert_int_equal(n, depth);
	jdoc_canonical(d, &end);
	assert_int_equal(end, 2 * depth);
	jdoc_free(d);
	free(text);
}

/* One document read into again and again: big, then small, then text
 * that is not JSON, then small again; each read shows only its own
 * text, with its own canonical form. */
static void
test_jdoc_read_again(void **state)
{
	static const char small[] = "{\"checksum\":\"x\",\"k\":\"v\"}";
	struct jdoc *d = jdoc_new();
	size_t end, n, big_len = 0;
	char *big = xmalloc(20000);
	const char *canon;

	(void)state;
	big_len += (size_t)sprintf(big, "{\"list\":[");
	for (int i = 0; i < 1000; i++)
		big_len += (size_t)sprintf(big + big_len, "%s\"item %d\"",
		    i ? "," : "", i);
	big_len += (size_t)sprintf(big + big_len, "]}");
	assert_true(jdoc_read(d, big, big_len, "checksum", &end));
	assert_int_equal(jdoc_count(d, jdoc_member(d, jdoc_root(d), "list")),
	    1000);
	assert_memory_equal(jdoc_canonical(d, &n), big, big_len);
	assert_true(jdoc_read(d, small, strlen(small), "checksum", &end));
	assert_int_equal(jdoc_count(d, jdoc_root(d)), 2);
	assert_int_equal(jdoc_member(d, jdoc_root(d), "list"), JDOC_NONE);
	assert_string_equal(jdoc_string(d, jdoc_member(d, jdoc_root(d), "k"),
	    NULL), "v");
	canon = jdoc_canonical(d, &n);
	assert_int_equal(n, strlen("{\"k\":\"v\"}"));
	assert_memory_equal(canon, "{\"k\":\"v\"}", n);
	/* A failed read leaves the document empty, not half read. */
	assert_false(jdoc_read(d, "{\"k\": [1, 2", 11, NULL, &end));
	assert_int_equal(jdoc_root(d), JDOC_NONE);
	jdoc_canonical(d, &n);
	assert_int_equal(n, 0);
	/* Without unhashed there is no canonical form. */
	assert_true(jdoc_read(d, "[true]", 6, NULL, &end));
	assert_int_equal(jdoc_type(d, jdoc_first(d, jdoc_root(d))), JDOC_BOOL);
	assert_string_equal(jdoc_canonical(d, &n), "");
	jdoc_free(d);
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jdoc_refuses),
		cmocka_unit_test(test_jdoc_tree),
		cmocka_unit_test(test_jdoc_lookup_any_order),
		cmocka_unit_test(test_jdoc_canonical_is_json_c),
		cmocka_unit_test(test_jdoc_canonical_escapes),
		cmocka_unit_test(test_jdoc_canonical_spelling),
		cmocka_unit_test(test_jdoc_deep),
		cmocka_unit_test(test_jdoc_read_again),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
