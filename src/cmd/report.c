/*
 * cmd_report: `jagaakun report`: build the report of an official at this
 * workstation from the record, the content and the site settings, and
 * write it as a file for the IT office (jagaakun-report(5)).
 *
 * The record is only read, with a shared lock (record_open_read): a
 * report is not taken while a checklist is changing the record, and it
 * works on a record in a read-only folder.
 */
#include "config.h"
#include "cmd/commands.h"

#include <errno.h>
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
	enum export_format fmt;	/* what format and output decide */
};

/* The key of --nip, which has no short form. */
enum { REPORT_OPT_NIP = CMD_LONG_ONLY };

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
		case 'h': cmd_help(&cmd_report_entry, stdout); return CMD_HELP_SHOWN;
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cmd_unexpected(&cmd_report_entry, argv[optind]);
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
cmd_report_site(const struct options *opt, const struct content *c,
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

/* Open the record, pick the official and build their report into *out. */
static int
cmd_report_build(const struct options *opt, const char *nip,
    const struct content *c, const struct site *s, struct report **out)
{
	char *def = NULL;
	const char *path = opt->record;
	const struct official *o;
	struct record *rec = NULL;
	struct diag d;
	int err, status = EXIT_USAGE;

	if (path == NULL && (path = def = record_default_path()) == NULL) {
		fprintf(stderr, _("%s: cannot tell where the record is: HOME "
		    "is not set; use --record FILE.\n"), PACKAGE);
		return EXIT_USAGE;
	}
	diag_init(&d);
	err = record_open_read(path, &rec, &d);
	if (err != 0)
		status = cmd_report_open_failed(path, err, &d);
	else if ((o = cmd_report_official(rec, nip)) != NULL) {
		*out = report_build(o, c, s, isotime_now(), NULL);
		status = EXIT_OK;
	}
	record_close(rec);
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
	enum export_format fmt;
};

/* fs_writer: the report file (json), or the report in a human format. */
static int
cmd_report_writer(FILE *f, void *ctx)
{
	const struct cmd_report_writer_ctx *x = ctx;

	if (x->fmt == EXPORT_FMT_JSON)
		return report_write(x->r, f);
	return export_report(x->r, x->fmt, f);
}

/* Write the report file to the default path: the site's report folder,
 * which others may write, or the current folder. */
static int
cmd_report_save(const struct report *r, const struct site *s)
{
	char *path = report_default_path(r, s);
	int err = report_save(r, path);

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
    const struct site *s)
{
	struct cmd_report_writer_ctx x = { r, a->fmt };
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

/* Run `jagaakun report`. */
static int
cmd_report(const struct options *opt, int argc, char **argv)
{
	struct cmd_report_args a = { NULL, NULL, NULL, EXPORT_FMT_JSON };
	struct content *c;
	struct site *s = NULL;
	struct report *r = NULL;
	int status;

	status = cmd_report_args(argc, argv, &a);
	if (status != EXIT_OK)
		return status < 0 ? EXIT_OK : status;
	c = cmd_report_content(opt->content);
	if (c == NULL)
		return EXIT_CONTENT;
	status = cmd_report_site(opt, c, &s);
	if (status == EXIT_OK)
		status = cmd_report_build(opt, a.nip, c, s, &r);
	if (status == EXIT_OK)
		status = cmd_report_output(&a, r, s);
	report_free(r);
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
	    "output); the\ndefault is jagaakun-NIP-DATE.json in the site's\n"
	    "report folder, or in the current folder") },
	{ REPORT_OPT_NIP, "nip", N_("NIP"), N_("the official to report on, "
	    "when several use\nthis workstation (default: the last one)") },
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

const struct cmd_entry cmd_report_entry = {
	.name = "report",
	.summary = N_("export this official's compliance report"),
	.about = N_("Write the compliance report of an official at this "
	    "workstation."),
	.options = cmd_report_options,
	.run = cmd_report,
};
