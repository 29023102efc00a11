/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_summary: the tables of a collect summary (see
 * export_summary.h).  Each table's columns and the values of a row are
 * one list (EXPORT_COLUMNS, EXPORT_VALUES in export.h), so they cannot
 * drift apart.
 */
#include "config.h"
#include "exchange/export_summary.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/prefetch.h"
#include "base/xalloc.h"

/* Every incident, from inc; the text format shows each incident's file
 * as a heading over it. */
#define EXPORT_SUMMARY_INCIDENT(X) \
	X("time", N_("Recorded (UTC)"), EXPORT_TIME, 10, (.t = inc->time)) \
	X("name", N_("Name"), EXPORT_STRING, 10, (.s = inc->name)) \
	X("nip", N_("NIP"), EXPORT_NIP, 18, (.s = inc->nip)) \
	X("unit", N_("Work unit"), EXPORT_STRING, 8, (.s = inc->unit)) \
	X("money_asked", N_("Contacts asked for money"), EXPORT_STRING, 8, \
	    (.s = incident_money_label(inc->money))) \
	X("money_asked_code", N_("Money asked (code)"), EXPORT_CODE, 0, \
	    (.s = incident_money_name(inc->money))) \
	X("noticed", N_("What was noticed"), EXPORT_STRING, 0, \
	    (.s = incident_noticed_label(inc->noticed))) \
	X("noticed_code", N_("Noticed (code)"), EXPORT_CODE, 0, \
	    (.s = incident_noticed_name(inc->noticed))) \
	X("file", N_("File"), EXPORT_STRING, 0, (.s = inc->path))

/* TRANSLATORS: sheet names ("Incidents"...) are at most 31 characters. */
EXPORT_TABLE_SHEET(export_summary_incident_table, EXPORT_SUMMARY_INCIDENT,
    "incidents", N_("Incidents: accounts that may be taken over"),
    N_("Incidents"), false, 8);

/* The totals: one record, from s and stale. */
#define EXPORT_SUMMARY_TOTAL(X) \
	X("agency", N_("Agency"), EXPORT_STRING, 0, (.s = s->agency)) \
	X("as_of", N_("As of (UTC)"), EXPORT_TIME, 0, (.t = s->as_of)) \
	X("unit", N_("Work unit (filter)"), EXPORT_STRING, 0, \
	    (.s = s->unit_filter)) \
	X("stale_days", N_("Stale after (days)"), EXPORT_COUNT, 0, \
	    (.n = s->stale_days)) \
	X("files", N_("Report files found"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->files)) \
	X("accepted", N_("Valid reports"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->accepted)) \
	X("incidents", N_("Incidents reported"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->n_incidents)) \
	X("rejected", N_("Files rejected"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->n_rejected)) \
	X("duplicates", N_("Older reports replaced"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->n_duplicates)) \
	X("after_as_of", N_("Reports after the as-of time (left out)"), \
	    EXPORT_COUNT, 0, (.n = (long long)s->after_as_of)) \
	X("other_units", N_("Officials of other units (left out)"), \
	    EXPORT_COUNT, 0, (.n = (long long)s->other_units)) \
	X("units", N_("Work units"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->n_units)) \
	X("officials", N_("Officials reporting"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->reporting)) \
	X("compliant", N_("Officials compliant"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->compliant)) \
	X("percent", N_("Compliant (%)"), EXPORT_PERCENT, 0, \
	    (.n = export_percent(s->compliant, s->reporting))) \
	X("stale", N_("Stale reports"), EXPORT_COUNT, 0, \
	    (.n = (long long)stale)) \
	X("empty_paths", N_("Paths with no report"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->n_empty)) \
	X("non_reporters", N_("Who has not reported"), EXPORT_MSGID, 0, \
	    (.s = s->roster ? N_("see the roster tables") : \
	    N_("unknown: no roster was given (--roster)"))) \
	X("non_reporters_code", N_("Who has not reported (code)"), \
	    EXPORT_CODE, 0, (.s = s->roster ? "listed" : "unknown"))

EXPORT_TABLE(export_summary_total_table, EXPORT_SUMMARY_TOTAL,
    "summary", N_("Summary"), true, -1);

