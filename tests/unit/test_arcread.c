/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for arcread.c, on archives written here with libarchive: the
 * names taken for archives; entries handed over in archive order with
 * their bytes, hidden ones, folders and unwanted names passed over, in
 * zip, tar, tar.gz; paths leading outside, links of both kinds and
 * nested archives refused whatever their names; the size limit to the
 * byte; bombs refused before their data is expanded (a declared size, a
 * real tar.gz of 80 MB of zeros, and a zip read from a pipe, where the
 * sizes are not known until read); damaged archives and files that are
 * none.
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "base/xalloc.h"
#include "os/arcread.h"

/* An entry to write: a regular file unless link is set (sym: a symbolic
 * link, else a hard link) or dir. */
struct ent {
	const char *name;
	const char *data;
	size_t len;
	const char *link;
	bool sym, dir;
};

/* What the reader reported, one line an event. */
static char events[8192];

static bool
wanted(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && strcmp(name + n - 5, ".json") == 0;
}

static void
on_entry(void *ctx, const char *name, char *data, size_t len)
{
	(void)ctx;
	assert_int_equal(data[len], '\0');
	snprintf(events + strlen(events), sizeof events - strlen(events),
	    "entry %s %zu %.4s\n", name, len, data);
	free(data);
}

static void
on_problem(void *ctx, const char *name, enum arc_problem what,
    const char *detail)
{
	static const char *const words[] = { "outside", "link", "nested",
	    "not-file", "too-large", "unreadable", "bomb", "damaged" };

	(void)ctx;
	(void)detail;
	snprintf(events + strlen(events), sizeof events - strlen(events),
	    "%s %s\n", words[what], name != NULL ? name : "-");
}

static const struct arc_visitor visitor = { wanted, on_entry, on_problem,
	NULL, 10 };

/* Write entries e[0..n) as format ('z' zip, 't' tar, 'g' tar.gz) into a
 * buffer; *size gets its length. */
static char *
make(char format, const struct ent *e, size_t n, size_t *size)
{
	size_t cap = 4 * 1024 * 1024;
	char *buf = xmalloc(cap);
	struct archive *a = archive_write_new();

	if (format == 'z')
		assert_int_equal(archive_write_set_format_zip(a), ARCHIVE_OK);
	else
		assert_int_equal(archive_write_set_format_pax_restricted(a),
		    ARCHIVE_OK);
	if (format == 'g') {
		assert_int_equal(archive_write_add_filter_gzip(a), ARCHIVE_OK);
		archive_write_set_filter_option(a, "gzip", "compression-level",
		    "1");
	}
	if (format == 'z')
		archive_write_set_format_option(a, "zip", "compression-level",
		    "1");
	assert_int_equal(archive_write_open_memory(a, buf, cap, size),
	    ARCHIVE_OK);
	for (size_t i = 0; i < n; i++) {
		struct archive_entry *ae = archive_entry_new();

		archive_entry_set_pathname(ae, e[i].name);
		archive_entry_set_perm(ae, 0644);
		if (e[i].dir)
			archive_entry_set_filetype(ae, AE_IFDIR);
		else if (e[i].link != NULL && e[i].sym) {
			archive_entry_set_filetype(ae, AE_IFLNK);
			archive_entry_set_symlink(ae, e[i].link);
		} else {
			archive_entry_set_filetype(ae, AE_IFREG);
			if (e[i].link != NULL)
				archive_entry_set_hardlink(ae, e[i].link);
			else
				archive_entry_set_size(ae, (la_int64_t)e[i].len);
		}
		assert_int_equal(archive_write_header(a, ae), ARCHIVE_OK);
		if (e[i].len > 0 && e[i].link == NULL)
			assert_int_equal(archive_write_data(a, e[i].data,
			    e[i].len), (la_ssize_t)e[i].len);
		archive_entry_free(ae);
	}
	assert_int_equal(archive_write_close(a), ARCHIVE_OK);
	archive_write_free(a);
	return buf;
}

/* Read an archive of the entries in each of the formats in formats and
 * check the events are want for each. */
static void
check(const char *formats, const struct ent *e, size_t n, const char *want)
{
	for (const char *f = formats; *f != '\0'; f++) {
		size_t size;
		char *buf = make(*f, e, n, &size);

		events[0] = '\0';
		arc_read_memory(buf, size, &visitor);
		if (strcmp(events, want) != 0)
			print_error("format %c:\n%s\nwanted:\n%s\n", *f, events,
			    want);
		assert_string_equal(events, want);
		free(buf);
	}
}

#define ENT(name, text) { name, text, sizeof text - 1, NULL, false, false }

