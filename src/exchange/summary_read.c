/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * summary_read: a JSON summary read back and checked (summary_read.h).
 *
 * The tables are read in the order their figures depend on each other:
 * the units first, then the modules and accounts (each twice: their ids
 * and titles, then the units' figures, once every unit has room for
 * every module), the reasons for "not applicable", the officials not
 * compliant, the roster, the weeks, the lists of files, and last the
 * totals, checked against what the tables add up to.  Every getter is
 * jreader's: the first problem refuses the file and the rest do nothing.
 */
#include "config.h"
#include "exchange/summary_read.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/jdoc.h"
#include "base/sanitize.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "exchange/export.h"
#include "exchange/incident.h"
#include "exchange/jreader.h"

#define SREAD_MAX_COUNT 1000000000u	/* officials, files, rows */
#define SREAD_MAX_STEPS 1000000000000u	/* steps, summed */
#define SREAD_MAX_TEXT 65536		/* bytes of a name, a path... */
#define SREAD_MAX_DAYS 36500		/* --stale */
#define SREAD_WEEK (7 * 86400)
#define SREAD_CHUNK (64 * 1024)

static const struct jreader_format sread_format = {
	.type = NULL,
	.format = EXPORT_MAJOR,
	.max_bytes = SUMMARY_MAX_BYTES,
};

/* Say whether s is text as collect writes it: sanitize_text leaves it
 * as it is (no control or invisible formatting character, all UTF-8),
 * so two names that would be written alike cannot be read as two. */
