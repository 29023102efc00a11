/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect_summary: what the workers of collect.c gathered, made into the
 * summary (see collect.h): the modules in the order the first report
 * lists them, the newest reports grouped into work units and their
 * officials sorted, the duplicates and incidents in order, all on one
 * thread once the reading is over.
 *
 * The officials' text stays in the arenas the workers filled; the
 * summary takes them over (struct collect_store) rather than copy a
 * million names once more.
 */
#include "config.h"
#include "exchange/collect.h"

#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/prefetch.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "exchange/collect_state.h"
#include "exchange/roster.h"

#define COLLECT_DAY 86400
#define COLLECT_STORE_CHUNK (64 * 1024)	/* collect_summary_arena's */

/* The arenas that hold the entries, kept by the summary, whose officials
 * point into them. */
struct collect_store {
	struct arena **arenas;
	size_t n;
};

/* An entry with its unit, while the summary is made. */
struct keyed {
	struct entry *e;
	size_t unit;		/* a group, then a unit of the summary */
	uint64_t head[2];	/* collect_name_head of the name */
};

/* A work unit while the summary is made: its grouping key (a unit code
 * after COLLECT_CODE_MARK, else a name's collect_unit_key), and the
 * entry first in path order, whose spelling names the unit (or, for a
 * unit only the roster has, the roster's first spelling).  The group of
 * a name the site has a unit for stays empty: its entries and roster
 * officials count in the group of that unit's code (into). */
struct group {
	char *key;
	const struct entry *first;	/* NULL: no report (yet) */
	const char *code;	/* the code, or NULL for a name */
	size_t into;		/* the code's group, or STRMAP_NONE */
	const char *spelling;	/* the unit as first met */
	bool on_roster;		/* a roster official counts here */
};

/* The distinct units of the entries. */
struct groups {
	struct group *all;
	size_t n, cap;
	struct strmap *by_key;	/* key to index into all */
	const struct site *site;	/* the units names may stand for */
	size_t *of_unit;	/* the group of each of collect.units,
				   SIZE_MAX until asked */
};

/* Before a code in a group's key: never the first byte of a name, which
 * is valid UTF-8. */
#define COLLECT_CODE_MARK "\xff"


char *
collect_unit_key(const char *s)
{
	return text_squeeze(s, true);
}

/* ASCII letters in lower case (the first order of collect_name_cmp). */
static int
collect_fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

/* The first 16 bytes of name as collect_name_cmp orders them, as two
 * numbers in *head: names whose heads differ are sorted without reading
 * them (a million officials' names lie all over memory), and in a unit
 * few names share 16 bytes. */
static void
collect_name_head(const char *name, uint64_t head[2])
{
	for (size_t w = 0; w < 2; w++) {
		head[w] = 0;
		for (size_t i = 0; i < 8; i++) {
			head[w] <<= 8;
			if (*name != '\0')
				head[w] |= (uint64_t)collect_fold(
				    (unsigned char)*name++);
		}
	}
}

/* Compare ASCII letters ignoring case, then the bytes themselves. */
int
collect_name_cmp(const char *a, const char *b)
{
	for (size_t i = 0;; i++) {
		int x = collect_fold((unsigned char)a[i]);
		int y = collect_fold((unsigned char)b[i]);

		if (x != y)
			return x - y;
		if (x == 0)
			break;
	}
	return strcmp(a, b);	/* "Ani" and "ani": still one order */
}

/* Sort officials by unit, name, NIP. */
static int
collect_by_unit_name(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int d;

	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	for (size_t w = 0; w < 2; w++)
		if (x->head[w] != y->head[w])
			return x->head[w] < y->head[w] ? -1 : 1;
	if ((d = collect_name_cmp(x->e->name, y->e->name)) != 0)
		return d;
	return strcmp(x->e->nip, y->e->nip);
}

