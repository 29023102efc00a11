# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# accounts.sh: the accounts an official uses.  With content of two
# accounts, WhatsApp (required) and an optional Google account, a new
# official is asked after the phone; unticking Google keeps it out of the
# record's accounts, the module list, the counts and the report, and
# WhatsApp cannot be unticked.  Ticking Google again later (a, from the
# module list) brings its module back.
. "$(dirname "$0")/lib.sh"

NIP=198609262015051001
SITE=$E2E_DIR/site.cfg
mkdir -m 700 "$(dirname "$REC")"
make_site "$SITE" "$E2E_DIR/reports"

# The bundled content and one more account, with one module.
cp -R "$JAGAAKUN_CONTENT" "$E2E_DIR/content"
JAGAAKUN_CONTENT=$E2E_DIR/content
# Only the two required accounts of the bundled content, and a test one.
rm -f "$JAGAAKUN_CONTENT"/accounts/[3-6]0-*.cfg "$JAGAAKUN_CONTENT"/modules/9[3-9]*.cfg
cat >"$JAGAAKUN_CONTENT/accounts/90-google.cfg" <<'CFG'
format = 1;
id = "google";
title = "Google account (test)";
summary = "The e2e test's optional account.";
required = false;
source = "The e2e test";
checked = "2026-12-01";
CFG
cat >"$JAGAAKUN_CONTENT/modules/900-google-test.cfg" <<'CFG'
format = 1;
id = "google-test";
account = "google";
title = "Google test module";
summary = "S.";
why = "W.";
source = "The e2e test";
checked = "2026-12-01";
steps = (
  { id = "one"; title = "Google test step"; why = "W."; text = "Do it."; }
);
CFG

start 80 24 -- --lang en --site "$SITE" --record "$REC"
need "$(t 'New profile')" "the new-profile form opens"
fill_profile "Siti Aminah" "1986 0926 2015 05 1 001" "Dinas Kominfo" "Analis"
need "$(t 'Which phone is your WhatsApp account on?')" "the profile is saved"
choose_platform
wait_for "$(t 'Which of these accounts do you use?')" ||
    e2e_fail_flow "the accounts are asked after the phone"
expect "$(t 'required by your agency')" "WhatsApp is marked required"
expect "[x] $(t 'Google account (test)')" "the optional account is ticked at first"
send Space
expect "$(t 'This account is required by your agency: it stays on your checklist.' | cut -c1-50)" \
    "unticking WhatsApp is refused with a note"
choose_accounts google
need "$(t 'Export report')" "Enter saves and shows the module list"
check_eq "the record lists the required accounts only" \
    "$(grep -c 'accounts = \[ "whatsapp", "asn-digital" \];' "$REC")" 1
check "the module list leaves the unticked account out" \
    eval '! screen | grep -q "Google test module"'
expect "WhatsApp" "the modules are under their account's heading"

# Its report: WhatsApp used and required, no Google, no Google module.
send q
expect_exit 0 "q quits (nothing done yet: no report is offered)"
run_plain -- --lang en --site "$SITE" --record "$REC" report -f json -o -
check_eq "report: exit status 8 (written, not compliant yet)" "$E2E_STATUS" 8
check "report: WhatsApp used, required" \
    grep -q '"accounts":\[{"id":"whatsapp","title":"WhatsApp","used":true,"required":true,' \
    "$E2E_DIR/plain.out"
check "report: no Google account nor its module" \
    eval '! grep -q google "$E2E_DIR/plain.out"'

# Later, a on the module list: tick Google again.
start 80 24 -- --lang en --site "$SITE" --record "$REC"
need "Siti Aminah" "the official is listed"
send Enter
need "$(t 'Export report')" "the module list, without asking the accounts again"
send a
need "[ ] $(t 'Google account (test)')" "a opens the accounts, Google unticked"
send Down Down Space Enter
# The module list is longer than the screen: its last module is Google's.
send Down Down Down Down Down Down Down Down Down Down Down Down Down Down \
    Down Down Down Down Down Down
need "Google test module" "the module of the account ticked is listed"
check_eq "the record lists both accounts" \
    "$(grep -c 'accounts = \[ "whatsapp", "asn-digital", "google" \];' "$REC")" 1
send q
expect_exit 0 "q quits again"
done_testing
