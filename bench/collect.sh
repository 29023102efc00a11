#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# collect.sh: how fast `jagaakun collect` reads many report files, side by
# side with `cat` of the same files (the floor: reading them at all) and
# with a short Python reference (bench/collect_ref.py) that computes the
# same summary; and `collect --roster` with a roster of N + N/5 officials
# (the N/5 never report) beside plain collect: the roster may add at most
# 10% to the time; and the CPU time collect spends on each report beside
# what bench/floor (open, fstat, read and close of each of the same
# files, on collect's two threads) spends on each file.  Run by hand from
# the source tree, after a build:
#
#	sh bench/collect.sh [N]		(default 100000 report files)
#
# Each command runs ROUNDS times (default 3), taking turns; the medians
# are compared.
#
# The program is $JAGAAKUN or build/src/jagaakun.  With BASELINE=PROGRAM
# (another build, say of an older commit) that program takes its turns
# too, its output must be the same byte for byte (unless
# BASELINE_OUTPUT=any), and the ratio of the two medians is printed.  The reports are made by
# bench/collect_gen.py under a temporary folder ($TMPDIR or /tmp; about
# 4 KB each, so 100,000 take 400 MB) that is removed at the end.  Needs
# python3 and GNU time (/usr/bin/time); installs nothing.  bench/README
# explains the method.

set -u

N=${1:-100000}
ROUNDS=${ROUNDS:-3}
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
prog=${JAGAAKUN:-$top/build/src/jagaakun}
floor=${FLOOR:-$(dirname "$(dirname "$prog")")/bench/floor}
baseline=${BASELINE:-}	# BASELINE_OUTPUT=any: a change of output is expected
python=${PYTHON:-python3}

# Stop with a message on stderr.
die()
{
	echo "collect.sh: $*" >&2
	exit 1
}

[ -x "$prog" ] || die "$prog is not built (set JAGAAKUN)"
[ -x "$floor" ] || die "$floor is not built (make builds bench/floor; or set FLOOR)"
[ -z "$baseline" ] || [ -x "$baseline" ] || die "BASELINE=$baseline is not a program"
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is needed"
command -v "$python" >/dev/null 2>&1 || die "python3 is needed"

work=$(mktemp -d "${TMPDIR:-/tmp}/jagaakun-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Time a command once: run NAME COMMAND [ARG]...; appends "SECONDS KIB
# STATUS" to $work/NAME.runs and its CPU seconds (user + system) to
# $work/NAME.cpu.  Its stdout goes to $work/NAME.out.
run()
{
	name=$1
	shift
	/usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" "$@" \
	    >"$work/$name.out" 2>"$work/$name.err"
	status=$?
	# GNU time puts "Command exited with non-zero status N" first.
	set -- $(tail -n 1 "$work/$name.time")
	echo "$1 $2 $status" >>"$work/$name.runs"
	echo "$3 $4" | awk '{ printf "%.2f\n", $1 + $2 }' >>"$work/$name.cpu"
}

# The median CPU seconds of NAME's runs.
median_cpu()
{
	sort -n "$work/$1.cpu" | awk -v n="$ROUNDS" 'NR == int((n + 1) / 2)'
}

# Print NAME's median run as a table row; sets SECONDS_NAME and KIB_NAME.
median()
{
	name=$1
	set -- $(sort -n "$work/$name.runs" | awk -v n="$ROUNDS" 'NR == int((n + 1) / 2)')
	secs=$1 kib=$2
	all=$(cut -d' ' -f1 "$work/$name.runs" | tr '\n' ' ')
	printf '%-10s %9s s %10s KiB   (exit %s; runs: %s)\n' "$name" "$secs" \
	    "$kib" "$3" "$all"
	eval "SECONDS_$name=\$secs KIB_$name=\$kib"
}

# cat every report file, in batches, as collect reads them.
cat_all()
{
	find "$work/reports" -type f -name '*.json' -print0 | xargs -0 cat
}

EXTRA=$((N / 5))
echo "Making $N report files in $work/reports, and a roster of $((N + EXTRA)) ..."
"$python" "$here/collect_gen.py" bulk "$N" "$work/reports" || die "the generator failed"
"$python" "$here/collect_gen.py" roster "$N" "$EXTRA" "$work/roster.csv" ||
    die "the generator failed"
echo "$(du -sh "$work/reports" | cut -f1) in $(find "$work/reports" -type f | wc -l) files;" \
    "$(nproc) CPUs; $prog"
cat_all >/dev/null	# warm the page cache: every run reads from memory
# The files collect reads, in the order it walks them, for bench/floor.
find "$work/reports" -type f -name '*.json' | LC_ALL=C sort >"$work/files.list"
FILES=$(wc -l <"$work/files.list")

# Run program $2 as NAME $1 over the reports, with options $3..., and
# the content of this tree (collect judges "not applicable" marks by it);
# stop when it fails (5, some rows of the roster skipped, is not failing).
run_collect()
{
	name=$1 program=$2
	shift 2
	run "$name" env JAGAAKUN_NOW=2026-11-24T00:00:00Z LANGUAGE=en \
	    JAGAAKUN_CONTENT="$top/content" \
	    "$program" --lang en collect -f csv "$@" "$work/reports"
	case $status in
	0|5) ;;
	*) cat "$work/$name.err" >&2
	   die "$name: $program exited with status $status" ;;
	esac
}