static bool
sread_is_clean(const char *s, size_t max)
{
	const char *p = s;
	char *clean;
	bool same;

	(void)max;
	while ((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7F)
		p++;
	if (*p == '\0')
		return true;
	clean = sanitize_text(s);
	same = strcmp(clean, s) == 0;
	free(clean);
	return same;
}

/* Any clean text; names and ids must not be empty; a NIP is 18 digits. */
static const struct jreader_text sread_text = { SREAD_MAX_TEXT, false,
    sread_is_clean };
static const struct jreader_text sread_name = { SREAD_MAX_TEXT, true,
    sread_is_clean };

/* Say whether s is 18 ASCII digits, as every NIP and NI PPPK is. */
static bool
sread_is_nip(const char *s, size_t max)
{
	size_t n = strspn(s, "0123456789");

	(void)max;
	return n == 18 && s[n] == '\0';
}

static const struct jreader_text sread_nip = { 18, true, sread_is_nip };

/* The state of reading one summary. */
struct sread {
	struct jreader rd;
	const struct jdoc *d;
	jdoc_ref root;
	struct collect_summary *s;
	struct arena *a;		/* the officials' text */
	struct strmap *units, *modules, *accounts;
	size_t cap_modules, cap_accounts;
	bool *seen;			/* unit x module: a row of it */
	bool *seen_account;		/* unit x account */
	uint64_t *na;			/* unit x module: the reasons' steps */
	size_t *acting;			/* per unit: officials not compliant */
	size_t *absent;			/* per unit: not reported */
};

static const char *
sread_unit_key(const void *ctx, size_t i)
{
	return ((const struct sread *)ctx)->s->units[i].name;
}

static const char *
sread_module_key(const void *ctx, size_t i)
{
	return ((const struct sread *)ctx)->s->modules[i].id;
}

static const char *
sread_account_key(const void *ctx, size_t i)
{
	return ((const struct sread *)ctx)->s->accounts[i].id;
}

/* Refuse the file for field key of the current element. */
static void
sread_bad(struct sread *r, const char *key, enum jreader_problem p)
{
	jreader_invalid(&r->rd, key, p);
}

/* Refuse the file for field key unless ok. */
static void
sread_check(struct sread *r, bool ok, const char *key, enum jreader_problem p)
{
	if (!ok)
		sread_bad(r, key, p);
}

/* Check percentage member key of obj: the one of part in whole, or null
 * when whole is 0 and nullable. */
static void
sread_percent(struct sread *r, jdoc_ref obj, const char *key, uint64_t part,
    uint64_t whole, bool nullable)
{
	jdoc_ref v = jdoc_member(r->d, obj, key);
	enum jdoc_type t = jdoc_type(r->d, v);

	if (!jreader_ok(&r->rd))
		return;
	if (nullable && whole == 0)
		sread_check(r, t == JDOC_NULL, key, JREADER_BAD_SUM);
	else if (t != JDOC_INT)
		sread_bad(r, key, JREADER_BAD_TYPE);
	else
		sread_check(r, jdoc_int(r->d, v) == export_percent(part, whole),
		    key, JREADER_BAD_SUM);
}

/* The unit named by member key of obj, or SIZE_MAX (and the file
 * refused) when there is none of that name. */
static size_t
sread_unit_of(struct sread *r, jdoc_ref obj, const char *key)
{
	const char *name = jreader_peek_text(&r->rd, obj, key, &sread_name);
	size_t u;

	if (name == NULL)
		return SIZE_MAX;
	u = strmap_get(r->units, name);
	if (u == STRMAP_NONE) {
		sread_bad(r, key, JREADER_BAD_VALUE);
		return SIZE_MAX;
	}
	return u;
}

/* The index of the module (or account) named by member key of obj in
 * map, or SIZE_MAX (and the file refused). */
static size_t
sread_id_of(struct sread *r, const struct strmap *map, jdoc_ref obj,
    const char *key)
{
	const char *id = jreader_peek_text(&r->rd, obj, key, &sread_name);
	size_t i;

	if (id == NULL)
		return SIZE_MAX;
	i = strmap_get(map, id);
	if (i == STRMAP_NONE) {
		sread_bad(r, key, JREADER_BAD_VALUE);
		return SIZE_MAX;
	}
	return i;
}

/* An optional table key: false when absent (or when the file is
 * refused); a member that is there must be an array. */
static bool
sread_has(struct sread *r, const char *key)
{
	jdoc_ref v = jdoc_member(r->d, r->root, key);

	if (!jreader_ok(&r->rd) || v == JDOC_NONE)
		return false;
	if (jdoc_type(r->d, v) != JDOC_ARRAY) {
		sread_bad(r, key, JREADER_BAD_TYPE);
		return false;
	}
	return true;
}

/* The header: a summary of this major format, written by jagaakun. */
static void
sread_header(struct sread *r)
{
	jdoc_ref h = jdoc_member(r->d, r->root, "jagaakun_export");
	jdoc_ref kind = jdoc_member(r->d, h, "kind");
	jdoc_ref prog = jdoc_member(r->d, h, "program");
	jdoc_ref major = jdoc_member(r->d, h, "major");

	if (jdoc_type(r->d, kind) != JDOC_STRING ||
	    strcmp(jdoc_string(r->d, kind, NULL), "summary") != 0 ||
	    jdoc_type(r->d, prog) != JDOC_STRING ||
	    strcmp(jdoc_string(r->d, prog, NULL), JREADER_PROGRAM) != 0 ||
	    jdoc_type(r->d, major) != JDOC_INT) {
		jreader_refuse(&r->rd, REJECT_NOT_REPORT, xstrdup(_("It is not "
		    "a summary that jagaakun collect wrote in JSON.")));
		return;
	}
	if (jdoc_int(r->d, major) != EXPORT_MAJOR) {
		jreader_refuse(&r->rd, REJECT_UNKNOWN_FORMAT, xasprintf(_("It is "
		    "in export format %lld; this version reads format %d."),
		    (long long)jdoc_int(r->d, major), EXPORT_MAJOR));
		return;
	}
	r->rd.parent = "jagaakun_export";
	jreader_count(&r->rd, h, "minor", SREAD_MAX_COUNT);
	jreader_time(&r->rd, h, "generated", false, &r->s->generated);
	r->rd.parent = NULL;
}

/* The units table: names unique, parts within their wholes. */
static void
sread_units(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	size_t n = jreader_array(&r->rd, r->root, "units", "units", &it);
	jdoc_ref v;

	if (n == JREADER_NO_INDEX)
		return;
	s->units = xcalloc(n + 1, sizeof *s->units);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_unit *u = &s->units[s->n_units];
		jdoc_ref aw;

		u->name = jreader_text(&r->rd, v, "unit", &sread_name);
		if (u->name == NULL)
			break;
		if (strmap_add(r->units, u->name, s->n_units) != s->n_units)
			sread_bad(r, "unit", JREADER_BAD_VALUE);
		s->n_units++;
		u->reporting = jreader_count(&r->rd, v, "reporting",
		    SREAD_MAX_COUNT);
		u->compliant = jreader_count(&r->rd, v, "compliant",
		    SREAD_MAX_COUNT);
		u->stale = jreader_count(&r->rd, v, "stale", SREAD_MAX_COUNT);
		u->quizzed = jreader_count(&r->rd, v, "quizzed",
		    SREAD_MAX_COUNT);
		sread_check(r, u->compliant <= u->reporting, "compliant",
		    JREADER_BAD_SUM);
		sread_check(r, u->stale <= u->reporting, "stale",
		    JREADER_BAD_SUM);
		sread_check(r, u->quizzed <= u->reporting, "quizzed",
		    JREADER_BAD_SUM);
		sread_percent(r, v, "percent", u->compliant, u->reporting, true);
		/* Only the percentage is written: kept as points of 100. */
		aw = jdoc_member(r->d, v, "awareness");
		if (u->quizzed == 0)
			sread_check(r, jdoc_type(r->d, aw) == JDOC_NULL,
			    "awareness", JREADER_BAD_SUM);
		else {
			u->quiz_score = jreader_count(&r->rd, v, "awareness",
			    100);
			u->quiz_total = 100;
		}
	}
}