/* The roster's totals: one record, from s. */
#define EXPORT_SUMMARY_ROSTER(X) \
	X("file", N_("Roster file"), EXPORT_STRING, 0, (.s = s->roster)) \
	X("skipped", N_("Roster rows skipped"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->roster_skipped)) \
	X("expected", N_("Officials expected"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->expected)) \
	X("reported", N_("Expected officials reporting"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->expected_reporting)) \
	X("compliant", N_("Expected officials compliant"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->expected_compliant)) \
	X("percent", N_("Compliant of expected (%)"), EXPORT_PERCENT, 0, \
	    (.n = s->expected > 0 ? \
	    export_percent(s->expected_compliant, s->expected) : -1)) \
	X("not_reported", N_("Not yet reported"), EXPORT_COUNT, 0, \
	    (.n = (long long)(s->expected - s->expected_reporting))) \
	X("not_on_roster", N_("Reports not on the roster"), EXPORT_COUNT, 0, \
	    (.n = (long long)s->off_roster))

EXPORT_TABLE(export_summary_roster_table, EXPORT_SUMMARY_ROSTER,
    "roster", N_("Roster"), true, -1);

/* The work units, a row each, from u (a unit only the roster has has
 * no one reporting). */
#define EXPORT_SUMMARY_UNIT(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 19, (.s = u->name)) \
	X("reporting", N_("Reporting"), EXPORT_COUNT, 9, \
	    (.n = (long long)u->reporting)) \
	X("compliant", N_("Compliant"), EXPORT_COUNT, 9, \
	    (.n = (long long)u->compliant)) \
	X("percent", N_("Compliant (%)"), EXPORT_PERCENT, 10, \
	    (.n = u->reporting > 0 ? \
	    export_percent(u->compliant, u->reporting) : -1)) \
	X("stale", N_("Stale"), EXPORT_COUNT, 5, (.n = (long long)u->stale)) \
	X("quizzed", N_("Took the quiz"), EXPORT_COUNT, 7, \
	    (.n = (long long)u->quizzed)) \
	/* TRANSLATORS: the scenario quiz's score, as a percentage. */ \
	X("awareness", N_("Awareness (%)"), EXPORT_PERCENT, 0, \
	    (.n = u->quizzed > 0 ? \
	    export_percent(u->quiz_score, u->quiz_total) : -1))

EXPORT_TABLE(export_summary_unit_table, EXPORT_SUMMARY_UNIT,
    "units", N_("Work units"), false, -1);

/* The units' compliance as a chart: the unit (column 0), its percent
 * compliant (column 3). */
static const struct export_chart export_summary_unit_chart = {
	N_("Officials compliant per work unit (%)"), 0, 3, EXPORT_CHART_BAR
};

/* The work units u by the roster: its officials expected there, and
 * the officials reporting there who are not on it. */
#define EXPORT_SUMMARY_ROSTER_UNIT(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 19, (.s = u->name)) \
	X("expected", N_("Expected"), EXPORT_COUNT, 8, \
	    (.n = (long long)u->expected)) \
	X("reported", N_("Reported"), EXPORT_COUNT, 8, \
	    (.n = (long long)u->expected_reporting)) \
	X("compliant", N_("Compliant"), EXPORT_COUNT, 9, \
	    (.n = (long long)u->expected_compliant)) \
	X("percent", N_("Compliant (%)"), EXPORT_PERCENT, 10, \
	    (.n = u->expected > 0 ? \
	    export_percent(u->expected_compliant, u->expected) : -1)) \
	X("not_reported", N_("Not yet reported"), EXPORT_COUNT, 9, \
	    (.n = (long long)(u->expected - u->expected_reporting))) \
	X("not_on_roster", N_("Not on the roster"), EXPORT_COUNT, 0, \
	    (.n = (long long)u->off_roster))

EXPORT_TABLE(export_summary_roster_unit_table, EXPORT_SUMMARY_ROSTER_UNIT,
    "roster_units", N_("Roster per work unit"), false, -1);

