/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * nav: where the official is in the checklist and what each action does
 * there.  A pure state machine over the record and the content, in the
 * manner of htop's panels: nav_apply() takes an abstract action (the
 * curses layer maps keys to actions through one table) and returns flags
 * saying what the caller must do next (redraw, save, quit, ...).  It never
 * draws, reads keys or writes files, so it is tested without a terminal.
 *
 * The state common to every screen is here (nav/nav.c): the screen, the
 * selection and scrolling, the help, the language, the official.  Each
 * flow has its own file and its own state struct, one member of struct
 * nav: the checklist (nav/checklist.h) with its profile form
 * (nav/profile.h), the paths for when something is
 * wrong (nav/trouble.h) and the quiz with trainer mode
 * (nav/training.h).  nav_apply hands an action to the flow that owns the
 * screen shown (nav/screen.h).  Trainer mode (nav_start_trainer) opens no
 * record, and nav_apply never asks for a write there (NAV_WRITES).
 */
#ifndef JAGAAKUN_NAV_H
#define JAGAAKUN_NAV_H

#include <stdbool.h>
#include <stddef.h>
#include "model/content.h"
#include "model/record.h"
#include "model/site.h"
#include "nav/checklist.h"
#include "nav/profile.h"
#include "nav/screen.h"
#include "nav/training.h"
#include "nav/trouble.h"

enum action {
	ACT_NONE,
	ACT_UP, ACT_DOWN, ACT_PGUP, ACT_PGDN, ACT_HOME, ACT_END,
	ACT_ENTER,
	ACT_TOGGLE,	/* Space: "done" on a step, "choose" in a list */
	ACT_BACK,	/* Esc */
	ACT_QUIT,	/* q */
	ACT_NEXT, ACT_PREV,
	ACT_DONE, ACT_NA, ACT_LATER,
	ACT_HELP, ACT_SUMMARY, ACT_PLATFORM, ACT_CONTINUE,
	ACT_EXPORT, ACT_VERIFY, ACT_TAKEOVER, ACT_QUIZ,
	ACT_EDIT_PROFILE,	/* the official's name, NIP, unit, position */
	ACT_ACCOUNTS,	/* the accounts the official uses */
	ACT_RESET,	/* demo: start again with a fresh sandbox */
	ACT_REDRAW, ACT_RESIZE,
	/* Line editing: the nav ignores these; the text being edited is the
	 * curses layer's, handed over on NAV_SUBMIT. */
	ACT_CHAR, ACT_EDIT_LEFT, ACT_EDIT_RIGHT, ACT_EDIT_HOME, ACT_EDIT_END,
	ACT_EDIT_BACKSPACE, ACT_EDIT_DELETE, ACT_EDIT_CLEAR,
};

/* What nav_apply() asks of its caller (a bit set). */
#define NAV_REDRAW	0x01	/* the state changed: draw again */
#define NAV_DIRTY	0x02	/* the record changed: save it */
#define NAV_QUIT	0x04	/* leave the checklist */
#define NAV_SET_LANG	0x08	/* switch the messages to nav->lang */
#define NAV_SUBMIT	0x10	/* hand over the typed text (checklist.h):
				 * the form on NAV_PROFILE, the reason
				 * while nav->checklist.prompt is set */
#define NAV_SET_ASIDE	0x20	/* NAV_BROKEN: set the file aside, then
				 * nav_start() with a fresh record */
#define NAV_EXPORT_FILE	0x40	/* NAV_EXPORT: write the report now */
#define NAV_INCIDENT_FILE 0x80	/* write the incident file now (on the way
				 * to NAV_RECORDED) */
#define NAV_LOAD_SCENARIOS 0x100	/* the quiz opens and its scenarios
				 * are to be read now (training.h:
				 * nav_training_scenarios_read) */
/* In the demo walkthrough nav_apply never returns these: nothing of a
 * demo reaches a file. */
#define NAV_WRITES	(NAV_DIRTY | NAV_SET_ASIDE | NAV_EXPORT_FILE | \
			 NAV_INCIDENT_FILE)

#define NAV_NONE	((size_t)-1)	/* no official chosen yet */

/* The languages a profile can have, in the order the language screen
 * lists them: NAV_LANGUAGE_COUNT of them (nav.c checks the count). */
struct nav_language {
	const char *code;		/* "id", "en" */
	const char *name;		/* in itself; never translated */
};
#define NAV_LANGUAGE_COUNT 2
extern const struct nav_language nav_languages[];

struct nav {
	struct record *record;		/* NULL on NAV_BROKEN; not owned but
					 * in the demo (training.sandbox) */
	const struct content *content;
	const struct site *site;	/* the agency's settings (the
					 * caller's); NULL: none */
	const char *lang_fixed;		/* --lang: never ask, never switch */
	const char *lang;		/* of the screens: "id" or "en" */
	size_t official;		/* in record->officials, or NAV_NONE */
	enum nav_screen screen;
	bool help;			/* the help overlay is open */
	size_t sel;			/* selected row, or the form's field */
	size_t top;			/* first row shown (by the drawing) */
	size_t scroll;			/* first line of the text shown */
	size_t scroll_max;		/* set by the drawing (nav_set_view) */
	size_t page;			/* rows in view; set by the drawing */
	size_t module, step;		/* the official's place: the step on
					 * NAV_STEP, the module every flow
					 * returns to on NAV_MODULES */
	bool trainer;			/* jagaakun train: NAV_TRAINER first */
	bool demo;			/* on the sandbox: nothing is saved */
	struct nav_checklist checklist;
	struct nav_profile profile;
	struct nav_trouble trouble;
	struct nav_training training;
};

/*
 * Prepare n for content c.  lang_fixed is the --lang choice (or NULL) and
 * lang the language in effect.  The screen is NAV_BROKEN until
 * nav_start() gives it a record.  The caller then sets site,
 * training.scenarios and training.seed when it has them, or
 * training.scenarios_later when it reads the scenarios only once the
 * quiz opens.
 */
void nav_init(struct nav *n, const struct content *c, const char *lang_fixed,
    const char *lang);

/* Free what n owns (the sandbox, the quiz, the contacts found); n can
 * then be given to nav_init again. */
void nav_done(struct nav *n);

/* Start with record r (not owned): the language screen on a first run,
 * the profile form on a first run with --lang, otherwise the list of
 * officials with the last one selected, in their language unless --lang
 * chose one.  r is marked as used with n's content version.  Returns
 * NAV_ flags. */
unsigned nav_start(struct nav *n, struct record *r);

/* Start the trainer's menu (jagaakun train): no record of anyone's is
 * open; the demo walkthrough works on a sandbox record of its own. */
unsigned nav_start_trainer(struct nav *n);

/* Apply action a; returns NAV_ flags (0 when a means nothing here). */
unsigned nav_apply(struct nav *n, enum action a);

/* Tell the nav how many rows the drawing shows and how far the step text
 * can scroll; the scroll position is clamped to it. */
void nav_set_view(struct nav *n, size_t page, size_t scroll_max);

/* The current official, or NULL before one is chosen. */
struct official *nav_official(const struct nav *n);

#endif
