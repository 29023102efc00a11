# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The jagaakun authors
# lib.sh: sourced by every end-to-end test.  It runs the real program in a
# pseudo-terminal (a private tmux server), reads the screen back, and
# prints TAP.  Nothing here sleeps to synchronise: every wait polls the
# screen or the pane with a time limit and shows the pane when it expires.
#
# A test does, for example:
#	. "$(dirname "$0")/lib.sh"
#	start 80 24 -- --lang en --record "$REC"
#	need "Choose your language" "the first screen shows"
#	send Enter
#	...
#	expect_exit 0 "q quits with status 0"
#	done_testing
#
# Environment it reads: top_builddir, JAGAAKUN (the program; default
# $top_builddir/src/jagaakun), JAGAAKUN_CONTENT, JAGAAKUN_LOCALEDIR,
# E2E_TIMEOUT (seconds a wait may take; default 10), E2E_KEEP (keep the
# temporary folder, for debugging), ASAN_OPTIONS and UBSAN_OPTIONS (passed on).

set -u

# Stop the whole script: the driver reports it as an error.
e2e_bail()
{
	echo "Bail out! $*"
	exit 99
}

command -v tmux >/dev/null 2>&1 || e2e_bail "tmux is required"
command -v gettext >/dev/null 2>&1 || e2e_bail "gettext (gettext-base) is required"

# Make a path absolute (the program runs with another working folder).
e2e_abs()
{
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$PWD" "$1" ;;
	esac
}

: "${top_builddir:=.}"
: "${top_srcdir:=$(dirname "$0")/../..}"
JAGAAKUN=$(e2e_abs "${JAGAAKUN:-$top_builddir/src/jagaakun}")
JAGAAKUN_CONTENT=$(e2e_abs "${JAGAAKUN_CONTENT:-$top_srcdir/content}")
JAGAAKUN_LOCALEDIR=$(e2e_abs "${JAGAAKUN_LOCALEDIR:-$top_builddir/tests/locale}")
E2E_TIMEOUT=${E2E_TIMEOUT:-10}
[ -x "$JAGAAKUN" ] || e2e_bail "$JAGAAKUN is not built"
[ -d "$JAGAAKUN_CONTENT" ] || e2e_bail "no content folder at $JAGAAKUN_CONTENT"

