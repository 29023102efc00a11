/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for text.c: strict UTF-8, control characters, blank text and
 * cleaning of typed fields.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>

#include "testutil.h"
#include "base/text.h"

struct text_case {
	const char *name;
	const char *s;
	bool want;
};

/* Run a table of cases through a predicate and name the first mismatch. */
static void
check_cases(bool (*pred)(const char *), const struct text_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (pred(c[i].s) != c[i].want)
			fail_msg("case \"%s\": expected %s", c[i].name,
			    c[i].want ? "true" : "false");
	}
}

static void
test_text_is_utf8(void **state)
{
	static const struct text_case cases[] = {
		{ "empty", "", true },
		{ "ascii", "Hello, world!", true },
		{ "e acute", "caf\xc3\xa9", true },
		{ "japanese", "\xe6\x97\xa5\xe6\x9c\xac", true },
		{ "4-byte emoji", "\xf0\x9f\x94\x92", true },
		{ "U+FFFF", "\xef\xbf\xbf", true },
		{ "U+10FFFF", "\xf4\x8f\xbf\xbf", true },
		{ "last before surrogates", "\xed\x9f\xbf", true },
		{ "first after surrogates", "\xee\x80\x80", true },
		{ "C1 is valid UTF-8", "\xc2\x9b", true },
		{ "overlong slash C0 AF", "\xc0\xaf", false },
		{ "overlong C1 BF", "\xc1\xbf", false },
		{ "overlong slash E0 80 AF", "\xe0\x80\xaf", false },
		{ "overlong F0 8F BF BF", "\xf0\x8f\xbf\xbf", false },
		{ "surrogate ED A0 80", "\xed\xa0\x80", false },
		{ "surrogate ED BF BF", "\xed\xbf\xbf", false },
		{ "above U+10FFFF", "\xf4\x90\x80\x80", false },
		{ "F5 lead", "\xf5\x80\x80\x80", false },
		{ "truncated E6 97", "\xe6\x97", false },
		{ "truncated before text", "a\xe6\x97z", false },
		{ "truncated 4-byte", "\xf0\x9f\x94", false },
		{ "lone continuation", "\x80", false },
		{ "continuation after ascii", "ab\xbf", false },
		{ "FF", "\xff", false },
		{ "FE", "\xfe", false },
		{ "bad third byte", "\xe6\x97\x41", false },
	};

	(void)state;
	check_cases(text_is_utf8, cases, sizeof cases / sizeof cases[0]);
}

/* The span stops at the first byte that does not start a well-formed
 * sequence, never inside a sequence. */
static void
test_text_utf8_span(void **state)
{
	static const struct {
		const char *s;
		size_t span;
	} cases[] = {
		{ "", 0 },
		{ "abc", 3 },
		{ "caf\xc3\xa9!", 6 },
		{ "ab\xe6\x97", 2 },		/* truncated at the end */
		{ "a\xe6\x97z", 1 },		/* truncated inside */
		{ "\xf0\x9f\x94\x92\xc0\xaf", 4 },	/* emoji, then overlong */
		{ "ok\xed\xa0\x80", 2 },		/* surrogate */
		{ "x\xff", 1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(text_utf8_span(cases[i].s), cases[i].span);
}

static void
test_text_has_control(void **state)
{
	(void)state;
	assert_false(text_has_control("", NULL));
	assert_false(text_has_control("plain text", NULL));
	assert_false(text_has_control("caf\xc3\xa9 \xe6\x97\xa5", NULL));
	assert_true(text_has_control("esc\x1b[31m", NULL));
	assert_true(text_has_control("del\x7f", NULL));
	assert_true(text_has_control("\x01", NULL));
	assert_true(text_has_control("csi \xc2\x9b", NULL));
	assert_true(text_has_control("\xc2\x80", NULL));
	assert_true(text_has_control("\xc2\x9f", NULL));
	/* U+00A0 and U+00A9 follow C2 too but are not controls. */
	assert_false(text_has_control("\xc2\xa0\xc2\xa9", NULL));
	assert_true(text_has_control("line\nline", NULL));
	assert_false(text_has_control("line\nline", "\n"));
	assert_true(text_has_control("line\n\tline", "\n"));
	assert_false(text_has_control("line\n\tline", "\n\t"));
	/* Allowing C0 characters never lets a C1 control through. */
	assert_true(text_has_control("\n\xc2\x85", "\n"));
	assert_true(text_has_control("\x1b", "\n"));
}

static void
test_text_is_blank(void **state)
{
	static const struct text_case cases[] = {
		{ "empty", "", true },
		{ "spaces", "   ", true },
		{ "mixed white space", " \t\r\n\v\f", true },
		{ "a letter", "  x ", false },
		{ "a digit", "0", false },
		{ "non-ASCII", "\xc3\xa9", false },
	};

	(void)state;
	check_cases(text_is_blank, cases, sizeof cases / sizeof cases[0]);
}

static void
test_text_clean_field(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "", "" },
		{ "   ", "" },
		{ "Budi Santoso", "Budi Santoso" },
		{ "  Budi Santoso \t", "Budi Santoso" },
		{ "Budi\tSantoso", "Budi Santoso" },
		{ "Budi  Santoso", "Budi  Santoso" },
		{ "\x1b[31mred", "[31mred" },
		{ "a\x7f" "b", "a b" },
		{ "a\xc2\x9b" "b", "a b" },
		{ "\n\nDinas Kominfo\r\n", "Dinas Kominfo" },
		{ "caf\xc3\xa9 \xc2\xa0", "caf\xc3\xa9 \xc2\xa0" },
		/* Invisible formatting characters are left out. */
		{ "\xe2\x80\xae" "Budi", "Budi" },			/* RLO */
		{ "Bu\xe2\x80\x8b" "di", "Budi" },			/* ZWSP */
		{ "\xef\xbb\xbf Budi \xe2\x80\x8d", "Budi" },	/* BOM, ZWJ */
		{ "\xe2\x81\xa6" "abc\xe2\x81\xa9", "abc" },	/* LRI, PDI */
		{ "a\xe2\x80\x8e\xe2\x80\x8f\xd8\x9c" "b", "ab" },	/* LRM RLM ALM */
		{ "\xe2\x80\x8b", "" },
		/* Bytes that are not UTF-8 stay, for text_is_utf8 to find. */
		{ "a\xff" "b", "a\xff" "b" },
	};

	(void)state;
	assert_null(text_clean_field(NULL));
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = text_clean_field(cases[i].in);

		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

/* White space trimmed and squeezed; folded, ASCII letters only. */
static void
test_text_squeeze(void **state)
{
	static const struct {
		const char *in, *kept, *folded;
	} cases[] = {
		{ "  Dinas \t  A\n", "Dinas A", "dinas a" },
		{ "", "", "" },
		{ " \t ", "", "" },
		{ "SETDA", "SETDA", "setda" },
		{ "Ünit  Ä", "Ünit Ä", "Ünit Ä" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *k = text_squeeze(cases[i].in, false);
		char *f = text_squeeze(cases[i].in, true);

		assert_string_equal(k, cases[i].kept);
		assert_string_equal(f, cases[i].folded);
		free(k);
		free(f);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_is_utf8),
		cmocka_unit_test(test_text_utf8_span),
		cmocka_unit_test(test_text_has_control),
		cmocka_unit_test(test_text_is_blank),
		cmocka_unit_test(test_text_clean_field),
		cmocka_unit_test(test_text_squeeze),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
