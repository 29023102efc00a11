/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fsutil, the lock: Windows (see fsutil.h).  The lock is a LockFileEx
 * byte-range lock on byte 0 of "<path>.lock", taken without waiting; it
 * goes with the handle, so closing the descriptor (fs_unlock) or the end
 * of the process releases it.  A lock file that is a reparse point or a
 * folder is never used.
 */
#include "config.h"
#include "os/fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>

#include "base/xalloc.h"
#include "os/win.h"

/* Open the lock file of path: a handle on the file itself, checked to be
 * a plain file; INVALID_HANDLE_VALUE with *err set. */
static HANDLE
fs_lock_open(const char *path, DWORD access, DWORD disposition, int *err)
{
	char *lockpath = xasprintf("%s.lock", path);
	wchar_t *w = win_wide(lockpath);
	BY_HANDLE_FILE_INFORMATION info;
	HANDLE h;

	free(lockpath);
	if (w == NULL) {
		*err = -EINVAL;
		return INVALID_HANDLE_VALUE;
	}
	h = win_open_nofollow(w, access, disposition, FILE_ATTRIBUTE_NORMAL);
	free(w);
	if (h == INVALID_HANDLE_VALUE) {
		*err = -win_errno(GetLastError());
		return h;
	}
	if (!GetFileInformationByHandle(h, &info) ||
	    (info.dwFileAttributes & (FILE_ATTRIBUTE_REPARSE_POINT |
	    FILE_ATTRIBUTE_DIRECTORY)) || GetFileType(h) != FILE_TYPE_DISK) {
		CloseHandle(h);
		*err = -EEXIST;
		return INVALID_HANDLE_VALUE;
	}
	return h;
}

/* Lock byte 0 of h (taken over) without waiting; a descriptor or a
 * negative errno. */
static int
fs_lock_take(HANDLE h, DWORD flags)
{
	OVERLAPPED ov = { 0 };
	int fd;

	if (!LockFileEx(h, flags | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ov)) {
		DWORD e = GetLastError();

		CloseHandle(h);
		return e == ERROR_LOCK_VIOLATION || e == ERROR_IO_PENDING ?
		    -EWOULDBLOCK : -win_errno(e);
	}
	if ((fd = _open_osfhandle((intptr_t)h, _O_RDONLY)) < 0) {
		CloseHandle(h);
		return -EMFILE;
	}
	return fd;
}

int
fs_lock(const char *path)
{
	int err = 0;
	HANDLE h = fs_lock_open(path, GENERIC_READ | GENERIC_WRITE,
	    OPEN_ALWAYS, &err);

	if (h == INVALID_HANDLE_VALUE)
		return err;
	return fs_lock_take(h, LOCKFILE_EXCLUSIVE_LOCK);
}

int
fs_lock_shared(const char *path)
{
	int err = 0;
	HANDLE h = fs_lock_open(path, GENERIC_READ, OPEN_EXISTING, &err);

	if (h == INVALID_HANDLE_VALUE && err == -ENOENT)
		h = fs_lock_open(path, GENERIC_READ, OPEN_ALWAYS, &err);
	if (h == INVALID_HANDLE_VALUE)
		return err;
	return fs_lock_take(h, 0);
}

void
fs_unlock(int fd)
{
	if (fd >= 0)
		_close(fd);
}
