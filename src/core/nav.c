/*
 * nav: the checklist's navigation state machine (see nav.h).
 *
 * One handler a screen turns an action into a change of state and a set
 * of NAV_ flags.  Status changes and the resume point go straight into
 * the record model (official_set_status, official_set_resume); the caller
 * saves when NAV_DIRTY comes back, so saving stays in one place outside.
 */
#include "config.h"
#include "nav.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "isotime.h"
#include "nip.h"
#include "progress.h"
#include "text.h"
#include "xalloc.h"

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
		if (!nav_has_platform(o))
			return nav_show(n, NAV_WHO, n->official);
		return nav_platform_return(n);
	default:
		return nav_move(n, a, PLATFORM_COUNT);
	}
}

/* NAV_MODULES: open, continue, summary, platform, quit. */
static unsigned
nav_on_modules(struct nav *n, enum action a)
{
	switch (a) {
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
		return NAV_QUIT;
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
	};

	if (a == ACT_REDRAW || a == ACT_RESIZE)
		return NAV_REDRAW;
	if (n->help)
		return nav_on_help(n, a);
	if (a == ACT_HELP) {
		n->help = true;
		return NAV_REDRAW;
	}
	if (n->prompt)
		return nav_on_prompt(n, a);
	return handlers[n->screen](n, a);
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
	return NAV_DIRTY | nav_platform_open(n, NAV_MODULES);
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
	return flags;
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
