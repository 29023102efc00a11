#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# profile-edit.sh: an official corrects their profile from the module list
# (i): the form opens filled in, the unit is picked from the site's list by
# typing an alias, and the record keeps the progress.  A changed NIP is
# saved only after the official confirms it, and the steps stay with it.
# In Bahasa Indonesia, the default language.  Then the report carries the
# unit's code, and collect groups by it and flags a unit the site lacks.
E2E_LANG=id
. "$(dirname "$0")/lib.sh"

NIP=198609262015051001
NEW_NIP=198609262015051002
SITE=$E2E_DIR/site.cfg
cat >"$SITE" <<'SITE'
format = 1;
units = (
	{ code = "setda"; name = "Sekretariat Daerah"; aliases = [ "Setda" ]; },
	{ code = "bkpsdm";
	  name = "Badan Kepegawaian dan Pengembangan SDM";
	  aliases = [ "BKPSDM", "BKD" ]; }
);
SITE

make_record "$REC" "Siti Aminah" $NIP android id
start 80 24 -- --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "the list of officials shows"
send Enter
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" \
    "the module list shows"
send Enter
send d
send Escape
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" \
    "one step done, back on the module list"
done_before=$(record_steps "$REC" | grep -c " done ")
check_eq "the record has the step done" "$done_before" 1

send i
need "$(t 'Edit profile')" "i opens the profile form as an edit"
expect "Siti Aminah" "the form holds the name"
send C-u
type_text "Siti Rahmawati"
send Tab
send Tab
send Tab
need "Sekretariat Daerah" "the unit row lists the site's units"
type_text "bkd"
need "> Badan Kepegawaian dan Pengembangan SDM (bkpsdm)" \
    "an alias narrows the list to its unit, chosen"
check "the other unit is gone from the list" eval \
    '! screen | grep -qF "Sekretariat Daerah"'
send Tab
send C-u
type_text "Analis Kepegawaian"
send Enter
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" \
    "Enter on the last field saves, back to the module list"
check_eq "the name is saved" "$(record_values "$REC" name)" "Siti Rahmawati"
check_eq "the unit is the site's name for it" "$(record_values "$REC" unit)" \
    "Badan Kepegawaian dan Pengembangan SDM"
check_eq "its code is kept" "$(record_values "$REC" unit_code)" "bkpsdm"
check_eq "the position is saved" "$(record_values "$REC" position)" \
    "Analis Kepegawaian"
check_eq "the progress stays" "$(record_steps "$REC" | grep -c " done ")" 1

# A new NIP: asked once, saved on the second Enter, the steps moving
# with it.
send i
need "$(t 'Edit profile')" "the form opens again"
send Tab
send C-u
type_text "$NEW_NIP"
send Tab
send Tab
need "> Badan Kepegawaian dan Pengembangan SDM (bkpsdm)" \
    "the unit saved is the one chosen when the form opens again"
send Tab
send Enter
need "$(t 'This changes the NIP of this profile; its progress stays with it. Press Enter on Save again to confirm, or Esc to cancel.' | cut -c1-40)" \
    "a changed NIP asks to be confirmed"
check_eq "nothing is saved yet" "$(record_values "$REC" nip)" "$NIP"
send Enter
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" \
    "the second Enter saves"
check_eq "the NIP is changed" "$(record_values "$REC" nip)" "$NEW_NIP"
check_eq "last_nip follows it" "$(record_values "$REC" last_nip)" "$NEW_NIP"
check "the step done is the new NIP's" eval \
    "record_steps '$REC' | grep -q '^$NEW_NIP .* done '"
send q
decline_offer "quitting offers the report not written yet"
expect_exit 0 "q quits with status 0"

# The report carries the code, and collect groups by it: under the site's
# name for the unit, flagged when the site's list lacks it.
mkdir -p "$E2E_DIR/out"
run_plain -- --lang en --site "$SITE" --record "$REC" report -f json \
    -o "$E2E_DIR/out/r.json"
check_eq "the report is written (status 8: not compliant yet)" "$E2E_STATUS" 8
check "the report carries the unit code" grep -q '"unit_code": *"bkpsdm"' \
    "$E2E_DIR/out/r.json"
run_plain -- --lang en --site "$SITE" collect -o "$E2E_DIR/tables/" "$E2E_DIR/out"
check_eq "collect reads it" "$E2E_STATUS" 0
check "the unit is counted under the site's name" grep -q \
    "^Badan Kepegawaian dan Pengembangan SDM;1;" "$E2E_DIR/tables/units.csv"
check "and not flagged, the site listing it" eval \
    "! grep -q ';bkpsdm;Siti Rahmawati;' '$E2E_DIR/tables/unlisted.csv'"
cat >"$SITE" <<'SITE'
format = 1;
units = ( { code = "setda"; name = "Sekretariat Daerah"; } );
SITE
run_plain -- --lang en --site "$SITE" collect -f csv --table unlisted "$E2E_DIR/out"
check_eq "collect still succeeds" "$E2E_STATUS" 0
check "a unit the site does not list is flagged with its report" grep -q \
    "^Badan Kepegawaian dan Pengembangan SDM;bkpsdm;Siti Rahmawati;" \
    "$E2E_DIR/plain.out"
printf 'format = 1;\nunits = ( { code = "Set Da"; name = "X"; } );\n' >"$SITE"
run_plain -- --lang en --site "$SITE" collect "$E2E_DIR/out"
check_eq "settings that are not valid stop collect with status 6" \
    "$E2E_STATUS" 6
check "and say where" grep -q "site.cfg:2:" "$E2E_DIR/plain.err"
done_testing
