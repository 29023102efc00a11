/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * incident: build, write and read the incident file (see incident.h).
 *
 * The writer cleans what the official typed before it is stored, so a
 * file this program wrote never holds a control character or bytes that
 * are not UTF-8; the reader (jreader, with the rules below) refuses a
 * file that does, or any member of the wrong type, value or length.
 * Members it does not know are ignored, so a later minor revision of
 * format 1 may add some.
 */
#include "config.h"
#include "exchange/incident.h"

#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "os/fsutil.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "exchange/jreader.h"
#include "model/profile.h"
#include "base/sanitize.h"
#include "base/text.h"
#include "base/utf8.h"
#include "base/xalloc.h"

#define INCIDENT_PRETTY (JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | \
    JSON_C_TO_STRING_NOSLASHESCAPE)
#define INCIDENT_MAX_HOST 255		/* bytes in a host name */
#define INCIDENT_MAX_VERSION 64		/* bytes in program.version */
#define INCIDENT_MAX_NIP 18		/* bytes in profile.nip */
#define INCIDENT_MAX_KIND 8		/* bytes in profile.kind */
#ifndef HOST_NAME_MAX
#define HOST_NAME_MAX 255
#endif

static const char *const incident_noticed_names[INCIDENT_NOTICED_COUNT] = {
	[INCIDENT_SOMEONE_ELSE] = "someone-else",
	[INCIDENT_GAVE_CODE] = "gave-code",
	[INCIDENT_CONTACTS_MESSAGED] = "contacts-messaged",
	[INCIDENT_CANNOT_LOGIN] = "cannot-login",
	[INCIDENT_OTHER] = "other",
};

static const char *const incident_noticed_labels[INCIDENT_NOTICED_COUNT] = {
	[INCIDENT_SOMEONE_ELSE] = N_("Someone else is using my account"),
	[INCIDENT_GAVE_CODE] = N_("I gave a code to someone"),
	[INCIDENT_CONTACTS_MESSAGED] = N_("My contacts received messages I did "
	    "not send"),
	[INCIDENT_CANNOT_LOGIN] = N_("I cannot log in"),
	/* TRANSLATORS: something else was noticed about the account. */
	[INCIDENT_OTHER] = N_("Something else"),
};

static const char *const incident_money_names[INCIDENT_MONEY_COUNT] = {
	[INCIDENT_MONEY_YES] = "yes",
	[INCIDENT_MONEY_NO] = "no",
	[INCIDENT_MONEY_UNKNOWN] = "unknown",
};

static const char *const incident_money_labels[INCIDENT_MONEY_COUNT] = {
	/* TRANSLATORS: answers to "Were your contacts asked for money?" */
	[INCIDENT_MONEY_YES] = N_("Yes"),
	[INCIDENT_MONEY_NO] = N_("No"),
	[INCIDENT_MONEY_UNKNOWN] = N_("I don't know"),
};

/* Find s among n names; -1 when absent. */
static int
incident_lookup(const char *const *names, int n, const char *s)
{
	for (int i = 0; s != NULL && i < n; i++)
		if (strcmp(names[i], s) == 0)
			return i;
	return -1;
}

const char *
incident_noticed_name(enum incident_noticed n)
{
	return incident_noticed_names[n];
}

int
incident_noticed_parse(const char *s)
{
	return incident_lookup(incident_noticed_names, INCIDENT_NOTICED_COUNT,
	    s);
}

const char *
incident_noticed_label(enum incident_noticed n)
{
	return _(incident_noticed_labels[n]);
}

const char *
incident_money_name(enum incident_money m)
{
	return incident_money_names[m];
}

int
incident_money_parse(const char *s)
{
	return incident_lookup(incident_money_names, INCIDENT_MONEY_COUNT, s);
}

const char *
incident_money_label(enum incident_money m)
{
	return _(incident_money_labels[m]);
}

/* Copy s (NULL as "") as clean text of at most max bytes: safe on a
 * terminal (sanitize_text: no controls, no invisible formatting
 * characters, invalid UTF-8 made '?'), trimmed, and cut without
 * splitting a character. */
static char *
incident_clean(const char *s, size_t max)
{
	char *safe = sanitize_text(s);
	char *t = text_clean_field(safe);
	size_t n = strlen(t);

	free(safe);
	if (n > max) {
		n = max;
		while (n > 0 && ((unsigned char)t[n] & 0xc0) == 0x80)
			n--;
		t[n] = '\0';
		/* The cut may leave a space at the end. */
		safe = text_clean_field(t);
		free(t);
		t = safe;
	}
	return t;
}

/* Say whether s is c once the zero-width characters in s are passed
 * over. */
