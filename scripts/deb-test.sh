#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# The Debian packages, as an IT office would use them: build jagaakun's
# package from the release tarball (make dist in build/), check it with
# lintian, install it, run the installed program's check commands, build
# and install the agency package made from doc/agency-package with the
# example settings, then remove both.  Run as root from the top of the
# tree after build/ is configured; writes build/deb/test-suite.log with
# automake's "# PASS: / # FAIL:" lines, and exits 1 when a check failed.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/build/deb
log=$out/test-suite.log
rm -rf "$out"
mkdir -p "$out"
pass=0
fail=0

# check DESCRIPTION COMMAND...: run it (output to the log) and count it.
check() {
	what=$1
	shift
	if "$@" >>"$log.out" 2>&1; then
		pass=$((pass + 1))
		echo "PASS: deb: $what" | tee -a "$log.lines"
	else
		fail=$((fail + 1))
		echo "FAIL: deb: $what" | tee -a "$log.lines"
	fi
}

finish() {
	{
		cat "$log.lines" 2>/dev/null
		echo "# TOTAL: $((pass + fail))"
		echo "# PASS:  $pass"
		echo "# FAIL:  $fail"
		echo
		cat "$log.out" 2>/dev/null
	} >"$log"
	rm -f "$log.lines" "$log.out"
	[ "$fail" -eq 0 ]
	exit $?
}
trap finish EXIT

version=$(sed -n 's/^PACKAGE_VERSION = //p' "$top/build/Makefile")
check "make dist" make -C "$top/build" -s dist
check "unpack the tarball" tar xzf "$top/build/jagaakun-$version.tar.gz" -C "$out"
src=$out/jagaakun-$version
# The tests ran before this stage; the package build only builds.
check "dpkg-buildpackage -us -uc -b" sh -c \
    "cd '$src' && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b"
deb=$out/jagaakun_${version}_$(dpkg --print-architecture).deb
check "lintian: no error, no warning" \
    lintian --fail-on error,warning "$out/jagaakun_${version}_$(dpkg --print-architecture).changes"
check "Depends names nettle (every report), Recommends libxlsxwriter (loaded on demand)" \
    sh -c "dpkg-deb -f '$deb' Depends | grep -q libnettle &&
        dpkg-deb -f '$deb' Recommends | grep -q libxlsxwriter"
check "it installs" apt-get install -y -q --no-install-recommends "$deb"
check "installed, the timer and the login report are off" sh -c \
    "! test -e /etc/systemd/user/timers.target.wants/jagaakun-report.timer &&
    ! test -e /etc/xdg/autostart/jagaakun-report.desktop"
check "the installed program: --version" /usr/bin/jagaakun --version
check "the installed program: check-content" /usr/bin/jagaakun check-content
check "the installed program: check-site on the installed example" \
    /usr/bin/jagaakun check-site /usr/share/doc/jagaakun/examples/site.cfg.example
check "its manual page is installed" test -f /usr/share/man/man1/jagaakun.1.gz

agency=$out/agency
cp -R "$src/doc/agency-package" "$agency"
cp /usr/share/doc/jagaakun/examples/site.cfg.example "$agency/site.cfg"
check "the agency package builds" sh -c "cd '$agency' && dpkg-buildpackage -us -uc -b"
adeb=$(ls "$out"/jagaakun-site-*_all.deb 2>/dev/null | head -n 1)
check "lintian on the agency package: no error, no warning" \
    lintian --fail-on error,warning "${adeb:-missing}"
check "the agency package installs" apt-get install -y -q --no-install-recommends "${adeb:-missing}"
check "its site.cfg is a conffile" sh -c \
    "dpkg-query -W -f='\${Conffiles}' jagaakun-site-kota-contoh | grep -q /etc/jagaakun/site.cfg"
check "check-site with no file checks the installed settings" /usr/bin/jagaakun check-site
check "it turns the timer and the login report on" \
    test -L /etc/systemd/user/timers.target.wants/jagaakun-report.timer \
    -a -e /etc/systemd/user/timers.target.wants/jagaakun-report.timer \
    -a -e /etc/xdg/autostart/jagaakun-report.desktop
check "both are removed cleanly" apt-get purge -y -q jagaakun-site-kota-contoh jagaakun
check "nothing is left" sh -c "! test -e /usr/bin/jagaakun && ! test -e /etc/jagaakun &&
    ! test -e /etc/systemd/user/timers.target.wants/jagaakun-report.timer"
