/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * handout_md: the handout as Markdown (see handout.h): headings, task
 * lists and tables.  Content and site values are text an author or an
 * agency wrote: every character Markdown would read as markup is
 * escaped, and only the list markers ("1. ", "- ") authors use to number
 * what to do are kept.
 */
#include "config.h"
#include "exchange/handout_ops.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/layout.h"
#include "base/xalloc.h"

/* Print the n bytes at s with every character Markdown could read as
 * markup escaped; a newline becomes a space. */
static void
md_escape(FILE *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n') {
			putc(' ', f);
			continue;
		}
		if (strchr("\\`*_[]<>#|~&+!", s[i]) != NULL && s[i] != '\0')
			putc('\\', f);
		putc(s[i], f);
	}
}

/* Print s escaped. */
static void
md_text(struct hw *w, const char *s)
{
	md_escape(w->f, s, strlen(s));
}

/* Print s escaped between before and after, which are markup. */
static void
md_put(struct hw *w, const char *before, const char *s, const char *after)
{
	fputs(before, w->f);
	md_text(w, s);
	fputs(after, w->f);
}

/* Print text as Markdown blocks: each of its lines a paragraph, or an
 * item of a list when it starts with a list marker. */
static void
md_blocks(struct hw *w, const char *text)
{
	bool in_list = false;

	for (;;) {
		const char *nl = strchr(text, '\n');
		size_t n = nl != NULL ? (size_t)(nl - text) : strlen(text);
		size_t mark;

		while (n > 0 && *text == ' ') {
			text++;
			n--;
		}
		mark = layout_marker(text, n);
		if (mark > 0 && text[0] >= '0' && text[0] <= '9')
			fwrite(text, 1, mark, w->f);
		else if (mark > 0)
			fputs("- ", w->f);
		else if (in_list)
			putc('\n', w->f);
		/* a line of its own starting with these would be markup */
		if (mark == 0 && n > 0 && strchr("-=", text[0]) != NULL)
			putc('\\', w->f);
		md_escape(w->f, text + mark, n - mark);
		fputs(mark > 0 ? "\n" : "\n\n", w->f);
		in_list = mark > 0;
		if (nl == NULL)
			break;
		text = nl + 1;
	}
	if (in_list)
		putc('\n', w->f);
}

/* Print content text (a msgid), translated and expanded, as blocks. */
static void
md_content(struct hw *w, const char *msgid)
{
	char *t = handout_tr(w, msgid);

	md_blocks(w, t);
	free(t);
}

/* A line of its own in italics: a remark or a closing line. */
static void
md_note(struct hw *w, const char *text)
{
	md_put(w, "*", text, "*\n\n");
}

/* Print why a module or a step matters (a msgid) under its label. */
static void
md_why(struct hw *w, const char *msgid)
{
	md_put(w, "**", _("Why it matters:"), "**\n\n");
	md_content(w, msgid);
}

/* Print a table row of n cells (NULL cells are empty). */
static void
md_row(struct hw *w, const char *const *cells, size_t n)
{
	fputs("|", w->f);
	for (size_t i = 0; i < n; i++) {
		putc(' ', w->f);
		if (cells[i] != NULL)
			md_text(w, cells[i]);
		fputs(" |", w->f);
	}
	putc('\n', w->f);
}

/* Print a table's header row and the line under it. */
static void
md_header(struct hw *w, const char *const *labels, size_t n)
{
	md_row(w, labels, n);
	fputs("|", w->f);
	for (size_t i = 0; i < n; i++)
		fputs(" --- |", w->f);
	putc('\n', w->f);
}

/* The title and the fields as a list. */
static void
md_title(struct hw *w, const char *title,
    const struct handout_field *fields, size_t n, const char *intro)
{
	md_put(w, "# ", title, "\n\n");
	for (size_t i = 0; i < n; i++) {
		md_put(w, "- **", _(fields[i].label), ":** ");
		md_text(w, fields[i].value != NULL ? fields[i].value :
		    HANDOUT_WRITE_ON);
		putc('\n', w->f);
	}
	putc('\n', w->f);
	md_blocks(w, intro);
}

/* The contact directory as a table. */
static void
md_directory(struct hw *w)
{
	const struct site *s = w->h->site;
	const char *labels[] = {
		_("Work unit"), _("Office or person"), _("Phone"), _("E-mail")
	};

	md_put(w, "### ", _("Official contacts of the work units:"), "\n\n");
	md_header(w, labels, 4);
	for (size_t i = 0; i < s->n_contacts; i++) {
		const struct site_contact *c = &s->contacts[i];
		const char *cells[] = { c->unit, c->name, c->phone, c->email };

		md_row(w, cells, 4);
	}
	putc('\n', w->f);
}

/* The agency's numbers as a table, then the directory. */
static void
md_contacts(struct hw *w)
{
	const struct site *s = w->h->site;
	const char *labels[] = { _("For"), _("Contact") };

	if (s != NULL && s->agency != NULL) {
		char *t = xasprintf(_("Official contacts of %s"), s->agency);

		md_put(w, "## ", t, "\n\n");
		free(t);
	} else
		md_put(w, "## ", _("Official contacts"), "\n\n");
	md_header(w, labels, 2);
	for (size_t i = 0; i < HANDOUT_N_NUMBERS; i++) {
		const char *v = handout_number(w, i);
		const char *cells[] = { handout_number_label(i),
		    v != NULL ? v : HANDOUT_WRITE_ON };

		md_row(w, cells, 2);
	}
	putc('\n', w->f);
	if (s != NULL && s->n_contacts > 0 && !w->h->quick)
		md_directory(w);
}

/* A module: heading, summary, why it matters. */
static void
md_module_begin(struct hw *w, size_t mi, const struct module *m)
{
	char *title = handout_tr(w, m->title);

	fprintf(w->f, "## %zu. ", mi + 1);
	md_put(w, "", title, "\n\n");
	md_content(w, m->summary);
	if (handout_is_required(w, m))
		md_note(w, _("Required by your agency."));
	md_why(w, m->why);
	free(title);
}

/* A part of the quick card. */
static void
md_section(struct hw *w, const char *title)
{
	md_put(w, "## ", title, "\n\n");
}

/* A step: heading, a box to tick, (on the whole handout) why it
 * matters. */
static void
md_step(struct hw *w, const char *number, const struct step *s)
{
	char *title = handout_tr(w, s->title);

	fprintf(w->f, "### %s ", number);
	md_put(w, "", title, "\n\n");
	md_put(w, "- [ ] ", _("Done"), "\n\n");
	if (!w->h->quick)
		md_why(w, s->why);
	free(title);
}

/* What to do on the platforms heading names (NULL: no heading). */
static void
md_how(struct hw *w, const char *heading, const char *how)
{
	if (heading != NULL)
		md_put(w, "**", heading, ":**\n\n");
	if (how != NULL)
		md_content(w, how);
	else
		md_blocks(w, handout_on_phone());
}

const struct handout_ops handout_md_ops = {
	md_title, md_contacts, md_module_begin, md_section, md_step, md_how,
	md_note, md_note
};
