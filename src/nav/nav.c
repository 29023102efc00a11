/*
 * nav: the checklist's navigation state machine (see nav.h).
 *
 * One handler a screen turns an action into a change of state and a set
 * of NAV_ flags.  Status changes and the resume point go straight into
 * the record model (official_set_status, official_set_resume); the caller
 * saves when NAV_DIRTY comes back, so saving stays in one place outside.
 */
#include "config.h"
#include "nav/nav.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "model/nip.h"
#include "model/progress.h"
#include "base/text.h"
#include "base/xalloc.h"

typedef unsigned nav_handler(struct nav *n, enum action a);

/* The languages offered, in the order the language screen lists them. */
static const char *const nav_languages[] = { "id", "en" };

#define NAV_NLANG (sizeof nav_languages / sizeof nav_languages[0])

/* Find lang among the offered languages (0, Bahasa Indonesia, if absent). */
static size_t
nav_language_index(const char *lang)
{
	for (size_t i = 0; i < NAV_NLANG; i++)
		if (lang != NULL && strcmp(lang, nav_languages[i]) == 0)
			return i;
	return 0;
}

/* Say whether two optional strings are equal. */
static bool
nav_same(const char *a, const char *b)
{
	return a != NULL && b != NULL ? strcmp(a, b) == 0 : a == b;
}

/* Say whether o has chosen a platform. */
static bool
nav_has_platform(const struct official *o)
{
	return o->platform >= 0 && o->platform < PLATFORM_COUNT;
}

struct official *
nav_official(const struct nav *n)
{
	if (n->record == NULL || n->official >= n->record->n_officials)
		return NULL;
	return &n->record->officials[n->official];
}

/* The module and step at a position. */
static const struct module *
nav_module(const struct nav *n, size_t mi)
{
	return &n->content->modules[mi];
}

static const struct step *
nav_step(const struct nav *n, size_t mi, size_t si)
{
	return &n->content->modules[mi].steps[si];
}

/* The status the current official has for a step. */
static enum step_status
nav_status(const struct nav *n, size_t mi, size_t si)
{
	return progress_status(nav_official(n), nav_module(n, mi),
	    nav_step(n, mi, si));
}

/* Show screen s with row sel selected and nothing scrolled. */
static unsigned
nav_show(struct nav *n, enum nav_screen s, size_t sel)
{
	n->screen = s;
	n->sel = sel;
	n->top = 0;
	n->scroll = 0;
	n->scroll_max = 0;
	return NAV_REDRAW;
}

/* Move *v within 0..last for a movement action, a page being n->page
 * rows; false when a is no movement or *v stays where it is. */
static bool
nav_move_index(const struct nav *n, size_t *v, enum action a, size_t last)
{
	size_t page = n->page > 2 ? n->page - 1 : 1;
	size_t x = *v;

	switch (a) {
	case ACT_UP:
		x = x > 0 ? x - 1 : 0;
		break;
	case ACT_DOWN:
		x = x < last ? x + 1 : last;
		break;
	case ACT_PGUP:
		x = x > page ? x - page : 0;
		break;
	case ACT_PGDN:
		x = last - x > page ? x + page : last;
		break;
	case ACT_HOME:
		x = 0;
		break;
	case ACT_END:
		x = last;
		break;
	default:
		return false;
	}
	if (x == *v)
		return false;
	*v = x;
	return true;
}

/* Move the selection among count rows; in a list "next" is the row
 * below. */
static unsigned
nav_move(struct nav *n, enum action a, size_t count)
{
	if (count == 0)
		return 0;
	if (a == ACT_NEXT || a == ACT_PREV)
		a = a == ACT_NEXT ? ACT_DOWN : ACT_UP;
	return nav_move_index(n, &n->sel, a, count - 1) ? NAV_REDRAW : 0;
}

