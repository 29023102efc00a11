/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * ui: the terminal side of the checklist.  Checks that there is a
 * terminal that can be drawn on, opens the record, sets curses up
 * (colours, keys, signals) and runs the one loop: read a key, map it to
 * an action, hand it to the screen shown, save when the record changed,
 * draw.  The window size is looked at in one place (the drawing), and
 * ui_save() is the only place that writes the record.
 */
#include "config.h"
#include "ui/ui.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "base/exitstatus.h"
#include "base/i18n.h"
#include "exchange/incident.h"
#include "base/isotime.h"
#include "os/console.h"
#include "ui/tui.h"
#include "base/xalloc.h"

#define UI_NIP_BYTES 40		/* 18 digits and the separators people type */
#define UI_MESSAGE_ROWS 3	/* at most, above the footer: a long path needs 3 */

/* Set by the handler, read by the loop: the handler does nothing else. */
static volatile sig_atomic_t ui_signal;
/* Curses is running: an exit() from below the screens (a library that
 * cannot be loaded, say) still gives the terminal back. */
static bool ui_curses_active;

/* Made from the one list of screens: none can be missing. */
#define UI_SCREEN_ENTRY(name, stem) [NAV_##name] = &stem##_screen,
static const struct ui_screen *const ui_screens[] = {
	NAV_SCREENS(UI_SCREEN_ENTRY)
};
#undef UI_SCREEN_ENTRY

/* What the demo adds to the keys of every screen that reads letters as
 * commands. */
static const struct ui_key ui_demo_key = {
	"r", NULL, NULL, N_("New participant"), true
};

/* Remember which signal asked us to stop. */
static void
ui_on_signal(int sig)
{
	ui_signal = sig;
}

bool
ui_terminal_usable(void)
{
	int err = 0;
	const char *cup;
	bool ok;

	/* ncurses' Windows console driver needs no terminfo entry. */
	if (os_console_driver())
		return true;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	cup = tigetstr("cup");
	ok = cup != NULL && cup != (const char *)-1;
	del_curterm(cur_term);
	return ok;
}

/* Print each diagnostic after the program's name. */
static void
ui_print_diag(const struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "%s: %s\n", PACKAGE, d->msgs[i]);
}

/* Replace the notice shown above the footer (NULL clears it). */
static void
ui_notice(struct ui *ui, char *text)
{
	free(ui->notice);
	ui->notice = text;
	ui->notice_new = text != NULL;
}

/* Save the record: the only place the checklist writes it.  A failure
 * is shown on screen; everything stays in memory for the next try.
 * Only the record opened from disk is ever saved; the demo's sandbox is
 * the navigation's and never reaches here (nor does trainer mode open a
 * record at all). */
static void
ui_save(struct ui *ui)
{
	int err;

	if (ui->record == NULL || ui->nav.record != ui->record)
		return;
	err = record_save(ui->record);
	ui->save_error = err < 0 ? -err : 0;
}

/* Call the enter hook of the screen now shown, if it is a new one. */
static void
ui_arrive(struct ui *ui)
{
	const struct ui_screen *s;

	if (ui->nav.screen == ui->shown)
		return;
	ui->shown = ui->nav.screen;
	s = ui_screens[ui->shown];
	if (!ui->notice_new)
		ui_notice(ui, NULL);
	if (s->enter != NULL)
		s->enter(ui);
}

/* Begin the checklist on an open record. */
static void
ui_begin(struct ui *ui)
{
	if (nav_start(&ui->nav, ui->record) & NAV_SET_LANG)
		i18n_set_language(ui->nav.lang);
	ui_arrive(ui);
}

/* The record is unusable and the official agreed: rename it, open a
 * fresh one, and say where the old one went. */
static void
ui_set_aside(struct ui *ui)
{
	struct diag d;
	char *aside = NULL;
	int err;

	err = record_set_aside(ui->record_path, &aside);
	if (err != 0) {
		ui_notice(ui, xasprintf(_("The file could not be renamed: %s."),
		    strerror(-err)));
		return;
	}
	diag_init(&d);
	err = record_open(ui->record_path, &ui->record, &d);
	if (err != 0) {
		ui_notice(ui, xasprintf(_("The old record was kept as %s, but "
		    "a new one could not be started: %s."), aside,
		    strerror(-err)));
		diag_done(&d);
		free(aside);
		return;
	}
	diag_done(&d);
	ui_begin(ui);
	ui_notice(ui, xasprintf(_("The unusable record was kept as %s. A new "
	    "record was started."), aside));
	free(aside);
}

/* The quiz opens for the first time: read its scenarios, keeping the
 * problems to show when they cannot be, and go on to the quiz.  Returns
 * the NAV_ flags. */
