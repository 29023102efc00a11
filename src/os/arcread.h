/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * arcread: the files inside a .zip, .tar, .tar.gz or .tgz archive, read
 * with libarchive and handed one by one, in archive order, to a caller
 * that reads them, with the rules of a folder walk (walk.h):
 *
 * - An entry whose path has a hidden part (a leading '.'; "./" at the
 *   start does not count) is left out, unreported.
 * - An entry with an absolute path or a ".." part (or a drive letter,
 *   or a backslash ".."), whatever its name, is refused: ARC_OUTSIDE.
 * - A symbolic link or hard link entry, whatever its name, is refused
 *   (ARC_LINK), never followed; folders are passed over.
 * - An archive inside the archive (by its name) is refused, not opened
 *   (ARC_NESTED).
 * - Of the other entries, only those whose base name v->wanted takes are
 *   read; a wanted name that is not a regular file is ARC_NOT_FILE, one
 *   larger than v->max_entry bytes is ARC_TOO_LARGE (read no further
 *   than one byte past the limit).
 *
 * A bomb -- an archive that expands far beyond its size -- is refused as
 * a whole (ARC_BOMB) as soon as it is seen, before its data is expanded:
 * when the entries, each counted as ARC_ENTRY_COST bytes plus its size
 * (as declared in its header, or as read), add up to more than
 * ARC_MAX_RATIO times the archive's size (beyond the first
 * ARC_FREE_BYTES, which any archive may expand to), or to more than
 * ARC_MAX_BYTES; or when it holds more than ARC_MAX_ENTRIES entries.
 * What came before in the archive has been handed over already.  A
 * damaged archive, or a file that is none, is refused as a whole at the
 * point where it fails (ARC_DAMAGED, with libarchive's message).
 */
#ifndef JAGAAKUN_ARCREAD_H
#define JAGAAKUN_ARCREAD_H

#include <stdbool.h>
#include <stddef.h>

/* The limits above (jagaakun(1) documents them). */
#define ARC_MAX_RATIO 100
#define ARC_FREE_BYTES (64ULL * 1024 * 1024)
#define ARC_MAX_BYTES (64ULL * 1024 * 1024 * 1024)
#define ARC_MAX_ENTRIES 10000000ULL
#define ARC_ENTRY_COST 512

/* Why an entry, or the archive (name NULL), was not handed over. */
enum arc_problem {
	ARC_OUTSIDE,		/* an absolute path or one with ".." */
	ARC_LINK,		/* a symbolic or hard link */
	ARC_NESTED,		/* an archive inside the archive */
	ARC_NOT_FILE,		/* a wanted name that is no regular file */
	ARC_TOO_LARGE,		/* larger than max_entry */
	ARC_UNREADABLE,		/* its data could not be read */
	ARC_BOMB,		/* the archive: expands too far; stopped */
	ARC_DAMAGED,		/* the archive: damaged or none; stopped */
};

/* What the reader calls; ctx is passed back to entry and problem. */
struct arc_visitor {
	/* Say whether an entry of this base name is wanted. */
	bool (*wanted)(const char *name);
	/* A wanted entry's len bytes (len <= max_entry), with a NUL after
	 * them; the callee frees data.  name is the entry's path in the
	 * archive. */
	void (*entry)(void *ctx, const char *name, char *data, size_t len);
	/* An entry not used (name its path), or the archive given up
	 * (name NULL), with a sentence saying more or NULL. */
	void (*problem)(void *ctx, const char *name, enum arc_problem what,
	    const char *detail);
	void *ctx;
	size_t max_entry;	/* the largest entry read */
};

/* Say whether a file of this name is an archive the reader opens: .zip,
 * .tar, .tar.gz or .tgz, in any case. */
bool arc_is_archive_name(const char *name);

/* Read the archive open as fd (a regular file; left open) to its end or
 * its first fatal problem. */
void arc_read_fd(int fd, const struct arc_visitor *v);

/* The same for an archive of size bytes in memory. */
void arc_read_memory(const void *data, size_t size,
    const struct arc_visitor *v);

#endif
