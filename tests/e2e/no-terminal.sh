# no-terminal.sh: without a usable terminal the checklist refuses with
# status 2 and a message on stderr, and writes nothing: not to stdout
# (no escape codes into a file), not to the record folder.
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

# A terminal that cannot address the cursor.
start 80 24 TERM=dumb -- --lang en --record "$REC"
expect_exit 2 "TERM=dumb: exit status 2"
check_message "TERM=dumb" "$E2E_DIR/$S.err"
check_no_record "TERM=dumb"

# No TERM at all, and a TERM with no terminfo entry.
start 80 24 '!TERM' -- --lang en --record "$REC"
expect_exit 2 "TERM unset: exit status 2"
check_message "TERM unset" "$E2E_DIR/$S.err"
start 80 24 TERM=no-such-terminal -- --lang en --record "$REC"
expect_exit 2 "unknown TERM: exit status 2"
check_message "unknown TERM" "$E2E_DIR/$S.err"
check_no_record "TERM unset or unknown"

check_no_sanitizer_reports
done_testing
