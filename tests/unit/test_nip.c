/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for nip.c: normalization, every structural check in its order,
 * messages and kind names.
 */
#include "config.h"

#include <string.h>

#include "testutil.h"
#include "model/nip.h"

#define YEAR 2025	/* "this year" for every check unless a test says */

struct nip_case {
	const char *nip;
	enum nip_kind kind;
	enum nip_error want;
};

/* Check each case and name the first NIP that gives the wrong answer. */
static void
check_cases(const struct nip_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		enum nip_error got = nip_check(c[i].nip, c[i].kind, YEAR);

		if (got != c[i].want)
			fail_msg("\"%s\" as %s: got %d, expected %d",
			    c[i].nip, nip_kind_name(c[i].kind), (int)got,
			    (int)c[i].want);
	}
}

static void
test_nip_facts_examples(void **state)
{
	(void)state;
	assert_int_equal(nip_check("198609262015051001", NIP_PNS, YEAR), NIP_OK);
	assert_int_equal(nip_check("198609262015051001", NIP_PPPK, YEAR), NIP_OK);
	assert_int_equal(nip_check("199009132025242014", NIP_PPPK, YEAR), NIP_OK);
	assert_int_equal(nip_check("199009132025242014", NIP_PNS, YEAR),
	    NIP_APPOINT_MONTH);
}

static void
test_nip_error_classes(void **state)
{
	static const struct nip_case cases[] = {
		{ NULL, NIP_PNS, NIP_EMPTY },
		{ "", NIP_PNS, NIP_EMPTY },
		{ "19860926201505100a", NIP_PNS, NIP_NOT_DIGITS },
		{ "198609262015051001 ", NIP_PNS, NIP_NOT_DIGITS },
		{ "19860926 201505 1 001", NIP_PNS, NIP_NOT_DIGITS },
		{ "1986", NIP_PNS, NIP_LENGTH },
		{ "19860926201505100", NIP_PNS, NIP_LENGTH },
		{ "1986092620150510011", NIP_PNS, NIP_LENGTH },
		/* Letters are reported before a wrong length. */
		{ "x", NIP_PNS, NIP_NOT_DIGITS },
		{ "198600262015051001", NIP_PNS, NIP_BIRTH_DATE },
		{ "198613262015051001", NIP_PNS, NIP_BIRTH_DATE },
		{ "198609002015051001", NIP_PNS, NIP_BIRTH_DATE },
		{ "198609312015051001", NIP_PNS, NIP_BIRTH_DATE },
		{ "198604312015051001", NIP_PNS, NIP_BIRTH_DATE },
		{ "198612312015051001", NIP_PNS, NIP_OK },
		{ "193912312015051001", NIP_PNS, NIP_BIRTH_DATE },
		{ "194001012015051001", NIP_PNS, NIP_OK },
		{ "000000002015051001", NIP_PPPK, NIP_BIRTH_DATE },
		{ "198609262002051001", NIP_PNS, NIP_APPOINT_YEAR },
		{ "198609262003051001", NIP_PNS, NIP_OK },
		{ "198609262026051001", NIP_PNS, NIP_APPOINT_YEAR },
		{ "198609269999051001", NIP_PPPK, NIP_APPOINT_YEAR },
		{ "198609262015001001", NIP_PNS, NIP_APPOINT_MONTH },
		{ "198609262015131001", NIP_PNS, NIP_APPOINT_MONTH },
		{ "198609262015121001", NIP_PNS, NIP_OK },
		{ "198609262015001001", NIP_PPPK, NIP_OK },
		{ "198609262015991001", NIP_PPPK, NIP_OK },
		{ "198609262015050001", NIP_PNS, NIP_GENDER },
		{ "198609262015053001", NIP_PNS, NIP_GENDER },
		{ "198609262015059001", NIP_PPPK, NIP_GENDER },
		{ "198609262015052001", NIP_PNS, NIP_OK },
		{ "198609262015051000", NIP_PNS, NIP_SEQUENCE },
		{ "198609262015051010", NIP_PNS, NIP_OK },
		{ "198609262015051100", NIP_PNS, NIP_OK },
	};

	(void)state;
	check_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Several problems at once: the first in the documented order wins. */
static void
test_nip_check_order(void **state)
{
	(void)state;
	/* bad date, year, month, gender and sequence */
	assert_int_equal(nip_check("198613262050990000", NIP_PNS, YEAR),
	    NIP_BIRTH_DATE);
	/* bad year, month, gender and sequence */
	assert_int_equal(nip_check("198609262050990000", NIP_PNS, YEAR),
	    NIP_APPOINT_YEAR);
	/* bad month, gender and sequence */
	assert_int_equal(nip_check("198609262015990000", NIP_PNS, YEAR),
	    NIP_APPOINT_MONTH);
	/* bad gender and sequence */
	assert_int_equal(nip_check("198609262015050000", NIP_PNS, YEAR),
	    NIP_GENDER);
}

static void
test_nip_leap_day(void **state)
{
	(void)state;
	assert_int_equal(nip_check("199202292015051001", NIP_PNS, YEAR), NIP_OK);
	assert_int_equal(nip_check("199302292015051001", NIP_PNS, YEAR),
	    NIP_BIRTH_DATE);
	assert_int_equal(nip_check("199302282015051001", NIP_PNS, YEAR), NIP_OK);
	/* 2000 is a leap year (divisible by 400); 1900 is before 1940 anyway. */
	assert_int_equal(nip_check("200002292017051001", NIP_PNS, YEAR), NIP_OK);
	assert_int_equal(nip_check("200102292018051001", NIP_PNS, YEAR),
	    NIP_BIRTH_DATE);
	assert_int_equal(nip_check("200002302017051001", NIP_PNS, YEAR),
	    NIP_BIRTH_DATE);
}

/* The first FACTS.md example against the years around its limits. */
static void
test_nip_this_year_boundary(void **state)
{
	const char *nip = "198609262015051001";

	(void)state;
	assert_int_equal(nip_check(nip, NIP_PNS, 2015), NIP_OK);
	assert_int_equal(nip_check(nip, NIP_PNS, 2014), NIP_APPOINT_YEAR);
	/* Born 1986: 17 years old in 2003, so an earlier "now" is impossible. */
	assert_int_equal(nip_check(nip, NIP_PNS, 2003), NIP_APPOINT_YEAR);
	assert_int_equal(nip_check(nip, NIP_PNS, 2002), NIP_BIRTH_DATE);
	assert_int_equal(nip_check("199009132025242014", NIP_PPPK, 2024),
	    NIP_APPOINT_YEAR);
}

static void
test_nip_normalize(void **state)
{
	static const struct {
		const char *in, *want;
		bool ok;
	} cases[] = {
		{ "198609262015051001", "198609262015051001", true },
		{ "19860926 201505 1 001", "198609262015051001", true },
		{ "19860926.201505.1.001", "198609262015051001", true },
		{ "19860926-201505-1-001", "198609262015051001", true },
		{ "  1986 0926-2015.05 1 001  ", "198609262015051001", true },
		{ "", "", true },
		{ " - . ", "", true },
		{ "1986x0926", "1986x0926", true },
		{ "1986092620150510011", "", false },
		{ "19860926 201505 1 0011", "", false },
	};
	char out[19];

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(out, 'Z', sizeof out);
		assert_int_equal(nip_normalize(cases[i].in, out), cases[i].ok);
		assert_string_equal(out, cases[i].want);
	}
	memset(out, 'Z', sizeof out);
	assert_true(nip_normalize(NULL, out));
	assert_string_equal(out, "");
}