# The per-test folder: the home, the state folder, the record, the tmux
# socket, and what each session wrote to stderr.
E2E_DIR=$(mktemp -d "${TMPDIR:-/tmp}/jagaakun-e2e.XXXXXX") || e2e_bail "mktemp failed"
mkdir -m 700 "$E2E_DIR/home" "$E2E_DIR/state"
REC=$E2E_DIR/rec/record.cfg
# A private tmux server with no configuration.  A socket path must fit in
# sun_path (108 bytes): under a long TMPDIR it goes to a short folder.
E2E_SOCK=$E2E_DIR/tmux.sock
if [ ${#E2E_SOCK} -gt 100 ]; then
	E2E_SOCK=$(mktemp -d /tmp/jgk.XXXXXX)/tmux.sock || e2e_bail "mktemp failed"
fi
E2E_TMUX="tmux -S $E2E_SOCK -f /dev/null"
E2E_N=0
E2E_SESSIONS=0
S=

# Stop the tmux server (and so every program still running) and remove
# the folder.
e2e_cleanup()
{
	$E2E_TMUX kill-server >/dev/null 2>&1
	case $E2E_SOCK in
	/tmp/jgk.*) rm -rf "$(dirname "$E2E_SOCK")" ;;
	esac
	if [ -n "${E2E_KEEP:-}" ]; then
		echo "# kept $E2E_DIR"
	else
		rm -rf "$E2E_DIR"
	fi
}
trap e2e_cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 141' PIPE

# ---------------------------------------------------------------- TAP

# Report a passed check.
ok()
{
	E2E_N=$((E2E_N + 1))
	echo "ok $E2E_N - $*"
}

# Report a failed check.
not_ok()
{
	E2E_N=$((E2E_N + 1))
	echo "not ok $E2E_N - $*"
}

# Print text as TAP diagnostics.
diag()
{
	sed 's/^/# /'
}

# Report whether a command succeeds: check DESCRIPTION COMMAND [ARG]...
check()
{
	e2e_desc=$1
	shift
	if "$@"; then
		ok "$e2e_desc"
	else
		not_ok "$e2e_desc"
		return 1
	fi
}

# Report whether two strings are equal: check_eq DESCRIPTION GOT WANT.
check_eq()
{
	if [ "$2" = "$3" ]; then
		ok "$1"
	else
		not_ok "$1"
		printf 'got:  %s\nwant: %s\n' "$2" "$3" | diag
		return 1
	fi
}

# Print the plan after the last check and end the test.  The plan comes
# last so that a test that dies half-way has none and the driver says so.
done_testing()
{
	[ "$E2E_N" -gt 0 ] || e2e_bail "no checks were run"
	echo "1..$E2E_N"
	exit 0
}

# Report a failed step of a flow and end the test: later steps would only
# time out one after another.
e2e_fail_flow()
{
	not_ok "$*"
	done_testing
}

# ---------------------------------------------------------------- running

# Quote a word for sh.
e2e_quote()
{
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# Write to file $1 a sh line that runs the program with a pinned
# environment (PATH, HOME, XDG_STATE_HOME, TERM, LC_ALL, JAGAAKUN_LOCALEDIR,
# JAGAAKUN_CONTENT and the sanitizer options) and the rest of the words:
#	[NAME=VALUE | !NAME]... [--] [ARG]...
# NAME=VALUE adds or overrides a variable, !NAME removes one.
e2e_command()
{
	e2e_file=$1
	shift
	e2e_set='' e2e_unset=''
	while [ $# -gt 0 ]; do
		case $1 in
		--) shift; break ;;
		!*) e2e_unset="$e2e_unset ${1#!}" ;;
		[A-Za-z_]*=*) e2e_set="$e2e_set $(e2e_quote "$1")" ;;
		*) break ;;
		esac
		shift
	done
	e2e_env=
	for e2e_v in PATH=/usr/local/bin:/usr/bin:/bin "HOME=$E2E_DIR/home" \
	    "XDG_STATE_HOME=$E2E_DIR/state" TERM=xterm-256color LC_ALL=C.UTF-8 \
	    "JAGAAKUN_LOCALEDIR=$JAGAAKUN_LOCALEDIR" \
	    "JAGAAKUN_CONTENT=$JAGAAKUN_CONTENT" \
	    "ASAN_OPTIONS=${ASAN_OPTIONS:-}" "UBSAN_OPTIONS=${UBSAN_OPTIONS:-}"; do
		case " $e2e_unset " in
		*" ${e2e_v%%=*} "*) ;;
		*) e2e_env="$e2e_env $(e2e_quote "$e2e_v")" ;;
		esac
	done
	{
		printf 'exec env -i%s%s %s' "$e2e_env" "$e2e_set" "$(e2e_quote "$JAGAAKUN")"
		for e2e_a in "$@"; do
			printf ' %s' "$(e2e_quote "$e2e_a")"
		done
		printf '\n'
	} >>"$e2e_file"
}

# Start the program in a new tmux session of cols x rows and make it the
# current one ($S):  start COLS ROWS [NAME=VALUE | !NAME]... [--] [ARG]...
# The program is the session's command itself (no shell to echo the
# needle), so the pane's pid is the program's; its stderr goes to
# $E2E_DIR/$S.err, and its stdout to E2E_STDOUT when that names a file.
start()
{
	e2e_cols=$1 e2e_rows=$2
	shift 2
	E2E_SESSIONS=$((E2E_SESSIONS + 1))
	S=s$E2E_SESSIONS
	{
		printf 'exec 2>%s\n' "$(e2e_quote "$E2E_DIR/$S.err")"
		[ -z "${E2E_STDOUT:-}" ] || printf 'exec >%s\n' "$(e2e_quote "$E2E_STDOUT")"
	} >"$E2E_DIR/$S.sh"
	e2e_command "$E2E_DIR/$S.sh" "$@"
	# remain-on-exit is set in the same command list, before the server
	# can see the program end, so the pane and its status stay readable.
	$E2E_TMUX new-session -d -s "$S" -x "$e2e_cols" -y "$e2e_rows" \
	    sh "$E2E_DIR/$S.sh" \; set-option -t "$S" remain-on-exit on \
	    >/dev/null 2>&1 || e2e_bail "tmux could not start a session"
}

