/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * html: writing an HTML document, with text escaped in one place.  The
 * handout writes its HTML through it (exchange/handout_html.c), and so
 * can any other writer (collect's summary).
 *
 * A writer keeps the stack of elements it has opened, so that closing
 * one closes the right tag and html_end closes whatever is still open.
 * Text, attribute values and the title are escaped ("&", "<", ">", '"',
 * "'"); a control character other than a newline or a tab becomes
 * U+FFFD.  Only html_raw writes markup as it is given: the caller's own
 * constant markup, such as a style sheet.  Write errors show in
 * ferror(f), which the caller checks once at the end.
 */
#ifndef JAGAAKUN_HTML_H
#define JAGAAKUN_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define HTML_MAX_DEPTH 24	/* elements open at once */

struct html {
	FILE *f;
	const char *open[HTML_MAX_DEPTH];	/* tags, outermost first */
	size_t depth;
	bool nobreak;		/* html_text keeps numbers on one line */
};

/* Print the n bytes at s to f escaped for text and attribute values. */
void html_escape(FILE *f, const char *s, size_t n);

/* Start a document on f: the doctype, <html lang="lang">, a head with
 * the UTF-8 charset, a Content-Security-Policy that lets nothing be
 * fetched or run (inline style only), title and (when not NULL) the
 * style sheet css, and <body> with class cls (NULL: none), which stays
 * open. */
void html_begin(struct html *h, FILE *f, const char *lang,
    const char *title, const char *css, const char *cls);

/* Close every element still open and end the document. */
void html_end(struct html *h);

/* Open element tag (a constant) with attributes: NULL-ended pairs of a
 * name (a constant) and a value (escaped; a NULL value leaves the
 * attribute out). */
void html_open(struct html *h, const char *tag, ...)
    __attribute__((sentinel));

/* Close the innermost open element, which must be tag. */
void html_close(struct html *h, const char *tag);

/* Close open elements until depth are left. */
void html_close_to(struct html *h, size_t depth);

/* Print text, escaped; with h->nobreak, every phone number and e-mail
 * address (base/nobreak), with the punctuation right after it, in a
 * <span class="nowrap">, which the style sheet keeps on one line. */
void html_text(struct html *h, const char *s);

/* The same for the n bytes at s. */
void html_textn(struct html *h, const char *s, size_t n);

/* <tag class="cls">text</tag> (cls NULL: no class). */
void html_elem(struct html *h, const char *tag, const char *cls,
    const char *text);

/* Print markup as it is: the caller's own constant markup only. */
void html_raw(struct html *h, const char *markup);

#endif
