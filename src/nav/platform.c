/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * platform: where the official uses WhatsApp, asked after a new profile,
 * for an official who has not chosen yet (a record of an earlier version
 * may say "web" alone) and with p: the phone (NAV_PLATFORM), then
 * whether WhatsApp Web/Desktop is used too (NAV_WEB).  Both return to
 * where they were asked from (checklist.back), through the accounts
 * (nav/accounts.c) when the official has not said which they use.
 */
#include "config.h"

#include "model/progress.h"
#include "nav/flow.h"

/* Say whether o has chosen a phone. */
bool
nav_platform_chosen(const struct official *o)
{
	return o->platform >= 0 && o->platform < PLATFORM_PHONES;
}

/* Show the platform choice, returning to back afterwards. */
unsigned
nav_platform_open(struct nav *n, enum nav_screen back)
{
	const struct official *o = nav_official(n);

	n->checklist.back = back;
	return nav_show(n, NAV_PLATFORM,
	    nav_platform_chosen(o) ? (size_t)o->platform : 0);
}

/* Return from the platform choice to where it was asked: on to the
 * accounts first when the official has not said which they use. */
static unsigned
nav_platform_return(struct nav *n)
{
	if (nav_accounts_to_ask(n, nav_official(n)))
		return nav_accounts_open(n, n->checklist.back);
	if (n->checklist.back == NAV_STEP) {
		const struct step *s =
		    &n->content->modules[n->module].steps[n->step];

		/* A Web step left behind by "no Web/Desktop" is not shown. */
		if (progress_shows(nav_official(n), s))
			return nav_show(n, NAV_STEP, 0);
	}
	return nav_checklist_modules_open(n);
}

/* NAV_PLATFORM: the phone, stored once per official, then NAV_WEB; Esc
 * before a first choice goes back to the list of officials. */
static unsigned
nav_platform_pick(struct nav *n)
{
	struct official *o = nav_official(n);
	unsigned flags = o->platform != (int)n->sel ? NAV_DIRTY : 0;

	o->platform = (int)n->sel;
	return flags | nav_show(n, NAV_WEB, o->web ? 1 : 0);
}

static unsigned
nav_platform_back(struct nav *n)
{
	const struct official *o = nav_official(n);

	if (!nav_platform_chosen(o) && n->demo)
		return nav_checklist_leave(n);
	if (!nav_platform_chosen(o))
		return nav_show(n, NAV_WHO, n->official);
	return nav_platform_return(n);
}

unsigned
nav_on_platform(struct nav *n, enum action a)
{
	return nav_choice(n, a, PLATFORM_PHONES, nav_platform_pick,
	    nav_platform_back);
}

/* NAV_WEB: "No" (row 0) or "Yes" (row 1); Esc goes back to the phone. */
static unsigned
nav_platform_web_pick(struct nav *n)
{
	struct official *o = nav_official(n);
	bool web = n->sel == 1;
	unsigned flags = o->web != web ? NAV_DIRTY : 0;

	o->web = web;
	return flags | nav_platform_return(n);
}

static unsigned
nav_platform_web_back(struct nav *n)
{
	return nav_show(n, NAV_PLATFORM, (size_t)nav_official(n)->platform);
}

unsigned
nav_on_web(struct nav *n, enum action a)
{
	return nav_choice(n, a, 2, nav_platform_web_pick,
	    nav_platform_web_back);
}
