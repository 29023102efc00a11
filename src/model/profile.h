/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * profile: who an official is (name, NIP, PNS or PPPK, work unit and its
 * code, position), each field described once.
 *
 * PROFILE_FIELDS is the one list of the fields: the enum, the table that
 * profile_describe() gives, and (through offsetof) the members of struct
 * profile are checked against it by the compiler.  The record, the report
 * and the incident file write a profile as the members named by key, in
 * this order; the exports and the form take their labels from here.
 * Adding a field is a row here, a member in struct profile, and the form
 * and documentation that show it.
 */
#ifndef JAGAAKUN_PROFILE_H
#define JAGAAKUN_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include "model/nip.h"

#define PROFILE_MAX_TEXT 200	/* bytes in a text field in any file */
#define PROFILE_MAX_CODE 32	/* bytes in a unit's code */

/* How a field's value is held and judged. */
enum profile_type {
	PROFILE_TYPE_TEXT,	/* free text on one line (char *) */
	PROFILE_TYPE_NIP,	/* text; valid when it is 18 digits (char *) */
	PROFILE_TYPE_KIND,	/* enum nip_kind, "pns" / "pppk" in files */
	PROFILE_TYPE_CODE,	/* the code of a unit in the site settings
				 * (char *): a-z, 0-9 and "-", or "" when
				 * the site lists no units.  Files hold it
				 * only when set, and files written before
				 * it existed lack it (profile_written).
				 * Not a row of the form: the unit row's
				 * choice sets it. */
};

/*
 * X(ID, member, key, type, max, required, label, column):
 *   ID        PROFILE_<ID> in enum profile_field;
 *   member    the member of struct profile;
 *   key       the member's name in the record, report and incident file;
 *   type      enum profile_type;
 *   max       most bytes of the text (0 for the kind, which is a name);
 *   required  a file must not hold it blank (a NIP's type already says
 *             18 digits);
 *   label     msgid of the label on the profile form;
 *   column    msgid of the column heading in the exports, NULL when the
 *             exports leave the field out.
 */
#define PROFILE_FIELDS(X) \
	X(NAME, name, "name", PROFILE_TYPE_TEXT, PROFILE_MAX_TEXT, true, \
	    N_("Full name"), N_("Name")) \
	X(NIP, nip, "nip", PROFILE_TYPE_NIP, PROFILE_MAX_TEXT, true, \
	    N_("NIP"), N_("NIP")) \
	X(KIND, kind, "kind", PROFILE_TYPE_KIND, 0, true, \
	    N_("Employee type"), NULL) \
	X(UNIT, unit, "unit", PROFILE_TYPE_TEXT, PROFILE_MAX_TEXT, false, \
	    N_("Work unit"), N_("Work unit")) \
	X(POSITION, position, "position", PROFILE_TYPE_TEXT, PROFILE_MAX_TEXT, \
	    false, N_("Position"), N_("Position")) \
	X(UNIT_CODE, unit_code, "unit_code", PROFILE_TYPE_CODE, \
	    PROFILE_MAX_CODE, false, N_("Unit code"), NULL)

#define PROFILE_ENUM_ROW(id, member, key, type, max, required, label, \
    column) PROFILE_##id,

enum profile_field {
	PROFILE_FIELDS(PROFILE_ENUM_ROW)
	PROFILE_FIELD_COUNT
};

#undef PROFILE_ENUM_ROW

/* One row of PROFILE_FIELDS. */
struct profile_desc {
	const char *key;
	enum profile_type type;
	size_t max;
	bool required;
	const char *label;	/* msgid; translate with _() */
	const char *column;	/* msgid, or NULL: not exported */
	size_t offset;		/* of the member in struct profile */
};

/* One member per row of PROFILE_FIELDS.  The text members may belong to
 * the profile (profile_set, profile_copy; freed by profile_done) or to
 * someone else (an arena, string literals): the owner decides. */
struct profile {
	char *name;
	char *nip;		/* 18 digits, normalized */
	enum nip_kind kind;
	char *unit;		/* work unit: the site's name for it, when the
				 * site lists units */
	char *position;
	char *unit_code;	/* the unit's code there, or "" (or NULL);
				 * last, where it came */
};

/* What is wrong with a field's value, first found first. */
enum profile_problem {
	PROFILE_OK,
	PROFILE_NOT_UTF8,	/* text that is not valid UTF-8 */
	PROFILE_TOO_LONG,	/* text over the field's max bytes */
	PROFILE_UNKNOWN_KIND,	/* not "pns" or "pppk" */
	PROFILE_BLANK,		/* a required text that is empty or spaces */
	PROFILE_NOT_NIP,	/* a NIP that is not exactly 18 digits */
	PROFILE_NOT_CODE,	/* a code with more than a-z, 0-9 and "-" */
};

/* The row of field f (f < PROFILE_FIELD_COUNT). */
const struct profile_desc *profile_describe(enum profile_field f);

/* The value of f in p as files hold it: the text (NULL when unset), or
 * the kind's name ("pns", "pppk"; NULL for a kind out of range). */
const char *profile_get(const struct profile *p, enum profile_field f);

/* The member of a text field f, for a reader that allocates the text its
 * own way (an arena); NULL for the kind. */
char **profile_text(struct profile *p, enum profile_field f);

/*
 * Store text as the value of f in p: a copy the profile owns (the
 * previous one is freed; NULL is stored as ""), or the kind it names.
 * Refuses, leaving p unchanged, what no file may hold: PROFILE_NOT_UTF8,
 * PROFILE_TOO_LONG (text over max bytes), PROFILE_UNKNOWN_KIND.  What the
 * value says (blank, NIP shape) is profile_check's.
 */
enum profile_problem profile_set(struct profile *p, enum profile_field f,
    const char *text);

/* Judge text (NULL counts as "") as the value of f, in the order of enum
 * profile_problem: it must be valid UTF-8 and fit max, a kind must be
 * known, a required text not blank, a NIP 18 digits, a code empty or
 * of a-z, 0-9 and "-". */
enum profile_problem profile_check(enum profile_field f, const char *text);

/* Say whether a file may lack field f (one written before f existed);
 * a reader then takes f as "". */
bool profile_optional(enum profile_field f);

/* Say whether a file written now holds field f of p: every field but an
 * optional one that is empty. */
bool profile_written(const struct profile *p, enum profile_field f);

/* Set dst to a copy of src that dst owns: every text copied as it is (a
 * NULL text as ""), the kind taken over.  dst's old values are not
 * freed. */
void profile_copy(struct profile *dst, const struct profile *src);

/* Free the texts p owns and clear p (NULL members are fine). */
void profile_done(struct profile *p);

#endif
