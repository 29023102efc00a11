/*
 * isotime: the one time format in files: UTC ISO 8601, "2026-11-24T07:05:00Z".
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

/* The current time: the JAGAAKUN_NOW environment variable (an ISO 8601
 * time as above) when set, so tests are repeatable; otherwise time(). */
time_t isotime_now(void);

#endif
