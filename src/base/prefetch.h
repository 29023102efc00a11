/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * prefetch: asking for memory before it is read.
 *
 * collect keeps a million officials' entries wherever the worker threads
 * put them; the passes after the workers visit them in another order
 * (sorted by unit and name), so each visit would wait for memory (on a
 * virtual machine, for a page walk too).  Asking PREFETCH_AHEAD entries
 * ahead lets those waits overlap.
 */
#ifndef JAGAAKUN_PREFETCH_H
#define JAGAAKUN_PREFETCH_H

#define PREFETCH_AHEAD 8	/* entries asked for ahead */

#ifdef __GNUC__
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

#endif
