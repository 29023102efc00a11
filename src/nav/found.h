/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * found: a list of the site's (the verify screen's contacts, the profile
 * form's units) narrowed to what the official types.  One mechanism for
 * every such list (nav/nav.c): the site says what matches
 * (site_find_fn), the flow keeps which rows are left.
 */
#ifndef JAGAAKUN_NAV_FOUND_H
#define JAGAAKUN_NAV_FOUND_H

#include <stddef.h>
#include "model/site.h"

/* The rows left: indices into the site's list, in its order. */
struct nav_found {
	size_t *v;
	size_t n, cap;
};

/* Keep in f the items of s's list of count items (find searches it)
 * that query matches: all of them for "", none for a NULL s. */
void nav_found_filter(struct nav_found *f, const struct site *s,
    site_find_fn *find, size_t count, const char *query);

/* Free what f holds and empty it. */
void nav_found_done(struct nav_found *f);

#endif
