/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * tempname: see tempname.h.
 */
#include "config.h"
#include "os/tempname.h"

#include <string.h>

#include "base/xalloc.h"

/* The characters of a temp name's random part (as mkstemp's). */
static const char fs_temp_chars[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

char *
fs_temp_name_of(const char *name, const unsigned char rnd[FS_TEMP_RANDOM])
{
	char suffix[FS_TEMP_RANDOM + 1];

	for (size_t i = 0; i < FS_TEMP_RANDOM; i++)
		suffix[i] = fs_temp_chars[rnd[i] % (sizeof fs_temp_chars - 1)];
	suffix[FS_TEMP_RANDOM] = '\0';
	return xasprintf("%s" FS_TEMP_SUFFIX "%s", name, suffix);
}

bool
fs_is_temp_of(const char *name, const char *base)
{
	size_t n = strlen(base), k = strlen(FS_TEMP_SUFFIX);
	const char *rnd;

	if (strncmp(name, base, n) != 0 ||
	    strncmp(name + n, FS_TEMP_SUFFIX, k) != 0)
		return false;
	rnd = name + n + k;
	return strlen(rnd) == FS_TEMP_RANDOM &&
	    strspn(rnd, fs_temp_chars) == FS_TEMP_RANDOM;
}
