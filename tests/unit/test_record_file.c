/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_record_file: where a record may be kept and how it is found and
 * locked: a folder others can write or another user's folder is refused,
 * a planted lock link is not followed, a record swapped for a link is not
 * saved through, a symbolic link to a record shares the record's lock, a
 * link to nothing is an error, and a reader takes a shared lock and works
 * in a read-only folder.
 *
 * The tests run as root in CI, whom permissions do not stop: ownership
 * is tested with files chowned to another user, and a read-only folder in
 * a child that has become that user (testutil.h).
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/record.h"
#include "os/fsutil.h"
#include "record_fixture.h"
#include "testutil.h"
#include "base/xalloc.h"

/* A record with one official, as jagaakun writes it. */
#define RECORD_ONE "format = 1;\nlast_nip = \"" NIP_SITI "\";\n" \
	"officials = ( { name = \"Siti Rahma\"; nip = \"" NIP_SITI "\"; " \
	"kind = \"pns\"; unit = \"Dinas\"; position = \"Analis\"; " \
	"created = \"2026-11-24T07:00:00Z\"; " \
	"updated = \"2026-11-24T07:05:00Z\"; steps = ( ); } );\n"

/* Open path (to write, or with read_only to read) expecting err, with one
 * message that holds needle. */
static void
assert_open_fails(const char *path, bool read_only, int err,
    const char *needle)
{
	struct record *r = (struct record *)1;
	struct diag d;

	diag_init(&d);
	assert_int_equal(read_only ? record_open_read(path, &r, &d) :
	    record_open(path, &r, &d), err);
	assert_null(r);
	assert_int_equal(d.n, 1);
	if (strstr(d.msgs[0], needle) == NULL)
		fail_msg("\"%s\" is not in \"%s\"", needle, d.msgs[0]);
	diag_done(&d);
}

/* The absolute, link-free name of path, which the test knows resolves. */
static char *
resolved(const char *path)
{
	char *real;

	assert_int_equal(fs_resolve(path, &real), 0);
	return real;
}

static void
test_folder_others_can_write(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "state/record.cfg", RECORD_ONE);
	char *folder = xasprintf("%s/state", dir);
	struct record *r;

	tu_posix_only("Windows keeps who may write a folder in its access "
	    "list, not in mode bits (fs_folder_owner checks the owner)");
	assert_int_equal(chmod(folder, 0777), 0);
	assert_open_fails(path, false, -EPERM, "mode 0777");
	assert_open_fails(path, true, -EPERM, "chmod 700");
	assert_int_equal(chmod(folder, 0770), 0);
	assert_open_fails(path, false, -EPERM, "other users can change");
	/* Nothing was made there: no lock file. */
	assert_int_equal(tu_count_entries(folder, "record.cfg.lock"), 0);
	assert_int_equal(chmod(folder, 0755), 0);
	r = rf_open_ok(path);
	assert_int_equal(r->n_officials, 1);
	record_close(r);
	free(folder);
	free(path);
}

static void
test_folder_of_another_user(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "theirs/record.cfg", RECORD_ONE);
	char *folder = xasprintf("%s/theirs", dir);

	tu_need_root();
	tu_chown_other(folder);
	assert_open_fails(path, false, -EPERM, "belongs to another user");
	assert_open_fails(path, true, -EPERM, "belongs to another user");
	free(folder);
	free(path);
}

static void
test_lock_link_not_followed(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/record.cfg", dir);
	char *lock = xasprintf("%s.lock", path);
	char *made = xasprintf("%s/made-by-lock", dir);

	tu_need_symlink("made-by-lock", lock);
	assert_open_fails(path, false, -EEXIST, "not a regular file");
	assert_open_fails(path, true, -EEXIST, "remove it");
	assert_int_equal(access(made, F_OK), -1);
	free(made);
	free(lock);
	free(path);
}

static void
test_swapped_for_link_not_saved_through(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "record.cfg", RECORD_ONE);
	char *notes = tu_write(dir, "notes.txt", "the official's own\n");
	char *moved = xasprintf("%s/moved.cfg", dir);
	struct record *r = rf_open_ok(path);
	char *kept;

	/* While it runs, the record is swapped for a link to another file. */
	assert_int_equal(rename(path, moved), 0);
	tu_need_symlink("notes.txt", path);
	assert_int_equal(record_save(r), -EEXIST);
	kept = tu_read(notes);
	assert_string_equal(kept, "the official's own\n");
	free(kept);
	record_close(r);
	free(moved);
	free(notes);
	free(path);
}

