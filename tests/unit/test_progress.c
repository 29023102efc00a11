/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for progress.c: counts, percentages, where to resume and the next
 * open step, on a small content built in memory and an official from a
 * real (empty) record.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "model/content.h"
#include "base/diag.h"
#include "model/progress.h"
#include "model/record.h"
#include "base/xalloc.h"

#define NOW ((time_t)1750000000)

/* The reason every step below may be not applicable for. */
static char *reasons[] = { "No smartphone", NULL };
#define NA .na = reasons, .n_na = 1

/* Three modules: m1 {a, b, c}, m2 {d}, m3 {e, f}. */
static struct step m1_steps[] = {
	{ .id = "a", .title = "Step A", NA },
	{ .id = "b", .title = "Step B", NA },
	{ .id = "c", .title = "Step C", NA },
};
static struct step m2_steps[] = {
	{ .id = "d", .title = "Step D", NA },
};
static struct step m3_steps[] = {
	{ .id = "e", .title = "Step E", NA },
	{ .id = "f", .title = "Step F", NA },
};

/* m4: a step for everyone that cannot be not applicable, a Web step. */
static struct step m4_steps[] = {
	{ .id = "everyone", .title = "Everyone", .text = "Do it" },
	{ .id = "web", .title = "On a computer", .how = { NULL, NULL, "Web" },
	    NA },
};
static struct module m4 = { .id = "m4", .title = "Module 4",
	.steps = m4_steps, .n_steps = 2 };
static const struct content content4 = {
	.version = "1.0", .modules = &m4, .n_modules = 1,
};
static struct module modules[] = {
	{ .id = "m1", .title = "Module 1", .steps = m1_steps, .n_steps = 3 },
	{ .id = "m2", .title = "Module 2", .steps = m2_steps, .n_steps = 1 },
	{ .id = "m3", .title = "Module 3", .steps = m3_steps, .n_steps = 2 },
};
static const struct content content = {
	.version = "1.0", .modules = modules, .n_modules = 3,
};

struct fixture {
	char *dir;
	struct record *r;
	struct official *o;
};

/* Open an empty record in a scratch folder and add one official. */
static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	struct profile p = {
		.name = "Budi Santoso", .nip = "198609262015051001",
		.kind = NIP_PNS, .unit = "Dinas Kominfo", .position = "Analis",
	};
	struct diag d;
	char *path;

	diag_init(&d);
	f->dir = tu_tempdir();
	path = xasprintf("%s/record.cfg", f->dir);
	assert_int_equal(record_open(path, &f->r, &d), 0);
	free(path);
	diag_done(&d);
	f->o = record_add(f->r, &p, NOW);
	assert_non_null(f->o);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	record_close(f->r);
	tu_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* Set one step's status for the fixture's official. */
static void
set(struct fixture *f, const char *module, const char *step,
    enum step_status st)
{
	official_set_status(f->o, module, step, st,
	    st == STEP_NA ? "No smartphone" : NULL, NOW);
}

/* Compare a struct progress with expected counts. */
static void
assert_counts(const struct progress *p, size_t done, size_t na,
    size_t later, size_t todo, size_t total)
{
	assert_int_equal(p->done, done);
	assert_int_equal(p->na, na);
	assert_int_equal(p->later, later);
	assert_int_equal(p->todo, todo);
	assert_int_equal(p->total, total);
}

static void
test_progress_untouched(void **state)
{
	struct fixture *f = *state;
	struct progress p;

	progress_all(f->o, &content, &p);
	assert_counts(&p, 0, 0, 0, 6, 6);
	assert_int_equal(progress_percent(&p), 0);
	assert_false(progress_is_complete(&p));
	assert_int_equal(progress_status(f->o, &modules[0], &m1_steps[0]),
	    STEP_TODO);
}

