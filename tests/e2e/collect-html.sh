# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# collect-html.sh: `jagaakun collect -f html`, the summary as one page,
# read by a real browser.  Headless Chromium builds the page's document
# (--dump-dom), takes a screenshot and prints it to PDF; then:
#   - the page loads without errors: the console shows nothing from the
#     page (no "Uncaught" error, no refused load), which a page with a
#     broken script shows the check is able to see;
#   - nothing runs and nothing is fetched: no script, no event handler,
#     no src, href or url() in the file, and the hostile names and units
#     (markup, quotes, escape codes) are text in the document Chromium
#     built, never elements;
#   - the figures match `collect -f csv` of the same reports: the
#     headline figures, every unit's bar (data attributes and the
#     figures written beside it) and the table under the chart, every
#     module's bar (the CSV's rows per unit added up), the officials
#     still to act per unit; the units are worst first and the incidents
#     come before the charts;
#   - printed, every page is A4 and the headings are in the PDF;
#   - with --weeks, the chart of compliance per week: each week's point
#     (data attributes, <title>, the figure above it, its height), the
#     line through them, the table and the sentence match `collect -f
#     csv --table weeks`; printed, the chart is on the first page and
#     drawn (the line's colour, rasterised by pdftoppm); without
#     --weeks the page says how to get it;
#   - in Indonesian (the format from the -o extension), with a roster:
#     the page's language, headings translated, a unit only the roster
#     has first, and who has not reported listed under it.
# Without chromium or poppler-utils the browser's checks are skipped
# (TAP "# SKIP") and the rest read the file itself; Chromium always gets
# --no-sandbox (CI runs as root).
. "$(dirname "$0")/lib.sh"

PY=/usr/bin/python3
GEN="$top_srcdir/bench/collect_gen.py"
R=$E2E_DIR/reports
NOW=2026-11-24T00:00:00Z
[ -x "$PY" ] || e2e_bail "$PY is needed"
MISSING=
for tool in chromium pdfinfo pdftotext pdftoppm; do
	command -v $tool >/dev/null 2>&1 || MISSING="$MISSING $tool"
done

# ---------------------------------------------------------------- reports

# Hostile text: markup that would run or load if it were not escaped,
# quotes that would end an attribute, a terminal's escape codes.
EVIL_NAME='<script>alert(1)</script><img src=x onerror=alert(2)>'
EVIL_UNIT='</title><svg onload=alert(3)> & "Unit" '"'"'x'"'"' 0765 000 0001'
# Print $1 as a JSON string, with $2 (a Python string's escapes) after it.
json_str()
{
	printf '%s' "$1" | "$PY" -c \
	    'import json, sys; print(json.dumps(sys.stdin.read() + sys.argv[1]))' \
	    "$(printf '%b' "${2:-}")"
}

cat >"$E2E_DIR/spec.json" <<EOF
[
 {"file": "kominfo/ani.json", "name": "Ani", "nip": "198609262015051001",
  "unit": "Dinas Kominfo", "exported": "2026-11-20T08:00:00Z", "done": 28},
 {"file": "kominfo/budi.json", "name": "Budi", "nip": "198609262015051002",
  "unit": "Dinas Kominfo", "exported": "2026-11-21T08:00:00Z", "done": 10},
 {"file": "kesehatan/citra.json", "name": "Citra", "nip": "198609262015052003",
  "unit": "Dinas Kesehatan", "exported": "2026-11-22T08:00:00Z", "done": 28},
 {"file": "kesehatan/evil.json",
  "name": $(json_str "$EVIL_NAME" '\033]0;pwned\007'),
  "nip": "198609262015052004", "unit": "Dinas Kesehatan",
  "exported": "2026-09-01T08:00:00Z", "done": 0},
 {"file": "aneh/dedi.json", "name": "Dedi 0812 3456 7890",
  "nip": "198609262015051005",
  "unit": $(json_str "$EVIL_UNIT"),
  "exported": "2026-10-15T08:00:00Z", "done": 5}
]
EOF
"$PY" "$GEN" spec "$E2E_DIR/spec.json" "$R" || e2e_bail "collect_gen.py failed"
# 40 units more: the unit chart needs two <svg>s.
"$PY" "$GEN" bulk 120 "$R/bulk" 3 || e2e_bail "collect_gen.py failed"
echo '{ "hello": 1 }' >"$R/other.json"

