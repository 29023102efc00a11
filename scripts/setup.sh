#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# Set up a Debian 12 machine for jagaakun, build it, then run or test it.
#
#   sh scripts/setup.sh run    install what is missing, build, install, start the checklist
#   sh scripts/setup.sh test   install what is missing, build, run every test
#
# Both are idempotent: packages already present are not fetched again and
# the build folders are reused.
set -eu

mode=${1:-run}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

# Build tools and libraries (each -dev package is checked by configure).
BUILD_PACKAGES="build-essential autoconf automake autopoint gettext pkg-config
libncurses-dev libconfig-dev libcmocka-dev libjson-c-dev nettle-dev
libxlsxwriter-dev libarchive-dev"
# What the tests and benchmarks drive the program with; clang and its
# runtime build the fuzz targets (libFuzzer, sanitizers); chromium prints
# the HTML handout to PDF and poppler-utils counts its pages; debhelper and
# lintian build and check the Debian package; mandoc and groff lint the
# manual pages; bash-completion drives the completion test;
# libreoffice-calc-nogui prints collect's XLSX to PDF (about 190 MiB; 34 s
# to install, 2 s a conversion, measured on the 2-core test machine).
TEST_PACKAGES="tmux valgrind dialog python3 python3-openpyxl clang
libclang-rt-14-dev chromium poppler-utils debhelper lintian mandoc groff-base
bash-completion libreoffice-calc-nogui"
# The Windows build (scripts/windows/build.sh: mingw-w64, the libraries
# from Debian's source packages, NSIS) and its tests under Wine.
WIN_PACKAGES="gcc-mingw-w64-x86-64-posix mingw-w64-tools libz-mingw-w64-dev
cmake dpkg-dev patch zip nsis wine wine64 libtool"

install_packages() {
	missing=
	for p in "$@"; do
		dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
			grep -q 'install ok installed' || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" != 0 ]; then
		echo "setup: please run as root to install:$missing" >&2
		exit 1
	fi
	echo "setup: installing$missing"
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

# Configure (once) and build in folder $1 with configure arguments $2...
build_in() {
	dir=$1
	shift
	[ -x configure ] || ./autogen.sh
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ]; then
		(cd "$dir" && "$top/configure" -q "$@")
	fi
	make -C "$dir" -s -j"$(nproc)"
}

case $mode in
run)
	install_packages $BUILD_PACKAGES
	build_in build --enable-werror --sysconfdir=/etc
	make -C build -s install
	exec jagaakun
	;;
test)
	install_packages $BUILD_PACKAGES $TEST_PACKAGES $WIN_PACKAGES
	status=0
	# 1. The ordinary build and every test.
	build_in build --enable-werror --sysconfdir=/etc
	make -C build -s -j"$(nproc)" check || status=1
	# 2. The unit tests under valgrind: zero leaks and zero errors.
	make -C build -s check-valgrind || status=1
	# 3. Every test again with AddressSanitizer and UndefinedBehaviorSanitizer.
	san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
	build_in build-asan --enable-werror CFLAGS="-g -O1 $san" LDFLAGS="$san"
	make -C build-asan -s -j"$(nproc)" check || status=1
	# 4. The release tarball builds, installs and passes its tests.
	make -C build -s distcheck || status=1
	# 5. Each fuzz target for 60 s (one a core), built with clang in build/fuzz-build:
	#    any finding fails (the log is build/fuzz-build/test-suite.log).
	make -C build -s -j"$(nproc)" fuzz FUZZ_SECONDS=60 || status=1
	# 6. The Debian package from the release tarball: lintian, install, the
	#    installed program's checks, the agency package, removal
	#    (build/deb/test-suite.log).
	sh scripts/deb-test.sh || status=1
	# 7. Windows: jagaakun.exe, its zip and its installer, then the unit
	#    tests, the commands (against the Linux build's output) and the
	#    checklist under Wine (the log is build-win/test-suite.log).
	if sh scripts/windows/build.sh build-win; then
		sh tests/windows/run.sh build-win build || status=1
	else
		status=1
	fi
	exit $status
	;;
*)
	echo "usage: sh scripts/setup.sh run|test" >&2
	exit 2
	;;
esac