/* Per unit u, the completion p of each module mod its officials have. */
#define EXPORT_SUMMARY_MODULE(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, (.s = u->name)) \
	X("module", N_("Module"), EXPORT_MSGID, 32, (.s = mod->title)) \
	X("module_id", N_("Module id"), EXPORT_CODE, 0, (.s = mod->id)) \
	X("required", N_("Required"), EXPORT_YESNO, 8, (.n = mod->required)) \
	X("finished", N_("Steps finished"), EXPORT_COUNT, 9, \
	    (.n = (long long)p->finished)) \
	X("na", N_("Of them not applicable"), EXPORT_COUNT, 9, \
	    (.n = (long long)p->na)) \
	X("total", N_("Steps in all"), EXPORT_COUNT, 9, \
	    (.n = (long long)p->total)) \
	X("percent", N_("Finished (%)"), EXPORT_PERCENT, 0, \
	    (.n = export_percent(p->finished, p->total)))

EXPORT_TABLE(export_summary_module_table, EXPORT_SUMMARY_MODULE,
    "modules", N_("Completion per module"), false, 0);

/* Over all units, the completion p of each module mod. */
#define EXPORT_SUMMARY_MODULE_TOTAL(X) \
	X("module", N_("Module"), EXPORT_MSGID, 32, (.s = mod->title)) \
	X("module_id", N_("Module id"), EXPORT_CODE, 0, (.s = mod->id)) \
	X("required", N_("Required"), EXPORT_YESNO, 8, (.n = mod->required)) \
	X("finished", N_("Steps finished"), EXPORT_COUNT, 9, \
	    (.n = (long long)p.finished)) \
	X("na", N_("Of them not applicable"), EXPORT_COUNT, 9, \
	    (.n = (long long)p.na)) \
	X("total", N_("Steps in all"), EXPORT_COUNT, 9, \
	    (.n = (long long)p.total)) \
	X("percent", N_("Finished (%)"), EXPORT_PERCENT, 0, \
	    (.n = export_percent(p.finished, p.total)))

EXPORT_TABLE_SHEET(export_summary_module_total_table,
    EXPORT_SUMMARY_MODULE_TOTAL, "module_totals",
    N_("Completion per module, all units"), N_("Modules, all units"),
    false, -1);

/* The modules' completion as a chart: the module (column 0), its
 * percent finished (column 6). */
static const struct export_chart export_summary_module_chart = {
	N_("Steps finished per module, all units (%)"), 0, 6,
	EXPORT_CHART_BAR
};

/* Per unit u, the compliance t with each account acc: of the officials
 * reporting who use it or must (it is required), those who finished
 * every module of it that counts. */
#define EXPORT_SUMMARY_ACCOUNT(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, (.s = u->name)) \
	X("account", N_("Account"), EXPORT_MSGID, 24, (.s = acc->title)) \
	X("account_id", N_("Account id"), EXPORT_CODE, 0, (.s = acc->id)) \
	X("required", N_("Required"), EXPORT_YESNO, 8, (.n = acc->required)) \
	X("officials", N_("Officials using it"), EXPORT_COUNT, 9, \
	    (.n = (long long)t->officials)) \
	X("compliant", N_("Compliant"), EXPORT_COUNT, 9, \
	    (.n = (long long)t->compliant)) \
	X("percent", N_("Compliant (%)"), EXPORT_PERCENT, 0, \
	    (.n = export_percent(t->compliant, t->officials)))

EXPORT_TABLE(export_summary_account_table, EXPORT_SUMMARY_ACCOUNT,
    "accounts", N_("Compliance per account"), false, 0);

/* Per unit and module, the reasons r given for steps not applicable: a
 * listed one in the reader's language (listed says which it is), or the
 * official's own words. */
#define EXPORT_SUMMARY_NA(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, \
	    (.s = s->units[r->unit].name)) \
	X("module", N_("Module"), EXPORT_MSGID, 24, \
	    (.s = s->modules[r->module].title)) \
	X("module_id", N_("Module id"), EXPORT_CODE, 0, \
	    (.s = s->modules[r->module].id)) \
	X("reason", N_("Reason given"), EXPORT_STRING, 34, \
	    (.s = r->listed ? _(r->reason) : r->reason)) \
	X("listed", N_("Listed"), EXPORT_YESNO, 6, (.n = r->listed)) \
	X("steps", N_("Steps"), EXPORT_COUNT, 0, (.n = (long long)r->steps))

