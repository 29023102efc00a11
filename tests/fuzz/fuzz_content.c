/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_content: a content folder (content_load), which an agency may
 * replace with its own.
 *
 * The input's first part (fuzz.h: parts between "%%" lines) is written
 * as content.cfg, every other part as a module file under modules/;
 * the one account, "a", is always the same file (accounts/10-a.cfg).
 * Checked: a refusal names a file; accepted content holds valid UTF-8
 * text with no control but the newline, every module at least
 * one step and every lookup finds what the content lists.
 */
#include "config.h"
#include "fuzz.h"

#include <stdlib.h>

#include "base/text.h"
#include "model/content.h"

const char fuzz_name[] = "content";

/* Check one text of accepted content; NULL where it is optional. */
static void
fuzz_content_text(const char *s, bool optional)
{
	FUZZ_CHECK(s != NULL || optional);
	if (s != NULL)
		FUZZ_CHECK(text_is_utf8(s) && !text_has_control(s, "\n"));
}

/* Check a module of accepted content and its steps. */
static void
fuzz_content_module(const struct content *c, const struct module *m)
{
	FUZZ_CHECK(content_module(c, m->id) != NULL);
	fuzz_content_text(m->id, false);
	fuzz_content_text(m->title, false);
	fuzz_content_text(m->summary, false);
	fuzz_content_text(m->why, false);
	fuzz_content_text(m->source, false);
	fuzz_content_text(m->checked, false);
	FUZZ_CHECK(m->acct != NULL && m->acct == content_account(c, m->account));
	FUZZ_CHECK(m->n_steps > 0);
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step *s = &m->steps[i];

		FUZZ_CHECK(module_step(m, s->id) == s);
		fuzz_content_text(s->title, false);
		fuzz_content_text(s->why, false);
		fuzz_content_text(s->text, true);
		for (int p = 0; p < PLATFORM_COUNT; p++) {
			fuzz_content_text(s->how[p], true);
			fuzz_content_text(step_how(s, p), true);
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_dir();
	struct fuzz_part part[FUZZ_MAX_PARTS];
	size_t n = fuzz_split(data, size, part), steps = 0;
	struct content *c = NULL;
	struct diag d;

	static const char account[] = "format = 1; id = \"a\"; title = \"A\"; "
	    "summary = \"S\"; required = true; source = \"Src\"; "
	    "checked = \"2026-12\";\n";

	free(fuzz_write(dir, "content.cfg", part[0].data, part[0].size));
	free(fuzz_write(dir, "accounts/10-a.cfg", (const uint8_t *)account,
	    sizeof account - 1));
	fuzz_write_parts(dir, "modules", part + 1, n - 1);
	diag_init(&d);
	if (content_load(dir, &c, &d) == 0) {
		FUZZ_CHECK(c != NULL && c->n_modules > 0);
		fuzz_content_text(c->version, false);
		for (size_t i = 0; i < c->n_modules; i++) {
			fuzz_content_module(c, &c->modules[i]);
			steps += c->modules[i].n_steps;
		}
		FUZZ_CHECK(content_step_count(c) == steps);
	} else {
		FUZZ_CHECK(c == NULL);
		fuzz_check_refusal(&d, dir);
	}
	content_free(c);
	diag_done(&d);
	return 0;
}
