#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# startup.sh: how fast jagaakun draws its first screen and how much memory
# it takes to get there, side by side with dialog --checklist showing the
# module titles.  Run by hand from the source tree, after a build:
#
#	sh bench/startup.sh [RUNS]		(default 20 runs of each)
#
# The program is $JAGAAKUN or build/src/jagaakun; the content is
# $JAGAAKUN_CONTENT or content/.  With BASELINE=PROGRAM (another build,
# say of an older commit) that program takes its turns too and the ratio
# of the two medians is printed; BASELINE_CONTENT names its content when
# it cannot read this tree's.  Needs tmux and dialog (installed by
# scripts/setup.sh); installs nothing.  bench/README explains the method.

set -u

RUNS=${1:-20}
POLL=0.01	# seconds between two looks at the screen
LIMIT=500	# looks before a run counts as failed (at least 5 s)
COLS=80 ROWS=24
PATH_PINNED=/usr/local/bin:/usr/bin:/bin

here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
prog=${JAGAAKUN:-$top/build/src/jagaakun}
content=${JAGAAKUN_CONTENT:-$top/content}
baseline=${BASELINE:-}
# The content the baseline reads: an older build may not read this tree's.
baseline_content=${BASELINE_CONTENT:-$content}

# Stop with a message on stderr.
die()
{
	echo "startup.sh: $*" >&2
	exit 1
}

case $RUNS in
''|*[!0-9]*|0) die "the number of runs must be a positive integer, not '$RUNS'" ;;
esac
for tool in tmux dialog; do
	command -v $tool >/dev/null 2>&1 ||
	    die "$tool is needed (scripts/setup.sh installs it)"
done
[ -x "$prog" ] || die "no program at $prog: build it, or set JAGAAKUN"
[ -z "$baseline" ] || [ -x "$baseline" ] || die "BASELINE=$baseline is not a program"
[ -d "$content/modules" ] || die "no content at $content: set JAGAAKUN_CONTENT"
case $(date +%N) in
*[!0-9]*|'') die "date +%N does not give nanoseconds here" ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/jagaakun-bench.XXXXXX") || die "mktemp failed"
T="tmux -S $tmp/sock -f /dev/null"
trap '$T kill-server >/dev/null 2>&1; rm -rf "$tmp"' EXIT
trap 'exit 130' INT HUP TERM

