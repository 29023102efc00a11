# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# resume.sh: an official who quits midway finds, at the next start, their
# profile chosen, their statuses kept, and "continue" at exactly the step
# where they left (not merely the first unfinished one).  A second
# official added on the same workstation is kept next to the first.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP1=198609262015051001
NIP2=199203152021211002
content_steps
N=$E2E_NSTEPS
# Steps by their number in content order (module 1 has them first).
# "Module 2" is the first module after module 1 with at least 3 steps
# (the official leaves at its third); DOWNS moves to it on the list.
M1=$(step_field 1 1)
M2_FIRST=$(awk -F '\t' -v m1="$M1" \
    '$1 != m1 && $4 == 1 && $3 >= 3 { print NR; exit }' "$E2E_DIR/steps")
[ -n "$M2_FIRST" ] || e2e_bail "no module after the first has 3 steps"
M2=$(step_field $M2_FIRST 1)
DOWNS=
for e2e_m in $(cut -f 1 "$E2E_DIR/steps" | uniq | sed "/^$M2\$/q" | sed 1d); do
	DOWNS="$DOWNS Down"
done

# First run: a profile, two steps done and one put off in module 1, then
# module 2 opened from the list: its first step done, its second only
# looked at, and the official moves on to its third and quits there.
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
need "$(t 'New profile')" "first run: the form opens"
fill_profile "Siti Aminah" $NIP1 "Dinas Kominfo" "Analis"
need "$(t 'Which phone is your WhatsApp account on?')" "first run: the platform is asked"
choose_platform
choose_accounts
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$N" 0)" "first run: the modules screen"
send Enter
wait_step 1 || e2e_fail_flow "first run: module 1 opens at step 1"
send d
wait_step 2 || e2e_fail_flow "first run: d moves on to step 2"
send d
wait_step 3 || e2e_fail_flow "first run: d moves on to step 3"
send l
wait_step 4 || e2e_fail_flow "first run: l moves on to step 4"
send q
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 2 "$N" $((200 / N)))" \
    "first run: q goes back to the modules, 2 finished"
send $DOWNS Enter
wait_step $M2_FIRST || e2e_fail_flow "first run: module 2 opens at its first step"
send d
wait_step $((M2_FIRST + 1)) || e2e_fail_flow "first run: d moves on"
send Right
wait_step $((M2_FIRST + 2)) || e2e_fail_flow "first run: Right moves on without marking"
ok "first run: three steps done, one put off, left at step $((M2_FIRST + 2))"
send q q
decline_offer "first run: quitting offers the report not written yet"
expect_exit 0 "first run: q, q, q quits with status 0"
check_eq "the record keeps where the official left (module)" \
    "$(record_values "$REC" resume_module)" "$M2"
check_eq "the record keeps where the official left (step)" \
    "$(record_values "$REC" resume_step)" "$(step_field $((M2_FIRST + 2)) 5)"
record_steps "$REC" >"$E2E_DIR/first"

# Second run: the official is chosen, the counts kept, and c continues at
# the step where they left.
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "second run: asks who is using it"
expect "> Siti Aminah" "second run: the last official is selected"
send Enter
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 3 "$N" $((300 / N)))" \
    "second run: 3 of $N steps finished, as left"
expect "> [~] $(clip "$(t "$(step_field $M2_FIRST 2)")" 40)" \
    "second run: the module where they left is selected"
send c
wait_step $((M2_FIRST + 2)) || e2e_fail_flow "second run: c continues at exactly step $((M2_FIRST + 2))"
ok "second run: c continues at exactly step $((M2_FIRST + 2))"
expect "$(t 'Status: not yet')" "second run: that step is not yet done"
send Left
wait_step $((M2_FIRST + 1)) || e2e_fail_flow "second run: Left goes back a step"
send Left
wait_step $M2_FIRST || e2e_fail_flow "second run: Left goes back to the module's first step"
expect "$(t 'Status: done')" "second run: the step done before is still done"
send Escape
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 3 "$N" $((300 / N)))" \
    "second run: Esc goes back to the modules"
send q
decline_offer "second run: the report is offered again, still not written"
expect_exit 0 "second run: q quits with status 0"
record_steps "$REC" >"$E2E_DIR/second"
check "second run: the statuses are unchanged" cmp -s "$E2E_DIR/first" "$E2E_DIR/second"

# Third run: a second official (PPPK, WhatsApp Web) on the same record;
# the first official's NIP is refused as a duplicate first.
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "third run: asks who is using it"
send Down
need "> $(t '+ Add a new profile')" "third run: Down selects adding a profile"
send Enter
need "$(t 'New profile')" "third run: the form opens"
fill_profile "Budi Santoso" $NIP1 "Badan Kepegawaian" "Pranata Komputer"
need "$(t 'This NIP already has a profile on this computer. Press Esc and choose it from the list instead.' | cut -c1-40)" \
    "third run: the first official's NIP is refused"
send C-u
type_text $NIP2
send Enter Space Enter Enter Enter
need "$(t 'Which phone is your WhatsApp account on?')" "third run: a PPPK NIP is taken"
choose_platform iphone
choose_accounts
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$N" 0)" \
    "third run: the new official starts at 0"
send Enter
wait_step 1 || e2e_fail_flow "third run: module 1 opens at step 1"
send d
wait_step 2 || e2e_fail_flow "third run: d moves on"
send q q
decline_offer "third run: quitting offers the new official's report"
expect_exit 0 "third run: quits with status 0"

check_eq "the record keeps both officials" "$(record_values "$REC" nip | tr '\n' ' ')" \
    "$NIP1 $NIP2 "
check_eq "the second official is PPPK" "$(record_values "$REC" kind | tr '\n' ' ')" "pns pppk "
check_eq "each keeps their platform" "$(record_values "$REC" platform | tr '\n' ' ')" \
    "android iphone "
check_eq "the last official is remembered" "$(record_values "$REC" last_nip)" $NIP2
record_steps "$REC" | grep "^$NIP1 " >"$E2E_DIR/third"
check "the first official's statuses are unchanged" cmp -s "$E2E_DIR/first" "$E2E_DIR/third"
check_eq "the second official has their own step" "$(record_steps "$REC" | grep "^$NIP2 ")" \
    "$NIP2 $M1 $(step_field 1 5) done $NOW"

# Fourth run: both are listed, the last one selected.
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "fourth run: asks who is using it"
expect "Siti Aminah" "fourth run: lists the first official"
expect "> Budi Santoso" "fourth run: lists the second official, selected"
send q
expect_exit 0 "fourth run: q quits with status 0"

check_no_sanitizer_reports
done_testing
