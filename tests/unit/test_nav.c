/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_nav: the navigation's common core, driven over navfix's content:
 * the help overlay, moving and scrolling, the languages offered.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "navfix.h"

static void
test_nav_languages_offered(void **state)
{
	struct navfix *f = *state;

	/* Each language offered has messages, and a name in itself. */
	for (size_t i = 0; i < NAV_LANGUAGE_COUNT; i++) {
		assert_true(i18n_is_language(nav_languages[i].code));
		assert_non_null(nav_languages[i].name);
	}
	/* The language in effect is one of them; Bahasa Indonesia when it
	 * is none. */
	nav_init(&f->nav, &navfix_content, NULL, "en");
	assert_string_equal(f->nav.lang, "en");
	nav_init(&f->nav, &navfix_content, NULL, "xx");
	assert_string_equal(f->nav.lang, "id");
}

static void
test_nav_help_toggles(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_HELP), NAV_REDRAW);
	assert_true(n->help);
	/* While help is open, other keys do nothing. */
	assert_int_equal(nav_apply(n, ACT_DONE), 0);
	assert_int_equal(nav_apply(n, ACT_NEXT), 0);
	assert_int_equal(navfix_status_of(n, 0, 0), STEP_TODO);
	assert_int_equal(n->step, 0);
	assert_int_equal(nav_apply(n, ACT_HELP), NAV_REDRAW);
	assert_false(n->help);
	nav_apply(n, ACT_HELP);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_false(n->help);
	assert_int_equal(n->screen, NAV_STEP);	/* q closed help only */
	assert_int_equal(nav_apply(n, ACT_RESIZE), NAV_REDRAW);
}

static void
test_nav_scroll_and_page(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);	/* nothing to scroll */
	nav_set_view(n, 5, 7);
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);
	assert_int_equal(n->scroll, 1);
	nav_apply(n, ACT_PGDN);
	assert_int_equal(n->scroll, 5);
	nav_apply(n, ACT_PGDN);
	assert_int_equal(n->scroll, 7);
	assert_int_equal(nav_apply(n, ACT_END), 0);
	nav_apply(n, ACT_PGUP);
	assert_int_equal(n->scroll, 3);
	nav_set_view(n, 5, 2);			/* a bigger window */
	assert_int_equal(n->scroll, 2);
	nav_apply(n, ACT_HOME);
	assert_int_equal(n->scroll, 0);
	/* A new step starts at the top. */
	nav_apply(n, ACT_END);
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->scroll, 0);
	/* Lists move by pages too. */
	nav_apply(n, ACT_BACK);
	nav_set_view(n, 10, 0);
	nav_apply(n, ACT_PGDN);
	assert_int_equal(n->sel, 1);
	nav_apply(n, ACT_HOME);
	assert_int_equal(n->sel, 0);
}

/* nav_start marks the record as used with the content's version, for
 * every front end (ui/ and plain/ both start through it). */
static void
test_nav_start_content_version(void **state)
{
	struct navfix *f = *state;

	assert_null(f->record->content_version);
	nav_start(&f->nav, f->record);
	assert_non_null(f->record->content_version);
	assert_string_equal(f->record->content_version, "1");
	free(f->record->content_version);
	f->record->content_version = xstrdup("0.9");
	nav_start(&f->nav, f->record);
	assert_string_equal(f->record->content_version, "1");
}

/* The trouble screens' phone: the official's, Android without one. */
static void
test_nav_trouble_phone(void **state)
{
	struct navfix *f = *state;
	struct nav *n;

	nav_start_trainer(&f->nav);
	assert_int_equal(nav_trouble_phone(&f->nav), PLATFORM_ANDROID);
	nav_done(&f->nav);
	nav_init(&f->nav, &navfix_content, NULL, "id");
	n = navfix_start_chosen(f);
	nav_official(n)->platform = PLATFORM_IPHONE;
	assert_int_equal(nav_trouble_phone(n), PLATFORM_IPHONE);
	/* navfix's content has neither module. */
	assert_null(nav_trouble_verify_step(n));
	assert_null(nav_trouble_takeover_module(n));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, navfix_setup, navfix_teardown)
		T(test_nav_languages_offered),
		T(test_nav_help_toggles),
		T(test_nav_scroll_and_page),
		T(test_nav_start_content_version),
		T(test_nav_trouble_phone),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
