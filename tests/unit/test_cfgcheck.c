/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_cfgcheck: the shared libconfig checks, driven directly with a
 * small table of every kind of value, so each message and line is seen
 * without going through a loader.
 */
#include "config.h"
#include "testutil.h"

#include <libconfig.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/cfgcheck.h"
#include "base/diag.h"
#include "base/xalloc.h"

/* One group of the "parts" list. */
struct part {
	char *label;
};

/* What the test file fills. */
struct thing {
	char *name;
	char *id;
	char *version;
	long long count;
	bool flag;
	char **tags;
	size_t n_tags;		/* tags read */
	size_t tag_slots;	/* elements of the tags list */
	struct part *parts;
	size_t n_parts;		/* parts read */
	size_t part_slots;	/* elements of the parts list */
};

static cfgcheck_fn check_name, check_id, check_version, check_count,
    check_flag, check_tags, check_parts, check_label;

static const struct cfgcheck_key thing_keys[] = {
	{ "name", true, check_name, offsetof(struct thing, name) },
	{ "id", false, check_id, offsetof(struct thing, id) },
	{ "version", false, check_version, offsetof(struct thing, version) },
	{ "count", false, check_count, offsetof(struct thing, count) },
	{ "flag", false, check_flag, offsetof(struct thing, flag) },
	{ "tags", false, check_tags, 0 },
	{ "parts", false, check_parts, 0 },
	{ "note", false, NULL, 0 },
	{ NULL, false, NULL, 0 }
};

static const struct cfgcheck_key part_keys[] = {
	{ "label", true, check_label, offsetof(struct part, label) },
	{ NULL, false, NULL, 0 }
};

/* Text of at most 10 bytes, paragraphs allowed. */
static void
check_name(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_text(ck, s, "\n", 10, field);
}

static void
check_id(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_ID, 8, field);
}

static void
check_version(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_VERSION, 8, field);
}

static void
check_count(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_int(ck, s, 0, 10, field);
}

static void
check_flag(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_bool(ck, s, field);
}

static void
check_label(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_text(ck, s, NULL, 20, field);
}

/* Store tag i of a thing. */
static void
read_tag(struct cfgcheck *ck, const config_setting_t *e, size_t i, void *arg)
{
	struct thing *t = arg;

	if (cfgcheck_copy_text(ck, e, NULL, 20, &t->tags[i]))
		t->n_tags++;
}

/* Read part i of a thing. */
static void
read_part(struct cfgcheck *ck, const config_setting_t *g, size_t i,
    void *arg)
{
	struct thing *t = arg;

	cfgcheck_group(ck, g, part_keys, &t->parts[i]);
	t->n_parts++;
}

/* A custom report for an element of parts that is not a group. */
static void
not_part(struct cfgcheck *ck, const config_setting_t *e, size_t i)
{
	(void)e;
	diag_add(ck->d, ck->path, cfgcheck_line(e), "part %zu is odd", i + 1);
}

static void
check_tags(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	static const struct cfgcheck_list tags = {
		CONFIG_TYPE_STRING, false, NULL, NULL, read_tag
	};
	struct thing *t = field;

	t->tag_slots = (size_t)config_setting_length(s);
	t->tags = xcalloc(t->tag_slots + 1, sizeof *t->tags);
	cfgcheck_list(ck, s, &tags, t);
}

static void
check_parts(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	static const struct cfgcheck_list parts = {
		CONFIG_TYPE_GROUP, true, NULL, not_part, read_part
	};
	struct thing *t = field;

	t->part_slots = (size_t)config_setting_length(s);
	t->parts = xcalloc(t->part_slots + 1, sizeof *t->parts);
	cfgcheck_list(ck, s, &parts, t);
}

/* Per-test state. */
struct fixture {
	char *dir;
	char *path;		/* of the last file written */
	struct diag d;
	struct thing t;
};

