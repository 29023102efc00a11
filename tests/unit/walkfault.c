/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * walkfault, POSIX: fdopendir (-Wl,--wrap=fdopendir) refuses the locked
 * folder, known by its inode.
 */
#include "config.h"
#include "walkfault.h"

#include <dirent.h>
#include <errno.h>
#include <stddef.h>
#include <sys/stat.h>

static ino_t locked_ino;	/* fdopendir fails on this folder; 0: none */

DIR *__real_fdopendir(int fd);
DIR *__wrap_fdopendir(int fd);

void
walkfault_lock(const char *dir)
{
	struct stat st;

	locked_ino = dir != NULL && stat(dir, &st) == 0 ? st.st_ino : 0;
}

/* Refuse to list the locked folder. */
DIR *
__wrap_fdopendir(int fd)
{
	struct stat st;

	if (locked_ino != 0 && fstat(fd, &st) == 0 && st.st_ino == locked_ino) {
		errno = EACCES;
		return NULL;
	}
	return __real_fdopendir(fd);
}
