#!/usr/bin/env python3
"""Reference for the collect benchmark: the summary `jagaakun collect -f csv`
computes, in plain Python (json, csv, hashlib from the standard library).

    collect_ref.py DIR...

Reads every *.json file under the folders (not hidden ones, not through
symbolic links), keeps the reports whose checksum matches, the newest per
NIP (the first in path order on a tie), and writes, as CSV with ';', the
"Work units" and "Completion per module" blocks that jagaakun writes.
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


def main(tops):
    newest = {}     # NIP -> (exported, seq, unit, compliant, modules)
    for seq, path in enumerate(p for top in tops for p in files(top)):
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
    for _, _, unit, compliant, mods in sorted(newest.values(),
                                              key=lambda x: x[1]):
        key = re.sub(r"\s+", " ", unit.strip().lower())
        u = units.setdefault(key, {"name": re.sub(r"\s+", " ", unit.strip()),
                                   "reporting": 0, "compliant": 0})
        u["reporting"] += 1
        u["compliant"] += compliant
        for mid, finished, total in mods:
            p = modules.setdefault((key, mid), [0, 0])
            p[0] += finished
            p[1] += total
    out = csv.writer(sys.stdout, delimiter=";", lineterminator="\r\n")
    out.writerow(["Work units"])
    out.writerow(["Work unit", "Reporting", "Compliant", "Compliant (%)"])
    for key in sorted(units):
        u = units[key]
        out.writerow([u["name"], u["reporting"], u["compliant"],
                      u["compliant"] * 100 // u["reporting"]])
    out.writerow([])
    out.writerow(["Completion per module"])
    out.writerow(["Work unit", "Module id", "Steps finished", "Steps in all"])
    for (key, mid), (finished, total) in sorted(modules.items()):
        out.writerow([units[key]["name"], mid, finished, total])


if __name__ == "__main__":
    main(sys.argv[1:])
