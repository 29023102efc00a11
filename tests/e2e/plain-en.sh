# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# plain-en.sh: the complete first run of walkthrough-en.sh in the plain
# mode (--plain), driven through a pipe: the same profile, the same phone
# and the same choice on every step (done, done, n refused then done,
# later, ...; not applicable where the step allows it, for its first
# reason or the official's own words), the steps put off done from the
# summary, the report written when offered at 100%.  The record it leaves
# must be the one the curses walkthrough leaves, setting by setting; the
# transcript holds no escape byte and says each step's place before it.
# Then: the end of the input half-way saves and exits 0; TERM=dumb in a
# terminal starts the plain mode, saying so once on stderr.
#
# plain-id.sh runs the same with PLAIN_LANG=id: the language chosen on
# the language screen, iPhone and WhatsApp Web/Desktop, as
# walkthrough-id.sh does.
. "$(dirname "$0")/lib.sh"

E2E_LANG=${PLAIN_LANG:-en}
NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
if [ "$E2E_LANG" = en ]; then
	NAME="Siti Aminah" PLATFORM=android WEB=
	UNIT="Dinas Komunikasi & Informatika — Bidang Persandian"
	POSITION="Pranata Komputer Ahli Muda"
	set -- --lang en
else
	NAME="Made Wirawan" PLATFORM=iphone WEB=web
	UNIT="Badan Kepegawaian — Sub Bagian Umum"
	POSITION="Analis Sumber Daya Manusia Aparatur"
	set --
fi
content_steps $WEB
N=$E2E_NSTEPS
if [ "$E2E_LANG" = en ]; then
	mkdir "$E2E_DIR/home/Documents"
	OUTDIR=$E2E_DIR/home/Documents/jagaakun
else
	OUTDIR=$E2E_DIR/home
fi
IN=$E2E_DIR/input

# The input, line by line, and the record it must leave ($E2E_DIR/want).
{
	[ "$E2E_LANG" = id ] && echo 1		# Bahasa Indonesia
	printf '%s\n' "$NAME" "1986 0926 2015 05 1 001" 1 "$UNIT" "$POSITION"
	[ $PLATFORM = iphone ] && echo 2 || echo 1
	[ "$WEB" = web ] && echo 2 || echo 1
	echo s					# every account ticked: save
	echo 1					# the first module
} >"$IN"
: >"$E2E_DIR/want"
: >"$E2E_DIR/later"
k=1 nas=0
while [ $k -le "$N" ]; do
	line="$NIP $(step_field $k 1) $(step_field $k 5)"
	reason=$(step_field $k 7)
	if [ -n "$reason" ]; then
		echo 2 >>"$IN"			# Not applicable
		nas=$((nas + 1))
		if [ $((nas % 2)) = 1 ]; then
			echo 1 >>"$IN"		# its first reason
		else
			reason="reason $k — no phone"
			printf '%s\n%s\n' $(($(step_field $k 8) + 1)) "$reason" \
			    >>"$IN"		# "Other reason", then the words
		fi
		echo "$line na $NOW $reason" >>"$E2E_DIR/want"
		k=$((k + 1))
		continue
	fi
	case $((k % 4)) in
	1|2)	echo 1 >>"$IN"; echo "$line done $NOW" >>"$E2E_DIR/want" ;;
	3)	printf '2\n1\n' >>"$IN"		# refused, then done
		echo "$line done $NOW" >>"$E2E_DIR/want" ;;
	0)	echo 3 >>"$IN"; echo "$line later $NOW" >>"$E2E_DIR/want"
		echo $k >>"$E2E_DIR/later" ;;
	esac
	k=$((k + 1))
done
HALF=$(wc -l <"$IN")
cp "$E2E_DIR/want" "$E2E_DIR/want.later"
# Each step put off, from the summary (the first left is number 1), done.
for k in $(cat "$E2E_DIR/later"); do
	printf '1\n1\n' >>"$IN"
	sed -i "s/^\\($NIP $(step_field $k 1) $(step_field $k 5)\\) later /\\1 done /" \
	    "$E2E_DIR/want"
done
# At 100% the report is offered: write it, back to the modules, quit.
printf '1\nq\nq\n' >>"$IN"

E2E_STDIN=$IN run_plain JAGAAKUN_NOW=$NOW -- "$@" --plain --record "$REC"
OUT=$E2E_DIR/plain.out
check_eq "the plain walkthrough quits with status 0" "$E2E_STATUS" 0
check_eq "nothing on stderr" "$(cat "$E2E_DIR/plain.err")" ""
check "the transcript holds no escape byte" eval \
    "! grep -q \"\$(printf '\\033')\" \"\$OUT\""
