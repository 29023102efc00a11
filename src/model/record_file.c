/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record_file: the record's file in its folder.  Opening makes the
 * folder, finds the file itself (a link is followed, once, here), checks
 * that the folder is the user's alone, takes the lock that keeps a second
 * jagaakun out (a shared one for a reader), and reads the file if there
 * is one; setting aside moves an unusable file out of the way under the
 * same lock.  See record_impl.h.
 */
#include "config.h"
#include "model/record_impl.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "os/fsutil.h"
#include "base/cfgread.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"

#define RECORD_FILE_ASIDE_TRIES 1000

/*
 * Open the file at r->path for reading.  Returns a stream, or NULL with
 * *err at 0 when there is no file yet (a first run), or a negative errno.
 * O_NONBLOCK keeps a FIFO in its place from hanging the program.
 */
static FILE *
record_file_open(struct record *r, struct diag *d, int *err)
{
	struct stat st;
	FILE *f;
	int fd;

	*err = 0;
	fd = open(r->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		if (errno != ENOENT) {
			*err = -errno;
			diag_add(d, r->path, 0, _("cannot read the record: %s"),
			    strerror(errno));
		}
		return NULL;
	}
	if (fstat(fd, &st) != 0 || (f = fdopen(fd, "r")) == NULL) {
		*err = -errno;
		diag_add(d, r->path, 0, _("cannot read the record: %s"),
		    strerror(errno));
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = S_ISDIR(st.st_mode) ? -EISDIR : -EINVAL;
		diag_add(d, r->path, 0, _("the record is not a regular file"));
		fclose(f);
		return NULL;
	}
	return f;
}

/* Read the file at r->path, if there is one, into r. */
static int
record_file_read(struct record *r, struct diag *d)
{
	config_t cfg;
	FILE *f;
	int err;

	if ((f = record_file_open(r, d, &err)) == NULL)
		return err;
	config_init(&cfg);
	err = cfgread_fd(&cfg, fileno(f), r->path, d);
	if (err == 0)
		err = record_read_parse(r, &cfg, r->path, d);
	else if (err != -EBADMSG)
		diag_add(d, r->path, 0, _("cannot read the record: %s"),
		    strerror(-err));
	config_destroy(&cfg);
	fclose(f);
	return err;
}

/* Create the folder of the record at path (0700) when it is missing. */
static int
record_file_mkdir(const char *path, struct diag *d)
{
	char *dir = fs_dirname(path);
	int err = fs_mkdir_p(dir, 0700);

	if (err != 0)
		diag_add(d, dir, 0, _("cannot create the folder: %s"),
		    strerror(-err));
	free(dir);
	return err;
}

/* Refuse a record that is a link to nothing: it would read as an empty
 * record, and then every save would fail. */
static int
record_file_dangling(const char *path, struct diag *d)
{
	struct stat st;

	if (!fs_is_link(path) || stat(path, &st) == 0 || errno != ENOENT)
		return 0;
	diag_add(d, path, 0, _("the record is a symbolic link to a file that "
	    "does not exist; restore that file or remove the link"));
	return -ENOENT;
}

/*
 * Check that the folder of path is the user's own and that nobody else
 * can write it: in a folder others can write, the record could be swapped
 * for a link between two saves, or a link planted as its lock file.
 */
static int
record_file_check_folder(const char *path, struct diag *d)
{
	char *dir = fs_dirname(path);
	unsigned mode;
	int err = 0, who = fs_folder_owner(dir, &mode);

	if (who < 0) {
		err = who;
		diag_add(d, dir, 0, _("cannot use the record folder: %s"),
		    strerror(-err));
	} else if (who == FS_FOLDER_OTHER_OWNER) {
		err = -EPERM;
		diag_add(d, dir, 0, _("the record folder belongs to another "
		    "user; jagaakun keeps a record only in a folder of your "
		    "own"));
	} else if (who == FS_FOLDER_OTHERS_WRITE) {
		err = -EPERM;
		diag_add(d, dir, 0, _("other users can change the record folder "
		    "(mode %04o); make it yours alone with chmod 700 and start "
		    "again"), mode);
	}
	free(dir);
	return err;
}

/*
 * Find the file the record at path is: *real gets its link-free absolute
 * name (caller frees), so that every way of naming one record takes the
 * one lock, and saves replace the file itself.  *real is NULL when the
 * record's folder does not exist.  The folder of the file, and the
 * folder of path when path is a link, must be private
 * (record_file_check_folder).
 */
