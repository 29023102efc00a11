/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_roster: reading the CSV of officials expected to report: both
 * separators, the byte-order mark, CRLF, quoted fields, the header row
 * (columns found by name in either language) or its absence, and every
 * class of row that is reported as file:line and skipped.
 */
#include "config.h"
#include "testutil.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "exchange/roster.h"

#define YEAR 2026
#define NIP1 "198609262015051001"
#define NIP2 "198609262015051002"
#define NIP3 "198609262015052003"

/* Per-test state: the roster parsed last and its messages. */
struct fixture {
	struct roster *r;
	struct diag d;
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);

	diag_init(&f->d);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	roster_free(f->r);
	diag_done(&f->d);
	free(f);
	return 0;
}

/* Parse text (len bytes, or all of it when len is 0) as "p.csv". */
static struct roster *
parse(struct fixture *f, const char *text, size_t len)
{
	roster_free(f->r);
	diag_done(&f->d);
	diag_init(&f->d);
	f->r = roster_parse("p.csv", text, len ? len : strlen(text), YEAR, &f->d);
	return f->r;
}

/* Check official i of r. */
static void
check_official(const struct roster *r, size_t i, const char *nip,
    const char *name, const char *unit, int line)
{
	assert_true(i < r->n);
	assert_string_equal(r->officials[i].nip, nip);
	assert_string_equal(r->officials[i].name, name);
	assert_string_equal(r->officials[i].unit, unit);
	assert_int_equal(r->officials[i].line, line);
}

/* Check that message i of d is exactly want. */
static void
check_msg(const struct diag *d, size_t i, const char *want)
{
	assert_true(i < d->n);
	assert_string_equal(d->msgs[i], want);
}

/* The usual Indonesian export: ';', a header, LF. */
static void
test_semicolon_header(void **state)
{
	struct fixture *f = *state;
	struct roster *r = parse(f, "NIP;Nama;Unit kerja\n"
	    NIP1 ";Ani;Dinas Kominfo\n"
	    NIP2 ";Budi Santoso, S.Kom;Dinas Kominfo\n"
	    NIP3 ";Citra;Dinas Kesehatan\n", 0);

	assert_non_null(r);
	assert_int_equal(f->d.n, 0);
	assert_int_equal(r->sep, ';');
	assert_int_equal(r->header, 1);
	assert_int_equal(r->n, 3);
	check_official(r, 0, NIP1, "Ani", "Dinas Kominfo", 2);
	check_official(r, 1, NIP2, "Budi Santoso, S.Kom", "Dinas Kominfo", 3);
	check_official(r, 2, NIP3, "Citra", "Dinas Kesehatan", 4);
	assert_int_equal(roster_find(r, NIP2), 1);
	assert_int_equal(roster_find(r, "198609262015051009"), ROSTER_NONE);
}

/* ',' with a byte-order mark and CRLF; an English header whose columns
 * come in another order, among others. */
static void
test_comma_bom_crlf_english(void **state)
{
	struct fixture *f = *state;
	struct roster *r = parse(f, "\xEF\xBB\xBFNo,Full_Name,Position,"
	    "WORK  UNIT,NIP\r\n"
	    "1,Ani,Staf,Dinas Kominfo," NIP1 "\r\n"
	    "2,Budi,Kepala,Setda," NIP2 "\r\n", 0);

	assert_non_null(r);
	assert_int_equal(f->d.n, 0);
	assert_int_equal(r->sep, ',');
	assert_int_equal(r->header, 1);
	assert_int_equal(r->n, 2);
	check_official(r, 0, NIP1, "Ani", "Dinas Kominfo", 2);
	check_official(r, 1, NIP2, "Budi", "Setda", 3);
}

/* Without a header the first three columns count, further ones are
 * ignored; a NIP may be written in groups, or as text for a spreadsheet;
 * blank rows are skipped without a word. */
