/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_fsutil: atomic replacement (and every way it can fail), what it
 * never follows or replaces, a drop-box folder, writing to a device or
 * FIFO, resolving a path, stale temps, XDG folders, mkdir -p, the locks
 * and dirname.
 *
 * Failures are injected without relying on permissions (the tests run as
 * root): fsync and renameat are wrapped at link time (-Wl,--wrap), and a
 * real ENOSPC comes from /dev/full swapped in under the stream (on
 * Windows the flush and the move fail instead: faults_win.c).  What
 * depends on who owns a file is tested as root with files chowned to
 * another user, or in a child that has become that user.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "faults.h"
#include "os/fsutil.h"
#include "testutil.h"
#include "base/xalloc.h"

/* Make a scratch folder for each test. */
static int
setup(void **state)
{
	fault_fsync = fault_rename = 0;
	*state = tu_tempdir();
	return 0;
}

/* Remove the scratch folder. */
static int
teardown(void **state)
{
	tu_rmtree(*state);
	free(*state);
	return 0;
}

/* Writer: the string in ctx. */
static int
write_text(FILE *f, void *ctx)
{
	fputs(ctx, f);
	return 0;
}

/* Writer: part of a file, then a failure of its own. */
static int
write_then_fail(FILE *f, void *ctx)
{
	(void)ctx;
	fputs("half a fi", f);
	return -EPROTO;
}

/* Writer: text, then the disk fills up (the stream's fd becomes /dev/full). */
static int
write_to_full_disk(FILE *f, void *ctx)
{
	int full = tu_full_disk_fd();

	(void)ctx;
	assert_true(full >= 0);
	fputs("new content that will not fit\n", f);
	assert_true(dup2(full, fileno(f)) >= 0);
	close(full);
	return 0;
}

/* Assert the file at dir/name holds exactly text. */
static void
assert_content(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	char *got = tu_read(path);

	assert_non_null(got);
	assert_string_equal(got, text);
	free(got);
	free(path);
}

/* Say whether dir/name exists. */
static bool
exists(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	bool yes = access(path, F_OK) == 0;

	free(path);
	return yes;
}

static void
test_write_atomic_new_file(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/rec.cfg", dir);

	umask(022);
	assert_int_equal(fs_write_atomic(path, write_text, "first\n"), 0);
	assert_content(dir, "rec.cfg", "first\n");
	tu_assert_mode(path, 0600);
	assert_int_equal(tu_count_entries(dir, "rec.cfg.tmp."), 0);
	free(path);
}

static void
test_write_atomic_replaces(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "rec.cfg", "old\n");

	chmod(path, 0644);
	assert_int_equal(fs_write_atomic(path, write_text, "new\n"), 0);
	assert_content(dir, "rec.cfg", "new\n");
	tu_assert_mode(path, 0600);
	assert_int_equal(tu_count_entries(dir, "rec.cfg"), 1);
	free(path);
}

/* Replace dir/rec.cfg ("old\n") expecting err and the old file kept. */
static void
assert_write_fails(const char *dir, fs_writer writer, int err)
{
	char *path = tu_write(dir, "rec.cfg", "old\n");

	assert_int_equal(fs_write_atomic(path, writer, "new\n"), err);
	assert_content(dir, "rec.cfg", "old\n");
	assert_int_equal(tu_count_entries(dir, "rec.cfg.tmp."), 0);
	assert_int_equal(tu_count_entries(dir, ""), 3);	/* . .. rec.cfg */
	free(path);
}

static void
test_write_atomic_writer_error(void **state)
{
	assert_write_fails(*state, write_then_fail, -EPROTO);
}

static void
test_write_atomic_disk_full(void **state)
{
	close(tu_full_disk_fd());	/* skips where there is none */
	assert_write_fails(*state, write_to_full_disk, -ENOSPC);
}

static void
test_write_atomic_fsync_fails(void **state)
{
	fault_fsync = ENOSPC;
	assert_write_fails(*state, write_text, -ENOSPC);
	assert_int_equal(fault_fsync, 0);	/* the failure was used */
}

static void
test_write_atomic_rename_fails(void **state)
{
	fault_rename = EXDEV;
	assert_write_fails(*state, write_text, -EXDEV);
	assert_int_equal(fault_rename, 0);
}

static void
test_write_atomic_folder_missing(void **state)
{
	char *path = xasprintf("%s/no/such/rec.cfg", (char *)*state);

	assert_int_equal(fs_write_atomic(path, write_text, "x"), -ENOENT);
	free(path);
}