/* Sort modules as the first report in path order lists them. */
static int
collect_module_cmp(const void *a, const void *b)
{
	const struct gmodule *x = a, *y = b;

	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Move the modules (or accounts) *all into *out in their final order;
 * returns the map from the order they were found in to that order. */
static size_t *
collect_finish_glist(struct gmodule **all, size_t *n,
    struct collect_module **out, size_t *n_out)
{
	size_t *remap = xcalloc(*n + 1, sizeof *remap);

	if (*n > 1)	/* qsort must not get NULL, even for 0 */
		qsort(*all, *n, sizeof **all, collect_module_cmp);
	*out = xcalloc(*n + 1, sizeof **out);
	*n_out = *n;
	for (size_t i = 0; i < *n; i++) {
		struct gmodule *g = &(*all)[i];

		remap[g->index] = i;
		(*out)[i] = (struct collect_module){ g->id, g->title,
		    g->required };
	}
	free(*all);
	*all = NULL;
	*n = 0;
	return remap;
}

/* Sort module indices. */
static int
collect_index_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* Fill official o from k (its list of lacking modules from a), and
 * count it in its unit. */
static void
collect_finish_official(struct collect_summary *s, struct collect_official *o,
    const struct keyed *k, const size_t *remap,
    const size_t *account_remap, struct arena *a, struct collect_na *na)
{
	const struct entry *e = k->e;
	struct collect_unit *u = &s->units[k->unit];

	size_t lacking = 0;

	/* The text stays where the entry has it: the summary keeps the
	 * arenas, so a million officials are not copied once more. */
	o->nip = e->nip;
	o->name = e->name;
	o->unit = k->unit;
	o->path = e->path;
	o->exported = e->exported;
	o->compliant = e->compliant;
	o->stale = s->stale_days > 0 &&
	    e->exported < s->now - (time_t)s->stale_days * COLLECT_DAY;
	for (size_t i = 0; i < e->n_modules; i++)
		lacking += e->modules[i].required &&
		    e->modules[i].finished < e->modules[i].total;
	o->lacks = lacking ? arena_alloc(a, lacking * sizeof *o->lacks,
	    _Alignof(size_t)) : NULL;
	/* The summary keeps the entry's modules for the official, their
	 * indices made the summary's (the entry is the summary's now). */
	for (size_t i = 0; i < e->n_modules; i++) {
		struct entry_module *m = &e->modules[i];
		size_t idx = remap[m->module];

		m->module = (uint32_t)idx;
		u->modules[idx].finished += m->finished;
		u->modules[idx].na += m->na;
		u->modules[idx].total += m->total;
		o->na += m->na;
		if (m->required && m->finished < m->total)
			o->lacks[o->n_lacks++] = idx;
	}
	o->modules = e->modules;
	o->n_modules = (uint32_t)e->n_modules;
	for (size_t i = 0; i < e->n_accounts; i++) {
		struct collect_account_tally *t =
		    &u->accounts[account_remap[e->accounts[i].account]];

		t->officials++;
		t->compliant += e->accounts[i].compliant;
	}
	for (size_t i = 0; i < e->n_reasons; i++) {
		const struct entry_reason *r = &e->reasons[i];

		collect_na_add(na, k->unit, e->modules[r->module].module,
		    r->text, r->listed);
	}
	if (o->n_lacks > 1)
		qsort(o->lacks, o->n_lacks, sizeof *o->lacks, collect_index_cmp);
	u->quizzed += e->quiz_total > 0;
	u->quiz_score += e->quiz_score;
	u->quiz_total += e->quiz_total;
	u->reporting++;
	u->compliant += o->compliant;
	u->stale += o->stale;
	s->compliant += o->compliant;
}

/* The key of group i (for groups.by_key). */
static const char *
collect_group_key(const void *ctx, size_t i)
{
	return ((const struct groups *)ctx)->all[i].key;
}

/* The group with key (taken), made for code (NULL: a name) when new,
 * spelt unit. */
static size_t
collect_group_add(struct groups *g, char *key, const char *code,
    const char *unit)
{
	size_t i = strmap_add(g->by_key, key, g->n);

	if (i < g->n) {
		free(key);
		return i;
	}
	g->all = xgrow(g->all, &g->cap, g->n + 1, sizeof *g->all);
	g->all[g->n++] = (struct group){ key, NULL, code, STRMAP_NONE, unit,
	    false };
	return i;
}

/* The group of the unit with code, spelt unit. */
static size_t
collect_group_coded(struct groups *g, const char *code, const char *unit)
{
	return collect_group_add(g, xasprintf(COLLECT_CODE_MARK "%s", code),
	    code, unit);
}

/* Note that a report (e) or a roster official (e NULL) counts in group
 * i: the group is named after the report first in path order. */
static void
collect_group_note(struct groups *g, size_t i, const struct entry *e)
{
	if (e == NULL)
		g->all[i].on_roster = true;
	else if (g->all[i].first == NULL || e->seq < g->all[i].first->seq)
		g->all[i].first = e;
}

/*
 * The group that a report (e) or a roster official (e NULL) of unit, with
 * unit code code ("" or NULL: none), counts in, made when it is the first
 * of its unit: by the code, or by that of the site's unit the name stands
 * for (looked up once a name), else by the name.  The one place where
 * units are matched: reports with reports, and the roster with the
 * reports.  The group is named after the report first in path order.
 */
static size_t
collect_group_of(struct groups *g, const char *unit, const char *code,
    const struct entry *e)
{
	const struct site_unit *u;
	size_t i, n = g->n, into;

	if (code != NULL && *code != '\0')
		i = collect_group_coded(g, code, unit);
	else {
		i = collect_group_add(g, collect_unit_key(unit), NULL, unit);
		if (i == n && (u = site_unit_by_text(g->site, unit)) != NULL) {
			into = collect_group_coded(g, u->code, unit);
			g->all[i].into = into;
		}
		if (g->all[i].into != STRMAP_NONE)
			i = g->all[i].into;
	}
	collect_group_note(g, i, e);
	return i;
}

/* The group of entry e: collect_group_of, asked once a unit text (most
 * reports have no unit code, and a million of them name a few hundred
 * units, each text kept once: collect_unit_text). */
static size_t
collect_group_of_entry(struct groups *g, const struct entry *e)
{
	size_t *known = &g->of_unit[e->unit_id];

	if (*e->unit_code != '\0')
		return collect_group_of(g, e->unit, e->unit_code, e);
	if (*known == SIZE_MAX)
		return *known = collect_group_of(g, e->unit, NULL, e);
	collect_group_note(g, *known, e);
	return *known;
}

int
collect_person_cmp(size_t unit_a, const char *name_a, const char *nip_a,
    size_t unit_b, const char *name_b, const char *nip_b)
{
	int d;

	if (unit_a != unit_b)
		return unit_a < unit_b ? -1 : 1;
	if ((d = collect_name_cmp(name_a, name_b)) != 0)
		return d;
	return strcmp(nip_a, nip_b);
}

int
collect_missing_cmp(const void *a, const void *b)
{
	const struct collect_missing *x = a, *y = b;

	return collect_person_cmp(x->unit, x->name, x->nip, y->unit, y->name,
	    y->nip);
}

/* Sort units by name (ASCII case aside), then by key. */
static int
collect_unit_cmp(const void *a, const void *b)
{
	const struct collect_unit *x = *(const struct collect_unit *const *)a;
	const struct collect_unit *y = *(const struct collect_unit *const *)b;
	int d = collect_name_cmp(x->name, y->name);

	if (d != 0)
		return d;
	return strcmp(x->code != NULL ? x->code : "",
	    y->code != NULL ? y->code : "");
}

/* Name the unit of group gr, and say whether the site lists it. */
static void
collect_unit_of(struct collect_unit *u, const struct group *gr,
    const struct site *site)
{
	const struct site_unit *su = site_unit_by_code(site, gr->code);

	u->name = su != NULL ? xstrdup(su->name) :
	    text_squeeze(gr->first != NULL ? gr->first->unit : gr->spelling,
	    false);
	u->code = gr->code != NULL ? xstrdup(gr->code) : NULL;
	u->unlisted = site != NULL && site->n_units > 0 && su == NULL;
}

/* Make the units of s from the groups g that have entries or roster
 * officials, in name order, and point each of the n entries of k, and
 * each of the nr roster officials of roster_unit that has one, from its
 * group to its unit. */
static void
collect_finish_units(struct collect_summary *s, const struct groups *g,
    struct keyed *k, size_t n, size_t *roster_unit, size_t nr)
{
	struct collect_unit *all = xcalloc(g->n + 1, sizeof *all);
	struct collect_unit **order = xcalloc(g->n + 1, sizeof *order);
	size_t *rank = xcalloc(g->n + 1, sizeof *rank), m = 0;

	for (size_t i = 0; i < g->n; i++)
		if (g->all[i].first != NULL || g->all[i].on_roster) {
			collect_unit_of(&all[i], &g->all[i], g->site);
			order[m++] = &all[i];
		}
	qsort(order, m, sizeof *order, collect_unit_cmp);
	s->units = xcalloc(m + 1, sizeof *s->units);
	s->n_units = m;
	for (size_t r = 0; r < m; r++) {
		rank[order[r] - all] = r;
		s->units[r] = *order[r];
		s->units[r].modules = xcalloc(s->n_modules + 1,
		    sizeof *s->units[r].modules);
		s->units[r].accounts = xcalloc(s->n_accounts + 1,
		    sizeof *s->units[r].accounts);
	}
	for (size_t i = 0; i < n; i++)
		k[i].unit = rank[k[i].unit];
	for (size_t i = 0; i < nr; i++)
		if (roster_unit[i] != SIZE_MAX)
			roster_unit[i] = rank[roster_unit[i]];
	free(rank);
	free(order);
	free(all);
}

/* Say whether unit is asked for: no --unit was given, or it names
 * unit. */
static bool
collect_in_filter(const struct collect *c, const char *unit)
{
	char *key;
	bool in;

	if (c->unit_filter == NULL)
		return true;
	key = collect_unit_key(unit);
	in = strcmp(key, c->unit_filter) == 0;
	free(key);
	return in;
}

/* Say whether entry e is asked for: its unit's name, or its unit's code,
 * is the --unit given (or none was). */
static bool
collect_entry_in_filter(const struct collect *c, const struct entry *e)
{
	return collect_in_filter(c, e->unit) || (*e->unit_code != '\0' &&
	    strcmp(e->unit_code, c->unit_name) == 0);
}

/* The group of each roster official's unit (after the reports' own),
 * SIZE_MAX for one left out by the unit filter; NULL without a roster. */
static size_t *
collect_roster_groups(const struct collect *c, struct groups *g)
{
	const struct roster *r = c->opt.roster;
	size_t *unit_of;

	if (r == NULL)
		return NULL;
	unit_of = xcalloc(r->n + 1, sizeof *unit_of);
	for (size_t i = 0; i < r->n; i++)
		unit_of[i] = collect_in_filter(c, r->officials[i].unit) ?
		    collect_group_of(g, r->officials[i].unit, NULL, NULL) :
		    SIZE_MAX;
	return unit_of;
}

/* Group the newest reports into units (named as the first official in
 * path order wrote it) and list the officials; the units of the roster
 * officials (see collect_roster_groups) are returned. */
static size_t *
collect_finish_officials(struct collect *c, struct collect_summary *s,
    const size_t *remap, struct arena *lacks)
{
	struct keyed *k = xcalloc(c->n_newest + 1, sizeof *k);
	struct groups g = { 0 };
	struct collect_na *na = collect_na_new();
	size_t n = 0, *roster_unit;

	g.by_key = strmap_new(collect_group_key, &g);
	g.site = c->opt.site;
	g.of_unit = xmalloc((c->n_units + 1) * sizeof *g.of_unit);
	memset(g.of_unit, 0xff, (c->n_units + 1) * sizeof *g.of_unit);
	s->units_listed = g.site != NULL && g.site->n_units > 0;
	for (size_t i = 0; i < c->n_newest; i++) {
		struct entry *e = c->newest[i];

		/* The entries lie all over memory: ask for one ahead. */
		if (i + PREFETCH_AHEAD < c->n_newest)
			PREFETCH(c->newest[i + PREFETCH_AHEAD]);
		if (!collect_entry_in_filter(c, e)) {
			s->other_units++;
			continue;
		}
		k[n] = (struct keyed){ e, collect_group_of_entry(&g, e),
		    { 0, 0 } };
		collect_name_head(e->name, k[n++].head);
	}
	roster_unit = collect_roster_groups(c, &g);
	collect_finish_units(s, &g, k, n, roster_unit,
	    roster_unit ? c->opt.roster->n : 0);
	qsort(k, n, sizeof *k, collect_by_unit_name);
	s->officials = xcalloc(n + 1, sizeof *s->officials);
	s->n_officials = n;
	s->reporting = n;
	for (size_t i = 0; i < n; i++) {
		/* Two steps ahead: an entry, then what it points to. */
		if (i + PREFETCH_AHEAD < n)
			PREFETCH(k[i + PREFETCH_AHEAD].e);
		if (i + PREFETCH_AHEAD / 2 < n) {
			PREFETCH(k[i + PREFETCH_AHEAD / 2].e->modules);
			PREFETCH(k[i + PREFETCH_AHEAD / 2].e->accounts);
		}
		collect_finish_official(s, &s->officials[i], &k[i], remap,
		    c->account_remap, lacks, na);
	}
	collect_na_finish(na, s);
	strmap_free(g.by_key);
	for (size_t i = 0; i < g.n; i++)
		free(g.all[i].key);
	free(g.all);
	free(g.of_unit);
	free(k);
	return roster_unit;
}

/* Sort duplicates into path order. */
static int
collect_dup_cmp(const void *a, const void *b)
{
	const struct dup *x = a, *y = b;

	return x->e->seq < y->e->seq ? -1 : x->e->seq > y->e->seq;
}

/* Copy the older duplicates of the officials in the summary into s. */
static void
collect_finish_dups(struct collect *c, struct collect_summary *s)
{
	if (c->n_dups > 1)
		qsort(c->dups, c->n_dups, sizeof *c->dups, collect_dup_cmp);
	s->duplicates = xcalloc(c->n_dups + 1, sizeof *s->duplicates);
	for (size_t i = 0; i < c->n_dups; i++) {
		const struct entry *e = c->dups[i].e;
		const struct entry *kept = c->newest[strmap_get(c->by_nip,
		    e->nip)];
		struct collect_duplicate *d;

		if (!collect_entry_in_filter(c, kept))
			continue;
		d = &s->duplicates[s->n_duplicates++];
		d->path = xstrdup(e->path);
		d->nip = xstrdup(e->nip);
		d->exported = e->exported;
		d->kept = xstrdup(kept->path);
	}
}

/* Sort incidents newest first, then in path order. */
static int
collect_incident_cmp(const void *a, const void *b)
{
	const struct pincident *x = a, *y = b;

	if (x->inc.time != y->inc.time)
		return x->inc.time > y->inc.time ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Free the text of incident i. */
static void
collect_incident_done(struct collect_incident *i)
{
	free(i->name);
	free(i->nip);
	free(i->unit);
	free(i->path);
}

/* Move the incidents of the units asked for into s, newest first. */
static void
collect_finish_incidents(struct collect *c, struct collect_summary *s)
{
	if (c->n_incidents > 1)
		qsort(c->incidents, c->n_incidents, sizeof *c->incidents,
		    collect_incident_cmp);
	s->incidents = xcalloc(c->n_incidents + 1, sizeof *s->incidents);
	for (size_t i = 0; i < c->n_incidents; i++) {
		struct collect_incident *inc = &c->incidents[i].inc;

		if (collect_in_filter(c, inc->unit))
			s->incidents[s->n_incidents++] = *inc;
		else
			collect_incident_done(inc);
	}
	free(c->incidents);
	c->incidents = NULL;
}

/* Free what is left of c once the summary is made (the summary has
 * taken the arenas). */
static void
collect_free(struct collect *c)
{
	strmap_free(c->by_nip);
	strmap_free(c->by_unit);
	free(c->units);
	free(c->newest);
	free(c->dups);
	free(c->unit_filter);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

struct collect_summary *
collect_finish(struct collect *c)
{
	struct collect_summary *s = xcalloc(1, sizeof *s);
	struct arena *lacks = collect_arena(c);
	size_t *remap, *roster_unit;

	s->generated = c->opt.now;
	s->as_of = c->opt.as_of;
	s->now = c->opt.as_of != 0 ? c->opt.as_of : c->opt.now;
	s->stale_days = c->opt.stale_days;
	s->unit_filter = c->unit_name;
	s->files = c->files;
	s->accepted = c->accepted;
	s->after_as_of = c->after_as_of;
	s->store = xcalloc(1, sizeof *s->store);
	s->store->arenas = c->arenas;
	s->store->n = c->n_arenas;
	remap = collect_finish_glist(&c->modules, &c->n_modules, &s->modules,
	    &s->n_modules);
	c->account_remap = collect_finish_glist(&c->accounts, &c->n_accounts,
	    &s->accounts, &s->n_accounts);
	roster_unit = collect_finish_officials(c, s, remap, lacks);
	collect_finish_roster(c, s, roster_unit, lacks);
	collect_finish_rejects(c, s);
	collect_finish_origins(c, s);
	collect_finish_dups(c, s);
	collect_finish_incidents(c, s);
	collect_finish_weeks(c, s);
	free(remap);
	free(c->account_remap);
	free(roster_unit);
	collect_free(c);
	return s;
}

void
collect_summary_free(struct collect_summary *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->n_modules; i++) {
		free(s->modules[i].id);
		free(s->modules[i].title);
	}
	for (size_t i = 0; i < s->n_accounts; i++) {
		free(s->accounts[i].id);
		free(s->accounts[i].title);
	}
	free(s->accounts);
	for (size_t i = 0; i < s->n_units; i++) {
		free(s->units[i].name);
		free(s->units[i].code);
		free(s->units[i].modules);
		free(s->units[i].accounts);
	}
	for (size_t i = 0; i < s->n_rejected; i++) {
		free(s->rejected[i].path);
		free(s->rejected[i].reason);
	}
	for (size_t i = 0; i < s->n_incidents; i++)
		collect_incident_done(&s->incidents[i]);
	for (size_t i = 0; i < s->n_na_reasons; i++)
		free(s->na_reasons[i].reason);
	free(s->na_reasons);
	for (size_t i = 0; i < s->n_duplicates; i++) {
		free(s->duplicates[i].path);
		free(s->duplicates[i].nip);
		free(s->duplicates[i].kept);
	}
	free(s->modules);
	free(s->units);
	free(s->officials);
	free(s->rejected);
	free(s->duplicates);
	free(s->incidents);
	free(s->unit_filter);
	free(s->agency);
	free(s->roster);
	free(s->missing);
	free(s->week_ends);
	free(s->weeks);
	free(s->unit_weeks);
	for (size_t i = 0; i < s->n_empty; i++)
		free(s->empty[i]);
	free(s->empty);
	for (size_t i = 0; s->store != NULL && i < s->store->n; i++)
		arena_free(s->store->arenas[i]);
	if (s->store != NULL)
		free(s->store->arenas);
	free(s->store);
	free(s);
}

struct arena *
collect_summary_arena(struct collect_summary *s)
{
	struct arena *a = arena_new(COLLECT_STORE_CHUNK);

	if (s->store == NULL)
		s->store = xcalloc(1, sizeof *s->store);
	s->store->arenas = xrealloc(s->store->arenas, (s->store->n + 1) *
	    sizeof *s->store->arenas);
	s->store->arenas[s->store->n++] = a;
	return a;
}

void
collect_summary_adopt(struct collect_summary *to,
    struct collect_summary *from)
{
	if (from->store == NULL || from->store->n == 0)
		return;
	if (to->store == NULL)
		to->store = xcalloc(1, sizeof *to->store);
	to->store->arenas = xrealloc(to->store->arenas, (to->store->n +
	    from->store->n) * sizeof *to->store->arenas);
	for (size_t i = 0; i < from->store->n; i++)
		to->store->arenas[to->store->n++] = from->store->arenas[i];
	from->store->n = 0;
}
