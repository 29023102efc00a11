/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_report: report files from other machines (report_parse).
 *
 * Each input is read twice: as it is, and resealed -- its checksum
 * replaced by the right one for the rest -- so that mutations reach the
 * members behind the checksum instead of stopping at REJECT_EDITED.
 * Checked: a reason in range and a detail fit for a terminal; the
 * canonical form is a fixed point (jdoc.h); a resealed JSON object is
 * never "edited"; and a report that was accepted is written back
 * (report_write) into a file that reads back to the same report.
 */
#include "config.h"
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/jdoc.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "exchange/report.h"

const char fuzz_name[] = "report";

static struct jdoc *fuzz_report_work;

/* Check what report_parse promises of any input; *out as it gives it. */
static enum reject_reason
fuzz_report_parse(const char *buf, size_t len, struct report **out)
{
	char *detail = NULL;
	enum reject_reason why;

	why = report_parse(fuzz_report_work, buf, len, out, &detail);
	fuzz_check_verdict(why, *out != NULL, detail);
	return why;
}

/* Check that an accepted report is what it says and that writing it
 * gives a file that reads back the same. */
static void
fuzz_report_accepted(const struct report *r)
{
	struct report *back;
	struct progress all;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	FUZZ_CHECK(report_tally(r, &all) == r->compliant);
	FUZZ_CHECK(r->finished == all.done + all.na && r->total == all.total);
	FUZZ_CHECK(text_is_utf8(r->profile.name) && text_is_utf8(r->host));
	FUZZ_CHECK(f != NULL);
	FUZZ_CHECK(report_write(r, f) == 0);
	FUZZ_CHECK(fclose(f) == 0);
	FUZZ_CHECK(fuzz_report_parse(text, len, &back) == REJECT_OK);
	FUZZ_CHECK(back->n_modules == r->n_modules);
	FUZZ_CHECK(back->n_steps == r->n_steps);
	FUZZ_CHECK(back->compliant == r->compliant);
	FUZZ_CHECK(back->exported == r->exported);
	FUZZ_CHECK(strcmp(back->profile.nip, r->profile.nip) == 0);
	FUZZ_CHECK(strcmp(back->profile.name, r->profile.name) == 0);
	FUZZ_CHECK((back->quiz == NULL) == (r->quiz == NULL));
	FUZZ_CHECK(back->n_accounts == r->n_accounts);
	for (size_t i = 0; i < r->n_accounts; i++)
		FUZZ_CHECK(r->accounts[i].compliant ==
		    report_account_compliant(r, r->accounts[i].id));
	FUZZ_CHECK(r->quiz == NULL || (quiz_result_check(r->quiz) == QUIZ_OK &&
	    back->quiz->answered == r->quiz->answered &&
	    back->quiz->n_asked == r->quiz->n_asked));
	report_free(back);
	free(text);
}

/* The canonical form of the input with the checksum that matches it, or
 * NULL when the input is no JSON object; *len gets its length. */
static char *
fuzz_report_reseal(const char *buf, size_t size, size_t *len)
{
	size_t end, n, n2;
	struct jdoc *d = jdoc_parse(buf, size, "checksum", &end), *again;
	char sum[REPORT_SUM_LEN + 1];
	const char *canon, *canon2;
	char *sealed;

	if (d == NULL)
		return NULL;
	canon = jdoc_canonical(d, &n);
	/* The canonical form of the canonical form is itself. */
	again = jdoc_parse(canon, n, "checksum", &end);
	FUZZ_CHECK(again != NULL);
	canon2 = jdoc_canonical(again, &n2);
	FUZZ_CHECK(n2 == n && memcmp(canon, canon2, n) == 0);
	jdoc_free(again);
	if (jdoc_type(d, jdoc_root(d)) != JDOC_OBJECT) {
		jdoc_free(d);
		return NULL;
	}
	report_checksum(canon, n, sum);
	sealed = xasprintf("%.*s%s\"checksum\":\"%s\"}", (int)(n - 1), canon,
	    n > 2 ? "," : "", sum);
	*len = strlen(sealed);
	jdoc_free(d);
	return sealed;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *buf = (const char *)data;
	struct report *r;
	char *sealed;
	size_t len;

	if (fuzz_report_work == NULL)
		fuzz_report_work = jdoc_new();
	if (fuzz_report_parse(buf, size, &r) == REJECT_OK) {
		fuzz_report_accepted(r);
		report_free(r);
	}
	if (size > REPORT_MAX_BYTES)
		return 0;
	if ((sealed = fuzz_report_reseal(buf, size, &len)) != NULL) {
		enum reject_reason why = fuzz_report_parse(sealed, len, &r);

		FUZZ_CHECK(why != REJECT_EDITED && why != REJECT_NOT_JSON);
		if (why == REJECT_OK) {
			fuzz_report_accepted(r);
			report_free(r);
		}
		free(sealed);
	}
	return 0;
}
