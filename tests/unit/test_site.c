/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_site: loading and validating the site settings, placeholders in
 * content text, and the contact directory.
 */
#include "config.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/content.h"
#include "base/diag.h"
#include "base/isotime.h"
#include "model/site.h"
#include "base/xalloc.h"

/* Per-test state: a scratch folder and a diagnostics list. */
struct fixture {
	char *dir;
	struct diag d;
	struct site *s;
};

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

	site_free(f->s);
	diag_done(&f->d);
	tu_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* Load text written as site.cfg in the fixture's folder; the return value
 * of site_load.  *path gets the file's path (caller frees). */
static int
load_text(struct fixture *f, const char *text, char **path)
{
	char *p = tu_write(f->dir, "site.cfg", text);
	int rc;

	site_free(f->s);
	f->s = NULL;
	diag_done(&f->d);
	rc = site_load(p, true, &f->s, &f->d);
	if (path != NULL)
		*path = p;
	else
		free(p);
	return rc;
}

/* Check that text is rejected with exactly one diagnostic, which is
 * "<path>:<line>: " followed by something containing want. */
static void
assert_one_error(struct fixture *f, const char *text, int line,
    const char *want)
{
	char *path, *prefix;

	assert_int_equal(load_text(f, text, &path), -1);
	assert_null(f->s);
	if (f->d.n != 1)
		diag_print(&f->d, stderr);
	assert_int_equal(f->d.n, 1);
	prefix = line > 0 ? xasprintf("%s:%d: ", path, line) :
	    xasprintf("%s: ", path);
	if (strncmp(f->d.msgs[0], prefix, strlen(prefix)) != 0 ||
	    strstr(f->d.msgs[0] + strlen(prefix), want) == NULL)
		fail_msg("got \"%s\", want \"%s...%s\"", f->d.msgs[0], prefix, want);
	free(prefix);
	free(path);
}

static void
test_site_load_valid(void **state)
{
	struct fixture *f = *state;
	char *path = tu_site_data("tests/data/site/valid.cfg"), *want;
	time_t deadline;

	assert_int_equal(site_load(path, true, &f->s, &f->d), 0);
	assert_int_equal(f->d.n, 0);
	assert_string_equal(f->s->path, path);
	assert_string_equal(f->s->agency, "Pemerintah Kota Contoh");
	assert_string_equal(f->s->verify_phone, "+62 765 000-0000");
	assert_string_equal(f->s->report_phone, "(0765) 000 0001");
	assert_string_equal(f->s->report_email, "tik@contoh.example");
	assert_string_equal(f->s->csirt_name, "CONTOHKOTA-CSIRT");
	assert_string_equal(f->s->csirt_phone, "0765 000 0009");
	assert_string_equal(f->s->csirt_email, "csirt@contoh.example");
	assert_string_equal(f->s->csirt_url, "https://csirt.contoh.example/lapor");
	assert_int_equal(f->s->n_required, 2);
	assert_string_equal(f->s->required[0], "two-step");
	assert_string_equal(f->s->required[1], "codes");
	want = xasprintf("%s/srv/jagaakun/reports", tu_drive());
	assert_string_equal(f->s->report_dir, want);
	free(want);
	want = xasprintf("%s/srv/jagaakun/pegawai.csv", tu_drive());
	assert_string_equal(f->s->roster, want);
	free(want);
	assert_true(isotime_parse("2026-12-31T00:00:00Z", &deadline));
	assert_int_equal(f->s->deadline, deadline);
	assert_int_equal(f->s->n_contacts, 3);
	assert_string_equal(f->s->contacts[0].unit, "Dinas Kesehatan");
	assert_string_equal(f->s->contacts[0].phone, "0765 000 0002");
	assert_null(f->s->contacts[0].email);
	assert_string_equal(f->s->contacts[1].email, "umum@contoh.example");
	free(path);
}

static void
test_site_load_example(void **state)
{
	struct fixture *f = *state;
	char *path = tu_site_data("doc/site.cfg.example");

	assert_int_equal(site_load(path, true, &f->s, &f->d), 0);
	assert_string_equal(f->s->agency, "Pemerintah Kota Dumai");
	assert_true(f->s->n_required > 0);
	assert_true(f->s->n_contacts > 0);
	free(path);
}

/* The example's required modules exist in the shipped content. */
static void
test_site_example_matches_content(void **state)
{
	struct fixture *f = *state;
	char *path = tu_site_data("doc/site.cfg.example");
	char *dir = tu_srcpath("content");
	struct content *c = NULL;

	assert_int_equal(site_load(path, true, &f->s, &f->d), 0);
	assert_int_equal(content_load(dir, &c, &f->d), 0);
	assert_int_equal(site_check_modules(f->s, c, &f->d), 0);
	assert_int_equal(f->d.n, 0);
	content_free(c);
	free(dir);
	free(path);
}

