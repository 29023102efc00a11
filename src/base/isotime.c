/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * isotime: UTC ISO 8601 times (see isotime.h).
 */
#include "config.h"
#include "base/isotime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * By arithmetic (Howard Hinnant's civil_from_days) rather than gmtime_r,
 * whose Windows counterpart refuses years before 1970 and after 3000;
 * the text is what strftime's "%Y-%m-%dT%H:%M:%SZ" makes of gmtime's
 * result, and a year too long for the buffer gives 1970 as before.
 */
/* Write v as n digits (zeros first) and then c at buf. */
static void
isotime_put(char *buf, int v, int n, char c)
{
	for (int i = n - 1; i >= 0; i--, v /= 10)
		buf[i] = (char)('0' + v % 10);
	buf[n] = c;
}

void
isotime_format(time_t t, char buf[ISOTIME_LEN])
{
	long long days = (long long)t / 86400, sec = (long long)t % 86400;
	long long era, doe, yoe, y, doy, mp;
	int d, m;

	if (sec < 0) {
		sec += 86400;
		days--;
	}
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = (int)(doy - (153 * mp + 2) / 5 + 1);
	m = (int)(mp < 10 ? mp + 3 : mp - 9);
	y += m <= 2;
	if (y < 0 || y > 9999) {
		memcpy(buf, "1970-01-01T00:00:00Z", ISOTIME_LEN);
		return;
	}
	/* By hand: collect writes one for each official. */
	isotime_put(buf, (int)y, 4, '-');
	isotime_put(buf + 5, m, 2, '-');
	isotime_put(buf + 8, d, 2, 'T');
	isotime_put(buf + 11, (int)(sec / 3600), 2, ':');
	isotime_put(buf + 14, (int)(sec / 60 % 60), 2, ':');
	isotime_put(buf + 17, (int)(sec % 60), 2, 'Z');
	buf[20] = '\0';
}

/* The n-digit decimal number at s, or -1 when a character is not a digit. */
static int
isotime_digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (Howard Hinnant's days_from_civil). */
static long long
isotime_days(int y, int m, int d)
{
	long long era, yoe, doy;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* Collect parses a time for every step of every report, so this is
 * arithmetic rather than strptime, timegm and a round trip. */
bool
isotime_parse(const char *s, time_t *t)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int y, mo, d, h, mi, sec;

	if (s == NULL || strlen(s) != ISOTIME_LEN - 1 || s[4] != '-' ||
	    s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' ||
	    s[19] != 'Z')
		return false;
	y = isotime_digits(s, 4);
	mo = isotime_digits(s + 5, 2);
	d = isotime_digits(s + 8, 2);
	h = isotime_digits(s + 11, 2);
	mi = isotime_digits(s + 14, 2);
	sec = isotime_digits(s + 17, 2);
	/* Years before 1000 are not four digits in isotime_format. */
	if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] ||
	    h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
		return false;
	if (mo == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0)))
		return false;
	*t = (time_t)(isotime_days(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec);
	return true;
}

bool
isotime_parse_until(const char *s, time_t *t)
{
	struct tm tm = { 0 }, want;

	if (isotime_parse(s, t))
		return true;
	/* YYYY-MM-DD, by hand: not every C library has strptime. */
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    isotime_digits(s, 4) < 0 || isotime_digits(s + 5, 2) < 0 ||
	    isotime_digits(s + 8, 2) < 0)
		return false;
	tm.tm_year = isotime_digits(s, 4) - 1900;
	tm.tm_mon = isotime_digits(s + 5, 2) - 1;
	tm.tm_mday = isotime_digits(s + 8, 2);
	if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31)
		return false;
	tm.tm_hour = 23;
	tm.tm_min = 59;
	tm.tm_sec = 59;
	tm.tm_isdst = -1;
	want = tm;
	*t = mktime(&tm);
	/* mktime moves 2026-02-30 to March: such a date is not real. */
	return *t != (time_t)-1 && tm.tm_year == want.tm_year &&
	    tm.tm_mon == want.tm_mon && tm.tm_mday == want.tm_mday;
}

time_t
isotime_now(void)
{
	const char *fixed = getenv("JAGAAKUN_NOW");
	time_t t;

	if (fixed && *fixed && isotime_parse(fixed, &t))
		return t;
	return time(NULL);
}
