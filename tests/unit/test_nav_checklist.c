/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_nav_checklist: the checklist flow, driven over navfix's content
 * and record: from the unusable record and the new profile to the steps,
 * the summary and the report.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "navfix.h"
#include "model/progress.h"
#include "base/xalloc.h"

static void
test_nav_broken_until_started(void **state)
{
	struct navfix *f = *state;

	assert_int_equal(f->nav.screen, NAV_BROKEN);
	assert_int_equal(nav_apply(&f->nav, ACT_DOWN), 0);
	assert_int_equal(nav_apply(&f->nav, ACT_ENTER), NAV_SET_ASIDE);
	assert_true(nav_apply(&f->nav, ACT_QUIT) & NAV_QUIT);
	assert_true(nav_apply(&f->nav, ACT_BACK) & NAV_QUIT);
}

static void
test_nav_first_run_asks_language(void **state)
{
	struct navfix *f = *state;
	unsigned fl;

	nav_start(&f->nav, f->record);
	assert_int_equal(f->nav.screen, NAV_LANGUAGE);
	assert_int_equal(f->nav.sel, 0);	/* Bahasa Indonesia */
	assert_int_equal(nav_apply(&f->nav, ACT_UP), 0);
	assert_int_equal(nav_apply(&f->nav, ACT_DOWN), NAV_REDRAW);
	assert_int_equal(nav_apply(&f->nav, ACT_DOWN), 0);	/* no wrap */
	assert_int_equal(nav_apply(&f->nav, ACT_PREV), NAV_REDRAW);
	assert_int_equal(f->nav.sel, 0);
	assert_int_equal(nav_apply(&f->nav, ACT_NEXT), NAV_REDRAW);
	assert_int_equal(f->nav.sel, 1);
	fl = nav_apply(&f->nav, ACT_ENTER);
	assert_true(fl & NAV_SET_LANG);
	assert_false(fl & NAV_DIRTY);
	assert_string_equal(f->nav.lang, "en");
	assert_int_equal(f->nav.screen, NAV_PROFILE);
	assert_int_equal(f->nav.sel, PROFILE_NAME);
	/* Esc goes back to the language; Esc there quits (nobody to list). */
	nav_apply(&f->nav, ACT_BACK);
	assert_int_equal(f->nav.screen, NAV_LANGUAGE);
	assert_int_equal(f->nav.sel, 1);
	assert_true(nav_apply(&f->nav, ACT_BACK) & NAV_QUIT);
}

static void
test_nav_fixed_language_skips_choice(void **state)
{
	struct navfix *f = *state;

	nav_init(&f->nav, &navfix_content, "en", "en");
	nav_start(&f->nav, f->record);
	assert_int_equal(f->nav.screen, NAV_PROFILE);
	assert_true(nav_apply(&f->nav, ACT_BACK) & NAV_QUIT);
}

static void
test_nav_profile_fields_move(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	nav_init(n, &navfix_content, "id", "id");
	nav_start(n, f->record);
	assert_int_equal(nav_apply(n, ACT_PREV), NAV_REDRAW);
	assert_int_equal(n->sel, NAV_FIELD_SAVE);	/* Shift-Tab wraps */
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->sel, PROFILE_NAME);
	nav_apply(n, ACT_DOWN);
	assert_int_equal(n->sel, PROFILE_NIP);
	nav_apply(n, ACT_ENTER);	/* Enter on a middle field moves on */
	assert_int_equal(n->sel, PROFILE_KIND);
	assert_int_equal(nav_apply(n, ACT_CHAR), 0);
	n->sel = PROFILE_POSITION;
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_SUBMIT);
	n->sel = NAV_FIELD_SAVE;
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_SUBMIT);
	assert_int_equal(n->screen, NAV_PROFILE);
}