static bool
incident_same_but_zero_width(const char *c, const char *s)
{
	while (*s != '\0') {
		uint32_t cp;
		size_t n = (unsigned char)*s >= 0x80 ? utf8_decode(s, &cp) : 0;

		if (n > 0 && utf8_hidden(cp) == UTF8_ZERO_WIDTH)
			s += n;
		else if (*c++ != *s++)
			return false;
	}
	return *c == '\0';
}

/* Say whether s is text this program writes: what incident_clean makes
 * of it is s itself; or wrote: version 0.1.0 kept zero-width characters,
 * which are dropped now (bidirectional controls never were kept). */
static bool
incident_is_clean(const char *s, size_t max)
{
	char *c = incident_clean(s, max);
	bool same = incident_same_but_zero_width(c, s);

	free(c);
	return same;
}

/* Copy from into to: the kind as it is, each text cleaned to the most
 * bytes the profile table allows it. */
static void
incident_clean_profile(struct profile *to, const struct profile *from)
{
	*to = *from;
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		char **text = profile_text(to, f);

		if (text != NULL)
			*text = incident_clean(*text, profile_describe(f)->max);
	}
}

/* This machine's name, or "" when it has none. */
static char *
incident_host(void)
{
	char buf[HOST_NAME_MAX + 1];

	if (gethostname(buf, sizeof buf) != 0)
		buf[0] = '\0';
	buf[HOST_NAME_MAX] = '\0';
	return incident_clean(buf, INCIDENT_MAX_HOST);
}

struct incident *
incident_new(const struct profile *p, enum incident_noticed noticed,
    const char *details, enum incident_money money, time_t now,
    const char *host)
{
	struct incident *inc = xcalloc(1, sizeof *inc);

	inc->format = INCIDENT_FORMAT;
	inc->program_version = xstrdup(VERSION);
	inc->host = host != NULL ? incident_clean(host, INCIDENT_MAX_HOST) :
	    incident_host();
	inc->time = now;
	incident_clean_profile(&inc->profile, p);
	inc->noticed = noticed;
	inc->details = incident_clean(details, INCIDENT_DETAILS_MAX);
	inc->money = money;
	return inc;
}

void
incident_free(struct incident *inc)
{
	if (inc == NULL)
		return;
	free(inc->program_version);
	free(inc->host);
	profile_done(&inc->profile);
	free(inc->details);
	free(inc);
}

/* ---- codes in a note ---- */

#define INCIDENT_CODE_MIN 4	/* digits of the shortest code looked for */
#define INCIDENT_CODE_MAX 8	/* and of the longest */

/* One number in a note, as digit groups: "123 456" has two. */
struct incident_number {
	size_t digits, n_groups;
	size_t len[INCIDENT_CODE_MAX];		/* digits of each group */
	unsigned long value[INCIDENT_CODE_MAX];
};

/* Say whether c is an ASCII digit or letter (isalnum depends on the
 * locale). */
