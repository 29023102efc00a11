/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect_merge: offices' summaries merged into one (collect_merge.h).
 *
 * First the modules and accounts of every summary get their place in the
 * merged lists (by id, in the order first met), then every unit is
 * copied under its office's name with its figures moved to those places,
 * the units are sorted by name as collect sorts them, and everything that
 * names a unit (officials, reasons, roster, weeks) follows its unit.
 * Text is copied, except the officials', whose arenas the merged summary
 * takes over.
 */
#include "config.h"
#include "exchange/collect_merge.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "exchange/collect_state.h"
#include "exchange/export.h"
#include "exchange/report.h"
#include "exchange/summary_read.h"

/* A summary given, or why it was not used. */
struct mslot {
	struct collect_summary *s;	/* NULL when rejected */
	const char *path;
	enum reject_reason why;
	char *detail;
	char *office;
	size_t base;			/* its first unit in the copies */
	size_t *mods, *accs;		/* its modules, accounts: merged */
	char sum[REPORT_SUM_LEN + 1];	/* of the file's bytes */
};

/* The merge under way. */
struct merge {
	struct collect_summary *s;
	struct strmap *mods, *accs;
	size_t cap_mods, cap_accs;
	struct collect_unit *copies;	/* every unit, in slot order */
	size_t n_copies;
	size_t *rank;			/* a copy's place among the units */
	bool roster, weeks;		/* every summary has one (the same) */
};

static const char *
merge_mod_key(const void *ctx, size_t i)
{
	return ((const struct merge *)ctx)->s->modules[i].id;
}

static const char *
merge_acc_key(const void *ctx, size_t i)
{
	return ((const struct merge *)ctx)->s->accounts[i].id;
}

char *
collect_merge_office(const struct collect_summary *s, const char *path)
{
	const char *base = strrchr(path, '/');
	size_t n;

	char *name, *office;

	if (s->agency != NULL && !text_is_blank(s->agency))
		return text_squeeze(s->agency, false);
	base = base != NULL ? base + 1 : path;
	n = strlen(base);
	if (n > 5 && strcasecmp(base + n - 5, ".json") == 0)
		n -= 5;
	if (n > 8 && strncasecmp(base + n - 8, ".summary", 8) == 0)
		n -= 8;
	name = xasprintf("%.*s", (int)n, base);
	office = text_squeeze(name, false);
	free(name);
	return office;
}

bool
collect_merge_is_summary(const char *path)
{
	char buf[64];
	struct stat st;
	ssize_t n = 0;
	size_t want = strlen(EXPORT_JSON_START);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	if (fd < 0)
		return false;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		while ((n = read(fd, buf, want)) < 0 && errno == EINTR)
			;
	close(fd);
	return n > 0 && summary_looks_like(buf, (size_t)n);
}

/* Read the file at path whole into *buf (caller frees) and *len. */
static enum reject_reason
merge_read_file(const char *path, char **buf, size_t *len, char **detail)
{
	struct stat st;
	size_t got = 0;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);

	*buf = NULL;
	if (fd < 0 || fstat(fd, &st) != 0) {
		*detail = xstrdup(strerror(errno));
		if (fd >= 0)
			close(fd);
		return REJECT_UNREADABLE;
	}
	if (!S_ISREG(st.st_mode) || st.st_size > SUMMARY_MAX_BYTES) {
		close(fd);
		*detail = NULL;
		return S_ISREG(st.st_mode) ? REJECT_TOO_LARGE : REJECT_NOT_FILE;
	}
	*buf = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		n = read(fd, *buf + got, (size_t)st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	*len = got;
	return REJECT_OK;
}

/* The place in the merged list *all (by map) of module g, added when new
 * (required when any summary says so). */