static void
test_nav_profile_submit_checks(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct profile p = { .name = "  ", .nip = "", .kind = NIP_PNS,
	    .unit = "Dinas Kominfo", .position = "" };
	unsigned fl;

	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);	/* Bahasa Indonesia */
	n->sel = NAV_FIELD_SAVE;
	fl = nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_int_equal(fl, NAV_REDRAW);
	assert_non_null(n->checklist.error[PROFILE_NAME]);
	assert_non_null(n->checklist.error[PROFILE_NIP]);
	assert_null(n->checklist.error[PROFILE_UNIT]);
	assert_non_null(n->checklist.error[PROFILE_POSITION]);
	assert_int_equal(n->sel, PROFILE_NAME);	/* first bad field */
	assert_int_equal(f->record->n_officials, 0);

	/* A PPPK number typed as PNS: only the NIP is refused. */
	p.name = "Budi Santoso";
	p.nip = "1990 0913 2025 24 2 014";
	p.position = "Analis";
	fl = nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_int_equal(fl, NAV_REDRAW);
	assert_null(n->checklist.error[PROFILE_NAME]);
	assert_string_equal(n->checklist.error[PROFILE_NIP],
	    nip_error_message(NIP_APPOINT_MONTH));
	assert_int_equal(n->sel, PROFILE_NIP);

	/* Too many digits is a length error, not an empty one. */
	p.nip = NIP_B "123";
	nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_string_equal(n->checklist.error[PROFILE_NIP],
	    nip_error_message(NIP_LENGTH));

	p.nip = "1990 0913 2025 24 2 014";
	p.kind = NIP_PPPK;
	fl = nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_int_equal(fl, NAV_REDRAW | NAV_DIRTY);
	assert_null(n->checklist.error[PROFILE_NIP]);
	assert_int_equal(f->record->n_officials, 1);
	assert_string_equal(f->record->officials[0].profile.nip, NIP_B);
	assert_int_equal(f->record->officials[0].profile.kind, NIP_PPPK);
	assert_string_equal(f->record->officials[0].language, "id");
	assert_string_equal(f->record->last_nip, NIP_B);
	assert_ptr_equal(nav_official(n), &f->record->officials[0]);
	assert_int_equal(n->screen, NAV_PLATFORM);
}

static void
test_nav_profile_duplicate_refused(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct profile p = { .name = "Budi", .nip = "19860926-2015051001",
	    .kind = NIP_PNS, .unit = "Dinas", .position = "Staf" };

	navfix_add_official(f, "Budi", NIP_A, "en", PLATFORM_IPHONE);
	nav_start(n, f->record);
	n->sel = 1;
	nav_apply(n, ACT_ENTER);	/* "Add a new profile" */
	assert_int_equal(n->screen, NAV_LANGUAGE);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_PROFILE);
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_REDRAW);
	assert_non_null(n->checklist.error[PROFILE_NIP]);
	assert_int_equal(n->sel, PROFILE_NIP);
	assert_int_equal(f->record->n_officials, 1);
	/* Esc returns to the list, where the profile can be chosen. */
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_WHO);
}

/* The form leaves out invisible formatting characters, so a name that
 * looks like another's is the same name, and refuses what no record can
 * hold. */
static void
test_nav_profile_strips_invisible_refuses_bad_bytes(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct profile p = { .name = "Budi\xff", .nip = NIP_A,
	    .kind = NIP_PNS, .unit = "Dinas Kominfo", .position = "Staf" };
	const struct profile *got;

	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_REDRAW);
	assert_non_null(n->checklist.error[PROFILE_NAME]);
	assert_null(n->checklist.error[PROFILE_UNIT]);
	assert_int_equal(f->record->n_officials, 0);
	/* Invisible characters alone are no name. */
	p.name = "\xe2\x80\x8b\xe2\x80\xae";
	nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_non_null(n->checklist.error[PROFILE_NAME]);
	assert_int_equal(f->record->n_officials, 0);
	p.name = "\xe2\x80\xae=HYPERLINK(\"x\") Bu\xe2\x80\x8b" "di";
	p.unit = "Dinas\xe2\x81\xa6 Kominfo\xef\xbb\xbf";
	p.position = "\xe2\x80\x8eStaf";
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR) &
	    NAV_DIRTY, NAV_DIRTY);
	assert_int_equal(f->record->n_officials, 1);
	got = &f->record->officials[0].profile;
	assert_string_equal(got->name, "=HYPERLINK(\"x\") Budi");
	assert_string_equal(got->unit, "Dinas Kominfo");
	assert_string_equal(got->position, "Staf");
}