/* Assert path is still a link to want. */
static void
assert_link(const char *path, const char *want)
{
	char *got = tu_readlink(path);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_write_atomic_never_follows_link(void **state)
{
	const char *dir = *state;
	char *target = tu_write(dir, "mine/notes.txt", "the official's own\n");
	char *link = xasprintf("%s/rec.cfg", dir);

	/* Planted by another user in a shared folder: the save refuses,
	 * and neither the link nor the file it names is touched. */
	tu_need_symlink("mine/notes.txt", link);
	assert_int_equal(fs_write_atomic(link, write_text, "new\n"), -EEXIST);
	assert_link(link, "mine/notes.txt");
	assert_content(dir, "mine/notes.txt", "the official's own\n");
	assert_int_equal(tu_count_entries(dir, "rec.cfg.tmp."), 0);
	free(link);
	free(target);
}

static void
test_write_atomic_dangling_link(void **state)
{
	const char *dir = *state;
	char *sub = xasprintf("%s/elsewhere", dir);
	char *link = xasprintf("%s/rec.cfg", dir);

	/* A link to nothing is not a way to create a file elsewhere. */
	assert_int_equal(tu_mkdir(sub), 0);
	tu_need_symlink("elsewhere/made.cfg", link);
	assert_int_equal(fs_write_atomic(link, write_text, "new\n"), -EEXIST);
	assert_link(link, "elsewhere/made.cfg");
	assert_false(exists(sub, "made.cfg"));
	free(link);
	free(sub);
}

/* Assert a write over what is at path is refused, and it stays mode. */
static void
assert_not_replaced(const char *path, mode_t type)
{
	struct stat st;

	assert_int_equal(fs_write_atomic(path, write_text, "new\n"), -EEXIST);
	assert_int_equal(lstat(path, &st), 0);
	assert_int_equal(st.st_mode & S_IFMT, type);
}

static void
test_write_atomic_not_a_regular_file(void **state)
{
	const char *dir = *state;
	char *fifo = xasprintf("%s/fifo", dir);
	char *sub = xasprintf("%s/folder", dir);
	char *dev = xasprintf("%s/null", dir);

	bool made = tu_mkfifo(fifo);	/* none on Windows */

	if (made)
		assert_not_replaced(fifo, S_IFIFO);
	assert_int_equal(tu_mkdir(sub), 0);
	assert_not_replaced(sub, S_IFDIR);
	/* A device node (root only: mknod): /dev/null's own numbers. */
	if (tu_mknod_null(dev))
		assert_not_replaced(dev, S_IFCHR);
	assert_int_equal(tu_count_entries(dir, ""), 2 + made + 1 +
	    (access(dev, F_OK) == 0));
	free(dev);
	free(sub);
	free(fifo);
}

static void
test_write_atomic_other_users_file(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "jagaakun-1-20261124.json", "theirs\n");

	tu_need_root();
	tu_chown_other(path);
	assert_int_equal(fs_write_atomic(path, write_text, "new\n"), -EEXIST);
	assert_content(dir, "jagaakun-1-20261124.json", "theirs\n");
	free(path);
}

static void
test_write_file_shared_and_new(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/report.json", dir);

	umask(022);
	assert_int_equal(fs_write_file(path, FS_SHARED, write_text, "one\n"), 0);
	tu_assert_mode(path, 0644);
	/* FS_NEW never replaces, even a file of the user's own. */
	assert_int_equal(fs_write_file(path, FS_SHARED | FS_NEW, write_text,
	    "two\n"), -EEXIST);
	assert_content(dir, "report.json", "one\n");
	free(path);
	path = xasprintf("%s/incident.json", dir);
	assert_int_equal(fs_write_file(path, FS_SHARED | FS_NEW, write_text,
	    "new\n"), 0);
	assert_content(dir, "incident.json", "new\n");
	tu_assert_mode(path, 0644);
	assert_int_equal(tu_count_entries(dir, ""), 4);	/* no temp left */
	free(path);
}

/* As another user: write box/report.json (new) and try box/root.json
 * (root's).  0 when both went as they must. */
static int
drop_box_writer(void *ctx)
{
	char *report = xasprintf("%s/report.json", (char *)ctx);
	char *theirs = xasprintf("%s/root.json", (char *)ctx);
	int ok = fs_write_file(report, FS_SHARED, write_text, "mine\n") == 0 &&
	    fs_write_file(theirs, FS_SHARED, write_text, "x\n") == -EEXIST;

	free(theirs);
	free(report);
	return ok ? 0 : 1;
}

