/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * tui: what the curses layer's files share.  The only place curses is
 * included; the screens, the key table, the line editor and the drawing
 * helpers are declared here, one section a file (tmux style).
 *
 * Each screen is a module with draw and action functions (ncdu); one loop
 * in ui.c reads keys, maps them to actions through the key table, hands
 * them to the screen shown (or to the help or prompt drawn over it), and
 * saves when the navigation says the record changed.
 */
#ifndef JAGAAKUN_TUI_H
#define JAGAAKUN_TUI_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "model/content.h"
#include "base/diag.h"
#include "nav/nav.h"
#include "model/record.h"
#include "exchange/report.h"
#include "model/site.h"
#include "base/utf8.h"

#define UI_MIN_COLS 60
#define UI_MIN_ROWS 18
#define UI_MAX_COLS 100		/* wider lines are hard to read */

/* Looks, each with a plain-terminal form: meaning is never carried by
 * colour alone (A_REVERSE selects, A_BOLD heads, marks say the status). */
enum ui_style {
	STYLE_NORMAL,
	STYLE_HEADER,		/* the top bar */
	STYLE_TITLE,		/* a screen's title */
	STYLE_HEADING,		/* a heading inside the text */
	STYLE_SELECT,		/* the selected row */
	STYLE_KEY,		/* a key name in the footer or help */
	STYLE_DONE,		/* a finished module or step */
	STYLE_LATER,		/* started, or put off */
	STYLE_ERROR,		/* what must be fixed */
	STYLE_DIM,		/* hints, "more below" */
	STYLE_COUNT
};

/* A key as the footer and the help list it. */
struct ui_key {
	const char *key;	/* as shown: "Enter", "d", "↑↓" */
	const char *ascii;	/* the same in plain ASCII, or NULL */
	const char *also;	/* other keys doing the same, for the help */
	const char *what;	/* what it does (N_) */
	bool footer;		/* also listed in the footer */
};

/* A line editor for one text field: wide characters, a limit in UTF-8
 * bytes, scrolled sideways when longer than its box. */
struct edit {
	uint32_t *buf;		/* len code points and a 0: not wchar_t,
				 * which is 16 bits on Windows */
	size_t len, cap;
	size_t cur;		/* cursor, 0..len */
	size_t max;		/* bytes the UTF-8 text may take */
	size_t left;		/* first character shown */
};

struct ui {
	struct nav nav;
	const struct content *content;
	const struct site *site;	/* NULL: no settings (generic phrases) */
	struct record *record;		/* the record on disk, the only one
					 * ever saved; NULL while the file is
					 * unusable, and in trainer mode */
	const char *record_path;	/* NULL in trainer mode */
	struct diag broken;		/* why the record cannot be used */
	const char *scenario_dir;	/* the scenarios' folder, read when
					 * the quiz first opens; or NULL */
	struct scenario_set *scenarios;	/* read from it, owned; NULL */
	struct diag scenario_problems;	/* why they could not be read */
	enum nav_screen shown;		/* screen shown last, to see arrivals */
	bool utf8;			/* arrows and blocks can be shown */
	attr_t attr[STYLE_COUNT];
	int save_error;			/* errno of a failed save, or 0 */
	char *notice;			/* shown until the screen changes */
	bool notice_new;		/* set during this key: keep it */
	struct edit form[NAV_FIELD_COUNT];	/* the profile's text fields */
	enum nip_kind kind;		/* the profile's PNS/PPPK choice */
	struct edit reason;		/* why a step is not applicable */
	struct edit filter;		/* NAV_VERIFY: the unit searched for */
	struct edit details;		/* NAV_DETAILS: the incident's text */
	struct utf8_reader keys_in;	/* the keyboard's bytes */
	struct report *preview;		/* NAV_EXPORT: the report to write */
	char *outcome;			/* how the last file written went */
	bool outcome_ok;
	char **scratch;			/* strings of the frame being drawn */
	size_t n_scratch, cap_scratch;
	int cur_y, cur_x;		/* where the text cursor goes, or -1 */
};

