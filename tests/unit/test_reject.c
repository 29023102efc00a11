/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_reject: the table of reject reasons: every reason has a code and
 * a phrase, the codes are the ones collect's outputs have always carried
 * and are unique, and the phrases are translated.
 */
#include "config.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "exchange/reject.h"

/* The codes in the order of the enum, as the outputs spell them. */
static const char *const codes[] = {
	"ok", "unreadable", "too-large", "not-json", "not-a-report",
	"unknown-format", "invalid", "edited", "symlink", "not-a-file",
	"too-deep", "outside-archive", "archive-link", "nested-archive",
	"archive-bomb", "bad-archive", "same-office",
};

static void
test_reject_codes(void **state)
{
	(void)state;
	assert_int_equal(REJECT_COUNT, sizeof codes / sizeof codes[0]);
	for (int i = 0; i < REJECT_COUNT; i++)
		assert_string_equal(reject_code((enum reject_reason)i), codes[i]);
	assert_string_equal(reject_code(REJECT_SYMLINK), "symlink");
	assert_string_equal(reject_code(REJECT_NOT_FILE), "not-a-file");
	assert_string_equal(reject_code(REJECT_TOO_DEEP), "too-deep");
}

static void
test_reject_unique(void **state)
{
	(void)state;
	for (int i = 0; i < REJECT_COUNT; i++)
		for (int j = i + 1; j < REJECT_COUNT; j++) {
			enum reject_reason a = (enum reject_reason)i;
			enum reject_reason b = (enum reject_reason)j;

			assert_string_not_equal(reject_code(a), reject_code(b));
			assert_string_not_equal(reject_text(a), reject_text(b));
		}
}

static void
test_reject_phrases(void **state)
{
	(void)state;
	for (int i = 0; i < REJECT_COUNT; i++) {
		const char *t = reject_text((enum reject_reason)i);

		assert_non_null(t);
		assert_true(strlen(t) > 0);
	}
	assert_string_equal(reject_text(REJECT_EDITED),
	    "changed after it was exported (checksum mismatch)");
	assert_string_equal(reject_text(REJECT_SYMLINK),
	    "a symbolic link; links inside a folder are not followed");
	assert_string_equal(reject_text(REJECT_NOT_FILE), "not a regular file");
}

/* The phrases in the table reach the catalogue: xgettext finds them in
 * the header's macro. */
static void
test_reject_translated(void **state)
{
	(void)state;
	i18n_init(LOCALEDIR);
	assert_true(i18n_set_language("id"));
	assert_string_equal(reject_text(REJECT_NOT_FILE), "bukan berkas biasa");
	for (int i = 0; i < REJECT_COUNT; i++) {
		enum reject_reason why = (enum reject_reason)i;
		char *en;

		i18n_set_language("en");
		en = strdup(reject_text(why));
		i18n_set_language("id");
		assert_string_not_equal(reject_text(why), en);
		free(en);
	}
	i18n_set_language("en");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reject_codes),
		cmocka_unit_test(test_reject_unique),
		cmocka_unit_test(test_reject_phrases),
		cmocka_unit_test(test_reject_translated),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