check "nor any other control character but the line ends" eval \
    "! LC_ALL=C grep -q '[[:cntrl:]]' \"\$OUT\""
if [ "$E2E_LANG" = id ]; then
	check "the language is asked, in both languages" \
	    grep -qxF "Pilih bahasa / Choose your language" "$OUT"
	for msgid in 'Step %zu of %zu, module %s.' 'Not applicable' \
	    'That is not one of the choices. Type the number or the letter of one, or ? for help.' \
	    'End of input: your progress is saved.'; do
		check "Indonesian catalogue translates '$msgid'" translated "$msgid"
	done
fi
check "the profile form is said" grep -qxF "$(t 'New profile')" "$OUT"
check "the step's choices are one line" grep -qxF \
    "1. $(t Done)  2. $(t 'Not applicable')  3. $(t Later)  4. $(t 'Next step')  5. $(t 'Previous step')  s  $(t Summary)  p  $(t 'Change the platform')  ?  $(t Help)  q  $(t Back)" "$OUT"
missing=
k=1
while [ $k -le "$N" ]; do
	grep -qxF "$(tf 'Step %zu of %zu, module %s.' $k "$N" "$(t "$(step_field $k 2)")")" "$OUT" ||
	    missing="$missing $k"
	k=$((k + 1))
done
check_eq "each step's place is said before it (Step k of $N, module ...)" \
    "${missing:-none}" none
check "n on a step for every user is refused, with why" grep -qxF \
    "$(t 'Every WhatsApp user can do this step, so it cannot be marked as not applicable.')" "$OUT"
check "the report is offered at 100%" grep -qxF \
    "$(t 'Send your report to the IT office?')" "$OUT"
REPORT=$OUTDIR/jagaakun-$NIP-20261124.json
check "the report is written in the official's own folder" test -f "$REPORT"
check "the transcript names the file written" grep -qF "$(basename "$REPORT")" "$OUT"

# The record: what walkthrough-en.sh (or -id.sh) checks of its own.
check_eq "the record file is private (0600)" "$(file_mode "$REC")" 600
check_eq "the name is kept" "$(record_values "$REC" name)" "$NAME"
check_eq "the NIP is kept without spaces" "$(record_values "$REC" nip)" "$NIP"
check_eq "the employee type is PNS" "$(record_values "$REC" kind)" pns
check_eq "the work unit is kept" "$(record_values "$REC" unit)" "$UNIT"
check_eq "the position is kept" "$(record_values "$REC" position)" "$POSITION"
check_eq "the language is kept" "$(record_values "$REC" language)" "$E2E_LANG"
check_eq "the phone is kept" "$(record_values "$REC" platform)" "$PLATFORM"
check_eq "Web/Desktop is kept" "$(grep -c '^[[:space:]]*web = true;' "$REC")" \
    "$([ "$WEB" = web ] && echo 1 || echo 0)"
check_eq "the profile was created at JAGAAKUN_NOW" \
    "$(record_values "$REC" created)" "$NOW"
check "the report's time is kept (exported)" grep -q '^[[:space:]]*exported = ' "$REC"
sort "$E2E_DIR/want" >"$E2E_DIR/want.sorted"
record_steps "$REC" | sort >"$E2E_DIR/got.sorted"
if cmp -s "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted"; then
	ok "the record has all $N steps with the curses walkthrough's status, time and reason"
else
	not_ok "the record has all $N steps with the curses walkthrough's status, time and reason"
	diff "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted" | diag
fi