static unsigned
ui_read_scenarios(struct ui *ui)
{
	/* NULL when they cannot be read (scenario_load). */
	scenario_load(ui->scenario_dir, &ui->scenarios,
	    &ui->scenario_problems);
	return nav_training_scenarios_read(&ui->nav, ui->scenarios);
}

/* Do what the navigation asked after an action. */
static void
ui_after(struct ui *ui, unsigned flags)
{
	if (flags & NAV_LOAD_SCENARIOS)
		flags |= ui_read_scenarios(ui);
	if (flags & NAV_SET_LANG)
		i18n_set_language(ui->nav.lang);
	if (flags & NAV_SET_ASIDE)
		ui_set_aside(ui);
	/* Arrive before writing: an enter hook resets what a write says. */
	ui_arrive(ui);
	if ((flags & NAV_EXPORT_FILE) && exporting_write(ui))
		flags |= NAV_DIRTY;
	if (flags & NAV_INCIDENT_FILE)
		recorded_write(ui);
	if (flags & NAV_DIRTY)
		ui_save(ui);
	ui->notice_new = false;
}

/* Say whether the window is below the smallest layout. */
static bool
ui_too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS;
}

/* How keys are read now: typed text in a form or the prompt. */
static enum keys_mode
ui_keys_mode(const struct ui *ui)
{
	if (ui_too_small() || ui->nav.help)
		return KEYS_LIST;
	if (ui->nav.checklist.typing || ui_screens[ui->nav.screen]->text)
		return KEYS_TEXT;
	return KEYS_LIST;
}

/* The keys of what has the keyboard, beneath the help. */
static const struct ui_key *
ui_keys_beneath(const struct ui *ui)
{
	if (ui->nav.checklist.prompt)
		return ui->nav.checklist.typing ? prompt_text_keys :
		    prompt_keys;
	return ui_screens[ui->nav.screen]->keys;
}

/* The demo's key when it works here (not while text is typed), or NULL. */
static const struct ui_key *
ui_demo_key_here(const struct ui *ui)
{
	if (!ui->nav.demo || ui->nav.checklist.prompt ||
	    ui_screens[ui->nav.screen]->text)
		return NULL;
	return &ui_demo_key;
}

/* Handle one key; returns the NAV_ flags. */
static unsigned
ui_handle(struct ui *ui, bool fkey, wint_t key)
{
	const struct ui_screen *s = ui_screens[ui->nav.screen];
	wchar_t wc = 0;
	enum action a = keys_action(fkey, key, ui_keys_mode(ui), &wc);
	unsigned flags;

	if (a == ACT_REDRAW)
		clearok(curscr, TRUE);
	/* A resize needs nothing more: the next drawing reads the size. */
	if (a == ACT_NONE || a == ACT_RESIZE || a == ACT_REDRAW)
		return 0;
	if (ui_too_small())
		return a == ACT_QUIT ? NAV_QUIT : 0;
	if (ui->nav.help)
		flags = nav_apply(&ui->nav, a);
	else if (ui->nav.checklist.prompt)
		flags = prompt_action(ui, a, wc);
	else if (s->action != NULL)
		flags = s->action(ui, a, wc);
	else
		flags = nav_apply(&ui->nav, a);
	ui_after(ui, flags);
	return flags;
}

/* Draw only the "too small" message, wrapped to whatever width there is. */
static void
ui_draw_too_small(void)
{
	struct wrap w;
	char *t;
	int width = COLS > 2 ? COLS - 2 : 1;

	t = xasprintf(_("Window too small (need at least %dx%d, now %dx%d)."),
	    UI_MIN_COLS, UI_MIN_ROWS, COLS, LINES);
	wrap_init(&w);
	wrap_text(&w, t, width, 0, A_BOLD);
	wrap_text(&w, _("Make the window larger, or press q to quit."), width,
	    0, A_NORMAL);
	wrap_draw(&w, 0, 0, COLS > 2 ? 1 : 0, LINES, width);
	wrap_free(&w);
	free(t);
}

/* Lay out the message above the footer (a failed save, or a notice)
 * into w; returns its style. */
static attr_t
ui_message(struct ui *ui, struct wrap *w)
{
	char *t;

	if (ui->save_error != 0) {
		t = xasprintf(_("Progress NOT saved (%s). It is kept, and "
		    "saving is tried again at your next change."),
		    strerror(ui->save_error));
		wrap_text(w, t, draw_cols() - 2, 0, ui->attr[STYLE_ERROR]);
		free(t);
		return ui->attr[STYLE_ERROR];
	}
	if (ui->notice != NULL)
		wrap_text(w, ui->notice, draw_cols() - 2, 0, A_BOLD);
	return A_BOLD;
}

