/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * scenario: the trainer's quiz scenarios, one libconfig file each under
 * <content>/scenarios/, loaded in file-name order and validated once.
 *
 * A scenario is a message as it reaches an official (who sends it, on
 * which channel, the bubbles in order), a question, three or four choices
 * of which exactly one is right (each with feedback), the red flags that
 * give a fraud away, and the right action.  Every user-visible string is
 * an English msgid that screens show through gettext; action and feedback
 * may hold the site placeholders that site_expand replaces.  Adding a
 * scenario is adding a file.
 */
#ifndef JAGAAKUN_SCENARIO_H
#define JAGAAKUN_SCENARIO_H

#include <stdbool.h>
#include <stddef.h>
#include "base/diag.h"

#define SCENARIO_FORMAT 1		/* the format this program reads */
#define SCENARIO_MAX_TEXT 4096		/* bytes in one text setting */
#define SCENARIO_MAX_ID 40		/* bytes in an id */
#define SCENARIO_MIN_CHOICES 3
#define SCENARIO_MAX_CHOICES 4
#define SCENARIO_MAX_MESSAGES 6
#define SCENARIO_MAX_RED_FLAGS 5
#define SCENARIO_MAX_THEMES 32		/* themes content.cfg may list */

/* How the message arrives. */
enum scenario_channel {
	SCENARIO_WHATSAPP,	/* a WhatsApp chat */
	SCENARIO_SMS,
	SCENARIO_CALL,		/* a voice call; messages are what is said */
	SCENARIO_GROUP,		/* a WhatsApp group */
	SCENARIO_CHANNEL_COUNT
};

struct scenario_choice {
	char *text;
	bool correct;
	char *feedback;		/* why this choice is right or wrong */
};

struct scenario {
	char *id;
	char *title;		/* short; shown in the score review */
	bool fraud;		/* false for a legitimate message */
	enum scenario_channel channel;
	char *sender;		/* as the chat header shows it */
	char **messages;	/* the bubbles, in order */
	size_t n_messages;	/* 1..SCENARIO_MAX_MESSAGES */
	char *question;
	struct scenario_choice *choices;
	size_t n_choices;	/* SCENARIO_MIN_CHOICES..SCENARIO_MAX_CHOICES */
	char **red_flags;
	size_t n_red_flags;	/* 0..SCENARIO_MAX_RED_FLAGS; >= 1 if fraud */
	char *action;		/* the right thing to do */
	char *theme;		/* id of its theme, or NULL: none */
	int theme_line;		/* line of "theme" in file */
	char *file;		/* path it was loaded from */
	int line;		/* line of its id in file */
};

/* A theme of the quiz, as content.cfg lists it: a trainer can run the
 * scenarios of one theme alone. */
struct scenario_theme {
	char *id;		/* as scenarios name it */
	char *title;		/* English msgid */
	int line;		/* of its id in content.cfg */
};

struct scenario_set {
	struct scenario *scenarios;	/* in file-name order */
	size_t n;
	struct scenario_theme *themes;	/* in the order content.cfg lists
					 * them */
	size_t n_themes;
};

/* Setting names whose string values (or list items) are user-visible
 * text, for tools/content-pot (NULL-ended). */
extern const char *const scenario_text_keys[];

/* The same for a group of content.cfg's "themes" list. */
extern const char *const scenario_theme_text_keys[];

/*
 * Load and validate every file of dir/scenarios whose name ends in .cfg,
 * dir being a content folder.  A missing scenarios folder is an empty
 * set (custom content may have no quiz).  On success returns 0 and sets
 * *out (free with scenario_set_free).  On any problem returns -1, leaves
 * *out NULL and adds one "file:line: message" to d for every problem
 * found: syntax, unknown keys, missing fields, wrong types, duplicate or
 * malformed ids, invalid UTF-8, control characters, empty or too long
 * text, an unknown format or channel, not 3 or 4 choices, not exactly one
 * correct choice, a fraud without red flags, too many messages or red
 * flags.  The themes come from the optional "themes" list of
 * dir/content.cfg ( { id = "..."; title = "..."; }, ... ): a malformed
 * or repeated theme id, a missing or bad title, more than
 * SCENARIO_MAX_THEMES of them, or a scenario naming a theme (its
 * optional "theme" setting) that the list does not hold is a problem.
 */
int scenario_load(const char *dir, struct scenario_set **out, struct diag *d);
void scenario_set_free(struct scenario_set *s);

/* The theme called id, or NULL. */
const struct scenario_theme *scenario_theme(const struct scenario_set *s,
    const char *id);

/* How many scenarios of s belong to theme id (all of them for NULL). */
size_t scenario_theme_count(const struct scenario_set *s, const char *id);

/* The index of sc's correct choice. */
size_t scenario_correct(const struct scenario *sc);

/* True when s has the form of a scenario id: 1 to SCENARIO_MAX_ID
 * characters from a-z, 0-9 and "-" (also how records check saved ids). */
bool scenario_is_id(const char *s);

/* The channel that files name "whatsapp", "sms", "call" or "group" (-1
 * for other text). */
int scenario_channel_parse(const char *s);
/* Translated label: "WhatsApp chat", "SMS", "Phone call", "WhatsApp group". */
const char *scenario_channel_label(enum scenario_channel c);

#endif
