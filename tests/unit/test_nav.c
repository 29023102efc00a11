/*
 * test_nav: the navigation state machine, driven over a small in-memory
 * content and a real record in a scratch folder.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "nav/nav.h"
#include "model/progress.h"
#include "base/xalloc.h"

#define THIS_YEAR 2026
#define NIP_A "198609262015051001"	/* a PNS NIP */
#define NIP_B "199009132025242014"	/* an NI PPPK: 13-14 is no month */

/* Two modules: "a" with three steps, "b" with two; step b/2 has no text
 * for WhatsApp Web. */
static struct step steps_a[] = {
	{ .id = "a1", .title = "A one", .why = "w", .text = "t" },
	{ .id = "a2", .title = "A two", .why = "w", .text = "t" },
	{ .id = "a3", .title = "A three", .why = "w", .text = "t" },
};
static struct step steps_b[] = {
	{ .id = "b1", .title = "B one", .why = "w", .text = "t" },
	{ .id = "b2", .title = "B two", .why = "w",
	    .how = { "on android", "on iphone", NULL } },
};
static struct module modules[] = {
	{ .id = "a", .title = "Module A", .steps = steps_a, .n_steps = 3 },
	{ .id = "b", .title = "Module B", .steps = steps_b, .n_steps = 2 },
};
static const struct content content = {
	.version = "1", .modules = modules, .n_modules = 2,
};

/* The agency's directory: two units with "Dinas" in their names. */
static struct site_contact contacts[] = {
	{ .unit = "Dinas Kesehatan", .name = "Sekretariat", .phone = "1" },
	{ .unit = "Sekretariat Daerah", .name = "Bagian Umum", .phone = "2" },
	{ .unit = "Dinas Pendidikan", .name = "Layanan TIK", .phone = "3" },
};
static const struct site site = { .contacts = contacts, .n_contacts = 3 };

/* Two quiz scenarios of three choices each. */
static char *bubbles[] = { "Transfer now" };
static char *flags_boss[] = { "A new number" };
static struct scenario_choice choices_boss[] = {
	{ .text = "Pay", .correct = false, .feedback = "no" },
	{ .text = "Call the office", .correct = true, .feedback = "yes" },
	{ .text = "Reply", .correct = false, .feedback = "no" },
};
static struct scenario_choice choices_mate[] = {
	{ .text = "Ignore", .correct = false, .feedback = "no" },
	{ .text = "Block", .correct = false, .feedback = "no" },
	{ .text = "Thank them", .correct = true, .feedback = "yes" },
};
static struct scenario scenario_list[] = {
	{ .id = "boss", .title = "Boss", .fraud = true, .sender = "Boss",
	    .messages = bubbles, .n_messages = 1, .question = "?",
	    .choices = choices_boss, .n_choices = 3, .red_flags = flags_boss,
	    .n_red_flags = 1, .action = "Call {verify_phone}" },
	{ .id = "mate", .title = "Mate", .fraud = false, .sender = "Mate",
	    .messages = bubbles, .n_messages = 1, .question = "?",
	    .choices = choices_mate, .n_choices = 3, .action = "Nothing" },
};
static const struct scenario_set scenarios = { scenario_list, 2 };

struct fixture {
	char *dir;
	struct record *record;
	struct nav nav;
};

/* Open an empty record in a new scratch folder. */
static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	struct diag d;
	char *path;

	setenv("JAGAAKUN_NOW", "2026-11-24T07:05:00Z", 1);
	f->dir = tu_tempdir();
	path = xasprintf("%s/record.cfg", f->dir);
	diag_init(&d);
	assert_int_equal(record_open(path, &f->record, &d), 0);
	diag_done(&d);
	free(path);
	nav_init(&f->nav, &content, NULL, "id");
	f->nav.site = &site;
	f->nav.scenarios = &scenarios;
	f->nav.seed = 7;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	nav_done(&f->nav);
	record_close(f->record);
	tu_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* Add an official directly to the record. */
