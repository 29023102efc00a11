/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * sanitize: text from report files made safe to show.
 *
 * Report files come from many machines, so every string in them is
 * untrusted: it may carry terminal escape sequences, bidirectional
 * overrides that reorder what a reader sees, zero-width characters that
 * make two names that look the same differ, or a leading '=' that a
 * spreadsheet takes for a formula.  Every exporter passes such text
 * through these functions before it reaches a terminal, a printer or a
 * cell.
 *
 * Invariants, for any string s (what the fuzz targets assert):
 *  - sanitize_text(s) is valid UTF-8 with no C0 control (tab, CR and LF
 *    included), DEL or C1 control, no U+2028/U+2029 and no invisible
 *    formatting character (utf8_hidden(cp) != UTF8_SHOWN: bidirectional
 *    controls, zero-width characters, the BOM...); it is never longer
 *    than s, and sanitize_text(sanitize_text(s)) equals sanitize_text(s).
 *  - sanitize_cell(s) is sanitize_text(s), or "'" followed by it; and
 *    sanitize_is_formula(sanitize_cell(s)) is false: once any leading
 *    white space and invisible characters are passed over, the cell never
 *    starts with = + - @ (or their fullwidth forms), nor with a tab or CR.
 */
#ifndef JAGAAKUN_SANITIZE_H
#define JAGAAKUN_SANITIZE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A copy of s that is safe on a terminal or a printer: tab, CR, LF and
 * the line and paragraph separators become a space; every other C0
 * control, DEL, C1 control and every byte that is not part of
 * well-formed UTF-8 becomes '?'; invisible formatting characters (the
 * table of base/utf8.h: bidirectional controls, zero-width characters,
 * the BOM...) are dropped.  NULL gives "".  Caller frees.
 */
char *sanitize_text(const char *s);

/*
 * True when a spreadsheet could take s for a formula: it starts with a
 * tab or a carriage return, or, once leading white space (spaces, tab,
 * CR, LF and Unicode's spaces such as U+00A0 and U+3000) and invisible
 * formatting characters are passed over, with '=', '+', '-', '@' or the
 * fullwidth form of one (OWASP's list, and what a spreadsheet may trim
 * before it looks).  NULL is not.
 */
bool sanitize_is_formula(const char *s);

/* sanitize_text(s), with a "'" in front when that cleaned text
 * sanitize_is_formula, for the text cells of CSV and XLSX files.
 * Caller frees. */
char *sanitize_cell(const char *s);

#endif
