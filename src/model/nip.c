/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * nip: structure checks on the 18-digit NIP and NI PPPK (see nip.h).
 *
 * Layout, by 1-based digit: 1-8 birth date YYYYMMDD, 9-12 year of
 * appointment, 13-14 month of appointment (PNS) or a code (PPPK),
 * 15 gender, 16-18 sequence number.
 */
#include "config.h"
#include "model/nip.h"

#include <stdbool.h>
#include <string.h>

#include "base/i18n.h"

#define NIP_DIGITS 18
#define NIP_MIN_BIRTH_YEAR 1940	/* no one born earlier is still in service */
#define NIP_MIN_AGE 17		/* youngest age at appointment */
#define NIP_NELEM(a) (sizeof(a) / sizeof((a)[0]))

static const char *const nip_kind_names[] = {
	[NIP_PNS] = "pns",
	[NIP_PPPK] = "pppk",
};

static const char *const nip_messages[] = {
	[NIP_OK] = N_("The NIP has the right structure."),
	[NIP_EMPTY] = N_("Please enter the 18-digit NIP."),
	[NIP_NOT_DIGITS] = N_("The NIP may contain only the digits 0-9."),
	[NIP_LENGTH] = N_("The NIP must be 18 digits long."),
	[NIP_BIRTH_DATE] = N_("Digits 1-8 of the NIP must be the date of birth "
	    "(YYYYMMDD): a real date, in 1940 or later and at least 17 years "
	    "ago."),
	[NIP_APPOINT_YEAR] = N_("Digits 9-12 of the NIP must be the year of "
	    "appointment, at least 17 years after the birth year and not in "
	    "the future."),
	[NIP_APPOINT_MONTH] = N_("Digits 13-14 of a PNS NIP must be the month "
	    "of appointment (01-12)."),
	[NIP_GENDER] = N_("Digit 15 of the NIP must be 1 (male) or 2 (female)."),
	[NIP_SEQUENCE] = N_("Digits 16-18 of the NIP are a sequence number and "
	    "cannot be 000."),
};

/* Say whether c is a separator people type between the groups. */
static bool
nip_is_separator(char c)
{
	return c == ' ' || c == '.' || c == '-';
}

/* Copy s without separators; false (out empty) when it does not fit. */
bool
nip_normalize(const char *s, char out[19])
{
	size_t n = 0;

	out[0] = '\0';
	if (s == NULL)
		return true;
	for (; *s != '\0'; s++) {
		if (nip_is_separator(*s))
			continue;
		if (n == NIP_DIGITS) {
			out[0] = '\0';
			return false;
		}
		out[n++] = *s;
	}
	out[n] = '\0';
	return true;
}

/* Read the n decimal digits at p as a number. */
static int
nip_number(const char *p, int n)
{
	int v = 0;

	while (n-- > 0)
		v = v * 10 + (*p++ - '0');
	return v;
}

/* Count the days in a month of the proleptic Gregorian calendar. */
static int
nip_days_in_month(int year, int month)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/* Check that digits 1-8 are a plausible date of birth. */
static bool
nip_birth_ok(const char *nip, int this_year)
{
	int year = nip_number(nip, 4);
	int month = nip_number(nip + 4, 2);
	int day = nip_number(nip + 6, 2);

	if (year < NIP_MIN_BIRTH_YEAR || year > this_year - NIP_MIN_AGE)
		return false;
	if (month < 1 || month > 12)
		return false;
	return day >= 1 && day <= nip_days_in_month(year, month);
}

/* Check the structure of a normalized NIP, first problem first. */
enum nip_error
nip_check(const char *nip, enum nip_kind kind, int this_year)
{
	int appointed, month;

	if (nip == NULL || nip[0] == '\0')
		return NIP_EMPTY;
	if (strspn(nip, "0123456789") != strlen(nip))
		return NIP_NOT_DIGITS;
	if (strlen(nip) != NIP_DIGITS)
		return NIP_LENGTH;
	if (!nip_birth_ok(nip, this_year))
		return NIP_BIRTH_DATE;
	appointed = nip_number(nip + 8, 4);
	if (appointed < nip_number(nip, 4) + NIP_MIN_AGE || appointed > this_year)
		return NIP_APPOINT_YEAR;
	month = nip_number(nip + 12, 2);
	if (kind == NIP_PNS && (month < 1 || month > 12))
		return NIP_APPOINT_MONTH;
	if (nip[14] != '1' && nip[14] != '2')
		return NIP_GENDER;
	if (strcmp(nip + 15, "000") == 0)
		return NIP_SEQUENCE;
	return NIP_OK;
}

/* Translate the sentence that explains e. */
const char *
nip_error_message(enum nip_error e)
{
	if ((size_t)e >= NIP_NELEM(nip_messages))
		return _("The NIP is not valid.");
	return _(nip_messages[e]);
}

/* Name a kind as it is stored in the record. */
const char *
nip_kind_name(enum nip_kind k)
{
	if ((size_t)k >= NIP_NELEM(nip_kind_names))
		return NULL;
	return nip_kind_names[k];
}

/* Find the kind a stored name stands for. */
int
nip_kind_parse(const char *s)
{
	if (s == NULL)
		return -1;
	for (size_t i = 0; i < NIP_NELEM(nip_kind_names); i++)
		if (strcmp(s, nip_kind_names[i]) == 0)
			return (int)i;
	return -1;
}
