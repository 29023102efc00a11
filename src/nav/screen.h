/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * screen: every screen of the navigation, listed once.  NAV_SCREENS(X)
 * calls X(NAME, stem) for each, in order: the screen is NAV_NAME,
 * nav_on_<stem>() handles its actions (in the file of the flow that owns
 * it, nav/flow.h) and the curses layer draws it with <stem>_screen
 * (ui/<stem>.c).  enum nav_screen and each table indexed by screen are
 * made from this list, so a screen without its handler or its drawing
 * does not link, and no table can have a hole.
 */
#ifndef JAGAAKUN_NAV_SCREEN_H
#define JAGAAKUN_NAV_SCREEN_H

#define NAV_SCREENS(X) \
	/* nav/checklist.c */ \
	X(BROKEN, broken)	/* the record is unusable: set aside, quit */ \
	X(LANGUAGE, language)	/* the language of a new profile */ \
	X(WHO, who)		/* choose an official, or add a profile */ \
	X(PROFILE, profile)	/* the new-profile form */ \
	X(PLATFORM, platform)	/* the phone (nav/platform.c) */ \
	X(WEB, web)		/* WhatsApp Web/Desktop too? (platform.c) */ \
	X(ACCOUNTS, accounts)	/* the accounts used (nav/accounts.c) */ \
	X(MODULES, modules)	/* overall progress, the list of modules */ \
	X(STEP, step)		/* one step of one module */ \
	X(SUMMARY, summary)	/* what remains to be done */ \
	X(EXPORT, exporting)	/* write the official's report for IT */ \
	X(OFFER, offer)		/* at 100% or on quitting: write it now? */ \
	/* nav/trouble.c */ \
	X(VERIFY, verify)	/* a unit's number, to check a request */ \
	X(TAKEOVER, takeover)	/* what to do at once: account taken? */ \
	X(NOTICED, noticed)	/* incident: what was noticed */ \
	X(DETAILS, details)	/* incident: a few words more, if any */ \
	X(MONEY, money)		/* incident: contacts asked for money? */ \
	X(RECORDED, recorded)	/* incident: where it was written */ \
	/* nav/training.c */ \
	X(TRAINER, trainer)	/* jagaakun train: demo, quiz, quit */ \
	X(THEMES, themes)	/* the trainer's quiz of one theme */ \
	X(SCENARIO, ask)	/* quiz: a message, and the choices */ \
	X(FEEDBACK, feedback)	/* quiz: right or wrong, and why */ \
	X(SCORE, score)		/* quiz: the score, the ones missed */

#define NAV_SCREEN_ENUM(name, stem) NAV_##name,

enum nav_screen {
	NAV_SCREENS(NAV_SCREEN_ENUM)
	NAV_SCREEN_COUNT
};

#endif
