# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# locale.sh: with no usable locale in the environment (LC_ALL and LANG
# unset, LANG=C, LC_ALL=C, or a locale that is not generated) the program
# falls back to C.UTF-8 by itself: Bahasa Indonesia is the default, its
# text shows with the right characters, the screens draw UTF-8 arrows, and
# typed accented letters come out whole.  Without the fallback glibc
# ignores LANGUAGE (no translation) and ncurses drops multibyte input.
#
# The translation comes from a catalogue made here, so this test does not
# depend on how far po/id.po has got; it holds non-ASCII characters on
# purpose.
. "$(dirname "$0")/lib.sh"

command -v msgfmt >/dev/null 2>&1 || e2e_bail "msgfmt (gettext) is required"
TITLE="Profil baru — uji é ✓"
mkdir -p "$E2E_DIR/locale/id/LC_MESSAGES"
cat >"$E2E_DIR/id.po" <<EOF
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: id\\n"

msgid "New profile"
msgstr "$TITLE"
EOF
msgfmt -o "$E2E_DIR/locale/id/LC_MESSAGES/jagaakun.mo" "$E2E_DIR/id.po" ||
    e2e_bail "msgfmt failed"
NAME="Dédé Ṣuryani"

# Run the checklist on a fresh record with the given environment words.
try_locale()
{
	what=$1
	shift
	rm -rf "$(dirname "$REC")"
	start 80 24 "JAGAAKUN_LOCALEDIR=$E2E_DIR/locale" "$@" -- --record "$REC"
	need "Pilih bahasa / Choose your language" "$what: the language screen shows"
	expect "↑↓" "$what: the footer draws UTF-8 arrows"
	expect "> Bahasa Indonesia" "$what: Bahasa Indonesia is the default"
	send Enter
	expect "$TITLE" "$what: the Indonesian text shows, accents and all"
	type_text "$NAME"
	expect "$NAME" "$what: typed accented letters show whole"
	send Escape
	need "Pilih bahasa / Choose your language" "$what: Esc goes back"
	send q
	expect_exit 0 "$what: q quits with status 0"
}

try_locale "no LC_ALL, no LANG" '!LC_ALL'
try_locale "LANG=C" '!LC_ALL' LANG=C
try_locale "LC_ALL=C" LC_ALL=C
try_locale "LANG=id_ID.UTF-8 (not generated)" '!LC_ALL' LANG=id_ID.UTF-8

check_no_sanitizer_reports
done_testing
