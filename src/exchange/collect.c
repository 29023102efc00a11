/*
 * collect: many report files into one summary per work unit (see
 * collect.h).
 *
 * The calling thread walks the paths, opens every candidate file (so a
 * folder swapped for a symbolic link after it was listed cannot lead the
 * walk elsewhere) and queues the descriptors; worker threads read each
 * file once into their own buffer, parse it and reduce it to a compact
 * entry in their own arena, then merge the entry into the shared table
 * under one lock.  Parsing dominates, so the lock is rarely contended.
 * Every file gets a sequence number in path order, which makes the
 * result the same whatever order the threads finish in.
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

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "exchange/export.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/jdoc.h"
#include "model/quiz.h"
#include "base/xalloc.h"

#define COLLECT_QUEUE 64		/* descriptors waiting for a worker */
#define COLLECT_CHUNK (1024 * 1024)	/* arena chunk */
#define COLLECT_AHEAD 8			/* entries prefetched ahead */
#ifdef __GNUC__
#define COLLECT_PREFETCH(p) __builtin_prefetch(p)
#else
#define COLLECT_PREFETCH(p) ((void)(p))
#endif
#define COLLECT_DAY 86400

/* One module of one entry. */
struct entry_module {
	uint32_t module;	/* index into collect.modules */
	uint32_t finished, total;
	bool required;
};

/* The arenas that hold the entries, kept by the summary, whose officials
 * point into them. */
struct collect_store {
	struct arena **arenas;
	size_t n;
};

/* What the summary needs of one report. */
struct entry {
	char *nip, *name, *unit, *path;
	time_t exported;
	uint64_t seq;
	bool compliant;
	uint16_t quiz_score, quiz_total;	/* total 0: no quiz */
	size_t n_modules;
	struct entry_module *modules;
};

struct gmodule {
	char *id, *title;
	size_t index;		/* where it was added */
	uint64_t seq;		/* first report that has it ... */
	size_t pos;		/* ... and its place there */
	bool required;
};

struct reject {
	char *path;
	enum reject_reason why;
	char *detail;
	uint64_t seq;
};

struct dup {
	struct entry *e;
};

/* An incident with its place in path order. */
struct pincident {
	struct collect_incident inc;
	uint64_t seq;
};

/* An entry with its unit, while the summary is made. */
struct keyed {
	struct entry *e;
	size_t unit;		/* a group, then a unit of the summary */
	uint64_t head;		/* collect_name_head of the name */
};

/* A work unit while the summary is made: its grouping key, and the
 * entry first in path order, whose spelling names the unit. */
struct group {
	char *key;
	const struct entry *first;
};

/* The distinct units of the entries: open addressing by key. */
struct groups {
	struct group *all;
	size_t n, cap;
	size_t *slots;		/* index + 1 into all; 0 is empty */
	size_t n_slots;
};

/* A file opened by the walker, waiting for a worker. */
struct job {
	int fd;
	char *path;
	uint64_t seq;
};

struct queue {
	struct job jobs[COLLECT_QUEUE];
	size_t head, count;
	bool closed;
	pthread_cond_t not_empty, not_full;
};

struct worker;

struct collect {
	struct collect_options opt;
	char *unit_name;		/* the --unit value */
	char *unit_filter;		/* its grouping key */
	struct worker *inline_worker;	/* set when no thread could start */
	struct arena *own;		/* for collect_add */
	pthread_mutex_t lock;		/* guards everything below */
	struct queue q;
	uint64_t next_seq;
	size_t files, accepted, after_as_of;
	struct entry **table;		/* open addressing by NIP */
	size_t table_cap, table_n;
	struct gmodule *modules;
	size_t n_modules, cap_modules;
	struct reject *rejects;
	size_t n_rejects, cap_rejects;
	struct dup *dups;
	size_t n_dups, cap_dups;
	struct pincident *incidents;
	size_t n_incidents, cap_incidents;
	struct arena **arenas;		/* one per worker, kept to the end */
	size_t n_arenas, cap_arenas;
};

struct worker {
	struct collect *c;
	struct arena *arena;
	char *buf;
	struct jdoc *doc;	/* parsed into again for every file */
	pthread_t thread;
};

