/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * nip: structure checks on the 18-digit civil-servant number.
 *
 * PNS NIP (Perka BKN 22/2007): birth date YYYYMMDD, CPNS appointment
 * YYYYMM, gender 1 or 2, sequence from 001.  NI PPPK: birth date and
 * gender in the same places, but digits 9-14 hold a year and a two-digit
 * code that is not a month.  These checks catch typing mistakes; they do
 * not prove the number was issued.
 */
#ifndef JAGAAKUN_NIP_H
#define JAGAAKUN_NIP_H

#include <stdbool.h>

enum nip_kind {
	NIP_PNS,
	NIP_PPPK,
};

enum nip_error {
	NIP_OK,
	NIP_EMPTY,
	NIP_NOT_DIGITS,		/* something other than 0-9 (spaces are allowed and dropped by nip_normalize) */
	NIP_LENGTH,		/* not 18 digits */
	NIP_BIRTH_DATE,		/* digits 1-8 are not a real date */
	NIP_APPOINT_YEAR,	/* digits 9-12 before birth year + 17 or in the future */
	NIP_APPOINT_MONTH,	/* PNS only: digits 13-14 not 01-12 */
	NIP_GENDER,		/* digit 15 not 1 or 2 */
	NIP_SEQUENCE,		/* digits 16-18 are 000 */
};

/* Copy s into out (19 bytes) without spaces, dots or dashes people type
 * between the groups.  Returns false, with out left empty, when the result
 * is longer than 18 characters (report that as NIP_LENGTH, not as
 * NIP_EMPTY); NULL gives an empty out and true. */
bool nip_normalize(const char *s, char out[19]);

/* Check a normalized NIP against the structure of kind.  this_year is the
 * current year (passed in so tests are stable). */
enum nip_error nip_check(const char *nip, enum nip_kind kind, int this_year);

/* A translated sentence saying which part is wrong. */
const char *nip_error_message(enum nip_error e);

/* "pns" / "pppk" and back; nip_kind_parse returns -1 for other text. */
const char *nip_kind_name(enum nip_kind k);
int nip_kind_parse(const char *s);

#endif
