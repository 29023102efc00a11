# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# no-terminal.sh: without a terminal the checklist refuses with status 2
# and a message on stderr, and writes nothing: not to stdout (no escape
# codes into a file), not to the record folder.  A terminal curses cannot
# drive (TERM=dumb, unset or unknown) starts the plain mode instead, saying
# so on stderr (plain-en.sh walks through it).
. "$(dirname "$0")/lib.sh"

# Check that nothing was written where the record would be kept.
check_no_record()
{
	check "$1: no record folder was made" \
	    test ! -e "$E2E_DIR/state/jagaakun" -a ! -e "$E2E_DIR/rec"
}

# Check the message on stderr ($2) names the terminal.
check_message()
{
	if grep -qi 'terminal' "$2"; then
		ok "$1: stderr says why (names the terminal)"
	else
		not_ok "$1: stderr says why (names the terminal)"
		diag <"$2"
	fi
}

# stdin and stdout not terminals; the default record path.
run_plain -- --lang en
check_eq "no tty: exit status 2" "$E2E_STATUS" 2
check_message "no tty" "$E2E_DIR/plain.err"
check "no tty: nothing on stdout" test ! -s "$E2E_DIR/plain.out"
check_no_record "no tty"

# The same with --record.
run_plain -- --lang en --record "$REC"
check_eq "no tty, --record: exit status 2" "$E2E_STATUS" 2
check_no_record "no tty, --record"

# stdin a terminal but stdout a file.
E2E_STDOUT=$E2E_DIR/tty.out
start 80 24 -- --lang en --record "$REC"
E2E_STDOUT=
expect_exit 2 "stdout a file: exit status 2"
check_message "stdout a file" "$E2E_DIR/$S.err"
check "stdout a file: nothing written to it" test ! -s "$E2E_DIR/tty.out"
check_no_record "stdout a file"

# A terminal that cannot address the cursor, no TERM at all, and a TERM
# with no terminfo entry: the plain mode, whose first screen (the profile
# form, with --lang) q leaves, quitting with status 0.
try_plain()
{
	what=$1
	shift
	start 80 24 "$@" -- --lang en --record "$REC"
	need "New profile" "$what: the plain mode starts"
	send q Enter
	expect_exit 0 "$what: q leaves the form and quits with status 0"
	check_message "$what" "$E2E_DIR/$S.err"
	check "$what: nothing else on stderr" \
	    test "$(wc -l <"$E2E_DIR/$S.err")" -eq 1
}
try_plain "TERM=dumb" TERM=dumb
try_plain "TERM unset" '!TERM'
try_plain "unknown TERM" TERM=no-such-terminal

check_no_sanitizer_reports
done_testing
