/*
 * incident: build, write and read the incident file (see incident.h).
 *
 * The writer cleans what the official typed before it is stored, so a
 * file this program wrote never holds a control character or bytes that
 * are not UTF-8; the reader refuses a file that does, or any member of
 * the wrong type, value or length.  Members it does not know are
 * ignored, so a later minor revision of format 1 may add some.
 */
#include "config.h"
#include "exchange/incident.h"

#include <errno.h>
#include <json-c/json.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "os/fsutil.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/jdoc.h"
#include "model/nip.h"
#include "base/sanitize.h"
#include "base/text.h"
#include "base/xalloc.h"

#define INCIDENT_PROGRAM "jagaakun"	/* program.name: fixed by the format */
#define INCIDENT_PRETTY (JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED | \
    JSON_C_TO_STRING_NOSLASHESCAPE)
#define INCIDENT_MAX_HOST 255		/* bytes in a host name */
#define INCIDENT_MAX_VERSION 64		/* bytes in program.version */
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
 * terminal (sanitize_text: no controls, no bidirectional overrides,
 * invalid UTF-8 made '?'), trimmed, and cut without splitting a
 * character. */
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

/* Say whether s is text this program writes: what incident_clean makes
 * of it is s itself. */
static bool
incident_is_clean(const char *s, size_t max)
{
	char *c = incident_clean(s, max);
	bool same = strcmp(c, s) == 0;

	free(c);
	return same;
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
	inc->profile.name = incident_clean(p->name, RECORD_MAX_FIELD);
	inc->profile.nip = incident_clean(p->nip, RECORD_MAX_FIELD);
	inc->profile.kind = p->kind;
	inc->profile.unit = incident_clean(p->unit, RECORD_MAX_FIELD);
	inc->profile.position = incident_clean(p->position, RECORD_MAX_FIELD);
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
	incident_put(prog, "name", INCIDENT_PROGRAM);
	incident_put(prog, "version", inc->program_version);
	incident_put(prof, "name", inc->profile.name);
	incident_put(prof, "nip", inc->profile.nip);
	incident_put(prof, "kind", nip_kind_name(inc->profile.kind));
	incident_put(prof, "unit", inc->profile.unit);
	incident_put(prof, "position", inc->profile.position);
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

char *
incident_dir(const struct site *s, const char *record_path)
{
	if (s != NULL && s->report_dir != NULL)
		return xstrdup(s->report_dir);
	return fs_dirname(record_path);
}

/* What incident_write's writer needs. */
struct incident_save_ctx {
	const struct incident *inc;
	mode_t mode;
};

/* Give the temp file its final mode, then write the incident into it. */
static int
incident_save_writer(FILE *f, void *ctx)
{
	const struct incident_save_ctx *sc = ctx;

	if (fchmod(fileno(f), sc->mode) != 0)
		return -errno;
	return incident_write_json(sc->inc, f);
}

int
incident_write(const struct incident *inc, const char *dir, char **path)
{
	struct incident_save_ctx sc = { inc, 0 };
	char *name = incident_name(inc);
	char *full = xasprintf("%s/%s", dir, name);
	mode_t mask = umask(0);
	struct stat st;
	int err;

	umask(mask);
	sc.mode = 0666 & ~mask;
	free(name);
	if (lstat(full, &st) == 0)
		err = -EEXIST;
	else
		err = fs_write_atomic(full, incident_save_writer, &sc);
	if (path != NULL)
		*path = full;
	else
		free(full);
	return err;
}

/* ---- reading ---- */

/* The state of one incident_parse: the first refusal wins. */
struct incident_reader {
	enum report_reject why;
	char *detail;
	const char *parent;	/* object being read, for messages */
	const struct jdoc *doc;	/* the file being read */
};

/* Refuse the file for why with detail (taken), unless it already is. */
static void
incident_refuse(struct incident_reader *rd, enum report_reject why,
    char *detail)
{
	if (rd->why != REPORT_OK) {
		free(detail);
		return;
	}
	rd->why = why;
	rd->detail = detail;
}

/* Refuse the file as invalid because of member key. */
static void
incident_invalid(struct incident_reader *rd, const char *key)
{
	char *field = rd->parent != NULL ?
	    xasprintf("%s.%s", rd->parent, key) : xstrdup(key);

	incident_refuse(rd, REPORT_INVALID, xasprintf(_("The field %s is "
	    "missing, has the wrong type or a value that is not allowed."),
	    field));
	free(field);
}

/*
 * The text of string member key of obj: NULL, and the file refused,
 * when it is missing, not a string, longer than max bytes, holds a NUL,
 * is not text incident_clean would leave as it is (invalid UTF-8, a
 * control or bidirectional formatting character, white space at either
 * end), or is empty when it may not be.  The writer never writes such
 * text, so it means a file made or edited by hand.
 */
static const char *
incident_text(struct incident_reader *rd, jdoc_ref obj, const char *key,
    size_t max, bool may_be_empty)
{
	jdoc_ref v = jdoc_member(rd->doc, obj, key);
	const char *s;
	size_t n;

	if (rd->why != REPORT_OK)
		return NULL;
	if (jdoc_type(rd->doc, v) != JDOC_STRING) {
		incident_invalid(rd, key);
		return NULL;
	}
	s = jdoc_string(rd->doc, v, &n);
	if (n > max || strlen(s) != n || !incident_is_clean(s, max) ||
	    (n == 0 && !may_be_empty)) {
		incident_invalid(rd, key);
		return NULL;
	}
	return s;
}

/* A copy of incident_text, or NULL. */
static char *
incident_copy(struct incident_reader *rd, jdoc_ref obj, const char *key,
    size_t max, bool may_be_empty)
{
	const char *s = incident_text(rd, obj, key, max, may_be_empty);

	return s != NULL ? xstrdup(s) : NULL;
}

/* The object member key of obj, or JDOC_NONE and the file refused. */
static jdoc_ref
incident_object(struct incident_reader *rd, jdoc_ref obj, const char *key)
{
	jdoc_ref v = jdoc_member(rd->doc, obj, key);

	if (rd->why == REPORT_OK && jdoc_type(rd->doc, v) == JDOC_OBJECT)
		return v;
	incident_invalid(rd, key);
	return JDOC_NONE;
}

/* The index of member key's text in a list of names, or -1 and the file
 * refused. */
static int
incident_choice(struct incident_reader *rd, jdoc_ref obj,
    const char *key, const char *const *names, int n)
{
	const char *s = incident_text(rd, obj, key, 64, false);
	int i = s != NULL ? incident_lookup(names, n, s) : -1;

	if (s != NULL && i < 0)
		incident_invalid(rd, key);
	return i;
}

/* Parse buf as exactly one JSON value; NULL and the file refused
 * otherwise. */
static struct jdoc *
incident_tokenize(struct incident_reader *rd, const char *buf, size_t len)
{
	size_t end;
	struct jdoc *doc = jdoc_parse(buf, len, NULL, &end);

	if (doc == NULL)
		incident_refuse(rd, REPORT_NOT_JSON, xasprintf(_("It is not "
		    "valid JSON text in UTF-8 (the problem is near byte %zu)."),
		    end));
	return doc;
}

/* Check that root is a jagaakun incident in a format this program reads. */
static void
incident_identify(struct incident_reader *rd, jdoc_ref root)
{
	const struct jdoc *d = rd->doc;
	jdoc_ref type = jdoc_member(d, root, "type");
	jdoc_ref format = jdoc_member(d, root, "format");
	jdoc_ref name = jdoc_member(d, jdoc_member(d, root, "program"), "name");
	int64_t f;

	if (jdoc_type(d, type) != JDOC_STRING ||
	    strcmp(jdoc_string(d, type, NULL), INCIDENT_TYPE) != 0 ||
	    jdoc_type(d, format) != JDOC_INT ||
	    jdoc_type(d, name) != JDOC_STRING ||
	    strcmp(jdoc_string(d, name, NULL), INCIDENT_PROGRAM) != 0) {
		incident_refuse(rd, REPORT_NOT_REPORT, xstrdup(_("It is not a "
		    "jagaakun incident file.")));
		return;
	}
	f = jdoc_int(d, format);
	if (f != INCIDENT_FORMAT)
		incident_refuse(rd, REPORT_UNKNOWN_FORMAT,
		    xasprintf(_("It is in incident format %lld; this version "
		    "reads format %d."), (long long)f, INCIDENT_FORMAT));
}

/* Read the "profile" object; the NIP must have the structure of its kind
 * as of the year the incident was recorded. */
static void
incident_read_profile(struct incident_reader *rd, jdoc_ref root,
    struct incident *inc)
{
	jdoc_ref o = incident_object(rd, root, "profile");
	struct profile *p = &inc->profile;
	const char *kind;
	struct tm tm;
	int k;

	if (o == JDOC_NONE)
		return;
	rd->parent = "profile";
	p->name = incident_copy(rd, o, "name", RECORD_MAX_FIELD, false);
	p->nip = incident_copy(rd, o, "nip", 18, false);
	kind = incident_text(rd, o, "kind", 8, false);
	k = kind != NULL ? nip_kind_parse(kind) : -1;
	if (kind != NULL && k < 0)
		incident_invalid(rd, "kind");
	p->kind = k < 0 ? NIP_PNS : (enum nip_kind)k;
	p->unit = incident_copy(rd, o, "unit", RECORD_MAX_FIELD, true);
	p->position = incident_copy(rd, o, "position", RECORD_MAX_FIELD, true);
	gmtime_r(&inc->time, &tm);
	if (rd->why == REPORT_OK &&
	    nip_check(p->nip, p->kind, tm.tm_year + 1900) != NIP_OK)
		incident_invalid(rd, "nip");
	rd->parent = NULL;
}

/* Read every member of an identified incident. */
static struct incident *
incident_from_json(struct incident_reader *rd, jdoc_ref root)
{
	struct incident *inc = xcalloc(1, sizeof *inc);
	jdoc_ref prog = incident_object(rd, root, "program");
	const char *when;
	int i;

	inc->format = INCIDENT_FORMAT;
	rd->parent = "program";
	if (prog != JDOC_NONE)
		inc->program_version = incident_copy(rd, prog, "version",
		    INCIDENT_MAX_VERSION, false);
	rd->parent = NULL;
	inc->host = incident_copy(rd, root, "host", INCIDENT_MAX_HOST, true);
	when = incident_text(rd, root, "time", ISOTIME_LEN, false);
	if (when != NULL && !isotime_parse(when, &inc->time))
		incident_invalid(rd, "time");
	incident_read_profile(rd, root, inc);
	i = incident_choice(rd, root, "noticed", incident_noticed_names,
	    INCIDENT_NOTICED_COUNT);
	inc->noticed = i < 0 ? INCIDENT_OTHER : (enum incident_noticed)i;
	inc->details = incident_copy(rd, root, "details", INCIDENT_DETAILS_MAX,
	    true);
	i = incident_choice(rd, root, "money_asked", incident_money_names,
	    INCIDENT_MONEY_COUNT);
	inc->money = i < 0 ? INCIDENT_MONEY_UNKNOWN : (enum incident_money)i;
	if (rd->why == REPORT_OK)
		return inc;
	incident_free(inc);
	return NULL;
}

/* The detail for a file too large to be an incident (caller frees). */
static char *
incident_too_large(void)
{
	return xasprintf(_("It is larger than %d bytes."), INCIDENT_MAX_BYTES);
}

enum report_reject
incident_parse(const char *buf, size_t len, struct incident **out,
    char **detail)
{
	struct incident_reader rd = { REPORT_OK, NULL, NULL, NULL };
	struct jdoc *doc;

	*out = NULL;
	/* Past REPORT_MAX_BYTES it is nothing jagaakun writes: unread.  Up
	 * to it, only a file that says it is an incident is too large for
	 * one; other JSON of that size is simply not an incident. */
	if (len > REPORT_MAX_BYTES)
		incident_refuse(&rd, REPORT_TOO_LARGE, incident_too_large());
	else if ((doc = incident_tokenize(&rd, buf, len)) != NULL) {
		rd.doc = doc;
		incident_identify(&rd, jdoc_root(doc));
		if (rd.why == REPORT_OK && len > INCIDENT_MAX_BYTES)
			incident_refuse(&rd, REPORT_TOO_LARGE,
			    incident_too_large());
		if (rd.why == REPORT_OK)
			*out = incident_from_json(&rd, jdoc_root(doc));
		jdoc_free(doc);
	}
	if (detail != NULL)
		*detail = rd.detail;
	else
		free(rd.detail);
	return rd.why;
}
