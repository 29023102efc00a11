/*
 * site: the agency's own settings, /etc/jagaakun/site.cfg (libconfig).
 *
 * Written by the agency's IT office, read by every workstation: the
 * agency's name, its official numbers for verifying a money request and
 * for reporting a hijack, a directory of official contacts per work unit,
 * which modules count for compliance, where reports go, the deadline,
 * and the roster of officials expected to report.
 * Documented in jagaakun-site(5).
 */
#ifndef JAGAAKUN_SITE_H
#define JAGAAKUN_SITE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include "base/diag.h"

#define SITE_FORMAT 1
#define SITE_DEFAULT_PATH "/etc/jagaakun/site.cfg"

struct site_contact {
	char *unit;		/* work unit, as officials write it */
	char *name;		/* office or person to call */
	char *phone;		/* official number */
	char *email;		/* may be NULL */
};

struct site {
	char *path;		/* file it was loaded from; NULL when none */
	char *agency;		/* "Pemerintah Kota Dumai"; NULL when unset */
	char *verify_phone;	/* official number to verify a money request */
	char *report_phone;	/* official number to report a hijack */
	char *report_email;	/* may be NULL */
	char **required;	/* module ids required for compliance; */
	size_t n_required;	/* 0 = every module is required */
	int *required_lines;	/* line of each id in path */
	char *report_dir;	/* default folder for report files; NULL = current */
	char *roster;		/* the officials expected to report, for
				   collect (roster.h); NULL = none */
	time_t deadline;	/* 0 when none */
	struct site_contact *contacts;
	size_t n_contacts;
};

/*
 * Load the site settings at path.  A missing file at the default path is
 * not an error: *out gets empty settings.  A missing file named by the
 * user (explicit = true) is.  Problems are "file:line: message" in d and
 * give -1 (syntax, unknown keys, wrong types, bad phone numbers, unknown
 * format, invalid UTF-8, bad dates).
 */
int site_load(const char *path, bool explicit, struct site **out, struct diag *d);
void site_free(struct site *s);

struct content;

/* Check that every module id in s->required exists in c: one
 * "file:line: message" in d for each that does not; -1 when any. */
int site_check_modules(const struct site *s, const struct content *c, struct diag *d);

/* True when module id counts for compliance under s. */
bool site_requires(const struct site *s, const char *module_id);

/*
 * Replace the placeholders {agency}, {verify_phone}, {report_phone} and
 * {report_email} in text (already translated) with the site's values,
 * or with a translated generic phrase ("your agency's official number")
 * when unset.  Returns a new string.
 */
char *site_expand(const struct site *s, const char *text);

/* Contacts whose unit or name contains query (case-insensitive, UTF-8
 * aware for ASCII letters); fills idx with up to max indices, returns the
 * number found. */
size_t site_find_contacts(const struct site *s, const char *query, size_t *idx, size_t max);

#endif