/* Free what a thing owns and clear it. */
static void
thing_clear(struct thing *t)
{
	free(t->name);
	free(t->id);
	free(t->version);
	for (size_t i = 0; i < t->tag_slots; i++)
		free(t->tags[i]);
	free(t->tags);
	for (size_t i = 0; i < t->part_slots; i++)
		free(t->parts[i].label);
	free(t->parts);
	memset(t, 0, sizeof *t);
}

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);

	f->dir = tu_tempdir();
	diag_init(&f->d);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	thing_clear(&f->t);
	diag_done(&f->d);
	tu_rmtree(f->dir);
	free(f->dir);
	free(f->path);
	free(f);
	return 0;
}

/* Write text as x.cfg and read it into f->t with cfgcheck_group; the
 * number of diagnostics. */
static size_t
load(struct fixture *f, const char *text)
{
	struct cfgcheck ck;
	config_t cfg;

	thing_clear(&f->t);
	diag_done(&f->d);
	free(f->path);
	f->path = tu_write(f->dir, "x.cfg", text);
	ck.path = f->path;
	ck.d = &f->d;
	if (cfgcheck_parse(&ck, &cfg, NULL))
		cfgcheck_group(&ck, config_root_setting(&cfg), thing_keys, &f->t);
	config_destroy(&cfg);
	return f->d.n;
}

/* Check that diagnostic i is "x.cfg:LINE: want" (no line when line is 0). */
static void
assert_msg(struct fixture *f, size_t i, int line, const char *want)
{
	char *full = line > 0 ? xasprintf("%s:%d: %s", f->path, line, want) :
	    xasprintf("%s: %s", f->path, want);

	if (i >= f->d.n) {
		diag_print(&f->d, stderr);
		fail_msg("no message %zu; wanted \"%s\"", i, full);
	}
	if (strcmp(f->d.msgs[i], full) != 0)
		fail_msg("got \"%s\", want \"%s\"", f->d.msgs[i], full);
	free(full);
}

/* Check that text gives exactly one message, want on line. */
static void
assert_one(struct fixture *f, const char *text, int line, const char *want)
{
	size_t n = load(f, text);

	if (n != 1)
		diag_print(&f->d, stderr);
	assert_int_equal(n, 1);
	assert_msg(f, 0, line, want);
}

static void
test_cfgcheck_valid(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(load(f, "name = \"a\\nb\";\nid = \"ab-1\";\n"
	    "version = \"1.2+x\";\ncount = 10;\nflag = true;\n"
	    "tags = [ \"red\", \"blue\" ];\nparts = ( { label = \"p\"; } );\n"
	    "note = 3;\n"), 0);
	assert_string_equal(f->t.name, "a\nb");
	assert_string_equal(f->t.id, "ab-1");
	assert_string_equal(f->t.version, "1.2+x");
	assert_int_equal(f->t.count, 10);
	assert_true(f->t.flag);
	assert_int_equal(f->t.n_tags, 2);
	assert_string_equal(f->t.tags[1], "blue");
	assert_int_equal(f->t.n_parts, 1);
	assert_string_equal(f->t.parts[0].label, "p");
}

static void
test_cfgcheck_unknown_key(void **state)
{
	struct fixture *f = *state;

	assert_one(f, "name = \"a\";\ncolour = \"red\";\n", 2,
	    "unknown setting \"colour\"");
	assert_one(f, "name = \"a\";\nparts = ( { label = \"p\";\n"
	    "  size = 2; } );\n", 3, "unknown setting \"size\"");
}

static void
test_cfgcheck_missing_required(void **state)
{
	struct fixture *f = *state;

	/* the file itself is the group: no line */
	assert_one(f, "id = \"a\";\n", 0, "missing setting \"name\"");
	assert_int_equal(load(f, "name = \"a\";\nparts = (\n  { note = 1; } );\n"),
	    2);
	assert_msg(f, 0, 3, "unknown setting \"note\"");
	assert_msg(f, 1, 3, "missing setting \"label\"");
	assert_int_equal(load(f, "name = \"a\";\nparts = (\n  { } );\n"), 1);
	assert_msg(f, 0, 3, "missing setting \"label\"");
}

