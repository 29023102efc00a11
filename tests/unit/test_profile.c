/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for profile.c: the table of fields, the accessors' round trip,
 * what profile_set refuses and what profile_check finds, in its order.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "model/profile.h"

#define NIP_OK_PNS "198609262015051001"

/* A text of n bytes of 'x' (caller frees). */
static char *
repeat(size_t n)
{
	char *s = malloc(n + 1);

	assert_non_null(s);
	memset(s, 'x', n);
	s[n] = '\0';
	return s;
}

/* A value that profile_set accepts for f, different for each field. */
static const char *
sample(enum profile_field f)
{
	static const char *const values[] = {
		[PROFILE_NAME] = "Siti Rahayu",
		[PROFILE_NIP] = NIP_OK_PNS,
		[PROFILE_KIND] = "pppk",
		[PROFILE_UNIT] = "Dinas Kominfo",
		[PROFILE_POSITION] = "Staf",
		[PROFILE_UNIT_CODE] = "diskominfo",
	};

	assert_true(f < sizeof values / sizeof *values);
	return values[f];
}

/* Check every member of p. */
static void
assert_profile(const struct profile *p, const char *name, const char *nip,
    enum nip_kind kind, const char *unit, const char *position)
{
	assert_string_equal(p->name, name);
	assert_string_equal(p->nip, nip);
	assert_int_equal(p->kind, kind);
	assert_string_equal(p->unit, unit);
	assert_string_equal(p->position, position);
}

static void
test_profile_table_rows(void **state)
{
	(void)state;
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		const struct profile_desc *d = profile_describe(f);

		assert_non_null(d->key);
		assert_true(d->key[0] != '\0');
		assert_non_null(d->label);
		assert_true(d->label[0] != '\0');
		assert_true(d->type == PROFILE_TYPE_TEXT ||
		    d->type == PROFILE_TYPE_NIP || d->type == PROFILE_TYPE_KIND ||
		    d->type == PROFILE_TYPE_CODE);
		/* Text has a limit; the kind is a name and has none. */
		if (d->type == PROFILE_TYPE_KIND)
			assert_int_equal(d->max, 0);
		else if (d->type == PROFILE_TYPE_CODE)
			assert_int_equal(d->max, PROFILE_MAX_CODE);
		else
			assert_int_equal(d->max, PROFILE_MAX_TEXT);
		for (enum profile_field g = 0; g < f; g++)
			assert_string_not_equal(profile_describe(g)->key, d->key);
	}
}

/* Files write the fields in table order; the labels are today's. */
static void
test_profile_table_content(void **state)
{
	static const struct {
		const char *key, *label, *column;
		enum profile_type type;
		bool required;
	} want[] = {
		{ "name", "Full name", "Name", PROFILE_TYPE_TEXT, true },
		{ "nip", "NIP", "NIP", PROFILE_TYPE_NIP, true },
		{ "kind", "Employee type", NULL, PROFILE_TYPE_KIND, true },
		{ "unit", "Work unit", "Work unit", PROFILE_TYPE_TEXT, false },
		{ "position", "Position", "Position", PROFILE_TYPE_TEXT,
		    false },
		{ "unit_code", "Unit code", NULL, PROFILE_TYPE_CODE, false },
	};

	(void)state;
	assert_int_equal(PROFILE_FIELD_COUNT, sizeof want / sizeof *want);
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		const struct profile_desc *d = profile_describe(f);

		assert_string_equal(d->key, want[f].key);
		assert_string_equal(d->label, want[f].label);
		if (want[f].column == NULL)
			assert_null(d->column);
		else
			assert_string_equal(d->column, want[f].column);
		assert_int_equal(d->type, want[f].type);
		assert_int_equal(d->required, want[f].required);
	}
}

/* profile_get gives back what profile_set stored, field by field, and
 * profile_text reaches the same member. */
static void
test_profile_round_trip(void **state)
{
	struct profile p = { 0 };

	(void)state;
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		assert_int_equal(profile_set(&p, f, sample(f)), PROFILE_OK);
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		char **member = profile_text(&p, f);

		assert_string_equal(profile_get(&p, f), sample(f));
		if (f == PROFILE_KIND)
			assert_null(member);
		else
			assert_ptr_equal(*member, profile_get(&p, f));
	}
	assert_profile(&p, "Siti Rahayu", NIP_OK_PNS, NIP_PPPK, "Dinas Kominfo",
	    "Staf");
	profile_done(&p);
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (f != PROFILE_KIND)
			assert_null(profile_get(&p, f));
	assert_string_equal(profile_get(&p, PROFILE_KIND), "pns");
}

