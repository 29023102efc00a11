/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_content: loading and validating content folders.  Each error class
 * has a folder under tests/data/content/ (or, for bytes a text file should
 * not hold, one written here) and a test that checks the exact
 * "file:line: message" the author would see.
 */
#include "config.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "model/content.h"
#include "testutil.h"
#include "base/xalloc.h"

/* The head of a good module file: lines 1 to 7, "steps" follows on 8. */
#define MODULE_HEAD \
	"format = 1; account = \"a\";\n" \
	"id = \"written\";\n" \
	"title = \"T\";\n" \
	"summary = \"S\";\n" \
	"why = \"W\";\n" \
	"source = \"Src\";\n" \
	"checked = \"2025-10\";\n"

/* What a step without instructions for both phones is told. */
#define NEEDS_HOW "a step needs \"text\", both \"android\" and " \
	"\"iphone\", or (for a Web/Desktop step) only \"web\""

/* A good account file, the one account "a" of the folders written here. */
#define ACCOUNT_A \
	"format = 1;\n" \
	"id = \"a\";\n" \
	"title = \"Account A\";\n" \
	"summary = \"S\";\n" \
	"required = true;\n" \
	"source = \"Src\";\n" \
	"checked = \"2026-12-01\";\n"

/* Write content.cfg and the account "a" into dir. */
static void
write_index(const char *dir)
{
	free(tu_write(dir, "content.cfg", "format = 1;\nversion = \"1\";\n"));
	free(tu_write(dir, "accounts/10-a.cfg", ACCOUNT_A));
}

/* Say whether d holds exactly the messages in expected, each relative
 * to dir (which the loader puts first). */
static bool
diag_matches(const struct diag *d, const char *dir,
    const char *const *expected)
{
	size_t n = 0;
	bool same = true;

	for (; expected[n] != NULL; n++) {
		char *want = xasprintf("%s/%s", dir, expected[n]);

		if (n >= d->n || strcmp(d->msgs[n], want) != 0) {
			print_message("# wanted: %s\n", want);
			same = false;
		}
		free(want);
	}
	return same && n == d->n;
}

/* Load dir and check it fails with exactly the messages in expected
 * (NULL-ended) and leaves no struct behind. */
static void
expect_fail(const char *dir, const char *const *expected)
{
	static struct content sentinel;
	struct content *c = &sentinel;
	struct diag d;

	diag_init(&d);
	assert_int_equal(content_load(dir, &c, &d), -1);
	assert_null(c);
	if (!diag_matches(&d, dir, expected)) {
		for (size_t i = 0; i < d.n; i++)
			print_message("# got: %s\n", d.msgs[i]);
		fail_msg("%s: not the expected diagnostics", dir);
	}
	diag_done(&d);
}

/* Check that the fixture folder name fails with exactly expected. */
static void
expect_fixture_fails(const char *name, const char *const *expected)
{
	char *rel = xasprintf("tests/data/content/%s", name);
	char *dir = tu_srcpath(rel);

	expect_fail(dir, expected);
	free(dir);
	free(rel);
}

/* Write a content folder whose one module has a step with the given
 * settings (libconfig text) on line 10 of modules/m.cfg. */
static char *
write_step(const char *settings)
{
	char *dir = tu_tempdir();
	char *body = xasprintf(MODULE_HEAD
	    "steps = (\n"
	    "  { id = \"s\"; title = \"T\"; why = \"W\";\n"
	    "    %s }\n"
	    ");\n", settings);

	write_index(dir);
	free(tu_write(dir, "modules/m.cfg", body));
	free(body);
	return dir;
}

/* Check that a step with settings fails with expected, one message on
 * line 10. */
static void
expect_step_fails(const char *settings, const char *expected)
{
	char *dir = write_step(settings);
	char *want = xasprintf("modules/m.cfg:10: %s", expected);
	const char *const msgs[] = { want, NULL };

	expect_fail(dir, msgs);
	free(want);
	tu_rmtree(dir);
	free(dir);
}

