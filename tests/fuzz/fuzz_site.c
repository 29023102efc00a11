/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_site: the agency's site settings file (site_load), which a
 * workstation reads from /etc/jagaakun or from a path it is given.
 *
 * The input is written as the file site.cfg in a scratch folder.
 * Checked: a refusal names the file; accepted settings hold valid UTF-8
 * with no control character, and the lookups and the placeholder
 * expansion work on them.
 */
#include "config.h"
#include "fuzz.h"

#include <stdlib.h>

#include "base/text.h"
#include "model/site.h"

const char fuzz_name[] = "site";

/* Check that a setting, when set, is valid UTF-8 with no control. */
static void
fuzz_site_text(const char *s)
{
	if (s != NULL)
		FUZZ_CHECK(text_is_utf8(s) && !text_has_control(s, NULL));
}

/* Check every text of accepted settings, and use them. */
static void
fuzz_site_accepted(const struct site *s)
{
	size_t idx[4];
	char *text;

	fuzz_site_text(s->agency);
	fuzz_site_text(s->verify_phone);
	fuzz_site_text(s->report_phone);
	fuzz_site_text(s->report_email);
	fuzz_site_text(s->csirt_name);
	fuzz_site_text(s->csirt_phone);
	fuzz_site_text(s->csirt_email);
	fuzz_site_text(s->csirt_url);
	/* A web address is printable ASCII without spaces. */
	for (const char *p = s->csirt_url; p != NULL && *p != '\0'; p++)
		FUZZ_CHECK(*p > ' ' && *p <= '~');
	fuzz_site_text(s->report_dir);
	for (size_t i = 0; i < s->n_required; i++)
		FUZZ_CHECK(text_is_utf8(s->required[i]));
	for (size_t i = 0; i < s->n_contacts; i++) {
		fuzz_site_text(s->contacts[i].unit);
		fuzz_site_text(s->contacts[i].name);
		fuzz_site_text(s->contacts[i].phone);
		fuzz_site_text(s->contacts[i].email);
	}
	FUZZ_CHECK(site_find_contacts(s, "a", idx, 4) <= 4);
	text = site_expand(s, "{agency} {verify_phone} {report_phone} "
	    "{report_email} {csirt} {unknown} {");
	FUZZ_CHECK(text != NULL && text_is_utf8(text));
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_dir();
	char *path = fuzz_write(dir, "site.cfg", data, size);
	struct site *s = NULL;
	struct diag d;

	diag_init(&d);
	if (site_load(path, true, &s, &d) == 0) {
		FUZZ_CHECK(s != NULL);
		fuzz_site_accepted(s);
	} else {
		FUZZ_CHECK(s == NULL);
		fuzz_check_refusal(&d, dir);
	}
	site_free(s);
	diag_done(&d);
	free(path);
	return 0;
}
