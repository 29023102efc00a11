#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# licence: every source file (C, shell, Python, the build files) carries
# the SPDX line of the licence in COPYING, and COPYING is the GPL-3.0.
# TAP output.  make check sets top_srcdir.
: "${top_srcdir:=$(dirname "$0")/..}"
tmp=$(mktemp "${TMPDIR:-/tmp}/licence.XXXXXX") || exit 99
trap 'rm -f "$tmp"' EXIT
echo "1..2"
if grep -q 'GNU GENERAL PUBLIC LICENSE' "$top_srcdir/COPYING" &&
    grep -q 'Version 3, 29 June 2007' "$top_srcdir/COPYING"; then
	echo "ok 1 - COPYING is the GPL version 3"
else
	echo "not ok 1 - COPYING is the GPL version 3"
fi
for d in src tests scripts bench .ci data; do
	[ -d "$top_srcdir/$d" ] || continue
	find "$top_srcdir/$d" -type f \( -name '*.c' -o -name '*.h' -o \
	    -name '*.sh' -o -name '*.py' -o -name '*.bash' -o -name run \) \
	    ! -path '*/corpus/*' ! -path '*/data/*'
done | while read -r f; do
	head -n 4 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' ||
	    echo "${f#"$top_srcdir"/}" >>"$tmp"
done
for f in configure.ac Makefile.am; do
	head -n 4 "$top_srcdir/$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' ||
	    echo "$f" >>"$tmp"
done
if [ -s "$tmp" ]; then
	echo "not ok 2 - every source file names its licence (SPDX)"
	sed 's/^/# no SPDX line: /' "$tmp"
else
	echo "ok 2 - every source file names its licence (SPDX)"
fi
