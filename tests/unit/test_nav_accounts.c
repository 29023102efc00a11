/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_nav_accounts: the accounts screen (nav/accounts.c) and the module
 * list under account headings, on navfix's modules put under two
 * accounts: "wa", required, with module a, and "g", optional, with b.
 */
#include "config.h"

#include <string.h>

#include "model/progress.h"
#include "navfix.h"

static struct account accounts[] = {
	{ .id = "wa", .title = "WA", .summary = "S", .required = true,
	    .enforced = true, .n_modules = 1 },
	{ .id = "g", .title = "G", .summary = "S", .n_modules = 1 },
};
static struct module modules[2];
static struct content content = {
	.version = "1", .modules = modules, .n_modules = 2,
	.accounts = accounts, .n_accounts = 2,
};

/* navfix's state over the content with accounts. */
static int
setup(void **state)
{
	struct navfix *f;

	navfix_setup(state);
	f = *state;
	for (size_t i = 0; i < 2; i++) {
		modules[i] = navfix_modules[i];
		modules[i].account = accounts[i].id;
		modules[i].acct = &accounts[i];
	}
	nav_done(&f->nav);
	nav_init(&f->nav, &content, NULL, "en");
	return 0;
}

/* The row kinds of the module list, as "h" and "m" (with the index). */
static void
assert_rows(const struct nav *n, const char *want)
{
	char got[32] = "";
	size_t count = nav_checklist_module_rows(n, NAV_NONE, NULL);
	struct nav_module_row r;

	for (size_t k = 0; k < count && k < 10; k++) {
		nav_checklist_module_rows(n, k, &r);
		got[strlen(got)] = r.heading ? 'h' : 'm';
		got[strlen(got)] = (char)('0' + r.index);
	}
	assert_string_equal(got, want);
}

/* An official who chose a phone but was never asked: the accounts come
 * first, all ticked; the required one cannot be unticked. */
static void
test_accounts_asked_once(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct official *o = navfix_add_official(f, "Budi", NIP_A, "en",
	    PLATFORM_ANDROID);

	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_ACCOUNTS);
	o = nav_official(n);
	assert_true(n->checklist.ticks[0] && n->checklist.ticks[1]);
	assert_int_equal(nav_apply(n, ACT_TOGGLE) & NAV_REDRAW, NAV_REDRAW);
	assert_true(n->checklist.ticks[0]);
	assert_non_null(n->checklist.accounts_note);
	nav_apply(n, ACT_DOWN);
	assert_null(n->checklist.accounts_note);
	nav_apply(n, ACT_TOGGLE);
	assert_false(n->checklist.ticks[1]);
	assert_int_equal(nav_apply(n, ACT_ENTER) & NAV_DIRTY, NAV_DIRTY);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_true(o->accounts_asked);
	assert_int_equal(o->n_accounts, 1);
	assert_string_equal(o->accounts[0], "wa");
	/* the module list: wa's heading and module a; b is not asked */
	assert_rows(n, "h0m0");
	assert_int_equal(n->sel, 1);
	assert_false(progress_module_used(o, &modules[1]));
	/* started again, the accounts are not asked again */
	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
}

/* From the module list with a: Esc keeps them, Enter saves the ticks;
 * the list then has both accounts, and moving skips the headings. */
static void
test_accounts_from_modules(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct official *o = navfix_add_official(f, "Budi", NIP_A, "en",
	    PLATFORM_ANDROID);
	const char *const wa[] = { "wa" };

	assert_int_equal(official_set_accounts(o, wa, 1), 1);
	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	o = nav_official(n);
	nav_apply(n, ACT_ACCOUNTS);
	assert_int_equal(n->screen, NAV_ACCOUNTS);
	assert_false(n->checklist.ticks[1]);
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_TOGGLE);
	assert_int_equal(nav_apply(n, ACT_BACK) & NAV_DIRTY, 0);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_int_equal(o->n_accounts, 1);
	nav_apply(n, ACT_ACCOUNTS);
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_TOGGLE);
	assert_int_equal(nav_apply(n, ACT_ENTER) & NAV_DIRTY, NAV_DIRTY);
	assert_true(official_uses_account(o, "g"));
	assert_rows(n, "h0m0h1m1");
	nav_apply(n, ACT_HOME);
	assert_int_equal(n->sel, 1);
	nav_apply(n, ACT_DOWN);
	assert_int_equal(n->sel, 3);
	nav_apply(n, ACT_UP);
	assert_int_equal(n->sel, 1);
	nav_apply(n, ACT_UP);
	assert_int_equal(n->sel, 1);
	nav_apply(n, ACT_END);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 1);
	/* the same ticks again: nothing to save */
	nav_apply(n, ACT_BACK);
	nav_apply(n, ACT_ACCOUNTS);
	assert_int_equal(nav_apply(n, ACT_ENTER) & NAV_DIRTY, 0);
	assert_int_equal(n->sel, 3);
}

/* A new official: phone, Web/Desktop, then the accounts; Esc there goes
 * back to Web/Desktop before a first answer.  With no account required,
 * at least one must be ticked. */
static void
test_accounts_after_platform(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	navfix_add_official(f, "Budi", NIP_A, "en", -1);
	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_PLATFORM);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_WEB);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_ACCOUNTS);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_WEB);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_ACCOUNTS);
	accounts[0].enforced = false;
	nav_apply(n, ACT_TOGGLE);
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_TOGGLE);
	assert_int_equal(nav_apply(n, ACT_ENTER) & NAV_DIRTY, 0);
	assert_int_equal(n->screen, NAV_ACCOUNTS);
	assert_non_null(n->checklist.accounts_note);
	nav_apply(n, ACT_TOGGLE);
	assert_int_equal(nav_apply(n, ACT_ENTER) & NAV_DIRTY, NAV_DIRTY);
	accounts[0].enforced = true;
	assert_int_equal(n->screen, NAV_MODULES);
	/* wa is required again: it counts although not ticked */
	assert_rows(n, "h0m0h1m1");
}

/* The steps of an account not used are skipped: continuing, and going
 * on after the last step of the used one. */
static void
test_accounts_steps_skipped(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct official *o = navfix_add_official(f, "Budi", NIP_A, "en",
	    PLATFORM_ANDROID);
	const char *const wa[] = { "wa" };

	assert_int_equal(official_set_accounts(o, wa, 1), 1);
	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_CONTINUE);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 0);
	for (int i = 0; i < 3; i++)
		nav_apply(n, ACT_DONE);
	assert_true(n->screen == NAV_SUMMARY || n->screen == NAV_OFFER);
	assert_int_equal(nav_checklist_summary_count(n), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, navfix_teardown)
		T(test_accounts_asked_once),
		T(test_accounts_from_modules),
		T(test_accounts_after_platform),
		T(test_accounts_steps_skipped),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
