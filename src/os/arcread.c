/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * arcread: archives read entry by entry with libarchive (see arcread.h).
 *
 * Every entry's size is counted before its data is expanded: the size
 * its header declares (tar always has one; zip's central directory,
 * which libarchive reads when it can seek, as it can in a file or in
 * memory), else the bytes as they come.  libarchive's own count of the
 * bytes it has expanded (filter 0) is looked at too, so that data passed
 * over without being read counts as well.
 */
#include "config.h"
#include "os/arcread.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "base/xalloc.h"

/* Bytes read at once from an entry whose size is not known. */
#define ARC_CHUNK (64 * 1024)

/* One archive being read. */
struct arc {
	struct archive *a;
	const struct arc_visitor *v;
	uint64_t disk;		/* the archive's own size */
	uint64_t limit;		/* the most it may expand to */
	uint64_t counted;	/* what its entries add up to so far */
	uint64_t entries;
	bool stopped;		/* refused as a whole */
};

bool
arc_is_archive_name(const char *name)
{
	static const char *const ends[] = { ".zip", ".tar", ".tar.gz",
	    ".tgz" };
	size_t n = strlen(name);

	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		size_t e = strlen(ends[i]);

		if (n > e && strcasecmp(name + n - e, ends[i]) == 0)
			return true;
	}
	return false;
}

/* Give the archive up with what (ARC_BOMB or ARC_DAMAGED). */
static void
arc_stop(struct arc *r, enum arc_problem what, const char *detail)
{
	r->v->problem(r->v->ctx, NULL, what, detail);
	r->stopped = true;
}

/* Give the archive up as damaged, with libarchive's message. */
static void
arc_damaged(struct arc *r)
{
	const char *msg = archive_error_string(r->a);

	arc_stop(r, ARC_DAMAGED, msg != NULL ? msg : _("not an archive"));
}

/* Count bytes more of expanded data (and, with entry, one more entry);
 * say whether the archive is still within its limits, giving it up as a
 * bomb when not. */
static bool
arc_count(struct arc *r, uint64_t bytes, bool entry)
{
	int64_t expanded = archive_filter_bytes(r->a, 0);
	uint64_t seen;
	char *detail;

	if (entry)
		r->entries++;
	r->counted += bytes > ARC_MAX_BYTES ? ARC_MAX_BYTES + 1 : bytes;
	seen = r->counted;
	if (expanded > 0 && (uint64_t)expanded > seen)
		seen = (uint64_t)expanded;
	if (r->entries > ARC_MAX_ENTRIES) {
		/* TRANSLATORS: why an archive was not read to its end. */
		detail = xasprintf(_("more than %llu entries"),
		    (unsigned long long)ARC_MAX_ENTRIES);
	} else if (seen > r->limit) {
		/* TRANSLATORS: why an archive was not read to its end: it
		 * would expand to more than the first figure, in bytes,
		 * from the second, its size on disk. */
		detail = xasprintf(_("it expands to more than %llu bytes "
		    "from %llu"), (unsigned long long)r->limit,
		    (unsigned long long)r->disk);
	} else
		return true;
	arc_stop(r, ARC_BOMB, detail);
	free(detail);
	return false;
}

/* Say whether an entry's path stays inside the archive: not absolute,
 * no drive letter, no ".." part (with '/' or '\' between parts). */
static bool
arc_inside(const char *path)
{
	const char *p = path;

	if (p[0] == '/' || p[0] == '\\' || (p[0] != '\0' && p[1] == ':'))
		return false;
	while (*p != '\0') {
		size_t n = strcspn(p, "/\\");

		if (n == 2 && p[0] == '.' && p[1] == '.')
			return false;
		p += n;
		if (*p != '\0')
			p++;
	}
	return true;
}

/* Say whether a part of path is hidden: one that starts with '.' but is
 * not "." itself. */
static bool
arc_hidden(const char *path)
{
	const char *p = path;

	while (*p != '\0') {
		size_t n = strcspn(p, "/\\");

		if (n > 1 && p[0] == '.')
			return true;
		p += n;
		if (*p != '\0')
			p++;
	}
	return false;
}

/* The base name of path (after its last '/' or '\'; a trailing one
 * leaves ""). */
static const char *
arc_base(const char *path)
{
	const char *s = strrchr(path, '/'), *b = strrchr(path, '\\');

	if (b != NULL && (s == NULL || b > s))
		s = b;
	return s != NULL ? s + 1 : path;
}

/* Read through the rest of the current entry, counting it; say whether
 * the archive is still usable. */
static bool
arc_drain(struct arc *r)
{
	char scratch[4096];
	la_ssize_t n;

	while ((n = archive_read_data(r->a, scratch, sizeof scratch)) > 0)
		if (!arc_count(r, (uint64_t)n, false))
			return false;
	if (n == ARCHIVE_FATAL) {
		arc_damaged(r);
		return false;
	}
	return true;	/* what is left of a damaged entry is passed over */
}

/* Read the data of the current entry, a wanted regular file named
 * path; hand it over or report why not. */