# An incident file (incident.h): put_incident FILE NAME NIP UNIT TIME.
put_incident()
{
	"$PY" - "$@" <<'EOF' || e2e_bail "cannot write $1"
import json, sys
path, name, nip, unit, time = sys.argv[1:]
inc = {"format": 1, "type": "jagaakun-incident",
       "program": {"name": "jagaakun", "version": "0.1.0"},
       "host": "pc-test", "time": time,
       "profile": {"name": name, "nip": nip, "kind": "pns", "unit": unit,
                   "position": "Staf"},
       "noticed": "gave-code", "details": "", "money_asked": "yes"}
with open(path, "w", encoding="utf-8") as f:
    json.dump(inc, f, indent=2, ensure_ascii=False)
EOF
}
put_incident "$R/kominfo/jagaakun-incident-198609262015051002-20261123T080000Z.json" \
    Budi 198609262015051002 "Dinas Kominfo" 2026-11-23T08:00:00Z
put_incident "$R/kesehatan/jagaakun-incident-198609262015052004-20261122T080000Z.json" \
    "$EVIL_NAME" 198609262015052004 "Dinas Kesehatan" 2026-11-22T08:00:00Z

# Run collect with the time pinned: collect_run ARG...
collect_run()
{
	run_plain JAGAAKUN_NOW=$NOW -- --lang "$E2E_LANG" collect "$@"
}

# Run Chromium on what it is given, with a profile of its own in the
# test's folder, nothing fetched, and the console on standard error
# (appended to $E2E_DIR/console): browser ARG...
browser()
{
	: >"$E2E_DIR/console"
	HOME=$E2E_DIR/home timeout -k 5 $((12 * E2E_TIMEOUT)) chromium \
	    --headless --no-sandbox --disable-gpu --no-first-run \
	    --disable-background-networking --disable-component-update \
	    --disable-default-apps --disable-sync --no-pdf-header-footer \
	    --enable-logging=stderr --v=0 \
	    --user-data-dir="$E2E_DIR/chromium" "$@" 2>"$E2E_DIR/console"
}

# Check that the console of the last Chromium run shows nothing from the
# page file $2 (a script error, a load refused): console_clean DESC FILE.
console_clean()
{
	if grep -F ":CONSOLE" "$E2E_DIR/console" | grep -qF "$2"; then
		not_ok "$1"
		grep -F ":CONSOLE" "$E2E_DIR/console" | diag
	elif grep -q "Uncaught" "$E2E_DIR/console"; then
		not_ok "$1"
		grep "Uncaught" "$E2E_DIR/console" | diag
	else
		ok "$1"
	fi
}

# Pass a browser's check that cannot run here: skip DESCRIPTION.
skip()
{
	ok "$1 # SKIP not installed:$MISSING (Debian: chromium, poppler-utils)"
}

# Have Chromium build the document of the page $1.html into $1.dom, its
# console clean; without Chromium take the file as it is: dom NAME.
dom()
{
	if [ -n "$MISSING" ]; then
		cp "$E2E_DIR/$1.html" "$E2E_DIR/$1.dom"
		skip "Chromium builds $1.html"
		skip "$1.html loads without an error on the console"
		return
	fi
	browser --dump-dom "file://$E2E_DIR/$1.html" >"$E2E_DIR/$1.dom"
	check "Chromium builds $1.html" test -s "$E2E_DIR/$1.dom"
	console_clean "$1.html loads without an error on the console" "$1.html"
}

