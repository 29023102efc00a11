# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# walkthrough-en.sh: a complete first run at 80x24, in English (--lang
# en): the profile, the phone (Android, no WhatsApp Web/Desktop), every
# step of every module marked done or later, and those that allow it not
# applicable (a reason from the step's list, or the official's own); n
# on a step for every user is refused on screen.  The summary lists what
# was put off; those are then done too; at 100% the report is offered,
# and Enter writes it where the official can find it (~/Documents/jagaakun
# here, the home folder in walkthrough-id.sh, which has no Documents
# folder); the screens say 100% and all done, and quitting asks nothing
# more.  The record left behind is checked setting by setting.
#
# walkthrough-id.sh runs the same with WALK_LANG=id: the language screen
# choosing Bahasa Indonesia instead of --lang, and a Web user: iPhone and
# WhatsApp Web/Desktop, who also sees the Web steps with their Web/Desktop
# instructions, and the iPhone's on every phone step.
. "$(dirname "$0")/lib.sh"

E2E_LANG=${WALK_LANG:-en}
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
PHONE_HOW=$(tf 'What to do on %s:' "$(t "$([ $PLATFORM = iphone ] && echo iPhone || echo Android)")")
WEB_HOW=$(tf 'What to do on %s:' "$(t 'WhatsApp Web/Desktop')")

start 80 24 JAGAAKUN_NOW=$NOW -- "$@" --record "$REC"
if [ "$E2E_LANG" = id ]; then
	need "Pilih bahasa / Choose your language" "a first run asks for the language"
	need "> Bahasa Indonesia" "Bahasa Indonesia is offered first"
	send Enter
fi
need "$(t 'New profile')" "the new-profile form opens"
if [ "$E2E_LANG" = id ]; then
	for msgid in 'New profile' 'Which phone is your WhatsApp account on?' \
	    'Do you also use WhatsApp on a computer?' \
	    'Overall: %zu of %zu steps finished (%u%%)' '%s — step %zu/%zu' \
	    'All done! Every step is finished.'; do
		check "Indonesian catalogue translates '$msgid'" translated "$msgid"
	done
fi

# The NIP typed with spaces between its groups, as the hint allows.
fill_profile "$NAME" "1986 0926 2015 05 1 001" "$UNIT" "$POSITION"
need "$(t 'Which phone is your WhatsApp account on?')" "saving the profile asks for the phone"
choose_platform $PLATFORM $WEB
choose_accounts
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' 0 "$N" 0)" \
    "the modules screen starts at 0 of $N steps"

# Every step in content order: done, done, n refused then done, later,
# ...; a step that allows it is not applicable instead, for its first
# listed reason or, every other time, for the official's own words.  The
# phone's instructions are on every step but a Web one, which has
# Web/Desktop's; no step says to mark it not applicable to skip it.
send Enter
: >"$E2E_DIR/want"
: >"$E2E_DIR/hows"
k=1 nas=0
while [ $k -le "$N" ]; do
	wait_step $k || e2e_fail_flow "step $k of $N is shown in order"
	line="$NIP $(step_field $k 1) $(step_field $k 5)"
	if screen | grep -qF -- "$PHONE_HOW"; then how=phone
	elif screen | grep -qF -- "$WEB_HOW"; then how=web
	else how=none; fi
	echo "$k $(step_field $k 5) $how" >>"$E2E_DIR/hows"
	reason=$(step_field $k 7)
	if [ -n "$reason" ]; then
		send n
		wait_for "$(t 'Enter chooses, Esc cancels.')" ||
		    e2e_fail_flow "n on step $k offers its reasons"
		nas=$((nas + 1))
		if [ $((nas % 2)) = 1 ]; then
			expect "> $(clip "$(t "$reason")" 30)" \
			    "step $k offers its first reason, selected"
			send Enter
		else
			# "Other reason" is after the step's reasons.
			i=0
			while [ $i -lt "$(step_field $k 8)" ]; do
				send Down
				i=$((i + 1))
			done
			send Enter
			wait_for "$(t 'Write your reason in a few words.')" ||
			    e2e_fail_flow "Other reason on step $k asks for words"
			reason="reason $k — no phone"
			type_text "$reason"
			send Enter
		fi
		echo "$line na $NOW $reason" >>"$E2E_DIR/want"
		k=$((k + 1))
		continue
	fi
	case $((k % 4)) in
	1|2)
		send d
		echo "$line done $NOW" >>"$E2E_DIR/want"
		;;
	3)
		send n
		wait_for "$(t 'Every WhatsApp user can do this step, so it cannot be marked as not applicable.' | cut -c1-40)" ||
		    e2e_fail_flow "n on step $k, for every user, is refused"
		send d
		echo "$line done $NOW" >>"$E2E_DIR/want"
		;;
	0)
		send l
		echo "$line later $NOW" >>"$E2E_DIR/want"
		echo $k >>"$E2E_DIR/later"
		;;
	esac
	k=$((k + 1))
done
ok "all $N steps were shown in order and marked"
check "some step was marked not applicable" [ "$nas" -ge 2 ]
check_eq "every phone step shows the phone's instructions" \
    "$(awk '$3 != "phone" && $2 != "link-safely"' "$E2E_DIR/hows")" ""
if [ "$WEB" = web ]; then
	check_eq "the Web step is shown, with Web/Desktop's instructions" \
	    "$(awk '$2 == "link-safely" { print $3 }' "$E2E_DIR/hows")" web