/* Check that a step text (a libconfig string body) fails with expected. */
static void
expect_text_fails(const char *text, const char *expected)
{
	char *settings = xasprintf("text = \"%s\";", text);

	expect_step_fails(settings, expected);
	free(settings);
}

/* Load dir, which must be valid. */
static struct content *
load_ok(const char *dir)
{
	struct content *c = NULL;
	struct diag d;

	diag_init(&d);
	if (content_load(dir, &c, &d) != 0) {
		diag_print(&d, stdout);
		fail_msg("%s did not load", dir);
	}
	assert_int_equal(d.n, 0);
	assert_non_null(c);
	diag_done(&d);
	return c;
}

static void
test_valid_folder(void **state)
{
	char *dir = tu_srcpath("tests/data/content/valid");
	char *file = xasprintf("%s/modules/10-zeta.cfg", dir);
	struct content *c = load_ok(dir);
	const struct module *m;
	const struct step *s;

	(void)state;
	assert_string_equal(c->version, "2026.1-test+1");
	/* file-name order, not id order; .keep, notes.txt and *.disabled
	 * are not modules */
	assert_int_equal(c->n_modules, 2);
	assert_string_equal(c->modules[0].id, "zeta");
	assert_string_equal(c->modules[1].id, "alpha");
	assert_int_equal(content_step_count(c), 3);

	m = &c->modules[0];
	assert_string_equal(m->file, file);
	assert_int_equal(m->line, 2);
	assert_string_equal(m->title, "Zeta module");
	assert_string_equal(m->summary,
	    "Loaded first although its id sorts last.");
	assert_string_equal(m->why, "Pengaturan \xe2\x80\x94 Setelan");
	assert_string_equal(m->source, "Test source");
	assert_string_equal(m->checked, "2025-10");
	assert_int_equal(m->n_steps, 2);

	s = &m->steps[0];
	assert_string_equal(s->id, "per-platform");
	assert_string_equal(s->title, "Per platform");
	assert_string_equal(s->why, "Per platform why.");
	assert_null(s->text);
	assert_string_equal(s->how[PLATFORM_ANDROID],
	    "1. Open Settings\n2. Tap \"Account\"");
	assert_string_equal(s->how[PLATFORM_IPHONE], "iPhone step");
	assert_string_equal(s->how[PLATFORM_WEB], "Web step");
	assert_int_equal(s->line, 9);
	assert_string_equal(m->steps[1].text, "Same text");
	assert_int_equal(m->steps[1].line, 16);

	assert_ptr_equal(content_module(c, "alpha"), &c->modules[1]);
	assert_null(content_module(c, "beta"));
	assert_ptr_equal(module_step(m, "everywhere"), &m->steps[1]);
	assert_null(module_step(m, "mixed"));
	assert_string_equal(step_how(module_step(content_module(c, "alpha"),
	    "mixed"), PLATFORM_ANDROID), "Android text");
	content_free(c);
	free(file);
	free(dir);
}

static void
test_step_how(void **state)
{
	struct step both = { .text = "all", .how = { "a", NULL, NULL } };
	struct step text = { .text = "all" };
	struct step per = { .how = { "a", "i", NULL } };

	(void)state;
	assert_string_equal(step_how(&both, PLATFORM_ANDROID), "a");
	assert_string_equal(step_how(&both, PLATFORM_IPHONE), "all");
	assert_string_equal(step_how(&both, PLATFORM_WEB), "all");
	assert_string_equal(step_how(&text, PLATFORM_WEB), "all");
	assert_string_equal(step_how(&per, PLATFORM_IPHONE), "i");
	/* not done on the web at all */
	assert_null(step_how(&per, PLATFORM_WEB));
}

