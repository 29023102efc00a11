/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * arena: memory handed out in order and freed all at once (see arena.h).
 */
#include "config.h"
#include "base/arena.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

struct arena_chunk {
	struct arena_chunk *next;
	size_t size, used;
	max_align_t data[];
};

struct arena {
	struct arena_chunk *head;
	size_t chunk;
};

struct arena *
arena_new(size_t chunk)
{
	struct arena *a = xcalloc(1, sizeof *a);

	a->chunk = chunk;
	return a;
}

void *
arena_alloc(struct arena *a, size_t n, size_t align)
{
	struct arena_chunk *ch = a->head;
	size_t at = ch ? (ch->used + align - 1) & ~(align - 1) : 0;
	void *p;

	if (ch == NULL || at > ch->size || ch->size - at < n) {
		size_t size = n > a->chunk ? n : a->chunk;

		ch = xmalloc(sizeof *ch + size);
		ch->size = size;
		ch->next = a->head;
		a->head = ch;
		at = 0;
	}
	p = (char *)ch->data + at;
	ch->used = at + n;
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	size_t n = s ? strlen(s) + 1 : 1;
	char *p = arena_alloc(a, n, 1);

	memcpy(p, s ? s : "", n);
	return p;
}

void
arena_free(struct arena *a)
{
	while (a && a->head) {
		struct arena_chunk *next = a->head->next;

		free(a->head);
		a->head = next;
	}
	free(a);
}