# Print the current pane as text.
screen()
{
	$E2E_TMUX capture-pane -p -t "$S" 2>/dev/null
}

# Print the pane with its attributes and the cursor (what changes when a
# highlight moves), to tell whether a key had any effect yet.
e2e_snapshot()
{
	$E2E_TMUX capture-pane -e -p -t "$S" 2>/dev/null
	$E2E_TMUX display-message -p -t "$S" '#{cursor_x},#{cursor_y} #{pane_dead}' 2>/dev/null
}

# Print one tmux format for the current pane, e.g. '#{pane_pid}'.
pane_info()
{
	$E2E_TMUX display-message -p -t "$S" "$1" 2>/dev/null
}

# The pid of the program in the current session.
pane_pid()
{
	pane_info '#{pane_pid}'
}

# Run a command every 0.1 s until it succeeds, at most n times:
#	poll_n N COMMAND [ARG]...   (returns 1 when it never succeeded)
poll_n()
{
	e2e_tries=$1
	shift
	while [ "$e2e_tries" -gt 0 ]; do
		"$@" && return 0
		sleep 0.1
		e2e_tries=$((e2e_tries - 1))
	done
	return 1
}

# Poll a command for up to E2E_TIMEOUT seconds: poll COMMAND [ARG]...
poll()
{
	poll_n $((E2E_TIMEOUT * 10)) "$@"
}

# Show the pane, whether the program ended and what it wrote to stderr,
# as TAP diagnostics.
show_pane()
{
	{
		echo "---- pane $S ($(pane_info '#{pane_width}x#{pane_height}'), dead=$(pane_info '#{pane_dead}'))"
		screen
		e2e_pid=$(pane_pid)
		if [ -n "$e2e_pid" ] && [ -e "/proc/$e2e_pid" ]; then
			echo "---- process $e2e_pid"
			ps -o pid,stat,wchan:20,args -p "$e2e_pid" 2>&1
		fi
		if [ -s "$E2E_DIR/$S.err" ]; then
			echo "---- stderr"
			cat "$E2E_DIR/$S.err"
		fi
		echo "----"
	} | diag
}

# Say whether the pane shows every one of the fixed strings given.
e2e_shows_all()
{
	e2e_scr=$(screen)
	for e2e_needle in "$@"; do
		printf '%s\n' "$e2e_scr" | grep -qF -- "$e2e_needle" || return 1
	done
}

# Wait until the pane shows every one of the fixed strings given, at once;
# on timeout show the pane and return 1.
wait_all()
{
	poll e2e_shows_all "$@" && return 0
	printf 'timed out waiting for all of:\n' | diag
	printf '  %s\n' "$@" | diag
	show_pane
	return 1
}

# Wait until the pane shows TEXT (a fixed string): wait_for TEXT.
wait_for()
{
	wait_all "$1"
}

# Check that the pane shows TEXT, waiting for it: expect TEXT DESCRIPTION.
expect()
{
	if wait_for "$1"; then
		ok "$2"
	else
		not_ok "$2"
		return 1
	fi
}

# Like expect, but a failure ends the test (for the steps of a flow).
need()
{
	wait_for "$1" || e2e_fail_flow "$2"
	ok "$2"
}

# Say whether the pane differs from snapshot $1.
e2e_changed()
{
	[ "$(e2e_snapshot)" != "$1" ]
}

# Send tmux key names (Enter, Up, Escape, C-c, q, ...) one at a time,
# waiting after each for the screen to change, so that keys never arrive
# faster than the program draws (Escape followed at once by a key would
# become an Alt key).  The wait gives up quietly after 3 s, since some
# keys rightly change nothing.
send()
{
	for e2e_k in "$@"; do
		e2e_before=$(e2e_snapshot)
		$E2E_TMUX send-keys -t "$S" "$e2e_k" || e2e_bail "tmux send-keys failed"
		poll_n 30 e2e_changed "$e2e_before"
	done
}

