/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for walk.c: nested folders in byte order of their names, hidden
 * entries and unwanted names left alone, symbolic links reported and not
 * followed (whatever their names), what is not a regular file, a folder
 * that cannot be listed and a path that does not exist; no descriptor is
 * left open.  A tree 16,000 folders deep is walked on a small stack and
 * the folders below the depth limit are reported; with few descriptors
 * left to the process a tree as deep as the limit is still walked
 * whole.  A folder is made unreadable by walkfault.h (fdopendir or, on
 * Windows, FindFirstFileExW wrapped), even when the tests run as root,
 * whom chmod does not stop.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "walkfault.h"
#include "base/xalloc.h"
#include "os/walk.h"

static char *dir;		/* the test's scratch folder */
/* What the walk reported, one line an event, paths relative to dir. */
struct events {
	char **line;
	size_t n, cap;
};

static int
setup(void **state)
{
	(void)state;
	dir = tu_tempdir();
	walkfault_lock(NULL);
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
	ev->line = xgrow(ev->line, &ev->cap, ev->n + 1, sizeof *ev->line);
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

/* A problem: noted as "symlink PATH ERR", "not-file PATH ERR",
 * "too-deep PATH ERR" or "unreadable PATH ERR". */
static void
on_problem(void *ctx, const char *path, enum walk_problem what, int err)
{
	const char *kind = what == WALK_SYMLINK ? "symlink" :
	    what == WALK_NOT_FILE ? "not-file" :
	    what == WALK_TOO_DEEP ? "too-deep" : "unreadable";

	note(ctx, xasprintf("%s %s %s", kind, tu_rel(dir, path),
	    err_name(err)));
}

/* The lowest descriptor not open: the same before and after a walk
 * that closed what it opened. */
static int
lowest_free_fd(void)
{
	int fd = dup(0);

	close(fd);
	return fd;
}

/* Walk dir/start, noting every event in ev. */
static void
walk_collect(const char *start, struct events *ev)
{
	struct walk_visitor v = { wanted, on_file, on_problem, ev };
	char *path = xasprintf("%s/%s", dir, start);

	walk_path(path, &v);
	free(path);
}

/* Check the events in ev against the n lines of want, and free them. */
static void
events_check(struct events *ev, const char *const *want, size_t n)
{
	for (size_t i = 0; i < ev->n && i < n; i++)
		assert_string_equal(ev->line[i], want[i]);
	assert_int_equal(ev->n, n);
	for (size_t i = 0; i < ev->n; i++)
		free(ev->line[i]);
	free(ev->line);
}

/* Walk dir/start and check the events against the n lines of want. */
static void
walk_expect(const char *start, const char *const *want, size_t n)
{
	struct events ev = { .n = 0 };
	int before = lowest_free_fd();

	walk_collect(start, &ev);
	assert_int_equal(lowest_free_fd(), before);	/* every folder closed */
	events_check(&ev, want, n);
}

/* Make a symbolic link dir/rel pointing to target. */
static void
put_link(const char *target, const char *rel_path)
{
	char *link = xasprintf("%s/%s", dir, rel_path);

	tu_need_symlink(target, link);
	free(link);
}

static void
test_nested_folders_in_name_order(void **state)
{
	static const char *const want[] = {
		"file r/C.json", "file r/a/deep/er/x.json", "file r/a/z.json",
		"file r/b/y.json", "file r/b.json",	/* "b" < "b.json" */
	};

	(void)state;
	free(tu_write(dir, "r/b.json", "1"));
	free(tu_write(dir, "r/C.json", "2"));	/* 'C' sorts before 'a' */
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
	tu_need_fifo(fifo);
	free(fifo);
	fifo = xasprintf("%s/r/fifo.txt", dir);	/* not wanted: left alone */
	tu_need_fifo(fifo);
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

	(void)state;
	free(tu_write(dir, "r/a.json", "1"));
	free(tu_write(dir, "r/locked/hidden-from-us.json", "2"));
	free(tu_write(dir, "r/z.json", "3"));
	locked = xasprintf("%s/r/locked", dir);
	walkfault_lock(locked);
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

/* Make dir/r and a chain of levels folders named name below it, with a
 * file x.json in each of the first files folders (r the first). */
static void
make_chain(const char *name, size_t levels, size_t files)
{
	char *top = xasprintf("%s/r", dir);

	tu_chain_make(top, name, levels, files);
	free(top);
}

/* Remove the folders of make_chain; dir/r itself stays for the
 * teardown. */
static void
remove_chain(const char *name, size_t levels)
{
	char *top = xasprintf("%s/r", dir);

	tu_chain_remove(top, name, levels);
	free(top);
}

/* The path of the folder levels deep in make_chain's tree, relative to
 * dir ("r" for 0); the caller frees it. */
static char *
chain_path(const char *name, size_t levels)
{
	char *path = xstrdup("r");

	for (size_t i = 0; i < levels; i++) {
		char *longer = xasprintf("%s/%s", path, name);

		free(path);
		path = longer;
	}
	return path;
}

/* The events of a walk of make_chain's tree, as deep as the limit or
 * deeper, with an x.json in every folder walked: first (an event in the
 * deepest folder walked, taken over), then the files from the deepest up
 * (each folder's subfolder sorts before its "x.json").  The caller frees
 * the lines and the array; *n is set to their number. */
static char **
chain_events(const char *name, char *first, size_t *n)
{
	char **want = xcalloc(WALK_MAX_DEPTH + 2, sizeof *want);

	want[0] = first;
	for (size_t i = 0; i <= WALK_MAX_DEPTH; i++) {
		char *path = chain_path(name, WALK_MAX_DEPTH - i);

		want[i + 1] = xasprintf("file %s/x.json", path);
		free(path);
	}
	*n = WALK_MAX_DEPTH + 2;
	return want;
}

/* Check the events in ev against the n lines of want, and free both. */
static void
events_check_free(struct events *ev, char **want, size_t n)
{
	events_check(ev, (const char *const *)want, n);
	for (size_t i = 0; i < n; i++)
		free(want[i]);
	free(want);
}

/* The walk of a tree 16,000 folders deep, run on a thread with a small
 * stack (a walk by recursion runs out of it). */
#define DEEP_LEVELS 16000
#define DEEP_STACK (128 * 1024)

static void *
deep_walk(void *ev)
{
	walk_collect("r", ev);
	return NULL;
}

static void
test_deep_tree_stops_at_the_limit(void **state)
{
	struct events ev = { .n = 0 };
	char *deeper = chain_path("d", WALK_MAX_DEPTH + 1);
	pthread_attr_t attr;
	pthread_t t;
	size_t n;
	char **want;
	int base = lowest_free_fd();

	(void)state;
	make_chain("d", DEEP_LEVELS, WALK_MAX_DEPTH + 10);
	assert_int_equal(pthread_attr_init(&attr), 0);
	assert_int_equal(pthread_attr_setstacksize(&attr, DEEP_STACK), 0);
	assert_int_equal(pthread_create(&t, &attr, deep_walk, &ev), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	pthread_attr_destroy(&attr);
	assert_int_equal(lowest_free_fd(), base);	/* every folder closed */
	/* The first folder below the limit is reported; nothing under it
	 * is looked at. */
	want = chain_events("d", xasprintf("too-deep %s 0", deeper), &n);
	events_check_free(&ev, want, n);
	free(deeper);
	remove_chain("d", DEEP_LEVELS);
}

/* With only a few descriptors left to the process, a tree as deep as the
 * limit is walked whole, in order, and its links are still not
 * followed. */
static void
test_few_descriptors(void **state)
{
	char *deepest = chain_path("a", WALK_MAX_DEPTH);
	char *link = xasprintf("%s/l.json", deepest);
	struct events ev = { .n = 0 };
	int base = lowest_free_fd();
	size_t n;
	char **want;

	(void)state;
	make_chain("a", WALK_MAX_DEPTH, WALK_MAX_DEPTH + 1);
	put_link("x.json", link);	/* "l.json" sorts before "x.json" */
	want = chain_events("a", xasprintf("symlink %s 0", link), &n);
	tu_fd_limit_lower(base + 4);
	walk_collect("r", &ev);
	tu_fd_limit_restore();
	assert_int_equal(lowest_free_fd(), base);	/* every folder closed */
	events_check_free(&ev, want, n);
	free(link);
	free(deepest);
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
		cmocka_unit_test_setup_teardown(
		    test_deep_tree_stops_at_the_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_few_descriptors, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