/* A new arena, owned by c until collect_finish. */
static struct arena *
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

/* A unit name with white space trimmed and runs of it made one space;
 * with fold, ASCII letters in lower case too (the grouping key). */
static char *
collect_unit_clean(const char *s, bool fold)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	bool space = false;

	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
			space = o != out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = false;
		if (fold && ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch - 'A' + 'a');
		*o++ = (char)ch;
	}
	*o = '\0';
	return out;
}

/* The grouping key of a unit name: case and spacing do not count. */
static char *
collect_unit_key(const char *s)
{
	return collect_unit_clean(s, true);
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
	pthread_cond_init(&c->q.not_empty, NULL);
	pthread_cond_init(&c->q.not_full, NULL);
	c->table_cap = 1024;
	c->table = xcalloc(c->table_cap, sizeof *c->table);
	return c;
}

/* FNV-1a of a NIP or a unit key. */
static size_t
collect_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return (size_t)h;
}

/* The table slot that holds nip, or the empty one where it would go. */
static struct entry **
collect_slot(struct entry **table, size_t cap, const char *nip)
{
	size_t i = collect_hash(nip) & (cap - 1);

	while (table[i] != NULL && strcmp(table[i]->nip, nip) != 0)
		i = (i + 1) & (cap - 1);
	return &table[i];
}

