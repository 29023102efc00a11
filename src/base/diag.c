/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * diag: collect "file:line: message" diagnostics (see diag.h).
 */
#include "config.h"
#include "base/diag.h"

#include <stdarg.h>
#include <stdlib.h>

#include "base/xalloc.h"

void
diag_init(struct diag *d)
{
	d->msgs = NULL;
	d->n = d->cap = 0;
}

void
diag_done(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->msgs[i]);
	free(d->msgs);
	diag_init(d);
}

void
diag_add(struct diag *d, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	char *text;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&text, fmt, ap);
	va_end(ap);
	if (n < 0)
		text = xstrdup(fmt);
	d->msgs = xgrow(d->msgs, &d->cap, d->n + 1, sizeof *d->msgs);
	if (file && line > 0)
		d->msgs[d->n++] = xasprintf("%s:%d: %s", file, line, text);
	else if (file)
		d->msgs[d->n++] = xasprintf("%s: %s", file, text);
	else
		d->msgs[d->n++] = xstrdup(text);
	free(text);
}

void
diag_print(const struct diag *d, FILE *f)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(f, "%s\n", d->msgs[i]);
}