static void
test_arcread_names(void **state)
{
	(void)state;
	assert_true(arc_is_archive_name("a.zip"));
	assert_true(arc_is_archive_name("A.ZIP"));
	assert_true(arc_is_archive_name("reports.tar"));
	assert_true(arc_is_archive_name("reports.tar.gz"));
	assert_true(arc_is_archive_name("reports.TGZ"));
	assert_false(arc_is_archive_name(".zip"));
	assert_false(arc_is_archive_name("a.gz"));
	assert_false(arc_is_archive_name("a.json"));
	assert_false(arc_is_archive_name("zip"));
	assert_false(arc_is_archive_name("a.zip.json"));
}

static void
test_arcread_entries(void **state)
{
	const struct ent e[] = {
		{ "dir/", NULL, 0, NULL, false, true },
		ENT("dir/a.json", "{\"a\"}"),
		ENT("./b.json", "[1]"),
		ENT(".hidden.json", "{}"),
		ENT("dir/.h/c.json", "{}"),
		ENT("notes.txt", "hello"),
		ENT("empty.json", ""),
	};

	(void)state;
	check("ztg", e, sizeof e / sizeof e[0],
	    "entry dir/a.json 5 {\"a\"\n"
	    "entry ./b.json 3 [1]\n"
	    "entry empty.json 0 \n");
}

static void
test_arcread_outside(void **state)
{
	const struct ent e[] = {
		ENT("../up.json", "{}"),
		ENT("/etc/abs.json", "{}"),
		ENT("a/../../x.txt", "x"),
		ENT("C:boot.json", "{}"),
		ENT("a/b..c.json", "{}"),
	};
	const struct ent win[] = { ENT("..\\win.json", "{}") };

	(void)state;
	check("ztg", e, sizeof e / sizeof e[0],
	    "outside ../up.json\n"
	    "outside /etc/abs.json\n"
	    "outside a/../../x.txt\n"
	    "outside C:boot.json\n"
	    "entry a/b..c.json 2 {}\n");
	/* A backslash separates parts too (libarchive turns a zip's into
	 * '/' itself). */
	check("tg", win, 1, "outside ..\\win.json\n");
	check("z", win, 1, "outside ../win.json\n");
}

static void
test_arcread_links(void **state)
{
	const struct ent e[] = {
		ENT("a.json", "{}"),
		{ "sym.json", NULL, 0, "/etc/passwd", true, false },
		{ "sym.txt", NULL, 0, "a.json", true, false },
		{ "hard.json", NULL, 0, "a.json", false, false },
		ENT("inner.zip", "PK"),
		ENT("d/inner.tar.gz", "x"),
	};

	(void)state;
	/* zip has no hard links: libarchive writes them as files. */
	check("tg", e, sizeof e / sizeof e[0],
	    "entry a.json 2 {}\n"
	    "link sym.json\n"
	    "link sym.txt\n"
	    "link hard.json\n"
	    "nested inner.zip\n"
	    "nested d/inner.tar.gz\n");
	check("z", e, 3,
	    "entry a.json 2 {}\n"
	    "link sym.json\n"
	    "link sym.txt\n");
}

static void
test_arcread_size(void **state)
{
	const struct ent e[] = {
		ENT("ten.json", "0123456789"),
		ENT("eleven.json", "0123456789A"),
		ENT("after.json", "{}"),
	};

	(void)state;
	check("ztg", e, sizeof e / sizeof e[0],
	    "entry ten.json 10 0123\n"
	    "too-large eleven.json\n"
	    "entry after.json 2 {}\n");
}

/* A tar whose one entry declares 8 GiB and holds nothing: refused from
 * its header. */
static void
test_arcread_bomb_declared(void **state)
{
	const struct ent e[] = { ENT("big.json", "{}") };
	size_t size;
	char *buf = make('t', e, 1, &size);
	unsigned sum = 0;

	(void)state;
	/* The ustar size field, then the header's checksum again. */
	memcpy(buf + 124, "77777777777", 11);
	memset(buf + 148, ' ', 8);
	for (int i = 0; i < 512; i++)
		sum += (unsigned char)buf[i];
	snprintf(buf + 148, 8, "%06o", sum);
	events[0] = '\0';
	arc_read_memory(buf, size, &visitor);
	assert_string_equal(events, "bomb -\n");
	free(buf);
}

/* A real bomb: 80 MB of zeros in a tar.gz of about 80 KB, then a good
 * entry never reached. */