static void
test_nav_who_preselects_last_and_applies_language(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	unsigned fl;

	navfix_add_official(f, "Budi", NIP_A, "id", PLATFORM_ANDROID);
	navfix_add_official(f, "Sari", NIP_B, "en", -1);
	f->record->last_nip = xstrdup(NIP_B);
	/* The list is shown in the language of the last one. */
	assert_true(nav_start(n, f->record) & NAV_SET_LANG);
	assert_string_equal(n->lang, "en");
	assert_int_equal(n->screen, NAV_WHO);
	assert_int_equal(n->sel, 1);
	assert_null(nav_official(n));
	fl = nav_apply(n, ACT_ENTER);
	assert_false(fl & NAV_SET_LANG);	/* already in English */
	assert_false(fl & NAV_DIRTY);		/* last_nip did not change */
	assert_string_equal(n->lang, "en");
	assert_ptr_equal(nav_official(n), &f->record->officials[1]);
	/* No platform yet: asked now; Esc goes back to the list. */
	assert_int_equal(n->screen, NAV_PLATFORM);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_WHO);
	nav_apply(n, ACT_ENTER);
	/* Two phones only: a third Down stays on iPhone. */
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_DOWN);
	fl = nav_apply(n, ACT_ENTER);
	assert_true(fl & NAV_DIRTY);
	assert_int_equal(f->record->officials[1].platform, PLATFORM_IPHONE);
	/* Then Web/Desktop: "No" first; Esc goes back to the phone. */
	assert_int_equal(n->screen, NAV_WEB);
	assert_int_equal(n->sel, 0);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_PLATFORM);
	assert_int_equal(n->sel, PLATFORM_IPHONE);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_DOWN);
	fl = nav_apply(n, ACT_ENTER);
	assert_true(fl & NAV_DIRTY);
	assert_true(f->record->officials[1].web);
	assert_int_equal(n->screen, NAV_MODULES);
	/* Choosing the other official records them as the last one. */
	nav_start(n, f->record);
	n->sel = 0;
	fl = nav_apply(n, ACT_ENTER);
	assert_true(fl & NAV_DIRTY);
	assert_string_equal(f->record->last_nip, NIP_A);
	assert_string_equal(n->lang, "id");
	assert_int_equal(n->screen, NAV_MODULES);
}

static void
test_nav_who_fixed_language_wins(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;

	navfix_add_official(f, "Sari", NIP_B, "en", PLATFORM_IPHONE);
	nav_init(n, &navfix_content, "id", "id");
	assert_false(nav_start(n, f->record) & NAV_SET_LANG);
	assert_false(nav_apply(n, ACT_ENTER) & NAV_SET_LANG);
	assert_string_equal(n->lang, "id");
	/* "Add a new profile" goes straight to the form. */
	nav_start(n, f->record);
	nav_apply(n, ACT_END);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_PROFILE);
}

static void
test_nav_open_module_sets_resume(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct official *o = nav_official(n);
	unsigned fl;

	official_set_status(o, "b", "b1", STEP_DONE, NULL, 0);
	nav_apply(n, ACT_DOWN);
	fl = nav_apply(n, ACT_ENTER);
	assert_true(fl & NAV_DIRTY);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 1);
	assert_int_equal(n->step, 1);		/* first unfinished */
	assert_string_equal(o->resume_module, "b");
	assert_string_equal(o->resume_step, "b2");
	/* Back, and in again: the resume point is already there. */
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_int_equal(n->sel, 1);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->step, 1);
}

