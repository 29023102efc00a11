/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * tempname: the names of the temp files an atomic replace writes beside
 * a file, "<name>.tmp.XXXXXX", the same on POSIX and Windows, so that
 * fs_remove_stale_temps recognises exactly the ones we make.
 */
#ifndef JAGAAKUN_TEMPNAME_H
#define JAGAAKUN_TEMPNAME_H

#include <stdbool.h>

#define FS_TEMP_SUFFIX ".tmp."
#define FS_TEMP_RANDOM 6	/* the XXXXXX of "<name>.tmp.XXXXXX" */
#define FS_TEMP_TRIES 100	/* names tried when others are taken */

/* name.tmp.XXXXXX with XXXXXX made from the random bytes rnd (as
 * mkstemp's characters).  Caller frees. */
char *fs_temp_name_of(const char *name, const unsigned char rnd[FS_TEMP_RANDOM]);

/* Say whether name is base followed by a temp suffix we make. */
bool fs_is_temp_of(const char *name, const char *base);

#endif
