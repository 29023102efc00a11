/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for layout.c: the display width of UTF-8 text (ASCII, combining
 * marks, CJK and emoji two columns wide, controls and bad bytes one), the
 * longest start that fits, list markers, and lines broken at spaces,
 * inside words too long for a line, at newlines, and before a wide
 * character that would cross the edge; a phone number glued by
 * base/nobreak (tested with the handout) moves whole to the next line.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "base/layout.h"
#include "base/nobreak.h"
#include "base/xalloc.h"

#define JA "\xe6\x97\xa5"	/* U+65E5, two columns */
#define LOCK "\xf0\x9f\x94\x92"	/* U+1F512, two columns */
#define ACUTE "\xcc\x81"	/* U+0301, combining */

struct width_case {
	const char *name;
	const char *s;
	size_t want;
};

static void
test_layout_width(void **state)
{
	static const struct width_case cases[] = {
		{ "empty", "", 0 },
		{ "ascii", "Hello, world", 12 },
		{ "e and combining acute", "e" ACUTE, 1 },
		{ "precomposed e acute", "caf\xc3\xa9", 4 },
		{ "CJK", JA JA, 4 },
		{ "emoji", LOCK " ok", 5 },
		{ "Indonesian", "Amankan akun WhatsApp Anda", 26 },
		{ "tab and bell: one each", "a\tb\x07", 4 },
		{ "newline: one", "a\nb", 3 },
		{ "C1 control: one", "\xc2\x9b", 1 },
		{ "unassigned: one", "\xcd\xb8", 1 },
		{ "bad byte: one", "a\xff" "b", 3 },
		{ "truncated sequence: one a byte", "\xe6\x97", 2 },
		{ "surrogate: one a byte", "\xed\xa0\x80", 3 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t got = layout_width(cases[i].s, strlen(cases[i].s));

		if (got != cases[i].want)
			fail_msg("case \"%s\": %zu columns, expected %zu",
			    cases[i].name, got, cases[i].want);
	}
	/* Only the n bytes given count. */
	assert_int_equal(layout_width("abc" JA, 3), 3);
	assert_int_equal(layout_width(JA "abc", 4), 3);
}

static void
test_layout_prefix(void **state)
{
	size_t used = 99;

	(void)state;
	assert_int_equal(layout_prefix("abcdef", 6, 4, &used), 4);
	assert_int_equal(used, 4);
	assert_int_equal(layout_prefix("abc", 3, 10, &used), 3);
	assert_int_equal(used, 3);
	/* A wide character that would cross the edge stays out. */
	assert_int_equal(layout_prefix(JA JA JA, 9, 5, &used), 6);
	assert_int_equal(used, 4);
	/* A combining mark goes with the character before it. */
	assert_int_equal(layout_prefix("abc" ACUTE "d", 6, 3, &used), 5);
	assert_int_equal(used, 3);
	assert_int_equal(layout_prefix("abc", 3, 0, NULL), 0);
}

struct marker_case {
	const char *s;
	size_t want;
};

static void
test_layout_marker(void **state)
{
	static const struct marker_case cases[] = {
		{ "- item", 2 },
		{ "* item", 2 },
		{ "\xe2\x80\xa2 item", 4 },
		{ "1. item", 3 },
		{ "12) item", 4 },
		{ "  - indented", 4 },
		{ "-item", 0 },
		{ "1.item", 0 },
		{ "1 item", 0 },
		{ "12", 0 },
		{ "a. item", 0 },
		{ "plain text", 0 },
		{ "", 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t got = layout_marker(cases[i].s, strlen(cases[i].s));

		if (got != cases[i].want)
			fail_msg("\"%s\": %zu, expected %zu", cases[i].s, got,
			    cases[i].want);
	}
}

/* text laid out, one "col|line" a line; caller frees. */
static char *
lay(const char *text, size_t width, size_t lead, size_t min_text)
{
	struct layout l;
	char *out = xstrdup("");

	layout_init(&l);
	layout_text(&l, text, width, lead, min_text);
	for (size_t i = 0; i < l.n; i++) {
		char *next = xasprintf("%s%zu|%.*s\n", out, l.v[i].col,
		    (int)l.v[i].n, l.v[i].s);

		free(out);
		out = next;
	}
	layout_free(&l);
	return out;
}

struct text_case {
	const char *name;
	const char *text;
	size_t width, lead, min_text;
	const char *want;
};

static void
test_layout_text(void **state)
{
	static const struct text_case cases[] = {
		{ "fits", "short text", 20, 0, 5, "0|short text\n" },
		{ "breaks at a space", "the quick brown fox", 10, 0, 5,
		    "0|the quick\n0|brown fox\n" },
		{ "a space where it overflows", "aaa bbb ccc", 7, 0, 5,
		    "0|aaa bbb\n0|ccc\n" },
		{ "long word cut", "abcdefghijkl", 5, 0, 5,
		    "0|abcde\n0|fghij\n0|kl\n" },
		{ "long word after a short one", "ab cdefghijklmnop", 5, 0, 5,
		    "0|ab\n0|cdefg\n0|hijkl\n0|mnop\n" },
		{ "newlines kept, empty paragraph", "one\n\ntwo", 10, 0, 5,
		    "0|one\n0|\n0|two\n" },
		{ "trailing spaces dropped", "one   \ntwo  ", 10, 0, 5,
		    "0|one\n0|two\n" },
		{ "spaces at a break dropped", "aaa    bbb", 3, 0, 5,
		    "0|aaa\n0|bbb\n" },
		{ "the last space that fits", "aaa  bbb", 5, 0, 5,
		    "0|aaa \n0|bbb\n" },
		{ "wide characters at the edge", JA JA JA, 5, 0, 5,
		    "0|" JA JA "\n0|" JA "\n" },
		{ "wide character after a letter", "a" JA JA, 4, 0, 5,
		    "0|a" JA "\n0|" JA "\n" },
		{ "emoji is two columns", "ok " LOCK " done", 5, 0, 5,
		    "0|ok " LOCK "\n0|done\n" },
		{ "combining mark stays", "cafe" ACUTE " bar", 4, 0, 5,
		    "0|cafe" ACUTE "\n0|bar\n" },
		{ "at least one character", "ab", 0, 0, 5, "0|a\n0|b\n" },
		{ "list item hangs", "- item text that wraps", 12, 0, 5,
		    "0|- item text\n2|that wraps\n" },
		{ "numbered item hangs", "10. one two three", 10, 0, 5,
		    "0|10. one\n4|two\n4|three\n" },
		{ "no hang when too narrow", "- item text that wraps", 12, 0,
		    11, "0|- item text\n0|that wraps\n" },
		{ "lead on the first line", "alpha beta gamma", 12, 4, 4,
		    "4|alpha\n4|beta\n4|gamma\n" },
		{ "paragraphs under the lead", "one\ntwo", 20, 6, 4,
		    "6|one\n6|two\n" },
		{ "lead too wide", "aa bb cc", 12, 10, 4,
		    "10|aa\n0|bb cc\n" },
		{ "empty text", "", 10, 0, 5, "0|\n" },
		{ "a word too wide under the lead: lines from the edge",
		    "to a@b.example", 16, 6, 4, "6|to\n0|a@b.example\n" },
		{ "a first word too wide after the lead: next line",
		    "a@b.example x", 14, 6, 4, "6|\n0|a@b.example x\n" },
		{ "a word too wide under the marker's text: under the marker",
		    "- ab abcdefghij", 11, 0, 3, "0|- ab\n0|abcdefghij\n" },
		{ "wider than any line: still cut", "to abcdefghijklmnop", 10, 4,
		    4, "4|to\n0|abcdefghij\n0|klmnop\n" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct text_case *c = &cases[i];
		char *got = lay(c->text, c->width, c->lead, c->min_text);

		if (strcmp(got, c->want) != 0)
			fail_msg("case \"%s\":\n%s-- expected --\n%s", c->name,
			    got, c->want);
		free(got);
	}
}

static void
test_nobreak(void **state)
{
	struct layout l;
	char *g;

	(void)state;
	/* Laid out narrow, the number moves whole to the next line. */
	g = nobreak_glue("Call the office on 0765 000 0000 today.");
	layout_init(&l);
	layout_text(&l, g, 24, 0, 10);
	assert_int_equal(l.n, 2);
	assert_int_equal(l.v[1].n, strlen("0765" NOBREAK_SPACE "000"
	    NOBREAK_SPACE "0000 today."));
	assert_int_equal(layout_width(l.v[1].s, l.v[1].n),
	    strlen("0765 000 0000 today."));
	layout_free(&l);
	free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_width),
		cmocka_unit_test(test_layout_prefix),
		cmocka_unit_test(test_layout_marker),
		cmocka_unit_test(test_layout_text),
		cmocka_unit_test(test_nobreak),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
