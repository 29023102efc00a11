/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * trouble: the paths for when something is wrong (see trouble.h).
 * Verify: the contacts, filtered by what the caller's field holds.
 * Takeover: what to do at once, then three questions (what was noticed,
 * a few words more, were contacts asked for money) whose last answer has
 * the caller write the incident file.
 */
#include "config.h"
#include "nav/trouble.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "nav/flow.h"

unsigned
nav_trouble_verify_filter(struct nav *n, const char *query)
{
	nav_found_filter(&n->trouble.found, n->site, site_find_contacts,
	    n->site != NULL ? n->site->n_contacts : 0, query);
	n->sel = 0;
	n->top = 0;
	return NAV_REDRAW;
}

unsigned
nav_trouble_verify_open(struct nav *n)
{
	unsigned flags = nav_show(n, NAV_VERIFY, 0);

	nav_trouble_verify_filter(n, "");
	return flags;
}

const struct step *
nav_trouble_verify_step(const struct nav *n)
{
	const struct module *m = content_module(n->content, "money-requests");

	return m != NULL ? module_step(m, "stop-think-call") : NULL;
}

const struct module *
nav_trouble_takeover_module(const struct nav *n)
{
	return content_module(n->content, "takeover");
}

enum platform
nav_trouble_phone(const struct nav *n)
{
	const struct official *o = nav_official(n);

	return o != NULL && o->platform >= 0 ? (enum platform)o->platform :
	    PLATFORM_ANDROID;
}

void
nav_trouble_done(struct nav_trouble *t)
{
	nav_found_done(&t->found);
}

/* NAV_VERIFY: the keys type the filter (the caller's); arrows choose a
 * contact, pages scroll the steps. */
unsigned
nav_on_verify(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_PGUP:
	case ACT_PGDN:
		return nav_scroll(n, a);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_checklist_modules_open(n);
	default:
		return nav_move(n, a, n->trouble.found.n);
	}
}

/* Show what to do at once when the account may be taken. */
static unsigned
nav_trouble_takeover_open(struct nav *n)
{
	return nav_show(n, NAV_TAKEOVER, 0);
}

/* Ask the first question: what was noticed. */
static unsigned
nav_trouble_noticed_open(struct nav *n)
{
	return nav_show(n, NAV_NOTICED, 0);
}

/* NAV_TAKEOVER: the steps scroll; Enter goes on to write down what
 * happened. */
unsigned
nav_on_takeover(struct nav *n, enum action a)
{
	return nav_reading(n, a, nav_trouble_noticed_open,
	    nav_checklist_modules_open);
}

/* NAV_NOTICED: one of the things an official may notice. */
static unsigned
nav_trouble_noticed_pick(struct nav *n)
{
	n->trouble.noticed = (enum incident_noticed)n->sel;
	n->trouble.details_error = NULL;
	return nav_show(n, NAV_DETAILS, 0);
}

unsigned
nav_on_noticed(struct nav *n, enum action a)
{
	return nav_choice(n, a, INCIDENT_NOTICED_COUNT,
	    nav_trouble_noticed_pick, nav_trouble_takeover_open);
}

/* Ask for a few words more. */
static unsigned
nav_trouble_details_open(struct nav *n)
{
	return nav_show(n, NAV_DETAILS, 0);
}

unsigned
nav_trouble_details_submit(struct nav *n, const char *note)
{
	if (incident_note_has_code(note)) {
		n->trouble.details_error = _("Your note seems to contain a "
		    "code (a number of 4 to 8 digits), so it was not kept. "
		    "Please never type or share a code or a PIN with anyone, "
		    "not even here. Remove the number and press Enter again; "
		    "write an amount like 500.000.");
		return NAV_REDRAW;
	}
	n->trouble.details_error = NULL;
	return nav_show(n, NAV_MONEY, INCIDENT_MONEY_UNKNOWN);
}

/* NAV_DETAILS: the text, which may stay empty, is the caller's, and so
 * is Enter (nav_trouble_details_submit). */
unsigned
nav_on_details(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_BACK:
		return nav_show(n, NAV_NOTICED, n->trouble.noticed);
	default:
		return 0;
	}
}

/* NAV_MONEY: the last question; the answer has the incident written. */
static unsigned
nav_trouble_money_pick(struct nav *n)
{
	n->trouble.money = (enum incident_money)n->sel;
	return NAV_INCIDENT_FILE | nav_show(n, NAV_RECORDED, 0);
}

unsigned
nav_on_money(struct nav *n, enum action a)
{
	return nav_choice(n, a, INCIDENT_MONEY_COUNT, nav_trouble_money_pick,
	    nav_trouble_details_open);
}

/* NAV_RECORDED: back to the steps, which still need doing. */
unsigned
nav_on_recorded(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_ENTER:
	case ACT_BACK:
	case ACT_QUIT:
		return nav_trouble_takeover_open(n);
	default:
		return 0;
	}
}
