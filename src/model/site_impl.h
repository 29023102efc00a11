/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * site_impl: what the two files of the site settings share, and nothing
 * outside them includes (the public API is site.h).
 *
 *   site.c       the file: its settings, the contacts, the placeholders
 *   site_unit.c  the list of work units
 *   site_account.c  the required accounts, and the rules of compliance
 *                checked against the content
 */
#ifndef JAGAAKUN_SITE_IMPL_H
#define JAGAAKUN_SITE_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include "base/cfgcheck.h"
#include "model/site.h"

#define SITE_MAX_TEXT 200	/* bytes in a name or a unit */

/* Check and store a name: text on one line. */
cfgcheck_fn site_check_name;

/* Read the "units" list into the struct site at field. */
cfgcheck_fn site_units_check;

/* Read the "required_accounts" list into the struct site at field. */
cfgcheck_fn site_required_accounts_check;

/* Free the required accounts of s. */
void site_required_accounts_free(struct site *s);

/* Free the units of s. */
void site_units_free(struct site *s);

/* Say whether needle occurs in hay, ignoring the case of ASCII letters
 * ("" occurs in everything). */
bool site_contains(const char *hay, const char *needle);

/* The loop of every site_find_fn: the first max of the count items of s
 * for which matches(s, i, query) holds, their indices into idx; returns
 * how many. */
size_t site_find(const struct site *s, size_t count,
    bool (*matches)(const struct site *, size_t, const char *),
    const char *query, size_t *idx, size_t max);

#endif
