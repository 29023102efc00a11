/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * site: load and validate the agency's settings (see site.h and
 * jagaakun-site(5)).
 *
 * The file is written by the agency's IT office and installed by root,
 * so libconfig may read it (unlike report files).  Every problem is
 * reported with its line, all at once, so one run of `jagaakun report`
 * or `check-content` shows everything there is to fix.  Validation
 * failures are counted by the growth of the diag list.
 */
#include "config.h"
#include "model/site.h"
#include "model/site_impl.h"

#include <libconfig.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/cfgcheck.h"
#include "model/content.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"
#include "os/fsutil.h"
#include "os/ostime.h"

#define SITE_MAX_PHONE 40	/* bytes in a phone number as written */
#define SITE_MAX_EMAIL 254	/* RFC 5321 path limit */
#define SITE_MAX_PATH 4096
#define SITE_MAX_URL 200	/* bytes in a web address as written */
#define SITE_DAY 86400L		/* seconds; deadlines are whole days */
#define SITE_MIN_DIGITS 7
#define SITE_MAX_DIGITS 20

static cfgcheck_fn site_check_phone, site_check_email, site_check_url,
    site_check_required, site_check_path, site_check_deadline,
    site_check_contacts;

/* The file.  "format" is checked first, by site_format; "required" and
 * "contacts" fill several fields, so they are given the whole struct
 * (offset 0). */
static const struct cfgcheck_key site_keys[] = {
	{ "format", false, NULL, 0 },
	{ "agency", false, site_check_name, offsetof(struct site, agency) },
	{ "verify_phone", false, site_check_phone,
	    offsetof(struct site, verify_phone) },
	{ "report_phone", false, site_check_phone,
	    offsetof(struct site, report_phone) },
	{ "report_email", false, site_check_email,
	    offsetof(struct site, report_email) },
	{ "csirt_name", false, site_check_name,
	    offsetof(struct site, csirt_name) },
	{ "csirt_phone", false, site_check_phone,
	    offsetof(struct site, csirt_phone) },
	{ "csirt_email", false, site_check_email,
	    offsetof(struct site, csirt_email) },
	{ "csirt_url", false, site_check_url,
	    offsetof(struct site, csirt_url) },
	{ "required", false, site_check_required, 0 },
	{ "required_accounts", false, site_required_accounts_check, 0 },
	{ "report_dir", false, site_check_path,
	    offsetof(struct site, report_dir) },
	{ "roster", false, site_check_path, offsetof(struct site, roster) },
	{ "deadline", false, site_check_deadline,
	    offsetof(struct site, deadline) },
	{ "contacts", false, site_check_contacts, 0 },
	{ "units", false, site_units_check, 0 },
	{ NULL, false, NULL, 0 }
};

/* One group of the contacts list. */
static const struct cfgcheck_key site_contact_keys[] = {
	{ "unit", true, site_check_name, offsetof(struct site_contact, unit) },
	{ "name", true, site_check_name, offsetof(struct site_contact, name) },
	{ "phone", true, site_check_phone,
	    offsetof(struct site_contact, phone) },
	{ "email", false, site_check_email,
	    offsetof(struct site_contact, email) },
	{ NULL, false, NULL, 0 }
};

/* The placeholders site_expand knows, the field each stands for, and the
 * phrase used when the agency left the field unset. */
static const struct {
	const char *name;
	size_t offset;
	const char *generic;
} site_fields[] = {
	/* TRANSLATORS: the four phrases below stand inside a checklist
	 * sentence in place of a value the agency has not set. */
	{ "agency", offsetof(struct site, agency), N_("your agency") },
	{ "verify_phone", offsetof(struct site, verify_phone),
	    N_("your agency's official number (ask your IT office for it)") },
	{ "report_phone", offsetof(struct site, report_phone),
	    N_("your agency's official number for reporting a taken-over "
	    "account (ask your IT office for it)") },
	{ "report_email", offsetof(struct site, report_email),
	    N_("your agency's official e-mail address (ask your IT office "
	    "for it)") },
};

#define SITE_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Check and store a name, a unit or an agency. */
void
site_check_name(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_text(ck, s, NULL, SITE_MAX_TEXT, field);
}

/* Check a phone number: digits, spaces, '-', parentheses, '+' only in
 * front, and 7 to 20 digits. */