static size_t
merge_gindex(struct merge *m, struct strmap *map, struct collect_module **all,
    size_t *n, size_t *cap, const struct collect_module *g)
{
	size_t i = strmap_get(map, g->id);

	if (i == STRMAP_NONE) {
		*all = xgrow(*all, cap, *n + 1, sizeof **all);
		(*all)[*n] = (struct collect_module){ xstrdup(g->id),
		    xstrdup(g->title), false };
		i = (*n)++;
		strmap_add(map, g->id, i);
	}
	(*all)[i].required |= g->required;
	(void)m;
	return i;
}

/* Give every module and account of every summary its merged place. */
static void
merge_lists(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;

	for (size_t k = 0; k < n; k++) {
		struct collect_summary *in = sl[k].s;

		if (in == NULL)
			continue;
		sl[k].mods = xcalloc(in->n_modules + 1, sizeof *sl[k].mods);
		sl[k].accs = xcalloc(in->n_accounts + 1, sizeof *sl[k].accs);
		for (size_t i = 0; i < in->n_modules; i++)
			sl[k].mods[i] = merge_gindex(m, m->mods, &s->modules,
			    &s->n_modules, &m->cap_mods, &in->modules[i]);
		for (size_t i = 0; i < in->n_accounts; i++)
			sl[k].accs[i] = merge_gindex(m, m->accs, &s->accounts,
			    &s->n_accounts, &m->cap_accs, &in->accounts[i]);
	}
	if (s->modules == NULL)
		s->modules = xcalloc(1, sizeof *s->modules);
	if (s->accounts == NULL)
		s->accounts = xcalloc(1, sizeof *s->accounts);
}

/* Copy unit u of slot sl under its office's name, its figures in the
 * merged modules' and accounts' places. */
static void
merge_unit(struct merge *m, const struct mslot *sl, const struct collect_unit *u,
    struct collect_unit *c)
{
	*c = *u;
	c->name = xasprintf("%s / %s", sl->office, u->name);
	c->code = NULL;
	c->unlisted = false;
	c->modules = xcalloc(m->s->n_modules + 1, sizeof *c->modules);
	c->accounts = xcalloc(m->s->n_accounts + 1, sizeof *c->accounts);
	for (size_t i = 0; i < sl->s->n_modules; i++)
		c->modules[sl->mods[i]] = u->modules[i];
	for (size_t i = 0; i < sl->s->n_accounts; i++)
		c->accounts[sl->accs[i]] = u->accounts[i];
	if (!m->roster)
		c->expected = c->expected_reporting = c->expected_compliant =
		    c->off_roster = 0;
}

/* Sort the copies of the units by name, as collect does. */
static const struct collect_unit *merge_sorting;
static int
merge_unit_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int d = collect_name_cmp(merge_sorting[x].name, merge_sorting[y].name);

	if (d != 0)
		return d;
	return x < y ? -1 : x > y;
}

/* Copy every unit and put them in order. */
static void
merge_units(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	size_t *order;

	for (size_t k = 0; k < n; k++)
		if (sl[k].s != NULL)
			m->n_copies += sl[k].s->n_units;
	m->copies = xcalloc(m->n_copies + 1, sizeof *m->copies);
	m->rank = xcalloc(m->n_copies + 1, sizeof *m->rank);
	order = xcalloc(m->n_copies + 1, sizeof *order);
	m->n_copies = 0;
	for (size_t k = 0; k < n; k++) {
		if (sl[k].s == NULL)
			continue;
		sl[k].base = m->n_copies;
		for (size_t u = 0; u < sl[k].s->n_units; u++)
			merge_unit(m, &sl[k], &sl[k].s->units[u],
			    &m->copies[m->n_copies++]);
	}
	for (size_t i = 0; i < m->n_copies; i++)
		order[i] = i;
	merge_sorting = m->copies;
	if (m->n_copies > 1)
		qsort(order, m->n_copies, sizeof *order, merge_unit_cmp);
	s->units = xcalloc(m->n_copies + 1, sizeof *s->units);
	s->n_units = m->n_copies;
	for (size_t r = 0; r < m->n_copies; r++) {
		m->rank[order[r]] = r;
		s->units[r] = m->copies[order[r]];
		s->reporting += s->units[r].reporting;
		s->compliant += s->units[r].compliant;
		s->expected += s->units[r].expected;
		s->expected_reporting += s->units[r].expected_reporting;
		s->expected_compliant += s->units[r].expected_compliant;
		s->off_roster += s->units[r].off_roster;
	}
	free(order);
}

