#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# scale.sh: `jagaakun collect` over a very large number of reports (a
# province, the whole country), from folders and from zip archives of
# the same folders: its time, its memory per official, and the share of
# the run spent after the worker threads end (the single-threaded
# finish: grouping, sorting and writing the officials table).  Run by
# hand from the source tree, after a build:
#
#	sh bench/scale.sh [N]		(default 1000000 reports)
#
# REPORTS=DIR reuses the reports bench/collect_gen.py wrote there (and
# keeps them); otherwise they are made under a temporary folder ($TMPDIR
# or /tmp; about 4 KB each: 4 GB for a million) that is removed at the
# end.  ZIP=no skips the archives.  Needs python3, GNU time, perf and
# zip; installs nothing.  bench/README explains the method.

set -u

N=${1:-1000000}
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
prog=${JAGAAKUN:-$top/build/src/jagaakun}
python=${PYTHON:-python3}

# Stop with a message on stderr.
die()
{
	echo "scale.sh: $*" >&2
	exit 1
}

[ -x "$prog" ] || die "$prog is not built (set JAGAAKUN)"
for tool in /usr/bin/time perf "$python"; do
	command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"
done
[ "${ZIP:-yes}" = no ] || command -v zip >/dev/null 2>&1 || die "zip is needed (or ZIP=no)"

work=$(mktemp -d "${TMPDIR:-/tmp}/jagaakun-scale.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

reports=${REPORTS:-$work/reports}
if [ ! -d "$reports" ]; then
	echo "Making $N report files in $reports ..."
	"$python" "$here/collect_gen.py" bulk "$N" "$reports" || die "the generator failed"
fi
files=$(find "$reports" -type f -name '*.json' | wc -l)
echo "$files report files, $(du -sh "$reports" | cut -f1), in $reports; $(nproc) CPUs"

# Run collect over $@ once under perf (a sample every 0.5 ms of CPU) and
# GNU time; print its wall time, CPU time, peak memory, the memory per
# official beyond a run over one report, and how long the process ran
# after its last sample in a worker thread.
measure()
{
	label=$1
	shift
	env JAGAAKUN_NOW=2026-11-24T00:00:00Z LANGUAGE=en \
	    JAGAAKUN_CONTENT="$top/content" /usr/bin/time -f '%e %U %S %M' \
	    -o "$work/time" perf record -q -e cpu-clock -F 2000 \
	    -o "$work/perf.data" "$prog" --lang en collect -f csv "$@" \
	    >"$work/out.csv" 2>"$work/err"
	status=$?
	case $status in 0|5) ;; *) cat "$work/err" >&2; die "$label: collect exited with $status" ;; esac
	# The officials table: one row per official after its header row.
	officials=$(($(wc -l <"$work/out.csv") - 1))
	finish=$(perf script -i "$work/perf.data" -F pid,tid,time 2>/dev/null |
	    awk '{ split($1, id, "/"); t = $2 + 0
		if (id[1] != id[2] && t > worker) worker = t
		if (t > last) last = t }
		END { printf "%.2f", last - worker }')
	set -- $(tail -n 1 "$work/time")
	awk -v l="$label" -v e="$1" -v u="$2" -v s="$3" -v m="$4" -v f="$finish" \
	    -v o="$officials" -v n="$files" -v base="$BASE_KIB" 'BEGIN {
		printf "%-8s %7.1f s wall %7.1f s CPU (%5.2f us a report) %8.0f MiB peak\n",
		    l, e, u + s, (u + s) * 1e6 / n, m / 1024
		printf "%-8s %d officials: %.0f bytes each beyond one report'"'"'s run;" \
		    " finish %.2f s, %.1f%% of the run\n", "", o,
		    (m - base) * 1024 / o, f, 100 * f / e }'
}

# The memory of a run over one report: what a run needs whatever it reads.
mkdir "$work/one"
cp "$(find "$reports" -type f -name '*.json' | head -n 1)" "$work/one/"
BASE_KIB=0
measure one "$work/one" >/dev/null
BASE_KIB=$(cut -d' ' -f4 "$work/time")
find "$reports" -type f -name '*.json' -print0 | xargs -0 cat >/dev/null
echo
measure folders "$reports"
measure folders "$reports"
if [ "${ZIP:-yes}" != no ]; then
	mkdir "$work/zips"
	# One archive per top-level folder, as offices would send them.
	for d in "$reports"/*/; do
		(cd "$d" && zip -q -r -1 "$work/zips/$(basename "$d").zip" .) ||
		    die "zip failed"
	done
	echo "$(ls "$work/zips" | wc -l) zip archives, $(du -sh "$work/zips" | cut -f1)"
	cat "$work/zips"/*.zip >/dev/null
	measure zips "$work/zips"
	measure zips "$work/zips"
fi