static void
test_nav_mark_done_later_na(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	unsigned fl;

	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->step, 0);
	fl = nav_apply(n, ACT_DONE);
	assert_true(fl & NAV_DIRTY);
	assert_int_equal(navfix_status_of(n, 0, 0), STEP_DONE);
	assert_int_equal(n->step, 1);
	assert_string_equal(nav_official(n)->resume_step, "a2");

	nav_apply(n, ACT_LATER);
	assert_int_equal(navfix_status_of(n, 0, 1), STEP_LATER);
	assert_int_equal(n->step, 2);

	/* "Not applicable" offers the step's reasons and "other"; the list
	 * ends at "other". */
	assert_int_equal(nav_apply(n, ACT_NA), NAV_REDRAW);
	assert_true(n->checklist.prompt);
	assert_false(n->checklist.typing);
	assert_int_equal(n->checklist.reason, 0);
	assert_int_equal(nav_apply(n, ACT_UP), 0);
	nav_apply(n, ACT_DOWN);
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);
	assert_int_equal(n->checklist.reason, 2);	/* "other" */
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);
	assert_int_equal(navfix_status_of(n, 0, 2), STEP_TODO);
	/* "Other": the official's own words; a blank one is refused. */
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_true(n->checklist.typing);
	assert_int_equal(nav_apply(n, ACT_DONE), 0);	/* typing */
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_SUBMIT);
	assert_int_equal(nav_checklist_reason_submit(n, "   "), NAV_REDRAW);
	assert_true(n->checklist.prompt);
	assert_non_null(n->checklist.prompt_error);
	assert_int_equal(navfix_status_of(n, 0, 2), STEP_TODO);
	fl = nav_checklist_reason_submit(n, "  I have no\tsmartphone ");
	assert_true(fl & NAV_DIRTY);
	assert_false(n->checklist.prompt);
	assert_false(n->checklist.typing);
	assert_null(n->checklist.prompt_error);
	assert_int_equal(navfix_status_of(n, 0, 2), STEP_NA);
	assert_string_equal(official_step(nav_official(n), "a", "a3")->reason,
	    "I have no smartphone");
	/* The module's end: on to the next open step, in module b. */
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 1);
	assert_int_equal(n->step, 0);
	/* Space marks done too. */
	nav_apply(n, ACT_TOGGLE);
	assert_int_equal(navfix_status_of(n, 1, 0), STEP_DONE);
	assert_int_equal(n->step, 1);
}

/* A listed reason is recorded at once, as the content's text. */
static void
test_nav_na_listed_reason(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_NEXT);
	nav_apply(n, ACT_NEXT);
	nav_apply(n, ACT_NA);
	nav_apply(n, ACT_DOWN);
	assert_true(nav_apply(n, ACT_TOGGLE) & NAV_DIRTY);
	assert_false(n->checklist.prompt);
	assert_int_equal(navfix_status_of(n, 0, 2), STEP_NA);
	assert_string_equal(official_step(nav_official(n), "a", "a3")->reason,
	    "Not at work");
	assert_int_equal(n->module, 1);		/* on to the next open one */
	assert_int_equal(n->step, 0);
}

/* A step every user can do is never marked not applicable: n says so. */
static void
test_nav_na_refused(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_NA), NAV_REDRAW);
	assert_false(n->checklist.prompt);
	assert_true(n->checklist.na_refused);
	assert_int_equal(navfix_status_of(n, 0, 0), STEP_TODO);
	assert_null(official_step(nav_official(n), "a", "a1"));
	/* Gone on the next step. */
	nav_apply(n, ACT_NEXT);
	assert_false(n->checklist.na_refused);
}