/* The merged unit of unit u of slot sl. */
static size_t
merge_rank(const struct merge *m, const struct mslot *sl, size_t u)
{
	return m->rank[sl->base + u];
}

/* Sort officials by unit, name, NIP. */
static int
merge_official_cmp(const void *a, const void *b)
{
	const struct collect_official *x = a, *y = b;

	return collect_person_cmp(x->unit, x->name, x->nip, y->unit, y->name,
	    y->nip);
}

/* Sort module indices. */
static int
merge_index_cmp(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* The officials not compliant of every slot, in their merged units. */
static void
merge_officials(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	struct arena *a = collect_summary_arena(s);
	size_t all = 0;

	for (size_t k = 0; k < n; k++)
		if (sl[k].s != NULL)
			all += sl[k].s->n_officials;
	s->officials = xcalloc(all + 1, sizeof *s->officials);
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; sl[k].s != NULL && i < sl[k].s->n_officials;
		    i++) {
			const struct collect_official *o =
			    &sl[k].s->officials[i];
			struct collect_official *c =
			    &s->officials[s->n_officials++];

			*c = *o;
			c->unit = merge_rank(m, &sl[k], o->unit);
			c->path = arena_strdup(a, sl[k].path);
			c->off_roster = false;
			c->lacks = arena_alloc(a, (o->n_lacks + 1) *
			    sizeof *c->lacks, _Alignof(size_t));
			for (size_t j = 0; j < o->n_lacks; j++)
				c->lacks[j] = sl[k].mods[o->lacks[j]];
			if (c->n_lacks > 1)
				qsort(c->lacks, c->n_lacks, sizeof *c->lacks,
				    merge_index_cmp);
		}
	if (s->n_officials > 1)
		qsort(s->officials, s->n_officials, sizeof *s->officials,
		    merge_official_cmp);
}

/* The officials on the rosters who have not reported. */
static void
merge_missing(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	size_t all = 0;

	for (size_t k = 0; k < n; k++)
		if (sl[k].s != NULL)
			all += sl[k].s->n_missing;
	s->missing = xcalloc(all + 1, sizeof *s->missing);
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; sl[k].s != NULL && i < sl[k].s->n_missing;
		    i++) {
			struct collect_missing *c = &s->missing[s->n_missing++];

			*c = sl[k].s->missing[i];
			c->unit = merge_rank(m, &sl[k], c->unit);
		}
	if (s->n_missing > 1)
		qsort(s->missing, s->n_missing, sizeof *s->missing,
		    collect_missing_cmp);
}

/* Order reasons as collect_na.c does: by unit, module, most steps
 * first, listed ones first, then by text. */
static int
merge_na_cmp(const void *a, const void *b)
{
	const struct collect_na_reason *x = a, *y = b;

	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	if (x->module != y->module)
		return x->module < y->module ? -1 : 1;
	if (x->steps != y->steps)
		return x->steps > y->steps ? -1 : 1;
	if (x->listed != y->listed)
		return x->listed ? -1 : 1;
	return strcmp(x->reason, y->reason);
}

/* The reasons for steps not applicable, in their merged units. */
static void
merge_na(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	size_t all = 0;

	for (size_t k = 0; k < n; k++)
		if (sl[k].s != NULL)
			all += sl[k].s->n_na_reasons;
	s->na_reasons = xcalloc(all + 1, sizeof *s->na_reasons);
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; sl[k].s != NULL &&
		    i < sl[k].s->n_na_reasons; i++) {
			const struct collect_na_reason *r =
			    &sl[k].s->na_reasons[i];

			s->na_reasons[s->n_na_reasons++] =
			    (struct collect_na_reason){ merge_rank(m, &sl[k],
			    r->unit), sl[k].mods[r->module],
			    xstrdup(r->reason), r->listed, r->steps };
		}
	if (s->n_na_reasons > 1)
		qsort(s->na_reasons, s->n_na_reasons, sizeof *s->na_reasons,
		    merge_na_cmp);
}

