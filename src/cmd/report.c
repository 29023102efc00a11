/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd_report: `jagaakun report`: build the report of an official at this
 * workstation from the record, the content and the site settings, and
 * write it as a file for the IT office (jagaakun-report(5)); with --all,
 * the report of every official there, with no terminal needed (a login
 * script, a timer).  The exit status says whether the officials reported
 * on are compliant (EXIT_NOT_COMPLIANT), as OpenSCAP's does.
 *
 * The record is only read, with a shared lock (record_open_read): a
 * report is not taken while a checklist is changing the record, and it
 * works on a record in a read-only folder.
 */
#include "config.h"
#include "cmd/commands.h"

#include <errno.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/content.h"
#include "base/diag.h"
#include "exchange/export.h"
#include "exchange/export_report.h"
#include "os/fsutil.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "model/nip.h"
#include "model/record.h"
#include "exchange/report.h"
#include "model/site.h"
#include "base/xalloc.h"

/* What the command line asked for. */
struct cmd_report_args {
	const char *output;	/* -o: NULL for the default path (json) or
				 * stdout (the others); "-" for stdout */
	const char *format;	/* -f, or NULL: the -o extension, else json */
	const char *nip;	/* --nip, or NULL for the last official */
	bool all;		/* --all: every official, to the default paths */
	bool changed;		/* --changed: only those changed since their
				   last report, which it records */
	enum export_format fmt;	/* what format and output decide */
};

/* The keys of the options that have no short form. */
enum { REPORT_OPT_NIP = CMD_LONG_ONLY, REPORT_OPT_ALL, REPORT_OPT_CHANGED };

/* Parse the command's own options; EXIT_OK, CMD_HELP_SHOWN, or the status
 * to exit with. */
