# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# include.sh: an @include in any libconfig file jagaakun reads (a module
# of the content, a quiz scenario, the site settings, the record) is
# refused on its line, with the exit status of that kind of file, before
# libconfig follows it: to a folder, on which libconfig 1.5 exits with
# status 2 from inside its scanner, or to a FIFO, on which it would block
# for ever (run_plain's timeout ends a hang).
. "$(dirname "$0")/lib.sh"

mkfifo "$E2E_DIR/fifo" || e2e_bail "mkfifo failed"

# Copy the content folder to $E2E_DIR/content.
copy_content()
{
	rm -rf "$E2E_DIR/content"
	cp -R "$JAGAAKUN_CONTENT" "$E2E_DIR/content" || e2e_bail "cp failed"
}

# Append an @include of $2 to file $1; print the line it is on.
add_include()
{
	printf '  @include "%s"\n' "$2" >>"$1"
	wc -l <"$1" | tr -d ' '
}

# Check the last run_plain: named $1, it exited with status $2 and said on
# stderr that file $3 has an @include on line $4.
check_refused()
{
	check_eq "$1: exit status $2" "$E2E_STATUS" "$2"
	if grep -qF "$3:$4: $(t '@include is not allowed; put the settings in this file itself')" \
	    "$E2E_DIR/plain.err"; then
		ok "$1: stderr names $(basename "$3") line $4"
	else
		not_ok "$1: stderr names $(basename "$3") line $4"
		diag <"$E2E_DIR/plain.err"
	fi
}

for target in /tmp "$E2E_DIR/fifo"; do
	what=$(basename "$target")

	copy_content
	mod=$(ls "$E2E_DIR/content/modules/"*.cfg | head -n 1)
	line=$(add_include "$mod" "$target")
	run_plain -- --lang en check-content "$E2E_DIR/content"
	check_refused "content, @include of $what" 3 "$mod" "$line"

	copy_content
	scn=$(ls "$E2E_DIR/content/scenarios/"*.cfg | head -n 1)
	line=$(add_include "$scn" "$target")
	run_plain -- --lang en check-content "$E2E_DIR/content"
	check_refused "scenario, @include of $what" 3 "$scn" "$line"

	site=$E2E_DIR/site.cfg
	printf 'format = 1;\n' >"$site"
	line=$(add_include "$site" "$target")
	run_plain -- --lang en --site "$site" handout
	check_refused "site, @include of $what" 6 "$site" "$line"

	make_record "$REC" "Siti Aminah" 198609262015051001
	line=$(add_include "$REC" "$target")
	run_plain -- --lang en --record "$REC" report -o "$E2E_DIR/out.json"
	check_refused "record, @include of $what" 1 "$REC" "$line"
	check "record, @include of $what: no report written" \
	    test ! -e "$E2E_DIR/out.json"
done

check_no_sanitizer_reports
done_testing
