/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd_collect: `jagaakun collect`: read many officials' report files
 * (from a shared folder, USB sticks, saved e-mail attachments) and write
 * the summary per work unit, for the IT officer to hand to the head of
 * office.  Files that cannot be used are listed, never fatal: the exit
 * status (0 or 5) says whether there were any; a path given that holds
 * no report at all is named, and the status is then 7.
 *
 * The roster of officials expected to report comes from --roster, or
 * else from the site settings' "roster".
 *
 * The site settings are read as every command reads them (--site FILE,
 * else /etc/jagaakun/site.cfg when it exists) for their list of units,
 * which groups reports by unit code and flags units not in it.  Without
 * settings (no file at the default path) reports are grouped by the
 * units they carry.  Settings that are not valid stop the run (6): a
 * summary grouped by a list other than the agency's would mislead.
 */
#include "config.h"
#include "cmd/commands.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/sanitize.h"
#include "base/xalloc.h"
#include "exchange/collect.h"
#include "exchange/collect_merge.h"
#include "exchange/export.h"
#include "exchange/export_page.h"
#include "exchange/export_summary.h"
#include "exchange/roster.h"
#include "model/site.h"
#include "os/fsutil.h"

#define CMD_COLLECT_MAX_STALE 36500	/* a century of days */

/* What the command line asked for. */
struct cmd_collect_args {
	int format;		/* enum export_format, or -1 when not given */
	bool page;		/* -f html: the page (export_page.h) instead */
	const char *output;	/* -o, or NULL for standard output */
	const char *roster;	/* --roster, or NULL for the site's */
	const char *table;	/* CSV: the one table, or NULL for every one
				   (a folder) */
	bool folder;		/* -o names a folder: a CSV file a table */
	bool no_officials;	/* --no-officials */
	bool report_options;	/* an option only reports can have */
	struct collect_options copt;
};

/* What the output file's writer needs. */
struct cmd_collect_out {
	const struct collect_summary *s;
	enum export_format fmt;
	const char *table;	/* the one table written, or NULL for all */
	bool page;		/* -f html: the page (export_page.h) */
};

/* The keys of the options that have no short form. */
enum { COLLECT_OPT_AS_OF = CMD_LONG_ONLY, COLLECT_OPT_STALE,
	COLLECT_OPT_ROSTER, COLLECT_OPT_TABLE, COLLECT_OPT_WEEKS,
	COLLECT_OPT_NO_OFFICIALS };

/* The table a CSV file holds when none is named: one row per official,
 * what filters and pivot tables want. */
#define CMD_COLLECT_TABLE "officials"

/* Say how to get help after a wrong command line; the exit status. */
static int
cmd_collect_try(void)
{
	fprintf(stderr, _("Try '%s collect --help' for more information.\n"),
	    PACKAGE);
	return EXIT_USAGE;
}

/* Parse DAYS for --stale: a whole number from 1 to a century. */
static bool
cmd_collect_days(const char *s, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < 1 ||
	    v > CMD_COLLECT_MAX_STALE)
		return false;
	*out = (int)v;
	return true;
}

/* Parse N for --weeks: a whole number from 1 to COLLECT_MAX_WEEKS. */
static bool
cmd_collect_weeks(const char *s, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < 1 ||
	    v > COLLECT_MAX_WEEKS)
		return false;
	*out = (int)v;
	return true;
}