static void
test_no_header(void **state)
{
	struct fixture *f = *state;
	struct roster *r = parse(f, "19860926 201505 1 001;Ani;Dinas Kominfo;"
	    "Staf;III/a\n"
	    "\n"
	    ";;\n"
	    "'" NIP2 ";  Budi  ;Setda\n", 0);

	assert_non_null(r);
	assert_int_equal(f->d.n, 0);
	assert_int_equal(r->header, 0);
	assert_int_equal(r->n, 2);
	check_official(r, 0, NIP1, "Ani", "Dinas Kominfo", 1);
	check_official(r, 1, NIP2, "Budi", "Setda", 4);
}

/* RFC 4180 quotes: separators, doubled quotes and line breaks inside;
 * the line numbers after a quoted break still match the file; a last
 * line may end in a bare CR. */
static void
test_quoted(void **state)
{
	struct fixture *f = *state;
	struct roster *r = parse(f, "\"NIP\";\"Nama\";\"Unit kerja\";\"Alamat\"\r\n"
	    "\"" NIP1 "\";\"Siregar, \"\"Ucok\"\"\";\"Dinas; Kominfo\";"
	    "\"Jl. Sudirman\r\nDumai\"\r\n"
	    NIP2 ";Budi;\"Setda\"\r", 0);	/* CR at the end, no LF */

	assert_non_null(r);
	assert_int_equal(f->d.n, 0);
	assert_int_equal(r->sep, ';');
	assert_int_equal(r->n, 2);
	check_official(r, 0, NIP1, "Siregar, \"Ucok\"", "Dinas; Kominfo", 2);
	check_official(r, 1, NIP2, "Budi", "Setda", 4);
}

/* Every class of bad row is reported with its line and skipped; the
 * good rows around them are kept. */
static void
test_bad_rows(void **state)
{
	struct fixture *f = *state;
	char *long_name = xcalloc(1, 202);
	char *text;
	struct roster *r;

	memset(long_name, 'a', 201);
	text = xasprintf("NIP;Nama;Unit kerja\n"
	    NIP1 ";Ani;Dinas Kominfo\n"			/* 2: good */
	    "123;Budi;Setda\n"				/* 3: NIP length */
	    "198613262015051002;Budi;Setda\n"		/* 4: birth date */
	    NIP2 ";Budi\n"				/* 5: no unit */
	    NIP2 ";;Setda\n"				/* 6: empty name */
	    NIP1 ";Ani lagi;Setda\n"			/* 7: duplicate */
	    NIP2 ";Bud\xC3;Setda\n"			/* 8: not UTF-8 */
	    NIP2 ";Bu\tdi;Setda\n"			/* 9: control */
	    NIP2 ";%s;Setda\n"				/* 10: too long */
	    NIP2 ";\"Budi\"x;Setda\n"			/* 11: after quote */
	    NIP2 ";Budi;Setda\n"			/* 12: good */
	    NIP3 ";\"Citra;Dinas Kesehatan\n"		/* 13: not closed */
	    NIP3 ";Citra;Dinas Kesehatan\n",		/* 14: good */
	    long_name);
	r = parse(f, text, 0);
	assert_non_null(r);
	assert_int_equal(r->n, 3);
	check_official(r, 0, NIP1, "Ani", "Dinas Kominfo", 2);
	check_official(r, 1, NIP2, "Budi", "Setda", 12);
	check_official(r, 2, NIP3, "Citra", "Dinas Kesehatan", 14);
	assert_int_equal(r->skipped, 10);
	assert_int_equal(f->d.n, 10);
	check_msg(&f->d, 0, "p.csv:3: \"123\" is not a NIP: "
	    "The NIP must be 18 digits long.");
	assert_non_null(strstr(f->d.msgs[1], "p.csv:4: \"198613262015051002\" "
	    "is not a NIP: "));
	check_msg(&f->d, 2, "p.csv:5: the work unit is missing");
	check_msg(&f->d, 3, "p.csv:6: the name is missing");
	check_msg(&f->d, 4, "p.csv:7: NIP " NIP1 " is already on line 2");
	check_msg(&f->d, 5, "p.csv:8: the name is not valid UTF-8 (save the "
	    "file as \"CSV UTF-8\")");
	check_msg(&f->d, 6, "p.csv:9: the name holds control characters");
	check_msg(&f->d, 7, "p.csv:10: the name is longer than 200 bytes");
	check_msg(&f->d, 8, "p.csv:11: text follows the closing quote of a "
	    "field");
	/* The quote of line 13 is never closed: only its line is lost. */
	check_msg(&f->d, 9, "p.csv:13: a quoted field is not closed");
	free(text);
	free(long_name);
}

