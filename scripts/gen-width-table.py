#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
"""Write src/base/utf8_width.h: the display width of every code point.

The table is made from the Unicode Character Database as Python's
unicodedata module ships it, by the rules glibc's localedata uses for
wcwidth() (localedata/unicode-gen/utf8_gen.py), so that a width here is
the one wcwidth() gives in C.UTF-8 with the same Unicode version.  The
program looks widths up in it instead of asking the C library, so they
do not depend on the locale or on the size of wchar_t.

Run it from the top of the tree when Unicode is to be updated:
    python3 scripts/gen-width-table.py > src/base/utf8_width.h
"""
import unicodedata

# PropList.txt's Prepended_Concatenation_Mark: format characters that
# are seen (as wide as a letter), unlike the other ones.
PREPENDED = {0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F,
             0x890, 0x891, 0x8E2, 0x110BD, 0x110CD}


def width(cp):
    """-1 (not printable), 0, 1 or 2 columns, by glibc's rules."""
    if cp == 0:
        return 0
    cat = unicodedata.category(chr(cp))
    if cat in ('Cc', 'Cn', 'Cs', 'Zl', 'Zp'):
        return -1
    if cp in PREPENDED:
        return 1
    if (cat in ('Mn', 'Me') or (cat == 'Cf' and cp != 0xAD) or
            0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF or
            cp == 0x200B):
        return 0
    if (unicodedata.east_asian_width(chr(cp)) in ('W', 'F') or
            0x3248 <= cp <= 0x324F or 0x4DC0 <= cp <= 0x4DFF):
        return 2
    return 1


def ranges():
    """Runs of code points of one width other than 1: (first, last, w)."""
    out, start, cur = [], 0, width(0)
    for cp in range(1, 0x110001):
        w = width(cp) if cp < 0x110000 else None
        if w != cur:
            if cur != 1:
                out.append((start, cp - 1, cur))
            start, cur = cp, w
    return out


def main():
    rows = ranges()
    print('/* SPDX-License-Identifier: GPL-3.0-or-later')
    print(' * Copyright (C) 2026 The jagaakun authors */')
    print('/*')
    print(' * utf8_width: the display width of code points, made by')
    print(' * scripts/gen-width-table.py from Unicode %s: do not edit.'
          % unicodedata.unidata_version)
    print(' * Runs of code points whose width is not 1, sorted; included by')
    print(' * utf8.c alone.')
    print(' */')
    print('static const struct utf8_width_run utf8_width_runs[] = {')
    for first, last, w in rows:
        print('\t{ 0x%04X, 0x%04X, %d },' % (first, last, w))
    print('};')


main()
