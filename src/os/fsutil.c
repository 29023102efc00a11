/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fsutil: the careful file-system work (see fsutil.h).  A save must never
 * leave a half-written file behind, whatever fails and wherever the crash
 * comes, so every step of the atomic replacement is checked; and since a
 * report folder may be shared, no name in a folder is trusted: nothing
 * is followed, nothing but a regular file of the user's is replaced.
 */
#include "config.h"
#include "os/fsutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "os/tempname.h"

/* The XDG base directories we use, their variables and defaults. */
static const struct {
	const char *kind;
	const char *env;
	const char *home_default;	/* relative to $HOME */
} fs_xdg_kinds[] = {
	{ "state", "XDG_STATE_HOME", ".local/state" },
	{ "config", "XDG_CONFIG_HOME", ".config" },
};
#define FS_XDG_KINDS (sizeof fs_xdg_kinds / sizeof *fs_xdg_kinds)

/* Copy of the last part of path. */
static char *
fs_basename(const char *path)
{
	char *copy = xstrdup(path);
	char *name = xstrdup(basename(copy));

	free(copy);
	return name;
}

/*
 * Write what writer writes to the file open as fd, checking every step,
 * and fsync it when sync says so (a device or FIFO cannot be synced).
 * Closes fd.
 */
static int
fs_write_stream(int fd, fs_writer writer, void *ctx, bool sync)
{
	FILE *f;
	int err;

	if ((f = fdopen(fd, "w")) == NULL) {
		err = -errno;
		close(fd);
		return err;
	}
	err = writer(f, ctx);
	if (err == 0 && fflush(f) != 0)
		err = -errno;
	/* A failed write the writer did not check shows only here. */
	if (err == 0 && ferror(f))
		err = -EIO;
	if (err == 0 && sync && fsync(fileno(f)) != 0)
		err = -errno;
	if (fclose(f) != 0 && err == 0)
		err = -errno;
	return err;
}

/*
 * Open the folder of path to work in.  For reading when the user may, so
 * that it can be fsynced (*readable); in a drop-box the user may not
 * list (mode 1733), for lookups only.  The folder itself may be a link
 * (an IT office may link the share): it sits in a folder others cannot
 * write, unlike the names inside it.  Returns the descriptor or a
 * negative errno.
 */
static int
fs_dir_open(const char *path, bool *readable)
{
	char *dir = fs_dirname(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	*readable = fd >= 0;
#ifdef O_PATH
	if (fd < 0 && errno == EACCES)
		fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC);
#endif
	free(dir);
	return fd >= 0 ? fd : -errno;
}

/*
 * Say whether name in the folder dfd may be written: 0 when it is missing
 * or (without FS_NEW) a regular file of the effective user, else -EEXIST.
 * A link is looked at, never followed.
 */
static int
fs_target_check(int dfd, const char *name, unsigned flags)
{
	struct stat st;

	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
		return errno == ENOENT ? 0 : -errno;
	if ((flags & FS_NEW) || !S_ISREG(st.st_mode) || st.st_uid != geteuid())
		return -EEXIST;
	return 0;
}

/* Set *tmp to a new temp name for name: name.tmp.XXXXXX, random. */
static int
fs_temp_name(const char *name, char **tmp)
{
	unsigned char rnd[FS_TEMP_RANDOM];

	if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
		return -errno;
	*tmp = fs_temp_name_of(name, rnd);
	return 0;
}

/*
 * Create a temp file for name in the folder dfd; *tmp gets its name.
 * O_EXCL|O_NOFOLLOW: nothing planted under that name is ever opened.
 * Returns the descriptor or a negative errno.
 */
static int
fs_temp_create(int dfd, const char *name, unsigned flags, char **tmp)
{
	mode_t mode = (flags & FS_SHARED) ? 0666 : 0600;
	int fd, err;

	for (int i = 0; i < FS_TEMP_TRIES; i++) {
		if ((err = fs_temp_name(name, tmp)) != 0)
			return err;
		fd = openat(dfd, *tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		    O_CLOEXEC, mode);
		if (fd >= 0)
			return fd;
		err = -errno;
		free(*tmp);
		*tmp = NULL;
		if (err != -EEXIST)
			return err;
	}
	return -EEXIST;
}

/*
 * Put the written temp in place of name.  With FS_NEW, link() fails
 * rather than replace a name that appeared since it was checked; a file
 * system with no hard links (FAT) gets a second check and a rename.
 */
