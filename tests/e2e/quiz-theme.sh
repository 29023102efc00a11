# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# quiz-theme.sh: the trainer's shorter quizzes: `train --theme ID` asks
# that theme's scenarios alone and scores them; the menu's theme list
# shows each theme with its count and runs one; a quiz stopped early shows
# the score of those answered; `train --count N` asks N; an unknown theme
# is a usage error naming the themes; and an official's quiz stopped
# early is kept in the record as partial, with the scenarios asked.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
# The scenarios of a theme, by their theme = "ID" line.
theme_count()
{
	grep -l "^theme = \"$1\";" "$JAGAAKUN_CONTENT"/scenarios/*.cfg | wc -l
}
NLEGIT=$(theme_count legitimate)
NMONEY=$(theme_count money)
NALL=$(ls "$JAGAAKUN_CONTENT"/scenarios/*.cfg | wc -l)
[ "$NLEGIT" -gt 0 ] && [ "$NMONEY" -gt 2 ] || e2e_bail "too few scenarios in the themes"

# Answer scenarios 1..N of a quiz of TOTAL (first choice each), counting
# "Right!" in RIGHT: answer_quiz N TOTAL DESCRIPTION.
answer_quiz()
{
	RIGHT=0 k=1
	while [ $k -le "$1" ]; do
		wait_for "$(tf 'Scenario %zu of %zu: %s' $k "$2" '')" ||
		    e2e_fail_flow "$3: scenario $k of $2 is shown"
		send Enter
		wait_for "$(t 'You chose: %s' | sed 's/%s.*//')" ||
		    e2e_fail_flow "$3: scenario $k: the feedback"
		screen | grep -qF "$(t 'Right!')" && RIGHT=$((RIGHT + 1))
		[ $k -lt "$1" ] && send Enter
		k=$((k + 1))
	done
}

# --theme: that theme alone, to its score, then the menu.
start 80 24 -- --lang en train --theme legitimate
answer_quiz "$NLEGIT" "$NLEGIT" "--theme legitimate"
ok "--theme legitimate asks its $NLEGIT scenarios"
send Enter
need "$(tf 'Your score: %zu of %zu (%u%%)' $RIGHT "$NLEGIT" $((RIGHT * 100 / NLEGIT)))" \
    "the score is out of the theme's $NLEGIT"
send Enter
need "$(t 'Trainer mode')" "then the trainer's menu"

# The menu's theme list: each theme whole with its count; run "money".
# (the menu comes back on the quiz's row)
send Down Down Down Enter
need "$(t 'Choose a theme: the quiz asks its scenarios only.')" "the menu lists the themes"
for id in takeover money apps-links authorities legitimate; do
	n=$(theme_count $id)
	title=$(content_text "theme $id, title of a quiz theme")
	[ -n "$title" ] || e2e_bail "no title for theme $id"
	expect_whole "$title ($n $( [ "$n" = 1 ] && echo scenario || echo scenarios))" \
	    "theme $id is listed with its $n scenarios"
done
send Down Enter
answer_quiz 2 "$NMONEY" "the money theme"
send Enter
wait_for "$(tf 'Scenario %zu of %zu: %s' 3 "$NMONEY" '')" || e2e_fail_flow "scenario 3 is shown"
send q
need "$(tf 'Quiz stopped: %zu of %zu scenarios answered, %zu right (%u%%)' 2 "$NMONEY" $RIGHT $((RIGHT * 50)))" \
    "stopped on the third: the score of the two answered, of $NMONEY"
expect "$(t 'This result is not saved.')" "a trainer's result is not saved"
send Enter
need "$(t 'Choose a theme: the quiz asks its scenarios only.')" "then the theme list again"
send q q
expect_exit 0 "q goes back to the menu, q quits"

# --count 3 in Indonesian: three scenarios, whatever the content holds.
E2E_LANG=id
start 80 24 -- --lang id train --count 3
answer_quiz 3 3 "--count 3"
send Enter
need "$(tf 'Your score: %zu of %zu (%u%%)' $RIGHT 3 $((RIGHT * 100 / 3)))" "--count 3 asks three"
send Enter q
expect_exit 0 "q quits"
E2E_LANG=en

# An unknown theme: status 2 and the themes listed; a count of 0 too.
run_plain -- --lang en train --theme nope
check_eq "an unknown theme is a usage error" "$E2E_STATUS" 2
check "the message names the themes" grep -qF "The themes are: takeover money" "$E2E_DIR/plain.err"
run_plain -- --lang en train --count 0
check_eq "a count of 0 is a usage error" "$E2E_STATUS" 2

# An official's quiz stopped after one answer is kept as partial.
make_record "$REC" "Siti Aminah" $NIP
start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "the list of officials"
send Enter
need "u $(t 'Quiz')" "the module list"
send u
answer_quiz 1 "$NALL" "the official's quiz"
send q
need "$(t 'This partial result is saved in your record and goes into your next report.')" \
    "stopped after one answer: a partial result, saved"
send Enter q
decline_offer "quitting offers the report"
expect_exit 0 "q quits"
check_eq "the record keeps one answered" "$(sed -n 's/^[[:space:]]*answered = \([0-9]*\);.*/\1/p' "$REC")" 1
check_eq "the record keeps the total" "$(sed -n 's/^[[:space:]]*total = \([0-9]*\);.*/\1/p' "$REC")" "$NALL"
check "the record names the scenario asked" grep -qE '^[[:space:]]*asked = \( "[a-z0-9-]+" \);' "$REC"

check_no_sanitizer_reports
done_testing
