/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * content: the checklist modules, loaded from libconfig files and
 * validated once.
 *
 * A content folder holds content.cfg (format and version), accounts/,
 * one file an account (WhatsApp, ASN Digital, ...), and modules/, one file
 * a module, each naming its account ("account = ID;").  Both are loaded in
 * file-name order; modules are then kept grouped by account, in account
 * order, and in file-name order within one (account.c): adding an account
 * or a module is adding a file.  Every user-visible string is an English msgid; screens show it
 * through gettext, and tools/content-pot extracts the same strings for
 * po/ (content_text_keys lists which settings those are).
 */
#ifndef JAGAAKUN_CONTENT_H
#define JAGAAKUN_CONTENT_H

#include <stdbool.h>
#include <stddef.h>
#include "base/diag.h"

#define CONTENT_FORMAT 1	/* the format this program reads */
#define CONTENT_MAX_TEXT 4096	/* bytes in one text setting */
#define CONTENT_MAX_NA_REASONS 4	/* reasons a step offers for "not
					   applicable", besides "other" */
#define CONTENT_MAX_NA_REASON 120	/* bytes in one such reason */

/* Where a step's instructions apply.  Every official has a phone (the
 * first two); WhatsApp Web/Desktop runs beside it, never instead. */
enum platform {
	PLATFORM_ANDROID,
	PLATFORM_IPHONE,
	PLATFORM_WEB,		/* WhatsApp Web and Desktop */
	PLATFORM_COUNT
};

#define PLATFORM_PHONES 2	/* the phones come first in enum platform */

/*
 * A step.  Its instructions: "text" for every platform, or its own for
 * Android and for iPhone (how[], which overrides text), and optionally
 * "web" for what Web/Desktop users do there too.  A step with nothing but "web" is a
 * Web step: only officials who use Web/Desktop see it.  A step can be
 * marked "not applicable" only when it lists the reasons that can be
 * true for it (not_applicable); the official may also give their own.
 * "card = true;" puts it on the quick card, the essential steps a
 * trainer prints on one or two pages (`jagaakun handout --quick`).
 */
struct step {
	char *id;
	char *title;
	char *why;			/* why it matters */
	char *text;			/* what to do everywhere, or NULL */
	char *how[PLATFORM_COUNT];	/* what to do on one platform, or NULL */
	char **na;			/* reasons (msgids), NULL-ended; NULL
					   when it cannot be not applicable */
	size_t n_na;
	bool card;			/* on the quick card (handout --quick) */
	int line;
};

struct account;

struct module {
	char *id;
	char *account;			/* its account's id (the file's) */
	const struct account *acct;	/* that account; NULL in content
					   built without accounts (tests),
					   which then always counts */
	char *title;
	char *summary;
	char *why;
	char *source;			/* where the advice comes from */
	char *checked;			/* WhatsApp version / date the paths were checked */
	struct step *steps;
	size_t n_steps;
	char *file;			/* path it was loaded from */
	int line;			/* line of its id in file */
	int account_line;		/* line of its account in file */
};

/* An account the official may use: the level above the module. */
struct account {
	char *id;
	char *title;
	char *summary;
	char *source;
	char *checked;
	bool required;		/* "required = true" in its file: required
				   when the site names no accounts */
	bool enforced;		/* required for compliance: required, until
				   site_check_modules (site.h) applies the
				   site's required_accounts */
	size_t n_modules;	/* its modules in struct content */
	char *file;
	int line;		/* line of its id in file */
};

struct content {
	char *version;
	struct module *modules;	/* grouped by account, in account order */
	size_t n_modules;
	struct account *accounts;	/* in file-name order */
	size_t n_accounts;
};

/* Setting names whose string values are user-visible text (NULL-ended). */
extern const char *const content_text_keys[];

/*
 * Load and validate the content in dir.  On success returns 0 and sets
 * *out (free with content_free).  On any problem returns -1, leaves *out
 * NULL and adds one "file:line: message" to d for every problem found:
 * syntax errors, unknown keys, missing fields, wrong types, duplicate ids,
 * invalid UTF-8, control characters, empty or too long text, an unknown
 * format, no modules at all; a step without instructions for both phones
 * (nor only "web"); a "not_applicable" list that is not a list of
 * strings, is empty, holds a reason twice or more than
 * CONTENT_MAX_NA_REASONS of them, or a reason over CONTENT_MAX_NA_REASON
 * bytes; an account file with a bad or missing id, title, summary,
 * source, checked or required, an account id used twice, an account no
 * module names; a module without "account" or naming an account there is
 * no file for.  No account files at all is reported too.
 */
int content_load(const char *dir, struct content **out, struct diag *d);
void content_free(struct content *c);

/* Lookups by id; NULL when absent. */
const struct module *content_module(const struct content *c, const char *id);
const struct account *content_account(const struct content *c,
    const char *id);
const struct step *module_step(const struct module *m, const char *id);

/* What to do for the step on platform p: its own text for p, else its
 * text for every platform, else NULL (the step is not done there: a Web
 * step on a phone, or two-step verification, which cannot be turned on
 * from WhatsApp Web). */
const char *step_how(const struct step *s, enum platform p);

/* True for a Web step: one with instructions for Web/Desktop only. */
bool step_web_only(const struct step *s);

/* True when an official who uses Web/Desktop (web) or not sees s. */
bool step_shown(const struct step *s, bool web);

/* True when s may be marked "not applicable". */
bool step_na_allowed(const struct step *s);

/* The reason s lists that is reason (a msgid), or NULL: the official's
 * own words ("other"), or a reason the content no longer lists. */
const char *step_na_listed(const struct step *s, const char *reason);

/* Total number of steps over all modules. */
size_t content_step_count(const struct content *c);

/* "android", "iphone", "web" and back (-1 for other text). */
const char *platform_name(enum platform p);
int platform_parse(const char *s);
/* Translated label: "Android", "iPhone", "WhatsApp Web/Desktop". */
const char *platform_label(enum platform p);

#endif