/* Put the text cursor where a field is being edited, or hide it. */
static void
ui_place_cursor(const struct ui *ui)
{
	if (ui->cur_y >= 0) {
		curs_set(1);
		move(ui->cur_y, ui->cur_x);
	} else {
		/* Where curs_set(0) fails (vt100) it stays out of the way. */
		curs_set(0);
		move(LINES - 1, COLS - 1);
	}
}

/* Draw everything: header, screen, message, footer, then any box over
 * them. */
static void
ui_draw(struct ui *ui)
{
	const struct ui_key *keys = ui->nav.help ? help_keys :
	    ui_keys_beneath(ui);
	const struct ui_key *extra = ui_demo_key_here(ui);
	struct wrap msg;
	int foot, rows;

	erase();
	draw_scratch_free(ui);
	ui->cur_y = -1;
	if (ui_too_small()) {
		ui_draw_too_small();
		ui_place_cursor(ui);
		refresh();
		return;
	}
	foot = draw_footer(ui, keys, extra, false);
	wrap_init(&msg);
	ui_message(ui, &msg);
	rows = msg.n > UI_MESSAGE_ROWS ? UI_MESSAGE_ROWS : (msg.n > 0 ?
	    (int)msg.n : 1);
	draw_header(ui);
	ui_screens[ui->nav.screen]->draw(ui, 2, LINES - 2 - rows - foot);
	wrap_draw(&msg, 0, LINES - foot - rows, 1, rows, draw_cols() - 2);
	wrap_free(&msg);
	draw_footer(ui, keys, extra, true);
	if (ui->nav.checklist.prompt)
		prompt_draw(ui);
	if (ui->nav.help) {
		help_draw(ui, ui_keys_beneath(ui), extra);
		ui->cur_y = -1;
	}
	ui_place_cursor(ui);
	refresh();
}

/* Say, while text is typed, that bytes of a paste that were not UTF-8
 * were left out (the rest was kept); true when there is a notice to
 * show.  The notice stays until the screen changes. */
static bool
ui_bad_bytes(struct ui *ui)
{
	ui->keys_in.bad = 0;
	if (ui_keys_mode(ui) != KEYS_TEXT)
		return false;
	ui_notice(ui, xstrdup(_("Some of the pasted characters could not be "
	    "read and were left out. Please check the text.")));
	ui->notice_new = false;	/* set after the key, not during it */
	return true;
}

/* Read keys until the official quits or a signal arrives. */
static int
ui_loop(struct ui *ui)
{
	bool redraw = true;

	for (;;) {
		wint_t key;
		int rc;

		if (ui_signal != 0)
			return EXIT_SIGNAL + ui_signal;
		if (redraw)
			ui_draw(ui);
		rc = keys_read(&ui->keys_in, &key);
		redraw = rc != ERR;
		if (rc != ERR && (ui_handle(ui, rc == KEY_CODE_YES, key) &
		    NAV_QUIT))
			return ui->record != NULL || ui->nav.trainer ?
			    EXIT_OK : EXIT_FAILURE_IO;
		if (ui->keys_in.bad > 0)
			redraw |= ui_bad_bytes(ui);
	}
}

/* At exit, give the terminal back if curses still has it. */
static void
ui_curses_atexit(void)
{
	if (ui_curses_active)
		endwin();
}

/* Set curses up on the terminal, with colours when wanted and the
 * quit handler (os_quit_catch). */
static SCREEN *
ui_curses_start(struct ui *ui, bool strong)
{
	const char *no_color = getenv("NO_COLOR");
	SCREEN *scr;
	bool color;

	if ((scr = newterm(NULL, stdout, stdin)) == NULL)
		return NULL;
	static bool registered;
	if (!registered)
		registered = atexit(ui_curses_atexit) == 0;
	ui_curses_active = true;
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(25);
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	/* The Windows console has no terminal modes to say that keys come
	 * as 8-bit bytes, so ncurses would strip the UTF-8 bytes' high bit;
	 * a terminal says so itself (and meta mode would change what its
	 * Alt key sends). */
	if (os_console_driver())
		meta(stdscr, TRUE);
	curs_set(0);
	timeout(200);
	color = has_colors() && (no_color == NULL || *no_color == '\0') &&
	    start_color() == OK && use_default_colors() == OK;
	draw_init_styles(ui, color, strong);
	/* SIGINT, SIGTERM, SIGHUP (Windows: Ctrl-C, the console closing)
	 * end the checklist cleanly, progress saved first. */
	ui_signal = 0;
	os_quit_catch(ui_on_signal);
	return scr;
}

/* Give the terminal back and restore the signal handlers. */
static void
ui_curses_end(SCREEN *scr)
{
	endwin();
	ui_curses_active = false;
	delscreen(scr);
	os_quit_restore();
}

/* Open the record.  Returns 0 to go on (possibly to the "unusable"
 * screen), or the exit status after printing why not. */
