# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# handout-html.sh: the HTML handout printed by a real browser.  Headless
# Chromium prints the quick card (English and Indonesian) and the whole
# handout (English) to PDF; pdfinfo counts the pages and pdftotext reads
# back what was printed:
#   - every page is A4; the quick card is one or two pages in both
#     languages; the whole handout has a page for the title and one at
#     least for each module (each starts a page);
#   - the page loaded: the title and the parts are in the PDF, and the
#     agency's numbers and address as often as in the HTML, each whole on
#     one line (without the style that keeps them so, some were split);
#   - nothing runs out of its box: every word of the HTML is in the PDF
#     (Chromium cuts off what runs past the page's edge);
#   - the document Chromium built (--dump-dom) has the card's steps.
# Four Chromium runs in all.  Skipped (TAP "1..0 # SKIP") when chromium
# or poppler-utils (pdfinfo, pdftotext) is not installed; as root (as CI
# runs) Chromium needs --no-sandbox, which it is always given here.
. "$(dirname "$0")/lib.sh"

for tool in chromium pdfinfo pdftotext; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "1..0 # SKIP $tool is not installed (Debian: chromium," \
		    "poppler-utils)"
		exit 0
	fi
done

SITE=$E2E_DIR/site.cfg
PHONE1="+62 (765) 000 - 0000"
PHONE2="0765 000 0001"
EMAIL=dinas.komunikasi.informatika.persandian@contoh.go.id
make_site "$SITE" "$E2E_DIR/reports" "verify_phone = \"$PHONE1\";" \
    "report_phone = \"$PHONE2\";" "report_email = \"$EMAIL\";"
MODULES=$(find "$JAGAAKUN_CONTENT/modules" -name '*.cfg' | wc -l)
CARD=$(grep -c '^[[:space:]]*card = true;' "$JAGAAKUN_CONTENT"/modules/*.cfg |
    awk -F: '{ n += $2 } END { print n }')

# Run Chromium on what it is given, with a profile of its own in the
# test's folder and nothing fetched: browser ARG...
browser()
{
	HOME=$E2E_DIR/home timeout -k 5 $((12 * E2E_TIMEOUT)) chromium \
	    --headless --no-sandbox --disable-gpu --no-first-run \
	    --disable-background-networking --disable-component-update \
	    --disable-default-apps --disable-sync --no-pdf-header-footer \
	    --user-data-dir="$E2E_DIR/chromium" "$@" 2>>"$E2E_DIR/chromium.err"
}

# Write the handout (ARG... are handout's options) as HTML to $1.html and
# print it to $1.pdf: print_pdf NAME LANG ARG...
print_pdf()
{
	pp_name=$1 pp_lang=$2
	shift 2
	run_plain -- --lang "$pp_lang" --site "$SITE" handout "$@" \
	    -o "$E2E_DIR/$pp_name.html"
	check_eq "$pp_name: the handout is written (status 0)" "$E2E_STATUS" 0
	browser --print-to-pdf="$E2E_DIR/$pp_name.pdf" \
	    "file://$E2E_DIR/$pp_name.html" >/dev/null
	check "$pp_name: Chromium prints it to PDF" test -s "$E2E_DIR/$pp_name.pdf"
	pdfinfo "$E2E_DIR/$pp_name.pdf" >"$E2E_DIR/$pp_name.info" 2>&1
	pdftotext "$E2E_DIR/$pp_name.pdf" "$E2E_DIR/$pp_name.txt" 2>/dev/null
	pdftotext -raw "$E2E_DIR/$pp_name.pdf" "$E2E_DIR/$pp_name.raw" \
	    2>/dev/null
	PAGES=$(sed -n 's/^Pages: *//p' "$E2E_DIR/$pp_name.info")
	echo "$pp_name: ${PAGES:-?} pages" | diag
	check "$pp_name: A4 pages" grep -q '^Page size:.*(A4)' \
	    "$E2E_DIR/$pp_name.info"
	check "$pp_name: nothing runs out of its box (every word is printed)" \
	    all_printed "$E2E_DIR/$pp_name.html" "$E2E_DIR/$pp_name.raw"
}

