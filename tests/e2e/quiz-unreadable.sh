# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# quiz-unreadable.sh: the checklist reads the quiz scenarios only when the
# quiz first opens, so a mistake in one scenario file does not stop it.
# With a copy of the content whose one scenario file has a mistake on a
# known line: check-content fails (status 3) naming file:line; the
# checklist still starts and shows its first screen and the module list;
# u (the quiz) then says the quiz cannot be opened, with the file:line,
# and Enter goes back to the module list; the official's record keeps its
# steps and gets no quiz result.  The same in the plain mode.
. "$(dirname "$0")/lib.sh"

NIP=198609262015051001
C=$E2E_DIR/c
cp -R "$JAGAAKUN_CONTENT" "$C" || e2e_bail "cp failed"
SCN=$(ls "$C"/scenarios/*.cfg | sed -n 2p)
[ -n "$SCN" ] || e2e_bail "no scenarios in $JAGAAKUN_CONTENT/scenarios"
# A second title: libconfig refuses a setting given twice, on its line.
printf 'title = "again";\n' >>"$SCN"
LINE=$(wc -l <"$SCN" | tr -d ' ')
WHERE=$SCN:$LINE:

run_plain -- --lang en check-content "$C"
check_eq "check-content: status 3" "$E2E_STATUS" 3
check "check-content names $(basename "$SCN"):$LINE" grep -qF "$WHERE" \
    "$E2E_DIR/plain.err"
check "check-content says the scenarios are not valid" grep -qF \
    "$(tf 'the quiz scenarios in %s are not valid; nothing was changed.' "$C")" \
    "$E2E_DIR/plain.err"

# The full screen: the first screen, the module list, then the quiz.
make_record "$REC" "Siti Aminah" $NIP
# One step done, which the record must keep.
content_steps
MOD=$(cut -f1 "$E2E_DIR/steps" | head -n 1)
STEP=$(cut -f5 "$E2E_DIR/steps" | head -n 1)
sed -i "s/steps = ( );/steps = ( { module = \"$MOD\"; step = \"$STEP\"; status = \"done\"; time = \"2026-11-20T02:00:00Z\"; } );/" "$REC"
BEFORE=$(record_steps "$REC")
check_eq "the record holds the step done" "$(echo "$BEFORE" | wc -l)" 1
start 80 24 "JAGAAKUN_CONTENT=$C" -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "the checklist starts: its first screen shows"
send Enter
need "u $(t 'Quiz')" "the module list shows"
send u
need "$(t 'The quiz cannot be opened')" "u: the quiz says it cannot be opened"
expect_whole "$WHERE" "it names $(basename "$SCN"):$LINE"
expect_whole "$(t 'Its scenario files have mistakes. Your checklist and your progress are not affected. Tell your IT unit what is wrong:')" \
    "it says the checklist is not affected"
send Enter
need "u $(t 'Quiz')" "Enter goes back to the module list"
send u
need "$(t 'The quiz cannot be opened')" "u again: the same"
send Escape
need "u $(t 'Quiz')" "Esc goes back to the module list"
send q
decline_offer "the step done is not in a report yet: quitting offers it"
expect_exit 0 "q quits with status 0"
check_eq "the record keeps the step done" "$(record_steps "$REC")" "$BEFORE"
check "the record has no quiz result" sh -c "! grep -q '^[[:space:]]*score = ' '$REC'"

# The plain mode: the official, u, the score screen's Done, quit, and
# not now to the report offered.
IN=$E2E_DIR/input
printf '1\nu\n1\nq\nq\n' >"$IN"
E2E_STDIN=$IN run_plain "JAGAAKUN_CONTENT=$C" -- --lang en --plain \
    --record "$REC"
check_eq "plain: status 0" "$E2E_STATUS" 0
check "plain: the quiz says it cannot be opened" grep -qxF \
    "$(t 'The quiz cannot be opened')" "$E2E_DIR/plain.out"
check "plain: it names $(basename "$SCN"):$LINE" grep -qF "$WHERE" \
    "$E2E_DIR/plain.out"
check_eq "plain: the record keeps the step done" "$(record_steps "$REC")" \
    "$BEFORE"

check_no_sanitizer_reports
done_testing
