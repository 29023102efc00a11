/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * profile: the profile form's two uses, a new profile and an edit of one
 * (nav/profile.c), and its list of the agency's units.
 *
 * One form, one set of checks (nav_checklist_profile_submit): the edit
 * opens it filled in with an official's profile and saves into that
 * profile, keeping their progress.  A changed NIP is saved only once the
 * official has confirmed it.  When the site settings list units, the unit
 * row is a list to pick from, narrowed by what is typed in it (the
 * mechanism of the verify screen, nav/found.h); otherwise it is free
 * text.
 */
#ifndef JAGAAKUN_NAV_PROFILE_H
#define JAGAAKUN_NAV_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include "model/profile.h"
#include "model/site.h"
#include "nav/found.h"
#include "nav/screen.h"

struct nav;

/* What the form keeps beside the fields' errors (nav/checklist.h). */
struct nav_profile {
	size_t editing;			/* the official whose profile is
					 * edited, or NAV_NONE: a new one */
	enum nav_screen back;		/* where an edit returns to */
	char confirm_nip[19];		/* the changed NIP the official was
					 * asked to confirm, or "" */
	struct nav_found units;		/* the site's units matching what was
					 * typed in the unit row */
	size_t unit;			/* the one chosen, a row of units;
					 * NAV_NONE: none */
};

/* Say whether the site lists units: the unit row is then a list. */
bool nav_profile_units_listed(const struct nav *n);

/* The site's unit chosen on the form, or NULL. */
const struct site_unit *nav_profile_unit(const struct nav *n);

/* The unit row holds query: keep the units that match it and choose
 * the one it names (code, name or alias), else the first one; none for
 * "".  Returns NAV_ flags. */
unsigned nav_profile_unit_filter(struct nav *n, const char *query);

/* The official being edited, or NULL for a new profile. */
struct official *nav_profile_edited(const struct nav *n);

#endif
