/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * trouble: the plain form of the paths for when something is wrong
 * (nav/trouble.c): verifying a request against the agency's contacts,
 * and an account that may be taken over, with the three questions whose
 * answers are written down for the IT office.
 */
#include "config.h"
#include "plain/pln.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "exchange/incident.h"

/* ------------------------------------------------------------ verify */

/* Say the number to call: the contact chosen, or the agency's. */
static void
verify_call(struct plain *p)
{
	const struct site_contact *c;
	char *t;

	if (p->nav.trouble.found.n == 0) {
		t = site_expand(p->site, _("Call {verify_phone} to check the "
		    "request."));
		say(p, t);
		free(t);
		return;
	}
	c = &p->site->contacts[p->nav.trouble.found.v[p->nav.sel]];
	sayf(p, _("Call %s (%s) on %s."), c->name, c->unit, c->phone);
	if (c->email != NULL)
		sayf(p, _("Or write to %s."), c->email);
}

static void
verify_print(struct plain *p, bool again)
{
	const struct step *s = nav_trouble_verify_step(&p->nav);
	bool listed = p->site != NULL && p->site->n_contacts > 0;

	if (!again) {
		say(p, _("Check a request for money"));
		say(p, listed ? _("Type the unit or office the message claims "
		    "to come from, then call its official number.") :
		    _("Your agency has not listed its official contacts "
		    "here."));
	}
	if (listed && p->nav.trouble.found.n == 0)
		say(p, _("No unit matches what you typed."));
	verify_call(p);
	if (again)
		return;
	say(p, _("Never use a number or a link from the message itself."));
	if (s != NULL) {
		say_tr(p, s->title);
		say_tr(p, step_how(s, nav_trouble_phone(&p->nav)));
	}
}

static void
verify_choices(struct plain *p, struct plain_menu *m)
{
	const struct nav_found *f = &p->nav.trouble.found;

	for (size_t i = 0; p->site != NULL && i < f->n; i++) {
		const struct site_contact *c = &p->site->contacts[f->v[i]];
		char *t = xasprintf("%s, %s", c->unit, c->name);

		plain_menu_row(m, t, i, ACT_NONE);
		free(t);
	}
	plain_menu_common(p, m, _("Back"));
}

/* A line that is no choice searches the contacts. */
static unsigned
verify_text(struct plain *p, const char *line)
{
	if (p->site == NULL || p->site->n_contacts == 0)
		return 0;
	return nav_trouble_verify_filter(&p->nav, line);
}

const struct plain_screen verify_plain = {
	.print = verify_print,
	.choices = verify_choices,
	.text = verify_text,
};

/* ------------------------------------------------------------ takeover */

static void
takeover_print(struct plain *p, bool again)
{
	const struct module *m = nav_trouble_takeover_module(&p->nav);
	char *t;

	if (again)
		return;
	say(p, _("My account may be taken over"));
	t = site_expand(p->site, _("Act now. Call {report_phone} or write to "
	    "{report_email}: tell them your account may be taken over."));
	say(p, t);
	free(t);
	say(p, _("Never give anyone a code, a PIN or a password, not even "
	    "someone who says they are helping."));
	for (size_t i = 0; m != NULL && i < m->n_steps; i++) {
		char *title = plain_tr(p, m->steps[i].title);

		sayf(p, "%zu. %s", i + 1, title);
		free(title);
		say_tr(p, step_how(&m->steps[i], nav_trouble_phone(&p->nav)));
	}
}

static void
takeover_choices(struct plain *p, struct plain_menu *m)
{
	plain_menu_row(m, _("Write down what happened"), NAV_NONE, ACT_ENTER);
	plain_menu_common(p, m, _("Back"));
}

/* A new incident starts with nothing typed. */
static void
takeover_enter(struct plain *p)
{
	free(p->details);
	p->details = NULL;
}

const struct plain_screen takeover_plain = {
	.enter = takeover_enter,
	.print = takeover_print,
	.choices = takeover_choices,
};

/* ------------------------------------------------------------ noticed */

static void
noticed_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("What did you notice?"));
	say(p, _("Question 1 of 3. Choose what fits best."));
}

static void
noticed_choices(struct plain *p, struct plain_menu *m)
{
	for (size_t i = 0; i < INCIDENT_NOTICED_COUNT; i++)
		plain_menu_row(m, incident_noticed_label(i), i, ACT_ENTER);
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen noticed_plain = {
	.print = noticed_print,
	.choices = noticed_choices,
};

/* ------------------------------------------------------------ details */

static void
details_print(struct plain *p, bool again)
{
	if (!again) {
		say(p, _("Anything else your IT office should know?"));
		say(p, _("Question 2 of 3. Optional: a few words, for example "
		    "when it started or which contacts got messages."));
		say(p, _("Never write a code, a PIN or a password here."));
	}
	if (p->nav.trouble.details_error != NULL)
		say(p, p->nav.trouble.details_error);
}

static void
details_choices(struct plain *p, struct plain_menu *m)
{
	(void)p;
	(void)m;
}

static const char *
details_ask(struct plain *p)
{
	(void)p;
	return _("Enter continues; you may leave it empty.");
}

static unsigned
details_text(struct plain *p, const char *line)
{
	if (plain_line_is(line, "q"))
		return nav_apply(&p->nav, ACT_BACK);
	free(p->details);
	p->details = xstrdup(line);
	return nav_trouble_details_submit(&p->nav, line);
}

const struct plain_screen details_plain = {
	.print = details_print,
	.choices = details_choices,
	.ask = details_ask,
	.text = details_text,
};

/* ------------------------------------------------------------ money */

static void
money_print(struct plain *p, bool again)
{
	if (again)
		return;
	say(p, _("Were your contacts asked for money?"));
	say(p, _("Question 3 of 3. When you choose, your answers are written "
	    "down for your IT office."));
}

static void
money_choices(struct plain *p, struct plain_menu *m)
{
	for (size_t i = 0; i < INCIDENT_MONEY_COUNT; i++)
		plain_menu_row(m, incident_money_label(i), i, ACT_ENTER);
	plain_menu_common(p, m, _("Back"));
}

const struct plain_screen money_plain = {
	.print = money_print,
	.choices = money_choices,
};

/* ------------------------------------------------------------ recorded */

static void
recorded_print(struct plain *p, bool again)
{
	char *t;

	if (again)
		return;
	if (p->nav.demo)
		say(p, _("What happened (demo)"));
	else if (p->outcome_ok)
		say(p, _("What happened is written down"));
	else
		say(p, _("What happened could not be written down"));
	if (p->nav.demo)
		say(p, _("In the demo nothing is written down."));
	else if (p->outcome != NULL)
		say(p, p->outcome);
	t = site_expand(p->site, _("Now call {report_phone} and tell them what "
	    "happened."));
	say(p, t);
	free(t);
	say(p, _("Then follow the steps: sign in again with the code that "
	    "WhatsApp sends you (by SMS, phone call or email), enter it only in "
	    "WhatsApp itself, and warn your contacts another way."));
}

static void
recorded_choices(struct plain *p, struct plain_menu *m)
{
	plain_menu_row(m, _("Back to the steps"), NAV_NONE, ACT_ENTER);
	plain_menu_common(p, m, NULL);
}

const struct plain_screen recorded_plain = {
	.print = recorded_print,
	.choices = recorded_choices,
};
