/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record_fixture: what the record tests share (see record_fixture.h).
 */
#include "config.h"
#include "record_fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "base/isotime.h"
#include "faults.h"
#include "testutil.h"

/* Make a scratch folder for each test and pin the clock. */
int
rf_setup(void **state)
{
	fault_fsync = 0;
	umask(022);
	setenv("JAGAAKUN_NOW", "2026-11-24T07:05:00Z", 1);
	*state = tu_tempdir();
	return 0;
}

/* Remove the scratch folder. */
int
rf_teardown(void **state)
{
	tu_rmtree(*state);
	free(*state);
	return 0;
}

/* Parse an ISO time that the test knows is valid. */
time_t
rf_at(const char *iso)
{
	time_t t;

	assert_true(isotime_parse(iso, &t));
	return t;
}

/* Open path, expecting success and no diagnostics. */
struct record *
rf_open_ok(const char *path)
{
	struct record *r = NULL;
	struct diag d;
	int err;

	diag_init(&d);
	err = record_open(path, &r, &d);
	if (err != 0)
		diag_print(&d, stderr);
	assert_int_equal(err, 0);
	assert_int_equal(d.n, 0);
	assert_non_null(r);
	diag_done(&d);
	return r;
}
