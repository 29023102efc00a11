/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * profile: the table of profile fields made from PROFILE_FIELDS, and the
 * accessors that let every reader and writer loop over it (see
 * profile.h).
 */
#include "config.h"
#include "model/profile.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/text.h"
#include "base/xalloc.h"

#define PROFILE_NIP_DIGITS 18
#define PROFILE_CODE_CHARS "abcdefghijklmnopqrstuvwxyz0123456789-"

#define PROFILE_DESC_ROW(id, member, key, type, max, required, label, \
    column) \
	[PROFILE_##id] = { key, type, max, required, label, column, \
	    offsetof(struct profile, member) },

static const struct profile_desc profile_fields[] = {
	PROFILE_FIELDS(PROFILE_DESC_ROW)
};

static_assert(sizeof profile_fields / sizeof *profile_fields ==
    PROFILE_FIELD_COUNT, "one row of profile_fields per profile field");

/* Each member has the C type its row's type says: the accessors below
 * reach it through the offset alone. */
#define PROFILE_TYPE_ROW(id, member, key, type, max, required, label, \
    column) \
	static_assert(_Generic(((struct profile *)NULL)->member, \
	    char *: (type) != PROFILE_TYPE_KIND, \
	    enum nip_kind: (type) == PROFILE_TYPE_KIND, \
	    default: 0), "struct profile's " #member " has the type of " #type);

PROFILE_FIELDS(PROFILE_TYPE_ROW)

/* Give the row of f. */
const struct profile_desc *
profile_describe(enum profile_field f)
{
	return &profile_fields[f];
}

/* The kind of p, through the table's offset. */
static enum nip_kind *
profile_kind(struct profile *p, enum profile_field f)
{
	return (enum nip_kind *)((char *)p + profile_fields[f].offset);
}

/* Find the member of a text field. */
char **
profile_text(struct profile *p, enum profile_field f)
{
	if (profile_fields[f].type == PROFILE_TYPE_KIND)
		return NULL;
	return (char **)((char *)p + profile_fields[f].offset);
}

/* Give the value of f as files hold it. */
const char *
profile_get(const struct profile *p, enum profile_field f)
{
	const char *member = (const char *)p + profile_fields[f].offset;

	if (profile_fields[f].type == PROFILE_TYPE_KIND)
		return nip_kind_name(*(const enum nip_kind *)member);
	return *(char *const *)member;
}

/* The problems that keep text out of any file as the value of f. */
static enum profile_problem
profile_storable(enum profile_field f, const char *text)
{
	const struct profile_desc *d = &profile_fields[f];

	if (d->type == PROFILE_TYPE_KIND)
		return nip_kind_parse(text) < 0 ? PROFILE_UNKNOWN_KIND :
		    PROFILE_OK;
	if (!text_is_utf8(text))
		return PROFILE_NOT_UTF8;
	if (strlen(text) > d->max)
		return PROFILE_TOO_LONG;
	return PROFILE_OK;
}

/* Store a copy of text, or the kind it names. */
enum profile_problem
profile_set(struct profile *p, enum profile_field f, const char *text)
{
	enum profile_problem e;
	char **member;

	if (text == NULL && profile_fields[f].type != PROFILE_TYPE_KIND)
		text = "";
	if ((e = profile_storable(f, text)) != PROFILE_OK)
		return e;
	if ((member = profile_text(p, f)) == NULL) {
		*profile_kind(p, f) = (enum nip_kind)nip_kind_parse(text);
		return PROFILE_OK;
	}
	free(*member);
	*member = xstrdup(text);
	return PROFILE_OK;
}

/* Say whether s is a normalized NIP: exactly 18 digits. */
static bool
profile_is_nip(const char *s)
{
	return strlen(s) == PROFILE_NIP_DIGITS &&
	    strspn(s, "0123456789") == PROFILE_NIP_DIGITS;
}

/* Judge text as the value of f. */
enum profile_problem
profile_check(enum profile_field f, const char *text)
{
	const struct profile_desc *d = &profile_fields[f];
	enum profile_problem e;

	if (text == NULL)
		text = "";
	if ((e = profile_storable(f, text)) != PROFILE_OK)
		return e;
	if (d->type == PROFILE_TYPE_TEXT && d->required && text_is_blank(text))
		return PROFILE_BLANK;
	if (d->type == PROFILE_TYPE_NIP && !profile_is_nip(text))
		return PROFILE_NOT_NIP;
	if (d->type == PROFILE_TYPE_CODE &&
	    strspn(text, PROFILE_CODE_CHARS) != strlen(text))
		return PROFILE_NOT_CODE;
	return PROFILE_OK;
}

/* Say whether files may lack f: the unit's code came later. */
bool
profile_optional(enum profile_field f)
{
	return profile_fields[f].type == PROFILE_TYPE_CODE;
}

/* Say whether a file holds f of p. */
bool
profile_written(const struct profile *p, enum profile_field f)
{
	const char *v = profile_get(p, f);

	return !profile_optional(f) || (v != NULL && *v != '\0');
}

/* Copy src into dst. */
void
profile_copy(struct profile *dst, const struct profile *src)
{
	*dst = *src;
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		char **member = profile_text(dst, f);

		if (member != NULL)
			*member = xstrdup(*member != NULL ? *member : "");
	}
}

/* Free a profile's texts. */
void
profile_done(struct profile *p)
{
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		char **member = profile_text(p, f);

		if (member != NULL)
			free(*member);
	}
	memset(p, 0, sizeof *p);
}
