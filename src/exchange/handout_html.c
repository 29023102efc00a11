/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * handout_html: the handout as one HTML file (see handout.h), written
 * through base/html, which escapes every text once.  The style sheet is
 * inside the file: nothing is fetched and nothing runs.  Printed, the
 * page is A4; a step, the contacts box and a heading with what follows
 * it stay on one page; phone numbers and e-mail addresses stay on one
 * line (one wider than a whole line wraps inside its box); long words
 * (addresses of web pages) wrap rather than run out of their box.  On the quick card, a step's text for Android and for
 * iPhone stand side by side.
 */
#include "config.h"
#include "exchange/handout_ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/layout.h"
#include "base/xalloc.h"

#define HTML_BODY 2	/* depth inside <html><body> */

static const char html_css[] =
    "@page { size: A4; margin: 14mm 15mm 15mm 15mm; }\n"
    "html { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, "
    "sans-serif; font-size: 10pt; line-height: 1.3; color: #000; "
    "background: #fff; }\n"
    "body { margin: 0 auto; max-width: 180mm; overflow-wrap: anywhere; }\n"
    "@media screen { body { padding: 8mm; } }\n"
    "h1 { font-size: 16pt; margin: 0 0 2mm; }\n"
    "h2 { font-size: 12.5pt; margin: 4mm 0 2mm; padding-bottom: 0.5mm; "
    "border-bottom: 0.4mm solid #000; break-after: avoid; "
    "page-break-after: avoid; }\n"
    "h3 { font-size: 10.5pt; margin: 0 0 1mm; break-after: avoid; "
    "page-break-after: avoid; }\n"
    "h4 { font-size: 10pt; margin: 1mm 0 0.5mm; break-after: avoid; "
    "page-break-after: avoid; }\n"
    "p { margin: 0 0 1.2mm; }\n"
    "ol, ul { margin: 0 0 1.2mm; padding-left: 6mm; }\n"
    "li { margin: 0 0 0.4mm; }\n"
    "table { border-collapse: collapse; width: 100%; }\n"
    "th, td { text-align: left; vertical-align: top; padding: 0.6mm 2mm "
    "0.6mm 0; }\n"
    ".fields th { width: 35%; font-weight: normal; }\n"
    ".blank { display: inline-block; width: 70mm; border-bottom: 0.3mm "
    "solid #000; }\n"
    ".contacts { border: 0.5mm solid #000; padding: 2mm 3mm; margin: 3mm 0; "
    "break-inside: avoid; page-break-inside: avoid; }\n"
    ".contacts h2 { margin-top: 0; border: none; }\n"
    ".numbers td { font-weight: bold; }\n"
    ".directory th { border-bottom: 0.3mm solid #000; }\n"
    ".module { break-before: page; page-break-before: always; }\n"
    ".step { margin: 2.5mm 0; break-inside: avoid; page-break-inside: "
    "avoid; }\n"
    ".box { display: inline-block; width: 3.2mm; height: 3.2mm; border: "
    "0.35mm solid #000; margin-right: 1.5mm; vertical-align: -0.5mm; }\n"
    ".how { margin-left: 4.7mm; min-width: 0; }\n"
    ".quick .hows { display: flex; gap: 5mm; }\n"
    ".quick .how { flex: 1 1 0; }\n"
    ".note, .footer { font-style: italic; }\n"
    /* whole on one line, unless wider than a whole line: then it wraps
     * inside its box rather than run out of it; in a table, where a
     * column is never narrower than what cannot break, never */
    ".nowrap { display: inline-block; max-width: 100%; }\n"
    "td .nowrap { display: inline; white-space: nowrap; }\n";

/* Print the list items or paragraph lines of text, each line a block:
 * lines with a list marker are items of one list, numbered ones of an
 * ordered list with the content's own numbers. */
static void
html_blocks(struct hw *w, const char *text)
{
	struct html *h = &w->html;
	const char *list = NULL;

	for (;;) {
		const char *nl = strchr(text, '\n');
		size_t n = nl != NULL ? (size_t)(nl - text) : strlen(text);
		size_t mark = layout_marker(text, n);
		char first = text[strspn(text, " ")];
		bool num = mark > 0 && first >= '0' && first <= '9';
		const char *want = mark == 0 ? NULL : num ? "ol" : "ul";

		if (list != NULL && (want == NULL || strcmp(want, list) != 0)) {
			html_close(h, list);
			list = NULL;
		}
		if (want != NULL && list == NULL) {
			html_open(h, want, NULL);
			list = want;
		}
		if (num) {
			char *value = xasprintf("%d", atoi(text));

			html_open(h, "li", "value", value, NULL);
			free(value);
		} else
			html_open(h, mark > 0 ? "li" : "p", NULL);
		html_textn(h, text + mark, n - mark);
		html_close(h, mark > 0 ? "li" : "p");
		if (nl == NULL)
			break;
		text = nl + 1;
	}
	if (list != NULL)
		html_close(h, list);
}

/* Print content text (a msgid), translated and expanded, as blocks. */
static void
html_content(struct hw *w, const char *msgid)
{
	char *t = handout_tr(w, msgid);

	html_blocks(w, t);
	free(t);
}

/* A paragraph: label in bold, then content text (a msgid) after it. */
static void
html_why(struct hw *w, const char *msgid)
{
	char *t = handout_tr(w, msgid);

	html_open(&w->html, "p", "class", "why", NULL);
	html_elem(&w->html, "strong", NULL, _("Why it matters:"));
	html_text(&w->html, " ");
	html_text(&w->html, t);
	html_close(&w->html, "p");
	free(t);
}

