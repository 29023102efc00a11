/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * handout: the whole checklist on paper, for a training session or for
 * an official without a screen at hand (`jagaakun handout`).
 *
 * A title block (agency, date, checklist version, platforms, lines to
 * write one's name on) and a box with the agency's official contacts
 * come first; then every module, each step with a "[ ]" to tick and what
 * to do on each chosen platform.  Content text goes through gettext and
 * site_expand, so the handout speaks the current language and names the
 * agency's own numbers.  Plain text fits HANDOUT_WIDTH display columns
 * (A4 in a 10- or 12-point fixed font) with a form feed before each
 * module; Markdown uses headings, task lists and tables; HTML is one
 * self-contained file (its style sheet inside, no script, nothing from
 * the network) laid out for A4 when printed: a step never split over two
 * pages, a phone number or an e-mail address never over two lines.
 *
 * The quick card (quick) is one or two pages: the title block without
 * the lines to write on, the agency's numbers, then only the steps the
 * content marks "card = true;", without why they matter: those done on
 * the phone first (one text, or one for each phone that is told
 * something else), then what WhatsApp Web/Desktop users add.
 */
#ifndef JAGAAKUN_HANDOUT_H
#define JAGAAKUN_HANDOUT_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>
#include "model/content.h"
#include "model/site.h"

#define HANDOUT_WIDTH 72	/* display columns of a text line */

enum handout_format {
	HANDOUT_TEXT,
	HANDOUT_MD,
	HANDOUT_HTML
};

struct handout {
	const struct content *content;
	const struct site *site;	/* NULL: no site settings */
	unsigned platforms;	/* bit (1u << enum platform) each; 0 = all */
	enum handout_format format;
	time_t date;		/* the day printed in the title block */
	bool quick;		/* the quick card instead of the whole */
};

/* Write the handout to f and flush it.  Returns 0, or a negative errno
 * when a write failed (-ENOSPC on a full disk, else -EIO); the caller
 * still closes f. */
int handout_write(const struct handout *h, FILE *f);

/* "text", "md" or "html" and back; -1 for other text. */
int handout_format_parse(const char *name);

/* The format a file name asks for by its extension (".txt", ".md",
 * ".html" or ".htm"); -1 when it has none of them. */
int handout_format_of_path(const char *path);

#endif
