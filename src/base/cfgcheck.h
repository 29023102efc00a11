/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cfgcheck: the checks every libconfig loader (content, site, scenarios)
 * makes on the files it is given.
 *
 * A loader describes each level of its file (the file itself, a group in
 * a list) with a table of the settings allowed there: name, whether it is
 * required, and the function that checks the value and stores a copy of
 * it in the struct the level fills.  cfgcheck_group walks a group against
 * such a table.  The typed helpers below check one value each and report
 * what is wrong with it.  Every problem goes to a diag list as
 * "file:line: message", and all of them are collected: an author sees
 * every mistake in one run, and the loader fails when the list grew.
 *
 * The messages name a setting by its name, or for an element of a list by
 * the list's name (cfgcheck_name).
 */
#ifndef JAGAAKUN_CFGCHECK_H
#define JAGAAKUN_CFGCHECK_H

#include <libconfig.h>
#include <stdbool.h>
#include <stddef.h>
#include "base/diag.h"

/* The file being read and where its problems go. */
struct cfgcheck {
	const char *path;	/* as named in diagnostics */
	struct diag *d;
};

/* Check the value of setting s and store a copy of it at field (a member
 * of the struct the level fills); report each problem to ck instead. */
typedef void cfgcheck_fn(struct cfgcheck *ck, const config_setting_t *s,
    void *field);

/* One setting allowed at a level of a file.  Tables end with a NULL name. */
struct cfgcheck_key {
	const char *name;
	bool required;		/* its absence is reported */
	cfgcheck_fn *check;	/* NULL: allowed, but the loader checks it */
	size_t offset;		/* of its field in the struct filled */
};

/*
 * Walk group against keys, filling obj: first report every setting keys
 * does not list ("unknown setting"), then check each present one in file
 * order with its check function (given obj + offset), then report each
 * required one that is absent ("missing setting", on the group's line).
 * cfgcheck_group does all three; a loader that must look at one setting
 * before the others (a format version) calls the two halves around it.
 */
void cfgcheck_group(struct cfgcheck *ck, const config_setting_t *group,
    const struct cfgcheck_key *keys, void *obj);
void cfgcheck_unknown(struct cfgcheck *ck, const config_setting_t *group,
    const struct cfgcheck_key *keys);
void cfgcheck_members(struct cfgcheck *ck, const config_setting_t *group,
    const struct cfgcheck_key *keys, void *obj);

/* The line of s, or of its nearest enclosing setting that has one (0 for
 * the file itself).  libconfig 1.5 notes a scalar's line after reading the
 * token that follows it, so a list element alone on its line is reported
 * on the next one. */
int cfgcheck_line(const config_setting_t *s);

/* The name of s, or for an unnamed list element the list's name. */
const char *cfgcheck_name(const config_setting_t *s);

/* Report a problem with s (NULL: the file), on its line.  Returns false,
 * for a reader that stops at its first problem to pass on. */
bool cfgcheck_error(struct cfgcheck *ck, const config_setting_t *s,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/*
 * Typed values.  Each returns the value (or true) when s is good, and
 * otherwise reports the first thing wrong with it and returns NULL (or
 * false), leaving *out alone.  Strings stay owned by libconfig; the copy_
 * variants store an xstrdup'ed copy at *out instead.
 */

/* A string: "\"NAME\" must be a string". */
const char *cfgcheck_string(struct cfgcheck *ck, const config_setting_t *s);

/* Text a screen or a page can show: a string of valid UTF-8, with no
 * control character except those in allowed (NULL for none; "\n" for
 * text with paragraphs), not blank, at most max bytes. */
const char *cfgcheck_text(struct cfgcheck *ck, const config_setting_t *s,
    const char *allowed, size_t max);
bool cfgcheck_copy_text(struct cfgcheck *ck, const config_setting_t *s,
    const char *allowed, size_t max, char **out);

/* The characters a word may hold.  Each comes with its own message, so
 * that translators see whole sentences. */
enum cfgcheck_alphabet {
	CFGCHECK_ID,		/* a-z, 0-9 and "-": ids */
	CFGCHECK_VERSION	/* A-Z, a-z, 0-9, ".", "+" and "-": versions */
};

/* A string of 1 to max characters, all from the alphabet. */
const char *cfgcheck_id(struct cfgcheck *ck, const config_setting_t *s,
    enum cfgcheck_alphabet a, size_t max);
bool cfgcheck_copy_id(struct cfgcheck *ck, const config_setting_t *s,
    enum cfgcheck_alphabet a, size_t max, char **out);

/* A whole number (int or int64) from min to max. */
bool cfgcheck_int(struct cfgcheck *ck, const config_setting_t *s,
    long long min, long long max, long long *out);

/* true or false. */
bool cfgcheck_bool(struct cfgcheck *ck, const config_setting_t *s,
    bool *out);

/* Report a problem with the shape of s: a list (i unused), or element i
 * (from 0) of a list. */
typedef void cfgcheck_shape_fn(struct cfgcheck *ck,
    const config_setting_t *s, size_t i);

/* Read element i (from 0) of a list; arg is the caller's. */
typedef void cfgcheck_elem_fn(struct cfgcheck *ck, const config_setting_t *e,
    size_t i, void *arg);

/* What a list holds, and what to say when it does not. */
struct cfgcheck_list {
	int type;		/* CONFIG_TYPE_STRING or CONFIG_TYPE_GROUP */
	bool nonempty;		/* an empty list is reported */
	cfgcheck_shape_fn *not_list;	/* NULL: a generic message */
	cfgcheck_shape_fn *bad_elem;	/* NULL: a generic message */
	cfgcheck_elem_fn *each;	/* called for each element of the type */
};

/*
 * Walk list s: strings may stand in ( ) or [ ], groups in ( ).  Calls
 * spec->each for every element of spec->type and reports every other
 * element.  Returns false, having reported it, when s is not such a list
 * (or is empty and spec->nonempty); each is then not called.  A caller
 * that keeps one item per element sizes its array with
 * config_setting_length(s) first (0 for a scalar).
 */
bool cfgcheck_list(struct cfgcheck *ck, const config_setting_t *s,
    const struct cfgcheck_list *spec, void *arg);

/*
 * Parse the file ck->path into cfg, which this initialises and the caller
 * destroys in any case.  Only a regular file reaches libconfig (its
 * scanner exits the process when reading a folder fails), through
 * cfgread_fd: an @include is refused.  Returns true when parsed; false
 * after reporting "cannot read: REASON", or the @include or the syntax
 * error on its line.  When absent is not NULL, a file that does not exist
 * is not reported: *absent becomes true and false is returned.
 */
bool cfgcheck_parse(struct cfgcheck *ck, config_t *cfg, bool *absent);

#endif