# They take turns, ROUNDS times, so a slow spell of the machine does not
# fall on one of them only; the medians are compared.
names="cat floor collect roster${baseline:+ baseline} reference"
i=0
while [ "$i" -lt "$ROUNDS" ]; do
	run cat sh -c "$(command -v find) '$work/reports' -type f -name '*.json' \
	    -print0 | xargs -0 cat >/dev/null"
	run floor "$floor" -j 2 "$work/files.list"
	[ "$status" -eq 0 ] || { cat "$work/floor.err" >&2; die "bench/floor failed"; }
	# collect and roster swap places every other round, so that neither
	# always runs in the other's wake.
	if [ $((i % 2)) -eq 0 ]; then
		run_collect collect "$prog"
		run_collect roster "$prog" --roster "$work/roster.csv"
	else
		run_collect roster "$prog" --roster "$work/roster.csv"
		run_collect collect "$prog"
	fi
	[ -z "$baseline" ] || run_collect baseline "$baseline"
	run reference "$python" "$here/collect_ref.py" "$work/reports"
	i=$((i + 1))
done
echo
printf '%-10s %11s %14s   (median of %s runs)\n' "" "elapsed" "peak RSS" "$ROUNDS"
for name in $names; do
	median "$name"
done
if [ -n "$baseline" ] && [ "${BASELINE_OUTPUT:-same}" = same ] &&
    ! cmp -s "$work/collect.out" "$work/baseline.out"; then
	echo "MISMATCH: $prog and $baseline wrote different summaries" >&2
	diff "$work/baseline.out" "$work/collect.out" | head -20 >&2
	exit 1
fi

# A CSV summary holds one table (the officials); its other tables are
# written as files into a folder (-o FOLDER/).  Print those files as
# the blocks of an export with every table (and the reference): an empty
# row, the title, the table.
tables()
{
	dir=$1
	shift
	env JAGAAKUN_NOW=2026-11-24T00:00:00Z LANGUAGE=en \
	    JAGAAKUN_CONTENT="$top/content" "$prog" --lang en collect -f csv \
	    -o "$dir/" "$@" "$work/reports" 2>/dev/null
	case $? in 0|5) ;; *) die "collect -o $dir/ failed" ;; esac
	for t in "units:Work units" "modules:Completion per module" \
	    "roster_units:Roster per work unit"; do
		[ -f "$dir/${t%%:*}.csv" ] || continue
		printf '\r\n%s\r\n' "${t#*:}"
		cat "$dir/${t%%:*}.csv"
	done
}
tables "$work/tables" >"$work/collect.out"
tables "$work/roster-tables" --roster "$work/roster.csv" >"$work/roster.out"