static int
ui_open(struct ui *ui)
{
	struct diag d;
	int err;

	diag_init(&d);
	err = record_open(ui->record_path, &ui->record, &d);
	if (err == 0 || err == -EBADMSG) {
		/* On -EBADMSG the navigation stays on NAV_BROKEN. */
		ui->broken = d;
		if (err == 0)
			ui_begin(ui);
		return 0;
	}
	ui_print_diag(&d);
	if (d.n == 0)
		fprintf(stderr, _("%s: cannot open the record %s: %s\n"),
		    PACKAGE, ui->record_path, strerror(-err));
	diag_done(&d);
	return err == -EWOULDBLOCK ? EXIT_LOCKED : EXIT_FAILURE_IO;
}

/* After the terminal is back: a save that kept failing is a failure. */
static int
ui_finish(struct ui *ui, int status)
{
	if (ui->record == NULL || ui->save_error == 0)
		return status;
	ui_save(ui);
	if (ui->save_error == 0)
		return status;
	fprintf(stderr, _("%s: your progress could not be saved in %s: %s\n"),
	    PACKAGE, ui->record_path, strerror(ui->save_error));
	return status == EXIT_OK ? EXIT_FAILURE_IO : status;
}

/* Prepare the state for cfg. */
static void
ui_init(struct ui *ui, const struct ui_config *cfg)
{
	memset(ui, 0, sizeof *ui);
	ui->content = cfg->content;
	ui->site = cfg->site;
	ui->record_path = cfg->record_path;
	diag_init(&ui->broken);
	ui->scenario_dir = cfg->scenario_dir;
	diag_init(&ui->scenario_problems);
	ui->shown = NAV_BROKEN;
	ui->utf8 = os_locale_utf8();
	ui->cur_y = -1;
	nav_init(&ui->nav, cfg->content, cfg->lang, i18n_language());
	ui->nav.site = cfg->site;
	ui->nav.training.scenarios = cfg->scenarios;
	ui->nav.training.scenarios_later = cfg->scenarios == NULL &&
	    cfg->scenario_dir != NULL;
	if (cfg->plan != NULL)
		ui->nav.training.plan = *cfg->plan;
	/* JAGAAKUN_NOW pins it, like every time, for repeatable tests. */
	ui->nav.training.seed = (uint32_t)isotime_now();
	for (size_t f = 0; f < NAV_FIELD_COUNT; f++)
		edit_init(&ui->form[f], f < PROFILE_FIELD_COUNT &&
		    profile_describe(f)->type == PROFILE_TYPE_NIP ?
		    UI_NIP_BYTES : RECORD_MAX_FIELD);
	edit_init(&ui->reason, NAV_REASON_MAX);
	edit_init(&ui->filter, RECORD_MAX_FIELD);
	edit_init(&ui->details, INCIDENT_DETAILS_MAX);
}

/* Free the state and close the record. */
static void
ui_done(struct ui *ui)
{
	for (size_t f = 0; f < NAV_FIELD_COUNT; f++)
		edit_done(&ui->form[f]);
	edit_done(&ui->reason);
	edit_done(&ui->filter);
	edit_done(&ui->details);
	report_free(ui->preview);
	free(ui->outcome);
	draw_scratch_free(ui);
	free(ui->scratch);
	free(ui->notice);
	diag_done(&ui->broken);
	nav_done(&ui->nav);
	scenario_set_free(ui->scenarios);
	diag_done(&ui->scenario_problems);
	record_close(ui->record);
}

int
ui_checklist_run(const struct ui_config *cfg)
{
	struct ui ui;
	SCREEN *scr;
	int status;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: the checklist needs a terminal; run it "
		    "in a terminal window, or see --help.\n"), PACKAGE);
		return EXIT_USAGE;
	}
	if (!ui_terminal_usable()) {
		const char *term = getenv("TERM");

		fprintf(stderr, _("%s: this terminal (TERM=%s) is unknown or "
		    "cannot move the cursor; run the checklist in a terminal "
		    "window such as xterm, or set TERM.\n"), PACKAGE,
		    term != NULL ? term : "");
		return EXIT_USAGE;
	}
	ui_init(&ui, cfg);
	if (cfg->trainer) {
		nav_start_trainer(&ui.nav);
		ui_arrive(&ui);
		status = 0;
	} else
		status = ui_open(&ui);
	if (status == 0) {
		if ((scr = ui_curses_start(&ui, cfg->trainer)) == NULL) {
			fprintf(stderr, _("%s: the terminal could not be set "
			    "up for the checklist.\n"), PACKAGE);
			status = EXIT_USAGE;
		} else {
			status = ui_loop(&ui);
			ui_curses_end(scr);
			status = ui_finish(&ui, status);
		}
	}
	ui_done(&ui);
	return status;
}
