/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * text: checks on text that comes from files (content, records).
 */
#ifndef JAGAAKUN_TEXT_H
#define JAGAAKUN_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* True when s is valid UTF-8 (no overlongs, surrogates or code points
 * above U+10FFFF). */
bool text_is_utf8(const char *s);

/* The length in bytes of the well-formed UTF-8 text s starts with: up to
 * its NUL when s is all UTF-8. */
size_t text_utf8_span(const char *s);

/* True when s holds a C0 control other than allowed (e.g. "\n"), DEL, or
 * a C1 control (U+0080..U+009F).  s must be valid UTF-8. */
bool text_has_control(const char *s, const char *allowed);

/* True when s is empty or only white space. */
bool text_is_blank(const char *s);

/* A copy of s (NULL for NULL) with every control character replaced by a
 * space, every invisible formatting character (utf8_hidden: bidirectional
 * controls, zero-width characters, the BOM...) left out, and leading and
 * trailing white space removed; bytes that are not UTF-8 are kept as they
 * are (text_is_utf8 finds them).  Caller frees.  Used on what a user
 * types before it is stored. */
char *text_clean_field(const char *s);

/* A copy of s with white space trimmed and each run of it made one
 * space; with fold, ASCII letters in lower case too: a key that case and
 * spacing do not change ("  Dinas   a " and "dinas A" give "dinas a").
 * Caller frees. */
char *text_squeeze(const char *s, bool fold);

#endif