else
	check_eq "the Web step is not shown to a phone-only user" \
	    "$(awk '$2 == "link-safely"' "$E2E_DIR/hows")" ""
fi

LATER=$(wc -l <"$E2E_DIR/later")
FIN=$((N - LATER))
need "$(tf 'Finished: %zu of %zu steps (%u%%). Later: %zu. Not yet: %zu.' \
    $FIN "$N" $((100 * FIN / N)) "$LATER" 0)" \
    "after the last step the summary counts $FIN finished and $LATER later"

# The summary lists each step put off (those that fit in its 17 rows at
# 80x24: a heading for each module, then its steps).
rows=0 prev='' missing=''
for k in $(cat "$E2E_DIR/later"); do
	[ "$(step_field $k 1)" = "$prev" ] || rows=$((rows + 1))
	prev=$(step_field $k 1)
	rows=$((rows + 1))
	[ $rows -le 17 ] || break
	screen | grep -qF -- "$(clip "$(t "$(step_field $k 6)")" 40)" ||
	    missing="$missing $k"
done
check_eq "the summary lists the steps put off" "${missing:-none}" none

# The record while steps are still put off.
sort "$E2E_DIR/want" >"$E2E_DIR/want.sorted"
record_steps "$REC" | sort >"$E2E_DIR/got.sorted"
if cmp -s "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted"; then
	ok "the record holds every step's status, time and reason"
else
	not_ok "the record holds every step's status, time and reason"
	diff "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted" | diag
fi

# Open each step put off from the summary (the first is selected) and do it.
for k in $(cat "$E2E_DIR/later"); do
	need ">  $(clip "$(t "$(step_field $k 6)")" 40)" \
	    "the summary selects step $k, put off"
	send Enter
	wait_step $k || e2e_fail_flow "Enter opens step $k"
	wait_for "$(t 'Status: later')" || e2e_fail_flow "step $k says it was put off"
	send d
	sed -i "s/^\\($NIP $(step_field $k 1) $(step_field $k 5)\\) later /\\1 done /" \
	    "$E2E_DIR/want"
done
# 100%: the report is offered; Enter writes it at once.
REPORT=$OUTDIR/jagaakun-$NIP-20261124.json
need "$(t 'Send your report to the IT office?')" "at 100% the report is offered"
expect "$(t 'You have finished every step. Your IT office counts you as done once it has your report.' | cut -c1-30)" \
    "it says why"
check "nothing is written before Enter" test ! -e "$REPORT"
send Enter
need "$(t 'Export your report')" "Enter goes to the export screen"
expect "$(basename "$REPORT")" "it names the file written"
check "the report is in the official's own folder" test -f "$REPORT"
send q
expect "$(tf 'Overall: %zu of %zu steps finished (%u%%)' "$N" "$N" 100)" \
    "the modules screen says 100%"
send s
need "$(t 'All done! Every step is finished.')" "the summary says all done"
expect "$(tf 'Finished: %zu of %zu steps (%u%%). Later: %zu. Not yet: %zu.' \
    "$N" "$N" 100 0 0)" "the summary says 100%"
send q
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' "$N" "$N" 100)" \
    "q goes back to the modules screen"
# The list of modules is longer than 24 lines: see it whole.
resize 80 60
need "$(tf 'Overall: %zu of %zu steps finished (%u%%)' "$N" "$N" 100)" \
    "a taller window shows the whole list"
check "every module is marked complete" eval \
    '[ "$(screen | grep -c "\[x\]")" -eq "$(cut -f 1 "$E2E_DIR/steps" | uniq | wc -l)" ]'
send q
expect_exit 0 "q on the modules screen quits with status 0, the report being written"

# The record file.
check_eq "the record file is private (0600)" "$(file_mode "$REC")" 600
check_eq "its folder is private (0700)" "$(file_mode "$(dirname "$REC")")" 700
check_eq "the name is kept" "$(record_values "$REC" name)" "$NAME"
check_eq "the NIP is kept without spaces" "$(record_values "$REC" nip)" "$NIP"
check_eq "the employee type is PNS" "$(record_values "$REC" kind)" pns
check_eq "the work unit is kept" "$(record_values "$REC" unit)" "$UNIT"
check_eq "the position is kept" "$(record_values "$REC" position)" "$POSITION"
check_eq "the language is kept" "$(record_values "$REC" language)" "$E2E_LANG"
check_eq "the phone is kept" "$(record_values "$REC" platform)" "$PLATFORM"
check_eq "Web/Desktop is kept" "$(grep -c '^[[:space:]]*web = true;' "$REC")" \
    "$([ "$WEB" = web ] && echo 1 || echo 0)"
check_eq "the profile was created at JAGAAKUN_NOW (ISO 8601 UTC)" \
    "$(record_values "$REC" created)" "$NOW"
sort "$E2E_DIR/want" >"$E2E_DIR/want.sorted"
record_steps "$REC" | sort >"$E2E_DIR/got.sorted"
if cmp -s "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted"; then
	ok "the final record has all $N steps with status, time and reason"
else
	not_ok "the final record has all $N steps with status, time and reason"
	diff "$E2E_DIR/want.sorted" "$E2E_DIR/got.sorted" | diag
fi
secret=$(record_names "$REC" | grep -Ei 'pin|otp|pass|secret|token|code')
check_eq "no setting holds a PIN, OTP, password or code" "${secret:-none}" none

check_no_sanitizer_reports
done_testing
