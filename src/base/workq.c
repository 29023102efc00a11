/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * workq: a bounded queue of items run by worker threads (see workq.h).
 *
 * One mutex guards the ring; two condition variables wake the workers
 * (an item is there) and the producer (room is there).
 */
#include "config.h"
#include "base/workq.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

#define WORKQ_LEN 64		/* items waiting for a worker */

/* One worker thread. */
struct workq_thread {
	struct workq *q;
	void *ctx;
	pthread_t id;
};

struct workq {
	size_t item_size;
	workq_run_fn *run;
	struct workq_thread *threads;
	size_t started;		/* threads running; 0: push runs items */
	pthread_mutex_t lock;	/* guards the ring and closed */
	pthread_cond_t not_empty, not_full;
	unsigned char *ring;	/* WORKQ_LEN items */
	size_t head, count;
	bool closed;
};

/* Take the next item into item; false when q is closed and empty. */
static bool
workq_pop(struct workq *q, void *item)
{
	pthread_mutex_lock(&q->lock);
	while (q->count == 0 && !q->closed)
		pthread_cond_wait(&q->not_empty, &q->lock);
	if (q->count == 0) {
		pthread_mutex_unlock(&q->lock);
		return false;
	}
	memcpy(item, q->ring + q->head * q->item_size, q->item_size);
	q->head = (q->head + 1) % WORKQ_LEN;
	q->count--;
	/* Wake the producer when half the queue is free, not for every
	 * item: waking it once per item costs two context switches each. */
	if (q->count == WORKQ_LEN / 2)
		pthread_cond_signal(&q->not_full);
	pthread_mutex_unlock(&q->lock);
	return true;
}

/* A worker thread: run items until the queue is closed and empty. */
static void *
workq_main(void *arg)
{
	struct workq_thread *t = arg;
	void *item = xmalloc(t->q->item_size);

	while (workq_pop(t->q, item))
		t->q->run(t->ctx, item);
	free(item);
	return NULL;
}

struct workq *
workq_start(size_t item_size, size_t n, void *const *workers,
    workq_run_fn *run)
{
	struct workq *q = xcalloc(1, sizeof *q);

	q->item_size = item_size;
	q->run = run;
	q->ring = xmalloc(WORKQ_LEN * item_size);
	q->threads = xcalloc(n, sizeof *q->threads);
	pthread_mutex_init(&q->lock, NULL);
	pthread_cond_init(&q->not_empty, NULL);
	pthread_cond_init(&q->not_full, NULL);
	for (size_t i = 0; i < n; i++) {
		q->threads[i] = (struct workq_thread){ .q = q,
		    .ctx = workers[i] };
		if (pthread_create(&q->threads[i].id, NULL, workq_main,
		    &q->threads[i]) != 0)
			break;
		q->started++;
	}
	/* Without any thread, push runs the items with the first context. */
	return q;
}

void
workq_push(struct workq *q, const void *item)
{
	if (q->started == 0) {
		q->run(q->threads[0].ctx, item);
		return;
	}
	pthread_mutex_lock(&q->lock);
	while (q->count == WORKQ_LEN)
		pthread_cond_wait(&q->not_full, &q->lock);
	memcpy(q->ring + (q->head + q->count) % WORKQ_LEN * q->item_size, item,
	    q->item_size);
	q->count++;
	pthread_cond_signal(&q->not_empty);
	pthread_mutex_unlock(&q->lock);
}

void
workq_finish(struct workq *q)
{
	pthread_mutex_lock(&q->lock);
	q->closed = true;
	pthread_cond_broadcast(&q->not_empty);
	pthread_mutex_unlock(&q->lock);
	for (size_t i = 0; i < q->started; i++)
		pthread_join(q->threads[i].id, NULL);
	pthread_cond_destroy(&q->not_empty);
	pthread_cond_destroy(&q->not_full);
	pthread_mutex_destroy(&q->lock);
	free(q->threads);
	free(q->ring);
	free(q);
}
