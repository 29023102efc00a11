#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# Cross-build jagaakun's libraries for 64-bit Windows from Debian's own
# source packages (apt-get source; nothing else is downloaded), as static
# libraries with gcc-mingw-w64 (the posix variant: jagaakun uses threads),
# into a prefix cached outside the clone:
#
#   ${JAGAAKUN_WIN_CACHE:-/var/cache/jagaakun-win or ~/.cache/jagaakun-win}/<key>
#
# The key is a hash of the Debian source versions, the compiler's version,
# this script and the patches in patches/, so a second run finds the
# prefix and does nothing.  A package whose build finished is not built
# again after an interruption.  The prefix's path is the one line printed
# on standard output; the builds' logs go to <prefix>/../logs-<key>/.
#
#   sh scripts/windows/build-deps.sh            build what is missing
#   sh scripts/windows/build-deps.sh --prefix   print the prefix only
#
# Needs: gcc-mingw-w64-x86-64-posix, mingw-w64-tools, cmake, make, patch,
# autoconf, automake, libtool (libarchive's build files are made anew),
# dpkg-dev, libz-mingw-w64-dev, a deb-src line for bookworm (added to
# /etc/apt/sources.list.d/ when run as root and missing).
set -eu

HOST=x86_64-w64-mingw32
CC="$HOST-gcc-posix"
AR="$HOST-gcc-ar-posix"
RANLIB="$HOST-gcc-ranlib-posix"
PACKAGES="libarchive ncurses gettext libconfig json-c nettle libxlsxwriter cmocka"
here=$(cd "$(dirname "$0")" && pwd)
jobs=${JOBS:-2}

if [ -n "${JAGAAKUN_WIN_CACHE:-}" ]; then
	cache=$JAGAAKUN_WIN_CACHE
elif [ "$(id -u)" = 0 ]; then
	cache=/var/cache/jagaakun-win
else
	cache=${XDG_CACHE_HOME:-$HOME/.cache}/jagaakun-win
fi

log() { echo "build-deps: $*" >&2; }
die() { log "$*"; exit 1; }

command -v "$CC" >/dev/null ||
	die "$CC is missing: apt-get install gcc-mingw-w64-x86-64-posix"

# A deb-src line, so that apt-get source works.
have_src() { apt-cache showsrc libconfig 2>/dev/null | grep -q '^Version:'; }
if ! have_src; then
	[ "$(id -u)" = 0 ] || die "no deb-src line for bookworm: add one (see doc/windows.md)"
	log "adding /etc/apt/sources.list.d/jagaakun-deb-src.sources"
	cat >/etc/apt/sources.list.d/jagaakun-deb-src.sources <<-EOF
	Types: deb-src
	URIs: http://deb.debian.org/debian
	Suites: bookworm bookworm-updates
	Components: main
	Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
	EOF
	apt-get update -q >&2
fi

# The version apt-get source fetches: the highest one listed.
src_version() {
	apt-cache showsrc "$1" | awk '/^Version:/ { print $2 }' |
		while read -r v; do echo "$v"; done | {
		best=
		while read -r v; do
			if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then
				best=$v
			fi
		done
		echo "$best"
	}
}
versions=
for p in $PACKAGES; do
	v=$(src_version "$p")
	[ -n "$v" ] || die "no source package $p"
	versions="$versions $p=$v"