# Run a Python check (stdin) with arguments; it prints "ok" when it
# passes, or what went wrong: pycheck DESCRIPTION [ARG]...
pycheck()
{
	e2e_desc=$1
	shift
	e2e_out=$(PYTHONPATH=$E2E_DIR "$PY" - "$@" 2>&1)
	if [ "$e2e_out" = ok ]; then
		ok "$e2e_desc"
	else
		not_ok "$e2e_desc"
		printf '%s\n' "$e2e_out" | diag
	fi
}

# The page's parts, read from the document Chromium built, and the
# summary CSV's blocks, for the Python checks.
cat >"$E2E_DIR/pageparts.py" <<'EOF'
import csv, re
from html.parser import HTMLParser

class Page(HTMLParser):
    """bars: (attrs, text beside the bar); figures: key -> value;
    tables: class -> the body rows (cell texts) of its tables; h2, h3:
    the headings' texts; order: the sections' ids; act: unit -> the
    names in its officials table; tags: every element's name; weeks:
    each week's point (attrs, title, value: the figure above the dot,
    dot: cx, cy, class); lines: the polylines' points; desc: the
    chart's sentences (<desc>, <p class="desc">).  Asserts that an
    <svg> holds SVG's own elements only."""
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.bars, self.figures, self.tables = [], {}, {}
        self.h2, self.h3, self.order, self.act, self.tags = [], [], [], {}, []
        self.svg_count = 0
        self._stack, self._text, self._row, self._table = [], None, None, None
        self._bar = self._unit = self._week = None
        self.weeks, self.lines, self.desc = [], [], []
        self._head = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self._stack.append(tag)
        if tag == "section" and "id" in a:
            self.order.append(a["id"])
        if tag == "svg":
            self.svg_count += 1
        # HTML inside SVG is not drawn: a span there hides its text
        assert tag == "svg" or "svg" not in self._stack[:-1] or tag in (
            "g", "title", "desc", "text", "rect", "line", "circle",
            "polyline"), ("in an svg", tag, a)
        if tag == "g" and a.get("class") == "bar":
            self._bar = [a, ""]
        if tag == "text" and self._bar is not None and a.get("class") == "value":
            self._text = ""
        if tag == "g" and a.get("class") == "week":
            self._week = {"attrs": a, "title": None, "value": None,
                          "dot": None}
        if self._week is not None and tag in ("title", "text"):
            self._text = ""
        if self._week is not None and tag == "circle":
            self._week["dot"] = (int(a["cx"]), int(a["cy"]), a.get("class"))
        if tag == "polyline":
            self.lines.append([tuple(map(int, xy.split(",")))
                               for xy in a["points"].split()])
        if tag == "desc" or (tag == "p" and a.get("class") == "desc"):
            self._text = ""
        if tag == "div" and "data-key" in a:
            self.figures[a["data-key"]] = a["data-value"]
        if tag == "div" and a.get("class") == "unit":
            self._unit = a["data-unit"]
        if tag == "table":
            self._table = a.get("class", "")
            if self._table == "officials":
                self.act.setdefault(self._unit, [])
            self.tables.setdefault(self._table, [])
        if tag == "thead":
            self._head = True
        if tag == "tr":
            self._row = []
        if tag in ("td", "th", "h2", "h3"):
            self._text = ""

    def handle_endtag(self, tag):
        while self._stack and self._stack.pop() != tag:
            pass
        if tag in ("td", "th") and self._row is not None:
            self._row.append(self._text.strip())
            self._text = None
        elif tag in ("h2", "h3"):
            getattr(self, tag).append(self._text.strip())
            self._text = None
        elif tag == "text" and self._bar is not None and self._text is not None:
            self._bar[1] = self._text
            self._text = None
        elif tag in ("title", "text") and self._week is not None:
            self._week["title" if tag == "title" else "value"] = self._text
            self._text = None
        elif tag == "g" and self._week is not None:
            self.weeks.append(self._week)
            self._week = None
        elif tag in ("desc", "p") and self._text is not None:
            self.desc.append(self._text)
            self._text = None
        elif tag == "g" and self._bar is not None:
            self.bars.append(tuple(self._bar))
            self._bar = None
        elif tag == "thead":
            self._head = False
        elif tag == "tr" and self._row is not None:
            if not self._head:
                self.tables[self._table].append(self._row)
                if self._table == "officials":
                    self.act[self._unit].append(self._row[0])
            self._row = None
        elif tag == "div" and self._unit is not None and "div" not in self._stack:
            self._unit = None

    def handle_data(self, data):
        if self._text is not None:
            self._text += data

