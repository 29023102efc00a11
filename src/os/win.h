/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * win: what the Windows side of os/ shares (the *_win.c files only).
 * Every name crosses to Windows as UTF-16 through win_wide, so that the
 * wide ("W") calls are used whatever the code page; errors come back as
 * errno values.
 */
#ifndef JAGAAKUN_WIN_H
#define JAGAAKUN_WIN_H

#include <stdbool.h>
#include <wchar.h>
#include <windows.h>

/* UTF-8 to a new UTF-16 string (xmalloc), NULL when s is not UTF-8. */
wchar_t *win_wide(const char *s);

/* UTF-16 to a new UTF-8 string (xmalloc), NULL when w is not UTF-16. */
char *win_narrow(const wchar_t *w);

/* The errno value for a Windows error code (GetLastError). */
int win_errno(DWORD err);

/* Say whether c separates the parts of a path ('/' or '\\'). */
static inline bool
win_is_sep(char c)
{
	return c == '/' || c == '\\';
}

/* Open a handle on the name itself (a reparse point is not followed)
 * only to look at it; INVALID_HANDLE_VALUE with the error set. */
HANDLE win_open_nofollow(const wchar_t *w, DWORD access, DWORD disposition,
    DWORD attrs);

/* The console's control routine (console_win.c), which the console runs
 * on a thread of its own for Ctrl-C and for the window closing; the unit
 * tests call it so (tests/unit/testutil_win.c), since no terminal driven
 * from outside can close a console window under Wine. */
BOOL WINAPI os_quit_ctrl(DWORD event);

#endif