/* One screen: draw its body in rows y..y+h-1 and handle an action
 * (NULL: the navigation alone handles it).  Returns NAV_ flags. */
struct ui_screen {
	void (*enter)(struct ui *ui);	/* on arrival, or NULL */
	void (*draw)(struct ui *ui, int y, int h);
	unsigned (*action)(struct ui *ui, enum action a, wchar_t wc);
	const struct ui_key *keys;	/* ended by a NULL key */
	bool text;			/* printable keys are typed text */
};

/* <stem>_screen in ui/<stem>.c, one a screen of nav/screen.h. */
#define UI_SCREEN_DECLARE(name, stem) \
	extern const struct ui_screen stem##_screen;
NAV_SCREENS(UI_SCREEN_DECLARE)

/* exporting.c: write the report (NAV_EXPORT_FILE), true when it was
 * written (the official's exported time is then set: save the record);
 * recorded.c: write the incident (NAV_INCIDENT_FILE).  Each leaves
 * ui->outcome saying how it went. */
bool exporting_write(struct ui *ui);
void recorded_write(struct ui *ui);


/* help.c: the overlay listing keys; prompt.c: the reason for "not
 * applicable", a box over the step: a list of reasons (prompt_keys),
 * then a line to type one (prompt_text_keys). */
extern const struct ui_key help_keys[], prompt_keys[], prompt_text_keys[];
void help_draw(struct ui *ui, const struct ui_key *keys,
    const struct ui_key *extra);
void prompt_draw(struct ui *ui);
unsigned prompt_action(struct ui *ui, enum action a, wchar_t wc);

/* keys.c: the one table from curses keys to actions. */
enum keys_mode {
	KEYS_LIST,		/* letters are commands */
	KEYS_TEXT,		/* printable keys are typed text */
};
/* Map what get_wch() returned (fkey: it was a KEY_ code) to an action;
 * ACT_CHAR puts the character in *wc. */
enum action keys_action(bool fkey, wint_t key, enum keys_mode mode,
    wchar_t *wc);
/* Read a key as get_wch() does (OK: a character, KEY_CODE_YES: a KEY_
 * code, ERR: none came in time), decoding UTF-8 through r: bytes that
 * are not UTF-8 are skipped, the text after them kept, and counted in
 * r->bad. */
int keys_read(struct utf8_reader *r, wint_t *key);
/* A key's label for the footer and help, in the terminal's characters. */
const char *keys_label(const struct ui *ui, const struct ui_key *k);
/* The keys of a list of choices, whose way out quits (the first screens
 * of a run) or goes back. */
extern const struct ui_key keys_choose_quit[], keys_choose_back[];

/* edit.c */
void edit_init(struct edit *e, size_t max);
void edit_done(struct edit *e);
void edit_clear(struct edit *e);
/* Hold text (UTF-8, as far as it fits), the cursor at its end. */
void edit_set(struct edit *e, const char *text);
/* Apply an editing action; false when a is not one. */
bool edit_apply(struct edit *e, enum action a, wchar_t wc);
/* The text as UTF-8; caller frees. */
char *edit_text(const struct edit *e);
/* Draw in width columns at (y, x); *cur_x gets the cursor's column. */
void edit_draw(struct edit *e, int y, int x, int width, attr_t a, int *cur_x);

/* draw.c */
/* strong: for a projector (trainer mode), nothing dimmed. */
void draw_init_styles(struct ui *ui, bool color, bool strong);
/* A copy of UTF-8 text that is safe to show (bad bytes and what cannot
 * be shown become '?', controls a space; newlines kept when keep_nl;
 * invisible formatting characters, utf8_hidden's, left out); caller
 * frees. */
char *draw_printable(const char *s, bool keep_nl);
/* Columns taken by the first n code points at w (the line editor's). */
int draw_width(const uint32_t *w, size_t n);
/* Columns UTF-8 text takes on screen. */
int draw_text_width(const char *s);
/* Draw text clipped to width columns; returns the columns used. */
int draw_text(int y, int x, int width, const char *s, attr_t a);
/* The same for code points (the line editor's), invisible
 * formatting characters left out. */
