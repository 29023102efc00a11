/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_nav_trouble: the paths for when something is wrong, driven over
 * navfix's content, contacts and record: verifying a request, and an
 * account taken over written down as an incident.
 */
#include "config.h"

#include "navfix.h"

static void
test_nav_verify_filters_contacts(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_VERIFY);
	assert_int_equal(n->screen, NAV_VERIFY);
	assert_int_equal(n->trouble.found.n, 3);
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_NEXT);			/* Tab moves too */
	assert_int_equal(n->sel, 2);
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);
	/* Typing filters and selects the first match. */
	assert_int_equal(nav_trouble_verify_filter(n, "DINAS"), NAV_REDRAW);
	assert_int_equal(n->trouble.found.n, 2);
	assert_int_equal(n->sel, 0);
	assert_int_equal(n->trouble.found.v[0], 0);
	assert_int_equal(n->trouble.found.v[1], 2);
	nav_trouble_verify_filter(n, "umum");	/* by the office's name */
	assert_int_equal(n->trouble.found.n, 1);
	assert_int_equal(n->trouble.found.v[0], 1);
	nav_trouble_verify_filter(n, "polisi");
	assert_int_equal(n->trouble.found.n, 0);
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);
	/* Pages scroll the steps beside the list, not the list. */
	nav_set_view(n, 4, 6);
	assert_int_equal(nav_apply(n, ACT_PGDN), NAV_REDRAW);
	assert_int_equal(n->scroll, 3);
	assert_int_equal(n->sel, 0);
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	/* No settings: nothing to list, nothing to choose. */
	n->site = NULL;
	nav_apply(n, ACT_VERIFY);
	assert_int_equal(n->trouble.found.n, 0);
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);
}

static void
test_nav_takeover_records_incident(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	unsigned fl;

	assert_int_equal(nav_apply(n, ACT_TAKEOVER), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_TAKEOVER);
	nav_set_view(n, 5, 9);
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);	/* scrolls */
	assert_int_equal(n->scroll, 1);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_NOTICED);
	assert_int_equal(n->sel, 0);
	nav_apply(n, ACT_END);
	assert_int_equal(n->sel, INCIDENT_NOTICED_COUNT - 1);
	nav_apply(n, ACT_UP);
	nav_apply(n, ACT_UP);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->trouble.noticed, INCIDENT_CONTACTS_MESSAGED);
	assert_int_equal(n->screen, NAV_DETAILS);
	/* Typed text is the caller's; back keeps the answer chosen. */
	assert_int_equal(nav_apply(n, ACT_CHAR), 0);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_NOTICED);
	assert_int_equal(n->sel, INCIDENT_CONTACTS_MESSAGED);
	nav_apply(n, ACT_ENTER);
	/* Enter is the caller's, with the note typed. */
	assert_int_equal(nav_apply(n, ACT_ENTER), 0);
	assert_int_equal(nav_trouble_details_submit(n, NULL), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MONEY);
	assert_int_equal(n->sel, INCIDENT_MONEY_UNKNOWN);	/* default */
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_DETAILS);
	nav_trouble_details_submit(n, "Pak Budi got a message at 9:00");
	nav_apply(n, ACT_HOME);
	fl = nav_apply(n, ACT_ENTER);
	assert_int_equal(fl, NAV_INCIDENT_FILE | NAV_REDRAW);
	assert_int_equal(n->trouble.money, INCIDENT_MONEY_YES);
	assert_int_equal(n->screen, NAV_RECORDED);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_TAKEOVER);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_TAKEOVER);
	nav_apply(n, ACT_QUIT);
	assert_int_equal(n->screen, NAV_MODULES);
	/* No step changed on the way. */
	assert_int_equal(nav_official(n)->n_steps, 0);
}

/* A note that holds a code is refused with a reminder, and the screen
 * stays, so nothing is written; without the number it goes on. */
static void
test_nav_details_refuses_a_code(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	static const char *const codes[] = { "kode 123456", "123 456",
	    "he asked for 123-456", "PIN: 1234", "12345678." };

	nav_apply(n, ACT_TAKEOVER);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_DETAILS);
	assert_null(n->trouble.details_error);
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		assert_int_equal(nav_trouble_details_submit(n, codes[i]),
		    NAV_REDRAW);
		assert_int_equal(n->screen, NAV_DETAILS);
		assert_non_null(n->trouble.details_error);
	}
	assert_int_equal(nav_trouble_details_submit(n, "kode sudah diberikan, "
	    "diminta Rp 500.000 pada 12-03-2026"), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MONEY);
	assert_null(n->trouble.details_error);
	/* Back, a code again, then back to the first question and in: the
	 * reminder is gone. */
	nav_apply(n, ACT_BACK);
	nav_trouble_details_submit(n, "654321");
	assert_non_null(n->trouble.details_error);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_NOTICED);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_DETAILS);
	assert_null(n->trouble.details_error);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, navfix_setup, navfix_teardown)
		T(test_nav_verify_filters_contacts),
		T(test_nav_takeover_records_incident),
		T(test_nav_details_refuses_a_code),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