# Type literal text, then wait for the screen to change.
type_text()
{
	e2e_before=$(e2e_snapshot)
	$E2E_TMUX send-keys -t "$S" -l -- "$1" || e2e_bail "tmux send-keys failed"
	poll_n 30 e2e_changed "$e2e_before"
}

# Say whether the pane is cols x rows.
e2e_size_is()
{
	[ "$(pane_info '#{pane_width}x#{pane_height}')" = "$1x$2" ]
}

# Resize the window to cols x rows and wait until tmux has done it (the
# program then gets SIGWINCH; tests wait for its redraw with wait_for).
resize()
{
	$E2E_TMUX resize-window -t "$S" -x "$1" -y "$2" || e2e_bail "tmux resize-window failed"
	poll e2e_size_is "$1" "$2" || e2e_bail "tmux did not resize to $1x$2"
}

# Wait for the program to end and set E2E_STATUS to its exit status (128+N
# when signal N killed it); also written to $E2E_DIR/$S.status.  On
# timeout shows the pane and returns 1.
#
# tmux marks the pane dead when its terminal closes, which can come before
# it has reaped the program and so has its status (tmux PR #4841).  Worse,
# Debian's tmux uses libutempter, whose own SIGCHLD handler, installed
# while tmux removes the pane's utmp entry, can swallow the program's
# SIGCHLD: the program then stays a zombie and tmux never learns the
# status (tmux issue #311).  So while the pane is dead without a status,
# poke our own tmux server with SIGCHLD to make it reap.
wait_exit()
{
	E2E_STATUS=
	if ! poll e2e_exited; then
		echo "timed out waiting for the program to end" | diag
		show_pane
		return 1
	fi
	echo "$E2E_STATUS" >"$E2E_DIR/$S.status"
}

# Say whether the program has ended, setting E2E_STATUS; poke tmux when
# the pane is dead without a status (see wait_exit).
e2e_exited()
{
	e2e_dead=$(pane_info '#{pane_dead}:#{pane_dead_status}:#{pane_dead_signal}')
	case $e2e_dead in
	1:[0-9]*:*)
		E2E_STATUS=${e2e_dead#1:}
		E2E_STATUS=${E2E_STATUS%%:*}
		;;
	1::[0-9]*)
		E2E_STATUS=$((128 + ${e2e_dead#1::}))
		;;
	1::)
		kill -CHLD "$(pane_info '#{pid}')" 2>/dev/null
		return 1
		;;
	*)
		return 1
		;;
	esac
}

# Check that the program ends with the given status:
# expect_exit STATUS DESCRIPTION.
expect_exit()
{
	if wait_exit && [ "$E2E_STATUS" = "$1" ]; then
		ok "$2"
	else
		not_ok "$2"
		echo "exit status ${E2E_STATUS:-(still running)}, want $1" | diag
		show_pane
		return 1
	fi
}