/* Add the module (or account) of row v to *all when new, else check that
 * it is described as before; its index, or SIZE_MAX. */
static size_t
sread_gadd(struct sread *r, struct strmap *map, struct collect_module **all,
    size_t *n, size_t *cap, jdoc_ref v, const char *idkey,
    const char *titlekey)
{
	const char *id = jreader_peek_text(&r->rd, v, idkey, &sread_name);
	const char *title = jreader_peek_text(&r->rd, v, titlekey,
	    &sread_name);
	bool required = jreader_bool(&r->rd, v, "required");
	size_t i;

	if (!jreader_ok(&r->rd))
		return SIZE_MAX;
	i = strmap_get(map, id);
	if (i == STRMAP_NONE) {
		*all = xgrow(*all, cap, *n + 1, sizeof **all);
		(*all)[*n] = (struct collect_module){ xstrdup(id),
		    xstrdup(title), required };
		strmap_add(map, id, *n);
		return (*n)++;
	}
	sread_check(r, strcmp((*all)[i].title, title) == 0, titlekey,
	    JREADER_BAD_VALUE);
	sread_check(r, (*all)[i].required == required, "required",
	    JREADER_BAD_VALUE);
	return i;
}

/* The modules and accounts the rows name, in the order first named. */
static void
sread_lists(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	jdoc_ref v;

	if (jreader_array(&r->rd, r->root, "modules", "modules", &it) !=
	    JREADER_NO_INDEX)
		while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE)
			sread_gadd(r, r->modules, &s->modules, &s->n_modules,
			    &r->cap_modules, v, "module_id", "module");
	if (sread_has(r, "accounts") && jreader_array(&r->rd, r->root,
	    "accounts", "accounts", &it) != JREADER_NO_INDEX)
		while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE)
			sread_gadd(r, r->accounts, &s->accounts,
			    &s->n_accounts, &r->cap_accounts, v, "account_id",
			    "account");
	if (s->modules == NULL)
		s->modules = xcalloc(1, sizeof *s->modules);
	if (s->accounts == NULL)
		s->accounts = xcalloc(1, sizeof *s->accounts);
	for (size_t u = 0; u < s->n_units; u++) {
		s->units[u].modules = xcalloc(s->n_modules + 1,
		    sizeof *s->units[u].modules);
		s->units[u].accounts = xcalloc(s->n_accounts + 1,
		    sizeof *s->units[u].accounts);
	}
	r->seen = xcalloc(s->n_units * s->n_modules + 1, sizeof *r->seen);
	r->na = xcalloc(s->n_units * s->n_modules + 1, sizeof *r->na);
	r->seen_account = xcalloc(s->n_units * s->n_accounts + 1,
	    sizeof *r->seen_account);
}

/* The completion per unit and module: each pair once, na within
 * finished within total. */
static void
sread_modules(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	jdoc_ref v;

	if (jreader_array(&r->rd, r->root, "modules", "modules", &it) ==
	    JREADER_NO_INDEX)
		return;
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		size_t u = sread_unit_of(r, v, "unit");
		size_t m = sread_id_of(r, r->modules, v, "module_id");
		struct collect_progress *p;

		if (!jreader_ok(&r->rd))
			break;
		sread_check(r, !r->seen[u * s->n_modules + m], "module_id",
		    JREADER_BAD_VALUE);
		r->seen[u * s->n_modules + m] = true;
		p = &s->units[u].modules[m];
		p->finished = jreader_count(&r->rd, v, "finished",
		    SREAD_MAX_STEPS);
		p->na = jreader_count(&r->rd, v, "na", SREAD_MAX_STEPS);
		p->total = jreader_count(&r->rd, v, "total", SREAD_MAX_STEPS);
		sread_check(r, p->total > 0, "total", JREADER_BAD_VALUE);
		sread_check(r, p->finished <= p->total, "finished",
		    JREADER_BAD_SUM);
		sread_check(r, p->na <= p->finished, "na", JREADER_BAD_SUM);
		sread_percent(r, v, "percent", p->finished, p->total, false);
	}
}

/* The completion per module over all units, when the summary has it:
 * each module once, each figure the sum of the units' (the table is
 * written from them, so a difference is an edit). */
static void
sread_module_totals(struct sread *r)
{
	const struct collect_summary *s = r->s;
	struct jreader_array it;
	bool *seen;
	jdoc_ref v;

	if (!sread_has(r, "module_totals") || jreader_array(&r->rd, r->root,
	    "module_totals", "module_totals", &it) == JREADER_NO_INDEX)
		return;
	seen = xcalloc(s->n_modules + 1, sizeof *seen);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		size_t m = sread_id_of(r, r->modules, v, "module_id");
		uint64_t finished = 0, na = 0, total = 0;

		if (!jreader_ok(&r->rd))
			break;
		sread_check(r, !seen[m], "module_id", JREADER_BAD_VALUE);
		seen[m] = true;
		for (size_t u = 0; u < s->n_units; u++) {
			finished += s->units[u].modules[m].finished;
			na += s->units[u].modules[m].na;
			total += s->units[u].modules[m].total;
		}
		sread_check(r, jreader_count(&r->rd, v, "finished",
		    SREAD_MAX_COUNT) == finished, "finished", JREADER_BAD_SUM);
		sread_check(r, jreader_count(&r->rd, v, "na", SREAD_MAX_COUNT) ==
		    na, "na", JREADER_BAD_SUM);
		sread_check(r, jreader_count(&r->rd, v, "total",
		    SREAD_MAX_COUNT) == total, "total", JREADER_BAD_SUM);
		sread_percent(r, v, "percent", finished, total, false);
	}
	free(seen);
}

