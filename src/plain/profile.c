/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * profile: the plain form of the profile form (nav/profile.h): each
 * field asked in turn as a line, the employee type as a choice, and the
 * work unit, when the site lists units, searched and then chosen by its
 * number.  Checking what was typed is the navigation's
 * (nav_checklist_profile_submit): a refused field is said with why, and
 * only the refused fields are asked again.  In an edit, Enter alone
 * keeps a field as it was.  q alone leaves the form.
 */
#include "config.h"
#include "plain/pln.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"

/* The question asked last (say.c prints it at once). */
static char *profile_question;
/* The unit row: the units found are listed, waiting for a number. */
static bool profile_unit_pick;

/* The type of field f. */
static enum profile_type
profile_type(size_t f)
{
	return profile_describe(f)->type;
}

/* Say whether field f is asked (the unit's code is set with the unit). */
static bool
profile_asked(size_t f)
{
	return f < PROFILE_FIELD_COUNT && profile_type(f) != PROFILE_TYPE_CODE;
}

/* Say whether field f is the site's list of units. */
static bool
profile_is_list(const struct plain *p, size_t f)
{
	return f == PROFILE_UNIT && nav_profile_units_listed(&p->nav);
}

static void
profile_enter(struct plain *p)
{
	const struct official *o = nav_profile_edited(&p->nav);

	for (size_t f = 0; f < PROFILE_FIELD_COUNT; f++) {
		free(p->form[f]);
		p->form[f] = NULL;
		if (o != NULL && (profile_type(f) == PROFILE_TYPE_TEXT ||
		    profile_type(f) == PROFILE_TYPE_NIP) &&
		    !profile_is_list(p, f))
			p->form[f] = xstrdup_or_null(profile_get(&o->profile, f));
	}
	p->kind = o != NULL ? o->profile.kind : NIP_PNS;
	p->field = 0;
	p->refill = false;
	profile_unit_pick = false;
}

static void
profile_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, nav_profile_edited(&p->nav) != NULL ? _("Edit profile") :
	    _("New profile"));
	say(p, _("Please fill in every field. Your details are kept on this "
	    "computer."));
	say(p, _("Each field is asked in turn: type it and press Enter. Type q "
	    "alone to leave the form."));
}

static void
profile_choices(struct plain *p, struct plain_menu *m)
{
	(void)p;
	(void)m;
}

/* The question for the unit row when the site lists units. */
static char *
profile_unit_question(struct plain *p, const char *label)
{
	const struct nav_profile *np = &p->nav.profile;
	const struct site_unit *u = nav_profile_unit(&p->nav);
	size_t len = 0;
	char *s;

	if (!profile_unit_pick) {
		if (u != NULL && nav_profile_edited(&p->nav) != NULL)
			return xasprintf(_("%s (press Enter alone to keep: %s):"),
			    label, u->name);
		return xasprintf(_("%s: type part of the unit's name."), label);
	}
	s = xasprintf("%s", _("Type the number of your unit, or other words to "
	    "search again."));
	for (size_t i = 0; i < np->units.n; i++) {
		const struct site_unit *x = &p->site->units[np->units.v[i]];
		char *t = xasprintf("%s\n%zu. %s (%s)", s, i + 1, x->name,
		    x->code);

		free(s);
		s = t;
	}
	(void)len;
	return s;
}

static const char *
profile_ask(struct plain *p)
{
	size_t f = p->field;
	const char *label;

	free(profile_question);
	if (f >= PROFILE_FIELD_COUNT) {
		profile_question = xstrdup(_("Type 1 to save, or q to leave the "
		    "form."));
		return profile_question;
	}
	label = _(profile_describe(f)->label);
	if (profile_is_list(p, f))
		profile_question = profile_unit_question(p, label);
	else if (profile_type(f) == PROFILE_TYPE_KIND &&
	    nav_profile_edited(&p->nav) != NULL && !p->refill) {
		char *keep = xasprintf(_("%s (press Enter alone to keep: %s):"),
		    label, p->kind == NIP_PPPK ? "PPPK" : "PNS");

		profile_question = xasprintf("%s 1. PNS  2. PPPK", keep);
		free(keep);
	} else if (profile_type(f) == PROFILE_TYPE_KIND)
		profile_question = xasprintf("%s: 1. PNS  2. PPPK", label);
	else if (p->form[f] != NULL && *p->form[f] != '\0' && !p->refill)
		profile_question = xasprintf(_("%s (press Enter alone to keep: "
		    "%s):"), label, p->form[f]);
	else if (profile_type(f) == PROFILE_TYPE_NIP)
		profile_question = xasprintf("%s: %s", label, _("18 digits; "
		    "spaces between the groups are fine."));
	else
		profile_question = xasprintf("%s:", label);
	return profile_question;
}

