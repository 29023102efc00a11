# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# lock.sh: while one jagaakun has the record open, a second one on the
# same record exits with status 4 and says why, without touching the
# record or disturbing the first; once the first quits, the record opens.
. "$(dirname "$0")/lib.sh"

content_steps
make_record "$REC" "Siti Aminah" 198609262015051001
cp "$REC" "$E2E_DIR/before"

start 80 24 -- --lang en --record "$REC"
FIRST=$S
need "$(t 'Who is using jagaakun?')" "the first instance shows its first screen"

start 80 24 -- --lang en --record "$REC"
expect_exit 4 "a second instance on the same record exits with status 4"
if grep -qF -- "$(t '%s is already open in another jagaakun window; close it first' |
    sed "s|%s|$REC|")" "$E2E_DIR/$S.err"; then
	ok "it says the record (named) is open in another window"
else
	not_ok "it says the record (named) is open in another window"
	diag <"$E2E_DIR/$S.err"
fi
check_eq "its message is one line" "$(wc -l <"$E2E_DIR/$S.err")" 1
check "the record is untouched" cmp -s "$REC" "$E2E_DIR/before"

# The same through the default record path (XDG_STATE_HOME).
DEFAULT=$E2E_DIR/state/jagaakun/record.cfg
make_record "$DEFAULT" "Budi Santoso" 199001012019032002
start 80 24 -- --lang en
DEFAULT_FIRST=$S
need "$(t 'Who is using jagaakun?')" "an instance on the default record starts"
start 80 24 -- --lang en
expect_exit 4 "a second one on the default record exits with status 4"
S=$DEFAULT_FIRST
send q
expect_exit 0 "the instance on the default record quits with status 0"

S=$FIRST
send Enter
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$E2E_NSTEPS" 0)" \
    "the first instance still works"
send q
expect_exit 0 "the first instance quits with status 0"

start 80 24 -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "after the first quits, the record opens again"
send q
expect_exit 0 "and quits with status 0"

check_no_sanitizer_reports
done_testing
