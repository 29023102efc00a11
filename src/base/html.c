/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * html: an HTML writer (see html.h).
 */
#include "config.h"
#include "base/html.h"

#include <assert.h>
#include <stdarg.h>
#include <string.h>

#include "base/nobreak.h"

void
html_escape(FILE *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		switch (c) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		case '\n': case '\t': putc(c, f); break;
		default:
			if (c < 0x20 || c == 0x7f)
				fputs("\xef\xbf\xbd", f);
			else
				putc(c, f);
		}
	}
}

void
html_begin(struct html *h, FILE *f, const char *lang, const char *title,
    const char *css, const char *cls)
{
	memset(h, 0, sizeof *h);
	h->f = f;
	fputs("<!DOCTYPE html>\n", f);
	html_open(h, "html", "lang", lang, NULL);
	fputs("\n<head>\n<meta charset=\"utf-8\">\n", f);
	fputs("<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n", f);
	/* nothing is fetched and nothing runs, whatever the text holds */
	fputs("<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; style-src 'unsafe-inline'\">\n", f);
	html_elem(h, "title", NULL, title);
	if (css != NULL) {
		fputs("\n<style>\n", f);
		fputs(css, f);
		fputs("</style>", f);
	}
	fputs("\n</head>\n", f);
	html_open(h, "body", "class", cls, NULL);
	putc('\n', f);
}

void
html_end(struct html *h)
{
	html_close_to(h, 0);
	putc('\n', h->f);
}

void
html_open(struct html *h, const char *tag, ...)
{
	va_list ap;
	const char *name;

	assert(h->depth < HTML_MAX_DEPTH);
	h->open[h->depth++] = tag;
	fprintf(h->f, "<%s", tag);
	va_start(ap, tag);
	while ((name = va_arg(ap, const char *)) != NULL) {
		const char *value = va_arg(ap, const char *);

		if (value == NULL)
			continue;
		fprintf(h->f, " %s=\"", name);
		html_escape(h->f, value, strlen(value));
		putc('"', h->f);
	}
	va_end(ap);
	putc('>', h->f);
}

void
html_close(struct html *h, const char *tag)
{
	assert(h->depth > 0 && strcmp(h->open[h->depth - 1], tag) == 0);
	h->depth--;
	fprintf(h->f, "</%s>", tag);
	/* block-level ends get their own line, for a reader of the file */
	if (strcmp(tag, "span") != 0 && strcmp(tag, "strong") != 0 &&
	    strcmp(tag, "em") != 0)
		putc('\n', h->f);
}

void
html_close_to(struct html *h, size_t depth)
{
	while (h->depth > depth)
		html_close(h, h->open[h->depth - 1]);
}

void
html_textn(struct html *h, const char *s, size_t n)
{
	size_t at, len;

	while (h->nobreak && nobreak_next(s, n, &at, &len)) {
		/* the punctuation after it stays with it on its line */
		while (at + len < n && s[at + len] != '\0' &&
		    strchr(".,;:!?)", s[at + len]) != NULL)
			len++;
		html_escape(h->f, s, at);
		fputs("<span class=\"nowrap\">", h->f);
		html_escape(h->f, s + at, len);
		fputs("</span>", h->f);
		s += at + len;
		n -= at + len;
	}
	html_escape(h->f, s, n);
}

void
html_text(struct html *h, const char *s)
{
	html_textn(h, s, strlen(s));
}

void
html_elem(struct html *h, const char *tag, const char *cls,
    const char *text)
{
	html_open(h, tag, "class", cls, NULL);
	html_text(h, text);
	html_close(h, tag);
}

void
html_raw(struct html *h, const char *markup)
{
	fputs(markup, h->f);
}