static int
record_file_locate(const char *path, char **real, struct diag *d)
{
	int err;

	*real = NULL;
	if ((err = record_file_dangling(path, d)) != 0)
		return err;
	if ((err = fs_resolve(path, real)) != 0) {
		if (err == -ENOENT)
			return 0;
		diag_add(d, path, 0, _("cannot read the record: %s"),
		    strerror(-err));
		return err;
	}
	err = record_file_check_folder(*real, d);
	if (err == 0 && fs_is_link(path))
		err = record_file_check_folder(path, d);
	if (err != 0) {
		free(*real);
		*real = NULL;
	}
	return err;
}

/*
 * Lock the record at path: exclusively to write, shared to read.  A
 * reader that cannot create the lock file (a read-only folder or file
 * system) reads without a lock, -1: saves are atomic renames, so the file
 * it reads is whole either way.  Returns the lock, -1, or a negative
 * errno after saying why.
 */
static int
record_file_lock(const char *path, bool write, struct diag *d)
{
	int fd = write ? fs_lock(path) : fs_lock_shared(path);

	if (fd >= 0)
		return fd;
	if (!write && (fd == -EACCES || fd == -EROFS))
		return -1;
	if (fd == -EWOULDBLOCK)
		diag_add(d, NULL, 0, _("%s is already open in another "
		    "jagaakun window; close it first"), path);
	else if (fd == -EEXIST)
		diag_add(d, path, 0, _("the lock file %s.lock is a link or not a "
		    "regular file, so jagaakun does not use it; remove it and "
		    "start again"), path);
	else
		diag_add(d, path, 0, _("cannot lock the record: %s"),
		    strerror(-fd));
	return fd;
}

/* Open the record at path to write it, or only to read it. */
static int
record_file_open_as(const char *path, bool write, struct record **out,
    struct diag *d)
{
	struct record *r;
	char *real;
	int err, fd;

	*out = NULL;
	if (write && (err = record_file_mkdir(path, d)) != 0)
		return err;
	if ((err = record_file_locate(path, &real, d)) != 0)
		return err;
	if (real == NULL && write) {
		diag_add(d, path, 0, _("cannot read the record: %s"),
		    strerror(ENOENT));
		return -ENOENT;
	}
	if (real == NULL) {
		/* No folder yet, so no record: nothing to read, nothing made. */
		*out = record_new(path, -1);
		return 0;
	}
	if ((fd = record_file_lock(real, write, d)) < -1) {
		free(real);
		return fd;
	}
	if (write)
		fs_remove_stale_temps(real);
	r = record_new(real, fd);
	free(real);
	if ((err = record_file_read(r, d)) != 0) {
		record_close(r);
		return err;
	}
	*out = r;
	return 0;
}

/* Open the record at path. */
int
record_open(const char *path, struct record **out, struct diag *d)
{
	return record_file_open_as(path, true, out, d);
}

/* Open the record at path only to read it. */
int
record_open_read(const char *path, struct record **out, struct diag *d)
{
	return record_file_open_as(path, false, out, d);
}

/* Format now as the suffix of a set-aside name: YYYYMMDDTHHMMSSZ. */
static void
record_file_stamp(time_t now, char buf[ISOTIME_LEN])
{
	struct tm tm;

	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(buf, ISOTIME_LEN, "%Y%m%dT%H%M%SZ", &tm) == 0)
		strcpy(buf, "19700101T000000Z");
}

/*
 * Move path to the first free "<path>.broken-STAMP[-N]" (fs_move_new
 * never replaces a name that is taken, where rename() would).
 */
static int
record_file_move_aside(const char *path, char **aside)
{
	char stamp[ISOTIME_LEN];
	char *name;

	record_file_stamp(isotime_now(), stamp);
	for (int n = 0; n < RECORD_FILE_ASIDE_TRIES; n++) {
		name = n == 0 ? xasprintf("%s.broken-%s", path, stamp) :
		    xasprintf("%s.broken-%s-%d", path, stamp, n);
		int err = fs_move_new(path, name);

		if (err == 0) {
			*aside = name;
			return 0;
		}
		free(name);
		if (err != -EEXIST)
			return err;
	}
	return -EEXIST;
}

/* Set the unusable record at path aside. */
int
record_set_aside(const char *path, char **aside)
{
	char *real;
	int fd, err;

	*aside = NULL;
	/* The file itself, under the lock record_open takes. */
	if ((err = fs_resolve(path, &real)) != 0)
		return err;
	/* record_open released the lock; hold it again while moving. */
	if ((fd = fs_lock(real)) < 0) {
		free(real);
		return fd;
	}
	err = record_file_move_aside(real, aside);
	fs_unlock(fd);
	free(real);
	return err;
}