/* The title names an XLSX sheet too: 31 bytes at most, or it is cut. */
EXPORT_TABLE_SHEET(export_summary_na_table, EXPORT_SUMMARY_NA,
    "not_applicable", N_("Steps not applicable and why"),
    N_("Steps not applicable"), false, 0);

/* The officials o not yet compliant, with the modules each lacks
 * (titles, ids). */
#define EXPORT_SUMMARY_OFFICIAL(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, \
	    (.s = s->units[o->unit].name)) \
	X("name", N_("Name"), EXPORT_STRING, 22, (.s = o->name)) \
	X("nip", N_("NIP"), EXPORT_NIP, 18, (.s = o->nip)) \
	X("exported", N_("Report of (UTC)"), EXPORT_TIME, 10, \
	    (.t = o->exported)) \
	X("lacks", N_("Still to finish"), EXPORT_LIST, 0, \
	    (.list = titles, .codes = ids, .n_list = o->n_lacks))

EXPORT_TABLE(export_summary_official_table, EXPORT_SUMMARY_OFFICIAL,
    "not_compliant", N_("Officials not yet compliant"), false, 0);

/* Every official o reporting, the columns before and after the
 * completion of each required module (made at run time, one a module:
 * export_summary_everyone). */
#define EXPORT_SUMMARY_EVERYONE_HEAD(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, \
	    (.s = s->units[o->unit].name)) \
	X("name", N_("Name"), EXPORT_STRING, 0, (.s = o->name)) \
	X("nip", N_("NIP"), EXPORT_NIP, 0, (.s = o->nip)) \
	X("compliant", N_("Compliant"), EXPORT_YESNO, 0, (.n = o->compliant))
#define EXPORT_SUMMARY_EVERYONE_TAIL(X) \
	X("na", N_("Steps not applicable"), EXPORT_COUNT, 0, \
	    (.n = (long long)o->na)) \
	X("exported", N_("Report of (UTC)"), EXPORT_TIME, 0, \
	    (.t = o->exported)) \
	X("stale", N_("Stale"), EXPORT_YESNO, 0, (.n = o->stale))

static const struct export_column export_summary_everyone_head[] =
    EXPORT_COLUMNS(EXPORT_SUMMARY_EVERYONE_HEAD);
static const struct export_column export_summary_everyone_tail[] =
    EXPORT_COLUMNS(EXPORT_SUMMARY_EVERYONE_TAIL);

/* The officials m on the roster who have not reported. */
#define EXPORT_SUMMARY_MISSING(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, \
	    (.s = s->units[m->unit].name)) \
	X("name", N_("Name"), EXPORT_STRING, 30, (.s = m->name)) \
	X("nip", N_("NIP"), EXPORT_NIP, 0, (.s = m->nip))

EXPORT_TABLE(export_summary_missing_table, EXPORT_SUMMARY_MISSING,
    "not_reported", N_("Officials who have not reported"), false, 0);

/* The officials o reporting who are not on the roster. */
#define EXPORT_SUMMARY_OFF_ROSTER(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, \
	    (.s = s->units[o->unit].name)) \
	X("name", N_("Name"), EXPORT_STRING, 22, (.s = o->name)) \
	X("nip", N_("NIP"), EXPORT_NIP, 18, (.s = o->nip)) \
	X("file", N_("File"), EXPORT_STRING, 0, (.s = o->path))

EXPORT_TABLE_SHEET(export_summary_off_roster_table,
    EXPORT_SUMMARY_OFF_ROSTER, "not_on_roster",
    N_("Reports not on the roster"), N_("Not on the roster"), false, 0);

/* The officials o whose reports are stale. */
#define EXPORT_SUMMARY_STALE(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 0, \
	    (.s = s->units[o->unit].name)) \
	X("name", N_("Name"), EXPORT_STRING, 30, (.s = o->name)) \
	X("nip", N_("NIP"), EXPORT_NIP, 18, (.s = o->nip)) \
	X("exported", N_("Report of (UTC)"), EXPORT_TIME, 0, \
	    (.t = o->exported))