done
key=$( {
	echo "$versions"
	"$CC" --version | head -n 1
	cat "$0" "$here"/patches/*.patch
} | sha256sum | cut -c1-16)
prefix=$cache/$key
if [ "${1:-}" = --prefix ]; then
	echo "$prefix"
	exit 0
fi
if [ -f "$prefix/.complete" ]; then
	log "cached: $prefix ($versions )"
	echo "$prefix"
	exit 0
fi

logs=$cache/logs-$key
work=$cache/work-$key
mkdir -p "$prefix/lib/pkgconfig" "$prefix/include" "$logs" "$work"
log "building into $prefix:$versions"
export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig"
export CFLAGS="-O2"
export CC AR RANLIB

# Fetch and unpack package $1 (Debian's patches applied), apply ours.
fetch() {
	rm -rf "$work/$1"
	mkdir -p "$work/$1"
	(cd "$work/$1" && apt-get source -q "$1" >"$logs/$1-source.log" 2>&1) ||
		die "apt-get source $1 failed (see $logs/$1-source.log)"
	dir=$(find "$work/$1" -mindepth 1 -maxdepth 1 -type d | head -n 1)
	for patch in "$here"/patches/"$1"-*.patch; do
		[ -f "$patch" ] || continue
		(cd "$dir" && patch -s -p1 <"$patch") || die "$patch does not apply"
	done
	echo "$dir"
}

# CMake, cross-compiling for Windows.
cmake_cross() {
	cmake -G "Unix Makefiles" -DCMAKE_SYSTEM_NAME=Windows \
		-DCMAKE_C_COMPILER="$CC" -DCMAKE_RC_COMPILER="$HOST-windres" \
		-DCMAKE_AR="$(command -v "$AR")" \
		-DCMAKE_RANLIB="$(command -v "$RANLIB")" \
		-DCMAKE_FIND_ROOT_PATH="$prefix;/usr/$HOST" \
		-DCMAKE_FIND_ROOT_PATH_MODE_PROGRAM=NEVER \
		-DCMAKE_FIND_ROOT_PATH_MODE_LIBRARY=ONLY \
		-DCMAKE_FIND_ROOT_PATH_MODE_INCLUDE=ONLY \
		-DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" "$@"
}

build_ncurses() {
	# The Windows console driver (TERM=#win32con) plus compiled-in
	# descriptions of the usual terminals: no terminfo database to ship.
	mkdir -p "$1/b" && cd "$1/b"
	../configure --host=$HOST --build="$(../config.guess)" \
		--prefix="$prefix" --without-shared --with-normal \
		--without-debug --without-profile --without-cxx \
		--without-cxx-binding --without-ada --without-progs \
		--without-tests --without-manpages --without-libtool \
		--enable-widec --enable-term-driver --enable-sp-funcs \
		--enable-exp-win32 --disable-home-terminfo --disable-database \
		--with-fallbacks=ms-terminal,xterm-256color,vt100 \
		--enable-pc-files --with-pkg-config-libdir="$prefix/lib/pkgconfig" \
		--disable-rpath --with-build-cc=gcc
	# The library alone (no panel, menu, form), its headers and .pc.
	make -j"$jobs" -C include
	make -j"$jobs" -C ncurses
	make -C include install
	make -C ncurses install.libs
	make -C misc install.libs
}

build_gettext() {
	# libintl alone, without iconv (Debian has no mingw iconv): the
	# catalogues are UTF-8 and the program's text is UTF-8.
	cd "$1/gettext-runtime"
	./configure --host=$HOST --prefix="$prefix" --disable-shared \
		--enable-static --with-included-gettext --disable-java \
		--disable-csharp --disable-libasprintf --disable-openmp \
		--disable-acl --disable-curses --disable-nls-tools \
		--without-emacs --without-git am_cv_func_iconv=no
	make -C intl -j"$jobs"
	make -C intl install
}

build_libconfig() {
	cd "$1"
	./configure --host=$HOST --prefix="$prefix" --disable-shared \
		--enable-static --disable-cxx --disable-examples
	make -C lib -j"$jobs"
	make -C lib install
}

build_json_c() {
	mkdir -p "$1/b" && cd "$1/b"
	cmake_cross -DBUILD_SHARED_LIBS=OFF -DBUILD_STATIC_LIBS=ON \
		-DBUILD_TESTING=OFF -DBUILD_APPS=OFF -DDISABLE_WERROR=ON ..
	make -j"$jobs" json-c-static 2>/dev/null || make -j"$jobs"
	make install
}

build_nettle() {
	cd "$1"
	./configure --host=$HOST --prefix="$prefix" --disable-shared \
		--disable-public-key --disable-documentation --disable-openssl
	make -j"$jobs" libnettle.a
	make install-headers install-static install-pkgconfig
}

build_libxlsxwriter() {
	mkdir -p "$1/b" && cd "$1/b"
	cmake_cross -DBUILD_SHARED_LIBS=OFF -DBUILD_TESTS=OFF \
		-DBUILD_EXAMPLES=OFF -DUSE_SYSTEM_MINIZIP=OFF ..
	make -j"$jobs"
	make install
	# Static linking needs zlib after it.
	[ -f "$prefix/lib/pkgconfig/xlsxwriter.pc" ] ||
		cat >"$prefix/lib/pkgconfig/xlsxwriter.pc" <<-EOF
	prefix=$prefix
	Name: xlsxwriter
	Description: A C library for creating Excel XLSX files
	Version: 1.1.4
	Cflags: -I\${prefix}/include
	Libs: -L\${prefix}/lib -lxlsxwriter -lz
	EOF
	sed -i 's/^Libs:\(.*-lxlsxwriter\)\( -lz\)*$/Libs:\1 -lz/' \
		"$prefix/lib/pkgconfig/xlsxwriter.pc"
	sed -i '/^Requires.private:/d' "$prefix/lib/pkgconfig/xlsxwriter.pc"
}

build_libarchive() {
	# The library alone, for collect's .zip, .tar and .tar.gz: gzip and
	# deflate through zlib (libz-mingw-w64-dev), nothing else.  As
	# Debian's rules do, the build files are made anew (the tarball's
	# libtool macros are newer than its ltmain.sh).
	cd "$1"
	sh build/autogen.sh
	./configure --host=$HOST --prefix="$prefix" --disable-shared \
		--enable-static --disable-bsdtar --disable-bsdcpio \
		--disable-bsdcat --disable-acl --disable-xattr \
		--disable-posix-regex-lib --without-bz2lib --without-libb2 \
		--without-iconv --without-lz4 --without-zstd --without-lzma \
		--without-cng --without-mbedtls --without-nettle \
		--without-openssl --without-xml2 --without-expat
	make -j"$jobs" libarchive.la
	make install-libLTLIBRARIES install-includeHEADERS \
		install-pkgconfigDATA
	# Linked statically: archive.h declares its functions dllimport
	# unless LIBARCHIVE_STATIC is defined (in Cflags: not every
	# pkg-config reads Cflags.private); zlib after it, by name.
	sed -i -e 's/^Cflags:.*/Cflags: -I${includedir} -DLIBARCHIVE_STATIC/' \
		-e '/^Cflags.private:/d' -e '/^Requires.private:/d' \
		"$prefix/lib/pkgconfig/libarchive.pc"
	grep -q '^Libs.private:.*-lz' "$prefix/lib/pkgconfig/libarchive.pc" ||
		sed -i 's/^Libs.private:.*/& -lz/' \
			"$prefix/lib/pkgconfig/libarchive.pc"
	cat "$prefix/lib/pkgconfig/libarchive.pc"
}

build_cmocka() {
	mkdir -p "$1/b" && cd "$1/b"
	cmake_cross -DWITH_STATIC_LIB=ON -DWITH_EXAMPLES=OFF \
		-DUNIT_TESTING=OFF ..
	make -j"$jobs" cmocka-static
	mkdir -p "$prefix/include"
	cp ../include/cmocka.h "$prefix/include/"
	cp src/libcmocka-static.a "$prefix/lib/libcmocka.a"
	cat >"$prefix/lib/pkgconfig/cmocka.pc" <<-EOF
	prefix=$prefix
	Name: cmocka
	Description: The cmocka unit testing library
	Version: 1.1.5
	Cflags: -I\${prefix}/include -DCMOCKA_STATIC
	Libs: -L\${prefix}/lib -lcmocka
	EOF
}

start=$(date +%s)
for p in $PACKAGES; do
	[ -f "$prefix/.done-$p" ] && continue
	t0=$(date +%s)
	log "$p: fetching the source"
	dir=$(fetch "$p")
	log "$p: building (log: $logs/$p.log)"
	fn=build_$(echo "$p" | tr - _)
	# set -e holds in the subshell only outside a || list.
	set +e
	( set -e; "$fn" "$dir" ) >"$logs/$p.log" 2>&1
	rc=$?
	set -e
	[ "$rc" = 0 ] || die "$p failed; the end of $logs/$p.log:
$(tail -n 30 "$logs/$p.log")"
	rm -rf "$work/$p"
	touch "$prefix/.done-$p"
	log "$p: done in $(($(date +%s) - t0)) s"
done
rm -rf "$work" "$prefix/share" "$prefix/bin" "$prefix/lib/cmake"
rm -f "$prefix"/lib/*.la
echo "$versions" >"$prefix/.complete"
log "all done in $(($(date +%s) - start)) s: $(du -sh "$prefix" | cut -f1) in $prefix"
echo "$prefix"