/* Double the table when it is half full, so probes stay short. */
static void
collect_table_grow(struct collect *c)
{
	size_t cap = c->table_cap * 2;
	struct entry **t;

	if (c->table_n * 2 < c->table_cap)
		return;
	t = xcalloc(cap, sizeof *t);
	for (size_t i = 0; i < c->table_cap; i++)
		if (c->table[i] != NULL)
			*collect_slot(t, cap, c->table[i]->nip) = c->table[i];
	free(c->table);
	c->table = t;
	c->table_cap = cap;
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

/* The index of module id, added when new (lock held). */
static size_t
collect_module_index(struct collect *c, const struct report_module *m,
    uint64_t seq, size_t pos)
{
	struct gmodule *g;
	size_t i;

	for (i = 0; i < c->n_modules; i++)
		if (strcmp(c->modules[i].id, m->id) == 0)
			break;
	if (i == c->n_modules) {
		c->modules = xgrow(c->modules, &c->cap_modules, i + 1,
		    sizeof *c->modules);
		g = &c->modules[c->n_modules++];
		g->id = xstrdup(m->id);
		g->index = i;
		g->title = xstrdup(m->title ? m->title : m->id);
		g->seq = seq;
		g->pos = pos;
		g->required = false;
	}
	g = &c->modules[i];
	/* The first report in path order names the module, whichever
	 * thread got there first. */
	if (seq < g->seq) {
		free(g->title);
		g->title = xstrdup(m->title ? m->title : m->id);
		g->seq = seq;
		g->pos = pos;
	}
	g->required |= m->required;
	return i;
}

/* Reduce r to an entry in a; module indices are set later, under the
 * lock. */
static struct entry *
collect_entry(struct arena *a, const struct report *r, const char *path,
    uint64_t seq)
{
	struct entry *e = arena_alloc(a, sizeof *e, _Alignof(struct entry));

	e->nip = arena_strdup(a, r->profile.nip);
	e->name = arena_strdup(a, r->profile.name);
	e->unit = arena_strdup(a, r->profile.unit);
	e->path = arena_strdup(a, path);
	e->exported = r->exported;
	e->seq = seq;
	e->compliant = r->compliant;
	/* QUIZ_MAX_TOTAL fits 16 bits, and report_parse checks it. */
	e->quiz_score = r->quiz ? (uint16_t)r->quiz->score : 0;
	e->quiz_total = r->quiz ? (uint16_t)r->quiz->total : 0;
	e->n_modules = r->n_modules;
	e->modules = arena_alloc(a, r->n_modules * sizeof *e->modules,
	    _Alignof(struct entry_module));
	for (size_t i = 0; i < r->n_modules; i++) {
		const struct report_module *m = &r->modules[i];

		e->modules[i].finished = (uint32_t)(m->done + m->na);
		e->modules[i].total = (uint32_t)m->total;
		e->modules[i].required = m->required;
	}
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

/* Merge the entry e made from r: newest per NIP wins (takes the lock). */
static void
collect_merge(struct collect *c, struct entry *e, const struct report *r)
{
	struct entry **slot;

	pthread_mutex_lock(&c->lock);
	c->files++;
	c->accepted++;
	if (c->opt.as_of != 0 && e->exported > c->opt.as_of) {
		c->after_as_of++;
		pthread_mutex_unlock(&c->lock);
		return;
	}
	for (size_t i = 0; i < r->n_modules; i++)
		e->modules[i].module = (uint32_t)collect_module_index(c,
		    &r->modules[i], e->seq, i);
	slot = collect_slot(c->table, c->table_cap, e->nip);
	if (*slot == NULL) {
		*slot = e;
		c->table_n++;
		collect_table_grow(c);
	} else if (collect_is_newer(e, *slot)) {
		collect_add_dup(c, *slot);
		*slot = e;
	} else
		collect_add_dup(c, e);
	pthread_mutex_unlock(&c->lock);
}

void
collect_add(struct collect *c, const struct report *r, const char *path)
{
	if (c->own == NULL)
		c->own = collect_arena(c);
	collect_merge(c, collect_entry(c->own, r, path, c->next_seq++), r);
}

/* Keep incident inc from path unless it is after the as-of time (takes
 * the lock). */
static void
collect_add_incident(struct collect *c, const struct incident *inc,
    const char *path, uint64_t seq)
{
	const struct profile *p = &inc->profile;
	struct pincident *pi;

	pthread_mutex_lock(&c->lock);
	c->files++;
	if (c->opt.as_of == 0 || inc->time <= c->opt.as_of) {
		c->incidents = xgrow(c->incidents, &c->cap_incidents,
		    c->n_incidents + 1, sizeof *c->incidents);
		pi = &c->incidents[c->n_incidents++];
		pi->inc = (struct collect_incident){ inc->time, xstrdup(p->name),
		    xstrdup(p->nip), xstrdup(p->unit ? p->unit : ""),
		    inc->noticed, inc->money, xstrdup(path) };
		pi->seq = seq;
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

/* Read, parse and merge the file of job j, then close it. */
static void
collect_job(struct worker *w, struct job *j)
{
	enum reject_reason why;
	struct report *r = NULL;
	struct incident *inc = NULL;
	char *detail = NULL;
	size_t len;
	int err;

	why = collect_read_fd(j->fd, w->buf, &len, &err);
	close(j->fd);
	if (why == REJECT_OK) {
		why = report_parse(w->doc, w->buf, len, &r, &detail);
		if (why != REJECT_OK && why != REJECT_NOT_JSON)
			collect_try_incident(w->buf, len, &inc, &why, &detail);
	}
	if (inc != NULL) {
		collect_add_incident(w->c, inc, j->path, j->seq);
		incident_free(inc);
	} else if (why == REJECT_OK) {
		collect_merge(w->c, collect_entry(w->arena, r, j->path, j->seq), r);
		report_free(r);
	} else if (why == REJECT_NOT_REPORT &&
	    strncmp(w->buf, EXPORT_JSON_START, strlen(EXPORT_JSON_START)) == 0)
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
}

/* Take the next job; false when the walk is over and the queue empty. */
static bool
collect_pop(struct collect *c, struct job *j)
{
	struct queue *q = &c->q;

	pthread_mutex_lock(&c->lock);
	while (q->count == 0 && !q->closed)
		pthread_cond_wait(&q->not_empty, &c->lock);
	if (q->count == 0) {
		pthread_mutex_unlock(&c->lock);
		return false;
	}
	*j = q->jobs[q->head];
	q->head = (q->head + 1) % COLLECT_QUEUE;
	q->count--;
	/* Wake the walker when half the queue is free, not for every file:
	 * waking it once per file costs two context switches a file. */
	if (q->count == COLLECT_QUEUE / 2)
		pthread_cond_signal(&q->not_full);
	pthread_mutex_unlock(&c->lock);
	return true;
}

/* Queue an opened file for the workers; takes path. */
static void
collect_push(struct collect *c, int fd, char *path)
{
	struct queue *q = &c->q;

	if (c->inline_worker != NULL) {
		struct job j = { fd, path, c->next_seq++ };

		collect_job(c->inline_worker, &j);
		return;
	}
	pthread_mutex_lock(&c->lock);
	while (q->count == COLLECT_QUEUE)
		pthread_cond_wait(&q->not_full, &c->lock);
	q->jobs[(q->head + q->count) % COLLECT_QUEUE] =
	    (struct job){ fd, path, c->next_seq++ };
	q->count++;
	pthread_cond_signal(&q->not_empty);
	pthread_mutex_unlock(&c->lock);
}

/* A worker thread: run jobs until the queue is closed and empty. */
static void *
collect_worker(void *arg)
{
	struct worker *w = arg;
	struct job j;

	while (collect_pop(w->c, &j))
		collect_job(w, &j);
	return NULL;
}

/* Say whether a folder entry is a report candidate by its name. */
static bool
collect_is_json_name(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && strcasecmp(name + n - 5, ".json") == 0;
}

/* A folder entry. */
struct dir_item {
	char *name;
	unsigned char type;	/* d_type; DT_UNKNOWN on some file systems */
};

/* Sort folder entries by name, byte by byte (not by locale). */
static int
collect_item_cmp(const void *a, const void *b)
{
	return strcmp(((const struct dir_item *)a)->name,
	    ((const struct dir_item *)b)->name);
}

/* The entries of folder d, sorted, without hidden ones ("." and ".."
 * included); *err is set when the listing stopped early. */
static struct dir_item *
collect_list_dir(DIR *d, size_t *n, int *err)
{
	struct dir_item *items = NULL;
	struct dirent *de;
	size_t cap = 0;

	*n = 0;
	errno = 0;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] != '.') {
			items = xgrow(items, &cap, *n + 1, sizeof *items);
			items[*n].name = xstrdup(de->d_name);
			items[*n].type = de->d_type;
			(*n)++;
		}
		errno = 0;
	}
	*err = errno;
	if (*n > 0)
		qsort(items, *n, sizeof *items, collect_item_cmp);
	return items;
}

/* Reject path (takes the lock) as the next file in path order. */
static void
collect_walk_reject(struct collect *c, const char *path,
    enum reject_reason why, int err)
{
	pthread_mutex_lock(&c->lock);
	c->files++;
	collect_add_reject(c, path, why, err ? strerror(err) : NULL,
	    c->next_seq++);
	pthread_mutex_unlock(&c->lock);
}

/* Join a folder and a name into a path. */
static char *
collect_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	return xasprintf("%s%s%s", dir, n > 0 && dir[n - 1] == '/' ? "" : "/",
	    name);
}

