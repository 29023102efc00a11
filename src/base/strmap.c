/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * strmap: strings to indices, by open addressing (see strmap.h).
 */
#include "config.h"
#include "base/strmap.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

#define STRMAP_FIRST 64		/* slots of a new map; a power of two */

/* A slot: the key's hash, and its index plus one (0: empty). */
struct strmap_slot {
	uint32_t hash;
	uint32_t index1;
};

struct strmap {
	struct strmap_slot *slots;
	size_t cap;		/* a power of two */
	size_t n;
	strmap_key_fn *key_of;
	const void *ctx;
};

/* FNV-1a of s, folded to 32 bits. */
static uint32_t
strmap_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return (uint32_t)(h ^ (h >> 32));
}

/* The slot that holds key (hash being its hash), or the empty one where
 * it would go. */
static struct strmap_slot *
strmap_find(const struct strmap *m, const char *key, uint32_t hash)
{
	size_t i = hash & (m->cap - 1);

	while (m->slots[i].index1 != 0 && (m->slots[i].hash != hash ||
	    strcmp(m->key_of(m->ctx, m->slots[i].index1 - 1), key) != 0))
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

/* Double the slots; every key stays where its hash sends it. */
static void
strmap_grow(struct strmap *m)
{
	size_t cap = m->cap * 2;
	struct strmap_slot *slots = xcalloc(cap, sizeof *slots);

	for (size_t i = 0; i < m->cap; i++) {
		size_t j = m->slots[i].hash & (cap - 1);

		if (m->slots[i].index1 == 0)
			continue;
		while (slots[j].index1 != 0)
			j = (j + 1) & (cap - 1);
		slots[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
}

struct strmap *
strmap_new(strmap_key_fn *key_of, const void *ctx)
{
	struct strmap *m = xcalloc(1, sizeof *m);

	m->cap = STRMAP_FIRST;
	m->slots = xcalloc(m->cap, sizeof *m->slots);
	m->key_of = key_of;
	m->ctx = ctx;
	return m;
}

size_t
strmap_add(struct strmap *m, const char *key, size_t value)
{
	uint32_t hash = strmap_hash(key);
	struct strmap_slot *s = strmap_find(m, key, hash);

	if (s->index1 != 0)
		return s->index1 - 1;
	if (value >= STRMAP_MAX)
		abort();	/* four thousand million items: never */
	*s = (struct strmap_slot){ hash, (uint32_t)value + 1 };
	if (2 * ++m->n >= m->cap)
		strmap_grow(m);
	return value;
}

size_t
strmap_get(const struct strmap *m, const char *key)
{
	const struct strmap_slot *s = strmap_find(m, key, strmap_hash(key));

	return s->index1 != 0 ? s->index1 - 1 : STRMAP_NONE;
}

void
strmap_free(struct strmap *m)
{
	if (m == NULL)
		return;
	free(m->slots);
	free(m);
}