static void
test_site_missing_default_is_empty(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/none/site.cfg", f->dir);

	assert_int_equal(site_load(path, false, &f->s, &f->d), 0);
	assert_int_equal(f->d.n, 0);
	assert_non_null(f->s);
	assert_null(f->s->path);
	assert_null(f->s->agency);
	assert_null(f->s->report_dir);
	assert_null(f->s->roster);
	assert_int_equal(f->s->n_required, 0);
	assert_int_equal(f->s->n_contacts, 0);
	assert_int_equal(f->s->deadline, 0);
	assert_true(site_requires(f->s, "anything"));
	assert_false(site_lists_module(f->s, "anything"));	/* none marked */
	assert_false(site_lists_module(NULL, "anything"));
	free(path);
}

static void
test_site_missing_explicit_fails(void **state)
{
	struct fixture *f = *state;
	char *path = xasprintf("%s/none.cfg", f->dir);
	char *want = xasprintf("%s: cannot read: ", path);

	assert_int_equal(site_load(path, true, &f->s, &f->d), -1);
	assert_null(f->s);
	assert_int_equal(f->d.n, 1);
	assert_memory_equal(f->d.msgs[0], want, strlen(want));
	free(want);
	free(path);
}

/* A folder in the way is an error even at the default path. */
static void
test_site_unreadable_default_fails(void **state)
{
	struct fixture *f = *state;
	char *file = tu_write(f->dir, "plain", "x");
	char *path = xasprintf("%s/site.cfg", file);

	assert_int_equal(site_load(path, false, &f->s, &f->d), -1);
	assert_int_equal(f->d.n, 1);
	assert_non_null(strstr(f->d.msgs[0], "cannot read: "));
	free(path);
	free(file);
}

/* A folder is refused before libconfig sees it. */
static void
test_site_folder_fails(void **state)
{
	struct fixture *f = *state;
	char *want = xasprintf("%s: cannot read: not a regular file", f->dir);

	assert_int_equal(site_load(f->dir, true, &f->s, &f->d), -1);
	assert_int_equal(f->d.n, 1);
	assert_string_equal(f->d.msgs[0], want);
	free(want);
}

/* An @include is refused on its line, before libconfig follows it to the
 * folder (libconfig 1.5 would exit the program). */
static void
test_site_include_refused(void **state)
{
	struct fixture *f = *state;
	char *path = tu_srcpath("tests/data/site/include.cfg");
	char *want = xasprintf("%s:4: @include is not allowed; put the "
	    "settings in this file itself", path);

	assert_int_equal(site_load(path, true, &f->s, &f->d), -1);
	assert_null(f->s);
	assert_int_equal(f->d.n, 1);
	assert_string_equal(f->d.msgs[0], want);
	free(want);
	free(path);
}

static void
test_site_syntax_error(void **state)
{
	assert_one_error(*state, "format = 1;\nagency = \"x\"\nreport_dir = ;\n",
	    3, "syntax error");
}

static void
test_site_format_errors(void **state)
{
	assert_one_error(*state, "agency = \"x\";\n", 0,
	    "missing setting \"format\"");
	assert_one_error(*state, "\nformat = 2;\n", 2, "unknown format");
	assert_one_error(*state, "format = \"1\";\n", 1, "unknown format");
}

static void
test_site_unknown_key(void **state)
{
	assert_one_error(*state, "format = 1;\nagensi = \"x\";\n", 2,
	    "unknown setting \"agensi\"");
}

static void
test_site_text_errors(void **state)
{
	char *long_text = xmalloc(300), *cfg;

	assert_one_error(*state, "format = 1;\nagency = 5;\n", 2,
	    "\"agency\" must be a string");
	assert_one_error(*state, "format = 1;\nagency = \"  \";\n", 2,
	    "\"agency\" is empty");
	assert_one_error(*state, "format = 1;\nagency = \"a\\x01b\";\n", 2,
	    "\"agency\" holds a control character");
	assert_one_error(*state, "format = 1;\nagency = \"a\xff\";\n", 2,
	    "\"agency\" is not valid UTF-8");
	memset(long_text, 'a', 201);
	long_text[201] = '\0';
	cfg = xasprintf("format = 1;\nagency = \"%s\";\n", long_text);
	assert_one_error(*state, cfg, 2, "\"agency\" is longer than 200 bytes");
	free(cfg);
	free(long_text);
}

