/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * checklist: the navigation's main flow (see checklist.h).  One handler
 * a screen, from the unusable record and the new profile to the steps,
 * the summary and the report; the other flows leave from the module
 * list and come back to it (nav_checklist_modules_open).  The phone and
 * Web/Desktop screens are in platform.c, the "not applicable" prompt in
 * na.c.
 */
#include "config.h"
#include "nav/checklist.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "model/nip.h"
#include "model/progress.h"
#include "nav/flow.h"

/* The module and step at a position. */
static const struct module *
nav_checklist_module(const struct nav *n, size_t mi)
{
	return &n->content->modules[mi];
}

static const struct step *
nav_checklist_step(const struct nav *n, size_t mi, size_t si)
{
	return &n->content->modules[mi].steps[si];
}

/* Whether the current official sees a step: of a module of an account
 * they answer, and one for where they use WhatsApp. */
static bool
nav_checklist_shows(const struct nav *n, size_t mi, size_t si)
{
	return progress_module_used(nav_official(n),
	    nav_checklist_module(n, mi)) &&
	    progress_shows(nav_official(n), nav_checklist_step(n, mi, si));
}

/* Walk the module list's rows. */
size_t
nav_checklist_module_rows(const struct nav *n, size_t row,
    struct nav_module_row *out)
{
	const struct content *c = n->content;
	const struct official *o = nav_official(n);
	const struct account *last = NULL;
	size_t k = 0;

	for (size_t i = 0; o != NULL && i < c->n_modules; i++) {
		const struct module *m = &c->modules[i];

		if (!progress_module_used(o, m))
			continue;
		if (m->acct != NULL && m->acct != last) {
			if (k++ == row && out != NULL)
				*out = (struct nav_module_row){ true,
				    (size_t)(m->acct - c->accounts) };
			last = m->acct;
		}
		if (k++ == row && out != NULL)
			*out = (struct nav_module_row){ false, i };
	}
	return k;
}

/* The row of module mi in the list; the first module's when mi is not
 * listed (0 when nothing is). */
static size_t
nav_checklist_row_of(const struct nav *n, size_t mi)
{
	size_t count = nav_checklist_module_rows(n, NAV_NONE, NULL), first = 0;
	struct nav_module_row r;

	for (size_t k = count; k-- > 0;) {
		nav_checklist_module_rows(n, k, &r);
		if (r.heading)
			continue;
		if (r.index == mi)
			return k;
		first = k;
	}
	return first;
}

/* The module of the row selected: itself, or for a heading the module
 * under it. */
static size_t
nav_checklist_selected(const struct nav *n)
{
	struct nav_module_row r = { false, n->module };
	size_t count = nav_checklist_module_rows(n, NAV_NONE, NULL);

	for (size_t k = n->sel; k < count; k++) {
		nav_checklist_module_rows(n, k, &r);
		if (!r.heading)
			return r.index;
	}
	return n->module;
}

/* Move the selection off a heading, the way it was moving (down from
 * the top). */
static void
nav_checklist_off_heading(struct nav *n, bool up)
{
	size_t count = nav_checklist_module_rows(n, NAV_NONE, NULL);
	struct nav_module_row r;

	if (count == 0)
		return;
	nav_checklist_module_rows(n, n->sel, &r);
	if (!r.heading)
		return;
	if (up && n->sel > 0) {
		nav_checklist_module_rows(n, n->sel - 1, &r);
		if (!r.heading) {
			n->sel--;
			return;
		}
	}
	if (n->sel + 1 < count)
		n->sel++;
}

/* The status the current official has for a step. */
static enum step_status
nav_checklist_status(const struct nav *n, size_t mi, size_t si)
{
	return progress_status(nav_official(n), nav_checklist_module(n, mi),
	    nav_checklist_step(n, mi, si));
}

/* The row of the official who used this workstation last (0 if unknown). */
static size_t
nav_checklist_last_index(const struct nav *n)
{
	const struct record *r = n->record;

	for (size_t i = 0; i < r->n_officials; i++)
		if (nav_same(r->officials[i].profile.nip, r->last_nip))
			return i;
	return 0;
}

