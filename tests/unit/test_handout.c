/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_handout: the printed checklist.  The shipped content must come out
 * whole (every module and step title, in English and in Indonesian) with
 * the site's contacts, and the quick card with the steps marked for it;
 * a small fixture checks placeholders, the text width, Markdown and HTML
 * escaping, the platform filter and write errors.
 */
#include "config.h"
#include "testutil.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/content.h"
#include "base/diag.h"
#include "exchange/handout.h"
#include "base/i18n.h"
#include "base/nobreak.h"
#include "model/site.h"
#include "base/xalloc.h"

/* A module with every kind of text the back ends must take care of. */
static const char fixture_module[] =
    "format = 1;\n"
    "id = \"calls\"; account = \"a\";\n"
    "title = \"Check calls with {agency}\";\n"
    "summary = \"Call {verify_phone} *now* before you pay.\";\n"
    "why = \"A <b>fake</b> [link](http://x) or a_b_c | pipe & more.\";\n"
    "source = \"Test source\";\n"
    "checked = \"2025-10\";\n"
    "steps = (\n"
    "  { id = \"verify\"; title = \"Verify at {verify_phone}\"; why = \"W.\";\n"
    "    text = \"1. Call {verify_phone}.\\n2. Write to {report_email}.\\n"
    "# not a heading\\n- a dash item\\n---\\n"
    "https://example.org/a-very-long-address-that-does-not-fit-on-one-line"
    "-of-the-handout-at-all\\n"
    "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe6\x96\x87\xe5\xad"
    "\x97\xe3\x81\xaf\xe4\xba\x8c\xe5\x88\x97\xe3\x81\xae\xe5\xb9\x85\xe3"
    "\x82\x92\xe4\xbd\xbf\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x99\xe6\x97\xa5"
    "\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe6\x96\x87\xe5\xad\x97\xe3\x81"
    "\xaf\xe4\xba\x8c\xe5\x88\x97\xe3\x81\xae\xe5\xb9\x85\xe3\x82\x92\xe4"
    "\xbd\xbf\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x99\xe6\x97\xa5\xe6\x9c\xac"
    "\xe8\xaa\x9e\xe3\x81\xae\xe6\x96\x87\xe5\xad\x97\"; },\n"
    "  { id = \"phone-only\"; title = \"Phone only\"; why = \"W2.\";\n"
    "    android = \"Tap A.\"; iphone = \"Tap I.\"; }\n"
    ");\n";

static const char fixture_site[] =
    "format = 1;\n"
    "agency = \"Pemerintah Kota Uji\";\n"
    "verify_phone = \"0765 111 2222\";\n"
    "report_phone = \"0765 333 4444\";\n"
    "report_email = \"lapor@uji.example\";\n"
    "contacts = (\n"
    "  { unit = \"Dinas Uji\"; name = \"Bagian *TI*\";\n"
    "    phone = \"0765 555 6666\"; email = \"ti@uji.example\"; }\n"
    ");\n";

/* Per-test state: the content and site a handout is made from. */
struct fixture {
	char *dir;
	struct content *c;
	struct site *s;
};

/* Load the content in dir and, when site_path is not NULL, the site. */
static void
fixture_load(struct fixture *f, const char *dir, const char *site_path)
{
	struct diag d;

	diag_init(&d);
	if (content_load(dir, &f->c, &d) != 0 || (site_path != NULL &&
	    site_load(site_path, true, &f->s, &d) != 0)) {
		diag_print(&d, stderr);
		fail_msg("the test content or site did not load");
	}
	diag_done(&d);
}

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);

	f->dir = tu_tempdir();
	*state = f;
	i18n_set_language("en");
	return 0;
}

/* The fixture's content and site, written and loaded. */
static int
setup_fixture(void **state)
{
	struct fixture *f;
	char *site;

	setup(state);
	f = *state;
	free(tu_write(f->dir, "content.cfg", "format = 1;\nversion = \"t1\";\n"));
	free(tu_write(f->dir, "accounts/10-a.cfg", "format = 1; id = \"a\"; "
	    "title = \"A\"; summary = \"S\"; required = true; "
	    "source = \"Src\"; checked = \"2026-12\";\n"));
	free(tu_write(f->dir, "modules/10-calls.cfg", fixture_module));
	site = tu_write(f->dir, "site.cfg", fixture_site);
	fixture_load(f, f->dir, site);
	free(site);
	return 0;
}

