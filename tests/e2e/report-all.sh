# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# report-all.sh: `jagaakun report --all` with no terminal (as a login
# script or a timer runs it) writes every official's report file, and its
# exit status tells a compliant official from one who is not (8); the
# personal report in text shows step titles, why a step does not apply and
# the required modules; without a report folder the files go to the
# official's documents folder.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP1=198609262015051001
NIP2=199001012015011002
REPORTS=$E2E_DIR/reports
SITE=$E2E_DIR/site.cfg
make_site "$SITE" "$REPORTS" 'required_accounts = [ "whatsapp" ];' 'required = [ "two-step" ];'
content_steps

# A step state of the record: the k-th step of the content with a status.
step_state()
{
	reason=
	[ "$2" = na ] && reason=" reason = \"Tidak memakai passkey\";"
	printf '      { module = "%s"; step = "%s"; status = "%s"; time = "%s";%s },\n' \
	    "$(step_field "$1" 1)" "$(step_field "$1" 5)" "$2" "$NOW" "$reason"
}

# Write the record with the officials named (1, 2): the first has done
# every step of two-step (the passkey, which allows it, not applicable, in
# their own words), the second one step of it.
write_record()
{
	{
		echo 'format = 1;'
		echo "last_nip = \"$NIP1\";"
		echo 'officials = ('
		sep=
		for who in "$@"; do
			eval nip=\$NIP$who
			printf '%s' "$sep"
			sep=,
			cat <<OFFICIAL
  {
    name = "Pejabat $who";
    nip = "$nip";
    kind = "pns";
    unit = "Dinas Komunikasi dan Informatika";
    position = "Pranata Komputer";
    language = "en";
    platform = "android";
    created = "2026-11-20T01:00:00Z";
    updated = "2026-11-20T01:00:00Z";
    steps = (
OFFICIAL
			k=1
			while [ "$(step_field $k 1)" = two-step ]; do
				if [ $who = 1 ] &&
				    [ "$(step_field $k 5)" = passkey ]; then
					step_state $k na
				elif [ $who = 1 ] || [ $k = 1 ]; then
					step_state $k done
				fi
				k=$((k + 1))
			done | sed '$ s/,$//'
			echo '    ); }'
		done
		echo ');'
	} >"$E2E_DIR/rec.cfg"
	mkdir -p -m 700 "$(dirname "$REC")"
	install -m 600 "$E2E_DIR/rec.cfg" "$REC"
}

write_record 1 2
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --all
check_eq "--all: one official not compliant gives status 8" "$E2E_STATUS" 8
check "--all: the compliant official's report is written" \
    test -f "$REPORTS/jagaakun-$NIP1-20261124.json"
check "--all: so is the other one's" \
    test -f "$REPORTS/jagaakun-$NIP2-20261124.json"
check_eq "--all: a line says where each went" \
    "$(grep -c "^$(t 'Report written to %s' | sed 's/%s.*//')" "$E2E_DIR/plain.out")" 2
check "--all: the first is compliant, the report says" \
    grep -qF '"compliant":true' "$REPORTS/jagaakun-$NIP1-20261124.json"
check_eq "--all: nothing on standard error" "$(cat "$E2E_DIR/plain.err")" ""

run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --nip $NIP1 -o -
check_eq "a compliant official gives status 0" "$E2E_STATUS" 0
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --nip $NIP2 -o -
check_eq "one who is not gives status 8, the report still written" \
    "$E2E_STATUS" 8
check "the report went to standard output" grep -qF "\"nip\":\"$NIP2\"" \
    "$E2E_DIR/plain.out"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --all -o x.json
check_eq "--all takes no -o: status 2" "$E2E_STATUS" 2

# The personal report for people: titles, reasons, required modules.
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --nip $NIP1 -f text
check_eq "the text report also gives the verdict (0)" "$E2E_STATUS" 0
check "it names the steps by their titles" \
    grep -qF "$(step_field 2 6)" "$E2E_DIR/plain.out"
check "not by their ids" eval '! grep -qF "$(step_field 2 5)" "$E2E_DIR/plain.out"'
check "it says why a step does not apply" \
    grep -qF "Tidak memakai" "$E2E_DIR/plain.out"
check "it lists the required modules" \
    grep -q "^$(t 'Required modules'): *$(step_field 1 2)\$" "$E2E_DIR/plain.out"
run_plain JAGAAKUN_NOW=$NOW -- --lang id --site "$SITE" --record "$REC" report --nip $NIP1 -f text
check "in Bahasa Indonesia, the step titles are translated" \
    grep -qF "$(E2E_LANG=id t "$(step_field 2 6)")" "$E2E_DIR/plain.out"

# Without a report folder: the documents folder, made when needed.
printf 'format = 1;\nrequired_accounts = [ "whatsapp" ];\nrequired = [ "two-step" ];\n' >"$SITE"
mkdir "$E2E_DIR/home/Documents"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --all
check_eq "--all without a report folder: status 8 still" "$E2E_STATUS" 8
check "the reports go to ~/Documents/jagaakun" \
    test -f "$E2E_DIR/home/Documents/jagaakun/jagaakun-$NIP2-20261124.json"
check "and it says so" grep -qF "$E2E_DIR/home/Documents/jagaakun/" \
    "$E2E_DIR/plain.out"

# Every official compliant: status 0.
printf 'format = 1;\nrequired_accounts = [ "whatsapp" ];\nrequired = [ "two-step" ];\nreport_dir = "%s";\n' \
    "$REPORTS" >"$SITE"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --all --nip $NIP1
check_eq "--all with --nip: status 2" "$E2E_STATUS" 2
write_record 1
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --all
check_eq "--all: every official compliant gives status 0" "$E2E_STATUS" 0

# --changed, as the timer runs it: only what changed since the last
# report, which it records; silent when nothing did, and nothing is made
# where no official has used the checklist.
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" \
    --record "$E2E_DIR/none/record.cfg" report --all --changed
check_eq "--changed without a record: status 0" "$E2E_STATUS" 0
check "--changed without a record: silent" test ! -s "$E2E_DIR/plain.out"
check "--changed without a record: creates nothing" test ! -e "$E2E_DIR/none"
write_record 1 2
rm -f "$REPORTS"/*.json
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --all --changed
check_eq "--changed, first run: status 8 (one not compliant)" "$E2E_STATUS" 8
check_eq "--changed, first run: both reports written" \
    "$(ls "$REPORTS" | grep -c '\.json$')" 2
check_eq "--changed, first run: the record says when" \
    "$(grep -c "exported = \"$NOW\"" "$REC")" 2
rm -f "$REPORTS"/*.json
run_plain JAGAAKUN_NOW=2026-11-25T08:00:00Z -- --lang en --site "$SITE" --record "$REC" report --all --changed
check_eq "--changed, nothing changed: status 0" "$E2E_STATUS" 0
check "--changed, nothing changed: silent" test ! -s "$E2E_DIR/plain.out"
check "--changed, nothing changed: no report written" \
    test -z "$(ls "$REPORTS")"
sed "s/updated = \"2026-11-20T01:00:00Z\"/updated = \"2026-11-25T09:00:00Z\"/" \
    "$REC" >"$E2E_DIR/rec2.cfg"
awk -v nip=$NIP2 '/nip = / { mine = index($0, nip) > 0 } mine || !/updated = / { print; next } { sub(/2026-11-25T09:00:00Z/, "2026-11-20T01:00:00Z"); print }' \
    "$E2E_DIR/rec2.cfg" >"$REC"
run_plain JAGAAKUN_NOW=2026-11-25T10:00:00Z -- --lang en --site "$SITE" --record "$REC" report --all --changed
check_eq "--changed, one official changed: only theirs is written" \
    "$(ls "$REPORTS")" "jagaakun-$NIP2-20261125.json"
run_plain JAGAAKUN_NOW=$NOW -- --lang en --site "$SITE" --record "$REC" report --changed
check_eq "--changed without --all: status 2" "$E2E_STATUS" 2
check_no_sanitizer_reports
done_testing
