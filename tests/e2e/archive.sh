# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# archive.sh: `jagaakun collect` over .zip, .tar.gz, .tgz and .tar files
# of reports.  A zip and a tar.gz of a folder of reports give the same
# summary (CSV and JSON) as the folder itself, the paths aside
# ("ARCHIVE:ENTRY" for "FOLDER/ENTRY"); an archive found inside a folder
# is read too.  Hostile archives, made here with Python: entries leading
# outside (../, absolute), symbolic and hard links, a nested archive, an
# oversized entry, hidden entries (passed over), two bombs (a zip and a
# tar.gz each holding one entry of 2 GiB of zeros in about 2 MB: the
# reader must refuse them from their headers, and this test takes well
# under a second for them), and damaged archives: each refused with its
# name, with the documented exit statuses (5 some rejected, 7 nothing
# valid, or a path given that yields no report).
. "$(dirname "$0")/lib.sh"

PY=/usr/bin/python3
GEN="$top_srcdir/bench/collect_gen.py"
R=$E2E_DIR/reports
NOW=2026-11-24T00:00:00Z
[ -x "$PY" ] || e2e_bail "$PY is needed"

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
 {"file": "aneh/plus.json", "name": "+628123", "nip": "198609262015051005",
  "unit": "@Unit Aneh", "exported": "2026-10-15T08:00:00Z", "done": 5}
]
EOF
"$PY" "$GEN" spec "$E2E_DIR/spec.json" "$R" || e2e_bail "collect_gen.py failed"
sed 's/"Citra"/"Citri"/' "$R/kesehatan/citra.json" >"$R/kesehatan/citra-edited.json"

# The archives of the folder, entries in the order the folder walk takes
# them (byte order of the paths), so that ties break alike.
"$PY" - "$R" "$E2E_DIR" <<'EOF' || e2e_bail "cannot make the archives"
import os, sys, tarfile, zipfile
src, out = sys.argv[1:]
names = sorted(os.path.relpath(os.path.join(d, f), src).encode()
               for d, _, fs in os.walk(src) for f in fs)
names = [n.decode() for n in names]
with zipfile.ZipFile(os.path.join(out, "reports.zip"), "w",
                     zipfile.ZIP_DEFLATED) as z:
    for n in names:
        z.write(os.path.join(src, n), n)
for name, mode in (("reports.tar.gz", "w:gz"), ("reports.tgz", "w:gz"),
                   ("reports.tar", "w")):
    with tarfile.open(os.path.join(out, name), mode) as t:
        for n in names:
            t.add(os.path.join(src, n), "./" + n)
EOF

collect_run()
{
	run_plain JAGAAKUN_NOW=$NOW -- --lang en collect "$@"
}

# The summary with the paths made relative: strip FOLDER/ and ARCHIVE:
# (and a leading ./ of a tar entry).
relative()
{
	sed -e "s|$R/||g" -e "s|$E2E_DIR/reports\.[a-z.]*:\(\./\)\{0,1\}||g" "$1"
}

# ---------------------------------------------------------------- the same summary

for f in csv json; do
	collect_run -f $f -o "$E2E_DIR/folder.$f" "$R"
	check_eq "folder, $f: exit status 5 (one edited report)" "$E2E_STATUS" 5
	relative "$E2E_DIR/folder.$f" >"$E2E_DIR/folder.$f.rel"
	for a in reports.zip reports.tar.gz reports.tgz reports.tar; do
		collect_run -f $f -o "$E2E_DIR/$a.$f" "$E2E_DIR/$a"
		check_eq "$a, $f: exit status 5, as the folder" "$E2E_STATUS" 5
		relative "$E2E_DIR/$a.$f" >"$E2E_DIR/$a.$f.rel"
		if cmp -s "$E2E_DIR/folder.$f.rel" "$E2E_DIR/$a.$f.rel"; then
			ok "$a, $f: the same summary as the folder"
		else
			not_ok "$a, $f: the same summary as the folder"
			diff "$E2E_DIR/folder.$f.rel" "$E2E_DIR/$a.$f.rel" | head -20 | diag
		fi
	done
done
check "the JSON names an entry as ARCHIVE:ENTRY" grep -q \
    "reports.zip:kesehatan/citra-edited.json" "$E2E_DIR/reports.zip.json"
