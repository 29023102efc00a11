/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * plain: the plain mode's one loop (see plain.h).  It opens the record
 * as the curses screens do, then: say the screen when it is a new one,
 * list its choices (or ask its question), read a line, hand what it
 * names to the navigation, save when the navigation says the record
 * changed.  The end of the input ends the run like q does, with
 * progress saved.  plain_save() is the only place that writes the
 * record.
 */
#include "config.h"
#include "plain/pln.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/exitstatus.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"
#include "exchange/deliver.h"
#include "model/quiz.h"

/* Made from the one list of screens: none can be missing. */
#define PLAIN_SCREEN_ENTRY(name, stem) [NAV_##name] = &stem##_plain,
static const struct plain_screen *const plain_screens[] = {
	NAV_SCREENS(PLAIN_SCREEN_ENTRY)
};
#undef PLAIN_SCREEN_ENTRY

/* A flag of the loop's own beside the NAV_ ones: say the screen again
 * in full (after the help). */
#define PLAIN_AGAIN 0x10000

/* What tells one printed screen from another: a new one is said in
 * full, the same one again only for what changed on it. */
struct plain_view {
	enum nav_screen screen;
	size_t module, step;
	bool prompt, typing, help;
};

static struct plain_view
plain_view_now(const struct plain *p)
{
	const struct nav *n = &p->nav;

	return (struct plain_view){ n->screen, n->module, n->step,
	    n->checklist.prompt, n->checklist.typing, n->help };
}

static bool
plain_view_same(const struct plain_view *a, const struct plain_view *b)
{
	return a->screen == b->screen && a->module == b->module &&
	    a->step == b->step && a->prompt == b->prompt &&
	    a->typing == b->typing && a->help == b->help;
}

void
plain_menu_common(struct plain *p, struct plain_menu *m,
    const char *back_label)
{
	if (p->nav.demo)
		plain_menu_key(m, "r", _("New participant"), ACT_RESET);
	plain_menu_key(m, "?", _("Help"), ACT_HELP);
	if (back_label != NULL)
		plain_menu_key(m, "q", back_label, ACT_BACK);
}

/* Save the record: the only place the plain mode writes it.  The demo's
 * sandbox and trainer mode never reach a file. */
static void
plain_save(struct plain *p)
{
	int err;

	if (p->record == NULL || p->nav.record != p->record)
		return;
	err = record_save(p->record);
	p->save_error = err < 0 ? -err : 0;
	if (err < 0)
		sayf(p, _("Progress NOT saved (%s). It is kept, and saving is "
		    "tried again at your next change."), strerror(-err));
}

/* Replace the notice said before the next screen (text is taken). */
static void
plain_notice(struct plain *p, char *text)
{
	free(p->notice);
	p->notice = text;
}

/* Begin the checklist on the open record. */
static void
plain_begin(struct plain *p)
{
	if (nav_start(&p->nav, p->record) & NAV_SET_LANG)
		i18n_set_language(p->nav.lang);
}

/* The record is unusable and the official agreed: rename it and open a
 * fresh one. */
static void
plain_set_aside(struct plain *p)
{
	struct diag d;
	char *aside = NULL;
	int err = record_set_aside(p->record_path, &aside);

	if (err != 0) {
		plain_notice(p, xasprintf(_("The file could not be renamed: "
		    "%s."), strerror(-err)));
		return;
	}
	diag_init(&d);
	err = record_open(p->record_path, &p->record, &d);
	diag_done(&d);
	if (err != 0) {
		plain_notice(p, xasprintf(_("The old record was kept as %s, but "
		    "a new one could not be started: %s."), aside,
		    strerror(-err)));
		free(aside);
		return;
	}
	plain_begin(p);
	plain_notice(p, xasprintf(_("The unusable record was kept as %s. A "
	    "new record was started."), aside));
	free(aside);
}

/* The quiz opens for the first time: read its scenarios, keeping the
 * problems to say when they cannot be, and go on to the quiz.  Returns
 * the NAV_ flags. */
static unsigned
plain_read_scenarios(struct plain *p)
{
	/* NULL when they cannot be read (scenario_load). */
	scenario_load(p->scenario_dir, &p->scenarios,
	    &p->scenario_problems);
	return nav_training_scenarios_read(&p->nav, p->scenarios);
}

