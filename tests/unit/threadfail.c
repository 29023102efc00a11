/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * threadfail: pthread_create that fails on request (see threadfail.h).
 */
#include "config.h"
#include "threadfail.h"

#include <errno.h>
#include <pthread.h>

int threadfail_starts_left = -1;

int __real_pthread_create(pthread_t *t, const pthread_attr_t *a,
    void *(*fn)(void *), void *arg);
int __wrap_pthread_create(pthread_t *t, const pthread_attr_t *a,
    void *(*fn)(void *), void *arg);

/* Start the thread unless the test has used up the starts it allowed. */
int
__wrap_pthread_create(pthread_t *t, const pthread_attr_t *a,
    void *(*fn)(void *), void *arg)
{
	if (threadfail_starts_left == 0)
		return EAGAIN;
	if (threadfail_starts_left > 0)
		threadfail_starts_left--;
	return __real_pthread_create(t, a, fn, arg);
}
