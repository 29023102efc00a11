/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * profile: the profile form's two uses and its list of units (see
 * profile.h).  The checks are the new profile's
 * (nav_checklist_profile_submit); this file opens the form, moves in it,
 * keeps the unit list, and saves an edit into the official's profile.
 */
#include "config.h"
#include "nav/profile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "nav/flow.h"

bool
nav_profile_units_listed(const struct nav *n)
{
	return n->site != NULL && n->site->n_units > 0;
}

const struct site_unit *
nav_profile_unit(const struct nav *n)
{
	const struct nav_profile *p = &n->profile;

	if (!nav_profile_units_listed(n) || p->unit >= p->units.n)
		return NULL;
	return &n->site->units[p->units.v[p->unit]];
}

struct official *
nav_profile_edited(const struct nav *n)
{
	if (n->profile.editing == NAV_NONE || n->record == NULL)
		return NULL;
	return &n->record->officials[n->profile.editing];
}

/* The row of the unit list that shows u, or NAV_NONE. */
static size_t
nav_profile_unit_row(const struct nav *n, const struct site_unit *u)
{
	for (size_t i = 0; u != NULL && i < n->profile.units.n; i++)
		if (&n->site->units[n->profile.units.v[i]] == u)
			return i;
	return NAV_NONE;
}

unsigned
nav_profile_unit_filter(struct nav *n, const char *query)
{
	struct nav_profile *p = &n->profile;
	char *clean = text_clean_field(query);	/* as a field is saved */
	size_t named;

	nav_found_filter(&p->units, n->site, site_find_units,
	    nav_profile_units_listed(n) ? n->site->n_units : 0, clean);
	named = nav_profile_unit_row(n, site_unit_by_text(n->site, clean));
	/* Nothing typed chooses nothing: a unit is never picked for an
	 * official who did not look at the list. */
	if (*clean == '\0' || p->units.n == 0)
		p->unit = NAV_NONE;
	else
		p->unit = named != NAV_NONE ? named : 0;
	free(clean);
	return NAV_REDRAW;
}

unsigned
nav_profile_open(struct nav *n, size_t editing, enum nav_screen back)
{
	struct nav_profile *p = &n->profile;
	const struct official *o;
	const struct site_unit *u;

	memset(n->checklist.error, 0, sizeof n->checklist.error);
	p->editing = editing;
	p->back = back;
	p->confirm_nip[0] = '\0';
	nav_profile_unit_filter(n, "");
	if ((o = nav_profile_edited(n)) != NULL) {
		/* A profile from before the site listed units has only the
		 * name its official typed. */
		u = site_unit_by_code(n->site, o->profile.unit_code);
		p->unit = nav_profile_unit_row(n, u != NULL ? u :
		    site_unit_by_text(n->site, o->profile.unit));
	}
	return nav_show(n, NAV_PROFILE, 0);	/* on its first field */
}

unsigned
nav_profile_leave(struct nav *n)
{
	size_t i = n->profile.editing;

	n->profile.editing = NAV_NONE;
	if (n->profile.back == NAV_WHO)
		return nav_show(n, NAV_WHO, i);
	return nav_checklist_modules_open(n);
}

const char *
nav_profile_unit_check(const struct nav *n, struct profile *p)
{
	const struct site_unit *u = nav_profile_unit(n);

	if (u == NULL)
		return _("Please choose your work unit from the list.");
	p->unit = xstrdup(u->name);
	p->unit_code = xstrdup(u->code);
	return NULL;
}

unsigned
nav_profile_save(struct nav *n, struct profile *p)
{
	struct official *o = nav_profile_edited(n);
	struct record *r = n->record;

	if (strcmp(o->profile.nip, p->nip) != 0 &&
	    strcmp(n->profile.confirm_nip, p->nip) != 0) {
		snprintf(n->profile.confirm_nip, sizeof n->profile.confirm_nip,
		    "%s", p->nip);
		n->checklist.error[NAV_FIELD_SAVE] = _("This changes the NIP "
		    "of this profile; its progress stays with it. Press Enter "
		    "on Save again to confirm, or Esc to cancel.");
		n->sel = NAV_FIELD_SAVE;
		profile_done(p);
		return NAV_REDRAW;
	}
	if (nav_same(r->last_nip, o->profile.nip)) {
		free(r->last_nip);
		r->last_nip = xstrdup(p->nip);
	}
	profile_done(&o->profile);
	profile_copy(&o->profile, p);
	profile_done(p);
	o->updated = isotime_now();
	return NAV_DIRTY | nav_profile_leave(n);
}

/* Say whether form row f is shown: the unit's code has no row. */
static bool
nav_profile_row_shown(size_t f)
{
	return f >= PROFILE_FIELD_COUNT ||
	    profile_describe(f)->type != PROFILE_TYPE_CODE;
}

/* The row shown after row f (NAV_FIELD_SAVE last of all). */
static size_t
nav_profile_next_row(size_t f)
{
	while (++f < NAV_FIELD_SAVE && !nav_profile_row_shown(f))
		;
	return f;
}

/* Move the focus to the next or previous row shown, wrapping around
 * when wrap; 0 at either end otherwise. */
static unsigned
nav_profile_step(struct nav *n, bool forward, bool wrap)
{
	size_t f = n->sel;

	do {
		if (!wrap && (forward ? f + 1 >= NAV_FIELD_COUNT : f == 0))
			return 0;
		f = (f + (forward ? 1 : NAV_FIELD_COUNT - 1)) % NAV_FIELD_COUNT;
	} while (!nav_profile_row_shown(f));
	n->sel = f;
	return NAV_REDRAW;
}

/* Up and Down on the unit list: choose the unit above or below (the
 * first one when none is chosen). */
static unsigned
nav_profile_unit_move(struct nav *n, bool down)
{
	struct nav_profile *p = &n->profile;

	if (p->unit == NAV_NONE) {
		if (!down || p->units.n == 0)
			return 0;
		p->unit = 0;
		return NAV_REDRAW;
	}
	if (down ? p->unit + 1 >= p->units.n : p->unit == 0)
		return 0;
	p->unit += down ? 1 : (size_t)-1;
	return NAV_REDRAW;
}

unsigned
nav_profile_move(struct nav *n, enum action a)
{
	bool on_list = n->sel == PROFILE_UNIT && nav_profile_units_listed(n);

	switch (a) {
	case ACT_NEXT:
	case ACT_PREV:
		return nav_profile_step(n, a == ACT_NEXT, true);
	case ACT_ENTER:
		/* On the last field, as on [Save], Enter saves. */
		if (n->sel >= NAV_FIELD_SAVE ||
		    nav_profile_next_row(n->sel) >= NAV_FIELD_SAVE)
			return NAV_SUBMIT;
		return nav_profile_step(n, true, false);
	case ACT_UP:
	case ACT_DOWN:
		if (on_list)
			return nav_profile_unit_move(n, a == ACT_DOWN);
		return nav_profile_step(n, a == ACT_DOWN, false);
	default:
		return 0;
	}
}
