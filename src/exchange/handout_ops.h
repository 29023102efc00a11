/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * handout_ops: what the handout's walk (handout.c) and its back ends
 * (handout_text.c, handout_md.c, handout_html.c) share.  Only those
 * include it.
 *
 * handout_write walks the content once and hands each part to a back
 * end, after ncdu's dir_output; the walk decides what the formats share:
 * which platforms a step's instructions are shown for, grouping
 * platforms that are told the same thing, and the labels and values of
 * the title block and the contacts.
 */
#ifndef JAGAAKUN_HANDOUT_OPS_H
#define JAGAAKUN_HANDOUT_OPS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/html.h"
#include "exchange/handout.h"

#define HANDOUT_WRITE_ON "________________________"	/* fill in by hand */
#define HANDOUT_N_NUMBERS 3	/* the agency's numbers the contacts show */

/* A handout being written. */
struct hw {
	const struct handout *h;
	FILE *f;
	unsigned platforms;	/* the bit set to show, never 0 */
	bool boxed;		/* text: lines go inside the contacts box */
	struct html html;	/* html: the document being written */
	size_t part;		/* html: depth of the open module or part */
};

/* A label and its value in the title block; value NULL is a line to
 * write on. */
struct handout_field {
	const char *label;	/* msgid */
	char *value;
};

/* One back end. */
struct handout_ops {
	/* The title, the n fields, then intro: how to use the sheet. */
	void (*title)(struct hw *w, const char *title,
	    const struct handout_field *fields, size_t n, const char *intro);
	/* The agency's numbers; on the whole handout, its directory too. */
	void (*contacts)(struct hw *w);
	void (*module_begin)(struct hw *w, size_t mi, const struct module *m);
	/* A part of the quick card: the phone's steps, then Web/Desktop's. */
	void (*section)(struct hw *w, const char *title);
	/* A step, numbered number ("2.3"; "5" on the quick card); the
	 * whole handout says why it matters, the quick card does not. */
	void (*step)(struct hw *w, const char *number, const struct step *s);
	/* What to do on the platforms heading names (NULL: on every one the
	 * quick card shows); how NULL: nothing (the step is done on the
	 * phone). */
	void (*how)(struct hw *w, const char *heading, const char *how);
	/* A closing line: where a module's advice comes from. */
	void (*note)(struct hw *w, const char *text);
	/* The last line, what made the handout; the end of it. */
	void (*end)(struct hw *w, const char *text);
};

extern const struct handout_ops handout_text_ops, handout_md_ops,
    handout_html_ops;

/* A content msgid translated, with the site's values put in; caller
 * frees. */
char *handout_tr(const struct hw *w, const char *msgid);

/* What agency number i (< HANDOUT_N_NUMBERS) is for, translated. */
const char *handout_number_label(size_t i);

/* Agency number i, or NULL when the site does not set it. */
const char *handout_number(const struct hw *w, size_t i);

/* True when the site marks module m as required (only when it names
 * any: otherwise every module counts and none needs the mark). */
bool handout_is_required(const struct hw *w, const struct module *m);

/* What a step the chosen platform does not have says instead. */
const char *handout_on_phone(void);

#endif