/* The shipped content and the test site. */
static int
setup_shipped(void **state)
{
	struct fixture *f;
	char *content = tu_srcpath("content");
	char *site = tu_site_data("tests/data/site/valid.cfg");

	setup(state);
	f = *state;
	fixture_load(f, content, site);
	free(site);
	free(content);
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	content_free(f->c);
	site_free(f->s);
	tu_rmtree(f->dir);
	free(f->dir);
	free(f);
	i18n_set_language("en");
	return 0;
}

/* Write the handout (or, quick, the quick card) of f in fmt for
 * platforms; the text (caller frees). */
static char *
make_as(const struct fixture *f, enum handout_format fmt, unsigned platforms,
    bool with_site, bool quick)
{
	struct handout h = { f->c, with_site ? f->s : NULL, platforms, fmt,
	    1790000000, quick };
	char *out = NULL;
	size_t n = 0;
	FILE *mf = tu_memopen(&out, &n);

	assert_non_null(mf);
	assert_int_equal(handout_write(&h, mf), 0);
	assert_int_equal(tu_memclose(mf), 0);
	return out;
}

/* The whole handout of f in fmt for platforms; caller frees. */
static char *
make(const struct fixture *f, enum handout_format fmt, unsigned platforms,
    bool with_site)
{
	return make_as(f, fmt, platforms, with_site, false);
}

/* The text of out with the contacts box's edges taken off each line and
 * every run of white space (newlines and form feeds too) made one
 * space, so that text wrapped over lines can be searched whole. */
static char *
flatten(const char *out)
{
	char *flat = xmalloc(strlen(out) + 2), *q = flat;
	const char *p = out;

	while (*p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t n = nl != NULL ? (size_t)(nl - p) : strlen(p);

		if (n >= 2 && strncmp(p, "| ", 2) == 0 &&
		    strncmp(p + n - 2, " |", 2) == 0) {
			p += 2;
			n -= 4;
		}
		for (size_t i = 0; i < n; i++) {
			char ch = p[i] == '\f' ? ' ' : p[i];

			if (ch != ' ' || (q > flat && q[-1] != ' '))
				*q++ = ch;
		}
		if (q > flat && q[-1] != ' ')
			*q++ = ' ';
		p += n;
		if (*p == '\n')
			p++;
	}
	*q = '\0';
	return flat;
}

/* Check that flat text holds msgid, translated and expanded as the
 * handout does, with its white space made single spaces. */
static void
assert_has_content(const struct fixture *f, const char *flat,
    const char *msgid)
{
	char *want = site_expand(f->s, _(msgid));
	char *one = flatten(want);

	one[strlen(one) - 1] = '\0';	/* flatten ends with a space */
	if (strstr(flat, one) == NULL)
		fail_msg("the handout lacks \"%s\"", one);
	free(one);
	free(want);
}

/* Check that every line of out is at most HANDOUT_WIDTH columns wide. */
static void
assert_fits(const char *out)
{
	char *copy = xstrdup(out), *save = NULL;

	for (char *l = strtok_r(copy, "\n", &save); l != NULL;
	    l = strtok_r(NULL, "\n", &save)) {
		int cols = tu_text_width(l, NULL);

		if (cols > HANDOUT_WIDTH)
			fail_msg("%d columns: \"%s\"", cols, l);
		assert_true(cols >= 0);
	}
	free(copy);
}

/* Count the occurrences of needle in hay. */
static size_t
count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = strstr(hay, needle); p != NULL;
	    p = strstr(p + 1, needle))
		n++;
	return n;
}

/* Check that value (a phone number or an e-mail address) is never split
 * over two lines of the text handout out: it is there whole, as often
 * as in the text flattened. */
static void
assert_whole(const char *out, const char *flat, const char *value)
{
	if (value == NULL)
		return;
	assert_true(count(flat, value) > 0);
	if (count(out, value) != count(flat, value))
		fail_msg("split over two lines: \"%s\" (%zu of %zu whole)", value,
		    count(out, value), count(flat, value));
}

/* Check that none of the site's numbers and addresses is split over two
 * lines of out, and that no no-break space is left in it. */
