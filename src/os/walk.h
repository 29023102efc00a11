/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * walk: the files under a path, folders walked recursively, opened one
 * by one for a caller that reads them.
 *
 * Folders are entered WALK_MAX_DEPTH levels deep at most: a folder
 * deeper than that is reported, not entered.  The walk keeps a bounded
 * number of descriptors open however deep it goes, and its own stack
 * does not grow with the depth.
 *
 * Inside a folder the entries are taken in byte order of their names
 * (not by locale), so every walk of the same tree sees the same order;
 * hidden entries (a leading '.') are left out.  Symbolic links inside a
 * folder are never followed, and every file and folder is opened
 * relative to the folder it was listed in, with O_NOFOLLOW: a folder
 * swapped for a link after it was listed cannot lead the walk elsewhere.
 * A path given to walk_path itself is used as given (a link to it is
 * followed).
 */
#ifndef JAGAAKUN_WALK_H
#define JAGAAKUN_WALK_H

#include <stdbool.h>
#include <stddef.h>

/* Levels of folders below a folder given to walk_path that are entered
 * (jagaakun(1) documents it). */
#define WALK_MAX_DEPTH 64

/* Why an entry was not handed to the caller as a file. */
enum walk_problem {
	WALK_SYMLINK,		/* a symbolic link inside a folder */
	WALK_NOT_FILE,		/* a wanted name that is not a regular file */
	WALK_UNREADABLE,	/* could not be opened, or a folder listed */
	WALK_TOO_DEEP,		/* a folder more than WALK_MAX_DEPTH levels down */
};

/* What the walk calls; ctx is passed back to file and problem. */
struct walk_visitor {
	/* Say whether a file of this name inside a folder is wanted; the
	 * others are left alone, unless they are symbolic links. */
	bool (*wanted)(const char *name);
	/* A file opened read-only (O_NONBLOCK, O_CLOEXEC); the callee
	 * closes fd and frees path. */
	void (*file)(void *ctx, int fd, char *path);
	/* An entry not used, with an errno value or 0. */
	void (*problem)(void *ctx, const char *path, enum walk_problem what,
	    int err);
	void *ctx;
};

/*
 * Walk path: a folder is walked recursively, anything else is opened and
 * handed to v->file whatever its name and type.  Entries are reported in
 * walk order, each folder's listing error after its entries.
 */
void walk_path(const char *path, const struct walk_visitor *v);

/*
 * The names in the folder dir that keep says to keep, in byte order (as
 * scandir with strcmp, "." and ".." never kept): *names gets a new array
 * of *n new strings (caller frees each and the array).  Returns 0 or a
 * negative errno (-ENOENT when dir is missing).
 */
int walk_names(const char *dir, bool (*keep)(const char *name),
    char ***names, size_t *n);

#endif