/* Check one option's argument; EXIT_OK or EXIT_USAGE. */
static int
cmd_collect_option(int ch, const char *arg, struct cmd_collect_args *a)
{
	switch (ch) {
	case 'f':
		if ((a->page = strcmp(arg, EXPORT_PAGE_FORMAT) == 0))
			a->format = EXPORT_FMT_TEXT;	/* given; not used */
		if (a->page || (a->format = export_format_parse(arg)) >= 0)
			return EXIT_OK;
		fprintf(stderr, _("%s: collect: unknown format '%s'; use text, "
		    "csv, json, xlsx or html\n"), PACKAGE, arg);
		return cmd_collect_try();
	case 'o':
		a->output = arg;
		return EXIT_OK;
	case 'u':
		a->copt.unit = arg;
		a->report_options = true;
		return EXIT_OK;
	case COLLECT_OPT_ROSTER:
		a->roster = arg;
		a->report_options = true;
		return EXIT_OK;
	case COLLECT_OPT_NO_OFFICIALS:
		a->no_officials = true;
		return EXIT_OK;
	case COLLECT_OPT_TABLE:
		a->table = arg;
		return EXIT_OK;
	case COLLECT_OPT_AS_OF:
		a->report_options = true;
		if (isotime_parse_until(arg, &a->copt.as_of))
			return EXIT_OK;
		fprintf(stderr, _("%s: collect: '%s' is not a date; use "
		    "YYYY-MM-DD\n"), PACKAGE, arg);
		return cmd_collect_try();
	case COLLECT_OPT_STALE:
		a->report_options = true;
		if (cmd_collect_days(arg, &a->copt.stale_days))
			return EXIT_OK;
		fprintf(stderr, _("%s: collect: '%s' is not a number of days "
		    "from 1 to 36500\n"), PACKAGE, arg);
		return cmd_collect_try();
	case COLLECT_OPT_WEEKS:
		a->report_options = true;
		if (cmd_collect_weeks(arg, &a->copt.weeks))
			return EXIT_OK;
		fprintf(stderr, _("%s: collect: '%s' is not a number of weeks "
		    "from 1 to %d\n"), PACKAGE, arg, COLLECT_MAX_WEEKS);
		return cmd_collect_try();
	default:	/* getopt has said what is wrong */
		return cmd_collect_try();
	}
}

/* Say whether -o names a folder: it ends in '/', or is one. */
static bool
cmd_collect_is_folder(const char *output)
{
	struct stat st;
	size_t n;

	if (cmd_output_is_stdout(output))
		return false;
	n = strlen(output);
	return (n > 0 && output[n - 1] == '/') ||
	    (stat(output, &st) == 0 && S_ISDIR(st.st_mode));
}

/* Parse the command's options; EXIT_OK, CMD_HELP_SHOWN, or the status
 * to exit with. */
static int
cmd_collect_args(int argc, char **argv, struct cmd_collect_args *a)
{
	struct cmd_parser p;
	int ch, status;

	cmd_parser_init(&p, cmd_collect_entry.options, cmd_collect_entry.permute);
	while ((ch = cmd_parser_next(&p, argc, argv)) != -1) {
		if (ch == 'h') {
			cmd_help(&cmd_collect_entry, stdout);
			return CMD_HELP_SHOWN;
		}
		if ((status = cmd_collect_option(ch, optarg, a)) != EXIT_OK)
			return status;
	}
	if (optind >= argc) {
		fprintf(stderr, _("%s: collect: name the report files or folders "
		    "to read\n"), PACKAGE);
		return cmd_collect_try();
	}
	a->folder = cmd_collect_is_folder(a->output);
	if (a->format < 0 && a->output != NULL) {
		a->page = !a->folder && export_page_path(a->output);
		a->format = a->folder ? EXPORT_FMT_CSV : a->page ?
		    EXPORT_FMT_TEXT : export_format_from_path(a->output);
	}
	if (a->format < 0)
		a->format = EXPORT_FMT_TEXT;
	if ((a->folder || a->table != NULL) && a->format != EXPORT_FMT_CSV) {
		fprintf(stderr, a->folder ? _("%s: collect: -o FOLDER/ writes "
		    "CSV files, one a table; use -f csv\n") : _("%s: collect: "
		    "--table chooses the table of a CSV file; use -f csv\n"),
		    PACKAGE);
		return cmd_collect_try();
	}
	if (a->format == EXPORT_FMT_CSV && !a->folder && a->table == NULL)
		a->table = CMD_COLLECT_TABLE;
	if (cmd_output_is_stdout(a->output) && export_format_is_binary(a->format) &&
	    isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: collect: an XLSX file cannot be shown on a "
		    "terminal; use -o FILE\n"), PACKAGE);
		return cmd_collect_try();
	}
	return EXIT_OK;
}

/* List the rejected files on standard error, cleaned for the terminal. */
static void
cmd_collect_rejected(const struct collect_summary *s)
{
	for (size_t i = 0; i < s->n_rejected; i++) {
		char *path = sanitize_text(s->rejected[i].path);
		char *why = sanitize_text(s->rejected[i].reason);

		/* TRANSLATORS: a report file that was not used, and why. */
		fprintf(stderr, _("%s: rejected %s: %s\n"), PACKAGE, path, why);
		free(path);
		free(why);
	}
}

/* Name on standard error each path given that held no report. */
static void
cmd_collect_empty(const struct collect_summary *s)
{
	for (size_t i = 0; i < s->n_empty; i++) {
		char *path = sanitize_text(s->empty[i]);

		fprintf(stderr, _("%s: collect: no valid report in %s (inside "
		    "folders only *.json files are read)\n"), PACKAGE, path);
		free(path);
	}
}

