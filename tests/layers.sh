#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# The folders of src/ are layers, lowest first:
#
#   base      knows nothing of the domain (memory, UTF-8, width, JSON, time)
#   os        what the operating system does (files, locks, default places)
#   model     the domain in memory: content, site settings, the record
#   exchange  the files other people read: reports, incidents, exports,
#             handouts, and collect reading reports back
#   nav       what each action does on each screen, drawing nothing
#   ui        the curses screens
#   plain     the line-by-line front end (--plain), beside ui: the two
#             front ends share nav and nothing of each other's
#   cmd       one file a command; src/main.c and src/lazylib.c sit above
#             it; tools/ are programs of their own at the same height
#
# A file may include headers of its own layer and of lower ones only, and
# curses is included in ui/ alone.  Each rule is one TAP test; a broken
# rule lists every include that breaks it as "file:line: include".
: "${top_srcdir:=$(dirname "$0")/..}"
src=$top_srcdir/src

rank() {
	case $1 in
	base) echo 0 ;;
	os) echo 1 ;;
	model) echo 2 ;;
	exchange) echo 3 ;;
	nav) echo 4 ;;
	ui | plain) echo 5 ;;
	cmd | tools) echo 6 ;;
	.) echo 7 ;;
	*) echo 99 ;;
	esac
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/layers.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

echo 1..3

# 1. Every source file sits in a known layer.
(cd "$src" && find . -name '*.[ch]') | sed 's|^\./||' | sort >"$tmp/files"
: >"$tmp/why"
while read -r f; do
	dir=$(dirname "$f")
	[ "$(rank "$dir")" = 99 ] && echo "$f: in no layer" >>"$tmp/why"
done <"$tmp/files"
if [ -s "$tmp/why" ] || [ ! -s "$tmp/files" ]; then
	echo "not ok 1 - every source file is in a layer"
	sed 's/^/# /' "$tmp/why"
else
	echo "ok 1 - every source file is in a layer"
fi

# 2. No include reaches up.
: >"$tmp/why"
while read -r f; do
	own=$(rank "$(dirname "$f")")
	grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$src/$f" |
	while IFS= read -r line; do
		inc=$(printf '%s\n' "$line" | sed 's/.*include[[:space:]]*"\([^"]*\)".*/\1/')
		case $inc in
		config.h) continue ;;
		*/*) layer=${inc%%/*} ;;
		*) layer=$(dirname "$f") ;;
		esac
		if [ ! -f "$src/$inc" ] && [ ! -f "$src/$(dirname "$f")/$inc" ]; then
			echo "src/$f:${line%%:*}: $inc: no such header in src/"
		elif [ "$(rank "$layer")" -gt "$own" ]; then
			echo "src/$f:${line%%:*}: $inc: a higher layer"
		elif [ "$(rank "$layer")" = "$own" ] &&
		    [ "$layer" != "$(dirname "$f")" ]; then
			echo "src/$f:${line%%:*}: $inc: the other front end"
		fi
	done >>"$tmp/why"
done <"$tmp/files"
if [ -s "$tmp/why" ]; then
	echo "not ok 2 - no layer includes a higher one"
	sed 's/^/# /' "$tmp/why"
else
	echo "ok 2 - no layer includes a higher one"
fi

# 3. Curses only in ui/.
: >"$tmp/why"
while read -r f; do
	case $f in ui/*) continue ;; esac
	grep -n '#[[:space:]]*include[[:space:]]*<n\{0,1\}cursesw\{0,1\}\.h>' \
	    "$src/$f" | sed "s|^|src/$f:|" >>"$tmp/why"
done <"$tmp/files"
if [ -s "$tmp/why" ]; then
	echo "not ok 3 - curses is included in ui/ only"
	sed 's/^/# /' "$tmp/why"
else
	echo "ok 3 - curses is included in ui/ only"
fi
