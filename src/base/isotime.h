/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * isotime: the one time format in files: UTC ISO 8601, "2026-11-24T07:05:00Z";
 * and the one way a person gives a limit in time on the command line.
 */
#ifndef JAGAAKUN_ISOTIME_H
#define JAGAAKUN_ISOTIME_H

#include <stdbool.h>
#include <time.h>

#define ISOTIME_LEN 21	/* "YYYY-MM-DDTHH:MM:SSZ" plus NUL */

/* Format t as UTC into buf. */
void isotime_format(time_t t, char buf[ISOTIME_LEN]);

/* Parse exactly the format above (a real calendar time) into *t. */
bool isotime_parse(const char *s, time_t *t);

/*
 * Parse a limit in time a person typed: a date "YYYY-MM-DD", meaning the
 * end of that day (23:59:59) in local time, or a UTC time in the format
 * above.  Returns false for anything else, a date not in the calendar
 * (2026-02-30) included.
 */
bool isotime_parse_until(const char *s, time_t *t);

/* The current time: the JAGAAKUN_NOW environment variable (an ISO 8601
 * time as above) when set, so tests are repeatable; otherwise time(). */
time_t isotime_now(void);

#endif
