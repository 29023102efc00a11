# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# resize.sh: the screen is drawn again for the new size (the footer of
# keys ends on the new last row), a window below 60x18 shows "too small"
# and ignores keys but q, and when it grows again the checklist comes back
# where it was and still works.
. "$(dirname "$0")/lib.sh"

content_steps
N=$E2E_NSTEPS
FOOTER="q $(t 'Quit')"
OVERALL=$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$N" 0)
TOO_SMALL=$(t 'Window too small (need at least %dx%d, now %dx%d).' | cut -d'(' -f1)

# Print row $1 of the pane.
row()
{
	screen | sed -n "${1}p"
}

# Say whether row $1 of the pane holds text $2.
row_holds()
{
	row "$1" | grep -qF -- "$2"
}

# Check the modules screen is drawn whole for a cols x rows window.
check_drawn()
{
	if poll row_holds "$2" "$FOOTER" && wait_for "$OVERALL"; then
		ok "at $1x$2 the modules screen is drawn, its footer on row $2"
	else
		not_ok "at $1x$2 the modules screen is drawn, its footer on row $2"
		show_pane
	fi
}

make_record "$REC" "Siti Aminah" 198609262015051001
start 80 24 -- --lang en --record "$REC"
need "$(t 'Who is using jagaakun?')" "the first screen shows"
send Enter
need "$OVERALL" "Enter opens the modules screen"
check_drawn 80 24
check_eq "at 80x24 the module list spans the width" \
    "$(screen | grep -F -- "$(step_field 1 2)" | awk '{ print length($0) }')" 79

resize 100 30
check_drawn 100 30
check_eq "at 100x30 the module list spans the new width" \
    "$(screen | grep -F -- "$(step_field 1 2)" | awk '{ print length($0) }')" 99
resize 80 24
check_drawn 80 24

resize 40 10
expect "$TOO_SMALL" "at 40x10 it says the window is too small"
expect "40x10" "the message gives the size it has"
send Enter
check "keys other than q do nothing while it is too small" eval \
    'screen | grep -qF -- "$TOO_SMALL"'
resize 59 18
expect "59x18" "59x18 is still too small"

resize 60 18
check_drawn 60 18
resize 80 24
check_drawn 80 24
check "the screen is as it was (no key acted while too small)" eval \
    '! screen | grep -qF -- "$(tf "%s — step %zu/%zu" "$(step_field 1 2)" 1 "$(step_field 1 3)")"'
send Enter
if wait_step 1; then ok "after growing, Enter still opens a module"
else not_ok "after growing, Enter still opens a module"; fi
send q
need "$OVERALL" "q goes back to the modules"
send q
expect_exit 0 "q quits with status 0"

check_no_sanitizer_reports
done_testing