static void
assert_numbers_whole(const struct site *s, const char *out)
{
	char *flat = flatten(out);

	assert_null(strstr(out, NOBREAK_SPACE));
	assert_whole(out, flat, s->verify_phone);
	assert_whole(out, flat, s->report_phone);
	assert_whole(out, flat, s->report_email);
	free(flat);
}

/* Check that each line of out inside the contacts box ends at its right
 * edge, HANDOUT_WIDTH columns from the left. */
static void
assert_box_closed(const char *out)
{
	char *copy = xstrdup(out), *save = NULL;
	size_t boxed = 0;

	for (char *l = strtok_r(copy, "\n", &save); l != NULL;
	    l = strtok_r(NULL, "\n", &save)) {
		size_t n = strlen(l), chars;

		if (strncmp(l, "| ", 2) != 0)
			continue;
		boxed++;
		tu_text_width(l, &chars);
		if (n < 2 || strcmp(l + n - 2, " |") != 0 ||
		    chars != HANDOUT_WIDTH)
			fail_msg("out of the box: \"%s\"", l);
	}
	assert_true(boxed >= 3);
	free(copy);
}

/* Check that the site's numbers and every contact are in out. */
static void
assert_has_contacts(const struct fixture *f, const char *out)
{
	assert_non_null(strstr(out, f->s->verify_phone));
	assert_non_null(strstr(out, f->s->report_phone));
	assert_non_null(strstr(out, f->s->report_email));
	for (size_t i = 0; i < f->s->n_contacts; i++) {
		const struct site_contact *c = &f->s->contacts[i];

		assert_non_null(strstr(out, c->unit));
		assert_non_null(strstr(out, c->name));
		assert_non_null(strstr(out, c->phone));
		if (c->email != NULL)
			assert_non_null(strstr(out, c->email));
	}
}

/* Check the whole shipped checklist in the current language, as text. */
static void
check_shipped_text(const struct fixture *f)
{
	char *out = make(f, HANDOUT_TEXT, 0, true);
	char *flat = flatten(out);
	size_t steps = 0;

	assert_true(f->c->n_modules >= 5);
	for (size_t i = 0; i < f->c->n_modules; i++) {
		const struct module *m = &f->c->modules[i];

		assert_has_content(f, flat, m->title);
		for (size_t j = 0; j < m->n_steps; j++, steps++)
			assert_has_content(f, flat, m->steps[j].title);
	}
	/* a box to tick for each step, a page for each module */
	assert_int_equal(count(out, "[ ] "), steps + 1);
	assert_int_equal(count(out, "\f"), f->c->n_modules);
	assert_has_contacts(f, out);
	assert_non_null(strstr(out, f->s->agency));
	assert_non_null(strstr(out, "2026-09-21"));
	assert_non_null(strstr(out, f->c->version));
	assert_fits(out);
	assert_numbers_whole(f->s, out);
	assert_box_closed(out);
	free(flat);
	free(out);
}

static void
test_handout_shipped_en(void **state)
{
	struct fixture *f = *state;
	char *out;

	check_shipped_text(f);
	out = make(f, HANDOUT_TEXT, 0, true);
	assert_non_null(strstr(out, "Turn on two-step verification"));
	assert_non_null(strstr(out, "\n    Android:\n"));
	assert_non_null(strstr(out, "\n    WhatsApp Web/Desktop:\n"));
	free(out);
}

/* The Indonesian catalogue may still be incomplete: the structure and
 * the site's values are checked, each title as the catalogue has it. */
static void
test_handout_shipped_id(void **state)
{
	assert_true(i18n_set_language("id"));
	check_shipped_text(*state);
}

/* Markdown carries the same titles and contacts. */
static void
test_handout_shipped_md(void **state)
{
	struct fixture *f = *state;
	char *out = make(f, HANDOUT_MD, 0, true);

	for (size_t i = 0; i < f->c->n_modules; i++) {
		char *h = xasprintf("\n## %zu. ", i + 1);

		assert_non_null(strstr(out, h));
		free(h);
	}
	assert_int_equal(count(out, "\n- [ ] "), content_step_count(f->c));
	assert_non_null(strstr(out, "| --- | --- |"));
	assert_has_contacts(f, out);
	free(out);
}

/* Placeholders become the site's values, or the generic phrases and
 * lines to write on without a site. */
