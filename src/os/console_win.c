/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * console: Windows (see console.h).  The console is put in UTF-8 both
 * ways, and ncurses is pointed at its Windows console driver (TERM=
 * #win32con), which draws with the console's wide-character calls.  The
 * console's control events stand in for signals: Ctrl-C and Ctrl-Break
 * for SIGINT, closing the window, logging off and shutting down for
 * SIGHUP.  Windows ends the process when the control handler returns
 * (after about 5 s for a close at the latest), so the handler sets the
 * flag and waits there while the main thread saves and exits.
 */
#include "config.h"
#include "os/console.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdio.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

#include "os/win.h"

/* libintl: incremented whenever catalogues must be looked up again. */
extern int _nl_msg_cat_cntr;

static void (*volatile os_quit_handler)(int);
static void (*os_quit_old_term)(int);

bool
os_locale_utf8(void)
{
	return true;
}

bool
os_locale_init(void)
{
	SetConsoleOutputCP(CP_UTF8);
	SetConsoleCP(CP_UTF8);
	/* The bytes as on POSIX: no CR added before LF, none taken off. */
	_setmode(_fileno(stdin), _O_BINARY);
	_setmode(_fileno(stdout), _O_BINARY);
	_setmode(_fileno(stderr), _O_BINARY);
	setlocale(LC_ALL, "");
	/* Numbers in files and exports never use a decimal comma. */
	setlocale(LC_NUMERIC, "C");
	/* JAGAAKUN_TERM may name another ncurses terminal (ms-terminal for
	 * escape sequences on Windows 10 and later). */
	const char *term = getenv("JAGAAKUN_TERM");
	_putenv_s("TERM", term != NULL && *term != '\0' ? term : "#win32con");
	return true;
}

bool
os_console_driver(void)
{
	const char *term = getenv("TERM");

	return term != NULL && strcmp(term, "#win32con") == 0;
}

int
os_setenv(const char *name, const char *value)
{
	errno_t err = _putenv_s(name, value);

	return err == 0 ? 0 : -(int)err;
}

void
os_messages_changed(void)
{
	++_nl_msg_cat_cntr;
}

/* The console's control thread: hand the event on as a signal number. */
BOOL WINAPI
os_quit_ctrl(DWORD event)
{
	void (*handler)(int) = os_quit_handler;

	if (handler == NULL)
		return FALSE;
	switch (event) {
	case CTRL_C_EVENT:
	case CTRL_BREAK_EVENT:
		handler(SIGINT);
		return TRUE;
	case CTRL_CLOSE_EVENT:
	case CTRL_LOGOFF_EVENT:
	case CTRL_SHUTDOWN_EVENT:
		handler(OS_QUIT_HANGUP);
		/* Returning would end the process before the save: the main
		 * thread's exit ends this thread too. */
		Sleep(INFINITE);
		return TRUE;
	default:
		return FALSE;
	}
}

void
os_quit_catch(void (*handler)(int))
{
	os_quit_handler = handler;
	os_quit_old_term = signal(SIGTERM, handler);
	SetConsoleCtrlHandler(os_quit_ctrl, TRUE);
}

void
os_quit_restore(void)
{
	SetConsoleCtrlHandler(os_quit_ctrl, FALSE);
	signal(SIGTERM, os_quit_old_term == SIG_ERR ? SIG_DFL :
	    os_quit_old_term);
	os_quit_handler = NULL;
}
