/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_nav_profile: the profile form's unit list (narrowed by typing,
 * aliases, the choice saved with its code) and the edit of a profile
 * (it keeps the progress; a changed NIP asks to be confirmed), driven
 * over navfix's content and record.
 */
#include "config.h"

#include <stdlib.h>

#include "navfix.h"
#include "base/xalloc.h"

/* Four units; "dinkes" is the code of the last and part of the code of
 * the third. */
static char *setda_aliases[] = { "Setda" };
static char *bkpsdm_aliases[] = { "BKPSDM", "BKD" };
static struct site_unit units[] = {
	{ .code = "setda", .name = "Sekretariat Daerah",
	    .aliases = setda_aliases, .n_aliases = 1 },
	{ .code = "bkpsdm", .name = "Badan Kepegawaian Daerah",
	    .aliases = bkpsdm_aliases, .n_aliases = 2 },
	{ .code = "dinkes-lab", .name = "Laboratorium Kesehatan" },
	{ .code = "dinkes", .name = "Dinas Kesehatan" },
};
static const struct site with_units = { .units = units, .n_units = 4 };

/* The code of the unit chosen on the form, or NULL. */
static const char *
chosen(const struct nav *n)
{
	const struct site_unit *u = nav_profile_unit(n);

	return u != NULL ? u->code : NULL;
}

/* Open a new profile's form (--lang given) over the site's units. */
static struct nav *
open_form(struct navfix *f)
{
	struct nav *n = &f->nav;

	n->site = &with_units;
	n->lang_fixed = "id";
	nav_start(n, f->record);
	assert_int_equal(n->screen, NAV_PROFILE);
	return n;
}

static void
test_nav_unit_list_filters(void **state)
{
	struct nav *n = open_form(*state);

	/* Everything listed, nothing chosen until the official acts. */
	assert_int_equal(n->profile.units.n, 4);
	assert_null(chosen(n));
	/* By an alias that is no part of the name. */
	assert_int_equal(nav_profile_unit_filter(n, "bkd"), NAV_REDRAW);
	assert_int_equal(n->profile.units.n, 1);
	assert_string_equal(chosen(n), "bkpsdm");
	/* Several match: the first is chosen ... */
	nav_profile_unit_filter(n, "KESEHATAN");
	assert_int_equal(n->profile.units.n, 2);
	assert_string_equal(chosen(n), "dinkes-lab");
	/* ... unless what was typed names one of them. */
	nav_profile_unit_filter(n, "Dinkes");
	assert_int_equal(n->profile.units.n, 2);
	assert_string_equal(chosen(n), "dinkes");
	nav_profile_unit_filter(n, " setda ");
	assert_string_equal(chosen(n), "setda");
	nav_profile_unit_filter(n, "polisi");
	assert_int_equal(n->profile.units.n, 0);
	assert_null(chosen(n));
	nav_profile_unit_filter(n, "  ");
	assert_int_equal(n->profile.units.n, 4);
	assert_null(chosen(n));
}

static void
test_nav_unit_list_moves(void **state)
{
	struct nav *n = open_form(*state);

	/* Up and Down move between fields, but on the unit row along the
	 * list; Tab leaves it. */
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);
	assert_int_equal(n->sel, PROFILE_NIP);
	n->sel = PROFILE_UNIT;
	assert_int_equal(nav_apply(n, ACT_UP), 0);
	assert_null(chosen(n));
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);
	assert_string_equal(chosen(n), "setda");
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_DOWN);
	assert_string_equal(chosen(n), "dinkes");
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);
	nav_apply(n, ACT_UP);
	assert_string_equal(chosen(n), "dinkes-lab");
	assert_int_equal(n->sel, PROFILE_UNIT);
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->sel, PROFILE_POSITION);
	/* The code has no row: from the last field on to [Save], and
	 * Enter there saves. */
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->sel, NAV_FIELD_SAVE);
	nav_apply(n, ACT_PREV);
	assert_int_equal(n->sel, PROFILE_POSITION);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_SUBMIT);
}

