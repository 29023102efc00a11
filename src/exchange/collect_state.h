/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect_state: what a collection holds while reports are read, shared
 * by its two halves: collect.c reads the files into it, collect_summary.c
 * turns it into the summary.  Private to collect; callers use collect.h.
 */
#ifndef JAGAAKUN_COLLECT_STATE_H
#define JAGAAKUN_COLLECT_STATE_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "base/arena.h"
#include "base/strmap.h"
#include "exchange/collect.h"

/* One module of one entry (its module: an index into collect.modules
 * until collect_finish makes it one into the summary's). */
#define entry_module collect_official_module

/* One account of one entry. */
struct entry_account {
	uint32_t account;	/* index into collect.accounts */
	bool compliant;
};

/* The reason of one step of an entry marked not applicable. */
struct entry_reason {
	uint32_t module;	/* index into the entry's modules */
	bool listed;
	char *text;
};

/* What the summary needs of one report. */
struct entry {
	char *nip, *name, *path;
	const char *unit;	/* collect.units': each text once */
	const char *unit_code;	/* "" when the report has none */
	struct entry_module *modules;
	struct entry_reason *reasons;
	struct entry_account *accounts;
	time_t exported;
	uint64_t seq;
	/* A million of these stay in memory: the counts are as narrow as
	 * what a report can hold (REPORT_MAX_COUNT). */
	uint32_t n_modules, n_reasons, n_accounts;
	uint32_t unit_id;	/* index into collect.units */
	uint16_t quiz_score, quiz_total;	/* total 0: no quiz */
	bool compliant;
};

/* A module, or an account, as the reports name it. */
struct gmodule {
	char *id, *title;
	size_t index;		/* where it was added */
	uint64_t seq;		/* first report that has it ... */
	size_t pos;		/* ... and its place there */
	bool required;
};

/* An older report of an official. */
struct dup {
	struct entry *e;
};

/* An incident with its place in path order. */
struct pincident {
	struct collect_incident inc;
	uint64_t seq;
};

struct reject;		/* a file not used; collect.c's */

/* A path given to collect_paths, and the report and incident files
 * found under it. */
struct origin {
	char *path;
	size_t found;
};

struct collect {
	struct collect_options opt;
	char *unit_name;		/* the --unit value */
	char *unit_filter;		/* its grouping key */
	uint64_t next_seq;		/* the walking thread's alone */
	pthread_mutex_t lock;		/* guards everything below */
	size_t files, accepted, after_as_of;
	struct entry **newest;		/* the newest entry of each NIP */
	size_t n_newest, cap_newest;
	struct strmap *by_nip;		/* NIP to index into newest */
	char **units;			/* each unit text once, as first met */
	size_t n_units, cap_units;
	struct strmap *by_unit;		/* unit text to index into units */
	struct arena *unit_text;	/* where units' text is */
	struct gmodule *modules;
	size_t n_modules, cap_modules;
	struct gmodule *accounts;
	size_t n_accounts, cap_accounts;
	size_t *account_remap;		/* collect_finish's: found order to
					   the summary's */
	struct reject *rejects;
	size_t n_rejects, cap_rejects;
	struct dup *dups;
	size_t n_dups, cap_dups;
	struct pincident *incidents;
	size_t n_incidents, cap_incidents;
	struct origin *origins;		/* every path given, in order */
	size_t n_origins, cap_origins;
	struct arena **arenas;		/* one per worker, kept to the end */
	size_t n_arenas, cap_arenas;
};

/* A new arena, owned by c until collect_finish hands it to the summary
 * (takes the lock). */
struct arena *collect_arena(struct collect *c);

/* The grouping key of a unit name: case and spacing do not count. */
char *collect_unit_key(const char *s);

/* Move the rejected files of c into s, in path order, each with its code
 * and translated reason. */
void collect_finish_rejects(struct collect *c, struct collect_summary *s);

/* The reasons for "not applicable" while the summary is made
 * (collect_na.c): added one step at a time, then put into the summary. */
struct collect_na;
struct collect_na *collect_na_new(void);
void collect_na_add(struct collect_na *t, size_t unit, size_t module,
    const char *reason, bool listed);
/* Move the reasons counted into s->na_reasons, sorted, and free t. */
void collect_na_finish(struct collect_na *t, struct collect_summary *s);

/* List in s the paths given that held no report or incident file, and
 * free c's list of paths. */
void collect_finish_origins(struct collect *c, struct collect_summary *s);

/* Order names: ASCII letters ignoring case first, then the bytes. */
int collect_name_cmp(const char *a, const char *b);

/* Order people as the lists show them: by unit (its index), then name
 * (collect_name_cmp), then NIP. */
int collect_person_cmp(size_t unit_a, const char *name_a, const char *nip_a,
    size_t unit_b, const char *name_b, const char *nip_b);

/* qsort order of struct collect_missing, by collect_person_cmp. */
int collect_missing_cmp(const void *a, const void *b);

/* Count the roster's officials into the units of s (official i of the
 * roster into unit unit_of[i], or nowhere when it is SIZE_MAX: left out
 * by the unit filter), list those who have not reported (their text in
 * a), and flag the officials reporting who are not on it. */
void collect_finish_roster(struct collect *c, struct collect_summary *s,
    const size_t *unit_of, struct arena *a);

/* Count compliance per week into s (collect_weeks.c), when the options
 * ask for weeks: from every report c holds (newest and older ones), each
 * official in the unit of the summary's officials. */
void collect_finish_weeks(struct collect *c, struct collect_summary *s);

#endif
