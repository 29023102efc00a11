# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# terminals.sh: the checklist works on plainer terminals: TERM=vt100 (no
# colours, no cursor hiding), TERM=linux (the console: 8 colours, other
# key codes) and NO_COLOR=1 on xterm-256color (no colours by request).
# Each shows the first screen, takes arrow keys, letters and Enter, and
# records a step.  Colours are looked for in the pane's attributes.
. "$(dirname "$0")/lib.sh"

NIP=198609262015051001
NOW=2026-11-24T08:00:00Z
content_steps
M1_N=$(step_field 1 3)
K=$((M1_N + 1))		# the first step of the second module

# Say whether the pane draws anything in colour (SGR 30-37, 38, 40-47,
# 48, 90-97 or 100-107).
pane_has_colour()
{
	$E2E_TMUX capture-pane -e -p -t "$S" |
	    grep -o "$(printf '\033')\\[[0-9;]*m" | tr -d '\033[m' | tr ';' '\n' |
	    grep -qE '^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$'
}

# Run the checklist with the given environment words; mark the first step
# of the second module, reached with Down.
try_terminal()
{
	what=$1
	shift
	rm -rf "$(dirname "$REC")"
	make_record "$REC" "Siti Aminah" $NIP
	start 80 24 JAGAAKUN_NOW=$NOW "$@" -- --lang en --record "$REC"
	need "$(t 'Who is using jagaakun?')" "$what: the first screen shows"
	send Enter
	need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$E2E_NSTEPS" 0)" \
	    "$what: Enter opens the modules"
	if pane_has_colour; then PANE_COLOUR=yes; else PANE_COLOUR=no; fi
	send Down
	need "> [ ] $(clip "$(t "$(step_field $K 2)")" 40)" "$what: Down moves to the second module"
	send Enter
	wait_step $K || e2e_fail_flow "$what: Enter opens it"
	send d
	wait_step $((K + 1)) || e2e_fail_flow "$what: d marks the step done and moves on"
	send q q
	decline_offer "$what: quitting offers the report"
	expect_exit 0 "$what: q, q, q quits with status 0"
	check_eq "$what: the step is recorded as done" "$(record_steps "$REC")" \
	    "$NIP $(step_field $K 1) $(step_field $K 5) done $NOW"
}

try_terminal "TERM=vt100" TERM=vt100
check_eq "TERM=vt100: nothing is drawn in colour" $PANE_COLOUR no
try_terminal "TERM=linux" TERM=linux
check_eq "TERM=linux: colours are used" $PANE_COLOUR yes
try_terminal "NO_COLOR=1" NO_COLOR=1
check_eq "NO_COLOR=1: nothing is drawn in colour" $PANE_COLOUR no
try_terminal "xterm-256color" TERM=xterm-256color
check_eq "xterm-256color: colours are used" $PANE_COLOUR yes

check_no_sanitizer_reports
done_testing