# Say whether every word (of 4 characters or more) of the HTML file $1's
# body is in the PDF's text $2 as often, white space aside: what runs out
# of its box past the page's edge is cut off, and missing there.
all_printed()
{
	/usr/bin/python3 - "$1" "$2" <<'PY'
import html, re, sys
from collections import Counter
doc = open(sys.argv[1], encoding="utf-8").read()
printed = re.sub(r"\s+", "", open(sys.argv[2], encoding="utf-8").read())
body = html.unescape(re.sub(r"<[^>]*>", " ", doc[doc.index("<body"):]))
want = Counter(w for w in body.split() if len(w) >= 4)
bad = [w for w, n in want.items() if printed.count(w) < n]
for w in bad[:5]:
    print("# not printed whole:", w)
sys.exit(1 if bad else 0)
PY
}

# Check that the PDF's text $1.txt holds each of the agency's numbers
# and its address whole on one line as often as the HTML does (a value
# split over two lines is missing there once): whole NAME.
whole()
{
	for v in "$PHONE1" "$PHONE2" "$EMAIL"; do
		check_eq "$1: \"$v\" always on one line" \
		    "$(grep -oF -- "$v" "$E2E_DIR/$1.txt" | wc -l)" \
		    "$(grep -oF -- "$v" "$E2E_DIR/$1.html" | wc -l)"
	done
}

# Say whether $1 is a whole number from $2 to $3.
in_range()
{
	case $1 in '' | *[!0-9]*) return 1 ;; esac
	[ "$1" -ge "$2" ] && [ "$1" -le "$3" ]
}

# ------------------------------------------------------- the quick card

for lang in en id; do
	E2E_LANG=$lang
	print_pdf quick-$lang $lang -q
	check "quick-$lang: one or two pages (${PAGES:-?})" in_range "$PAGES" 1 2
	for msgid in "Secure your WhatsApp account: the quick card" \
	    "On your phone" "If you also use WhatsApp Web or Desktop"; do
		check "quick-$lang: \"$(t "$msgid")\" is printed" \
		    grep -qF -- "$(t "$msgid")" "$E2E_DIR/quick-$lang.txt"
	done
	whole quick-$lang
done

# The document Chromium built from the Indonesian card: the language,
# the steps of the card, and the numbers in spans that do not wrap.
browser --dump-dom "file://$E2E_DIR/quick-id.html" >"$E2E_DIR/quick-id.dom"
check "the page loads: its document has the title" \
    grep -qF "<h1>$(t "Secure your WhatsApp account: the quick card")</h1>" \
    "$E2E_DIR/quick-id.dom"
check "it is in Indonesian" grep -qF '<html lang="id">' "$E2E_DIR/quick-id.dom"
check_eq "it has each step the content marks for the card ($CARD)" \
    "$(grep -o '<div class="step">' "$E2E_DIR/quick-id.dom" | wc -l)" "$CARD"
check "the report number is in a span that does not wrap" \
    grep -qF "<span class=\"nowrap\">$PHONE2</span>" "$E2E_DIR/quick-id.dom"

# ---------------------------------------------------- the whole handout

E2E_LANG=en
print_pdf whole-en en
check "whole-en: a page for the title and each of $MODULES modules (${PAGES:-?})" \
    in_range "$PAGES" $((MODULES + 1)) $((4 * MODULES + 1))
check "whole-en: the title is printed" \
    grep -qF "Secure your WhatsApp account: the checklist" "$E2E_DIR/whole-en.txt"
check "whole-en: the last module is printed" \
    grep -qF "$MODULES. " "$E2E_DIR/whole-en.txt"
whole whole-en

if [ -n "${E2E_KEEP:-}" ]; then
	echo "PDFs in $E2E_DIR" | diag
fi
done_testing
