/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * walk: folders walked without recursion, every file opened relative to
 * its folder (see walk.h).
 *
 * The folders being walked form a stack: each frame holds its folder's
 * sorted listing, read in full when the folder is entered, and how far
 * the walk has gone through it.  The walk always works in the top frame
 * and only needs its descriptor (and the first frame's, where reopening
 * starts).  At most WALK_KEEP_FDS frames keep theirs open; the lowest
 * ones give it up, and a frame the walk comes back to is opened again
 * one folder at a time from the nearest frame still open, each step
 * relative to its parent with O_NOFOLLOW, and checked to be the folder
 * that was listed.  When the process runs out of descriptors, every
 * frame but the first and the one in use gives its descriptor up and
 * the open is tried once more.
 */
#include "config.h"
#include "os/walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/xalloc.h"

/* Folder descriptors the walk keeps open at most (with more folders
 * than that on its stack, the lowest are reopened when needed). */
#define WALK_KEEP_FDS 16

/* A folder entry. */
struct walk_item {
	char *name;
	unsigned char type;	/* d_type; DT_UNKNOWN on some file systems */
};

/* A folder on the walk's stack. */
struct walk_frame {
	char *path;		/* as the caller sees it */
	struct walk_item *items;	/* sorted, hidden ones left out */
	size_t n, next;		/* entries, and the next one to look at */
	int err;		/* listing error, reported after the entries */
	int fd;			/* -1 while given up */
	dev_t dev;		/* which folder was listed */
	ino_t ino;
};

/* One walk: the visitor and the stack of folders (frames[0] is the
 * folder given; frames[i + 1] is an entry of frames[i]). */
struct walk {
	const struct walk_visitor *v;
	struct walk_frame *frames;
	size_t depth, cap;	/* frames on the stack; allocated */
	size_t open;		/* frames with a descriptor */
};

/* Sort folder entries by name, byte by byte (not by locale). */
static int
walk_item_cmp(const void *a, const void *b)
{
	return strcmp(((const struct walk_item *)a)->name,
	    ((const struct walk_item *)b)->name);
}

/* The entries of folder d, sorted, without hidden ones ("." and ".."
 * included); *err is set when the listing stopped early. */
static struct walk_item *
walk_list_dir(DIR *d, size_t *n, int *err)
{
	struct walk_item *items = NULL;
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
		qsort(items, *n, sizeof *items, walk_item_cmp);
	return items;
}

/* Join a folder and a name into a path. */
static char *
walk_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	return xasprintf("%s%s%s", dir, n > 0 && dir[n - 1] == '/' ? "" : "/",
	    name);
}

/* The d_type of name in folder dfd when readdir did not tell. */
static unsigned char
walk_type(int dfd, const char *name)
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

/* Report that path could not be opened (errno err): ELOOP from
 * O_NOFOLLOW means it has become a symbolic link. */
static void
walk_open_failed(const struct walk_visitor *v, const char *path, int err)
{
	if (err == ELOOP)
		v->problem(v->ctx, path, WALK_SYMLINK, 0);
	else
		v->problem(v->ctx, path, WALK_UNREADABLE, err);
}

/* Give up the descriptors of the lowest frames below frame keep (never
 * the first one's) until at most limit are open; say whether any was. */
static bool
walk_trim(struct walk *w, size_t keep, size_t limit)
{
	bool closed = false;

	for (size_t i = 1; i < keep && w->open > limit; i++)
		if (w->frames[i].fd >= 0) {
			close(w->frames[i].fd);
			w->frames[i].fd = -1;
			w->open--;
			closed = true;
		}
	return closed;
}

/* Open name in the folder of frame at (open); when the process is out of
 * descriptors, give up all but that frame's and the first's and try once
 * more.  A descriptor, or -1 with errno set. */
static int
walk_openat(struct walk *w, size_t at, const char *name, int flags)
{
	int fd = openat(w->frames[at].fd, name, flags);

	if (fd < 0 && (errno == EMFILE || errno == ENFILE) &&
	    walk_trim(w, at, at > 0 ? 2 : 1))
		fd = openat(w->frames[at].fd, name, flags);
	return fd;
}

/* The name of frame i (i > 0) in its parent's listing: the entry the
 * parent's walk stepped into last. */
static const char *
walk_frame_name(const struct walk *w, size_t i)
{
	const struct walk_frame *parent = &w->frames[i - 1];

	return parent->items[parent->next - 1].name;
}

/*
 * Open the top frame's folder again: each frame from the nearest one
 * still open up to the top, relative to the one below it.  Returns 0, or
 * an errno value (ENOENT when a folder there is no longer the one that
 * was listed).
 */
