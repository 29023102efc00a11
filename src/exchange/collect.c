/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect: many report files into one summary per work unit (see
 * collect.h); this half reads them, collect_summary.c makes the summary.
 *
 * The calling thread walks the paths (os/walk.h), which opens every
 * candidate file (so a folder swapped for a symbolic link after it was
 * listed cannot lead the walk elsewhere), and queues the descriptors
 * (base/workq.h); worker threads read each file once into their own
 * buffer, parse it and reduce it to a compact entry in their own arena,
 * then merge the entry into the shared state under one lock.  Parsing
 * dominates, so the lock is rarely contended.  Every file gets a
 * sequence number in path order, which makes the result the same
 * whatever order the threads finish in.
 *
 * An archive (.zip, .tar, .tar.gz, .tgz), given or found in a folder, is
 * read on the calling thread too, entry by entry (os/arcread.h): each
 * report entry's bytes are queued instead of a descriptor, named
 * "ARCHIVE:ENTRY", and go through the same parsing as a file's.
 *
 * JSON that report_parse refuses is tried as an incident file, from the
 * same buffer: valid reports, the bulk, are parsed once.  An incident
 * has the report's "format" and "program" but a top-level "type" member
 * "jagaakun-incident": when incident_parse finds it, the file is an
 * incident and gets the incident's reason if refused; otherwise it keeps
 * the report's.
 */
#include "config.h"
#include "exchange/collect.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/jdoc.h"
#include "base/strmap.h"
#include "base/workq.h"
#include "base/xalloc.h"
#include "exchange/collect_state.h"
#include "exchange/export.h"
#include "exchange/incident.h"
#include "exchange/report.h"
#include "os/arcread.h"
#include "os/walk.h"

#define COLLECT_CHUNK (1024 * 1024)	/* arena chunk */

struct reject {
	char *path;
	enum reject_reason why;
	char *detail;
	uint64_t seq;
};

/* A file opened by the walker, or an archive entry read by it, waiting
 * for a worker. */
struct job {
	int fd;			/* -1 for an archive entry */
	char *path;
	uint64_t seq;
	size_t origin;		/* the path given it was found under */
	char *data;		/* an archive entry's bytes, NUL after them */
	size_t len;
};

/* A worker thread's own state. */
struct worker {
	struct collect *c;
	struct arena *arena;
	char *buf;
	struct jdoc *doc;	/* parsed into again for every file */
};

/* The NIP of the newest report at index i (for c->by_nip). */
static const char *
collect_newest_nip(const void *ctx, size_t i)
{
	return ((const struct collect *)ctx)->newest[i]->nip;
}

/* The unit text at index i (for c->by_unit). */
static const char *
collect_unit_text_at(const void *ctx, size_t i)
{
	return ((const struct collect *)ctx)->units[i];
}

/* The one copy of unit text u, and its index in *id (lock held): a
 * million officials work in a few hundred units. */
static const char *
collect_unit_text(struct collect *c, const char *u, uint32_t *id)
{
	size_t i = strmap_add(c->by_unit, u, c->n_units);

	if (i == c->n_units) {
		c->units = xgrow(c->units, &c->cap_units, c->n_units + 1,
		    sizeof *c->units);
		c->units[c->n_units++] = arena_strdup(c->unit_text, u);
	}
	*id = (uint32_t)i;
	return c->units[i];
}

/* What the walk's calls need: where files go, and who gets them. */
struct walker {
	struct collect *c;
	struct workq *q;
	size_t origin;		/* the path being walked */
};

struct arena *
collect_arena(struct collect *c)
{
	struct arena *a = arena_new(COLLECT_CHUNK);

	pthread_mutex_lock(&c->lock);
	c->arenas = xgrow(c->arenas, &c->cap_arenas, c->n_arenas + 1,
	    sizeof *c->arenas);
	c->arenas[c->n_arenas++] = a;
	pthread_mutex_unlock(&c->lock);
	return a;
}