static void
test_platform_names(void **state)
{
	(void)state;
	for (int p = 0; p < PLATFORM_COUNT; p++) {
		assert_non_null(platform_name(p));
		assert_int_equal(platform_parse(platform_name(p)), p);
	}
	assert_string_equal(platform_name(PLATFORM_ANDROID), "android");
	assert_string_equal(platform_name(PLATFORM_IPHONE), "iphone");
	assert_string_equal(platform_name(PLATFORM_WEB), "web");
	assert_null(platform_name(PLATFORM_COUNT));
	assert_int_equal(platform_parse("Android"), -1);
	assert_int_equal(platform_parse(""), -1);
	assert_int_equal(platform_parse(NULL), -1);
	assert_string_equal(platform_label(PLATFORM_IPHONE), "iPhone");
	assert_string_equal(platform_label(PLATFORM_WEB),
	    "WhatsApp Web/Desktop");
	assert_null(platform_label(PLATFORM_COUNT));
}

static void
test_text_keys(void **state)
{
	size_t n = 0;

	(void)state;
	for (; content_text_keys[n] != NULL; n++)
		assert_string_not_equal(content_text_keys[n], "id");
	assert_int_equal(n, 8);
	assert_string_equal(content_text_keys[0], "title");
	assert_string_equal(content_text_keys[7], "web");
}

static void
test_syntax_error(void **state)
{
	const char *const want[] = {
		"modules/a.cfg:4: syntax error", NULL
	};

	(void)state;
	expect_fixture_fails("syntax", want);
}

/* An @include is refused on its line, before libconfig follows it (to a
 * folder, on which libconfig 1.5 exits the program). */
static void
test_include_refused(void **state)
{
	const char *const want[] = {
		"modules/a.cfg:7: @include is not allowed; put the settings in "
		    "this file itself", NULL
	};

	(void)state;
	expect_fixture_fails("include", want);
}

static void
test_unknown_key(void **state)
{
	const char *const want[] = {
		"modules/a.cfg:8: unknown setting \"colour\"",
		"modules/a.cfg:14: unknown setting \"hint\"",
		NULL
	};

	(void)state;
	expect_fixture_fails("unknown-key", want);
}

static void
test_missing_field(void **state)
{
	const char *const want[] = {
		"modules/a.cfg:8: missing setting \"why\"",
		/* "web" with one phone is not a Web step */
		"modules/a.cfg:12: " NEEDS_HOW,
		"modules/a.cfg:17: " NEEDS_HOW,
		/* the file itself is the enclosing group: no line */
		"modules/a.cfg: missing setting \"summary\"",
		NULL
	};

	(void)state;
	expect_fixture_fails("missing", want);
}

static void
test_wrong_type(void **state)
{
	const char *const want[] = {
		"modules/a.cfg:1: \"format\" must be a whole number",
		"modules/a.cfg:3: \"title\" must be a string",
		"modules/a.cfg:9: \"id\" must be a string",
		"modules/a.cfg:10: step 2 must be a group: { id = \"...\"; ... }",
		"modules/b.cfg:8: \"steps\" must be a list of groups: "
		    "( { ... }, { ... } )",
		"modules/c.cfg:8: \"steps\" is empty",
		NULL
	};

	(void)state;
	expect_fixture_fails("wrong-type", want);
}

static void
test_duplicate_module(void **state)
{
	char *dir = tu_srcpath("tests/data/content/dup-module");
	char *msg = xasprintf("modules/b.cfg:2: duplicate module id \"same\" "
	    "(first defined at %s/modules/a.cfg:2)", dir);
	const char *const want[] = { msg, NULL };

	(void)state;
	expect_fail(dir, want);
	free(msg);
	free(dir);
}

static void
test_duplicate_step(void **state)
{
	const char *const want[] = {
		"modules/a.cfg:11: duplicate step id \"one\" "
		    "(first defined at line 9)",
		NULL
	};

	(void)state;
	expect_fixture_fails("dup-step", want);
}