check "stderr names a rejected entry as ARCHIVE:ENTRY" grep -q \
    "rejected $E2E_DIR/reports.tar:./kesehatan/citra-edited.json: changed after" \
    "$E2E_DIR/plain.err"

# An archive inside a folder given is read too.
mkdir "$E2E_DIR/inbox"
cp "$E2E_DIR/reports.zip" "$E2E_DIR/inbox/"
collect_run -f csv --table summary "$E2E_DIR/inbox"
check_eq "a zip inside a folder: exit status 5" "$E2E_STATUS" 5
check "a zip inside a folder: its reports are read" \
    grep -q "^Valid reports;5" "$E2E_DIR/plain.out"

# ---------------------------------------------------------------- hostile archives

ANI=$R/kominfo/ani.json
"$PY" - "$E2E_DIR" "$ANI" <<'EOF' || e2e_bail "cannot make the hostile archives"
import io, os, struct, sys, tarfile, time, zipfile, zlib
out, ani = sys.argv[1:]
good = open(ani, "rb").read()

def zinfo(name, mode=0o100644):
    i = zipfile.ZipInfo(name, (2026, 11, 20, 8, 0, 0))
    i.external_attr = mode << 16
    i.create_system = 3
    return i

with zipfile.ZipFile(os.path.join(out, "hostile.zip"), "w") as z:
    z.writestr(zinfo("ok/ani.json"), good)
    z.writestr(zinfo("../escape.json"), good)
    z.writestr(zinfo("/etc/abs.json"), good)
    z.writestr(zinfo("a/../../up.json"), good)
    z.writestr(zinfo("link.json", 0o120777), "/etc/passwd")
    z.writestr(zinfo("inner.zip"), b"PK\x05\x06" + bytes(18))
    z.writestr(zinfo("huge.json"), b" " * 1100000)
    z.writestr(zinfo(".hidden.json"), b"not even json")
    z.writestr(zinfo("__MACOSX/._ani.json"), b"\0\5\26\7")
    z.writestr(zinfo("readme.txt"), b"not a report")

with tarfile.open(os.path.join(out, "links.tar.gz"), "w:gz") as t:
    i = tarfile.TarInfo("ani.json"); i.size = len(good)
    t.addfile(i, io.BytesIO(good))
    i = tarfile.TarInfo("sym.json"); i.type = tarfile.SYMTYPE
    i.linkname = "/etc/passwd"; t.addfile(i)
    i = tarfile.TarInfo("hard.json"); i.type = tarfile.LNKTYPE
    i.linkname = "ani.json"; t.addfile(i)

# Bombs: one entry of 2 GiB of zeros.  The deflate data is one block of
# 16 MiB of zeros, flushed so that it stands alone, written 128 times.
BLOCK = 16 << 20
zeros = bytes(BLOCK)
c = zlib.compressobj(9, zlib.DEFLATED, -15)
rep = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
crc = 0
for _ in range(128):
    crc = zlib.crc32(zeros, crc)
total = 128 * BLOCK
name = b"zeros.json"
data = rep * 128 + c.flush()
local = struct.pack("<IHHHHHIIIHH", 0x04034b50, 20, 0, 8, 0, 0, crc,
                    len(data), total, len(name), 0) + name
central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014b50, 20, 20, 0, 8, 0, 0,
                      crc, len(data), total, len(name), 0, 0, 0, 0, 0, 0) + name
end = struct.pack("<IHHHHIIH", 0x06054b50, 0, 0, 1, 1, len(central),
                  len(local) + len(data), 0)
open(os.path.join(out, "bomb.zip"), "wb").write(local + data + central + end)

# The tar.gz: a header declaring 2 GiB, the zeros, the end of the tar.
i = tarfile.TarInfo("zeros.json"); i.size = total; i.mtime = 0
head = i.tobuf(tarfile.USTAR_FORMAT)
tail = bytes(1024)
c = zlib.compressobj(9, zlib.DEFLATED, -15)
h = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
z = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
t = c.compress(tail) + c.flush()
crc = zlib.crc32(head)
for _ in range(128):
    crc = zlib.crc32(zeros, crc)
crc = zlib.crc32(tail, crc)
size = (len(head) + total + len(tail)) & 0xffffffff
gz = b"\x1f\x8b\x08\x00" + bytes(4) + b"\x00\x03" + h + z * 128 + t + \
    struct.pack("<II", crc, size)
open(os.path.join(out, "bomb.tar.gz"), "wb").write(gz)

