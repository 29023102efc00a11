/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * walkfault: a folder the walk cannot list, as the system refuses a
 * folder of mode 000 to anyone but root (the tests run as root, and
 * Windows has no such mode).  POSIX wraps fdopendir (walkfault.c),
 * Windows FindFirstFileExW (walkfault_win.c); see Makefile.am.
 */
#ifndef JAGAAKUN_WALKFAULT_H
#define JAGAAKUN_WALKFAULT_H

/* From now on listing the folder dir fails with EACCES; NULL: none. */
void walkfault_lock(const char *dir);

#endif
