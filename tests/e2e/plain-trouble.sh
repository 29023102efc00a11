# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# plain-trouble.sh: the paths for when something is wrong, in the plain
# mode: verifying a request (a line that is no choice searches the
# agency's contacts, a number chooses one, and the number to call is
# said), and "my account may be taken over" with its three questions,
# whose answers are written down as the curses screens write them
# (takeover.sh).
# Also ? (the help) and q on the first screen.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
ESC=$(printf '\033')
make_site "$SITE" "$REPORTS" 'report_phone = "0765 000 0001";' \
    'verify_phone = "0765 000 0000";' \
    "contacts = ( { unit = \"Dinas Kesehatan\"; name = \"Sekretariat\"; phone = \"0765 000 0002\"; },
	{ unit = \"Dinas Pendidikan\"; name = \"Layanan TIK\"; phone = \"0765 000 0004\"; },
	{ unit = \"Dinas Perhubungan\"; name = \"Tata Usaha\"; phone = \"0765 000 0005\"; } );"
make_record "$REC" "Siti Aminah" $NIP
IN=$E2E_DIR/input
printf '%s\n' 1 '?' v pendidikan 1 polisi q t 1 2 "Pak Budi got a message at 9:00" 1 1 q q q >"$IN"
E2E_STDIN=$IN run_plain JAGAAKUN_NOW=$NOW -- --lang en --plain --site "$SITE" --record "$REC"
OUT=$E2E_DIR/plain.out
check_eq "status 0" "$E2E_STATUS" 0
check_eq "nothing on stderr" "$(cat "$E2E_DIR/plain.err")" ""
check "? says how to answer" grep -qxF "$(t 'Type the number or the letter of a choice and press Enter; the words of a choice work too. Type ? (a question mark) for this help.')" "$OUT"
# The module list: at first, after ?, back from verify and from takeover.
check_eq "and the screen again" "$(grep -c "^$(t 'The modules:')\$" "$OUT")" 4
check "v opens the verify screen" grep -qxF "$(t 'Check a request for money')" "$OUT"
check "a search lists the unit found, alone" grep -qxF \
    "1. Dinas Pendidikan, Layanan TIK  ?  $(t Help)  q  $(t Back)" "$OUT"
check "choosing it says its number" grep -qxF \
    "$(tf 'Call %s (%s) on %s.' 'Layanan TIK' 'Dinas Pendidikan' '0765 000 0004')" "$OUT"
check "a search with no match says so" grep -qxF "$(t 'No unit matches what you typed.')" "$OUT"
check "and gives the agency's number" grep -qxF \
    "$(t 'Call {verify_phone} to check the request.' | sed 's/{verify_phone}/0765 000 0000/')" "$OUT"
check "the transcript holds no escape byte" eval "! grep -q \"\$ESC\" \"\$OUT\""
check "t opens the takeover screen" grep -qxF "$(t 'My account may be taken over')" "$OUT"
check "it asks what was noticed" grep -qxF "$(t 'What did you notice?')" "$OUT"
check "it warns never to write a code" grep -qxF "$(t 'Never write a code, a PIN or a password here.')" "$OUT"
check "the answers are written down" grep -qxF "$(t 'What happened is written down')" "$OUT"
FILE=$REPORTS/jagaakun-incident-$NIP-20261124T080000Z.json
check "the incident file exists" test -f "$FILE"
check "the transcript names it" grep -qF "$(basename "$FILE")" "$OUT"
check "it keeps the words given" grep -qF "Pak Budi got a message at 9:00" "$FILE"
check "what was noticed is the second choice, as in takeover.sh" grep -q '"noticed": *"' "$FILE"

# q on the list of officials quits at once.
printf 'q\n' >"$IN"
E2E_STDIN=$IN run_plain JAGAAKUN_NOW=$NOW -- --lang en --plain --record "$REC"
check_eq "q on the first screen: status 0" "$E2E_STATUS" 0
check "it does not end by the end of the input" eval \
    "! grep -qF \"\$(t 'End of input')\" \"\$E2E_DIR/plain.out\""

check_no_sanitizer_reports
done_testing
