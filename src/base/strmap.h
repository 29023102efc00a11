/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * strmap: a hash table from strings to indices, for a caller that keeps
 * its items in an array of its own and needs to find one by its name.
 *
 * The map holds no keys: it asks the caller for the key of the item at
 * an index (strmap_key_fn) when it must compare one, so a slot is 8
 * bytes, what a table of pointers to the items would take.  Open
 * addressing with linear probing on a 32-bit hash, doubled when half
 * full, so a lookup is one or two probes and compares a key only when
 * the hashes agree.  Not thread-safe.
 */
#ifndef JAGAAKUN_STRMAP_H
#define JAGAAKUN_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#define STRMAP_NONE ((size_t)-1)	/* strmap_get: no such key */
#define STRMAP_MAX (UINT32_MAX - 1)	/* indices are below this */

/* The key of the caller's item at index i (ctx is strmap_new's); it must
 * not change while the map holds i. */
typedef const char *strmap_key_fn(const void *ctx, size_t i);

struct strmap;

/* An empty map whose keys key_of gives. */
struct strmap *strmap_new(strmap_key_fn *key_of, const void *ctx);

/* The index of key when it is in m; otherwise key is added with index
 * value (below STRMAP_MAX), which is returned, so a caller that passes
 * its item count can tell a new key by the count coming back and then
 * store the item there. */
size_t strmap_add(struct strmap *m, const char *key, size_t value);

/* The index of key, or STRMAP_NONE when it is not in m. */
size_t strmap_get(const struct strmap *m, const char *key);

/* Free m (NULL is fine); the items are the caller's. */
void strmap_free(struct strmap *m);

#endif
