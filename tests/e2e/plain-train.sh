# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# plain-train.sh: trainer mode and the quiz in the plain mode, through a
# pipe.  `jagaakun train --plain`: the quiz, every scenario answered (the
# first choice of odd ones, the second of even ones), the count of
# "Right!" equal to the score said at the end, nothing written; then the
# demo walkthrough (a step done on the sandbox, which no file keeps).
# The quick quiz of the menu (NAV_QUIZ_SHORT scenarios, none twice), the
# quiz of a theme stopped after one answer (the partial score, back on
# the themes), and --count with --in-order (the first scenarios at once,
# then the menu).  Then an official's quiz from the module list (u),
# whose result goes into the record as with the curses screens.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
N=$(ls "$JAGAAKUN_CONTENT"/scenarios/*.cfg 2>/dev/null | wc -l)
[ "$N" -gt 0 ] || e2e_bail "no scenarios in $JAGAAKUN_CONTENT/scenarios"
IN=$E2E_DIR/input

# The answers of the quiz: the choice, then Continue after the feedback.
quiz_answers()
{
	k=1
	while [ $k -le "$N" ]; do
		[ $((k % 2)) = 0 ] && echo 2 || echo 1
		echo 1
		k=$((k + 1))
	done
}

# Check the quiz in the transcript: each scenario said, the score the
# count of "Right!".
check_quiz()
{
	out=$E2E_DIR/plain.out
	check_eq "$1: each of the $N scenarios is said" \
	    "$(grep -c "^$(tf 'Scenario %zu of %zu: %s' 'X' "$N" '' | sed 's/X/[0-9]*/')" "$out")" \
	    $((2 * N))
	right=$(grep -cxF "$(t 'Right!')" "$out")
	wrong=$(grep -cxF "$(t 'Not quite.')" "$out")
	check_eq "$1: each answer gets its feedback" $((right + wrong)) "$N"
	check "$1: the score said is the count of right answers ($right of $N)" \
	    grep -qxF "$(tf 'Your score: %zu of %zu (%u%%)' "$right" "$N" $((right * 100 / N)))" "$out"
	check "$1: the transcript holds no escape byte" eval \
	    "! grep -q \"\$(printf '\\033')\" \"\$out\""
}

{
	echo 2			# the quiz, anonymous
	quiz_answers
	echo 1			# the score: done
	echo 1			# the demo walkthrough
	echo 1			# Android
	echo 1			# no Web/Desktop
	echo s			# every account
	echo 1			# the first module
	echo 1			# its first step: done
	echo q			# back to the modules
	echo q			# and out of the demo
	echo 6			# quit
} >"$IN"
E2E_STDIN=$IN run_plain HOME="$E2E_DIR/home" JAGAAKUN_NOW=$NOW -- --lang en train --plain
check_eq "train --plain: status 0" "$E2E_STATUS" 0
check "the trainer's menu is said" grep -qxF "$(t 'Trainer mode')" "$E2E_DIR/plain.out"
check_quiz "trainer's quiz"
check "the anonymous result is not saved" grep -qxF "$(t 'This result is not saved.')" "$E2E_DIR/plain.out"
check "the demo's first step is said with its place" grep -qF \
    "$(tf 'Step %zu of %zu, module %s.' 1 '' '' | cut -d' ' -f1-2)" "$E2E_DIR/plain.out"
check_eq "trainer mode writes no file" "$(find "$E2E_DIR/home" "$E2E_DIR/state" -type f | wc -l)" 0
check "the plain mode is quit from the trainer's menu, not by the end of the input" \
    eval "! grep -qxF \"\$(t 'End of input.')\" \"\$E2E_DIR/plain.out\""

# The quick quiz: 5 scenarios, each said once, the score out of 5.
SHORT=5
[ "$N" -ge $SHORT ] || e2e_bail "fewer than $SHORT scenarios"
{
	echo 3			# the quick quiz
	k=1
	while [ $k -le $SHORT ]; do
		echo 1; echo 1; k=$((k + 1))
	done
	echo 1			# the score: done
	echo 6			# quit
} >"$IN"
E2E_STDIN=$IN run_plain HOME="$E2E_DIR/home" JAGAAKUN_NOW=$NOW -- --lang en train --plain
OUT=$E2E_DIR/plain.out
check_eq "the quick quiz: status 0" "$E2E_STATUS" 0
check "the menu offers it as the curses menu words it" grep -qxF \
    "3. $(t 'Quick quiz'): $(tf '%lu scenarios drawn at random, none twice' $SHORT)" "$OUT"
