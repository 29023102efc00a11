/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * collect_na: the reasons officials gave for steps "not applicable",
 * counted per work unit and module while collect_summary.c makes the
 * summary (see collect_state.h).
 *
 * Each distinct (unit, module, listed or not, reason) is one item with a
 * count, found through a strmap on a key made of the four; a listed
 * reason is the content's English msgid, so the same choice counts as one
 * whatever language the official used.  The items are few (units times
 * modules times reasons), however many reports there are.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/strmap.h"
#include "base/xalloc.h"
#include "exchange/collect_state.h"

struct collect_na {
	struct collect_na_reason *all;
	char **keys;		/* all[i]'s key */
	size_t n, cap, cap_keys;
	struct strmap *by_key;
};

/* The key of item i (for by_key). */
static const char *
collect_na_key(const void *ctx, size_t i)
{
	return ((const struct collect_na *)ctx)->keys[i];
}

struct collect_na *
collect_na_new(void)
{
	struct collect_na *t = xcalloc(1, sizeof *t);

	t->by_key = strmap_new(collect_na_key, t);
	return t;
}

/* Count one step of module in unit, not applicable for reason. */
void
collect_na_add(struct collect_na *t, size_t unit, size_t module,
    const char *reason, bool listed)
{
	/* '\n' cannot end a unit or module number, so keys cannot clash. */
	char *key = xasprintf("%zu\n%zu\n%d\n%s", unit, module, listed,
	    reason);
	size_t i = strmap_add(t->by_key, key, t->n);

	if (i < t->n) {
		free(key);
		t->all[i].steps++;
		return;
	}
	t->all = xgrow(t->all, &t->cap, t->n + 1, sizeof *t->all);
	t->keys = xgrow(t->keys, &t->cap_keys, t->n + 1, sizeof *t->keys);
	t->keys[t->n] = key;
	t->all[t->n++] = (struct collect_na_reason){ unit, module,
	    xstrdup(reason), listed, 1 };
}

/* Order reasons by unit, module, most steps first, then listed ones
 * first and by text, so that every run gives the same table. */
static int
collect_na_cmp(const void *a, const void *b)
{
	const struct collect_na_reason *x = a, *y = b;

	if (x->unit != y->unit)
		return x->unit < y->unit ? -1 : 1;
	if (x->module != y->module)
		return x->module < y->module ? -1 : 1;
	if (x->steps != y->steps)
		return x->steps > y->steps ? -1 : 1;
	if (x->listed != y->listed)
		return x->listed ? -1 : 1;
	return strcmp(x->reason, y->reason);
}

void
collect_na_finish(struct collect_na *t, struct collect_summary *s)
{
	if (t->n > 1)
		qsort(t->all, t->n, sizeof *t->all, collect_na_cmp);
	s->na_reasons = t->all != NULL ? t->all :
	    xcalloc(1, sizeof *s->na_reasons);
	s->n_na_reasons = t->n;
	strmap_free(t->by_key);
	for (size_t i = 0; i < t->n; i++)
		free(t->keys[i]);
	free(t->keys);
	free(t);
}
