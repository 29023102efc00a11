# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# collect.sh: `jagaakun collect` over a folder that mixes good, older
# duplicate, edited, malformed, oversized, hostile-text and linked report
# files, incident files (two good, one bad) and reports with a quiz.  The summary is read back by independent readers: the CSV with
# Python's csv module, the XLSX with openpyxl, the JSON with Python's
# json; the text is checked for escape codes and width.  Then the exit
# statuses, --as-of, --unit and --stale; --roster (and the site
# settings' roster): who has not reported; paths that hold no report.
#
# Reports are made by bench/collect_gen.py, which computes the checksum
# from jagaakun-report(5) on its own (Python's json and hashlib).
. "$(dirname "$0")/lib.sh"

PY=/usr/bin/python3
GEN="$top_srcdir/bench/collect_gen.py"
R=$E2E_DIR/reports
NOW=2026-11-24T00:00:00Z
[ -x "$PY" ] || e2e_bail "$PY is needed"

# ---------------------------------------------------------------- reports

cat >"$E2E_DIR/spec.json" <<'EOF'
[
 {"file": "kominfo/ani.json", "name": "Ani", "nip": "198609262015051001",
  "unit": "Dinas Kominfo", "exported": "2026-11-20T08:00:00Z", "done": 28,
  "quiz": [12, 15]},
 {"file": "usb/ani-old.json", "name": "Ani", "nip": "198609262015051001",
  "unit": "Dinas Kominfo", "exported": "2026-10-01T08:00:00Z", "done": 3},
 {"file": "kominfo/budi.json", "name": "Budi", "nip": "198609262015051002",
  "unit": "dinas  KOMINFO", "exported": "2026-11-21T08:00:00Z", "done": 10,
  "quiz": [9, 15]},
 {"file": "kesehatan/citra.json", "name": "Citra", "nip": "198609262015052003",
  "unit": "Dinas Kesehatan", "exported": "2026-11-22T08:00:00Z", "done": 28},
 {"file": "kesehatan/evil.json",
  "name": "=HYPERLINK(\"http://x\")\u001b]0;pwned\u0007\u001b[2J\u009b31m",
  "nip": "198609262015052004", "unit": "Dinas Kesehatan",
  "exported": "2026-09-01T08:00:00Z", "done": 0},
 {"file": "aneh/plus.json", "name": "+628123", "nip": "198609262015051005",
  "unit": "@Unit Aneh", "exported": "2026-10-15T08:00:00Z", "done": 5}
]
EOF
"$PY" "$GEN" spec "$E2E_DIR/spec.json" "$R" || e2e_bail "collect_gen.py failed"
sed 's/"Citra"/"Citri"/' "$R/kesehatan/citra.json" >"$R/kesehatan/citra-edited.json"
head -c 100 "$R/kominfo/ani.json" >"$R/broken.json"
echo '{ "hello": 1 }' >"$R/other.json"
sed 's/"format":1,/"format":9,/' "$R/kominfo/ani.json" >"$R/future.json"
head -c 1100000 /dev/zero | tr '\0' ' ' >"$R/huge.json"
echo "not a report" >"$R/readme.txt"
ln -s /etc/passwd "$R/passwd.json"
mkdir "$E2E_DIR/outside"
cp "$R/kominfo/ani.json" "$E2E_DIR/outside/dewi.json"
ln -s ../outside "$R/outside"

# Incident files, as incident.h describes them: put_incident FILE NAME NIP
# UNIT TIME NOTICED MONEY.
put_incident()
{
	"$PY" - "$@" <<'EOF' || e2e_bail "cannot write $1"
import json, sys
path, name, nip, unit, time, noticed, money = sys.argv[1:]
inc = {"format": 1, "type": "jagaakun-incident",
       "program": {"name": "jagaakun", "version": "0.1.0"},
       "host": "pc-test", "time": time,
       "profile": {"name": name, "nip": nip, "kind": "pns", "unit": unit,
                   "position": "Staf"},
       "noticed": noticed, "details": "", "money_asked": money}
with open(path, "w", encoding="utf-8") as f:
    json.dump(inc, f, indent=2, ensure_ascii=False)
EOF
}
INC_BUDI=kominfo/jagaakun-incident-198609262015051002-20261123T080000Z.json
INC_CITRA=kesehatan/jagaakun-incident-198609262015052003-20261020T080000Z.json
put_incident "$R/$INC_BUDI" Budi 198609262015051002 "Dinas Kominfo" \
    2026-11-23T08:00:00Z gave-code yes
put_incident "$R/$INC_CITRA" "=Citra" 198609262015052003 \
    "Dinas Kesehatan" 2026-10-20T08:00:00Z contacts-messaged unknown
put_incident "$R/bad-incident.json" Budi 198609262015051002 "Dinas Kominfo" \
    2026-11-23T08:00:00Z stolen-phone yes

# Run collect with the time pinned: collect_run ARG...
collect_run()
{
	run_plain JAGAAKUN_NOW=$NOW -- --lang en collect "$@"
}

# Check that a file holds no ESC, BEL or C1 CSI byte: no_escapes DESC FILE.
no_escapes()
{
	if LC_ALL=C grep -q "$(printf '[\033\007\233]')" "$2"; then
		not_ok "$1"
		LC_ALL=C grep -n "$(printf '[\033\007\233]')" "$2" | cat -v | diag
	else
		ok "$1"
	fi
}

# The tables of a folder of summary CSV files (collect -o FOLDER/), for
# the Python checks.
cat >"$E2E_DIR/csvblocks.py" <<'EOF'
import csv, os

def table(path):
    """The rows of a one-table CSV file: a BOM, CRLF line ends."""
    raw = open(path, "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), (path, "no BOM")
    assert b"\n" not in raw.replace(b"\r\n", b""), (path, "not CRLF")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))