static struct official *
add_official(struct fixture *f, const char *name, const char *nip,
    const char *lang, int platform)
{
	struct profile p = { .name = (char *)name, .nip = (char *)nip,
	    .kind = NIP_PNS, .unit = "Dinas", .position = "Staf" };
	struct official *o = record_add(f->record, &p, 0);

	assert_non_null(o);
	o->language = xstrdup(lang);
	o->platform = platform;
	return o;
}

/* Start with one official on Android, chosen, on the module list. */
static struct nav *
start_chosen(struct fixture *f)
{
	add_official(f, "Budi", NIP_A, "id", PLATFORM_ANDROID);
	nav_start(&f->nav, f->record);
	assert_int_equal(f->nav.screen, NAV_WHO);
	nav_apply(&f->nav, ACT_ENTER);
	assert_int_equal(f->nav.screen, NAV_MODULES);
	return &f->nav;
}

/* The status of step (mi, si) for the current official. */
static enum step_status
status_of(struct nav *n, size_t mi, size_t si)
{
	return progress_status(nav_official(n), &modules[mi],
	    &modules[mi].steps[si]);
}

static void
test_nav_broken_until_started(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(f->nav.screen, NAV_BROKEN);
	assert_int_equal(nav_apply(&f->nav, ACT_DOWN), 0);
	assert_int_equal(nav_apply(&f->nav, ACT_ENTER), NAV_SET_ASIDE);
	assert_true(nav_apply(&f->nav, ACT_QUIT) & NAV_QUIT);
	assert_true(nav_apply(&f->nav, ACT_BACK) & NAV_QUIT);
}

static void
test_nav_first_run_asks_language(void **state)
{
	struct fixture *f = *state;
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
	assert_int_equal(f->nav.sel, NAV_FIELD_NAME);
	/* Esc goes back to the language; Esc there quits (nobody to list). */
	nav_apply(&f->nav, ACT_BACK);
	assert_int_equal(f->nav.screen, NAV_LANGUAGE);
	assert_int_equal(f->nav.sel, 1);
	assert_true(nav_apply(&f->nav, ACT_BACK) & NAV_QUIT);
}

static void
test_nav_fixed_language_skips_choice(void **state)
{
	struct fixture *f = *state;

	nav_init(&f->nav, &content, "en", "en");
	nav_start(&f->nav, f->record);
	assert_int_equal(f->nav.screen, NAV_PROFILE);
	assert_true(nav_apply(&f->nav, ACT_BACK) & NAV_QUIT);
}

static void
test_nav_profile_fields_move(void **state)
{
	struct fixture *f = *state;
	struct nav *n = &f->nav;

	nav_init(n, &content, "id", "id");
	nav_start(n, f->record);
	assert_int_equal(nav_apply(n, ACT_PREV), NAV_REDRAW);
	assert_int_equal(n->sel, NAV_FIELD_SAVE);	/* Shift-Tab wraps */
	nav_apply(n, ACT_NEXT);
	assert_int_equal(n->sel, NAV_FIELD_NAME);
	nav_apply(n, ACT_DOWN);
	assert_int_equal(n->sel, NAV_FIELD_NIP);
	nav_apply(n, ACT_ENTER);	/* Enter on a middle field moves on */
	assert_int_equal(n->sel, NAV_FIELD_KIND);
	assert_int_equal(nav_apply(n, ACT_CHAR), 0);
	n->sel = NAV_FIELD_POSITION;
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_SUBMIT);
	n->sel = NAV_FIELD_SAVE;
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_SUBMIT);
	assert_int_equal(n->screen, NAV_PROFILE);
}