/* Begin a new profile: ask the language first unless --lang gave it. */
static unsigned
nav_checklist_add_profile(struct nav *n)
{
	if (n->lang_fixed != NULL)
		return nav_profile_open(n, NAV_NONE, NAV_WHO);
	return nav_show(n, NAV_LANGUAGE, nav_language_index(n->lang));
}

/* Leave the checklist: for the trainer's menu from the demo, otherwise
 * quit. */
unsigned
nav_checklist_leave(struct nav *n)
{
	if (!n->trainer)
		return NAV_QUIT;
	return nav_training_demo_leave(n);
}

/* Offer to write the report: at 100%, or on quitting (quitting true). */
static unsigned
nav_checklist_offer(struct nav *n, bool quitting)
{
	n->checklist.offer_quit = quitting;
	return nav_show(n, NAV_OFFER, 0);
}

/* Leave the checklist from the module list, first offering the report
 * when the official has progress it does not hold yet (never in the
 * demo, where nothing is written). */
static unsigned
nav_checklist_quit(struct nav *n)
{
	if (!n->demo && official_unexported(nav_official(n)))
		return nav_checklist_offer(n, true);
	return nav_checklist_leave(n);
}

/* Open the export screen; leaving it goes back to the module list. */
static unsigned
nav_checklist_export_open(struct nav *n)
{
	n->checklist.offer_quit = false;
	return nav_show(n, NAV_EXPORT, 0);
}

/* Leave the profile steps for the list of officials, or quit when there
 * is nobody to list. */
static unsigned
nav_checklist_leave_profile(struct nav *n)
{
	if (n->record->n_officials == 0)
		return NAV_QUIT;
	return nav_show(n, NAV_WHO, nav_checklist_last_index(n));
}

unsigned
nav_checklist_modules_open(struct nav *n)
{
	return nav_show(n, NAV_MODULES, nav_checklist_row_of(n, n->module));
}

/* Show step (mi, si) and make it the official's resume point. */
static unsigned
nav_checklist_goto(struct nav *n, size_t mi, size_t si)
{
	struct official *o = nav_official(n);
	const struct module *m = nav_checklist_module(n, mi);
	const struct step *s = nav_checklist_step(n, mi, si);
	unsigned flags = nav_show(n, NAV_STEP, 0);

	n->checklist.na_refused = false;
	n->module = mi;
	n->step = si;
	if (!nav_same(o->resume_module, m->id) ||
	    !nav_same(o->resume_step, s->id)) {
		official_set_resume(o, m->id, s->id);
		flags |= NAV_DIRTY;
	}
	return flags;
}

/* Move (*mi, *si) one step forward or back through all the modules,
 * whether o sees the step or not; false at either end. */
static bool
nav_checklist_any_neighbour(const struct content *c, size_t *mi, size_t *si,
    bool forward)
{
	size_t m = *mi, s = *si;

	if (forward) {
		if (s + 1 < c->modules[m].n_steps) {
			*si = s + 1;
			return true;
		}
		while (++m < c->n_modules)
			if (c->modules[m].n_steps > 0) {
				*mi = m;
				*si = 0;
				return true;
			}
		return false;
	}
	if (s > 0) {
		*si = s - 1;
		return true;
	}
	while (m-- > 0)
		if (c->modules[m].n_steps > 0) {
			*mi = m;
			*si = c->modules[m].n_steps - 1;
			return true;
		}
	return false;
}

/* Move (*mi, *si) to the next or previous step the official sees; false,
 * leaving them alone, at either end. */
static bool
nav_checklist_neighbour(const struct nav *n, size_t *mi, size_t *si,
    bool forward)
{
	size_t m = *mi, s = *si;

	while (nav_checklist_any_neighbour(n->content, &m, &s, forward))
		if (progress_shows(nav_official(n), nav_checklist_step(n, m, s))) {
			*mi = m;
			*si = s;
			return true;
		}
	return false;
}