/* Unknown settings first, then the known ones in file order, then the
 * missing ones. */
static void
test_cfgcheck_order(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(load(f, "count = 11;\nid = \"A\";\nextra = 1;\n"), 4);
	assert_msg(f, 0, 3, "unknown setting \"extra\"");
	assert_msg(f, 1, 1, "\"count\" must be a whole number from 0 to 10");
	assert_msg(f, 2, 2, "\"id\" must be 1 to 8 characters from a-z, 0-9 "
	    "and \"-\"");
	assert_msg(f, 3, 0, "missing setting \"name\"");
}

/* The halves of cfgcheck_group: members alone ignores unknown settings. */
static void
test_cfgcheck_halves(void **state)
{
	struct fixture *f = *state;
	struct cfgcheck ck;
	config_t cfg;

	free(f->path);
	f->path = tu_write(f->dir, "x.cfg", "extra = 1;\nname = 5;\n");
	ck.path = f->path;
	ck.d = &f->d;
	assert_true(cfgcheck_parse(&ck, &cfg, NULL));
	cfgcheck_members(&ck, config_root_setting(&cfg), thing_keys, &f->t);
	assert_int_equal(f->d.n, 1);
	assert_msg(f, 0, 2, "\"name\" must be a string");
	cfgcheck_unknown(&ck, config_root_setting(&cfg), thing_keys);
	assert_int_equal(f->d.n, 2);
	assert_msg(f, 1, 1, "unknown setting \"extra\"");
	config_destroy(&cfg);
}

static void
test_cfgcheck_string_and_text(void **state)
{
	struct fixture *f = *state;

	assert_one(f, "name = 5;\n", 1, "\"name\" must be a string");
	assert_one(f, "name = \"  \";\n", 1, "\"name\" is empty");
	assert_one(f, "name = \"a\\tb\";\n", 1,
	    "\"name\" holds a control character");
	assert_one(f, "name = \"a\xff\";\n", 1, "\"name\" is not valid UTF-8");
	assert_one(f, "name = \"12345678901\";\n", 1,
	    "\"name\" is longer than 10 bytes");
	/* exactly the limit; "\n" is allowed here, not in labels */
	assert_int_equal(load(f, "name = \"123456789\\n\";\n"), 0);
	assert_one(f, "name = \"a\";\nparts = ( { label = \"x\\ny\"; } );\n", 2,
	    "\"label\" holds a control character");
}

static void
test_cfgcheck_id(void **state)
{
	struct fixture *f = *state;

	assert_one(f, "name = \"a\";\nid = \"\";\n", 2, "\"id\" must be 1 to 8 "
	    "characters from a-z, 0-9 and \"-\"");
	assert_one(f, "name = \"a\";\nid = \"a_b\";\n", 2, "\"id\" must be 1 to "
	    "8 characters from a-z, 0-9 and \"-\"");
	assert_one(f, "name = \"a\";\nid = \"abcdefghi\";\n", 2, "\"id\" must be "
	    "1 to 8 characters from a-z, 0-9 and \"-\"");
	assert_one(f, "name = \"a\";\nid = 1;\n", 2, "\"id\" must be a string");
	assert_int_equal(load(f, "name = \"a\";\nid = \"abcdefgh\";\n"), 0);
	assert_one(f, "name = \"a\";\nversion = \"1 2\";\n", 2, "\"version\" "
	    "must be 1 to 8 characters from A-Z, a-z, 0-9, \".\", \"+\" and "
	    "\"-\"");
	assert_int_equal(load(f, "name = \"a\";\nversion = \"V1.0-rc\";\n"), 0);
}