static int
fs_put(int dfd, const char *tmp, const char *name, unsigned flags)
{
	int err;

	if (!(flags & FS_NEW))
		return renameat(dfd, tmp, dfd, name) == 0 ? 0 : -errno;
	if (linkat(dfd, tmp, dfd, name, 0) == 0) {
		unlinkat(dfd, tmp, 0);
		return 0;
	}
	if (errno != EPERM && errno != EOPNOTSUPP)
		return -errno;
	if ((err = fs_target_check(dfd, name, flags)) != 0)
		return err;
	return renameat(dfd, tmp, dfd, name) == 0 ? 0 : -errno;
}

/*
 * Write the temp tmp behind fd (closed here) and put it in place of name
 * in the folder dfd; the temp is removed on failure.  A private file is
 * made 0600 whatever the umask left of its mode.
 */
static int
fs_write_temp(int dfd, int fd, const char *tmp, const char *name,
    unsigned flags, fs_writer writer, void *ctx)
{
	int err = 0;

	if (!(flags & FS_SHARED) && fchmod(fd, 0600) != 0) {
		err = -errno;
		close(fd);
	} else
		err = fs_write_stream(fd, writer, ctx, true);
	if (err == 0)
		err = fs_put(dfd, tmp, name, flags);
	if (err != 0)
		unlinkat(dfd, tmp, 0);
	return err;
}

/* Replace path atomically with what writer writes, following no link. */
int
fs_write_file(const char *path, unsigned flags, fs_writer writer, void *ctx)
{
	char *name = fs_basename(path), *tmp = NULL;
	bool readable;
	int dfd, fd, err;

	if ((dfd = fs_dir_open(path, &readable)) < 0) {
		free(name);
		return dfd;
	}
	/*
	 * Between this check and the rename, someone who can write the
	 * folder may plant a link under name: the rename then replaces the
	 * link itself (or, in a sticky folder, fails), never its target.
	 */
	err = fs_target_check(dfd, name, flags);
	if (err == 0 && (fd = fs_temp_create(dfd, name, flags, &tmp)) < 0)
		err = fd;
	else if (err == 0)
		err = fs_write_temp(dfd, fd, tmp, name, flags, writer, ctx);
	/* Make the rename durable.  Some file systems cannot fsync a folder
	 * (EINVAL); the rename is then as durable as they make it. */
	if (err == 0 && readable && fsync(dfd) != 0 && errno != EINVAL)
		err = -errno;
	close(dfd);
	free(tmp);
	free(name);
	return err;
}

/* Replace a private file atomically. */
int
fs_write_atomic(const char *path, fs_writer writer, void *ctx)
{
	return fs_write_file(path, 0, writer, ctx);
}

/* Write to the device or FIFO at path in place. */
static int
fs_write_direct(const char *path, fs_writer writer, void *ctx)
{
	struct stat st;
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return -errno;
	/* It was a device when looked at; if a file has taken its place
	 * meanwhile, never write into that in place. */
	if (fstat(fd, &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) {
		close(fd);
		return -EEXIST;
	}
	return fs_write_stream(fd, writer, ctx, false);
}

/* Write to what a command line named. */
int
fs_write_output(const char *path, unsigned flags, fs_writer writer, void *ctx)
{
	struct stat lst, st;
	char *real;
	int err;

	if (lstat(path, &lst) != 0)
		return errno == ENOENT ? fs_write_file(path, flags, writer, ctx) :
		    -errno;
	st = lst;
	if (S_ISLNK(lst.st_mode)) {
		/* The kernel's rule for a sticky folder (protected_symlinks):
		 * follow only a link of the user's own, or root's. */
		if (lst.st_uid != geteuid() && lst.st_uid != 0)
			return -EEXIST;
		if (stat(path, &st) != 0)
			return -errno;
	}
	if (S_ISDIR(st.st_mode))
		return -EISDIR;
	if (!S_ISREG(st.st_mode))
		return fs_write_direct(path, writer, ctx);
	if (!S_ISLNK(lst.st_mode))
		return fs_write_file(path, flags, writer, ctx);
	if ((real = realpath(path, NULL)) == NULL)
		return -errno;
	err = fs_write_file(real, flags, writer, ctx);
	free(real);
	return err;
}

/* Remove the regular file name in the folder open as dfd. */
static void
fs_remove_regular(int dfd, const char *name)
{
	struct stat st;

	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	    S_ISREG(st.st_mode))
		unlinkat(dfd, name, 0);
}

/* Remove the temp files a crash left beside path. */
void
fs_remove_stale_temps(const char *path)
{
	char *dir = fs_dirname(path), *base = fs_basename(path);
	DIR *d;
	struct dirent *e;

	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL)
			if (fs_is_temp_of(e->d_name, base))
				fs_remove_regular(dirfd(d), e->d_name);
		closedir(d);
	}
	free(base);
	free(dir);
}