static bool
incident_is_alnum(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool
incident_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Read the number at p into *num: digit groups joined by spaces or
 * dashes ("123 456", "123-456"); the end of it. */
static const char *
incident_number_read(const char *p, struct incident_number *num)
{
	memset(num, 0, sizeof *num);
	for (;;) {
		size_t g = num->n_groups++, len = 0;
		unsigned long v = 0;
		const char *q;

		for (; incident_is_digit(*p); p++, len++)
			if (len < INCIDENT_CODE_MAX)	/* more: no code */
				v = v * 10 + (unsigned long)(*p - '0');
		num->digits += len;
		if (g < INCIDENT_CODE_MAX) {
			num->len[g] = len;
			num->value[g] = v;
		}
		for (q = p; *q == ' ' || *q == '-'; q++)
			continue;
		if (q == p || !incident_is_digit(*q))
			return p;
		p = q;
	}
}

/* Say whether the byte c beside a number, with next beyond it, joins the
 * number to more: a letter or a digit, or the '.' ',' '/' of an amount
 * or a date when a digit follows ("500.000", "12/03/2026"). */
static bool
incident_is_joined(char c, char next)
{
	return incident_is_alnum(c) ||
	    ((c == '.' || c == ',' || c == '/') && incident_is_digit(next));
}

/* Say whether a group of len digits is a year, value, of this era. */
static bool
incident_is_year(size_t len, unsigned long value)
{
	return len == 4 && value >= 1900 && value <= 2099;
}

/* Say whether the digit groups of num are a date, d-m-yyyy or yyyy-m-d. */
static bool
incident_is_date(const struct incident_number *num)
{
	const size_t *len = num->len;
	const unsigned long *v = num->value;

	if (num->n_groups != 3)
		return false;
	return (len[0] <= 2 && len[1] <= 2 && incident_is_year(len[2], v[2])) ||
	    (incident_is_year(len[0], v[0]) && len[1] <= 2 && len[2] <= 2);
}

/*
 * Say whether num, standing alone, looks like a code: 4 to 8 digits, but
 * not a year ("2024") or a date ("12-03-2026"); in groups, as a code is
 * shown ("123 456", "1234-5678"), each of 2 to 4 digits and one at least
 * of 3, none of them a year ("2023-2024").
 */
static bool
incident_number_is_code(const struct incident_number *num)
{
	bool long_group = false;

	if (num->digits < INCIDENT_CODE_MIN || num->digits > INCIDENT_CODE_MAX)
		return false;
	if (num->n_groups == 1)
		return !incident_is_year(num->len[0], num->value[0]);
	if (incident_is_date(num))
		return false;
	for (size_t g = 0; g < num->n_groups; g++) {
		if (num->len[g] < 2 || num->len[g] > 4 ||
		    incident_is_year(num->len[g], num->value[g]))
			return false;
		long_group |= num->len[g] >= 3;
	}
	return long_group;
}

bool
incident_note_has_code(const char *note)
{
	const char *p = note != NULL ? note : "";

	while (*p != '\0') {
		struct incident_number num;
		const char *end;
		bool alone;

		if (!incident_is_digit(*p)) {
			p++;
			continue;
		}
		end = incident_number_read(p, &num);
		alone = (p == note || !incident_is_joined(p[-1],
		    p - note >= 2 ? p[-2] : '\0')) &&
		    !incident_is_joined(end[0], end[0] != '\0' ? end[1] : '\0');
		if (alone && incident_number_is_code(&num))
			return true;
		p = end;
	}
	return false;
}

/* ---- writing ---- */

/* Add member key = string s to obj. */
static void
incident_put(struct json_object *obj, const char *key, const char *s)
{
	json_object_object_add(obj, key, json_object_new_string(s));
}

/* The whole incident as JSON. */
static struct json_object *
incident_to_json(const struct incident *inc)
{
	struct json_object *o = json_object_new_object();
	struct json_object *prog = json_object_new_object();
	struct json_object *prof = json_object_new_object();
	char when[ISOTIME_LEN];

	isotime_format(inc->time, when);
	incident_put(prog, "name", JREADER_PROGRAM);
	incident_put(prog, "version", inc->program_version);
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (profile_written(&inc->profile, f))
			incident_put(prof, profile_describe(f)->key,
			    profile_get(&inc->profile, f));
	json_object_object_add(o, "format",
	    json_object_new_int(INCIDENT_FORMAT));
	incident_put(o, "type", INCIDENT_TYPE);
	json_object_object_add(o, "program", prog);
	incident_put(o, "host", inc->host);
	incident_put(o, "time", when);
	json_object_object_add(o, "profile", prof);
	incident_put(o, "noticed", incident_noticed_name(inc->noticed));
	incident_put(o, "details", inc->details);
	incident_put(o, "money_asked", incident_money_name(inc->money));
	return o;
}

int
incident_write_json(const struct incident *inc, FILE *f)
{
	struct json_object *o = incident_to_json(inc);
	int err = 0;

	errno = 0;
	if (fputs(json_object_to_json_string_ext(o, INCIDENT_PRETTY), f) ==
	    EOF || fputc('\n', f) == EOF)
		err = errno ? -errno : -EIO;
	json_object_put(o);
	return err;
}

char *
incident_name(const struct incident *inc)
{
	char nip[19], when[17];
	size_t n = 0;
	struct tm tm;

	for (const char *p = inc->profile.nip; p && *p && n < 18; p++)
		if (*p >= '0' && *p <= '9')
			nip[n++] = *p;
	nip[n] = '\0';
	if (gmtime_r(&inc->time, &tm) == NULL ||
	    strftime(when, sizeof when, "%Y%m%dT%H%M%SZ", &tm) == 0)
		strcpy(when, "00000000T000000Z");
	return xasprintf("jagaakun-incident-%s-%s.json",
	    n > 0 ? nip : "unknown", when);
}

/* fs_writer: the incident in ctx. */
static int
incident_save_writer(FILE *f, void *ctx)
{
	return incident_write_json(ctx, f);
}

int
incident_write(const struct incident *inc, const char *dir, char **path)
{
	char *name = incident_name(inc);
	char *full = xasprintf("%s/%s", dir, name);
	int err;

	free(name);
	err = fs_write_file(full, FS_SHARED | FS_NEW, incident_save_writer,
	    (void *)inc);
	if (path != NULL)
		*path = full;
	else
		free(full);
	return err;
}

/* ---- reading ---- */

static char *incident_other_format(long long found);

static const struct jreader_format incident_format = {
	.type = INCIDENT_TYPE,
	.format = INCIDENT_FORMAT,
	.max_bytes = INCIDENT_MAX_BYTES,
	.unhashed = NULL,
	.not_this = N_("It is not a jagaakun incident file."),
	.other_format = incident_other_format,
	.one_field_detail = true,
};

/*
 * The strings of an incident: not longer than a limit and, as the writer
 * never writes other text, what incident_clean leaves as it is (no
 * invalid UTF-8, no control or bidirectional formatting character, no
 * white space at either end; zero-width characters, which version 0.1.0
 * wrote, are let through); such text means a file made or edited by
 * hand.
 */
#define INCIDENT_TEXT(max, nonempty) { (max), (nonempty), incident_is_clean }
static const struct jreader_text incident_version =
    INCIDENT_TEXT(INCIDENT_MAX_VERSION, true);
static const struct jreader_text incident_host_text =
    INCIDENT_TEXT(INCIDENT_MAX_HOST, false);
static const struct jreader_text incident_choice_text = INCIDENT_TEXT(64, true);
static const struct jreader_text incident_details =
    INCIDENT_TEXT(INCIDENT_DETAILS_MAX, false);
/* A profile's strings: a text as long as the profile table allows, a
 * NIP as long as a NIP, a kind as its name; empty only where the table
 * does not require the field. */
#define INCIDENT_PROFILE_MAX(type, max) \
	((type) == PROFILE_TYPE_NIP ? INCIDENT_MAX_NIP : \
	    (type) == PROFILE_TYPE_KIND ? INCIDENT_MAX_KIND : (max))
#define INCIDENT_PROFILE_RULE(id, member, key, type, max, required, label, \
    column) [PROFILE_##id] = INCIDENT_TEXT(INCIDENT_PROFILE_MAX(type, max), \
    required),
