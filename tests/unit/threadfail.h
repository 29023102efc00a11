/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * threadfail: make pthread_create fail, to test what happens when fewer
 * threads than asked for, or none, can start.  Works only in a test
 * linked with -Wl,--wrap=pthread_create (see Makefile.am).
 */
#ifndef JAGAAKUN_THREADFAIL_H
#define JAGAAKUN_THREADFAIL_H

/* How many more pthread_create calls may start a thread before the
 * others fail with EAGAIN; -1 (the default) lets every one through. */
extern int threadfail_starts_left;

#endif
