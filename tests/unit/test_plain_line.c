/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for plain/line.c: the plain mode's line reader and its choices
 * (built, said as a line, found from what was typed).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "plain/pln.h"

/* A stream reading the n bytes of s. */
static FILE *
stream(const char *s, size_t n)
{
	FILE *f = tmpfile();

	assert_non_null(f);
	assert_int_equal(fwrite(s, 1, n, f), n);
	rewind(f);
	return f;
}

/* Read the next line of f and check it is want (NULL: the end). */
static void
want_line(FILE *f, const char *want)
{
	char *got = plain_line_read(f);

	if (want == NULL)
		assert_null(got);
	else {
		assert_non_null(got);
		assert_string_equal(got, want);
	}
	free(got);
}

static void
test_line_ends(void **state)
{
	static const char in[] = "one\ntwo\r\n\n\r\nlast";
	FILE *f = stream(in, sizeof in - 1);

	(void)state;
	want_line(f, "one");
	want_line(f, "two");		/* CRLF, from Windows or a paste */
	want_line(f, "");
	want_line(f, "");
	want_line(f, "last");		/* no newline at the end */
	want_line(f, NULL);
	want_line(f, NULL);		/* and the end stays the end */
	fclose(f);
}

static void
test_line_empty_input(void **state)
{
	FILE *f = stream("", 0);

	(void)state;
	want_line(f, NULL);
	fclose(f);
}

static void
test_line_nul_and_long(void **state)
{
	static const char in[] = "a\0b\n";
	size_t big = 10000;
	char *huge = malloc(big + 2);
	FILE *f = stream(in, sizeof in - 1);
	char *got;

	(void)state;
	want_line(f, "ab");		/* NUL bytes are dropped */
	fclose(f);
	memset(huge, 'x', big);
	huge[big] = '\n';
	huge[big + 1] = 'y';
	f = stream(huge, big + 2);
	got = plain_line_read(f);
	assert_non_null(got);
	assert_int_equal(strlen(got), 4096);	/* the rest of it is lost */
	free(got);
	want_line(f, "y");		/* but the next line is whole */
	fclose(f);
	free(huge);
}

/* The step's choices, as the plain mode builds them. */
static void
step_menu(struct plain_menu *m)
{
	plain_menu_init(m);
	plain_menu_row(m, "Done", NAV_NONE, ACT_DONE);
	plain_menu_row(m, "Not applicable", NAV_NONE, ACT_NA);
	plain_menu_row(m, "Later", NAV_NONE, ACT_LATER);
	plain_menu_key(m, "?", "Help", ACT_HELP);
	plain_menu_key(m, "q", "Back", ACT_BACK);
}

static void
test_menu_line(void **state)
{
	struct plain_menu m;
	char *t;

	(void)state;
	step_menu(&m);
	t = plain_menu_line(&m);
	assert_string_equal(t, "1. Done  2. Not applicable  3. Later  ?  Help  "
	    "q  Back");
	free(t);
	plain_menu_free(&m);
}

static void
test_menu_line_long(void **state)
{
	struct plain_menu m;
	char *t;

	(void)state;
	plain_menu_init(&m);
	for (size_t i = 0; i < 6; i++)
		plain_menu_row(&m, "Module", i, ACT_ENTER);
	plain_menu_key(&m, "c", "Continue", ACT_CONTINUE);
	plain_menu_key(&m, "q", "Quit", ACT_BACK);
	t = plain_menu_line(&m);
	/* Many rows: one a line, the letters together on the last. */
	assert_string_equal(t, "1. Module\n2. Module\n3. Module\n4. Module\n"
	    "5. Module\n6. Module\nc  Continue  q  Quit");
	free(t);
	plain_menu_free(&m);
}

/* An account's heading between modules: a line of its own, no number,
 * and the numbers go on under it; typing it names no choice. */