/* The document's start, the title and the fields in a table. */
static void
html_title(struct hw *w, const char *title,
    const struct handout_field *fields, size_t n, const char *intro)
{
	struct html *h = &w->html;

	html_begin(h, w->f, i18n_language(), title, html_css,
	    w->h->quick ? "quick" : "whole");
	h->nobreak = true;
	html_open(h, "header", NULL);
	html_elem(h, "h1", NULL, title);
	html_open(h, "table", "class", "fields", NULL);
	for (size_t i = 0; i < n; i++) {
		html_open(h, "tr", NULL);
		html_elem(h, "th", NULL, _(fields[i].label));
		html_open(h, "td", NULL);
		if (fields[i].value != NULL)
			html_text(h, fields[i].value);
		else
			html_elem(h, "span", "blank", "");
		html_close(h, "td");
		html_close(h, "tr");
	}
	html_close(h, "table");
	html_elem(h, "p", "intro", intro);
	html_close(h, "header");
}

/* The contact directory as a table. */
static void
html_directory(struct hw *w)
{
	const struct site *s = w->h->site;
	struct html *h = &w->html;
	const char *labels[] = {
		_("Work unit"), _("Office or person"), _("Phone"), _("E-mail")
	};

	html_elem(h, "h3", NULL, _("Official contacts of the work units:"));
	html_open(h, "table", "class", "directory", NULL);
	html_open(h, "tr", NULL);
	for (size_t i = 0; i < 4; i++)
		html_elem(h, "th", NULL, labels[i]);
	html_close(h, "tr");
	for (size_t i = 0; i < s->n_contacts; i++) {
		const struct site_contact *c = &s->contacts[i];
		const char *cells[] = { c->unit, c->name, c->phone, c->email };

		html_open(h, "tr", NULL);
		for (size_t j = 0; j < 4; j++)
			html_elem(h, "td", NULL, cells[j] != NULL ? cells[j] : "");
		html_close(h, "tr");
	}
	html_close(h, "table");
}

/* The contacts box: the agency's numbers, then (on the whole handout)
 * the directory. */
static void
html_contacts(struct hw *w)
{
	const struct site *s = w->h->site;
	struct html *h = &w->html;
	char *heading = s != NULL && s->agency != NULL ?
	    xasprintf(_("Official contacts of %s"), s->agency) :
	    xstrdup(_("Official contacts"));

	html_open(h, "section", "class", "contacts", NULL);
	html_elem(h, "h2", NULL, heading);
	html_open(h, "table", "class", "numbers", NULL);
	for (size_t i = 0; i < HANDOUT_N_NUMBERS; i++) {
		const char *v = handout_number(w, i);

		html_open(h, "tr", NULL);
		html_elem(h, "th", NULL, handout_number_label(i));
		html_open(h, "td", NULL);
		if (v != NULL)
			html_text(h, v);
		else
			html_elem(h, "span", "blank", "");
		html_close(h, "td");
		html_close(h, "tr");
	}
	html_close(h, "table");
	if (s != NULL && s->n_contacts > 0 && !w->h->quick)
		html_directory(w);
	html_close(h, "section");
	free(heading);
}

/* A module starts a page: number and title, summary, why it matters. */
static void
html_module_begin(struct hw *w, size_t mi, const struct module *m)
{
	struct html *h = &w->html;
	char *title = handout_tr(w, m->title);
	char *heading = xasprintf("%zu. %s", mi + 1, title);

	html_close_to(h, HTML_BODY);
	html_open(h, "section", "class", "module", NULL);
	html_elem(h, "h2", NULL, heading);
	html_content(w, m->summary);
	if (handout_is_required(w, m))
		html_elem(h, "p", "required", _("Required by your agency."));
	html_why(w, m->why);
	w->part = h->depth;
	free(heading);
	free(title);
}

/* A part of the quick card. */
static void
html_section(struct hw *w, const char *title)
{
	struct html *h = &w->html;

	html_close_to(h, HTML_BODY);
	html_open(h, "section", "class", "part", NULL);
	html_elem(h, "h2", NULL, title);
	w->part = h->depth;
}

/* A step: a box to tick, number and title, why it matters; what to do
 * follows inside it. */
static void
html_step(struct hw *w, const char *number, const struct step *s)
{
	struct html *h = &w->html;
	char *title = handout_tr(w, s->title);

	html_close_to(h, w->part);
	html_open(h, "div", "class", "step", NULL);
	html_open(h, "h3", NULL);
	html_elem(h, "span", "box", "");
	html_text(h, number);
	html_text(h, " ");
	html_text(h, title);
	html_close(h, "h3");
	if (!w->h->quick)
		html_why(w, s->why);
	html_open(h, "div", "class", "hows", NULL);
	free(title);
}

/* What to do on the platforms heading names (NULL: no heading). */
static void
html_how(struct hw *w, const char *heading, const char *how)
{
	struct html *h = &w->html;

	html_open(h, "div", "class", "how", NULL);
	if (heading != NULL) {
		char *t = xasprintf("%s:", heading);

		html_elem(h, "h4", NULL, t);
		free(t);
	}
	if (how != NULL)
		html_content(w, how);
	else
		html_elem(h, "p", NULL, handout_on_phone());
	html_close(h, "div");
}

/* A closing line of a module. */
static void
html_note(struct hw *w, const char *text)
{
	html_close_to(&w->html, w->part);
	html_elem(&w->html, "p", "note", text);
}

/* The last line, then the end of the document. */
static void
html_finish(struct hw *w, const char *text)
{
	html_close_to(&w->html, HTML_BODY);
	html_elem(&w->html, "p", "footer", text);
	html_end(&w->html);
}

const struct handout_ops handout_html_ops = {
	html_title, html_contacts, html_module_begin, html_section, html_step,
	html_how, html_note, html_finish
};