/* An incident with its place, for a stable sort. */
struct mincident {
	struct collect_incident inc;
	size_t seq;
};

/* Sort incidents newest first, then in the order met. */
static int
merge_incident_cmp(const void *a, const void *b)
{
	const struct mincident *x = a, *y = b;

	if (x->inc.time != y->inc.time)
		return x->inc.time > y->inc.time ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The incidents of every office, newest first. */
static void
merge_incidents(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	struct mincident *all;
	size_t total = 0, k2 = 0;

	for (size_t k = 0; k < n; k++)
		if (sl[k].s != NULL)
			total += sl[k].s->n_incidents;
	all = xcalloc(total + 1, sizeof *all);
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; sl[k].s != NULL && i < sl[k].s->n_incidents;
		    i++) {
			const struct collect_incident *x =
			    &sl[k].s->incidents[i];

			all[k2].inc = (struct collect_incident){ x->time,
			    xstrdup(x->name), xstrdup(x->nip),
			    xasprintf("%s / %s", sl[k].office, x->unit),
			    x->noticed, x->money,
			    xasprintf("%s:%s", sl[k].path, x->path) };
			all[k2].seq = k2;
			k2++;
		}
	if (total > 1)
		qsort(all, total, sizeof *all, merge_incident_cmp);
	s->incidents = xcalloc(total + 1, sizeof *s->incidents);
	for (size_t i = 0; i < total; i++)
		s->incidents[i] = all[i].inc;
	s->n_incidents = total;
	free(all);
}

/* The files each office rejected, and the summaries rejected here, in
 * the order given; the older reports replaced; the empty paths. */
static void
merge_files(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	size_t rj = 0, du = 0, em = 0;

	for (size_t k = 0; k < n; k++) {
		rj += sl[k].s != NULL ? sl[k].s->n_rejected : 1;
		du += sl[k].s != NULL ? sl[k].s->n_duplicates : 0;
		em += sl[k].s != NULL ? sl[k].s->n_empty : 0;
	}
	s->rejected = xcalloc(rj + 1, sizeof *s->rejected);
	s->duplicates = xcalloc(du + 1, sizeof *s->duplicates);
	s->empty = xcalloc(em + 1, sizeof *s->empty);
	for (size_t k = 0; k < n; k++) {
		const struct collect_summary *in = sl[k].s;

		if (in == NULL) {
			const char *phrase = reject_text(sl[k].why);

			s->files++;
			s->rejected[s->n_rejected++] = (struct collect_reject){
			    xstrdup(sl[k].path), reject_code(sl[k].why),
			    sl[k].detail != NULL ?
			    /* TRANSLATORS: as for a report file not used. */
			    xasprintf(_("%s: %s"), phrase, sl[k].detail) :
			    xstrdup(phrase) };
			continue;
		}
		for (size_t i = 0; i < in->n_rejected; i++)
			s->rejected[s->n_rejected++] = (struct collect_reject){
			    xasprintf("%s:%s", sl[k].path, in->rejected[i].path),
			    in->rejected[i].code,
			    xstrdup(in->rejected[i].reason) };
		for (size_t i = 0; i < in->n_duplicates; i++) {
			const struct collect_duplicate *d = &in->duplicates[i];

			s->duplicates[s->n_duplicates++] =
			    (struct collect_duplicate){
			    xasprintf("%s:%s", sl[k].path, d->path),
			    xstrdup(d->nip), d->exported,
			    xasprintf("%s:%s", sl[k].path, d->kept) };
		}
		for (size_t i = 0; i < in->n_empty; i++)
			s->empty[s->n_empty++] = xasprintf("%s:%s", sl[k].path,
			    in->empty[i]);
	}
}