static const struct jreader_text incident_profile[PROFILE_FIELD_COUNT] = {
	PROFILE_FIELDS(INCIDENT_PROFILE_RULE)
};
#undef INCIDENT_PROFILE_RULE
#undef INCIDENT_PROFILE_MAX

/* The detail for an incident in another format (caller frees). */
static char *
incident_other_format(long long found)
{
	return xasprintf(_("It is in incident format %lld; this version reads "
	    "format %d."), found, INCIDENT_FORMAT);
}

/* The index of member key's text in a list of names, or -1 and the file
 * refused. */
static int
incident_choice(struct jreader *rd, jdoc_ref obj, const char *key,
    int (*parse)(const char *))
{
	const char *s = jreader_peek_text(rd, obj, key, &incident_choice_text);
	int i = s != NULL ? parse(s) : -1;

	if (s != NULL && i < 0)
		jreader_invalid(rd, key, JREADER_BAD_VALUE);
	return i;
}

/* Read every member of an identified incident. */
static struct incident *
incident_from_json(struct jreader *rd, jdoc_ref root)
{
	struct incident *inc = xcalloc(1, sizeof *inc);
	jdoc_ref prog = jreader_get(rd, root, "program", JDOC_OBJECT);
	int i;

	inc->format = INCIDENT_FORMAT;
	rd->parent = "program";
	if (prog != JDOC_NONE)
		inc->program_version = jreader_text(rd, prog, "version",
		    &incident_version);
	rd->parent = NULL;
	inc->host = jreader_text(rd, root, "host", &incident_host_text);
	jreader_time(rd, root, "time", false, &inc->time);
	jreader_profile(rd, root, incident_profile, inc->time, &inc->profile);
	i = incident_choice(rd, root, "noticed", incident_noticed_parse);
	inc->noticed = i < 0 ? INCIDENT_OTHER : (enum incident_noticed)i;
	inc->details = jreader_text(rd, root, "details", &incident_details);
	i = incident_choice(rd, root, "money_asked", incident_money_parse);
	inc->money = i < 0 ? INCIDENT_MONEY_UNKNOWN : (enum incident_money)i;
	if (jreader_ok(rd))
		return inc;
	incident_free(inc);
	return NULL;
}

enum reject_reason
incident_parse(const char *buf, size_t len, struct incident **out,
    char **detail)
{
	struct jdoc *doc = jdoc_new();
	struct jreader rd;
	jdoc_ref root = jreader_open(&rd, &incident_format, doc, buf, len);

	*out = NULL;
	if (root != JDOC_NONE)
		*out = incident_from_json(&rd, root);
	jdoc_free(doc);
	return jreader_finish(&rd, detail);
}