static void
test_invalid_utf8(void **state)
{
	(void)state;
	expect_text_fails("caf\xc3 au lait", "\"text\" is not valid UTF-8");
	/* an overlong "/" */
	expect_text_fails("a\xc0\xaf", "\"text\" is not valid UTF-8");
}

static void
test_control_character(void **state)
{
	(void)state;
	expect_text_fails("bell\a", "\"text\" holds a control character");
	/* libconfig's own escape gives the same byte as a raw tab */
	expect_text_fails("a\\tb", "\"text\" holds a control character");
	expect_text_fails("esc\x1b[31m", "\"text\" holds a control character");
}

static void
test_empty_text(void **state)
{
	const char *const want[] = {
		"modules/a.cfg:3: \"title\" is empty",
		"modules/a.cfg:9: \"why\" is empty",
		NULL
	};

	(void)state;
	expect_fixture_fails("empty", want);
}

static void
test_too_long_text(void **state)
{
	char *text = xmalloc(CONTENT_MAX_TEXT + 2);
	char *dir, *settings;
	struct content *c;

	(void)state;
	memset(text, 'x', CONTENT_MAX_TEXT + 1);
	text[CONTENT_MAX_TEXT + 1] = '\0';
	expect_text_fails(text, "\"text\" is longer than 4096 bytes");

	/* exactly the limit is fine */
	text[CONTENT_MAX_TEXT] = '\0';
	settings = xasprintf("text = \"%s\";", text);
	dir = write_step(settings);
	free(settings);
	c = load_ok(dir);
	assert_int_equal(strlen(c->modules[0].steps[0].text), CONTENT_MAX_TEXT);
	content_free(c);
	tu_rmtree(dir);
	free(dir);
	free(text);
}

/* Each way a "not_applicable" list can be wrong, on the step's line. */
static void
test_na_errors(void **state)
{
	char *long_reason = xasprintf("text = \"X\"; not_applicable = "
	    "[ \"%0*d\" ];", CONTENT_MAX_NA_REASON + 1, 0);

	(void)state;
	expect_step_fails("text = \"X\"; not_applicable = \"No web\";",
	    "\"not_applicable\" must be a list of strings: "
	    "[ \"...\", \"...\" ]");
	expect_step_fails("text = \"X\"; not_applicable = [ ];",
	    "\"not_applicable\" is empty");
	expect_step_fails("text = \"X\"; not_applicable = ( \"A\", 3 );",
	    "element 2 of \"not_applicable\" must be a string in double "
	    "quotes");
	expect_step_fails("text = \"X\"; not_applicable = [ \"A\", \"B\", "
	    "\"A\" ];",
	    "reason 3 of \"not_applicable\" is the same as reason 1");
	expect_step_fails("text = \"X\"; not_applicable = [ \"A\", \"B\", "
	    "\"C\", \"D\", \"E\" ];",
	    "\"not_applicable\" lists 5 reasons; at most 4 fit on the screen");
	expect_step_fails("text = \"X\"; not_applicable = [ \"A\\nB\" ];",
	    "\"not_applicable\" holds a control character");
	expect_step_fails("text = \"X\"; not_applicable = [ \" \" ];",
	    "\"not_applicable\" is empty");
	expect_step_fails(long_reason, "\"not_applicable\" is longer than "
	    "120 bytes");
	free(long_reason);
}

/* A step with reasons may be not applicable, for those reasons; one
 * without may not; a step with only "web" is a Web step. */
