/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record_fixture: what the record tests share: the officials' NIPs, a
 * scratch folder with the clock pinned, and opening a record that must
 * open cleanly.
 */
#ifndef JAGAAKUN_RECORD_FIXTURE_H
#define JAGAAKUN_RECORD_FIXTURE_H

#include <time.h>
#include "model/record.h"

#define NIP_SITI "198609262015051001"
#define NIP_LUH "197512312000122001"
#define NIP_TENGKU "199001012019031002"
#define QT "2026-11-24T07:05:00Z"	/* a quiz's time */

/* cmocka setup: no fsync fault, umask 022, the clock at
 * 2026-11-24T07:05:00Z, and *state a fresh scratch folder. */
int rf_setup(void **state);

/* cmocka teardown: remove the scratch folder. */
int rf_teardown(void **state);

/* The time iso, which the test knows is valid. */
time_t rf_at(const char *iso);

/* Open path, asserting success and no diagnostics. */
struct record *rf_open_ok(const char *path);

#endif
