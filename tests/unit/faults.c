/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * faults: fsync and renameat that fail once on request (see faults.h).
 */
#include "config.h"
#include "faults.h"

#include <errno.h>

int fault_fsync;
int fault_rename;

int __real_fsync(int fd);
int __wrap_fsync(int fd);
int __real_renameat(int fromfd, const char *from, int tofd, const char *to);
int __wrap_renameat(int fromfd, const char *from, int tofd, const char *to);

/* Take the requested failure, if any: -1 with errno set, else 0. */
static int
fault_take(int *fault)
{
	if (*fault == 0)
		return 0;
	errno = *fault;
	*fault = 0;
	return -1;
}

/* Fail fsync once when the test asks for it. */
int
__wrap_fsync(int fd)
{
	return fault_take(&fault_fsync) ? -1 : __real_fsync(fd);
}

/* Fail renameat (the rename of a save) once when the test asks for it. */
int
__wrap_renameat(int fromfd, const char *from, int tofd, const char *to)
{
	return fault_take(&fault_rename) ? -1 :
	    __real_renameat(fromfd, from, tofd, to);
}
