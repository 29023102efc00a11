/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * faults, Windows: the flush and the move of an atomic replace
 * (FlushFileBuffers, MoveFileExW in os/file_win.c) fail once on request
 * (see faults.h).  They are DLL imports, called through their __imp_
 * pointers, so the link wraps those pointers (-Wl,--wrap=__imp_NAME):
 * the program's calls go through __wrap___imp_NAME, which points here.
 */
#include "config.h"
#include "faults.h"

#include <errno.h>
#include <stdbool.h>
#include <windows.h>

int fault_fsync;
int fault_rename;

/* The Windows error a test's errno value stands for. */
static DWORD
fault_error(int err)
{
	switch (err) {
	case ENOSPC:
		return ERROR_DISK_FULL;
	case EXDEV:
		return ERROR_NOT_SAME_DEVICE;
	case EACCES:
		return ERROR_ACCESS_DENIED;
	default:
		return ERROR_WRITE_FAULT;
	}
}

/* Take the requested failure, if any: true with the error set. */
static bool
fault_take(int *fault)
{
	if (*fault == 0)
		return false;
	SetLastError(fault_error(*fault));
	*fault = 0;
	return true;
}

extern BOOL (WINAPI *__real___imp_FlushFileBuffers)(HANDLE);
extern BOOL (WINAPI *__real___imp_MoveFileExW)(LPCWSTR, LPCWSTR, DWORD);

/* Fail the flush once when the test asks for it. */
static BOOL WINAPI
fault_flush(HANDLE h)
{
	return fault_take(&fault_fsync) ? FALSE :
	    __real___imp_FlushFileBuffers(h);
}

/* Fail the move (the rename of a save) once when the test asks for it. */
static BOOL WINAPI
fault_move(LPCWSTR from, LPCWSTR to, DWORD flags)
{
	return fault_take(&fault_rename) ? FALSE :
	    __real___imp_MoveFileExW(from, to, flags);
}

BOOL (WINAPI *__wrap___imp_FlushFileBuffers)(HANDLE) = fault_flush;
BOOL (WINAPI *__wrap___imp_MoveFileExW)(LPCWSTR, LPCWSTR, DWORD) = fault_move;
