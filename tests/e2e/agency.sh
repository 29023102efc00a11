# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# agency.sh: the official sees the agency's rules.  The module list shows
# the agency, the deadline with the days left (overdue once past) and
# marks the required modules; a step that sends the official to the IT
# office shows the site's number, or says to ask the IT office when the
# site has none.  Quitting with progress no report holds offers the
# report, and Enter writes it into the site's folder; once written,
# quitting asks nothing.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
make_site "$SITE" "$REPORTS" 'report_phone = "0765-000-0001";' \
    'verify_phone = "0765-000-0002";' 'required = [ "two-step" ];' \
    'deadline = "2026-11-29";'
content_steps
# The first step of the module on a taken-over account.
K=$(cut -f 1,4 "$E2E_DIR/steps" | grep -n "^takeover	1\$" | cut -d: -f1)
DOWNS=$(cut -f 1 "$E2E_DIR/steps" | uniq | grep -n '^takeover$' | cut -d: -f1)
DOWNS=$((DOWNS - 1))

make_record "$REC" "Siti Aminah" $NIP
start 80 24 JAGAAKUN_NOW=$NOW TZ=UTC -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "the list of officials shows"
send Enter
need "Pemerintah Kota Contoh · $(tf 'Deadline: %s (%ld day left)' 2026-11-29 5 |
    sed 's/day left/days left/')" \
    "the module list shows the agency and the days left"
expect "$(clip "$(t "$(step_field 1 2)")" 30)" "the modules are listed"
check_eq "only the required module is marked required" \
    "$(screen | grep -c " $(t required) ")" 1
check "it is the one the site requires" eval \
    'screen | grep " $(t required) " | grep -qF "$(clip "$(t "$(step_field 1 2)")" 30)"'
i=0
while [ $i -lt $DOWNS ]; do
	send Down
	i=$((i + 1))
done
send Enter
wait_step "$K" || e2e_fail_flow "the takeover module opens"
expect "0765-000-0001" "the step shows the site's number for a taken-over account"
expect "0765-000-0002" "and its number for checking a request for money"
send d
send q
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 1 "$E2E_NSTEPS" \
    $((100 / E2E_NSTEPS)))" "one step done, back on the module list"
send q
need "$(t 'Send your report to the IT office?')" \
    "quitting with progress not in a report offers it"
expect "$(t 'Your latest progress is not in a report yet. Your IT office sees only what your report says.' | cut -c1-40)" \
    "it says why"
expect "$(basename "$REPORTS")" "it says which folder"
FILE=$REPORTS/jagaakun-$NIP-20261124.json
check "nothing is written before Enter" test ! -e "$FILE"
send Enter
need "$(t 'Report written as %s in the folder %s. Your IT office collects it from there, or give them this file.' | cut -d% -f1 | sed 's/ *$//')" \
    "Enter writes the report on the export screen"
check "the report is in the site's folder" test -f "$FILE"
send q
expect_exit 0 "leaving the export screen then quits with status 0"
check_eq "the record keeps when the report was written" \
    "$(record_values "$REC" exported)" "$NOW"

# The deadline past, no numbers in the site settings: "overdue", and the
# step says to ask the IT office.  The report being written, q quits.
printf 'format = 1;\nagency = "Pemerintah Kota Contoh";\ndeadline = "2026-11-20";\n' \
    >"$SITE"
start 80 24 JAGAAKUN_NOW=$NOW TZ=UTC -- --lang en --site "$SITE" --record "$REC"
need "$(t 'Who is using jagaakun?')" "second run starts"
send Enter
need "$(tf 'Deadline: %s (overdue by %ld day)' 2026-11-20 4 |
    sed 's/day)/days)/')" "a past deadline is said to be overdue"
check_eq "with no module listed, none is marked required" \
    "$(screen | grep -c " $(t required) ")" 0
send c
wait_step $((K + 1)) || e2e_fail_flow "c continues after the step done"
send Left
wait_step "$K" || e2e_fail_flow "Left goes back to it"
need "$(t 'ask your IT office for it' | cut -c1-11)" \
    "without the site's numbers the step says to ask the IT office"
send q
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" \
    "back on the module list"
send q
expect_exit 0 "with the report written, q quits at once"

check_no_sanitizer_reports
done_testing