/* The d_type of name in folder dfd when readdir did not tell. */
static unsigned char
collect_type(int dfd, const char *name)
{
	struct stat st;

	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return DT_UNKNOWN;
	if (S_ISDIR(st.st_mode))
		return DT_DIR;
	if (S_ISLNK(st.st_mode))
		return DT_LNK;
	return S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
}

static void collect_walk_dir(struct collect *c, int dfd, const char *dpath);

/* Look at one entry of folder dfd: walk a folder, queue a report file,
 * reject a symbolic link, leave other files alone. */
static void
collect_walk_entry(struct collect *c, int dfd, const char *dpath,
    const struct dir_item *it)
{
	char *path = collect_join(dpath, it->name);
	unsigned char type = it->type;
	int fd;

	if (type == DT_UNKNOWN)
		type = collect_type(dfd, it->name);
	if (type == DT_DIR) {
		fd = openat(dfd, it->name,
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd >= 0)
			collect_walk_dir(c, fd, path);
		else
			collect_walk_reject(c, path, errno == ELOOP ?
			    REJECT_SYMLINK : REJECT_UNREADABLE,
			    errno == ELOOP ? 0 : errno);
	} else if (type == DT_LNK)
		collect_walk_reject(c, path, REJECT_SYMLINK, 0);
	else if (!collect_is_json_name(it->name))
		;	/* not named like a report: someone else's file */
	else if (type != DT_REG)
		collect_walk_reject(c, path, REJECT_NOT_FILE, 0);
	else if ((fd = openat(dfd, it->name,
	    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)) >= 0) {
		collect_push(c, fd, path);
		return;
	} else
		collect_walk_reject(c, path, errno == ELOOP ? REJECT_SYMLINK :
		    REJECT_UNREADABLE, errno == ELOOP ? 0 : errno);
	free(path);
}

