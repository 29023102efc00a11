#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# po-glossary: po/id.po writes one term for each idea of po/GLOSSARY.
#   1. po/GLOSSARY is well formed, and no chosen term of one idea is a
#      variant another idea rejects;
#   2. the check finds a rejected variant in a made-up catalogue, and
#      leaves alone the chosen terms, the allowed phrases and quoted text;
#   3. no msgstr of po/id.po holds a variant that po/GLOSSARY rejects.
# How a variant is matched is described at the top of po/GLOSSARY.
# A failure names the msgid, its first source reference, the variant and
# the term to write.  TAP output.  make check sets top_srcdir.

: "${top_srcdir:=$(dirname "$0")/..}"
: "${AWK:=awk}"
glossary=$top_srcdir/po/GLOSSARY
po=$top_srcdir/po/id.po

tmp=$(mktemp -d "${TMPDIR:-/tmp}/po-glossary.XXXXXX") || exit 99
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

# check MODE GLOSSARY [PO]: MODE "glossary" prints the problems of the
# glossary itself, MODE "po" one line for each rejected variant in a
# msgstr of PO.  Exit status 2 when a file cannot be read.
check() {
	LC_ALL=C "$AWK" -v mode="$1" -v gname="$2" '
	function trim(s) {
		sub(/^[ \t]+/, "", s)
		sub(/[ \t]+$/, "", s)
		return s
	}
	function isword(c) {
		return c ~ /^[A-Za-z0-9-]$/
	}
	# The position of the first match of p in s after "from", or 0:
	# the first letter of p in either case, the rest exactly; whole
	# words only if "whole"; anchored (p began with "^") only at 1.
	function find(s, p, from, anchored, whole,    rest, first, t, j, i, n) {
		first = tolower(substr(p, 1, 1))
		rest = substr(p, 2)
		n = length(p)
		t = substr(s, from + 1)
		while (from < length(s)) {
			j = (rest == "") ? 1 : index(t, rest)
			if (j == 0)
				return 0
			i = from + j - 1
			if (i >= 1 && tolower(substr(s, i, 1)) == first &&
			    (!whole || i == 1 || !isword(substr(s, i - 1, 1))) &&
			    (!whole || !isword(substr(s, i + n, 1))) &&
			    (!anchored || i == 1))
				return i
			if (anchored && i > 1)
				return 0
			from += j
			t = substr(s, from + 1)
		}
		return 0
	}
	# s with every match of p, whole words or not, blanked out (same
	# length, non-word characters).
	function mask(s, p,    i, pad) {
		pad = p
		gsub(/./, "#", pad)
		while ((i = find(s, p, 0, 0, 0)) > 0)
			s = substr(s, 1, i - 1) pad substr(s, i + length(p))
		return s
	}
	# Split the list "a; b; c" into out[1..n]; return n.
	function list(s, out,    n, k, parts) {
		n = split(s, parts, /;/)
		for (k = 1; k <= n; k++)
			out[k] = trim(parts[k])
		return n
	}
	function problem(msg) {
		print gname ":" FNR ": " msg
		bad = 1
	}
	# Blank the chosen forms and allowed phrases of idea g out of s.
	function masked(s, g,    k) {
		for (k = 1; k <= nkeep[g]; k++)
			if (keep[g, k] != "")
				s = mask(s, keep[g, k])
		return s
	}
	# The rejected variant of idea g found in s, or "".
	function rejected(s, g,    k, v, anch) {
		s = masked(s, g)
		for (k = 1; k <= nrej[g]; k++) {
			v = rej[g, k]
			anch = (substr(v, 1, 1) == "^")
			if (anch)
				v = substr(v, 2)
			if (find(s, v, 0, anch, 1))
				return rej[g, k]
		}
		return ""
	}
	function unescape(s,    out, c, i) {
		out = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\" && i < length(s)) {
				i++
				c = substr(s, i, 1)
				if (c == "n")
					c = "\n"
				else if (c == "t")
					c = "\t"
			}
			out = out c
		}
		return out
	}
	function unquote(s) {
		sub(/^(msgid|msgstr(\[[0-9]+\])?|msgctxt|msgid_plural)[ \t]+/, "", s)
		sub(/^"/, "", s)
		sub(/"[ \t]*$/, "", s)
		return s
	}
	# Check the entry read so far.
	function entry(    s, g, v, shown) {
		if (id == "" || str == "") {
			id = ""; str = ""; ref = ""
			return
		}
		s = unescape(str)
		gsub(/"[^"\n]*"/, " ", s)
		for (g = 1; g <= nidea; g++) {
			v = rejected(s, g)
			if (v == "")
				continue
			shown = unescape(id)
			gsub(/\n/, " ", shown)
			if (length(shown) > 70)
				shown = substr(shown, 1, 67) "..."
			print (ref == "" ? FILENAME ":" idline : ref) ": msgid \"" \
			    shown "\": \"" v "\" (" gname ":" gline[g] \
			    ": write " chosen1[g] ")"
		}
		id = ""; str = ""; ref = ""
	}
	FNR == NR {
		if ($0 ~ /^[ \t]*(#|$)/)
			next
		nf = split($0, f, / \| /)
		if (nf < 3 || nf > 4) {
			problem("want CHOSEN | IDEA | rejected: ... [| allowed: ...]")
			next
		}
		if (trim(f[1]) == "" || trim(f[2]) == "")
			problem("the chosen term and the idea must not be empty")
		r = trim(f[3])
		if (r !~ /^rejected: ./) {
			problem("the third field must start \"rejected: \"")
			next
		}
		a = (nf == 4) ? trim(f[4]) : ""
		if (nf == 4 && a !~ /^allowed: ./) {
			problem("the fourth field must start \"allowed: \"")
			next
		}
		g = ++nidea
		gline[g] = FNR
		n = list(f[1], tmpl)
		chosen1[g] = trim(f[1])
		gsub(/[ \t]*;[ \t]*/, " / ", chosen1[g])
		for (k = 1; k <= n; k++) {
			if (tmpl[k] == "")
				problem("an empty chosen form")
			keep[g, k] = tmpl[k]
			chosenform[g, k] = tmpl[k]
		}
		nchosen[g] = n
		if (a != "") {
			m = list(substr(a, 10), tmpl)
			for (k = 1; k <= m; k++) {
				if (tmpl[k] == "")
					problem("an empty allowed phrase")
				keep[g, n + k] = tmpl[k]
			}
			n += m
		}
		nkeep[g] = n
		# Longest first, so that "Pengaturan (Setelan)" is blanked
		# before "Pengaturan" is.
		for (k = 2; k <= n; k++)
			for (j = k; j > 1 && length(keep[g, j]) > \
			    length(keep[g, j - 1]); j--) {
				t = keep[g, j]
				keep[g, j] = keep[g, j - 1]
				keep[g, j - 1] = t
			}
		r = substr(r, 11)
		if (r == "-") {
			nrej[g] = 0
			next
		}
		n = list(r, tmpl)
		for (k = 1; k <= n; k++) {
			if (tmpl[k] == "" || tmpl[k] == "^")
				problem("an empty rejected variant")
			rej[g, k] = tmpl[k]
		}
		nrej[g] = n
		next
	}
	FNR == 1 && mode == "glossary" {
		# Every file is read; the check of the glossary is done here.
		exit
	}
	/^#~/ { next }
	/^#:/ {
		if (ref == "")
			ref = $2
		next
	}
	/^#/ { next }
	/^msgctxt / {
		if (str != "")
			entry()
		inid = 0; instr = 0
		next
	}
	/^msgid / {
		if (str != "")
			entry()
		id = unquote($0); idline = FNR; inid = 1; instr = 0
		next
	}
	/^msgid_plural / {
		inid = 0; instr = 0
		next
	}
	/^msgstr/ {
		inid = 0; instr = 1
		str = str (str == "" ? "" : "\n") unquote($0)
		next
	}
	/^"/ {
		if (inid)
			id = id unquote($0)
		else if (instr)
			str = str unquote($0)
		next
	}
	/^[ \t]*$/ {
		entry()
		inid = 0; instr = 0
		next
	}
	END {
		if (mode == "po") {
			entry()
			exit
		}
		if (nidea == 0) {
			print gname ": no idea is listed"
			exit
		}
		# A chosen form of one idea must not be a variant another
		# idea rejects.
		for (g = 1; g <= nidea; g++)
			for (k = 1; k <= nchosen[g]; k++)
				for (h = 1; h <= nidea; h++) {
					if (h == g)
						continue
					v = rejected(chosenform[g, k], h)
					if (v != "")
						print gname ":" gline[g] ": \"" \
						    chosenform[g, k] "\" is rejected by line " \
						    gline[h] " (\"" v "\")"
				}
	}
	' "$2" "${3:-/dev/null}"
}

echo "1..3"

# 1. The glossary itself.
if [ ! -r "$glossary" ]; then
	echo "cannot read $glossary" >"$tmp/why"
elif ! check glossary "$glossary" >"$tmp/why" 2>&1; then
	echo "awk failed on $glossary" >>"$tmp/why"
fi
result 1 "po/GLOSSARY is well formed and agrees with itself"

# 2. The check on a made-up catalogue: one rejected variant, in the second
#    entry, and chosen forms, an allowed phrase and a quoted label that
#    must pass.
cat >"$tmp/made-up.po" <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: made-up.cfg:1
msgid "Open Settings, then tap Turn on."
msgstr "Buka Pengaturan (Setelan), lalu ketuk \"Aktifkan\". Ponsel dikembalikan ke setelan pabrik."

#: made-up.cfg:2
msgid "Your account was taken over."
msgstr ""
"Akun Anda diambil alih (dibajak)\n"
"dan kontak Anda dibajak juga."
EOF
if ! check po "$glossary" "$tmp/made-up.po" >"$tmp/found" 2>&1; then
	echo "awk failed on $tmp/made-up.po" >"$tmp/why"
	cat "$tmp/found" >>"$tmp/why"
elif [ "$(wc -l <"$tmp/found")" -ne 1 ] ||
    ! grep -q '^made-up\.cfg:2: msgid "Your account was taken over\.": "dibajak"' \
    "$tmp/found"; then
	echo "want one problem, \"dibajak\" in made-up.cfg:2; found:" >"$tmp/why"
	cat "$tmp/found" >>"$tmp/why"
fi
result 2 "the check finds a rejected variant and nothing else"

# 3. po/id.po.
if [ ! -r "$po" ]; then
	echo "cannot read $po" >"$tmp/why"
elif ! check po "$glossary" "$po" >"$tmp/found" 2>&1; then
	echo "awk failed on $po" >"$tmp/why"
	cat "$tmp/found" >>"$tmp/why"
elif [ -s "$tmp/found" ]; then
	echo "po/id.po writes a variant that po/GLOSSARY rejects:" >"$tmp/why"
	cat "$tmp/found" >>"$tmp/why"
fi
result 3 "po/id.po writes the terms of po/GLOSSARY"