# The two summaries must agree: compare the work units and the module
# completion, as sorted rows.
blocks()
{
	tr -d '\r' <"$1" | sed 's/^\xEF\xBB\xBF//' | awk -F';' -v want="$2" '
		/^$/ { block = ""; next }
		block == "" { block = $0; header = 1; next }
		header { header = 0; next }
		block == "Work units" && want == "units" { print $1 ";" $2 ";" $3 ";" $4 }
		block == "Roster per work unit" && want == "roster" { print }
		block == "Completion per module" && want == "modules" {
			# unit, module, finished, total: the summary has a
			# column of the finished that are not applicable.
			if (NF == 8) print $1 ";" $3 ";" $5 ";" $7
			else if (NF == 7) print $1 ";" $3 ";" $5 ";" $6
			else print
		}' | sort
}
for b in units modules; do
	blocks "$work/collect.out" $b >"$work/collect.$b"
	blocks "$work/reference.out" $b >"$work/reference.$b"
	if [ ! -s "$work/collect.$b" ] || ! cmp -s "$work/collect.$b" "$work/reference.$b"; then
		echo "MISMATCH: collect and the reference disagree on $b" >&2
		diff "$work/collect.$b" "$work/reference.$b" | head -20 >&2
		exit 1
	fi
done
echo "The summaries agree ($(wc -l <"$work/collect.units") work units," \
    "$(wc -l <"$work/collect.modules") unit-module rows)."

# The roster's figures too, against one more (untimed) run of the
# reference with the roster.
"$python" "$here/collect_ref.py" --roster "$work/roster.csv" "$work/reports" \
    >"$work/reference-roster.out" || die "the reference failed on the roster"
blocks "$work/roster.out" roster >"$work/collect.roster"
blocks "$work/reference-roster.out" roster >"$work/reference.roster"
if [ ! -s "$work/collect.roster" ] ||
    ! cmp -s "$work/collect.roster" "$work/reference.roster"; then
	echo "MISMATCH: collect --roster and the reference disagree on the roster" >&2
	diff "$work/collect.roster" "$work/reference.roster" | head -20 >&2
	exit 1
fi
awk -F';' '{ e += $2; r += $3; c += $4; n += $6 } END {
	printf "The roster figures agree: %d expected, %d reported, %d compliant, %d not yet reported.\n", e, r, c, n
}' "$work/collect.roster"

echo
awk -v cat="$SECONDS_cat" -v col="$SECONDS_collect" -v ref="$SECONDS_reference" 'BEGIN {
	r1 = cat > 0 ? col / cat : 0
	r2 = col > 0 ? ref / col : 0
	printf "collect / cat       = %.2f  (goal: at most 1.5)  %s\n", r1, (r1 <= 1.5 ? "met" : "NOT met")
	printf "reference / collect = %.1f  (goal: at least 8)    %s\n", r2, (r2 >= 8 ? "met" : "NOT met")
}'
awk -v col="$SECONDS_collect" -v ros="$SECONDS_roster" 'BEGIN {
	r = col > 0 ? ros / col : 0
	printf "roster / collect    = %.3f (goal: at most 1.10)  %s\n", r, (r <= 1.10 ? "met" : "NOT met")
}'
# CPU time: collect's per report beside the floor's per file, both the
# median of their runs, both on two threads.
CPU_collect=$(median_cpu collect) CPU_floor=$(median_cpu floor)
awk -v c="$CPU_collect" -v f="$CPU_floor" -v n="$FILES" -v files="$FILES" 'BEGIN {
	pc = n > 0 ? c / n * 1e6 : 0
	pf = files > 0 ? f / files * 1e6 : 0
	r = pf > 0 ? pc / pf : 0
	printf "CPU (user + system, median): collect %.2f s = %.1f us a report;" \
	    " floor %.2f s = %.2f us a file\n", c, pc, f, pf
	printf "collect / floor     = %.1f  (CPU a report over CPU a file; goal: at most 3)  %s\n",
	    r, (r <= 3 ? "met" : "NOT met")
}'
if [ -n "$baseline" ]; then
	if [ "${BASELINE_OUTPUT:-same}" = same ]; then
		echo "baseline: $baseline (the same summary, byte for byte)"
	else
		echo "baseline: $baseline (its summary not compared: BASELINE_OUTPUT=any)"
	fi
	awk -v col="$SECONDS_collect" -v base="$SECONDS_baseline" -v ck="$KIB_collect" \
	    -v bk="$KIB_baseline" 'BEGIN {
		printf "collect / baseline  = %.2f in time, %.2f in peak RSS\n",
		    (base > 0 ? col / base : 0), (bk > 0 ? ck / bk : 0)
	}'
fi
