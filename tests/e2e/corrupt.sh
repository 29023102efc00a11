# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# corrupt.sh: a record file that cannot be used (a syntax error, a bad
# value, an @include) is named on screen with the line that is wrong.  q
# quits and leaves it exactly as it was; Enter keeps it aside as
# record.cfg.broken-* (byte for byte) and starts a new record, which then
# works.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
content_steps

# Write a record with a syntax error: a name without quotes.
write_syntax_error()
{
	make_record "$REC" "Siti Aminah" 198609262015051001
	sed 's/^    name = .*/    name = Siti Aminah;/' "$REC" >"$REC.tmp" &&
	    mv "$REC.tmp" "$REC"
}

# Write a record with a status no jagaakun writes.
write_bad_value()
{
	make_record "$REC" "Siti Aminah" 198609262015051001
	awk '/steps = \( \);/ {
		print "    steps = ( { module = \"two-step\"; step = \"choose-pin\";"
		print "                status = \"maybe\"; time = \"2026-11-20T01:00:00Z\"; } );"
		next
	} { print }' "$REC" >"$REC.tmp" && mv "$REC.tmp" "$REC"
}

# Write a record that includes a folder, on which libconfig 1.5 would exit
# the program from inside its scanner: refused like a syntax error.
write_include()
{
	make_record "$REC" "Siti Aminah" 198609262015051001
	printf '@include "/tmp"\n' >>"$REC"
}

# Print the number of the first line of the record holding $1.
line_of()
{
	grep -nF -- "$1" "$REC" | head -n 1 | cut -d: -f1
}

# Print the files set aside.
aside()
{
	ls "$REC".broken-* 2>/dev/null
}

for kind in syntax value include; do
	rm -rf "$(dirname "$REC")"
	case $kind in
	syntax)
		write_syntax_error
		LINE=$(line_of 'name = Siti') ;;
	value)
		write_bad_value
		LINE=$(line_of 'maybe') ;;
	include)
		write_include
		LINE=$(line_of '@include') ;;
	esac
	cp "$REC" "$E2E_DIR/original"

	# q: quit and leave it alone.
	start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
	need "$(t 'Your record file cannot be used')" "$kind: the record is refused"
	expect "$REC:$LINE:" "$kind: the screen names the file and line $LINE"
	send q
	expect_exit 1 "$kind: q quits with status 1 (the record could not be used)"
	check "$kind: q leaves the file byte for byte" cmp -s "$REC" "$E2E_DIR/original"
	check_eq "$kind: q sets nothing aside" "$(aside)" ""

	# Enter: keep it aside, start afresh.
	start 80 24 JAGAAKUN_NOW=$NOW -- --lang en --record "$REC"
	need "$(t 'Your record file cannot be used')" "$kind: refused again at the next start"
	send Enter
	need "$(t 'New profile')" "$kind: Enter starts a new record (the form)"
	expect "$(t 'The unusable record was kept as %s. A new record was started.' |
	    cut -d% -f1 | sed 's/ *$//')" "$kind: the screen says where the old file went"
	check_eq "$kind: exactly one file is set aside" "$(aside | wc -l)" 1
	check "$kind: it is the old record byte for byte" cmp -s "$(aside)" "$E2E_DIR/original"
	expect "$(basename "$(aside)")" "$kind: the screen names it"
	check "$kind: nothing is at the record's path until something is saved" \
	    test ! -e "$REC"
	fill_profile "Budi Santoso" 199001012019032002 "Badan Kepegawaian" "Analis"
	need "$(t 'Which phone is your WhatsApp account on?')" "$kind: the new profile is taken"
	choose_platform
	choose_accounts
	need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$E2E_NSTEPS" 0)" \
	    "$kind: the new record works"
	send q
	expect_exit 0 "$kind: q quits with status 0"
	check_eq "$kind: the new record holds the new official" \
	    "$(record_values "$REC" name)" "Budi Santoso"
	check "$kind: the old one is still there, unchanged" cmp -s "$(aside)" "$E2E_DIR/original"
done

check_no_sanitizer_reports
done_testing