/* The link-free absolute name of path. */
int
fs_resolve(const char *path, char **out)
{
	struct stat st;
	bool exists = lstat(path, &st) == 0;
	char *dir, *real, *name;
	int err;

	*out = NULL;
	if (!exists && errno != ENOENT)
		return -errno;
	dir = exists ? NULL : fs_dirname(path);
	real = realpath(exists ? path : dir, NULL);
	err = real == NULL ? -errno : 0;
	free(dir);
	if (err != 0)
		return err;
	/* realpath's buffer comes from malloc; hand back an xalloc string. */
	if (exists)
		*out = xstrdup(real);
	else {
		name = fs_basename(path);
		*out = xasprintf("%s/%s", strcmp(real, "/") == 0 ? "" : real,
		    name);
		free(name);
	}
	free(real);
	return 0;
}

/* The home folder: $HOME when absolute, else the password database. */
static const char *
fs_home(void)
{
	const char *home = getenv("HOME");
	struct passwd *pw;

	if (home && home[0] == '/')
		return home;
	pw = getpwuid(getuid());
	if (pw && pw->pw_dir && pw->pw_dir[0] == '/')
		return pw->pw_dir;
	return NULL;
}

/* Find our folder of an XDG kind. */
char *
fs_xdg_dir(const char *kind)
{
	const char *value, *home;

	for (size_t i = 0; i < FS_XDG_KINDS; i++) {
		if (strcmp(kind, fs_xdg_kinds[i].kind) != 0)
			continue;
		/* The spec says relative values are invalid and ignored. */
		value = getenv(fs_xdg_kinds[i].env);
		if (value && value[0] == '/')
			return xasprintf("%s/jagaakun", value);
		if ((home = fs_home()) == NULL)
			return NULL;
		return xasprintf("%s/%s/jagaakun", home,
		    fs_xdg_kinds[i].home_default);
	}
	return NULL;
}

/* A folder that exists, as a new string; NULL (and dir freed) when dir
 * is NULL or is no folder. */