static void
test_cfgcheck_int_and_bool(void **state)
{
	struct fixture *f = *state;

	assert_one(f, "name = \"a\";\ncount = \"3\";\n", 2,
	    "\"count\" must be a whole number");
	assert_one(f, "name = \"a\";\ncount = 1.5;\n", 2,
	    "\"count\" must be a whole number");
	assert_one(f, "name = \"a\";\ncount = -1;\n", 2,
	    "\"count\" must be a whole number from 0 to 10");
	assert_int_equal(load(f, "name = \"a\";\ncount = 7L;\n"), 0);
	assert_int_equal(f->t.count, 7);
	assert_one(f, "name = \"a\";\nflag = 1;\n", 2,
	    "\"flag\" must be true or false");
	assert_int_equal(load(f, "name = \"a\";\nflag = false;\n"), 0);
	assert_false(f->t.flag);
}

static void
test_cfgcheck_string_list(void **state)
{
	struct fixture *f = *state;

	assert_one(f, "name = \"a\";\ntags = \"red\";\n", 2,
	    "\"tags\" must be a list of strings: [ \"...\", \"...\" ]");
	assert_one(f, "name = \"a\";\ntags = { a = \"x\"; };\n", 2,
	    "\"tags\" must be a list of strings: [ \"...\", \"...\" ]");
	assert_one(f, "name = \"a\";\ntags = ( \"red\", 2 );\n", 2,
	    "element 2 of \"tags\" must be a string in double quotes");
	/* an element is named by its list */
	assert_one(f, "name = \"a\";\ntags = [ \"red\", \"\" ];\n", 2,
	    "\"tags\" is empty");
	/* ( ) and [ ] both hold strings, and an empty list is allowed here */
	assert_int_equal(load(f, "name = \"a\";\ntags = ( \"a\", \"b\" );\n"), 0);
	assert_int_equal(f->t.n_tags, 2);
	assert_int_equal(load(f, "name = \"a\";\ntags = [ ];\n"), 0);
	assert_int_equal(f->t.n_tags, 0);
}

static void
test_cfgcheck_group_list(void **state)
{
	struct fixture *f = *state;

	assert_one(f, "name = \"a\";\nparts = { label = \"p\"; };\n", 2,
	    "\"parts\" must be a list of groups: ( { ... }, { ... } )");
	assert_one(f, "name = \"a\";\nparts = ( );\n", 2, "\"parts\" is empty");
	/* the hook reports the element, each is not called for it */
	assert_one(f, "name = \"a\";\nparts = ( { label = \"p\"; },\n"
	    "  \"q\" );\n", 3, "part 2 is odd");
	assert_int_equal(f->t.n_parts, 1);
	assert_int_equal(load(f, "name = \"a\";\nparts = (\n"
	    "  { label = \"p\"; },\n  { label = \"q\"; } );\n"), 0);
	assert_int_equal(f->t.n_parts, 2);
	assert_string_equal(f->t.parts[1].label, "q");
}

/* The generic message for an element that is not a group. */
static void
test_cfgcheck_group_list_generic(void **state)
{
	static const struct cfgcheck_list spec = {
		CONFIG_TYPE_GROUP, false, NULL, NULL, read_part
	};
	struct fixture *f = *state;
	struct cfgcheck ck;
	config_t cfg;

	free(f->path);
	f->path = tu_write(f->dir, "x.cfg", "parts = ( 1, { label = \"a\"; } );\n");
	ck.path = f->path;
	ck.d = &f->d;
	assert_true(cfgcheck_parse(&ck, &cfg, NULL));
	f->t.part_slots = 2;
	f->t.parts = xcalloc(3, sizeof *f->t.parts);
	assert_true(cfgcheck_list(&ck, config_lookup(&cfg, "parts"), &spec,
	    &f->t));
	assert_int_equal(f->d.n, 1);
	assert_msg(f, 0, 1, "element 1 of \"parts\" must be a group: { ... }");
	assert_int_equal(f->t.n_parts, 1);
	assert_string_equal(f->t.parts[1].label, "a");
	config_destroy(&cfg);
}