EXPORT_TABLE(export_summary_stale_table, EXPORT_SUMMARY_STALE,
    "stale", N_("Stale reports"), false, 0);

/* The officials o whose unit is not in the site's list of units. */
#define EXPORT_SUMMARY_UNLISTED(X) \
	X("unit", N_("Work unit"), EXPORT_STRING, 22, \
	    (.s = s->units[o->unit].name)) \
	X("unit_code", N_("Unit code"), EXPORT_STRING, 10, \
	    (.s = s->units[o->unit].code)) \
	X("name", N_("Name"), EXPORT_STRING, 22, (.s = o->name)) \
	X("nip", N_("NIP"), EXPORT_NIP, 18, (.s = o->nip)) \
	X("file", N_("File"), EXPORT_STRING, 0, (.s = o->path))

EXPORT_TABLE_SHEET(export_summary_unlisted_table, EXPORT_SUMMARY_UNLISTED,
    "unlisted", N_("Reports whose unit is not in the site's list"),
    N_("Units not in the list"), false, 0);

/* The files r that were not used, and why. */
#define EXPORT_SUMMARY_REJECT(X) \
	X("file", N_("File"), EXPORT_STRING, 36, (.s = r->path)) \
	X("code", N_("Reason code"), EXPORT_CODE, 0, (.s = r->code)) \
	X("reason", N_("Reason"), EXPORT_STRING, 0, (.s = r->reason))

EXPORT_TABLE(export_summary_reject_table, EXPORT_SUMMARY_REJECT,
    "rejected", N_("Files rejected"), false, -1);

/* The older reports d that newer ones replaced. */
#define EXPORT_SUMMARY_DUPLICATE(X) \
	X("nip", N_("NIP"), EXPORT_NIP, 18, (.s = d->nip)) \
	X("exported", N_("Report of (UTC)"), EXPORT_TIME, 10, \
	    (.t = d->exported)) \
	X("file", N_("Older file"), EXPORT_STRING, 22, (.s = d->path)) \
	X("kept", N_("Newer file, counted"), EXPORT_STRING, 0, (.s = d->kept))

EXPORT_TABLE_SHEET(export_summary_duplicate_table, EXPORT_SUMMARY_DUPLICATE,
    "duplicates", N_("Older reports replaced by newer ones"),
    N_("Older reports replaced"), false, -1);

/* The paths given, p, that hold no report. */
#define EXPORT_SUMMARY_EMPTY(X) \
	X("path", N_("Path"), EXPORT_STRING, 0, (.s = *p))

EXPORT_TABLE(export_summary_empty_table, EXPORT_SUMMARY_EMPTY,
    "empty_paths", N_("Paths with no report"), false, -1);

/* Every incident, newest first. */
static void
export_summary_incidents(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_incident_table);
	for (size_t i = 0; i < s->n_incidents; i++) {
		const struct collect_incident *inc = &s->incidents[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_INCIDENT);

		export_row(w, v);
	}
}

/* The summary's totals. */
static void
export_summary_totals(struct export_writer *w, const struct collect_summary *s)
{
	size_t stale = 0;

	for (size_t i = 0; i < s->n_units; i++)
		stale += s->units[i].stale;
	const struct export_value v[] = EXPORT_VALUES(EXPORT_SUMMARY_TOTAL);

	export_table(w, &export_summary_total_table);
	export_row(w, v);
}

/* The roster's totals. */
static void
export_summary_roster(struct export_writer *w, const struct collect_summary *s)
{
	const struct export_value v[] = EXPORT_VALUES(EXPORT_SUMMARY_ROSTER);

	export_table(w, &export_summary_roster_table);
	export_row(w, v);
}

/* One row per work unit, by the roster. */
static void
export_summary_roster_units(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_roster_unit_table);
	for (size_t i = 0; i < s->n_units; i++) {
		const struct collect_unit *u = &s->units[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_ROSTER_UNIT);

		export_row(w, v);
	}
}

/* The officials on the roster who have not reported, by unit. */
static void
export_summary_missing(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &export_summary_missing_table);
	for (size_t i = 0; i < s->n_missing; i++) {
		const struct collect_missing *m = &s->missing[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_MISSING);

		export_row(w, v);
	}
}