static void
test_site_phone_errors(void **state)
{
	static const char *const bad[] = {
		"0765 CALL US",			/* letters */
		"123 456",			/* 6 digits */
		"123456789012345678901",	/* 21 digits */
		"0765 + 000 0000",		/* '+' not in front */
		"0765.000.0000",		/* dots */
	};

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *cfg = xasprintf("format = 1;\n\nverify_phone = \"%s\";\n",
		    bad[i]);

		assert_one_error(*state, cfg, 3,
		    "\"verify_phone\" is not a phone number");
		free(cfg);
	}
}

static void
test_site_phone_ok(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(load_text(f, "format = 1;\nverify_phone = \"1234567\";\n"
	    "report_phone = \"+62 (765) 000-0000 0000 000\";\n", NULL), 0);
	assert_string_equal(f->s->verify_phone, "1234567");
}

static void
test_site_email_errors(void **state)
{
	static const char *const bad[] = {
		"tik", "@contoh.example", "tik@contoh", "tik@.example",
		"tik@contoh.", "a@b@c.example", "t ik@contoh.example",
	};

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *cfg = xasprintf("format = 1;\nreport_email = \"%s\";\n",
		    bad[i]);

		assert_one_error(*state, cfg, 2,
		    "\"report_email\" is not an e-mail address");
		free(cfg);
	}
}

/* The CSIRT's number and e-mail are checked like the others. */
static void
test_site_csirt_errors(void **state)
{
	assert_one_error(*state, "format = 1;\ncsirt_phone = \"lapor\";\n", 2,
	    "\"csirt_phone\" is not a phone number");
	assert_one_error(*state, "format = 1;\ncsirt_email = \"csirt\";\n", 2,
	    "\"csirt_email\" is not an e-mail address");
	assert_one_error(*state, "format = 1;\ncsirt_name = \"\";\n", 2,
	    "\"csirt_name\" is empty");
	assert_one_error(*state, "format = 1;\ncsirt_url = 5;\n", 2,
	    "\"csirt_url\"");
}

static void
test_site_url_errors(void **state)
{
	static const char *const bad[] = {
		"csirt",			/* no dot */
		"https://",			/* no host */
		"https://csirt",		/* no dot in the host */
		"javascript:alert(1)",		/* another scheme */
		"ftp://csirt.example.go.id",	/* another scheme */
		"https://csirt .example.go.id",	/* a space */
		"https://csirt.example.go.id/a b",	/* a space in the path */
		"https://.example.go.id",	/* empty label */
		"https://csirt..example.go.id",	/* empty label */
		"https://csirt.example.go.id.",	/* trailing dot */
		"https://csirt.example.go.id/\xc3\xa9",	/* not ASCII */
		"https://user@csirt.example.go.id",	/* user info */
	};

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char *cfg = xasprintf("format = 1;\n\ncsirt_url = \"%s\";\n",
		    bad[i]);

		assert_one_error(*state, cfg, 3,
		    "\"csirt_url\" is not a web address");
		free(cfg);
	}
}

static void
test_site_url_ok(void **state)
{
	static const char *const good[] = {
		"csirt.example.go.id",
		"https://csirt.example.go.id",
		"http://CSIRT-1.example.go.id/",
		"https://example.go.id/csirt?lapor=1#form",
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		char *cfg = xasprintf("format = 1;\ncsirt_url = \"%s\";\n",
		    good[i]);

		assert_int_equal(load_text(f, cfg, NULL), 0);
		assert_string_equal(f->s->csirt_url, good[i]);
		free(cfg);
	}
}

static void
test_site_required_errors(void **state)
{
	assert_one_error(*state, "format = 1;\nrequired = \"two-step\";\n", 2,
	    "\"required\" must be a list of module ids");
	assert_one_error(*state, "format = 1;\nrequired = { a = \"x\"; };\n", 2,
	    "\"required\" must be a list of module ids");
	assert_one_error(*state, "format = 1;\nrequired = [ 1 ];\n", 2,
	    "\"required\" must hold module ids in double quotes");
	assert_one_error(*state, "format = 1;\nrequired = [ \"a\", \"a\" ];\n", 2,
	    "module \"a\" is listed twice");
	assert_one_error(*state, "format = 1;\nrequired = [ \"\" ];\n", 2,
	    "\"required\" is empty");
}

