/*
 * sanitize: text from report files made safe to show.
 *
 * Report files come from many machines, so every string in them is
 * untrusted: it may carry terminal escape sequences, bidirectional
 * overrides that reorder what a reader sees, or a leading '=' that a
 * spreadsheet takes for a formula.  Every exporter passes such text
 * through these functions before it reaches a terminal, a printer or a
 * cell.
 */
#ifndef JAGAAKUN_SANITIZE_H
#define JAGAAKUN_SANITIZE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A copy of s that is safe on a terminal or a printer: tab, CR, LF and
 * the line and paragraph separators become a space; every other C0
 * control, ESC, DEL, C1 control and every byte that is not part of
 * well-formed UTF-8 becomes '?'; bidirectional formatting characters
 * (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069) are dropped.
 * NULL gives "".  Caller frees.
 */
char *sanitize_text(const char *s);

/* True when a spreadsheet could take s for a formula: it starts with
 * '=', '+', '-', '@', a tab or a carriage return (OWASP's list). */
bool sanitize_is_formula(const char *s);

/* sanitize_text(s), with a "'" in front when sanitize_is_formula(s), for
 * text cells of CSV and XLSX files.  Caller frees. */
char *sanitize_cell(const char *s);

#endif