static void
test_nav_prompt_cancel(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	char *too_long = xcalloc(1, NAV_REASON_MAX + 2);

	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_NEXT);
	nav_apply(n, ACT_NEXT);
	nav_apply(n, ACT_NA);
	nav_apply(n, ACT_END);			/* "other" */
	assert_int_equal(n->checklist.reason, 2);
	nav_apply(n, ACT_HOME);
	assert_int_equal(n->checklist.reason, 0);
	nav_apply(n, ACT_END);
	nav_apply(n, ACT_ENTER);
	assert_true(n->checklist.typing);
	memset(too_long, 'x', NAV_REASON_MAX + 1);
	assert_int_equal(nav_checklist_reason_submit(n, too_long), NAV_REDRAW);
	assert_non_null(n->checklist.prompt_error);
	free(too_long);
	/* Esc: from the typing back to the reasons, then closed. */
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);
	assert_true(n->checklist.prompt);
	assert_false(n->checklist.typing);
	assert_null(n->checklist.prompt_error);
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);
	assert_false(n->checklist.prompt);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(navfix_status_of(n, 0, 2), STEP_TODO);
}

static void
test_nav_next_prev_cross_modules(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_PREV), 0);	/* the very first */
	nav_apply(n, ACT_NEXT);
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->step, 2);
	assert_true(nav_apply(n, ACT_NEXT) & NAV_DIRTY);
	assert_int_equal(n->module, 1);
	assert_int_equal(n->step, 0);
	assert_string_equal(nav_official(n)->resume_module, "b");
	nav_apply(n, ACT_NEXT);
	assert_int_equal(nav_apply(n, ACT_NEXT), 0);	/* the very last */
	nav_apply(n, ACT_PREV);
	nav_apply(n, ACT_PREV);
	assert_int_equal(n->module, 0);
	assert_int_equal(n->step, 2);
	/* Moving never changes a status. */
	assert_int_equal(nav_checklist_summary_count(n), 5);
}

static void
test_nav_advance_skips_finished_and_wraps(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct official *o = nav_official(n);

	official_set_status(o, "a", "a1", STEP_TODO, NULL, 0);
	official_set_status(o, "b", "b1", STEP_DONE, NULL, 0);
	official_set_status(o, "b", "b2", STEP_LATER, NULL, 0);
	nav_apply(n, ACT_ENTER);
	n->step = 2;	/* as if opened from the summary */
	nav_apply(n, ACT_DONE);
	/* b1 done, b2 put off: wrap to a1. */
	assert_int_equal(n->module, 0);
	assert_int_equal(n->step, 0);
}

static void
test_nav_all_done_shows_summary(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	size_t mi, si;

	assert_true(nav_apply(n, ACT_SUMMARY) & NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SUMMARY);
	assert_int_equal(nav_checklist_summary_count(n), 5);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_MODULES);
	nav_apply(n, ACT_ENTER);
	for (int i = 0; i < 4; i++)
		nav_apply(n, ACT_DONE);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(nav_checklist_summary_count(n), 1);
	nav_apply(n, ACT_LATER);
	/* Only a step put off remains: the summary lists it. */
	assert_int_equal(n->screen, NAV_SUMMARY);
	assert_int_equal(nav_checklist_summary_count(n), 1);
	assert_true(nav_checklist_summary_item(n, 0, &mi, &si));
	assert_int_equal(mi, 1);
	assert_int_equal(si, 1);
	assert_false(nav_checklist_summary_item(n, 1, &mi, &si));
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 1);
	assert_int_equal(n->step, 1);
	nav_apply(n, ACT_DONE);
	/* All done: the report is offered first, then the summary. */
	assert_int_equal(n->screen, NAV_OFFER);
	assert_false(nav_apply(n, ACT_BACK) & (NAV_QUIT | NAV_EXPORT_FILE));
	assert_int_equal(n->screen, NAV_SUMMARY);
	assert_int_equal(nav_checklist_summary_count(n), 0);
	assert_false(nav_checklist_summary_item(n, 0, &mi, &si));
	/* Continue when all is done: the summary again. */
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	nav_apply(n, ACT_CONTINUE);
	assert_int_equal(n->screen, NAV_SUMMARY);
}

static void
test_nav_continue_resumes(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct official *o = nav_official(n);

	official_set_resume(o, "b", "b2");
	nav_apply(n, ACT_CONTINUE);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 1);
	assert_int_equal(n->step, 1);
	/* A resume point the content no longer has: the first open step. */
	official_set_resume(o, "gone", "x");
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->sel, 1);
	nav_apply(n, ACT_CONTINUE);
	assert_int_equal(n->module, 0);
	assert_int_equal(n->step, 0);
	assert_string_equal(o->resume_module, "a");
}