/* Move (*mi, *si) to the following step, from the last to the first. */
static void
nav_checklist_following(const struct content *c, size_t *mi, size_t *si)
{
	if (nav_checklist_any_neighbour(c, mi, si, true))
		return;
	for (*mi = 0; c->modules[*mi].n_steps == 0; ++*mi)
		;
	*si = 0;
}

/*
 * After a status is set, go on to the next step not yet looked at,
 * searching forward and wrapping around.  Steps marked "later" are
 * skipped on purpose: the official just put them off, and bringing them
 * straight back would trap them in a loop.  When nothing new is left,
 * the summary shows what remains; when all is done, the report is
 * offered first (the summary follows it).
 */
static unsigned
nav_checklist_advance(struct nav *n)
{
	const struct content *c = n->content;
	size_t total = content_step_count(c);
	size_t mi = n->module, si = n->step;

	for (size_t k = 1; k < total; k++) {
		nav_checklist_following(c, &mi, &si);
		if (nav_checklist_shows(n, mi, si) &&
		    nav_checklist_status(n, mi, si) == STEP_TODO)
			return nav_checklist_goto(n, mi, si);
	}
	if (!n->demo && nav_checklist_summary_count(n) == 0 &&
	    official_unexported(nav_official(n)))
		return nav_checklist_offer(n, false);
	return nav_show(n, NAV_SUMMARY, 0);
}

/* Set the status of the step shown, then move on. */
unsigned
nav_checklist_mark(struct nav *n, enum step_status st, const char *reason)
{
	official_set_status(nav_official(n),
	    nav_checklist_module(n, n->module)->id,
	    nav_checklist_step(n, n->module, n->step)->id, st, reason,
	    isotime_now());
	return NAV_DIRTY | nav_checklist_advance(n);
}

/* Open module mi at its first unfinished step (its first step when all
 * are finished), among those the official sees. */
static unsigned
nav_checklist_open_module(struct nav *n, size_t mi)
{
	const struct module *m = nav_checklist_module(n, mi);
	size_t first = m->n_steps;

	for (size_t si = 0; si < m->n_steps; si++) {
		enum step_status st = nav_checklist_status(n, mi, si);

		if (!nav_checklist_shows(n, mi, si))
			continue;
		if (first == m->n_steps)
			first = si;
		if (st == STEP_TODO || st == STEP_LATER)
			return nav_checklist_goto(n, mi, si);
	}
	return first < m->n_steps ? nav_checklist_goto(n, mi, first) : 0;
}

/* Continue where the official left off; the summary when all is done. */
static unsigned
nav_checklist_continue(struct nav *n)
{
	size_t mi, si;

	if (!progress_resume(nav_official(n), n->content, &mi, &si))
		return nav_show(n, NAV_SUMMARY, 0);
	return nav_checklist_goto(n, mi, si);
}

unsigned
nav_checklist_choose(struct nav *n, size_t i)
{
	struct record *r = n->record;
	struct official *o = &r->officials[i];
	unsigned flags = 0;
	size_t si;

	n->official = i;
	if (!nav_same(r->last_nip, o->profile.nip)) {
		free(r->last_nip);
		r->last_nip = xstrdup(o->profile.nip);
		flags |= NAV_DIRTY;
	}
	flags |= nav_follow_language(n, o->language);
	progress_resume(o, n->content, &n->module, &si);
	if (!nav_platform_chosen(o))
		return flags | nav_platform_open(n, NAV_MODULES);
	if (nav_accounts_to_ask(n, o))
		return flags | nav_accounts_open(n, NAV_MODULES);
	return flags | nav_checklist_modules_open(n);
}

unsigned
nav_checklist_start(struct nav *n)
{
	unsigned flags;

	if (n->record->n_officials == 0)
		return nav_checklist_add_profile(n);
	flags = nav_show(n, NAV_WHO, nav_checklist_last_index(n));
	/* Whoever used this workstation last will most likely read the
	 * list: show it in their language. */
	return flags | nav_follow_language(n,
	    n->record->officials[n->sel].language);
}

/* NAV_BROKEN: set the unusable file aside, or quit leaving it alone. */
unsigned
nav_on_broken(struct nav *n, enum action a)
{
	(void)n;
	switch (a) {
	case ACT_ENTER:
		return NAV_SET_ASIDE;
	case ACT_BACK:
	case ACT_QUIT:
		return NAV_QUIT;
	default:
		return 0;
	}
}