def blocks(folder):
    """The tables of folder by name (NAME.csv), each a list of rows, a
    list's labels first."""
    return {n[:-4]: table(os.path.join(folder, n))
            for n in os.listdir(folder) if n.endswith(".csv")}
EOF

# Run a Python check (stdin) with arguments, csvblocks importable; it
# prints "ok" when it passes, or what went wrong: pycheck DESCRIPTION
# [ARG]...
pycheck()
{
	e2e_desc=$1
	shift
	e2e_out=$(PYTHONPATH=$E2E_DIR "$PY" - "$@" 2>&1)
	if [ "$e2e_out" = ok ]; then
		ok "$e2e_desc"
	elif [ "$e2e_out" = skip ]; then
		ok "$e2e_desc # SKIP python3-openpyxl is not installed"
	else
		not_ok "$e2e_desc"
		printf '%s\n' "$e2e_out" | diag
	fi
}

# ---------------------------------------------------------------- CSV

collect_run -o "$E2E_DIR/tables/" --stale 30 "$R"
check_eq "some files rejected: exit status 5" "$E2E_STATUS" 5
check "nothing on stdout with -o" test ! -s "$E2E_DIR/plain.out"
no_escapes "stderr holds no escape codes" "$E2E_DIR/plain.err"
for f in broken.json future.json huge.json other.json passwd.json outside \
    kesehatan/citra-edited.json bad-incident.json; do
	check "stderr lists $f" grep -q "rejected $R/$f: " "$E2E_DIR/plain.err"
done
check_eq "stderr lists 8 rejected files" "$(grep -c 'rejected ' "$E2E_DIR/plain.err")" 8
check "the edited file is called changed" \
    grep -q "citra-edited.json: changed after it was exported" "$E2E_DIR/plain.err"
for t in officials summary units; do
	check "-o FOLDER/: $t.csv is private (0600)" \
	    test "$(file_mode "$E2E_DIR/tables/$t.csv")" = 600
done

pycheck "CSV tables read back with the csv module" "$E2E_DIR/tables" <<'EOF'
import sys
from csvblocks import blocks as csv_blocks
blocks = csv_blocks(sys.argv[1])
assert sorted(blocks) == ["duplicates", "incidents", "module_totals", "modules",
                          "not_applicable", "not_compliant", "officials",
                          "rejected", "stale", "summary", "units"], sorted(blocks)
inc = blocks["incidents"]
assert inc[0][:5] == ["Recorded (UTC)", "Name", "NIP", "Work unit",
                      "Contacts asked for money"], inc[0]
assert [r[1] for r in inc[1:]] == ["Budi", "'=Citra"], inc
assert inc[1][0] == "2026-11-23T08:00:00Z" and inc[1][2] == "19860926 201505 1 002", inc
assert inc[1][3:8] == ["Dinas Kominfo", "Yes", "yes", "I gave a code to someone",
                       "gave-code"], inc[1]
assert inc[2][5] == "unknown" and inc[2][7] == "contacts-messaged", inc[2]
assert inc[1][8].endswith("kominfo/jagaakun-incident-198609262015051002-20261123T080000Z.json"), inc[1]
total = {r[0]: r[1] for r in blocks["summary"]}
assert total["Report files found"] == "16", total
assert total["Valid reports"] == "6", total
assert total["Incidents reported"] == "2", total
assert total["Files rejected"] == "8", total
assert total["Older reports replaced"] == "1", total
assert total["Officials reporting"] == "5", total
assert total["Officials compliant"] == "2", total
assert total["Compliant (%)"] == "40", total
assert total["Stale reports"] == "2", total
units = blocks["units"]
assert units[0] == ["Work unit", "Reporting", "Compliant", "Compliant (%)",
                    "Stale", "Took the quiz", "Awareness (%)"], units[0]
# Ani 12 of 15 and Budi 9 of 15: 21 of 30 is 70%; no quiz: an empty cell.
assert units[1:] == [["'@Unit Aneh", "1", "0", "0", "1", "0", ""],
                     ["Dinas Kesehatan", "2", "1", "50", "1", "0", ""],
                     ["Dinas Kominfo", "2", "1", "50", "0", "2", "70"]], units
mods = {(r[0], r[2]): r[4:] for r in blocks["modules"][1:]}
# finished, of them not applicable, in all, percent
assert mods[("Dinas Kominfo", "two-step")] == ["8", "0", "8", "100"], mods
assert mods[("Dinas Kominfo", "profile-privacy")] == ["8", "0", "10", "80"], mods
assert mods[("Dinas Kesehatan", "codes")] == ["3", "0", "6", "50"], mods
na = blocks["not_applicable"]
assert na == [["Work unit", "Module", "Module id", "Reason given", "Listed",
               "Steps"]], na
late = blocks["not_compliant"][1:]
names = [r[1] for r in late]
assert names == ["'+628123", "'=HYPERLINK(\"http://x\")?]0;pwned??[2J?31m", "Budi"], names
budi = late[2]
assert budi[2] == "19860926 201505 1 002", budi
assert budi[4].startswith("Limit who sees your profile, "), budi
stale = [r[1] for r in blocks["stale"][1:]]
assert stale[0] == "'+628123" and stale[1].startswith("'=HYPERLINK"), stale
codes = sorted(r[1] for r in blocks["rejected"][1:])
assert codes == ["edited", "invalid", "not-a-report", "not-json", "symlink",
                 "symlink", "too-large", "unknown-format"], codes
dup = blocks["duplicates"][1:]
assert len(dup) == 1 and dup[0][2].endswith("usb/ani-old.json") and \
    dup[0][3].endswith("kominfo/ani.json"), dup