/* Walk the folder open as dfd (closed when done), known as dpath. */
static void
collect_walk_dir(struct collect *c, int dfd, const char *dpath)
{
	DIR *d = fdopendir(dfd);
	struct dir_item *items;
	size_t n;
	int err;

	if (d == NULL) {
		collect_walk_reject(c, dpath, REJECT_UNREADABLE, errno);
		close(dfd);
		return;
	}
	items = collect_list_dir(d, &n, &err);
	for (size_t i = 0; i < n; i++) {
		collect_walk_entry(c, dirfd(d), dpath, &items[i]);
		free(items[i].name);
	}
	free(items);
	closedir(d);
	if (err != 0)
		collect_walk_reject(c, dpath, REJECT_UNREADABLE, err);
}

/* Walk one path given by the user: a folder, or a file read whatever its
 * name (a symbolic link the user names is followed). */
static void
collect_walk_path(struct collect *c, const char *path)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;

	if (fd < 0)
		collect_walk_reject(c, path, REJECT_UNREADABLE, errno);
	else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
		collect_walk_dir(c, fd, path);
	else
		collect_push(c, fd, xstrdup(path));
}

void
collect_paths(struct collect *c, char *const *paths, size_t n)
{
	int nw = c->opt.threads;
	struct worker *w = xcalloc((size_t)nw, sizeof *w);
	int started = 0;

	c->q.closed = false;
	for (int i = 0; i < nw; i++) {
		w[i].c = c;
		w[i].arena = collect_arena(c);
		w[i].buf = xmalloc(REPORT_MAX_BYTES + 2);
		w[i].doc = jdoc_new();
		if (pthread_create(&w[i].thread, NULL, collect_worker, &w[i]) == 0)
			started++;
		else
			break;
	}
	/* Without any thread the walker does the reading itself. */
	c->inline_worker = started == 0 ? &w[0] : NULL;
	for (size_t i = 0; i < n; i++)
		collect_walk_path(c, paths[i]);
	pthread_mutex_lock(&c->lock);
	c->q.closed = true;
	pthread_cond_broadcast(&c->q.not_empty);
	pthread_mutex_unlock(&c->lock);
	for (int i = 0; i < nw; i++) {
		if (i < started)
			pthread_join(w[i].thread, NULL);
		free(w[i].buf);
		jdoc_free(w[i].doc);
	}
	free(w);
}

/* ASCII letters in lower case (the first order of collect_name_cmp). */
static int
collect_fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

/* The first 8 bytes of name as collect_name_cmp orders them, as one
 * number: names whose heads differ are sorted without reading them. */
static uint64_t
collect_name_head(const char *name)
{
	uint64_t h = 0;

	for (size_t i = 0; i < 8; i++) {
		h <<= 8;
		if (*name != '\0')
			h |= (uint64_t)collect_fold((unsigned char)*name++);
	}
	return h;
}

/* Compare ASCII letters ignoring case, then the bytes themselves. */
static int
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
	if (x->head != y->head)
		return x->head < y->head ? -1 : 1;
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

/* Move the modules into s in their final order; returns the map from
 * the order they were found in to that order. */