/* NAV_LANGUAGE: the choice switches the screens at once. */
static unsigned
nav_checklist_language_pick(struct nav *n)
{
	n->lang = nav_languages[n->sel].code;
	return NAV_SET_LANG | nav_profile_open(n, NAV_NONE, NAV_WHO);
}

unsigned
nav_on_language(struct nav *n, enum action a)
{
	return nav_choice(n, a, NAV_LANGUAGE_COUNT,
	    nav_checklist_language_pick, nav_checklist_leave_profile);
}

/* NAV_WHO: the officials, then "Add a new profile"; an official's
 * profile can be edited from here. */
static unsigned
nav_checklist_who_pick(struct nav *n)
{
	if (n->sel < n->record->n_officials)
		return nav_checklist_choose(n, n->sel);
	return nav_checklist_add_profile(n);
}

unsigned
nav_on_who(struct nav *n, enum action a)
{
	if (a == ACT_EDIT_PROFILE && n->sel < n->record->n_officials)
		return nav_profile_open(n, n->sel, NAV_WHO);
	return nav_choice(n, a, n->record->n_officials + 1,
	    nav_checklist_who_pick, nav_quit);
}

/* NAV_PROFILE: Esc leaves an edit as it was, and a new profile for the
 * language (on a first run) or the list of officials; the moves are the
 * form's (nav/profile.c). */
unsigned
nav_on_profile(struct nav *n, enum action a)
{
	if (a != ACT_BACK && a != ACT_QUIT)
		return nav_profile_move(n, a);
	if (nav_profile_edited(n) != NULL)
		return nav_profile_leave(n);
	if (n->record->n_officials == 0 && n->lang_fixed == NULL)
		return nav_checklist_add_profile(n);
	return nav_checklist_leave_profile(n);
}

/* Go from the module list to one of the screens for when something is
 * wrong, the report or the quiz. */
static unsigned
nav_checklist_modules_leave_for(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_TAKEOVER:
		return nav_show(n, NAV_TAKEOVER, 0);
	case ACT_VERIFY:
		return nav_trouble_verify_open(n);
	case ACT_EXPORT:
		return nav_checklist_export_open(n);
	default:
		return nav_training_quiz_start(n, NAV_MODULES);
	}
}

/* NAV_MODULES: open, continue, summary, platform, the paths for when
 * something is wrong, the report, the quiz, the profile, quit. */
unsigned
nav_on_modules(struct nav *n, enum action a)
{
	unsigned flags;

	switch (a) {
	case ACT_TAKEOVER:
	case ACT_VERIFY:
	case ACT_EXPORT:
	case ACT_QUIZ:
		n->module = nav_checklist_selected(n);
		return nav_checklist_modules_leave_for(n, a);
	case ACT_ENTER:
	case ACT_TOGGLE:
		if (nav_checklist_module_rows(n, NAV_NONE, NULL) == 0)
			return 0;
		return nav_checklist_open_module(n, nav_checklist_selected(n));
	case ACT_CONTINUE:
		return nav_checklist_continue(n);
	case ACT_SUMMARY:
		n->module = nav_checklist_selected(n);
		return nav_show(n, NAV_SUMMARY, 0);
	case ACT_PLATFORM:
		n->module = nav_checklist_selected(n);
		return nav_platform_open(n, NAV_MODULES);
	case ACT_ACCOUNTS:
		if (n->content->n_accounts == 0)
			return 0;
		n->module = nav_checklist_selected(n);
		return nav_accounts_open(n, NAV_MODULES);
	case ACT_EDIT_PROFILE:
		n->module = nav_checklist_selected(n);
		return nav_profile_open(n, n->official, NAV_MODULES);
	case ACT_BACK:
	case ACT_QUIT:
		n->module = nav_checklist_selected(n);
		return nav_checklist_quit(n);
	default:
		flags = nav_move(n, a, nav_checklist_module_rows(n, NAV_NONE,
		    NULL));
		nav_checklist_off_heading(n, a == ACT_UP || a == ACT_PGUP ||
		    a == ACT_PREV);
		return flags;
	}
}

