/*
 * nav: where the official is in the checklist and what each action does
 * there.  A pure state machine over the record and the content, in the
 * manner of htop's panels: nav_apply() takes an abstract action (the
 * curses layer maps keys to actions through one table) and returns flags
 * saying what the caller must do next (redraw, save, quit, ...).  It never
 * draws, reads keys or writes files, so it is tested without a terminal.
 *
 * Besides the checklist: the paths for when something is wrong (verify a
 * request against the site's contacts; an account taken over, written
 * down as an incident), the report, and the scenario quiz.  Trainer mode
 * (nav_start_trainer) adds a menu, the anonymous quiz and the demo
 * walkthrough, which runs the whole checklist on a sandbox record the
 * nav owns: no record is open in trainer mode, and nav_apply never asks
 * for a write there (NAV_WRITES).
 */
#ifndef JAGAAKUN_NAV_H
#define JAGAAKUN_NAV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "model/content.h"
#include "exchange/incident.h"
#include "model/quiz.h"
#include "model/record.h"
#include "model/scenario.h"
#include "model/site.h"

enum nav_screen {
	NAV_BROKEN,	/* the record cannot be used: set it aside or quit */
	NAV_LANGUAGE,	/* choose the language of a new profile */
	NAV_WHO,	/* choose an official or add a new profile */
	NAV_PROFILE,	/* the new-profile form */
	NAV_PLATFORM,	/* Android, iPhone or WhatsApp Web/Desktop */
	NAV_MODULES,	/* overall progress and the list of modules */
	NAV_STEP,	/* one step of one module */
	NAV_SUMMARY,	/* what remains to be done */
	NAV_EXPORT,	/* write the official's report for the IT office */
	NAV_VERIFY,	/* find a unit's official number to check a request */
	NAV_TAKEOVER,	/* what to do at once when the account may be taken */
	NAV_NOTICED,	/* incident: what was noticed */
	NAV_DETAILS,	/* incident: a few words more, if any */
	NAV_MONEY,	/* incident: were contacts asked for money? */
	NAV_RECORDED,	/* incident: where it was written, or why not */
	NAV_TRAINER,	/* jagaakun train: demo walkthrough, quiz or quit */
	NAV_SCENARIO,	/* quiz: a message as it arrives, and the choices */
	NAV_FEEDBACK,	/* quiz: right or wrong, the red flags, what to do */
	NAV_SCORE,	/* quiz: the score and the scenarios missed */
	NAV_SCREEN_COUNT
};

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
	ACT_RESET,	/* demo: start again with a fresh sandbox */
	ACT_REDRAW, ACT_RESIZE,
	/* Line editing: the nav ignores these; the text being edited is the
	 * curses layer's, handed over on NAV_SUBMIT. */
	ACT_CHAR, ACT_EDIT_LEFT, ACT_EDIT_RIGHT, ACT_EDIT_HOME, ACT_EDIT_END,
	ACT_EDIT_BACKSPACE, ACT_EDIT_DELETE, ACT_EDIT_CLEAR,
};

/* The fields of the new-profile form, in the order they are shown. */
enum nav_field {
	NAV_FIELD_NAME,
	NAV_FIELD_NIP,
	NAV_FIELD_KIND,		/* PNS or PPPK */
	NAV_FIELD_UNIT,
	NAV_FIELD_POSITION,
	NAV_FIELD_SAVE,		/* the [Save] button */
	NAV_FIELD_COUNT
};

/* What nav_apply() asks of its caller (a bit set). */
#define NAV_REDRAW	0x01	/* the state changed: draw again */
#define NAV_DIRTY	0x02	/* the record changed: save it */
#define NAV_QUIT	0x04	/* leave the checklist */
#define NAV_SET_LANG	0x08	/* switch the messages to nav->lang */
#define NAV_SUBMIT	0x10	/* hand over the typed text: nav_profile_submit
				 * on NAV_PROFILE, nav_reason_submit when
				 * nav->prompt is set */
#define NAV_SET_ASIDE	0x20	/* NAV_BROKEN: set the file aside, then
				 * nav_start() with a fresh record */
#define NAV_EXPORT_FILE	0x40	/* NAV_EXPORT: write the report now */
#define NAV_INCIDENT_FILE 0x80	/* write the incident file now (on the way
				 * to NAV_RECORDED) */
/* In the demo walkthrough nav_apply never returns these: nothing of a
 * demo reaches a file. */
#define NAV_WRITES	(NAV_DIRTY | NAV_SET_ASIDE | NAV_EXPORT_FILE | \
			 NAV_INCIDENT_FILE)

