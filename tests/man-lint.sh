#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# man-lint: the manual pages as installed (man/, written from doc/ with
# the configured places) are clean for mandoc -T lint (warnings and
# worse) and groff -ww, have every @PLACE@ filled in, and jagaakun(1)
# documents every environment variable the sources read.
# TAP output.  make check sets top_srcdir and top_builddir.
: "${top_srcdir:=$(dirname "$0")/..}"
: "${top_builddir:=.}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/man-lint.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

for tool in mandoc groff; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "1..0 # SKIP $tool is not installed (apt-get install mandoc groff)"
		exit 0
	fi
done

pages=$(ls "$top_builddir"/man/*.[0-9] 2>/dev/null)
if [ -z "$pages" ]; then
	echo "Bail out! no manual page in $top_builddir/man"
	exit 1
fi
n=0
echo "1..$(($(echo "$pages" | wc -l) * 3 + 1))"

# result DESCRIPTION: ok unless $tmp/why has something.
result() {
	n=$((n + 1))
	if [ -s "$tmp/why" ]; then
		echo "not ok $n - $1"
		sed 's/^/# /' "$tmp/why"
	else
		echo "ok $n - $1"
	fi
	: >"$tmp/why"
}

: >"$tmp/why"
for page in $pages; do
	name=$(basename "$page")
	mandoc -T lint -W warning "$page" >"$tmp/why" 2>&1
	result "$name: mandoc -T lint -W warning is silent"
	groff -ww -z -man "$page" >"$tmp/why" 2>&1
	result "$name: groff -ww is silent"
	grep -n '@[A-Z_]*@' "$page" >"$tmp/why"
	result "$name: every configured place is filled in"
done

# The variables the sources read: getenv("NAME") and the XDG_* names
# that fsutil looks up through its table.
grep -rhoE 'getenv\("[A-Z_]+"\)|"XDG_[A-Z_]+"' "$top_srcdir/src" |
    sed 's/^getenv(//; s/)$//; s/"//g' | sort -u >"$tmp/vars"
sed -n '/^\.SH ENVIRONMENT/,/^\.SH /p' "$top_builddir/man/jagaakun.1" \
    >"$tmp/env"
for v in $(cat "$tmp/vars"); do
	grep -q "\\(^\\.B \\|\\\\fB\\)$v\\(\\\\fR\\|\$\\)" "$tmp/env" ||
	    echo "$v is read by the sources but not in ENVIRONMENT" >>"$tmp/why"
done
result "jagaakun.1 documents every environment variable the sources read"