static void
test_arcread_bomb_gzip(void **state)
{
	size_t big = 80 * 1024 * 1024, size;
	char *zeros = xcalloc(1, big);
	const struct ent e[] = {
		ENT("a.json", "{}"),
		{ "zeros.bin", zeros, big, NULL, false, false },
		ENT("b.json", "{}"),
	};
	char *buf = make('g', e, 3, &size);

	(void)state;
	assert_true(size < 1024 * 1024);
	events[0] = '\0';
	arc_read_memory(buf, size, &visitor);
	assert_string_equal(events, "entry a.json 2 {}\nbomb -\n");
	free(buf);
	free(zeros);
}

/* What a child process writes into a pipe. */
struct feed {
	int fd, other;		/* the write end; the read end, closed */
	const char *buf;
	size_t size;
};

/* Write the feed's bytes into its pipe, until the reader stops. */
static int
feed_pipe(void *arg)
{
	const struct feed *f = arg;
	size_t off = 0;

	close(f->other);
	while (off < f->size) {
		ssize_t n = write(f->fd, f->buf + off, f->size - off);

		if (n <= 0)
			return 0;	/* the reader stopped early */
		off += (size_t)n;
	}
	return 0;
}

/* A zip read from a pipe: no seeking, so the streaming reader, whose
 * entries written with a data descriptor have no size in their headers:
 * the bytes are counted as they come.  (Skipped where tu_child_start
 * cannot start a child: Windows.) */
static void
test_arcread_bomb_pipe(void **state)
{
	size_t big = 80 * 1024 * 1024, size;
	char *zeros = xcalloc(1, big);
	const struct ent e[] = {
		ENT("a.json", "{}"),
		{ "zeros.json", zeros, big, NULL, false, false },
		{ "zeros.bin", zeros, big, NULL, false, false },
	};
	struct archive *a = archive_write_new();
	char *buf = xmalloc(4 * 1024 * 1024);
	int fds[2];
	struct feed f;
	struct tu_child child;

	(void)state;
	/* Written as a stream: sizes unknown until the data descriptor. */
	archive_write_set_format_zip(a);
	archive_write_set_format_option(a, "zip", "compression-level", "1");
	assert_int_equal(archive_write_open_memory(a, buf, 4 * 1024 * 1024,
	    &size), ARCHIVE_OK);
	for (size_t i = 0; i < 3; i++) {
		struct archive_entry *ae = archive_entry_new();

		archive_entry_set_pathname(ae, e[i].name);
		archive_entry_set_filetype(ae, AE_IFREG);
		archive_entry_set_perm(ae, 0644);
		assert_int_equal(archive_write_header(a, ae), ARCHIVE_OK);
		assert_int_equal(archive_write_data(a, e[i].data, e[i].len),
		    (la_ssize_t)e[i].len);
		archive_entry_free(ae);
	}
	assert_int_equal(archive_write_close(a), ARCHIVE_OK);
	archive_write_free(a);
	free(zeros);
	assert_int_equal(pipe(fds), 0);
	f = (struct feed){ fds[1], fds[0], buf, size };
	child = tu_child_start(feed_pipe, &f);
	close(fds[1]);
	events[0] = '\0';
	arc_read_fd(fds[0], &visitor);
	close(fds[0]);
	(void)tu_child_wait(child);
	/* zeros.json is too large at its 11th byte; zeros.bin, unwanted, is
	 * read through and counted until the limit of 64 MiB. */
	assert_string_equal(events,
	    "entry a.json 2 {}\ntoo-large zeros.json\nbomb -\n");
	free(buf);
}

static void
test_arcread_damaged(void **state)
{
	const struct ent e[] = {
		ENT("a.json", "{\"first\"}"),
		ENT("b.json", "{\"second\"}"),
	};
	size_t size;
	char *buf;

	(void)state;
	events[0] = '\0';
	arc_read_memory("", 0, &visitor);
	assert_string_equal(events, "damaged -\n");
	events[0] = '\0';
	arc_read_memory("these are my notes, not an archive\n", 35, &visitor);
	assert_string_equal(events, "damaged -\n");
	/* A tar cut inside its second entry's header. */
	buf = make('t', e, 2, &size);
	events[0] = '\0';
	arc_read_memory(buf, 1024 + 100, &visitor);
	assert_string_equal(events, "entry a.json 9 {\"fi\ndamaged -\n");
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arcread_names),
		cmocka_unit_test(test_arcread_entries),
		cmocka_unit_test(test_arcread_outside),
		cmocka_unit_test(test_arcread_links),
		cmocka_unit_test(test_arcread_size),
		cmocka_unit_test(test_arcread_bomb_declared),
		cmocka_unit_test(test_arcread_bomb_gzip),
		cmocka_unit_test(test_arcread_bomb_pipe),
		cmocka_unit_test(test_arcread_damaged),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