static void
test_handout_placeholders(void **state)
{
	struct fixture *f = *state;
	char *out = make(f, HANDOUT_TEXT, 0, true);

	assert_non_null(strstr(out, "1. Check calls with Pemerintah Kota Uji\n"));
	assert_non_null(strstr(out, "Verify at 0765 111 2222"));
	assert_non_null(strstr(out, "2. Write to lapor@uji.example."));
	assert_null(strchr(out, '{'));
	assert_has_contacts(f, out);
	free(out);

	out = make(f, HANDOUT_TEXT, 0, false);
	assert_non_null(strstr(out, "Check calls with your agency"));
	assert_non_null(strstr(out, "Call your agency's official number"));
	assert_null(strchr(out, '{'));
	assert_non_null(strstr(out, "Agency:            ____"));
	assert_non_null(strstr(out, "call: ________________________"));
	assert_null(strstr(out, "Dinas"));
	free(out);
}

/* A word wider than the line is cut, wide characters count two
 * columns, and list items continue under their text. */
static void
test_handout_width(void **state)
{
	struct fixture *f = *state;
	char *out = make(f, HANDOUT_TEXT, 0, true);
	char *flat = flatten(out);

	assert_fits(out);
	assert_non_null(strstr(out, "https://example.org/a-very-long-address"));
	/* 37 wide characters (74 columns) after 6 of indent: two lines */
	assert_non_null(strstr(out, "\n      \xe6\x97\xa5\xe6\x9c\xac"));
	assert_non_null(strstr(flat, "- a dash item"));
	free(flat);
	free(out);
}

static void
test_handout_markdown_escaping(void **state)
{
	struct fixture *f = *state;
	char *out = make(f, HANDOUT_MD, 0, true);

	assert_non_null(strstr(out, "Call 0765 111 2222 \\*now\\* before"));
	assert_non_null(strstr(out, "A \\<b\\>fake\\</b\\> \\[link\\](http://x) "
	    "or a\\_b\\_c \\| pipe \\& more."));
	assert_null(strstr(out, "<b>"));
	/* list markers from the content stay lists; other markup does not */
	assert_non_null(strstr(out, "\n1. Call 0765 111 2222.\n"));
	assert_non_null(strstr(out, "\n- a dash item\n"));
	assert_non_null(strstr(out, "\n\\# not a heading\n"));
	assert_non_null(strstr(out, "\n\\---\n"));
	/* site values are escaped in tables too */
	assert_non_null(strstr(out, "| Dinas Uji | Bagian \\*TI\\* | "
	    "0765 555 6666 | ti@uji.example |"));
	assert_non_null(strstr(out, "\n## 1. Check calls with Pemerintah Kota "
	    "Uji\n"));
	assert_non_null(strstr(out, "\n### 1.2 Phone only\n"));
	free(out);
}

/* -p: only the chosen platform, and the phone note where it has none. */
static void
test_handout_platform_filter(void **state)
{
	struct fixture *f = *state;
	char *out = make(f, HANDOUT_TEXT, 1u << PLATFORM_WEB, true);

	assert_non_null(strstr(out, "Platforms:         WhatsApp Web/Desktop\n"));
	assert_non_null(strstr(out, "    WhatsApp Web/Desktop:\n      Not done "
	    "here: do this step in WhatsApp on your phone.\n"));
	assert_null(strstr(out, "Tap A."));
	assert_null(strstr(out, "Android"));
	free(out);

	out = make(f, HANDOUT_TEXT, 1u << PLATFORM_ANDROID, true);
	assert_non_null(strstr(out, "    Android:\n      Tap A.\n"));
	assert_null(strstr(out, "Tap I."));
	assert_null(strstr(out, "On every platform"));
	free(out);

	/* every platform: shared text once, the phone-only step per platform */
	out = make(f, HANDOUT_TEXT, 0, true);
	assert_non_null(strstr(out, "    On every platform:\n      1. Call"));
	assert_int_equal(count(out, "On every platform:"), 1);
	assert_non_null(strstr(out, "    iPhone:\n      Tap I.\n"));
	assert_non_null(strstr(out, "    WhatsApp Web/Desktop:\n      Not done"));
	free(out);
}

/* Check the shipped quick card in the current language: every step the
 * content marks for it and no other, the agency's numbers, no
 * directory, no reasons, and at most two pages of 64 lines. */