/* Do what the navigation asked after an action; shown is the screen
 * before it. */
static void
plain_after(struct plain *p, unsigned flags, enum nav_screen shown)
{
	const struct plain_screen *s;

	if (flags & NAV_LOAD_SCENARIOS)
		flags |= plain_read_scenarios(p);

	if (flags & NAV_SET_LANG)
		i18n_set_language(p->nav.lang);
	if (flags & NAV_SET_ASIDE)
		plain_set_aside(p);
	if (p->nav.screen != shown) {
		s = plain_screens[p->nav.screen];
		free(p->outcome);
		p->outcome = NULL;
		if (s->enter != NULL)
			s->enter(p);
	}
	if (flags & NAV_EXPORT_FILE) {
		free(p->outcome);
		p->outcome = deliver_report(nav_official(&p->nav), p->content,
		    p->site, isotime_now(), &p->outcome_ok);
		if (p->outcome_ok)
			flags |= NAV_DIRTY;
	}
	if (flags & NAV_INCIDENT_FILE) {
		free(p->outcome);
		p->outcome = deliver_incident(&nav_official(&p->nav)->profile,
		    p->nav.trouble.noticed, p->details, p->nav.trouble.money,
		    p->site, isotime_now(), &p->outcome_ok);
	}
	if (flags & NAV_DIRTY)
		plain_save(p);
}

/* The help: how to answer, then the screen again. */
static void
plain_help(struct plain *p)
{
	say(p, _("Type the number or the letter of a choice and press Enter; "
	    "the words of a choice work too. Type ? (a question mark) for this "
	    "help."));
	say(p, _("Your progress is saved after every change, and when the "
	    "input ends."));
}

/* Apply choice it: its row selected with the navigation's own moves
 * (the top, then row moves down), then its action.  Returns the NAV_
 * flags. */
static unsigned
plain_choose(struct plain *p, const struct plain_item *it)
{
	unsigned flags = 0;

	if (it->row != NAV_NONE) {
		flags |= nav_apply(&p->nav, ACT_HOME);
		for (size_t i = 0; i < it->row; i++)
			flags |= nav_apply(&p->nav, ACT_DOWN);
		flags |= NAV_REDRAW;
	}
	if (it->act != ACT_NONE)
		flags |= nav_apply(&p->nav, it->act);
	return flags;
}

/* Handle one line typed; returns the NAV_ flags, or 0 after saying it
 * named no choice. */
static unsigned
plain_handle(struct plain *p, const char *line, bool asked,
    const struct plain_menu *m)
{
	const struct plain_screen *s = plain_screens[p->nav.screen];
	const struct plain_item *it = asked ? NULL : plain_menu_find(m, line);

	if (it != NULL && it->act == ACT_HELP) {
		plain_help(p);
		return PLAIN_AGAIN;
	}
	if (it != NULL)
		return plain_choose(p, it);
	if (s->text != NULL && (asked || line[strspn(line, " \t")] != '\0'))
		return s->text(p, line);
	say(p, _("That is not one of the choices. Type the number or the "
	    "letter of one, or ? for help."));
	return 0;
}