static size_t *
collect_finish_modules(struct collect *c, struct collect_summary *s)
{
	size_t *remap = xcalloc(c->n_modules + 1, sizeof *remap);

	if (c->n_modules > 1)	/* qsort must not get NULL, even for 0 */
		qsort(c->modules, c->n_modules, sizeof *c->modules,
		    collect_module_cmp);
	s->modules = xcalloc(c->n_modules + 1, sizeof *s->modules);
	s->n_modules = c->n_modules;
	for (size_t i = 0; i < c->n_modules; i++) {
		struct gmodule *g = &c->modules[i];

		remap[g->index] = i;
		s->modules[i] = (struct collect_module){ g->id, g->title,
		    g->required };
	}
	free(c->modules);
	c->modules = NULL;
	c->n_modules = 0;
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
    const struct keyed *k, const size_t *remap, struct arena *a)
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
	for (size_t i = 0; i < e->n_modules; i++) {
		const struct entry_module *m = &e->modules[i];
		size_t idx = remap[m->module];

		u->modules[idx].finished += m->finished;
		u->modules[idx].total += m->total;
		if (m->required && m->finished < m->total)
			o->lacks[o->n_lacks++] = idx;
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

/* Double the slots of g when they are half full. */
static void
collect_groups_grow(struct groups *g)
{
	size_t n = g->n_slots ? g->n_slots * 2 : 64;
	size_t *slots = xcalloc(n, sizeof *slots);

	for (size_t i = 0; i < g->n; i++) {
		size_t j = collect_hash(g->all[i].key) & (n - 1);

		while (slots[j] != 0)
			j = (j + 1) & (n - 1);
		slots[j] = i + 1;
	}
	free(g->slots);
	g->slots = slots;
	g->n_slots = n;
}

/* The group of e's unit, made when it is the first of its unit; the
 * group is named after the entry first in path order. */
static size_t
collect_group_of(struct groups *g, const struct entry *e)
{
	char *key = collect_unit_key(e->unit);
	size_t j;

	if (2 * (g->n + 1) > g->n_slots)
		collect_groups_grow(g);
	j = collect_hash(key) & (g->n_slots - 1);
	while (g->slots[j] != 0 && strcmp(g->all[g->slots[j] - 1].key, key) != 0)
		j = (j + 1) & (g->n_slots - 1);
	if (g->slots[j] == 0) {
		g->all = xgrow(g->all, &g->cap, g->n + 1, sizeof *g->all);
		g->all[g->n] = (struct group){ key, e };
		g->slots[j] = ++g->n;
		return g->n - 1;
	}
	free(key);
	if (e->seq < g->all[g->slots[j] - 1].first->seq)
		g->all[g->slots[j] - 1].first = e;
	return g->slots[j] - 1;
}

/* Sort groups by key. */
static int
collect_group_cmp(const void *a, const void *b)
{
	return strcmp((*(const struct group *const *)a)->key,
	    (*(const struct group *const *)b)->key);
}

/* Make the units of s from the groups g, in key order, and point each
 * of the n entries of k from its group to its unit. */
static void
collect_finish_units(struct collect_summary *s, const struct groups *g,
    struct keyed *k, size_t n)
{
	const struct group **order = xcalloc(g->n + 1, sizeof *order);
	size_t *rank = xcalloc(g->n + 1, sizeof *rank);

	for (size_t i = 0; i < g->n; i++)
		order[i] = &g->all[i];
	qsort(order, g->n, sizeof *order, collect_group_cmp);
	s->units = xcalloc(g->n + 1, sizeof *s->units);
	s->n_units = g->n;
	for (size_t r = 0; r < g->n; r++) {
		struct collect_unit *u = &s->units[r];

		rank[order[r] - g->all] = r;
		u->name = collect_unit_clean(order[r]->first->unit, false);
		u->modules = xcalloc(s->n_modules + 1, sizeof *u->modules);
	}
	for (size_t i = 0; i < n; i++)
		k[i].unit = rank[k[i].unit];
	free(rank);
	free(order);
}

/* Say whether e is of the unit --unit names. */
static bool
collect_in_filter(const struct collect *c, const struct entry *e)
{
	char *key = collect_unit_key(e->unit);
	bool in = strcmp(key, c->unit_filter) == 0;

	free(key);
	return in;
}

/* Group the newest reports into units (named as the first official in
 * path order wrote it) and list the officials. */
static void
collect_finish_officials(struct collect *c, struct collect_summary *s,
    const size_t *remap)
{
	struct keyed *k = xcalloc(c->table_n + 1, sizeof *k);
	struct groups g = { 0 };
	size_t n = 0;

	for (size_t i = 0; i < c->table_cap; i++) {
		struct entry *e = c->table[i];

		/* The entries lie all over memory: ask for one ahead. */
		if (i + COLLECT_AHEAD < c->table_cap &&
		    c->table[i + COLLECT_AHEAD] != NULL)
			COLLECT_PREFETCH(c->table[i + COLLECT_AHEAD]);
		if (e == NULL)
			continue;
		if (c->unit_filter != NULL && !collect_in_filter(c, e)) {
			s->other_units++;
			continue;
		}
		k[n++] = (struct keyed){ e, collect_group_of(&g, e),
		    collect_name_head(e->name) };
	}
	collect_finish_units(s, &g, k, n);
	qsort(k, n, sizeof *k, collect_by_unit_name);
	s->officials = xcalloc(n + 1, sizeof *s->officials);
	s->n_officials = n;
	for (size_t i = 0; i < n; i++) {
		if (i + COLLECT_AHEAD < n)
			COLLECT_PREFETCH(k[i + COLLECT_AHEAD].e);
		collect_finish_official(s, &s->officials[i], &k[i], remap,
		    c->own);
	}
	for (size_t i = 0; i < g.n; i++)
		free(g.all[i].key);
	free(g.all);
	free(g.slots);
	free(k);
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

/* Move the rejected files into s, in path order. */
static void
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
		const struct entry *kept = *collect_slot(c->table, c->table_cap,
		    e->nip);
		struct collect_duplicate *d;

		if (c->unit_filter != NULL) {
			char *key = collect_unit_key(kept->unit);
			bool other = strcmp(key, c->unit_filter) != 0;

			free(key);
			if (other)
				continue;
		}
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
		char *key = collect_unit_key(inc->unit);

		if (c->unit_filter == NULL || strcmp(key, c->unit_filter) == 0)
			s->incidents[s->n_incidents++] = *inc;
		else
			collect_incident_done(inc);
		free(key);
	}
	free(c->incidents);
	c->incidents = NULL;
}

