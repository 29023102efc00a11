/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * site_unit: the agency's list of work units in its settings (see
 * site.h and jagaakun-site(5)): read and checked with the rest of the
 * file by site.c, then looked up by code, by what an official typed, or
 * filtered as they type.
 *
 * A code, a name and each alias all stand for their unit, and an official
 * may type any of them: so none of them may stand for two units.  Each
 * unit is compared with the units above it as it is read, and the clash
 * is reported on the line of the later text.
 */
#include "config.h"
#include "model/site.h"
#include "model/site_impl.h"

#include <libconfig.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/cfgcheck.h"
#include "base/i18n.h"
#include "base/text.h"
#include "base/xalloc.h"

static cfgcheck_fn site_check_code, site_check_aliases;

/* One group of the units list; "aliases" fills two fields. */
static const struct cfgcheck_key site_unit_keys[] = {
	{ "code", true, site_check_code, offsetof(struct site_unit, code) },
	{ "name", true, site_check_name, offsetof(struct site_unit, name) },
	{ "aliases", false, site_check_aliases, 0 },
	{ NULL, false, NULL, 0 }
};

/* Check and store a unit's code: a short id. */
static void
site_check_code(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_ID, SITE_MAX_CODE, field);
}

/* Read one alias of a unit into unit u, unless it is not good text. */
static void
site_read_alias(struct cfgcheck *ck, const config_setting_t *e, size_t i,
    void *u)
{
	struct site_unit *unit = u;
	const char *v = cfgcheck_text(ck, e, NULL, SITE_MAX_TEXT);

	(void)i;
	if (v != NULL)
		unit->aliases[unit->n_aliases++] = xstrdup(v);
}

/* Read a unit's aliases, a list of names. */
static void
site_check_aliases(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	static const struct cfgcheck_list aliases = {
		CONFIG_TYPE_STRING, false, NULL, NULL, site_read_alias
	};
	struct site_unit *u = field;

	u->aliases = xcalloc((size_t)config_setting_length(s) + 1,
	    sizeof *u->aliases);
	cfgcheck_list(ck, s, &aliases, u);
}

/* The k-th text that stands for u: its code, its name, then its
 * aliases; NULL for a code or name that was not good, or past the end. */
static const char *
site_unit_text(const struct site_unit *u, size_t k)
{
	if (k == 0)
		return u->code;
	if (k == 1)
		return u->name;
	return k - 2 < u->n_aliases ? u->aliases[k - 2] : NULL;
}

/* The number of texts of u, for site_unit_text. */
static size_t
site_unit_texts(const struct site_unit *u)
{
	return 2 + u->n_aliases;
}

/* Say whether one of the texts of u compares as key: case and spacing
 * aside (text_squeeze with fold). */
static bool
site_unit_has(const struct site_unit *u, const char *key)
{
	bool has = false;

	for (size_t k = 0; k < site_unit_texts(u) && !has; k++) {
		const char *t = site_unit_text(u, k);
		char *tk;

		if (t == NULL)
			continue;
		tk = text_squeeze(t, true);
		has = strcmp(tk, key) == 0;
		free(tk);
	}
	return has;
}

/* The first of the n units that text stands for, or NULL. */
static const struct site_unit *
site_unit_among(const struct site_unit *units, size_t n, const char *text)
{
	char *key = text_squeeze(text, true);
	const struct site_unit *found = NULL;

	for (size_t i = 0; i < n && found == NULL; i++)
		if (site_unit_has(&units[i], key))
			found = &units[i];
	free(key);
	return found;
}

/* The first of the n units whose code is code, or NULL. */
static const struct site_unit *
site_unit_coded(const struct site_unit *units, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (units[i].code != NULL && strcmp(units[i].code, code) == 0)
			return &units[i];
	return NULL;
}

/* Report text (setting s, a text of the unit being read; its code when
 * code) when one of the n units read before it has it too. */
static void
site_unit_clash(struct cfgcheck *ck, const config_setting_t *s,
    const char *text, const struct site_unit *before, size_t n, bool code)
{
	const struct site_unit *other;

	if (code && site_unit_coded(before, n, text) != NULL) {
		cfgcheck_error(ck, s, _("the unit code \"%s\" is used twice"),
		    text);
		return;
	}
	if ((other = site_unit_among(before, n, text)) != NULL)
		cfgcheck_error(ck, s, _("\"%s\" already stands for the unit "
		    "\"%s\": each code, name and alias belongs to one unit"),
		    text, other->code != NULL ? other->code :
		    other->name != NULL ? other->name : "");
}