TABLES = {"Summary": "summary", "Work units": "units",
          "Completion per module": "modules",
          "Officials not yet compliant": "not_compliant"}

def csv_blocks(folder):
    """The tables of a summary written as CSV files into folder (collect
    -o FOLDER/), by title: each a list of rows, a list's header first,
    a record's rows label then value."""
    out = {}
    for title, key in TABLES.items():
        text = open("%s/%s.csv" % (folder, key), encoding="utf-8-sig").read()
        out[title] = list(csv.reader(text.splitlines(), delimiter=";"))
    return out

def cell(s):
    """A CSV text cell as the page shows it: without the "'" that keeps
    a spreadsheet from taking it for a formula."""
    return s[1:] if s[:1] == "'" and s[1:2] in "=+-@" else s
EOF

# ---------------------------------------------------------------- the page

E2E_LANG=en
collect_run -o "$E2E_DIR/page-csv/" --stale 30 "$R"
CSV_STATUS=$E2E_STATUS
collect_run -f html -o "$E2E_DIR/page.html" --stale 30 "$R"
check_eq "-f html: the same exit status as the CSV (5: a file rejected)" \
    "$E2E_STATUS" "$CSV_STATUS"
check_eq "-f html: exit status 5" "$E2E_STATUS" 5
check "the page is private (0600)" test "$(file_mode "$E2E_DIR/page.html")" = 600

pycheck "the file has no script, no handler, nothing to fetch" \
    "$E2E_DIR/page.html" <<'EOF'
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
# text is escaped, so every "<" starts markup: the page's own
tags = re.findall(r"<[^>]*>", t)
style = t[t.index("<style>"):t.index("</style>")]
for tag in tags:
    name = re.match(r"</?([a-zA-Z0-9]*)", tag)[1].lower()
    assert name not in ("script", "img", "iframe", "object", "embed", "link",
                        "image", "use", "foreignobject", "a"), tag
    names = re.sub(r'"[^"]*"', '""', tag)   # the attributes' names
    assert not re.search(r"\s(on\w+|src|href|xlink:href|style)\s*=", names,
                         re.I), tag
for bad in (r"url\(", r"@import", r"https?:"):
    assert not re.search(bad, style, re.I), bad
assert "Content-Security-Policy" in t and "default-src 'none'" in t
assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in t
assert "&lt;/title&gt;&lt;svg onload=alert(3)&gt; &amp; &quot;Unit&quot; &#39;x&#39;" in t
assert "\x1b" not in t and "\x07" not in t
print("ok")
EOF

dom page

pycheck "the page Chromium built: headings, and hostile text as text" \
    "$E2E_DIR/page.dom" "$EVIL_NAME" "$EVIL_UNIT" <<'EOF'
import sys
from pageparts import Page
p = Page(open(sys.argv[1], encoding="utf-8").read())
evil_name, evil_unit = sys.argv[2], sys.argv[3]
assert "script" not in p.tags and "img" not in p.tags, sorted(set(p.tags))
assert p.svg_count == 3, p.svg_count      # 43 units: 32 + 11; modules
assert p.h2 == ["Incidents: accounts that may be taken over",
                "Compliance per week",
                "Compliance per work unit, worst first",
                "Completion per module",
                "Officials still to act, per work unit",
                "Report files"], p.h2