static void
test_nav_profile_submit_checks(void **state)
{
	struct fixture *f = *state;
	struct nav *n = &f->nav;
	struct profile p = { .name = "  ", .nip = "", .kind = NIP_PNS,
	    .unit = "Dinas Kominfo", .position = "" };
	unsigned fl;

	nav_start(n, f->record);
	nav_apply(n, ACT_ENTER);	/* Bahasa Indonesia */
	n->sel = NAV_FIELD_SAVE;
	fl = nav_profile_submit(n, &p, THIS_YEAR);
	assert_int_equal(fl, NAV_REDRAW);
	assert_non_null(n->error[NAV_FIELD_NAME]);
	assert_non_null(n->error[NAV_FIELD_NIP]);
	assert_null(n->error[NAV_FIELD_UNIT]);
	assert_non_null(n->error[NAV_FIELD_POSITION]);
	assert_int_equal(n->sel, NAV_FIELD_NAME);	/* first bad field */
	assert_int_equal(f->record->n_officials, 0);

	/* A PPPK number typed as PNS: only the NIP is refused. */
	p.name = "Budi Santoso";
	p.nip = "1990 0913 2025 24 2 014";
	p.position = "Analis";
	fl = nav_profile_submit(n, &p, THIS_YEAR);
	assert_int_equal(fl, NAV_REDRAW);
	assert_null(n->error[NAV_FIELD_NAME]);
	assert_string_equal(n->error[NAV_FIELD_NIP],
	    nip_error_message(NIP_APPOINT_MONTH));
	assert_int_equal(n->sel, NAV_FIELD_NIP);

	/* Too many digits is a length error, not an empty one. */
	p.nip = NIP_B "123";
	nav_profile_submit(n, &p, THIS_YEAR);
	assert_string_equal(n->error[NAV_FIELD_NIP],
	    nip_error_message(NIP_LENGTH));

	p.nip = "1990 0913 2025 24 2 014";
	p.kind = NIP_PPPK;
	fl = nav_profile_submit(n, &p, THIS_YEAR);
	assert_int_equal(fl, NAV_REDRAW | NAV_DIRTY);
	assert_null(n->error[NAV_FIELD_NIP]);
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
	struct fixture *f = *state;
	struct nav *n = &f->nav;
	struct profile p = { .name = "Budi", .nip = "19860926-2015051001",
	    .kind = NIP_PNS, .unit = "Dinas", .position = "Staf" };

	add_official(f, "Budi", NIP_A, "en", PLATFORM_IPHONE);
	nav_start(n, f->record);
	n->sel = 1;
	nav_apply(n, ACT_ENTER);	/* "Add a new profile" */
	assert_int_equal(n->screen, NAV_LANGUAGE);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_PROFILE);
	assert_int_equal(nav_profile_submit(n, &p, THIS_YEAR), NAV_REDRAW);
	assert_non_null(n->error[NAV_FIELD_NIP]);
	assert_int_equal(n->sel, NAV_FIELD_NIP);
	assert_int_equal(f->record->n_officials, 1);
	/* Esc returns to the list, where the profile can be chosen. */
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_WHO);
}