static void
test_na_and_web_step(void **state)
{
	char *dir = write_step("web = \"Only on a computer\"; "
	    "not_applicable = [ \"No reason A\", \"No reason B\" ];");
	struct content *c = load_ok(dir);
	const struct step *s = &c->modules[0].steps[0];
	struct step plain = { .text = "all" };

	(void)state;
	assert_true(step_na_allowed(s));
	assert_int_equal(s->n_na, 2);
	assert_string_equal(s->na[1], "No reason B");
	assert_null(s->na[2]);
	assert_ptr_equal(step_na_listed(s, "No reason B"), s->na[1]);
	assert_null(step_na_listed(s, "my own words"));
	assert_null(step_na_listed(s, NULL));
	assert_true(step_web_only(s));
	assert_false(step_shown(s, false));
	assert_true(step_shown(s, true));
	assert_false(step_na_allowed(&plain));
	assert_false(step_web_only(&plain));
	assert_true(step_shown(&plain, false));
	content_free(c);
	tu_rmtree(dir);
	free(dir);
}

/* "card" puts a step on the quick card; it must be true or false. */
static void
test_card(void **state)
{
	char *dir = write_step("text = \"X\"; card = true;");
	struct content *c = load_ok(dir);

	(void)state;
	assert_true(c->modules[0].steps[0].card);
	content_free(c);
	tu_rmtree(dir);
	free(dir);
	dir = write_step("text = \"X\"; card = false;");
	c = load_ok(dir);
	assert_false(c->modules[0].steps[0].card);
	content_free(c);
	tu_rmtree(dir);
	free(dir);
	dir = write_step("text = \"X\";");
	c = load_ok(dir);
	assert_false(c->modules[0].steps[0].card);
	content_free(c);
	tu_rmtree(dir);
	free(dir);
	expect_step_fails("text = \"X\"; card = \"yes\";",
	    "\"card\" must be true or false");
	expect_step_fails("text = \"X\"; card = 1;",
	    "\"card\" must be true or false");
}

static void
test_unknown_format(void **state)
{
	const char *const want[] = {
		"content.cfg:1: unsupported content format 2 "
		    "(this program reads format 1)",
		"modules/a.cfg:1: unsupported content format 3 "
		    "(this program reads format 1)",
		NULL
	};

	(void)state;
	expect_fixture_fails("format", want);
}

static void
test_bad_id(void **state)
{
	const char *const want[] = {
		"content.cfg:2: \"version\" must be 1 to 40 characters from "
		    "A-Z, a-z, 0-9, \".\", \"+\" and \"-\"",
		"modules/a.cfg:2: \"id\" must be 1 to 40 characters from a-z, "
		    "0-9 and \"-\"",
		"modules/a.cfg:9: \"id\" must be 1 to 40 characters from a-z, "
		    "0-9 and \"-\"",
		"modules/a.cfg:10: \"id\" must be 1 to 40 characters from a-z, "
		    "0-9 and \"-\"",
		"modules/a.cfg:11: \"id\" must be 1 to 40 characters from a-z, "
		    "0-9 and \"-\"",
		NULL
	};

	(void)state;
	expect_fixture_fails("bad-id", want);
}

static void
test_no_modules(void **state)
{
	const char *const want[] = {
		"modules: no modules found (a module is a file whose name ends "
		    "in .cfg)",
		NULL
	};

	(void)state;
	expect_fixture_fails("no-modules", want);
}

static void
test_missing_content_cfg(void **state)
{
	const char *const want[] = {
		"content.cfg: cannot read: No such file or directory", NULL
	};

	(void)state;
	expect_fixture_fails("missing-content-cfg", want);
}

static void
test_unreadable_paths(void **state)
{
	char *dir = tu_tempdir();
	const char *const no_folder[] = {
		"modules: cannot read: No such file or directory", NULL
	};
	const char *const folder_module[] = {
		"modules/x.cfg: cannot read: not a regular file", NULL
	};

	(void)state;
	write_index(dir);
	expect_fail(dir, no_folder);
	/* a folder named like a module must not reach libconfig's scanner */
	free(tu_write(dir, "modules/x.cfg/inside", ""));
	expect_fail(dir, folder_module);
	tu_rmtree(dir);
	free(dir);
}