assert p.order == ["incidents", "weeks", "units", "modules", "to-act",
                   "files"], p.order
# without --weeks: no chart of them
assert p.weeks == [] and p.lines == [] and "weeks" not in p.tables, p.weeks
names = [r[1] for r in p.tables["incidents"]]
assert names == ["Budi", evil_name], names
assert evil_unit in p.h3, p.h3
assert any(evil_name in n for n in p.act["Dinas Kesehatan"]), p.act
print("ok")
EOF

check "without --weeks: the page says how to get the weeks" grep -qF \
    '<p class="none">No weeks were asked for: collect --weeks N shows the compliance of each of the last N weeks.</p>' \
    "$E2E_DIR/page.html"

pycheck "the figures are the CSV's: headline, units, modules, to act" \
    "$E2E_DIR/page.dom" "$E2E_DIR/page-csv" <<'EOF'
import re, sys
from pageparts import Page, csv_blocks, cell
p = Page(open(sys.argv[1], encoding="utf-8").read())
b = csv_blocks(sys.argv[2])
total = {r[0]: r[1] for r in b["Summary"]}
assert p.figures == {"officials": total["Officials reporting"],
                     "compliant": total["Officials compliant"],
                     "percent": total["Compliant (%)"],
                     "incidents": total["Incidents reported"]}, (p.figures, total)
# units: every bar, its figures beside it, and the table, as the CSV has
units = {cell(r[0]): (int(r[1]), int(r[2]), r[3]) for r in b["Work units"][1:]}
bars = [(a, t) for a, t in p.bars if "data-unit" in a]
assert len(bars) == len(units) == 43, (len(bars), len(units))
seen = []
for a, text in bars:
    want = units[a["data-unit"]]
    got = (int(a["data-reporting"]), int(a["data-compliant"]), a["data-percent"])
    assert got == want, (a, want)
    m = re.fullmatch(r"(\d+)% \((\d+) of (\d+)\)", text)
    assert m and (int(m[3]), int(m[2]), m[1]) == want, (text, want)
    seen.append((int(got[2]), got[1] - got[0]))
assert seen == sorted(seen, key=lambda x: (x[0], x[1])), "not worst first"
table = [(r[0], int(r[1]), int(r[2]), r[3].rstrip("%")) for r in p.tables["units"]]
assert table == [(a["data-unit"], int(a["data-reporting"]), int(a["data-compliant"]),
                  a["data-percent"]) for a, t in bars], table
# modules: the CSV's rows per unit, added up
fin, tot = {}, {}
for r in b["Completion per module"][1:]:
    fin[r[2]] = fin.get(r[2], 0) + int(r[4])
    tot[r[2]] = tot.get(r[2], 0) + int(r[6])
mods = {a["data-module"]: (int(a["data-finished"]), int(a["data-total"]),
                           int(a["data-percent"]), t)
        for a, t in p.bars if "data-module" in a}
