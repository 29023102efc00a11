/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * posix_win: the POSIX calls mingw-w64 lacks (see posix_win.h).
 */
#include "config.h"
#include "os/posix_win.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "os/fsutil.h"
#include "os/win.h"

#undef open
int
os_win_open(const char *path, int flags, ...)
{
	int mode = 0;

	if (flags & _O_CREAT) {
		va_list ap;

		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
	}
	if (!(flags & (_O_TEXT | _O_BINARY)))
		flags |= _O_BINARY;
	return _open(path, flags, mode);
}

FILE *
fmemopen(void *buf, size_t n, const char *mode)
{
	wchar_t dir[MAX_PATH + 1], name[MAX_PATH + 1];
	const char *p = buf;
	HANDLE h;
	FILE *f;
	int fd;

	if (mode == NULL || mode[0] != 'r' || strchr(mode, '+') != NULL) {
		errno = EINVAL;
		return NULL;
	}
	if (GetTempPathW(MAX_PATH + 1, dir) == 0 ||
	    GetTempFileNameW(dir, L"jgk", 0, name) == 0) {
		errno = win_errno(GetLastError());
		return NULL;
	}
	h = CreateFileW(name, GENERIC_READ | GENERIC_WRITE, 0, NULL,
	    CREATE_ALWAYS, FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE,
	    NULL);
	if (h == INVALID_HANDLE_VALUE) {
		errno = win_errno(GetLastError());
		DeleteFileW(name);
		return NULL;
	}
	while (n > 0) {
		DWORD chunk = n > 1u << 30 ? 1u << 30 : (DWORD)n, done = 0;

		if (!WriteFile(h, p, chunk, &done, NULL) || done == 0) {
			errno = win_errno(GetLastError());
			CloseHandle(h);
			return NULL;
		}
		p += done;
		n -= done;
	}
	SetFilePointer(h, 0, NULL, FILE_BEGIN);
	if ((fd = _open_osfhandle((intptr_t)h, _O_RDONLY | _O_BINARY)) < 0) {
		CloseHandle(h);
		errno = EMFILE;
		return NULL;
	}
	if ((f = _fdopen(fd, "rb")) == NULL)
		_close(fd);
	return f;
}

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	__int64 was = _lseeki64(fd, 0, SEEK_CUR);
	int r;

	if (was < 0 || _lseeki64(fd, off, SEEK_SET) < 0)
		return -1;
	/* Bytes, as POSIX reads them: a descriptor opened in text mode
	 * would turn CR LF into LF and return fewer bytes than the offsets
	 * count (a site.cfg saved by Notepad read its tail twice). */
	_setmode(fd, _O_BINARY);
	r = _read(fd, buf, n > 1u << 30 ? 1u << 30 : (unsigned)n);
	{
		int err = errno;

		_lseeki64(fd, was, SEEK_SET);
		errno = err;
	}
	return r;
}

int
vasprintf(char **out, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	*out = NULL;
	if (n < 0 || (*out = malloc((size_t)n + 1)) == NULL)
		return -1;
	return vsnprintf(*out, (size_t)n + 1, fmt, ap);
}

int
os_win_gethostname(char *name, size_t n)
{
	wchar_t w[256];
	DWORD len = sizeof w / sizeof *w;
	char *s;

	if (!GetComputerNameExW(ComputerNameDnsHostname, w, &len) ||
	    (s = win_narrow(w)) == NULL) {
		errno = EIO;
		return -1;
	}
	if (strlen(s) >= n) {
		free(s);
		errno = ENAMETOOLONG;
		return -1;
	}
	strcpy(name, s);
	free(s);
	return 0;
}

int
setenv(const char *name, const char *value, int overwrite)
{
	if (!overwrite && getenv(name) != NULL)
		return 0;
	if (_putenv_s(name, value) != 0) {
		errno = EINVAL;
		return -1;
	}
	return 0;
}

int
unsetenv(const char *name)
{
	/* An empty value removes the variable. */
	return _putenv_s(name, "") == 0 ? 0 : -1;
}

int
lstat(const char *path, struct stat *st)
{
	WIN32_FILE_ATTRIBUTE_DATA fa;
	wchar_t *w = win_wide(path);
	BOOL got;

	if (w == NULL) {
		errno = EINVAL;
		return -1;
	}
	got = GetFileAttributesExW(w, GetFileExInfoStandard, &fa);
	free(w);
	if (!got) {
		errno = win_errno(GetLastError());
		return -1;
	}
	if (fa.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) {
		memset(st, 0, sizeof *st);
		return 0;
	}
	return stat(path, st);
}

int
pipe(int fds[2])
{
	return _pipe(fds, 64 * 1024, _O_BINARY);
}