static void
check_shipped_quick(const struct fixture *f)
{
	char *out = make_as(f, HANDOUT_TEXT, 0, true, true);
	char *flat = flatten(out);
	size_t card = 0;

	for (size_t i = 0; i < f->c->n_modules; i++)
		for (size_t j = 0; j < f->c->modules[i].n_steps; j++) {
			const struct step *s = &f->c->modules[i].steps[j];
			char *t = site_expand(f->s, _(s->title));
			char *one = flatten(t);

			one[strlen(one) - 1] = '\0';
			if (s->card) {
				card++;
				assert_has_content(f, flat, s->title);
			} else if (strstr(flat, one) != NULL &&
			    strstr(one, " ") != NULL)
				fail_msg("not a card step, but on the card: %s",
				    one);
			free(one);
			free(t);
		}
	assert_true(card >= 5);
	/* the intro says "[ ]." */
	assert_int_equal(count(out, "[ ] "), card);
	assert_non_null(strstr(out, f->s->verify_phone));
	assert_non_null(strstr(out, f->s->report_phone));
	assert_non_null(strstr(out, f->s->report_email));
	assert_null(strstr(out, f->s->contacts[0].name));
	assert_null(strstr(out, _("Why it matters:")));
	assert_null(strchr(out, '\f'));
	if (count(out, "\n") > 2 * 64)
		fail_msg("the quick card has %zu lines", count(out, "\n"));
	assert_fits(out);
	assert_numbers_whole(f->s, out);
	assert_box_closed(out);
	free(flat);
	free(out);
}

static void
test_handout_quick_en(void **state)
{
	struct fixture *f = *state;
	char *out;

	check_shipped_quick(f);
	out = make_as(f, HANDOUT_TEXT, 0, true, true);
	assert_non_null(strstr(out, "the quick card\n"));
	assert_non_null(strstr(out, "\nOn your phone\n---"));
	assert_non_null(strstr(out, "\nIf you also use WhatsApp Web or "
	    "Desktop\n---"));
	assert_non_null(strstr(out, "[ ] 1. Turn on two-step verification\n"
	    "    Android:\n"));
	/* the phones' shared text has no heading; the Web step is last */
	assert_non_null(strstr(out, "anyone\n    1. WhatsApp sends"));
	assert_null(strstr(out, "On every platform"));
	assert_true(strstr(out, "Link a computer only the safe way") >
	    strstr(out, "If you also use WhatsApp Web"));
	free(out);
	/* -p android: no iPhone text and no Web/Desktop part */
	out = make_as(f, HANDOUT_TEXT, 1u << PLATFORM_ANDROID, true, true);
	assert_null(strstr(out, "iPhone:"));
	assert_null(strstr(out, "Android:"));
	assert_null(strstr(out, "WhatsApp Web or Desktop"));
	assert_non_null(strstr(out, "three dots"));
	free(out);
	/* -p web: only what Web/Desktop users add */
	out = make_as(f, HANDOUT_TEXT, 1u << PLATFORM_WEB, true, true);
	assert_null(strstr(out, "On your phone\n"));
	assert_non_null(strstr(out, "[ ] 1. Link a computer"));
	free(out);
	/* Markdown: the same parts */
	out = make_as(f, HANDOUT_MD, 0, true, true);
	assert_non_null(strstr(out, "\n## On your phone\n"));
	assert_non_null(strstr(out, "\n### 1. Turn on two-step verification\n"));
	assert_null(strstr(out, "Why it matters"));
	free(out);
}

static void
test_handout_quick_id(void **state)
{
	assert_true(i18n_set_language("id"));
	check_shipped_quick(*state);
}

/* HTML: one file with its style, nothing fetched and nothing run; text
 * escaped; numbers and addresses in spans that do not wrap. */