assert set(mods) == set(tot), (sorted(mods), sorted(tot))
for m, (f, t, pc, text) in mods.items():
    assert (f, t, pc) == (fin[m], tot[m], fin[m] * 100 // tot[m]), (m, f, t, pc)
    assert text == "%d%% (%d of %d)" % (pc, f, t), text
# the officials still to act: those the CSV lists, under their units
late = {}
for r in b["Officials not yet compliant"][1:]:
    late.setdefault(cell(r[0]), []).append(cell(r[1]))
assert p.act == late, (p.act, late)
print("ok")
EOF

# Printed and shown: print_checks (Chromium's screenshot, its PDF).
print_checks()
{
	browser --screenshot="$E2E_DIR/page.png" --window-size=1000,1400 \
	    "file://$E2E_DIR/page.html" >/dev/null
	check "Chromium takes a screenshot of the page" test -s "$E2E_DIR/page.png"
	console_clean "the screenshot: no error on the console" page.html
	browser --print-to-pdf="$E2E_DIR/page.pdf" "file://$E2E_DIR/page.html" \
	    >/dev/null
	check "Chromium prints the page to PDF" test -s "$E2E_DIR/page.pdf"
	pdfinfo "$E2E_DIR/page.pdf" >"$E2E_DIR/page.info" 2>&1
	pdftotext "$E2E_DIR/page.pdf" "$E2E_DIR/page.txt" 2>/dev/null
	PAGES=$(sed -n 's/^Pages: *//p' "$E2E_DIR/page.info")
	echo "page.pdf: ${PAGES:-?} pages" | diag
	check "printed on A4" grep -q '^Page size:.*(A4)' "$E2E_DIR/page.info"
	check "every page is A4 (${PAGES:-?} pages)" test "$(pdfinfo -f 1 -l 999 \
	    "$E2E_DIR/page.pdf" | grep -c '^Page.*size:.*(A4)')" = "${PAGES:-x}"
	for h in "WhatsApp account security: compliance summary" \
	    "Compliance per work unit, worst first" "Completion per module" \
	    "Officials still to act, per work unit"; do
		check "the PDF has \"$h\"" grep -qF "$h" "$E2E_DIR/page.txt"
	done

	# The console check sees errors: a page with a script that fails.
	printf '<!DOCTYPE html><p>x</p><script>no_such_function()</script>\n' \
	    >"$E2E_DIR/broken.html"
	browser --dump-dom "file://$E2E_DIR/broken.html" >/dev/null
	check "the console check sees a script error (Uncaught)" \
	    grep -q "Uncaught" "$E2E_DIR/console"
}
if [ -z "$MISSING" ]; then
	print_checks
else
	skip "the screenshot, the PDF, the console check's own check"
fi

# ---------------------------------------------------------------- weeks

# The trend: 13 weeks back from NOW, the first before any report (the
# oldest is of 2026-09-01 08:00, the first week ends at 00:00 that day).
collect_run -f csv --table weeks --weeks 13 "$R"
cp "$E2E_DIR/plain.out" "$E2E_DIR/weeks.csv"
check_eq "--weeks 13 -f csv --table weeks: exit status 5" "$E2E_STATUS" 5
collect_run -f html -o "$E2E_DIR/weeks.html" --weeks 13 "$R"
check_eq "--weeks 13 -f html: exit status 5" "$E2E_STATUS" 5
dom weeks

pycheck "--weeks: the chart's points, line and table are the CSV's weeks" \
    "$E2E_DIR/weeks.dom" "$E2E_DIR/weeks.csv" <<'EOF'
import csv, sys
from pageparts import Page
p = Page(open(sys.argv[1], encoding="utf-8").read())
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig").read()
                       .splitlines(), delimiter=";"))
assert rows[0] == ["Week ending (UTC)", "Reporting", "Compliant",
                   "Compliant (%)"], rows[0]
want = [(r[0], int(r[1]), int(r[2]), r[3]) for r in rows[1:]]
assert len(want) == 13 and want[0][1] == 0 and want[-1][1] > 0, want
assert p.order[:3] == ["incidents", "weeks", "units"], p.order
got = [(w["attrs"]["data-week-end"], int(w["attrs"]["data-reporting"]),
        int(w["attrs"]["data-compliant"]), w["attrs"]["data-percent"])
       for w in p.weeks]