/* The officials reporting who are not on the roster. */
static void
export_summary_off_roster(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_off_roster_table);
	for (size_t i = 0; i < s->n_officials; i++) {
		const struct collect_official *o = &s->officials[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_OFF_ROSTER);

		if (o->off_roster)
			export_row(w, v);
	}
}

/* The paths given that hold no report. */
static void
export_summary_empty(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &export_summary_empty_table);
	for (size_t i = 0; i < s->n_empty; i++) {
		char *const *p = &s->empty[i];
		const struct export_value v[] = EXPORT_VALUES(EXPORT_SUMMARY_EMPTY);

		export_row(w, v);
	}
}

/* One row per work unit. */
static void
export_summary_units(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &export_summary_unit_table);
	for (size_t i = 0; i < s->n_units; i++) {
		const struct collect_unit *u = &s->units[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_UNIT);

		export_row(w, v);
	}
	if (s->n_units > 0)
		export_chart(w, &export_summary_unit_chart);
}

/* Over all units, the completion of every module. */
static void
export_summary_module_totals(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_module_total_table);
	for (size_t m = 0; m < s->n_modules; m++) {
		const struct collect_module *mod = &s->modules[m];
		struct collect_progress p = { 0, 0, 0 };

		for (size_t i = 0; i < s->n_units; i++) {
			p.finished += s->units[i].modules[m].finished;
			p.na += s->units[i].modules[m].na;
			p.total += s->units[i].modules[m].total;
		}
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_MODULE_TOTAL);

		if (p.total > 0)
			export_row(w, v);
	}
	if (s->n_modules > 0)
		export_chart(w, &export_summary_module_chart);
}

/* Per unit, the completion of every module its officials have. */
static void
export_summary_modules(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &export_summary_module_table);
	for (size_t i = 0; i < s->n_units; i++)
		for (size_t m = 0; m < s->n_modules; m++) {
			const struct collect_unit *u = &s->units[i];
			const struct collect_module *mod = &s->modules[m];
			const struct collect_progress *p = &u->modules[m];
			const struct export_value v[] =
			    EXPORT_VALUES(EXPORT_SUMMARY_MODULE);

			if (p->total > 0)
				export_row(w, v);
		}
}

/* Per unit, the compliance with every account its officials use or
 * must. */
static void
export_summary_accounts(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_account_table);
	for (size_t i = 0; i < s->n_units; i++)
		for (size_t a = 0; a < s->n_accounts; a++) {
			const struct collect_unit *u = &s->units[i];
			const struct collect_module *acc = &s->accounts[a];
			const struct collect_account_tally *t = &u->accounts[a];
			const struct export_value v[] =
			    EXPORT_VALUES(EXPORT_SUMMARY_ACCOUNT);

			if (t->officials > 0)
				export_row(w, v);
		}
}

/* Per unit and module, the reasons given for steps not applicable. */
static void
export_summary_na(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &export_summary_na_table);
	for (size_t i = 0; i < s->n_na_reasons; i++) {
		const struct collect_na_reason *r = &s->na_reasons[i];
		const struct export_value v[] = EXPORT_VALUES(EXPORT_SUMMARY_NA);

		export_row(w, v);
	}
}

/* The officials not yet compliant, with the modules each still lacks. */
static void
export_summary_officials(struct export_writer *w,
    const struct collect_summary *s)
{
	const char **titles = xcalloc(s->n_modules + 1, sizeof *titles);
	const char **ids = xcalloc(s->n_modules + 1, sizeof *ids);

	export_table(w, &export_summary_official_table);
	for (size_t i = 0; i < s->n_officials; i++) {
		const struct collect_official *o = &s->officials[i];

		if (o->compliant)
			continue;
		for (size_t k = 0; k < o->n_lacks; k++) {
			titles[k] = s->modules[o->lacks[k]].title;
			ids[k] = s->modules[o->lacks[k]].id;
		}
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_OFFICIAL);
		export_row(w, v);
	}
	free(titles);
	free(ids);
}

/* The officials table of s: its head columns, one per required module
 * (the module's title as label, "ID_percent" as key, the keys in keys),
 * then its tail; col[m] gets the column of module m, or SIZE_MAX. */