/* Read the roster, if one is named, into *out, printing every row it
 * skips.  EXIT_OK, or the status to stop with. */
static int
cmd_collect_roster(const struct cmd_collect_args *a, const struct site *site,
    struct roster **out)
{
	const char *path = a->roster != NULL ? a->roster : site->roster;
	int status = EXIT_OK;
	struct diag d;
	struct tm tm;

	*out = NULL;
	if (path != NULL) {
		gmtime_r(&a->copt.now, &tm);
		diag_init(&d);
		*out = roster_load(path, tm.tm_year + 1900, &d);
		diag_print(&d, stderr);
		diag_done(&d);
		if (*out == NULL) {
			fprintf(stderr, _("%s: collect: the roster cannot be used; "
			    "nothing was summarised\n"), PACKAGE);
			status = EXIT_FAILURE_IO;
		}
	}
	return status;
}

/* The exit status once the summary s is written: a path with no report
 * first, then anything skipped. */
static int
cmd_collect_status(const struct collect_summary *s)
{
	if (s->n_empty > 0)
		return EXIT_NO_REPORTS;
	if (s->n_rejected > 0 || s->roster_skipped > 0)
		return EXIT_REJECTED;
	return EXIT_OK;
}

/* fs_writer: write the summary. */
static int
cmd_collect_writer(FILE *f, void *ctx)
{
	const struct cmd_collect_out *out = ctx;

	if (out->page)
		return export_page_summary(out->s, f);
	return export_summary_only(out->s, out->fmt, f, out->table);
}

/* Say that the summary cannot be written to path (err); the status. */
static int
cmd_collect_failed(const char *path, int err)
{
	if (err == -ELIBACC)	/* said when the library was looked for */
		return EXIT_NO_LIBRARY;
	fprintf(stderr, _("%s: cannot write the summary to %s: %s\n"), PACKAGE,
	    cmd_output_is_stdout(path) ? _("standard output") : path,
	    strerror(-err));
	cmd_write_refused(path, err);
	return EXIT_FAILURE_IO;
}

/* Check that the table asked for is one s has (keys, n of them);
 * EXIT_OK or EXIT_USAGE, the tables it has listed. */
static int
cmd_collect_check_table(const char *table, const char **keys, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(keys[i], table) == 0)
			return EXIT_OK;
	fprintf(stderr, _("%s: collect: this summary has no table '%s'; its "
	    "tables:"), PACKAGE, table);
	for (size_t i = 0; i < n; i++)
		fprintf(stderr, " %s", keys[i]);
	fputc('\n', stderr);
	return cmd_collect_try();
}

/* Write each table of s (or the one asked for) into the folder -o
 * names, as NAME.csv: made when missing, each file replaced atomically,
 * never through a link, private (fs_write_file). */
static int
cmd_collect_folder(const struct cmd_collect_args *a,
    const struct collect_summary *s, const char **keys, size_t n)
{
	struct cmd_collect_out out = { s, EXPORT_FMT_CSV, NULL, false };
	size_t len = strlen(a->output);
	int err, status = EXIT_OK;

	while (len > 1 && a->output[len - 1] == '/')
		len--;
	if ((err = fs_mkdir_p(a->output, 0700)) != 0)
		return cmd_collect_failed(a->output, err);
	for (size_t i = 0; i < n && status == EXIT_OK; i++) {
		char *path;

		if (a->table != NULL && strcmp(a->table, keys[i]) != 0)
			continue;
		path = xasprintf("%.*s/%s.csv", (int)len, a->output, keys[i]);
		out.table = keys[i];
		err = fs_write_file(path, 0, cmd_collect_writer, &out);
		if (err != 0)
			status = cmd_collect_failed(path, err);
		free(path);
	}
	return status;
}

/* Write the summary where -o says, or to standard output. */
static int
cmd_collect_output(const struct cmd_collect_args *a,
    const struct collect_summary *s)
{
	struct cmd_collect_out out = { s, (enum export_format)a->format,
	    a->table, a->page };
	size_t n = 0;
	const char **keys = NULL;
	int err, status = EXIT_OK;

	if (a->format == EXPORT_FMT_CSV) {
		keys = export_summary_tables(s, EXPORT_FMT_CSV, &n);
		if (a->table != NULL)
			status = cmd_collect_check_table(a->table, keys, n);
	}
	if (status == EXIT_OK && a->folder)
		status = cmd_collect_folder(a, s, keys, n);
	else if (status == EXIT_OK &&
	    (err = cmd_write(a->output, 0, cmd_collect_writer, &out)) != 0)
		status = cmd_collect_failed(a->output, err);
	free(keys);
	return status;
}

