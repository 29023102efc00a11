/*
 * Tests for walk.c: nested folders in byte order of their names, hidden
 * entries and unwanted names left alone, symbolic links reported and not
 * followed (whatever their names), what is not a regular file, a folder
 * that cannot be listed and a path that does not exist; no descriptor is
 * left open.  fdopendir is wrapped so that a folder is unreadable even
 * when the tests run as root, whom chmod does not stop.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "base/xalloc.h"
#include "os/walk.h"

#define MAX_EVENTS 32

static char *dir;		/* the test's scratch folder */
static ino_t locked_ino;	/* fdopendir fails on this folder; 0: none */

DIR *__real_fdopendir(int fd);
DIR *__wrap_fdopendir(int fd);

/* Refuse to list the locked folder, as the system does for a folder of
 * mode 000 to anyone but root. */
DIR *
__wrap_fdopendir(int fd)
{
	struct stat st;

	if (locked_ino != 0 && fstat(fd, &st) == 0 && st.st_ino == locked_ino) {
		errno = EACCES;
		return NULL;
	}
	return __real_fdopendir(fd);
}

/* What the walk reported, one line an event, paths relative to dir. */
struct events {
	char *line[MAX_EVENTS];
	size_t n;
};

static int
setup(void **state)
{
	(void)state;
	dir = tu_tempdir();
	locked_ino = 0;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	tu_rmtree(dir);
	free(dir);
	return 0;
}

/* Note an event. */
static void
note(struct events *ev, char *line)
{
	assert_true(ev->n < MAX_EVENTS);
	ev->line[ev->n++] = line;
}

/* Only names ending in ".json" are wanted. */
static bool
wanted(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

/* A file: check it is open for reading, then note it as "file PATH". */
static void
on_file(void *ctx, int fd, char *path)
{
	char c;

	assert_true(read(fd, &c, 1) >= 0);
	close(fd);
	note(ctx, xasprintf("file %s", tu_rel(dir, path)));
	free(path);
}

/* The name of errno value err, for the ones the tests expect. */
static const char *
err_name(int err)
{
	switch (err) {
	case 0:
		return "0";
	case EACCES:
		return "EACCES";
	case ENOENT:
		return "ENOENT";
	default:
		return "other";
	}
}

/* A problem: noted as "symlink PATH ERR", "not-file PATH ERR" or
 * "unreadable PATH ERR". */
static void
on_problem(void *ctx, const char *path, enum walk_problem what, int err)
{
	const char *kind = what == WALK_SYMLINK ? "symlink" :
	    what == WALK_NOT_FILE ? "not-file" : "unreadable";

	note(ctx, xasprintf("%s %s %s", kind, tu_rel(dir, path),
	    err_name(err)));
}

/* Walk dir/start and check the events against the n lines of want. */
static void
walk_expect(const char *start, const char *const *want, size_t n)
{
	struct events ev = { .n = 0 };
	struct walk_visitor v = { wanted, on_file, on_problem, &ev };
	char *path = xasprintf("%s/%s", dir, start);
	int before = dup(0), after;

	close(before);
	walk_path(path, &v);
	after = dup(0);
	close(after);
	assert_int_equal(after, before);	/* every folder closed */
	for (size_t i = 0; i < ev.n && i < n; i++)
		assert_string_equal(ev.line[i], want[i]);
	assert_int_equal(ev.n, n);
	for (size_t i = 0; i < ev.n; i++)
		free(ev.line[i]);
	free(path);
}

/* Make a symbolic link dir/rel pointing to target. */
static void
put_link(const char *target, const char *rel_path)
{
	char *link = xasprintf("%s/%s", dir, rel_path);

	assert_int_equal(symlink(target, link), 0);
	free(link);
}

static void
test_nested_folders_in_name_order(void **state)
{
	static const char *const want[] = {
		"file r/B.json", "file r/a/deep/er/x.json", "file r/a/z.json",
		"file r/b/y.json", "file r/b.json",	/* "b" < "b.json" */
	};

	(void)state;
	free(tu_write(dir, "r/b.json", "1"));
	free(tu_write(dir, "r/B.json", "2"));	/* 'B' sorts before 'a' */
	free(tu_write(dir, "r/a/z.json", "3"));
	free(tu_write(dir, "r/a/deep/er/x.json", "4"));
	free(tu_write(dir, "r/b/y.json", "5"));
	free(tu_write(dir, "r/.hidden.json", "6"));
	free(tu_write(dir, "r/.git/c.json", "7"));
	free(tu_write(dir, "r/notes.txt", "8"));
	free(tu_write(dir, "r/a/json", "9"));
	walk_expect("r", want, sizeof want / sizeof want[0]);
}

static void
test_symlinks_are_not_followed(void **state)
{
	static const char *const want[] = {
		"file r/good.json", "symlink r/link.json 0",
		"symlink r/linkdir 0", "symlink r/other.txt 0",
		"file r/sub/in.json",
	};

	(void)state;
	free(tu_write(dir, "r/good.json", "1"));
	free(tu_write(dir, "r/sub/in.json", "2"));
	put_link("good.json", "r/link.json");
	put_link("sub", "r/linkdir");
	put_link("good.json", "r/other.txt");	/* reported whatever its name */
	walk_expect("r", want, sizeof want / sizeof want[0]);
}

/* A path given to the walk is used as given: a link to a folder is
 * walked, a file is handed over whatever its name. */
static void
test_given_path_is_followed(void **state)
{
	static const char *const folder[] = { "file via/in.json" };
	static const char *const file[] = { "file r/notes.txt" };

	(void)state;
	free(tu_write(dir, "r/in.json", "1"));
	free(tu_write(dir, "r/notes.txt", "2"));
	put_link("r", "via");
	walk_expect("via", folder, 1);
	walk_expect("r/notes.txt", file, 1);
}

static void
test_not_regular_files(void **state)
{
	static const char *const want[] = { "not-file r/fifo.json 0" };
	char *fifo;

	(void)state;
	free(tu_write(dir, "r/.keep", ""));
	fifo = xasprintf("%s/r/fifo.json", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	free(fifo);
	fifo = xasprintf("%s/r/fifo.txt", dir);	/* not wanted: left alone */
	assert_int_equal(mkfifo(fifo, 0600), 0);
	free(fifo);
	walk_expect("r", want, 1);
}

/* A folder that cannot be listed is reported and the walk goes on. */
static void
test_unreadable_folder(void **state)
{
	static const char *const want[] = {
		"file r/a.json", "unreadable r/locked EACCES", "file r/z.json",
	};
	char *locked;
	struct stat st;

	(void)state;
	free(tu_write(dir, "r/a.json", "1"));
	free(tu_write(dir, "r/locked/hidden-from-us.json", "2"));
	free(tu_write(dir, "r/z.json", "3"));
	locked = xasprintf("%s/r/locked", dir);
	assert_int_equal(stat(locked, &st), 0);
	locked_ino = st.st_ino;
	assert_int_equal(chmod(locked, 0), 0);
	free(locked);
	walk_expect("r", want, sizeof want / sizeof want[0]);
}

static void
test_missing_path(void **state)
{
	static const char *const want[] = { "unreadable gone.json ENOENT" };

	(void)state;
	walk_expect("gone.json", want, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_nested_folders_in_name_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlinks_are_not_followed,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_given_path_is_followed,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_regular_files, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_unreadable_folder, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_missing_path, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