static bool
site_phone_ok(const char *v)
{
	size_t digits = 0;

	for (const char *p = v; *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p == '+' && p == v)
			continue;
		else if (strchr(" -()", *p) == NULL)
			return false;
	}
	return digits >= SITE_MIN_DIGITS && digits <= SITE_MAX_DIGITS;
}

/* Check an e-mail address loosely: one '@' between a local part and a
 * domain with a dot inside, no spaces. */
static bool
site_email_ok(const char *v)
{
	const char *at = strchr(v, '@');
	const char *dot;

	if (at == NULL || at == v || strchr(at + 1, '@') != NULL ||
	    strchr(v, ' ') != NULL)
		return false;
	dot = strrchr(at + 1, '.');
	return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* Check a web address loosely: an optional "https://" or "http://", a
 * host name of letters, digits, '-' and dots with a dot inside, then
 * optionally a path from '/' of printable ASCII without spaces.  No
 * other scheme: the address is shown to officials to open. */
static bool
site_url_ok(const char *v)
{
	const char *p = v, *host;
	bool dot = false;

	if (strncmp(p, "https://", 8) == 0)
		p += 8;
	else if (strncmp(p, "http://", 7) == 0)
		p += 7;
	host = p;
	for (; *p != '\0' && *p != '/'; p++) {
		if (*p == '.') {
			if (p == host || p[-1] == '.')
				return false;
			dot = true;
		} else if (!(*p >= 'a' && *p <= 'z') && !(*p >= 'A' &&
		    *p <= 'Z') && !(*p >= '0' && *p <= '9') && *p != '-')
			return false;
	}
	if (!dot || p == host || p[-1] == '.')
		return false;
	for (; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p > '~')
			return false;
	return true;
}

/* Check and store a phone number. */
static void
site_check_phone(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	if (cfgcheck_copy_text(ck, s, NULL, SITE_MAX_PHONE, field) &&
	    !site_phone_ok(*(char **)field))
		cfgcheck_error(ck, s, _("\"%s\" is not a phone number: use "
		    "digits, spaces, \"-\", parentheses and a leading \"+\", "
		    "with 7 to 20 digits"), cfgcheck_name(s));
}

/* Check and store an e-mail address. */
static void
site_check_email(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	if (cfgcheck_copy_text(ck, s, NULL, SITE_MAX_EMAIL, field) &&
	    !site_email_ok(*(char **)field))
		cfgcheck_error(ck, s, _("\"%s\" is not an e-mail address"),
		    cfgcheck_name(s));
}

/* Check and store a web address. */
static void
site_check_url(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	if (cfgcheck_copy_text(ck, s, NULL, SITE_MAX_URL, field) &&
	    !site_url_ok(*(char **)field))
		cfgcheck_error(ck, s, _("\"%s\" is not a web address: write "
		    "it like https://csirt.example.go.id, without spaces"),
		    cfgcheck_name(s));
}

/* Check the format version; false when the rest cannot be read. */
static bool
site_format(struct cfgcheck *ck, const config_setting_t *root)
{
	config_setting_t *s = config_setting_get_member(root, "format");

	if (s == NULL) {
		diag_add(ck->d, ck->path, 0,
		    _("missing setting \"format\" (write format = %d;)"), SITE_FORMAT);
		return false;
	}
	if (config_setting_type(s) != CONFIG_TYPE_INT ||
	    config_setting_get_int(s) != SITE_FORMAT) {
		cfgcheck_error(ck, s,
		    _("unknown format: this program reads format = %d;"), SITE_FORMAT);
		return false;
	}
	return true;
}

/* Report that "required" is not a list of ids. */
static void
site_not_required_list(struct cfgcheck *ck, const config_setting_t *s,
    size_t i)
{
	(void)i;
	cfgcheck_error(ck, s, _("\"required\" must be a list of module ids, "
	    "such as [ \"two-step\", \"codes\" ]"));
}

/* Report an element of "required" that is not a string. */
static void
site_not_required_id(struct cfgcheck *ck, const config_setting_t *e,
    size_t i)
{
	(void)i;
	cfgcheck_error(ck, e,
	    _("\"required\" must hold module ids in double quotes"));
}

/* Read one module id of "required" into site st, unless it is there. */
static void
site_read_required(struct cfgcheck *ck, const config_setting_t *e,
    size_t i, void *st)
{
	struct site *site = st;
	const char *v = cfgcheck_text(ck, e, NULL, SITE_MAX_TEXT);

	(void)i;
	if (v == NULL)
		return;
	if (site->n_required > 0 && site_requires(site, v)) {
		cfgcheck_error(ck, e,
		    _("module \"%s\" is listed twice in \"required\""), v);
		return;
	}
	site->required_lines[site->n_required] = cfgcheck_line(e);
	site->required[site->n_required++] = xstrdup(v);
}

/* Read the list of required module ids. */
static void
site_check_required(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	static const struct cfgcheck_list ids = {
		CONFIG_TYPE_STRING, false, site_not_required_list,
		site_not_required_id, site_read_required
	};
	struct site *st = field;
	size_t n = (size_t)config_setting_length(s);

	st->required = xcalloc(n + 1, sizeof *st->required);
	st->required_lines = xcalloc(n + 1, sizeof *st->required_lines);
	cfgcheck_list(ck, s, &ids, st);
}

/* Check and store a path (the report folder, the roster): absolute,
 * since the programs that read it run in any folder. */
static void
site_check_path(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	if (cfgcheck_copy_text(ck, s, NULL, SITE_MAX_PATH, field) &&
	    !fs_is_absolute(*(char **)field))
		/* TRANSLATORS: the second %s says how one is written on
		 * this system: "starting with "/"", or on Windows a drive
		 * path or a share. */
		cfgcheck_error(ck, s, _("\"%s\" must be an absolute path, %s"),
		    cfgcheck_name(s), _(fs_absolute_form()));
}

/* Check and store the deadline, a calendar date "YYYY-MM-DD" (midnight
 * UTC). */
static void
site_check_deadline(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	const char *v = cfgcheck_text(ck, s, NULL, SITE_MAX_TEXT);
	char iso[ISOTIME_LEN];

	if (v == NULL)
		return;
	/* A date is a time at midnight: let isotime check the calendar. */
	if (strlen(v) == 10)
		snprintf(iso, sizeof iso, "%.10sT00:00:00Z", v);
	else
		iso[0] = '\0';
	if (!isotime_parse(iso, field))
		cfgcheck_error(ck, s, _("\"deadline\" must be a real date written "
		    "YYYY-MM-DD"));
}

/* Report that "contacts" is not a list of groups. */
static void
site_not_contacts(struct cfgcheck *ck, const config_setting_t *s, size_t i)
{
	(void)i;
	cfgcheck_error(ck, s, _("\"contacts\" must be a list of groups: ( { "
	    "unit = \"...\"; name = \"...\"; phone = \"...\"; } )"));
}

/* Report an element of "contacts" that is not a group. */
static void
site_not_contact(struct cfgcheck *ck, const config_setting_t *e, size_t i)
{
	(void)i;
	cfgcheck_error(ck, e, _("each contact must be a group in braces { ... }"));
}

/* Read one contact group into site st. */
static void
site_read_contact(struct cfgcheck *ck, const config_setting_t *g, size_t i,
    void *st)
{
	struct site *site = st;

	(void)i;
	cfgcheck_group(ck, g, site_contact_keys,
	    &site->contacts[site->n_contacts++]);
}

/* Read the directory of official contacts, a list of groups. */
static void
site_check_contacts(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	static const struct cfgcheck_list contacts = {
		CONFIG_TYPE_GROUP, false, site_not_contacts, site_not_contact,
		site_read_contact
	};
	struct site *st = field;
	size_t n = (size_t)config_setting_length(s);

	st->contacts = xcalloc(n + 1, sizeof *st->contacts);
	cfgcheck_list(ck, s, &contacts, st);
}

/* Validate the parsed file into st: unknown settings first, then the
 * format, which says whether the rest can be read at all. */
static void
site_read(struct cfgcheck *ck, const config_t *cfg, struct site *st)
{
	const config_setting_t *root = config_root_setting(cfg);

	cfgcheck_unknown(ck, root, site_keys);
	if (site_format(ck, root))
		cfgcheck_members(ck, root, site_keys, st);
}

/* Load the site settings at path. */
int
site_load(const char *path, bool explicit, struct site **out, struct diag *d)
{
	struct cfgcheck ck = { path, d };
	struct site *st = xcalloc(1, sizeof *st);
	size_t n0 = d->n;
	bool absent = false;
	config_t cfg;

	*out = NULL;
	if (cfgcheck_parse(&ck, &cfg, explicit ? NULL : &absent))
		site_read(&ck, &cfg, st);
	config_destroy(&cfg);
	if (!absent)
		st->path = xstrdup(path);
	if (d->n > n0) {
		site_free(st);
		return -1;
	}
	*out = st;
	return 0;
}

/* Free one contact's fields. */
static void
site_contact_done(struct site_contact *c)
{
	free(c->unit);
	free(c->name);
	free(c->phone);
	free(c->email);
}

/* Free the settings and everything they own (NULL is fine). */
void
site_free(struct site *s)
{
	if (s == NULL)
		return;
	free(s->path);
	free(s->agency);
	free(s->verify_phone);
	free(s->report_phone);
	free(s->report_email);
	free(s->csirt_name);
	free(s->csirt_phone);
	free(s->csirt_email);
	free(s->csirt_url);
	for (size_t i = 0; i < s->n_required; i++)
		free(s->required[i]);
	free(s->required);
	free(s->required_lines);
	site_required_accounts_free(s);
	free(s->report_dir);
	free(s->roster);
	for (size_t i = 0; i < s->n_contacts; i++)
		site_contact_done(&s->contacts[i]);
	free(s->contacts);
	site_units_free(s);
	free(s);
}

/* Say whether a module counts for compliance: every module does when the
 * site lists none. */
bool
site_requires(const struct site *s, const char *module_id)
{
	return s == NULL || s->n_required == 0 ||
	    site_lists_module(s, module_id);
}

bool
site_lists_module(const struct site *s, const char *module_id)
{
	for (size_t i = 0; s != NULL && i < s->n_required; i++)
		if (strcmp(s->required[i], module_id) == 0)
			return true;
	return false;
}

/* A growing output string. */
struct site_buf {
	char *p;
	size_t n, cap;
};

/* Append len bytes of s to b, keeping it NUL-terminated. */
static void
site_buf_add(struct site_buf *b, const char *s, size_t len)
{
	b->p = xgrow(b->p, &b->cap, b->n + len + 1, 1);
	memcpy(b->p + b->n, s, len);
	b->n += len;
	b->p[b->n] = '\0';
}

/* The value for the placeholder of len bytes at name, or NULL when name
 * is not a placeholder. */
static const char *
site_field(const struct site *s, const char *name, size_t len)
{
	for (size_t i = 0; i < SITE_NELEM(site_fields); i++) {
		const char *v;

		if (strlen(site_fields[i].name) != len ||
		    memcmp(site_fields[i].name, name, len) != 0)
			continue;
		v = s ? *(char *const *)((const char *)s + site_fields[i].offset) : NULL;
		return v ? v : _(site_fields[i].generic);
	}
	return NULL;
}

/* Append the text of {csirt} to b: the CSIRT's name (or a generic
 * one) and its contacts in parentheses, or the phrase for none. */
static void
site_add_csirt(struct site_buf *b, const struct site *s)
{
	const char *contact[3] = { NULL, NULL, NULL };
	const char *name = s != NULL ? s->csirt_name : NULL;
	size_t n = 0;

	if (s != NULL) {
		if (s->csirt_phone != NULL)
			contact[n++] = s->csirt_phone;
		if (s->csirt_email != NULL)
			contact[n++] = s->csirt_email;
		if (s->csirt_url != NULL)
			contact[n++] = s->csirt_url;
	}
	if (name == NULL && n == 0) {
		/* TRANSLATORS: stands inside a checklist sentence ("Report it
		 * to {csirt}.") when the agency has set no CSIRT. */
		name = _("your agency's CSIRT, if it has one");
		site_buf_add(b, name, strlen(name));
		return;
	}
	if (name == NULL)
		/* TRANSLATORS: a CSIRT whose contacts the agency set but not
		 * its name; they follow in parentheses. */
		name = _("your agency's CSIRT");
	site_buf_add(b, name, strlen(name));
	for (size_t i = 0; i < n; i++) {
		site_buf_add(b, i == 0 ? " (" : ", ", 2);
		site_buf_add(b, contact[i], strlen(contact[i]));
	}
	if (n > 0)
		site_buf_add(b, ")", 1);
}

/* Say whether the len bytes at name are the placeholder want. */
static bool
site_is(const char *name, size_t len, const char *want)
{
	return strlen(want) == len && memcmp(name, want, len) == 0;
}

/* Replace the placeholders in text. */
char *
site_expand(const struct site *s, const char *text)
{
	struct site_buf b = { NULL, 0, 0 };
	const char *p = text;

	site_buf_add(&b, "", 0);
	while (*p != '\0') {
		const char *open = strchr(p, '{'), *close, *v = NULL;
		bool csirt = false;

		if (open == NULL) {
			site_buf_add(&b, p, strlen(p));
			break;
		}
		close = strchr(open + 1, '}');
		if (close != NULL) {
			size_t len = (size_t)(close - open - 1);

			csirt = site_is(open + 1, len, "csirt");
			v = site_field(s, open + 1, len);
		}
		site_buf_add(&b, p, (size_t)(open - p));
		if (csirt) {
			site_add_csirt(&b, s);
			p = close + 1;
		} else if (v != NULL) {
			site_buf_add(&b, v, strlen(v));
			p = close + 1;
		} else {
			site_buf_add(&b, "{", 1);
			p = open + 1;
		}
	}
	return b.p;
}

/* Fold an ASCII letter to lower case; other bytes stay (locale-free). */
static unsigned char
site_fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Say whether needle occurs in hay, ignoring the case of ASCII letters. */
bool
site_contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++) {
		size_t i = 0;

		while (i < n && site_fold((unsigned char)hay[i]) ==
		    site_fold((unsigned char)needle[i]))
			i++;
		if (i == n)
			return true;
	}
	return n == 0;
}