/* Free what is left of c once the summary is made (the summary has
 * taken the arenas). */
static void
collect_free(struct collect *c)
{
	free(c->table);
	free(c->dups);
	free(c->unit_filter);
	pthread_cond_destroy(&c->q.not_empty);
	pthread_cond_destroy(&c->q.not_full);
	pthread_mutex_destroy(&c->lock);
	free(c);
}

struct collect_summary *
collect_finish(struct collect *c)
{
	struct collect_summary *s = xcalloc(1, sizeof *s);
	size_t *remap;

	s->generated = c->opt.now;
	s->as_of = c->opt.as_of;
	s->now = c->opt.as_of != 0 ? c->opt.as_of : c->opt.now;
	s->stale_days = c->opt.stale_days;
	s->unit_filter = c->unit_name;
	s->files = c->files;
	s->accepted = c->accepted;
	s->after_as_of = c->after_as_of;
	if (c->own == NULL)
		c->own = collect_arena(c);
	s->store = xcalloc(1, sizeof *s->store);
	s->store->arenas = c->arenas;
	s->store->n = c->n_arenas;
	remap = collect_finish_modules(c, s);
	collect_finish_officials(c, s, remap);
	collect_finish_rejects(c, s);
	collect_finish_dups(c, s);
	collect_finish_incidents(c, s);
	free(remap);
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
	for (size_t i = 0; i < s->n_units; i++) {
		free(s->units[i].name);
		free(s->units[i].modules);
	}
	for (size_t i = 0; i < s->n_rejected; i++) {
		free(s->rejected[i].path);
		free(s->rejected[i].reason);
	}
	for (size_t i = 0; i < s->n_incidents; i++)
		collect_incident_done(&s->incidents[i]);
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
	for (size_t i = 0; s->store != NULL && i < s->store->n; i++)
		arena_free(s->store->arenas[i]);
	if (s->store != NULL)
		free(s->store->arenas);
	free(s->store);
	free(s);
}

bool
collect_parse_as_of(const char *s, time_t *out)
{
	struct tm tm = { 0 }, want;
	const char *end;

	if (isotime_parse(s, out))
		return true;
	if (strlen(s) != 10 || (end = strptime(s, "%Y-%m-%d", &tm)) == NULL ||
	    *end != '\0')
		return false;
	tm.tm_hour = 23;
	tm.tm_min = 59;
	tm.tm_sec = 59;
	tm.tm_isdst = -1;
	want = tm;
	*out = mktime(&tm);
	/* mktime moves 2026-02-30 to March: such a date is not real. */
	return *out != (time_t)-1 && tm.tm_year == want.tm_year &&
	    tm.tm_mon == want.tm_mon && tm.tm_mday == want.tm_mday;
}
