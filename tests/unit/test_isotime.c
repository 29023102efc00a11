/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for isotime.c: the parser against the formatter over the whole
 * range of four-digit years, and every way a time can be wrong; a limit
 * a person types (a date to its end in local time, or a UTC time).
 */
#include "config.h"

#include <stdlib.h>

#include "testutil.h"
#include "base/isotime.h"

static void
test_isotime_known(void **state)
{
	time_t t;

	(void)state;
	assert_true(isotime_parse("1970-01-01T00:00:00Z", &t));
	assert_int_equal(t, 0);
	assert_true(isotime_parse("2026-11-24T07:05:00Z", &t));
	assert_int_equal(t, 1795503900);
	assert_true(isotime_parse("1969-12-31T23:59:59Z", &t));
	assert_int_equal(t, -1);
	assert_true(isotime_parse("2024-02-29T12:00:00Z", &t));
	assert_true(isotime_parse("2000-02-29T12:00:00Z", &t));
	assert_true(isotime_parse("9999-12-31T23:59:59Z", &t));
	assert_true(isotime_parse("1000-01-01T00:00:00Z", &t));
}

/* Parsing what isotime_format wrote gives the time back, for times
 * spread over years 1000 to 9999. */
static void
test_isotime_round_trip(void **state)
{
	const long long lo = -30610224000LL, hi = 253402300799LL;
	char buf[ISOTIME_LEN];
	time_t t, back;

	(void)state;
	srand(7);
	for (int i = 0; i < 100000; i++) {
		long long r = ((long long)rand() << 31 | rand()) % (hi - lo + 1);

		t = (time_t)(lo + (r < 0 ? -r : r));
		isotime_format(t, buf);
		if (!isotime_parse(buf, &back) || back != t)
			fail_msg("%s: read back as %lld, written from %lld", buf,
			    (long long)back, (long long)t);
	}
}

static void
test_isotime_refused(void **state)
{
	static const char *const bad[] = {
		"", "2026-11-24", "2026-11-24T07:05:00", "2026-11-24T07:05:00z",
		"2026-11-24 07:05:00Z", "2026-11-24T07:05:00Z ",
		" 2026-11-24T07:05:00Z", "2026-11-24T07:05:00+07",
		"2026/11/24T07:05:00Z", "2026-11-24T07.05.00Z",
		"0999-12-31T23:59:59Z", "2026-00-10T00:00:00Z",
		"2026-13-10T00:00:00Z", "2026-01-00T00:00:00Z",
		"2026-01-32T00:00:00Z", "2026-04-31T00:00:00Z",
		"2026-02-29T00:00:00Z", "2100-02-29T00:00:00Z",
		"2026-02-30T00:00:00Z", "2026-11-24T24:00:00Z",
		"2026-11-24T23:60:00Z", "2026-11-24T23:59:60Z",
		"2026-1a-24T07:05:00Z", "+026-11-24T07:05:00Z",
		"2026-11-24T-7:05:00Z", "2026-11-2\xd9T07:05:00Z",
	};
	time_t t = 42;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (isotime_parse(bad[i], &t))
			fail_msg("\"%s\" was accepted", bad[i]);
	assert_false(isotime_parse(NULL, &t));
	assert_int_equal(t, 42);	/* untouched when refused */
}

/* Parse an ISO time the test knows is valid. */
static time_t
at(const char *iso)
{
	time_t t;

	assert_true(isotime_parse(iso, &t));
	return t;
}

static void
test_isotime_parse_until(void **state)
{
	time_t t;

	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	assert_true(isotime_parse_until("2026-11-30", &t));
	assert_int_equal(t, at("2026-11-30T23:59:59Z"));
	assert_true(isotime_parse_until("2026-11-30T10:00:00Z", &t));
	assert_int_equal(t, at("2026-11-30T10:00:00Z"));
	assert_false(isotime_parse_until("2026-02-30", &t));
	assert_false(isotime_parse_until("2026-1-3", &t));
	assert_false(isotime_parse_until("yesterday", &t));
	assert_false(isotime_parse_until("", &t));
	setenv("TZ", "WIB-7", 1);	/* UTC+7, without the time zone files */
	tzset();
	assert_true(isotime_parse_until("2026-11-30", &t));
	assert_int_equal(t, at("2026-11-30T16:59:59Z"));
	unsetenv("TZ");
	tzset();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_isotime_known),
		cmocka_unit_test(test_isotime_round_trip),
		cmocka_unit_test(test_isotime_refused),
		cmocka_unit_test(test_isotime_parse_until),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