static void
test_handout_html(void **state)
{
	struct fixture *f = *state;
	char *out = make(f, HANDOUT_HTML, 0, true);

	assert_true(strncmp(out, "<!DOCTYPE html>\n<html lang=\"en\">", 31)
	    == 0);
	assert_non_null(strstr(out, "@page { size: A4;"));
	assert_non_null(strstr(out, ".step { margin: 2.5mm 0; break-inside: "
	    "avoid;"));
	assert_non_null(strstr(out, ".nowrap { display: inline-block; "
	    "max-width: 100%; }"));
	assert_non_null(strstr(out, "overflow-wrap: anywhere"));
	assert_null(strstr(out, "<script"));
	assert_null(strstr(out, "src="));
	assert_null(strstr(out, "href="));
	assert_null(strstr(out, "url("));
	assert_null(strstr(out, "@import"));
	assert_null(strstr(out, "<b>"));
	assert_non_null(strstr(out, "A &lt;b&gt;fake&lt;/b&gt; [link](http://x) "
	    "or a_b_c | pipe &amp; more."));
	assert_non_null(strstr(out, "<h2>1. Check calls with Pemerintah Kota "
	    "Uji</h2>"));
	assert_non_null(strstr(out, "<li value=\"1\">Call <span class=\"nowrap\">"
	    "0765 111 2222.</span></li>"));
	assert_non_null(strstr(out, "<span class=\"nowrap\">lapor@uji.example"
	    "</span>"));
	assert_non_null(strstr(out, "<td>Bagian *TI*</td>"));
	assert_non_null(strstr(out, "<p># not a heading</p>"));
	assert_non_null(strstr(out, "<ul><li>a dash item</li>"));
	assert_non_null(strstr(out, "<h4>iPhone:</h4>"));
	assert_int_equal(count(out, "<div class=\"step\">"), 2);
	assert_non_null(strstr(out, "</body>\n</html>\n"));
	free(out);
}

/* The shipped content as HTML: every module and step; the quick card
 * only the card's steps, the numbers, side by side for the phones. */
static void
test_handout_shipped_html(void **state)
{
	struct fixture *f = *state;
	char *out = make(f, HANDOUT_HTML, 0, true);
	size_t card = 0;

	assert_int_equal(count(out, "<section class=\"module\">"),
	    f->c->n_modules);
	assert_int_equal(count(out, "<div class=\"step\">"),
	    content_step_count(f->c));
	assert_non_null(strstr(out, "<body class=\"whole\">"));
	free(out);
	for (size_t i = 0; i < f->c->n_modules; i++)
		for (size_t j = 0; j < f->c->modules[i].n_steps; j++)
			card += f->c->modules[i].steps[j].card;
	out = make_as(f, HANDOUT_HTML, 0, true, true);
	assert_non_null(strstr(out, "<body class=\"quick\">"));
	assert_int_equal(count(out, "<div class=\"step\">"), card);
	assert_int_equal(count(out, "<section class=\"part\">"), 2);
	assert_null(strstr(out, "class=\"module\""));
	assert_null(strstr(out, "class=\"directory\""));
	assert_non_null(strstr(out, "<span class=\"nowrap\">(0765) 000 0001"
	    "</span>"));
	assert_non_null(strstr(out, ".quick .hows { display: flex;"));
	free(out);
}

/* A site whose values are long: a number at every place a line can end,
 * an address as wide as the box allows, a long agency name. */
static const char long_site[] =
    "format = 1;\n"
    "agency = \"Pemerintah Kabupaten Contoh Panjang Sekali Namanya di "
    "Provinsi Yang Juga Panjang Namanya\";\n"
    "verify_phone = \"+62 (765) 000 - 0000\";\n"
    "report_phone = \"0765 000 0001\";\n"
    "report_email = \"dinas.komunikasi.informatika.statistik.persandian"
    "@contoh.go.id\";\n"
    "contacts = (\n"
    "  { unit = \"Dinas Uji\"; name = \"Bagian TI\";\n"
    "    phone = \"0765 555 6666\"; email = \"bagian-teknologi-informasi"
    "-dan-komunikasi@uji.example\"; }\n"
    ");\n";

/* Text: no phone number and no e-mail address is split over two lines,
 * wherever the text puts it; every line of the box ends at its edge. */