static void
test_nav_who_preselects_last_and_applies_language(void **state)
{
	struct fixture *f = *state;
	struct nav *n = &f->nav;
	unsigned fl;

	add_official(f, "Budi", NIP_A, "id", PLATFORM_ANDROID);
	add_official(f, "Sari", NIP_B, "en", -1);
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
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_DOWN);
	fl = nav_apply(n, ACT_ENTER);
	assert_true(fl & NAV_DIRTY);
	assert_int_equal(f->record->officials[1].platform, PLATFORM_WEB);
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
	struct fixture *f = *state;
	struct nav *n = &f->nav;

	add_official(f, "Sari", NIP_B, "en", PLATFORM_IPHONE);
	nav_init(n, &content, "id", "id");
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
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
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
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
	unsigned fl;

	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->step, 0);
	fl = nav_apply(n, ACT_DONE);
	assert_true(fl & NAV_DIRTY);
	assert_int_equal(status_of(n, 0, 0), STEP_DONE);
	assert_int_equal(n->step, 1);
	assert_string_equal(nav_official(n)->resume_step, "a2");

	nav_apply(n, ACT_LATER);
	assert_int_equal(status_of(n, 0, 1), STEP_LATER);
	assert_int_equal(n->step, 2);

	/* "Not applicable" asks for a reason; a blank one is refused. */
	assert_int_equal(nav_apply(n, ACT_NA), NAV_REDRAW);
	assert_true(n->prompt);
	assert_int_equal(status_of(n, 0, 2), STEP_TODO);
	assert_int_equal(nav_apply(n, ACT_DONE), 0);	/* typing */
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_SUBMIT);
	assert_int_equal(nav_reason_submit(n, "   "), NAV_REDRAW);
	assert_true(n->prompt);
	assert_non_null(n->prompt_error);
	assert_int_equal(status_of(n, 0, 2), STEP_TODO);
	fl = nav_reason_submit(n, "  I have no\tsmartphone ");
	assert_true(fl & NAV_DIRTY);
	assert_false(n->prompt);
	assert_null(n->prompt_error);
	assert_int_equal(status_of(n, 0, 2), STEP_NA);
	assert_string_equal(official_step(nav_official(n), "a", "a3")->reason,
	    "I have no smartphone");
	/* The module's end: on to the next open step, in module b. */
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 1);
	assert_int_equal(n->step, 0);
	/* Space marks done too. */
	nav_apply(n, ACT_TOGGLE);
	assert_int_equal(status_of(n, 1, 0), STEP_DONE);
	assert_int_equal(n->step, 1);
}

static void
test_nav_prompt_cancel(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
	char *too_long = xcalloc(1, NAV_REASON_MAX + 2);

	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_NA);
	memset(too_long, 'x', NAV_REASON_MAX + 1);
	assert_int_equal(nav_reason_submit(n, too_long), NAV_REDRAW);
	assert_non_null(n->prompt_error);
	free(too_long);
	assert_int_equal(nav_apply(n, ACT_BACK), NAV_REDRAW);
	assert_false(n->prompt);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(status_of(n, 0, 0), STEP_TODO);
}

static void
test_nav_next_prev_cross_modules(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);

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
	assert_int_equal(nav_summary_count(n), 5);
}

static void
test_nav_advance_skips_finished_and_wraps(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
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
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
	size_t mi, si;

	assert_true(nav_apply(n, ACT_SUMMARY) & NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SUMMARY);
	assert_int_equal(nav_summary_count(n), 5);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_MODULES);
	nav_apply(n, ACT_ENTER);
	for (int i = 0; i < 4; i++)
		nav_apply(n, ACT_DONE);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(nav_summary_count(n), 1);
	nav_apply(n, ACT_LATER);
	/* Only a step put off remains: the summary lists it. */
	assert_int_equal(n->screen, NAV_SUMMARY);
	assert_int_equal(nav_summary_count(n), 1);
	assert_true(nav_summary_item(n, 0, &mi, &si));
	assert_int_equal(mi, 1);
	assert_int_equal(si, 1);
	assert_false(nav_summary_item(n, 1, &mi, &si));
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->module, 1);
	assert_int_equal(n->step, 1);
	nav_apply(n, ACT_DONE);
	assert_int_equal(n->screen, NAV_SUMMARY);
	assert_int_equal(nav_summary_count(n), 0);
	assert_false(nav_summary_item(n, 0, &mi, &si));
	/* Continue when all is done: the summary again. */
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	nav_apply(n, ACT_CONTINUE);
	assert_int_equal(n->screen, NAV_SUMMARY);
}

static void
test_nav_continue_resumes(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
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
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
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
	assert_int_equal(n->screen, NAV_STEP);
	assert_int_equal(n->step, 1);
	/* Choosing the same one again is no change. */
	nav_apply(n, ACT_QUIT);
	nav_apply(n, ACT_PLATFORM);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
}

static void
test_nav_back_and_quit(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);

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
test_nav_help_toggles(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);

	nav_apply(n, ACT_ENTER);
	assert_int_equal(nav_apply(n, ACT_HELP), NAV_REDRAW);
	assert_true(n->help);
	/* While help is open, other keys do nothing. */
	assert_int_equal(nav_apply(n, ACT_DONE), 0);
	assert_int_equal(nav_apply(n, ACT_NEXT), 0);
	assert_int_equal(status_of(n, 0, 0), STEP_TODO);
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
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);

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


