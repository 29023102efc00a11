/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * nav: the navigation's common core (see nav.h).  It starts the
 * navigation, hands each action to the handler of the screen shown (the
 * table is made from nav/screen.h), keeps the help overlay, and holds
 * the moves every flow makes: showing a screen, moving the selection,
 * scrolling, the generic list and text screens, the language.
 *
 * The handlers change state and return NAV_ flags.  Status changes and
 * the resume point go straight into the record model; the caller saves
 * when NAV_DIRTY comes back, so saving stays in one place outside.
 */
#include "config.h"
#include "nav/nav.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "nav/flow.h"

const struct nav_language nav_languages[] = {
	{ "id", "Bahasa Indonesia" },
	{ "en", "English" },
};
static_assert(sizeof nav_languages / sizeof nav_languages[0] ==
    NAV_LANGUAGE_COUNT, "NAV_LANGUAGE_COUNT counts nav_languages");

size_t
nav_language_index(const char *lang)
{
	for (size_t i = 0; i < NAV_LANGUAGE_COUNT; i++)
		if (lang != NULL && strcmp(lang, nav_languages[i].code) == 0)
			return i;
	return 0;
}

unsigned
nav_follow_language(struct nav *n, const char *lang)
{
	if (n->lang_fixed != NULL || !i18n_is_language(lang) ||
	    nav_same(n->lang, lang))
		return 0;
	n->lang = nav_languages[nav_language_index(lang)].code;
	return NAV_SET_LANG;
}

bool
nav_same(const char *a, const char *b)
{
	return a != NULL && b != NULL ? strcmp(a, b) == 0 : a == b;
}

struct official *
nav_official(const struct nav *n)
{
	if (n->record == NULL || n->official >= n->record->n_officials)
		return NULL;
	return &n->record->officials[n->official];
}

unsigned
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

unsigned
nav_move(struct nav *n, enum action a, size_t count)
{
	if (count == 0)
		return 0;
	if (a == ACT_NEXT || a == ACT_PREV)
		a = a == ACT_NEXT ? ACT_DOWN : ACT_UP;
	return nav_move_index(n, &n->sel, a, count - 1) ? NAV_REDRAW : 0;
}

unsigned
nav_scroll(struct nav *n, enum action a)
{
	return nav_move_index(n, &n->scroll, a, n->scroll_max) ? NAV_REDRAW :
	    0;
}

unsigned
nav_choice(struct nav *n, enum action a, size_t count, nav_go *pick,
    nav_go *back)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		return pick(n);
	case ACT_BACK:
	case ACT_QUIT:
		return back(n);
	default:
		return nav_move(n, a, count);
	}
}

unsigned
nav_reading(struct nav *n, enum action a, nav_go *enter, nav_go *back)
{
	switch (a) {
	case ACT_ENTER:
		return enter(n);
	case ACT_BACK:
	case ACT_QUIT:
		return back(n);
	default:
		return nav_scroll(n, a);
	}
}

unsigned
nav_quit(struct nav *n)
{
	(void)n;
	return NAV_QUIT;
}

unsigned
nav_mask_writes(const struct nav *n, unsigned flags)
{
	/* No record is open in trainer mode but the demo's sandbox, and
	 * nothing of a demo reaches a file. */
	return n->trainer ? flags & ~NAV_WRITES : flags;
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

void
nav_found_filter(struct nav_found *f, const struct site *s,
    site_find_fn *find, size_t count, const char *query)
{
	f->v = xgrow(f->v, &f->cap, count + 1, sizeof *f->v);
	f->n = find(s, query, f->v, count);
}

void
nav_found_done(struct nav_found *f)
{
	free(f->v);
	memset(f, 0, sizeof *f);
}

void
nav_init(struct nav *n, const struct content *c, const char *lang_fixed,
    const char *lang)
{
	memset(n, 0, sizeof *n);
	n->content = c;
	n->lang_fixed = lang_fixed;
	n->lang = nav_languages[nav_language_index(lang)].code;
	n->official = NAV_NONE;
	n->screen = NAV_BROKEN;
	n->checklist.back = NAV_MODULES;
	n->training.quiz_back = NAV_MODULES;
	n->trouble.money = INCIDENT_MONEY_UNKNOWN;
	n->profile.editing = NAV_NONE;
}

void
nav_done(struct nav *n)
{
	nav_training_done(n);
	nav_trouble_done(&n->trouble);
	nav_found_done(&n->profile.units);
	free(n->checklist.ticks);
	n->checklist.ticks = NULL;
}

/* Forget where the last start left off: no official, no overlay. */
static void
nav_restart(struct nav *n, struct record *r)
{
	n->record = r;
	n->official = NAV_NONE;
	n->help = false;
	n->checklist.prompt = false;
}

unsigned
nav_start_trainer(struct nav *n)
{
	n->trainer = true;
	nav_restart(n, NULL);
	return nav_training_trainer_start(n);
}

unsigned
nav_start(struct nav *n, struct record *r)
{
	/* The record says which content it was last used with. */
	if (!nav_same(r->content_version, n->content->version)) {
		free(r->content_version);
		r->content_version = n->content->version != NULL ?
		    xstrdup(n->content->version) : NULL;
	}
	nav_restart(n, r);
	return nav_checklist_start(n);
}

unsigned
nav_apply(struct nav *n, enum action a)
{
#define NAV_HANDLER_ENTRY(name, stem) [NAV_##name] = nav_on_##stem,
	static nav_handler *const handlers[] = {
		NAV_SCREENS(NAV_HANDLER_ENTRY)
	};
#undef NAV_HANDLER_ENTRY

	if (a == ACT_REDRAW || a == ACT_RESIZE)
		return NAV_REDRAW;
	if (n->demo && a == ACT_RESET)
		return nav_mask_writes(n, nav_training_demo_start(n));
	if (n->help)
		return nav_on_help(n, a);
	if (a == ACT_HELP) {
		n->help = true;
		return NAV_REDRAW;
	}
	return nav_mask_writes(n, handlers[n->screen](n, a));
}

void
nav_set_view(struct nav *n, size_t page, size_t scroll_max)
{
	n->page = page;
	n->scroll_max = scroll_max;
	if (n->scroll > scroll_max)
		n->scroll = scroll_max;
}
