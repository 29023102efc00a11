/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * accounts: which accounts the official uses (NAV_ACCOUNTS), asked once
 * after the phone and Web/Desktop screens and changed later from the
 * module list (a).  A row an account of the content, ticked when used:
 * Space ticks or unticks one, Enter keeps the ticks, Esc leaves them as
 * they were.  An account the site requires stays ticked: unticking it is
 * refused with a note.  Content without accounts never shows the screen.
 */
#include "config.h"

#include <stdlib.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "model/progress.h"
#include "nav/flow.h"

/* Say whether o has yet to say which accounts they use. */
bool
nav_accounts_to_ask(const struct nav *n, const struct official *o)
{
	return n->content->n_accounts > 0 && o != NULL && !o->accounts_asked;
}

/* Show the accounts, ticked as o uses them (all of them before o was
 * asked: an account left ticked is asked about, not skipped). */
unsigned
nav_accounts_open(struct nav *n, enum nav_screen back)
{
	const struct content *c = n->content;
	const struct official *o = nav_official(n);

	free(n->checklist.ticks);
	n->checklist.ticks = xcalloc(c->n_accounts + 1,
	    sizeof *n->checklist.ticks);
	for (size_t i = 0; i < c->n_accounts; i++) {
		const struct account *a = &c->accounts[i];

		n->checklist.ticks[i] = a->enforced || !o->accounts_asked ||
		    official_uses_account(o, a->id);
	}
	n->checklist.accounts_back = back;
	n->checklist.accounts_note = NULL;
	return nav_show(n, NAV_ACCOUNTS, 0);
}

/* Return from the accounts to where they were asked: the step, unless
 * its account is no longer used, else the module list. */
static unsigned
nav_accounts_return(struct nav *n)
{
	const struct official *o = nav_official(n);

	free(n->checklist.ticks);
	n->checklist.ticks = NULL;
	if (n->checklist.accounts_back == NAV_STEP &&
	    progress_module_used(o, &n->content->modules[n->module]))
		return nav_show(n, NAV_STEP, 0);
	return nav_checklist_modules_open(n);
}

/* Space: tick or untick the account selected, unless it is required. */
static unsigned
nav_accounts_toggle(struct nav *n)
{
	const struct account *a = &n->content->accounts[n->sel];

	if (a->enforced) {
		n->checklist.accounts_note = N_("This account is required by "
		    "your agency: it stays on your checklist.");
		return NAV_REDRAW;
	}
	n->checklist.ticks[n->sel] = !n->checklist.ticks[n->sel];
	n->checklist.accounts_note = NULL;
	return NAV_REDRAW;
}

/* Enter: keep the accounts ticked as those the official uses. */
static unsigned
nav_accounts_save(struct nav *n)
{
	const struct content *c = n->content;
	const char **ids = xcalloc(c->n_accounts + 1, sizeof *ids);
	size_t k = 0;
	unsigned flags = 0;

	for (size_t i = 0; i < c->n_accounts; i++)
		if (n->checklist.ticks[i] || c->accounts[i].enforced)
			ids[k++] = c->accounts[i].id;
	if (k == 0) {
		free(ids);
		n->checklist.accounts_note = N_("Tick at least one account "
		    "you use.");
		return NAV_REDRAW;
	}
	if (official_set_accounts(nav_official(n), ids, k) > 0)
		flags = NAV_DIRTY;
	free(ids);
	return flags | nav_accounts_return(n);
}

/* Esc: leave the ticks; before a first answer, back to Web/Desktop. */
static unsigned
nav_accounts_back(struct nav *n)
{
	const struct official *o = nav_official(n);

	if (!o->accounts_asked) {
		free(n->checklist.ticks);
		n->checklist.ticks = NULL;
		return nav_show(n, NAV_WEB, o->web ? 1 : 0);
	}
	return nav_accounts_return(n);
}

unsigned
nav_on_accounts(struct nav *n, enum action a)
{
	switch (a) {
	case ACT_TOGGLE:
		return nav_accounts_toggle(n);
	case ACT_ENTER:
		return nav_accounts_save(n);
	case ACT_BACK:
	case ACT_QUIT:
		return nav_accounts_back(n);
	default:
		n->checklist.accounts_note = NULL;
		return nav_move(n, a, n->content->n_accounts);
	}
}
