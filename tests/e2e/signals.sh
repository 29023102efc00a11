# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# signals.sh: SIGTERM, SIGHUP and SIGINT (Ctrl-C typed in the terminal)
# end the checklist with status 128+N, the step marked just before is in
# the record, and the terminal is given back as endwin() does: the
# alternate screen left, the keypad back in normal mode, the cursor shown
# (a program killed without cleaning up leaves them as they were).
. "$(dirname "$0")/lib.sh"

NIP=198609262015051001
NOW=2026-11-24T08:00:00Z
content_steps

# Run the checklist, mark step 1 done, then stop it with signal $2 (a
# name), sent by the function $3; the status must be 128 + $1.
try_signal()
{
	num=$1 name=$2 how=$3
	rm -rf "$(dirname "$REC")"
	make_record "$REC" "Siti Aminah" $NIP
	start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
	need "$(t 'Who is using jagaakun?')" "SIG$name: the first screen shows"
	send Enter
	need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$E2E_NSTEPS" 0)" \
	    "SIG$name: Enter opens the modules"
	send Enter
	wait_step 1 || e2e_fail_flow "SIG$name: Enter opens step 1"
	send d
	wait_step 2 || e2e_fail_flow "SIG$name: d marks step 1 and shows step 2"
	check_eq "SIG$name: while it runs, the alternate screen is on" \
	    "$(pane_info '#{alternate_on}')" 1
	check_eq "SIG$name: while it runs, the keypad is in application mode" \
	    "$(pane_info '#{keypad_cursor_flag}')" 1
	# What the program writes from now on: only its teardown.
	: >"$E2E_DIR/$S.tty"
	$E2E_TMUX pipe-pane -o -t "$S" "cat >>'$E2E_DIR/$S.tty'"
	$how "$name"
	expect_exit $((128 + num)) "SIG$name: the exit status is $((128 + num))"
	check_eq "SIG$name: step 1 is in the record" "$(record_steps "$REC")" \
	    "$NIP $(step_field 1 1) $(step_field 1 5) done $NOW"
	check_eq "SIG$name: the alternate screen is left" "$(pane_info '#{alternate_on}')" 0
	check_eq "SIG$name: the keypad is back in normal mode" \
	    "$(pane_info '#{keypad_cursor_flag}')" 0
	# tmux hides the cursor of a dead pane itself, so look at what was
	# written: xterm's cnorm, ESC [ ? 25 h.
	check "SIG$name: the cursor is shown again" poll output_has "$(printf '\033')[?25h"
}

# Say whether the program's piped output holds a string.
output_has()
{
	grep -qF -- "$1" "$E2E_DIR/$S.tty"
}

# Send a signal to the program.
by_kill()
{
	kill -s "$1" "$(pane_pid)"
}

# Type Ctrl-C in its terminal: the terminal sends SIGINT.
by_ctrl_c()
{
	$E2E_TMUX send-keys -t "$S" C-c
}

try_signal 15 TERM by_kill
try_signal 1 HUP by_kill
try_signal 2 INT by_ctrl_c

check_no_sanitizer_reports
done_testing