static void
test_site_required_list_form(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(load_text(f, "format = 1;\nrequired = ( \"a\", \"b\" );\n",
	    NULL), 0);
	assert_int_equal(f->s->n_required, 2);
	assert_true(site_requires(f->s, "b"));
	assert_false(site_requires(f->s, "c"));
	assert_true(site_lists_module(f->s, "b"));
	assert_false(site_lists_module(f->s, "c"));
	assert_int_equal(load_text(f, "format = 1;\nrequired = [ ];\n", NULL), 0);
	assert_int_equal(f->s->n_required, 0);
	assert_true(site_requires(f->s, "c"));
}

static void
test_site_dir_and_deadline_errors(void **state)
{
	assert_one_error(*state, "format = 1;\nreport_dir = \"reports\";\n", 2,
	    "\"report_dir\" must be an absolute path");
	assert_one_error(*state, "format = 1;\nroster = \"pegawai.csv\";\n", 2,
	    "\"roster\" must be an absolute path");
	assert_one_error(*state, "format = 1;\ndeadline = \"2026-02-30\";\n", 2,
	    "\"deadline\" must be a real date");
	assert_one_error(*state, "format = 1;\ndeadline = \"2026-2-3\";\n", 2,
	    "\"deadline\" must be a real date");
	assert_one_error(*state, "format = 1;\ndeadline = \"31-12-2026\";\n", 2,
	    "\"deadline\" must be a real date");
	assert_one_error(*state, "format = 1;\ndeadline = \"2026-12-31T00:00\";\n",
	    2, "\"deadline\" must be a real date");
}

static void
test_site_contact_errors(void **state)
{
	assert_one_error(*state, "format = 1;\ncontacts = { unit = \"x\"; };\n", 2,
	    "\"contacts\" must be a list of groups");
	assert_one_error(*state, "format = 1;\ncontacts = (\n\"x\" );\n", 3,
	    "each contact must be a group");
	assert_one_error(*state, "format = 1;\ncontacts = (\n{ unit = \"u\";\n"
	    "  name = \"n\"; }\n);\n", 3, "missing setting \"phone\"");
	assert_one_error(*state, "format = 1;\ncontacts = (\n{ unit = \"u\"; "
	    "name = \"n\";\n phone = \"0765 000 0000\"; fax = \"1\"; }\n);\n", 4,
	    "unknown setting \"fax\"");
	assert_one_error(*state, "format = 1;\ncontacts = (\n{ unit = \"u\"; "
	    "name = \"n\";\n phone = \"0765 000 0000\";\n email = \"x\"; }\n);\n",
	    5, "\"email\" is not an e-mail address");
}

/* One file with many mistakes: every one is reported, in file order per
 * setting, each with its own line. */
static void
test_site_every_error_reported(void **state)
{
	static const struct tu_diag want[] = {
		{ 8, "unknown setting \"colour\"" },
		{ 4, "\"agency\" is empty" },
		{ 5, "\"verify_phone\" is not a phone number" },
		{ 6, "\"report_phone\" is not a phone number" },
		{ 7, "\"report_email\" is not an e-mail address" },
		{ 9, "module \"two-step\" is listed twice" },
		{ 10, "\"report_dir\" must be an absolute path" },
		{ 11, "\"deadline\" must be a real date" },
		{ 13, "missing setting \"phone\"" },
		{ 14, "unknown setting \"fax\"" },
		{ 15, "each contact must be a group" },
	};
	struct fixture *f = *state;
	char *path = tu_srcpath("tests/data/site/errors.cfg");

	assert_int_equal(site_load(path, true, &f->s, &f->d), -1);
	tu_assert_diags(&f->d, path, want, sizeof want / sizeof want[0]);
	free(path);
}

/* Content with modules "two-step" and "codes", and no steps. */
static struct content *
two_modules(void)
{
	static struct module mods[2];
	static struct content c;

	mods[0].id = (char *)"two-step";
	mods[1].id = (char *)"codes";
	c.version = (char *)"1";
	c.modules = mods;
	c.n_modules = 2;
	return &c;
}

static void
test_site_check_modules(void **state)
{
	struct fixture *f = *state;
	char *path, *want;

	assert_int_equal(load_text(f, "format = 1;\nrequired = [ \"codes\",\n"
	    "\"two-step\" ];\n", NULL), 0);
	assert_int_equal(site_check_modules(f->s, two_modules(), &f->d), 0);
	assert_int_equal(f->d.n, 0);
	assert_int_equal(load_text(f, "format = 1;\n\nrequired = [ \"codes\", "
	    "\"takeover\" ];\n", &path), 0);
	assert_int_equal(site_check_modules(f->s, two_modules(), &f->d), -1);
	assert_int_equal(f->d.n, 1);
	want = xasprintf("%s:3: \"required\" names module \"takeover\"", path);
	assert_memory_equal(f->d.msgs[0], want, strlen(want));
	free(want);
	free(path);
	assert_int_equal(site_check_modules(NULL, two_modules(), &f->d), 0);
}

