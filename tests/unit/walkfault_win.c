/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * walkfault, Windows: FindFirstFileExW, a DLL import wrapped through its
 * __imp_ pointer (-Wl,--wrap=__imp_FindFirstFileExW), refuses the locked
 * folder's listing ("FOLDER/x" or "FOLDER\x", by name).
 */
#include "config.h"
#include "walkfault.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <windows.h>

#include "base/xalloc.h"
#include "os/win.h"

static wchar_t *locked;		/* the folder refused; NULL: none */

extern HANDLE (WINAPI *__real___imp_FindFirstFileExW)(LPCWSTR,
    FINDEX_INFO_LEVELS, LPVOID, FINDEX_SEARCH_OPS, LPVOID, DWORD);

void
walkfault_lock(const char *dir)
{
	free(locked);
	locked = dir != NULL ? win_wide(dir) : NULL;
}

/* Refuse to list the locked folder. */
static HANDLE WINAPI
walkfault_find(LPCWSTR pattern, FINDEX_INFO_LEVELS level, LPVOID data,
    FINDEX_SEARCH_OPS op, LPVOID filter, DWORD flags)
{
	size_t n = locked != NULL ? wcslen(locked) : 0;

	if (n > 0 && wcsncmp(pattern, locked, n) == 0 &&
	    (pattern[n] == L'/' || pattern[n] == L'\\') &&
	    wcschr(pattern + n + 1, L'/') == NULL &&
	    wcschr(pattern + n + 1, L'\\') == NULL) {
		SetLastError(ERROR_ACCESS_DENIED);
		return INVALID_HANDLE_VALUE;
	}
	return __real___imp_FindFirstFileExW(pattern, level, data, op, filter,
	    flags);
}

HANDLE (WINAPI *__wrap___imp_FindFirstFileExW)(LPCWSTR, FINDEX_INFO_LEVELS,
    LPVOID, FINDEX_SEARCH_OPS, LPVOID, DWORD) = walkfault_find;