static void
test_menu_heading(void **state)
{
	struct plain_menu m;
	const struct plain_item *it;
	char *t;

	(void)state;
	plain_menu_init(&m);
	plain_menu_heading(&m, "WhatsApp");
	plain_menu_row(&m, "Lock", 1, ACT_ENTER);
	plain_menu_heading(&m, "Google");
	plain_menu_row(&m, "Check", 3, ACT_ENTER);
	plain_menu_key(&m, "q", "Quit", ACT_BACK);
	t = plain_menu_line(&m);
	/* Even with few short rows, headings put each on its own line. */
	assert_string_equal(t, "WhatsApp\n1. Lock\nGoogle\n2. Check\n"
	    "q  Quit");
	free(t);
	assert_int_equal(m.numbered, 2);
	it = plain_menu_find(&m, "2");
	assert_non_null(it);
	assert_int_equal(it->row, 3);
	assert_null(plain_menu_find(&m, "google"));
	assert_null(plain_menu_find(&m, "whatsapp"));
	assert_string_equal(plain_menu_find(&m, "check")->key, "2");
	plain_menu_free(&m);
}

/* Check that line finds the choice with key (NULL: none). */
static void
want_choice(const struct plain_menu *m, const char *line, const char *key)
{
	const struct plain_item *it = plain_menu_find(m, line);

	if (key == NULL) {
		if (it != NULL)
			fail_msg("\"%s\" found choice %s", line, it->key);
		return;
	}
	if (it == NULL)
		fail_msg("\"%s\" found no choice, want %s", line, key);
	assert_string_equal(it->key, key);
}

static void
test_menu_find(void **state)
{
	struct plain_menu m;

	(void)state;
	step_menu(&m);
	want_choice(&m, "1", "1");
	want_choice(&m, "  2  ", "2");
	want_choice(&m, "3.", "3");
	want_choice(&m, "3)", "3");
	want_choice(&m, "\t1\r", "1");
	want_choice(&m, "Q", "q");
	want_choice(&m, "?", "?");
	want_choice(&m, "later", "3");		/* the words of a choice */
	want_choice(&m, "NOT APPLICABLE", "2");
	want_choice(&m, "", NULL);
	want_choice(&m, "   ", NULL);
	want_choice(&m, "4", NULL);
	want_choice(&m, "0", NULL);
	want_choice(&m, "11", NULL);
	want_choice(&m, "1 2", NULL);
	want_choice(&m, ".", NULL);
	want_choice(&m, "qq", NULL);
	want_choice(&m, "Don", NULL);		/* no guessing from a part */
	plain_menu_free(&m);
}

static void
test_menu_rows(void **state)
{
	struct plain_menu m;
	const struct plain_item *it;

	(void)state;
	plain_menu_init(&m);
	plain_menu_row(&m, "Android", 0, ACT_ENTER);
	plain_menu_row(&m, "iPhone", 1, ACT_ENTER);
	plain_menu_key(&m, "q", "Back", ACT_BACK);
	it = plain_menu_find(&m, "2");
	assert_non_null(it);
	assert_int_equal(it->row, 1);
	assert_int_equal(it->act, ACT_ENTER);
	it = plain_menu_find(&m, "q");
	assert_non_null(it);
	assert_int_equal(it->row, NAV_NONE);
	assert_int_equal(it->act, ACT_BACK);
	assert_int_equal(m.numbered, 2);
	plain_menu_free(&m);
	assert_int_equal(m.n, 0);
}

static void
test_line_is(void **state)
{
	(void)state;
	assert_true(plain_line_is("q", "q"));
	assert_true(plain_line_is(" Q ", "q"));
	assert_true(plain_line_is("PPPK", "pppk"));
	assert_false(plain_line_is("qu", "q"));
	assert_false(plain_line_is("", "q"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_line_empty_input),
		cmocka_unit_test(test_line_nul_and_long),
		cmocka_unit_test(test_menu_line),
		cmocka_unit_test(test_menu_line_long),
		cmocka_unit_test(test_menu_heading),
		cmocka_unit_test(test_menu_find),
		cmocka_unit_test(test_menu_rows),
		cmocka_unit_test(test_line_is),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