/* How many of the n paths are JSON summaries. */
static size_t
cmd_collect_summaries(char *const *paths, size_t n, size_t *first_other,
    size_t *first_summary)
{
	size_t found = 0;

	*first_other = *first_summary = n;
	for (size_t i = 0; i < n; i++) {
		if (collect_merge_is_summary(paths[i])) {
			found++;
			if (*first_summary == n)
				*first_summary = i;
		} else if (*first_other == n)
			*first_other = i;
	}
	return found;
}

/* Merge the n summaries at paths (`collect SUMMARY.json...`) and write
 * the result; the exit status. */
static int
cmd_collect_merge(const struct cmd_collect_args *a, const struct site *site,
    char *const *paths, size_t n)
{
	struct collect_merge_options mo = { !a->no_officials, isotime_now(),
	    site->agency };
	struct collect_summary *s;
	size_t refused;
	int status;

	s = collect_merge_paths(paths, n, &mo, &refused);
	/* Only the summaries refused here: each office's own rejected
	 * files are in the summary. */
	for (size_t i = 0; i < s->n_rejected && refused > 0; i++)
		for (size_t k = 0; k < n; k++)
			if (strcmp(s->rejected[i].path, paths[k]) == 0) {
				char *path = sanitize_text(paths[k]);
				char *why = sanitize_text(s->rejected[i].reason);

				fprintf(stderr, _("%s: rejected %s: %s\n"),
				    PACKAGE, path, why);
				free(path);
				free(why);
				break;
			}
	status = cmd_collect_output(a, s);
	if (status == EXIT_OK && refused > 0)
		status = EXIT_REJECTED;
	collect_summary_free(s);
	return status;
}

/* Say why summaries and reports cannot be read together, or options
 * given that only reports have; the exit status, or EXIT_OK. */
static int
cmd_collect_merge_usage(const struct cmd_collect_args *a, char *const *paths,
    size_t n, size_t found, size_t other, size_t summary)
{
	if (found < n) {
		char *sp = sanitize_text(paths[summary]);
		char *op = sanitize_text(paths[other]);

		fprintf(stderr, _("%s: collect: %s is a summary and %s is not; "
		    "give summaries alone (to merge them) or reports alone\n"),
		    PACKAGE, sp, op);
		free(sp);
		free(op);
		return cmd_collect_try();
	}
	if (a->report_options) {
		fprintf(stderr, _("%s: collect: --unit, --as-of, --stale, "
		    "--weeks and --roster are for reports, not for merging "
		    "summaries\n"), PACKAGE);
		return cmd_collect_try();
	}
	return EXIT_OK;
}

/* Run `jagaakun collect`. */
static int
cmd_collect(const struct options *opt, int argc, char **argv)
{
	struct cmd_collect_args a = { .format = -1 };
	struct collect_summary *s;
	struct roster *roster;
	struct collect *c;
	struct site *site;
	const char *site_path;
	struct content *content;
	int status;

	size_t n, found, other, summary;

	status = cmd_collect_args(argc, argv, &a);
	if (status != EXIT_OK)
		return status < 0 ? EXIT_OK : status;
	n = (size_t)(argc - optind);
	found = cmd_collect_summaries(argv + optind, n, &other, &summary);
	if (found > 0 && (status = cmd_collect_merge_usage(&a, argv + optind,
	    n, found, other, summary)) != EXIT_OK)
		return status;
	if (found == 0 && a.no_officials) {
		fprintf(stderr, _("%s: collect: --no-officials is for merging "
		    "summaries\n"), PACKAGE);
		return cmd_collect_try();
	}
	/* The content says which steps may be not applicable: a report's
	 * marks on the others count as to do. */
	content = cmd_load_content(opt->content);
	if (content == NULL) {
		fprintf(stderr, _("%s: collect: the checklist content in %s is "
		    "not valid; it says which steps may be not applicable.\n"),
		    PACKAGE, opt->content);
		return EXIT_CONTENT;
	}
	if ((site = cmd_load_site(opt, content, &site_path)) == NULL) {
		fprintf(stderr, _("%s: collect: the site settings in %s are not "
		    "valid; no summary was written.\n"), PACKAGE, site_path);
		content_free(content);
		return EXIT_SITE;
	}
	if (found > 0) {
		status = cmd_collect_merge(&a, site, argv + optind, n);
		site_free(site);
		content_free(content);
		return status;
	}
	a.copt.now = isotime_now();
	a.copt.site = site;
	a.copt.content = content;
	if ((status = cmd_collect_roster(&a, site, &roster)) != EXIT_OK) {
		site_free(site);
		content_free(content);
		return status;
	}
	a.copt.roster = roster;
	c = collect_new(&a.copt);
	collect_paths(c, argv + optind, (size_t)(argc - optind));
	s = collect_finish(c);
	s->agency = xstrdup_or_null(site->agency);
	roster_free(roster);
	cmd_collect_rejected(s);
	cmd_collect_empty(s);
	status = cmd_collect_output(&a, s);
	if (status == EXIT_OK)
		status = cmd_collect_status(s);
	collect_summary_free(s);
	site_free(site);
	content_free(content);
	return status;
}