/* Count the module files (*.cfg) in dir; -1 when it cannot be read. */
static int
count_modules(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (dp == NULL)
		return -1;
	while ((e = readdir(dp)) != NULL) {
		size_t len = strlen(e->d_name);

		if (len >= 4 && strcmp(e->d_name + len - 4, ".cfg") == 0)
			n++;
	}
	closedir(dp);
	return n;
}

/* Check every step of the shipped content says what to do on Android and
 * iPhone, or is a Web step with Web/Desktop instructions (what the loader
 * promises the screens). */
static void
check_shipped(const struct content *c)
{
	for (size_t i = 0; i < c->n_modules; i++) {
		const struct module *m = &c->modules[i];

		assert_true(m->n_steps > 0);
		assert_ptr_equal(content_module(c, m->id), m);
		for (size_t j = 0; j < m->n_steps; j++) {
			const struct step *s = &m->steps[j];

			if (step_web_only(s)) {
				assert_non_null(s->how[PLATFORM_WEB]);
				continue;
			}
			assert_non_null(step_how(s, PLATFORM_ANDROID));
			assert_non_null(step_how(s, PLATFORM_IPHONE));
		}
	}
}

/* The steps every WhatsApp user can do may never be marked not
 * applicable; the two optional ones may, for reasons that can be true. */
static void
check_shipped_na(const struct content *c)
{
	static const char *const never[][2] = {
		{ "two-step", "turn-on" }, { "two-step", "choose-pin" },
		{ "codes", "never-share" },
		{ "linked-devices", "review-devices" },
		{ "security-notifications", "turn-on" },
	};
	const struct module *m = content_module(c, "two-step");
	const struct step *s;

	for (size_t i = 0; i < sizeof never / sizeof *never; i++) {
		m = content_module(c, never[i][0]);
		assert_non_null(m);
		s = module_step(m, never[i][1]);
		assert_non_null(s);
		assert_false(step_na_allowed(s));
	}
	s = module_step(content_module(c, "two-step"), "passkey");
	assert_true(step_na_allowed(s));
	s = module_step(content_module(c, "linked-devices"), "link-safely");
	assert_true(step_web_only(s));
	assert_false(step_shown(s, false));
}

/* The quick card has steps for the phones and one Web/Desktop users
 * add, and no more than fit on two pages. */
static void
check_shipped_card(const struct content *c)
{
	size_t phone = 0, web = 0;

	for (size_t i = 0; i < c->n_modules; i++)
		for (size_t j = 0; j < c->modules[i].n_steps; j++) {
			const struct step *s = &c->modules[i].steps[j];

			if (!s->card)
				continue;
			if (step_how(s, PLATFORM_WEB) != NULL &&
			    step_web_only(s))
				web++;
			else
				phone++;
		}
	assert_in_range(phone, 4, 12);
	assert_true(web >= 1);
}

static void
test_shipped_content(void **state)
{
	char *dir = tu_srcpath("content");
	char *mdir = xasprintf("%s/modules", dir);
	int n = count_modules(mdir);

	(void)state;
	assert_true(n >= 0);
	if (n > 0) {
		struct content *c = load_ok(dir);

		assert_int_equal(c->n_modules, (size_t)n);
		check_shipped(c);
		check_shipped_na(c);
		check_shipped_card(c);
		content_free(c);
	} else {
		const char *const want[] = {
			"modules: no modules found (a module is a file whose "
			    "name ends in .cfg)",
			NULL
		};

		expect_fail(dir, want);
	}
	free(mdir);
	free(dir);
}

/* Write a module file name into dir: id, of account acct (NULL: the
 * file names none), on line 2 of the file, its account on line 3. */
