/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * trouble: the paths for when something is wrong (nav/trouble.c), both
 * left from the module list: verify a request against the site's
 * contacts, and an account that may be taken over, whose answers are
 * written down as an incident file.
 */
#ifndef JAGAAKUN_NAV_TROUBLE_H
#define JAGAAKUN_NAV_TROUBLE_H

#include <stddef.h>
#include "exchange/incident.h"
#include "model/content.h"
#include "nav/found.h"

struct nav;

struct nav_trouble {
	struct nav_found found;		/* NAV_VERIFY: the site's contacts
					 * matching what was typed */
	enum incident_noticed noticed;	/* the incident's answers */
	enum incident_money money;
	const char *details_error;	/* NAV_DETAILS: why the note was
					 * refused (translated), or NULL */
};

/* NAV_VERIFY: keep the contacts whose unit or name holds query (all of
 * them for ""), selecting the first.  Returns NAV_ flags. */
unsigned nav_trouble_verify_filter(struct nav *n, const char *query);

/* NAV_DETAILS: Enter on the note typed (NULL or "" for none).  A note
 * that holds what looks like a code (incident_note_has_code) is refused,
 * with details_error reminding never to type or share one, and the
 * screen stays; otherwise on to the last question.  Returns NAV_ flags. */
unsigned nav_trouble_details_submit(struct nav *n, const char *note);

/* What both front ends say on these screens, found in the content: the
 * money-requests module's step to follow (NAV_VERIFY), the takeover
 * module (NAV_TAKEOVER), each NULL when the content lacks it; and the
 * phone whose instructions they give, the official's (Android in trainer
 * mode, which has no official). */
const struct step *nav_trouble_verify_step(const struct nav *n);
const struct module *nav_trouble_takeover_module(const struct nav *n);
enum platform nav_trouble_phone(const struct nav *n);

#endif