struct collect *
collect_new(const struct collect_options *o)
{
	struct collect *c = xcalloc(1, sizeof *c);

	c->opt = *o;
	if (c->opt.threads <= 0)
		c->opt.threads = COLLECT_THREADS;
	c->unit_name = xstrdup_or_null(o->unit);
	c->unit_filter = o->unit ? collect_unit_key(o->unit) : NULL;
	c->opt.unit = NULL;
	pthread_mutex_init(&c->lock, NULL);
	c->by_nip = strmap_new(collect_newest_nip, c);
	c->by_unit = strmap_new(collect_unit_text_at, c);
	c->unit_text = collect_arena(c);
	return c;
}

/* Record a rejected file (lock held). */
static void
collect_add_reject(struct collect *c, const char *path, enum reject_reason why,
    const char *detail, uint64_t seq)
{
	struct reject *r;

	c->rejects = xgrow(c->rejects, &c->cap_rejects, c->n_rejects + 1,
	    sizeof *c->rejects);
	r = &c->rejects[c->n_rejects++];
	r->path = xstrdup(path);
	r->why = why;
	r->detail = xstrdup_or_null(detail);
	r->seq = seq;
}

/* Reject path with the text of errno err (takes the lock). */
static void
collect_reject_errno(struct collect *c, const char *path,
    enum reject_reason why, int err, uint64_t seq)
{
	pthread_mutex_lock(&c->lock);
	c->files++;
	collect_add_reject(c, path, why, err ? strerror(err) : NULL, seq);
	pthread_mutex_unlock(&c->lock);
}

/* The index of id in the list *all (modules or accounts), added when new
 * (lock held); title from the first report in path order, required when
 * any report says so. */
static size_t
collect_gindex(struct gmodule **all, size_t *n, size_t *cap, const char *id,
    const char *title, bool required, uint64_t seq, size_t pos)
{
	struct gmodule *g;
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp((*all)[i].id, id) == 0)
			break;
	if (i == *n) {
		*all = xgrow(*all, cap, i + 1, sizeof **all);
		g = &(*all)[(*n)++];
		g->id = xstrdup(id);
		g->index = i;
		g->title = xstrdup(title ? title : id);
		g->seq = seq;
		g->pos = pos;
		g->required = false;
	}
	g = &(*all)[i];
	/* The first report in path order names it, whichever thread got
	 * there first. */
	if (seq < g->seq) {
		free(g->title);
		g->title = xstrdup(title ? title : id);
		g->seq = seq;
		g->pos = pos;
	}
	g->required |= required;
	return i;
}

/* The index of module m (lock held). */
static size_t
collect_module_index(struct collect *c, const struct report_module *m,
    uint64_t seq, size_t pos)
{
	return collect_gindex(&c->modules, &c->n_modules, &c->cap_modules,
	    m->id, m->title, m->required, seq, pos);
}

/* The index of account a (lock held). */
static size_t
collect_account_index(struct collect *c, const struct report_account *a,
    uint64_t seq, size_t pos)
{
	return collect_gindex(&c->accounts, &c->n_accounts, &c->cap_accounts,
	    a->id, a->title, a->required, seq, pos);
}

/* Keep the reason of each step of r marked not applicable in e, with
 * its module's place in r (the steps come in module order). */
static void
collect_entry_reasons(struct arena *a, const struct report *r,
    struct entry *e)
{
	size_t n = report_na(r), m = 0;

	e->n_reasons = 0;
	e->reasons = n > 0 ? arena_alloc(a, n * sizeof *e->reasons,
	    _Alignof(struct entry_reason)) : NULL;
	for (size_t i = 0; i < r->n_steps && e->n_reasons < n; i++) {
		const struct report_step *s = &r->steps[i];
		struct entry_reason *er;

		if (s->status != STEP_NA)
			continue;
		while (m < r->n_modules && strcmp(r->modules[m].id, s->module))
			m++;
		if (m == r->n_modules)	/* report_parse checked: never */
			m = 0;
		er = &e->reasons[e->n_reasons++];
		er->module = (uint32_t)m;
		er->listed = s->reason_listed;
		er->text = arena_strdup(a, s->reason != NULL ? s->reason : "");
	}
}

/* Reduce r to an entry in a; its unit and module indices are set later,
 * under the lock. */
