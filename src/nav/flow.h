/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * flow: what the files of nav/ share, for nav/ alone.  The handlers the
 * screen list names (nav/screen.h), the moves every flow makes (nav.c),
 * and the few ways into a flow from another one.
 */
#ifndef JAGAAKUN_NAV_FLOW_H
#define JAGAAKUN_NAV_FLOW_H

#include <stdbool.h>
#include <stddef.h>
#include "model/record.h"
#include "nav/nav.h"

/* A screen's handler: apply a on the screen shown; returns NAV_ flags
 * (0 when a means nothing there). */
typedef unsigned nav_handler(struct nav *n, enum action a);
/* One move that needs no action (open a screen, go back, take the row
 * selected); returns NAV_ flags. */
typedef unsigned nav_go(struct nav *n);

/* nav_on_<stem>, one a screen, in the file of the flow that owns it. */
#define NAV_HANDLER_DECLARE(name, stem) nav_handler nav_on_##stem;
NAV_SCREENS(NAV_HANDLER_DECLARE)

/* nav.c: show screen s with row sel selected and nothing scrolled. */
unsigned nav_show(struct nav *n, enum nav_screen s, size_t sel);
/* Move the selection among count rows for a movement action (in a list
 * "next" is the row below). */
unsigned nav_move(struct nav *n, enum action a, size_t count);
/* Scroll the text shown for a movement action. */
unsigned nav_scroll(struct nav *n, enum action a);
/* A list of count choices: Enter or Space takes the row selected (pick),
 * Esc or q goes back, other actions move. */
unsigned nav_choice(struct nav *n, enum action a, size_t count, nav_go *pick,
    nav_go *back);
/* A text to read: Enter goes on, Esc or q goes back, other actions
 * scroll it. */
unsigned nav_reading(struct nav *n, enum action a, nav_go *enter,
    nav_go *back);
/* Leave the program: a way back from the first screen. */
unsigned nav_quit(struct nav *n);
/* Take every write out of flags in trainer mode. */
unsigned nav_mask_writes(const struct nav *n, unsigned flags);
/* Say whether two optional strings are equal. */
bool nav_same(const char *a, const char *b);
/* The row of lang in nav_languages (0, Bahasa Indonesia, if absent). */
size_t nav_language_index(const char *lang);
/* Show the screens in lang, an official's language, unless --lang chose
 * one or it is no language of ours; NAV_SET_LANG when they change. */
unsigned nav_follow_language(struct nav *n, const char *lang);

/* checklist.c: the list of officials, or the new profile when there is
 * nobody (nav_start). */
unsigned nav_checklist_start(struct nav *n);
/* Make official i the current one and go on to their checklist. */
unsigned nav_checklist_choose(struct nav *n, size_t i);
/* Show the module list with the official's module selected: where the
 * other flows return to. */
unsigned nav_checklist_modules_open(struct nav *n);
/* Set the status of the step shown (reason only for STEP_NA), then move
 * on to the next step not yet looked at, or the summary. */
unsigned nav_checklist_mark(struct nav *n, enum step_status st,
    const char *reason);
/* Leave the checklist: the trainer's menu from the demo, else quit. */
unsigned nav_checklist_leave(struct nav *n);

/* platform.c: whether o has chosen a phone; show the phone screen (then
 * the web one), returning to back afterwards. */
bool nav_platform_chosen(const struct official *o);
unsigned nav_platform_open(struct nav *n, enum nav_screen back);

/* accounts.c: whether the content has accounts to choose from and o has
 * not said yet which they use; show the accounts screen, returning to
 * back (NAV_MODULES or NAV_STEP) afterwards. */
bool nav_accounts_to_ask(const struct nav *n, const struct official *o);
unsigned nav_accounts_open(struct nav *n, enum nav_screen back);

/* na.c: n on a step: the prompt when the step may be not applicable,
 * else a word why not; every action while the prompt is open. */
unsigned nav_na_open(struct nav *n);
unsigned nav_na_prompt(struct nav *n, enum action a);

/* profile.c: open the profile form, empty (editing NAV_NONE) or on the
 * profile of official editing, whose edit returns to back. */
unsigned nav_profile_open(struct nav *n, size_t editing,
    enum nav_screen back);
/* Leave an edit without saving: back where it was opened. */
unsigned nav_profile_leave(struct nav *n);
/* The moves on the form: between rows, along the unit list, Enter on the
 * last row submits (NAV_SUBMIT). */
unsigned nav_profile_move(struct nav *n, enum action a);
/* The unit row when the site lists units: the unit chosen, its name and
 * code put into p; the error, or NULL. */
const char *nav_profile_unit_check(const struct nav *n, struct profile *p);
/* Save the checked profile p (its texts are taken) into the official
 * edited, keeping their progress; a changed NIP first asks to be
 * confirmed, by the same NIP submitted again. */
unsigned nav_profile_save(struct nav *n, struct profile *p);

/* trouble.c: open the contacts with every one of them listed. */
unsigned nav_trouble_verify_open(struct nav *n);
/* Free the contacts found. */
void nav_trouble_done(struct nav_trouble *t);

/* training.c: start the demo walkthrough (again) on a new sandbox. */
unsigned nav_training_demo_start(struct nav *n);
/* End the demo (the sandbox goes, and with it everything done on it) and
 * show the trainer's menu. */
unsigned nav_training_demo_leave(struct nav *n);
/* Start a new quiz that returns to back (NAV_MODULES: the official's,
 * kept in their record; NAV_TRAINER: anonymous). */
unsigned nav_training_quiz_start(struct nav *n, enum nav_screen back);
/* Show the trainer's menu, or start the quiz the trainer's command line
 * asks for (training.plan), which returns to the menu. */
unsigned nav_training_trainer_start(struct nav *n);
/* Free the sandbox and the quiz. */
void nav_training_done(struct nav *n);

#endif