/* The row of the official who used this workstation last (0 if unknown). */
static size_t
nav_last_index(const struct nav *n)
{
	const struct record *r = n->record;

	for (size_t i = 0; i < r->n_officials; i++)
		if (nav_same(r->officials[i].profile.nip, r->last_nip))
			return i;
	return 0;
}

/* Open the new-profile form, empty of errors. */
static unsigned
nav_form_open(struct nav *n)
{
	memset(n->error, 0, sizeof n->error);
	return nav_show(n, NAV_PROFILE, NAV_FIELD_NAME);
}

/* Begin a new profile: ask the language first unless --lang gave it. */
static unsigned
nav_add_profile(struct nav *n)
{
	if (n->lang_fixed != NULL)
		return nav_form_open(n);
	return nav_show(n, NAV_LANGUAGE, nav_language_index(n->lang));
}

/* End the demo: the sandbox goes, and with it everything done on it. */
static void
nav_demo_end(struct nav *n)
{
	if (n->record == n->sandbox)
		n->record = NULL;
	record_close(n->sandbox);
	n->sandbox = NULL;
	n->demo = false;
	n->official = NAV_NONE;
}

/* Leave the checklist: for the trainer's menu from the demo, otherwise
 * quit. */
static unsigned
nav_leave(struct nav *n)
{
	if (!n->trainer)
		return NAV_QUIT;
	nav_demo_end(n);
	return nav_show(n, NAV_TRAINER, 0);
}

/* Leave the profile steps for the list of officials, or quit when there
 * is nobody to list. */
static unsigned
nav_leave_profile(struct nav *n)
{
	if (n->record->n_officials == 0)
		return NAV_QUIT;
	return nav_show(n, NAV_WHO, nav_last_index(n));
}

/* Show the platform choice, returning to back afterwards. */
static unsigned
nav_platform_open(struct nav *n, enum nav_screen back)
{
	const struct official *o = nav_official(n);

	n->back = back;
	return nav_show(n, NAV_PLATFORM,
	    nav_has_platform(o) ? (size_t)o->platform : 0);
}

/* Show the module list with the current module selected. */
static unsigned
nav_modules_open(struct nav *n)
{
	return nav_show(n, NAV_MODULES, n->module);
}

/* Show step (mi, si) and make it the official's resume point. */
static unsigned
nav_goto(struct nav *n, size_t mi, size_t si)
{
	struct official *o = nav_official(n);
	const struct module *m = nav_module(n, mi);
	const struct step *s = nav_step(n, mi, si);
	unsigned flags = nav_show(n, NAV_STEP, 0);

	n->module = mi;
	n->step = si;
	if (!nav_same(o->resume_module, m->id) ||
	    !nav_same(o->resume_step, s->id)) {
		official_set_resume(o, m->id, s->id);
		flags |= NAV_DIRTY;
	}
	return flags;
}

/* Move (*mi, *si) one step forward or back through all the modules;
 * false at either end. */
static bool
nav_neighbour(const struct content *c, size_t *mi, size_t *si, bool forward)
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