/* Report each text of unit u (group g) that a unit before it has. */
static void
site_unit_clashes(struct cfgcheck *ck, const config_setting_t *g,
    const struct site_unit *u, const struct site_unit *before, size_t n)
{
	const config_setting_t *a = config_setting_get_member(g, "aliases");
	int len = a != NULL && config_setting_is_aggregate(a) ?
	    config_setting_length(a) : 0;
	size_t k = 0;

	if (u->code != NULL)
		site_unit_clash(ck, config_setting_get_member(g, "code"),
		    u->code, before, n, true);
	if (u->name != NULL)
		site_unit_clash(ck, config_setting_get_member(g, "name"),
		    u->name, before, n, false);
	/* The aliases kept are the good elements, in their order. */
	for (int i = 0; i < len && k < u->n_aliases; i++) {
		const config_setting_t *e = config_setting_get_elem(a,
		    (unsigned)i);
		const char *v = config_setting_get_string(e);

		if (v == NULL || strcmp(v, u->aliases[k]) != 0)
			continue;
		site_unit_clash(ck, e, v, before, n, false);
		k++;
	}
}

/* Report that "units" is not a list of groups. */
static void
site_not_units(struct cfgcheck *ck, const config_setting_t *s, size_t i)
{
	(void)i;
	cfgcheck_error(ck, s, _("\"units\" must be a list of groups: ( { "
	    "code = \"...\"; name = \"...\"; aliases = [ \"...\" ]; } )"));
}

/* Report an element of "units" that is not a group. */
static void
site_not_unit(struct cfgcheck *ck, const config_setting_t *e, size_t i)
{
	(void)i;
	cfgcheck_error(ck, e, _("each unit must be a group in braces { ... }"));
}

/* Read one unit group into site st, then check that none of its texts
 * stands for a unit read before it. */
static void
site_read_unit(struct cfgcheck *ck, const config_setting_t *g, size_t i,
    void *st)
{
	struct site *site = st;
	struct site_unit *u = &site->units[site->n_units];

	(void)i;
	cfgcheck_group(ck, g, site_unit_keys, u);
	site_unit_clashes(ck, g, u, site->units, site->n_units);
	site->n_units++;
}

/* Read the agency's work units, a list of groups. */
void
site_units_check(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	static const struct cfgcheck_list units = {
		CONFIG_TYPE_GROUP, false, site_not_units, site_not_unit,
		site_read_unit
	};
	struct site *st = field;

	st->units = xcalloc((size_t)config_setting_length(s) + 1,
	    sizeof *st->units);
	cfgcheck_list(ck, s, &units, st);
}

/* Free the units of s. */
void
site_units_free(struct site *s)
{
	for (size_t i = 0; i < s->n_units; i++) {
		struct site_unit *u = &s->units[i];

		free(u->code);
		free(u->name);
		for (size_t k = 0; k < u->n_aliases; k++)
			free(u->aliases[k]);
		free(u->aliases);
	}
	free(s->units);
}

/* Say whether unit i of s matches query. */
static bool
site_unit_matches(const struct site *s, size_t i, const char *query)
{
	const struct site_unit *u = &s->units[i];

	for (size_t k = 0; k < site_unit_texts(u); k++)
		if (site_unit_text(u, k) != NULL &&
		    site_contains(site_unit_text(u, k), query))
			return true;
	return false;
}

/* Find the units whose code, name or an alias contains query. */
size_t
site_find_units(const struct site *s, const char *query, size_t *idx,
    size_t max)
{
	if (s == NULL)
		return 0;
	return site_find(s, s->n_units, site_unit_matches, query, idx, max);
}

/* Find a unit by its code. */
const struct site_unit *
site_unit_by_code(const struct site *s, const char *code)
{
	if (s == NULL || code == NULL)
		return NULL;
	return site_unit_coded(s->units, s->n_units, code);
}

/* Find the unit text stands for. */
const struct site_unit *
site_unit_by_text(const struct site *s, const char *text)
{
	if (s == NULL || text == NULL)
		return NULL;
	return site_unit_among(s->units, s->n_units, text);
}
