/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fsutil: the file-system work that must be done carefully: atomic
 * replacement of a file without following links (a shared folder is
 * written by others), writing to what a command line names, XDG
 * directories, and an advisory lock.
 */
#ifndef JAGAAKUN_FSUTIL_H
#define JAGAAKUN_FSUTIL_H

#include <stdbool.h>
#include <stdio.h>

/* Writes the content of a file to f; returns 0 or a negative errno. */
typedef int (*fs_writer)(FILE *f, void *ctx);

/* How fs_write_file treats the file (bits to or together). */
enum fs_write_flags {
	FS_SHARED = 1 << 0,	/* mode 0666 less the umask (0644 usually),
				 * for a file others read; else 0600 */
	FS_NEW = 1 << 1,	/* never replace: -EEXIST when the name is
				 * taken by anything at all */
};

/*
 * Replace path with what writer writes, atomically and without following
 * a link, so that it is safe in a folder others can write (a shared
 * report folder).  The folder of path is opened once and everything
 * after is relative to it: the temp "<name>.tmp.XXXXXX" is created with
 * O_CREAT|O_EXCL|O_NOFOLLOW (mode 0600, or 0666 less the umask with
 * FS_SHARED), written, fflushed, checked with ferror, fsynced and closed,
 * then renamed over name, and the folder is fsynced.
 *
 * Only a regular file of the effective user is ever replaced: when name
 * is a symbolic link (dangling or not), a folder, a device, a FIFO or
 * another user's file, nothing is written and -EEXIST is returned.  With
 * FS_NEW any existing name gives -EEXIST, and the file is put in place
 * with link(), which fails rather than replace what appeared meanwhile.
 *
 * A drop-box folder (mode 1733: others may create files but not list
 * them) works: the folder is then opened for lookups only (O_PATH) and
 * cannot be fsynced, so the new name is as durable as the file system
 * makes it; the file's content is fsynced all the same.
 *
 * On any error the temp file is removed, path is untouched and a negative
 * errno is returned (ENOSPC from a full disk included).  The one
 * exception: when only the final fsync of the folder fails, path already
 * holds the new content and that error is still returned, because the
 * change may not survive a crash.
 */
int fs_write_file(const char *path, unsigned flags, fs_writer writer,
    void *ctx);

/* fs_write_file(path, 0, writer, ctx): a private file, mode 0600. */
int fs_write_atomic(const char *path, fs_writer writer, void *ctx);

/*
 * Write to path as the user named it on a command line (-o FILE):
 *   - a device, FIFO or socket is opened and written in place (no temp
 *     file, no rename: /dev/null stays a device), without fsync;
 *   - a missing name or a regular file gets fs_write_file(flags);
 *   - a symbolic link is followed when it belongs to the user or to root
 *     (as cp follows it), and what it names is treated as above; another
 *     user's link is refused (-EEXIST), as the kernel refuses it in a
 *     sticky folder; a dangling link gives -ENOENT;
 *   - a folder gives -EISDIR.
 * Returns 0 or a negative errno.
 */
int fs_write_output(const char *path, unsigned flags, fs_writer writer,
    void *ctx);

/* Remove "<path>.tmp.*" files a crash may have left beside path (no link
 * is followed: path names the file itself). */
void fs_remove_stale_temps(const char *path);

/*
 * The absolute name of path with no symbolic link in it: realpath(path)
 * when path exists (a link is followed to its file), else realpath of
 * its folder joined with its last part.  Sets *out (caller frees) and
 * returns 0, or a negative errno: -ENOENT when path is a link to nothing
 * or its folder is missing.
 */
int fs_resolve(const char *path, char **out);

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
 * separate file, because renaming the data file swaps its inode).  The
 * lock file is created mode 0600 and opened with O_NOFOLLOW: a lock file
 * that is a symbolic link or not a regular file is never used (-EEXIST),
 * so a planted link cannot make us create a file elsewhere.  Returns the
 * lock's file descriptor, -EWOULDBLOCK when another process holds it, or
 * another negative errno.
 */
int fs_lock(const char *path);

/*
 * Like fs_lock, but a shared lock, for a reader: readers do not keep each
 * other out, a writer's fs_lock keeps them out (-EWOULDBLOCK) and theirs
 * keeps it out.  An existing lock file is opened read-only, so this works
 * in a folder the user cannot write; when the lock file is missing and
 * cannot be created there, the errno says why (-EACCES, -EROFS).
 */
int fs_lock_shared(const char *path);

/* Release a lock taken with fs_lock (fd < 0 is ignored). */
void fs_unlock(int fd);

/* Copy of the folder part of path ("." when it has none). */
char *fs_dirname(const char *path);

/* A new string: name in the folder dir, joined with this system's
 * separator ('/'; on Windows '\', none added after one that ends dir). */
char *fs_join(const char *dir, const char *name);

/* Say whether path itself is a symbolic link (on Windows: any reparse
 * point, a junction included), dangling or not; nothing is followed. */
bool fs_is_link(const char *path);

/* Who may change the folder dir (fs_folder_owner). */
enum fs_folder_owner {
	FS_FOLDER_MINE,		/* the user's, and only the user can write it */
	FS_FOLDER_OTHER_OWNER,	/* another user's */
	FS_FOLDER_OTHERS_WRITE,	/* the user's, but others can write it */
};

/*
 * Look at who owns the folder dir and who may write it (POSIX: its owner
 * and the group and other write bits, *mode getting its permission bits;
 * Windows: the folder's owner must be the user, or the Administrators
 * group for an administrator; *mode is 0).  Returns an
 * enum fs_folder_owner, or a negative errno when dir cannot be looked at.
 */
int fs_folder_owner(const char *dir, unsigned *mode);

/*
 * Give the file from the name to, only if to is free: never replaces
 * anything (POSIX: link then unlink; Windows: MoveFileExW without
 * MOVEFILE_REPLACE_EXISTING).  Returns 0, -EEXIST when to is taken, or
 * another negative errno; from is left in place on failure.
 */
int fs_move_new(const char *from, const char *to);

/* Say whether path is absolute: "/..." on POSIX; on Windows a drive path
 * ("C:\\..." or "C:/...") or a UNC share ("\\\\server\\share\\..."). */
bool fs_is_absolute(const char *path);

/* How an absolute path is written here, for a message that asks for one
 * ("... must be an absolute path, %s"): untranslated (N_), the caller
 * translates it. */
const char *fs_absolute_form(void);

/*
 * Where the installation keeps dir (the compiled-in LOCALEDIR or
 * CONTENTDIR): dir itself when it is absolute (always on POSIX), else dir
 * in the folder of the program file (Windows: beside jagaakun.exe).  The
 * string lives until the program ends.
 */
const char *fs_program_path(const char *dir);

/* The site settings' default file: /etc/jagaakun/site.cfg on POSIX,
 * %PROGRAMDATA%\\jagaakun\\site.cfg on Windows.  Lives until the end. */
const char *fs_site_default(void);

/* The folder for temporary files: $TMPDIR when absolute, else /tmp
 * (Windows: GetTempPath).  Lives until the program ends. */
const char *fs_temp_dir(void);

#endif