static void
test_site_requires(void **state)
{
	char *req[] = { (char *)"codes" };
	struct site s = { .required = req, .n_required = 1 };

	(void)state;
	assert_true(site_requires(&s, "codes"));
	assert_false(site_requires(&s, "two-step"));
	assert_false(site_requires(&s, "code"));
	assert_true(site_requires(NULL, "two-step"));
}

/* Content of three accounts: "wa" (required by its file) with "two-step"
 * and "codes", "asn" (required) with "mfa", "g" (optional) with "gsv". */
static struct account acct_list[3];
static struct module acct_mods[4];
static struct content acct_content;

static struct content *
three_accounts(void)
{
	static const char *const ids[] = { "wa", "asn", "g" };
	static const char *const mods[][2] = {
		{ "two-step", "wa" }, { "codes", "wa" }, { "mfa", "asn" },
		{ "gsv", "g" }
	};

	for (size_t i = 0; i < 3; i++) {
		acct_list[i].id = (char *)ids[i];
		acct_list[i].required = i < 2;
		acct_list[i].enforced = false;
	}
	for (size_t i = 0; i < 4; i++) {
		acct_mods[i].id = (char *)mods[i][0];
		acct_mods[i].account = (char *)mods[i][1];
		acct_mods[i].acct = &acct_list[i < 2 ? 0 : i - 1];
	}
	acct_content.version = (char *)"1";
	acct_content.modules = acct_mods;
	acct_content.n_modules = 4;
	acct_content.accounts = acct_list;
	acct_content.n_accounts = 3;
	return &acct_content;
}

static void
test_site_required_accounts_errors(void **state)
{
	struct fixture *f = *state;

	assert_one_error(f, "format = 1;\nrequired_accounts = \"wa\";\n", 2,
	    "\"required_accounts\" must be a list of account ids");
	assert_one_error(f, "format = 1;\nrequired_accounts = [ 1 ];\n", 2,
	    "must hold account ids in double quotes");
	assert_one_error(f, "format = 1;\nrequired_accounts = [ \"W A\" ];\n",
	    2, "\"required_accounts\" must be 1 to 40 characters");
	assert_one_error(f, "format = 1;\nrequired_accounts = [ \"wa\",\n"
	    "\"wa\" ];\n", 3, "account \"wa\" is listed twice");
	assert_one_error(f, "format = 1;\nrequired_accounts = [ ];\n", 2,
	    "\"required_accounts\" is empty");
}

/* The site's accounts against the content: each error on its line, and
 * the required accounts marked in the content. */
static void
test_site_check_accounts(void **state)
{
	struct fixture *f = *state;
	struct content *c = three_accounts();
	char *path, *want;

	/* no site list: the content's default */
	assert_int_equal(load_text(f, "format = 1;\n", NULL), 0);
	assert_int_equal(site_check_modules(f->s, c, &f->d), 0);
	assert_true(acct_list[0].enforced && acct_list[1].enforced);
	assert_false(acct_list[2].enforced);
	assert_int_equal(site_check_modules(NULL, c, &f->d), 0);
	assert_true(acct_list[1].enforced);
	/* the site's list replaces it */
	assert_int_equal(load_text(f, "format = 1;\nrequired_accounts = "
	    "[ \"g\", \"wa\" ];\n", NULL), 0);
	assert_int_equal(site_check_modules(f->s, c, &f->d), 0);
	assert_true(acct_list[0].enforced && acct_list[2].enforced);
	assert_false(acct_list[1].enforced);
	/* an unknown account */
	assert_int_equal(load_text(f, "format = 1;\nrequired_accounts = "
	    "[ \"wa\",\n\"meta\" ];\n", &path), 0);
	assert_int_equal(site_check_modules(f->s, c, &f->d), -1);
	assert_int_equal(f->d.n, 1);
	want = xasprintf("%s:3: \"required_accounts\" names account "
	    "\"meta\", which the checklist content does not have", path);
	assert_string_equal(f->d.msgs[0], want);
	free(want);
	free(path);
	/* a required account none of whose modules "required" lists is
	 * valid: all its modules count (test_site_module_required) */
	assert_int_equal(load_text(f, "format = 1;\nrequired_accounts = "
	    "[ \"wa\",\n\"asn\" ];\nrequired = [ \"codes\" ];\n", NULL), 0);
	assert_int_equal(site_check_modules(f->s, c, &f->d), 0);
	assert_int_equal(load_text(f, "format = 1;\nrequired = [ \"mfa\", "
	    "\"codes\" ];\n", NULL), 0);
	assert_int_equal(site_check_modules(f->s, c, &f->d), 0);
}

