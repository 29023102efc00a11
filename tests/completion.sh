#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# completion: data/jagaakun.bash, driven as bash-completion drives it,
# completes the commands and options the program's --help lists, the
# formats each command's -f accepts, the languages and the files.
# TAP output.  make check sets top_srcdir and top_builddir.
: "${top_srcdir:=$(dirname "$0")/..}"
: "${top_builddir:=.}"
bc=/usr/share/bash-completion/bash_completion
if [ ! -r "$bc" ] || ! command -v bash >/dev/null 2>&1; then
	echo "1..0 # SKIP bash-completion is not installed (apt-get install bash-completion)"
	exit 0
fi
prog_dir=$(cd "$top_builddir/src" && pwd)
script=$(cd "$top_srcdir/data" && pwd)/jagaakun.bash
tmp=$(mktemp -d "${TMPDIR:-/tmp}/completion.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM
touch "$tmp/site.cfg" "$tmp/notes.txt"
mkdir "$tmp/laporan"

# Print what completing the words "$@" (the last one is being typed)
# offers, one a line, sorted.
complete_words() {
	(cd "$tmp" && PATH="$prog_dir:$PATH" bash -c '
	    . "$1"; . "$2"; shift 2
	    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
	    COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
	    _jagaakun jagaakun "${COMP_WORDS[COMP_CWORD]}" \
	        "${COMP_WORDS[COMP_CWORD - 1]}"
	    printf "%s\n" "${COMPREPLY[@]}"' sh "$bc" "$script" "$@" 2>/dev/null) |
	    sort
}

n=0
# check DESCRIPTION WANT WORD...: what completing WORD... offers is WANT
# (words separated by spaces, sorted).
check() {
	n=$((n + 1))
	what=$1 want=$2
	shift 2
	got=$(complete_words "$@" | tr '\n' ' ' | sed 's/ $//')
	if [ "$got" = "$want" ]; then
		echo "ok $n - $what"
	else
		echo "not ok $n - $what"
		echo "#   want: $want"
		echo "#   got:  $got"
	fi
}

# The program's own lists: its commands, and the long options of a
# command's --help.
commands=$("$prog_dir/jagaakun" --lang en --help |
    sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\).*/\1/p' | sort | tr '\n' ' ' |
    sed 's/ $//')
options() {
	"$prog_dir/jagaakun" --lang en "$@" --help |
	    sed -n 's/^  \(-., \)\{0,1\} *\(--[a-z-]*=\{0,1\}\).*/\2/p' | sort |
	    tr '\n' ' ' | sed 's/ $//'
}

echo "1..13"
check "the commands, from --help" "$commands" jagaakun ""
check "a command from its start" "check-content check-site" jagaakun check
check "the options before a command" "$(options)" jagaakun --
check "report's options" "$(options report)" jagaakun report --
check "collect's options, after an option before the command" \
    "$(options collect)" jagaakun --lang en collect --
check "the languages" "en id" jagaakun --lang ""
for cmd in report collect handout; do
	# Every format offered is one the command's -f help names, and the
	# other way round.
	named=$("$prog_dir/jagaakun" --lang en $cmd --help |
	    sed -n '/--format=/,/^  -/p' | grep -oE '\b(json|text|csv|xlsx|md|html)\b' |
	    sort -u | tr '\n' ' ' | sed 's/ $//')
	check "$cmd -f: the formats its --help names" "$named" jagaakun $cmd -f ""
done
check "the platforms of handout -p" "android iphone web" jagaakun handout -p ""
check "check-site: folders and .cfg files" "laporan site.cfg" jagaakun check-site ""
check "--site: files" "laporan notes.txt site.cfg" jagaakun --site ""
check "check-content: folders only" "laporan" jagaakun check-content ""