static struct export_table *
export_summary_everyone_table(const struct collect_summary *s, char **keys,
    size_t *col)
{
	size_t nh = EXPORT_NELEM(export_summary_everyone_head);
	size_t nt = EXPORT_NELEM(export_summary_everyone_tail), n = nh;
	struct export_column *cols = xcalloc(nh + s->n_modules + nt,
	    sizeof *cols);
	struct export_table *t = xcalloc(1, sizeof *t);

	memcpy(cols, export_summary_everyone_head, sizeof
	    export_summary_everyone_head);
	for (size_t m = 0; m < s->n_modules; m++) {
		col[m] = SIZE_MAX;
		if (!s->modules[m].required)
			continue;
		keys[m] = xasprintf("%s_percent", s->modules[m].id);
		col[m] = n;
		cols[n++] = (struct export_column){ keys[m],
		    s->modules[m].title, EXPORT_PERCENT, 0 };
	}
	memcpy(cols + n, export_summary_everyone_tail, sizeof
	    export_summary_everyone_tail);
	*t = (struct export_table){ "officials",
	    N_("Every official reporting, with the completion of each "
	    "required module (%)"), N_("Officials"), cols, n + nt, false, 0 };
	return t;
}

/* Free a table of export_summary_everyone_table. */
static void
export_summary_everyone_free(struct export_table *t, char **keys, size_t n)
{
	for (size_t m = 0; m < n; m++)
		free(keys[m]);
	free(keys);
	free((void *)t->cols);
	free(t);
}

/* Every official reporting: compliant or not, the completion of each
 * required module, the steps not applicable, the report's date and
 * whether it is stale.  The table is the writer's until export_close:
 * it is given back in *out for the caller to free. */
static void
export_summary_everyone(struct export_writer *w,
    const struct collect_summary *s, struct export_table **out,
    char ***out_keys)
{
	char **keys = xcalloc(s->n_modules + 1, sizeof *keys);
	size_t *col = xcalloc(s->n_modules + 1, sizeof *col);
	struct export_table *t = export_summary_everyone_table(s, keys, col);
	struct export_value *v = xcalloc(t->n_cols, sizeof *v);
	size_t nh = EXPORT_NELEM(export_summary_everyone_head);

	export_table(w, t);
	for (size_t i = 0; i < s->n_officials; i++) {
		const struct collect_official *o = &s->officials[i];
		const struct export_value head[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_EVERYONE_HEAD);

		const struct export_value tail[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_EVERYONE_TAIL);

		/* What a row reads lies all over memory. */
		if (i + PREFETCH_AHEAD < s->n_officials) {
			PREFETCH(o[PREFETCH_AHEAD].modules);
			PREFETCH(o[PREFETCH_AHEAD].name);
			PREFETCH(o[PREFETCH_AHEAD].nip);
		}
		memcpy(v, head, sizeof head);
		for (size_t c = nh; c < t->n_cols - EXPORT_NELEM(tail); c++)
			v[c] = (struct export_value){ .n = -1 };
		for (uint32_t k = 0; k < o->n_modules; k++) {
			const struct collect_official_module *m =
			    &o->modules[k];

			if (col[m->module] != SIZE_MAX && m->total > 0)
				v[col[m->module]].n =
				    export_percent(m->finished, m->total);
		}
		memcpy(v + t->n_cols - EXPORT_NELEM(tail), tail, sizeof tail);
		export_row(w, v);
	}
	free(v);
	free(col);
	*out = t;
	*out_keys = keys;
}

/* The officials whose reports are stale. */
static void
export_summary_stale(struct export_writer *w, const struct collect_summary *s)
{
	export_table(w, &export_summary_stale_table);
	for (size_t i = 0; i < s->n_officials; i++) {
		const struct collect_official *o = &s->officials[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_STALE);

		if (o->stale)
			export_row(w, v);
	}
}

/* The officials whose unit the site does not list. */
static void
export_summary_unlisted(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_unlisted_table);
	for (size_t i = 0; i < s->n_officials; i++) {
		const struct collect_official *o = &s->officials[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_UNLISTED);

		if (s->units[o->unit].unlisted)
			export_row(w, v);
	}
}