/* Say whether contact i of s matches query. */
static bool
site_contact_matches(const struct site *s, size_t i, const char *query)
{
	const struct site_contact *c = &s->contacts[i];

	return site_contains(c->unit, query) || site_contains(c->name, query);
}

/* Fill idx with the first max of the count items of s that match
 * query: the one loop of every site_find_fn. */
size_t
site_find(const struct site *s, size_t count,
    bool (*matches)(const struct site *, size_t, const char *),
    const char *query, size_t *idx, size_t max)
{
	size_t found = 0;

	for (size_t i = 0; i < count && found < max; i++)
		if (matches(s, i, query))
			idx[found++] = i;
	return found;
}

/* Find the contacts whose unit or name contains query. */
size_t
site_find_contacts(const struct site *s, const char *query, size_t *idx,
    size_t max)
{
	if (s == NULL)
		return 0;
	return site_find(s, s->n_contacts, site_contact_matches, query, idx,
	    max);
}

/* Count the days from now's date, on this workstation's clock, to the
 * deadline's date. */
bool
site_days_left(const struct site *s, time_t now, long *days)
{
	struct tm tm;
	time_t today;

	if (s == NULL || s->deadline == 0 || localtime_r(&now, &tm) == NULL)
		return false;
	/* The local date as midnight UTC, like the deadline. */
	tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = 0;
	today = os_timegm(&tm);
	*days = (long)((s->deadline - today) / SITE_DAY);
	return true;
}