static void
test_link_shares_the_lock(void **state)
{
	const char *dir = *state;
	char *real = tu_write(dir, "real/record.cfg", RECORD_ONE);
	char *link = xasprintf("%s/record.cfg", dir);
	char *folder_link = xasprintf("%s/also", dir);
	char *via_folder = xasprintf("%s/also/record.cfg", dir);
	char *want = resolved(real), *text;
	struct record *r, *r2;

	tu_need_symlink("real/record.cfg", link);
	tu_need_symlink("real", folder_link);
	r = rf_open_ok(link);
	assert_string_equal(r->path, want);
	/* The same record by its own name, or through a linked folder. */
	assert_open_fails(real, false, -EWOULDBLOCK, "already open");
	assert_open_fails(via_folder, false, -EWOULDBLOCK, "already open");
	assert_open_fails(link, true, -EWOULDBLOCK, "already open");
	/* A save goes to the file; the link stays a link. */
	free(r->last_nip);
	r->last_nip = NULL;
	assert_int_equal(record_save(r), 0);
	record_close(r);
	assert_true(fs_is_link(link));
	text = tu_read(real);
	assert_null(strstr(text, "last_nip"));
	free(text);
	r2 = rf_open_ok(via_folder);
	record_close(r2);
	free(want);
	free(via_folder);
	free(folder_link);
	free(link);
	free(real);
}

static void
test_dangling_link_is_an_error(void **state)
{
	const char *dir = *state;
	char *link = xasprintf("%s/record.cfg", dir);

	tu_need_symlink("gone/record.cfg", link);
	assert_open_fails(link, false, -ENOENT, "does not exist");
	assert_open_fails(link, true, -ENOENT, "does not exist");
	assert_int_equal(tu_count_entries(dir, ""), 3);	/* . .. the link */
	free(link);
}

static void
test_link_in_an_open_folder(void **state)
{
	const char *dir = *state;
	char *real = tu_write(dir, "private/record.cfg", RECORD_ONE);
	char *open_dir = xasprintf("%s/shared", dir);
	char *link = xasprintf("%s/shared/record.cfg", dir);

	/* Anyone could point this link elsewhere between two runs. */
	tu_posix_only("Windows has no mode 1777 folders (an access list)");
	assert_int_equal(tu_mkdir(open_dir), 0);
	tu_need_symlink("../private/record.cfg", link);
	assert_int_equal(chmod(open_dir, 01777), 0);
	assert_open_fails(link, false, -EPERM, "mode 1777");
	free(link);
	free(open_dir);
	free(real);
}

/* Open path to read, asserting success. */
static struct record *
open_read_ok(const char *path)
{
	struct record *r = NULL;
	struct diag d;

	diag_init(&d);
	assert_int_equal(record_open_read(path, &r, &d), 0);
	assert_int_equal(d.n, 0);
	assert_non_null(r);
	diag_done(&d);
	return r;
}

static void
test_readers_share_the_lock(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "record.cfg", RECORD_ONE);
	struct record *r1 = open_read_ok(path), *r2 = open_read_ok(path), *w;

	assert_int_equal(r1->n_officials, 1);
	assert_open_fails(path, false, -EWOULDBLOCK, "already open");
	record_close(r1);
	record_close(r2);
	w = rf_open_ok(path);
	assert_open_fails(path, true, -EWOULDBLOCK, "already open");
	record_close(w);
	free(path);
}

static void
test_read_missing_folder_makes_nothing(void **state)
{
	const char *dir = *state;
	char *path = xasprintf("%s/state/jagaakun/record.cfg", dir);
	struct record *r = open_read_ok(path);

	assert_int_equal(r->n_officials, 0);
	record_close(r);
	assert_int_equal(tu_count_entries(dir, ""), 2);
	free(path);
}

/* As the owner of the read-only folder ctx: the record there can be read
 * (with no lock file made) but not opened to write.  0 when so. */
static int
read_only_folder(void *ctx)
{
	char *path = xasprintf("%s/record.cfg", (char *)ctx);
	struct record *r = NULL;
	struct diag d;
	int ok;

	diag_init(&d);
	ok = record_open_read(path, &r, &d) == 0 && r->n_officials == 1 &&
	    tu_count_entries(ctx, "record.cfg.lock") == 0;
	record_close(r);
	r = NULL;
	ok = ok && record_open(path, &r, &d) == -EACCES && r == NULL;
	diag_done(&d);
	free(path);
	return ok ? 0 : 1;
}

static void
test_read_only_folder(void **state)
{
	const char *dir = *state;
	char *path = tu_write(dir, "ro/record.cfg", RECORD_ONE);
	char *folder = xasprintf("%s/ro", dir);

	tu_need_root();
	assert_int_equal(chmod(dir, 0711), 0);
	tu_chown_other(path);
	tu_chown_other(folder);
	assert_int_equal(chmod(folder, 0500), 0);
	assert_int_equal(tu_as_other_user(read_only_folder, folder), 0);
	free(folder);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, rf_setup, rf_teardown)
		T(test_folder_others_can_write),
		T(test_folder_of_another_user),
		T(test_lock_link_not_followed),
		T(test_swapped_for_link_not_saved_through),
		T(test_link_shares_the_lock),
		T(test_dangling_link_is_an_error),
		T(test_link_in_an_open_folder),
		T(test_readers_share_the_lock),
		T(test_read_missing_folder_makes_nothing),
		T(test_read_only_folder),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
