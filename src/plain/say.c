/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * say: what the plain mode prints.  Every line is made safe to show
 * (base/sanitize.h): a name in a record or a contact in the site
 * settings cannot put an escape sequence on the terminal, and a screen
 * reader hears text only.  Nothing is wrapped: the terminal or the
 * reader does it.
 */
#include "config.h"
#include "plain/pln.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/sanitize.h"
#include "base/xalloc.h"
#include "model/site.h"

void
say(struct plain *p, const char *text)
{
	const char *s = text != NULL ? text : "";

	for (;;) {
		const char *end = strchr(s, '\n');
		size_t n = end != NULL ? (size_t)(end - s) : strlen(s);
		char *line = xmalloc(n + 1), *safe;

		memcpy(line, s, n);
		line[n] = '\0';
		safe = sanitize_text(line);
		/* A line of blanks says nothing. */
		if (safe[strspn(safe, " ")] != '\0')
			fprintf(p->out, "%s\n", safe + strspn(safe, " "));
		free(safe);
		free(line);
		if (end == NULL)
			break;
		s = end + 1;
	}
}

void
sayf(struct plain *p, const char *fmt, ...)
{
	va_list ap;
	char *t;

	va_start(ap, fmt);
	if (vasprintf(&t, fmt, ap) < 0)
		t = NULL;
	va_end(ap);
	say(p, t != NULL ? t : "");
	free(t);
}

char *
plain_tr(const struct plain *p, const char *msgid)
{
	if (msgid == NULL || *msgid == '\0')
		return xstrdup("");
	return site_expand(p->site, _(msgid));
}

void
say_tr(struct plain *p, const char *msgid)
{
	char *t = plain_tr(p, msgid);

	say(p, t);
	free(t);
}

void
say_section(struct plain *p, const char *heading, const char *msgid)
{
	say(p, heading);
	say_tr(p, msgid);
}

void
say_gap(struct plain *p)
{
	fputc('\n', p->out);
}
