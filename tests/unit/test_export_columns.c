/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_export_columns: the column layout of the text format: display
 * widths, where text breaks, and the widths a table's columns get on the
 * line (asked for, widened for a label's word, narrowed numbers first,
 * the rest of the line to the column that asks for it).
 */
#include "config.h"
#include "testutil.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "base/layout.h"
#include "exchange/export_columns.h"

#define WANG_XIAO_MING "\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e"	/* 3 wide */

/* Lay out cols (a list unless record) and compare the widths with want. */
static void
check_lay_out(const struct export_column *cols, size_t n, bool record,
    int group, const size_t *want, size_t n_want)
{
	const struct export_table t = { "t", "T", NULL, cols, n, record, group };
	size_t *widths = export_columns_lay_out(&t);

	for (size_t i = 0; i < n_want; i++)
		if (widths[i] != want[i])
			fail_msg("column %zu: %zu wide, not %zu", i, widths[i],
			    want[i]);
	free(widths);
}

static void
test_width_counts_display_columns(void **state)
{
	(void)state;
	assert_int_equal(layout_width("Budi", 4), 4);
	assert_int_equal(layout_width("Budi", 2), 2);
	assert_int_equal(layout_width(WANG_XIAO_MING, 9), 6);
	assert_int_equal(layout_width("a\xff", 2), 2);	/* not UTF-8 */
}

/* Check that s fits in width as want, the next line starting at rest. */
static void
check_fit(const char *s, size_t width, const char *want, const char *rest)
{
	const char *next;
	size_t len = export_columns_fit(s, width, &next);

	if (len != strlen(want) || strncmp(s, want, len) != 0)
		fail_msg("\"%s\" in %zu: \"%.*s\", not \"%s\"", s, width,
		    (int)len, s, want);
	assert_string_equal(next, rest);
}

static void
test_fit_breaks_after_space_or_slash(void **state)
{
	(void)state;
	check_fit("hello world", 8, "hello", "world");
	check_fit("hello world", 11, "hello world", "");
	check_fit("a/b/cdef", 5, "a/b/", "cdef");
	check_fit("abcdefghij", 4, "abcd", "efghij");	/* a word is cut */
	check_fit("ab   ", 10, "ab", "");
	check_fit("one   two", 5, "one", "two");
	check_fit(WANG_XIAO_MING, 5, "\xe7\x8e\x8b\xe5\xb0\x8f",
	    "\xe6\x98\x8e");
	check_fit("", 5, "", "");
}

static void
test_numbers_and_shown_columns(void **state)
{
	static const struct export_column cols[] = {
		{ "a", "A", EXPORT_STRING, 0 },
		{ "b", "B", EXPORT_COUNT, 0 },
		{ "c", "C", EXPORT_PERCENT, 0 },
		{ "d", "D", EXPORT_CODE, 0 },
		{ "e", "E", EXPORT_TIME, 0 },
	};
	const struct export_table t = { "t", "T", NULL, cols, 5, false, 4 };

	(void)state;
	assert_false(export_columns_is_number(&cols[0]));
	assert_true(export_columns_is_number(&cols[1]));
	assert_true(export_columns_is_number(&cols[2]));
	assert_false(export_columns_is_number(&cols[4]));
	assert_true(export_columns_shown(&t, 0));
	assert_false(export_columns_shown(&t, 3));	/* a code */
	assert_false(export_columns_shown(&t, 4));	/* the group */
}

/* A record: labels and their ':', then the rest; codes do not count,
 * and a long label leaves the value at least 24 columns. */
static void
test_record_label_and_value(void **state)
{
	static const struct export_column cols[] = {
		{ "name", "Name", EXPORT_STRING, 0 },
		{ "total", "Steps in all", EXPORT_COUNT, 0 },
		{ "code", "A code with a much longer label", EXPORT_CODE, 0 },
	};
	static const struct export_column long_cols[] = {
		{ "x", "A label of forty characters, and thirty more to make "
		    "it seventy", EXPORT_STRING, 0 },
	};
	const struct export_table t = { "t", "T", NULL, cols, 3, true, -1 };

	(void)state;
	assert_int_equal(export_columns_label_width(&t), 12);
	check_lay_out(cols, 3, true, -1, (const size_t[]){ 13, 65 }, 2);
	check_lay_out(long_cols, 1, true, -1, (const size_t[]){ 56, 22 }, 2);
}

/* A list takes the widths asked for, widened to a label's longest word;
 * the rest of the line goes to the column of width 0; a code takes no
 * place; under a group the line starts 2 columns in. */
static void
test_list_widths_fill_the_line(void **state)
{
	static const struct export_column cols[] = {
		{ "name", "Name", EXPORT_STRING, 20 },
		{ "id", "Identifier", EXPORT_STRING, 5 },
		{ "code", "Code", EXPORT_CODE, 0 },
		{ "notes", "Notes", EXPORT_STRING, 0 },
	};
	static const struct export_column grouped[] = {
		{ "unit", "Unit", EXPORT_STRING, 0 },
		{ "n", "Count", EXPORT_COUNT, 6 },
		{ "notes", "Notes", EXPORT_STRING, 0 },
	};

	(void)state;
	/* 20 + 2 + 10 + 2 + 46 = 80 */
	check_lay_out(cols, 4, false, -1, (const size_t[]){ 20, 10, 0, 46 }, 4);
	/* 2 + 6 + 2 + 70 = 80 */
	check_lay_out(grouped, 3, false, 0, (const size_t[]){ 0, 6, 70 }, 3);
}

/* Too wide: numbers give up places first, then the widest text. */
static void
test_list_narrows_numbers_first(void **state)
{
	static const struct export_column numbers[] = {
		{ "a", "Aa", EXPORT_STRING, 30 },
		{ "n", "Nn", EXPORT_COUNT, 20 },
		{ "b", "Bb", EXPORT_STRING, 30 },
	};
	static const struct export_column text[] = {
		{ "a", "Aa", EXPORT_STRING, 40 },
		{ "n", "Nn", EXPORT_COUNT, 8 },
		{ "b", "Bb", EXPORT_STRING, 40 },
	};

	(void)state;
	check_lay_out(numbers, 3, false, -1, (const size_t[]){ 30, 16, 30 }, 3);
	check_lay_out(text, 3, false, -1, (const size_t[]){ 35, 6, 35 }, 3);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_counts_display_columns),
		cmocka_unit_test(test_fit_breaks_after_space_or_slash),
		cmocka_unit_test(test_numbers_and_shown_columns),
		cmocka_unit_test(test_record_label_and_value),
		cmocka_unit_test(test_list_widths_fill_the_line),
		cmocka_unit_test(test_list_narrows_numbers_first),
	};

	/* Wide characters are measured as in the program (i18n_init). */
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
