# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# verify.sh: "verify a request" is one key (v) from the module list: the
# site's directory of official contacts, filtered as the official types,
# with the number to call and the steps from the money-requests module.
# A site without contacts says so and gives its verification number; a
# site file with mistakes stops the checklist before the screen is taken,
# with file:line, and exit status 6.
. "$(dirname "$0")/lib.sh"

NIP=198609262015051001
SITE=$E2E_DIR/site.cfg
cat >"$SITE" <<'SITE'
format = 1;
agency = "Pemerintah Kota Contoh";
verify_phone = "0765 000 0000";
contacts = (
	{ unit = "Dinas Kesehatan"; name = "Sekretariat"; phone = "0765 000 0002"; },
	{ unit = "Sekretariat Daerah"; name = "Bagian Umum";
	  phone = "0765 000 0003"; email = "umum@contoh.example"; },
	{ unit = "Dinas Pendidikan"; name = "Layanan TIK"; phone = "0765 000 0004"; }
);
SITE

make_record "$REC" "Siti Aminah" $NIP
start 80 24 -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "the list of officials shows"
send Enter
need "v $(t 'Verify a request')" "the module list shows the verify key in its footer"
send v
need "$(t 'Check a request for money')" "v opens the verify screen"
check "every contact is listed at first" wait_all "Dinas Kesehatan" \
    "Sekretariat Daerah" "Dinas Pendidikan"
type_text "pendidikan"
need "$(tf 'Call %s (%s) on %s.' 'Layanan TIK' 'Dinas Pendidikan' '0765 000 0004')" \
    "typing finds the unit and shows its official number"
check "the other units are gone from the list" eval \
    '! screen | grep -qF "Dinas Kesehatan"'
expect "$(t 'Never use a number or a link from the message itself.')" \
    "it warns against the message's own number"
expect "$(t 'Stop, think, call')" "it shows the money-requests module's steps"
send C-u
type_text "umum"
need "$(tf 'Call %s (%s) on %s.' 'Bagian Umum' 'Sekretariat Daerah' '0765 000 0003')" \
    "the office's name finds it too"
expect "$(tf 'Or write to %s.' 'umum@contoh.example')" "with its e-mail"
send C-u
type_text "polisi"
need "$(t 'No unit matches what you typed.')" "a search with no match says so"
expect "$(t 'Call {verify_phone} to check the request.' | sed 's/{verify_phone}/0765 000 0000/')" \
    "and gives the agency's verification number"
send Escape
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" "Esc goes back to the module list"
send q
expect_exit 0 "q quits with status 0"

# No directory in the site settings.
cat >"$SITE" <<'SITE'
format = 1;
verify_phone = "0765 000 0000";
SITE
start 80 24 -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "second run starts"
send Enter v
need "$(t 'Your agency has not listed its official contacts here.')" \
    "without contacts the screen says so"
expect "$(t 'Call {verify_phone} to check the request.' | sed 's/{verify_phone}/0765 000 0000/')" \
    "and gives the verification number instead"
send Escape q
expect_exit 0 "the second run quits with status 0"

# A site file with a mistake: diagnostics before the screen, status 6.
printf 'format = 1;\nverify_phone = 12;\n' >"$SITE"
run_plain -- --lang en --site "$SITE" --record "$REC"
check_eq "invalid site settings exit with status 6" "$E2E_STATUS" 6
check "the problem is given as file:line" grep -qF "$SITE:2:" "$E2E_DIR/plain.err"

check_no_sanitizer_reports
done_testing