/* The compliance per unit and account. */
static void
sread_accounts(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	jdoc_ref v;

	if (!sread_has(r, "accounts") || jreader_array(&r->rd, r->root,
	    "accounts", "accounts", &it) == JREADER_NO_INDEX)
		return;
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		size_t u = sread_unit_of(r, v, "unit");
		size_t a = sread_id_of(r, r->accounts, v, "account_id");
		struct collect_account_tally *t;

		if (!jreader_ok(&r->rd))
			break;
		sread_check(r, !r->seen_account[u * s->n_accounts + a],
		    "account_id", JREADER_BAD_VALUE);
		r->seen_account[u * s->n_accounts + a] = true;
		t = &s->units[u].accounts[a];
		t->officials = jreader_count(&r->rd, v, "officials",
		    SREAD_MAX_COUNT);
		t->compliant = jreader_count(&r->rd, v, "compliant",
		    SREAD_MAX_COUNT);
		sread_check(r, t->officials > 0 && t->officials <=
		    s->units[u].reporting, "officials", JREADER_BAD_SUM);
		sread_check(r, t->compliant <= t->officials, "compliant",
		    JREADER_BAD_SUM);
		sread_percent(r, v, "percent", t->compliant, t->officials,
		    false);
	}
}

/* The steps not applicable and why: within the unit's module's. */
static void
sread_na(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	size_t n = jreader_array(&r->rd, r->root, "not_applicable",
	    "not_applicable", &it);
	jdoc_ref v;

	if (n == JREADER_NO_INDEX)
		return;
	s->na_reasons = xcalloc(n + 1, sizeof *s->na_reasons);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_na_reason *nr = &s->na_reasons[s->n_na_reasons];
		size_t u = sread_unit_of(r, v, "unit");
		size_t m = sread_id_of(r, r->modules, v, "module_id");
		const char *title = jreader_peek_text(&r->rd, v, "module",
		    &sread_name);
		uint64_t *sum;

		nr->reason = jreader_text(&r->rd, v, "reason", &sread_text);
		nr->listed = jreader_bool(&r->rd, v, "listed");
		nr->steps = jreader_count(&r->rd, v, "steps", SREAD_MAX_STEPS);
		if (!jreader_ok(&r->rd)) {
			free(nr->reason);
			break;
		}
		s->n_na_reasons++;
		nr->unit = u;
		nr->module = m;
		sread_check(r, strcmp(title, s->modules[m].title) == 0,
		    "module", JREADER_BAD_VALUE);
		sread_check(r, nr->steps > 0, "steps", JREADER_BAD_VALUE);
		sum = &r->na[u * s->n_modules + m];
		*sum += nr->steps;
		sread_check(r, *sum <= s->units[u].modules[m].na, "steps",
		    JREADER_BAD_SUM);
	}
}

/* The modules official v lacks (codes, in the summary's order, each
 * required and unfinished in its unit u), into o. */
static void
sread_lacks(struct sread *r, jdoc_ref v, size_t u, struct collect_official *o)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	const char *outer = r->rd.parent;
	size_t outer_index = r->rd.index, n;
	jdoc_ref x;

	/* jreader_array names the elements after the array alone. */
	n = jreader_array(&r->rd, v, "lacks", "not_compliant[].lacks", &it);
	if (n == JREADER_NO_INDEX)
		return;
	o->lacks = arena_alloc(r->a, (n + 1) * sizeof *o->lacks,
	    _Alignof(size_t));
	while ((x = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		const char *id = jreader_string(&r->rd, x, NULL, &sread_name);
		size_t m = id != NULL ? strmap_get(r->modules, id) :
		    STRMAP_NONE;
		const struct collect_progress *p;

		if (!jreader_ok(&r->rd))
			break;
		if (m == STRMAP_NONE) {
			sread_bad(r, NULL, JREADER_BAD_VALUE);
			break;
		}
		p = &s->units[u].modules[m];
		sread_check(r, s->modules[m].required && p->finished <
		    p->total && (o->n_lacks == 0 ||
		    o->lacks[o->n_lacks - 1] < m), NULL, JREADER_BAD_VALUE);
		o->lacks[o->n_lacks++] = m;
	}
	r->rd.parent = outer;
	r->rd.index = outer_index;
}