static void
test_write_file_drop_box(void **state)
{
	const char *dir = *state;
	char *box = xasprintf("%s/box", dir);
	char *root = tu_write(dir, "box/root.json", "root's\n");
	char *report = xasprintf("%s/report.json", box);
	struct stat st;

	tu_need_root();
	/* What jagaakun-site(5) tells an IT office to make: users may
	 * create files and search, but not list, and not remove others'. */
	assert_int_equal(chmod(dir, 0711), 0);
	assert_int_equal(chmod(box, 01733), 0);
	assert_int_equal(tu_as_other_user(drop_box_writer, box), 0);
	assert_content(box, "report.json", "mine\n");
	assert_int_equal(stat(report, &st), 0);
	assert_int_equal(st.st_uid, TU_OTHER_UID);
	assert_content(box, "root.json", "root's\n");
	assert_int_equal(tu_count_entries(box, ""), 4);	/* no temp left */
	free(report);
	free(root);
	free(box);
}

/* Writer for fs_write_output tests: a line naming the test. */
static int
write_line(FILE *f, void *ctx)
{
	return fprintf(f, "%s\n", (const char *)ctx) < 0 ? -EIO : 0;
}

static void
test_write_output_device(void **state)
{
	const char *dir = *state;
	char *dev = xasprintf("%s/null", dir);
	struct stat st;

	tu_need_root();
	assert_true(tu_mknod_null(dev));
	assert_int_equal(fs_write_output(dev, 0, write_line, "to null"), 0);
	assert_int_equal(lstat(dev, &st), 0);
	assert_true(tu_is_dev_null(&st));
	assert_int_equal(tu_count_entries(dir, ""), 3);	/* . .. null */
	free(dev);
}

/* The reader of a FIFO: what comes through the FIFO ctx, into the file
 * beside it (ctx with ".out" added).  0 when something came. */
static int
fifo_reader(void *ctx)
{
	char buf[64], *out = xasprintf("%s.out", (char *)ctx);
	int in = open(ctx, O_RDONLY), fd;
	ssize_t n = in < 0 ? -1 : read(in, buf, sizeof buf);

	fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	free(out);
	return n > 0 && fd >= 0 && write(fd, buf, (size_t)n) == n ? 0 : 1;
}

static void
test_write_output_fifo(void **state)
{
	const char *dir = *state;
	char *fifo = xasprintf("%s/pipe", dir);
	struct tu_child reader;
	struct stat st;

	tu_need_fifo(fifo);
	reader = tu_child_start(fifo_reader, fifo);
	assert_int_equal(fs_write_output(fifo, 0, write_line, "through"), 0);
	assert_int_equal(tu_child_wait(reader), 0);
	assert_content(dir, "pipe.out", "through\n");
	assert_int_equal(lstat(fifo, &st), 0);
	assert_true(S_ISFIFO(st.st_mode));
	free(fifo);
}

static void
test_write_output_links(void **state)
{
	const char *dir = *state;
	char *target = tu_write(dir, "real/out.csv", "old\n");
	char *link = xasprintf("%s/out.csv", dir);
	char *gone = xasprintf("%s/gone.csv", dir);
	char *sub = xasprintf("%s/sub", dir);

	/* The user's own link is followed, as cp follows it: the file it
	 * names is replaced, the link stays. */
	tu_need_symlink("real/out.csv", link);
	assert_int_equal(fs_write_output(link, 0, write_line, "new"), 0);
	assert_link(link, "real/out.csv");
	assert_content(dir, "real/out.csv", "new\n");
	/* A link to nothing, a folder. */
	tu_need_symlink("real/none.csv", gone);
	assert_int_equal(fs_write_output(gone, 0, write_line, "x"), -ENOENT);
	assert_int_equal(access(target, F_OK), 0);
	assert_int_equal(tu_mkdir(sub), 0);
	assert_int_equal(fs_write_output(sub, 0, write_line, "x"), -EISDIR);
	/* A plain name: the atomic replace, with its mode. */
	free(gone);
	gone = xasprintf("%s/plain.csv", dir);
	assert_int_equal(fs_write_output(gone, FS_SHARED, write_line, "p"), 0);
	assert_content(dir, "plain.csv", "p\n");
	/* Another user's link is not followed (root only: lchown). */
	if (tu_is_root()) {
		tu_lchown_other(link);
		assert_int_equal(fs_write_output(link, 0, write_line, "theirs"),
		    -EEXIST);
		assert_content(dir, "real/out.csv", "new\n");
	}
	free(sub);
	free(gone);
	free(link);
	free(target);
}

