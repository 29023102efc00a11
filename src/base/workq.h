/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * workq: items of work handed from one producing thread to a few worker
 * threads through a short bounded queue.
 *
 * The producer blocks while the queue is full, so the memory held is
 * bounded however fast it produces.  Each worker thread has a context
 * of its own (a buffer, an arena...) that its runs get.  When not one
 * thread can be started, workq_push runs each item itself, at once, with
 * the first context: slower, but the same work is done.
 */
#ifndef JAGAAKUN_WORKQ_H
#define JAGAAKUN_WORKQ_H

#include <stddef.h>

/* Do the work of one item (what workq_push was given, or a copy of
 * it), in a worker thread with that thread's context. */
typedef void workq_run_fn(void *worker, const void *item);

struct workq;

/*
 * Start up to n worker threads (n >= 1), thread i with context
 * workers[i], running run on items of item_size bytes.  Threads are
 * started until one fails to start; workers beyond it get no thread.
 */
struct workq *workq_start(size_t item_size, size_t n, void *const *workers,
    workq_run_fn *run);

/* Queue a copy of item for a worker, waiting while the queue is full. */
void workq_push(struct workq *q, const void *item);

/* Wait until every queued item has been run, stop the threads and free
 * q.  The contexts are the caller's. */
void workq_finish(struct workq *q);

#endif
