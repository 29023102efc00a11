/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * diag: a list of diagnostics in the form "file:line: message", the form
 * every loader uses to say what is wrong with a file it was given.
 */
#ifndef JAGAAKUN_DIAG_H
#define JAGAAKUN_DIAG_H

#include <stddef.h>
#include <stdio.h>

struct diag {
	char **msgs;	/* owned; each already formatted "file:line: text" */
	size_t n;
	size_t cap;
};

void diag_init(struct diag *d);
void diag_done(struct diag *d);
/* Add a message.  file may be NULL; line <= 0 leaves the line out. */
void diag_add(struct diag *d, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Print every message, one a line, to f. */
void diag_print(const struct diag *d, FILE *f);

#endif