# Check that no session's stderr holds a sanitizer report (ASan, LSan and
# UBSan print theirs there and need not change the exit status).
check_no_sanitizer_reports()
{
	if grep -lE 'AddressSanitizer|LeakSanitizer|runtime error:' \
	    "$E2E_DIR"/*.err >/dev/null 2>&1; then
		not_ok "no sanitizer reported an error"
		cat "$E2E_DIR"/*.err | diag
	else
		ok "no sanitizer reported an error"
	fi
}

# ---------------------------------------------------------------- files

# Print a file's permission bits in octal, e.g. 600.
file_mode()
{
	stat -c %a "$1"
}

# Run the program outside tmux with the same pinned environment, stdin
# from /dev/null (or the file E2E_STDIN names: a plain-mode script), stdout
# and stderr to $E2E_DIR/plain.out and plain.err:
#	run_plain [NAME=VALUE | !NAME]... [--] [ARG]...   (status in E2E_STATUS)
# A run that takes longer than 3 x E2E_TIMEOUT is killed (status 124 or
# 137), so a program that loops on end-of-file fails instead of hanging.
run_plain()
{
	: >"$E2E_DIR/plain.sh"
	e2e_command "$E2E_DIR/plain.sh" "$@"
	timeout -k 5 $((3 * E2E_TIMEOUT)) sh "$E2E_DIR/plain.sh" \
	    <"${E2E_STDIN:-/dev/null}" >"$E2E_DIR/plain.out" \
	    2>"$E2E_DIR/plain.err"
	E2E_STATUS=$?
}

# ---------------------------------------------------------------- language

# The language the test expects the screens in: en or id.
E2E_LANG=${E2E_LANG:-en}

# Print msgid in language $2 from the test catalogue: its translation, or
# msgid itself where there is none (as the program's gettext does).
e2e_gettext()
{
	env -i TEXTDOMAINDIR="$JAGAAKUN_LOCALEDIR" LC_ALL=C.UTF-8 \
	    LANGUAGE="$2" gettext -d jagaakun -- "$1"
}

# Print msgid as the program shows it in $E2E_LANG.
t()
{
	if [ "$E2E_LANG" = en ]; then
		printf '%s' "$1"
	else
		e2e_gettext "$1" "$E2E_LANG"
	fi
}

# Print a translated printf format filled in: tf FORMAT [ARG]...
# (%zu, %u and %d become %s for sh's printf).
tf()
{
	e2e_fmt=$(t "$1" | sed 's/%z\{0,1\}[ud]/%s/g')
	shift
	# shellcheck disable=SC2059
	printf "$e2e_fmt" "$@"
}

# Check that msgid has an Indonesian translation in the test catalogue.
translated()
{
	[ "$(e2e_gettext "$1" id)" != "$1" ]
}

# ---------------------------------------------------------------- content

# List every step of the content an official sees, in the order the
# checklist shows them, into $E2E_DIR/steps, one a line, tab-separated:
#	module-id  module-title  steps-in-module  step-number  step-id
#	step-title  first-not-applicable-reason (empty: N/A not allowed)
#	number-of-such-reasons
# and check the count of all steps against `jagaakun check-content`;
# E2E_NSTEPS is then the count of those listed.  With "web" as $1 the
# official uses WhatsApp Web/Desktop and sees its Web steps (steps with
# nothing but "web"), which the others do not; the numbers count only
# the steps seen.  The content files keep each id and title on one line,
# and put a not_applicable list's reasons on lines of their own
# (libconfig allows more; bail then).
content_steps()
{
	for e2e_f in "$JAGAAKUN_CONTENT"/modules/*.cfg; do
		awk -v web="${1:-}" '
		function val(s) {
			if (s !~ /";[ \t]*$/) { print "BAD " FILENAME ": " s; exit 1 }
			sub(/^[^"]*"/, "", s); sub(/";[ \t]*$/, "", s)
			gsub(/\\"/, "\"", s); gsub(/\\\\/, "\\", s)
			return s
		}
		function item(s) {
			sub(/^[ \t]*"/, "", s); sub(/",?[ \t]*$/, "", s)
			return s
		}
		/^id = /		{ mid = val($0) }
		/^title = /		{ mt = val($0) }
		/^[ \t]*\{[ \t]*id = /	{ n++; sid[n] = val($0); inna = 0 }
		/^[ \t]+title = /	{ st[n] = val($0) }
		/^[ \t]+(text|android|iphone) = /	{ phone[n] = 1 }
		/^[ \t]+not_applicable = \[[ \t]*$/	{ inna = 1; next }
		inna && /^[ \t]*"/	{ if (na[n] == "") na[n] = item($0); nna[n]++; next }
		inna			{ inna = 0 }
		END {
			for (i = 1; i <= n; i++)
				if (phone[i] || web == "web")
					seen[++m] = i
			for (k = 1; k <= m; k++) {
				i = seen[k]
				printf "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%d\n", mid, mt, m,
				    k, sid[i], st[i], na[i], nna[i]
			}
			printf "ALL\t%d\n", n
		}' "$e2e_f"
	done >"$E2E_DIR/steps.all"
	grep -q '^BAD ' "$E2E_DIR/steps.all" && e2e_bail "$(grep '^BAD ' "$E2E_DIR/steps.all")"
	grep -v '^ALL	' "$E2E_DIR/steps.all" >"$E2E_DIR/steps"
	e2e_all=$(awk -F '\t' '$1 == "ALL" { n += $2 } END { print n + 0 }' \
	    "$E2E_DIR/steps.all")
	run_plain -- --lang en check-content "$JAGAAKUN_CONTENT"
	e2e_want=$(sed -n 's/.* \([0-9][0-9]*\) steps\.$/\1/p' "$E2E_DIR/plain.out")
	[ "$e2e_all" -eq "${e2e_want:-0}" ] ||
	    e2e_bail "read $e2e_all steps from the content, check-content says: $(cat "$E2E_DIR/plain.out" "$E2E_DIR/plain.err")"
	E2E_NSTEPS=$(wc -l <"$E2E_DIR/steps")
}

# Print field N (1-based, as listed by content_steps) of step line K.
step_field()
{
	sed -n "${1}p" "$E2E_DIR/steps" | cut -f "$2"
}

# Print the first characters of a string (a line the program may clip).
clip()
{
	printf '%s' "$1" | LC_ALL=C.UTF-8 sed -E "s/^(.{$2}).*/\\1/"
}