static const struct cmd_option cmd_collect_options[] = {
	{ 'f', "format", N_("FORMAT"), N_("text (the default), csv, json, "
	    "xlsx or html (a\npage with charts); without it, the extension "
	    "of\n-o FILE decides") },
	{ 'o', "output", N_("FILE"), N_("write the summary to FILE instead of "
	    "standard output;\na FOLDER/ (or an existing folder) gets each "
	    "table\nas its own CSV file, NAME.csv") },
	{ COLLECT_OPT_TABLE, "table", N_("NAME"), N_("the table a CSV file "
	    "holds (default: officials,\na row per official); NAME is the "
	    "table's JSON\nmember: summary, units, modules, "
	    "not_compliant...") },
	{ 'u', "unit", N_("UNIT"), N_("only the officials of work unit UNIT") },
	{ COLLECT_OPT_AS_OF, "as-of", N_("DATE"), N_("the state on DATE "
	    "(YYYY-MM-DD, to the end of that\nday): later reports are left "
	    "out") },
	{ COLLECT_OPT_STALE, "stale", N_("DAYS"), N_("flag reports older than "
	    "DAYS days") },
	{ COLLECT_OPT_WEEKS, "weeks", N_("N"), N_("compliance per week for the "
	    "last N weeks (7 days\neach, the last ending at --as-of or now), "
	    "each\nweek the state at its end") },
	{ COLLECT_OPT_NO_OFFICIALS, "no-officials", NULL, N_("when merging "
	    "summaries: leave out the officials\nnot yet compliant and those "
	    "not reported (still\ncounted)") },
	{ COLLECT_OPT_ROSTER, "roster", N_("FILE"), N_("the officials expected "
	    "to report (CSV: NIP, name,\nunit), to list who has not; default: "
	    "the site\nsettings' roster") },
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_collect_entry = {
	.name = "collect",
	/* TRANSLATORS: the operands of collect: files and folders. */
	.operands = N_("PATH..."),
	.summary = N_("summarise many report files (for IT officers)"),
	.about = N_("Read officials' report files, and folders of them "
	    "(recursively),\nand summarise per work unit who has secured "
	    "their account."),
	.notes = N_("Inside a folder only files named *.json are read; hidden "
	    "files and\nsymbolic links are not followed.  A .zip, .tar, .tar.gz "
	    "or .tgz file\nis read as a folder is, entry by entry, without "
	    "unpacking it; its\nentries are named ARCHIVE:ENTRY, links, paths "
	    "leading outside and\narchives inside it are rejected, and an "
	    "archive bomb is refused.\nPer NIP the newest report counts.\nJSON summaries that collect wrote, given alone, are merged: each is an\noffice, its units named OFFICE / UNIT, its figures carried over.\nWith a list of units in the site settings (--site, "
	    "or the default\nfile when it exists), reports are grouped by unit "
	    "code and those of\nunits not in the list are flagged.  Without a "
	    "roster, who has not\nreported is unknown.\nExit status: 0 when every "
	    "file was read, 5 when some files or\nroster rows were rejected (the "
	    "summary covers the rest), 7 when a\npath given yields no valid "
	    "report, 1 when the roster cannot be read\nor the output cannot be "
	    "written, 6 when the site settings are not\nvalid."),
	.options = cmd_collect_options,
	.permute = true,
	.run = cmd_collect,
};