static void
arc_read_entry(struct arc *r, struct archive_entry *e, const char *path)
{
	const struct arc_visitor *v = r->v;
	bool known = archive_entry_size_is_set(e) != 0;
	size_t len = 0, cap;
	char *buf;
	la_ssize_t n;

	if (known && archive_entry_size(e) > (la_int64_t)v->max_entry) {
		v->problem(v->ctx, path, ARC_TOO_LARGE, NULL);
		return;
	}
	/* Room for one byte more than the size (the read that says the
	 * end has come finds room) and the NUL. */
	cap = known ? (size_t)archive_entry_size(e) + 2 : ARC_CHUNK;
	buf = xmalloc(cap);
	for (;;) {
		if (len + 1 == cap) {
			if (len > v->max_entry)
				break;	/* one byte past the limit is in */
			cap = cap > v->max_entry / 2 ? v->max_entry + 2 : cap * 2;
			buf = xrealloc(buf, cap);
		}
		n = archive_read_data(r->a, buf + len, cap - 1 - len);
		if (n == 0)
			break;
		if (n < 0) {
			const char *msg = archive_error_string(r->a);

			if (n == ARCHIVE_FATAL)
				arc_damaged(r);
			else
				v->problem(v->ctx, path, ARC_UNREADABLE, msg);
			free(buf);
			return;
		}
		len += (size_t)n;
		/* A declared size was counted at the header. */
		if (!known && !arc_count(r, (uint64_t)n, false)) {
			free(buf);
			return;
		}
	}
	if (len > v->max_entry) {
		free(buf);
		v->problem(v->ctx, path, ARC_TOO_LARGE, NULL);
		if (!known)
			arc_drain(r);
		return;
	}
	buf[len] = '\0';
	v->entry(v->ctx, path, buf, len);
}

/* Look at the entry just read: pass it over, refuse it, or read it. */
static void
arc_entry(struct arc *r, struct archive_entry *e)
{
	const struct arc_visitor *v = r->v;
	const char *path = archive_entry_pathname(e);
	mode_t type = archive_entry_filetype(e);
	const char *base;

	if (path == NULL)
		path = archive_entry_pathname_utf8(e);
	if (path == NULL) {
		v->problem(v->ctx, "?", ARC_UNREADABLE, NULL);
		return;
	}
	if (!arc_inside(path)) {
		v->problem(v->ctx, path, ARC_OUTSIDE, NULL);
		return;
	}
	if (arc_hidden(path))
		return;
	if (type == AE_IFLNK || archive_entry_hardlink(e) != NULL) {
		v->problem(v->ctx, path, ARC_LINK, NULL);
		return;
	}
	if (type == AE_IFDIR)
		return;
	base = arc_base(path);
	if (arc_is_archive_name(base))
		v->problem(v->ctx, path, ARC_NESTED, NULL);
	else if (!v->wanted(base)) {
		if (!archive_entry_size_is_set(e))
			arc_drain(r);
	} else if (type != AE_IFREG)
		v->problem(v->ctx, path, ARC_NOT_FILE, NULL);
	else
		arc_read_entry(r, e, path);
}

/* Read the archive opened in r->a (r->disk bytes) to its end. */
static void
arc_read(struct arc *r, int opened)
{
	struct archive_entry *e;
	int ret;

	r->limit = r->disk > ARC_MAX_BYTES / ARC_MAX_RATIO ? ARC_MAX_BYTES :
	    r->disk * ARC_MAX_RATIO;
	if (r->limit < ARC_FREE_BYTES)
		r->limit = ARC_FREE_BYTES;
	if (opened != ARCHIVE_OK) {
		arc_damaged(r);
		return;
	}
	while (!r->stopped) {
		int64_t before = archive_filter_bytes(r->a, 0);

		ret = archive_read_next_header(r->a, &e);
		if (ret == ARCHIVE_EOF)
			break;
		if (ret == ARCHIVE_FATAL || ret == ARCHIVE_RETRY ||
		    (ret == ARCHIVE_FAILED &&
		    archive_filter_bytes(r->a, 0) == before)) {
			arc_damaged(r);
			break;
		}
		if (!arc_count(r, ARC_ENTRY_COST + (archive_entry_size_is_set(e)
		    && archive_entry_size(e) > 0 ?
		    (uint64_t)archive_entry_size(e) : 0), true))
			break;
		if (ret == ARCHIVE_FAILED) {
			const char *path = archive_entry_pathname(e);

			r->v->problem(r->v->ctx, path != NULL ? path : "?",
			    ARC_UNREADABLE, archive_error_string(r->a));
			continue;
		}
		arc_entry(r, e);
	}
}

/* A reader of the formats and filters wanted, or NULL (out of memory,
 * or libarchive, loaded on first use (src/lazylib.c), is not installed:
 * the archive is refused, with the reason). */
static struct archive *
arc_new(const struct arc_visitor *v)
{
	struct archive *a;

	errno = 0;
	if ((a = archive_read_new()) == NULL) {
		v->problem(v->ctx, NULL, ARC_DAMAGED,
		    strerror(errno != 0 ? errno : ENOMEM));
		return NULL;
	}
	archive_read_support_format_zip(a);
	archive_read_support_format_tar(a);
	archive_read_support_filter_gzip(a);
	return a;
}

void
arc_read_fd(int fd, const struct arc_visitor *v)
{
	struct arc r = { .a = arc_new(v), .v = v };
	struct stat st;

	if (r.a == NULL)
		return;
	if (fstat(fd, &st) == 0 && st.st_size > 0)
		r.disk = (uint64_t)st.st_size;
	arc_read(&r, archive_read_open_fd(r.a, fd, 64 * 1024));
	archive_read_free(r.a);
}

void
arc_read_memory(const void *data, size_t size, const struct arc_visitor *v)
{
	struct arc r = { .a = arc_new(v), .v = v, .disk = size };

	if (r.a == NULL)
		return;
	/* libarchive takes the buffer as writable but does not write it. */
	arc_read(&r, archive_read_open_memory(r.a, (void *)(uintptr_t)data,
	    size));
	archive_read_free(r.a);
}