static void
test_nav_export_writes_on_enter_only(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);

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

static void
test_nav_verify_filters_contacts(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);

	nav_apply(n, ACT_VERIFY);
	assert_int_equal(n->screen, NAV_VERIFY);
	assert_int_equal(n->n_found, 3);
	nav_apply(n, ACT_DOWN);
	nav_apply(n, ACT_NEXT);			/* Tab moves too */
	assert_int_equal(n->sel, 2);
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);
	/* Typing filters and selects the first match. */
	assert_int_equal(nav_verify_filter(n, "DINAS"), NAV_REDRAW);
	assert_int_equal(n->n_found, 2);
	assert_int_equal(n->sel, 0);
	assert_int_equal(n->found[0], 0);
	assert_int_equal(n->found[1], 2);
	nav_verify_filter(n, "umum");		/* by the office's name */
	assert_int_equal(n->n_found, 1);
	assert_int_equal(n->found[0], 1);
	nav_verify_filter(n, "polisi");
	assert_int_equal(n->n_found, 0);
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
	assert_int_equal(n->n_found, 0);
	assert_int_equal(nav_apply(n, ACT_DOWN), 0);
}

static void
test_nav_takeover_records_incident(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
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
	assert_int_equal(n->noticed, INCIDENT_CONTACTS_MESSAGED);
	assert_int_equal(n->screen, NAV_DETAILS);
	/* Typed text is the caller's; back keeps the answer chosen. */
	assert_int_equal(nav_apply(n, ACT_CHAR), 0);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_NOTICED);
	assert_int_equal(n->sel, INCIDENT_CONTACTS_MESSAGED);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MONEY);
	assert_int_equal(n->sel, INCIDENT_MONEY_UNKNOWN);	/* default */
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_DETAILS);
	nav_apply(n, ACT_ENTER);
	nav_apply(n, ACT_HOME);
	fl = nav_apply(n, ACT_ENTER);
	assert_int_equal(fl, NAV_INCIDENT_FILE | NAV_REDRAW);
	assert_int_equal(n->money, INCIDENT_MONEY_YES);
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

/* Answer the quiz's current scenario rightly or not; Enter on it. */
static unsigned
answer(struct nav *n, bool right)
{
	int r = quiz_right(n->quiz);

	assert_int_equal(n->screen, NAV_SCENARIO);
	n->sel = right ? (size_t)r : (size_t)(r + 1) % 3;
	return nav_apply(n, ACT_ENTER);
}

static void
test_nav_quiz_saves_under_own_profile(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);
	const struct official *o = nav_official(n);
	const char *missed;
	unsigned fl;

	/* Stopped half way: nothing kept. */
	nav_apply(n, ACT_QUIZ);
	assert_non_null(n->quiz);
	answer(n, true);
	assert_int_equal(n->screen, NAV_FEEDBACK);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_null(n->quiz);
	assert_null(o->quiz);
	/* Done: one right, one wrong, kept in the record. */
	nav_apply(n, ACT_QUIZ);
	assert_int_equal(nav_apply(n, ACT_DOWN), NAV_REDRAW);
	assert_int_equal(answer(n, true), NAV_REDRAW);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	assert_int_equal(answer(n, false), NAV_REDRAW);
	missed = quiz_current(n->quiz)->id;
	fl = nav_apply(n, ACT_ENTER);
	assert_int_equal(fl, NAV_REDRAW | NAV_DIRTY);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_true(n->quiz_saved);
	assert_non_null(o->quiz);
	assert_int_equal(o->quiz->score, 1);
	assert_int_equal(o->quiz->total, 2);
	assert_int_equal(o->quiz->n_missed, 1);
	assert_string_equal(o->quiz->missed[0], missed);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	assert_null(n->quiz);
}

