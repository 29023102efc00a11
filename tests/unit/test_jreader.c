/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_jreader: the checked reading both report and incident files use:
 * knowing a file of a format, the size limits, each getter's rules, the
 * names of fields in details, and that the first problem wins.  A small
 * format of its own ("test-file", format 3) stands for both.
 */
#include "config.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/isotime.h"
#include "base/xalloc.h"
#include "exchange/jreader.h"

#define HEAD "{\"type\":\"test-file\",\"format\":3," \
    "\"program\":{\"name\":\"jagaakun\"}"
#define NIP "198609262015051001"

static char *
other_format(long long found)
{
	return xasprintf("format %lld is not 3", found);
}

static const struct jreader_format test_format = {
	.type = "test-file",
	.format = 3,
	.max_bytes = 200,
	.unhashed = NULL,
	.not_this = "not a test file",
	.other_format = other_format,
	.one_field_detail = false,
};

static const struct jreader_text any_text = { 10, false, NULL };
static const struct jreader_text id_text = { 10, true, NULL };

static struct jdoc *doc;
static struct jreader rd;

/* Open HEAD followed by members (",\"a\":1" ...) and "}"; the root. */
static jdoc_ref
open_with(const struct jreader_format *fmt, const char *members)
{
	char *text = xasprintf(HEAD "%s}", members);
	jdoc_ref root = jreader_open(&rd, fmt, doc, text, strlen(text));

	free(text);
	return root;
}

/* Open the len bytes at text, and say why they were refused (or
 * REJECT_OK); the detail is checked to contain want when given. */
static enum reject_reason
open_len(const char *text, size_t len, const char *want)
{
	char *detail = NULL;
	enum reject_reason why;

	jreader_open(&rd, &test_format, doc, text, len);
	why = jreader_finish(&rd, &detail);
	if (why == REJECT_OK)
		assert_null(detail);
	else
		assert_non_null(detail);
	if (want != NULL && (detail == NULL || strstr(detail, want) == NULL))
		fail_msg("detail \"%s\" lacks \"%s\"", detail ? detail : "",
		    want);
	free(detail);
	return why;
}

/* open_len of a NUL-terminated text. */
static enum reject_reason
open_text(const char *text, const char *want)
{
	return open_len(text, strlen(text), want);
}

/* The outcome so far, with the detail checked to contain want (NULL:
 * none wanted); rd is left without a detail. */
static enum reject_reason
outcome(const char *want)
{
	char *detail = NULL;
	enum reject_reason why = jreader_finish(&rd, &detail);

	if (want == NULL)
		assert_null(detail);
	else if (detail == NULL || strstr(detail, want) == NULL)
		fail_msg("detail \"%s\" lacks \"%s\"", detail ? detail : "",
		    want);
	free(detail);
	return why;
}

static void
test_jreader_knows_its_format(void **state)
{
	const char *ours = HEAD "}";

	(void)state;
	assert_int_equal(open_text(ours, NULL), REJECT_OK);
	assert_int_equal(open_text("{\"a\":", "near byte"), REJECT_NOT_JSON);
	assert_int_equal(open_text("[1]", "not a test file"),
	    REJECT_NOT_REPORT);
	/* The type, an integer format and the program each matter. */
	assert_int_equal(open_text("{\"format\":3,\"program\":{\"name\":"
	    "\"jagaakun\"}}", "not a test file"), REJECT_NOT_REPORT);
	assert_int_equal(open_text("{\"type\":\"other\",\"format\":3,"
	    "\"program\":{\"name\":\"jagaakun\"}}", NULL), REJECT_NOT_REPORT);
	assert_int_equal(open_text("{\"type\":\"test-file\",\"format\":\"3\","
	    "\"program\":{\"name\":\"jagaakun\"}}", NULL), REJECT_NOT_REPORT);
	assert_int_equal(open_text("{\"type\":\"test-file\",\"format\":3,"
	    "\"program\":{\"name\":\"other\"}}", NULL), REJECT_NOT_REPORT);
	assert_int_equal(open_text("{\"type\":\"test-file\",\"format\":4,"
	    "\"program\":{\"name\":\"jagaakun\"}}", "format 4 is not 3"),
	    REJECT_UNKNOWN_FORMAT);
}