/* Which modules count: all without a list; with one, those listed, and
 * every module of an account none of whose modules are listed. */
static void
test_site_module_required(void **state)
{
	struct fixture *f = *state;
	struct content *c = three_accounts();

	assert_true(site_module_required(NULL, c, &acct_mods[0]));
	assert_int_equal(load_text(f, "format = 1;\nrequired = [ \"mfa\", "
	    "\"codes\" ];\n", NULL), 0);
	assert_false(site_module_required(f->s, c, &acct_mods[0]));
	assert_true(site_module_required(f->s, c, &acct_mods[1]));
	assert_true(site_module_required(f->s, c, &acct_mods[2]));
	assert_true(site_module_required(f->s, c, &acct_mods[3]));
	/* without accounts: the list alone */
	assert_false(site_module_required(f->s, two_modules(),
	    &two_modules()->modules[0]));
	assert_true(site_module_required(f->s, two_modules(),
	    &two_modules()->modules[1]));
}

/* Expand text and compare with want. */
static void
assert_expands(const struct site *s, const char *text, const char *want)
{
	char *got = site_expand(s, text);

	assert_string_equal(got, want);
	free(got);
}

static void
test_site_expand(void **state)
{
	struct site s = {
		.agency = (char *)"Pemerintah Kota Dumai",
		.verify_phone = (char *)"0765 000 0000",
		.report_phone = (char *)"0765 000 0001",
		.report_email = (char *)"tik@dumai.example",
	};

	(void)state;
	assert_expands(&s, "Call {verify_phone} at {agency}.",
	    "Call 0765 000 0000 at Pemerintah Kota Dumai.");
	assert_expands(&s, "{report_phone}/{report_email}",
	    "0765 000 0001/tik@dumai.example");
	assert_expands(&s, "{agency}{agency}",
	    "Pemerintah Kota DumaiPemerintah Kota Dumai");
	assert_expands(&s, "{unknown} {agency", "{unknown} {agency");
	assert_expands(&s, "{{agency}}", "{Pemerintah Kota Dumai}");
	assert_expands(&s, "{} {", "{} {");
	assert_expands(&s, "", "");
	assert_expands(&s, "no placeholders", "no placeholders");
}

/* {csirt}: the name and whichever contacts are set; a generic name
 * when only the contacts are set; a phrase for none. */
static void
test_site_expand_csirt(void **state)
{
	struct site s = {
		.csirt_name = (char *)"DUMAIKOTA-CSIRT",
		.csirt_phone = (char *)"0765 000 0003",
		.csirt_email = (char *)"csirt@dumai.example",
		.csirt_url = (char *)"https://csirt.dumai.example",
	};
	struct site empty = { 0 };

	(void)state;
	assert_expands(&s, "Report it to {csirt}.", "Report it to "
	    "DUMAIKOTA-CSIRT (0765 000 0003, csirt@dumai.example, "
	    "https://csirt.dumai.example).");
	s.csirt_email = NULL;
	assert_expands(&s, "{csirt}",
	    "DUMAIKOTA-CSIRT (0765 000 0003, https://csirt.dumai.example)");
	s.csirt_phone = s.csirt_url = NULL;
	assert_expands(&s, "{csirt}", "DUMAIKOTA-CSIRT");
	s.csirt_name = NULL;
	s.csirt_email = (char *)"csirt@dumai.example";
	assert_expands(&s, "{csirt}",
	    "your agency's CSIRT (csirt@dumai.example)");
	assert_expands(&empty, "Report it to {csirt}.",
	    "Report it to your agency's CSIRT, if it has one.");
	assert_expands(NULL, "{csirt}{csirt",
	    "your agency's CSIRT, if it has one{csirt");
	/* Not expanded again. */
	empty.csirt_name = (char *)"{agency}";
	assert_expands(&empty, "{csirt}", "{agency}");
}

/* Values a value expands into are not expanded again. */
static void
test_site_expand_not_recursive(void **state)
{
	struct site s = { .agency = (char *)"{verify_phone}" };

	(void)state;
	assert_expands(&s, "{agency}", "{verify_phone}");
}

