/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * checklist: the navigation's main flow (nav/checklist.c).  From the
 * record to an official: the unusable-record screen, the language and
 * the form of a new profile, the list of officials, the phone and whether
 * WhatsApp Web/Desktop is used too; then
 * the modules, their steps (with the reason asked when a step does not
 * apply), the summary of what remains and the report, which is offered
 * at 100% and on quitting with progress not in a report yet.
 */
#ifndef JAGAAKUN_NAV_CHECKLIST_H
#define JAGAAKUN_NAV_CHECKLIST_H

#include <stdbool.h>
#include <stddef.h>
#include "model/profile.h"
#include "model/record.h"
#include "nav/screen.h"

struct nav;

/* The rows of the profile form: the profile's fields, numbered and
 * ordered as model/profile.h lists them (the unit's code has no row of
 * its own), then the [Save] button. */
#define NAV_FIELD_SAVE	PROFILE_FIELD_COUNT
#define NAV_FIELD_COUNT	(PROFILE_FIELD_COUNT + 1)

#define NAV_REASON_MAX	120		/* bytes in a "not applicable" reason */
#define NAV_NIP_SHOWN	4		/* last digits of a NIP the list of
					 * officials shows: colleagues share
					 * the screen */

/* What the checklist keeps beside the navigation's common state. */
struct nav_checklist {
	enum nav_screen back;		/* where NAV_PLATFORM and NAV_WEB
					 * return to */
	bool prompt;			/* on NAV_STEP: asking why the step
					 * does not apply */
	size_t reason;			/* the prompt's row: a reason the step
					 * lists, or n_na for "other" */
	bool typing;			/* "other" chosen: its words typed */
	bool na_refused;		/* n on a step that cannot be not
					 * applicable: the screen says why */
	const char *prompt_error;	/* why a reason was refused, or NULL */
	const char *error[NAV_FIELD_COUNT];	/* per form field, or NULL;
						 * the [Save] button's asks
						 * to confirm a NIP */
	bool offer_quit;		/* NAV_OFFER, and NAV_EXPORT after it:
					 * offered on quitting, so leaving
					 * them quits */
	bool *ticks;			/* NAV_ACCOUNTS: one per account of the
					 * content, ticked = used */
	enum nav_screen accounts_back;	/* where NAV_ACCOUNTS returns to */
	const char *accounts_note;	/* why a tick was refused, or NULL */
};

/* A row of the module list: an account's heading or a module (index
 * into the content's accounts or modules). */
struct nav_module_row {
	bool heading;
	size_t index;
};

/*
 * The rows of the module list: the modules of the accounts the official
 * answers (progress_module_used), each account's under a heading with
 * its title (none for modules without an account).  Returns their count
 * and, when row is one of them, fills *out.
 */
size_t nav_checklist_module_rows(const struct nav *n, size_t row,
    struct nav_module_row *out);

/*
 * The form was submitted (NAV_SUBMIT on NAV_PROFILE) with the text in
 * typed.  Checks every field (all required; the NIP's structure for the
 * kind, with this_year; a NIP another profile in the record has is
 * refused; the unit one of the site's, when it lists units: the one
 * chosen, not typed's), sets n->checklist.error[] and focuses the first
 * bad field.  Otherwise a new profile adds the official, makes them the
 * current one and goes on to the platform screen; an edit is saved
 * (nav/profile.h).  Returns NAV_ flags.
 */
unsigned nav_checklist_profile_submit(struct nav *n,
    const struct profile *typed, int this_year);

/* The official's own reason for "not applicable" ("other") was submitted
 * (NAV_SUBMIT while n->checklist.typing): refuse a blank or long one
 * (n->checklist.prompt_error), otherwise record it and move on.  A reason
 * the step lists is recorded (as its msgid) when chosen, without this. */
unsigned nav_checklist_reason_submit(struct nav *n, const char *reason);

/* The unfinished steps (not yet or later), as listed on the summary:
 * their number, and the k-th one's position. */
size_t nav_checklist_summary_count(const struct nav *n);
bool nav_checklist_summary_item(const struct nav *n, size_t k, size_t *mi,
    size_t *si);

#endif
