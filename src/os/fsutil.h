/*
 * fsutil: the file-system work that must be done carefully: atomic
 * replacement of a file, XDG directories, and an advisory lock.
 */
#ifndef JAGAAKUN_FSUTIL_H
#define JAGAAKUN_FSUTIL_H

#include <stdio.h>

/* Writes the content of a file to f; returns 0 or a negative errno. */
typedef int (*fs_writer)(FILE *f, void *ctx);

/*
 * Replace path with what writer writes, atomically: a temp file
 * "<path>.tmp.XXXXXX" in the same folder (mode 0600), fflush, check
 * ferror, fsync, fclose, rename over path, fsync the folder.  If path is a
 * symbolic link, the file it points to is replaced.  On any error the temp
 * file is removed, path is untouched, and a negative errno is returned
 * (ENOSPC from a full disk included).  The one exception: when only the
 * final fsync of the folder fails, path already holds the new content and
 * that error is still returned, because the change may not survive a crash.
 */
int fs_write_atomic(const char *path, fs_writer writer, void *ctx);

/* Remove "<path>.tmp.*" files a crash may have left beside path. */
void fs_remove_stale_temps(const char *path);

/*
 * The XDG base directory for kind ("state", "config", "data") joined with
 * "jagaakun": $XDG_STATE_HOME/jagaakun or ~/.local/state/jagaakun, etc.
 * Relative XDG values are ignored as the spec says; HOME falls back to the
 * password database.  Returns a new string, or NULL when no home is known.
 */
char *fs_xdg_dir(const char *kind);

/*
 * The folder for the files an official hands to the IT office (reports,
 * incident files), which they must be able to find: "jagaakun" in their
 * documents folder ($XDG_DOCUMENTS_DIR, else the XDG_DOCUMENTS_DIR of
 * xdg-user-dirs' user-dirs.dirs, else ~/Documents; the first that is an
 * existing folder other than the home), else the home folder itself.
 * Never a hidden folder.  The jagaakun folder may not exist yet
 * (fs_mkdir_p).  Returns a new string, or NULL when no home is known.
 */
char *fs_files_dir(void);

/* Create dir and its missing parents with mode (0700 for ours).
 * Returns 0 or a negative errno. */
int fs_mkdir_p(const char *dir, int mode);

/*
 * Take an exclusive, non-blocking lock on "<path>.lock" (flock on a
 * separate file, because renaming the data file swaps its inode).
 * Returns the lock's file descriptor, -EWOULDBLOCK when another process
 * holds it, or another negative errno.
 */
int fs_lock(const char *path);

/* Release a lock taken with fs_lock (fd < 0 is ignored). */
void fs_unlock(int fd);

/* Copy of the folder part of path ("." when it has none). */
char *fs_dirname(const char *path);

#endif
