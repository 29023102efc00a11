/*
 * fsutil: the careful file-system work (see fsutil.h).  A save must never
 * leave a half-written file behind, whatever fails and wherever the crash
 * comes, so every step of the atomic replacement is checked.
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
#include <sys/stat.h>
#include <unistd.h>

#include "base/xalloc.h"

#define FS_TEMP_SUFFIX ".tmp."
#define FS_TEMP_RANDOM 6	/* the XXXXXX mkstemp fills in */

/* The XDG base directories we use, their variables and defaults. */
static const struct {
	const char *kind;
	const char *env;
	const char *home_default;	/* relative to $HOME */
} fs_xdg_kinds[] = {
	{ "state", "XDG_STATE_HOME", ".local/state" },
	{ "config", "XDG_CONFIG_HOME", ".config" },
	{ "data", "XDG_DATA_HOME", ".local/share" },
};
#define FS_XDG_KINDS (sizeof fs_xdg_kinds / sizeof *fs_xdg_kinds)

/*
 * Resolve path when it is a symbolic link, so a save replaces the file a
 * dotfiles manager points at instead of the link.  Returns a new string,
 * or NULL with errno set (a dangling link, for one).
 */
static char *
fs_resolve(const char *path)
{
	struct stat st;
	char *real, *copy;

	if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
		return xstrdup(path);
	real = realpath(path, NULL);
	if (real == NULL)
		return NULL;
	/* realpath's buffer comes from malloc; hand back an xalloc copy. */
	copy = xstrdup(real);
	free(real);
	return copy;
}

/* Write the temp file behind fd through writer, to the disk; closes fd. */
static int
fs_write_temp(int fd, fs_writer writer, void *ctx)
{
	FILE *f;
	int err;

	if (fchmod(fd, 0600) != 0 || (f = fdopen(fd, "w")) == NULL) {
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
	if (err == 0 && fsync(fileno(f)) != 0)
		err = -errno;
	if (fclose(f) != 0 && err == 0)
		err = -errno;
	return err;
}

/*
 * Make a rename inside the folder of path durable.  Some file systems
 * cannot fsync a folder (EINVAL); the rename is then as durable as they
 * make it.
 */
static int
fs_sync_dir(const char *path)
{
	char *dir = fs_dirname(path);
	int fd, err = 0;

	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	free(dir);
	if (fd < 0)
		return -errno;
	if (fsync(fd) != 0 && errno != EINVAL)
		err = -errno;
	close(fd);
	return err;
}

/* Replace path atomically with what writer writes. */
int
fs_write_atomic(const char *path, fs_writer writer, void *ctx)
{
	char *target, *tmp;
	int fd, err;

	target = fs_resolve(path);
	if (target == NULL)
		return -errno;
	tmp = xasprintf("%s" FS_TEMP_SUFFIX "XXXXXX", target);
	fd = mkstemp(tmp);
	if (fd < 0)
		err = -errno;
	else {
		err = fs_write_temp(fd, writer, ctx);
		if (err == 0 && rename(tmp, target) != 0)
			err = -errno;
		if (err != 0)
			unlink(tmp);
		else
			err = fs_sync_dir(target);
	}
	free(tmp);
	free(target);
	return err;
}

/* Say whether name is base followed by a temp suffix mkstemp made. */
static bool
fs_is_temp_of(const char *name, const char *base)
{
	size_t n = strlen(base), k = strlen(FS_TEMP_SUFFIX);
	const char *rnd;

	if (strncmp(name, base, n) != 0 ||
	    strncmp(name + n, FS_TEMP_SUFFIX, k) != 0)
		return false;
	rnd = name + n + k;
	if (strlen(rnd) != FS_TEMP_RANDOM)
		return false;
	for (size_t i = 0; i < FS_TEMP_RANDOM; i++)
		if (strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "abcdefghijklmnopqrstuvwxyz0123456789", rnd[i]) == NULL)
			return false;
	return true;
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
	char *target, *dir, *copy;
	const char *base;
	DIR *d;
	struct dirent *e;

	/* Temps sit beside the file a link points at (see fs_write_atomic). */
	if ((target = fs_resolve(path)) == NULL)
		return;
	dir = fs_dirname(target);
	copy = xstrdup(target);
	base = basename(copy);
	if ((d = opendir(dir)) != NULL) {
		while ((e = readdir(d)) != NULL)
			if (fs_is_temp_of(e->d_name, base))
				fs_remove_regular(dirfd(d), e->d_name);
		closedir(d);
	}
	free(copy);
	free(dir);
	free(target);
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

/* Lock path through its lock file. */
int
fs_lock(const char *path)
{
	char *lockpath = xasprintf("%s.lock", path);
	int fd, err;

	fd = open(lockpath, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	err = fd < 0 ? -errno : 0;
	free(lockpath);
	if (err != 0)
		return err;
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		err = errno == EWOULDBLOCK ? -EWOULDBLOCK : -errno;
		close(fd);
		return err;
	}
	return fd;
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