/* Move (*mi, *si) to the following step, from the last to the first. */
static void
nav_following(const struct content *c, size_t *mi, size_t *si)
{
	if (nav_neighbour(c, mi, si, true))
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
 * the summary shows what remains (or that all is done).
 */
static unsigned
nav_advance(struct nav *n)
{
	const struct content *c = n->content;
	size_t total = content_step_count(c);
	size_t mi = n->module, si = n->step;

	for (size_t k = 1; k < total; k++) {
		nav_following(c, &mi, &si);
		if (nav_status(n, mi, si) == STEP_TODO)
			return nav_goto(n, mi, si);
	}
	return nav_show(n, NAV_SUMMARY, 0);
}

/* Set the status of the step shown, then move on. */
static unsigned
nav_mark(struct nav *n, enum step_status st, const char *reason)
{
	official_set_status(nav_official(n), nav_module(n, n->module)->id,
	    nav_step(n, n->module, n->step)->id, st, reason, isotime_now());
	return NAV_DIRTY | nav_advance(n);
}

/* Open module mi at its first unfinished step (its first step when all
 * are finished). */
static unsigned
nav_open_module(struct nav *n, size_t mi)
{
	const struct module *m = nav_module(n, mi);

	if (m->n_steps == 0)
		return 0;
	for (size_t si = 0; si < m->n_steps; si++) {
		enum step_status st = nav_status(n, mi, si);

		if (st == STEP_TODO || st == STEP_LATER)
			return nav_goto(n, mi, si);
	}
	return nav_goto(n, mi, 0);
}

/* Continue where the official left off; the summary when all is done. */
static unsigned
nav_continue(struct nav *n)
{
	size_t mi, si;

	if (!progress_resume(nav_official(n), n->content, &mi, &si))
		return nav_show(n, NAV_SUMMARY, 0);
	return nav_goto(n, mi, si);
}

/* Make official i the current one and go on to their checklist. */
static unsigned
nav_choose(struct nav *n, size_t i)
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
	if (n->lang_fixed == NULL && i18n_is_language(o->language) &&
	    !nav_same(n->lang, o->language)) {
		n->lang = nav_languages[nav_language_index(o->language)];
		flags |= NAV_SET_LANG;
	}
	progress_resume(o, n->content, &n->module, &si);
	if (!nav_has_platform(o))
		return flags | nav_platform_open(n, NAV_MODULES);
	return flags | nav_modules_open(n);
}

/* Take every write out of flags in trainer mode: no record is open
 * there but the demo's sandbox, and nothing of a demo reaches a file. */
static unsigned
nav_mask_writes(const struct nav *n, unsigned flags)
{
	return n->trainer ? flags & ~NAV_WRITES : flags;
}

/* No scenarios at all, for a quiz over content that has none. */
static const struct scenario_set nav_no_scenarios = { NULL, 0 };

/* Start a new quiz that returns to back; the score at once when there
 * are no scenarios. */
static unsigned
nav_quiz_start(struct nav *n, enum nav_screen back)
{
	quiz_free(n->quiz);
	n->quiz = quiz_new(n->scenarios != NULL ? n->scenarios :
	    &nav_no_scenarios, true, n->seed++);
	n->quiz_back = back;
	n->quiz_saved = false;
	if (quiz_is_done(n->quiz))
		return nav_show(n, NAV_SCORE, 0);
	return nav_show(n, NAV_SCENARIO, 0);
}

/* Leave the quiz for where it was started from. */
static unsigned
nav_quiz_leave(struct nav *n)
{
	quiz_free(n->quiz);
	n->quiz = NULL;
	if (n->quiz_back == NAV_MODULES)
		return nav_modules_open(n);
	return nav_show(n, NAV_TRAINER, 1);
}

/* Open the contacts with every one of them listed. */
static unsigned
nav_verify_open(struct nav *n)
{
	unsigned flags = nav_show(n, NAV_VERIFY, 0);

	nav_verify_filter(n, "");
	return flags;
}

/* Go from the module list to one of the screens for when something is
 * wrong, the report or the quiz. */
static unsigned
nav_modules_leave_for(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_TAKEOVER:
		return nav_show(n, NAV_TAKEOVER, 0);
	case ACT_VERIFY:
		return nav_verify_open(n);
	case ACT_EXPORT:
		return nav_show(n, NAV_EXPORT, 0);
	default:
		return nav_quiz_start(n, NAV_MODULES);
	}
}

/* NAV_EXPORT: Enter writes the report (the caller does, and says how it
 * went); the screen stays, so it can be written again. */
static unsigned
nav_on_export(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
		return NAV_EXPORT_FILE | NAV_REDRAW;
	case ACT_BACK:
	case ACT_QUIT:
		return nav_modules_open(n);
	default:
		return 0;
	}
}