/* A folder never reaches libconfig, whose scanner would exit. */
static void
test_cfgcheck_folder_refused(void **state)
{
	struct fixture *f = *state;
	struct cfgcheck ck = { f->dir, &f->d };
	char *want = xasprintf("%s: cannot read: not a regular file", f->dir);
	config_t cfg;

	assert_false(cfgcheck_parse(&ck, &cfg, NULL));
	config_destroy(&cfg);
	assert_int_equal(f->d.n, 1);
	assert_string_equal(f->d.msgs[0], want);
	free(want);
}

/* A FIFO is refused as well, and opening it does not wait for a writer
 * (the alarm ends a test that hangs). */
static void
test_cfgcheck_fifo_refused(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/fifo.cfg", f->dir);
	char *want = xasprintf("%s: cannot read: not a regular file", path);
	struct cfgcheck ck = { path, &f->d };
	config_t cfg;

	tu_need_fifo(path);
	tu_alarm(10);
	assert_false(cfgcheck_parse(&ck, &cfg, NULL));
	tu_alarm(0);
	config_destroy(&cfg);
	assert_int_equal(f->d.n, 1);
	assert_string_equal(f->d.msgs[0], want);
	free(want);
	free(path);
}

/* A missing file is reported, unless the caller accepts its absence. */
static void
test_cfgcheck_missing_file(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/none.cfg", f->dir);
	char *want = xasprintf("%s: cannot read: No such file or directory",
	    path);
	struct cfgcheck ck = { path, &f->d };
	bool absent = false;
	config_t cfg;

	assert_false(cfgcheck_parse(&ck, &cfg, &absent));
	config_destroy(&cfg);
	assert_true(absent);
	assert_int_equal(f->d.n, 0);
	assert_false(cfgcheck_parse(&ck, &cfg, NULL));
	config_destroy(&cfg);
	assert_int_equal(f->d.n, 1);
	assert_string_equal(f->d.msgs[0], want);
	free(want);
	free(path);
}

static void
test_cfgcheck_syntax_error(void **state)
{
	struct fixture *f = *state;

	assert_one(f, "name = \"a\";\n\ncount = ;\n", 3, "syntax error");
}

/* A list element is named by its list and, without a line of its own,
 * takes the nearest enclosing one. */
static void
test_cfgcheck_line_and_name(void **state)
{
	struct fixture *f = *state;
	struct cfgcheck ck;
	const config_setting_t *tags, *e;
	config_t cfg;

	free(f->path);
	f->path = tu_write(f->dir, "x.cfg", "name = \"a\";\n\ntags = [ \"x\" ];\n");
	ck.path = f->path;
	ck.d = &f->d;
	assert_true(cfgcheck_parse(&ck, &cfg, NULL));
	tags = config_lookup(&cfg, "tags");
	e = config_setting_get_elem(tags, 0);
	assert_string_equal(cfgcheck_name(e), "tags");
	assert_string_equal(cfgcheck_name(tags), "tags");
	assert_int_equal(cfgcheck_line(tags), 3);
	assert_int_equal(cfgcheck_line(e), 3);
	assert_int_equal(cfgcheck_line(config_root_setting(&cfg)), 0);
	cfgcheck_error(&ck, e, "bad %d", 7);
	assert_msg(f, 0, 3, "bad 7");
	config_destroy(&cfg);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_cfgcheck_valid, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_unknown_key, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_missing_required,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_order, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_halves, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_string_and_text,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_id, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_int_and_bool, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_string_list, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_group_list, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_group_list_generic,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_fifo_refused,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_folder_refused,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_missing_file,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_syntax_error,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_cfgcheck_line_and_name,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