static void
test_jreader_sizes(void **state)
{
	char *big = xmalloc(JREADER_MAX_BYTES + 2);

	(void)state;
	memset(big, ' ', JREADER_MAX_BYTES + 1);
	/* Over the cap: refused unread, with the format's own limit. */
	assert_int_equal(open_len(big, JREADER_MAX_BYTES + 1,
	    "larger than 200 bytes"), REJECT_TOO_LARGE);
	/* A file of the format over its limit is too large ... */
	memcpy(big, HEAD "}", strlen(HEAD "}"));
	assert_int_equal(open_len(big, 201, "larger than 200"),
	    REJECT_TOO_LARGE);
	/* ... at its limit it is read ... */
	assert_int_equal(open_len(big, 200, NULL), REJECT_OK);
	/* ... and other JSON that size is simply not of the format. */
	memset(big, ' ', 201);
	memcpy(big, "{\"a\":1}", 7);
	assert_int_equal(open_len(big, 201, NULL), REJECT_NOT_REPORT);
	free(big);
}

static void
test_jreader_types(void **state)
{
	jdoc_ref root;

	(void)state;
	root = open_with(&test_format, ",\"n\":5,\"b\":true,\"o\":{}");
	assert_int_not_equal(root, JDOC_NONE);
	assert_int_equal(jreader_count(&rd, root, "n", 5), 5);
	assert_true(jreader_bool(&rd, root, "b"));
	assert_int_not_equal(jreader_get(&rd, root, "o", JDOC_OBJECT),
	    JDOC_NONE);
	assert_true(jreader_ok(&rd));
	assert_int_equal(outcome(NULL), REJECT_OK);
	/* Missing, or of another type. */
	root = open_with(&test_format, ",\"n\":\"5\"");
	assert_int_equal(jreader_count(&rd, root, "n", 5), 0);
	assert_int_equal(outcome("The field n is missing or has the wrong "
	    "type."), REJECT_INVALID);
	root = open_with(&test_format, "");
	assert_false(jreader_bool(&rd, root, "b"));
	assert_int_equal(outcome("field b is missing"), REJECT_INVALID);
	/* Out of range. */
	root = open_with(&test_format, ",\"n\":6");
	assert_int_equal(jreader_count(&rd, root, "n", 5), 0);
	assert_int_equal(outcome("The field n has a value that is not "
	    "allowed."), REJECT_INVALID);
	root = open_with(&test_format, ",\"n\":-1");
	assert_int_equal(jreader_count(&rd, root, "n", 5), 0);
	assert_int_equal(outcome("field n has a value"), REJECT_INVALID);
}

static void
test_jreader_text_rules(void **state)
{
	static const struct {
		const char *json;
		const struct jreader_text *rule;
		bool ok;
	} cases[] = {
		{ "\"0123456789\"", &any_text, true },
		{ "\"01234567890\"", &any_text, false },	/* too long */
		{ "\"\"", &any_text, true },
		{ "\"\"", &id_text, false },			/* empty */
		{ "\"a\\u0000b\"", &any_text, false },		/* a NUL */
		{ "\"\\u001b[31m\"", &any_text, true },	/* controls kept */
		{ "\"\xc3\xa9t\xc3\xa9\"", &any_text, true },
		{ "1", &any_text, false },
		{ "null", &any_text, false },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *members = xasprintf(",\"s\":%s", cases[i].json);
		jdoc_ref root = open_with(&test_format, members);
		const char *s = jreader_peek_text(&rd, root, "s", cases[i].rule);

		if ((s != NULL) != cases[i].ok || jreader_ok(&rd) != cases[i].ok)
			fail_msg("%s: got %s", cases[i].json, s ? s : "refused");
		assert_int_equal(outcome(cases[i].ok ? NULL : "field s"),
		    cases[i].ok ? REJECT_OK : REJECT_INVALID);
		free(members);
	}
}

/* A check of the format's own: no 'x'. */
static bool
no_x(const char *s, size_t max)
{
	(void)max;
	return strchr(s, 'x') == NULL;
}

static void
test_jreader_text_check_and_null(void **state)
{
	static const struct jreader_text checked = { 10, false, no_x };
	jdoc_ref root;

	(void)state;
	root = open_with(&test_format, ",\"s\":\"abc\",\"t\":\"axc\"");
	assert_string_equal(jreader_peek_text(&rd, root, "s", &checked), "abc");
	assert_null(jreader_peek_text(&rd, root, "t", &checked));
	assert_int_equal(outcome("field t has a value"), REJECT_INVALID);
	/* Null where it may be, and a string there too. */
	root = open_with(&test_format, ",\"s\":null,\"t\":\"abc\"");
	assert_null(jreader_peek_text_or_null(&rd, root, "s", &any_text));
	assert_string_equal(jreader_peek_text_or_null(&rd, root, "t",
	    &any_text), "abc");
	assert_int_equal(outcome(NULL), REJECT_OK);
	/* Absent is not null. */
	root = open_with(&test_format, "");
	assert_null(jreader_peek_text_or_null(&rd, root, "s", &any_text));
	assert_int_equal(outcome("field s is missing"), REJECT_INVALID);
}