/* NAV_VERIFY: the keys type the filter (the caller's); arrows choose a
 * contact, pages scroll the steps. */
static unsigned
nav_on_verify(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_PGUP:
	case ACT_PGDN:
		return nav_move_index(n, &n->scroll, a, n->scroll_max) ?
		    NAV_REDRAW : 0;
	case ACT_BACK:
	case ACT_QUIT:
		return nav_modules_open(n);
	default:
		return nav_move(n, a, n->n_found);
	}
}

/* NAV_TAKEOVER: the steps scroll; Enter goes on to write down what
 * happened. */
static unsigned
nav_on_takeover(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
		return nav_show(n, NAV_NOTICED, 0);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_modules_open(n);
	default:
		return nav_move_index(n, &n->scroll, a, n->scroll_max) ?
		    NAV_REDRAW : 0;
	}
}

/* NAV_NOTICED: one of the things an official may notice. */
static unsigned
nav_on_noticed(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		n->noticed = (enum incident_noticed)n->sel;
		return nav_show(n, NAV_DETAILS, 0);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_show(n, NAV_TAKEOVER, 0);
	default:
		return nav_move(n, a, INCIDENT_NOTICED_COUNT);
	}
}

/* NAV_DETAILS: the text is the caller's, and may stay empty. */
static unsigned
nav_on_details(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
		return nav_show(n, NAV_MONEY, INCIDENT_MONEY_UNKNOWN);
	case ACT_BACK:
		return nav_show(n, NAV_NOTICED, n->noticed);
	default:
		return 0;
	}
}

/* NAV_MONEY: the last question; the answer has the incident written. */
static unsigned
nav_on_money(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		n->money = (enum incident_money)n->sel;
		return NAV_INCIDENT_FILE | nav_show(n, NAV_RECORDED, 0);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_show(n, NAV_DETAILS, 0);
	default:
		return nav_move(n, a, INCIDENT_MONEY_COUNT);
	}
}

/* NAV_RECORDED: back to the steps, which still need doing. */
static unsigned
nav_on_recorded(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_BACK:
	case ACT_QUIT:
		return nav_show(n, NAV_TAKEOVER, 0);
	default:
		return 0;
	}
}

/* A fresh sandbox record with one official, in the language shown. */
static struct record *
nav_sandbox_new(const struct nav *n)
{
	struct record *r = xcalloc(1, sizeof *r);
	struct profile p = {
		/* TRANSLATORS: the name of the official in the demo. */
		.name = _("Demo participant"), .nip = NAV_DEMO_NIP,
		.kind = NIP_PNS, .unit = _("Demo unit"),
		.position = _("Demo position"),
	};
	struct official *o;

	r->lock_fd = -1;
	o = record_add(r, &p, isotime_now());
	o->language = xstrdup(n->lang);
	return r;
}

/* Start the demo walkthrough again on a new sandbox. */
static unsigned
nav_demo_start(struct nav *n)
{
	nav_demo_end(n);
	n->sandbox = nav_sandbox_new(n);
	n->record = n->sandbox;
	n->demo = true;
	n->help = false;
	n->prompt = false;
	quiz_free(n->quiz);
	n->quiz = NULL;
	n->module = 0;
	return nav_choose(n, 0);
}

/* NAV_TRAINER: the demo, the quiz, or quit. */
static unsigned
nav_on_trainer(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		if (n->sel == 0)
			return nav_demo_start(n);
		if (n->sel == 1)
			return nav_quiz_start(n, NAV_TRAINER);
		return NAV_QUIT;
	case ACT_BACK:
	case ACT_QUIT:
		return NAV_QUIT;
	default:
		return nav_move(n, a, 3);
	}
}

