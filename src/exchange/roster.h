/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * roster: the officials an office expects to report, read from the CSV
 * its personnel system exports: one official a row, with the NIP, the
 * name and the work unit.  It knows nothing of collect, which uses it to
 * tell who has not reported.
 *
 * What is read (jagaakun(1), collect --roster):
 * - fields separated by ';' or ',': whichever of the two the first row
 *   holds more of outside quotes (';' on a tie, as Excel writes CSV in
 *   an Indonesian locale);
 * - an optional UTF-8 byte-order mark; CRLF or LF line ends;
 * - quoted fields as RFC 4180 has them ("" inside quotes is one quote;
 *   quotes may hold separators and line breaks);
 * - a header row, when the first row names its columns and holds no
 *   NIP: the columns are then found by their names, in Indonesian or
 *   English (NIP, Nama, Unit kerja; Name, Work unit; a few other usual
 *   spellings), in any order and among any others.  Without a header the
 *   first three columns are the NIP, the name and the unit, and any
 *   further ones are ignored;
 * - NIPs written with spaces, dots or dashes between the groups, or with
 *   the apostrophe a spreadsheet puts in front of a number kept as text.
 * Rows whose fields are all empty are skipped silently.  A row that
 * cannot be used (a NIP without the structure of a PNS NIP or an NI
 * PPPK, a missing or empty field, a NIP listed before, text that is not
 * UTF-8 or holds control characters, a field longer than
 * PROFILE_MAX_TEXT bytes, a broken quote) is reported as "file:line:
 * message" and skipped; the rest of the file is read.
 */
#ifndef JAGAAKUN_ROSTER_H
#define JAGAAKUN_ROSTER_H

#include <stddef.h>
#include "base/diag.h"

#define ROSTER_MAX_BYTES (256L * 1024 * 1024)	/* a file, 2 million rows */
#define ROSTER_MAX_ROW 65536	/* bytes in a row, quoted breaks and all */
#define ROSTER_NONE ((size_t)-1)	/* roster_find: not on the roster */

struct arena;
struct strmap;

/* An official on the roster. */
struct roster_official {
	char *nip;		/* 18 digits */
	char *name;
	char *unit;		/* as the roster writes it, trimmed */
	int line;		/* where the row starts */
};

struct roster {
	char *path;			/* as given, for messages */
	struct roster_official *officials;	/* in file order */
	size_t n;
	size_t skipped;			/* rows reported and skipped */
	char sep;			/* ';' or ',' */
	int header;			/* the header row's line; 0: none */
	struct strmap *by_nip;		/* private */
	struct arena *text;		/* private: the officials' text */
};

/*
 * Parse len bytes of buf, read from path, checking NIPs against
 * this_year.  Each row skipped adds a "path:line: message" to d.  NULL,
 * with the reason in d, when nothing can be read: a header row that
 * names no column for the NIP, the name or the unit, or no usable row
 * at all.
 */
struct roster *roster_parse(const char *path, const char *buf, size_t len,
    int this_year, struct diag *d);

/* Read the file at path (at most ROSTER_MAX_BYTES) and parse it as
 * roster_parse does; NULL, with the reason in d, when it cannot be read
 * or used. */
struct roster *roster_load(const char *path, int this_year, struct diag *d);

/* The index of the official with the 18-digit nip, or ROSTER_NONE. */
size_t roster_find(const struct roster *r, const char *nip);

void roster_free(struct roster *r);

#endif
