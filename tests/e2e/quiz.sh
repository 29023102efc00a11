# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# quiz.sh: the scenario quiz under the official's own profile (u on the
# module list): every scenario is answered, the running count of "Right!"
# matches the score shown at the end, and the result (score, total, the
# scenarios missed) is kept in the record.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
N=$(ls "$JAGAAKUN_CONTENT"/scenarios/*.cfg 2>/dev/null | wc -l)
[ "$N" -gt 0 ] || e2e_bail "no scenarios in $JAGAAKUN_CONTENT/scenarios"

make_record "$REC" "Siti Aminah" $NIP
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "the list of officials shows"
send Enter
need "u $(t 'Quiz')" "the module list offers the quiz"
send u
RIGHT=0 k=1
while [ $k -le "$N" ]; do
	wait_for "$(tf 'Scenario %zu of %zu: %s' $k "$N" '')" ||
	    e2e_fail_flow "scenario $k of $N is shown"
	# The first choice of odd scenarios, the second of even ones.
	[ $((k % 2)) = 0 ] && send Down
	send Enter
	# The feedback's first line: with long feedback, red flags and the
	# action may be below the fold (the screen scrolls).
	wait_for "$(tf 'You chose: %s' '')" ||
	    e2e_fail_flow "scenario $k: feedback is shown"
	if screen | grep -qF "$(t 'Right!')"; then
		RIGHT=$((RIGHT + 1))
	elif ! screen | grep -qF "$(t 'Not quite.')"; then
		e2e_fail_flow "scenario $k: the feedback says right or not"
	fi
	send Enter
	k=$((k + 1))
done
ok "all $N scenarios were answered"
need "$(tf 'Your score: %zu of %zu (%u%%)' $RIGHT "$N" $((RIGHT * 100 / N)))" \
    "the score shown is the count of right answers ($RIGHT of $N)"
expect "$(t 'The result is saved in your record and goes into your next report.')" \
    "it says the result is saved"
if [ $RIGHT -lt "$N" ]; then
	expect "$(t 'Look at these again:')" "the scenarios missed are reviewed"
fi
send Enter
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" "Enter goes back to the module list"
send q
decline_offer "the quiz score is not in a report yet: quitting offers it"
expect_exit 0 "q quits with status 0"

check_eq "the record keeps the score" "$(sed -n 's/^[[:space:]]*score = \([0-9]*\);.*/\1/p' "$REC")" $RIGHT
check_eq "the record keeps the total" "$(sed -n 's/^[[:space:]]*total = \([0-9]*\);.*/\1/p' "$REC")" "$N"
MISSED=$(sed -n 's/^[[:space:]]*missed = ( *\(.*\) *);.*/\1/p' "$REC" |
    tr ',' '\n' | grep -c '"')
check_eq "the record lists every scenario missed" "$MISSED" $((N - RIGHT))
check "the quiz's time is the pinned one" grep -qF "time = \"$NOW\";" "$REC"

check_no_sanitizer_reports
done_testing
