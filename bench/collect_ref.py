#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
"""Reference for the collect benchmark: the summary `jagaakun collect -f csv`
computes, in plain Python (json, csv, hashlib from the standard library).

    collect_ref.py [--roster FILE] DIR...

Reads every *.json file under the folders (not hidden ones, not through
symbolic links), keeps the reports whose checksum matches, the newest per
NIP (the first in path order on a tie), and writes, as CSV with ';', the
"Work units" and "Completion per module" blocks that jagaakun writes.
With --roster (a CSV of NIP, name and unit, ';'-separated with a header
row, as bench/collect_gen.py writes it), the "Roster per work unit" block
too: per unit the officials expected, those of them who reported and are
compliant, the percentage, those not yet reported, and the officials
reporting there who are not on the roster.
"""
import csv
import hashlib
import json
import os
import re
import sys


def files(top):
    """Report files under top, in jagaakun's order (names byte by byte)."""
    for entry in sorted(os.scandir(top), key=lambda e: e.name.encode()):
        if entry.name.startswith(".") or entry.is_symlink():
            continue
        if entry.is_dir():
            yield from files(entry.path)
        elif entry.name.lower().endswith(".json") and entry.is_file():
            yield entry.path


def read(path):
    """The report at path, or None when it is not a valid one."""
    try:
        with open(path, "rb") as f:
            r = json.loads(f.read().decode("utf-8"))
        given = r.pop("checksum")
        canonical = json.dumps(r, separators=(",", ":"), ensure_ascii=False)
        ok = (r["format"] == 1 and r["program"]["name"] == "jagaakun" and
              given == "sha256:" + hashlib.sha256(canonical.encode()).hexdigest())
        return r if ok else None
    except (ValueError, KeyError, TypeError, AttributeError, OSError):
        return None


def unit_key(unit):
    """The grouping key of a unit name: case and spacing do not count."""
    return re.sub(r"\s+", " ", unit.strip().lower())


def unit_name(unit):
    """A unit name with its spacing cleaned."""
    return re.sub(r"\s+", " ", unit.strip())


def read_roster(path):
    """The roster's officials: a list of (NIP, unit), header row left out."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    head = [c.strip().lower() for c in rows[0]]
    nip, unit = head.index("nip"), head.index("unit kerja")
    return [(re.sub(r"[ .-]", "", r[nip]), r[unit].strip())
            for r in rows[1:] if r]


def main(argv):
    roster = None
    if argv[:1] == ["--roster"]:
        roster, argv = read_roster(argv[1]), argv[2:]
    newest = {}     # NIP -> (exported, seq, unit, compliant, modules)
    for seq, path in enumerate(p for top in argv for p in files(top)):
        r = read(path)
        if r is None:
            continue
        nip = r["profile"]["nip"]
        if nip not in newest or r["exported"] > newest[nip][0]:
            newest[nip] = (r["exported"], seq, r["profile"]["unit"],
                           r["compliant"],
                           [(m["id"], m["done"] + m["na"], m["total"])
                            for m in r["modules"]])
    units, modules = {}, {}
    listed = {nip for nip, _ in roster or []}
    for nip, (_, _, unit, compliant, mods) in sorted(newest.items(),
                                                     key=lambda x: x[1][1]):
        u = units.setdefault(unit_key(unit), {
            "name": unit_name(unit), "reporting": 0, "compliant": 0,
            "expected": 0, "reported": 0, "ok": 0, "off_roster": 0})
        u["reporting"] += 1
        u["compliant"] += compliant
        u["off_roster"] += nip not in listed
        for mid, finished, total in mods:
            p = modules.setdefault((unit_key(unit), mid), [0, 0])
            p[0] += finished
            p[1] += total
    for nip, unit in roster or []:
        u = units.setdefault(unit_key(unit), {
            "name": unit_name(unit), "reporting": 0, "compliant": 0,
            "expected": 0, "reported": 0, "ok": 0, "off_roster": 0})
        u["expected"] += 1
        if nip in newest:
            u["reported"] += 1
            u["ok"] += newest[nip][3]
    out = csv.writer(sys.stdout, delimiter=";", lineterminator="\r\n")
    out.writerow(["Work units"])
    out.writerow(["Work unit", "Reporting", "Compliant", "Compliant (%)"])
    for key in sorted(units):
        u = units[key]
        out.writerow([u["name"], u["reporting"], u["compliant"],
                      u["compliant"] * 100 // u["reporting"]
                      if u["reporting"] else ""])
    out.writerow([])
    out.writerow(["Completion per module"])
    out.writerow(["Work unit", "Module id", "Steps finished", "Steps in all"])
    for (key, mid), (finished, total) in sorted(modules.items()):
        out.writerow([units[key]["name"], mid, finished, total])
    if roster is None:
        return
    out.writerow([])
    out.writerow(["Roster per work unit"])
    out.writerow(["Work unit", "Expected", "Reported", "Compliant",
                  "Compliant (%)", "Not yet reported", "Not on the roster"])
    for key in sorted(units):
        u = units[key]
        out.writerow([u["name"], u["expected"], u["reported"], u["ok"],
                      u["ok"] * 100 // u["expected"] if u["expected"] else "",
                      u["expected"] - u["reported"], u["off_roster"]])


if __name__ == "__main__":
    main(sys.argv[1:])
