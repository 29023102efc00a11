/*
 * test_fsutil: atomic replacement (and every way it can fail), stale
 * temps, XDG folders, mkdir -p, the lock and dirname.
 *
 * Failures are injected without relying on permissions (the tests run as
 * root): fsync and rename are wrapped at link time (-Wl,--wrap), and a
 * real ENOSPC comes from /dev/full swapped in under the stream.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
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
	int full = open("/dev/full", O_WRONLY);

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
	struct stat st;

	umask(022);
	assert_int_equal(fs_write_atomic(path, write_text, "first\n"), 0);
	assert_content(dir, "rec.cfg", "first\n");
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(tu_count_entries(dir, "rec.cfg.tmp."), 0);
	free(path);
}

static void
test_write_atomic_replaces(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "rec.cfg", "old\n");
	struct stat st;

	chmod(path, 0644);
	assert_int_equal(fs_write_atomic(path, write_text, "new\n"), 0);
	assert_content(dir, "rec.cfg", "new\n");
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
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

static void
test_write_atomic_symlink(void **state)
{
	const char *dir = *state;
	char *target = tu_write(dir, "dotfiles/rec.cfg", "old\n");
	char *link = xasprintf("%s/rec.cfg", dir);
	char buf[64];
	ssize_t n;

	assert_int_equal(symlink("dotfiles/rec.cfg", link), 0);
	assert_int_equal(fs_write_atomic(link, write_text, "new\n"), 0);
	n = readlink(link, buf, sizeof buf - 1);
	assert_true(n > 0);
	buf[n] = '\0';
	assert_string_equal(buf, "dotfiles/rec.cfg");
	assert_content(dir, "dotfiles/rec.cfg", "new\n");
	assert_int_equal(tu_count_entries(dir, "rec.cfg.tmp."), 0);
	free(link);
	link = xasprintf("%s/dotfiles", dir);
	assert_int_equal(tu_count_entries(link, "rec.cfg.tmp."), 0);
	free(link);
	free(target);
}

static void
test_write_atomic_dangling_symlink(void **state)
{
	const char *dir = *state;
	char *link = xasprintf("%s/rec.cfg", dir);
	struct stat st;

	assert_int_equal(symlink("gone/rec.cfg", link), 0);
	assert_int_equal(fs_write_atomic(link, write_text, "new\n"), -ENOENT);
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	free(link);
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
	assert_int_equal(mkdir(sub, 0700), 0);
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

static void
test_remove_stale_temps_beside_link_target(void **state)
{
	const char *dir = *state;
	char *target = tu_write(dir, "dotfiles/rec.cfg", "x");
	char *stale = tu_write(dir, "dotfiles/rec.cfg.tmp.Q1w2E3", "x");
	char *link = xasprintf("%s/rec.cfg", dir);

	assert_int_equal(symlink(target, link), 0);
	fs_remove_stale_temps(link);
	assert_int_equal(access(stale, F_OK), -1);
	assert_int_equal(access(target, F_OK), 0);
	free(link);
	free(stale);
	free(target);
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

static void
test_xdg_env(void **state)
{
	(void)state;
	setenv("HOME", "/home/siti", 1);
	setenv("XDG_STATE_HOME", "/srv/state", 1);
	setenv("XDG_CONFIG_HOME", "/srv/config", 1);
	setenv("XDG_DATA_HOME", "/srv/data", 1);
	assert_xdg("state", "/srv/state/jagaakun");
	assert_xdg("config", "/srv/config/jagaakun");
	assert_xdg("data", "/srv/data/jagaakun");
	assert_xdg("cache", NULL);
}

static void
test_xdg_relative_ignored(void **state)
{
	(void)state;
	setenv("HOME", "/home/siti", 1);
	setenv("XDG_STATE_HOME", "state", 1);
	setenv("XDG_CONFIG_HOME", "./config", 1);
	setenv("XDG_DATA_HOME", "", 1);
	assert_xdg("state", "/home/siti/.local/state/jagaakun");
	assert_xdg("config", "/home/siti/.config/jagaakun");
	assert_xdg("data", "/home/siti/.local/share/jagaakun");
	unsetenv("XDG_STATE_HOME");
	assert_xdg("state", "/home/siti/.local/state/jagaakun");
}

static void
test_xdg_home_fallback(void **state)
{
	struct passwd *pw = getpwuid(getuid());
	char *want;

	(void)state;
	assert_non_null(pw);
	want = xasprintf("%s/.config/jagaakun", pw->pw_dir);
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
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(stat(mid, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
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

/* In a child process, try the lock on path; exit 0 when it is busy. */
static int
lock_busy_in_child(const char *path)
{
	pid_t pid = fork();
	int status;

	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fs_lock(path) == -EWOULDBLOCK ? 0 : 1);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static void
test_lock(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/rec.cfg", dir);
	char *lockpath = xasprintf("%s/rec.cfg.lock", dir);
	struct stat st;
	int fd, fd2;

	fd = fs_lock(path);
	assert_true(fd >= 0);
	assert_int_equal(stat(lockpath, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	/* flock belongs to the open file description: a second open in the
	 * same process conflicts, as another process does. */
	assert_int_equal(fs_lock(path), -EWOULDBLOCK);
	assert_true(lock_busy_in_child(path));
	fs_unlock(fd);
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
		T(test_write_atomic_symlink),
		T(test_write_atomic_dangling_symlink),
		T(test_remove_stale_temps),
		T(test_remove_stale_temps_beside_link_target),
		T(test_xdg_env),
		T(test_xdg_relative_ignored),
		T(test_xdg_home_fallback),
		T(test_mkdir_p),
		T(test_mkdir_p_file_in_the_way),
		T(test_lock),
		T(test_lock_folder_missing),
		T(test_dirname),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