static void
test_nav_unit_list_saved_with_code(void **state)
{
	struct navfix *f = *state;
	struct nav *n = open_form(f);
	struct profile p = { .name = "Siti", .nip = NIP_A, .kind = NIP_PNS,
	    .unit = "Setda", .position = "Analis" };
	const struct profile *saved;

	/* What is typed in the row is only the filter: a unit must be
	 * chosen from the list. */
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_REDRAW);
	assert_non_null(n->checklist.error[PROFILE_UNIT]);
	assert_int_equal(n->sel, PROFILE_UNIT);
	assert_int_equal(f->record->n_officials, 0);
	nav_profile_unit_filter(n, "Setda");
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR) &
	    NAV_DIRTY, NAV_DIRTY);
	saved = &f->record->officials[0].profile;
	assert_string_equal(saved->unit, "Sekretariat Daerah");
	assert_string_equal(saved->unit_code, "setda");
}

/* Without units the row is free text, and no code is kept. */
static void
test_nav_unit_free_text(void **state)
{
	struct navfix *f = *state;
	struct nav *n = open_form(f);
	struct profile p = { .name = "Siti", .nip = NIP_A, .kind = NIP_PNS,
	    .unit = "Bagian Umum", .position = "Analis" };

	n->site = NULL;
	assert_false(nav_profile_units_listed(n));
	n->sel = PROFILE_UNIT;
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);
	assert_int_equal(n->sel, PROFILE_POSITION);
	nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_string_equal(f->record->officials[0].profile.unit,
	    "Bagian Umum");
	assert_string_equal(f->record->officials[0].profile.unit_code, "");
}

/* The module list's "edit profile": name, unit and position change, the
 * steps done stay. */
static void
test_nav_edit_keeps_progress(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct profile p = { .name = "Budi Santoso", .nip = NIP_A,
	    .kind = NIP_PNS, .unit = "", .position = "Kepala Seksi" };
	struct official *o;

	n->site = &with_units;
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_DONE);		/* a1 done */
	nav_apply(n, ACT_LATER);	/* a2 later */
	nav_apply(n, ACT_BACK);
	n->sel = 1;
	assert_int_equal(nav_apply(n, ACT_EDIT_PROFILE), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_PROFILE);
	assert_ptr_equal(nav_profile_edited(n), &f->record->officials[0]);
	/* The old free-text unit "Dinas" is none of the site's. */
	assert_null(chosen(n));
	nav_profile_unit_filter(n, "bkd");
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_DIRTY | NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_int_equal(n->sel, 1);
	assert_null(nav_profile_edited(n));
	assert_int_equal(f->record->n_officials, 1);
	o = &f->record->officials[0];
	assert_ptr_equal(nav_official(n), o);
	assert_string_equal(o->profile.name, "Budi Santoso");
	assert_string_equal(o->profile.position, "Kepala Seksi");
	assert_string_equal(o->profile.unit, "Badan Kepegawaian Daerah");
	assert_string_equal(o->profile.unit_code, "bkpsdm");
	assert_int_equal(navfix_status_of(n, 0, 0), STEP_DONE);
	assert_int_equal(navfix_status_of(n, 0, 1), STEP_LATER);
	/* Opened again, the form has the unit chosen. */
	nav_apply(n, ACT_EDIT_PROFILE);
	assert_string_equal(chosen(n), "bkpsdm");
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
}

/* A changed NIP is saved only when submitted a second time, and the
 * progress moves with it to the new NIP, on disk too. */