static void
test_resolve(void **state)
{
	const char *dir = *state;
	char *real = xasprintf("%s/real", dir);
	char *link = xasprintf("%s/linked", dir);
	char *want, *got, *top;

	/* The scratch folder itself may sit behind a link ($TMPDIR). */
	assert_int_equal(fs_resolve(dir, &top), 0);
	free(tu_write(dir, "real/record.cfg", "x"));
	tu_need_symlink("real", link);
	want = xasprintf("%s/real/record.cfg", top);
	free(link);
	/* Through a linked folder, for a file there and one not yet. */
	link = xasprintf("%s/linked/record.cfg", dir);
	assert_int_equal(fs_resolve(link, &got), 0);
	assert_string_equal(got, want);
	free(got);
	free(link);
	link = xasprintf("%s/linked/new.cfg", dir);
	free(want);
	want = xasprintf("%s/real/new.cfg", top);
	assert_int_equal(fs_resolve(link, &got), 0);
	assert_string_equal(got, want);
	free(got);
	free(link);
	/* A link to a file: the file.  A link to nothing, a missing folder. */
	link = xasprintf("%s/rec.cfg", dir);
	tu_need_symlink("real/record.cfg", link);
	free(want);
	want = xasprintf("%s/real/record.cfg", top);
	assert_int_equal(fs_resolve(link, &got), 0);
	assert_string_equal(got, want);
	free(got);
	free(link);
	link = xasprintf("%s/dangling.cfg", dir);
	tu_need_symlink("real/none/x.cfg", link);
	assert_int_equal(fs_resolve(link, &got), -ENOENT);
	assert_null(got);
	free(link);
	link = xasprintf("%s/no/such/x.cfg", dir);
	assert_int_equal(fs_resolve(link, &got), -ENOENT);
	free(link);
	free(want);
	free(top);
	free(real);
}

static void
test_remove_stale_temps(void **state)
{
	static const char *const stale[] = {
		"rec.cfg.tmp.AbC123", "rec.cfg.tmp.zzzzzz",
	};
	static const char *const kept[] = {
		"rec.cfg", "rec.cfg.lock", "rec.cfg.tmp.abc",
		"rec.cfg.tmp.abcdefg", "rec.cfg.tmp.ab-123",
		"rec.cfg.broken-20261124T070500Z", "other.cfg.tmp.AbC123",
		"rec.cfgx.tmp.AbC123",
	};
	const char *dir = *state;
	char *path, *sub;

	for (size_t i = 0; i < sizeof stale / sizeof *stale; i++)
		free(tu_write(dir, stale[i], "x"));
	for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
		free(tu_write(dir, kept[i], "x"));
	/* A folder with a temp's name is not ours to remove. */
	sub = xasprintf("%s/rec.cfg.tmp.Dir123", dir);
	assert_int_equal(tu_mkdir(sub), 0);
	path = xasprintf("%s/rec.cfg", dir);
	fs_remove_stale_temps(path);
	for (size_t i = 0; i < sizeof stale / sizeof *stale; i++)
		assert_false(exists(dir, stale[i]));
	for (size_t i = 0; i < sizeof kept / sizeof *kept; i++)
		assert_true(exists(dir, kept[i]));
	assert_int_equal(access(sub, F_OK), 0);
	/* Everything but the two stale temps: . .. kept[] and the folder. */
	assert_int_equal(tu_count_entries(dir, ""),
	    (int)(2 + sizeof kept / sizeof *kept + 1));
	free(sub);
	free(path);
}

/* Assert fs_xdg_dir(kind) is want (NULL allowed). */
static void
assert_xdg(const char *kind, const char *want)
{
	char *got = fs_xdg_dir(kind);

	if (want == NULL)
		assert_null(got);
	else {
		assert_non_null(got);
		assert_string_equal(got, want);
	}
	free(got);
}

/* Why the XDG cases are POSIX's. */
#define XDG_WHY "Windows keeps the record in %LOCALAPPDATA% and the " \
	"site settings in %PROGRAMDATA% (paths_win.c), not in XDG folders"