/* The files that were not used, and why. */
static void
export_summary_rejected(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_reject_table);
	for (size_t i = 0; i < s->n_rejected; i++) {
		const struct collect_reject *r = &s->rejected[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_REJECT);

		export_row(w, v);
	}
}

/* The older reports that newer ones replaced. */
static void
export_summary_duplicates(struct export_writer *w,
    const struct collect_summary *s)
{
	export_table(w, &export_summary_duplicate_table);
	for (size_t i = 0; i < s->n_duplicates; i++) {
		const struct collect_duplicate *d = &s->duplicates[i];
		const struct export_value v[] =
		    EXPORT_VALUES(EXPORT_SUMMARY_DUPLICATE);

		export_row(w, v);
	}
}

/* Write the tables of s to w, in format fmt; the officials table, the
 * writer's until export_close, is given back in *everyone and *keys. */
static void
export_summary_write(struct export_writer *w, const struct collect_summary *s,
    enum export_format fmt, struct export_table **everyone, char ***keys)
{
	/* A workbook opens on its first sheet: the figures there, with the
	 * charts; on paper and elsewhere the incidents come first. */
	if (fmt == EXPORT_FMT_XLSX)
		export_summary_totals(w, s);
	export_summary_incidents(w, s);
	if (fmt != EXPORT_FMT_XLSX)
		export_summary_totals(w, s);
	if (s->roster != NULL)
		export_summary_roster(w, s);
	export_summary_units(w, s);
	if (s->roster != NULL)
		export_summary_roster_units(w, s);
	if (s->n_weeks > 0)
		export_summary_weeks(w, s);
	/* Reports written before accounts list none: no table then. */
	if (s->n_accounts > 0)
		export_summary_accounts(w, s);
	export_summary_module_totals(w, s);
	export_summary_modules(w, s);
	export_summary_na(w, s);
	export_summary_officials(w, s);
	/* On paper the list of those still to act, by unit, is enough: a
	 * column per module does not fit 80 columns. */
	if (fmt != EXPORT_FMT_TEXT)
		export_summary_everyone(w, s, everyone, keys);
	if (s->roster != NULL) {
		export_summary_missing(w, s);
		export_summary_off_roster(w, s);
	}
	if (s->stale_days > 0)
		export_summary_stale(w, s);
	if (s->units_listed)
		export_summary_unlisted(w, s);
	export_summary_rejected(w, s);
	export_summary_duplicates(w, s);
	if (s->n_empty > 0)
		export_summary_empty(w, s);
}

/* The header of every summary export. */
static const struct export_header *
export_summary_header(const struct collect_summary *s,
    struct export_header *h)
{
	*h = (struct export_header){ "summary",
	    N_("WhatsApp account security: compliance summary"), s->generated };
	return h;
}

int
export_summary_only(const struct collect_summary *s, enum export_format fmt,
    FILE *f, const char *table)
{
	struct export_header h;
	struct export_writer *w = export_open_only(fmt, f,
	    export_summary_header(s, &h), table);
	struct export_table *everyone = NULL;
	char **keys = NULL;
	int err;

	export_summary_write(w, s, fmt, &everyone, &keys);
	err = export_close(w);
	if (everyone != NULL)
		export_summary_everyone_free(everyone, keys, s->n_modules);
	return err;
}

int
export_summary(const struct collect_summary *s, enum export_format fmt,
    FILE *f)
{
	return export_summary_only(s, fmt, f, NULL);
}

const char **
export_summary_tables(const struct collect_summary *s, enum export_format fmt,
    size_t *n)
{
	struct export_header h;
	struct export_writer *w = export_open_only(fmt, NULL,
	    export_summary_header(s, &h), NULL);
	struct export_table *everyone = NULL;
	char **keys = NULL;
	const char *const *seen;
	const char **out;

	export_summary_write(w, s, fmt, &everyone, &keys);
	seen = export_keys(w, n);
	out = xcalloc(*n + 1, sizeof *out);
	if (*n > 0)
		memcpy(out, seen, *n * sizeof *out);
	export_close(w);
	if (everyone != NULL)
		export_summary_everyone_free(everyone, keys, s->n_modules);
	return out;
}
