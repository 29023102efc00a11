/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * keys: the one table from curses keys to abstract actions (dialog's
 * binding tables, htop's Action_setBindings).  No other file names a raw
 * key.  Two modes: on lists letters are commands; while typing text,
 * printable keys are characters and only the editing keys act.  Also the
 * footers that several screens of choices share.
 */
#include "config.h"

#include <stdint.h>
#include <wctype.h>

#include "base/i18n.h"
#include "base/utf8.h"
#include "ui/tui.h"

#define LIST (1u << KEYS_LIST)
#define TEXT (1u << KEYS_TEXT)
#define BOTH (LIST | TEXT)
#define CTRL(c) ((c) & 0x1f)

static const struct binding {
	bool fkey;		/* a KEY_ code, not a character */
	wint_t key;
	unsigned modes;
	enum action act;
} keys_table[] = {
	{ true, KEY_RESIZE, BOTH, ACT_RESIZE },
	{ false, CTRL('l'), BOTH, ACT_REDRAW },
	{ true, KEY_UP, BOTH, ACT_UP },
	{ true, KEY_DOWN, BOTH, ACT_DOWN },
	{ true, KEY_PPAGE, BOTH, ACT_PGUP },
	{ true, KEY_NPAGE, BOTH, ACT_PGDN },
	{ true, KEY_HOME, LIST, ACT_HOME },
	{ true, KEY_END, LIST, ACT_END },
	{ false, '\n', BOTH, ACT_ENTER },
	{ false, '\r', BOTH, ACT_ENTER },
	{ true, KEY_ENTER, BOTH, ACT_ENTER },
	{ false, ' ', LIST, ACT_TOGGLE },
	{ false, '\t', BOTH, ACT_NEXT },
	{ true, KEY_BTAB, BOTH, ACT_PREV },
	{ true, KEY_RIGHT, LIST, ACT_NEXT },
	{ true, KEY_LEFT, LIST, ACT_PREV },
	/* vi keys: the next or previous row, or step (arrows scroll it). */
	{ false, 'j', LIST, ACT_NEXT },
	{ false, 'k', LIST, ACT_PREV },
	{ false, 27, BOTH, ACT_BACK },		/* Esc */
	{ false, 'q', LIST, ACT_QUIT },
	{ false, 'Q', LIST, ACT_QUIT },
	{ false, '?', LIST, ACT_HELP },
	{ true, KEY_F(1), BOTH, ACT_HELP },
	{ false, 'd', LIST, ACT_DONE },
	{ false, 'D', LIST, ACT_DONE },
	{ false, 'n', LIST, ACT_NA },
	{ false, 'N', LIST, ACT_NA },
	{ false, 'l', LIST, ACT_LATER },
	{ false, 'L', LIST, ACT_LATER },
	{ false, 's', LIST, ACT_SUMMARY },
	{ false, 'S', LIST, ACT_SUMMARY },
	{ false, 'a', LIST, ACT_ACCOUNTS },
	{ false, 'A', LIST, ACT_ACCOUNTS },
	{ false, 'p', LIST, ACT_PLATFORM },
	{ false, 'P', LIST, ACT_PLATFORM },
	{ false, 'c', LIST, ACT_CONTINUE },
	{ false, 'C', LIST, ACT_CONTINUE },
	{ false, 't', LIST, ACT_TAKEOVER },
	{ false, 'T', LIST, ACT_TAKEOVER },
	{ false, 'v', LIST, ACT_VERIFY },
	{ false, 'V', LIST, ACT_VERIFY },
	{ false, 'e', LIST, ACT_EXPORT },
	{ false, 'E', LIST, ACT_EXPORT },
	{ false, 'u', LIST, ACT_QUIZ },
	{ false, 'U', LIST, ACT_QUIZ },
	{ false, 'i', LIST, ACT_EDIT_PROFILE },
	{ false, 'I', LIST, ACT_EDIT_PROFILE },
	{ false, 'r', LIST, ACT_RESET },
	{ false, 'R', LIST, ACT_RESET },
	/* Line editing. */
	{ true, KEY_LEFT, TEXT, ACT_EDIT_LEFT },
	{ true, KEY_RIGHT, TEXT, ACT_EDIT_RIGHT },
	{ true, KEY_HOME, TEXT, ACT_EDIT_HOME },
	{ false, CTRL('a'), TEXT, ACT_EDIT_HOME },
	{ true, KEY_END, TEXT, ACT_EDIT_END },
	{ false, CTRL('e'), TEXT, ACT_EDIT_END },
	{ true, KEY_BACKSPACE, TEXT, ACT_EDIT_BACKSPACE },
	{ false, 127, TEXT, ACT_EDIT_BACKSPACE },
	{ false, CTRL('h'), TEXT, ACT_EDIT_BACKSPACE },
	{ true, KEY_DC, TEXT, ACT_EDIT_DELETE },
	{ false, CTRL('d'), TEXT, ACT_EDIT_DELETE },
	{ false, CTRL('u'), TEXT, ACT_EDIT_CLEAR },
};

enum action
keys_action(bool fkey, wint_t key, enum keys_mode mode, wchar_t *wc)
{
	for (size_t i = 0; i < sizeof keys_table / sizeof keys_table[0]; i++) {
		const struct binding *b = &keys_table[i];

		if (b->fkey == fkey && b->key == key &&
		    (b->modes & (1u << mode)))
			return b->act;
	}
	if (mode == KEYS_TEXT && !fkey && iswprint(key)) {
		*wc = (wchar_t)key;
		return ACT_CHAR;
	}
	return ACT_NONE;
}

/* Bytes come one at a time (getch, not get_wch), so that a byte that is
 * not UTF-8 is skipped alone: get_wch would swallow the rest of a paste
 * with it, silently.  The Windows console's driver hands over the UTF-8
 * bytes of each key too (scripts/windows/patches/ncurses-console-
 * utf8.patch), which msvcrt's get_wch would decode as another code
 * page. */
int
keys_read(struct utf8_reader *r, wint_t *key)
{
	for (;;) {
		int c = getch();
		uint32_t cp;

		if (c == ERR || c >= KEY_MIN) {
			utf8_reader_end(r);
			*key = (wint_t)c;
			return c == ERR ? ERR : KEY_CODE_YES;
		}
		if (utf8_reader_put(r, (unsigned char)c, &cp)) {
			*key = (wint_t)cp;
			return OK;
		}
	}
}

const char *
keys_label(const struct ui *ui, const struct ui_key *k)
{
	return _(!ui->utf8 && k->ascii != NULL ? k->ascii : k->key);
}

const struct ui_key keys_choose_quit[] = {
	{ "Enter", NULL, N_("Space"), N_("Choose"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Move"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "q", NULL, "Esc", N_("Quit"), true },
	{ NULL, NULL, NULL, NULL, false },
};

const struct ui_key keys_choose_back[] = {
	{ "Enter", NULL, N_("Space"), N_("Choose"), true },
	{ "↑↓", N_("Up/Down"), "j, k", N_("Move"), true },
	{ "?", NULL, "F1", N_("Help"), true },
	{ "Esc", NULL, "q", N_("Back"), true },
	{ NULL, NULL, NULL, NULL, false },
};
