# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# takeover.sh: "my account may be taken over" is one key (t) from the
# module list and in its footer; it shows who to tell (the site's
# reporting number) and the takeover module's steps, then asks three
# questions and writes an incident file for the IT office: into the
# site's report folder, or where the official can find it when the site
# sets none (their home folder here: there is no Documents folder).
# The file is checked field by field; no code or PIN is ever asked for.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
make_site "$SITE" "$REPORTS" 'report_phone = "0765 000 0001";' \
    'report_email = "tik@contoh.example";'

# Walk through the flow: takeover screen, the three questions, the end.
#	incident NOTICED-DOWNS DETAILS MONEY-UPS (from "I don't know")
incident()
{
	send t
	need "$(t 'My account may be taken over')" "t opens the takeover screen"
	expect "0765 000 0001" "it shows the site's number to report to"
	expect "$(t 'Know who to tell at once')" "it shows the takeover module's steps"
	send Enter
	need "$(t 'What did you notice?')" "Enter asks what was noticed"
	downs=$1
	while [ "$downs" -gt 0 ]; do send Down; downs=$((downs - 1)); done
	send Enter
	need "$(t 'Anything else your IT office should know?')" "then asks for a few words"
	expect "$(t 'Never write a code, a PIN or a password here.')" "and warns never to write a code"
	[ -n "$2" ] && type_text "$2"
	send Enter
	need "$(t 'Were your contacts asked for money?')" "then asks about money"
	ups=$3
	while [ "$ups" -gt 0 ]; do send Up; ups=$((ups - 1)); done
	send Enter
	need "$(t 'What happened is written down')" "the answer writes the incident"
}

make_record "$REC" "Siti Aminah" $NIP
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "the list of officials shows"
send Enter
need "t $(t 'Account taken over?')" "the module list shows the takeover key in its footer"
incident 1 "Pak Budi got a message at 9:00" 2
FILE=$REPORTS/jagaakun-incident-$NIP-20261124T080000Z.json
expect "$(basename "$FILE")" "the screen says where the file is"
send Enter
need "$(t 'My account may be taken over')" "Enter goes back to the steps"
send q q
expect_exit 0 "q, q quits with status 0"

check "the incident file exists" test -f "$FILE"
check_eq "it is readable by the IT office (mode 644 under umask 022)" \
    "$(file_mode "$FILE")" 644
check "it holds no code, PIN or password field" eval \
    '! grep -qiE "\"(code|pin|otp|password)\"" "$FILE"'
if command -v python3 >/dev/null 2>&1; then
	check "its fields say who, when and what" python3 - "$FILE" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format"] == 1 and r["type"] == "jagaakun-incident", r
assert r["program"]["name"] == "jagaakun"
assert r["time"] == "2026-11-24T08:00:00Z", r["time"]
p = r["profile"]
assert (p["name"], p["nip"], p["kind"]) == ("Siti Aminah", "198609262015051001", "pns"), p
assert p["unit"] == "Dinas Komunikasi dan Informatika", p
assert r["noticed"] == "gave-code", r["noticed"]
assert r["details"] == "Pak Budi got a message at 9:00", r["details"]
assert r["money_asked"] == "yes", r["money_asked"]
PY
fi

# Without a report folder in the site settings: the home folder.
cat >"$SITE" <<SITE
format = 1;
report_phone = "0765 000 0001";
SITE
start 80 24 JAGAAKUN_NOW=2026-11-24T09:30:00Z -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "second run starts"
send Enter
incident 0 "" 0
FILE2=$E2E_DIR/home/jagaakun-incident-$NIP-20261124T093000Z.json
expect "$(basename "$FILE2")" "the screen names the file"
expect "Your agency has set no report" \
    "the screen says there is no report folder"
send q q q
expect_exit 0 "the second run quits with status 0"
check "the incident went to the home folder, not the hidden record folder" \
    test -f "$FILE2"
check "it says someone else is using the account, money unknown" eval \
    'grep -qF "\"noticed\": \"someone-else\"" "$FILE2" &&
     grep -qF "\"money_asked\": \"unknown\"" "$FILE2" &&
     grep -qF "\"details\": \"\"" "$FILE2"'

check_no_sanitizer_reports
done_testing