static void
test_handout_text_no_split(void **state)
{
	struct fixture *f = *state;
	char *path = tu_write(f->dir, "long.cfg", long_site);
	struct diag d;
	char *out, *module = xstrdup("");

	site_free(f->s);
	f->s = NULL;
	diag_init(&d);
	assert_int_equal(site_load(path, true, &f->s, &d), 0);
	diag_done(&d);
	/* the number once after each of 1 to 40 letters, so that some line
	 * ends at each of its characters */
	for (int i = 1; i <= 40; i++) {
		char *next = xasprintf("%s%.*s {verify_phone} or "
		    "{report_email}. ", module, i,
		    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");

		free(module);
		module = next;
	}
	content_free(f->c);
	f->c = NULL;
	{
		char *body = xasprintf("format = 1;\nid = \"m\"; account = \"a\";\n"
		    "title = \"T\";\n"
		    "summary = \"S\";\nwhy = \"W\";\nsource = \"Src\";\n"
		    "checked = \"2025-10\";\nsteps = ( { id = \"s\"; "
		    "title = \"Call {verify_phone}\"; why = \"%s\"; "
		    "text = \"1. %s\"; card = true; } );\n", module, module);

		free(tu_write(f->dir, "modules/10-calls.cfg", body));
		free(body);
	}
	fixture_load(f, f->dir, NULL);
	for (int quick = 0; quick <= 1; quick++) {
		out = make_as(f, HANDOUT_TEXT, 0, true, quick);
		assert_fits(out);
		assert_numbers_whole(f->s, out);
		assert_box_closed(out);
		/* the address does not fit after its label: it starts the
		 * next line whole, inside the box */
		assert_non_null(strstr(out, "| To report by e-mail, write to:"
		    "                                       |\n| dinas.komunikasi"
		    ".informatika.statistik.persandian@contoh.go.id"));
		assert_non_null(strstr(out, "+62 (765) 000 - 0000"));
		free(out);
	}
	free(module);
	free(path);
}

/* A full disk is an error, not a short handout. */
static void
test_handout_write_error(void **state)
{
	struct fixture *f = *state;
	struct handout h = { f->c, f->s, 0, HANDOUT_TEXT, 0, false };
	FILE *full = tu_full_disk();

	assert_non_null(full);
	assert_int_equal(handout_write(&h, full), -ENOSPC);
	fclose(full);
}

static void
test_handout_format_names(void **state)
{
	(void)state;
	assert_int_equal(handout_format_parse("text"), HANDOUT_TEXT);
	assert_int_equal(handout_format_parse("md"), HANDOUT_MD);
	assert_int_equal(handout_format_parse("html"), HANDOUT_HTML);
	assert_int_equal(handout_format_parse("pdf"), -1);
	assert_int_equal(handout_format_of_path("kartu.html"), HANDOUT_HTML);
	assert_int_equal(handout_format_of_path("kartu.htm"), HANDOUT_HTML);
	assert_int_equal(handout_format_parse(NULL), -1);
	assert_int_equal(handout_format_of_path("a/b.md"), HANDOUT_MD);
	assert_int_equal(handout_format_of_path("b.txt"), HANDOUT_TEXT);
	assert_int_equal(handout_format_of_path("b.pdf"), -1);
	assert_int_equal(handout_format_of_path("v1.md/handout"), -1);
	assert_int_equal(handout_format_of_path("handout"), -1);
}

static int
group_setup(void **state)
{
	(void)state;
	i18n_init(LOCALEDIR);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_handout_shipped_en,
		    setup_shipped, teardown),
		cmocka_unit_test_setup_teardown(test_handout_shipped_md,
		    setup_shipped, teardown),
		cmocka_unit_test_setup_teardown(test_handout_quick_en,
		    setup_shipped, teardown),
		cmocka_unit_test_setup_teardown(test_handout_placeholders,
		    setup_fixture, teardown),
		cmocka_unit_test_setup_teardown(test_handout_width,
		    setup_fixture, teardown),
		cmocka_unit_test_setup_teardown(test_handout_markdown_escaping,
		    setup_fixture, teardown),
		cmocka_unit_test_setup_teardown(test_handout_platform_filter,
		    setup_fixture, teardown),
		cmocka_unit_test_setup_teardown(test_handout_html,
		    setup_fixture, teardown),
		cmocka_unit_test_setup_teardown(test_handout_text_no_split,
		    setup_fixture, teardown),
		cmocka_unit_test_setup_teardown(test_handout_shipped_html,
		    setup_shipped, teardown),
		cmocka_unit_test_setup_teardown(test_handout_write_error,
		    setup_fixture, teardown),
		cmocka_unit_test(test_handout_format_names),
		/* last: glibc keeps the Indonesian messages it has looked up
		 * even after i18n_set_language("en") */
		cmocka_unit_test_setup_teardown(test_handout_shipped_id,
		    setup_shipped, teardown),
		cmocka_unit_test_setup_teardown(test_handout_quick_id,
		    setup_shipped, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, NULL);
}