# Wait until the pane shows step K (its header and title, clipped to what
# fits in 80 columns for sure).
wait_step()
{
	e2e_head=$(tf '%s — step %zu/%zu' "$(t "$(step_field "$1" 2)")" \
	    "$(step_field "$1" 4)" "$(step_field "$1" 3)")
	wait_all "$(clip "$e2e_head" 70)" "$(clip "$(t "$(step_field "$1" 6)")" 40)"
}

# ---------------------------------------------------------------- site

# Write site settings (jagaakun-site(5)) with the agency, the report
# folder, which it creates, and any further settings, one an argument as
# written in the file:  make_site FILE REPORT_DIR [SETTING]...
make_site()
{
	site_file=$1 site_reports=$2
	shift 2
	mkdir -p "$site_reports"
	{
		echo 'format = 1;'
		echo 'agency = "Pemerintah Kota Contoh";'
		echo "report_dir = \"$site_reports\";"
		for setting in "$@"; do
			echo "$setting"
		done
	} >"$site_file"
}

# ---------------------------------------------------------------- record

# Write a valid record with one official and no steps done:
#	make_record FILE NAME NIP [PLATFORM [LANGUAGE]]
make_record()
{
	mkdir -p -m 700 "$(dirname "$1")"
	cat >"$1" <<RECORD
# jagaakun record, written by the e2e test.
format = 1;
last_nip = "$3";
officials = (
  {
    name = "$2";
    nip = "$3";
    kind = "pns";
    unit = "Dinas Komunikasi dan Informatika";
    position = "Pranata Komputer";
    language = "${5:-en}";
    platform = "${4:-android}";
    accounts = [ $(content_account_ids | sed 's/.*/"&"/' | paste -sd, -) ];
    created = "2026-11-20T01:00:00Z";
    updated = "2026-11-20T01:00:00Z";
    steps = ( );
  } );
RECORD
	chmod 600 "$1"
}

