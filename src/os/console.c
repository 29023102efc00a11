/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * console: POSIX (see console.h).
 */
#include "config.h"
#include "os/console.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

/* glibc: incremented whenever catalogues must be looked up again. */
extern int _nl_msg_cat_cntr;

/* The signals that stop the program, and the handlers they had. */
static const int os_quit_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define OS_QUIT_N (sizeof os_quit_signals / sizeof os_quit_signals[0])
static struct sigaction os_quit_old[OS_QUIT_N];

bool
os_locale_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

bool
os_locale_init(void)
{
	bool utf8;

	if (setlocale(LC_ALL, "") == NULL || !os_locale_utf8()) {
		/*
		 * LANG unset, C, or a locale that is not generated: without
		 * a UTF-8 locale ncurses would mangle Indonesian text and
		 * glibc would ignore LANGUAGE.  C.UTF-8 is always present
		 * on Debian.
		 */
		setlocale(LC_ALL, "C.UTF-8");
	}
	utf8 = os_locale_utf8();
	/* Numbers in files and exports never use a decimal comma. */
	setlocale(LC_NUMERIC, "C");
	return utf8;
}

bool
os_console_driver(void)
{
	return false;
}

int
os_setenv(const char *name, const char *value)
{
	return setenv(name, value, 1) == 0 ? 0 : -errno;
}

void
os_messages_changed(void)
{
	/* glibc caches translations per language; bumping this counter is
	 * the documented way to make it look them up again (gettext manual,
	 * "Being a gettext grok"). */
	++_nl_msg_cat_cntr;
}

void
os_quit_catch(void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < OS_QUIT_N; i++)
		sigaction(os_quit_signals[i], &sa, &os_quit_old[i]);
}

void
os_quit_restore(void)
{
	for (size_t i = 0; i < OS_QUIT_N; i++)
		sigaction(os_quit_signals[i], &os_quit_old[i], NULL);
}