# Every official, a column per required module.
off = blocks["officials"]
head = off[0]
assert head[:4] == ["Work unit", "Name", "NIP", "Compliant"], head
assert head[-3:] == ["Steps not applicable", "Report of (UTC)", "Stale"], head
assert "Limit who sees your profile" in head, head
assert len(off) == 6, off
assert [r[1] for r in off[1:]] == ["'+628123",
    "'=HYPERLINK(\"http://x\")?]0;pwned??[2J?31m", "Citra", "Ani", "Budi"], off
mod = head.index("Limit who sees your profile")
ani, budi = off[4], off[5]
assert ani[:4] == ["Dinas Kominfo", "Ani", "19860926 201505 1 001", "yes"], ani
assert set(ani[4:-3]) == {"100"} and ani[-3:] == ["0", "2026-11-20T08:00:00Z", "no"], ani
assert budi[3] == "no" and budi[mod] == "60" and budi[-1] == "no", budi
assert [r[-1] for r in off[1:]] == ["yes", "yes", "no", "no", "no"], off
print("ok")
EOF

# One table a file: -f csv writes the officials table alone, or the one
# --table names; a name the summary has not is a usage error.
collect_run -f csv -o "$E2E_DIR/out.csv" --stale 30 "$R"
check_eq "-f csv -o FILE: exit status 5" "$E2E_STATUS" 5
check "the CSV file is private (0600)" test "$(file_mode "$E2E_DIR/out.csv")" = 600
check "-f csv: the officials table alone, the same as in the folder" \
    cmp "$E2E_DIR/out.csv" "$E2E_DIR/tables/officials.csv"
collect_run -f csv --table units --stale 30 "$R"
check "--table units: the units table alone" \
    cmp "$E2E_DIR/plain.out" "$E2E_DIR/tables/units.csv"
collect_run -f csv --table roster "$R"
check_eq "--table with a table the summary has not: status 2" "$E2E_STATUS" 2
check "and the tables it has are listed" grep -q \
    "no table 'roster'; its tables: incidents summary units" "$E2E_DIR/plain.err"
collect_run -f json --table units "$R"
check_eq "--table with -f json: status 2" "$E2E_STATUS" 2
collect_run -f xlsx -o "$E2E_DIR/tables/" "$R"
check_eq "-o FOLDER/ with -f xlsx: status 2" "$E2E_STATUS" 2
collect_run -o "$E2E_DIR/tables" --table summary "$R"
check_eq "-o FOLDER (existing) --table summary: written (status 5)" \
    "$E2E_STATUS" 5
check "and it is the summary" grep -q "^Valid reports;6" "$E2E_DIR/tables/summary.csv"
mkdir "$E2E_DIR/linked"
ln -s "$E2E_DIR/elsewhere.csv" "$E2E_DIR/linked/units.csv"
collect_run -o "$E2E_DIR/linked/" "$R"
check_eq "-o FOLDER/ with a link under a table's name: status 1" "$E2E_STATUS" 1
check "nothing written through the link" test ! -e "$E2E_DIR/elsewhere.csv"
check "and the link is named" grep -q "linked/units.csv is a link" "$E2E_DIR/plain.err"

# ---------------------------------------------------------------- XLSX

collect_run -o "$E2E_DIR/out.xlsx" --stale 30 "$R"
check_eq "XLSX from the -o extension: exit status 5" "$E2E_STATUS" 5
pycheck "XLSX read back with openpyxl" "$E2E_DIR/out.xlsx" <<'EOF'
import sys, datetime
try:
    import openpyxl
except ImportError:
    print("skip"); sys.exit()
wb = openpyxl.load_workbook(sys.argv[1])
# The summary first, with the charts.
assert wb.sheetnames == ["Summary", "Incidents", "Work units",
                         "Modules, all units", "Completion per module",
                         "Steps not applicable",
                         "Officials not yet compliant", "Officials",
                         "Stale reports",
                         "Files rejected", "Older reports replaced"], wb.sheetnames
charts = wb["Summary"]._charts
assert len(charts) == 2, charts
assert all(c.tagname == "barChart" for c in charts), [c.tagname for c in charts]
refs = [c.series[0].val.numRef.f for c in charts]
assert refs == ["'Work units'!$D$2:$D$4", "'Modules, all units'!$G$2:$G$9"], refs
cats = [c.series[0].cat.numRef.f for c in charts]
assert cats == ["'Work units'!$A$2:$A$4", "'Modules, all units'!$A$2:$A$9"], cats
assert sum(len(ws._charts) for ws in wb.worksheets) == 2
totals = list(wb["Modules, all units"].iter_rows(min_row=2, values_only=True))
assert len(totals) == 8, totals
assert totals[0][:3] == ("Turn on two-step verification", "two-step", "yes"), totals
assert wb["Modules, all units"]["G2"].number_format == "0%"
# Every official, a column per required module as a percentage.
off = wb["Officials"]
assert off.freeze_panes == "A2", off.freeze_panes
head = [c.value for c in off[1]]
assert head[:4] == ["Work unit", "Name", "NIP", "Compliant"], head
assert head[-3:] == ["Steps not applicable", "Report of (UTC)", "Stale"], head
rows = list(off.iter_rows(min_row=2, values_only=True))
assert [r[1] for r in rows] == ["'+628123",
    "'=HYPERLINK(\"http://x\")?]0;pwned??[2J?31m", "Citra", "Ani", "Budi"], rows