static int
walk_reopen(struct walk *w)
{
	size_t top = w->depth - 1, i = top;
	struct stat st;

	while (w->frames[i - 1].fd < 0)
		i--;
	for (; i <= top; i++) {
		struct walk_frame *f = &w->frames[i];
		int fd = walk_openat(w, i - 1, walk_frame_name(w, i),
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

		if (fd < 0)
			return errno;
		if (fstat(fd, &st) != 0 || st.st_dev != f->dev ||
		    st.st_ino != f->ino) {
			close(fd);
			return ENOENT;
		}
		f->fd = fd;
		w->open++;
		walk_trim(w, i, WALK_KEEP_FDS);
	}
	return 0;
}

/* Put the folder open as fd (taken over), known as path (taken over), on
 * the stack with its listing; a folder that cannot be listed is reported
 * instead. */
static void
walk_push(struct walk *w, int fd, char *path)
{
	struct walk_frame *f;
	struct stat st;
	int lfd = -1;
	DIR *d;

	/* The listing reads through a descriptor of its own, so that fd
	 * stays open for the entries. */
	w->frames = xgrow(w->frames, &w->cap, w->depth + 1, sizeof *w->frames);
	f = &w->frames[w->depth];
	*f = (struct walk_frame){ .path = path, .fd = fd };
	w->depth++;
	w->open++;
	if (fstat(fd, &st) != 0 ||
	    (lfd = walk_openat(w, w->depth - 1, ".",
	    O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
	    (d = fdopendir(lfd)) == NULL) {
		int err = errno;

		if (lfd >= 0)
			close(lfd);
		w->v->problem(w->v->ctx, path, WALK_UNREADABLE, err);
		close(fd);
		free(path);
		w->depth--;
		w->open--;
		return;
	}
	f->dev = st.st_dev;
	f->ino = st.st_ino;
	f->items = walk_list_dir(d, &f->n, &f->err);
	closedir(d);
	walk_trim(w, w->depth - 1, WALK_KEEP_FDS);
}

/* Take the top frame off the stack, reporting its listing error. */
static void
walk_pop(struct walk *w)
{
	struct walk_frame *f = &w->frames[--w->depth];

	if (f->err != 0)
		w->v->problem(w->v->ctx, f->path, WALK_UNREADABLE, f->err);
	for (size_t i = 0; i < f->n; i++)
		free(f->items[i].name);
	free(f->items);
	free(f->path);
	if (f->fd >= 0) {
		close(f->fd);
		w->open--;
	}
}

/* Look at the next entry of the top frame: enter a folder, hand over a
 * wanted file, report a symbolic link or a folder too deep, leave other
 * files alone. */
static void
walk_entry(struct walk *w)
{
	size_t top = w->depth - 1;
	struct walk_frame *f = &w->frames[top];
	const struct walk_item *it = &f->items[f->next++];
	const struct walk_visitor *v = w->v;
	char *path = walk_join(f->path, it->name);
	unsigned char type = it->type;
	int fd;

	if (type == DT_UNKNOWN)
		type = walk_type(f->fd, it->name);
	if (type == DT_DIR && top >= WALK_MAX_DEPTH)
		v->problem(v->ctx, path, WALK_TOO_DEEP, 0);
	else if (type == DT_DIR) {
		fd = walk_openat(w, top, it->name,
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd >= 0) {
			walk_push(w, fd, path);
			return;
		}
		walk_open_failed(v, path, errno);
	} else if (type == DT_LNK)
		v->problem(v->ctx, path, WALK_SYMLINK, 0);
	else if (!v->wanted(it->name))
		;	/* someone else's file */
	else if (type != DT_REG)
		v->problem(v->ctx, path, WALK_NOT_FILE, 0);
	else if ((fd = walk_openat(w, top, it->name,
	    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)) >= 0) {
		v->file(v->ctx, fd, path);
		return;
	} else
		walk_open_failed(v, path, errno);
	free(path);
}

/* Walk the folder open as fd (taken over), known as path, to the end. */
static void
walk_tree(const struct walk_visitor *v, int fd, const char *path)
{
	struct walk w = { .v = v };

	walk_push(&w, fd, xstrdup(path));
	while (w.depth > 0) {
		struct walk_frame *f = &w.frames[w.depth - 1];
		int err;

		if (f->next == f->n)
			walk_pop(&w);
		else if (f->fd >= 0 || (err = walk_reopen(&w)) == 0)
			walk_entry(&w);
		else {
			/* Gone or replaced since it was listed: what is
			 * left of it is not looked at. */
			if (f->err == 0)
				f->err = err;
			f->next = f->n;
		}
	}
	free(w.frames);
}

void
walk_path(const char *path, const struct walk_visitor *v)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;

	if (fd < 0)
		v->problem(v->ctx, path, WALK_UNREADABLE, errno);
	else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
		walk_tree(v, fd, path);
	else
		v->file(v->ctx, fd, xstrdup(path));
}

/* Sort names byte by byte. */
static int
walk_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
walk_names(const char *dir, bool (*keep)(const char *name), char ***names,
    size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t cap = 0;
	int err;

	*names = NULL;
	*n = 0;
	if (d == NULL)
		return -errno;
	errno = 0;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") != 0 &&
		    strcmp(de->d_name, "..") != 0 && keep(de->d_name)) {
			*names = xgrow(*names, &cap, *n + 1, sizeof **names);
			(*names)[(*n)++] = xstrdup(de->d_name);
		}
		errno = 0;
	}
	err = -errno;
	closedir(d);
	if (err != 0) {
		for (size_t i = 0; i < *n; i++)
			free((*names)[i]);
		free(*names);
		*names = NULL;
		*n = 0;
		return err;
	}
	if (*n > 1)	/* qsort wants an array, which none makes */
		qsort(*names, *n, sizeof **names, walk_name_cmp);
	return 0;
}
