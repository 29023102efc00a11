/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for strmap.c: a key is found again with the index it was added
 * with, a second add of an equal key (another copy of it) gives the first
 * index back, absent keys are told apart, and all of it still holds once
 * the map has grown many times over.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "testutil.h"
#include "base/strmap.h"
#include "base/xalloc.h"

#define MANY 5000

/* The keys live in an array of strings, as a caller's items would. */
static const char *
key_of(const void *ctx, size_t i)
{
	return ((const char *const *)ctx)[i];
}

static void
test_strmap_add_and_get(void **state)
{
	static const char *const keys[] = { "Dinas A", "dinas a", "" };
	struct strmap *m = strmap_new(key_of, keys);
	char again[] = "Dinas A";

	(void)state;
	assert_int_equal(strmap_get(m, "Dinas A"), STRMAP_NONE);
	assert_int_equal(strmap_add(m, "Dinas A", 0), 0);
	assert_int_equal(strmap_add(m, "dinas a", 1), 1);	/* case */
	assert_int_equal(strmap_add(m, "", 2), 2);
	assert_int_equal(strmap_add(m, again, 7), 0);	/* equal, not same */
	assert_int_equal(strmap_get(m, "Dinas A"), 0);
	assert_int_equal(strmap_get(m, "dinas a"), 1);
	assert_int_equal(strmap_get(m, ""), 2);
	assert_int_equal(strmap_get(m, "Dinas"), STRMAP_NONE);
	assert_int_equal(strmap_get(m, "Dinas AB"), STRMAP_NONE);
	strmap_free(m);
	strmap_free(NULL);
}

static void
test_strmap_grows(void **state)
{
	char **keys = xcalloc(MANY, sizeof *keys);
	struct strmap *m = strmap_new(key_of, keys);

	(void)state;
	for (size_t i = 0; i < MANY; i++) {
		keys[i] = xasprintf("19860926201505%04zu", i);
		assert_int_equal(strmap_add(m, keys[i], i), i);
	}
	for (size_t i = 0; i < MANY; i++) {
		char *copy = xasprintf("19860926201505%04zu", i);

		assert_int_equal(strmap_get(m, copy), i);
		assert_int_equal(strmap_add(m, copy, MANY + i), i);
		free(copy);
	}
	assert_int_equal(strmap_get(m, "198609262015055000"), STRMAP_NONE);
	strmap_free(m);
	for (size_t i = 0; i < MANY; i++)
		free(keys[i]);
	free(keys);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strmap_add_and_get),
		cmocka_unit_test(test_strmap_grows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
