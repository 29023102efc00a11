/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect: many officials' report files turned into one summary per work
 * unit, for the IT officer.
 *
 * Files and folders (walked recursively) are read by two threads; each
 * report is reduced at once to the little the summary needs, so memory
 * grows with the number of officials and not with the size of the files.
 * Per NIP the newest report (by its export time) wins; the older ones are
 * listed as duplicates.  A file that cannot be used is listed with the
 * reason and never stops the run.
 *
 * What is read inside a folder: regular files whose names end in ".json"
 * (any case), not hidden ones (a leading '.'), in byte order of their
 * names, so every run sees the files in the same order.  Symbolic links
 * inside a folder are never followed (they are listed as rejected); a
 * path given on the command line is used as given.  A JSON summary that
 * collect itself wrote (export.h) is skipped, so it may be saved among
 * the reports; summaries are merged by collect_merge.h instead.
 *
 * With options.weeks, the compliance per week over the last weeks is
 * counted from the same reports (collect_weeks.c).
 *
 * An incident file (incident.h) found among the reports is kept too:
 * every one of them, not only the newest per NIP, listed newest first.
 * The unit filter and the as-of time apply to incidents as to reports.
 * Per unit, the officials who took the scenario quiz and their awareness
 * score (points over questions, summed over those officials) are shown.
 *
 * Units are grouped by the unit code a report carries.  A report without
 * one (written before the site listed units) is grouped by its unit's
 * name, case and spacing aside, unless the site's list of units
 * (options.site) has a unit of that name or alias: then it counts in
 * that unit.  With a list, a unit that is not in it is flagged.
 *
 * Per unit and module, the steps marked not applicable are counted, and
 * the reasons given for them (the content's listed ones, and the
 * officials' own words).
 *
 * With the content and a site settings file (options.content, .site
 * with a path) each report is judged by their rules (report_apply_site): the accounts and
 * modules they require count, for the official and per account, even
 * where the report was written under other settings or says the account
 * is not used.  Per unit and account, the officials who use it or must
 * and those compliant for it are counted.
 *
 * With a roster (roster.h), the officials expected to report, each is
 * counted in the unit the roster gives (matched to the reports' units as
 * they are grouped): per unit how many were expected, have reported and
 * are compliant, and who has not reported; an official reporting whose
 * NIP is not on the roster is flagged.  Without one, who has not
 * reported is unknown, and the summary says so.
 *
 * A path given that holds no report or incident file (an empty or
 * mistyped folder) is listed in the summary, so that it is not taken for
 * a clean result.
 */
#ifndef JAGAAKUN_COLLECT_H
#define JAGAAKUN_COLLECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>
#include "exchange/incident.h"
#include "model/content.h"
#include "model/site.h"

struct roster;

#define COLLECT_THREADS 2

struct collect_options {
	const char *unit;	/* only this work unit (case and spacing
				   ignored), or NULL for every unit */
	time_t as_of;		/* ignore reports exported after it; 0 = none */
	int stale_days;		/* flag reports older than this; 0 = never */
	time_t now;		/* the day staleness counts from */
	int threads;		/* worker threads; 0 = COLLECT_THREADS */
	const struct site *site;	/* its units (the caller's, kept until
					   collect_finish); NULL: none */
	const struct content *content;	/* judges each report's "not
				   applicable" marks (report_apply_content),
				   or NULL to take them as they are */
	const struct roster *roster;	/* the officials expected to report,
					   or NULL; kept until collect_finish */
	int weeks;		/* compliance per week for this many weeks
				   (collect_weeks.c); 0 = none */
};

/* The largest number of weeks asked for: ten years. */
#define COLLECT_MAX_WEEKS 520

/* Officials counted in a week, and of them those compliant. */
struct collect_week_tally {
	size_t reporting;
	size_t compliant;
};

/* A module seen in at least one report. */
struct collect_module {
	char *id;
	char *title;		/* English msgid, from the first report in
				   path order that has the module */
	bool required;		/* required in at least one report */
};

/* Per unit and account: the officials reporting who use it or must
 * (it is required), and of them those who are compliant for it. */
struct collect_account_tally {
	size_t officials;
	size_t compliant;
};

/* Steps finished (done or not applicable) out of all steps, and of them
 * those not applicable. */
struct collect_progress {
	uint64_t finished;
	uint64_t total;
	uint64_t na;
};

/* How many steps of one module the officials of one unit marked not
 * applicable for one reason. */
struct collect_na_reason {
	size_t unit;		/* index into the summary's units */
	size_t module;		/* index into the summary's modules */
	char *reason;		/* a listed reason's msgid, or the words */
	bool listed;		/* one the content lists (translatable) */
	uint64_t steps;
};

struct collect_unit {
	char *name;		/* the site's name for code, else as the first
				   official in path order wrote it */
	size_t reporting;	/* officials with a report */
	size_t compliant;
	size_t stale;		/* reports older than stale_days */
	struct collect_progress *modules;	/* one per summary module */
	size_t quizzed;		/* officials whose report has a quiz */
	uint64_t quiz_score;	/* their scores, summed */
	uint64_t quiz_total;	/* their questions, summed */
	char *code;		/* the unit code it is grouped by, or NULL:
				   grouped by its name */
	bool unlisted;		/* the site lists units, and not this one */
	size_t expected;	/* officials of the unit on the roster */
	size_t expected_reporting;	/* of them, with a report (in any
					   unit) */
	size_t expected_compliant;	/* of them, compliant */
	size_t off_roster;	/* officials reporting here, not on it */
	struct collect_account_tally *accounts;	/* one per summary
						   account */
};

/* An official on the roster who has not reported. */
struct collect_missing {
	char *nip;
	char *name;
	size_t unit;		/* index into the summary's units */
};

/* An incident file; every incident is kept. */
struct collect_incident {
	time_t time;		/* when it was recorded */
	char *name;
	char *nip;
	char *unit;
	enum incident_noticed noticed;
	enum incident_money money;
	char *path;
};

/* One module of an official's report: its steps finished (done or not
 * applicable) out of all, and of them those not applicable. */
struct collect_official_module {
	uint32_t module;	/* index into the summary's modules */
	uint32_t finished, na, total;
	bool required;		/* required in the official's report */
};

/* An official; the text is owned by the summary (store). */
struct collect_official {
	char *nip;
	char *name;
	size_t unit;		/* index into the summary's units */
	char *path;		/* the report file kept */
	time_t exported;
	bool compliant;
	bool stale;
	uint32_t na;		/* steps marked not applicable, in all */
	size_t *lacks;		/* required modules not finished (indices) */
	size_t n_lacks;
	bool off_roster;		/* with a roster: not on it */
	uint32_t n_modules;
	const struct collect_official_module *modules;	/* the modules of
				   the report, in its order (owned by the
				   summary's store) */
};

/* A file that was not used. */
struct collect_reject {
	char *path;
	const char *code;	/* stable English code: "edited", "too-large"... */
	char *reason;		/* translated sentence */
};

/* An older report of an official, replaced by a newer one. */
struct collect_duplicate {
	char *path;
	char *nip;
	time_t exported;
	char *kept;		/* the newer report kept instead */
};

struct collect_summary {
	time_t generated;
	time_t as_of;		/* 0 when not given */
	time_t now;
	int stale_days;
	char *unit_filter;	/* NULL when not given */
	size_t files;		/* report and incident files looked at */
	size_t accepted;	/* of which valid reports */
	size_t after_as_of;	/* valid but exported after as_of: ignored */
	size_t other_units;	/* officials left out by the unit filter */
	size_t reporting;	/* officials reporting, over all units: the
				   officials listed, or in a merged summary
				   (collect_merge.h) more than those listed */
	size_t compliant;	/* officials compliant, over all units */
	char *agency;		/* the site's agency name, or NULL */
	bool units_listed;	/* the site listed units (collect_unit.unlisted
				   says which were not among them) */
	struct collect_incident *incidents;	/* newest first, then path
						   order */
	size_t n_incidents;
	struct collect_module *modules;
	size_t n_modules;
	struct collect_module *accounts;	/* the accounts the reports
						   list (required: in at
						   least one), as modules are
						   ordered; none in reports
						   written before accounts */
	size_t n_accounts;
	struct collect_unit *units;		/* sorted by name */
	size_t n_units;
	struct collect_na_reason *na_reasons;	/* by unit, module, most
						   given first, then text */
	size_t n_na_reasons;
	struct collect_official *officials;	/* sorted by unit, name, NIP */
	size_t n_officials;
	struct collect_reject *rejected;	/* in path order */
	size_t n_rejected;
	struct collect_duplicate *duplicates;	/* in path order */
	size_t n_duplicates;
	char *roster;		/* the roster's path; NULL without one: who
				   has not reported is then unknown */
	size_t roster_skipped;	/* its rows skipped */
	size_t expected;	/* over all units, as in collect_unit */
	size_t expected_reporting;
	size_t expected_compliant;
	size_t off_roster;
	int n_weeks;		/* weeks asked for (options.weeks), 0: none */
	time_t *week_ends;	/* the end of each week, oldest first: the
				   last is the as-of time (or now) */
	struct collect_week_tally *weeks;	/* over all units, per week */
	struct collect_week_tally *unit_weeks;	/* unit u, week k at
						   [u * n_weeks + k] */
	struct collect_missing *missing;	/* by unit, name, NIP */
	size_t n_missing;
	char **empty;		/* paths given that hold no report or
				   incident file, in the order given */
	size_t n_empty;
	struct collect_store *store;	/* private: holds the officials' text */
};

struct collect;

/* Start a collection with a copy of o. */
struct collect *collect_new(const struct collect_options *o);

/*
 * Read every report under the n paths (files, or folders walked
 * recursively), in the order given, with o->threads threads.  Files that
 * cannot be used are recorded as rejected.  May be called more than
 * once; later paths come after earlier ones in path order.
 */
void collect_paths(struct collect *c, char *const *paths, size_t n);

/* Turn what was read into the summary and free c. */
struct collect_summary *collect_finish(struct collect *c);

void collect_summary_free(struct collect_summary *s);

struct arena;
/* A new arena kept, and freed, by summary s (for text that its officials
 * or missing officials point to). */
struct arena *collect_summary_arena(struct collect_summary *s);
/* Move the arenas of from into to's keeping (from keeps none). */
void collect_summary_adopt(struct collect_summary *to,
    struct collect_summary *from);

#endif
