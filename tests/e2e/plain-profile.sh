# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# plain-profile.sh: the profile form in the plain mode, each field asked
# on a line: a NIP that is not one is refused with why and only it asked
# again; when the site lists units, the unit is searched (an alias works)
# and chosen by its number, and its name and code are saved; an edit (i)
# keeps every field given an empty line and saves the one changed,
# keeping the progress.  q alone leaves the form.
. "$(dirname "$0")/lib.sh"

NOW=2026-11-24T08:00:00Z
NIP=198609262015051001
SITE=$E2E_DIR/site.cfg
cat >"$SITE" <<'SITE'
format = 1;
units = (
	{ code = "setda"; name = "Sekretariat Daerah"; aliases = [ "Setda" ]; },
	{ code = "bkpsdm";
	  name = "Badan Kepegawaian dan Pengembangan SDM";
	  aliases = [ "BKPSDM", "BKD" ]; },
	{ code = "bappeda"; name = "Badan Perencanaan Pembangunan Daerah"; }
);
SITE
IN=$E2E_DIR/input
# Name, a bad NIP, PNS, "badan" (two units: the list), the second, the
# position; the NIP again; Android, no Web, every account (s); mark the
# first step done; quit.
printf '%s\n' "Siti Aminah" 12345 1 badan 2 "Analis Kepegawaian" "$NIP" 1 1 s 1 1 q q >"$IN"
E2E_STDIN=$IN run_plain JAGAAKUN_NOW=$NOW -- --lang en --plain --site "$SITE" --record "$REC"
OUT=$E2E_DIR/plain.out
check_eq "status 0" "$E2E_STATUS" 0
check "the bad NIP is refused, with why" grep -qxF \
    "NIP: $(t 'The NIP must be 18 digits long.')" "$OUT"
check_eq "only the NIP is asked again" "$(grep -c "^$(t 'Full name'):\$" "$OUT")" 1
check "the units found are listed by number" grep -qxF \
    "2. Badan Perencanaan Pembangunan Daerah (bappeda)" "$OUT"
check_eq "the name is saved" "$(record_values "$REC" name)" "Siti Aminah"
check_eq "the NIP is saved" "$(record_values "$REC" nip)" "$NIP"
check_eq "the unit chosen by its number (the second found) is saved" \
    "$(record_values "$REC" unit)" "Badan Perencanaan Pembangunan Daerah"
check_eq "with its code" "$(record_values "$REC" unit_code)" bappeda
check_eq "the position is saved" "$(record_values "$REC" position)" "Analis Kepegawaian"
check_eq "and the step marked" "$(record_steps "$REC" | wc -l)" 1

# An edit: Enter keeps each field; an alias finds the one unit it names,
# which replaces the unit; the position changes.
printf '%s\n' 1 i '' '' '' bkd "Kepala Sub Bagian" q >"$IN"
E2E_STDIN=$IN run_plain JAGAAKUN_NOW=$NOW -- --lang en --plain --site "$SITE" --record "$REC"
check_eq "the edit: status 0" "$E2E_STATUS" 0
check "it says what Enter keeps" grep -qF "Siti Aminah" "$E2E_DIR/plain.out"
check_eq "the name is kept" "$(record_values "$REC" name)" "Siti Aminah"
check_eq "the NIP is kept" "$(record_values "$REC" nip)" "$NIP"
check_eq "the unit named by its alias replaces it" "$(record_values "$REC" unit_code)" bkpsdm
check_eq "the position is changed" "$(record_values "$REC" position)" "Kepala Sub Bagian"
check_eq "the progress is kept" "$(record_steps "$REC" | wc -l)" 1

# q alone on the form of a first run leaves it: nothing is saved.
rm -rf "$(dirname "$REC")"
printf 'q\n' >"$IN"
E2E_STDIN=$IN run_plain -- --lang en --plain --site "$SITE" --record "$REC"
check_eq "q on the new-profile form: status 0" "$E2E_STATUS" 0
check "no profile is saved" eval "! grep -q 'name = ' \"\$REC\" 2>/dev/null"

check_no_sanitizer_reports
done_testing