static struct entry *
collect_entry(struct arena *a, const struct report *r, const char *path,
    uint64_t seq)
{
	struct entry *e = arena_alloc(a, sizeof *e, _Alignof(struct entry));

	e->nip = arena_strdup(a, r->profile.nip);
	e->name = arena_strdup(a, r->profile.name);
	e->unit_code = r->profile.unit_code != NULL &&
	    *r->profile.unit_code != '\0' ? arena_strdup(a,
	    r->profile.unit_code) : "";
	e->path = arena_strdup(a, path);
	e->exported = r->exported;
	e->seq = seq;
	e->compliant = r->compliant;
	/* QUIZ_MAX_TOTAL fits 16 bits, and report_parse checks it. */
	e->quiz_score = r->quiz ? (uint16_t)r->quiz->score : 0;
	/* A quiz stopped early counts what was answered. */
	e->quiz_total = r->quiz ? (uint16_t)r->quiz->answered : 0;
	e->n_modules = (uint32_t)r->n_modules;
	e->modules = arena_alloc(a, r->n_modules * sizeof *e->modules,
	    _Alignof(struct entry_module));
	for (size_t i = 0; i < r->n_modules; i++) {
		const struct report_module *m = &r->modules[i];

		e->modules[i].finished = (uint32_t)(m->done + m->na);
		e->modules[i].na = (uint32_t)m->na;
		e->modules[i].total = (uint32_t)m->total;
		e->modules[i].required = m->required;
	}
	collect_entry_reasons(a, r, e);
	e->n_accounts = (uint32_t)r->n_accounts;
	e->accounts = arena_alloc(a, (r->n_accounts + 1) * sizeof *e->accounts,
	    _Alignof(struct entry_account));
	for (size_t i = 0; i < r->n_accounts; i++)
		e->accounts[i].compliant = r->accounts[i].compliant;
	return e;
}

/* Say whether a should be kept over b: newer, or as new and earlier in
 * path order. */
static bool
collect_is_newer(const struct entry *a, const struct entry *b)
{
	return a->exported > b->exported ||
	    (a->exported == b->exported && a->seq < b->seq);
}

/* Note e as an older duplicate (lock held). */
static void
collect_add_dup(struct collect *c, struct entry *e)
{
	c->dups = xgrow(c->dups, &c->cap_dups, c->n_dups + 1, sizeof *c->dups);
	c->dups[c->n_dups++].e = e;
}

/* Merge the entry e made from r, found under path origin: newest per
 * NIP wins (takes the lock). */
static void
collect_merge(struct collect *c, struct entry *e, const struct report *r,
    size_t origin)
{
	size_t i;

	pthread_mutex_lock(&c->lock);
	c->files++;
	c->accepted++;
	c->origins[origin].found++;
	if (c->opt.as_of != 0 && e->exported > c->opt.as_of) {
		c->after_as_of++;
		pthread_mutex_unlock(&c->lock);
		return;
	}
	e->unit = collect_unit_text(c, r->profile.unit, &e->unit_id);
	for (size_t m = 0; m < r->n_modules; m++)
		e->modules[m].module = (uint32_t)collect_module_index(c,
		    &r->modules[m], e->seq, m);
	for (size_t a = 0; a < r->n_accounts; a++)
		e->accounts[a].account = (uint32_t)collect_account_index(c,
		    &r->accounts[a], e->seq, a);
	i = strmap_add(c->by_nip, e->nip, c->n_newest);
	if (i == c->n_newest) {
		c->newest = xgrow(c->newest, &c->cap_newest, c->n_newest + 1,
		    sizeof *c->newest);
		c->newest[c->n_newest++] = e;
	} else if (collect_is_newer(e, c->newest[i])) {
		collect_add_dup(c, c->newest[i]);
		c->newest[i] = e;
	} else
		collect_add_dup(c, e);
	pthread_mutex_unlock(&c->lock);
}


/* Keep incident inc from file j unless it is after the as-of time
 * (takes the lock). */
