# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# check-site.sh: `jagaakun check-site [FILE]` validates the site settings
# alone, for configuration management's validate step: a valid file gives
# a summary and status 0; a missing file, a bad value or a required
# module the content does not have give FILE:LINE: MESSAGE and status 6.
. "$(dirname "$0")/lib.sh"

example="$top_srcdir/doc/site.cfg.example"

run_plain -- --lang en check-site "$example"
check_eq "the example: exit status 0" "$E2E_STATUS" 0
check "the example: a summary naming it" \
    grep -qF "$example: the site settings are valid: 3 work units" "$E2E_DIR/plain.out"

run_plain -- --lang en --site "$example" check-site
check_eq "--site names the file to check" "$E2E_STATUS" 0

run_plain -- --lang en check-site "$E2E_DIR/missing.cfg"
check_eq "a missing file: exit status 6" "$E2E_STATUS" 6
check "a missing file: stderr names it" \
    grep -qF "$E2E_DIR/missing.cfg" "$E2E_DIR/plain.err"

printf 'format = 1;\nagency = "Kota Uji";\nreport_phone = "call us";\n' \
    >"$E2E_DIR/phone.cfg"
run_plain -- --lang en check-site "$E2E_DIR/phone.cfg"
check_eq "a bad phone number: exit status 6" "$E2E_STATUS" 6
check "a bad phone number: stderr names file and line 3" \
    grep -qF "$E2E_DIR/phone.cfg:3: " "$E2E_DIR/plain.err"

printf 'format = 1;\n\nrequired = [ "two-step", "no-such-module" ];\n' \
    >"$E2E_DIR/module.cfg"
run_plain -- --lang en check-site "$E2E_DIR/module.cfg"
check_eq "an unknown required module: exit status 6" "$E2E_STATUS" 6
check "an unknown required module: stderr names file and line 3" \
    grep -qF "$E2E_DIR/module.cfg:3: " "$E2E_DIR/plain.err"
check "an unknown required module: nothing on stdout" \
    test ! -s "$E2E_DIR/plain.out"

run_plain -- --lang en check-site "$example" "$example"
check_eq "two files: exit status 2" "$E2E_STATUS" 2

check_no_sanitizer_reports
done_testing