/* The officials not yet compliant: every one, in a unit that exists. */
static void
sread_officials(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	size_t n = jreader_array(&r->rd, r->root, "not_compliant",
	    "not_compliant", &it);
	jdoc_ref v;

	if (n == JREADER_NO_INDEX)
		return;
	s->officials = xcalloc(n + 1, sizeof *s->officials);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_official *o = &s->officials[s->n_officials];
		size_t u = sread_unit_of(r, v, "unit");
		const char *name = jreader_peek_text(&r->rd, v, "name",
		    &sread_text);
		const char *nip = jreader_peek_text(&r->rd, v, "nip",
		    &sread_nip);

		jreader_time(&r->rd, v, "exported", false, &o->exported);
		if (!jreader_ok(&r->rd))
			break;
		o->unit = u;
		o->name = arena_strdup(r->a, name);
		o->nip = arena_strdup(r->a, nip);
		s->n_officials++;
		r->acting[u]++;
		sread_lacks(r, v, u, o);
	}
}

/* The roster's record, its units (one row per unit, in order) and who
 * has not reported. */
static void
sread_roster(struct sread *r)
{
	struct collect_summary *s = r->s;
	jdoc_ref t = jreader_get(&r->rd, r->root, "roster", JDOC_OBJECT);
	struct jreader_array it;
	size_t n, i = 0;
	jdoc_ref v;

	r->rd.parent = "roster";
	s->roster = jreader_text(&r->rd, t, "file", &sread_name);
	s->roster_skipped = jreader_count(&r->rd, t, "skipped",
	    SREAD_MAX_COUNT);
	r->rd.parent = NULL;
	n = jreader_array(&r->rd, r->root, "roster_units", "roster_units",
	    &it);
	sread_check(r, n == s->n_units, "roster_units", JREADER_BAD_SUM);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_unit *u = &s->units[i];

		sread_check(r, sread_unit_of(r, v, "unit") == i++, "unit",
		    JREADER_BAD_VALUE);
		u->expected = jreader_count(&r->rd, v, "expected",
		    SREAD_MAX_COUNT);
		u->expected_reporting = jreader_count(&r->rd, v, "reported",
		    SREAD_MAX_COUNT);
		u->expected_compliant = jreader_count(&r->rd, v, "compliant",
		    SREAD_MAX_COUNT);
		u->off_roster = jreader_count(&r->rd, v, "not_on_roster",
		    SREAD_MAX_COUNT);
		sread_check(r, u->expected_reporting <= u->expected,
		    "reported", JREADER_BAD_SUM);
		sread_check(r, u->expected_compliant <= u->expected_reporting,
		    "compliant", JREADER_BAD_SUM);
		sread_check(r, u->off_roster <= u->reporting, "not_on_roster",
		    JREADER_BAD_SUM);
		sread_check(r, jreader_count(&r->rd, v, "not_reported",
		    SREAD_MAX_COUNT) == u->expected - u->expected_reporting,
		    "not_reported", JREADER_BAD_SUM);
		sread_percent(r, v, "percent", u->expected_compliant,
		    u->expected, true);
		s->expected += u->expected;
		s->expected_reporting += u->expected_reporting;
		s->expected_compliant += u->expected_compliant;
		s->off_roster += u->off_roster;
	}
	r->rd.parent = "roster";
	sread_check(r, jreader_count(&r->rd, t, "expected", SREAD_MAX_COUNT) ==
	    s->expected, "expected", JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "reported", SREAD_MAX_COUNT) ==
	    s->expected_reporting, "reported", JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "compliant", SREAD_MAX_COUNT) ==
	    s->expected_compliant, "compliant", JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "not_reported",
	    SREAD_MAX_COUNT) == s->expected - s->expected_reporting,
	    "not_reported", JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "not_on_roster",
	    SREAD_MAX_COUNT) == s->off_roster, "not_on_roster",
	    JREADER_BAD_SUM);
	sread_percent(r, t, "percent", s->expected_compliant, s->expected,
	    true);
	r->rd.parent = NULL;
	n = jreader_array(&r->rd, r->root, "not_reported", "not_reported",
	    &it);
	if (n == JREADER_NO_INDEX)
		return;
	s->missing = xcalloc(n + 1, sizeof *s->missing);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_missing *m = &s->missing[s->n_missing];
		size_t u = sread_unit_of(r, v, "unit");
		const char *name = jreader_peek_text(&r->rd, v, "name",
		    &sread_text);
		const char *nip = jreader_peek_text(&r->rd, v, "nip",
		    &sread_nip);

		if (!jreader_ok(&r->rd))
			break;
		*m = (struct collect_missing){ arena_strdup(r->a, nip),
		    arena_strdup(r->a, name), u };
		s->n_missing++;
		r->absent[u]++;
	}
}

