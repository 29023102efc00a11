/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cfgread: a libconfig file read into memory, refused when it holds an
 * @include, parsed from the bytes checked (see cfgread.h).
 *
 * The scan mirrors the rules of libconfig 1.5's scanner (lib/scanner.l)
 * that decide where an @include can stand: `include_open` is
 * `^[ \t]*@include[ \t]+\"`, active only outside strings and block
 * comments (those are exclusive start conditions); "#" and "//" comments
 * run to the end of the line; flex's "^" holds where the text before
 * ends with a newline, and at the start of the input.
 */
#include "config.h"
#include "base/cfgread.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"

#define CFGREAD_INCLUDE "@include"

/* Where the scan is: in settings, in a string, in a block comment. */
enum cfgread_state {
	CFGREAD_CODE,
	CFGREAD_STRING,
	CFGREAD_COMMENT
};

/* Say whether the line starting at text (n bytes) begins, after spaces
 * and tabs, with the word @include. */
static bool
cfgread_is_include(const char *text, size_t n)
{
	size_t i = 0, len = strlen(CFGREAD_INCLUDE);

	while (i < n && (text[i] == ' ' || text[i] == '\t'))
		i++;
	return n - i >= len && memcmp(text + i, CFGREAD_INCLUDE, len) == 0;
}

/* Step over the byte at *i of settings text; *state and *bol follow. */
static void
cfgread_code(const char *text, size_t n, size_t *i, enum cfgread_state *state,
    bool *bol)
{
	char c = text[*i], next = *i + 1 < n ? text[*i + 1] : '\0';

	*bol = c == '\n';
	if (c == '"')
		*state = CFGREAD_STRING;
	else if (c == '/' && next == '*') {
		*state = CFGREAD_COMMENT;
		(*i)++;
	} else if (c == '#' || (c == '/' && next == '/')) {
		/* To the end of the line; the newline is read next. */
		const char *nl = memchr(text + *i, '\n', n - *i);

		*i = nl != NULL ? (size_t)(nl - text) : n;
		return;
	}
	(*i)++;
}

/* Step over the byte at *i of a string: a backslash escapes a quote or a
 * backslash after it; a quote ends it. */
static void
cfgread_string(const char *text, size_t n, size_t *i,
    enum cfgread_state *state)
{
	char c = text[*i];

	if (c == '\\' && *i + 1 < n && (text[*i + 1] == '"' ||
	    text[*i + 1] == '\\'))
		(*i)++;
	else if (c == '"')
		*state = CFGREAD_CODE;
	(*i)++;
}

/* Step over the byte at *i of a block comment, which "*" "/" ends. */
static void
cfgread_comment(const char *text, size_t n, size_t *i,
    enum cfgread_state *state)
{
	if (text[*i] == '*' && *i + 1 < n && text[*i + 1] == '/') {
		*state = CFGREAD_CODE;
		(*i)++;
	}
	(*i)++;
}

/* Say whether the word @include is anywhere in text (n bytes). */
static bool
cfgread_has_include(const char *text, size_t n)
{
	const char *p = text, *end = text + n;
	size_t len = strlen(CFGREAD_INCLUDE);

	while ((p = memchr(p, '@', (size_t)(end - p))) != NULL) {
		if ((size_t)(end - p) >= len &&
		    memcmp(p, CFGREAD_INCLUDE, len) == 0)
			return true;
		p++;
	}
	return false;
}

int
cfgread_include_line(const char *text, size_t n)
{
	enum cfgread_state state = CFGREAD_CODE;
	bool bol = true;
	int line = 1;

	/* Most files have no "@" at all: the scan below, a byte at a
	 * time, was a tenth of the checklist's start. */
	if (!cfgread_has_include(text, n))
		return 0;
	for (size_t i = 0; i < n;) {
		if (state == CFGREAD_CODE && bol &&
		    cfgread_is_include(text + i, n - i))
			return line;
		if (text[i] == '\n')
			line++;
		if (state == CFGREAD_CODE)
			cfgread_code(text, n, &i, &state, &bol);
		else if (state == CFGREAD_STRING)
			cfgread_string(text, n, &i, &state);
		else
			cfgread_comment(text, n, &i, &state);
	}
	return 0;
}

/* Read all of the file open as fd, from its start, into *out (n bytes,
 * caller frees); 0 or a negative errno. */
static int
cfgread_slurp(int fd, char **out, size_t *n)
{
	struct stat st;
	size_t cap = 0;
	char *buf = NULL;
	ssize_t r;

	if (fstat(fd, &st) == 0 && st.st_size > 0)
		buf = xgrow(buf, &cap, (size_t)st.st_size + 1, 1);
	*n = 0;
	for (;;) {
		buf = xgrow(buf, &cap, *n + 1, 1);
		r = pread(fd, buf + *n, cap - *n, (off_t)*n);
		if (r == 0)
			break;
		if (r < 0 && errno != EINTR) {
			int err = -errno;

			free(buf);
			return err;
		}
		if (r > 0)
			*n += (size_t)r;
	}
	*out = buf;
	return 0;
}

int
cfgread_fd(config_t *cfg, int fd, const char *path, struct diag *d)
{
	int err, line;
	size_t n;
	char *buf = NULL;
	FILE *f;

	if ((err = cfgread_slurp(fd, &buf, &n)) != 0)
		return err;
	if ((line = cfgread_include_line(buf, n)) > 0) {
		diag_add(d, path, line, _("@include is not allowed; put the "
		    "settings in this file itself"));
		free(buf);
		return -EBADMSG;
	}
	/* The bytes checked, as a stream: config_read_string would stop
	 * at a NUL byte, which libconfig calls a syntax error in a file. */
	if ((f = fmemopen(buf, n, "r")) == NULL) {
		err = -errno;
		free(buf);
		return err;
	}
	if (config_read(cfg, f) != CONFIG_TRUE) {
		diag_add(d, path, config_error_line(cfg), "%s",
		    config_error_text(cfg));
		err = -EBADMSG;
	}
	fclose(f);
	free(buf);
	return err;
}
