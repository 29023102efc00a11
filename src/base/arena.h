/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * arena: memory handed out in order and freed all at once.
 *
 * For many small pieces that live and die together -- the strings of a
 * report, the entries collect keeps -- an arena costs one allocation per
 * chunk instead of one per piece, and freeing is one walk over the
 * chunks.  Not thread-safe: one arena per thread.
 */
#ifndef JAGAAKUN_ARENA_H
#define JAGAAKUN_ARENA_H

#include <stddef.h>

struct arena;

/* An empty arena that takes memory chunk bytes at a time (more for a
 * larger piece). */
struct arena *arena_new(size_t chunk);

/* n bytes aligned to align (a power of two), until arena_free. */
void *arena_alloc(struct arena *a, size_t n, size_t align);

/* A copy of s ("" for NULL). */
char *arena_strdup(struct arena *a, const char *s);

/* Free everything allocated from a, and a (NULL is fine). */
void arena_free(struct arena *a);

#endif
