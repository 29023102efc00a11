/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record: the officials who use this workstation and where each stands.
 *
 * One libconfig file (format 1) holds every official with their profile,
 * their choices (language, phone, Web/Desktop or not), where to resume, and the status of
 * each step with its UTC time.  record_save() is the only function that
 * writes it.  No PIN, OTP or password is ever part of a record.
 */
#ifndef JAGAAKUN_RECORD_H
#define JAGAAKUN_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>
#include "base/diag.h"
#include "model/profile.h"
#include "model/quiz.h"

#define RECORD_FORMAT 1
#define RECORD_MAX_FIELD PROFILE_MAX_TEXT	/* bytes in a profile field */
#define RECORD_MAX_ACCOUNTS 64	/* accounts one official may use */
#define RECORD_MAX_ACCOUNT_ID 40	/* bytes in an account id */

enum step_status {
	STEP_TODO,	/* not yet looked at */
	STEP_DONE,
	STEP_NA,	/* not applicable; reason says why */
	STEP_LATER,	/* looked at, to do later */
};

struct step_state {
	char *module;
	char *step;
	enum step_status status;
	time_t time;		/* when the status was set */
	char *reason;		/* for STEP_NA; NULL otherwise */
};

struct official {
	struct profile profile;
	char *language;		/* "id" or "en" */
	int platform;		/* the phone: PLATFORM_ANDROID or
				   PLATFORM_IPHONE, -1 before it is chosen */
	bool web;		/* also uses WhatsApp Web/Desktop */
	bool accounts_asked;	/* said which accounts they use; false in
				   a record written before that was asked */
	char **accounts;	/* the ids of those accounts, each once */
	size_t n_accounts;
	char *resume_module;	/* where to resume; NULL at the start */
	char *resume_step;
	time_t created;
	time_t updated;
	time_t exported;	/* when the checklist last wrote their report;
				 * 0 = never (official_unexported) */
	struct step_state *steps;
	size_t n_steps, cap_steps;
	struct quiz_result *quiz;	/* the latest scenario quiz, or NULL */
};

struct record {
	char *path;		/* the file itself (see record_open) */
	char *content_version;	/* version of the content last used */
	char *last_nip;		/* who used this workstation last */
	struct official *officials;
	size_t n_officials, cap_officials;
	int lock_fd;		/* held while the record is open */
};

/*
 * Open the record at path: create its folder (0700) if needed, find the
 * file itself (a symbolic link is followed, and the folder too: r->path
 * is the file's absolute, link-free name, which the lock and every save
 * use, so two names of one record share one lock), check that its folder
 * is the user's own and writable by nobody else, take the lock, and read
 * the file if it exists (a missing file is an empty record).  Returns 0
 * and sets *out, or (d says why each time):
 *   -EWOULDBLOCK  another jagaakun has it open;
 *   -EPERM        the folder belongs to another user, or group or
 *                 others may write it;
 *   -ENOENT       path is a symbolic link to a file that does not exist;
 *   -EEXIST       the lock file is a link or not a regular file;
 *   -EBADMSG      the file cannot be used: syntax error, wrong format
 *                 version, invalid UTF-8, a bad value (d has file:line);
 *                 the file is untouched and the lock is released;
 *   other -errno  it could not be read or the folder not created.
 */
int record_open(const char *path, struct record **out, struct diag *d);

/*
 * Open the record at path only to read it (report): as record_open, but
 * nothing is created (a missing folder is an empty record) and the lock
 * is shared: readers do not keep each other out, a checklist keeps them
 * out (-EWOULDBLOCK) and they keep it out.  When the lock file cannot be
 * created (a read-only folder or file system) the record is read without
 * a lock, which is safe because saves are atomic renames.  The record
 * must not be saved.
 */
int record_open_read(const char *path, struct record **out, struct diag *d);

/* Rename an unusable record to "<path>.broken-YYYYMMDDTHHMMSSZ" so a fresh
 * one can start without losing it; *aside gets the new name (caller
 * frees).  Returns 0 or a negative errno.  It takes the record's lock
 * while it moves the file (-EWOULDBLOCK while the record is open), adds
 * -1, -2, ... when the name is taken and never replaces another file. */
int record_set_aside(const char *path, char **aside);

/* Save atomically (fs_write_atomic, mode 0600) to r->path, the file
 * itself: what was swapped in there since it was opened (a link, another
 * user's file) is never followed or replaced: -EEXIST.  Returns 0 or
 * -errno; on error the file on disk is the previous good one.  A record that
 * record_open would reject (an empty name, a NIP that is not 18 digits, a
 * profile field over RECORD_MAX_FIELD bytes, invalid UTF-8) is not
 * written: -EINVAL. */
int record_save(struct record *r);

/* Release the lock and free everything (NULL is fine). */
void record_close(struct record *r);

/* The default path: <XDG state dir>/jagaakun/record.cfg; caller frees. */
char *record_default_path(void);

/* The official with nip, or NULL.  Pointers into r->officials stay valid
 * until the next record_add. */
struct official *record_find(struct record *r, const char *nip);

/* Add an official with a copy of p; the NIP must not be there yet
 * (returns NULL if it is).  A NULL unit or position is stored as "". */
struct official *record_add(struct record *r, const struct profile *p, time_t now);

/* Set a step's status (reason only for STEP_NA; copied). */
void official_set_status(struct official *o, const char *module,
    const char *step, enum step_status st, const char *reason, time_t now);

/* The state of a step, or NULL when it was never touched (STEP_TODO). */
const struct step_state *official_step(const struct official *o,
    const char *module, const char *step);

/* Say whether o said they use account id (false before they were
 * asked). */
bool official_uses_account(const struct official *o, const char *id);

/* Set the accounts o uses to the n ids (copied; each a-z, 0-9 and "-",
 * 1 to RECORD_MAX_ACCOUNT_ID bytes, none twice, n at most
 * RECORD_MAX_ACCOUNTS) and mark them asked.  Returns 1 when that changed
 * anything, 0 when not, -EINVAL (changing nothing) for a bad list. */
int official_set_accounts(struct official *o, const char *const *ids,
    size_t n);

/* Say whether the n ids are a list official_set_accounts takes. */
bool official_accounts_valid(const char *const *ids, size_t n);

/* Remember where to resume (copies; NULLs clear it). */
void official_set_resume(struct official *o, const char *module, const char *step);

/* Keep a copy of r as the official's latest quiz result, replacing any
 * earlier one, and count it as an update at r->time (NULL forgets the
 * result).  Returns 0, or -EINVAL (and changes nothing) when
 * quiz_result_check finds r invalid: a record holds only results that
 * read back. */
int official_set_quiz(struct official *o, const struct quiz_result *r);

/* Say whether o has changed anything since the checklist last wrote
 * their report (always, for one never written, once anything is set). */
bool official_unexported(const struct official *o);

/* "todo", "done", "na", "later" and back (-1 for other text). */
const char *step_status_name(enum step_status s);
int step_status_parse(const char *s);

#endif
