# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# typed-text.sh: what an official types or pastes is kept as text that
# shows what it is.  The profile form leaves out invisible formatting
# characters (a right-to-left override, a zero-width space) and says when
# a paste held bytes that are not UTF-8, keeping the text around them; a
# name typed as a formula behind such a character, exported honestly,
# comes out of `collect -f csv` with its apostrophe.  The incident note
# refuses a code, with a reminder never to type or share one.  A name
# with such characters in a record is shown without them.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
mkdir -m 700 "$(dirname "$REC")"
make_site "$SITE" "$REPORTS"

# Send raw bytes, as a terminal passes on a paste, then wait for the
# screen to change: paste_bytes HEX...
paste_bytes()
{
	e2e_before=$(e2e_snapshot)
	$E2E_TMUX send-keys -t "$S" -H "$@" || e2e_bail "tmux send-keys -H failed"
	poll_n 30 e2e_changed "$e2e_before"
}

# Say whether file $1 holds an invisible formatting character: U+202E
# (e2 80 ae), U+200B (e2 80 8b) or any other in U+200B..U+200F and
# U+202A..U+202E.
has_invisible()
{
	LC_ALL=C grep -q "$(printf '\342\200[\213-\217\252-\256]')" "$1"
}

start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC"
need "$(t 'New profile')" "the new-profile form opens"
# A right-to-left override, then a formula; then a byte that is not
# UTF-8 and a zero-width space inside a word.
paste_bytes e2 80 ae
type_text '=HYPERLINK("http://x")'
paste_bytes 20 ff 42 75 e2 80 8b 64 69
expect "$(t 'Some of the pasted characters could not be read and were left out. Please check the text.' | cut -c1-60)" \
    "the form says that pasted bytes were left out"
expect '=HYPERLINK("http://x") Budi' "the text around the bad byte is kept, the invisible ones are not shown"
screen >"$E2E_DIR/form.txt"
check "the screen never echoes an invisible character" eval '! has_invisible "$E2E_DIR/form.txt"'
send Tab
type_text "1986 0926 2015 05 1 001"
send Tab Tab
type_text "Dinas Kominfo"
send Tab
type_text "Staf"
send Enter
need "$(t 'Which phone is your WhatsApp account on?')" "the profile is saved"
choose_platform
choose_accounts
need "$(t 'Export report')" "the module list shows"
check_eq "the record holds the name without invisible characters" \
    "$(record_values "$REC" name)" '=HYPERLINK(\"http://x\") Budi'
check "the record holds no invisible character" eval '! has_invisible "$REC"'

# Export the report, as an official would.
send e
need "$(t 'Export your report')" "e opens the export screen"
send Enter
need "$(basename "$REPORTS/jagaakun-$NIP-20261124.json")" "Enter writes the report"
send q
need "$(t 'Export report')" "q goes back to the module list"

# The incident note: a code is refused, the note without it is kept.
send t
need "$(t 'My account may be taken over')" "t opens the takeover screen"
send Enter
need "$(t 'What did you notice?')" "Enter asks what was noticed"
send Down Enter
need "$(t 'Anything else your IT office should know?')" "then asks for a few words"
type_text "kode 123 456 sudah saya berikan"
send Enter
expect "Your note seems to contain a code" "a code in the note is refused"
expect "never type or share a code" "with a reminder never to type or share one"
expect "$(t 'Anything else your IT office should know?')" "the question stays"
send C-u
type_text "kode sudah saya berikan"
send Enter
need "$(t 'Were your contacts asked for money?')" "the note without the number is taken"
send Enter
need "$(t 'What happened is written down')" "the incident is written"
send Enter
send q q
expect_exit 0 "q, q quits with status 0"

INC=$REPORTS/jagaakun-incident-$NIP-20261124T080000Z.json
check "the incident file exists" test -f "$INC"
check "its note is the one without the code" grep -q '"details": "kode sudah saya berikan"' "$INC"
check "no code was written anywhere" eval '! grep -rq "123 456" "$REPORTS" "$REC"'

# The report, collected into CSV: the formula is neutralised.
run_plain -- --lang en collect -f csv "$REPORTS"
check_eq "collect reads the report and the incident" "$E2E_STATUS" 0
check "the name comes out of the CSV with an apostrophe" \
    grep -qF "\"'=HYPERLINK(\"\"http://x\"\") Budi\"" "$E2E_DIR/plain.out"
check "the CSV holds no live formula" eval \
    '! grep -qE "(^|;)\"?=" "$E2E_DIR/plain.out"'
check "the CSV holds no invisible character" eval '! has_invisible "$E2E_DIR/plain.out"'

# A record written elsewhere with invisible characters in a name: the
# list of officials shows the name without them.
REC2=$E2E_DIR/rec2/record.cfg
make_record "$REC2" "$(printf 'Siti \342\200\256Aminah\342\200\213')" $NIP
start 80 24 -- --lang en --record "$REC2"
need "$(t 'Who is using jagaakun?')" "the list of officials shows"
expect "Siti Aminah" "the name shows without its invisible characters"
screen >"$E2E_DIR/who.txt"
check "the screen never echoes them" eval '! has_invisible "$E2E_DIR/who.txt"'
send q
expect_exit 0 "q quits with status 0"

done_testing