assert got == want, (got, want)
xs = []
for w, (end, rep, comp, pct) in zip(p.weeks, want):
    day = end[:10]
    if rep == 0:
        assert w["title"] == "Week ending %s: no reports" % day, w
        assert w["dot"] is None and w["value"] is None, w
        continue
    assert w["title"] == "Week ending %s: %s%% (%d of %d)" % (
        day, pct, comp, rep), (w["title"], want)
    # every figure shown above its dot (13 weeks leave room), its height
    # the percentage: 0% at y 204, 100% at y 24
    assert w["value"] == pct + "%", w
    cx, cy, band = w["dot"]
    assert cy == 204 - int(pct) * 180 // 100, (w, pct)
    assert band == ("low" if int(pct) < 50 else
                    "mid" if int(pct) < 80 else "high"), w
    xs.append((cx, cy))
# oldest on the left; the line goes through every dot
assert [x for x, y in xs] == sorted(x for x, y in xs) and len(xs) >= 2, xs
assert [pt for line in p.lines for pt in line] == xs, (p.lines, xs)
# the table under the chart, the sentence on the page and in <desc>
table = [(r[0], int(r[1]), int(r[2]), r[3].rstrip("%").replace("-", ""))
         for r in p.tables["weeks"]]
assert table == [(e[:10], r, c, pc) for e, r, c, pc in want], table
have = [w for w in want if w[1] > 0]
sentence = ("From %s%% compliant in the week ending %s to %s%% in the week "
            "ending %s." % (have[0][3], have[0][0][:10], have[-1][3],
                            have[-1][0][:10]))
assert p.desc == [sentence, sentence], (p.desc, sentence)
print("ok")
EOF