budi = rows[4]
mod = head.index("Limit who sees your profile")
assert budi[:4] == ("Dinas Kominfo", "Budi", "198609262015051002", "no"), budi
assert budi[mod] == 0.6 and budi[-3] == 0, budi
assert budi[-2] == datetime.datetime(2026, 11, 21, 8, 0) and budi[-1] == "no", budi
assert off.cell(row=6, column=mod + 1).number_format == "0%"
assert [r[-1] for r in rows] == ["yes", "yes", "no", "no", "no"], rows
inc = list(wb["Incidents"].iter_rows(min_row=2, values_only=True))
assert [r[1] for r in inc] == ["Budi", "'=Citra"], inc
assert inc[0][0] == datetime.datetime(2026, 11, 23, 8, 0), inc[0]
assert inc[0][2] == "198609262015051002", inc[0]
assert "export format 1.0" in (wb.properties.description or ""), wb.properties
units = wb["Work units"]
assert units.freeze_panes == "A2", units.freeze_panes
assert units["A1"].font.b, "header not bold"
rows = list(units.iter_rows(min_row=2, values_only=True))
assert rows == [("'@Unit Aneh", 1, 0, 0, 1, 0, None),
                ("Dinas Kesehatan", 2, 1, 0.5, 1, 0, None),
                ("Dinas Kominfo", 2, 1, 0.5, 0, 2, 0.7)], rows
assert units["G4"].number_format == "0%", units["G4"].number_format
assert units["D3"].number_format == "0%", units["D3"].number_format
assert units["B3"].data_type == "n"
mods = wb["Completion per module"]
kominfo = [r for r in mods.iter_rows(min_row=2, values_only=True)
           if r[0] == "Dinas Kominfo" and r[2] == "profile-privacy"]
assert kominfo == [("Dinas Kominfo", "Limit who sees your profile",
                    "profile-privacy", "yes", 8, 0, 10, 0.8)], kominfo
late = wb["Officials not yet compliant"]
rows = list(late.iter_rows(min_row=2, values_only=True))
assert [r[1] for r in rows] == ["'+628123",
    "'=HYPERLINK(\"http://x\")?]0;pwned??[2J?31m", "Budi"], rows
assert rows[2][2] == "198609262015051002", rows[2]
assert rows[2][3] == datetime.datetime(2026, 11, 21, 8, 0), rows[2]
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            assert c.data_type != "f", (ws.title, c.coordinate, c.value)
# Printable: A4 landscape, one page wide, the header row on every page of
# a list, page numbers at the foot; no column narrower than what it holds
# (a date needs 16 characters, or a spreadsheet shows ###).
for ws in wb.worksheets:
    ps = ws.page_setup
    assert ps.orientation == "landscape" and str(ps.paperSize) == "9", (ws.title, ps.orientation, ps.paperSize)
    assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    assert ps.fitToWidth in (1, None) and ps.fitToHeight == 0, (ws.title, ps.fitToWidth, ps.fitToHeight)
    assert "&P" in (ws.oddFooter.center.text or ""), (ws.title, ws.oddFooter.center.text)
    assert len(ws.title) <= 31, ws.title
    if ws.title != "Summary":
        assert ws.print_title_rows in ("1:1", "$1:$1"), (ws.title, ws.print_title_rows)
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            width = ws.column_dimensions[c.column_letter].width
            need = 16 if c.is_date else len(str(c.value))
            assert width >= min(need, 58), (ws.title, c.coordinate, c.value, width)
print("ok")
EOF

# ---------------------------------------------------------------- PDF

# The workbook as LibreOffice prints it (libreoffice-calc-nogui, which
# scripts/setup.sh test installs): every sheet on A4 landscape, the
# summary and its two charts on the first page.
SOFFICE=$(command -v soffice || command -v libreoffice || :)
if [ -z "$SOFFICE" ]; then
	ok "LibreOffice converts the XLSX to PDF # SKIP LibreOffice is not installed"
else
	mkdir "$E2E_DIR/pdf"
	timeout 600 "$SOFFICE" -env:UserInstallation="file://$E2E_DIR/lo-profile" \
	    --headless --convert-to pdf --outdir "$E2E_DIR/pdf" \
	    "$E2E_DIR/out.xlsx" >"$E2E_DIR/lo.out" 2>&1
	check "LibreOffice converts the XLSX to PDF" test -s "$E2E_DIR/pdf/out.pdf"
	pycheck "the PDF: A4 landscape, a page at least per sheet" \
	    "$E2E_DIR/pdf/out.pdf" <<'EOF'
import re, sys
pdf = open(sys.argv[1], "rb").read()
assert pdf.startswith(b"%PDF-"), pdf[:8]
pages = re.findall(rb"/Type\s*/Page[^s]", pdf)
assert len(pages) >= 11, len(pages)
boxes = set(re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf))
for b in boxes:
    w, h = (float(x) for x in b.split()[2:4])
    assert abs(w - 841.89) < 1 and abs(h - 595.3) < 1, boxes
print("ok")
EOF
	if command -v pdftotext >/dev/null; then
		pdftotext -f 1 -l 1 "$E2E_DIR/pdf/out.pdf" "$E2E_DIR/pdf/page1.txt"
		for t in "Officials reporting" "Officials compliant per work unit (%)" \
		    "Steps finished per module, all units (%)" "Dinas Kominfo" \
		    "Turn on two-step verification"; do
			check "the PDF's first page shows \"$t\"" \
			    grep -qF "$t" "$E2E_DIR/pdf/page1.txt"
		done
	else
		ok "the PDF's first page shows the charts # SKIP pdftotext is not installed"
	fi
fi

# ---------------------------------------------------------------- JSON