/* Say whether field f is to be asked (again). */
static bool
profile_wanted(const struct plain *p, size_t f)
{
	return profile_asked(f) && (!p->refill ||
	    p->nav.checklist.error[f] != NULL);
}

/* Hand the form to the navigation; a refused field is said, and the
 * refused ones are asked again. */
static unsigned
profile_submit(struct plain *p)
{
	struct profile typed = { .kind = p->kind };
	const char **error = p->nav.checklist.error;
	time_t now = isotime_now();
	struct tm tm;
	unsigned flags;

	for (size_t f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (profile_type(f) == PROFILE_TYPE_TEXT ||
		    profile_type(f) == PROFILE_TYPE_NIP)
			*profile_text(&typed, f) = xstrdup(p->form[f] != NULL ?
			    p->form[f] : "");
	gmtime_r(&now, &tm);
	flags = nav_checklist_profile_submit(&p->nav, &typed,
	    tm.tm_year + 1900);
	profile_done(&typed);
	if (p->nav.screen != NAV_PROFILE)
		return flags;
	p->refill = true;
	p->field = PROFILE_FIELD_COUNT;
	for (size_t f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (error[f] != NULL) {
			sayf(p, "%s: %s", _(profile_describe(f)->label),
			    error[f]);
			if (p->field == PROFILE_FIELD_COUNT)
				p->field = f;
		}
	if (p->field == PROFILE_FIELD_COUNT && error[NAV_FIELD_SAVE] != NULL)
		say(p, error[NAV_FIELD_SAVE]);
	return flags & ~NAV_REDRAW;
}

/* On to the next field to ask, or submit after the last. */
static unsigned
profile_next(struct plain *p)
{
	do
		p->field++;
	while (p->field < PROFILE_FIELD_COUNT && !profile_wanted(p, p->field));
	if (p->field < PROFILE_FIELD_COUNT)
		return 0;
	return profile_submit(p);
}

/* The unit row when the site lists units. */
static unsigned
profile_unit_text(struct plain *p, const char *line)
{
	struct nav_profile *np = &p->nav.profile;
	char *end;
	unsigned long k = strtoul(line, &end, 10);

	if (profile_unit_pick && end != line && *end == '\0' && k >= 1 &&
	    k <= np->units.n) {
		np->unit = (size_t)k - 1;
		profile_unit_pick = false;
		return profile_next(p);
	}
	if (*line == '\0' && nav_profile_unit(&p->nav) != NULL &&
	    !profile_unit_pick)
		return profile_next(p);
	nav_profile_unit_filter(&p->nav, line);
	if (np->units.n == 0) {
		say(p, _("No unit matches what you typed."));
		profile_unit_pick = false;
		return 0;
	}
	if (np->units.n == 1) {
		profile_unit_pick = false;
		return profile_next(p);
	}
	profile_unit_pick = true;
	return 0;
}

static unsigned
profile_line(struct plain *p, const char *line)
{
	size_t f = p->field;

	if (plain_line_is(line, "q"))
		return nav_apply(&p->nav, ACT_BACK);
	if (f >= PROFILE_FIELD_COUNT) {
		if (plain_line_is(line, "1"))
			return profile_submit(p);
		say(p, _("That is not one of the choices. Type the number or the "
		    "letter of one, or ? for help."));
		return 0;
	}
	if (profile_is_list(p, f))
		return profile_unit_text(p, line);
	if (profile_type(f) == PROFILE_TYPE_KIND) {
		if (plain_line_is(line, "1") || plain_line_is(line, "pns"))
			p->kind = NIP_PNS;
		else if (plain_line_is(line, "2") || plain_line_is(line, "pppk"))
			p->kind = NIP_PPPK;
		else if (*line != '\0' || nav_profile_edited(&p->nav) == NULL) {
			say(p, _("That is not one of the choices. Type the "
			    "number or the letter of one, or ? for help."));
			return 0;
		}
		return profile_next(p);
	}
	if (*line != '\0' || p->form[f] == NULL || p->refill) {
		free(p->form[f]);
		p->form[f] = xstrdup(line);
	}
	return profile_next(p);
}

const struct plain_screen profile_plain = {
	.enter = profile_enter,
	.print = profile_print,
	.choices = profile_choices,
	.ask = profile_ask,
	.text = profile_line,
};