static void
test_nav_platform_changed_later(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct official *o = nav_official(n);

	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_NEXT);
	nav_apply(n, ACT_PLATFORM);
	assert_int_equal(n->screen, NAV_PLATFORM);
	assert_int_equal(n->sel, PLATFORM_ANDROID);
	nav_apply(n, ACT_BACK);			/* nothing changes */
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->step, 1);
	nav_apply(n, ACT_PLATFORM);
	nav_apply(n, ACT_DOWN);
	assert_true(nav_apply(n, ACT_ENTER) & NAV_DIRTY);
	assert_int_equal(o->platform, PLATFORM_IPHONE);
	assert_int_equal(n->screen, NAV_WEB);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->step, 1);
	/* Choosing the same ones again is no change. */
	nav_apply(n, ACT_QUIT);
	nav_apply(n, ACT_PLATFORM);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
}

/* The Web step is on the way of an official who uses Web/Desktop only:
 * next and previous, the search for the next open step, the summary. */
static void
test_nav_web_step_only_for_web(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct official *o = nav_official(n);

	assert_int_equal(nav_checklist_summary_count(n), 5);
	n->sel = 1;
	nav_apply(n, ACT_ENTER);		/* module b */
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->step, 1);
	assert_int_equal(nav_apply(n, ACT_NEXT), 0);	/* b/3 not seen */

	/* Yes to Web/Desktop, from the step: b/3 is there now. */
	nav_apply(n, ACT_PLATFORM);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_DOWN);
	assert_true(nav_apply(n, ACT_ENTER) & NAV_DIRTY);
	assert_true(o->web);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(nav_checklist_summary_count(n), 6);
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->step, 2);
	nav_apply(n, ACT_DONE);
	assert_int_equal(navfix_status_of(n, 1, 2), STEP_DONE);

	/* No again, while on b/3: back to the modules, not to a step the
	 * official no longer sees. */
	nav_apply(n, ACT_PREV);
	nav_apply(n, ACT_PREV);
	n->module = 1;
	n->step = 2;
	nav_apply(n, ACT_PLATFORM);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_UP);
	nav_apply(n, ACT_ENTER);
	assert_false(o->web);
	assert_int_equal(n->screen, NAV_MODULES);
}

/* An official whose old record said "web" is asked the phone again, with
 * Web/Desktop already chosen. */
static void
test_nav_old_web_record_asks_phone(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct official *o = navfix_add_official(f, "Sari", NIP_B, "id", -1);

	o->web = true;
	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_PLATFORM);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(o->platform, PLATFORM_ANDROID);
	assert_int_equal(n->screen, NAV_WEB);
	assert_int_equal(n->sel, 1);
	nav_apply(n, ACT_ENTER);
	assert_true(o->web);
	assert_int_equal(n->screen, NAV_MODULES);
}

static void
test_nav_back_and_quit(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_ENTER);
	assert_false(nav_apply(n, ACT_BACK) & NAV_QUIT);
	assert_int_equal(n->screen, NAV_MODULES);
	nav_apply(n, ACT_SUMMARY);
	assert_false(nav_apply(n, ACT_QUIT) & NAV_QUIT);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_true(nav_apply(n, ACT_QUIT) & NAV_QUIT);
	assert_true(nav_apply(n, ACT_BACK) & NAV_QUIT);
	nav_start(n, f->record);
	assert_true(nav_apply(n, ACT_QUIT) & NAV_QUIT);
}

static void
test_nav_export_writes_on_enter_only(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);

	nav_apply(n, ACT_DOWN);
	assert_int_equal(nav_apply(n, ACT_EXPORT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_EXPORT);
	assert_int_equal(nav_apply(n, ACT_DONE), 0);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_EXPORT_FILE | NAV_REDRAW);
	assert_int_equal(n->screen, NAV_EXPORT);	/* stays, shows how */
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_int_equal(n->sel, 1);			/* where it was */
	/* The keys of the module list mean nothing on a step. */
	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_EXPORT), 0);
	assert_int_equal(n->screen, NAV_STEP);
}