/* A set replaces the value it had (valgrind sees the old one freed),
 * keeps its own copy, and stores NULL as "". */
static void
test_profile_set_replaces(void **state)
{
	struct profile p = { 0 };
	char typed[] = "Siti";

	(void)state;
	assert_int_equal(profile_set(&p, PROFILE_NAME, typed), PROFILE_OK);
	assert_ptr_not_equal(p.name, typed);
	typed[0] = 'X';
	assert_string_equal(p.name, "Siti");
	assert_int_equal(profile_set(&p, PROFILE_NAME, "Budi"), PROFILE_OK);
	assert_string_equal(p.name, "Budi");
	assert_int_equal(profile_set(&p, PROFILE_UNIT, NULL), PROFILE_OK);
	assert_string_equal(p.unit, "");
	assert_int_equal(profile_set(&p, PROFILE_KIND, "pppk"), PROFILE_OK);
	assert_int_equal(profile_set(&p, PROFILE_KIND, "pns"), PROFILE_OK);
	assert_int_equal(p.kind, NIP_PNS);
	profile_done(&p);
}

/* What no file may hold is refused and leaves the profile as it was;
 * what the value says is not profile_set's to judge. */
static void
test_profile_set_refuses(void **state)
{
	struct profile p = { 0 };
	char *at_max = repeat(PROFILE_MAX_TEXT);
	char *over = repeat(PROFILE_MAX_TEXT + 1);

	(void)state;
	assert_int_equal(profile_set(&p, PROFILE_KIND, "pppk"), PROFILE_OK);
	assert_int_equal(profile_set(&p, PROFILE_KIND, "honorer"),
	    PROFILE_UNKNOWN_KIND);
	assert_int_equal(profile_set(&p, PROFILE_KIND, "PPPK"),
	    PROFILE_UNKNOWN_KIND);
	assert_int_equal(profile_set(&p, PROFILE_KIND, NULL),
	    PROFILE_UNKNOWN_KIND);
	assert_int_equal(p.kind, NIP_PPPK);

	assert_int_equal(profile_set(&p, PROFILE_UNIT, "Kominfo"), PROFILE_OK);
	assert_int_equal(profile_set(&p, PROFILE_UNIT, over), PROFILE_TOO_LONG);
	assert_int_equal(profile_set(&p, PROFILE_UNIT, "\xc3("),
	    PROFILE_NOT_UTF8);
	assert_string_equal(p.unit, "Kominfo");
	assert_int_equal(profile_set(&p, PROFILE_UNIT, at_max), PROFILE_OK);
	assert_int_equal(strlen(p.unit), PROFILE_MAX_TEXT);

	assert_int_equal(profile_set(&p, PROFILE_NAME, "  "), PROFILE_OK);
	assert_int_equal(profile_set(&p, PROFILE_NIP, "123"), PROFILE_OK);
	free(at_max);
	free(over);
	profile_done(&p);
}

