/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cfgread: the one way jagaakun hands a file to libconfig (the record,
 * the site settings, the content and the scenarios).
 *
 * libconfig 1.5 honours `@include "PATH"` in every file it parses, from
 * a file or from memory alike, and cannot be told not to: it opens PATH
 * itself, with no check of what it is (its scanner exits the program on
 * a folder and blocks on a FIFO).  So the file, which the caller opened
 * and checked, is read into memory here, an @include the scanner would
 * honour is refused with its line, and libconfig parses the very bytes
 * that were checked: it never opens a file.
 */
#ifndef JAGAAKUN_CFGREAD_H
#define JAGAAKUN_CFGREAD_H

#include <libconfig.h>
#include <stddef.h>

#include "base/diag.h"

/*
 * The line (from 1) of the first @include in the n bytes at text that
 * libconfig 1.5's scanner would honour, or 0 when there is none.  Its
 * rule: outside strings and comments, at the start of a line (after a
 * newline, not after a lone carriage return or form feed), after spaces
 * and tabs only, "@include" then spaces or tabs and a double quote.  Such
 * a line is found even without the spaces and the quote (libconfig calls
 * it a syntax error), and after an earlier syntax error, which would have
 * stopped libconfig before it.
 */
int cfgread_include_line(const char *text, size_t n);

/*
 * Read the regular file open as fd (left open) to its end and parse it
 * into cfg, which the caller has initialised with config_init.  Returns
 * 0 when parsed; -EBADMSG after reporting to d, as "path:line: ...", an
 * @include (refused, never followed) or a syntax error; or a negative
 * errno when the file could not be read, not reported.
 */
int cfgread_fd(config_t *cfg, int fd, const char *path, struct diag *d);

#endif