static void
test_jreader_time(void **state)
{
	jdoc_ref root;
	time_t t = 1, want;

	(void)state;
	assert_true(isotime_parse("2026-11-24T07:05:09Z", &want));
	root = open_with(&test_format, ",\"t\":\"2026-11-24T07:05:09Z\","
	    "\"u\":null");
	jreader_time(&rd, root, "t", false, &t);
	assert_int_equal(t, want);
	jreader_time(&rd, root, "u", true, &t);
	assert_int_equal(t, 0);
	assert_int_equal(outcome(NULL), REJECT_OK);
	root = open_with(&test_format, ",\"u\":null");
	jreader_time(&rd, root, "u", false, &t);
	assert_int_equal(outcome("field u is missing"), REJECT_INVALID);
	root = open_with(&test_format, ",\"t\":\"2026-02-30T07:05:09Z\"");
	jreader_time(&rd, root, "t", true, &t);
	assert_int_equal(outcome("field t has a value"), REJECT_INVALID);
}

/* Fields are named with their parent and index; the first problem wins
 * and later getters do nothing. */
static void
test_jreader_field_names(void **state)
{
	jdoc_ref root, a;

	(void)state;
	root = open_with(&test_format, ",\"list\":[{},{\"x\":1}]");
	a = jreader_get(&rd, root, "list", JDOC_ARRAY);
	rd.parent = "list";
	rd.index = 1;
	assert_int_equal(jreader_count(&rd, jdoc_next(doc, jdoc_first(doc, a)),
	    "x", 0), 0);
	assert_int_equal(outcome("The field list[1].x has a value"),
	    REJECT_INVALID);
	(void)open_with(&test_format, "");
	rd.parent = "o";
	jreader_invalid(&rd, NULL, JREADER_BAD_SUM);
	assert_int_equal(outcome("The counts in o do not add up."),
	    REJECT_INVALID);
	root = open_with(&test_format, ",\"o\":{\"s\":1}");
	rd.parent = "o";
	assert_null(jreader_peek_text(&rd, jreader_get(&rd, root, "o",
	    JDOC_OBJECT), "s", &any_text));
	rd.parent = NULL;
	/* Later problems leave the first. */
	assert_false(jreader_bool(&rd, root, "b"));
	assert_null(jreader_text(&rd, root, "none", &any_text));
	jreader_refuse(&rd, REJECT_EDITED, xstrdup("later"));
	assert_int_equal(outcome("The field o.s is missing or has the wrong "
	    "type."), REJECT_INVALID);
}

/* jreader_array and jreader_next: every element in order with its place,
 * the array's name in details, the parent put back at the end or at the
 * first problem, and no array to go through where there is none. */
static void
test_jreader_array(void **state)
{
	struct jreader_array it;
	jdoc_ref root, v;
	size_t seen = 0;

	(void)state;
	root = open_with(&test_format, ",\"list\":[1,2,3],\"o\":{}");
	rd.parent = "outer";
	assert_int_equal(jreader_array(&rd, root, "list", "outer.list", &it), 3);
	while ((v = jreader_next(&rd, &it)) != JDOC_NONE) {
		assert_int_equal(it.index, seen);
		assert_int_equal(rd.index, seen);
		assert_string_equal(rd.parent, "outer.list");
		assert_int_equal(jdoc_type(doc, v), JDOC_INT);
		seen++;
	}
	assert_int_equal(seen, 3);
	assert_string_equal(rd.parent, "outer");
	assert_int_equal(rd.index, JREADER_NO_INDEX);
	assert_int_equal(outcome(NULL), REJECT_OK);

	root = open_with(&test_format, ",\"list\":[\"a\",2,\"c\"]");
	assert_int_equal(jreader_array(&rd, root, "list", "list", &it), 3);
	seen = 0;
	while ((v = jreader_next(&rd, &it)) != JDOC_NONE) {
		seen++;
		(void)jreader_string(&rd, v, NULL, &any_text);
	}
	assert_int_equal(seen, 2);	/* stops after the bad one */
	assert_null(rd.parent);
	assert_int_equal(outcome("list[1]"), REJECT_INVALID);

	root = open_with(&test_format, ",\"o\":{}");
	assert_int_equal(jreader_array(&rd, root, "o", "o", &it),
	    JREADER_NO_INDEX);
	assert_int_equal(jreader_next(&rd, &it), JDOC_NONE);
	assert_int_equal(outcome("o"), REJECT_INVALID);
}