static void
test_progress_counts(void **state)
{
	struct fixture *f = *state;
	struct progress p;

	set(f, "m1", "a", STEP_DONE);
	set(f, "m1", "b", STEP_NA);
	set(f, "m1", "c", STEP_LATER);
	set(f, "m3", "e", STEP_DONE);
	/* A step the content no longer has is not counted. */
	set(f, "m3", "gone", STEP_DONE);

	assert_int_equal(progress_status(f->o, &modules[0], &m1_steps[1]),
	    STEP_NA);
	assert_int_equal(progress_status(f->o, &modules[0], &m1_steps[2]),
	    STEP_LATER);
	assert_int_equal(progress_status(f->o, &modules[2], &m3_steps[1]),
	    STEP_TODO);

	progress_module(f->o, &modules[0], &p);
	assert_counts(&p, 1, 1, 1, 0, 3);
	assert_int_equal(progress_percent(&p), 66);
	assert_false(progress_is_complete(&p));

	progress_module(f->o, &modules[1], &p);
	assert_counts(&p, 0, 0, 0, 1, 1);
	assert_int_equal(progress_percent(&p), 0);

	progress_module(f->o, &modules[2], &p);
	assert_counts(&p, 1, 0, 0, 1, 2);
	assert_int_equal(progress_percent(&p), 50);

	progress_all(f->o, &content, &p);
	assert_counts(&p, 2, 1, 1, 2, 6);
	assert_int_equal(progress_percent(&p), 50);

	/* A later change of mind replaces the old status. */
	set(f, "m1", "c", STEP_DONE);
	progress_module(f->o, &modules[0], &p);
	assert_counts(&p, 2, 1, 0, 0, 3);
	assert_true(progress_is_complete(&p));
	assert_int_equal(progress_percent(&p), 100);
}

