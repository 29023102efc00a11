/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for utf8.c: decoding with validation (overlong forms,
 * surrogates, code points above U+10FFFF, truncated and stray bytes),
 * encoding, and the display width of code points.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "base/utf8.h"

struct decode_case {
	const char *name;
	const char *s;
	size_t len;		/* 0: not well-formed */
	uint32_t cp;
};

static void
test_utf8_decode(void **state)
{
	static const struct decode_case cases[] = {
		{ "ascii", "A", 1, 0x41 },
		{ "NUL", "", 1, 0 },
		{ "e acute", "\xc3\xa9", 2, 0xE9 },
		{ "first 2-byte", "\xc2\x80", 2, 0x80 },
		{ "japanese", "\xe6\x97\xa5", 3, 0x65E5 },
		{ "last before surrogates", "\xed\x9f\xbf", 3, 0xD7FF },
		{ "first after surrogates", "\xee\x80\x80", 3, 0xE000 },
		{ "U+FFFF", "\xef\xbf\xbf", 3, 0xFFFF },
		{ "4-byte emoji", "\xf0\x9f\x94\x92", 4, 0x1F512 },
		{ "U+10FFFF", "\xf4\x8f\xbf\xbf", 4, 0x10FFFF },
		{ "only the first character", "ab", 1, 0x61 },
		{ "overlong slash C0 AF", "\xc0\xaf", 0, 0 },
		{ "overlong C1 BF", "\xc1\xbf", 0, 0 },
		{ "overlong E0 80 AF", "\xe0\x80\xaf", 0, 0 },
		{ "overlong E0 9F BF", "\xe0\x9f\xbf", 0, 0 },
		{ "overlong F0 8F BF BF", "\xf0\x8f\xbf\xbf", 0, 0 },
		{ "surrogate ED A0 80", "\xed\xa0\x80", 0, 0 },
		{ "surrogate ED BF BF", "\xed\xbf\xbf", 0, 0 },
		{ "above U+10FFFF", "\xf4\x90\x80\x80", 0, 0 },
		{ "F5 lead", "\xf5\x80\x80\x80", 0, 0 },
		{ "FF", "\xff", 0, 0 },
		{ "lone continuation", "\x80", 0, 0 },
		{ "truncated by NUL", "\xe6\x97", 0, 0 },
		{ "bad third byte", "\xe6\x97\x41", 0, 0 },
		{ "bad fourth byte", "\xf0\x9f\x94\x41", 0, 0 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		uint32_t cp = 0xDEAD;
		size_t n = utf8_decode(cases[i].s, &cp);

		if (n != cases[i].len)
			fail_msg("case \"%s\": length %zu, expected %zu",
			    cases[i].name, n, cases[i].len);
		/* A failed decode leaves the code point alone. */
		if (cp != (n > 0 ? cases[i].cp : 0xDEAD))
			fail_msg("case \"%s\": U+%04X", cases[i].name,
			    (unsigned)cp);
	}
}

/* Every code point that has a UTF-8 form comes back from decoding it;
 * the others (surrogates, above U+10FFFF) have none. */
static void
test_utf8_encode(void **state)
{
	char buf[UTF8_MAX + 1];

	(void)state;
	for (uint32_t cp = 1; cp <= 0x10FFFF; cp++) {
		size_t n = utf8_encode(cp, buf);
		uint32_t back = 0;

		if (cp >= 0xD800 && cp <= 0xDFFF) {
			assert_int_equal(n, 0);
			continue;
		}
		assert_in_range(n, 1, UTF8_MAX);
		buf[n] = '\0';
		assert_int_equal(utf8_decode(buf, &back), n);
		assert_int_equal(back, cp);
	}
	assert_int_equal(utf8_encode(0x110000, buf), 0);
	assert_int_equal(utf8_encode(0xE9, buf), 2);
	assert_memory_equal(buf, "\xc3\xa9", 2);
}

struct width_case {
	const char *name;
	uint32_t cp;
	int want;
};

static void
test_utf8_width(void **state)
{
	static const struct width_case cases[] = {
		{ "letter", 'a', 1 },
		{ "space", ' ', 1 },
		{ "tilde", '~', 1 },
		{ "NUL", 0, 0 },
		{ "bell", 0x07, -1 },
		{ "newline", '\n', -1 },
		{ "DEL", 0x7F, -1 },
		{ "C1 CSI", 0x9B, -1 },
		{ "no-break space", 0xA0, 1 },
		{ "soft hyphen", 0xAD, 1 },
		{ "e acute", 0xE9, 1 },
		{ "combining acute", 0x301, 0 },
		{ "unassigned U+0378", 0x378, -1 },
		{ "Arabic number sign", 0x600, 1 },
		{ "Devanagari sign", 0x94D, 0 },
		{ "Hangul jungseong", 0x1160, 0 },
		{ "Hangul choseong", 0x1100, 2 },
		{ "zero width space", 0x200B, 0 },
		{ "left-to-right mark", 0x200E, 0 },
		{ "line separator", 0x2028, -1 },
		{ "paragraph separator", 0x2029, -1 },
		{ "em dash", 0x2014, 1 },
		{ "arrow", 0x2191, 1 },
		{ "box drawing", 0x2500, 1 },
		{ "full block", 0x2588, 1 },
		{ "check mark", 0x2713, 1 },
		{ "circled ideograph 10", 0x3248, 2 },
		{ "Yijing hexagram", 0x4DC0, 2 },
		{ "CJK ideograph", 0x65E5, 2 },
		{ "hiragana", 0x3042, 2 },
		{ "Hangul syllable", 0xAC00, 2 },
		{ "Hangul jongseong extended", 0xD7CB, 0 },
		{ "surrogate", 0xD800, -1 },
		{ "private use", 0xE000, 1 },
		{ "variation selector 16", 0xFE0F, 0 },
		{ "fullwidth A", 0xFF21, 2 },
		{ "halfwidth katakana", 0xFF76, 1 },
		{ "noncharacter U+FFFF", 0xFFFF, -1 },
		{ "lock emoji", 0x1F512, 2 },
		{ "face emoji", 0x1F600, 2 },
		{ "skin tone modifier", 0x1F3FB, 2 },
		{ "regional indicator", 0x1F1EE, 1 },
		{ "CJK extension B", 0x20000, 2 },
		{ "tag", 0xE0041, 0 },
		{ "last code point", 0x10FFFF, -1 },
		{ "above U+10FFFF", 0x110000, -1 },
		{ "far above", 0xFFFFFFFF, -1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int got = utf8_width(cases[i].cp);

		if (got != cases[i].want)
			fail_msg("case \"%s\" (U+%04X): %d, expected %d",
			    cases[i].name, (unsigned)cases[i].cp, got,
			    cases[i].want);
	}
}

static void
test_utf8_hidden(void **state)
{
	static const struct {
		uint32_t cp;
		enum utf8_hidden want;
	} cases[] = {
		{ 'a', UTF8_SHOWN }, { 0, UTF8_SHOWN }, { 0xA0, UTF8_SHOWN },
		{ 0xAD, UTF8_ZERO_WIDTH }, { 0xAE, UTF8_SHOWN },
		{ 0x34F, UTF8_ZERO_WIDTH }, { 0x301, UTF8_SHOWN },
		{ 0x61B, UTF8_SHOWN }, { 0x61C, UTF8_BIDI },
		{ 0x115F, UTF8_ZERO_WIDTH }, { 0x180E, UTF8_ZERO_WIDTH },
		{ 0x200A, UTF8_SHOWN }, { 0x200B, UTF8_ZERO_WIDTH },
		{ 0x200D, UTF8_ZERO_WIDTH }, { 0x200E, UTF8_BIDI },
		{ 0x200F, UTF8_BIDI }, { 0x2010, UTF8_SHOWN },
		{ 0x2028, UTF8_SHOWN },	/* a separator: made a space */
		{ 0x202A, UTF8_BIDI }, { 0x202E, UTF8_BIDI },
		{ 0x202F, UTF8_SHOWN }, { 0x2060, UTF8_ZERO_WIDTH },
		{ 0x2066, UTF8_BIDI }, { 0x2069, UTF8_BIDI },
		{ 0x206F, UTF8_ZERO_WIDTH }, { 0x2070, UTF8_SHOWN },
		{ 0x3164, UTF8_ZERO_WIDTH }, { 0xFE0F, UTF8_ZERO_WIDTH },
		{ 0xFE10, UTF8_SHOWN }, { 0xFEFF, UTF8_ZERO_WIDTH },
		{ 0xFFA0, UTF8_ZERO_WIDTH }, { 0xFFFB, UTF8_ZERO_WIDTH },
		{ 0xFFFC, UTF8_SHOWN }, { 0x1D173, UTF8_ZERO_WIDTH },
		{ 0xE0001, UTF8_ZERO_WIDTH }, { 0xE0FFF, UTF8_ZERO_WIDTH },
		{ 0xF0000, UTF8_SHOWN }, { 0x10FFFF, UTF8_SHOWN },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (utf8_hidden(cases[i].cp) != cases[i].want)
			fail_msg("U+%04X: %d, expected %d", (unsigned)cases[i].cp,
			    utf8_hidden(cases[i].cp), cases[i].want);
}

/* Feed s byte by byte, then end it; the characters read as UTF-8 and
 * *bad the bytes skipped. */
static char *
read_bytes(const char *s, size_t *bad)
{
	struct utf8_reader r = { 0 };
	char *out = malloc(4 * strlen(s) + 1);
	size_t n = 0;

	assert_non_null(out);
	for (; *s != '\0'; s++) {
		uint32_t cp;

		if (utf8_reader_put(&r, (unsigned char)*s, &cp))
			n += utf8_encode(cp, out + n);
	}
	utf8_reader_end(&r);
	out[n] = '\0';
	*bad = r.bad;
	return out;
}

static void
test_utf8_reader_keeps_text_after_bad_bytes(void **state)
{
	static const struct {
		const char *in, *out;
		size_t bad;
	} cases[] = {
		{ "Budi Santoso", "Budi Santoso", 0 },
		{ "Siti \xc3\x91 \xe4\xb8\xad \xf0\x9f\x94\x92",
		    "Siti \xc3\x91 \xe4\xb8\xad \xf0\x9f\x94\x92", 0 },
		{ "Budi\xffSantoso", "BudiSantoso", 1 },
		{ "\xff\xfe" "ab", "ab", 2 },
		{ "a\xe4\xb8" "b", "ab", 2 },		/* cut short by a letter */
		{ "a\xe4\xb8\xc3\xa9", "a\xc3\xa9", 2 },	/* by a new character */
		{ "\x80\xbf" "c", "c", 2 },		/* stray continuations */
		{ "\xc0\xaf" "d", "d", 2 },		/* overlong */
		{ "\xed\xa0\x80" "e", "e", 3 },	/* a surrogate */
		{ "\xf4\x90\x80\x80" "f", "f", 4 },	/* above U+10FFFF */
		{ "end\xe4\xb8", "end", 2 },		/* begun at the end */
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		size_t bad;
		char *got = read_bytes(cases[i].in, &bad);

		if (strcmp(got, cases[i].out) != 0 || bad != cases[i].bad)
			fail_msg("case %zu: \"%s\", %zu bad", i, got, bad);
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_decode),
		cmocka_unit_test(test_utf8_encode),
		cmocka_unit_test(test_utf8_width),
		cmocka_unit_test(test_utf8_hidden),
		cmocka_unit_test(test_utf8_reader_keeps_text_after_bad_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