collect_run -f json "$R"
check_eq "JSON to stdout: exit status 5" "$E2E_STATUS" 5
no_escapes "the JSON holds no raw escape codes" "$E2E_DIR/plain.out"
pycheck "JSON read back with the json module" "$E2E_DIR/plain.out" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
h = d["jagaakun_export"]
assert (h["major"], h["kind"], h["generated"]) == (1, "summary", "2026-11-24T00:00:00Z"), h
assert d["summary"]["officials"] == 5 and d["summary"]["compliant"] == 2, d["summary"]
late = {o["name"]: o for o in d["not_compliant"]}
evil = '=HYPERLINK("http://x")?]0;pwned??[2J?31m'
assert evil in late, list(late)
assert late["Budi"]["nip"] == "198609262015051002"
assert late["Budi"]["lacks"][0] == "profile-privacy", late["Budi"]
assert isinstance(d["units"][1]["reporting"], int)
assert list(d)[:2] == ["jagaakun_export", "incidents"], list(d)
assert [i["noticed_code"] for i in d["incidents"]] == ["gave-code",
                                                      "contacts-messaged"], d["incidents"]
assert d["incidents"][1]["name"] == "=Citra", d["incidents"]
assert [u["awareness"] for u in d["units"]] == [None, None, 70], d["units"]
assert [u["quizzed"] for u in d["units"]] == [0, 0, 2], d["units"]
off = {o["name"]: o for o in d["officials"]}
assert len(d["officials"]) == 5 and evil in off, list(off)
budi = off["Budi"]
assert (budi["compliant"], budi["na"], budi["stale"]) == (False, 0, False), budi
assert budi["profile-privacy_percent"] == 60 and budi["two-step_percent"] == 100, budi
assert budi["exported"] == "2026-11-21T08:00:00Z", budi
# Over all units: the per-unit rows added up.
tot = {m["module_id"]: m for m in d["module_totals"]}
for mid, t in tot.items():
    rows = [m for m in d["modules"] if m["module_id"] == mid]
    for k in ("finished", "na", "total"):
        assert t[k] == sum(m[k] for m in rows), (mid, k, t, rows)
    assert t["percent"] == t["finished"] * 100 // t["total"], t
assert (tot["two-step"]["finished"], tot["two-step"]["total"]) == (16, 20), tot
print("ok")
EOF

# ---------------------------------------------------------------- text

collect_run "$R"
check_eq "text to stdout: exit status 5" "$E2E_STATUS" 5
no_escapes "the text holds no escape codes" "$E2E_DIR/plain.out"
check "the text names Budi" grep -q "Budi" "$E2E_DIR/plain.out"
check "without a roster, who has not reported is unknown" \
    grep -q "^Who has not reported: *unknown: no roster" "$E2E_DIR/plain.out"
pycheck "the text fits 80 columns" "$E2E_DIR/plain.out" <<'EOF'
import sys, unicodedata
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
            for c in line.rstrip("\n"))
    assert w <= 80, (n, w, line)
print("ok")
EOF
check "the text lists rejected files too" grep -q "huge.json" "$E2E_DIR/plain.out"
pycheck "the text lists incidents first, newest first" "$E2E_DIR/plain.out" <<'EOF'
import sys
t = open(sys.argv[1], encoding="utf-8").read()
a, b, c = t.find("Incidents:"), t.find("20261123T080000Z"), t.find("20261020T080000Z")
assert 0 <= a < b < c < t.find("\nSummary\n"), (a, b, c)
assert "I gave a code" in t, t
print("ok")
EOF

# ---------------------------------------------------------------- options

collect_run -f json --as-of 2026-11-01 "$R"
pycheck "--as-of: the state on that day" "$E2E_DIR/plain.out" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
s = d["summary"]
assert (s["officials"], s["after_as_of"], s["compliant"]) == (3, 3, 0), s
assert s["as_of"] == "2026-11-01T23:59:59Z", s
ani = [o for o in d["not_compliant"] if o["name"] == "Ani"][0]
assert ani["exported"] == "2026-10-01T08:00:00Z", ani
assert [i["name"] for i in d["incidents"]] == ["=Citra"], d["incidents"]
print("ok")
EOF

collect_run -f json --unit " dinas kominfo " "$R"
pycheck "--unit: one unit, however it is spelt" "$E2E_DIR/plain.out" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert [u["unit"] for u in d["units"]] == ["Dinas Kominfo"], d["units"]
assert d["summary"]["other_units"] == 3, d["summary"]
assert [i["name"] for i in d["incidents"]] == ["Budi"], d["incidents"]
print("ok")
EOF

collect_run -f csv "$R/kominfo" "$R/kesehatan/citra.json"
check_eq "only good files: exit status 0" "$E2E_STATUS" 0
check "only good files: stderr is empty" test ! -s "$E2E_DIR/plain.err"

# ---------------------------------------------------------------- --weeks

# Each week's figures, computed again from spec.json: per NIP the newest
# report at or before the week's end, in the unit of its newest report.
collect_run -f json --weeks 9 --as-of 2026-11-21 "$R"
check_eq "--weeks: exit status 5 (the rejected files)" "$E2E_STATUS" 5
pycheck "--weeks: each week the state at its end" "$E2E_DIR/plain.out" \
    "$E2E_DIR/spec.json" <<'EOF'
