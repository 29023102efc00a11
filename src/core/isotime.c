/*
 * isotime: UTC ISO 8601 times (see isotime.h).
 */
#include "config.h"
#include "isotime.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
isotime_format(time_t t, char buf[ISOTIME_LEN])
{
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL ||
	    strftime(buf, ISOTIME_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		strcpy(buf, "1970-01-01T00:00:00Z");
}

bool
isotime_parse(const char *s, time_t *t)
{
	struct tm tm;
	char back[ISOTIME_LEN];
	const char *end;
	time_t v;

	if (s == NULL || strlen(s) != ISOTIME_LEN - 1)
		return false;
	memset(&tm, 0, sizeof tm);
	end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (end == NULL || *end != '\0')
		return false;
	v = timegm(&tm);
	/* Round-trip to reject dates such as 2026-02-30 that timegm moves. */
	isotime_format(v, back);
	if (strcmp(back, s) != 0)
		return false;
	*t = v;
	return true;
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
