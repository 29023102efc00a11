/*
 * strmap: strings to indices, by open addressing (see strmap.h).
 */
#include "config.h"
#include "base/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

#define STRMAP_FIRST 64		/* slots of a new map; a power of two */

/* A slot; key NULL is empty.  The hash is kept so that growing does
 * not hash every key again and a probe skips most strcmp calls. */
struct strmap_slot {
	const char *key;
	size_t hash;
	size_t value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t cap;		/* a power of two */
	size_t n;
};

/* FNV-1a of s. */
static size_t
strmap_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return (size_t)h;
}

/* The slot of slots (cap of them) that holds key, or the empty one where
 * it would go. */
static struct strmap_slot *
strmap_find(struct strmap_slot *slots, size_t cap, const char *key,
    size_t hash)
{
	size_t i = hash & (cap - 1);

	while (slots[i].key != NULL && (slots[i].hash != hash ||
	    strcmp(slots[i].key, key) != 0))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

/* Double m's slots. */
static void
strmap_grow(struct strmap *m)
{
	size_t cap = m->cap * 2;
	struct strmap_slot *slots = xcalloc(cap, sizeof *slots);

	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key != NULL)
			*strmap_find(slots, cap, m->slots[i].key,
			    m->slots[i].hash) = m->slots[i];
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
}

struct strmap *
strmap_new(void)
{
	struct strmap *m = xcalloc(1, sizeof *m);

	m->cap = STRMAP_FIRST;
	m->slots = xcalloc(m->cap, sizeof *m->slots);
	return m;
}

size_t
strmap_add(struct strmap *m, const char *key, size_t value)
{
	size_t hash = strmap_hash(key);
	struct strmap_slot *s = strmap_find(m->slots, m->cap, key, hash);

	if (s->key != NULL)
		return s->value;
	*s = (struct strmap_slot){ key, hash, value };
	if (2 * ++m->n >= m->cap)
		strmap_grow(m);
	return value;
}

size_t
strmap_get(const struct strmap *m, const char *key)
{
	size_t hash = strmap_hash(key);
	const struct strmap_slot *s = strmap_find(m->slots, m->cap, key, hash);

	return s->key != NULL ? s->value : STRMAP_NONE;
}

void
strmap_free(struct strmap *m)
{
	if (m == NULL)
		return;
	free(m->slots);
	free(m);
}