static void
test_site_expand_unset(void **state)
{
	struct site empty = { 0 };

	(void)state;
	assert_expands(&empty, "Call {verify_phone}.",
	    "Call your agency's official number (ask your IT office for it).");
	assert_expands(NULL, "Tell {agency}.", "Tell your agency.");
	assert_expands(NULL, "{report_email}",
	    "your agency's official e-mail address (ask your IT office for it)");
	assert_expands(NULL, "{report_phone}",
	    "your agency's official number for reporting a taken-over account "
	    "(ask your IT office for it)");
}

/* Every step text of the content expands to no placeholder left, with
 * the site's numbers and without them. */
static void
test_site_expand_content(void **state)
{
	struct fixture *f = *state;
	char *dir = tu_srcpath("content"), *path;
	struct content *c = NULL;
	struct site *full;
	size_t uses = 0;

	path = tu_site_data("tests/data/site/valid.cfg");
	assert_int_equal(site_load(path, true, &full, &f->d), 0);
	assert_int_equal(content_load(dir, &c, &f->d), 0);
	for (size_t mi = 0; mi < c->n_modules; mi++)
		for (size_t si = 0; si < c->modules[mi].n_steps; si++) {
			const struct step *st = &c->modules[mi].steps[si];

			for (int p = 0; p <= PLATFORM_COUNT; p++) {
				const char *t = p < PLATFORM_COUNT ?
				    step_how(st, (enum platform)p) : st->why;
				char *a, *b;

				if (t == NULL)
					continue;
				uses += strchr(t, '{') != NULL;
				a = site_expand(full, t);
				b = site_expand(NULL, t);
				assert_null(strchr(a, '{'));
				assert_null(strchr(b, '{'));
				free(a);
				free(b);
			}
		}
	/* The steps that send the official to the IT office name it. */
	assert_true(uses >= 3);
	content_free(c);
	site_free(full);
	free(path);
	free(dir);
}

/* The whole days to the deadline, by this workstation's date. */
static void
test_site_days_left(void **state)
{
	struct site s = { 0 };
	long days = 99;
	time_t dl;

	(void)state;
	setenv("TZ", "WIB-7", 1);	/* Jakarta: UTC+7, no tzdata needed */
	tzset();
	assert_true(isotime_parse("2026-12-31T00:00:00Z", &dl));
	assert_false(site_days_left(&s, dl, &days));
	assert_false(site_days_left(NULL, dl, &days));
	assert_int_equal(days, 99);
	s.deadline = dl;
	/* 2026-12-26 10:00 in Jakarta. */
	assert_true(site_days_left(&s, dl - 5 * 86400 + 3 * 3600, &days));
	assert_int_equal(days, 5);
	/* 06:00 on the 31st in Jakarta is still the 30th in UTC: today. */
	assert_true(site_days_left(&s, dl - 3600, &days));
	assert_int_equal(days, 0);
	assert_true(site_days_left(&s, dl + 86400 - 7 * 3600 - 1, &days));
	assert_int_equal(days, 0);
	/* The first of January in Jakarta: a day late. */
	assert_true(site_days_left(&s, dl + 86400 - 7 * 3600, &days));
	assert_int_equal(days, -1);
	assert_true(site_days_left(&s, dl + 40 * 86400, &days));
	assert_int_equal(days, -40);
	unsetenv("TZ");
	tzset();
}

/* Compare site_deadline_text(s, now) with want (NULL: none). */
static void
assert_deadline(const struct site *s, time_t now, const char *want)
{
	char *got = site_deadline_text(s, now);

	if (want == NULL)
		assert_null(got);
	else
		assert_string_equal(got, want);
	free(got);
}

static void
test_site_deadline_text(void **state)
{
	struct site s = { 0 };
	time_t dl;

	(void)state;
	setenv("TZ", "UTC", 1);
	tzset();
	assert_true(isotime_parse("2026-12-31T00:00:00Z", &dl));
	assert_deadline(&s, dl, NULL);
	s.deadline = dl;
	assert_deadline(&s, dl - 5 * 86400,
	    "Deadline: 2026-12-31 (5 days left)");
	assert_deadline(&s, dl - 86400, "Deadline: 2026-12-31 (1 day left)");
	assert_deadline(&s, dl + 3600, "Deadline: 2026-12-31 (today)");
	assert_deadline(&s, dl + 86400,
	    "Deadline: 2026-12-31 (overdue by 1 day)");
	assert_deadline(&s, dl + 3 * 86400,
	    "Deadline: 2026-12-31 (overdue by 3 days)");
	unsetenv("TZ");
	tzset();
}

/* Reports and incident files go to the site's folder, else to one the
 * official can find: never a hidden one. */
