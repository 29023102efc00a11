/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_cfgread: where libconfig 1.5 honours @include, checked against
 * libconfig itself (an @include of a missing file is its "cannot open
 * include file"), so the refusal neither misses one nor flags "@include"
 * in a string or a comment; then a file that includes a folder (on which
 * libconfig exits the program) or a FIFO (on which it blocks; an alarm
 * ends a test that hangs) is refused with its line; libconfig parses the
 * very bytes checked, NUL bytes included; a read error is passed on.
 */
#include "config.h"
#include "testutil.h"

#include <errno.h>
#include <fcntl.h>
#include <libconfig.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/cfgread.h"
#include "base/diag.h"
#include "base/xalloc.h"

/* A path that does not exist, so that libconfig fails on the include. */
#define MISSING "\"/nonexistent-jagaakun-test/x.cfg\""
#define INC "@include " MISSING

#define REFUSED "@include is not allowed; put the settings in this file " \
	"itself"

/* A text and the line of the @include libconfig honours in it (0: none).
 * oracle is false where the scan flags more than libconfig does: an
 * "@include" not followed by a quoted name, or after a syntax error. */
static const struct {
	const char *text;
	int line;
	bool oracle;
} cases[] = {
	{ INC "\n", 1, true },
	{ "a = 1;\n" INC "\n", 2, true },
	{ "a = 1;\n \t @include\t \t" MISSING "\nb = 2;\n", 2, true },
	{ "a = 1; # comment\n" INC "\n", 2, true },
	{ "a = 1; // comment\n" INC "\n", 2, true },
	{ "/* a\n comment */\n" INC "\n", 3, true },
	{ "a = 1;\r\n" INC "\r\n", 2, true },
	{ "a = \"x\\\\\";\n" INC "\n", 2, true },	/* "x\\" ends */
	{ "a = \"x\" \n" INC "\n", 2, true },
	{ "# /* not a block comment\n" INC "\n", 2, true },
	{ "a = \"/*\";\n" INC "\n", 2, true },
	{ "a = \"#\";\n" INC "\n", 2, true },
	{ "/* # */\n" INC "\n", 2, true },
	{ "a = [ 1,\n" INC "\n", 2, true },
	/* Text, not an @include. */
	{ "a = \"one\n@include \\\"x\\\"\ntwo\";\n", 0, true },
	{ "a = \"x\\\"\n" INC "\n\";\n", 0, true },	/* \" keeps it open */
	{ "/*\n" INC "\n*/ a = 1;\n", 0, true },
	{ "# " INC "\na = 1;\n", 0, true },
	{ "a = 1; // " INC "\n", 0, true },
	{ "a = 1; " INC "\n", 0, true },
	{ "/* c */ " INC "\n", 0, true },
	{ "a = 1;\r" INC "\n", 0, true },	/* a lone CR ends no line */
	{ "a = 1;\f" INC "\n", 0, true },
	{ "a = \"@include\";\n", 0, true },
	{ "", 0, true },
	{ "a = \"x@y\"; b = \"@inc\"; # @ @includ\n", 0, true },
	{ "a = 1;\n@inclu", 0, true },
	/* Flagged though libconfig would call it a syntax error. */
	{ "@include" MISSING "\n", 1, false },
	{ "@includes = 1;\n", 1, false },
	{ "a = ;\n" INC "\n", 2, false },
	{ "a = \"@\";\n@include", 2, false },
};

/* Say whether libconfig, parsing text, follows an @include on line. */
static bool
libconfig_includes(const char *text, int line)
{
	config_t cfg;
	bool follows;

	config_init(&cfg);
	follows = config_read_string(&cfg, text) != CONFIG_TRUE &&
	    strcmp(config_error_text(&cfg), "cannot open include file") == 0 &&
	    config_error_line(&cfg) == line;
	config_destroy(&cfg);
	return follows;
}

static void
test_include_line(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const char *text = cases[i].text;
		int line = cfgread_include_line(text, strlen(text));

		if (line != cases[i].line)
			fail_msg("case %zu: line %d, want %d", i, line,
			    cases[i].line);
		if (cases[i].oracle && (line > 0) !=
		    libconfig_includes(text, line > 0 ? line : 1))
			fail_msg("case %zu: libconfig does %sfollow it", i,
			    line > 0 ? "not " : "");
	}
}

