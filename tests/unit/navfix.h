/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * navfix: what the navigation's tests share: a small content in memory
 * (two modules, three contacts, two quiz scenarios), a real record in a
 * scratch folder, and the moves that bring a test to its screen.
 */
#ifndef JAGAAKUN_NAVFIX_H
#define JAGAAKUN_NAVFIX_H

#include "testutil.h"
#include "nav/nav.h"

#define THIS_YEAR 2026
#define NIP_A "198609262015051001"	/* a PNS NIP */
#define NIP_B "199009132025242014"	/* an NI PPPK: 13-14 is no month */

/* Two modules: "a" with three steps, "b" with two; step b/2 has no text
 * for WhatsApp Web. */
extern struct module navfix_modules[2];
extern const struct content navfix_content;

struct navfix {
	char *dir;
	struct record *record;
	struct nav nav;
};

/* cmocka's setup: an empty record in a new scratch folder, and the nav
 * over navfix_content in Bahasa Indonesia with the contacts and the
 * scenarios; teardown frees it all. */
int navfix_setup(void **state);
int navfix_teardown(void **state);

/* Add an official directly to the record. */
struct official *navfix_add_official(struct navfix *f, const char *name,
    const char *nip, const char *lang, int platform);

/* Start with one official on Android, chosen, on the module list. */
struct nav *navfix_start_chosen(struct navfix *f);

/* The status of step (mi, si) for the current official. */
enum step_status navfix_status_of(struct nav *n, size_t mi, size_t si);

#endif
