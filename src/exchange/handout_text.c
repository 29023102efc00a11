/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * handout_text: the handout as plain text for A4 (see handout.h), laid
 * out by base/layout in HANDOUT_WIDTH columns, the contacts in a box
 * drawn with "+", "-" and "|", a form feed before each module; phone
 * numbers and e-mail addresses kept on one line (base/nobreak).
 */
#include "config.h"
#include "exchange/handout_ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/layout.h"
#include "base/nobreak.h"
#include "base/xalloc.h"

#define HANDOUT_BOX_INNER (HANDOUT_WIDTH - 4)	/* between "| " and " |" */
#define HANDOUT_MIN_TEXT 24	/* columns below which a hang is dropped */

/* Print n spaces. */
static void
text_spaces(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

/* Print the n bytes at s with each no-break space a space: on paper the
 * two look the same, and a plain text file is read by simple tools. */
static void
text_put(FILE *f, const char *s, size_t n)
{
	const size_t nb = sizeof NOBREAK_SPACE - 1;

	for (size_t i = 0; i < n; i++) {
		if (i + nb <= n && memcmp(s + i, NOBREAK_SPACE, nb) == 0) {
			putc(' ', f);
			i += nb - 1;
		} else
			putc(s[i], f);
	}
}

/* Print one line: lead then the n bytes at s, from column col, closed by
 * the box's right edge when inside it. */
static void
text_line(struct hw *w, size_t col, const char *lead, const char *s,
    size_t n)
{
	size_t used = col + layout_width(lead, strlen(lead)) +
	    layout_width(s, n);

	if (w->boxed)
		fputs("| ", w->f);
	text_spaces(w->f, col);
	fputs(lead, w->f);
	text_put(w->f, s, n);
	if (w->boxed) {
		text_spaces(w->f, used < HANDOUT_BOX_INNER ?
		    HANDOUT_BOX_INNER - used : 0);
		fputs(" |", w->f);
	}
	putc('\n', w->f);
}

/* Print an empty line. */
static void
text_blank(struct hw *w)
{
	text_line(w, 0, "", "", 0);
}

/* Print text, one paragraph a line of it, laid out from column col; the
 * first line starts with lead and every paragraph stands under the
 * first one's text.  A phone number or an e-mail address is never split
 * over two lines (their spaces are glued, and one that does not fit
 * after lead starts the next line); a lead too wide to leave room for
 * text is laid out with it, so that no line is wider than the page or
 * the box. */
static void
text_block(struct hw *w, size_t col, const char *lead, const char *text)
{
	size_t width = w->boxed ? HANDOUT_BOX_INNER : HANDOUT_WIDTH;
	size_t lead_cols = layout_width(lead, strlen(lead));
	char *joined = NULL, *glued;
	struct layout l;

	if (col + lead_cols + HANDOUT_MIN_TEXT > width) {
		joined = xasprintf("%s%s", lead, text);
		text = joined;
		lead = "";
		lead_cols = 0;
	}
	glued = nobreak_glue(text);
	layout_init(&l);
	layout_text(&l, glued, width - col, lead_cols, HANDOUT_MIN_TEXT);
	text_line(w, col, lead, l.v[0].s, l.v[0].n);
	for (size_t i = 1; i < l.n; i++)
		text_line(w, col + l.v[i].col, "", l.v[i].s, l.v[i].n);
	layout_free(&l);
	free(glued);
	free(joined);
}

/* Print content text (a msgid) translated and expanded. */
static void
text_content(struct hw *w, size_t col, const char *lead, const char *msgid)
{
	char *t = handout_tr(w, msgid);

	text_block(w, col, lead, t);
	free(t);
}

/* Print a rule of n times ch (at most the line's width). */
static void
text_rule(struct hw *w, char ch, size_t n)
{
	char line[HANDOUT_WIDTH + 1];

	if (n > HANDOUT_WIDTH)
		n = HANDOUT_WIDTH;
	memset(line, ch, n);
	line[n] = '\0';
	fprintf(w->f, "%s\n", line);
}

/* Print the top or bottom edge of the contacts box. */
static void
text_box_edge(struct hw *w)
{
	putc('+', w->f);
	for (size_t i = 0; i < HANDOUT_WIDTH - 2; i++)
		putc('-', w->f);
	fputs("+\n", w->f);
}

/* Print a heading underlined with ch. */
static void
text_heading(struct hw *w, const char *s, char ch)
{
	text_block(w, 0, "", s);
	text_rule(w, ch, layout_width(s, strlen(s)));
}

/* ------------------------------------------------------- text: parts */

/* The title block: title, then the fields with their labels aligned. */
static void
text_title(struct hw *w, const char *title,
    const struct handout_field *fields, size_t n, const char *intro)
{
	size_t widest = 0;

	text_block(w, 0, "", title);
	text_rule(w, '=', HANDOUT_WIDTH);
	for (size_t i = 0; i < n; i++) {
		const char *label = _(fields[i].label);
		size_t cols = layout_width(label, strlen(label));

		if (cols > widest)
			widest = cols;
	}
	for (size_t i = 0; i < n; i++) {
		const char *label = _(fields[i].label);
		size_t pad = widest - layout_width(label, strlen(label));
		char *lead = xasprintf("%s:%*s ", label, (int)pad, "");

		text_block(w, 0, lead, fields[i].value != NULL ?
		    fields[i].value : HANDOUT_WRITE_ON);
		free(lead);
	}
	text_blank(w);
	text_block(w, 0, "", intro);
	text_blank(w);
}

/* Print the contact directory, one contact a few lines. */
static void
text_directory(struct hw *w)
{
	const struct site *s = w->h->site;

	text_blank(w);
	text_block(w, 0, "", _("Official contacts of the work units:"));
	for (size_t i = 0; i < s->n_contacts; i++) {
		const struct site_contact *c = &s->contacts[i];
		char *who = xasprintf("%s, %s", c->unit, c->name);
		char *reach = c->email != NULL ?
		    xasprintf(_("Phone: %s; e-mail: %s"), c->phone, c->email) :
		    xasprintf(_("Phone: %s"), c->phone);

		text_block(w, 0, "- ", who);
		text_block(w, 2, "", reach);
		free(reach);
		free(who);
	}
}

/* The contacts box: the agency's numbers, then its directory. */
static void
text_contacts(struct hw *w)
{
	const struct site *s = w->h->site;
	const char *agency = s != NULL ? s->agency : NULL;
	char *heading = agency != NULL ?
	    xasprintf(_("Official contacts of %s"), agency) :
	    xstrdup(_("Official contacts"));

	text_box_edge(w);
	w->boxed = true;
	text_block(w, 0, "", heading);
	text_blank(w);
	for (size_t i = 0; i < HANDOUT_N_NUMBERS; i++) {
		const char *v = handout_number(w, i);
		char *lead = xasprintf("%s: ", handout_number_label(i));

		text_block(w, 0, lead, v != NULL ? v : HANDOUT_WRITE_ON);
		free(lead);
	}
	if (s != NULL && s->n_contacts > 0 && !w->h->quick)
		text_directory(w);
	w->boxed = false;
	text_box_edge(w);
	free(heading);
}

/* A module starts a page: number and title, summary, why it matters. */
static void
text_module_begin(struct hw *w, size_t mi, const struct module *m)
{
	char *title = handout_tr(w, m->title);
	char *heading = xasprintf("%zu. %s", mi + 1, title);

	fputs("\f", w->f);
	text_heading(w, heading, '-');
	text_content(w, 0, "", m->summary);
	if (handout_is_required(w, m))
		text_block(w, 0, "", _("Required by your agency."));
	text_blank(w);
	text_block(w, 0, "", _("Why it matters:"));
	text_content(w, 2, "", m->why);
	free(heading);
	free(title);
}

/* A part of the quick card, under a heading. */
static void
text_section(struct hw *w, const char *title)
{
	text_blank(w);
	text_heading(w, title, '-');
}

/* A step: its box to tick, number, title and (on the whole handout) why
 * it matters. */
static void
text_step(struct hw *w, const char *number, const struct step *s)
{
	char *lead = xasprintf("[ ] %s ", number);
	char *why, *t;

	text_blank(w);
	text_content(w, 0, lead, s->title);
	free(lead);
	if (w->h->quick)
		return;
	why = handout_tr(w, s->why);
	/* The label runs on into the text: a hang under it would leave
	 * little of the line in the longer Indonesian. */
	t = xasprintf("%s %s", _("Why it matters:"), why);
	text_block(w, 4, "", t);
	free(t);
	free(why);
}

/* What to do on the platforms heading names (NULL: no heading). */
static void
text_how(struct hw *w, const char *heading, const char *how)
{
	size_t col = heading != NULL ? 6 : 4;

	if (heading != NULL) {
		char *h = xasprintf("%s:", heading);

		text_block(w, 4, "", h);
		free(h);
	}
	if (how != NULL)
		text_content(w, col, "", how);
	else
		text_block(w, col, "", handout_on_phone());
}

/* A closing line, after a blank one. */
static void
text_note(struct hw *w, const char *text)
{
	text_blank(w);
	text_block(w, 0, "", text);
}

const struct handout_ops handout_text_ops = {
	text_title, text_contacts, text_module_begin, text_section, text_step,
	text_how, text_note, text_note
};