# The accounts question after the phone: every account listed, ticked at
# first; the record keeps them all (as choose_accounts leaves them).
ALL_IDS=$(content_account_ids | sed 's/.*/"&"/' | paste -sd, - | sed 's/,/, /g')
account_title()
{
	sed -n 's/^title = "\(.*\)";.*/\1/p' "$JAGAAKUN_CONTENT"/accounts/*-"$1".cfg
}
check "the accounts are asked after the phone" grep -qxF \
    "$(t 'Which of these accounts do you use?')" "$OUT"
missing=
i=1
for id in $(content_account_ids); do
	case $id in
	whatsapp|asn-digital) want='%s: ticked, required by your agency' ;;
	*) want='%s: ticked' ;;
	esac
	grep -qxF "$i. $(tf "$want" "$(t "$(account_title $id)")")" "$OUT" ||
	    missing="$missing $id"
	i=$((i + 1))
done
check_eq "each account is a numbered choice, ticked; the required ones say so" \
    "${missing:-none}" none
check_eq "the record keeps every account" \
    "$(grep -c "accounts = \[ $ALL_IDS \];" "$REC")" 1
check "the module list says each account's heading" grep -qxF \
    "$(tf '%s: %zu of %zu steps finished' "$(t "$(account_title asn-digital)")" \
    "$(grep -c '^asn-digital-' "$E2E_DIR/steps")" "$(grep -c '^asn-digital-' "$E2E_DIR/steps")")" "$OUT"

# a on the module list: unticking a required account is refused with the
# navigation's note; Google unticked and saved leaves the record, and its
# heading leaves the module list.
GOOGLE=$(content_account_ids | grep -n '^google$' | cut -d: -f1)
printf '1\na\n1\n%s\ns\n' "$GOOGLE" >"$IN.accounts"
E2E_STDIN=$IN.accounts run_plain JAGAAKUN_NOW=$NOW -- "$@" --plain --record "$REC"
ACC=$E2E_DIR/plain.out
check_eq "the accounts changed: status 0" "$E2E_STATUS" 0
check "a opens the accounts from the module list" grep -qF \
    "  a  $(t Accounts)  " "$ACC"
check "unticking a required account says why not" grep -qxF \
    "$(t 'This account is required by your agency: it stays on your checklist.')" "$ACC"
check "Google is said unticked" grep -qxF \
    "$GOOGLE. $(tf '%s: not ticked' "$(t "$(account_title google)")")" "$ACC"
check_eq "the record keeps the accounts but Google" \
    "$(grep -c "accounts = \[ $(echo "$ALL_IDS" | sed 's/, "google"//') \];" "$REC")" 1
# What is said after the save: the module list again.
sed -n "/^$(t 'Overall: %zu of %zu steps finished (%u%%)' | cut -d: -f1):/h; //!H; \${x;p}" \
    "$ACC" >"$ACC.last"
check "the module list is said again after saving" grep -qF \
    "$(tf '%s: %zu of %zu steps finished' "$(t "$(account_title asn-digital)")" \
    "$(grep -c '^asn-digital-' "$E2E_DIR/steps")" "$(grep -c '^asn-digital-' "$E2E_DIR/steps")")" "$ACC.last"
check "and it has no Google heading" eval \
    "! grep -qF \"\$(t \"\$(account_title google)\")\" \"\$ACC.last\""

# The input ends half-way, after the last step: saved, status 0.
rm -rf "$(dirname "$REC")" "$OUTDIR"
head -n "$HALF" "$IN" >"$IN.half"
E2E_STDIN=$IN.half run_plain JAGAAKUN_NOW=$NOW -- "$@" --plain --record "$REC"
check_eq "the end of the input half-way: status 0" "$E2E_STATUS" 0
check "it says the progress is saved" grep -qxF \
    "$(t 'End of input: your progress is saved.')" "$E2E_DIR/plain.out"
sort "$E2E_DIR/want.later" >"$E2E_DIR/want.sorted"
record_steps "$REC" | sort >"$E2E_DIR/got.sorted"
if cmp -s "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted"; then
	ok "the record holds every step marked before the input ended"
else
	not_ok "the record holds every step marked before the input ended"
	diff "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted" | diag
fi
check "no report was written without being asked" test ! -e "$REPORT"

# A line that is no choice is said to be none, and nothing changes.
printf '1\nxyz\n99\nq\n' >"$IN.wrong"
E2E_STDIN=$IN.wrong run_plain JAGAAKUN_NOW=$NOW -- "$@" --plain --record "$REC"
check_eq "wrong choices: still status 0" "$E2E_STATUS" 0
check_eq "each wrong choice is said to be none" "$(grep -cxF \
    "$(t 'That is not one of the choices. Type the number or the letter of one, or ? for help.')" \
    "$E2E_DIR/plain.out")" 2

# TERM=dumb in a terminal: the plain mode, said once on stderr.
# The module list is longer than 24 lines: a tall window shows it whole.
start 80 60 TERM=dumb JAGAAKUN_NOW=$NOW -- "$@" --record "$REC"
need "$(t 'Who is using jagaakun?')" "TERM=dumb: the plain mode shows the officials"
send 1 Enter
FIN=$(grep -c ' \(done\|na\) ' "$E2E_DIR/want.later")
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' "$FIN" "$N" $((100 * FIN / N)))" \
    "TERM=dumb: 1 and Enter open the modules"
send q Enter
need "$(t 'Send your report to the IT office?')" "TERM=dumb: quitting offers the report"
send q Enter
expect_exit 0 "TERM=dumb: q quits with status 0"
check_eq "TERM=dumb: stderr says once that the plain mode runs" \
    "$(grep -c 'TERM=dumb' "$E2E_DIR/$S.err")" 1

check_no_sanitizer_reports
done_testing