static void
collect_add_incident(struct collect *c, const struct incident *inc,
    const struct job *j)
{
	const struct profile *p = &inc->profile;
	struct pincident *pi;

	pthread_mutex_lock(&c->lock);
	c->files++;
	c->origins[j->origin].found++;
	if (c->opt.as_of == 0 || inc->time <= c->opt.as_of) {
		c->incidents = xgrow(c->incidents, &c->cap_incidents,
		    c->n_incidents + 1, sizeof *c->incidents);
		pi = &c->incidents[c->n_incidents++];
		pi->inc = (struct collect_incident){ inc->time, xstrdup(p->name),
		    xstrdup(p->nip), xstrdup(p->unit ? p->unit : ""),
		    inc->noticed, inc->money, xstrdup(j->path) };
		pi->seq = j->seq;
	}
	pthread_mutex_unlock(&c->lock);
}

/* Read JSON that is not a valid report as an incident: *inc gets it,
 * or, when its "type" member says it is one, *why and *detail say why it
 * is refused; anything else keeps the report's reason. */
static void
collect_try_incident(const char *buf, size_t len, struct incident **inc,
    enum reject_reason *why, char **detail)
{
	char *idetail = NULL;
	enum reject_reason iwhy = incident_parse(buf, len, inc, &idetail);

	/* Not an incident either: the file keeps the report's reason. */
	if (iwhy == REJECT_NOT_REPORT) {
		free(idetail);
		return;
	}
	free(*detail);
	*detail = idetail;
	*why = iwhy;
}

/* Read the whole file fd into buf (REPORT_MAX_BYTES + 1 bytes), checking
 * its type and size first; *len gets the length. */
static enum reject_reason
collect_read_fd(int fd, char *buf, size_t *len, int *err)
{
	struct stat st;
	ssize_t n;

	*len = 0;
	*err = 0;
	if (fstat(fd, &st) != 0) {
		*err = errno;
		return REJECT_UNREADABLE;
	}
	if (!S_ISREG(st.st_mode))
		return REJECT_NOT_FILE;
	if (st.st_size > REPORT_MAX_BYTES)
		return REJECT_TOO_LARGE;
	/* The file may grow after fstat: read up to one byte past the cap.
	 * A regular file reads short only at its end, so a read that does
	 * not fill what was asked, once st_size bytes are in, saves the
	 * read that would return 0. */
	while (*len <= REPORT_MAX_BYTES) {
		size_t want = REPORT_MAX_BYTES + 1 - *len;

		n = read(fd, buf + *len, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*err = errno;
			return REJECT_UNREADABLE;
		}
		*len += (size_t)n;
		if (n == 0 || ((size_t)n < want && *len >= (size_t)st.st_size))
			break;
	}
	if (*len > REPORT_MAX_BYTES)
		return REJECT_TOO_LARGE;
	buf[*len] = '\0';
	return REJECT_OK;
}

/* Read, parse and merge the file of job item, then close it, in
 * worker's thread (a workq_run_fn). */
static void
collect_job(void *worker, const void *item)
{
	struct worker *w = worker;
	const struct job *j = item;
	enum reject_reason why;
	struct report *r = NULL;
	struct incident *inc = NULL;
	char *detail = NULL;
	const char *buf = w->buf;
	size_t len;
	int err = 0;

	if (j->data != NULL) {
		buf = j->data;
		len = j->len;
		why = REJECT_OK;
	} else {
		why = collect_read_fd(j->fd, w->buf, &len, &err);
		close(j->fd);
	}
	if (why == REJECT_OK) {
		why = report_parse(w->doc, buf, len, &r, &detail);
		if (why != REJECT_OK && why != REJECT_NOT_JSON)
			collect_try_incident(buf, len, &inc, &why, &detail);
	}
	if (inc != NULL) {
		collect_add_incident(w->c, inc, j);
		incident_free(inc);
	} else if (why == REJECT_OK) {
		if (w->c->opt.content != NULL)
			report_apply_content(r, w->c->opt.content);
		/* The IT office's rules, over content with accounts; without
		 * a settings file (no path), each report's own. */
		if (w->c->opt.content != NULL && w->c->opt.site != NULL &&
		    w->c->opt.site->path != NULL &&
		    w->c->opt.content->n_accounts > 0)
			report_apply_site(r, w->c->opt.content, w->c->opt.site);
		collect_merge(w->c, collect_entry(w->arena, r, j->path, j->seq), r,
		    j->origin);
		report_free(r);
	} else if (why == REJECT_NOT_REPORT &&
	    strncmp(buf, EXPORT_JSON_START, strlen(EXPORT_JSON_START)) == 0)
		;	/* a JSON summary saved among the reports: not one */
	else if (detail != NULL) {
		pthread_mutex_lock(&w->c->lock);
		w->c->files++;
		collect_add_reject(w->c, j->path, why, detail, j->seq);
		pthread_mutex_unlock(&w->c->lock);
	} else
		collect_reject_errno(w->c, j->path, why, err, j->seq);
	free(detail);
	free(j->path);
	free(j->data);
}