static void
test_progress_percent(void **state)
{
	static const struct {
		struct progress p;
		unsigned want;
	} cases[] = {
		{ { .done = 2, .total = 3 }, 66 },
		{ { .done = 1, .total = 3 }, 33 },
		{ { .done = 1, .na = 1, .todo = 1, .total = 3 }, 66 },
		{ { .later = 3, .total = 3 }, 0 },
		{ { .done = 199, .todo = 1, .total = 200 }, 99 },
		{ { .done = 999, .later = 1, .total = 1000 }, 99 },
		{ { .done = 2, .na = 1, .total = 3 }, 100 },
		{ { .na = 4, .total = 4 }, 100 },
		{ { .total = 0 }, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (progress_percent(&cases[i].p) != cases[i].want)
			fail_msg("case %zu: got %u, expected %u", i,
			    progress_percent(&cases[i].p), cases[i].want);
	assert_false(progress_is_complete(&cases[5].p));
	assert_true(progress_is_complete(&cases[6].p));
}

static void
test_progress_resume(void **state)
{
	struct fixture *f = *state;
	size_t mi = 99, si = 99;

	assert_true(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 0);

	/* No saved point: the first step that is not finished. */
	set(f, "m1", "a", STEP_DONE);
	set(f, "m1", "b", STEP_NA);
	assert_true(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 2);

	/* A saved point wins, even on a finished step. */
	official_set_resume(f->o, "m3", "f");
	assert_true(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 2);
	assert_int_equal(si, 1);
	official_set_resume(f->o, "m1", "a");
	assert_true(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 0);

	/* A saved step or module the content no longer has is ignored. */
	official_set_resume(f->o, "m3", "vanished");
	assert_true(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 2);
	official_set_resume(f->o, "old-module", "e");
	assert_true(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 2);

	/* LATER is not finished. */
	set(f, "m1", "c", STEP_DONE);
	set(f, "m2", "d", STEP_LATER);
	official_set_resume(f->o, NULL, NULL);
	assert_true(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 1);
	assert_int_equal(si, 0);
}

static void
test_progress_next_open(void **state)
{
	struct fixture *f = *state;
	size_t mi, si;

	set(f, "m1", "a", STEP_DONE);
	mi = 0, si = 0;
	assert_true(progress_next_open(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 1);

	/* From the last step it wraps to the start and skips what is done. */
	mi = 2, si = 1;
	assert_true(progress_next_open(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 1);

	/* Across module boundaries, skipping done and not applicable. */
	set(f, "m1", "b", STEP_DONE);
	set(f, "m1", "c", STEP_NA);
	set(f, "m2", "d", STEP_DONE);
	set(f, "m3", "e", STEP_LATER);
	mi = 0, si = 0;
	assert_true(progress_next_open(f->o, &content, &mi, &si));
	assert_int_equal(mi, 2);
	assert_int_equal(si, 0);
	assert_true(progress_next_open(f->o, &content, &mi, &si));
	assert_int_equal(mi, 2);
	assert_int_equal(si, 1);
	assert_true(progress_next_open(f->o, &content, &mi, &si));
	assert_int_equal(mi, 2);
	assert_int_equal(si, 0);

	/* The only open step is the current one: it is found last. */
	set(f, "m3", "e", STEP_DONE);
	mi = 2, si = 1;
	assert_true(progress_next_open(f->o, &content, &mi, &si));
	assert_int_equal(mi, 2);
	assert_int_equal(si, 1);

	/* Nothing open: false and the position is left alone. */
	set(f, "m3", "f", STEP_NA);
	mi = 1, si = 0;
	assert_false(progress_next_open(f->o, &content, &mi, &si));
	assert_int_equal(mi, 1);
	assert_int_equal(si, 0);
}

static void
test_progress_all_complete(void **state)
{
	static const char *const done[][2] = {
		{ "m1", "a" }, { "m1", "b" }, { "m1", "c" },
		{ "m2", "d" }, { "m3", "e" },
	};
	struct fixture *f = *state;
	struct progress p;
	size_t mi = 99, si = 99;

	for (size_t i = 0; i < sizeof done / sizeof done[0]; i++)
		set(f, done[i][0], done[i][1], STEP_DONE);
	progress_all(f->o, &content, &p);
	assert_int_equal(progress_percent(&p), 83);
	assert_false(progress_is_complete(&p));

	set(f, "m3", "f", STEP_NA);
	progress_all(f->o, &content, &p);
	assert_counts(&p, 5, 1, 0, 0, 6);
	assert_int_equal(progress_percent(&p), 100);
	assert_true(progress_is_complete(&p));

	official_set_resume(f->o, "m2", "d");
	assert_false(progress_resume(f->o, &content, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 0);
}

/* With an empty first module, "the first step" is in the second one. */
static void
test_progress_empty_module(void **state)
{
	struct module two[] = {
		{ .id = "empty", .title = "Empty" },
		{ .id = "m2", .title = "Module 2", .steps = m2_steps,
		    .n_steps = 1 },
	};
	const struct content c = { .version = "1.0", .modules = two,
		.n_modules = 2 };
	const struct content none = { .version = "1.0" };
	struct fixture *f = *state;
	struct progress p;
	size_t mi = 99, si = 99;

	assert_true(progress_resume(f->o, &c, &mi, &si));
	assert_int_equal(mi, 1);
	assert_int_equal(si, 0);
	assert_true(progress_next_open(f->o, &c, &mi, &si));
	assert_int_equal(mi, 1);
	assert_int_equal(si, 0);

	set(f, "m2", "d", STEP_DONE);
	assert_false(progress_resume(f->o, &c, &mi, &si));
	assert_int_equal(mi, 1);
	assert_int_equal(si, 0);

	progress_all(f->o, &none, &p);
	assert_counts(&p, 0, 0, 0, 0, 0);
	assert_int_equal(progress_percent(&p), 0);
	assert_false(progress_resume(f->o, &none, &mi, &si));
	assert_int_equal(mi, 0);
	assert_int_equal(si, 0);
}

/* Marking everything not applicable does not make an official
 * compliant: a step that does not allow it stays to do, an old mark on it
 * included. */
static void
test_progress_na_only_where_allowed(void **state)
{
	struct fixture *f = *state;
	struct progress p;

	f->o->web = true;
	set(f, "m4", "everyone", STEP_NA);
	set(f, "m4", "web", STEP_NA);
	assert_int_equal(progress_status(f->o, &m4, &m4_steps[0]), STEP_TODO);
	assert_int_equal(progress_status(f->o, &m4, &m4_steps[1]), STEP_NA);
	progress_all(f->o, &content4, &p);
	assert_counts(&p, 0, 1, 0, 1, 2);
	assert_int_equal(progress_percent(&p), 50);
	assert_false(progress_is_complete(&p));

	/* Allowed N/A counts as finished. */
	set(f, "m4", "everyone", STEP_DONE);
	progress_all(f->o, &content4, &p);
	assert_counts(&p, 1, 1, 0, 0, 2);
	assert_true(progress_is_complete(&p));
}

/* A Web step is counted, searched and resumed at only for an official
 * who uses Web/Desktop. */
static void
test_progress_web_step(void **state)
{
	struct fixture *f = *state;
	struct progress p;
	size_t mi = 0, si = 0;

	assert_false(progress_shows(f->o, &m4_steps[1]));
	progress_all(f->o, &content4, &p);
	assert_counts(&p, 0, 0, 0, 1, 1);
	set(f, "m4", "everyone", STEP_DONE);
	progress_all(f->o, &content4, &p);
	assert_true(progress_is_complete(&p));
	assert_false(progress_next_open(f->o, &content4, &mi, &si));
	official_set_resume(f->o, "m4", "web");
	assert_false(progress_resume(f->o, &content4, &mi, &si));
	assert_int_equal(progress_shown_before(f->o, &m4, 2), 1);

	f->o->web = true;
	assert_true(progress_shows(f->o, &m4_steps[1]));
	progress_all(f->o, &content4, &p);
	assert_counts(&p, 1, 0, 0, 1, 2);
	assert_true(progress_resume(f->o, &content4, &mi, &si));
	assert_int_equal(si, 1);
	assert_int_equal(progress_shown_before(f->o, &m4, 2), 2);
}

/* Two accounts: "wa", required, with module mw {a, b}; "g", optional,
 * with mg1 {c} and mg2 {d}. */
static struct account accts[] = {
	{ .id = "wa", .title = "WA", .required = true, .enforced = true,
	    .n_modules = 1 },
	{ .id = "g", .title = "G", .n_modules = 2 },
};
static struct step mw_steps[] = {
	{ .id = "a", .title = "A", NA }, { .id = "b", .title = "B", NA },
};
static struct step mg1_steps[] = { { .id = "c", .title = "C", NA } };
static struct step mg2_steps[] = { { .id = "d", .title = "D", NA } };
static struct module acct_modules[] = {
	{ .id = "mw", .account = "wa", .acct = &accts[0], .steps = mw_steps,
	    .n_steps = 2 },
	{ .id = "mg1", .account = "g", .acct = &accts[1], .steps = mg1_steps,
	    .n_steps = 1 },
	{ .id = "mg2", .account = "g", .acct = &accts[1], .steps = mg2_steps,
	    .n_steps = 1 },
};
static const struct content acct_content = {
	.version = "1", .modules = acct_modules, .n_modules = 3,
	.accounts = accts, .n_accounts = 2,
};

/* progress_required_fn: every module counts. */
static bool
every_module(const struct module *m, void *arg)
{
	(void)m;
	(void)arg;
	return true;
}

/* progress_required_fn: only the module whose id is arg. */
static bool
only_module(const struct module *m, void *arg)
{
	return strcmp(m->id, arg) == 0;
}

/* Before the official is asked, only the required account's modules
 * are shown and counted; once they use "g", its modules are too. */
static void
test_progress_accounts_used(void **state)
{
	struct fixture *f = *state;
	struct progress p;
	size_t mi = 0, si = 0;
	const char *const g[] = { "g" };
	const char *const none[] = { NULL };

	assert_true(progress_module_used(f->o, &acct_modules[0]));
	assert_false(progress_module_used(f->o, &acct_modules[1]));
	assert_true(progress_module_used(f->o, &modules[0]));	/* none */
	progress_all(f->o, &acct_content, &p);
	assert_counts(&p, 0, 0, 0, 2, 2);
	progress_account(f->o, &acct_content, &accts[1], &p);
	assert_counts(&p, 0, 0, 0, 0, 0);
	progress_module(f->o, &acct_modules[2], &p);
	assert_int_equal(p.total, 0);
	set(f, "mw", "a", STEP_DONE);
	set(f, "mw", "b", STEP_DONE);
	/* nothing open: the modules of "g" are not asked */
	assert_false(progress_next_open(f->o, &acct_content, &mi, &si));
	official_set_resume(f->o, "mg1", "c");
	assert_false(progress_resume(f->o, &acct_content, &mi, &si));

	assert_int_equal(official_set_accounts(f->o, g, 1), 1);
	assert_true(progress_module_used(f->o, &acct_modules[1]));
	progress_all(f->o, &acct_content, &p);
	assert_counts(&p, 2, 0, 0, 2, 4);
	progress_account(f->o, &acct_content, &accts[1], &p);
	assert_counts(&p, 0, 0, 0, 2, 2);
	assert_true(progress_resume(f->o, &acct_content, &mi, &si));
	assert_int_equal(mi, 1);
	/* a required account counts although the list leaves it out */
	assert_int_equal(official_set_accounts(f->o, none, 0), 1);
	progress_account(f->o, &acct_content, &accts[0], &p);
	assert_counts(&p, 2, 0, 0, 0, 2);
	progress_all(f->o, &acct_content, &p);
	assert_int_equal(p.total, 2);
}

/* Compliance: every counted module of every enforced account, used or
 * not; an optional account's compliance is its own. */
static void
test_progress_accounts_compliance(void **state)
{
	struct fixture *f = *state;
	const char *const g[] = { "g" };

	/* nothing done: not compliant; "g" has nothing done either */
	assert_false(progress_compliant(f->o, &acct_content, every_module,
	    NULL));
	assert_false(progress_account_compliant(f->o, &acct_content,
	    &accts[1], every_module, NULL));
	/* the official says they use only "g": "wa" still counts */
	assert_int_equal(official_set_accounts(f->o, g, 1), 1);
	set(f, "mg1", "c", STEP_DONE);
	set(f, "mg2", "d", STEP_DONE);
	assert_true(progress_account_compliant(f->o, &acct_content,
	    &accts[1], every_module, NULL));
	assert_false(progress_compliant(f->o, &acct_content, every_module,
	    NULL));
	set(f, "mw", "a", STEP_DONE);
	assert_false(progress_compliant(f->o, &acct_content, every_module,
	    NULL));
	/* with only mg2 counting, "wa" has no module that counts */
	assert_true(progress_compliant(f->o, &acct_content, only_module,
	    "mg2"));
	set(f, "mw", "b", STEP_NA);
	assert_true(progress_compliant(f->o, &acct_content, every_module,
	    NULL));
	/* "g" unfinished: only its own compliance falls */
	set(f, "mg1", "c", STEP_LATER);
	assert_true(progress_compliant(f->o, &acct_content, every_module,
	    NULL));
	assert_false(progress_account_compliant(f->o, &acct_content,
	    &accts[1], every_module, NULL));
	assert_true(progress_account_compliant(f->o, &acct_content,
	    &accts[1], only_module, "mg2"));
	/* required by the site too: then it counts for the official */
	accts[1].enforced = true;
	assert_false(progress_compliant(f->o, &acct_content, every_module,
	    NULL));
	accts[1].enforced = false;
	/* content without accounts: every module is one account's */
	assert_false(progress_compliant(f->o, &content, every_module, NULL));
	assert_true(progress_compliant(f->o, &content, only_module, "none"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_progress_untouched,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_progress_counts,
		    setup, teardown),
		cmocka_unit_test(test_progress_percent),
		cmocka_unit_test_setup_teardown(test_progress_resume,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_progress_next_open,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_progress_all_complete,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_progress_empty_module,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_progress_na_only_where_allowed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_progress_web_step,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_progress_accounts_used,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_progress_accounts_compliance, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
