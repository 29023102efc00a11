/*
 * walk: folders walked recursively, every file opened relative to its
 * folder (see walk.h).
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

/* A folder entry. */
struct walk_item {
	char *name;
	unsigned char type;	/* d_type; DT_UNKNOWN on some file systems */
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

static void walk_dir(const struct walk_visitor *v, int dfd, const char *dpath);

/* Look at one entry of folder dfd: walk a folder, hand over a wanted
 * file, report a symbolic link, leave other files alone. */
static void
walk_entry(const struct walk_visitor *v, int dfd, const char *dpath,
    const struct walk_item *it)
{
	char *path = walk_join(dpath, it->name);
	unsigned char type = it->type;
	int fd;

	if (type == DT_UNKNOWN)
		type = walk_type(dfd, it->name);
	if (type == DT_DIR) {
		fd = openat(dfd, it->name,
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd >= 0)
			walk_dir(v, fd, path);
		else
			walk_open_failed(v, path, errno);
	} else if (type == DT_LNK)
		v->problem(v->ctx, path, WALK_SYMLINK, 0);
	else if (!v->wanted(it->name))
		;	/* someone else's file */
	else if (type != DT_REG)
		v->problem(v->ctx, path, WALK_NOT_FILE, 0);
	else if ((fd = openat(dfd, it->name,
	    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)) >= 0) {
		v->file(v->ctx, fd, path);
		return;
	} else
		walk_open_failed(v, path, errno);
	free(path);
}

/* Walk the folder open as dfd (closed when done), known as dpath. */
static void
walk_dir(const struct walk_visitor *v, int dfd, const char *dpath)
{
	DIR *d = fdopendir(dfd);
	struct walk_item *items;
	size_t n;
	int err;

	if (d == NULL) {
		v->problem(v->ctx, dpath, WALK_UNREADABLE, errno);
		close(dfd);
		return;
	}
	items = walk_list_dir(d, &n, &err);
	for (size_t i = 0; i < n; i++) {
		walk_entry(v, dirfd(d), dpath, &items[i]);
		free(items[i].name);
	}
	free(items);
	closedir(d);
	if (err != 0)
		v->problem(v->ctx, dpath, WALK_UNREADABLE, err);
}

void
walk_path(const char *path, const struct walk_visitor *v)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;

	if (fd < 0)
		v->problem(v->ctx, path, WALK_UNREADABLE, errno);
	else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
		walk_dir(v, fd, path);
	else
		v->file(v->ctx, fd, xstrdup(path));
}
