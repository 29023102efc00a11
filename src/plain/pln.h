/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * pln: what the plain mode's files share, for plain/ alone (as ui/tui.h
 * is for the curses screens).  One section a file: the line reader and
 * the choices (line.c), the sentences printed (say.c), the run loop
 * (plain.c), and the screens, one file a flow of nav/ (checklist.c,
 * profile.c, trouble.c, training.c), with a printer a screen, <stem>_plain, made from the one
 * list of screens (nav/screen.h), so a screen without its plain form
 * does not link.
 */
#ifndef JAGAAKUN_PLN_H
#define JAGAAKUN_PLN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/diag.h"
#include "model/profile.h"
#include "nav/nav.h"
#include "plain/plain.h"

/* ---------------------------------------------------------------- line.c */

/* One choice: the key typed ("1", "q", "?"), what it says, and what it
 * does: select row (NAV_NONE: no row) with the navigation's own moves
 * (the top, then row moves down), then apply act (ACT_NONE: nothing
 * more). */
struct plain_item {
	char key[8];
	char *label;		/* owned */
	size_t row;
	enum action act;
};

/* The choices of the screen shown, numbered ones first. */
struct plain_menu {
	struct plain_item *v;
	size_t n, cap;
	size_t numbered;	/* how many have a number for a key */
};

void plain_menu_init(struct plain_menu *m);
void plain_menu_free(struct plain_menu *m);
/* The next numbered choice ("1", "2", ...): select row, then act. */
void plain_menu_row(struct plain_menu *m, const char *label, size_t row,
    enum action act);
/* A lettered choice (key "q", "?", ...): act alone. */
void plain_menu_key(struct plain_menu *m, const char *key, const char *label,
    enum action act);
/* A heading between choices (an account's, over its modules): said on
 * a line of its own, never chosen. */
void plain_menu_heading(struct plain_menu *m, const char *label);
/* The choices as one line, "1. Done  2. Later  ?  Help  q  Back", or,
 * when the numbered ones are many or long, one line each and the
 * lettered ones on a last line; caller frees. */
char *plain_menu_line(const struct plain_menu *m);
/* The choice a typed line names: its key (any case, a '.' or ')' after
 * it allowed) or its label (ASCII letters in any case), blanks around
 * either ignored; NULL when it names none. */
const struct plain_item *plain_menu_find(const struct plain_menu *m,
    const char *line);

/* Read one line from f without its end ("\n" or "\r\n"); NUL bytes in
 * it are dropped.  NULL at the end of input (a last line without "\n"
 * is still a line).  Caller frees. */
char *plain_line_read(FILE *f);

/* Say whether line, blanks around it ignored, is word (ASCII letters in
 * any case). */
bool plain_line_is(const char *line, const char *word);

/* ---------------------------------------------------------------- plain.c */

struct plain {
	struct nav nav;
	const struct content *content;
	const struct site *site;
	struct record *record;		/* the record on disk; NULL while it
					 * is unusable, and in trainer mode */
	const char *record_path;
	struct diag broken;		/* why the record cannot be used */
	const char *scenario_dir;	/* the scenarios' folder, read when
					 * the quiz first opens; or NULL */
	struct scenario_set *scenarios;	/* read from it, owned; NULL */
	struct diag scenario_problems;	/* why they could not be read */
	FILE *in, *out;
	int save_error;			/* errno of a failed save, or 0 */
	char *outcome;			/* how the last file written went */
	bool outcome_ok;
	char *notice;			/* said once, before the next screen */
	/* The profile form: the text typed for each field, the field asked
	 * now (PROFILE_FIELD_COUNT: all asked), the employee type. */
	char *form[PROFILE_FIELD_COUNT];
	size_t field;
	bool refill;			/* after a refused submit: ask only
					 * the fields with an error */
	enum nip_kind kind;
	char *details;			/* NAV_DETAILS: the note given */
};

/* ---------------------------------------------------------------- say.c */

/* Print text: each of its lines (split at "\n") on a line of its own,
 * made safe to show (base/sanitize.h: no escape, no control), blank
 * ones left out. */
void say(struct plain *p, const char *text);
/* The same for a format. */
void sayf(struct plain *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* A content string: translated (never an empty one) and with the site's
 * values put in ({agency}, {verify_phone}, ...). */
void say_tr(struct plain *p, const char *msgid);
/* A heading and the content string under it. */
void say_section(struct plain *p, const char *heading, const char *msgid);
/* An empty line between parts of a screen. */
void say_gap(struct plain *p);
/* msgid translated and expanded as say_tr does; caller frees. */
char *plain_tr(const struct plain *p, const char *msgid);

/* ---------------------------------------------------------------- screens */

/* One screen's plain form.  print says it (again: the screen was said
 * already and only what changed on it is said: an error, an outcome);
 * choices lists what can be typed; ask, when it returns a question, asks
 * for a line of text instead, which text gets (text also gets a line
 * that is no choice, where the screen takes one: a search). */
struct plain_screen {
	void (*enter)(struct plain *p);		/* on arrival, or NULL */
	void (*print)(struct plain *p, bool again);
	void (*choices)(struct plain *p, struct plain_menu *m);
	const char *(*ask)(struct plain *p);	/* NULL: never asks */
	unsigned (*text)(struct plain *p, const char *line);	/* or NULL */
};

#define PLAIN_SCREEN_DECLARE(name, stem) \
	extern const struct plain_screen stem##_plain;
NAV_SCREENS(PLAIN_SCREEN_DECLARE)

/* Choices every screen of a list has: the letters of help and of the
 * way out (back_label: "Back", "Quit", ...). */
void plain_menu_common(struct plain *p, struct plain_menu *m,
    const char *back_label);

/* exporting.c: the report's page, for offer.c too: intro, how far the
 * official is, where choosing 1 writes it (or how the writing went). */
void exporting_plain_page(struct plain *p, bool again, const char *title,
    const char *intro);

#endif