static void
write_module(const char *dir, const char *name, const char *id,
    const char *acct)
{
	char *path = xasprintf("modules/%s", name);
	char *account = acct != NULL ? xasprintf("account = \"%s\";", acct) :
	    xstrdup("");
	char *body = xasprintf("format = 1;\nid = \"%s\";\n%s\n"
	    "title = \"T\"; summary = \"S\"; why = \"W\"; source = \"Src\";\n"
	    "checked = \"2026-12\";\n"
	    "steps = ( { id = \"s\"; title = \"T\"; why = \"W\"; "
	    "text = \"X\"; } );\n", id, account);

	free(tu_write(dir, path, body));
	free(body);
	free(account);
	free(path);
}

/* Write an account file name into dir: the settings, id on line 2. */
static void
write_account(const char *dir, const char *name, const char *id,
    const char *rest)
{
	char *path = xasprintf("accounts/%s", name);
	char *body = xasprintf("format = 1;\nid = \"%s\";\n%s\n", id, rest);

	free(tu_write(dir, path, body));
	free(body);
	free(path);
}

#define ACCOUNT_REST "title = \"T\";\nsummary = \"S\";\n" \
	"required = false;\nsource = \"Src\";\nchecked = \"2026-12\";"

/* A folder of three accounts: "b" first (required), then "a", then
 * "c"; modules x and z of a, y of b, w of c. */
static char *
write_accounts_folder(void)
{
	char *dir = tu_tempdir();

	free(tu_write(dir, "content.cfg", "format = 1;\nversion = \"1\";\n"));
	write_account(dir, "10-b.cfg", "b", "title = \"Bee\";\n"
	    "summary = \"S\";\nrequired = true;\nsource = \"Src\";\n"
	    "checked = \"2026-12\";");
	write_account(dir, "20-a.cfg", "a", ACCOUNT_REST);
	write_account(dir, "30-c.cfg", "c", ACCOUNT_REST);
	write_module(dir, "10-x.cfg", "x", "a");
	write_module(dir, "20-y.cfg", "y", "b");
	write_module(dir, "30-z.cfg", "z", "a");
	write_module(dir, "40-w.cfg", "w", "c");
	return dir;
}