/* Say whether a folder entry is a report candidate by its name. */
static bool
collect_is_json_name(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && strcasecmp(name + n - 5, ".json") == 0;
}

/* Say whether a folder entry is a report or an archive by its name. */
static bool
collect_is_wanted_name(const char *name)
{
	return collect_is_json_name(name) || arc_is_archive_name(name);
}

/* An archive being read: the walk's state and the archive's path. */
struct arcwalker {
	struct walker *wk;
	const char *path;
};

/* A report entry of an archive: queue its bytes (arc_visitor.entry). */
static void
collect_arc_entry(void *ctx, const char *name, char *data, size_t len)
{
	struct arcwalker *aw = ctx;
	struct walker *wk = aw->wk;
	struct job j = { -1, xasprintf("%s:%s", aw->path, name),
	    wk->c->next_seq++, wk->origin, data, len };

	workq_push(wk->q, &j);
}

/* An archive entry not used, or the archive given up (name NULL): reject
 * it as the next file in path order (arc_visitor.problem; takes the
 * lock). */
static void
collect_arc_problem(void *ctx, const char *name, enum arc_problem what,
    const char *detail)
{
	static const enum reject_reason why[] = {
		[ARC_OUTSIDE] = REJECT_OUTSIDE,
		[ARC_LINK] = REJECT_ARCHIVE_LINK,
		[ARC_NESTED] = REJECT_NESTED,
		[ARC_NOT_FILE] = REJECT_NOT_FILE,
		[ARC_TOO_LARGE] = REJECT_TOO_LARGE,
		[ARC_UNREADABLE] = REJECT_UNREADABLE,
		[ARC_BOMB] = REJECT_BOMB,
		[ARC_DAMAGED] = REJECT_BAD_ARCHIVE,
	};
	struct arcwalker *aw = ctx;
	struct collect *c = aw->wk->c;
	char *path = name != NULL ? xasprintf("%s:%s", aw->path, name) :
	    xstrdup(aw->path);

	pthread_mutex_lock(&c->lock);
	c->files++;
	collect_add_reject(c, path, why[what], detail, c->next_seq++);
	pthread_mutex_unlock(&c->lock);
	free(path);
}

/* Read the archive open as fd, known as path, on this thread, queueing
 * its report entries. */
static void
collect_archive(struct walker *wk, int fd, const char *path)
{
	struct arcwalker aw = { wk, path };
	struct arc_visitor v = { collect_is_json_name, collect_arc_entry,
	    collect_arc_problem, &aw, REPORT_MAX_BYTES };
	struct stat st;

	/* A path given is opened whatever it is: a FIFO or a device named
	 * like an archive is not read. */
	if (fstat(fd, &st) != 0)
		collect_reject_errno(wk->c, path, REJECT_UNREADABLE, errno,
		    wk->c->next_seq++);
	else if (!S_ISREG(st.st_mode))
		collect_reject_errno(wk->c, path, REJECT_NOT_FILE, 0,
		    wk->c->next_seq++);
	else
		arc_read_fd(fd, &v);
}

/* The walk found a candidate file: read it as an archive when it is
 * named like one, else queue it (walk_visitor.file). */
