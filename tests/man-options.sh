#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# man-options: doc/jagaakun.1 names every option that --help lists, of
# the program and of each command its --help names, and the README
# lists every command (the --help texts are
# made from the table of commands; the manual is written by hand).
# TAP output.  make check sets top_srcdir and top_builddir.
: "${top_srcdir:=$(dirname "$0")/..}"
: "${top_builddir:=.}"
prog=$top_builddir/src/jagaakun
man=$top_srcdir/doc/jagaakun.1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/man-options.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

# Print the long options a --help text on standard input lists.
long_options() {
	sed -n 's/^  \(-., \)\{0,1\} *--\([a-z-]*\).*/\2/p'
}

# Check that the manual names each long option of `$prog $* --help`,
# and for a command, the command itself; test number $1.
check() {
	n=$1
	shift
	: >"$tmp/why"
	if ! "$prog" --lang en "$@" --help >"$tmp/help" 2>&1; then
		echo "$prog $* --help failed" >"$tmp/why"
	fi
	long_options <"$tmp/help" >"$tmp/long"
	[ -s "$tmp/long" ] || echo "$* --help lists no option" >>"$tmp/why"
	for o in $(cat "$tmp/long"); do
		pattern=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
		grep -q "\\\\-\\\\-$pattern\\([^a-z\\\\]\\|\\\\[^-]\\|$\\)" "$man" ||
		    echo "--$o is not in doc/jagaakun.1" >>"$tmp/why"
	done
	if [ $# -gt 0 ] && ! grep -q "^\.B $1\\( \\|\$\\)" "$man"; then
		echo "the command $1 is not in doc/jagaakun.1" >>"$tmp/why"
	fi
	if [ $# -gt 0 ] && ! grep -q "^    jagaakun $1\( \|\$\)" "$top_srcdir/README"; then
		echo "the command $1 is not in the README's list" >>"$tmp/why"
	fi
	if [ -s "$tmp/why" ]; then
		echo "not ok $n - doc/jagaakun.1 names the options of: jagaakun $*"
		sed 's/^/# /' "$tmp/why"
	else
		echo "ok $n - doc/jagaakun.1 names the options of: jagaakun $*"
	fi
}

"$prog" --lang en --help |
    sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p' \
    >"$tmp/commands"
if [ ! -s "$tmp/commands" ]; then
	echo "Bail out! jagaakun --help names no command"
	exit 1
fi
echo "1..$(($(wc -l <"$tmp/commands") + 1))"
check 1
i=1
for c in $(cat "$tmp/commands"); do
	i=$((i + 1))
	check "$i" "$c"
done