# The module titles, for dialog to show as a comparable list.
grep -h '^title = ' "$content"/modules/*.cfg |
    sed 's/^title = "\(.*\)";[[:space:]]*$/\1/' >"$tmp/titles"
[ -s "$tmp/titles" ] || die "no module titles found in $content/modules"
# The list box of a ROWS-line dialog shows ROWS - 8 items: the needle is
# the last of those shown, so the whole visible list has been drawn.
list_rows=$((ROWS - 8))
last_title=$(head -n $list_rows "$tmp/titles" | tail -n 1)
set --
i=0
while IFS= read -r title; do
	i=$((i + 1))
	set -- "$@" "$i" "$title" off
done <"$tmp/titles"
n_items=$i

# One idle session keeps the server up, so no run pays for starting it.
$T new-session -d -s idle -x $COLS -y $ROWS 'read x' || die "tmux failed"

# Time one run of a program in a fresh session:
#	run_one NAME NEEDLE QUITKEY COMMAND [ARG]...
# Appends "milliseconds kib" to $tmp/NAME, where milliseconds runs from
# just before tmux starts the program to the first look at the screen
# that shows NEEDLE, and kib is the program's peak resident memory
# (VmHWM) at that moment.
run_one()
{
	name=$1 needle=$2 quit=$3
	shift 3
	t0=$(date +%s%N)
	$T new-session -d -s run -x $COLS -y $ROWS "$@" \; \
	    set-option -t run remain-on-exit on || die "tmux failed"
	looks=0
	until $T capture-pane -p -t run | grep -qF -- "$needle"; do
		looks=$((looks + 1))
		if [ $looks -ge $LIMIT ]; then
			echo "startup.sh: $name never showed '$needle'; the screen was:" >&2
			$T capture-pane -p -t run >&2
			exit 1
		fi
		sleep $POLL
	done
	t1=$(date +%s%N)
	pid=$($T display-message -p -t run '#{pane_pid}')
	kib=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
	$T send-keys -t run "$quit"
	looks=0
	while [ "$($T display-message -p -t run '#{pane_dead}')" != 1 ] &&
	    [ $looks -lt $LIMIT ]; do
		looks=$((looks + 1))
		sleep $POLL
	done
	$T kill-session -t run
	echo "$(( (t1 - t0) / 1000000 )) ${kib:-0}" >>"$tmp/$name"
}

# One run of jagaakun program $2 with content $3 as NAME $1, on a fresh
# record.
run_jagaakun()
{
	rm -rf "$tmp/rec"
	run_one "$1" "$JAGAAKUN_NEEDLE" q env -i "PATH=$PATH_PINNED" \
	    "HOME=$tmp" TERM=xterm-256color LC_ALL=C.UTF-8 \
	    "JAGAAKUN_CONTENT=$3" "$2" --record "$tmp/rec/record.cfg"
}

# One run of each program.
run_pair()
{
	run_jagaakun jagaakun "$prog" "$content"
	[ -z "$baseline" ] || run_jagaakun baseline "$baseline" "$baseline_content"
	run_one dialog "$last_title" Escape env -i "PATH=$PATH_PINNED" \
	    "HOME=$tmp" TERM=xterm-256color LC_ALL=C.UTF-8 \
	    dialog --title jagaakun --checklist "Modules" $ROWS $COLS \
	    $((n_items < list_rows ? n_items : list_rows)) "$@"
}

# What the first screen of a fresh record shows (the language screen).
JAGAAKUN_NEEDLE=${JAGAAKUN_NEEDLE:-Bahasa Indonesia}

# Print "median p90" of column $1 of file $2 (nearest rank).
stats()
{
	awk -v c="$1" '{ print $c }' "$2" | sort -n | awk '
	    { v[NR] = $1 }
	    END {
		m = int((NR + 1) / 2); p = int((9 * NR + 9) / 10)
		if (p > NR) p = NR
		print v[m], v[p]
	    }'
}

echo "startup.sh: $RUNS runs each in a ${COLS}x$ROWS tmux pane, screen polled every ${POLL}s"
echo "jagaakun: $prog"
echo "dialog:   $(command -v dialog) ($(dialog --version 2>&1 | sed 's/^Version: //'))"
if ldd "$prog" 2>/dev/null | grep -qE 'lib(a|ub)san'; then
	echo "warning: $prog is a sanitizer build; its figures mean little" >&2
fi

run_pair "$@"			# warm-up: not counted
rm -f "$tmp/jagaakun" "$tmp/baseline" "$tmp/dialog"
i=0
while [ $i -lt "$RUNS" ]; do
	run_pair "$@"
	i=$((i + 1))
done

set -- $(stats 1 "$tmp/jagaakun") $(stats 2 "$tmp/jagaakun")
j_med=$1 j_p90=$2 j_kib=$3
set -- $(stats 1 "$tmp/dialog") $(stats 2 "$tmp/dialog")
d_med=$1 d_p90=$2 d_kib=$3

echo
printf '%-10s %16s %14s %18s\n' program "first screen p50" "p90" "peak RSS p50"
printf '%-10s %13s ms %11s ms %14s KiB\n' jagaakun "$j_med" "$j_p90" "$j_kib"
printf '%-10s %13s ms %11s ms %14s KiB\n' dialog "$d_med" "$d_p90" "$d_kib"
if [ -n "$baseline" ]; then
	set -- $(stats 1 "$tmp/baseline") $(stats 2 "$tmp/baseline")
	printf '%-10s %13s ms %11s ms %14s KiB\n' baseline "$1" "$2" "$3"
	awk -v j="$j_med" -v b="$1" -v jk="$j_kib" -v bk="$3" 'BEGIN {
		printf "\njagaakun / baseline = %.2f in time, %.2f in peak RSS" \
		    " (baseline: %s)\n", (b > 0 ? j / b : 0), (bk > 0 ? jk / bk : 0), \
		    ENVIRON["BASELINE"]
	}'
fi
echo

# A difference below one poll (10 ms) cannot be measured: call it a tie.
if [ "$j_med" -le $((d_med + 10)) ]; then
	speed="met (not slower than dialog)"
else
	speed="NOT met ($((j_med - d_med)) ms slower than dialog)"
fi
if [ "$j_kib" -le "$d_kib" ]; then
	memory="met (no more memory than dialog)"
else
	memory="NOT met ($((j_kib - d_kib)) KiB more than dialog)"
fi
echo "verdict: startup $speed; memory $memory"