/* The incidents, every one. */
static void
sread_incidents(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	size_t n = jreader_array(&r->rd, r->root, "incidents", "incidents",
	    &it);
	jdoc_ref v;

	if (n == JREADER_NO_INDEX)
		return;
	s->incidents = xcalloc(n + 1, sizeof *s->incidents);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_incident inc = { 0 };
		const char *noticed = jreader_peek_text(&r->rd, v,
		    "noticed_code", &sread_name);
		const char *money = jreader_peek_text(&r->rd, v,
		    "money_asked_code", &sread_name);
		int nn = noticed != NULL ? incident_noticed_parse(noticed) : -1;
		int mm = money != NULL ? incident_money_parse(money) : -1;

		jreader_time(&r->rd, v, "time", false, &inc.time);
		sread_check(r, nn >= 0, "noticed_code", JREADER_BAD_VALUE);
		sread_check(r, mm >= 0, "money_asked_code", JREADER_BAD_VALUE);
		inc.name = jreader_text(&r->rd, v, "name", &sread_text);
		inc.nip = jreader_text(&r->rd, v, "nip", &sread_nip);
		inc.unit = jreader_text(&r->rd, v, "unit", &sread_text);
		inc.path = jreader_text(&r->rd, v, "file", &sread_text);
		inc.noticed = (enum incident_noticed)nn;
		inc.money = (enum incident_money)mm;
		/* Kept even when refused: the summary frees it. */
		s->incidents[s->n_incidents++] = inc;
	}
}

/* The reason of code, or REJECT_OK for none. */
static enum reject_reason
sread_reject_of(const char *code)
{
	for (int i = REJECT_OK + 1; i < REJECT_COUNT; i++)
		if (strcmp(reject_code((enum reject_reason)i), code) == 0)
			return (enum reject_reason)i;
	return REJECT_OK;
}

/* The files rejected, the older reports replaced, the empty paths. */
static void
sread_files(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	size_t n;
	jdoc_ref v;

	n = jreader_array(&r->rd, r->root, "rejected", "rejected", &it);
	s->rejected = xcalloc((n == JREADER_NO_INDEX ? 0 : n) + 1,
	    sizeof *s->rejected);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_reject *j = &s->rejected[s->n_rejected++];
		const char *code = jreader_peek_text(&r->rd, v, "code",
		    &sread_name);
		enum reject_reason why = code ? sread_reject_of(code) :
		    REJECT_OK;

		sread_check(r, why != REJECT_OK, "code", JREADER_BAD_VALUE);
		j->code = why != REJECT_OK ? reject_code(why) : "";
		j->path = jreader_text(&r->rd, v, "file", &sread_text);
		j->reason = jreader_text(&r->rd, v, "reason", &sread_text);
	}
	n = jreader_array(&r->rd, r->root, "duplicates", "duplicates", &it);
	s->duplicates = xcalloc((n == JREADER_NO_INDEX ? 0 : n) + 1,
	    sizeof *s->duplicates);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_duplicate *d = &s->duplicates[s->n_duplicates++];

		d->nip = jreader_text(&r->rd, v, "nip", &sread_nip);
		jreader_time(&r->rd, v, "exported", false, &d->exported);
		d->path = jreader_text(&r->rd, v, "file", &sread_text);
		d->kept = jreader_text(&r->rd, v, "kept", &sread_text);
	}
	n = sread_has(r, "empty_paths") ? jreader_array(&r->rd, r->root,
	    "empty_paths", "empty_paths", &it) : JREADER_NO_INDEX;
	s->empty = xcalloc((n == JREADER_NO_INDEX ? 0 : n) + 1,
	    sizeof *s->empty);
	if (n != JREADER_NO_INDEX)
		while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
			char *p = jreader_text(&r->rd, v, "path", &sread_name);

			if (p != NULL)
				s->empty[s->n_empty++] = p;
		}
}

/* The weeks, when there: 7 days apart, the units' rows adding up to the
 * week's, the last week the summary's own. */