static void
test_jreader_one_field_detail(void **state)
{
	struct jreader_format vague = test_format;
	jdoc_ref root;

	(void)state;
	vague.one_field_detail = true;
	root = open_with(&vague, ",\"n\":9");
	jreader_count(&rd, root, "n", 5);
	assert_int_equal(outcome("The field n is missing, has the wrong type "
	    "or a value that is not allowed."), REJECT_INVALID);
}

static void
test_jreader_copies(void **state)
{
	struct arena *a = arena_new(64);
	jdoc_ref root;
	char *heap;

	(void)state;
	root = open_with(&test_format, ",\"s\":\"abc\"");
	heap = jreader_text(&rd, root, "s", &any_text);
	assert_string_equal(heap, "abc");
	free(heap);		/* on the heap: valgrind checks it */
	rd.text = a;
	assert_string_equal(jreader_text(&rd, root, "s", &id_text), "abc");
	assert_null(jreader_copy(&rd, NULL));
	assert_int_equal(outcome(NULL), REJECT_OK);
	arena_free(a);
}

static void
test_jreader_profile(void **state)
{
	static const struct jreader_text rules[PROFILE_FIELD_COUNT] = {
		[PROFILE_NAME] = { 64, true, NULL },
		[PROFILE_NIP] = { 18, true, NULL },
		[PROFILE_KIND] = { 8, true, NULL },
		[PROFILE_UNIT] = { 64, false, NULL },
		[PROFILE_POSITION] = { 64, false, NULL },
	};
	struct profile p = { 0 };
	time_t when;
	jdoc_ref root;

	(void)state;
	assert_true(isotime_parse("2026-11-24T07:05:09Z", &when));
	root = open_with(&test_format, ",\"profile\":{\"name\":\"Siti\","
	    "\"nip\":\"" NIP "\",\"kind\":\"pns\",\"unit\":\"\","
	    "\"position\":\"Analis\"}");
	jreader_profile(&rd, root, rules, when, &p);
	assert_int_equal(outcome(NULL), REJECT_OK);
	assert_string_equal(p.name, "Siti");
	assert_string_equal(p.nip, NIP);
	assert_int_equal(p.kind, NIP_PNS);
	assert_string_equal(p.unit, "");
	assert_string_equal(p.position, "Analis");
	profile_done(&p);
	/* A kind it does not know. */
	root = open_with(&test_format, ",\"profile\":{\"name\":\"Siti\","
	    "\"nip\":\"" NIP "\",\"kind\":\"honorer\",\"unit\":\"\","
	    "\"position\":\"\"}");
	memset(&p, 0, sizeof p);
	jreader_profile(&rd, root, rules, when, &p);
	assert_int_equal(outcome("field profile.kind has a value"),
	    REJECT_INVALID);
	profile_done(&p);
	/* A NIP appointed after the year it was written in. */
	assert_true(isotime_parse("2014-11-24T07:05:09Z", &when));
	root = open_with(&test_format, ",\"profile\":{\"name\":\"Siti\","
	    "\"nip\":\"" NIP "\",\"kind\":\"pns\",\"unit\":\"\","
	    "\"position\":\"\"}");
	memset(&p, 0, sizeof p);
	jreader_profile(&rd, root, rules, when, &p);
	assert_int_equal(outcome("field profile.nip has a value"),
	    REJECT_INVALID);
	profile_done(&p);
	/* Not an object. */
	root = open_with(&test_format, ",\"profile\":[]");
	jreader_profile(&rd, root, rules, when, &p);
	assert_int_equal(outcome("field profile is missing"), REJECT_INVALID);
}

static int
group_setup(void **state)
{
	(void)state;
	doc = jdoc_new();
	return 0;
}

static int
group_teardown(void **state)
{
	(void)state;
	jdoc_free(doc);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jreader_knows_its_format),
		cmocka_unit_test(test_jreader_sizes),
		cmocka_unit_test(test_jreader_types),
		cmocka_unit_test(test_jreader_text_rules),
		cmocka_unit_test(test_jreader_text_check_and_null),
		cmocka_unit_test(test_jreader_time),
		cmocka_unit_test(test_jreader_field_names),
		cmocka_unit_test(test_jreader_array),
		cmocka_unit_test(test_jreader_one_field_detail),
		cmocka_unit_test(test_jreader_copies),
		cmocka_unit_test(test_jreader_profile),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
