# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# export-report.sh: the export screen of the checklist (e on the module
# list) writes the official's report into the site's report folder and
# says where; `jagaakun collect` accepts the file, and its fields say who
# and how far.  A report folder that does not exist is said on screen.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
make_site "$SITE" "$REPORTS"

make_record "$REC" "Siti Aminah" $NIP
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "the list of officials shows"
send Enter
need "$(t 'Export report')" "the module list offers the export in its footer"
send Down Enter
need "$(t 'Status: not yet')" "the second module opens"
send d
send q
send e
need "$(t 'Export your report')" "e opens the export screen"
FILE=$REPORTS/jagaakun-$NIP-20261124.json
expect "$(basename "$FILE")" "it says where the report will go"
check "nothing is written before Enter" test ! -e "$FILE"
send Enter
need "$(t 'Report written as %s in the folder %s. Your IT office collects it from there, or give them this file.' | cut -d% -f1 | sed 's/ *$//')" \
    "Enter writes the report and says so"
expect "$(basename "$FILE")" "the path written is shown"
send q
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" "q goes back to the module list"
send q
expect_exit 0 "q quits with status 0"

check "the report file exists" test -f "$FILE"
check_eq "it is readable by the IT office (mode 644 under umask 022)" \
    "$(file_mode "$FILE")" 644
run_plain -- --lang en collect -f json "$REPORTS"
check_eq "collect accepts it" "$E2E_STATUS" 0
check "collect counts the official" grep -qF '"accepted": 1' "$E2E_DIR/plain.out"
if command -v python3 >/dev/null 2>&1; then
	check "its fields name the official, the site and one step done" \
	    python3 - "$FILE" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format"] == 1, r["format"]
assert r["program"]["name"] == "jagaakun"
assert r["agency"] == "Pemerintah Kota Contoh"
assert r["profile"]["nip"] == "198609262015051001"
assert r["profile"]["name"] == "Siti Aminah"
assert r["exported"] == "2026-11-24T08:00:00Z"
assert r["completion"]["finished"] == 1, r["completion"]
assert r["compliant"] is False
done = [s for s in r["steps"] if s["status"] == "done"]
assert len(done) == 1 and done[0]["module"] == r["modules"][1]["id"], done
PY
fi

# A report folder that is missing: the screen says so, nothing is made.
rm -rf "$REPORTS"
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "second run starts"
send Enter e
need "$(t 'Export your report')" "the export screen opens again"
send Enter
expect "does not exist" "a missing report folder is named on screen"
check "no folder was created for it" test ! -e "$REPORTS"
send q q
expect_exit 0 "the checklist still quits with status 0"

check_no_sanitizer_reports
done_testing
