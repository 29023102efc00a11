/*
 * strmap: a hash table from strings to indices, for a caller that keeps
 * its items in an array of its own and needs to find one by its name.
 *
 * The keys are borrowed, not copied: each must stay unchanged and alive
 * as long as the map.  Open addressing with linear probing, doubled when
 * half full, so a lookup is one or two probes.  Not thread-safe.
 */
#ifndef JAGAAKUN_STRMAP_H
#define JAGAAKUN_STRMAP_H

#include <stddef.h>

#define STRMAP_NONE ((size_t)-1)	/* strmap_get: no such key */

struct strmap;

/* An empty map. */
struct strmap *strmap_new(void);

/* The index of key when it is in m; otherwise key is added with index
 * value, which is returned (so a caller that passes its item count can
 * tell a new key by the count coming back).  value must not be
 * STRMAP_NONE. */
size_t strmap_add(struct strmap *m, const char *key, size_t value);

/* The index of key, or STRMAP_NONE when it is not in m. */
size_t strmap_get(const struct strmap *m, const char *key);

/* Free m (NULL is fine); the keys are the caller's. */
void strmap_free(struct strmap *m);

#endif
