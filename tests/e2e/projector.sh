# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# projector.sh: on a projector (a large font: 60x18) and at 80x24, in
# English and in Bahasa Indonesia, nothing a trainer shows is cut: every
# row of the trainer's menu, the quiz's sender, question and choices, the
# header of the feedback and of a step are shown whole (wrapped, never
# clipped), and a phone number is never split across two lines.  Each
# check reads the pane as one line (screen_flat), where wrapped text
# reads whole and clipped text does not.
. "$(dirname "$0")/lib.sh"

REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
VERIFY="0765 000 0000"
REPORT="+62 765 111 1111"
# A unit whose number is long: its row on the verify screen keeps it whole.
LONG="+62 (0765) 000-0010-1234"
make_site "$SITE" "$REPORTS" "verify_phone = \"$VERIFY\";" \
    "report_phone = \"$REPORT\";" 'report_email = "csirt@contoh.example";' \
    'contacts = ( { unit = "Dinas Komunikasi, Informatika, Statistik dan Persandian";' \
    "  name = \"Layanan TIK (help desk)\"; phone = \"$LONG\"; } );"
FIRST=$(ls "$JAGAAKUN_CONTENT"/scenarios/*.cfg | head -n 1)
SID=$(sed -n 's/^id = "\(.*\)";.*/\1/p' "$FIRST")
NSC=$(ls "$JAGAAKUN_CONTENT"/scenarios/*.cfg | wc -l)
[ -n "$SID" ] || e2e_bail "no id in $FIRST"
content_steps
# The demo's line in the menu, as this tree's catalogue words it.
DEMO_ABOUT=
for m in 'the whole checklist on a sandbox, for projecting' \
    'the whole checklist in a sandbox, for projecting'; do
	grep -qF "msgid \"$m\"" "$top_srcdir/po/id.po" && DEMO_ABOUT=$m
done
[ -n "$DEMO_ABOUT" ] || e2e_bail "the demo's line of the menu is not in po/id.po"

# Print a plural message as the program shows it: tn SINGULAR PLURAL N.
tn()
{
	if [ "$E2E_LANG" = en ]; then
		[ "$3" = 1 ] && printf '%s' "$1" || printf '%s' "$2"
	else
		env -i TEXTDOMAINDIR="$JAGAAKUN_LOCALEDIR" LC_ALL=C.UTF-8 \
		    LANGUAGE="$E2E_LANG" ngettext -d jagaakun -- "$1" "$2" "$3"
	fi
}

# Say whether every line of the pane that holds part of a site phone
# number holds all of it (nothing ends in "+62" or holds "0765" or
# "+62 765" alone).
phones_whole()
{
	screen >"$E2E_DIR/pane"
	! grep -E '\+62 *$' "$E2E_DIR/pane" >/dev/null &&
	! grep -F '0765' "$E2E_DIR/pane" | grep -vF "$VERIFY" | grep -vF "$REPORT" >/dev/null &&
	! grep -F '+62 765' "$E2E_DIR/pane" | grep -vF "$REPORT" >/dev/null
}

# Scroll the text shown with PgDn to its end, checking on each page that
# no phone number is split; says whether one was, and how many numbers
# were seen whole in $E2E_PHONES.
check_pages_phones()
{
	E2E_PHONES=0 e2e_split=0 e2e_page=0
	while :; do
		phones_whole || { e2e_split=1; show_pane; }
		E2E_PHONES=$((E2E_PHONES + $(screen | grep -cF -e "$VERIFY" -e "$REPORT")))
		screen | grep -qF -- "$(t '-- more below: press Down or PgDn --')" || break
		e2e_page=$((e2e_page + 1))
		[ $e2e_page -lt 20 ] || break
		send PgDn
	done
	return $e2e_split
}

for size in "60 18" "80 24"; do
for E2E_LANG in en id; do
	cols=${size% *} rows=${size#* }
	at="${cols}x$rows $E2E_LANG"
	start "$cols" "$rows" -- --lang "$E2E_LANG" --site "$SITE" train --in-order
	need "$(t 'Nothing you do here is saved: no record, no file.' | cut -c1-20)" "$at: the trainer's menu"
	for row in 'Demo walkthrough' "$DEMO_ABOUT" \
	    'Scenario quiz' 'realistic messages; the score is shown, not saved' \
	    'Quick quiz' 'Short quiz' 'Quiz by theme' 'the scenarios of one theme only'; do
		expect_whole "$(t "$row")" "$at: menu: \"$row\" whole"
	done
	expect_whole "$(tn 'the first %lu scenario, in file order' \
	    'the first %lu scenarios, in file order' 5 | sed 's/%lu/5/')" \
	    "$at: menu: the quick quiz's count whole"
	# The whole menu and its footer fit: Quit is on the screen.
	expect "$(t 'Quit')" "$at: the menu fits, Quit included"
	if [ "$cols" = 80 ]; then
		# At 80 columns each row is one line: "name — what it is".
		expect "$(t 'Scenario quiz') — $(t 'realistic messages; the score is shown, not saved')" \
		    "$at: a row is one line at 80 columns"
	fi

	# The quiz, in file order: the first scenario.
	send Down Enter
	need "$(tf 'Scenario %zu of %zu: %s' 1 "$NSC" '' | sed 's/ *$//')" "$at: the first scenario"
	expect_whole "$(content_text "scenario $SID, sender")" "$at: the sender whole"
	k=1
	while [ $k -le 4 ]; do
		c=$(content_text "scenario $SID, choice $k")
		[ -n "$c" ] && expect_whole "$c" "$at: choice $k whole"
		k=$((k + 1))
	done
	# Where the screen is short, the question ends the scrolled
	# message: PgDn reaches it, the choices staying in view.
	qtext=$(content_text "scenario $SID, question")
	i=0
	while ! shows_whole "$qtext" && [ $i -lt 15 ]; do
		send PgDn
		i=$((i + 1))
	done
	expect_whole "$qtext" "$at: the question whole"
	expect_whole "$c" "$at: the last choice still whole"
	send Enter
	need "$(t 'You chose: %s' | sed 's/%s.*//')" "$at: the feedback"
	R=0
	screen | grep -qF "$(t 'Right!')" && R=1
	expect_whole "$(tf 'Scenario %zu of %zu: %s' 1 "$NSC" "$(content_text "scenario $SID, title")")" \
	    "$at: the feedback's header whole"
	check "$at: no phone number split in the feedback" check_pages_phones
	check "$at: the feedback shows the site's numbers" [ "$E2E_PHONES" -gt 0 ]
	send q
	need "$(tf 'Quiz stopped: %zu of %zu scenarios answered, %zu right (%u%%)' 1 "$NSC" "" "" | cut -d' ' -f1-4)" \
	    "$at: q stops the quiz with a partial score"
	expect_whole "$(tf 'Quiz stopped: %zu of %zu scenarios answered, %zu right (%u%%)' 1 "$NSC" $R $((R * 100)))" \
	    "$at: the partial score whole"
	expect_whole "$(t 'This result is not saved.')" "$at: that it is not saved, whole"
	send Enter

	# The themes, each whole with its count.
	need "$(t 'Scenario quiz')" "$at: back at the menu, on the quiz"
	send Down Down Down Enter
	need "$(t 'Choose a theme: the quiz asks its scenarios only.' | cut -c1-20)" "$at: the theme list"
	for id in takeover money apps-links authorities legitimate; do
		n=$(grep -l "^theme = \"$id\";" "$JAGAAKUN_CONTENT"/scenarios/*.cfg | wc -l)
		expect_whole "$(tn '%s (%lu scenario)' '%s (%lu scenarios)' "$n" |
		    sed "s/%lu/$n/; s/%s/$(content_text "theme $id, title of a quiz theme" | sed 's/[\/&]/\\&/g')/")" \
		    "$at: theme $id whole, with its $n scenarios"
	done
	send Escape
	send Up Up Up

	# The demo: the step with the longest module title.
	need "$(t 'Demo walkthrough')" "$at: back at the menu"
	send Up Enter
	need "$(t 'Which phone is your WhatsApp account on?')" "$at: the demo starts"
	choose_platform
	# Content with accounts asks which are used next (all are ticked).
	if type choose_accounts >/dev/null 2>&1; then
		choose_accounts
	fi
	need "$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1)" "$at: the module list"
	# The module whose title is longest, and its first step's line.
	long=$(awk -F '\t' '$4 == 1 { print length($2) "\t" NR "\t" $1 }' "$E2E_DIR/steps" |
	    sort -n -r | head -n 1)
	line=$(printf '%s' "$long" | cut -f2)
	mid=$(printf '%s' "$long" | cut -f3)
	m=$(cut -f1 "$E2E_DIR/steps" | uniq | grep -nxF "$mid" | cut -d: -f1)
	i=1
	while [ $i -lt "$m" ]; do send Down; i=$((i + 1)); done
	send Enter
	expect_whole "$(tf '%s — step %zu/%zu' "$(t "$(step_field "$line" 2)")" 1 "$(step_field "$line" 3)")" \
	    "$at: the header of step 1 of the longest module title whole"
	expect_whole "$(t "$(step_field "$line" 6)")" "$at: the step's title whole"
	check "$at: no phone number split in the step" check_pages_phones
	# The verify screen: a contact's long number is never cut.
	send q v
	need "$(t 'Check a request for money')" "$at: v opens the verify screen"
	check "$at: the contact's long number whole on its row" \
	    poll eval 'screen | grep "Dinas" | grep -qF -- "$LONG"'
	send Escape q q
	expect_exit 0 "$at: Esc, q leave the demo and quit"
done
done

# Choices too long for the rows left at 60x18 (the last resort): the
# selected one is always whole in view.  A copy of the content with one
# more theme holding one such scenario.
LONGC=$E2E_DIR/content
cp -R "$JAGAAKUN_CONTENT" "$LONGC"
sed -i 's/^themes = ($/themes = (\n\t{ id = "long"; title = "Long"; },/' "$LONGC/content.cfg"
grep -q '"long"' "$LONGC/content.cfg" || e2e_bail "could not add a theme to $LONGC/content.cfg"
W="words that go on and on so that the choice takes three or four lines"
cat >"$LONGC/scenarios/99-long.cfg" <<CFG
format = 1;
id = "long-choices";
title = "Long choices";
fraud = false;
channel = "sms";
sender = "A sender";
messages = ( "A message." );
question = "What do you do?";
choices = (
  { text = "Alpha: $W, $W, end A."; correct = true; feedback = "Yes."; },
  { text = "Bravo: $W, $W, end B."; correct = false; feedback = "No."; },
  { text = "Charlie: $W, $W, end C."; correct = false; feedback = "No."; },
  { text = "Delta: $W, $W, end D."; correct = false; feedback = "No."; } );
action = "Nothing.";
theme = "long";
CFG
E2E_LANG=en
start 60 18 JAGAAKUN_CONTENT="$LONGC" -- --lang en train --theme long --in-order
need "$(tf 'Scenario %zu of %zu: %s' 1 1 '' | sed 's/ *$//')" "long choices: the scenario"
for c in Alpha Bravo Charlie Delta; do
	expect_whole "$c: $W, $W, end $(printf '%s' "$c" | cut -c1)." \
	    "long choices: $c whole while selected"
	send Down
done
send q q
expect_exit 0 "long choices: q, q quit"

check_no_sanitizer_reports
done_testing