static void
sread_weeks(struct sread *r)
{
	struct collect_summary *s = r->s;
	struct jreader_array it;
	size_t n, i = 0;
	jdoc_ref v;

	if (!sread_has(r, "weeks"))
		return;
	n = jreader_array(&r->rd, r->root, "weeks", "weeks", &it);
	sread_check(r, n >= 1 && n <= COLLECT_MAX_WEEKS, "weeks",
	    JREADER_BAD_VALUE);
	if (!jreader_ok(&r->rd))
		return;
	s->n_weeks = (int)n;
	s->week_ends = xcalloc(n, sizeof *s->week_ends);
	s->weeks = xcalloc(n, sizeof *s->weeks);
	s->unit_weeks = xcalloc(n * s->n_units + 1, sizeof *s->unit_weeks);
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		struct collect_week_tally *t = &s->weeks[i];

		jreader_time(&r->rd, v, "week_end", false, &s->week_ends[i]);
		t->reporting = jreader_count(&r->rd, v, "reporting",
		    SREAD_MAX_COUNT);
		t->compliant = jreader_count(&r->rd, v, "compliant",
		    SREAD_MAX_COUNT);
		sread_check(r, t->compliant <= t->reporting, "compliant",
		    JREADER_BAD_SUM);
		sread_check(r, i == 0 || s->week_ends[i] ==
		    s->week_ends[i - 1] + SREAD_WEEK, "week_end",
		    JREADER_BAD_VALUE);
		sread_percent(r, v, "percent", t->compliant, t->reporting, true);
		i++;
	}
	n = jreader_array(&r->rd, r->root, "unit_weeks", "unit_weeks", &it);
	sread_check(r, n == (size_t)s->n_weeks * s->n_units, "unit_weeks",
	    JREADER_BAD_SUM);
	i = 0;
	while ((v = jreader_next(&r->rd, &it)) != JDOC_NONE) {
		size_t u = i / (size_t)s->n_weeks, k = i % (size_t)s->n_weeks;
		struct collect_week_tally *t = &s->unit_weeks[i++];
		time_t end;

		sread_check(r, sread_unit_of(r, v, "unit") == u, "unit",
		    JREADER_BAD_VALUE);
		jreader_time(&r->rd, v, "week_end", false, &end);
		sread_check(r, end == s->week_ends[k], "week_end",
		    JREADER_BAD_VALUE);
		t->reporting = jreader_count(&r->rd, v, "reporting",
		    SREAD_MAX_COUNT);
		t->compliant = jreader_count(&r->rd, v, "compliant",
		    SREAD_MAX_COUNT);
		sread_check(r, t->compliant <= t->reporting &&
		    t->reporting <= s->units[u].reporting, "reporting",
		    JREADER_BAD_SUM);
		sread_percent(r, v, "percent", t->compliant, t->reporting, true);
	}
	for (size_t k = 0; k < (size_t)s->n_weeks && jreader_ok(&r->rd); k++) {
		size_t rep = 0, comp = 0;

		for (size_t u = 0; u < s->n_units; u++) {
			rep += s->unit_weeks[u * (size_t)s->n_weeks + k].reporting;
			comp += s->unit_weeks[u * (size_t)s->n_weeks + k].compliant;
		}
		sread_check(r, rep == s->weeks[k].reporting &&
		    comp == s->weeks[k].compliant, "unit_weeks",
		    JREADER_BAD_SUM);
	}
}

/* The totals record, each figure what the tables add up to. */
static void
sread_totals(struct sread *r)
{
	struct collect_summary *s = r->s;
	jdoc_ref t = jreader_get(&r->rd, r->root, "summary", JDOC_OBJECT);
	size_t reporting = 0, compliant = 0, stale = 0, w = SIZE_MAX;
	const char *code;

	for (size_t u = 0; u < s->n_units; u++) {
		reporting += s->units[u].reporting;
		compliant += s->units[u].compliant;
		stale += s->units[u].stale;
	}
	r->rd.parent = "summary";
	if (jdoc_member(r->d, t, "agency") != JDOC_NONE)	/* since 1.0 */
		s->agency = xstrdup_or_null(jreader_peek_text_or_null(&r->rd,
		    t, "agency", &sread_text));
	jreader_time(&r->rd, t, "as_of", true, &s->as_of);
	s->unit_filter = xstrdup_or_null(jreader_peek_text_or_null(&r->rd, t,
	    "unit", &sread_text));
	s->stale_days = (int)jreader_count(&r->rd, t, "stale_days",
	    SREAD_MAX_DAYS);
	s->files = jreader_count(&r->rd, t, "files", SREAD_MAX_COUNT);
	s->accepted = jreader_count(&r->rd, t, "accepted", SREAD_MAX_COUNT);
	s->after_as_of = jreader_count(&r->rd, t, "after_as_of",
	    SREAD_MAX_COUNT);
	s->other_units = jreader_count(&r->rd, t, "other_units",
	    SREAD_MAX_COUNT);
	s->reporting = jreader_count(&r->rd, t, "officials", SREAD_MAX_COUNT);
	s->compliant = jreader_count(&r->rd, t, "compliant", SREAD_MAX_COUNT);
	sread_check(r, jreader_count(&r->rd, t, "units", SREAD_MAX_COUNT) ==
	    s->n_units, "units", JREADER_BAD_SUM);
	sread_check(r, s->reporting == reporting, "officials",
	    JREADER_BAD_SUM);
	sread_check(r, s->compliant == compliant, "compliant",
	    JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "stale", SREAD_MAX_COUNT) ==
	    stale, "stale", JREADER_BAD_SUM);
	sread_percent(r, t, "percent", s->compliant, s->reporting, false);
	sread_check(r, jreader_count(&r->rd, t, "incidents", SREAD_MAX_COUNT) ==
	    s->n_incidents, "incidents", JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "rejected", SREAD_MAX_COUNT) ==
	    s->n_rejected, "rejected", JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "duplicates",
	    SREAD_MAX_COUNT) == s->n_duplicates, "duplicates",
	    JREADER_BAD_SUM);
	sread_check(r, jreader_count(&r->rd, t, "empty_paths",
	    SREAD_MAX_COUNT) == s->n_empty, "empty_paths", JREADER_BAD_SUM);
	sread_check(r, (uint64_t)s->files >= (uint64_t)s->accepted +
	    s->n_incidents + s->n_rejected, "files", JREADER_BAD_SUM);
	sread_check(r, (uint64_t)s->accepted >= (uint64_t)s->reporting +
	    s->other_units + s->after_as_of + s->n_duplicates, "accepted",
	    JREADER_BAD_SUM);
	code = jreader_peek_text(&r->rd, t, "non_reporters_code", &sread_name);
	r->rd.parent = NULL;
	if (code != NULL && strcmp(code, "listed") == 0)
		sread_roster(r);
	else if (code != NULL)
		sread_check(r, strcmp(code, "unknown") == 0 &&
		    jdoc_member(r->d, r->root, "roster") == JDOC_NONE,
		    "summary.non_reporters_code", JREADER_BAD_VALUE);
	if (s->n_weeks > 0)
		w = (size_t)s->n_weeks - 1;
	sread_check(r, w == SIZE_MAX || (s->weeks[w].reporting == s->reporting
	    && s->weeks[w].compliant == s->compliant), "weeks",
	    JREADER_BAD_SUM);
}

