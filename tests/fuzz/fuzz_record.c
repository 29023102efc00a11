/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_record: the record file (record_open), which may be damaged,
 * edited by hand or left half-written by an older program.
 *
 * The input is written as record.cfg in a scratch folder and opened.
 * Checked: a refusal is -EBADMSG naming the file, the file left as it
 * was; an accepted record holds only what record.h allows (profiles
 * that profile_check accepts, known step states, valid UTF-8) and is
 * saved (record_save), as writing refuses only what reading would, into
 * a file that opens again to as many officials.
 */
#include "config.h"
#include "fuzz.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/text.h"
#include "model/profile.h"
#include "model/record.h"

const char fuzz_name[] = "record";

/* Open the record at path, checking what record_open promises. */
static struct record *
fuzz_record_open(const char *path, const char *dir)
{
	struct record *r = NULL;
	struct diag d;
	int err;

	diag_init(&d);
	err = record_open(path, &r, &d);
	if (err == 0)
		FUZZ_CHECK(r != NULL);
	else {
		FUZZ_CHECK(err == -EBADMSG && r == NULL);
		fuzz_check_refusal(&d, dir);
	}
	diag_done(&d);
	return r;
}

/* Check one official of an accepted record. */
static void
fuzz_record_official(const struct official *o)
{
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		FUZZ_CHECK(profile_check(f, profile_get(&o->profile, f)) ==
		    PROFILE_OK);
	for (size_t i = 0; i < o->n_steps; i++) {
		const struct step_state *s = &o->steps[i];

		FUZZ_CHECK(text_is_utf8(s->module) && text_is_utf8(s->step));
		FUZZ_CHECK(s->status >= STEP_TODO && s->status <= STEP_LATER);
		FUZZ_CHECK(s->reason == NULL || text_is_utf8(s->reason));
	}
	FUZZ_CHECK(o->accounts_asked || o->n_accounts == 0);
	FUZZ_CHECK(official_accounts_valid((const char *const *)o->accounts,
	    o->n_accounts));
	/* A quiz result, finished or stopped, holds together. */
	FUZZ_CHECK(o->quiz == NULL || quiz_result_check(o->quiz) == QUIZ_OK);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_dir();
	char *path = fuzz_write(dir, "record.cfg", data, size);
	struct record *r = fuzz_record_open(path, dir), *back;
	size_t n;

	if (r == NULL) {
		FUZZ_CHECK(fuzz_file_is(path, data, size));
		free(path);
		return 0;
	}
	for (size_t i = 0; i < r->n_officials; i++)
		fuzz_record_official(&r->officials[i]);
	n = r->n_officials;
	FUZZ_CHECK(record_save(r) == 0);
	record_close(r);
	back = fuzz_record_open(path, dir);
	FUZZ_CHECK(back != NULL && back->n_officials == n);
	record_close(back);
	free(path);
	return 0;
}