static void
test_nav_quiz_without_scenarios(void **state)
{
	struct fixture *f = *state;
	struct nav *n = start_chosen(f);

	n->scenarios = NULL;
	assert_int_equal(nav_apply(n, ACT_QUIZ), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_SCORE);
	assert_null(nav_official(n)->quiz);
	nav_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_MODULES);
}

static void
test_nav_trainer_quiz_is_anonymous(void **state)
{
	struct fixture *f = *state;
	struct nav *n = &f->nav;

	assert_int_equal(nav_start_trainer(n), NAV_REDRAW);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_null(n->record);
	assert_int_equal(nav_apply(n, ACT_END), NAV_REDRAW);
	assert_int_equal(n->sel, 2);
	nav_apply(n, ACT_UP);
	nav_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_SCENARIO);
	answer(n, false);
	nav_apply(n, ACT_NEXT);			/* Right goes on too */
	answer(n, false);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);	/* no save */
	assert_int_equal(n->screen, NAV_SCORE);
	assert_false(n->quiz_saved);
	assert_int_equal(quiz_n_missed(n->quiz), 2);
	nav_apply(n, ACT_QUIT);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_int_equal(n->sel, 1);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_REDRAW);
	nav_apply(n, ACT_BACK);
	nav_apply(n, ACT_DOWN);
	assert_int_equal(nav_apply(n, ACT_ENTER), NAV_QUIT);	/* Quit row */
	nav_apply(n, ACT_HOME);
	assert_int_equal(nav_apply(n, ACT_QUIT), NAV_QUIT);
	/* The reset key is the demo's only. */
	assert_int_equal(nav_apply(n, ACT_RESET), 0);
}

/* Apply a in the demo, checking that it asks for no write. */
static unsigned
demo_apply(struct nav *n, enum action a)
{
	unsigned fl = nav_apply(n, a);

	if (fl & NAV_WRITES)
		fail_msg("action %d on screen %d asked to write (0x%x)", a,
		    n->screen, fl);
	return fl;
}

static void
test_nav_demo_uses_sandbox(void **state)
{
	struct fixture *f = *state;
	struct nav *n = &f->nav;

	nav_start_trainer(n);
	demo_apply(n, ACT_ENTER);
	assert_true(n->demo);
	assert_non_null(n->sandbox);
	assert_ptr_equal(n->record, n->sandbox);
	/* A sandbox has no path: record_save could not even be called. */
	assert_null(n->sandbox->path);
	assert_int_equal(n->sandbox->lock_fd, -1);
	assert_int_equal(n->record->n_officials, 1);
	assert_string_equal(nav_official(n)->profile.nip, NAV_DEMO_NIP);
	assert_int_equal(n->screen, NAV_PLATFORM);
	demo_apply(n, ACT_ENTER);
	assert_int_equal(n->screen, NAV_MODULES);
	demo_apply(n, ACT_ENTER);
	demo_apply(n, ACT_DONE);
	demo_apply(n, ACT_LATER);
	demo_apply(n, ACT_NA);
	assert_true(n->prompt);
	assert_int_equal(nav_reason_submit(n, "no phone") & NAV_WRITES, 0);
	/* The sandbox keeps the steps while the demo goes on... */
	assert_int_equal(status_of(n, 0, 0), STEP_DONE);
	assert_int_equal(status_of(n, 0, 2), STEP_NA);
	/* ...and the reset key starts afresh, from any screen. */
	demo_apply(n, ACT_HELP);
	demo_apply(n, ACT_RESET);
	assert_false(n->help);
	assert_non_null(n->sandbox);
	assert_ptr_equal(n->record, n->sandbox);
	assert_int_equal(n->record->n_officials, 1);
	assert_int_equal(n->screen, NAV_PLATFORM);
	assert_int_equal(status_of(n, 0, 0), STEP_TODO);
	/* Esc before a platform, or q on the modules, ends the demo. */
	demo_apply(n, ACT_BACK);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_false(n->demo);
	assert_null(n->sandbox);
	assert_null(n->record);
	demo_apply(n, ACT_ENTER);
	demo_apply(n, ACT_ENTER);
	demo_apply(n, ACT_QUIT);
	assert_int_equal(n->screen, NAV_TRAINER);
	assert_null(n->sandbox);
	/* The record opened by the fixture was never touched. */
	assert_int_equal(f->record->n_officials, 0);
}