/* NAV_SCENARIO: choose an answer; pages scroll the message. */
static unsigned
nav_on_scenario(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		if (quiz_answer(n->quiz, n->sel) < 0)
			return 0;
		return nav_show(n, NAV_FEEDBACK, 0);
	case ACT_PGUP:
	case ACT_PGDN:
		return nav_move_index(n, &n->scroll, a, n->scroll_max) ?
		    NAV_REDRAW : 0;
	case ACT_BACK:
	case ACT_QUIT:
		return nav_quiz_leave(n);
	default:
		return nav_move(n, a, quiz_current(n->quiz)->n_choices);
	}
}

/* The quiz is done: keep the result in the official's record when they
 * took it under their own profile. */
static unsigned
nav_quiz_finish(struct nav *n)
{
	struct official *o = nav_official(n);
	struct quiz_result r;
	unsigned flags = nav_show(n, NAV_SCORE, 0);

	if (n->quiz_back != NAV_MODULES || o == NULL ||
	    quiz_finish(n->quiz, isotime_now(), &r) != 0)
		return flags;
	n->quiz_saved = official_set_quiz(o, &r) == 0;
	quiz_result_done(&r);
	return n->quiz_saved ? flags | NAV_DIRTY : flags;
}

/* NAV_FEEDBACK: the text scrolls; Enter goes on to the next scenario or
 * the score. */
static unsigned
nav_on_feedback(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
	case ACT_NEXT:
		quiz_next(n->quiz);
		if (quiz_is_done(n->quiz))
			return nav_quiz_finish(n);
		return nav_show(n, NAV_SCENARIO, 0);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_quiz_leave(n);
	default:
		return nav_move_index(n, &n->scroll, a, n->scroll_max) ?
		    NAV_REDRAW : 0;
	}
}

/* NAV_SCORE: the review scrolls; any way out goes back. */
static unsigned
nav_on_score(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_BACK:
	case ACT_QUIT:
		return nav_quiz_leave(n);
	default:
		return nav_move_index(n, &n->scroll, a, n->scroll_max) ?
		    NAV_REDRAW : 0;
	}
}

/* NAV_BROKEN: set the unusable file aside, or quit leaving it alone. */
static unsigned
nav_on_broken(struct nav *n, enum action a)
{
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
nav_on_language(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		n->lang = nav_languages[n->sel];
		return NAV_SET_LANG | nav_form_open(n);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_leave_profile(n);
	default:
		return nav_move(n, a, NAV_NLANG);
	}
}

/* NAV_WHO: the officials, then "Add a new profile". */
static unsigned
nav_on_who(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		if (n->sel < n->record->n_officials)
			return nav_choose(n, n->sel);
		return nav_add_profile(n);
	case ACT_BACK:
	case ACT_QUIT:
		return NAV_QUIT;
	default:
		return nav_move(n, a, n->record->n_officials + 1);
	}
}

/* NAV_PROFILE: move between fields; Enter on the last one submits. */
static unsigned
nav_on_profile(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_NEXT:
		n->sel = (n->sel + 1) % NAV_FIELD_COUNT;
		return NAV_REDRAW;
	case ACT_PREV:
		n->sel = (n->sel + NAV_FIELD_COUNT - 1) % NAV_FIELD_COUNT;
		return NAV_REDRAW;
	case ACT_ENTER:
		if (n->sel >= NAV_FIELD_POSITION)
			return NAV_SUBMIT;
		n->sel++;
		return NAV_REDRAW;
	case ACT_BACK:
	case ACT_QUIT:
		if (n->record->n_officials == 0 && n->lang_fixed == NULL)
			return nav_add_profile(n);
		return nav_leave_profile(n);
	case ACT_UP:
	case ACT_DOWN:
		return nav_move(n, a, NAV_FIELD_COUNT);
	default:
		return 0;
	}
}

/* Return from the platform choice to where it was asked. */
static unsigned
nav_platform_return(struct nav *n)
{
	if (n->back == NAV_STEP)
		return nav_show(n, NAV_STEP, 0);
	return nav_modules_open(n);
}

/* NAV_PLATFORM: stored once per official; Esc before a first choice goes
 * back to the list of officials. */