/* A quote left open is read for at most ROSTER_MAX_ROW bytes; the row
 * is then skipped from its line, and the next one read. */
static void
test_long_row(void **state)
{
	struct fixture *f = *state;
	size_t filler = ROSTER_MAX_ROW + 10;
	char *text = xcalloc(1, filler + 200);
	struct roster *r;
	char *p = text;

	p += sprintf(p, NIP1 ";\"Ani;");
	for (size_t i = 0; i < filler; i++)
		*p++ = 'x';
	p += sprintf(p, "\n" NIP2 ";Budi;Setda\n");
	r = parse(f, text, 0);
	assert_non_null(r);
	assert_int_equal(f->d.n, 1);
	check_msg(&f->d, 0, "p.csv:1: the row is longer than 65536 bytes");
	assert_int_equal(r->n, 1);
	check_official(r, 0, NIP2, "Budi", "Setda", 2);
	free(text);
}

/* A header without a unit column, or a file without any usable row,
 * cannot be used at all. */
static void
test_unusable(void **state)
{
	struct fixture *f = *state;

	assert_null(parse(f, "NIP;Nama;Jabatan\n" NIP1 ";Ani;Staf\n", 0));
	assert_int_equal(f->d.n, 1);
	check_msg(&f->d, 0, "p.csv:1: the header row names no work unit "
	    "column (Unit kerja, Work unit)");
	assert_null(parse(f, "Nomor;Nama;Unit\n", 0));
	assert_int_equal(f->d.n, 1);
	check_msg(&f->d, 0, "p.csv:1: the header row names no NIP column (NIP)");
	assert_null(parse(f, "\xEF\xBB\xBF", 0));
	check_msg(&f->d, 0, "p.csv: no official could be read from the roster");
	assert_null(parse(f, "123;Ani;Setda\n", 0));
	assert_int_equal(f->d.n, 2);
	check_msg(&f->d, 1, "p.csv: no official could be read from the roster");
}

/* A NUL byte inside a field is a control character, not the end of the
 * text. */
static void
test_nul_byte(void **state)
{
	struct fixture *f = *state;
	static const char text[] = NIP1 ";An\0i;Setda\n" NIP2 ";Budi;Setda\n";
	struct roster *r = parse(f, text, sizeof text - 1);

	assert_non_null(r);
	assert_int_equal(r->n, 1);
	check_msg(&f->d, 0, "p.csv:1: the name holds control characters");
}

/* roster_load reads a file, and says when it cannot. */
static void
test_load(void **state)
{
	struct fixture *f = *state;
	char *dir = tu_tempdir();
	char *path = tu_write(dir, "pegawai.csv", "NIP;Nama;Unit\n"
	    NIP1 ";Ani;Setda\n");
	char *missing = xasprintf("%s/none.csv", dir);
	char *want = xasprintf("%s: cannot read the roster: %s", missing,
	    strerror(ENOENT));

	f->r = roster_load(path, YEAR, &f->d);
	assert_non_null(f->r);
	assert_int_equal(f->r->n, 1);
	assert_string_equal(f->r->path, path);
	assert_null(roster_load(missing, YEAR, &f->d));
	check_msg(&f->d, 0, want);
	assert_null(roster_load(dir, YEAR, &f->d));
	assert_int_equal(f->d.n, 2);
	assert_non_null(strstr(f->d.msgs[1], "cannot read the roster: "));
	free(want);
	free(missing);
	free(path);
	tu_rmtree(dir);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_semicolon_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_comma_bom_crlf_english, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quoted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_row, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unusable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_nul_byte, setup, teardown),
		cmocka_unit_test_setup_teardown(test_load, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