static void
test_xdg_env(void **state)
{
	(void)state;
	tu_posix_only(XDG_WHY);
	setenv("HOME", "/home/siti", 1);
	setenv("XDG_STATE_HOME", "/srv/state", 1);
	setenv("XDG_CONFIG_HOME", "/srv/config", 1);
	assert_xdg("state", "/srv/state/jagaakun");
	assert_xdg("config", "/srv/config/jagaakun");
	assert_xdg("cache", NULL);
}

static void
test_xdg_relative_ignored(void **state)
{
	(void)state;
	tu_posix_only(XDG_WHY);
	setenv("HOME", "/home/siti", 1);
	setenv("XDG_STATE_HOME", "state", 1);
	setenv("XDG_CONFIG_HOME", "./config", 1);
	assert_xdg("state", "/home/siti/.local/state/jagaakun");
	assert_xdg("config", "/home/siti/.config/jagaakun");
	assert_xdg("data", NULL);	/* not one jagaakun uses */
	unsetenv("XDG_STATE_HOME");
	assert_xdg("state", "/home/siti/.local/state/jagaakun");
}

static void
test_xdg_home_fallback(void **state)
{
	char *home, *want;

	(void)state;
	tu_posix_only(XDG_WHY);
	home = tu_passwd_home();
	want = xasprintf("%s/.config/jagaakun", home);
	free(home);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("HOME");
	assert_xdg("config", want);
	setenv("HOME", "relative/home", 1);
	assert_xdg("config", want);
	free(want);
}

static void
test_mkdir_p(void **state)
{
	const char *dir = *state;
	char *deep = xasprintf("%s/a/b//c/", dir);
	char *mid = xasprintf("%s/a/b", dir);
	struct stat st;

	umask(022);
	assert_int_equal(fs_mkdir_p(deep, 0700), 0);
	assert_int_equal(stat(deep, &st), 0);
	assert_true(S_ISDIR(st.st_mode));
	tu_assert_mode(deep, 0700);
	tu_assert_mode(mid, 0700);
	/* Already there: fine, and nothing changes. */
	assert_int_equal(fs_mkdir_p(deep, 0700), 0);
	assert_int_equal(fs_mkdir_p(dir, 0700), 0);
	free(mid);
	free(deep);
}

static void
test_mkdir_p_file_in_the_way(void **state)
{
	const char *dir = *state;
	char *file = tu_write(dir, "plain", "x");
	char *below = xasprintf("%s/plain/sub/deeper", dir);

	assert_int_equal(fs_mkdir_p(below, 0700), -ENOTDIR);
	assert_int_equal(fs_mkdir_p(file, 0700), -ENOTDIR);
	assert_content(dir, "plain", "x");
	free(below);
	free(file);
}

/* In a child process: 0 when the lock on ctx (a path) is busy. */
static int
lock_busy(void *ctx)
{
	return fs_lock(ctx) == -EWOULDBLOCK ? 0 : 1;
}

/* In a child process, try the lock on path; true when it is busy. */
static bool
lock_busy_in_child(const char *path)
{
	return tu_child_wait(tu_child_start(lock_busy, (void *)path)) == 0;
}

static void
test_lock(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/rec.cfg", dir);
	char *lockpath = xasprintf("%s/rec.cfg.lock", dir);
	int fd, fd2;

	fd = fs_lock(path);
	assert_true(fd >= 0);
	tu_assert_mode(lockpath, 0600);
	/* flock belongs to the open file description: a second open in the
	 * same process conflicts, as another process does. */
	assert_int_equal(fs_lock(path), -EWOULDBLOCK);
	/* Another process (none on Windows, which has no fork: there the
	 * second instance is kept out in tests/windows/run.sh). */
	if (tu_can_fork())
		assert_true(lock_busy_in_child(path));
	fs_unlock(fd);
	if (tu_can_fork())
		assert_false(lock_busy_in_child(path));
	fd2 = fs_lock(path);
	assert_true(fd2 >= 0);
	fs_unlock(fd2);
	fs_unlock(-1);
	/* The data file itself is never created or touched by the lock. */
	assert_int_equal(access(path, F_OK), -1);
	free(lockpath);
	free(path);
}

