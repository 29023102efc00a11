#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# Build jagaakun.exe for 64-bit Windows, then its bundle (a zip) and its
# installer (NSIS), from this Debian machine:
#
#   sh scripts/windows/build.sh [BUILD_FOLDER]      (default: build-win)
#
# The libraries come from build-deps.sh's cached prefix (built on the
# first run).  Results in BUILD_FOLDER: src/jagaakun.exe, the bundle
# folder jagaakun-VERSION-win64/, jagaakun-VERSION-win64.zip and
# jagaakun-VERSION-setup.exe, and the unit tests' .exe files.  Set
# NO_INSTALLER=1 to skip makensis, NO_TESTS=1 to skip the unit tests.
set -eu

HOST=x86_64-w64-mingw32
top=$(cd "$(dirname "$0")/../.." && pwd)
here=$top/scripts/windows
build=${1:-build-win}
case $build in /*) ;; *) build=$top/$build ;; esac

prefix=$(sh "$here/build-deps.sh" | tail -n 1)
[ -f "$prefix/.complete" ] || { echo "build: no prefix" >&2; exit 1; }

cd "$top"
[ -x configure ] || ./autogen.sh
mkdir -p "$build"
cd "$build"
export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig:/usr/$HOST/lib/pkgconfig"
export PKG_CONFIG="pkg-config --static"
if [ ! -f Makefile ]; then
	"$top/configure" -q --host=$HOST CC="$HOST-gcc-posix" \
		--enable-werror --with-libintl-prefix="$prefix" \
		CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" \
		PKG_CONFIG="$PKG_CONFIG"
fi
make -s -j"${JOBS:-2}"
"$HOST-strip" src/jagaakun.exe

# The unit tests that build for Windows (tests/windows/run.sh runs them
# under Wine and names the others, which need POSIX-only calls).
if [ "${NO_TESTS:-0}" != 1 ]; then
	tests=$(sed -n '/^UNIT_TESTS = /,/^[a-z]/p' "$top/Makefile.am" |
		grep -o 'tests/unit/test_[a-z0-9_]*' | sed 's/$/.exe/')
	make -s -k -j"${JOBS:-2}" $tests >unit-tests-build.log 2>&1 || true
	echo "build: $(ls tests/unit/test_*.exe 2>/dev/null | wc -l) of" \
		"$(echo $tests | wc -w) unit tests built for Windows" \
		"(unit-tests-build.log says why not the others)"
fi

# The bundle: the program, the content and the Indonesian catalogue
# beside it, the site settings example, a short README.
version=$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"$/\1/p' config.h)
name=jagaakun-$version-win64
rm -rf "$name" "$name.zip"
mkdir -p "$name/locale/id/LC_MESSAGES"
cp src/jagaakun.exe "$name/"
(cd "$top" && tar cf - content) | (cd "$name" && tar xf -)
msgfmt -c -o "$name/locale/id/LC_MESSAGES/jagaakun.mo" "$top/po/id.po"
# The site settings example with Windows places (a report share, a drive
# path: "/srv/..." is no absolute path there); tests/windows/run.sh checks
# that check-site finds it valid.
sed -e 's|/etc/jagaakun/site\.cfg|C:\\ProgramData\\jagaakun\\site.cfg|g' \
    -e 's|^report_dir = "/srv/jagaakun/laporan";|report_dir = "\\\\\\\\fileserver\\\\laporan\\\\jagaakun";|' \
    -e 's|^#roster = "/srv/jagaakun/pegawai\.csv";|#roster = "D:/jagaakun/pegawai.csv";|' \
    -e 's|reports in the current folder\.|reports in Documents\\jagaakun.|' \
    -e 's/$/\r/' "$top/doc/site.cfg.example" >"$name/site.cfg.example"
sed 's/$/\r/' "$here/README-windows.txt" >"$name/README.txt"
# A zip without time stamps that change from one build to the next.
find "$name" -exec touch -d "2026-01-01 00:00:00" {} +
(find "$name" -type f | LC_ALL=C sort | zip -q -X -D -9 "$name.zip" -@)
echo "build: $build/$name.zip ($(stat -c %s "$name.zip") bytes)"

if [ "${NO_INSTALLER:-0}" != 1 ]; then
	makensis -V2 -DVERSION="$version" -DBUNDLE="$build/$name" \
		-DOUTFILE="$build/jagaakun-$version-setup.exe" \
		"$here/jagaakun.nsi" >&2
	echo "build: $build/jagaakun-$version-setup.exe" \
		"($(stat -c %s "jagaakun-$version-setup.exe") bytes)"
fi