static char *
fs_existing_dir(char *dir)
{
	struct stat st;

	if (dir != NULL && stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return dir;
	free(dir);
	return NULL;
}

/* The value of XDG_DOCUMENTS_DIR in the xdg-user-dirs file, which holds
 * a line XDG_DOCUMENTS_DIR="$HOME/Dokumen" (the name in the desktop's
 * language) or an absolute path; NULL when it has none of either. */
static char *
fs_user_dirs_documents(const char *home)
{
	const char *cfg = getenv("XDG_CONFIG_HOME");
	static const char key[] = "XDG_DOCUMENTS_DIR=\"";
	char *path, line[4096], *dir = NULL;
	FILE *f;

	path = cfg && cfg[0] == '/' ? xasprintf("%s/user-dirs.dirs", cfg) :
	    xasprintf("%s/.config/user-dirs.dirs", home);
	f = fopen(path, "re");
	free(path);
	while (f != NULL && dir == NULL && fgets(line, sizeof line, f)) {
		char *v = line + sizeof key - 1, *end;

		if (strncmp(line, key, sizeof key - 1) != 0 ||
		    (end = strchr(v, '"')) == NULL)
			continue;
		*end = '\0';
		if (strncmp(v, "$HOME/", 6) == 0)
			dir = xasprintf("%s/%s", home, v + 6);
		else if (v[0] == '/')
			dir = xstrdup(v);
	}
	if (f != NULL)
		fclose(f);
	return dir;
}

/* The user's documents folder, if there is one besides the home. */
static char *
fs_documents_dir(const char *home)
{
	const char *env = getenv("XDG_DOCUMENTS_DIR");
	char *dir = NULL;

	if (env != NULL && env[0] == '/')
		dir = fs_existing_dir(xstrdup(env));
	if (dir == NULL)
		dir = fs_existing_dir(fs_user_dirs_documents(home));
	if (dir == NULL)
		dir = fs_existing_dir(xasprintf("%s/Documents", home));
	/* xdg-user-dirs points a folder it does not use at the home. */
	if (dir != NULL && strcmp(dir, home) == 0) {
		free(dir);
		dir = NULL;
	}
	return dir;
}

/* Our folder among the user's documents, else the home. */
char *
fs_files_dir(void)
{
	const char *home = fs_home();
	char *docs, *dir;

	if (home == NULL)
		return NULL;
	if ((docs = fs_documents_dir(home)) == NULL)
		return xstrdup(home);
	dir = xasprintf("%s/jagaakun", docs);
	free(docs);
	return dir;
}

/* Create one folder; one that is already there is fine. */
static int
fs_mkdir_one(const char *dir, int mode)
{
	struct stat st;

	if (mkdir(dir, (mode_t)mode) == 0)
		return 0;
	if (errno != EEXIST)
		return -errno;
	if (stat(dir, &st) != 0)
		return -errno;
	return S_ISDIR(st.st_mode) ? 0 : -ENOTDIR;
}

/* Create dir and its missing parents. */
int
fs_mkdir_p(const char *dir, int mode)
{
	char *copy = xstrdup(dir);
	int err = 0;

	for (char *p = copy + 1; *p != '\0' && err == 0; p++) {
		if (*p != '/' || p[-1] == '/')
			continue;
		*p = '\0';
		err = fs_mkdir_one(copy, mode);
		*p = '/';
	}
	if (err == 0)
		err = fs_mkdir_one(copy, mode);
	free(copy);
	return err;
}

/*
 * Open the lock file lockpath with flags; a link or anything but a
 * regular file is refused (-EEXIST).  O_NONBLOCK: a FIFO in its place
 * must not hang the open.
 */
static int
fs_lock_open(const char *lockpath, int flags)
{
	struct stat st;
	int fd = open(lockpath, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC,
	    0600);
	int err;

	if (fd < 0)
		return errno == ELOOP ? -EEXIST : -errno;
	if (fstat(fd, &st) != 0)
		err = -errno;
	else if (!S_ISREG(st.st_mode))
		err = -EEXIST;
	else
		return fd;
	close(fd);
	return err;
}

/* Take the flock op on the lock file open as fd (or pass on its error). */
static int
fs_lock_take(int fd, int op)
{
	int err;

	if (fd < 0)
		return fd;
	if (flock(fd, op | LOCK_NB) != 0) {
		err = errno == EWOULDBLOCK ? -EWOULDBLOCK : -errno;
		close(fd);
		return err;
	}
	return fd;
}

/* Lock path through its lock file. */
int
fs_lock(const char *path)
{
	char *lockpath = xasprintf("%s.lock", path);
	int fd = fs_lock_open(lockpath, O_RDWR | O_CREAT);

	free(lockpath);
	return fs_lock_take(fd, LOCK_EX);
}

/* Take a reader's lock on path. */
int
fs_lock_shared(const char *path)
{
	char *lockpath = xasprintf("%s.lock", path);
	int fd = fs_lock_open(lockpath, O_RDONLY);

	if (fd == -ENOENT)
		fd = fs_lock_open(lockpath, O_RDONLY | O_CREAT);
	free(lockpath);
	return fs_lock_take(fd, LOCK_SH);
}

/* Release a lock. */
void
fs_unlock(int fd)
{
	/* The lock file stays: removing it would let two processes each
	 * lock a different inode under the same name. */
	if (fd >= 0)
		close(fd);
}

/* Copy the folder part of path. */
char *
fs_dirname(const char *path)
{
	char *copy = xstrdup(path);
	char *dir = xstrdup(dirname(copy));

	free(copy);
	return dir;
}

/* name in dir, as "dir/name". */
char *
fs_join(const char *dir, const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

/* Say whether path is a symbolic link. */
bool
fs_is_link(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
}

/* Who owns dir and who may write it. */
int
fs_folder_owner(const char *dir, unsigned *mode)
{
	struct stat st;

	*mode = 0;
	if (stat(dir, &st) != 0)
		return -errno;
	*mode = (unsigned)(st.st_mode & 07777);
	if (st.st_uid != geteuid())
		return FS_FOLDER_OTHER_OWNER;
	if (st.st_mode & (S_IWGRP | S_IWOTH))
		return FS_FOLDER_OTHERS_WRITE;
	return FS_FOLDER_MINE;
}

/* Move from to the free name to: link() fails when the name is taken,
 * where rename() would silently replace it. */
int
fs_move_new(const char *from, const char *to)
{
	int err;

	if (link(from, to) != 0)
		return -errno;
	if (unlink(from) != 0) {
		err = -errno;
		unlink(to);
		return err;
	}
	return 0;
}

/* Say whether path is absolute. */
bool
fs_is_absolute(const char *path)
{
	return path != NULL && path[0] == '/';
}

const char *
fs_absolute_form(void)
{
	/* TRANSLATORS: how an absolute path is written on Linux, ending
	 * "... must be an absolute path, %s". */
	return N_("starting with \"/\"");
}

/* The installation's folder dir: on POSIX the compiled-in one. */
const char *
fs_program_path(const char *dir)
{
	return dir;
}

/* The site settings' default file. */
const char *
fs_site_default(void)
{
	return SYSCONFDIR "/jagaakun/site.cfg";
}

/* The folder for temporary files. */
const char *
fs_temp_dir(void)
{
	const char *tmp = getenv("TMPDIR");

	return tmp != NULL && *tmp == '/' ? tmp : "/tmp";
}