static void
test_site_output_dir(void **state)
{
	char *home = tu_tempdir(), *d, *want, *docs;
	struct site s = { .report_dir = (char *)"/srv/laporan" };

	(void)state;
	setenv("HOME", home, 1);
	unsetenv("XDG_DOCUMENTS_DIR");
	setenv("XDG_CONFIG_HOME", home, 1);
	d = site_output_dir(&s);
	assert_string_equal(d, "/srv/laporan");
	free(d);
	assert_int_equal(site_output_make(&s), 0);	/* never made */
	/* No documents folder: the home itself. */
	d = site_output_dir(NULL);
	assert_string_equal(d, home);
	free(d);
	/* ~/Documents: a jagaakun folder in it, made when asked. */
	docs = xasprintf("%s/Documents", home);
	assert_int_equal(tu_mkdir(docs), 0);
	want = xasprintf("%s/jagaakun", docs);
	d = site_output_dir(NULL);
	assert_string_equal(d, want);
	free(d);
	assert_int_equal(site_output_make(NULL), 0);
	assert_int_equal(access(want, W_OK), 0);
	free(want);
	/* xdg-user-dirs names the folder in the desktop's language. */
	free(tu_write(home, "user-dirs.dirs", "# comment\n"
	    "XDG_DESKTOP_DIR=\"$HOME/Desktop\"\n"
	    "XDG_DOCUMENTS_DIR=\"$HOME/Dokumen\"\n"));
	free(tu_write(home, "Dokumen/x", ""));
	want = xasprintf("%s/Dokumen/jagaakun", home);
	d = site_output_dir(NULL);
	assert_string_equal(d, want);
	free(d);
	free(want);
	/* $XDG_DOCUMENTS_DIR first; pointing at the home means none. */
	setenv("XDG_DOCUMENTS_DIR", home, 1);
	free(tu_write(home, "user-dirs.dirs",
	    "XDG_DOCUMENTS_DIR=\"$HOME/\"\n"));
	assert_int_equal(rmdir(want = xasprintf("%s/jagaakun", docs)), 0);
	assert_int_equal(rmdir(docs), 0);
	d = site_output_dir(NULL);
	assert_string_equal(d, home);
	free(d);
	free(want);
	unsetenv("XDG_DOCUMENTS_DIR");
	unsetenv("XDG_CONFIG_HOME");
	free(docs);
	tu_rmtree(home);
	free(home);
}

static void
test_site_find_contacts(void **state)
{
	struct fixture *f = *state;
	char *path = tu_site_data("tests/data/site/valid.cfg");
	size_t idx[8];

	assert_int_equal(site_load(path, true, &f->s, &f->d), 0);
	/* "kesehatan" is the unit of the first and the name of the third. */
	assert_int_equal(site_find_contacts(f->s, "KESEHATAN", idx, 8), 2);
	assert_int_equal(idx[0], 0);
	assert_int_equal(idx[1], 2);
	assert_int_equal(site_find_contacts(f->s, "umum", idx, 8), 1);
	assert_int_equal(idx[0], 1);
	assert_int_equal(site_find_contacts(f->s, "kesehatan", idx, 1), 1);
	assert_int_equal(idx[0], 0);
	assert_int_equal(site_find_contacts(f->s, "", idx, 8), 3);
	assert_int_equal(site_find_contacts(f->s, "polisi", idx, 8), 0);
	assert_int_equal(site_find_contacts(NULL, "x", idx, 8), 0);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_site_load_valid),
		T(test_site_load_example),
		T(test_site_example_matches_content),
		T(test_site_missing_default_is_empty),
		T(test_site_missing_explicit_fails),
		T(test_site_unreadable_default_fails),
		T(test_site_folder_fails),
		T(test_site_include_refused),
		T(test_site_syntax_error),
		T(test_site_format_errors),
		T(test_site_unknown_key),
		T(test_site_text_errors),
		T(test_site_phone_errors),
		T(test_site_phone_ok),
		T(test_site_email_errors),
		T(test_site_csirt_errors),
		T(test_site_url_errors),
		T(test_site_url_ok),
		T(test_site_required_errors),
		T(test_site_required_list_form),
		T(test_site_dir_and_deadline_errors),
		T(test_site_contact_errors),
		T(test_site_every_error_reported),
		T(test_site_check_modules),
		T(test_site_requires),
		T(test_site_required_accounts_errors),
		T(test_site_check_accounts),
		T(test_site_module_required),
		T(test_site_expand_content),
		T(test_site_days_left),
		T(test_site_deadline_text),
		T(test_site_output_dir),
		T(test_site_expand),
		T(test_site_expand_csirt),
		T(test_site_expand_not_recursive),
		T(test_site_expand_unset),
		T(test_site_find_contacts),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