/* Say the deadline and how far off it is. */
char *
site_deadline_text(const struct site *s, time_t now)
{
	char iso[ISOTIME_LEN];
	long days;

	if (!site_days_left(s, now, &days))
		return NULL;
	isotime_format(s->deadline, iso);
	iso[10] = '\0';
	if (days > 0)
		return xasprintf(ngettext("Deadline: %s (%ld day left)",
		    "Deadline: %s (%ld days left)", (unsigned long)days), iso,
		    days);
	if (days == 0)
		return xasprintf(_("Deadline: %s (today)"), iso);
	return xasprintf(ngettext("Deadline: %s (overdue by %ld day)",
	    "Deadline: %s (overdue by %ld days)", (unsigned long)-days), iso,
	    -days);
}

/* The site's folder, else the official's own. */
char *
site_output_dir(const struct site *s)
{
	char *dir;

	if (s != NULL && s->report_dir != NULL)
		return xstrdup(s->report_dir);
	dir = fs_files_dir();
	return dir != NULL ? dir : xstrdup(".");
}

/* Make the official's own folder; the site's is the IT office's. */
int
site_output_make(const struct site *s)
{
	char *dir;
	int err;

	if (s != NULL && s->report_dir != NULL)
		return 0;
	dir = site_output_dir(s);
	err = fs_mkdir_p(dir, 0777);
	free(dir);
	return err;
}