/* Go to the next or previous step in content order (no wrapping). */
static unsigned
nav_checklist_step_neighbour(struct nav *n, bool forward)
{
	size_t mi = n->module, si = n->step;

	if (!nav_checklist_neighbour(n, &mi, &si, forward))
		return 0;
	return nav_checklist_goto(n, mi, si);
}

/* NAV_STEP: mark, move between steps, scroll the text; while the prompt
 * is open it takes every action. */
unsigned
nav_on_step(struct nav *n, enum action a)
{
	if (n->checklist.prompt)
		return nav_na_prompt(n, a);
	switch (a) {
	case ACT_DONE:
	case ACT_TOGGLE:
		return nav_checklist_mark(n, STEP_DONE, NULL);
	case ACT_LATER:
		return nav_checklist_mark(n, STEP_LATER, NULL);
	case ACT_NA:
		return nav_na_open(n);
	case ACT_NEXT:
	case ACT_PREV:
		return nav_checklist_step_neighbour(n, a == ACT_NEXT);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_checklist_modules_open(n);
	case ACT_SUMMARY:
		return nav_show(n, NAV_SUMMARY, 0);
	case ACT_PLATFORM:
		return nav_platform_open(n, NAV_STEP);
	default:
		return nav_scroll(n, a);
	}
}

/* NAV_SUMMARY: open a remaining step, or go back to the modules. */
static unsigned
nav_checklist_summary_pick(struct nav *n)
{
	size_t mi, si;

	if (nav_checklist_summary_item(n, n->sel, &mi, &si))
		return nav_checklist_goto(n, mi, si);
	return nav_checklist_modules_open(n);
}

unsigned
nav_on_summary(struct nav *n, enum action a)
{
	return nav_choice(n, a, nav_checklist_summary_count(n),
	    nav_checklist_summary_pick, nav_checklist_modules_open);
}

/* NAV_EXPORT: Enter writes the report (the caller does, and says how it
 * went); the screen stays, so it can be written again.  Leaving it
 * quits when the report was offered on quitting. */
unsigned
nav_on_exporting(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
		return NAV_EXPORT_FILE | NAV_REDRAW;
	case ACT_BACK:
	case ACT_QUIT:
		if (n->checklist.offer_quit)
			return nav_checklist_leave(n);
		return nav_checklist_modules_open(n);
	default:
		return 0;
	}
}

/* NAV_OFFER: Enter goes to the export screen and writes the report at
 * once; Esc declines: the summary at 100%, quitting on the way out. */
unsigned
nav_on_offer(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		return NAV_EXPORT_FILE | nav_show(n, NAV_EXPORT, 0);
	case ACT_BACK:
	case ACT_QUIT:
		if (n->checklist.offer_quit)
			return nav_checklist_leave(n);
		return nav_show(n, NAV_SUMMARY, 0);
	default:
		return 0;
	}
}

/* Clean one typed text field, of at most max bytes, into *out; the error
 * for it, or NULL.  Cleaning leaves out invisible formatting characters
 * (a name that looks like another's must be the same name); what no
 * record can hold, text that is not UTF-8, is refused.  The form asks
 * for every field, even those a record may hold empty. */
static const char *
nav_checklist_text_check(const char *typed, size_t max, char **out)
{
	*out = text_clean_field(typed != NULL ? typed : "");
	if (!text_is_utf8(*out))
		return _("This holds bytes that are not text and cannot be "
		    "saved; please type it again.");
	if (text_is_blank(*out))
		return _("Please fill in this field.");
	if (strlen(*out) > max)
		return _("This is too long; please shorten it.");
	return NULL;
}

/* Check the NIP typed for kind; the error for it, or NULL.  *out gets
 * the normalized NIP. */
static const char *
nav_checklist_nip_check(const struct nav *n, const char *typed,
    enum nip_kind kind, int this_year, char out[19])
{
	char *clean = text_clean_field(typed != NULL ? typed : "");
	bool fits = nip_normalize(clean, out);
	const struct official *owner;
	enum nip_error e;

