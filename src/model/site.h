/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * site: the agency's own settings, /etc/jagaakun/site.cfg (libconfig).
 *
 * Written by the agency's IT office, read by every workstation: the
 * agency's name, its official numbers for verifying a money request and
 * for reporting a hijack, a directory of official contacts per work unit,
 * which modules count for compliance, where reports go, the deadline,
 * the agency's list of work units (a code, the official name and the
 * other names officials use for it), and the roster of officials expected
 * to report.  Documented in jagaakun-site(5).
 */
#ifndef JAGAAKUN_SITE_H
#define JAGAAKUN_SITE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include "base/diag.h"
#include "model/profile.h"
#include "os/fsutil.h"

#define SITE_FORMAT 1
/* /etc/jagaakun/site.cfg (Windows: %PROGRAMDATA%\\jagaakun\\site.cfg). */
#define SITE_DEFAULT_PATH (fs_site_default())
#define SITE_MAX_CODE PROFILE_MAX_CODE	/* bytes in a unit's code */

struct site_contact {
	char *unit;		/* work unit, as officials write it */
	char *name;		/* office or person to call */
	char *phone;		/* official number */
	char *email;		/* may be NULL */
};

/* A work unit of the agency.  Its code, name and aliases are the texts
 * that stand for it: no text of one unit stands for another (case of
 * ASCII letters and spacing aside). */
struct site_unit {
	char *code;		/* "setda": a-z, 0-9 and "-" */
	char *name;		/* official name: "Sekretariat Daerah" */
	char **aliases;		/* other names: "Setda"; may be none */
	size_t n_aliases;
};

struct site {
	char *path;		/* file it was loaded from; NULL when none */
	char *agency;		/* "Pemerintah Kota Dumai"; NULL when unset */
	char *verify_phone;	/* official number to verify a money request */
	char *report_phone;	/* official number to report a hijack */
	char *report_email;	/* may be NULL */
	char *csirt_name;	/* the agency's CSIRT: "DUMAIKOTA-CSIRT"; */
	char *csirt_phone;	/* its number, e-mail address and web */
	char *csirt_email;	/* address ("https://csirt.example"); */
	char *csirt_url;	/* each NULL when unset */
	char **required;	/* module ids required for compliance; */
	size_t n_required;	/* 0 = every module is required */
	int *required_lines;	/* line of each id in path */
	char **required_accounts;	/* account ids required; NULL when */
	size_t n_required_accounts;	/* absent: the content's default */
	int *required_account_lines;	/* line of each id in path */
	char *report_dir;	/* folder for report and incident files;
				 * NULL: site_output_dir's own */
	char *roster;		/* the officials expected to report, for
				   collect (roster.h); NULL = none */
	time_t deadline;	/* 0 when none */
	struct site_contact *contacts;
	size_t n_contacts;
	struct site_unit *units;	/* in file order; none: officials */
	size_t n_units;			/* write their unit as free text */
};

/*
 * Load the site settings at path.  A missing file at the default path is
 * not an error: *out gets empty settings.  A missing file named by the
 * user (explicit = true) is.  Problems are "file:line: message" in d and
 * give -1 (syntax, unknown keys, wrong types, bad phone numbers, unknown
 * format, invalid UTF-8, bad dates, a unit code that is not a-z 0-9 "-"
 * or is used twice, a name or alias that another unit has too, a
 * required_accounts that is empty, not a list of account ids or names
 * one twice; site_check_modules then checks the ids against the
 * content).
 */
int site_load(const char *path, bool explicit, struct site **out, struct diag *d);
void site_free(struct site *s);

struct content;
struct module;

/*
 * Check the site's rules against the content c and apply them: every
 * module id in s->required and every account id in s->required_accounts
 * must exist in c, and when s->required lists modules, each required
 * account must have one of them listed; one "file:line: message" in d
 * for each problem, -1 when any.  Then each account of c gets its
 * enforced flag: listed in required_accounts, or when the site has no
 * such list, its content's required.  A NULL c (a command without the
 * checklist content) checks nothing; a NULL s only applies the
 * content's defaults.
 */
int site_check_modules(const struct site *s, struct content *c,
    struct diag *d);

/* True when module id is listed in s->required, or s lists none: the
 * old rule, for content without accounts. */
bool site_requires(const struct site *s, const char *module_id);

/* True when s names module id in its list of required modules: what the
 * module list marks "required" (nothing when s lists none, as every
 * module is required then). */
bool site_lists_module(const struct site *s, const char *module_id);

/* True when module m counts for the compliance of its account under s:
 * s lists no modules, or lists m, or lists no module of m's account (an
 * optional account's modules all count for that account, unless the site
 * picks some).  For a module without an account, site_requires. */
bool site_module_required(const struct site *s, const struct content *c,
    const struct module *m);

/*
 * Replace the placeholders {agency}, {verify_phone}, {report_phone} and
 * {report_email} in text (already translated) with the site's values,
 * or with a translated generic phrase ("your agency's official number")
 * when unset.  {csirt} becomes the CSIRT's name followed by whichever of
 * its number, e-mail and web address are set, in parentheses:
 * "DUMAIKOTA-CSIRT (0765 000 0003, csirt@dumaikota.example)"; "your
 * agency's CSIRT (...)" when only the name is unset; "your agency's
 * CSIRT, if it has one" when none is set.  Returns a new string.
 */
char *site_expand(const struct site *s, const char *text);

/* The whole days from the local date of now to the deadline: 0 on the
 * day itself, negative once it is past.  False when s sets no deadline. */
bool site_days_left(const struct site *s, time_t now, long *days);

/* The deadline as the module list shows it: "Deadline: 2026-12-31 (5
 * days left)", "(today)" or "(overdue by 3 days)", translated; NULL when
 * s sets none.  Caller frees. */
char *site_deadline_text(const struct site *s, time_t now);

/*
 * The folder report and incident files go to: the site's report_dir,
 * else the official's own folder that they can find (fs_files_dir:
 * ~/Documents/jagaakun or the home), else the current folder when no
 * home is known.  s may be NULL.  Caller frees.
 */
char *site_output_dir(const struct site *s);

/* Create site_output_dir's folder when it is the official's own; the
 * site's report_dir is never created (a missing one is for the IT office
 * to see).  Returns 0 or a negative errno. */
int site_output_make(const struct site *s);

/*
 * A list of the site's (contacts, units) filtered by what an official
 * types: fills idx with the indices, in file order, of up to max items
 * that query matches (ignoring the case of ASCII letters; "" matches
 * all), and returns how many.  A NULL s has no items.
 */
typedef size_t site_find_fn(const struct site *s, const char *query,
    size_t *idx, size_t max);

/* Contacts whose unit or name contains query. */
site_find_fn site_find_contacts;

/* Units whose code, name or an alias contains query. */
site_find_fn site_find_units;

/* The unit with code (exactly), or NULL (also for a NULL s or code). */
const struct site_unit *site_unit_by_code(const struct site *s,
    const char *code);

/* The unit that text stands for: its code, name or an alias, ignoring
 * the case of ASCII letters and spacing; NULL when none. */
const struct site_unit *site_unit_by_text(const struct site *s,
    const char *text);

#endif
