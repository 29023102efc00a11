#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# po-check: the translation files are up to date with what they translate.
#   1. po/content.pot is what src/tools/content-pot makes of content/;
#   2. po/id.po translates every message of the sources, has no fuzzy
#      entries and none the sources no longer have;
#   3. every file under src/ that marks a message with _("...") is listed
#      in po/POTFILES.in, so xgettext sees it.
# TAP output.  make check sets srcdir, top_srcdir and top_builddir.

: "${top_srcdir:=$(dirname "$0")/..}"
: "${top_builddir:=.}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/po-check.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT PIPE TERM

# Print a result line: result N DESCRIPTION, with $tmp/why (if any) as
# TAP comments under a failure.
result() {
	if [ -s "$tmp/why" ]; then
		echo "not ok $1 - $2"
		sed 's/^/# /' "$tmp/why"
	else
		echo "ok $1 - $2"
	fi
	rm -f "$tmp/why"
}

# Print the msgids of the PO file $1, one a line, leaving out the header.
msgids() {
	awk '
	function unquote(s) {
		sub(/^(#~ )?(msgid )?"/, "", s)
		sub(/"$/, "", s)
		return s
	}
	/^(#~ )?msgid / { id = unquote($0); inid = 1; next }
	inid && /^(#~ )?"/ { id = id unquote($0); next }
	/^(#~ )?msgstr/ { if (inid && id != "") print "  \"" id "\""; inid = 0 }
	' "$1"
}

# Note in $tmp/why the entries of $tmp/merged.po that msgattrib selects
# with the options after the first argument (the heading).
po_select() {
	heading=$1
	shift
	msgattrib "$@" -o "$tmp/selected.po" "$tmp/merged.po" 2>>"$tmp/why"
	if [ -s "$tmp/selected.po" ]; then
		echo "$heading" >>"$tmp/why"
		msgids "$tmp/selected.po" >>"$tmp/why"
	fi
	rm -f "$tmp/selected.po"
}

# Compare po/content.pot with a fresh one from content/.
check_content_pot() {
	tool=$top_builddir/src/tools/content-pot
	if ! "$tool" "$top_srcdir/content" >"$tmp/content.pot" 2>"$tmp/err"; then
		echo "$tool failed on $top_srcdir/content:" >"$tmp/why"
		cat "$tmp/err" >>"$tmp/why"
	elif ! cmp -s "$tmp/content.pot" "$top_srcdir/po/content.pot"; then
		echo "po/content.pot is stale: run \`make update-content-pot\`" \
		    >"$tmp/why"
		diff -u "$top_srcdir/po/content.pot" "$tmp/content.pot" \
		    >>"$tmp/why"
	fi
	result 1 "po/content.pot matches content/"
}

# Print po/POTFILES.in without comments and blank lines.
potfiles() {
	sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' \
	    "$top_srcdir/po/POTFILES.in"
}

# Check po/id.po against a fresh catalogue of the sources.
check_id_po() {
	potfiles >"$tmp/potfiles"
	opts=$(sed -n 's/^XGETTEXT_OPTIONS[[:space:]]*=//p' \
	    "$top_srcdir/po/Makevars")
	# $opts is split into words on purpose: it is a list of options.
	if [ -z "$opts" ]; then
		echo "po/Makevars sets no XGETTEXT_OPTIONS" >"$tmp/why"
	elif ! (cd "$top_srcdir" && xgettext $opts -f "$tmp/potfiles" \
	    -o "$tmp/fresh.pot") 2>"$tmp/err"; then
		echo "xgettext failed:" >"$tmp/why"
		cat "$tmp/err" >>"$tmp/why"
	elif ! msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" \
	    "$top_srcdir/po/id.po" "$tmp/fresh.pot" 2>"$tmp/err"; then
		echo "msgmerge failed:" >"$tmp/why"
		cat "$tmp/err" >>"$tmp/why"
	else
		po_select "untranslated:" --untranslated --no-obsolete
		po_select "fuzzy (check the translation, then drop the flag):" \
		    --only-fuzzy --no-obsolete
		po_select "no longer in the sources (delete them):" \
		    --only-obsolete
		if [ -s "$tmp/why" ]; then
			echo "po/id.po needs work (\`make -C po update-po' merges" \
			    "the new messages in)" >>"$tmp/why"
		fi
	fi
	result 2 "po/id.po translates every message of the sources"
}

# Check every source file that marks a message is in po/POTFILES.in.
check_potfiles() {
	potfiles >"$tmp/potfiles"
	(cd "$top_srcdir" && grep -rlF --include='*.c' --include='*.h' '_("' \
	    src) | LC_ALL=C sort >"$tmp/marked"
	while read -r f; do
		if ! grep -qxF "$f" "$tmp/potfiles"; then
			echo "$f marks messages but is not in po/POTFILES.in" \
			    >>"$tmp/why"
		fi
	done <"$tmp/marked"
	result 3 "every file that marks messages is in po/POTFILES.in"
}

echo "1..3"
check_content_pot
check_id_po
check_potfiles
