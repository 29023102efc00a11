/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * checklist: the plain form of the checklist's screens (nav/checklist.c,
 * nav/platform.c, nav/accounts.c, nav/na.c): the unusable record, the
 * language, the officials, the phone and Web/Desktop, the accounts used,
 * the modules under their accounts' headings, a step with the
 * "not applicable" prompt, the summary and the report.  The profile form
 * is in profile.c.  The words are the curses screens' (the same
 * messages), less what only a screen that is looked at needs: no marks,
 * no bars, and a choice's number where the screens name a key.
 */
#include "config.h"
#include "plain/pln.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"
#include "exchange/deliver.h"
#include "exchange/report.h"
#include "model/progress.h"

/* ------------------------------------------------------------ broken */

static void
broken_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("Your record file cannot be used"));
	sayf(p, _("jagaakun cannot read %s. Choose 1 to set that file aside "
	    "under a new name and start a new record; nothing in it is "
	    "deleted. Choose q to quit and leave it as it is."),
	    p->record_path);
	say(p, _("What is wrong:"));
	for (size_t i = 0; i < p->broken.n; i++)
		say(p, p->broken.msgs[i]);
}

static void
broken_choices(struct plain *p, struct plain_menu *m)
{
	plain_menu_row(m, _("Set it aside and start a new record"), NAV_NONE,
	    ACT_ENTER);
	plain_menu_common(p, m, _("Quit and leave it as it is"));
}

const struct plain_screen broken_plain = {
	.print = broken_print,
	.choices = broken_choices,
};

/* ------------------------------------------------------------ language */

static void
language_print(struct plain *p, bool again)
{
	if (!again)
		say(p, "Pilih bahasa / Choose your language");
}

static void
language_choices(struct plain *p, struct plain_menu *m)
{
	for (size_t i = 0; i < NAV_LANGUAGE_COUNT; i++)
		plain_menu_row(m, nav_languages[i].name, i, ACT_ENTER);
	plain_menu_common(p, m, _("Quit"));
}

const struct plain_screen language_plain = {
	.print = language_print,
	.choices = language_choices,
};

/* ------------------------------------------------------------ who */


static void
who_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("Who is using jagaakun?"));
	say(p, _("Choose your name, or add a new profile."));
}

static void
who_choices(struct plain *p, struct plain_menu *m)
{
	const struct record *r = p->nav.record;

	for (size_t i = 0; i < r->n_officials; i++) {
		const struct profile *o = &r->officials[i].profile;
		size_t len = strlen(o->nip);
		char *t = xasprintf(_("%s, %s, NIP ending in %s"), o->name,
		    o->unit, o->nip + (len > NAV_NIP_SHOWN ? len -
		    NAV_NIP_SHOWN : 0));

		plain_menu_row(m, t, i, ACT_ENTER);
		free(t);
	}
	plain_menu_row(m, _("Add a new profile"), r->n_officials, ACT_ENTER);
	/* i edits the profile selected: the last one used here. */
	if (p->nav.sel < r->n_officials) {
		char *t = xasprintf("%s: %s", _("Edit profile"),
		    r->officials[p->nav.sel].profile.name);

		plain_menu_key(m, "i", t, ACT_EDIT_PROFILE);
		free(t);
	}
	plain_menu_common(p, m, _("Quit"));
}

const struct plain_screen who_plain = {
	.print = who_print,
	.choices = who_choices,
};

/* ------------------------------------------------------------ platform */

/* A choice's label, saying which is the official's current one. */
static char *
platform_label_chosen(const char *label, bool current)
{
	return current ? xasprintf(_("%s (your current choice)"), label) :
	    xstrdup(label);
}

static void
platform_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("Which phone is your WhatsApp account on?"));
	say(p, _("The steps show the instructions for this phone. You can "
	    "change it later with p."));
}