# Print every step state in a record, one a line:
#	nip module step status time [reason]
# (the file as record_save writes it: one setting a line).
record_steps()
{
	awk '
	function val(s) { sub(/^[^"]*"/, "", s); sub(/";[ \t]*$/, "", s); return s }
	/^[ \t]*nip = "/	{ nip = val($0) }
	/^[ \t]*module = "/	{ m = val($0); s = st = tm = r = "" }
	/^[ \t]*step = "/	{ s = val($0) }
	/^[ \t]*status = "/	{ st = val($0) }
	/^[ \t]*time = "/	{ tm = val($0) }
	/^[ \t]*reason = "/	{ r = val($0) }
	/^[ \t]*}/ {
		if (m != "") print nip, m, s, st, tm (r != "" ? " " r : "")
		m = ""
	}' "$1"
}

# Print the values of a setting wherever it appears in a record, one a
# line: record_values FILE NAME.
record_values()
{
	sed -n "s/^[[:space:]]*$2 = \"\\(.*\\)\";[[:space:]]*\$/\\1/p" "$1"
}

# Print the names of every setting in a record, one a line, sorted.
record_names()
{
	sed -n 's/^[[:space:]]*\([A-Za-z_][A-Za-z0-9_-]*\)[[:space:]]*=.*/\1/p' "$1" | sort -u
}

# ---------------------------------------------------------------- flows

# Fill in the new-profile form, shown with the name focused, and save it:
#	fill_profile NAME NIP UNIT POSITION [pppk]
fill_profile()
{
	type_text "$1"
	send Tab
	type_text "$2"
	send Tab
	[ "${5:-pns}" = pppk ] && send Space
	send Tab
	type_text "$3"
	send Tab
	type_text "$4"
	send Enter
}

# Quitting with progress no report holds yet offers the report: say not
# now (q), which quits.  decline_offer DESCRIPTION
decline_offer()
{
	need "$(t 'Send your report to the IT office?')" "$1"
	send q
}

# Print the ids of the content's accounts, in the order the accounts
# screen lists them (file-name order), one a line.
content_account_ids()
{
	for e2e_f in "$JAGAAKUN_CONTENT"/accounts/*.cfg; do
		[ -f "$e2e_f" ] || continue
		sed -n 's/^id = "\(.*\)";.*/\1/p' "$e2e_f"
	done
}

# Answer the accounts question, which follows the platform questions of
# an official never asked it:
#	choose_accounts [ID]...
# unticks the accounts named (optional ones; all are ticked at first)
# and saves with Enter.
choose_accounts()
{
	wait_for "$(t 'Which of these accounts do you use?')" ||
	    e2e_fail_flow "the accounts are asked"
	e2e_pos=0	# the screen opens on the first row
	for e2e_a in "$@"; do
		e2e_row=0
		for e2e_id in $(content_account_ids); do
			[ "$e2e_id" = "$e2e_a" ] && break
			e2e_row=$((e2e_row + 1))
		done
		while [ "$e2e_pos" -lt "$e2e_row" ]; do
			send Down
			e2e_pos=$((e2e_pos + 1))
		done
		while [ "$e2e_pos" -gt "$e2e_row" ]; do
			send Up
			e2e_pos=$((e2e_pos - 1))
		done
		send Space
	done
	send Enter
}

# Answer the two platform questions, the phone screen being shown:
#	choose_platform [iphone] [web]
# the phone (Android unless "iphone"), then whether WhatsApp Web/Desktop
# is used too ("web": yes; otherwise the answer already selected, "No"
# for a new official).
choose_platform()
{
	[ "${1:-}" = iphone ] && send Down
	send Enter
	wait_for "$(t 'Do you also use WhatsApp on a computer?')" ||
	    e2e_fail_flow "the phone chosen, Web/Desktop is asked"
	[ "${2:-}" = web ] && send Down
	send Enter
}

# ---------------------------------------------------------------- cut text

# Print a content string as the screens show it in $E2E_LANG, found by its
# note in po/id.po (as tools/content-pot writes it: "scenario ID, choice
# 2", "scenario ID, question", "theme ID, title of a quiz theme"); one
# line (a newline in it becomes a space).
content_text()
{
	command -v msggrep >/dev/null 2>&1 || e2e_bail "msggrep (gettext) is required"
	if [ "$E2E_LANG" = en ]; then
		msggrep -X -F -e "$1" -- "$top_srcdir/po/id.po" |
		    msgexec -i - sh -c '[ -z "$MSGEXEC_MSGID" ] || printf "%s\n" "$MSGEXEC_MSGID"'
	else
		msggrep -X -F -e "$1" -- "$top_srcdir/po/id.po" |
		    msgexec -i - sh -c '[ -z "$MSGEXEC_MSGID" ] || { cat; echo; }'
	fi | head -n 1 | tr '\n' ' ' | sed 's/ *$//'
}

# Print the pane as one line, every run of spaces and line ends made one
# space: wrapped text reads whole in it, cut text does not.
screen_flat()
{
	screen | tr -s ' \n' '  '
}

# Say whether the pane shows TEXT whole, wrapped over lines or not.
shows_whole()
{
	e2e_want=$(printf '%s' "$1" | tr -s ' \n' '  ')
	screen_flat | grep -qF -- "$e2e_want"
}

# Check that the pane shows TEXT whole: expect_whole TEXT DESCRIPTION;
# on failure show what is missing and the pane.
expect_whole()
{
	if poll shows_whole "$1"; then
		ok "$2"
	else
		not_ok "$2"
		printf 'not shown whole: %s\n' "$1" | diag
		show_pane
	fi
}