/* The weeks, when every summary has the same ones. */
static void
merge_weeks(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	const struct collect_summary *first = NULL;
	size_t nw;

	for (size_t k = 0; k < n; k++) {
		const struct collect_summary *in = sl[k].s;

		if (in == NULL)
			continue;
		if (first == NULL)
			first = in;
		if (in->n_weeks == 0 || in->n_weeks != first->n_weeks ||
		    memcmp(in->week_ends, first->week_ends,
		    (size_t)in->n_weeks * sizeof *in->week_ends) != 0)
			return;
	}
	if (first == NULL)
		return;
	nw = (size_t)first->n_weeks;
	s->n_weeks = first->n_weeks;
	s->week_ends = xcalloc(nw, sizeof *s->week_ends);
	memcpy(s->week_ends, first->week_ends, nw * sizeof *s->week_ends);
	s->weeks = xcalloc(nw, sizeof *s->weeks);
	s->unit_weeks = xcalloc(s->n_units * nw + 1, sizeof *s->unit_weeks);
	for (size_t k = 0; k < n; k++) {
		const struct collect_summary *in = sl[k].s;

		for (size_t u = 0; in != NULL && u < in->n_units; u++)
			for (size_t w = 0; w < nw; w++) {
				const struct collect_week_tally *t =
				    &in->unit_weeks[u * nw + w];

				s->unit_weeks[merge_rank(m, &sl[k], u) * nw + w]
				    = *t;
				s->weeks[w].reporting += t->reporting;
				s->weeks[w].compliant += t->compliant;
			}
	}
}

/* The totals that are not the units' sums, and the settings the
 * summaries share. */
static void
merge_totals(struct merge *m, struct mslot *sl, size_t n)
{
	struct collect_summary *s = m->s;
	bool first = true;
	size_t len = 0;
	char *roster;

	for (size_t k = 0; k < n; k++) {
		const struct collect_summary *in = sl[k].s;

		if (in == NULL)
			continue;
		s->files += in->files;
		s->accepted += in->accepted;
		s->after_as_of += in->after_as_of;
		s->other_units += in->other_units;
		s->roster_skipped += m->roster ? in->roster_skipped : 0;
		s->as_of = first || in->as_of == s->as_of ? in->as_of : 0;
		first = false;
		if (m->roster)
			len += strlen(sl[k].office) + strlen(in->roster) + 4;
	}
	if (!m->roster)
		return;
	/* The rosters of the offices, each after its office's name. */
	roster = xcalloc(len + 1, 1);
	for (size_t k = 0; k < n; k++)
		if (sl[k].s != NULL) {
			if (roster[0] != '\0')
				strcat(roster, "; ");
			strcat(roster, sl[k].office);
			strcat(roster, ": ");
			strcat(roster, sl[k].s->roster);
		}
	s->roster = roster;
}

/* Merge the slots: the summaries read, and the files rejected. */
static struct collect_summary *
merge_slots(struct mslot *sl, size_t n, const struct collect_merge_options *o)
{
	struct merge m = { 0 };
	struct collect_summary *s = xcalloc(1, sizeof *s);
	size_t used = 0;

	m.s = s;
	m.mods = strmap_new(merge_mod_key, &m);
	m.accs = strmap_new(merge_acc_key, &m);
	m.roster = true;
	for (size_t k = 0; k < n; k++)
		if (sl[k].s != NULL) {
			used++;
			m.roster &= sl[k].s->roster != NULL;
		}
	m.roster &= used > 0;
	s->generated = o->now;
	s->now = o->now;
	s->agency = xstrdup_or_null(o->agency);
	merge_lists(&m, sl, n);
	merge_units(&m, sl, n);
	if (o->officials)
		merge_officials(&m, sl, n);
	else
		s->officials = xcalloc(1, sizeof *s->officials);
	if (o->officials && m.roster)
		merge_missing(&m, sl, n);
	else
		s->missing = xcalloc(1, sizeof *s->missing);
	merge_na(&m, sl, n);
	merge_incidents(&m, sl, n);
	merge_files(&m, sl, n);
	merge_weeks(&m, sl, n);
	merge_totals(&m, sl, n);
	for (size_t k = 0; k < n; k++) {
		if (sl[k].s != NULL) {
			collect_summary_adopt(s, sl[k].s);
			collect_summary_free(sl[k].s);
		}
		free(sl[k].mods);
		free(sl[k].accs);
		free(sl[k].office);
		free(sl[k].detail);
	}
	strmap_free(m.mods);
	strmap_free(m.accs);
	free(m.copies);
	free(m.rank);
	return s;
}

