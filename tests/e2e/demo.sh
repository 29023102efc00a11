# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# demo.sh: `jagaakun train`: the trainer's menu; the demo walkthrough on
# a sandbox (a banner on every screen, "k/N" on the steps, r for the next
# participant), whose export and takeover paths write nothing; the
# anonymous quiz.  The home, the state folder and the site's report
# folder are compared before and after: nothing at all is created.
. "$(dirname "$0")/lib.sh"

REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
mkdir "$REPORTS"
cat >"$SITE" <<SITE
format = 1;
report_dir = "$REPORTS";
SITE
BANNER=$(t 'DEMO — nothing is saved')

# Every file below the folders a run could write to.
listing()
{
	(cd "$E2E_DIR" && find home state reports -ls | sort)
}
listing >"$E2E_DIR/before"

start 80 24 -- --lang en --site "$SITE" train
need "$(t 'Trainer mode')" "train opens the trainer's menu"
expect "$(t 'Nothing you do here is saved: no record, no file.')" "it says nothing is saved"
send Enter
need "$BANNER" "the demo shows its banner"
need "$(t 'Which phone is your WhatsApp account on?')" "the demo starts at the platform"
choose_platform
choose_accounts
need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" "then the module list"
expect "$BANNER" "the banner is on the module list"
expect "r $(t 'New participant')" "the footer offers a new participant"
send Enter
need "$BANNER  1/" "the first step shows 1/N"
send d
need "$BANNER  2/" "d moves on: 2/N"
send d
need "$BANNER  3/" "and on: 3/N"
send q e
need "$(t 'In the demo the report is not written.')" "the export screen writes nothing"
send Enter
expect "$BANNER" "Enter on it changes nothing"
send q t Enter
need "$(t 'What did you notice?')" "the takeover path works in the demo"
send Enter Enter Enter
need "$(t 'In the demo nothing is written down.')" "and writes no incident"
send Enter q
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 2 "" "" | cut -d' ' -f1-3)" \
    "the sandbox kept the two steps during the demo"
send r
need "$(t 'Which phone is your WhatsApp account on?')" "r starts again at the platform"
choose_platform
choose_accounts
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "" "" | cut -d' ' -f1-3)" \
    "with a fresh sandbox: nothing done"
send q
need "$(t 'Scenario quiz')" "q leaves the demo for the menu"
check "the banner is gone" eval '! screen | grep -qF "$BANNER"'
send Down Enter
need "$(tf 'Scenario %zu of %zu: %s' 1 "" "" | cut -d' ' -f1-3)" "the quiz opens from the menu"
send Enter
need "$(tf 'You chose: %s' '')" "an answer shows the feedback"
send q
need "$(tf 'Quiz stopped: %zu of %zu scenarios answered, %zu right (%u%%)' 1 "" "" "" | cut -d' ' -f1-4)" \
    "q stops the quiz with the score of the one answered"
send Enter
need "$(t 'Demo walkthrough')" "Enter goes back to the menu"
send q
expect_exit 0 "q quits with status 0"

listing >"$E2E_DIR/after"
if cmp -s "$E2E_DIR/before" "$E2E_DIR/after"; then
	ok "no file or folder was created or changed"
else
	not_ok "no file or folder was created or changed"
	diff "$E2E_DIR/before" "$E2E_DIR/after" | diag
fi

check_no_sanitizer_reports
done_testing
