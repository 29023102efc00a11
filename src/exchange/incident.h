/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * incident: "my account may be taken over", written down at once.
 *
 * When an official fears that someone else controls their WhatsApp, the
 * checklist writes a small incident file for the IT office: when, who,
 * what was noticed and whether contacts were asked for money.  It never
 * holds a code, a PIN or a password.  The file is versioned JSON
 * (written with json-c, read with jdoc), one per incident, named
 * "jagaakun-incident-<NIP>-<YYYYMMDDTHHMMSSZ>.json", and written
 * atomically beside the reports, where `collect` lists it first:
 *
 *	{ "format": 1, "type": "jagaakun-incident",
 *	  "program": { "name": "jagaakun", "version": "0.1" },
 *	  "host": "pc-12", "time": "2026-11-24T07:05:00Z",
 *	  "profile": { "name": ..., "nip": ..., "kind": "pns",
 *	               "unit": ..., "position": ... },
 *	  "noticed": "someone-else", "details": "",
 *	  "money_asked": "unknown" }
 *
 * Incident files come from other machines: incident_parse checks every
 * member with jreader, as report_parse does (size cap, strict JSON,
 * UTF-8, types, values, NIP structure), and says why a file is refused
 * with the same reasons (reject.h), so `collect` handles both alike.
 */
#ifndef JAGAAKUN_INCIDENT_H
#define JAGAAKUN_INCIDENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>
#include "exchange/reject.h"
#include "model/record.h"

#define INCIDENT_FORMAT 1
#define INCIDENT_TYPE "jagaakun-incident"	/* the "type" member */
#define INCIDENT_MAX_BYTES (64 * 1024)	/* larger incident files are refused */
#define INCIDENT_DETAILS_MAX 300	/* bytes of free text */

/* What the official noticed, in the order the screen lists it. */
enum incident_noticed {
	INCIDENT_SOMEONE_ELSE,		/* someone else is using my account */
	INCIDENT_GAVE_CODE,		/* I gave a code to someone */
	INCIDENT_CONTACTS_MESSAGED,	/* contacts got messages not sent by me */
	INCIDENT_CANNOT_LOGIN,		/* I cannot log in */
	INCIDENT_OTHER,
	INCIDENT_NOTICED_COUNT
};

/* Whether contacts were asked for money, in the order the screen lists
 * it. */
enum incident_money {
	INCIDENT_MONEY_YES,
	INCIDENT_MONEY_NO,
	INCIDENT_MONEY_UNKNOWN,		/* don't know */
	INCIDENT_MONEY_COUNT
};

struct incident {
	int format;
	char *program_version;
	char *host;
	time_t time;			/* when it was recorded */
	struct profile profile;
	enum incident_noticed noticed;
	char *details;			/* "" when none */
	enum incident_money money;
};

/*
 * A new incident for the official with profile p, recorded at now; every
 * string is copied.  details (NULL for none) is what the official typed:
 * trimmed, each control character made a space, invisible formatting
 * characters dropped, invalid UTF-8 made '?', and cut at a character
 * boundary to INCIDENT_DETAILS_MAX bytes (the caller has refused a note
 * with a code: incident_note_has_code).  host NULL means this machine's
 * name.
 */
struct incident *incident_new(const struct profile *p,
    enum incident_noticed noticed, const char *details,
    enum incident_money money, time_t now, const char *host);
void incident_free(struct incident *inc);

/*
 * Say whether a note (NULL for none) holds what looks like a code: a
 * number of 4 to 8 digits standing alone (not part of a word, an amount
 * such as "500.000" or a date), also in groups joined by spaces or
 * dashes ("123 456", "123-456"); years ("2024") and dates ("12-03-2026")
 * are not codes.  The checklist refuses such a note, so that no code is
 * ever written down.
 */
bool incident_note_has_code(const char *note);

/* Write inc as JSON to f.  Returns 0 or a negative errno. */
int incident_write_json(const struct incident *inc, FILE *f);

/* The file name, "jagaakun-incident-<NIP>-<YYYYMMDDTHHMMSSZ>.json", made
 * from the NIP's digits only; caller frees. */
char *incident_name(const struct incident *inc);

/*
 * Write inc atomically (fs_write_file with FS_SHARED | FS_NEW) as
 * dir/incident_name(inc), with mode 0666 less the umask like a report.
 * *path (when not NULL) gets the full path even on failure; caller frees.
 * Returns 0 or a negative errno; -EEXIST when anything is already there
 * under that name (a file, a link: never replaced, never followed).
 */
int incident_write(const struct incident *inc, const char *dir, char **path);

/*
 * Read an incident from len bytes at buf.  Returns REJECT_OK and sets
 * *out, or why it was refused (REJECT_TOO_LARGE for an incident file over
 * INCIDENT_MAX_BYTES, or any file over JREADER_MAX_BYTES, left unread;
 * REJECT_NOT_JSON, REJECT_NOT_REPORT when it is not an incident file --
 * a report, say --, REJECT_UNKNOWN_FORMAT, REJECT_INVALID) and, when
 * detail is not NULL, a translated sentence saying more (caller frees).
 */
enum reject_reason incident_parse(const char *buf, size_t len,
    struct incident **out, char **detail);

/* "someone-else", "gave-code", "contacts-messaged", "cannot-login",
 * "other" and back (-1 for other text). */
const char *incident_noticed_name(enum incident_noticed n);
int incident_noticed_parse(const char *s);
/* The translated sentence the screen and collect show. */
const char *incident_noticed_label(enum incident_noticed n);

/* "yes", "no", "unknown" and back (-1 for other text). */
const char *incident_money_name(enum incident_money m);
int incident_money_parse(const char *s);
/* The translated answer: "Yes", "No", "I don't know". */
const char *incident_money_label(enum incident_money m);

#endif