check "and the quiz by theme" grep -qxF \
    "5. $(t 'Quiz by theme'): $(t 'the scenarios of one theme only')" "$OUT"
check_eq "the quick quiz asks $SHORT scenarios" \
    "$(grep -c "^$(tf 'Scenario %zu of %zu: %s' 'X' $SHORT '' | sed 's/X/[0-9]*/')" "$OUT")" \
    $((2 * SHORT))
# The feedback's head names the scenario: five titles, none twice.
grep -B1 -xF -e "$(t 'Right!')" -e "$(t 'Not quite.')" "$OUT" |
    grep "^$(tf 'Scenario %zu of %zu: %s' 'X' $SHORT '' | sed 's/X/[0-9]*/')" |
    sed 's/^[^:]*: //' | sort >"$E2E_DIR/titles"
check_eq "$SHORT different scenarios" "$(sort -u "$E2E_DIR/titles" | wc -l)" $SHORT
right=$(grep -cxF "$(t 'Right!')" "$OUT")
check "its score is out of $SHORT" grep -qxF \
    "$(tf 'Your score: %zu of %zu (%u%%)' "$right" $SHORT $((right * 100 / SHORT)))" "$OUT"

# The quiz of the first theme, stopped after one answer: the partial
# score, then back on the themes.
THEME1=$(sed -n '/^themes/,/)/s/.*title = "\([^"]*\)".*/\1/p' "$JAGAAKUN_CONTENT/content.cfg" | head -n 1)
printf '5\n1\n1\nq\n1\nq\n6\n' >"$IN"
E2E_STDIN=$IN run_plain HOME="$E2E_DIR/home" JAGAAKUN_NOW=$NOW -- --lang en train --plain
check_eq "a theme's quiz stopped: status 0" "$E2E_STATUS" 0
check "the themes are numbered with their scenarios" grep -qE \
    "^1\. $THEME1 \([0-9]+ scenarios?\)\$" "$OUT"
K=$(sed -n "s/^1\. $THEME1 (\([0-9]*\) scenarios*)\$/\1/p" "$OUT" | head -n 1)
right=$(grep -cxF "$(t 'Right!')" "$OUT")
check "stopped after one answer, the score is of that one" grep -qxF \
    "$(tf 'Quiz stopped: %zu of %zu scenarios answered, %zu right (%u%%)' 1 "${K:-0}" "$right" $((right * 100)))" "$OUT"
check_eq "then the themes are said again" "$(grep -cxF "$(t 'Quiz by theme')" "$OUT")" 2

# --count 3 --in-order: the first three at once, then the menu.
printf '1\n1\n1\n1\n1\n1\n1\n6\n' >"$IN"
E2E_STDIN=$IN run_plain HOME="$E2E_DIR/home" JAGAAKUN_NOW=$NOW -- --lang en train --plain --count 3 --in-order
check_eq "train --plain --count 3: status 0" "$E2E_STATUS" 0
FIRST=$(sed -n 's/^title = "\(.*\)";.*/\1/p' "$(ls "$JAGAAKUN_CONTENT"/scenarios/*.cfg | head -n 1)")
check "it starts at once, with no menu before it" eval \
    "grep -v '^\$' \"\$OUT\" | sed -n 2p | grep -qF \"\$(tf 'Scenario %zu of %zu: %s' 1 3 '')\""
check "the first scenario is the first file's" grep -qxF \
    "$(tf 'Scenario %zu of %zu: %s' 1 3 "$FIRST")" "$OUT"
check "then the menu, in file order" grep -qxF \
    "3. $(t 'Quick quiz'): $(tf 'the first %lu scenarios, in file order' $SHORT)" "$OUT"

# An official's quiz, from the module list: the result goes into the record.
make_record "$REC" "Siti Aminah" $NIP
{
	echo 1			# the official
	echo u			# the quiz
	quiz_answers
	echo 1			# the score: done
	echo q			# quit (nothing to report: no step changed)
} >"$IN"
E2E_STDIN=$IN run_plain JAGAAKUN_NOW=$NOW -- --lang en --plain --record "$REC"
check_eq "the official's quiz: status 0" "$E2E_STATUS" 0
check_quiz "the official's quiz"
check "it says the result is saved" grep -qxF \
    "$(t 'The result is saved in your record and goes into your next report.')" "$E2E_DIR/plain.out"
check_eq "the record keeps the score" "$(sed -n 's/^[[:space:]]*score = \([0-9]*\);.*/\1/p' "$REC")" "$right"

check_no_sanitizer_reports
done_testing
