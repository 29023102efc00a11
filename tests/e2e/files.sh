# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# files.sh: the files jagaakun writes where others can reach, and the -o
# FILE of report, collect and handout.
#   - A report folder others can write: a link planted under the report's
#     name is not followed and the file it names is untouched; a drop-box
#     folder (1733) takes the report of a user who cannot list it.
#   - The record: a folder others can write is refused with a reason, a
#     record in a read-only folder can still be reported on.
#   - -o on a device node (a private one made with mknod, not /dev/null),
#     a FIFO, '-', /dev/stdout into a pipe, and a link of the user's own.
# What needs another user runs through setpriv as uid 65534, and only as
# root (as CI runs); it is skipped otherwise.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
NAME=jagaakun-$NIP-20261124.json
DATA=$(e2e_abs "$top_srcdir/tests/data/report")
make_site "$SITE" "$REPORTS"
make_record "$REC" "Siti Aminah" $NIP
# Relative names (-o -) land here, not in the build folder.
cd "$E2E_DIR" || e2e_bail "cannot enter $E2E_DIR"

# Skip a check that needs root: skip_check DESCRIPTION.
skip_check()
{
	ok "$1 # SKIP needs root and setpriv"
}
AS_ROOT=
[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null 2>&1 && AS_ROOT=yes

# Run the program as in run_plain with stdout into a pipe (cat), which
# writes $E2E_DIR/pipe.out:  run_piped ARG...   (status in E2E_STATUS)
run_piped()
{
	: >"$E2E_DIR/piped.sh"
	e2e_command "$E2E_DIR/piped.sh" JAGAAKUN_NOW=$NOW -- "$@"
	{ timeout -k 5 $((3 * E2E_TIMEOUT)) sh "$E2E_DIR/piped.sh" \
	    </dev/null 2>"$E2E_DIR/piped.err"; echo $? >"$E2E_DIR/piped.rc"; } |
	    cat >"$E2E_DIR/pipe.out"
	E2E_STATUS=$(cat "$E2E_DIR/piped.rc")
}

# Say whether $E2E_DIR/$1 is a whole report file (JSON naming the NIP).
is_report()
{
	/usr/bin/python3 - "$1" "$NIP" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["profile"]["nip"] == sys.argv[2], r["profile"]
PY
}

# ------------------------------------------- a link planted in the share

chmod 1777 "$REPORTS"
echo "the official's own notes" >"$E2E_DIR/home/notes.txt"
ln -s "$E2E_DIR/home/notes.txt" "$REPORTS/$NAME"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report
check_eq "a planted link: the report is not written (status 1)" "$E2E_STATUS" 1
check "the file the link names is untouched" \
    grep -qx "the official's own notes" "$E2E_DIR/home/notes.txt"
check "the link is still a link" test -L "$REPORTS/$NAME"
check "it says why it does not replace the name" \
    grep -qF "is a link, a folder, a device or another user's file" \
    "$E2E_DIR/plain.err"
# report exits 8 when it wrote the report of an official who is not
# compliant yet (jagaakun(1)), as every official here is.
rm "$REPORTS/$NAME"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report
check_eq "without it, the report is written (status 8)" "$E2E_STATUS" 8
check "as a report file" is_report "$REPORTS/$NAME"
check "and no temp file is left" \
    test "$(find "$REPORTS" -name '*.tmp.*' | wc -l)" -eq 0

# ------------------------------------------------------ as another user

# Run the program as uid 65534: run_other ARG...  (as run_plain)
run_other()
{
	e2e_saved=$JAGAAKUN
	JAGAAKUN=$E2E_DIR/as-other
	run_plain JAGAAKUN_NOW=$NOW -- "$@"
	JAGAAKUN=$e2e_saved
}
if [ -n "$AS_ROOT" ]; then
	printf '#!/bin/sh\nexec setpriv --reuid=65534 --regid=65534 --clear-groups %s "$@"\n' \
	    "$(e2e_quote "$JAGAAKUN")" >"$E2E_DIR/as-other"
	chmod 755 "$E2E_DIR/as-other"
	chmod 711 "$E2E_DIR"
	# The other user's record, in a folder of theirs.
	OREC=$E2E_DIR/other/rec/record.cfg
	make_record "$OREC" "Budi Santoso" $NIP
	chown -R 65534:65534 "$E2E_DIR/other"
	# A drop-box: they may create a file there, not list or remove.
	BOX=$E2E_DIR/box
	make_site "$E2E_DIR/box.cfg" "$BOX"
	chmod 1733 "$BOX"
	run_other --lang en --site "$E2E_DIR/box.cfg" --record "$OREC" report
	check_eq "a drop-box folder (1733) takes their report (status 8)" \
	    "$E2E_STATUS" 8
	check "the report is in the drop-box" is_report "$BOX/$NAME"
	check_eq "and is theirs" "$(stat -c %u "$BOX/$NAME")" 65534
	# A record folder they cannot write: report still works.  Status 8:
	# written, and the official is not compliant yet.
	chmod 500 "$E2E_DIR/other/rec"
	rm -f "$E2E_DIR/other/rec/record.cfg.lock"
	run_other --lang en --site "$SITE" --record "$OREC" report -o -
	check_eq "a read-only record folder: report works (status 8)" \
	    "$E2E_STATUS" 8
	check "and writes the report" is_report "$E2E_DIR/plain.out"
	check "no lock file was needed" \
	    test ! -e "$E2E_DIR/other/rec/record.cfg.lock"
else
	for c in "a drop-box folder (1733) takes the report" \
	    "a read-only record folder: report works"; do
		skip_check "$c"
	done
fi

# --------------------------------------------------- the record's folder

chmod 777 "$(dirname "$REC")"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report -o -
check_eq "a record folder others can write is refused (status 1)" \
    "$E2E_STATUS" 1
check "with the reason and the folder named" \
    grep -qF "other users can change the record folder (mode 0777)" \
    "$E2E_DIR/plain.err"
chmod 700 "$(dirname "$REC")"

# ------------------------------------------------------------------- -o

if [ -n "$AS_ROOT" ]; then
	mknod "$E2E_DIR/null" c 1 3
	run_plain -- --lang en collect "$DATA/valid.json" -o "$E2E_DIR/null"
	check_eq "collect -o DEVICE: status 0" "$E2E_STATUS" 0
	check "the device node is still a device" test -c "$E2E_DIR/null"
	run_plain -- --lang en handout -o "$E2E_DIR/null"
	check_eq "handout -o DEVICE: status 0" "$E2E_STATUS" 0
	check "it is still a device" test -c "$E2E_DIR/null"
	run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" \
	    report -f csv -o "$E2E_DIR/null"
	check_eq "report -o DEVICE: status 8" "$E2E_STATUS" 8
	check "it is still a device" test -c "$E2E_DIR/null"
else
	for c in "collect -o DEVICE" "handout -o DEVICE" "report -o DEVICE"; do
		skip_check "$c"
	done
fi

mkfifo "$E2E_DIR/fifo"
timeout $((3 * E2E_TIMEOUT)) cat "$E2E_DIR/fifo" >"$E2E_DIR/fifo.out" &
reader=$!
run_plain -- --lang en collect -f json "$DATA/valid.json" -o "$E2E_DIR/fifo"
check_eq "collect -o FIFO: status 0" "$E2E_STATUS" 0
wait $reader
check "the summary came through the FIFO" \
    grep -qF '"accepted": 1' "$E2E_DIR/fifo.out"
check "which is still a FIFO" test -p "$E2E_DIR/fifo"

run_plain -- --lang en collect -f json "$DATA/valid.json" -o -
check_eq "collect -o -: status 0" "$E2E_STATUS" 0
check "the summary goes to standard output" \
    grep -qF '"accepted": 1' "$E2E_DIR/plain.out"
check "no file named '-' is made" test ! -e "$E2E_DIR/-"

run_piped --lang en --site "$SITE" --record "$REC" report -o /dev/stdout
check_eq "report -o /dev/stdout into a pipe: status 8" "$E2E_STATUS" 8
check "the report came through the pipe" is_report "$E2E_DIR/pipe.out"
run_piped --lang en --site "$SITE" --record "$REC" report -o -
check_eq "report -o - into a pipe: status 8" "$E2E_STATUS" 8
check "the report came through" is_report "$E2E_DIR/pipe.out"
run_piped --lang en handout -o /dev/stdout
check_eq "handout -o /dev/stdout into a pipe: status 0" "$E2E_STATUS" 0
check "the handout came through" test -s "$E2E_DIR/pipe.out"

# A link of the user's own is followed, as cp follows it.
mkdir "$E2E_DIR/mine"
echo old >"$E2E_DIR/mine/report.json"
ln -s mine/report.json "$E2E_DIR/link.json"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" \
    report -o "$E2E_DIR/link.json"
check_eq "report -o LINK (the user's own): status 8" "$E2E_STATUS" 8
check "the file it names holds the report" is_report "$E2E_DIR/mine/report.json"
check "the link stays a link" test -L "$E2E_DIR/link.json"

check_no_sanitizer_reports
done_testing
