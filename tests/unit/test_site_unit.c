/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_site_unit: the agency's list of work units in the site settings:
 * each mistake reported on its line, lookups by code and by what an
 * official typed, and the list filtered as they type.
 */
#include "config.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/xalloc.h"
#include "model/site.h"

/* Per-test state: the settings loaded and their diagnostics. */
struct fixture {
	struct diag d;
	struct site *s;
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

	site_free(f->s);
	diag_done(&f->d);
	free(f);
	return 0;
}

/* Load tests/data/site/<name>; the return value of site_load. */
static int
load(struct fixture *f, const char *name)
{
	char *rel = xasprintf("tests/data/site/%s", name);
	char *path = tu_srcpath(rel);
	int rc = site_load(path, true, &f->s, &f->d);

	free(path);
	free(rel);
	return rc;
}

static void
test_site_units_load(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(load(f, "units.cfg"), 0);
	assert_int_equal(f->s->n_units, 3);
	assert_string_equal(f->s->units[0].code, "setda");
	assert_string_equal(f->s->units[0].name, "Sekretariat Daerah");
	assert_int_equal(f->s->units[0].n_aliases, 1);
	assert_string_equal(f->s->units[0].aliases[0], "Setda");
	assert_int_equal(f->s->units[1].n_aliases, 2);
	assert_string_equal(f->s->units[1].aliases[1], "BKD");
	assert_int_equal(f->s->units[2].n_aliases, 0);
}

/* Each class of mistake, on its line, in file order, and nothing else. */
static void
test_site_units_errors(void **state)
{
	static const struct tu_diag want[] = {
		{ 6, "\"code\" must be 1 to 32 characters" },
		{ 7, "the unit code \"setda\" is used twice" },
		{ 8, "\"sekretariat   daerah\" already stands for the unit "
		    "\"setda\"" },
		{ 9, "\"SETDA\" already stands for the unit \"setda\"" },
		{ 10, "missing setting \"name\"" },
		{ 11, "\"aliases\" must be a list of strings" },
		{ 12, "\"aliases\" is empty" },
		{ 13, "unknown setting \"phone\"" },
		{ 14, "each unit must be a group" },
	};
	struct fixture *f = *state;
	char *path = tu_srcpath("tests/data/site/units-errors.cfg");

	assert_int_equal(load(f, "units-errors.cfg"), -1);
	assert_null(f->s);
	tu_assert_diags(&f->d, path, want, sizeof want / sizeof want[0]);
	free(path);
}

/* "units" itself must be a list of groups. */
static void
test_site_units_not_list(void **state)
{
	struct fixture *f = *state;
	char *dir = tu_tempdir();
	char *path = tu_write(dir, "site.cfg", "format = 1;\n"
	    "units = \"Setda\";\n");

	assert_int_equal(site_load(path, true, &f->s, &f->d), -1);
	assert_int_equal(f->d.n, 1);
	assert_non_null(strstr(f->d.msgs[0], ":2: \"units\" must be a list "
	    "of groups"));
	tu_rmtree(dir);
	free(dir);
	free(path);
}

static void
test_site_units_lookup(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(load(f, "units.cfg"), 0);
	assert_ptr_equal(site_unit_by_code(f->s, "bkpsdm"), &f->s->units[1]);
	assert_null(site_unit_by_code(f->s, "BKPSDM"));	/* codes exactly */
	assert_null(site_unit_by_code(f->s, "x"));
	assert_null(site_unit_by_code(NULL, "setda"));
	assert_null(site_unit_by_code(f->s, NULL));
	/* Typed text: code, name or alias, case and spacing aside. */
	assert_ptr_equal(site_unit_by_text(f->s, "  sekretariat  DAERAH "),
	    &f->s->units[0]);
	assert_ptr_equal(site_unit_by_text(f->s, "setda"), &f->s->units[0]);
	assert_ptr_equal(site_unit_by_text(f->s, "bkd"), &f->s->units[1]);
	assert_ptr_equal(site_unit_by_text(f->s, "DINKES"), &f->s->units[2]);
	assert_null(site_unit_by_text(f->s, "Sekretariat"));
	assert_null(site_unit_by_text(NULL, "setda"));
}

static void
test_site_units_find(void **state)
{
	struct fixture *f = *state;
	size_t idx[8];

	assert_int_equal(load(f, "units.cfg"), 0);
	assert_int_equal(site_find_units(f->s, "", idx, 8), 3);
	/* By an alias only: "BKD" is no part of the official name. */
	assert_int_equal(site_find_units(f->s, "bkd", idx, 8), 1);
	assert_int_equal(idx[0], 1);
	/* By the name, and by the code. */
	assert_int_equal(site_find_units(f->s, "DINAS", idx, 8), 1);
	assert_int_equal(idx[0], 2);
	assert_int_equal(site_find_units(f->s, "da", idx, 8), 2);
	assert_int_equal(idx[0], 0);	/* Sekretariat Daerah */
	assert_int_equal(idx[1], 1);	/* ... dan Pengembangan SDM */
	assert_int_equal(site_find_units(f->s, "da", idx, 1), 1);
	assert_int_equal(site_find_units(f->s, "polisi", idx, 8), 0);
	assert_int_equal(site_find_units(NULL, "", idx, 8), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
		T(test_site_units_load),
		T(test_site_units_errors),
		T(test_site_units_not_list),
		T(test_site_units_lookup),
		T(test_site_units_find),
#undef T
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