import json, sys
from datetime import datetime, timedelta, timezone
d = json.load(open(sys.argv[1], encoding="utf-8"))
spec = json.load(open(sys.argv[2], encoding="utf-8"))
def t(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
def key(u):
    return " ".join(u.split()).casefold()
last = t("2026-11-21T23:59:59Z")
ends = [last - timedelta(days=7 * (8 - k)) for k in range(9)]
assert [t(w["week_end"]) for w in d["weeks"]] == ends, d["weeks"]
def state(end):
    newest = {}
    for r in spec:
        if t(r["exported"]) <= end and (r["nip"] not in newest or
                t(r["exported"]) > t(newest[r["nip"]]["exported"])):
            newest[r["nip"]] = r
    return newest
unit_of = {n: key(r["unit"]) for n, r in state(last).items()}
want, want_units = [], {}
for k, end in enumerate(ends):
    st = state(end)
    rep, comp = len(st), sum(r["done"] == 28 for r in st.values())
    want.append((rep, comp))
    for n, r in st.items():
        u = want_units.setdefault(unit_of[n], [[0, 0] for _ in ends])
        u[k][0] += 1
        u[k][1] += r["done"] == 28
got = [(w["reporting"], w["compliant"]) for w in d["weeks"]]
assert got == want, (got, want)
assert want[0] == (1, 0) and want[-1] == (4, 1), want
assert want[-1] == (d["summary"]["officials"], d["summary"]["compliant"])
assert d["weeks"][-1]["percent"] == 25, d["weeks"]
units = {}
for w in d["unit_weeks"]:
    units.setdefault(key(w["unit"]), []).append([w["reporting"], w["compliant"]])
for u in want_units:
    assert units[u] == want_units[u], (u, units[u], want_units[u])
assert all(sum(r) == 0 for u in units if u not in want_units
           for r in units[u]), units
print("ok")
EOF
collect_run -f csv --table unit_weeks --weeks 2 "$R"
check "--weeks: the CSV has the table per week and unit" \
    grep -q "Work unit;Week ending (UTC);Reporting;Compliant;" "$E2E_DIR/plain.out"
collect_run --weeks 2 "$R"
check "--weeks: the text shows the week's end" \
    grep -q "^2026-11-24  *5  *2  *40%" "$E2E_DIR/plain.out"
collect_run -o "$E2E_DIR/weeks.xlsx" --weeks 4 "$R"
pycheck "--weeks: the XLSX has a line chart of the weeks' percentage" \
    "$E2E_DIR/weeks.xlsx" <<'EOF'
import sys
try:
    import openpyxl
except ImportError:
    print("skip"); sys.exit()
wb = openpyxl.load_workbook(sys.argv[1])
weeks = wb["Compliance per week"]
# the line beside its table, the two bar charts on the first sheet
assert [c.tagname for c in weeks._charts] == ["lineChart"], weeks._charts
assert [c.tagname for c in wb["Summary"]._charts] == ["barChart"] * 2
assert sum(len(ws._charts) for ws in wb.worksheets) == 3
line = weeks._charts[0]
assert weeks._charts[0].anchor._from.col == 5, line.anchor._from.col  # F
s = line.series[0]
assert s.val.numRef.f == "'Compliance per week'!$D$2:$D$5", s.val.numRef.f
assert s.cat.numRef.f == "'Compliance per week'!$A$2:$A$5", s.cat.numRef.f
# D is the percentage column, its cells percentages
assert weeks["D1"].value == "Compliant (%)", weeks["D1"].value
assert weeks["D5"].number_format == "0%", weeks["D5"].number_format
assert abs(weeks["D5"].value - 0.4) < 1e-9, weeks["D5"].value
assert (line.y_axis.scaling.min, line.y_axis.scaling.max) == (0, 1)
print("ok")
EOF
collect_run --weeks 0 "$R"
check_eq "--weeks 0: exit status 2" "$E2E_STATUS" 2
collect_run --weeks 521 "$R"
check_eq "--weeks 521: exit status 2" "$E2E_STATUS" 2

# ---------------------------------------------------------------- summaries

# Two offices' reports; their JSON summaries merged give what collecting
# the reports at once gives (the units named after their office).
cat >"$E2E_DIR/spec-offices.json" <<'EOF'
[
 {"file": "kota-a/ani.json", "name": "Ani", "nip": "198609262015051101",
  "unit": "Dinas Kominfo", "exported": "2026-11-20T08:00:00Z", "done": 28,
  "quiz": [12, 15]},
 {"file": "kota-a/ani-old.json", "name": "Ani", "nip": "198609262015051101",
  "unit": "Dinas Kominfo", "exported": "2026-10-20T08:00:00Z", "done": 2},
 {"file": "kota-a/budi.json", "name": "Budi", "nip": "198609262015051102",
  "unit": "Dinas Kominfo", "exported": "2026-11-21T08:00:00Z", "done": 10},
 {"file": "kota-b/citra.json", "name": "Citra", "nip": "198609262015052103",
  "unit": "Dinas Sosial", "exported": "2026-11-22T08:00:00Z", "done": 28},
 {"file": "kota-b/dewi.json", "name": "Dewi", "nip": "198609262015052104",
  "unit": "Dinas Pendidikan", "exported": "2026-11-02T08:00:00Z", "done": 0}
]
EOF
O=$E2E_DIR/offices
"$PY" "$GEN" spec "$E2E_DIR/spec-offices.json" "$O" ||
    e2e_bail "collect_gen.py failed"
collect_run -f json -o "$O/kota-a.summary.json" "$O/kota-a"
collect_run -f json -o "$O/kota-b.summary.json" "$O/kota-b"
collect_run -f json -o "$O/direct.json" "$O/kota-a" "$O/kota-b"
collect_run -f json -o "$O/merged.json" "$O/kota-a.summary.json" \
    "$O/kota-b.summary.json"
check_eq "summaries merged: exit status 0" "$E2E_STATUS" 0
pycheck "summaries merged: the figures of the reports collected at once" \
    "$O/direct.json" "$O/merged.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
m = json.load(open(sys.argv[2], encoding="utf-8"))
skip = {"agency", "as_of"}
assert {k: v for k, v in d["summary"].items() if k not in skip} == \
    {k: v for k, v in m["summary"].items() if k not in skip}, (d["summary"], m["summary"])
assert m["summary"]["officials"] == 4 and m["summary"]["compliant"] == 2, m["summary"]
def strip(rows):
    out = []
    for r in rows:
        r = dict(r)
        office, _, unit = r["unit"].partition(" / ")
        assert office in ("kota-a", "kota-b"), r
        r["unit"] = unit
        out.append(r)
    return sorted(out, key=lambda r: json.dumps(r, sort_keys=True))
for t in ("units", "modules", "accounts", "not_compliant"):
    assert strip(m.get(t, [])) == sorted(d.get(t, []),
        key=lambda r: json.dumps(r, sort_keys=True)), t
print("ok")
EOF
collect_run --no-officials "$O/kota-a.summary.json" "$O/kota-b.summary.json"
check_eq "--no-officials: exit status 0" "$E2E_STATUS" 0
check "--no-officials: still counted" \
    grep -q "^Officials reporting: *4$" "$E2E_DIR/plain.out"
if grep -q "Budi\|Dewi" "$E2E_DIR/plain.out"; then
	not_ok "--no-officials: no official named"
else
	ok "--no-officials: no official named"
fi
collect_run "$O/kota-a.summary.json" "$O/kota-b"
check_eq "a summary beside reports: exit status 2" "$E2E_STATUS" 2
check "a summary beside reports: stderr says which is which" grep -q \
    "kota-a.summary.json is a summary and .*kota-b is not" "$E2E_DIR/plain.err"
collect_run --as-of 2026-11-01 "$O/kota-a.summary.json"
check_eq "--as-of with summaries: exit status 2" "$E2E_STATUS" 2
collect_run --no-officials "$O/kota-a"
check_eq "--no-officials with reports: exit status 2" "$E2E_STATUS" 2
sed 's/"officials": 2,/"officials": 3,/' "$O/kota-a.summary.json" \
    >"$O/kota-c.summary.json"
cp "$O/kota-b.summary.json" "$O/again.summary.json"
collect_run -f json "$O/kota-c.summary.json" "$O/kota-b.summary.json" \
    "$O/again.summary.json"
check_eq "a summary whose sums disagree: exit status 5" "$E2E_STATUS" 5
check "a summary whose sums disagree: stderr names the field" grep -q \
    "rejected $O/kota-c.summary.json: damaged or incomplete: The counts in summary.officials do not add up" \
    "$E2E_DIR/plain.err"
pycheck "a summary refused: the others merged, the refused listed" \
    "$E2E_DIR/plain.out" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["summary"]["officials"] == 2, d["summary"]
assert [r["code"] for r in d["rejected"]] == ["invalid", "same-office"], d["rejected"]
print("ok")
EOF

collect_run
check_eq "no path: exit status 2" "$E2E_STATUS" 2
collect_run -f pdf "$R"
check_eq "unknown format: exit status 2" "$E2E_STATUS" 2
collect_run --as-of 2026-02-30 "$R"
check_eq "impossible --as-of date: exit status 2" "$E2E_STATUS" 2
collect_run --stale 0 "$R"
check_eq "--stale 0: exit status 2" "$E2E_STATUS" 2
collect_run -o "$E2E_DIR/no/such/folder/out.csv" "$R/kominfo"
check_eq "output cannot be written: exit status 1" "$E2E_STATUS" 1
check "output cannot be written: stderr says so" \
    grep -q "cannot write the summary" "$E2E_DIR/plain.err"
collect_run --help
check_eq "--help: exit status 0" "$E2E_STATUS" 0
check "--help shows the usage" grep -q "collect \[OPTION\]" "$E2E_DIR/plain.out"

# ---------------------------------------------------------------- roster

# A personnel export as Excel writes it in an Indonesian locale: a BOM,
# ';', CRLF, a header with a column more; a NIP in groups, a quoted name
# with a comma; a duplicate and a bad NIP (lines 7 and 8).
ROSTER=$E2E_DIR/pegawai.csv
printf '\357\273\277NIP;Nama;Jabatan;Unit kerja\r\n%s\r\n%s\r\n%s\r\n%s\r\n%s\r\n%s\r\n%s\r\n' \
    "198609262015051001;Ani;Staf;Dinas Kominfo" \
    '"19860926 201505 1 002";"Budi, S.Kom";Staf;DINAS KOMINFO' \
    "198609262015052003;Citra;Staf;Dinas Kesehatan" \
    "198609262015051006;Gita;Staf;Dinas Kominfo" \
    "198609262015051007;Hadi;Kepala;Sekretariat Daerah" \
    "198609262015051001;Ani lagi;Staf;Dinas Kominfo" \
    "12345;Salah;Staf;Setda" >"$ROSTER"

# The roster's figures in the JSON summary: roster_check DESCRIPTION.
roster_check()
{
	pycheck "$1" "$E2E_DIR/plain.out" "$ROSTER" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
r = d["roster"]
assert r == {"file": sys.argv[2], "skipped": 2, "expected": 5, "reported": 3,
             "compliant": 2, "percent": 40, "not_reported": 2,
             "not_on_roster": 2}, r
units = [(u["unit"], u["expected"], u["reported"], u["compliant"],
          u["percent"], u["not_reported"], u["not_on_roster"])
         for u in d["roster_units"]]
assert units == [("@Unit Aneh", 0, 0, 0, None, 0, 1),
                 ("Dinas Kesehatan", 1, 1, 1, 100, 0, 1),
                 ("Dinas Kominfo", 3, 2, 1, 33, 1, 0),
                 ("Sekretariat Daerah", 1, 0, 0, 0, 1, 0)], units
missing = [(m["unit"], m["name"], m["nip"]) for m in d["not_reported"]]
assert missing == [("Dinas Kominfo", "Gita", "198609262015051006"),
                   ("Sekretariat Daerah", "Hadi", "198609262015051007")], missing
off = [(o["unit"], o["nip"]) for o in d["not_on_roster"]]
assert off == [("@Unit Aneh", "198609262015051005"),
               ("Dinas Kesehatan", "198609262015052004")], off
assert d["summary"]["non_reporters_code"] == "listed", d["summary"]
print("ok")
EOF
}

collect_run -f json --roster "$ROSTER" "$R"
check_eq "--roster: exit status 5 (files and rows rejected)" "$E2E_STATUS" 5
roster_check "--roster: expected, reported, compliant, not yet reported"
check "--roster: the duplicate row is named with its line" grep -q \
    "^$ROSTER:7: NIP 198609262015051001 is already on line 2\$" "$E2E_DIR/plain.err"
check "--roster: the bad NIP is named with its line" grep -q \
    "^$ROSTER:8: \"12345\" is not a NIP: " "$E2E_DIR/plain.err"

# The modules the reports of bench/collect_gen.py count as required (the
# bundled content has more, which those reports do not list).
printf 'format = 1;\nroster = "%s";\nrequired_accounts = [ "whatsapp" ];\nrequired = [ "two-step", "codes", "linked-devices", "money-requests" ];\n' \
    "$ROSTER" >"$E2E_DIR/site.cfg"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$E2E_DIR/site.cfg" collect \
    -f json "$R"
check_eq "the site's roster: exit status 5" "$E2E_STATUS" 5
roster_check "the site settings' roster is read without --roster"
# With a settings file, its rules: WhatsApp, the bundled content's one
# account, is required, and every official reporting counts for it.
pycheck "the site's rules: compliance per account" "$E2E_DIR/plain.out" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
a = {(r["unit"], r["account_id"]): (r["required"], r["officials"],
     r["compliant"]) for r in d["accounts"]}
assert a[("Dinas Kominfo", "whatsapp")] == (True, 2, 1), a
assert a[("Dinas Kesehatan", "whatsapp")] == (True, 2, 1), a
print("ok")
EOF
printf 'format = 1;\nroster = "pegawai.csv";\n' >"$E2E_DIR/bad-site.cfg"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$E2E_DIR/bad-site.cfg" \
    collect "$R"
check_eq "invalid site settings: exit status 6" "$E2E_STATUS" 6
check "invalid site settings: the line is named" \
    grep -q "bad-site.cfg:2: \"roster\" must be an absolute path" "$E2E_DIR/plain.err"

collect_run -o "$E2E_DIR/roster/" --roster "$ROSTER" "$R"
pycheck "--roster: the CSV files of the roster's tables" "$E2E_DIR/roster" <<'EOF'
import sys
from csvblocks import blocks as csv_blocks
blocks = csv_blocks(sys.argv[1])
assert blocks["not_reported"] == [
    ["Work unit", "Name", "NIP"],
    ["Dinas Kominfo", "Gita", "19860926 201505 1 006"],
    ["Sekretariat Daerah", "Hadi", "19860926 201505 1 007"]], blocks
per = blocks["roster_units"]
assert per[0] == ["Work unit", "Expected", "Reported", "Compliant",
                  "Compliant (%)", "Not yet reported", "Not on the roster"], per
assert per[1] == ["'@Unit Aneh", "0", "0", "0", "", "0", "1"], per
total = {r[0]: r[1] for r in blocks["roster"]}
assert total["Not yet reported"] == "2" and total["Officials expected"] == "5", total
print("ok")
EOF

collect_run -o "$E2E_DIR/roster.xlsx" --roster "$ROSTER" "$R"
pycheck "--roster: the XLSX has the roster's sheets" "$E2E_DIR/roster.xlsx" <<'EOF'
import sys
try:
    import openpyxl
except ImportError:
    print("skip"); sys.exit()
wb = openpyxl.load_workbook(sys.argv[1])
for name in ("Roster", "Roster per work unit", "Officials who have not reported",
             "Not on the roster"):
    assert name in wb.sheetnames, wb.sheetnames
rows = list(wb["Officials who have not reported"].iter_rows(min_row=2, values_only=True))
assert rows == [("Dinas Kominfo", "Gita", "198609262015051006"),
                ("Sekretariat Daerah", "Hadi", "198609262015051007")], rows
print("ok")
EOF

collect_run --roster "$ROSTER" "$R"
check "--roster: the text lists who has not reported" \
    grep -q "^  Gita  *198609262015051006" "$E2E_DIR/plain.out"
no_escapes "--roster: the text holds no escape codes" "$E2E_DIR/plain.out"

collect_run --roster "$E2E_DIR/no-such.csv" "$R"
check_eq "a roster that cannot be read: exit status 1" "$E2E_STATUS" 1
check "a roster that cannot be read: stderr says so" \
    grep -q "no-such.csv: cannot read the roster: " "$E2E_DIR/plain.err"
check "a roster that cannot be read: nothing is summarised" \
    test ! -s "$E2E_DIR/plain.out"

# ---------------------------------------------------------------- no report

mkdir "$E2E_DIR/empty"
collect_run "$E2E_DIR/empty"
check_eq "an empty folder: exit status 7" "$E2E_STATUS" 7
check "an empty folder: stderr names it" grep -q \
    "collect: no valid report in $E2E_DIR/empty " "$E2E_DIR/plain.err"
check "an empty folder: the summary names it" \
    grep -q "^Paths with no report: *1$" "$E2E_DIR/plain.out"
collect_run -f csv "$R/kominfo" "$E2E_DIR/laporn"
check_eq "a mistyped folder beside a good one: exit status 7" "$E2E_STATUS" 7
check "a mistyped folder: stderr names it" grep -q \
    "collect: no valid report in $E2E_DIR/laporn " "$E2E_DIR/plain.err"
check "a mistyped folder: the others are still summarised" \
    grep -q "Budi" "$E2E_DIR/plain.out"

check_no_sanitizer_reports
done_testing