/* Mark every step of the official done, from the module list, and say
 * what the last mark returned. */
static unsigned
finish_all(struct nav *n)
{
	unsigned flags = 0;

	/* Only the steps the official is shown: a Web step is not, to one
	 * who does not use WhatsApp Web/Desktop. */
	nav_apply(n, ACT_ENTER);
	for (size_t k = 0; k < content_step_count(n->content) &&
	    n->screen == NAV_STEP; k++)
		flags = nav_apply(n, ACT_DONE);
	return flags;
}

static void
test_nav_offer_at_100_percent(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct official *o = nav_official(n);

	assert_true(finish_all(n) & NAV_DIRTY);
	assert_int_equal(n->screen, NAV_OFFER);
	/* Enter: the export screen, writing at once. */
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_EXPORT_FILE | NAV_REDRAW);
	assert_int_equal(n->screen, NAV_EXPORT);
	/* Leaving it goes back to the list, not out of the program. */
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	/* Once written (the curses layer sets the time), quitting quits. */
	o->exported = o->updated;
	assert_true(nav_apply(n, ACT_QUIT) & NAV_QUIT);
}

static void
test_nav_offer_on_quit(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct official *o = nav_official(n);

	/* Nothing done yet: nothing to offer. */
	assert_false(official_unexported(o));
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_DONE);
	nav_apply(n, ACT_BACK);
	assert_true(official_unexported(o));
	/* q offers the report; Esc then quits without it. */
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_OFFER);
	assert_true(n->checklist.offer_quit);
	assert_int_equal(nav_apply(n, ACT_BACK) & (NAV_QUIT | NAV_EXPORT_FILE),
	    NAV_QUIT);
	/* Or Enter writes it, and leaving the export screen quits. */
	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_OFFER);
	assert_true(nav_apply(n, ACT_ENTER) & NAV_EXPORT_FILE);
	assert_int_equal(n->screen, NAV_EXPORT);
	assert_true(nav_apply(n, ACT_QUIT) & NAV_QUIT);
	/* The export opened from the list goes back to it. */
	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_EXPORT);
	assert_false(n->checklist.offer_quit);
	assert_false(nav_apply(n, ACT_QUIT) & NAV_QUIT);
	assert_int_equal(n->screen, NAV_MODULES);
	/* A change after the last report is offered again. */
	o = nav_official(n);
	o->exported = o->updated;
	assert_false(official_unexported(o));
	official_set_status(o, "a", "a2", STEP_LATER, NULL, o->updated + 1);
	assert_true(official_unexported(o));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, navfix_setup, navfix_teardown)
		T(test_nav_broken_until_started),
		T(test_nav_first_run_asks_language),
		T(test_nav_fixed_language_skips_choice),
		T(test_nav_profile_fields_move),
		T(test_nav_profile_submit_checks),
		T(test_nav_profile_strips_invisible_refuses_bad_bytes),
		T(test_nav_profile_duplicate_refused),
		T(test_nav_who_preselects_last_and_applies_language),
		T(test_nav_who_fixed_language_wins),
		T(test_nav_open_module_sets_resume),
		T(test_nav_mark_done_later_na),
		T(test_nav_na_listed_reason),
		T(test_nav_na_refused),
		T(test_nav_web_step_only_for_web),
		T(test_nav_old_web_record_asks_phone),
		T(test_nav_prompt_cancel),
		T(test_nav_next_prev_cross_modules),
		T(test_nav_advance_skips_finished_and_wraps),
		T(test_nav_all_done_shows_summary),
		T(test_nav_continue_resumes),
		T(test_nav_platform_changed_later),
		T(test_nav_back_and_quit),
		T(test_nav_export_writes_on_enter_only),
		T(test_nav_offer_at_100_percent),
		T(test_nav_offer_on_quit),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