# Damaged: a zip cut in half, a tar.gz cut in its data, and no archive.
whole = open(os.path.join(out, "reports.zip"), "rb").read()
open(os.path.join(out, "cut.zip"), "wb").write(whole[:len(whole) // 2])
whole = open(os.path.join(out, "reports.tar.gz"), "rb").read()
open(os.path.join(out, "cut.tar.gz"), "wb").write(whole[:len(whole) // 2])
open(os.path.join(out, "notes.zip"), "wb").write(b"these are my notes\n" * 10)
EOF

H=$E2E_DIR/hostile.zip
collect_run -o "$E2E_DIR/hostile/" "$H"
check_eq "hostile.zip: exit status 5 (its good report read, the rest rejected)" \
    "$E2E_STATUS" 5
for e in "../escape.json: a path leading outside" \
    "/etc/abs.json: a path leading outside" \
    "a/../../up.json: a path leading outside" \
    "link.json: a link inside an archive" \
    "inner.zip: an archive inside an archive" \
    "huge.json: too large"; do
	check "hostile.zip: rejects ${e%%:*}" grep -qF "rejected $H:$e" \
	    "$E2E_DIR/plain.err"
done
check_eq "hostile.zip: 6 entries rejected, no more" \
    "$(grep -c ': rejected ' "$E2E_DIR/plain.err")" 6
check "hostile.zip: the good entry is read" \
    grep -q "^Valid reports;1" "$E2E_DIR/hostile/summary.csv"
check "hostile.zip: hidden entries are passed over" \
    sh -c '! grep -q "hidden\|MACOSX" "$1"' - "$E2E_DIR/plain.err"
check "hostile.zip: codes in the CSV" grep -q \
    "hostile.zip:../escape.json;outside-archive" "$E2E_DIR/hostile/rejected.csv"

L=$E2E_DIR/links.tar.gz
collect_run -f csv --table summary "$L"
check_eq "links.tar.gz: exit status 5" "$E2E_STATUS" 5
check "links.tar.gz: a symbolic link is rejected" grep -q \
    "rejected $L:sym.json: a link inside an archive" "$E2E_DIR/plain.err"
check "links.tar.gz: a hard link is rejected" grep -q \
    "rejected $L:hard.json: a link inside an archive" "$E2E_DIR/plain.err"
check "links.tar.gz: the regular entry is read" \
    grep -q "^Valid reports;1" "$E2E_DIR/plain.out"

for b in bomb.zip bomb.tar.gz; do
	check "$b: small on disk ($(wc -c <"$E2E_DIR/$b") bytes)" \
	    test "$(wc -c <"$E2E_DIR/$b")" -lt 4000000
	collect_run "$E2E_DIR/$b"
	check_eq "$b: exit status 7 (no valid report)" "$E2E_STATUS" 7
	check "$b: refused by name as a bomb" grep -q \
	    "rejected $E2E_DIR/$b: an archive bomb: .*expands to more than" \
	    "$E2E_DIR/plain.err"
done

# A damaged archive is refused from where it fails: the entries before
# it are read (a cut zip is read entry by entry up to the cut; a cut
# tar.gz may fail before its first entry), so its status is 5, or 7 when
# it yielded no report (as a folder with none would).  Not an archive at
# all: 7, even beside a good folder.
for d in cut.zip cut.tar.gz notes.zip; do
	collect_run "$E2E_DIR/$d" "$R/kominfo"
	case $d:$E2E_STATUS in
	notes.zip:7 | cut.*:5 | cut.*:7) ok "$d: exit status $E2E_STATUS" ;;
	*) not_ok "$d: exit status $E2E_STATUS" ;;
	esac
	check "$d: refused by name as damaged" grep -q \
	    "rejected $E2E_DIR/$d: a damaged archive, or not an archive" \
	    "$E2E_DIR/plain.err"
	check "$d: the good folder beside it is still summarised" \
	    grep -q "Budi" "$E2E_DIR/plain.out"
done

# A device named like an archive, given on the command line: not read.
ln -s /dev/zero "$E2E_DIR/zero.tar"
collect_run "$E2E_DIR/zero.tar"
check_eq "a device named .tar: exit status 7" "$E2E_STATUS" 7
check "a device named .tar: rejected as not a regular file" grep -q \
    "rejected $E2E_DIR/zero.tar: not a regular file" "$E2E_DIR/plain.err"

check_no_sanitizer_reports
done_testing