static void
test_profile_check(void **state)
{
	char *at_max = repeat(PROFILE_MAX_TEXT);
	char *over = repeat(PROFILE_MAX_TEXT + 1);

	(void)state;
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		assert_int_equal(profile_check(f, sample(f)), PROFILE_OK);

	/* Only a required text must not be blank. */
	assert_int_equal(profile_check(PROFILE_NAME, ""), PROFILE_BLANK);
	assert_int_equal(profile_check(PROFILE_NAME, " \t "), PROFILE_BLANK);
	assert_int_equal(profile_check(PROFILE_NAME, NULL), PROFILE_BLANK);
	assert_int_equal(profile_check(PROFILE_UNIT, ""), PROFILE_OK);
	assert_int_equal(profile_check(PROFILE_POSITION, NULL), PROFILE_OK);

	/* A NIP is 18 digits, normalized; its structure is nip_check's. */
	assert_int_equal(profile_check(PROFILE_NIP, ""), PROFILE_NOT_NIP);
	assert_int_equal(profile_check(PROFILE_NIP, "12345"), PROFILE_NOT_NIP);
	assert_int_equal(profile_check(PROFILE_NIP, NIP_OK_PNS "1"),
	    PROFILE_NOT_NIP);
	assert_int_equal(profile_check(PROFILE_NIP, "19860926 2015051001"),
	    PROFILE_NOT_NIP);
	assert_int_equal(profile_check(PROFILE_NIP, "19860926201505100x"),
	    PROFILE_NOT_NIP);
	assert_int_equal(profile_check(PROFILE_NIP, "000000000000000000"),
	    PROFILE_OK);

	assert_int_equal(profile_check(PROFILE_KIND, "pns"), PROFILE_OK);
	assert_int_equal(profile_check(PROFILE_KIND, "PNS"),
	    PROFILE_UNKNOWN_KIND);
	assert_int_equal(profile_check(PROFILE_KIND, ""), PROFILE_UNKNOWN_KIND);

	/* A unit code: empty (no units listed), or a-z, 0-9 and "-". */
	assert_int_equal(profile_check(PROFILE_UNIT_CODE, ""), PROFILE_OK);
	assert_int_equal(profile_check(PROFILE_UNIT_CODE, NULL), PROFILE_OK);
	assert_int_equal(profile_check(PROFILE_UNIT_CODE, "dinas-2"),
	    PROFILE_OK);
	assert_int_equal(profile_check(PROFILE_UNIT_CODE, "Setda"),
	    PROFILE_NOT_CODE);
	assert_int_equal(profile_check(PROFILE_UNIT_CODE, "set da"),
	    PROFILE_NOT_CODE);
	assert_int_equal(profile_check(PROFILE_UNIT_CODE,
	    "0123456789012345678901234567890123"), PROFILE_TOO_LONG);

	assert_int_equal(profile_check(PROFILE_POSITION, at_max), PROFILE_OK);
	assert_int_equal(profile_check(PROFILE_POSITION, over),
	    PROFILE_TOO_LONG);
	assert_int_equal(profile_check(PROFILE_NAME, "Siti \xff"),
	    PROFILE_NOT_UTF8);

	/* First found first: UTF-8, then length, then what it says. */
	over[0] = '\xff';
	assert_int_equal(profile_check(PROFILE_NAME, over), PROFILE_NOT_UTF8);
	memset(over, ' ', PROFILE_MAX_TEXT + 1);
	assert_int_equal(profile_check(PROFILE_NAME, over), PROFILE_TOO_LONG);
	memset(over, '1', PROFILE_MAX_TEXT + 1);
	assert_int_equal(profile_check(PROFILE_NIP, over), PROFILE_TOO_LONG);
	free(at_max);
	free(over);
}

/* A copy owns every text, with NULL as "", and takes the kind. */
static void
test_profile_copy(void **state)
{
	struct profile src = {
		.name = "Siti", .nip = NIP_OK_PNS, .kind = NIP_PPPK,
	};
	struct profile dst;

	(void)state;
	profile_copy(&dst, &src);
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		char **member = profile_text(&dst, f);

		if (member != NULL)
			assert_ptr_not_equal(*member, profile_get(&src, f));
	}
	assert_profile(&dst, "Siti", NIP_OK_PNS, NIP_PPPK, "", "");
	profile_done(&dst);
	assert_null(dst.name);
	assert_null(dst.position);
}

static void
test_profile_kind_out_of_range(void **state)
{
	struct profile p = { .kind = (enum nip_kind)7 };

	(void)state;
	assert_null(profile_get(&p, PROFILE_KIND));
}

/* Files may lack the unit's code alone, and hold it only when set. */
static void
test_profile_optional_code(void **state)
{
	struct profile p = { 0 };

	(void)state;
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		assert_int_equal(profile_optional(f), f == PROFILE_UNIT_CODE);
	assert_true(profile_written(&p, PROFILE_NAME));
	assert_false(profile_written(&p, PROFILE_UNIT_CODE));
	assert_int_equal(profile_set(&p, PROFILE_UNIT_CODE, ""), PROFILE_OK);
	assert_false(profile_written(&p, PROFILE_UNIT_CODE));
	assert_int_equal(profile_set(&p, PROFILE_UNIT_CODE, "setda"),
	    PROFILE_OK);
	assert_true(profile_written(&p, PROFILE_UNIT_CODE));
	profile_done(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_profile_table_rows),
		cmocka_unit_test(test_profile_table_content),
		cmocka_unit_test(test_profile_round_trip),
		cmocka_unit_test(test_profile_set_replaces),
		cmocka_unit_test(test_profile_set_refuses),
		cmocka_unit_test(test_profile_check),
		cmocka_unit_test(test_profile_copy),
		cmocka_unit_test(test_profile_kind_out_of_range),
		cmocka_unit_test(test_profile_optional_code),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