/* Every official not compliant is listed, and every one not reported. */
static void
sread_listed(struct sread *r)
{
	const struct collect_summary *s = r->s;

	for (size_t u = 0; u < s->n_units && jreader_ok(&r->rd); u++) {
		const struct collect_unit *x = &s->units[u];

		sread_check(r, r->acting[u] == x->reporting - x->compliant,
		    "not_compliant", JREADER_BAD_SUM);
		sread_check(r, s->roster == NULL || r->absent[u] ==
		    x->expected - x->expected_reporting, "not_reported",
		    JREADER_BAD_SUM);
	}
}

bool
summary_looks_like(const char *buf, size_t len)
{
	size_t n = strlen(EXPORT_JSON_START);

	return len >= n && memcmp(buf, EXPORT_JSON_START, n) == 0;
}

/* Read everything of r's document into r->s. */
static void
sread_all(struct sread *r)
{
	sread_header(r);
	sread_units(r);
	r->acting = xcalloc(r->s->n_units + 1, sizeof *r->acting);
	r->absent = xcalloc(r->s->n_units + 1, sizeof *r->absent);
	sread_lists(r);
	sread_modules(r);
	sread_module_totals(r);
	sread_accounts(r);
	sread_na(r);
	sread_officials(r);
	sread_incidents(r);
	sread_files(r);
	sread_weeks(r);
	sread_totals(r);
	sread_listed(r);
}

enum reject_reason
summary_read(const char *buf, size_t len, struct collect_summary **out,
    char **detail)
{
	struct sread r = { 0 };
	enum reject_reason why;
	struct jdoc *doc;
	size_t end;

	*out = NULL;
	*detail = NULL;
	if (len > SUMMARY_MAX_BYTES) {
		*detail = xasprintf(_("It is larger than %d bytes."),
		    SUMMARY_MAX_BYTES);
		return REJECT_TOO_LARGE;
	}
	if ((doc = jdoc_parse(buf, len, NULL, &end)) == NULL) {
		*detail = xasprintf(_("It is not valid JSON text in UTF-8 (the "
		    "problem is near byte %zu)."), end);
		return REJECT_NOT_JSON;
	}
	r.rd = (struct jreader){ .fmt = &sread_format, .doc = doc,
	    .why = REJECT_OK, .index = JREADER_NO_INDEX };
	r.d = doc;
	r.root = jdoc_root(doc);
	r.s = xcalloc(1, sizeof *r.s);
	r.a = collect_summary_arena(r.s);
	r.units = strmap_new(sread_unit_key, &r);
	r.modules = strmap_new(sread_module_key, &r);
	r.accounts = strmap_new(sread_account_key, &r);
	if (jdoc_type(doc, r.root) != JDOC_OBJECT)
		jreader_refuse(&r.rd, REJECT_NOT_REPORT, xstrdup(_("It is not "
		    "a summary that jagaakun collect wrote in JSON.")));
	else
		sread_all(&r);
	why = jreader_finish(&r.rd, detail);
	strmap_free(r.units);
	strmap_free(r.modules);
	strmap_free(r.accounts);
	free(r.seen);
	free(r.seen_account);
	free(r.na);
	free(r.acting);
	free(r.absent);
	jdoc_free(doc);
	if (why != REJECT_OK) {
		collect_summary_free(r.s);
		return why;
	}
	*out = r.s;
	return REJECT_OK;
}
