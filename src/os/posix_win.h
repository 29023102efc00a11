/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * posix_win: the few POSIX calls below os/ that mingw-w64 lacks, for the
 * Windows build only (configure passes -include os/posix_win.h), so that
 * the code that uses them stays the same on both systems.  Implemented in
 * posix_win.c.
 */
#ifndef JAGAAKUN_POSIX_WIN_H
#define JAGAAKUN_POSIX_WIN_H

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

/* glibc's "cannot access a needed shared library", which lazylib sets
 * when libxlsxwriter is not installed: on Windows the libraries are
 * linked in and it is never set, but the code that looks for it is the
 * same (a number mingw-w64 does not use). */
#ifndef ELIBACC
#define ELIBACC 79
#endif

/* stat() without following a link: a file or folder that is a reparse
 * point (a symbolic link, a junction) is not followed; st then says only
 * that it is there (st_mode 0, size 0).  UTF-8 path. */
int lstat(const char *path, struct stat *st);

/* Read-only ("r") only: a stream over a copy of the n bytes at buf (a
 * temporary file that is deleted when the stream is closed). */
FILE *fmemopen(void *buf, size_t n, const char *mode);

/* Every stream and descriptor in binary mode (bytes as on POSIX, no CR
 * added before LF), before main: Debian's mingw-w64 binmode.o, which
 * should set it, is empty (no _fmode in it; a fopen("w") wrote CR LF).
 * One copy a file that includes this header, each doing the same.
 * msvcrt's _fmode is reached through __p__fmode, declared as stdlib.h
 * does: this header is read before config.h, and a stdlib.h included
 * here would miss its definitions (rand_r, rand_s). */
__declspec(dllimport) int *__cdecl __p__fmode(void);
__attribute__((constructor, used)) static void
os_win_binmode(void)
{
	*__p__fmode() = _O_BINARY;
}

/* open() in binary mode unless O_TEXT is asked for, as fopen is with
 * binmode.o (which does not reach msvcrt's _open): a file read through a
 * descriptor keeps its CR LF and its ^Z bytes (a record, a report whose
 * checksum covers its bytes, site settings from Notepad). */
#define open(...) os_win_open(__VA_ARGS__)
int os_win_open(const char *path, int flags, ...);

/* A pipe of binary descriptors (_pipe). */
int pipe(int fds[2]);

/* read() at offset off, the file's own offset left where it was; the
 * descriptor is put in binary mode (bytes as they are, CR LF kept). */
ssize_t pread(int fd, void *buf, size_t n, off_t off);

/* The computer's DNS host name, as UTF-8 (GetComputerNameExW); not
 * winsock's, which needs WSAStartup. */
#define gethostname os_win_gethostname
int os_win_gethostname(char *name, size_t n);

/* The environment (the C library's, which getenv reads): _putenv_s. */
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);

/* vsnprintf into a new buffer (malloc); the length, or -1. */
int vasprintf(char **out, const char *fmt, va_list ap);

#endif
