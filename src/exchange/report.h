/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * report: one official's compliance report, the file IT officers collect.
 *
 * Built from the record, the content and the site settings; versioned
 * JSON, written with json-c and read with jreader over jdoc (a
 * one-pass tokenizer: many files, each read once) -- never with libconfig, as report
 * files come from other machines -- with a SHA-256 checksum (nettle) that
 * reveals edits made after export.  The checksum does not stop a
 * determined forger, who can recompute it.  Documented in
 * jagaakun-report(5).
 */
#ifndef JAGAAKUN_REPORT_H
#define JAGAAKUN_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

struct arena;
#include "exchange/jreader.h"
#include "exchange/reject.h"
#include "model/content.h"
#include "model/progress.h"
#include "model/record.h"
#include "model/site.h"

#define REPORT_FORMAT 1
#define REPORT_MAX_BYTES JREADER_MAX_BYTES	/* larger files are refused */
#define REPORT_SUM_LEN 71	/* "sha256:" and 64 hex digits */

struct report_step {
	char *module;
	char *step;
	enum step_status status;
	time_t time;		/* 0 when never touched */
	char *reason;		/* STEP_NA only */
	bool reason_listed;	/* reason is one the content lists for the
				   step (its English msgid), not the
				   official's own words */
};

struct report_module {
	char *id;
	char *title;		/* English msgid */
	bool required;		/* counts for the official's compliance:
				   counts, in an account that is required */
	size_t done, na, later, todo, total;
	char *account;		/* its account's id; NULL in a report
				   written before accounts */
	bool counts;		/* counts for its account's compliance
				   (site_module_required); in an older
				   report, required */
};

/* An account of the report: each the official uses, and each required
 * one (used or not). */
struct report_account {
	char *id;
	char *title;		/* English msgid */
	bool used;		/* the official said they use it */
	bool required;		/* required by the site: it counts for
				   compliance, used or not */
	bool compliant;		/* every module of it that counts is
				   finished (report_account_compliant) */
};

struct report {
	int format;
	char *program_version;
	char *content_version;
	char *agency;		/* may be NULL */
	char *host;
	time_t exported;
	struct profile profile;
	struct report_module *modules;
	size_t n_modules;
	struct report_step *steps;
	size_t n_steps;
	size_t finished;	/* done + na over all steps */
	size_t total;
	bool compliant;		/* every required step done or n/a */
	struct report_account *accounts;	/* in content order; none in a
						   report written before */
	size_t n_accounts;
	struct quiz_result *quiz;	/* the latest scenario quiz, or NULL */
	struct arena *text;	/* holds every string above but the quiz's */
};

/* ---- the report (report.c) ---- */

/* Build the report of official o; every pointer is copied.  s may be NULL
 * (empty settings); host NULL means this machine's name (gethostname). */
struct report *report_build(const struct official *o, const struct content *c,
    const struct site *s, time_t now, const char *host);
/* An empty report of format REPORT_FORMAT, with its text arena, for a
 * reader to fill. */
struct report *report_new(void);
void report_free(struct report *r);

/* The counts of module m as a struct progress, for progress.h's
 * arithmetic. */
struct progress report_module_progress(const struct report_module *m);

/* Add up the modules of r into *all; true when every required module is
 * complete (the official is compliant). */
bool report_tally(const struct report *r, struct progress *all);

/* True when every module of r in account id that counts is complete
 * (none is). */
bool report_account_compliant(const struct report *r, const char *id);

/*
 * Judge r by the rules of site s over content c, as collect does with the
 * IT office's settings (site_check_modules applied to c): each module c
 * knows gets the account c gives it and counts and is required as s
 * says; each module of a required account that r lacks (the account was
 * not required where r was written) is added with every step to do (the
 * steps an official without Web/Desktop sees); each required account is
 * listed, used or not; compliance and the totals follow.  Modules and
 * accounts c does not know keep what r says.
 */
void report_apply_site(struct report *r, const struct content *c,
    const struct site *s);

/* Finished steps as a whole percentage (progress_percent's rule). */
unsigned report_percent(const struct report *r);

/* The steps of r marked not applicable. */
size_t report_na(const struct report *r);

/*
 * Judge r's "not applicable" marks by content c, as the checklist judges
 * a record's (progress_status): a step c knows that may not be so counts
 * as to do, with its module's counts, r->finished and r->compliant
 * following.  Steps and modules c does not know keep their marks.  For
 * reports written before the content said which steps may be not
 * applicable, or with other content.
 */
void report_apply_content(struct report *r, const struct content *c);

/* The checksum of the len bytes of a canonical form at text, as
 * jagaakun-report(5) defines it: "sha256:" and 64 hex digits. */
void report_checksum(const char *text, size_t len,
    char out[REPORT_SUM_LEN + 1]);

/* The default file name: "jagaakun-<NIP>-<YYYYMMDD>.json"; caller frees. */
char *report_default_name(const struct report *r);

/* The default file name in the folder reports go to (site_output_dir:
 * the site's report_dir, else the official's own); caller frees. */
char *report_default_path(const struct report *r, const struct site *s);

/* ---- writing (report_write.c) ---- */

/* Write r as the report file (JSON with its checksum) to f.
 * Returns 0 or a negative errno. */
int report_write(const struct report *r, FILE *f);

/*
 * Write r to path atomically (fs_write_file with FS_SHARED) with the mode
 * any file the user creates gets: 0666 less the umask, 0644 usually, so
 * an IT officer can read it from a shared folder.  A link or another
 * user's file under that name (planted in a shared folder) is never
 * followed or replaced: -EEXIST.  Returns 0 or a negative errno.
 */
int report_save(const struct report *r, const char *path);

/* ---- reading (report_read.c) ---- */

/*
 * Read a report from the len bytes at buf (a file's whole content),
 * parsing into work (jdoc_new), which a caller reading many reports
 * keeps from one to the next.  Returns REJECT_OK and sets *out, or the
 * reason it was refused (REJECT_TOO_LARGE, REJECT_NOT_JSON,
 * REJECT_NOT_REPORT, REJECT_UNKNOWN_FORMAT, REJECT_INVALID,
 * REJECT_EDITED: see jreader_open) and sets *out to NULL and *detail,
 * when not NULL, to a translated sentence saying more (caller frees).
 * Never follows the file's text into paths.
 */
enum reject_reason report_parse(struct jdoc *work, const char *buf,
    size_t len, struct report **out, char **detail);

#endif