static void
test_nav_edit_nip_needs_confirmation(void **state)
{
	struct navfix *f = *state;
	struct nav *n = navfix_start_chosen(f);
	struct profile p = { .name = "Budi", .nip = NIP_B, .kind = NIP_PPPK,
	    .unit = "Dinas", .position = "Staf" };
	struct record *again;
	struct diag d;
	char *path;

	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_DONE);
	nav_apply(n, ACT_BACK);
	nav_apply(n, ACT_EDIT_PROFILE);
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_REDRAW);
	assert_non_null(n->checklist.error[NAV_FIELD_SAVE]);
	assert_int_equal(n->sel, NAV_FIELD_SAVE);
	assert_int_equal(n->screen, NAV_PROFILE);
	assert_string_equal(f->record->officials[0].profile.nip, NIP_A);
	/* Another NIP again is another question. */
	p.nip = "199009132025242015";
	nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_string_equal(f->record->officials[0].profile.nip, NIP_A);
	p.nip = NIP_B;
	nav_checklist_profile_submit(n, &p, THIS_YEAR);
	assert_string_equal(f->record->officials[0].profile.nip, NIP_A);
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_DIRTY | NAV_REDRAW);
	assert_string_equal(f->record->officials[0].profile.nip, NIP_B);
	assert_int_equal(f->record->officials[0].profile.kind, NIP_PPPK);
	assert_string_equal(f->record->last_nip, NIP_B);
	assert_int_equal(navfix_status_of(n, 0, 0), STEP_DONE);
	/* Saved and read back: the steps are the new NIP's. */
	assert_int_equal(record_save(f->record), 0);
	path = xstrdup(f->record->path);
	record_close(f->record);
	f->record = NULL;
	diag_init(&d);
	assert_int_equal(record_open(path, &again, &d), 0);
	diag_done(&d);
	f->record = again;
	assert_non_null(record_find(again, NIP_B));
	assert_null(record_find(again, NIP_A));
	assert_non_null(official_step(record_find(again, NIP_B), "a", "a1"));
	free(path);
}

/* The list of officials edits the one selected; a NIP another profile
 * has is refused, its own is not. */
static void
test_nav_edit_from_list(void **state)
{
	struct navfix *f = *state;
	struct nav *n = &f->nav;
	struct profile p = { .name = "Ani", .nip = NIP_A, .kind = NIP_PNS,
	    .unit = "Dinas", .position = "Staf" };

	navfix_add_official(f, "Budi", NIP_A, "id", PLATFORM_ANDROID);
	navfix_add_official(f, "Ani", NIP_B, "id", PLATFORM_ANDROID);
	nav_start(n, f->record);
	n->sel = 2;			/* "Add a new profile": nothing */
	assert_int_equal(nav_apply(n, ACT_EDIT_PROFILE), 0);
	n->sel = 1;
	nav_apply(n, ACT_EDIT_PROFILE);
	assert_int_equal(n->screen, NAV_PROFILE);
	assert_ptr_equal(nav_profile_edited(n), &f->record->officials[1]);
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_REDRAW);
	assert_non_null(n->checklist.error[PROFILE_NIP]);
	assert_string_equal(f->record->officials[1].profile.nip, NIP_B);
	p.nip = NIP_B;
	p.kind = NIP_PPPK;
	p.name = "Ani Lestari";
	assert_int_equal(nav_checklist_profile_submit(n, &p, THIS_YEAR),
	    NAV_DIRTY | NAV_REDRAW);
	assert_string_equal(f->record->officials[1].profile.name,
	    "Ani Lestari");
	/* Back on the list, on the same official, none chosen. */
	assert_int_equal(n->screen, NAV_WHO);
	assert_int_equal(n->sel, 1);
	assert_null(nav_official(n));
	nav_apply(n, ACT_EDIT_PROFILE);
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_WHO);
	assert_int_equal(n->sel, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, navfix_setup, navfix_teardown)
		T(test_nav_unit_list_filters),
		T(test_nav_unit_list_moves),
		T(test_nav_unit_list_saved_with_code),
		T(test_nav_unit_free_text),
		T(test_nav_edit_keeps_progress),
		T(test_nav_edit_nip_needs_confirmation),
		T(test_nav_edit_from_list),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
