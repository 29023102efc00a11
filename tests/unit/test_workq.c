/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for workq.c: every item pushed is run exactly once, by a thread
 * with its own context, with one worker, several, or when not one
 * thread can start (pthread_create is wrapped to fail on demand) and
 * the pusher runs the items itself; far more items than the queue
 * holds, so the pusher waits for room.
 */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>

#include "testutil.h"
#include "threadfail.h"
#include "base/workq.h"
#include "base/xalloc.h"

#define ITEMS 3000
#define MAX_WORKERS 4

/* An item: which number it is. */
struct item {
	size_t n;
	char pad[20];		/* an item is not a word: copied whole */
};

/* A worker's context: the items it ran and the thread it ran them in. */
struct ctx {
	unsigned char *seen;	/* ITEMS flags, each set by one run */
	size_t runs;
	pthread_t thread;
	bool same_thread;	/* every run was in thread */
	bool whole;		/* every item came whole */
};

/* Run an item: count it in the context and in the item's flag (no
 * cmocka assertion here: it may be another thread). */
static void
run_item(void *worker, const void *item)
{
	struct ctx *c = worker;
	const struct item *it = item;

	if (c->runs == 0)
		c->thread = pthread_self();
	else if (!pthread_equal(c->thread, pthread_self()))
		c->same_thread = false;
	c->runs++;
	c->seen[it->n]++;
	if (it->pad[0] != (char)it->n)
		c->whole = false;
}

/* Push ITEMS items to a queue of n workers, with allowed threads able to
 * start; returns the number of contexts that ran any item. */
static size_t
push_all(size_t n, int allowed, struct ctx *c)
{
	unsigned char *seen = xcalloc(ITEMS, 1);
	void *ctxs[MAX_WORKERS];
	struct workq *q;
	size_t busy = 0, runs = 0;

	for (size_t i = 0; i < n; i++) {
		c[i] = (struct ctx){ .seen = seen, .same_thread = true,
		    .whole = true };
		ctxs[i] = &c[i];
	}
	threadfail_starts_left = allowed;
	q = workq_start(sizeof(struct item), n, ctxs, run_item);
	threadfail_starts_left = -1;
	for (size_t i = 0; i < ITEMS; i++) {
		struct item it = { .n = i, .pad = { (char)i } };

		workq_push(q, &it);
	}
	workq_finish(q);
	for (size_t i = 0; i < ITEMS; i++)
		assert_int_equal(seen[i], 1);
	for (size_t i = 0; i < n; i++) {
		assert_true(c[i].same_thread);
		assert_true(c[i].whole);
		busy += c[i].runs > 0;
		runs += c[i].runs;
	}
	assert_int_equal(runs, ITEMS);
	free(seen);
	return busy;
}

static void
test_workq_one_worker(void **state)
{
	struct ctx c[1];

	(void)state;
	assert_int_equal(push_all(1, -1, c), 1);
	assert_false(pthread_equal(c[0].thread, pthread_self()));
}

static void
test_workq_several_workers(void **state)
{
	struct ctx c[MAX_WORKERS];

	(void)state;
	assert_true(push_all(MAX_WORKERS, -1, c) >= 1);
	for (size_t i = 0; i < MAX_WORKERS; i++)
		assert_true(c[i].runs == 0 ||
		    !pthread_equal(c[i].thread, pthread_self()));
}

/* Only the first thread starts: the others' contexts are never used. */
static void
test_workq_some_threads_fail(void **state)
{
	struct ctx c[3];

	(void)state;
	assert_int_equal(push_all(3, 1, c), 1);
	assert_int_equal(c[0].runs, ITEMS);
}

/* No thread starts: the pusher runs every item with the first context. */
static void
test_workq_no_thread_runs_inline(void **state)
{
	struct ctx c[2];

	(void)state;
	assert_int_equal(push_all(2, 0, c), 1);
	assert_int_equal(c[0].runs, ITEMS);
	assert_true(pthread_equal(c[0].thread, pthread_self()));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_workq_one_worker),
		cmocka_unit_test(test_workq_several_workers),
		cmocka_unit_test(test_workq_some_threads_fail),
		cmocka_unit_test(test_workq_no_thread_runs_inline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