#define NAV_NONE	((size_t)-1)	/* no official chosen yet */
#define NAV_REASON_MAX	120		/* bytes in a "not applicable" reason */
#define NAV_DEMO_NIP	"199001012020121001"	/* the sandbox official's */

struct nav {
	struct record *record;		/* NULL on NAV_BROKEN; not owned */
	const struct content *content;
	const char *lang_fixed;		/* --lang: never ask, never switch */
	const char *lang;		/* of the screens: "id" or "en" */
	size_t official;		/* in record->officials, or NAV_NONE */
	enum nav_screen screen;
	enum nav_screen back;		/* where NAV_PLATFORM returns to */
	bool help;			/* the help overlay is open */
	bool prompt;			/* asking why a step does not apply */
	size_t sel;			/* selected row, or the form's field */
	size_t top;			/* first row shown (by the drawing) */
	size_t module, step;		/* the step shown on NAV_STEP */
	size_t scroll;			/* first line of the step text shown */
	size_t scroll_max;		/* set by the drawing (nav_set_view) */
	size_t page;			/* rows in view; set by the drawing */
	const char *error[NAV_FIELD_COUNT];	/* per form field, or NULL */
	const char *prompt_error;	/* why a reason was refused, or NULL */
	const struct site *site;	/* contacts; NULL: none */
	const struct scenario_set *scenarios;	/* the quiz's; NULL: none */
	bool trainer;			/* jagaakun train: NAV_TRAINER first */
	bool demo;			/* on the sandbox: nothing is saved */
	struct record *sandbox;		/* the demo's record, owned; never
					 * has a path */
	size_t *found;			/* NAV_VERIFY: matching contacts */
	size_t n_found, cap_found;
	enum incident_noticed noticed;	/* the incident's answers */
	enum incident_money money;
	struct quiz *quiz;		/* the quiz being taken, owned */
	enum nav_screen quiz_back;	/* where the quiz returns to */
	bool quiz_saved;		/* its result went into the record */
	uint32_t seed;			/* shuffles the quiz; the caller's */
};

/*
 * Prepare n for content c.  lang_fixed is the --lang choice (or NULL) and
 * lang the language in effect.  The screen is NAV_BROKEN until
 * nav_start() gives it a record.  The caller then sets site, scenarios
 * and seed when it has them.
 */
void nav_init(struct nav *n, const struct content *c, const char *lang_fixed,
    const char *lang);

/* Free what n owns (the sandbox, the quiz, the matches); n can then be
 * given to nav_init again. */
void nav_done(struct nav *n);

/* Start with record r (not owned): the language screen on a first run,
 * the profile form on a first run with --lang, otherwise the list of
 * officials with the last one selected, in their language unless --lang
 * chose one.  Returns NAV_ flags. */
unsigned nav_start(struct nav *n, struct record *r);

/* Start the trainer's menu (jagaakun train): no record of anyone's is
 * open; the demo walkthrough works on a sandbox record of its own. */
unsigned nav_start_trainer(struct nav *n);

/* Apply action a; returns NAV_ flags (0 when a means nothing here). */
unsigned nav_apply(struct nav *n, enum action a);

/* NAV_VERIFY: keep the contacts whose unit or name holds query (all of
 * them for ""), selecting the first. */
unsigned nav_verify_filter(struct nav *n, const char *query);

/*
 * The form was submitted (NAV_SUBMIT on NAV_PROFILE) with the text in
 * typed.  Checks every field (all required; the NIP's structure for the
 * kind, with this_year; a NIP already in the record is refused), sets
 * n->error[] and focuses the first bad field, or adds the official, makes
 * them the current one and goes on to the platform screen.
 */
unsigned nav_profile_submit(struct nav *n, const struct profile *typed,
    int this_year);

/* The reason for "not applicable" was submitted: refuse a blank one
 * (n->prompt_error), otherwise record it and move on. */
unsigned nav_reason_submit(struct nav *n, const char *reason);

/* Tell the nav how many rows the drawing shows and how far the step text
 * can scroll; the scroll position is clamped to it. */
void nav_set_view(struct nav *n, size_t page, size_t scroll_max);

/* The current official, or NULL before one is chosen. */
struct official *nav_official(const struct nav *n);

/* The unfinished steps (not yet or later), as listed on the summary:
 * their number, and the k-th one's position. */
size_t nav_summary_count(const struct nav *n);
bool nav_summary_item(const struct nav *n, size_t k, size_t *mi, size_t *si);

#endif