static void
test_accounts(void **state)
{
	char *dir = write_accounts_folder();
	struct content *c = load_ok(dir);
	const char *order[] = { "y", "x", "z", "w" };

	(void)state;
	assert_int_equal(c->n_accounts, 3);
	assert_string_equal(c->accounts[0].id, "b");
	assert_string_equal(c->accounts[0].title, "Bee");
	assert_true(c->accounts[0].required);
	assert_true(c->accounts[0].enforced);
	assert_false(c->accounts[1].required);
	assert_false(c->accounts[1].enforced);
	assert_int_equal(c->accounts[0].n_modules, 1);
	assert_int_equal(c->accounts[1].n_modules, 2);
	assert_int_equal(c->accounts[2].n_modules, 1);
	assert_int_equal(c->accounts[1].line, 2);
	/* grouped by account in account order, file order within one */
	assert_int_equal(c->n_modules, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(c->modules[i].id, order[i]);
	assert_ptr_equal(c->modules[0].acct, &c->accounts[0]);
	assert_ptr_equal(c->modules[2].acct, &c->accounts[1]);
	assert_string_equal(c->modules[2].account, "a");
	assert_ptr_equal(content_account(c, "c"), &c->accounts[2]);
	assert_null(content_account(c, "d"));
	assert_null(content_account(c, NULL));
	assert_ptr_equal(content_module(c, "z"), &c->modules[2]);
	content_free(c);
	tu_rmtree(dir);
	free(dir);
}

static void
test_account_errors(void **state)
{
	char *dir = write_accounts_folder();
	/* Each file as it is read, then the duplicates, then the modules
	 * put under their accounts. */
	const char *const want[] = {
		"accounts/40-bad.cfg:2: \"id\" must be 1 to 40 characters "
		    "from a-z, 0-9 and \"-\"",
		"accounts/50-types.cfg:3: \"title\" must be a string",
		"accounts/50-types.cfg:5: \"required\" must be true or false",
		"accounts/60-short.cfg: missing setting \"title\"",
		"accounts/60-short.cfg: missing setting \"required\"",
		"accounts/30-c.cfg:2: duplicate account id \"b\" (first "
		    "defined at DIR/accounts/10-b.cfg:2)",
		"modules/40-w.cfg: missing setting \"account\"",
		"modules/10-x.cfg:3: unknown account \"nobody\" (there is no "
		    "accounts/*.cfg with id = \"nobody\")",
		NULL
	};
	char *first = xasprintf("accounts/30-c.cfg:2: duplicate account id "
	    "\"b\" (first defined at %s/accounts/10-b.cfg:2)", dir);
	const char *msgs[sizeof want / sizeof *want];

	(void)state;
	memcpy(msgs, want, sizeof want);
	msgs[5] = first;
	write_account(dir, "30-c.cfg", "b", ACCOUNT_REST);
	write_account(dir, "40-bad.cfg", "Bad_Id", ACCOUNT_REST);
	write_account(dir, "50-types.cfg", "types", "title = 5;\n"
	    "summary = \"S\";\nrequired = \"yes\";\nsource = \"Src\";\n"
	    "checked = \"2026-12\";");
	write_account(dir, "60-short.cfg", "short", "summary = \"S\";\n"
	    "source = \"Src\";\nchecked = \"2026-12\";");
	write_module(dir, "10-x.cfg", "x", "nobody");
	write_module(dir, "40-w.cfg", "w", NULL);
	expect_fail(dir, msgs);
	free(first);
	tu_rmtree(dir);
	free(dir);
}

static void
test_account_without_modules(void **state)
{
	char *dir = write_accounts_folder();
	const char *const want[] = {
		"accounts/30-c.cfg:2: account \"c\" has no modules (no module "
		    "says account = \"c\";)",
		NULL
	};
	const char *const none[] = {
		"accounts: no accounts found (an account is a file whose name "
		    "ends in .cfg)",
		"modules/10-x.cfg:3: unknown account \"a\" (there is no "
		    "accounts/*.cfg with id = \"a\")",
		NULL
	};
	char *mdir = NULL;

	(void)state;
	write_module(dir, "40-w.cfg", "w", "a");
	expect_fail(dir, want);
	tu_rmtree(dir);
	free(dir);
	dir = tu_tempdir();
	free(tu_write(dir, "content.cfg", "format = 1;\nversion = \"1\";\n"));
	free(tu_write(dir, "accounts/readme.txt", "not an account\n"));
	write_module(dir, "10-x.cfg", "x", "a");
	expect_fail(dir, none);
	free(mdir);
	tu_rmtree(dir);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_folder),
		cmocka_unit_test(test_step_how),
		cmocka_unit_test(test_platform_names),
		cmocka_unit_test(test_text_keys),
		cmocka_unit_test(test_syntax_error),
		cmocka_unit_test(test_include_refused),
		cmocka_unit_test(test_unknown_key),
		cmocka_unit_test(test_missing_field),
		cmocka_unit_test(test_wrong_type),
		cmocka_unit_test(test_duplicate_module),
		cmocka_unit_test(test_duplicate_step),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_control_character),
		cmocka_unit_test(test_empty_text),
		cmocka_unit_test(test_too_long_text),
		cmocka_unit_test(test_na_errors),
		cmocka_unit_test(test_na_and_web_step),
		cmocka_unit_test(test_card),
		cmocka_unit_test(test_unknown_format),
		cmocka_unit_test(test_bad_id),
		cmocka_unit_test(test_no_modules),
		cmocka_unit_test(test_missing_content_cfg),
		cmocka_unit_test(test_unreadable_paths),
		cmocka_unit_test(test_shipped_content),
		cmocka_unit_test(test_accounts),
		cmocka_unit_test(test_account_errors),
		cmocka_unit_test(test_account_without_modules),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