static void
collect_walk_file(void *ctx, int fd, char *path)
{
	struct walker *wk = ctx;
	const char *base = strrchr(path, '/');
	struct job j = { fd, path, 0, wk->origin, NULL, 0 };

	if (arc_is_archive_name(base != NULL ? base + 1 : path)) {
		collect_archive(wk, fd, path);
		close(fd);
		free(path);
		return;
	}
	j.seq = wk->c->next_seq++;
	workq_push(wk->q, &j);
}

/* The walk could not use path: reject it as the next file in path order
 * (walk_visitor.problem; takes the lock). */
static void
collect_walk_problem(void *ctx, const char *path, enum walk_problem what,
    int err)
{
	struct collect *c = ((struct walker *)ctx)->c;
	enum reject_reason why = what == WALK_SYMLINK ? REJECT_SYMLINK :
	    what == WALK_NOT_FILE ? REJECT_NOT_FILE :
	    what == WALK_TOO_DEEP ? REJECT_TOO_DEEP : REJECT_UNREADABLE;

	collect_reject_errno(c, path, why, err, c->next_seq++);
}

void
collect_paths(struct collect *c, char *const *paths, size_t n)
{
	size_t nw = (size_t)c->opt.threads;
	struct worker *w = xcalloc(nw, sizeof *w);
	void **ctx = xcalloc(nw, sizeof *ctx);
	struct walker wk = { c, NULL, 0 };
	struct walk_visitor v = { collect_is_wanted_name, collect_walk_file,
	    collect_walk_problem, &wk };

	for (size_t i = 0; i < nw; i++) {
		w[i] = (struct worker){ c, collect_arena(c),
		    xmalloc(REPORT_MAX_BYTES + 2), jdoc_new() };
		ctx[i] = &w[i];
	}
	/* The workers count into c->origins: it grows before they start. */
	c->origins = xgrow(c->origins, &c->cap_origins, c->n_origins + n,
	    sizeof *c->origins);
	wk.q = workq_start(sizeof(struct job), nw, ctx, collect_job);
	for (size_t i = 0; i < n; i++) {
		wk.origin = c->n_origins;
		c->origins[c->n_origins++] = (struct origin){ xstrdup(paths[i]),
		    0 };
		walk_path(paths[i], &v);
	}
	workq_finish(wk.q);
	for (size_t i = 0; i < nw; i++) {
		free(w[i].buf);
		jdoc_free(w[i].doc);
	}
	free(ctx);
	free(w);
}

/* The translated sentence for a rejected file. */
static char *
collect_reason_text(enum reject_reason why, const char *detail)
{
	const char *phrase = reject_text(why);

	if (detail == NULL)
		return xstrdup(phrase);
	/* TRANSLATORS: why a report file was not used, then a sentence
	 * (or a system error) saying more. */
	return xasprintf(_("%s: %s"), phrase, detail);
}

/* Sort rejected files into path order. */
static int
collect_reject_cmp(const void *a, const void *b)
{
	const struct reject *x = a, *y = b;

	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
collect_finish_rejects(struct collect *c, struct collect_summary *s)
{
	if (c->n_rejects > 1)
		qsort(c->rejects, c->n_rejects, sizeof *c->rejects,
		    collect_reject_cmp);
	s->rejected = xcalloc(c->n_rejects + 1, sizeof *s->rejected);
	s->n_rejected = c->n_rejects;
	for (size_t i = 0; i < c->n_rejects; i++) {
		struct reject *r = &c->rejects[i];

		s->rejected[i].path = r->path;
		s->rejected[i].code = reject_code(r->why);
		s->rejected[i].reason = collect_reason_text(r->why, r->detail);
		free(r->detail);
	}
	free(c->rejects);
	c->rejects = NULL;
}

void
collect_finish_origins(struct collect *c, struct collect_summary *s)
{
	s->empty = xcalloc(c->n_origins + 1, sizeof *s->empty);
	for (size_t i = 0; i < c->n_origins; i++) {
		if (c->origins[i].found == 0)
			s->empty[s->n_empty++] = c->origins[i].path;
		else
			free(c->origins[i].path);
	}
	free(c->origins);
	c->origins = NULL;
}
