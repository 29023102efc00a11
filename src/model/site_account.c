/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * site_account: which accounts and modules count for compliance (see
 * site.h), read from the site file and checked against the content.
 *
 *   required_accounts = [ "whatsapp", "asn-digital" ];
 *   required = [ "two-step", "asn-digital-mfa" ];
 *
 * Absent required_accounts: the accounts whose content file says
 * required = true.  Empty or absent required: every module of each
 * account; otherwise the modules listed, and every module of an account
 * none of whose modules is listed: content that gains an account (a new
 * version) then requires all of it, and an agency's settings written
 * before it stay valid.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "model/content.h"
#include "model/site_impl.h"

#define SITE_MAX_ID 40		/* bytes in an account id */

/* Say whether id is already in the site's required accounts. */
static bool
site_lists_account(const struct site *s, const char *id)
{
	for (size_t i = 0; i < s->n_required_accounts; i++)
		if (strcmp(s->required_accounts[i], id) == 0)
			return true;
	return false;
}

/* Report that "required_accounts" is not a list of ids. */
static void
site_not_accounts_list(struct cfgcheck *ck, const config_setting_t *s,
    size_t i)
{
	(void)i;
	cfgcheck_error(ck, s, _("\"required_accounts\" must be a list of "
	    "account ids, such as [ \"whatsapp\", \"asn-digital\" ]"));
}

/* Report an element of "required_accounts" that is not a string. */
static void
site_not_account_id(struct cfgcheck *ck, const config_setting_t *e,
    size_t i)
{
	(void)i;
	cfgcheck_error(ck, e, _("\"required_accounts\" must hold account ids "
	    "in double quotes"));
}

/* Read one account id of "required_accounts", unless it is there. */
static void
site_read_account(struct cfgcheck *ck, const config_setting_t *e, size_t i,
    void *st)
{
	struct site *s = st;
	const char *v = cfgcheck_id(ck, e, CFGCHECK_ID, SITE_MAX_ID);

	(void)i;
	if (v == NULL)
		return;
	if (site_lists_account(s, v)) {
		cfgcheck_error(ck, e, _("account \"%s\" is listed twice in "
		    "\"required_accounts\""), v);
		return;
	}
	s->required_account_lines[s->n_required_accounts] = cfgcheck_line(e);
	s->required_accounts[s->n_required_accounts++] = xstrdup(v);
}

/* Read the list of required account ids: not empty, since no account
 * required would make every official compliant. */
void
site_required_accounts_check(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	static const struct cfgcheck_list ids = {
		CONFIG_TYPE_STRING, true, site_not_accounts_list,
		site_not_account_id, site_read_account
	};
	struct site *st = field;
	size_t n = (size_t)config_setting_length(s);

	st->required_accounts = xcalloc(n + 1, sizeof *st->required_accounts);
	st->required_account_lines = xcalloc(n + 1,
	    sizeof *st->required_account_lines);
	cfgcheck_list(ck, s, &ids, st);
}

void
site_required_accounts_free(struct site *s)
{
	for (size_t i = 0; i < s->n_required_accounts; i++)
		free(s->required_accounts[i]);
	free(s->required_accounts);
	free(s->required_account_lines);
}

/* Say whether s->required lists a module of account a of c. */
static bool
site_lists_module_of(const struct site *s, const struct content *c,
    const struct account *a)
{
	for (size_t i = 0; i < s->n_required; i++) {
		const struct module *m = content_module(c, s->required[i]);

		if (m != NULL && m->acct == a)
			return true;
	}
	return false;
}

/* Report the module ids of s->required that c does not have. */
static int
site_check_module_ids(const struct site *s, const struct content *c,
    struct diag *d)
{
	int rc = 0;

	for (size_t i = 0; i < s->n_required; i++) {
		if (content_module(c, s->required[i]) != NULL)
			continue;
		diag_add(d, s->path, s->required_lines[i],
		    _("\"required\" names module \"%s\", which the checklist "
		    "content does not have"), s->required[i]);
		rc = -1;
	}
	return rc;
}

/* Report the account ids of s->required_accounts that c does not have. */
static int
site_check_account_ids(const struct site *s, const struct content *c,
    struct diag *d)
{
	int rc = 0;

	for (size_t i = 0; i < s->n_required_accounts; i++) {
		if (content_account(c, s->required_accounts[i]) != NULL)
			continue;
		diag_add(d, s->path, s->required_account_lines[i],
		    _("\"required_accounts\" names account \"%s\", which the "
		    "checklist content does not have"),
		    s->required_accounts[i]);
		rc = -1;
	}
	return rc;
}

/* Check the site's rules against c, and mark c's required accounts. */
int
site_check_modules(const struct site *s, struct content *c, struct diag *d)
{
	int rc = 0;

	if (c == NULL)
		return 0;
	for (size_t i = 0; i < c->n_accounts; i++) {
		struct account *a = &c->accounts[i];

		a->enforced = s != NULL && s->required_accounts != NULL ?
		    site_lists_account(s, a->id) : a->required;
	}
	if (s == NULL)
		return 0;
	if (site_check_module_ids(s, c, d) != 0)
		rc = -1;
	if (site_check_account_ids(s, c, d) != 0)
		rc = -1;
	return rc;
}

/* Say whether a module counts for its account's compliance. */
bool
site_module_required(const struct site *s, const struct content *c,
    const struct module *m)
{
	if (s == NULL || s->n_required == 0)
		return true;
	if (m->acct == NULL || c == NULL)
		return site_requires(s, m->id);
	return site_requires(s, m->id) || !site_lists_module_of(s, c, m->acct);
}
