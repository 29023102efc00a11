/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * i18n: gettext set-up and the user's language.
 *
 * Bahasa Indonesia is the default.  Many workstations run with LANG unset
 * or set to C, where glibc ignores LANGUAGE and ncurses cannot show
 * multibyte text; i18n_init() therefore falls back to the C.UTF-8 locale
 * and selects the language through LANGUAGE itself.
 *
 * Every layer includes this header for _(); the functions are in
 * os/i18n.c, above the system calls they need (os/console.h).
 */
#ifndef JAGAAKUN_I18N_H
#define JAGAAKUN_I18N_H

#include <libintl.h>
#include <stdbool.h>

#define _(s) gettext(s)
#define N_(s) (s)

/*
 * Set the locale from the environment (falling back to C.UTF-8 when the
 * environment gives a non-UTF-8 or missing locale), keep numbers in the C
 * format, and bind the text domain to localedir (the JAGAAKUN_LOCALEDIR
 * environment variable overrides it, for tests before `make install`).
 * Returns true when the character set is UTF-8.
 */
bool i18n_init(const char *localedir);

/* Switch the messages to lang ("id" or "en"); takes effect immediately.
 * Returns false (and changes nothing) for any other value. */
bool i18n_set_language(const char *lang);

/* The language implied by the environment: "en" when LANGUAGE, LC_ALL,
 * LC_MESSAGES or LANG starts with "en", otherwise "id". */
const char *i18n_default_language(void);

/* The language last set with i18n_set_language() (or the default). */
const char *i18n_language(void);

/* A number that changes whenever what _() returns may change (a
 * language set, and so the catalogue bound by i18n_init): a cache of
 * translations is good while it stays the same. */
unsigned i18n_generation(void);

/* True when lang names a supported language ("id" or "en"). */
bool i18n_is_language(const char *lang);

#endif
