/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * lazylib: the functions of libxlsxwriter and libarchive that the core
 * calls, loaded with dlopen() on first use.  Linking the program against
 * them would map them and what they need into every run, for the
 * checklist too: libxlsxwriter brings libcrypto, libminizip and libz
 * (about 2 MiB), although only `report -f xlsx` and `collect -f xlsx`
 * write XLSX; libarchive brings libxml2, ICU, libstdc++, liblzma,
 * libzstd, liblz4, libbz2, libz and libacl (2.9 MB more peak RSS and
 * 2 ms more before the checklist's first screen, bench/startup.sh),
 * although only `collect` of a .zip or .tar file reads one.  configure
 * reads each soname from the library the program is built against
 * (XLSXWRITER_SONAME, ARCHIVE_SONAME); the Debian package recommends the
 * package that holds libxlsxwriter and depends on libarchive's.  The
 * unit tests link the real libraries instead of this file.  `nm -u` on
 * export_xlsx.o and on os/arcread.o lists the functions that belong in
 * the lists below.
 */
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <archive.h>
#include <archive_entry.h>
#include <xlsxwriter.h>

#include "base/i18n.h"

/* One library: its soname and the Debian package that holds it. */
struct lazylib {
	const char *soname;
	const char *package;
	pthread_once_t once;
	int loaded;
};

#ifndef LAZYLIB_XLSX_SONAME	/* tests/nolib gives one that is absent */
#define LAZYLIB_XLSX_SONAME XLSXWRITER_SONAME
#endif

static struct lazylib lazylib_xlsx = {
	LAZYLIB_XLSX_SONAME, XLSXWRITER_PACKAGE, PTHREAD_ONCE_INIT, 0
};
#ifndef LAZYLIB_ARCHIVE_SONAME	/* and one of libarchive */
#define LAZYLIB_ARCHIVE_SONAME ARCHIVE_SONAME
#endif
static struct lazylib lazylib_archive = {
	LAZYLIB_ARCHIVE_SONAME, ARCHIVE_PACKAGE, PTHREAD_ONCE_INIT, 0
};

/*
 * The functions, each with its parameters and the arguments that pass
 * them on: FIRST for the one a caller always starts with, which loads
 * the library; FN for one that returns a value, PROC for a void one.
 */
#define LAZYLIB_XLSX(FIRST, FN, PROC) \
	FIRST(lxw_workbook *, workbook_new_opt, \
	    (const char *filename, lxw_workbook_options *options), \
	    (filename, options)) \
	FN(lxw_error, workbook_close, (lxw_workbook *workbook), (workbook)) \
	FN(lxw_error, workbook_set_properties, \
	    (lxw_workbook *workbook, lxw_doc_properties *properties), \
	    (workbook, properties)) \
	FN(lxw_format *, workbook_add_format, (lxw_workbook *workbook), \
	    (workbook)) \
	FN(lxw_worksheet *, workbook_add_worksheet, \
	    (lxw_workbook *workbook, const char *sheetname), \
	    (workbook, sheetname)) \
	PROC(format_set_bold, (lxw_format *format), (format)) \
	PROC(format_set_num_format, \
	    (lxw_format *format, const char *num_format), (format, num_format)) \
	FN(lxw_error, worksheet_set_column, \
	    (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, \
	    double width, lxw_format *format), \
	    (worksheet, first_col, last_col, width, format)) \
	PROC(worksheet_freeze_panes, \
	    (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col), \
	    (worksheet, row, col)) \
	FN(lxw_error, worksheet_autofilter, \
	    (lxw_worksheet *worksheet, lxw_row_t first_row, \
	    lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), \
	    (worksheet, first_row, first_col, last_row, last_col)) \
	FN(lxw_error, worksheet_write_string, \
	    (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, \
	    const char *string, lxw_format *format), \
	    (worksheet, row, col, string, format)) \
	FN(lxw_error, worksheet_write_number, \
	    (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, \
	    double number, lxw_format *format), \
	    (worksheet, row, col, number, format)) \
	PROC(worksheet_set_landscape, (lxw_worksheet *worksheet), (worksheet)) \
	PROC(worksheet_set_paper, \
	    (lxw_worksheet *worksheet, uint8_t paper_type), \
	    (worksheet, paper_type)) \
	PROC(worksheet_fit_to_pages, \
	    (lxw_worksheet *worksheet, uint16_t width, uint16_t height), \
	    (worksheet, width, height)) \
	FN(lxw_error, worksheet_set_footer, \
	    (lxw_worksheet *worksheet, const char *string), (worksheet, string)) \
	FN(lxw_error, worksheet_repeat_rows, \
	    (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_row_t last_row), \
	    (worksheet, first_row, last_row)) \
	FN(lxw_error, worksheet_write_unixtime, \
	    (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, \
	    int64_t unixtime, lxw_format *format), \
	    (worksheet, row, col, unixtime, format)) \
	/* the line chart of the compliance per week */ \
	FN(lxw_chart *, workbook_add_chart, \
	    (lxw_workbook *workbook, uint8_t chart_type), \
	    (workbook, chart_type)) \
	FN(lxw_chart_series *, chart_add_series, \
	    (lxw_chart *chart, const char *categories, const char *values), \
	    (chart, categories, values)) \
	PROC(chart_series_set_categories, \
	    (lxw_chart_series *series, const char *sheetname, \
	    lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, \
	    lxw_col_t last_col), \
	    (series, sheetname, first_row, first_col, last_row, last_col)) \
	PROC(chart_series_set_values, \
	    (lxw_chart_series *series, const char *sheetname, \
	    lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, \
	    lxw_col_t last_col), \
	    (series, sheetname, first_row, first_col, last_row, last_col)) \
	PROC(chart_series_set_name, \
	    (lxw_chart_series *series, const char *name), (series, name)) \
	PROC(chart_title_set_name, (lxw_chart *chart, const char *name), \
	    (chart, name)) \
	PROC(chart_legend_set_position, (lxw_chart *chart, uint8_t position), \
	    (chart, position)) \
	PROC(chart_axis_set_reverse, (lxw_chart_axis *axis), (axis)) \
	PROC(chart_axis_set_min, (lxw_chart_axis *axis, double min), \
	    (axis, min)) \
	PROC(chart_axis_set_max, (lxw_chart_axis *axis, double max), \
	    (axis, max)) \
	PROC(chart_axis_set_num_format, \
	    (lxw_chart_axis *axis, const char *num_format), \
	    (axis, num_format)) \
	FN(lxw_error, worksheet_insert_chart, \
	    (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, \
	    lxw_chart *chart), (worksheet, row, col, chart)) \
	FN(lxw_error, worksheet_insert_chart_opt, \
	    (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, \
	    lxw_chart *chart, lxw_chart_options *user_options), \
	    (worksheet, row, col, chart, user_options))

/* libarchive's, for os/arcread.c: archive_read_new comes first. */
#define LAZYLIB_ARCHIVE(FIRST, FN, PROC) \
	FIRST(struct archive *, archive_read_new, (void), ()) \
	FN(int, archive_read_free, (struct archive *a), (a)) \
	FN(int, archive_read_support_format_zip, (struct archive *a), (a)) \
	FN(int, archive_read_support_format_tar, (struct archive *a), (a)) \
	FN(int, archive_read_support_filter_gzip, (struct archive *a), (a)) \
	FN(int, archive_read_open_fd, \
	    (struct archive *a, int fd, size_t block_size), \
	    (a, fd, block_size)) \
	FN(int, archive_read_open_memory, \
	    (struct archive *a, const void *buff, size_t size), \
	    (a, buff, size)) \
	FN(int, archive_read_next_header, \
	    (struct archive *a, struct archive_entry **entry), (a, entry)) \
	FN(la_ssize_t, archive_read_data, \
	    (struct archive *a, void *buff, size_t size), (a, buff, size)) \
	FN(const char *, archive_error_string, (struct archive *a), (a)) \
	FN(la_int64_t, archive_filter_bytes, (struct archive *a, int n), \
	    (a, n)) \
	FN(__LA_MODE_T, archive_entry_filetype, \
	    (struct archive_entry *e), (e)) \
	FN(const char *, archive_entry_hardlink, (struct archive_entry *e), \
	    (e)) \
	FN(const char *, archive_entry_pathname, (struct archive_entry *e), \
	    (e)) \
	FN(const char *, archive_entry_pathname_utf8, \
	    (struct archive_entry *e), (e)) \
	FN(la_int64_t, archive_entry_size, (struct archive_entry *e), (e)) \
	FN(int, archive_entry_size_is_set, (struct archive_entry *e), (e))

/* The real functions, typed from the libraries' own headers. */
#define LAZYLIB_MEMBER(ret, name, params, args) __typeof__(name) *name;
#define LAZYLIB_PMEMBER(name, params, args) __typeof__(name) *name;
static struct {
	LAZYLIB_XLSX(LAZYLIB_MEMBER, LAZYLIB_MEMBER, LAZYLIB_PMEMBER)
	LAZYLIB_ARCHIVE(LAZYLIB_MEMBER, LAZYLIB_MEMBER, LAZYLIB_PMEMBER)
} lazylib_fn;

/* Say which package to install: the library or a function is missing. */
static void
lazylib_fail(const struct lazylib *l, void *h)
{
	const char *why = dlerror();

	/* TRANSLATORS: the second %s is the system's reason, the third a
	 * Debian package name. */
	fprintf(stderr, _("%s: a library is missing: %s; on Debian install "
	    "the package %s\n"), PACKAGE, why != NULL ? why : l->soname,
	    l->package);
	if (h != NULL)
		dlclose(h);
}

/* A loader for each library, run once: every function found, or the
 * library stays unloaded. */
#define LAZYLIB_LOOKUP(ret, name, params, args) \
	if ((lazylib_fn.name = (__typeof__(name) *)dlsym(h, #name)) == NULL) \
		goto fail;
#define LAZYLIB_PLOOKUP(name, params, args) LAZYLIB_LOOKUP(, name, , )
#define LAZYLIB_LOADER(lib, FUNCS) \
	static void \
	lazylib_load_##lib(void) \
	{ \
		void *h = dlopen(lazylib_##lib.soname, RTLD_NOW | RTLD_LOCAL); \
		if (h == NULL) \
			goto fail; \
		FUNCS(LAZYLIB_LOOKUP, LAZYLIB_LOOKUP, LAZYLIB_PLOOKUP) \
		lazylib_##lib.loaded = 1; \
		return; \
	fail: \
		lazylib_fail(&lazylib_##lib, h); \
	}
LAZYLIB_LOADER(xlsx, LAZYLIB_XLSX)
LAZYLIB_LOADER(archive, LAZYLIB_ARCHIVE)

/* The first call of a library (lib, loaded by load): it loads the
 * library, and without it returns NULL with errno ELIBACC (lazylib_fail
 * said which package to install). */
#define LAZYLIB_FIRST(lib, load, ret, name, params, args) \
	ret name params \
	{ \
		pthread_once(&lib.once, load); \
		if (!lib.loaded) { \
			errno = ELIBACC; \
			return NULL; \
		} \
		return lazylib_fn.name args; \
	}
/* Pass the other calls straight on: they come after the first, so the
 * library is loaded. */
#define LAZYLIB_FORWARD(ret, name, params, args) \
	ret name params { return lazylib_fn.name args; }
#define LAZYLIB_PFORWARD(name, params, args) \
	void name params { lazylib_fn.name args; }

/* libxlsxwriter is loaded when the first workbook is made: without it
 * the command says nothing more than lazylib_fail did (export_xlsx,
 * EXIT_NO_LIBRARY). */
#define LAZYLIB_XLSX_FIRST(...) \
	LAZYLIB_FIRST(lazylib_xlsx, lazylib_load_xlsx, __VA_ARGS__)
LAZYLIB_XLSX(LAZYLIB_XLSX_FIRST, LAZYLIB_FORWARD, LAZYLIB_PFORWARD)

/* libarchive is loaded when the first reader is made: without it
 * os/arcread.c refuses the archive with that reason. */
#define LAZYLIB_ARCHIVE_FIRST(...) \
	LAZYLIB_FIRST(lazylib_archive, lazylib_load_archive, __VA_ARGS__)
LAZYLIB_ARCHIVE(LAZYLIB_ARCHIVE_FIRST, LAZYLIB_FORWARD, LAZYLIB_PFORWARD)
