/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * console: the terminal, the locale and the signals that stop the
 * program, whatever the system.  On POSIX these are the C library's
 * setlocale, nl_langinfo, setenv and sigaction; on Windows (console_win.c)
 * the console is switched to UTF-8 and its Ctrl-C and close events are
 * turned into the same handler calls.
 */
#ifndef JAGAAKUN_CONSOLE_H
#define JAGAAKUN_CONSOLE_H

#include <stdbool.h>

/* The number handed to the quit handler when the terminal goes away
 * (SIGHUP on POSIX; closing the console window, logging off or shutting
 * down on Windows). */
#define OS_QUIT_HANGUP 1

/*
 * Set the program's locale from the environment (setlocale(LC_ALL, "")),
 * falling back to C.UTF-8 when that is not UTF-8, with numbers always in
 * the C locale; on Windows also put the console in UTF-8 (code page
 * 65001) and name ncurses' console driver.  Returns whether text is
 * UTF-8 (os_locale_utf8).
 */
bool os_locale_init(void);

/* Say whether the character set of the current locale is UTF-8 (always
 * on Windows, where text goes through the wide console calls). */
bool os_locale_utf8(void);

/* Say whether curses draws through the system's console driver (the
 * Windows console: TERM=#win32con), which has no terminfo entry to check;
 * false on POSIX, where TERM names a terminfo entry. */
bool os_console_driver(void);

/* setenv(name, value, 1); 0 or a negative errno. */
int os_setenv(const char *name, const char *value);

/* Tell gettext that the language changed, so that it looks catalogues
 * up again. */
void os_messages_changed(void);

/*
 * Call handler(N) from a signal handler (or, on Windows, the console's
 * control thread) when the user asks to stop: SIGINT (Ctrl-C), SIGTERM,
 * or OS_QUIT_HANGUP.  The handler must only set a flag: the program
 * saves and exits on its own; on Windows a closing console waits for it
 * to exit.  os_quit_restore puts the previous handlers back.
 */
void os_quit_catch(void (*handler)(int));
void os_quit_restore(void);

#endif