# Printed: on A4, the chart on the first page with its heading, and
# drawn: the line's colour (#1a4f8b) across most of the chart on that
# page rasterised, and nowhere on the page without --weeks.
weeks_print()
{
	browser --print-to-pdf="$E2E_DIR/weeks.pdf" "file://$E2E_DIR/weeks.html" \
	    >/dev/null
	check "--weeks: Chromium prints the page to PDF" test -s "$E2E_DIR/weeks.pdf"
	console_clean "--weeks: no error on the console" weeks.html
	pdfinfo "$E2E_DIR/weeks.pdf" >"$E2E_DIR/weeks.info" 2>&1
	check "--weeks: printed on A4" \
	    grep -q '^Page size:.*(A4)' "$E2E_DIR/weeks.info"
	pdftotext -f 1 -l 1 "$E2E_DIR/weeks.pdf" "$E2E_DIR/weeks-1.txt"
	e2e_last=$(tail -n 1 "$E2E_DIR/weeks.csv" | cut -d';' -f1 | cut -c1-10)
	for e2e_text in "Compliance per week" "Week ending (UTC)" "$e2e_last" \
	    "From " "100%"; do
		check "--weeks: the first printed page has \"$e2e_text\"" \
		    grep -qF "$e2e_text" "$E2E_DIR/weeks-1.txt"
	done
	for e2e_f in weeks page; do
		pdftoppm -r 60 -f 1 -l 1 "$E2E_DIR/$e2e_f.pdf" \
		    >"$E2E_DIR/$e2e_f-1.ppm" 2>/dev/null
	done
	pycheck "--weeks: the line is drawn across the chart, not without --weeks" \
	    "$E2E_DIR/weeks-1.ppm" "$E2E_DIR/page-1.ppm" <<'EOF'
import sys
def line_box(path):
    """The box of the pixels of the trend line's colour in a P6 file."""
    data = open(path, "rb").read()
    head = data.split(maxsplit=4)
    assert head[0] == b"P6" and head[3] == b"255", head[:4]
    w, h, px = int(head[1]), int(head[2]), head[4]
    xs, ys = [], []
    for i in range(0, len(px) - 2, 3):
        r, g, b = px[i], px[i + 1], px[i + 2]
        if abs(r - 0x1a) < 30 and abs(g - 0x4f) < 30 and abs(b - 0x8b) < 30:
            xs.append(i // 3 % w)
            ys.append(i // 3 // w)
    return w, h, (min(xs), max(xs), min(ys), max(ys)) if xs else None
w, h, box = line_box(sys.argv[1])
assert box is not None, "no line on the first page"
assert box[1] - box[0] > w * 0.4, (w, box)      # most of the weeks
assert box[3] - box[2] < h * 0.2, (h, box)       # within the chart
w, h, box = line_box(sys.argv[2])
assert box is None, ("a line without --weeks", box)
print("ok")
EOF
}
if [ -z "$MISSING" ]; then
	weeks_print
else
	skip "--weeks: the page printed, its chart drawn"
fi

# ---------------------------------------------------------------- Indonesian

ROSTER=$E2E_DIR/pegawai.csv
printf 'NIP;Nama;Unit kerja\n%s\n%s\n%s\n' \
    "198609262015051001;Ani;Dinas Kominfo" \
    "198609262015051006;Gita;Dinas Kominfo" \
    "198609262015051007;Hadi;Sekretariat Daerah" >"$ROSTER"
E2E_LANG=id
collect_run -o "$E2E_DIR/halaman.html" --roster "$ROSTER" "$R/kominfo" \
    "$R/kesehatan"
check_eq "id, from the .html extension, with a roster: exit status 0" \
    "$E2E_STATUS" 0
dom halaman
check "id: the page is in Indonesian" \
    grep -qF '<html lang="id">' "$E2E_DIR/halaman.dom"
for msgid in "Compliance per work unit, worst first" \
    "Officials still to act, per work unit" "Officials who have not reported" \
    "Compliance per week" "No weeks were asked for: collect --weeks N shows the compliance of each of the last N weeks."; do
	check "id: \"$msgid\" is translated" translated "$msgid"
	check "id: \"$(t "$msgid")\" is on the page" \
	    grep -qF "$(t "$msgid")" "$E2E_DIR/halaman.dom"
done
pycheck "id: the unit only the roster has comes first, with Hadi under it" \
    "$E2E_DIR/halaman.dom" <<'EOF'
import sys
from pageparts import Page
p = Page(open(sys.argv[1], encoding="utf-8").read())
first = [a for a, t in p.bars if "data-unit" in a][0]
assert first["data-unit"] == "Sekretariat Daerah" and first["data-percent"] == "" \
    and first["data-reporting"] == "0", first
assert p.figures["expected"] == "3" and p.figures["not_reported"] == "2", p.figures
# worst first: no one reporting, then 1 of 2 in Kesehatan and Kominfo
assert [r[0] for r in p.tables["missing"]] == ["Hadi", "Gita"], p.tables["missing"]
print("ok")
EOF

# ---------------------------------------------------------------- options

E2E_LANG=en
collect_run -f html "$R/kominfo"
check_eq "-f html to standard output: exit status 0" "$E2E_STATUS" 0
check "-f html to standard output: the page" \
    grep -q '^<!DOCTYPE html>' "$E2E_DIR/plain.out"
collect_run -f htm "$R/kominfo"
check_eq "-f htm is not a format: exit status 2" "$E2E_STATUS" 2
check "the unknown format's message names html" \
    grep -q "use text, csv, json, xlsx or html" "$E2E_DIR/plain.err"
mkdir "$E2E_DIR/empty"
collect_run -f html --as-of 2026-11-30 "$E2E_DIR/empty"
check_eq "an empty folder: exit status 7" "$E2E_STATUS" 7
check "an empty folder: the page says no report was read" \
    grep -q '<p>No report was read.</p>' "$E2E_DIR/plain.out"
check "an empty folder: the page names it" \
    grep -qF "<li>$E2E_DIR/empty</li>" "$E2E_DIR/plain.out"
check "--as-of: the page says so" \
    grep -qF "As of (UTC): 2026-11-30 23:59</p>" "$E2E_DIR/plain.out"
collect_run --help
check "--help names html" grep -q "xlsx or html" "$E2E_DIR/plain.out"

check_no_sanitizer_reports
done_testing
