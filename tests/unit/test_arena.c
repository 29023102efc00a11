/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for arena.c: pieces are aligned, never overlap, survive until
 * arena_free, and a piece larger than a chunk gets a chunk of its own.
 * Under valgrind (make check-valgrind) a piece written past its end or a
 * chunk not freed shows as an error.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "base/arena.h"

static void
test_arena_alignment_and_lifetime(void **state)
{
	struct arena *a = arena_new(64);
	unsigned char *piece[200];

	(void)state;
	/* Odd sizes and alignments, filling several chunks; each piece is
	 * filled with its number and checked once all are handed out. */
	for (size_t i = 0; i < 200; i++) {
		size_t n = 1 + i % 13, align = (size_t)1 << (i % 4);

		piece[i] = arena_alloc(a, n, align);
		assert_int_equal((uintptr_t)piece[i] % align, 0);
		memset(piece[i], (int)i, n);
	}
	for (size_t i = 0; i < 200; i++)
		for (size_t k = 0; k < 1 + i % 13; k++)
			assert_int_equal(piece[i][k], (unsigned char)i);
	arena_free(a);
}

static void
test_arena_large_piece_and_strings(void **state)
{
	struct arena *a = arena_new(16);
	char *big, *s, *empty;

	(void)state;
	s = arena_strdup(a, "before");
	big = arena_alloc(a, 1000, 8);
	memset(big, 'x', 1000);
	empty = arena_strdup(a, NULL);
	assert_string_equal(s, "before");
	assert_string_equal(empty, "");
	assert_string_equal(arena_strdup(a, "after"), "after");
	assert_int_equal(big[999], 'x');
	arena_free(a);
	arena_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena_alignment_and_lifetime),
		cmocka_unit_test(test_arena_large_piece_and_strings),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
