/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * line: the plain mode's input.  One line read at a time, and the
 * choices of a screen: built, said as one line, and found again from
 * what was typed.  Nothing here prints or knows a screen, so it is
 * tested alone (tests/unit/test_plain_line.c).
 */
#include "config.h"
#include "plain/pln.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

#define PLAIN_LINE_MAX 4096	/* bytes kept of a line */
/* Numbered choices that all fit on one line with the others: at most
 * this many, none longer than this (bytes). */
#define PLAIN_SHORT_ROWS 5
#define PLAIN_SHORT_LABEL 40

void
plain_menu_init(struct plain_menu *m)
{
	memset(m, 0, sizeof *m);
}

void
plain_menu_free(struct plain_menu *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i].label);
	free(m->v);
	plain_menu_init(m);
}

/* Add a choice with key, label, row and act. */
static void
plain_menu_add(struct plain_menu *m, const char *key, const char *label,
    size_t row, enum action act)
{
	struct plain_item *it;

	m->v = xgrow(m->v, &m->cap, m->n + 1, sizeof *m->v);
	it = &m->v[m->n++];
	memset(it, 0, sizeof *it);
	strncpy(it->key, key, sizeof it->key - 1);
	it->label = xstrdup(label != NULL ? label : "");
	it->row = row;
	it->act = act;
}

void
plain_menu_row(struct plain_menu *m, const char *label, size_t row,
    enum action act)
{
	char key[8];

	snprintf(key, sizeof key, "%zu", ++m->numbered);
	plain_menu_add(m, key, label, row, act);
}

void
plain_menu_key(struct plain_menu *m, const char *key, const char *label,
    enum action act)
{
	plain_menu_add(m, key, label, NAV_NONE, act);
}

void
plain_menu_heading(struct plain_menu *m, const char *label)
{
	plain_menu_add(m, "", label, NAV_NONE, ACT_NONE);
}

/* Say whether it is a heading, or a numbered choice. */
static bool
plain_item_heading(const struct plain_item *it)
{
	return it->key[0] == '\0';
}

static bool
plain_item_numbered(const struct plain_item *it)
{
	return it->key[0] >= '0' && it->key[0] <= '9';
}

/* Say whether the numbered choices of m fit on the line of the others:
 * a few short ones ("1. Done  2. Later"). */
static bool
plain_menu_short(const struct plain_menu *m)
{
	if (m->numbered > PLAIN_SHORT_ROWS)
		return false;
	for (size_t i = 0; i < m->n; i++)
		if (strlen(m->v[i].label) > PLAIN_SHORT_LABEL ||
		    plain_item_heading(&m->v[i]))
			return false;
	return true;
}

char *
plain_menu_line(const struct plain_menu *m)
{
	bool one_line = plain_menu_short(m);
	size_t len = 1;
	char *s, *o;

	for (size_t i = 0; i < m->n; i++)
		len += strlen(m->v[i].key) + strlen(m->v[i].label) + 4;
	s = o = xmalloc(len);
	*o = '\0';
	for (size_t i = 0; i < m->n; i++) {
		const struct plain_item *it = &m->v[i];
		bool number = plain_item_numbered(it);
		bool own_line = number || plain_item_heading(it);
		const char *sep = i == 0 ? "" : !one_line && (own_line ||
		    plain_item_numbered(&m->v[i - 1]) ||
		    plain_item_heading(&m->v[i - 1])) ? "\n" : "  ";

		if (plain_item_heading(it))
			o += sprintf(o, "%s%s", sep, it->label);
		else
			o += sprintf(o, "%s%s%s%s", sep, it->key,
			    number ? ". " : "  ", it->label);
	}
	return s;
}

/* Say whether c is a blank: a space, a tab, or a control. */
static bool
plain_blank(char c)
{
	return c == ' ' || c == '\t' || (c > 0 && c < ' ');
}

/* Say whether the n bytes at a are b, ASCII letters in any case. */
static bool
plain_same(const char *a, size_t n, const char *b)
{
	if (strlen(b) != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char x = a[i], y = b[i];

		if (x >= 'A' && x <= 'Z')
			x = (char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (char)(y - 'A' + 'a');
		if (x != y)
			return false;
	}
	return true;
}

/* The typed word of line without the blanks around it: *n bytes. */
static const char *
plain_trim(const char *line, size_t *n)
{
	size_t len;

	while (plain_blank(*line))
		line++;
	len = strlen(line);
	while (len > 0 && plain_blank(line[len - 1]))
		len--;
	*n = len;
	return line;
}

bool
plain_line_is(const char *line, const char *word)
{
	size_t n;
	const char *s = plain_trim(line, &n);

	return plain_same(s, n, word);
}

const struct plain_item *
plain_menu_find(const struct plain_menu *m, const char *line)
{
	size_t n;
	const char *s = plain_trim(line, &n);

	if (n == 0)
		return NULL;
	for (size_t i = 0; i < m->n; i++) {
		const struct plain_item *it = &m->v[i];

		if (plain_same(s, n, it->key) || (n > 1 &&
		    (s[n - 1] == '.' || s[n - 1] == ')') &&
		    plain_same(s, n - 1, it->key)))
			return it;
	}
	for (size_t i = 0; i < m->n; i++)
		if (m->v[i].label[0] != '\0' && !plain_item_heading(&m->v[i]) &&
		    plain_same(s, n, m->v[i].label))
			return &m->v[i];
	return NULL;
}

char *
plain_line_read(FILE *f)
{
	size_t len = 0, cap = 0;
	char *s = NULL;
	int c;

	while ((c = getc(f)) != EOF && c != '\n') {
		if (c == '\0' || len >= PLAIN_LINE_MAX)
			continue;	/* the rest of a huge line is lost */
		s = xgrow(s, &cap, len + 2, 1);
		s[len++] = (char)c;
	}
	if (c == EOF && len == 0) {
		free(s);
		return NULL;
	}
	if (len > 0 && s[len - 1] == '\r')
		len--;
	s = xgrow(s, &cap, len + 1, 1);
	s[len] = '\0';
	return s;
}
