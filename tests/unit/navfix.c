/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * navfix: the navigation tests' fixture (see navfix.h).
 */
#include "config.h"
#include "navfix.h"

#include <stdlib.h>

#include "base/xalloc.h"
#include "model/progress.h"

static char *reasons_a3[] = { "No smartphone here", "Not at work", NULL };
static struct step steps_a[] = {
	{ .id = "a1", .title = "A one", .why = "w", .text = "t" },
	{ .id = "a2", .title = "A two", .why = "w", .text = "t" },
	{ .id = "a3", .title = "A three", .why = "w", .text = "t",
	    .na = reasons_a3, .n_na = 2 },
};
static struct step steps_b[] = {
	{ .id = "b1", .title = "B one", .why = "w", .text = "t" },
	{ .id = "b2", .title = "B two", .why = "w",
	    .how = { "on android", "on iphone", NULL } },
	{ .id = "b3", .title = "B web", .why = "w",
	    .how = { NULL, NULL, "on the computer" } },
};
/* Two modules: "a" with three steps, "b" with three; only a/3 may be not
 * applicable (for two reasons), b/2 has no text for WhatsApp Web and b/3
 * is a Web step, which only officials who use Web/Desktop see. */
struct module navfix_modules[2] = {
	{ .id = "a", .title = "Module A", .steps = steps_a, .n_steps = 3 },
	{ .id = "b", .title = "Module B", .steps = steps_b, .n_steps = 3 },
};
const struct content navfix_content = {
	.version = "1", .modules = navfix_modules, .n_modules = 2,
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
	    .n_red_flags = 1, .action = "Call {verify_phone}",
	    .theme = "money" },
	{ .id = "mate", .title = "Mate", .fraud = false, .sender = "Mate",
	    .messages = bubbles, .n_messages = 1, .question = "?",
	    .choices = choices_mate, .n_choices = 3, .action = "Nothing",
	    .theme = "legitimate" },
};
/* Three themes, the last without scenarios. */
static struct scenario_theme themes[] = {
	{ .id = "money", .title = "Money" },
	{ .id = "legitimate", .title = "Real ones" },
	{ .id = "empty", .title = "Nothing yet" },
};
static const struct scenario_set scenarios = { scenario_list, 2, themes, 3 };

int
navfix_setup(void **state)
{
	struct navfix *f = xcalloc(1, sizeof *f);
	struct diag d;
	char *path;

	setenv("JAGAAKUN_NOW", "2026-11-24T07:05:00Z", 1);
	f->dir = tu_tempdir();
	path = xasprintf("%s/record.cfg", f->dir);
	diag_init(&d);
	assert_int_equal(record_open(path, &f->record, &d), 0);
	diag_done(&d);
	free(path);
	nav_init(&f->nav, &navfix_content, NULL, "id");
	f->nav.site = &site;
	f->nav.training.scenarios = &scenarios;
	f->nav.training.seed = 7;
	*state = f;
	return 0;
}

int
navfix_teardown(void **state)
{
	struct navfix *f = *state;

	nav_done(&f->nav);
	record_close(f->record);
	tu_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

struct official *
navfix_add_official(struct navfix *f, const char *name, const char *nip,
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

struct nav *
navfix_start_chosen(struct navfix *f)
{
	navfix_add_official(f, "Budi", NIP_A, "id", PLATFORM_ANDROID);
	nav_start(&f->nav, f->record);
	assert_int_equal(f->nav.screen, NAV_WHO);
	nav_apply(&f->nav, ACT_ENTER);
	assert_int_equal(f->nav.screen, NAV_MODULES);
	return &f->nav;
}

enum step_status
navfix_status_of(struct nav *n, size_t mi, size_t si)
{
	return progress_status(nav_official(n), &navfix_modules[mi],
	    &navfix_modules[mi].steps[si]);
}