static int
cmd_report_args(int argc, char **argv, struct cmd_report_args *a)
{
	struct cmd_parser p;
	int ch, fmt;

	cmd_parser_init(&p, cmd_report_entry.options, cmd_report_entry.permute);
	while ((ch = cmd_parser_next(&p, argc, argv)) != -1) {
		switch (ch) {
		case 'o': a->output = optarg; break;
		case 'f': a->format = optarg; break;
		case REPORT_OPT_NIP: a->nip = optarg; break;
		case REPORT_OPT_ALL: a->all = true; break;
		case REPORT_OPT_CHANGED: a->changed = true; break;
		case 'h': cmd_help(&cmd_report_entry, stdout); return CMD_HELP_SHOWN;
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cmd_unexpected(&cmd_report_entry, argv[optind]);
	if (a->all && (a->output != NULL || a->format != NULL ||
	    a->nip != NULL)) {
		fprintf(stderr, _("%s: report: --all writes every official's "
		    "report file to its default path; it takes no -o, -f or "
		    "--nip\n"), PACKAGE);
		return EXIT_USAGE;
	}
	if (a->changed && !a->all) {
		fprintf(stderr, _("%s: report: --changed goes with --all\n"),
		    PACKAGE);
		return EXIT_USAGE;
	}
	if (a->format != NULL)
		fmt = export_format_parse(a->format);
	else if (!cmd_output_is_stdout(a->output) &&
	    export_format_from_path(a->output) >= 0)
		fmt = export_format_from_path(a->output);
	else
		fmt = EXPORT_FMT_JSON;
	if (fmt < 0) {
		fprintf(stderr, _("%s: report: unknown format '%s'; use json, "
		    "text, csv or xlsx\n"), PACKAGE, a->format);
		return EXIT_USAGE;
	}
	a->fmt = (enum export_format)fmt;
	if (export_format_is_binary(a->fmt) && isatty(STDOUT_FILENO) &&
	    cmd_output_is_stdout(a->output)) {
		fprintf(stderr, _("%s: report: an XLSX file cannot be shown on a "
		    "terminal; use -o FILE\n"), PACKAGE);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/* Load the checklist content; NULL, with every problem printed, when it
 * is not valid. */
static struct content *
cmd_report_content(const char *dir)
{
	struct content *c = cmd_load_content(dir);

	if (c == NULL)
		fprintf(stderr, _("%s: the checklist content in %s is not valid; "
		    "no report was written.\n"), PACKAGE, dir);
	return c;
}

/* Load the site settings into *out and check them against the content;
 * EXIT_SITE, with every problem printed, when they are not valid. */
static int
cmd_report_site(const struct options *opt, struct content *c,
    struct site **out)
{
	const char *path;

	*out = cmd_load_site(opt, c, &path);
	if (*out != NULL)
		return EXIT_OK;
	fprintf(stderr, _("%s: the site settings in %s are not valid; "
	    "no report was written.\n"), PACKAGE, path);
	return EXIT_SITE;
}

/* Find the official to report on: --nip, else the last one to use the
 * workstation, else the only one.  NULL, with the reason printed, when
 * there is no such official. */
static const struct official *
cmd_report_official(struct record *rec, const char *nip_arg)
{
	const struct official *o = NULL;
	char nip[19];

	if (nip_arg != NULL) {
		if (nip_normalize(nip_arg, nip))
			o = record_find(rec, nip);
		if (o == NULL)
			fprintf(stderr, _("%s: the record %s has no official with "
			    "NIP %s.\n"), PACKAGE, rec->path, nip_arg);
		return o;
	}
	if (rec->last_nip != NULL)
		o = record_find(rec, rec->last_nip);
	if (o == NULL && rec->n_officials == 1)
		o = &rec->officials[0];
	if (o == NULL && rec->n_officials == 0)
		fprintf(stderr, _("%s: no official has used the checklist with the "
		    "record %s yet, so there is nothing to report.\n"),
		    PACKAGE, rec->path);
	else if (o == NULL) {
		fprintf(stderr, _("%s: several officials use the record %s; "
		    "choose one with --nip NIP:\n"), PACKAGE, rec->path);
		for (size_t i = 0; i < rec->n_officials; i++)
			fprintf(stderr, "  %s  %s\n", rec->officials[i].profile.nip,
			    rec->officials[i].profile.name);
	}
	return o;
}

/* Explain why the record could not be opened; the exit status. */
static int
cmd_report_open_failed(const char *path, int err, const struct diag *d)
{
	diag_print(d, stderr);
	if (err == -EWOULDBLOCK) {
		if (d->n == 0)
			fprintf(stderr, _("%s: the record %s is open in another "
			    "jagaakun. Close the checklist there and run the "
			    "report again.\n"), PACKAGE, path);
		return EXIT_LOCKED;
	}
	if (d->n == 0)
		fprintf(stderr, _("%s: cannot read the record %s: %s\n"),
		    PACKAGE, path, strerror(-err));
	return EXIT_FAILURE_IO;
}

/* Open the record of this workstation (with its lock) into *out; the
 * exit status, with the reason printed when it is not EXIT_OK. */
static int
cmd_report_open(const struct options *opt, bool save, struct record **out)
{
	char *def = NULL;
	const char *path = opt->record;
	struct diag d;
	int err, status = EXIT_OK;

	*out = NULL;
	if (path == NULL && (path = def = record_default_path()) == NULL) {
		fprintf(stderr, _("%s: cannot tell where the record is: HOME "
		    "is not set; use --record FILE.\n"), PACKAGE);
		return EXIT_USAGE;
	}
	diag_init(&d);
	err = save ? record_open(path, out, &d) : record_open_read(path, out, &d);
	if (err != 0)
		status = cmd_report_open_failed(path, err, &d);
	diag_done(&d);
	free(def);
	return status;
}

/* Say where the report went and what it says. */
static void
cmd_report_done(const struct report *r, const char *path)
{
	printf(_("Report written to %s\n"), path);
	if (r->compliant)
		printf(_("%zu of %zu steps finished (%u%%); this meets the "
		    "agency's requirements.\n"), r->finished, r->total,
		    report_percent(r));
	else
		printf(_("%zu of %zu steps finished (%u%%); this does not meet "
		    "the agency's requirements yet.\n"), r->finished, r->total,
		    report_percent(r));
}

/* What the writer of the report needs. */
struct cmd_report_writer_ctx {
	const struct report *r;
	const struct content *c;	/* for the step titles */
	enum export_format fmt;
};

/* fs_writer: the report file (json), or the report in a human format. */
static int
cmd_report_writer(FILE *f, void *ctx)
{
	const struct cmd_report_writer_ctx *x = ctx;

	if (x->fmt == EXPORT_FMT_JSON)
		return report_write(x->r, f);
	return export_report(x->r, x->c, x->fmt, f);
}

/* Save the report file at the default path: the site's report folder,
 * which others may write, or the official's own folder, made when
 * needed.  The exit status, with what happened printed. */
static int
cmd_report_save(const struct report *r, const struct site *s)
{
	char *path = report_default_path(r, s);
	int err = site_output_make(s);

	if (err == 0)
		err = report_save(r, path);
	if (err == 0)
		cmd_report_done(r, path);
	else {
		fprintf(stderr, _("%s: cannot write the report to %s: %s\n"),
		    PACKAGE, path, strerror(-err));
		cmd_write_refused(path, err);
		if (s->report_dir != NULL && err == -ENOENT)
			fprintf(stderr, _("%s: the report folder %s named in the "
			    "site settings does not exist; ask the IT office, or "
			    "choose a file with -o FILE.\n"), PACKAGE, s->report_dir);
	}
	free(path);
	return err == 0 ? EXIT_OK : EXIT_FAILURE_IO;
}

/* Write the report where -o says (a report file is readable by others as
 * the umask allows), to standard output, or to the default path. */
static int
cmd_report_output(const struct cmd_report_args *a, const struct report *r,
    const struct content *c, const struct site *s)
{
	struct cmd_report_writer_ctx x = { r, c, a->fmt };
	bool json = a->fmt == EXPORT_FMT_JSON;
	int err;

	if (json && a->output == NULL)
		return cmd_report_save(r, s);
	err = cmd_write(a->output, json ? FS_SHARED : 0, cmd_report_writer, &x);
	if (err == 0) {
		if (json && !cmd_output_is_stdout(a->output))
			cmd_report_done(r, a->output);
		return EXIT_OK;
	}
	if (err == -ELIBACC)	/* said when the library was looked for */
		return EXIT_NO_LIBRARY;
	if (cmd_output_is_stdout(a->output))
		fprintf(stderr, _("%s: cannot write the report: %s\n"), PACKAGE,
		    strerror(-err));
	else {
		fprintf(stderr, _("%s: cannot write the report to %s: %s\n"),
		    PACKAGE, a->output, strerror(-err));
		cmd_write_refused(a->output, err);
	}
	return EXIT_FAILURE_IO;
}

/* The status of a report written: whether its official is compliant. */
static int
cmd_report_verdict(const struct report *r, int status)
{
	if (status == EXIT_OK && !r->compliant)
		return EXIT_NOT_COMPLIANT;
	return status;
}

/* Report on the official the command line names (or the last one). */
static int
cmd_report_one(const struct cmd_report_args *a, struct record *rec,
    const struct content *c, const struct site *s)
{
	const struct official *o = cmd_report_official(rec, a->nip);
	struct report *r;
	int status;

	if (o == NULL)
		return EXIT_USAGE;
	r = report_build(o, c, s, isotime_now(), NULL);
	status = cmd_report_verdict(r, cmd_report_output(a, r, c, s));
	report_free(r);
	return status;
}

/* Record that the reports were written (changed: --changed), as the
 * checklist does, so the next run knows what is new; the exit status. */
static int
cmd_report_mark(struct record *rec)
{
	int err = record_save(rec);

	if (err == 0)
		return EXIT_OK;
	fprintf(stderr, _("%s: the reports were written, but the record %s "
	    "could not be saved: %s\n"), PACKAGE, rec->path, strerror(-err));
	return EXIT_FAILURE_IO;
}

/* Write every official's report file to its default path, or with
 * changed only those whose record changed since their last report
 * (quietly when there are none); the worst status: a failure to write
 * over a report not compliant over success. */
static int
cmd_report_all(struct record *rec, const struct content *c,
    const struct site *s, bool changed)
{
	time_t now = isotime_now();
	int status = EXIT_OK;
	bool written = false;

	if (rec->n_officials == 0 && !changed)
		printf(_("No official has used the checklist with the record %s "
		    "yet: there is nothing to report.\n"), rec->path);
	for (size_t i = 0; i < rec->n_officials; i++) {
		struct official *o = &rec->officials[i];
		struct report *r;
		int st;

		if (changed && !official_unexported(o))
			continue;
		r = report_build(o, c, s, now, NULL);
		st = cmd_report_save(r, s);
		if (st == EXIT_OK) {
			o->exported = r->exported;
			written = true;
		}
		st = cmd_report_verdict(r, st);
		if (status != EXIT_FAILURE_IO && st != EXIT_OK)
			status = st;
		report_free(r);
	}
	if (changed && written && cmd_report_mark(rec) != EXIT_OK)
		status = EXIT_FAILURE_IO;
	return status;
}

/* True when --changed has no record to look at: no official has used the
 * checklist here, and the timer that runs it should create nothing. */
static bool
cmd_report_no_record(const struct options *opt)
{
	char *def = opt->record ? NULL : record_default_path();
	const char *path = opt->record ? opt->record : def;
	struct stat st;
	bool none = path != NULL && lstat(path, &st) != 0 && errno == ENOENT;

	free(def);
	return none;
}

/* Run `jagaakun report`. */
static int
cmd_report(const struct options *opt, int argc, char **argv)
{
	struct cmd_report_args a = { NULL, NULL, NULL, false, false,
	    EXPORT_FMT_JSON };
	struct content *c;
	struct site *s = NULL;
	struct record *rec = NULL;
	int status;

	status = cmd_report_args(argc, argv, &a);
	if (status != EXIT_OK)
		return status < 0 ? EXIT_OK : status;
	c = cmd_report_content(opt->content);
	if (c == NULL)
		return EXIT_CONTENT;
	status = cmd_report_site(opt, c, &s);
	if (status == EXIT_OK && a.changed && cmd_report_no_record(opt)) {
		site_free(s);
		content_free(c);
		return EXIT_OK;
	}
	if (status == EXIT_OK)
		status = cmd_report_open(opt, a.changed, &rec);
	if (status == EXIT_OK && a.all)
		status = cmd_report_all(rec, c, s, a.changed);
	else if (status == EXIT_OK)
		status = cmd_report_one(&a, rec, c, s);
	record_close(rec);
	site_free(s);
	content_free(c);
	return status;
}

static const struct cmd_option cmd_report_options[] = {
	{ 'f', "format", N_("FORMAT"), N_("json (the report file, "
	    "jagaakun-report(5), the\ndefault), or text, csv or xlsx to read "
	    "and print;\nwithout -f, the extension of -o FILE decides;\n"
	    "these three go to standard output without -o") },
	{ 'o', "output", N_("FILE"), N_("write to FILE ('-' for standard "
	    "output); the\ndefault is jagaakun-NIP-DATE.json in the default\n"
	    "folder (see below)") },
	{ REPORT_OPT_NIP, "nip", N_("NIP"), N_("the official to report on, "
	    "when several use\nthis workstation (default: the last one)") },
	{ REPORT_OPT_ALL, "all", NULL, N_("write the report file of every "
	    "official of this\nworkstation to its default path; needs no\n"
	    "terminal (for a login script or a timer)") },
	{ REPORT_OPT_CHANGED, "changed", NULL, N_("with --all: only the "
	    "officials whose record\nchanged since their last report, which "
	    "it\nrecords; silent when there are none") },
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_report_entry = {
	.name = "report",
	.summary = N_("export this official's compliance report"),
	.about = N_("Write the compliance report of an official at this "
	    "workstation."),
	.notes = N_("The default folder is the site's report folder; without "
	    "one, the folder\njagaakun in your documents folder (such as "
	    "~/Documents/jagaakun), or\nyour home folder when there is no "
	    "documents folder.\nExit status: 0 when every official reported "
	    "on is compliant, 8 when the\nreport was written but an official "
	    "is not compliant yet, 1 when a report\ncannot be written."),
	.options = cmd_report_options,
	.run = cmd_report,
};