static char *dir;		/* the test's scratch folder */
static struct diag d;		/* what cfgread_fd reported */

static int
setup(void **state)
{
	(void)state;
	dir = tu_tempdir();
	diag_init(&d);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	diag_done(&d);
	tu_rmtree(dir);
	free(dir);
	return 0;
}

/* Parse the n bytes of text written as dir/x.cfg into cfg (which the
 * caller destroys); the result of cfgread_fd.  *path gets the file's
 * path (caller frees). */
static int
read_bytes(const char *text, size_t n, config_t *cfg, char **path)
{
	int fd, err;

	*path = xasprintf("%s/x.cfg", dir);
	fd = open(*path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, text, n), (ssize_t)n);
	close(fd);
	fd = open(*path, O_RDONLY | O_CLOEXEC);
	assert_true(fd >= 0);
	config_init(cfg);
	tu_alarm(10);
	err = cfgread_fd(cfg, fd, *path, &d);
	tu_alarm(0);
	close(fd);
	return err;
}

/* Check that text is refused with one message, "PATH:line: want". */
static void
assert_refused(const char *text, int line, const char *want)
{
	char *path, *msg;
	config_t cfg;

	assert_int_equal(read_bytes(text, strlen(text), &cfg, &path),
	    -EBADMSG);
	config_destroy(&cfg);
	assert_int_equal(d.n, 1);
	msg = xasprintf("%s:%d: %s", path, line, want);
	assert_string_equal(d.msgs[0], msg);
	free(msg);
	free(path);
}

/* libconfig 1.5 calls exit(2) on an include of a folder: refused. */
static void
test_include_of_folder(void **state)
{
	(void)state;
	assert_refused("a = 1;\n@include \"/tmp\"\n", 2, REFUSED);
}

/* libconfig 1.5 blocks for ever on an include of a FIFO: refused. */
static void
test_include_of_fifo(void **state)
{
	char *fifo = xasprintf("%s/fifo", dir);
	char *text = xasprintf("# x\n\n  @include \"%s\"\n", fifo);

	(void)state;
	tu_need_fifo(fifo);
	assert_refused(text, 3, REFUSED);
	free(text);
	free(fifo);
}

/* "@include" in a string is text, and libconfig gets the bytes checked:
 * a NUL byte is still its syntax error, not the end of the file. */
static void
test_parses_bytes_checked(void **state)
{
	static const char nul[] = "a = 1;\nb = 2;\0c = ;\n";
	static const char str[] = "t = \"x\n@include \\\"/tmp\\\"\";\n";
	const char *s = NULL;
	config_t cfg;
	char *path, *msg;

	(void)state;
	assert_int_equal(read_bytes(str, sizeof str - 1, &cfg, &path), 0);
	assert_true(config_lookup_string(&cfg, "t", &s));
	assert_string_equal(s, "x\n@include \"/tmp\"");
	config_destroy(&cfg);
	free(path);
	assert_int_equal(read_bytes(nul, sizeof nul - 1, &cfg, &path),
	    -EBADMSG);
	config_destroy(&cfg);
	assert_int_equal(d.n, 1);
	msg = xasprintf("%s:2: syntax error", path);
	assert_string_equal(d.msgs[0], msg);
	free(msg);
	free(path);
}

/* A read error is returned, not reported. */
static void
test_read_error(void **state)
{
	int fd = tu_open_dir(dir);
	config_t cfg;

	(void)state;
	assert_true(fd >= 0);
	config_init(&cfg);
	assert_int_equal(cfgread_fd(&cfg, fd, dir, &d), -EISDIR);
	config_destroy(&cfg);
	close(fd);
	assert_int_equal(d.n, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_include_line),
		cmocka_unit_test_setup_teardown(test_include_of_folder, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_include_of_fifo, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_parses_bytes_checked,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_error, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
