#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
"""Write synthetic jagaakun report files (jagaakun-report(5)).

    collect_gen.py bulk N DIR [SEED]   N reports under DIR, 1,000 a folder
    collect_gen.py spec SPEC DIR       the reports a JSON file describes
    collect_gen.py roster N EXTRA FILE a roster (CSV) for `bulk N`

Bulk reports look like real ones (eight modules, 28 steps, about 4 KB):
NIPs with a valid structure, 40 work units, about 40% of officials
compliant, and one file in 20 an older report of an official who also has
a newer one.  SPEC is a list of objects with the members file, name, nip,
unit, exported (ISO 8601 UTC) and done (the first DONE steps are done, the
rest to do); optional: required (module ids; default all).

A roster lists, as a personnel system exports it for Excel in an
Indonesian locale (UTF-8 with a byte-order mark, ';', CRLF, a header row
NIP;Nama;Jabatan;Unit kerja), the N officials of `bulk N` in the same
units (those the bulk reports never name among them too) and EXTRA more
who never report: N + EXTRA rows.

The checksum is computed as jagaakun-report(5) says: SHA-256 of the report
without its "checksum" member, serialized with no white space and '/' not
escaped -- which is what json.dumps(separators=(",", ":"),
ensure_ascii=False) gives.
"""
import hashlib
import json
import os
import random
import sys

# The bundled content's modules and titles (content/modules/*.cfg), so
# that a summary in Indonesian shows them translated; 28 steps in all
# (the content has 31), which tests/e2e/collect.sh's figures rely on.
MODULES = [
    ("two-step", "Turn on two-step verification", 4),
    ("codes", "Never share WhatsApp codes", 3),
    ("profile-privacy", "Limit who sees your profile", 5),
    ("linked-devices", "Check your linked devices", 3),
    ("security-notifications", "Turn on security notifications", 2),
    ("takeover", "Know what to do if your account is taken", 4),
    ("money-requests", "Check every request for money", 3),
    ("privacy-checkup", "Run WhatsApp's Privacy Checkup", 4),
]
REQUIRED = {"two-step", "codes", "linked-devices", "money-requests"}
UNITS = ["Dinas %s %02d" % (kind, i) for kind in
         ("Kesehatan", "Pendidikan", "Kominfo", "Perhubungan")
         for i in range(1, 11)]
NAMES = ["Siti", "Budi", "Ani", "Rahmat", "Dewi", "Agus", "Nur", "Eko",
         "Sri", "Joko", "Putri", "Hendra", "Wati", "Yusuf", "Rina", "Fajar"]


def nip_of(i):
    """A NIP with a valid structure, different for every i < 7,000,000."""
    days = i // 999
    year, day = 1965 + days // 336, days % 336     # 12 months of 28 days
    return "%04d%02d%02d%04d%02d%d%03d" % (
        year, day // 28 + 1, day % 28 + 1, year + 25, i % 12 + 1,
        i % 2 + 1, i % 999 + 1)


def iso(t):
    """Seconds into 2026-10-01 as an ISO 8601 UTC time."""
    day, rest = divmod(int(t), 86400)
    month, mday = (10, day + 1) if day < 31 else (11, day - 30)
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (
        month, mday, rest // 3600, rest // 60 % 60, rest % 60)


def report(name, nip, unit, exported, statuses, required, host, quiz=None):
    """The report as a dict, checksum included; quiz (score, total) adds
    a quiz result taken when the report was exported."""
    modules, steps, k = [], [], 0
    for mid, title, n in MODULES:
        counts = {"done": 0, "na": 0, "later": 0, "todo": 0}
        for s in range(n):
            status = statuses[k]
            k += 1
            counts[status] += 1
            step = {"module": mid, "step": "step-%d" % (s + 1),
                    "status": status,
                    "time": None if status == "todo" else exported}
            if status == "na":
                step["reason"] = "Not on this phone"
            steps.append(step)
        modules.append({"id": mid, "title": title,
                        "required": mid in required, **counts, "total": n})
    finished = sum(m["done"] + m["na"] for m in modules)
    total = sum(m["total"] for m in modules)
    r = {
        "format": 1,
        "program": {"name": "jagaakun", "version": "0.1.0"},
        "content_version": "2026.11.1",
        "agency": "Pemerintah Kota Dumai",
        "host": host,
        "exported": exported,
        "profile": {"name": name, "nip": nip, "kind": "pns", "unit": unit,
                    "position": "Staf"},
        "modules": modules,
        "steps": steps,
        "completion": {"finished": finished, "total": total,
                       "percent": finished * 100 // total},
        "compliant": all(m["done"] + m["na"] == m["total"]
                         for m in modules if m["required"]),
    }
    if quiz is not None:
        score, total = quiz
        r["quiz"] = {"score": score, "total": total, "time": exported,
                     "missed": ["scenario-%d" % (i + 1)
                                for i in range(total - score)]}
    canonical = json.dumps(r, separators=(",", ":"), ensure_ascii=False)
    r["checksum"] = "sha256:" + hashlib.sha256(
        canonical.encode("utf-8")).hexdigest()
    return r


def write(path, r):
    """Write r as a report file, laid out as jagaakun writes it."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(r, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")


def official(who):
    """The name, NIP and unit of official number who, as bulk writes them."""
    return ("%s %d" % (NAMES[who % len(NAMES)], who), nip_of(who),
            UNITS[(who * 2654435761 >> 8) % len(UNITS)])


def bulk(n, top, seed):
    """N reports in folders of 1,000; one in 20 an older duplicate."""
    rnd = random.Random(seed)
    steps = sum(m[2] for m in MODULES)
    for i in range(n):
        who = i if i % 20 else rnd.randrange(max(i, 1))
        t = 86400 * 25 + rnd.randrange(86400 * 35)
        if i % 20 == 0:
            t -= 86400 * 21         # the older report of the two
        if rnd.random() < 0.4:
            statuses = ["done"] * steps
        else:
            statuses = rnd.choices(("done", "na", "later", "todo"),
                                   (70, 5, 10, 15), k=steps)
        name, nip, unit = official(who)
        r = report(name, nip, unit, iso(t), statuses, REQUIRED,
                   "pc-%04d" % (who % 5000))
        write(os.path.join(top, "%04d" % (i // 1000),
                           "jagaakun-%s-%d.json" % (r["profile"]["nip"], i)), r)


def spec(path, top):
    """The reports listed in the JSON file at path."""
    with open(path, encoding="utf-8") as f:
        for s in json.load(f):
            steps = sum(m[2] for m in MODULES)
            statuses = ["done"] * s["done"] + ["todo"] * (steps - s["done"])
            required = set(s.get("required", [m[0] for m in MODULES]))
            write(os.path.join(top, s["file"]),
                  report(s["name"], s["nip"], s["unit"], s["exported"],
                         statuses, required, "pc-test", s.get("quiz")))


def roster(n, extra, path):
    """The roster of `bulk n` and extra officials who never report."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("NIP;Nama;Jabatan;Unit kerja\r\n")
        for who in range(n + extra):
            name, nip, unit = official(who)
            f.write("%s;%s;Staf;%s\r\n" % (nip, name, unit))


def main(argv):
    if len(argv) >= 4 and argv[1] == "bulk":
        bulk(int(argv[2]), argv[3], int(argv[4]) if len(argv) > 4 else 1)
    elif len(argv) == 4 and argv[1] == "spec":
        spec(argv[2], argv[3])
    elif len(argv) == 5 and argv[1] == "roster":
        roster(int(argv[2]), int(argv[3]), argv[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
