# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# no-library.sh: where libxlsxwriter is not installed (tests/nolib/jagaakun
# looks for a soname no system has), an XLSX export says so once, naming
# the package to install, exits with status 9 and writes nothing; every
# other format still works.  Where libarchive is not (the same program),
# collect of a .tar file says so, naming the package, refuses the archive
# and reads the folders it was given.
. "$(dirname "$0")/lib.sh"

nolib=$(e2e_abs "$top_builddir/tests/nolib/jagaakun")
[ -x "$nolib" ] || e2e_bail "$nolib is not built"
JAGAAKUN=$nolib
make_record "$REC" "Siti Aminah" 199001012015011001

for cmd in "report" "collect $E2E_DIR/in"; do
	name=${cmd%% *}
	mkdir -p "$E2E_DIR/in"
	run_plain -- --lang en --record "$REC" report -o "$E2E_DIR/in/r.json"
	run_plain -- --lang en --record "$REC" $cmd -f xlsx -o "$E2E_DIR/out.xlsx"
	check_eq "$name -f xlsx: exit status 9" "$E2E_STATUS" 9
	check_eq "$name -f xlsx: one line on stderr" \
	    "$(wc -l <"$E2E_DIR/plain.err" | tr -d ' ')" 1
	check "$name -f xlsx: it names the package to install" \
	    grep -q 'a library is missing: .*libxlsxwriter-not-installed.so.0.*install the package libxlsxwriter' \
	    "$E2E_DIR/plain.err"
	check "$name -f xlsx: no file written" test ! -e "$E2E_DIR/out.xlsx"
	run_plain -- --lang en --record "$REC" $cmd -f csv -o "$E2E_DIR/out.csv"
	check_eq "$name -f csv still works: exit status" "$E2E_STATUS" \
	    "$([ "$name" = report ] && echo 8 || echo 0)"
	check "$name -f csv: written" test -s "$E2E_DIR/out.csv"
done

# libarchive missing: the archive refused, the folder still read.
rm -rf "$E2E_DIR/in" && mkdir -p "$E2E_DIR/in"
run_plain -- --lang en --record "$REC" report -o "$E2E_DIR/in/r.json"
(cd "$E2E_DIR" && tar cf reports.tar in) || e2e_bail "tar failed"
run_plain -- --lang en collect -f csv -o "$E2E_DIR/out.csv" \
    "$E2E_DIR/reports.tar" "$E2E_DIR/in"
check "collect of a .tar: it names the package to install" \
    grep -q 'a library is missing: .*libarchive-not-installed.so.13.*install the package libarchive' \
    "$E2E_DIR/plain.err"
check "collect of a .tar: the archive is refused" \
    grep -qF "$E2E_DIR/reports.tar: $(t 'a damaged archive, or not an archive')" \
    "$E2E_DIR/plain.err"
check "collect of a .tar: the folder's report is still read" \
    grep -qF ";Siti Aminah;" "$E2E_DIR/out.csv"

check_no_sanitizer_reports
done_testing
