/*
 * record_file: the record's file in its folder.  Opening makes the
 * folder, takes the lock that keeps a second jagaakun out, and reads the
 * file if there is one; setting aside moves an unusable file out of the
 * way under the same lock.  See record_impl.h.
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

/* Open the record at path. */
int
record_open(const char *path, struct record **out, struct diag *d)
{
	struct record *r;
	char *dir = fs_dirname(path);
	int err, fd;

	*out = NULL;
	err = fs_mkdir_p(dir, 0700);
	if (err != 0) {
		diag_add(d, dir, 0, _("cannot create the folder: %s"),
		    strerror(-err));
		free(dir);
		return err;
	}
	free(dir);
	fd = fs_lock(path);
	if (fd == -EWOULDBLOCK) {
		diag_add(d, NULL, 0, _("%s is already open in another "
		    "jagaakun window; close it first"), path);
		return fd;
	}
	if (fd < 0) {
		diag_add(d, path, 0, _("cannot lock the record: %s"),
		    strerror(-fd));
		return fd;
	}
	fs_remove_stale_temps(path);
	r = record_new(path, fd);
	if ((err = record_file_read(r, d)) != 0) {
		record_close(r);
		return err;
	}
	*out = r;
	return 0;
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
 * Move path to the first free "<path>.broken-STAMP[-N]".  link() fails
 * when the name is taken, where rename() would silently replace it.
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
		if (link(path, name) == 0) {
			if (unlink(path) != 0) {
				int err = -errno;

				unlink(name);
				free(name);
				return err;
			}
			*aside = name;
			return 0;
		}
		free(name);
		if (errno != EEXIST)
			return -errno;
	}
	return -EEXIST;
}

/* Set the unusable record at path aside. */
int
record_set_aside(const char *path, char **aside)
{
	int fd, err;

	*aside = NULL;
	/* record_open released the lock; hold it again while moving. */
	if ((fd = fs_lock(path)) < 0)
		return fd;
	err = record_file_move_aside(path, aside);
	fs_unlock(fd);
	return err;
}
