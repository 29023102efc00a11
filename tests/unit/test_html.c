/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_html: the HTML writer (base/html) and where text must not break
 * (base/nobreak): escaping of text and attribute values, elements closed
 * in order, the document's frame, and phone numbers and e-mail addresses
 * found (and other numbers not) in the forms sites write them.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "base/html.h"
#include "base/nobreak.h"
#include "base/xalloc.h"

/* Run fn on a writer into memory; the text written (caller frees). */
static char *
written(void (*fn)(struct html *h, FILE *f))
{
	struct html h;
	char *out = NULL;
	size_t n = 0;
	FILE *f = tu_memopen(&out, &n);

	assert_non_null(f);
	fn(&h, f);
	assert_int_equal(tu_memclose(f), 0);
	return out;
}

static void
escape_body(struct html *h, FILE *f)
{
	html_begin(h, f, "id", "A & <B>", NULL, NULL);
	html_open(h, "p", "class", "x\"y", "title", NULL, "lang", "en'", NULL);
	html_text(h, "<script>alert('&')</script>\x01 ok");
	html_close(h, "p");
	html_end(h);
}

static void
test_html_escape(void **state)
{
	char *out = written(escape_body);

	(void)state;
	assert_non_null(strstr(out, "<!DOCTYPE html>\n<html lang=\"id\">"));
	assert_non_null(strstr(out, "<meta charset=\"utf-8\">"));
	/* nothing may be fetched or run, whatever the text holds */
	assert_non_null(strstr(out, "<meta http-equiv=\"Content-Security-"
	    "Policy\" content=\"default-src 'none'; style-src "
	    "'unsafe-inline'\">"));
	assert_non_null(strstr(out, "<title>A &amp; &lt;B&gt;</title>"));
	assert_non_null(strstr(out, "<p class=\"x&quot;y\" lang=\"en&#39;\">"));
	assert_non_null(strstr(out, "&lt;script&gt;alert(&#39;&amp;&#39;)"
	    "&lt;/script&gt;\xef\xbf\xbd ok</p>"));
	assert_null(strstr(out, "<script"));
	assert_null(strstr(out, "title=\""));
	assert_null(strstr(out, "<style>"));
	assert_non_null(strstr(out, "<body>"));
	assert_non_null(strstr(out, "</body>\n</html>\n"));
	free(out);
}

static void
nesting_body(struct html *h, FILE *f)
{
	html_begin(h, f, "en", "T", "p { color: red; }\n", "card");
	assert_int_equal(h->depth, 2);
	html_open(h, "section", NULL);
	html_open(h, "div", "class", "step", NULL);
	html_elem(h, "h3", "t", "Step");
	html_open(h, "ol", NULL);
	assert_int_equal(h->depth, 5);
	html_close_to(h, 3);
	assert_int_equal(h->depth, 3);
	html_raw(h, "<hr>");
	html_end(h);
	assert_int_equal(h->depth, 0);
}

static void
test_html_nesting(void **state)
{
	char *out = written(nesting_body);

	(void)state;
	assert_non_null(strstr(out, "<style>\np { color: red; }\n</style>"));
	assert_non_null(strstr(out, "<body class=\"card\">"));
	assert_non_null(strstr(out, "<section><div class=\"step\">"
	    "<h3 class=\"t\">Step</h3>\n<ol></ol>\n</div>\n<hr></section>\n"
	    "</body>\n</html>\n"));
	free(out);
}

static void
nobreak_body(struct html *h, FILE *f)
{
	html_begin(h, f, "id", "T", NULL, NULL);
	html_text(h, "Call 0765 000 0001 or <a@b.example>.");
	h->nobreak = true;
	html_text(h, "|Call 0765 000 0001 or <a@b.example>.");
	html_text(h, "Call 0765 111 2222. Or");
	html_end(h);
}

/* Numbers and addresses go into spans only when asked, escaped. */
static void
test_html_nobreak(void **state)
{
	char *out = written(nobreak_body);

	(void)state;
	assert_non_null(strstr(out, "Call 0765 000 0001 or &lt;a@b.example&gt;."
	    "|Call <span class=\"nowrap\">0765 000 0001</span> or &lt;"
	    "<span class=\"nowrap\">a@b.example</span>&gt;."));
	assert_non_null(strstr(out, "<span class=\"nowrap\">0765 111 2222."
	    "</span> Or"));
	free(out);
}

/* What nobreak_next finds in s: the span, or "" for nothing. */
static char *
found(const char *s)
{
	size_t at, len;

	if (!nobreak_next(s, strlen(s), &at, &len))
		return xstrdup("");
	return xasprintf("%.*s", (int)len, s + at);
}

static void
test_nobreak_spans(void **state)
{
	static const char *const cases[][2] = {
		{ "call 0765 000 0001.", "0765 000 0001" },
		{ "call +62 765 000-0000, now", "+62 765 000-0000" },
		{ "telepon (0765) 000 0001 atau", "(0765) 000 0001" },
		{ "0812-3456-7890", "0812-3456-7890" },
		{ "on 0812.3456.7890.", "0812.3456.7890" },
		{ "call 0765 000 0000. 2 more", "0765 000 0000" },
		{ "write to tik@contoh.example.", "tik@contoh.example" },
		{ "<diskominfo-kota.dumai@mail.go.id>", "diskominfo-kota.dumai@mail.go.id" },
		{ "a.b+c@x-y.co.id, or", "a.b+c@x-y.co.id" },
		{ "call 110 or 157", "" },
		{ "1. Open WhatsApp. 2. Tap", "" },
		{ "a 6-digit code, 12 34", "" },
		{ "a code 123 456 too", "123 456" },
		{ "the 13 April 2025 rule", "" },
		{ "faq.whatsapp.com/143990998547188", "" },
		{ "v12345 or NIP12345", "" },
		{ "12345@example.org", "12345@example.org" },
		{ "12345.x@example.org", "12345.x@example.org" },
		{ "not @ an address, nor a@b, nor a@.b", "" },
		{ "code 123456 now", "123456" },
		{ "\xc3\xa9" "12345 ", "" },
		/* every form the site settings accept is one number */
		{ "+62 (765) 000-0000.", "+62 (765) 000-0000" },
		{ "0765 - 000 - 0000", "0765 - 000 - 0000" },
		{ "(0765)000 0001", "(0765)000 0001" },
		{ "+62-765-000-0000", "+62-765-000-0000" },
		{ "08123456789", "08123456789" },
		{ "it.office!@x.go.id", "it.office!@x.go.id" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = found(cases[i][0]);

		if (strcmp(got, cases[i][1]) != 0)
			fail_msg("\"%s\": found \"%s\", not \"%s\"", cases[i][0],
			    got, cases[i][1]);
		free(got);
	}
}

/* Glue: the spaces inside a number become no-break spaces, others stay. */
static void
test_nobreak_glue(void **state)
{
	char *g = nobreak_glue("Call 0765 000 0001 or (0765) 111 2222 now.");

	(void)state;
	assert_string_equal(g, "Call 0765" NOBREAK_SPACE "000" NOBREAK_SPACE
	    "0001 or (0765)" NOBREAK_SPACE "111" NOBREAK_SPACE "2222 now.");
	free(g);
	g = nobreak_glue("nothing to glue here");
	assert_string_equal(g, "nothing to glue here");
	free(g);
	g = nobreak_glue("");
	assert_string_equal(g, "");
	free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_escape),
		cmocka_unit_test(test_html_nesting),
		cmocka_unit_test(test_html_nobreak),
		cmocka_unit_test(test_nobreak_spans),
		cmocka_unit_test(test_nobreak_glue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