static unsigned
nav_on_platform(struct nav *n, enum action a)
{
	struct official *o = nav_official(n);
	unsigned flags;

	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		flags = o->platform != (int)n->sel ? NAV_DIRTY : 0;
		o->platform = (int)n->sel;
		return flags | nav_platform_return(n);
	case ACT_BACK:
	case ACT_QUIT:
		if (!nav_has_platform(o) && n->demo)
			return nav_leave(n);
		if (!nav_has_platform(o))
			return nav_show(n, NAV_WHO, n->official);
		return nav_platform_return(n);
	default:
		return nav_move(n, a, PLATFORM_COUNT);
	}
}

/* NAV_MODULES: open, continue, summary, platform, the paths for when
 * something is wrong, the report, the quiz, quit. */
static unsigned
nav_on_modules(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_TAKEOVER:
	case ACT_VERIFY:
	case ACT_EXPORT:
	case ACT_QUIZ:
		n->module = n->sel;
		return nav_modules_leave_for(n, a);
	case ACT_ENTER:
	case ACT_TOGGLE:
		return nav_open_module(n, n->sel);
	case ACT_CONTINUE:
		return nav_continue(n);
	case ACT_SUMMARY:
		n->module = n->sel;
		return nav_show(n, NAV_SUMMARY, 0);
	case ACT_PLATFORM:
		n->module = n->sel;
		return nav_platform_open(n, NAV_MODULES);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_leave(n);
	default:
		return nav_move(n, a, n->content->n_modules);
	}
}

/* Go to the next or previous step in content order (no wrapping). */
static unsigned
nav_step_neighbour(struct nav *n, bool forward)
{
	size_t mi = n->module, si = n->step;

	if (!nav_neighbour(n->content, &mi, &si, forward))
		return 0;
	return nav_goto(n, mi, si);
}

/* NAV_STEP: mark, move between steps, scroll the text. */
static unsigned
nav_on_step(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_DONE:
	case ACT_TOGGLE:
		return nav_mark(n, STEP_DONE, NULL);
	case ACT_LATER:
		return nav_mark(n, STEP_LATER, NULL);
	case ACT_NA:
		n->prompt = true;
		n->prompt_error = NULL;
		return NAV_REDRAW;
	case ACT_NEXT:
	case ACT_PREV:
		return nav_step_neighbour(n, a == ACT_NEXT);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_modules_open(n);
	case ACT_SUMMARY:
		return nav_show(n, NAV_SUMMARY, 0);
	case ACT_PLATFORM:
		return nav_platform_open(n, NAV_STEP);
	default:
		return nav_move_index(n, &n->scroll, a, n->scroll_max) ?
		    NAV_REDRAW : 0;
	}
}

/* NAV_SUMMARY: open a remaining step, or go back to the modules. */
static unsigned
nav_on_summary(struct nav *n, enum action a)
{
	size_t mi, si;

	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		if (nav_summary_item(n, n->sel, &mi, &si))
			return nav_goto(n, mi, si);
		return nav_modules_open(n);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_modules_open(n);
	default:
		return nav_move(n, a, nav_summary_count(n));
	}
}

/* The help overlay takes every key until it is closed. */
static unsigned
nav_on_help(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_HELP:
	case ACT_BACK:
	case ACT_QUIT:
	case ACT_ENTER:
		n->help = false;
		return NAV_REDRAW;
	default:
		return 0;
	}
}

/* The "why not applicable" prompt: Enter hands the text over, Esc
 * cancels; the typing itself is the caller's. */
static unsigned
nav_on_prompt(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
		return NAV_SUBMIT;
	case ACT_BACK:
	case ACT_QUIT:
		n->prompt = false;
		n->prompt_error = NULL;
		return NAV_REDRAW;
	default:
		return 0;
	}
}