/* What a user typed, after normalizing, gives the expected error. */
static void
test_nip_typed(void **state)
{
	char out[19];

	(void)state;
	assert_true(nip_normalize("19860926 201505 1 001", out));
	assert_int_equal(nip_check(out, NIP_PNS, YEAR), NIP_OK);
	assert_true(nip_normalize("1990.0913.2025.24.2.014", out));
	assert_int_equal(nip_check(out, NIP_PPPK, YEAR), NIP_OK);
	assert_true(nip_normalize("19860926/20150510", out));
	assert_int_equal(nip_check(out, NIP_PNS, YEAR), NIP_NOT_DIGITS);
	assert_true(nip_normalize("1986 0926 2015 0510", out));
	assert_int_equal(nip_check(out, NIP_PNS, YEAR), NIP_LENGTH);
	assert_false(nip_normalize("1986 0926 2015 0510 011", out));
}

static void
test_nip_messages(void **state)
{
	const char *seen[NIP_SEQUENCE + 1];

	(void)state;
	for (int e = NIP_OK; e <= NIP_SEQUENCE; e++) {
		const char *m = nip_error_message((enum nip_error)e);

		assert_non_null(m);
		assert_true(strlen(m) > 10);
		for (int j = NIP_OK; j < e; j++)
			assert_string_not_equal(m, seen[j]);
		seen[e] = m;
	}
	assert_non_null(strstr(nip_error_message(NIP_LENGTH), "18"));
	assert_non_null(strstr(nip_error_message(NIP_GENDER), "15"));
	assert_non_null(strstr(nip_error_message(NIP_APPOINT_MONTH), "13-14"));
	assert_non_null(nip_error_message((enum nip_error)99));
}

static void
test_nip_kind_names(void **state)
{
	(void)state;
	assert_string_equal(nip_kind_name(NIP_PNS), "pns");
	assert_string_equal(nip_kind_name(NIP_PPPK), "pppk");
	assert_int_equal(nip_kind_parse("pns"), NIP_PNS);
	assert_int_equal(nip_kind_parse("pppk"), NIP_PPPK);
	assert_int_equal(nip_kind_parse("PNS"), -1);
	assert_int_equal(nip_kind_parse(""), -1);
	assert_int_equal(nip_kind_parse("pnsx"), -1);
	assert_int_equal(nip_kind_parse(NULL), -1);
	assert_null(nip_kind_name((enum nip_kind)7));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nip_facts_examples),
		cmocka_unit_test(test_nip_error_classes),
		cmocka_unit_test(test_nip_check_order),
		cmocka_unit_test(test_nip_leap_day),
		cmocka_unit_test(test_nip_this_year_boundary),
		cmocka_unit_test(test_nip_normalize),
		cmocka_unit_test(test_nip_typed),
		cmocka_unit_test(test_nip_messages),
		cmocka_unit_test(test_nip_kind_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