struct collect_summary *
collect_merge(struct collect_summary **in, char *const *paths, size_t n,
    const struct collect_merge_options *o)
{
	struct mslot *sl = xcalloc(n + 1, sizeof *sl);
	struct collect_summary *s;

	for (size_t k = 0; k < n; k++)
		sl[k] = (struct mslot){ .s = in[k], .path = paths[k],
		    .office = collect_merge_office(in[k], paths[k]) };
	s = merge_slots(sl, n, o);
	free(sl);
	return s;
}

/* Refuse slot sl, read, as a second summary of an office: detail. */
static void
merge_refuse_same(struct mslot *sl, char *detail)
{
	sl->why = REJECT_SAME_OFFICE;
	sl->detail = detail;
	collect_summary_free(sl->s);
	sl->s = NULL;
}

/* Read slot sl's file, or say why not; a second summary of an office
 * (offices keyed without case and spacing in keys, from the slots in
 * from), or a copy of a file read before, is refused. */
static void
merge_read_slot(struct mslot *sl, struct strmap *offices, char **keys,
    const struct mslot **from, size_t *n_keys)
{
	char *buf = NULL, *key;
	size_t len = 0, i;

	sl->why = merge_read_file(sl->path, &buf, &len, &sl->detail);
	if (sl->why == REJECT_OK) {
		sl->why = summary_read(buf, len, &sl->s, &sl->detail);
		report_checksum(buf, len, sl->sum);
	}
	free(buf);
	if (sl->s == NULL)
		return;
	for (i = 0; i < *n_keys; i++)
		if (strcmp(from[i]->sum, sl->sum) == 0) {
			merge_refuse_same(sl, xasprintf(_("It is the same file as "
			    "%s."), from[i]->path));
			return;
		}
	sl->office = collect_merge_office(sl->s, sl->path);
	key = text_squeeze(sl->office, true);
	i = strmap_add(offices, key, *n_keys);
	if (i == *n_keys) {
		from[*n_keys] = sl;
		keys[(*n_keys)++] = key;
		return;
	}
	free(key);
	merge_refuse_same(sl, xasprintf(_("It is a summary of %s, as %s is; an "
	    "office is counted once."), sl->office, from[i]->path));
}

/* The key of office i (for the map of offices). */
static const char *
merge_office_key(const void *ctx, size_t i)
{
	return ((char *const *)ctx)[i];
}

struct collect_summary *
collect_merge_paths(char *const *paths, size_t n,
    const struct collect_merge_options *o, size_t *refused)
{
	struct mslot *sl = xcalloc(n + 1, sizeof *sl);
	char **keys = xcalloc(n + 1, sizeof *keys);
	const struct mslot **from = xcalloc(n + 1, sizeof *from);
	struct strmap *offices = strmap_new(merge_office_key, keys);
	struct collect_summary *s;
	size_t n_keys = 0;

	for (size_t k = 0; k < n; k++) {
		sl[k].path = paths[k];
		merge_read_slot(&sl[k], offices, keys, from, &n_keys);
	}
	*refused = n - n_keys;
	free(from);
	strmap_free(offices);
	for (size_t k = 0; k < n_keys; k++)
		free(keys[k]);
	free(keys);
	s = merge_slots(sl, n, o);
	free(sl);
	return s;
}