/* Read lines until the official quits or the input ends. */
static int
plain_loop(struct plain *p)
{
	struct plain_view last = { NAV_SCREEN_COUNT, 0, 0, false, false,
	    false };
	bool say_screen = true, again = true;

	for (;;) {
		const struct plain_screen *s = plain_screens[p->nav.screen];
		struct plain_view now = plain_view_now(p);
		const char *question;
		struct plain_menu m;
		enum nav_screen shown = p->nav.screen;
		unsigned flags;
		char *line;

		if (p->notice != NULL) {
			say(p, p->notice);
			plain_notice(p, NULL);
		}
		if (!plain_view_same(&now, &last)) {
			say_gap(p);
			s->print(p, false);
		} else if (say_screen)
			s->print(p, again);
		last = now;
		plain_menu_init(&m);
		question = s->ask != NULL ? s->ask(p) : NULL;
		if (question != NULL)
			say(p, question);
		else {
			char *t;

			s->choices(p, &m);
			t = plain_menu_line(&m);
			say(p, t);
			free(t);
		}
		fflush(p->out);
		if ((line = plain_line_read(p->in)) == NULL) {
			plain_menu_free(&m);
			say_gap(p);
			say(p, p->record != NULL ? _("End of input: your progress "
			    "is saved.") : _("End of input."));
			return p->record != NULL || p->nav.trainer ? EXIT_OK :
			    EXIT_FAILURE_IO;
		}
		flags = plain_handle(p, line, question != NULL, &m);
		free(line);
		plain_menu_free(&m);
		if (flags & NAV_QUIT)
			return p->record != NULL || p->nav.trainer ? EXIT_OK :
			    EXIT_FAILURE_IO;
		/* Help says the screen again in full. */
		again = true;
		say_screen = (flags & NAV_REDRAW) != 0;
		if (flags & PLAIN_AGAIN)
			last.screen = NAV_SCREEN_COUNT;
		plain_after(p, flags & ~PLAIN_AGAIN, shown);
	}
}

/* Open the record: 0 to go on (possibly to the "unusable" screen), or
 * the exit status after saying why not. */
static int
plain_open(struct plain *p)
{
	struct diag d;
	int err;

	diag_init(&d);
	err = record_open(p->record_path, &p->record, &d);
	if (err == 0 || err == -EBADMSG) {
		p->broken = d;
		if (err == 0)
			plain_begin(p);
		return 0;
	}
	for (size_t i = 0; i < d.n; i++)
		fprintf(stderr, "%s: %s\n", PACKAGE, d.msgs[i]);
	if (d.n == 0)
		fprintf(stderr, _("%s: cannot open the record %s: %s\n"),
		    PACKAGE, p->record_path, strerror(-err));
	diag_done(&d);
	return err == -EWOULDBLOCK ? EXIT_LOCKED : EXIT_FAILURE_IO;
}

/* At the end: a save that kept failing is a failure. */
static int
plain_finish(struct plain *p, int status)
{
	if (p->record == NULL || p->save_error == 0)
		return status;
	plain_save(p);
	if (p->save_error == 0)
		return status;
	fprintf(stderr, _("%s: your progress could not be saved in %s: %s\n"),
	    PACKAGE, p->record_path, strerror(p->save_error));
	return status == EXIT_OK ? EXIT_FAILURE_IO : status;
}

int
plain_run(const struct plain_config *cfg)
{
	struct plain p;
	int status = 0;

	memset(&p, 0, sizeof p);
	p.content = cfg->content;
	p.site = cfg->site;
	p.record_path = cfg->record_path;
	p.in = stdin;
	p.out = stdout;
	diag_init(&p.broken);
	p.scenario_dir = cfg->scenario_dir;
	diag_init(&p.scenario_problems);
	nav_init(&p.nav, cfg->content, cfg->lang, i18n_language());
	p.nav.site = cfg->site;
	p.nav.training.scenarios = cfg->scenarios;
	p.nav.training.scenarios_later = cfg->scenarios == NULL &&
	    cfg->scenario_dir != NULL;
	if (cfg->plan != NULL)
		p.nav.training.plan = *cfg->plan;
	/* JAGAAKUN_NOW pins it, like every time, for repeatable tests. */
	p.nav.training.seed = (uint32_t)isotime_now();
	if (cfg->trainer)
		nav_start_trainer(&p.nav);
	else
		status = plain_open(&p);
	if (status == 0) {
		const struct plain_screen *s = plain_screens[p.nav.screen];

		say(&p, _("jagaakun, plain mode: each screen is said once, then "
		    "its choices. Type the number or the letter of a choice and "
		    "press Enter; ? (a question mark) gives help."));
		if (s->enter != NULL)
			s->enter(&p);
		status = plain_finish(&p, plain_loop(&p));
	}
	for (size_t f = 0; f < PROFILE_FIELD_COUNT; f++)
		free(p.form[f]);
	free(p.details);
	free(p.outcome);
	free(p.notice);
	diag_done(&p.broken);
	nav_done(&p.nav);
	scenario_set_free(p.scenarios);
	diag_done(&p.scenario_problems);
	record_close(p.record);
	return status;
}