	free(clean);
	e = fits ? nip_check(out, kind, this_year) : NIP_LENGTH;
	if (e != NIP_OK)
		return nip_error_message(e);
	owner = record_find(n->record, out);
	if (owner != NULL && owner != nav_profile_edited(n))
		return _("This NIP already has a profile on this computer. "
		    "Press Esc and choose it from the list instead.");
	return NULL;
}

/* Check field f of typed and put it, cleaned, into p; the error for it,
 * or NULL. */
static const char *
nav_checklist_field_check(const struct nav *n, const struct profile *typed,
    enum profile_field f, int this_year, struct profile *p)
{
	const struct profile_desc *d = profile_describe(f);
	const char *err;
	char nip[19];

	if (f == PROFILE_UNIT && nav_profile_units_listed(n))
		return nav_profile_unit_check(n, p);
	switch (d->type) {
	case PROFILE_TYPE_KIND:
		p->kind = typed->kind;
		return NULL;
	case PROFILE_TYPE_CODE:		/* set with the unit, if listed */
		return NULL;
	case PROFILE_TYPE_NIP:
		err = nav_checklist_nip_check(n, profile_get(typed, f),
		    typed->kind, this_year, nip);
		*profile_text(p, f) = err == NULL ? xstrdup(nip) : NULL;
		return err;
	default:
		return nav_checklist_text_check(profile_get(typed, f), d->max,
		    profile_text(p, f));
	}
}

unsigned
nav_checklist_profile_submit(struct nav *n, const struct profile *typed,
    int this_year)
{
	const char **error = n->checklist.error;
	struct profile p = { 0 };
	struct official *o;
	size_t bad = NAV_FIELD_SAVE;

	for (size_t f = 0; f < PROFILE_FIELD_COUNT; f++) {
		error[f] = nav_checklist_field_check(n, typed, f, this_year, &p);
		if (error[f] != NULL && bad == NAV_FIELD_SAVE)
			bad = f;	/* the first bad field takes the focus */
	}
	error[NAV_FIELD_SAVE] = NULL;
	if (bad < NAV_FIELD_SAVE) {
		profile_done(&p);
		n->sel = bad;
		return NAV_REDRAW;
	}
	if (nav_profile_edited(n) != NULL)
		return nav_mask_writes(n, nav_profile_save(n, &p));
	o = record_add(n->record, &p, isotime_now());
	profile_done(&p);
	free(o->language);
	o->language = xstrdup(n->lang);
	n->official = (size_t)(o - n->record->officials);
	free(n->record->last_nip);
	n->record->last_nip = xstrdup(o->profile.nip);
	n->module = 0;
	return nav_mask_writes(n, NAV_DIRTY |
	    nav_platform_open(n, NAV_MODULES));
}

/* Visit the unfinished steps in order, stopping at the k-th (pass
 * NAV_NONE to visit them all); *seen gets how many came before it. */
static bool
nav_checklist_summary_find(const struct nav *n, size_t k, size_t *mi,
    size_t *si, size_t *seen)
{
	const struct content *c = n->content;

	*seen = 0;
	if (nav_official(n) == NULL)
		return false;
	for (size_t m = 0; m < c->n_modules; m++)
		for (size_t s = 0; s < c->modules[m].n_steps; s++) {
			enum step_status st = nav_checklist_status(n, m, s);

			if (!nav_checklist_shows(n, m, s) ||
			    (st != STEP_TODO && st != STEP_LATER))
				continue;
			if (*seen == k) {
				*mi = m;
				*si = s;
				return true;
			}
			++*seen;
		}
	return false;
}

size_t
nav_checklist_summary_count(const struct nav *n)
{
	size_t mi, si, seen;

	nav_checklist_summary_find(n, NAV_NONE, &mi, &si, &seen);
	return seen;
}

bool
nav_checklist_summary_item(const struct nav *n, size_t k, size_t *mi,
    size_t *si)
{
	size_t seen;

	return nav_checklist_summary_find(n, k, mi, si, &seen);
}