static void
test_lock_refuses_link_and_fifo(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/rec.cfg", dir);
	char *lockpath = xasprintf("%s/rec.cfg.lock", dir);
	char *made = xasprintf("%s/made-by-lock", dir);

	/* A planted link must not make the lock create a file elsewhere. */
	tu_need_symlink("made-by-lock", lockpath);
	assert_int_equal(fs_lock(path), -EEXIST);
	assert_int_equal(fs_lock_shared(path), -EEXIST);
	assert_int_equal(access(made, F_OK), -1);
	assert_link(lockpath, "made-by-lock");
	/* Nor is a FIFO, which would hang an open, used. */
	assert_int_equal(unlink(lockpath), 0);
	if (tu_mkfifo(lockpath)) {	/* none on Windows */
		assert_int_equal(fs_lock(path), -EEXIST);
		assert_int_equal(fs_lock_shared(path), -EEXIST);
	}
	free(made);
	free(lockpath);
	free(path);
}

static void
test_lock_shared(void **state)
{
	char *path = xasprintf("%s/rec.cfg", (char *)*state);
	int r1, r2, w;

	/* Readers share; a writer keeps them out and they keep it out. */
	r1 = fs_lock_shared(path);
	assert_true(r1 >= 0);
	r2 = fs_lock_shared(path);
	assert_true(r2 >= 0);
	assert_int_equal(fs_lock(path), -EWOULDBLOCK);
	if (tu_can_fork())
		assert_true(lock_busy_in_child(path));
	fs_unlock(r1);
	fs_unlock(r2);
	w = fs_lock(path);
	assert_true(w >= 0);
	assert_int_equal(fs_lock_shared(path), -EWOULDBLOCK);
	fs_unlock(w);
	free(path);
}

/* As another user in a folder of theirs they cannot write: the reader's
 * lock on ctx, expecting -EACCES without a lock file and a lock with
 * one.  0 when both went so. */
static int
lock_shared_read_only(void *ctx)
{
	char *missing = xasprintf("%s/new.cfg", (char *)ctx);
	char *present = xasprintf("%s/rec.cfg", (char *)ctx);
	int fd = fs_lock_shared(present);
	int ok = fd >= 0 && fs_lock_shared(missing) == -EACCES;

	fs_unlock(fd);
	free(present);
	free(missing);
	return ok ? 0 : 1;
}

static void
test_lock_shared_read_only_folder(void **state)
{
	const char *dir = *state;
	char *ro = xasprintf("%s/ro", dir);
	char *lockfile = tu_write(dir, "ro/rec.cfg.lock", "");

	tu_need_root();
	assert_int_equal(chmod(dir, 0711), 0);
	tu_chown_other(lockfile);
	tu_chown_other(ro);
	assert_int_equal(chmod(ro, 0500), 0);
	assert_int_equal(tu_as_other_user(lock_shared_read_only, ro), 0);
	free(lockfile);
	free(ro);
}

static void
test_lock_folder_missing(void **state)
{
	char *path = xasprintf("%s/no/rec.cfg", (char *)*state);

	assert_int_equal(fs_lock(path), -ENOENT);
	free(path);
}

/* Assert fs_dirname(path) is want. */
static void
assert_dirname(const char *path, const char *want)
{
	char *got = fs_dirname(path);

	assert_string_equal(got, want);
	free(got);
}

static void
test_dirname(void **state)
{
	(void)state;
	assert_dirname("/home/siti/.local/state/jagaakun/record.cfg",
	    "/home/siti/.local/state/jagaakun");
	assert_dirname("a/b/", "a");
	assert_dirname("record.cfg", ".");
	assert_dirname("/record.cfg", "/");
	assert_dirname("/", "/");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_write_atomic_new_file),
		T(test_write_atomic_replaces),
		T(test_write_atomic_writer_error),
		T(test_write_atomic_disk_full),
		T(test_write_atomic_fsync_fails),
		T(test_write_atomic_rename_fails),
		T(test_write_atomic_folder_missing),
		T(test_write_atomic_never_follows_link),
		T(test_write_atomic_dangling_link),
		T(test_write_atomic_not_a_regular_file),
		T(test_write_atomic_other_users_file),
		T(test_write_file_shared_and_new),
		T(test_write_file_drop_box),
		T(test_write_output_device),
		T(test_write_output_fifo),
		T(test_write_output_links),
		T(test_resolve),
		T(test_remove_stale_temps),
		T(test_xdg_env),
		T(test_xdg_relative_ignored),
		T(test_xdg_home_fallback),
		T(test_mkdir_p),
		T(test_mkdir_p_file_in_the_way),
		T(test_lock),
		T(test_lock_refuses_link_and_fifo),
		T(test_lock_shared),
		T(test_lock_shared_read_only_folder),
		T(test_lock_folder_missing),
		T(test_dirname),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
