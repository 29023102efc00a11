/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * xalloc: allocation that cannot fail.  Running out of memory in a
 * checklist program is not something it can recover from, so these print
 * a message and exit with status 70 instead of returning NULL.
 */
#ifndef JAGAAKUN_XALLOC_H
#define JAGAAKUN_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* Grow an array of n elements of size bytes each to hold at least need;
 * *cap tracks the allocated count. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);
char *xstrdup(const char *s);
/* xstrdup(NULL) is NULL. */
char *xstrdup_or_null(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