void
nav_init(struct nav *n, const struct content *c, const char *lang_fixed,
    const char *lang)
{
	memset(n, 0, sizeof *n);
	n->content = c;
	n->lang_fixed = lang_fixed;
	n->lang = nav_languages[nav_language_index(lang)];
	n->official = NAV_NONE;
	n->screen = NAV_BROKEN;
	n->back = NAV_MODULES;
	n->quiz_back = NAV_MODULES;
	n->money = INCIDENT_MONEY_UNKNOWN;
}

void
nav_done(struct nav *n)
{
	nav_demo_end(n);
	quiz_free(n->quiz);
	n->quiz = NULL;
	free(n->found);
	n->found = NULL;
	n->n_found = n->cap_found = 0;
}

unsigned
nav_start_trainer(struct nav *n)
{
	n->trainer = true;
	n->record = NULL;
	n->official = NAV_NONE;
	n->help = false;
	n->prompt = false;
	return nav_show(n, NAV_TRAINER, 0);
}

unsigned
nav_start(struct nav *n, struct record *r)
{
	const struct official *last;
	unsigned flags;

	n->record = r;
	n->official = NAV_NONE;
	n->help = false;
	n->prompt = false;
	if (r->n_officials == 0)
		return nav_add_profile(n);
	flags = nav_show(n, NAV_WHO, nav_last_index(n));
	/* Whoever used this workstation last will most likely read the
	 * list: show it in their language. */
	last = &r->officials[n->sel];
	if (n->lang_fixed == NULL && i18n_is_language(last->language) &&
	    !nav_same(n->lang, last->language)) {
		n->lang = nav_languages[nav_language_index(last->language)];
		flags |= NAV_SET_LANG;
	}
	return flags;
}

unsigned
nav_apply(struct nav *n, enum action a)
{
	static nav_handler *const handlers[NAV_SCREEN_COUNT] = {
		[NAV_BROKEN] = nav_on_broken,
		[NAV_LANGUAGE] = nav_on_language,
		[NAV_WHO] = nav_on_who,
		[NAV_PROFILE] = nav_on_profile,
		[NAV_PLATFORM] = nav_on_platform,
		[NAV_MODULES] = nav_on_modules,
		[NAV_STEP] = nav_on_step,
		[NAV_SUMMARY] = nav_on_summary,
		[NAV_EXPORT] = nav_on_export,
		[NAV_VERIFY] = nav_on_verify,
		[NAV_TAKEOVER] = nav_on_takeover,
		[NAV_NOTICED] = nav_on_noticed,
		[NAV_DETAILS] = nav_on_details,
		[NAV_MONEY] = nav_on_money,
		[NAV_RECORDED] = nav_on_recorded,
		[NAV_TRAINER] = nav_on_trainer,
		[NAV_SCENARIO] = nav_on_scenario,
		[NAV_FEEDBACK] = nav_on_feedback,
		[NAV_SCORE] = nav_on_score,
	};

	if (a == ACT_REDRAW || a == ACT_RESIZE)
		return NAV_REDRAW;
	if (n->demo && a == ACT_RESET)
		return nav_mask_writes(n, nav_demo_start(n));
	if (n->help)
		return nav_on_help(n, a);
	if (a == ACT_HELP) {
		n->help = true;
		return NAV_REDRAW;
	}
	if (n->prompt)
		return nav_mask_writes(n, nav_on_prompt(n, a));
	return nav_mask_writes(n, handlers[n->screen](n, a));
}

/* Clean one typed field into *out; the error for it, or NULL. */
static const char *
nav_field_check(const char *typed, char **out)
{
	*out = text_clean_field(typed != NULL ? typed : "");
	if (text_is_blank(*out))
		return _("Please fill in this field.");
	if (strlen(*out) > RECORD_MAX_FIELD)
		return _("This is too long; please shorten it.");
	return NULL;
}

/* Check the NIP typed for kind; the error for it, or NULL.  *out gets
 * the normalized NIP. */
