#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# Run one libFuzzer target for $FUZZ_SECONDS (60 by default), as a TAP test
# that fails on any finding: a crash, a sanitizer's report, a broken check,
# a leak, a time-out or running out of memory.
#
#   sh tests/fuzz/run.sh tests/fuzz/NAME.fuzz
#
# The target starts from its seeds, $top_srcdir/tests/fuzz/corpus/NAME/,
# and from what earlier runs here found, tests/fuzz/NAME.work/, where new
# inputs go (the seeds in the source tree are never written).  A finding
# is saved as tests/fuzz/NAME-crash-... (or -leak-, -timeout-, -oom-):
# fix it, then add the file to the seeds so make check replays it.
set -u

target=$1
name=$(basename "$target" .fuzz)
dir=$(dirname "$target")
seeds=${top_srcdir:-.}/tests/fuzz/corpus/$name
work=$dir/$name.work
out=$dir/$name.out
seconds=${FUZZ_SECONDS:-60}
# The words of the format the target reads, for the mutations to use.
case $name in
content|record|scenario|site) dict=-dict=${top_srcdir:-.}/tests/fuzz/cfg.dict ;;
incident|json|report|summary) dict=-dict=${top_srcdir:-.}/tests/fuzz/json.dict ;;
roster) dict=-dict=${top_srcdir:-.}/tests/fuzz/csv.dict ;;
*) dict= ;;
esac

# The targets' scratch files go to a folder of this run, removed at the
# end even when a finding stopped the target before it could; in memory
# when possible, as a run writes thousands a second.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
	TMPDIR=/dev/shm
fi
TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/jagaakun-fuzz-$name.XXXXXX") || exit 1
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
# libconfig's own leaks (see the file) are not findings.  They still make
# libFuzzer look for leaks after a run (until it gives up after 1000),
# and a look scans the whole heap: a small quarantine of freed memory
# and short allocation stacks make it a hundred times faster, while a
# use after free within a run is still caught.
LSAN_OPTIONS=suppressions=${top_srcdir:-.}/tests/fuzz/lsan.supp:print_suppressions=0
ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=1:malloc_context_size=10}
export LSAN_OPTIONS ASAN_OPTIONS

mkdir -p "$work"
echo 1..1
start=$(date +%s)
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
	-print_final_stats=1 -artifact_prefix="$dir/$name-" \
	$dict "$work" "$seeds" >"$out" 2>&1
status=$?
took=$(($(date +%s) - start))

stat() {
	sed -n "s/^stat::$1: *//p" "$out" | tail -n 1
}
runs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
echo "# $name: ${runs:-?} runs in $took s (${rate:-?} a second)," \
	"$(stat new_units_added) new inputs, peak $(stat peak_rss_mb) MB"
if [ "$status" -eq 0 ]; then
	echo "ok 1 - $name: no finding in $seconds s"
	exit 0
fi
# The finding: what came just before the report (a broken check, a
# library's last words), the report's summary, and the input.
{
	grep -B 3 -m 1 'ERROR' "$out"
	grep -E '^SUMMARY|Test unit written' "$out"
} | head -n 20 | sed 's/^/# /'
echo "not ok 1 - $name: a finding (status $status; see $out)"
exit 1