static void
platform_choices(struct plain *p, struct plain_menu *m)
{
	const struct official *o = nav_official(&p->nav);

	for (size_t i = 0; i < PLATFORM_PHONES; i++) {
		char *t = platform_label_chosen(platform_label(
		    (enum platform)i), o != NULL && o->platform == (int)i);

		plain_menu_row(m, t, i, ACT_ENTER);
		free(t);
	}
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen platform_plain = {
	.print = platform_print,
	.choices = platform_choices,
};

static const char *const web_answers[] = {
	N_("No, only on the phone"),
	N_("Yes, also WhatsApp Web or Desktop"),
};

static void
web_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("Do you also use WhatsApp on a computer?"));
	say(p, _("That is WhatsApp Web in a browser or the WhatsApp Desktop "
	    "app, linked to your phone."));
}

static void
web_choices(struct plain *p, struct plain_menu *m)
{
	const struct official *o = nav_official(&p->nav);

	for (size_t i = 0; i < 2; i++) {
		char *t = platform_label_chosen(_(web_answers[i]),
		    o != NULL && o->web == (i == 1));

		plain_menu_row(m, t, i, ACT_ENTER);
		free(t);
	}
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen web_plain = {
	.print = web_print,
	.choices = web_choices,
};

/* ------------------------------------------------------------ accounts */

static void
accounts_print(struct plain *p, bool again)
{
	const struct content *c = p->content;
	const char *note = p->nav.checklist.accounts_note;

	if (!again) {
		say(p, _("Which of these accounts do you use?"));
		say(p, _("Only the accounts ticked are asked about. Choose an "
		    "account's number to tick or untick it, then s to save; "
		    "change this later with a."));
		for (size_t i = 0; i < c->n_accounts; i++) {
			char *title = plain_tr(p, c->accounts[i].title);
			char *sum = plain_tr(p, c->accounts[i].summary);

			sayf(p, "%s: %s", title, sum);
			free(sum);
			free(title);
		}
	}
	if (note != NULL)
		say(p, _(note));
}

static void
accounts_choices(struct plain *p, struct plain_menu *m)
{
	const struct content *c = p->content;

	for (size_t i = 0; i < c->n_accounts; i++) {
		const struct account *a = &c->accounts[i];
		char *title = plain_tr(p, a->title), *t;

		if (a->enforced)
			t = xasprintf(_("%s: ticked, required by your agency"),
			    title);
		else
			t = xasprintf(p->nav.checklist.ticks[i] ?
			    _("%s: ticked") : _("%s: not ticked"), title);
		plain_menu_row(m, t, i, ACT_TOGGLE);
		free(t);
		free(title);
	}
	plain_menu_key(m, "s", _("Save and go on"), ACT_ENTER);
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen accounts_plain = {
	.print = accounts_print,
	.choices = accounts_choices,
};

/* ------------------------------------------------------------ modules */

static void
modules_print(struct plain *p, bool again)
{
	const struct official *o = nav_official(&p->nav);
	const struct site *st = p->site;
	const char *phone = platform_label((enum platform)o->platform);
	struct progress pr;
	char *deadline;

	if (again)
		return;
	progress_all(o, p->content, &pr);
	sayf(p, _("Overall: %zu of %zu steps finished (%u%%)"),
	    pr.done + pr.na, pr.total, progress_percent(&pr));
	if (o->web)
		sayf(p, _("Instructions for: %s and %s (p to change)"), phone,
		    platform_label(PLATFORM_WEB));
	else
		sayf(p, _("Instructions for: %s (p to change)"), phone);
	deadline = site_deadline_text(st, isotime_now());
	if (st != NULL && st->agency != NULL)
		say(p, st->agency);
	if (deadline != NULL)
		say(p, deadline);
	free(deadline);
	say(p, _("The modules:"));
}

/* An account's heading: its title and its steps finished. */
static void
modules_heading(struct plain *p, struct plain_menu *m,
    const struct account *a)
{
	struct progress pr;
	char *title = plain_tr(p, a->title), *t;

	progress_account(nav_official(&p->nav), p->content, a, &pr);
	t = xasprintf(_("%s: %zu of %zu steps finished"), title,
	    pr.done + pr.na, pr.total);
	plain_menu_heading(m, t);
	free(t);
	free(title);
}

static void
modules_choices(struct plain *p, struct plain_menu *m)
{
	const struct official *o = nav_official(&p->nav);
	size_t rows = nav_checklist_module_rows(&p->nav, NAV_NONE, NULL);
	size_t moves = 0;	/* down from the top: the moves skip headings */

	for (size_t k = 0; k < rows; k++) {
		struct nav_module_row r;
		const struct module *md;
		bool req;

		nav_checklist_module_rows(&p->nav, k, &r);
		if (r.heading) {
			modules_heading(p, m, &p->content->accounts[r.index]);
			continue;
		}
		md = &p->content->modules[r.index];
		req = site_lists_module(p->site, md->id);
		struct progress pr;
		char *title = plain_tr(p, md->title), *t;

		progress_module(o, md, &pr);
		t = req ? xasprintf(_("%s, %zu of %zu finished, required"),
		    title, pr.done + pr.na, pr.total) :
		    xasprintf(_("%s, %zu of %zu finished"), title,
		    pr.done + pr.na, pr.total);
		plain_menu_row(m, t, moves++, ACT_ENTER);
		free(t);
		free(title);
	}
	plain_menu_key(m, "c", _("Continue"), ACT_CONTINUE);
	plain_menu_key(m, "s", _("Summary"), ACT_SUMMARY);
	plain_menu_key(m, "t", _("Account taken over?"), ACT_TAKEOVER);
	plain_menu_key(m, "v", _("Verify a request"), ACT_VERIFY);
	plain_menu_key(m, "p", _("Platform"), ACT_PLATFORM);
	if (p->content->n_accounts > 0)
		plain_menu_key(m, "a", _("Accounts"), ACT_ACCOUNTS);
	plain_menu_key(m, "e", _("Export report"), ACT_EXPORT);
	plain_menu_key(m, "u", _("Quiz"), ACT_QUIZ);
	plain_menu_key(m, "i", _("Edit your profile (name, NIP, unit, "
	    "position)"), ACT_EDIT_PROFILE);
	plain_menu_common(p, m, _("Quit"));
}

const struct plain_screen modules_plain = {
	.print = modules_print,
	.choices = modules_choices,
};

/* ------------------------------------------------------------ step */

/* The step shown, and its module. */
static const struct module *
step_module(const struct plain *p)
{
	return &p->content->modules[p->nav.module];
}

static const struct step *
step_here(const struct plain *p)
{
	return &step_module(p)->steps[p->nav.step];
}

/* Say the status of the step shown. */
static void
step_status(struct plain *p)
{
	const struct official *o = nav_official(&p->nav);
	const struct module *m = step_module(p);
	const struct step *s = step_here(p);
	const struct step_state *st = official_step(o, m->id, s->id);
	char *reason;

	switch (progress_status(o, m, s)) {
	case STEP_DONE:
		say(p, _("Status: done"));
		return;
	case STEP_NA:
		reason = step_na_listed(s, st->reason) != NULL ?
		    plain_tr(p, st->reason) : xstrdup(st->reason != NULL ?
		    st->reason : "");
		sayf(p, _("Status: not applicable (%s)"), reason);
		free(reason);
		return;
	case STEP_LATER:
		say(p, _("Status: later"));
		return;
	case STEP_TODO:
		break;
	}
	say(p, _("Status: not yet"));
}

/* Say where the step shown is: among all the steps the official sees,
 * and its module. */
static void
step_position(struct plain *p)
{
	const struct official *o = nav_official(&p->nav);
	const struct content *c = p->content;
	size_t k = 0, total = 0;
	char *title = plain_tr(p, step_module(p)->title);

	for (size_t mi = 0; mi < c->n_modules; mi++) {
		size_t n = progress_module_used(o, &c->modules[mi]) ?
		    progress_shown_before(o, &c->modules[mi],
		    c->modules[mi].n_steps) : 0;

		if (mi < p->nav.module)
			k += n;
		total += n;
	}
	k += progress_shown_before(o, step_module(p), p->nav.step) + 1;
	sayf(p, _("Step %zu of %zu, module %s."), k, total, title);
	free(title);
}

/* Say what to do on platform pl. */
static void
step_how_section(struct plain *p, enum platform pl, const char *how)
{
	char *t = xasprintf(_("What to do on %s:"), platform_label(pl));

	say_section(p, t, how);
	free(t);
}

/* The "not applicable" prompt over the step. */
static void
step_prompt_print(struct plain *p, bool again)
{
	const struct nav_checklist *ck = &p->nav.checklist;

	if (!again)
		say(p, ck->typing ? _("Write your reason in a few words.") :
		    _("Why does this step not apply to you?"));
	if (ck->prompt_error != NULL)
		say(p, ck->prompt_error);
}

static void
step_print(struct plain *p, bool again)
{
	const struct official *o = nav_official(&p->nav);
	const struct step *s = step_here(p);
	enum platform phone = (enum platform)o->platform;

	if (p->nav.checklist.prompt) {
		step_prompt_print(p, again);
		return;
	}
	if (p->nav.checklist.na_refused)
		say(p, _("Every WhatsApp user can do this step, so it cannot be "
		    "marked as not applicable."));
	if (again)
		return;
	step_position(p);
	say_tr(p, s->title);
	step_status(p);
	if (!step_web_only(s))
		step_how_section(p, phone, step_how(s, phone));
	if (o->web && s->how[PLATFORM_WEB] != NULL)
		step_how_section(p, PLATFORM_WEB, s->how[PLATFORM_WEB]);
	say_section(p, _("Why it matters:"), s->why);
}

static void
step_choices(struct plain *p, struct plain_menu *m)
{
	const struct nav_checklist *ck = &p->nav.checklist;
	const struct step *s = step_here(p);

	if (ck->prompt) {
		for (size_t i = 0; i < s->n_na; i++) {
			char *t = plain_tr(p, s->na[i]);

			plain_menu_row(m, t, i, ACT_ENTER);
			free(t);
		}
		plain_menu_row(m, _("Other reason (write it yourself)"),
		    s->n_na, ACT_ENTER);
		plain_menu_common(p, m, _("Cancel"));
		return;
	}
	plain_menu_row(m, _("Done"), NAV_NONE, ACT_DONE);
	plain_menu_row(m, _("Not applicable"), NAV_NONE, ACT_NA);
	plain_menu_row(m, _("Later"), NAV_NONE, ACT_LATER);
	plain_menu_row(m, _("Next step"), NAV_NONE, ACT_NEXT);
	plain_menu_row(m, _("Previous step"), NAV_NONE, ACT_PREV);
	plain_menu_key(m, "s", _("Summary"), ACT_SUMMARY);
	plain_menu_key(m, "p", _("Change the platform"), ACT_PLATFORM);
	plain_menu_common(p, m, _("Back"));
}

/* While the official writes their own reason, the line is it. */
static const char *
step_ask(struct plain *p)
{
	if (!p->nav.checklist.typing)
		return NULL;
	return _("Type the reason and press Enter, or q alone to go back to "
	    "the reasons.");
}

static unsigned
step_text(struct plain *p, const char *line)
{
	if (!p->nav.checklist.typing)
		return 0;
	if (plain_line_is(line, "q"))
		return nav_apply(&p->nav, ACT_BACK);
	return nav_checklist_reason_submit(&p->nav, line);
}

/* Any choice takes away the word on "not applicable", as a key does on
 * the curses screen. */
static void
step_enter(struct plain *p)
{
	p->nav.checklist.na_refused = false;
}

const struct plain_screen step_plain = {
	.enter = step_enter,
	.print = step_print,
	.choices = step_choices,
	.ask = step_ask,
	.text = step_text,
};

/* ------------------------------------------------------------ summary */

static void
summary_print(struct plain *p, bool again)
{
	struct progress pr;

	if (again)
		return;
	say(p, _("Summary"));
	progress_all(nav_official(&p->nav), p->content, &pr);
	sayf(p, _("Finished: %zu of %zu steps (%u%%). Later: %zu. Not yet: "
	    "%zu."), pr.done + pr.na, pr.total, progress_percent(&pr),
	    pr.later, pr.todo);
	if (progress_is_complete(&pr)) {
		say(p, _("All done! Every step is finished."));
		say(p, _("Thank you for keeping your WhatsApp account safe. You "
		    "can go back to any module to look at a step again."));
	}
}

static void
summary_choices(struct plain *p, struct plain_menu *m)
{
	const struct official *o = nav_official(&p->nav);
	size_t count = nav_checklist_summary_count(&p->nav), mi, si;

	for (size_t k = 0; k < count &&
	    nav_checklist_summary_item(&p->nav, k, &mi, &si); k++) {
		const struct module *md = &p->content->modules[mi];
		const struct step *s = &md->steps[si];
		char *mt = plain_tr(p, md->title), *st = plain_tr(p, s->title);
		/* TRANSLATORS: the status of an unfinished step in the
		 * summary. */
		char *t = xasprintf("%s: %s (%s)", mt, st,
		    progress_status(o, md, s) == STEP_LATER ? _("later") :
		    _("not yet"));

		plain_menu_row(m, t, k, ACT_ENTER);
		free(t);
		free(st);
		free(mt);
	}
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen summary_plain = {
	.print = summary_print,
	.choices = summary_choices,
};

/* ------------------------------------------------------------ exporting */

void
exporting_plain_page(struct plain *p, bool again, const char *title,
    const char *intro)
{
	struct report *r;
	char *name, *dir;

	if (again) {
		if (p->outcome != NULL)
			say(p, p->outcome);
		return;
	}
	say(p, title);
	say(p, intro);
	r = report_build(nav_official(&p->nav), p->content, p->site,
	    isotime_now(), NULL);
	if (r->compliant)
		sayf(p, _("%zu of %zu steps finished (%u%%): this meets the "
		    "agency's requirements."), r->finished, r->total,
		    report_percent(r));
	else
		sayf(p, _("%zu of %zu steps finished (%u%%): this does not meet "
		    "the agency's requirements yet."), r->finished, r->total,
		    report_percent(r));
	if (p->nav.demo)
		say(p, _("In the demo the report is not written."));
	else if (p->outcome != NULL)
		say(p, p->outcome);
	else {
		deliver_report_place(r, p->site, &name, &dir);
		sayf(p, _("Choose 1 to write it as %s in the folder %s."), name,
		    dir);
		free(name);
		free(dir);
	}
	report_free(r);
}

static void
exporting_print(struct plain *p, bool again)
{
	exporting_plain_page(p, again, _("Export your report"), _("Your IT "
	    "office collects one report file from every official. It holds "
	    "your profile and the status of each step: never a code, a PIN or "
	    "a message."));
}

static void
exporting_choices(struct plain *p, struct plain_menu *m)
{
	if (!p->nav.demo)
		plain_menu_row(m, _("Write the report"), NAV_NONE, ACT_ENTER);
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen exporting_plain = {
	.print = exporting_print,
	.choices = exporting_choices,
};

/* ------------------------------------------------------------ offer */

static void
offer_print(struct plain *p, bool again)
{
	exporting_plain_page(p, again, _("Send your report to the IT office?"),
	    p->nav.checklist.offer_quit ? _("Your latest progress is not in a "
	    "report yet. Your IT office sees only what your report says.") :
	    _("You have finished every step. Your IT office counts you as "
	    "done once it has your report."));
}

static void
offer_choices(struct plain *p, struct plain_menu *m)
{
	plain_menu_row(m, _("Write the report"), NAV_NONE, ACT_ENTER);
	plain_menu_common(p, m, _("Not now"));
}

const struct plain_screen offer_plain = {
	.print = offer_print,
	.choices = offer_choices,
};
