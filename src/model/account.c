/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * account: the accounts of the content, content/accounts/NN-ID.cfg, and
 * the modules put under them (see content.h; content.c reads the rest).
 *
 *   format = 1;  id = "asn-digital";  title = "...";  summary = "...";
 *   required = true;  source = "...";  checked = "2026-12-01";
 *
 * Every module names its account.  Once both are read, each module gets
 * a pointer to its account and the modules are put in account order
 * (file-name order within one account), which is the order the checklist
 * shows them in.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/cfgcheck.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "model/content_impl.h"

static cfgcheck_fn account_check_id, account_check_required;

/* accounts/NAME.cfg.  "checked" is shown, not translated: a date. */
static const struct cfgcheck_key account_keys[] = {
	{ "format", true, content_check_format, 0 },
	{ "id", true, account_check_id, offsetof(struct account, id) },
	{ "title", true, content_check_text, offsetof(struct account, title) },
	{ "summary", true, content_check_text,
	    offsetof(struct account, summary) },
	{ "required", true, account_check_required,
	    offsetof(struct account, required) },
	{ "source", true, content_check_text,
	    offsetof(struct account, source) },
	{ "checked", true, content_check_text,
	    offsetof(struct account, checked) },
	{ NULL, false, NULL, 0 }
};

/* Check an account's id and keep its line, which a duplicate names. */
static void
account_check_id(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	struct account *a = (struct account *)(void *)((char *)field -
	    offsetof(struct account, id));

	content_check_id(ck, s, field);
	a->line = cfgcheck_line(s);
}

/* Check and store whether the account is required by default. */
static void
account_check_required(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	bool v;

	if (cfgcheck_bool(ck, s, &v))
		*(bool *)field = v;
}

/* Report each account whose id an earlier account already has. */
static void
account_check_ids(const struct content *c, struct diag *d)
{
	for (size_t i = 0; i < c->n_accounts; i++) {
		const struct account *a = &c->accounts[i];

		for (size_t j = 0; a->id != NULL && j < i; j++) {
			const struct account *first = &c->accounts[j];

			if (first->id == NULL || strcmp(a->id, first->id) != 0)
				continue;
			diag_add(d, a->file, a->line,
			    _("duplicate account id \"%s\" (first defined at "
			    "%s:%d)"), a->id, first->file, first->line);
			break;
		}
	}
}

/* Load every account file of dir/accounts into c. */
void
content_read_accounts(const char *dir, struct content *c, struct diag *d)
{
	char *adir = xasprintf("%s/accounts", dir);
	char **names;
	ssize_t n = content_list_files(adir, &names, d);

	if (n == 0)
		diag_add(d, adir, 0,
		    _("no accounts found (an account is a file whose name "
		    "ends in .cfg)"));
	c->n_accounts = n > 0 ? (size_t)n : 0;
	c->accounts = xcalloc(c->n_accounts + 1, sizeof *c->accounts);
	for (size_t i = 0; i < c->n_accounts; i++) {
		struct account *a = &c->accounts[i];

		a->file = xasprintf("%s/%s", adir, names[i]);
		content_read_file(a->file, account_keys, a, d);
		a->enforced = a->required;
		free(names[i]);
	}
	free(names);
	free(adir);
	account_check_ids(c, d);
}

/* Give module m its account, or report that there is none of its id. */
static void
account_link_module(struct content *c, struct module *m, struct diag *d)
{
	for (size_t i = 0; i < c->n_accounts; i++) {
		struct account *a = &c->accounts[i];

		if (a->id == NULL || strcmp(a->id, m->account) != 0)
			continue;
		if (m->acct == NULL)
			a->n_modules++;
		m->acct = a;
		return;
	}
	diag_add(d, m->file, m->account_line,
	    _("unknown account \"%s\" (there is no accounts/*.cfg with "
	    "id = \"%s\")"), m->account, m->account);
}

/* Put the modules of c in account order, file-name order within one;
 * those without an account (after an error) go last. */
static void
account_sort_modules(struct content *c)
{
	struct module *sorted = xcalloc(c->n_modules + 1, sizeof *sorted);
	size_t n = 0;

	for (size_t a = 0; a <= c->n_accounts; a++) {
		const struct account *acct = a < c->n_accounts ?
		    &c->accounts[a] : NULL;

		for (size_t i = 0; i < c->n_modules; i++)
			if (c->modules[i].acct == acct)
				sorted[n++] = c->modules[i];
	}
	free(c->modules);
	c->modules = sorted;
}

void
content_link_accounts(struct content *c, struct diag *d)
{
	bool all_named = c->n_modules > 0;

	for (size_t i = 0; i < c->n_modules; i++) {
		if (c->modules[i].account == NULL)
			all_named = false;
		else
			account_link_module(c, &c->modules[i], d);
	}
	/* A module that could not be read may be the one naming it; no
	 * module at all is reported once, by content.c. */
	for (size_t i = 0; all_named && i < c->n_accounts; i++) {
		const struct account *a = &c->accounts[i];

		if (a->id != NULL && a->n_modules == 0)
			diag_add(d, a->file, a->line,
			    _("account \"%s\" has no modules (no module says "
			    "account = \"%s\";)"), a->id, a->id);
	}
	account_sort_modules(c);
}

void
content_free_accounts(struct content *c)
{
	for (size_t i = 0; i < c->n_accounts; i++) {
		struct account *a = &c->accounts[i];

		free(a->id);
		free(a->title);
		free(a->summary);
		free(a->source);
		free(a->checked);
		free(a->file);
	}
	free(c->accounts);
}

/* Find an account by id. */
const struct account *
content_account(const struct content *c, const char *id)
{
	for (size_t i = 0; id != NULL && i < c->n_accounts; i++)
		if (c->accounts[i].id != NULL &&
		    strcmp(c->accounts[i].id, id) == 0)
			return &c->accounts[i];
	return NULL;
}