static void
test_nav_demo_never_writes(void **state)
{
	static const enum action acts[] = {
		ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END,
		ACT_ENTER, ACT_ENTER, ACT_ENTER, ACT_TOGGLE, ACT_BACK,
		ACT_QUIT, ACT_NEXT, ACT_NEXT, ACT_PREV, ACT_DONE, ACT_DONE,
		ACT_NA, ACT_LATER, ACT_HELP, ACT_SUMMARY, ACT_PLATFORM,
		ACT_CONTINUE, ACT_EXPORT, ACT_VERIFY, ACT_TAKEOVER, ACT_QUIZ,
		ACT_RESET, ACT_CHAR,
	};
	struct fixture *f = *state;
	struct nav *n = &f->nav;
	unsigned seed = 2026, seen = 0;
	bool visited[NAV_SCREEN_COUNT] = { false };

	nav_start_trainer(n);
	for (int i = 0; i < 20000; i++) {
		enum action a = acts[rand_r(&seed) % (sizeof acts /
		    sizeof acts[0])];

		if (!n->demo && n->screen == NAV_TRAINER) {
			/* Back into the demo at once. */
			n->sel = 0;
			a = ACT_ENTER;
		}
		if (n->prompt && rand_r(&seed) % 2 == 0) {
			assert_int_equal(nav_reason_submit(n, "x") &
			    NAV_WRITES, 0);
			continue;
		}
		if (demo_apply(n, a) & NAV_QUIT)
			fail_msg("the demo quit the program");
		if (n->demo) {
			assert_ptr_equal(n->record, n->sandbox);
			assert_null(n->record->path);
		}
		visited[n->screen] = true;
	}
	for (int s = 0; s < NAV_SCREEN_COUNT; s++)
		seen += visited[s];
	/* Every screen of the checklist but the profile steps was seen. */
	assert_true(visited[NAV_STEP] && visited[NAV_SUMMARY] &&
	    visited[NAV_EXPORT] && visited[NAV_RECORDED] &&
	    visited[NAV_FEEDBACK] && visited[NAV_SCORE] &&
	    visited[NAV_VERIFY]);
	assert_true(seen >= NAV_SCREEN_COUNT - 4);
	assert_int_equal(f->record->n_officials, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
		T(test_nav_broken_until_started),
		T(test_nav_first_run_asks_language),
		T(test_nav_fixed_language_skips_choice),
		T(test_nav_profile_fields_move),
		T(test_nav_profile_submit_checks),
		T(test_nav_profile_duplicate_refused),
		T(test_nav_who_preselects_last_and_applies_language),
		T(test_nav_who_fixed_language_wins),
		T(test_nav_open_module_sets_resume),
		T(test_nav_mark_done_later_na),
		T(test_nav_prompt_cancel),
		T(test_nav_next_prev_cross_modules),
		T(test_nav_advance_skips_finished_and_wraps),
		T(test_nav_all_done_shows_summary),
		T(test_nav_continue_resumes),
		T(test_nav_platform_changed_later),
		T(test_nav_back_and_quit),
		T(test_nav_help_toggles),
		T(test_nav_scroll_and_page),
		T(test_nav_export_writes_on_enter_only),
		T(test_nav_verify_filters_contacts),
		T(test_nav_takeover_records_incident),
		T(test_nav_quiz_saves_under_own_profile),
		T(test_nav_quiz_without_scenarios),
		T(test_nav_trainer_quiz_is_anonymous),
		T(test_nav_demo_uses_sandbox),
		T(test_nav_demo_never_writes),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
