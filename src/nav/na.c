/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * na: the "not applicable" prompt over a step (checklist.prompt).  A
 * step the content lets be not applicable offers its reasons and "other"
 * (the official's own words, typed); any other step refuses, and the
 * screen says why (checklist.na_refused).  A listed reason is recorded
 * as its msgid, so that collect counts it the same in every language.
 */
#include "config.h"
#include "nav/checklist.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/text.h"
#include "nav/flow.h"

/* The step shown. */
static const struct step *
nav_na_step(const struct nav *n)
{
	return &n->content->modules[n->module].steps[n->step];
}

/* Close the "not applicable" prompt. */
static unsigned
nav_na_close(struct nav *n)
{
	n->checklist.prompt = false;
	n->checklist.typing = false;
	n->checklist.prompt_error = NULL;
	return NAV_REDRAW;
}

/* The "not applicable" prompt over the step.  First the reasons the step
 * lists and "other": a listed one is recorded at once (its msgid, so
 * that collect counts it the same in every language); "other" asks for
 * the official's own words, which Enter hands over (the typing itself is
 * the caller's) and Esc leaves for the list again. */
unsigned
nav_na_prompt(struct nav *n, enum action a)
{
	struct nav_checklist *ck = &n->checklist;
	const struct step *s = nav_na_step(n);

	if (ck->typing) {
		switch (a) {
		case ACT_ENTER:
			return NAV_SUBMIT;
		case ACT_BACK:
			ck->typing = false;
			ck->prompt_error = NULL;
			return NAV_REDRAW;
		default:
			return 0;
		}
	}
	switch (a) {
	case ACT_ENTER:
	case ACT_TOGGLE:
		if (ck->reason < s->n_na) {
			nav_na_close(n);
			return nav_mask_writes(n, nav_checklist_mark(n, STEP_NA,
			    s->na[ck->reason]));
		}
		ck->typing = true;
		return NAV_REDRAW;
	case ACT_BACK:
	case ACT_QUIT:
		return nav_na_close(n);
	case ACT_UP:
	case ACT_PREV:
		if (ck->reason == 0)
			return 0;
		ck->reason--;
		return NAV_REDRAW;
	case ACT_DOWN:
	case ACT_NEXT:
		if (ck->reason >= s->n_na)
			return 0;
		ck->reason++;
		return NAV_REDRAW;
	case ACT_HOME:
	case ACT_END:
		ck->reason = a == ACT_HOME ? 0 : s->n_na;
		return NAV_REDRAW;
	default:
		return 0;
	}
}

/* n on the step: the prompt when the step may be not applicable, else
 * the screen says why it may not. */
unsigned
nav_na_open(struct nav *n)
{
	struct nav_checklist *ck = &n->checklist;

	if (!step_na_allowed(nav_na_step(n))) {
		ck->na_refused = true;
		return NAV_REDRAW;
	}
	ck->prompt = true;
	ck->typing = false;
	ck->reason = 0;
	ck->prompt_error = NULL;
	return NAV_REDRAW;
}

unsigned
nav_checklist_reason_submit(struct nav *n, const char *reason)
{
	char *clean = text_clean_field(reason != NULL ? reason : "");
	unsigned flags = NAV_REDRAW;

	if (text_is_blank(clean))
		n->checklist.prompt_error = _("Please write a short reason.");
	else if (strlen(clean) > NAV_REASON_MAX)
		n->checklist.prompt_error = _("The reason is too long; please "
		    "shorten it.");
	else {
		nav_na_close(n);
		flags = nav_checklist_mark(n, STEP_NA, clean);
	}
	free(clean);
	return nav_mask_writes(n, flags);
}
