#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# merge.sh: how fast `jagaakun collect` merges a province's summaries
# (issue 14: 38 summaries in well under a second).  One city's reports
# (N, default 10000, by bench/collect_gen.py) are collected into a JSON
# summary, which is copied as the summaries of 38 cities; collect merges
# them, keeping the officials still to act and with --no-officials, each
# ROUNDS times (default 3), and the run of median wall-clock time is
# printed (its CPU time and peak memory too) beside the goal.  Run by hand after a build:
#
#	sh bench/merge.sh [N]
#
# The program is $JAGAAKUN or build/src/jagaakun.  Needs python3 and GNU
# time (/usr/bin/time); works under $TMPDIR or /tmp, removed at the end.

set -u

N=${1:-10000}
ROUNDS=${ROUNDS:-3}
CITIES=38
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
prog=${JAGAAKUN:-$top/build/src/jagaakun}
work=$(mktemp -d "${TMPDIR:-/tmp}/merge-bench.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
export JAGAAKUN_CONTENT="$top/content"

python3 "$here/collect_gen.py" bulk "$N" "$work/reports" 1 >/dev/null ||
    { echo "merge.sh: collect_gen.py failed" >&2; exit 1; }
"$prog" --lang en collect -f json -o "$work/city.summary.json" \
    "$work/reports" || { echo "merge.sh: collect failed" >&2; exit 1; }
mkdir "$work/prov"
i=1
# Each city's a summary of its own: collect refuses a second copy of a
# file, so each is made at another second.
while [ "$i" -le "$CITIES" ]; do
	sed "1,3s/\"generated\": \"[^\"]*\"/\"generated\": \"2026-11-24T00:00:$(printf %02d "$i")Z\"/" \
	    "$work/city.summary.json" >"$work/prov/kota-$i.summary.json"
	i=$((i + 1))
done
# Every one merged: the officials are 38 times one city's.
"$prog" --lang en collect -f json -o "$work/prov.json" "$work/prov"/*.json ||
    { echo "merge.sh: the merge refused a summary" >&2; exit 1; }
grep -q "\"officials\": $(sed -n 's/.*"summary": {[^}]*"officials": \([0-9]*\).*/\1/p' \
    "$work/city.summary.json" | awk -v n="$CITIES" '{ print $1 * n }')," \
    "$work/prov.json" || { echo "merge.sh: the officials do not add up" >&2; exit 1; }

# Run the merge (label $1, extra options after it) ROUNDS times; print
# the run of median wall-clock time.
bench()
{
	label=$1
	shift
	r=0
	: >"$work/times"
	while [ "$r" -lt "$ROUNDS" ]; do
		/usr/bin/time -f "%e %U %S %M" -a -o "$work/times" "$prog" \
		    --lang en collect -f json -o /dev/null "$@" \
		    "$work/prov"/*.json || exit 1
		r=$((r + 1))
	done
	sort -n "$work/times" | awk -v what="$label" -v n="$ROUNDS" '
	{ wall[NR] = $1; cpu[NR] = $2 + $3; kb[NR] = $4 }
	END {
		m = int((n + 1) / 2)
		printf "%-14s %.2f s wall, %.2f s CPU, %d MB peak (median of %d; goal: under 1 s)  %s\n",
		    what, wall[m], cpu[m], kb[m] / 1024, n, (wall[m] < 1 ? "met" : "NOT met")
	}'
}

echo "$CITIES summaries of $N reports each ($(wc -c <"$work/city.summary.json") bytes each)"
bench "officials kept"
bench "--no-officials" --no-officials