static const char *
nav_nip_check(const struct nav *n, const char *typed, enum nip_kind kind,
    int this_year, char out[19])
{
	char *clean = text_clean_field(typed != NULL ? typed : "");
	bool fits = nip_normalize(clean, out);
	enum nip_error e;

	free(clean);
	e = fits ? nip_check(out, kind, this_year) : NIP_LENGTH;
	if (e != NIP_OK)
		return nip_error_message(e);
	if (record_find(n->record, out) != NULL)
		return _("This NIP already has a profile on this computer. "
		    "Press Esc and choose it from the list instead.");
	return NULL;
}

unsigned
nav_profile_submit(struct nav *n, const struct profile *typed, int this_year)
{
	struct profile p = { .kind = typed->kind };
	char nip[19];
	struct official *o;
	size_t bad;

	n->error[NAV_FIELD_NAME] = nav_field_check(typed->name, &p.name);
	n->error[NAV_FIELD_NIP] = nav_nip_check(n, typed->nip, typed->kind,
	    this_year, nip);
	n->error[NAV_FIELD_KIND] = NULL;
	n->error[NAV_FIELD_UNIT] = nav_field_check(typed->unit, &p.unit);
	n->error[NAV_FIELD_POSITION] = nav_field_check(typed->position,
	    &p.position);
	n->error[NAV_FIELD_SAVE] = NULL;
	for (bad = 0; bad < NAV_FIELD_COUNT; bad++)
		if (n->error[bad] != NULL)
			break;
	if (bad < NAV_FIELD_COUNT) {
		profile_done(&p);
		n->sel = bad;
		return NAV_REDRAW;
	}
	p.nip = xstrdup(nip);
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

unsigned
nav_reason_submit(struct nav *n, const char *reason)
{
	char *clean = text_clean_field(reason != NULL ? reason : "");
	unsigned flags = NAV_REDRAW;

	if (text_is_blank(clean))
		n->prompt_error = _("Please write a short reason.");
	else if (strlen(clean) > NAV_REASON_MAX)
		n->prompt_error = _("The reason is too long; please shorten "
		    "it.");
	else {
		n->prompt = false;
		n->prompt_error = NULL;
		flags = nav_mark(n, STEP_NA, clean);
	}
	free(clean);
	return nav_mask_writes(n, flags);
}

unsigned
nav_verify_filter(struct nav *n, const char *query)
{
	size_t all = n->site != NULL ? n->site->n_contacts : 0;

	n->found = xgrow(n->found, &n->cap_found, all + 1, sizeof *n->found);
	n->n_found = site_find_contacts(n->site, query, n->found, all);
	n->sel = 0;
	n->top = 0;
	return NAV_REDRAW;
}

void
nav_set_view(struct nav *n, size_t page, size_t scroll_max)
{
	n->page = page;
	n->scroll_max = scroll_max;
	if (n->scroll > scroll_max)
		n->scroll = scroll_max;
}

/* Visit the unfinished steps in order, stopping at the k-th (pass
 * NAV_NONE to visit them all); *seen gets how many came before it. */
static bool
nav_summary_find(const struct nav *n, size_t k, size_t *mi, size_t *si,
    size_t *seen)
{
	const struct content *c = n->content;

	*seen = 0;
	if (nav_official(n) == NULL)
		return false;
	for (size_t m = 0; m < c->n_modules; m++)
		for (size_t s = 0; s < c->modules[m].n_steps; s++) {
			enum step_status st = nav_status(n, m, s);

			if (st != STEP_TODO && st != STEP_LATER)
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
nav_summary_count(const struct nav *n)
{
	size_t mi, si, seen;

	nav_summary_find(n, NAV_NONE, &mi, &si, &seen);
	return seen;
}

bool
nav_summary_item(const struct nav *n, size_t k, size_t *mi, size_t *si)
{
	size_t seen;

	return nav_summary_find(n, k, mi, si, &seen);
}