int draw_wtext(int y, int x, int width, const uint32_t *w, attr_t a);
/* Columns the screens' text uses: the window's, up to UI_MAX_COLS. */
int draw_cols(void);
/* Paint width blank columns. */
void draw_fill(int y, int x, int width, attr_t a);
/* Text with the site's values put in for {agency}, {verify_phone},
 * {report_phone} and {report_email}; kept until the next frame. */
const char *draw_expand(struct ui *ui, const char *text);
/* Content strings: gettext (never for an empty one: that is the
 * catalogue header), then draw_expand. */
const char *draw_tr(struct ui *ui, const char *msgid);
/* Free the strings kept for the frame drawn last. */
void draw_scratch_free(struct ui *ui);
void draw_header(struct ui *ui);
/* The footer of keys, then extra (NULL for none), wrapped over as many
 * rows as it needs from the bottom up; with draw false only counts the
 * rows. */
int draw_footer(struct ui *ui, const struct ui_key *keys,
    const struct ui_key *extra, bool draw);
/* A framed box, cleared inside. */
void draw_box(struct ui *ui, int y, int x, int h, int w, const char *title);
/* A bar of width columns, percent of it filled. */
void draw_bar(struct ui *ui, int y, int x, int width, unsigned percent);
/* A list of count rows with the navigation's selection, scrolled to keep
 * it in view; row() draws one row's text from column x in attribute a. */
typedef void draw_row_fn(struct ui *ui, size_t i, int y, int x, int width,
    attr_t a);
void draw_list(struct ui *ui, int y, int h, size_t count, draw_row_fn *row);

/* platform.c: the phone and the web screens are each a question over a
 * list of choices: its title, a hint of up to two lines, then count rows
 * drawn by row(), each "(*) label" for the current choice, "( ) label"
 * for the others. */
void platform_question_draw(struct ui *ui, int y, int h, const char *title,
    const char *hint, size_t count, draw_row_fn *row);
void platform_choice_row(int y, int x, int width, attr_t a, bool current,
    const char *label);

/* wrap.c: text broken into lines by display width (draws with draw.c,
 * which does not use it). */
struct wrap_line {
	char *text;		/* printable UTF-8 */
	int indent;
	attr_t attr;
};
struct wrap {
	struct wrap_line *v;
	size_t n, cap;
};
void wrap_init(struct wrap *w);
void wrap_free(struct wrap *w);
/* Add text (paragraphs split at newlines) wrapped to width columns
 * starting at indent; list items keep a hanging indent. */
void wrap_text(struct wrap *w, const char *text, int width, int indent,
    attr_t a);
void wrap_blank(struct wrap *w);
/* Draw h lines from line first at (y, x), clipped to width. */
void wrap_draw(const struct wrap *w, size_t first, int y, int x, int h,
    int width);
/* Draw w in rows y..y+h-1 scrolled to the navigation's position, with a
 * last row saying there is more when it does not fit (telling to press
 * PgDn/PgUp only, when pages_only, or also Down/Up). */
void wrap_scrolled(struct ui *ui, const struct wrap *w, int y, int h,
    bool pages_only);
/* A screen's title at row y and under it sub, wrapped to two rows at
 * most; returns the rows used with a blank one after. */
int wrap_title(struct ui *ui, int y, const char *title, const char *sub);
/* A list of count items of one or more lines each, with the
 * navigation's selection (its lines reversed, a ">" on its first),
 * scrolled to keep it in view, in rows y..y+h-1: item() lays item i out
 * into w, width columns wide, for a large font as well as a small one. */
typedef void wrap_item_fn(struct ui *ui, size_t i, struct wrap *w,
    int width);
void wrap_list(struct ui *ui, int y, int h, size_t count, wrap_item_fn *item);

/* exporting.c, for the screen that offers the report too (offer.c):
 * build ui->preview as the report stands (an enter hook); draw in rows
 * y..y+h-1 title, intro, whether the report meets the agency's
 * requirements and where Enter writes it (or how the writing went). */
void exporting_enter(struct ui *ui);
void exporting_page(struct ui *ui, int y, int h, const char *title,
    const char *intro);

#endif
