/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cmd_commands: the table of commands, getopt set up from an option
 * table, and the --help texts printed from the tables (GNU style: a
 * Usage line, one line per option with its help aligned in one column,
 * where to report bugs).
 */
#include "config.h"
#include "cmd/commands.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "model/site.h"

#define CMD_HELP_COLUMN 23	/* where the help of an option starts */
#define CMD_LINE_WIDTH 79	/* the longest line a synopsis may take */

const struct cmd_entry *const cmd_table[] = {
	&cmd_checklist_entry,
	&cmd_check_content_entry,
	&cmd_check_site_entry,
	&cmd_report_entry,
	&cmd_collect_entry,
	&cmd_handout_entry,
	&cmd_train_entry,
	NULL
};

const struct cmd_option cmd_program_options[] = {
	{ 'r', "record", N_("FILE"), N_("keep the record in FILE instead of "
	    "the default\n($XDG_STATE_HOME/jagaakun/record.cfg)") },
	{ 'c', "content", N_("DIR"), N_("read the checklist content from DIR") },
	{ 'l', "lang", N_("LANG"), N_("language: id (Bahasa Indonesia, the "
	    "default) or en") },
	/* TRANSLATORS: keep {site-path}: the program puts the path there. */
	{ 's', "site", N_("FILE"), N_("read the agency's settings from FILE\n"
	    "(default {site-path})") },
	CMD_OPTION_PLAIN,
	CMD_OPTION_HELP,
	{ 'V', "version", NULL, N_("show the version and exit") },
	CMD_OPTION_END
};

const struct cmd_entry *
cmd_find(const char *name)
{
	for (size_t i = 0; cmd_table[i] != NULL; i++) {
		const char *n = cmd_table[i]->name;

		if (name == NULL ? n == NULL : n != NULL && strcmp(n, name) == 0)
			return cmd_table[i];
	}
	return NULL;
}

void
cmd_parser_init(struct cmd_parser *p, const struct cmd_option *options,
    bool permute)
{
	char *s = p->shortopts;
	size_t n = 0;

	if (!permute)
		*s++ = '+';
	for (; options[n].key != 0; n++) {
		const struct cmd_option *o = &options[n];

		assert(n < CMD_MAX_OPTIONS);
		if (o->key < CMD_LONG_ONLY) {
			*s++ = (char)o->key;
			if (o->arg != NULL)
				*s++ = ':';
		}
		p->longopts[n] = (struct option){ o->long_name,
		    o->arg ? required_argument : no_argument, NULL, o->key };
	}
	*s = '\0';
	p->longopts[n] = (struct option){ NULL, 0, NULL, 0 };
	optind = 0;	/* restart getopt: main, or a test, has used it */
}

int
cmd_parser_next(struct cmd_parser *p, int argc, char **argv)
{
	return getopt_long(argc, argv, p->shortopts, p->longopts, NULL);
}

int
cmd_parse_help_only(const struct cmd_entry *e, int argc, char **argv)
{
	struct cmd_parser p;
	int ch;

	cmd_parser_init(&p, e->options, e->permute);
	while ((ch = cmd_parser_next(&p, argc, argv)) != -1) {
		if (ch != 'h')
			return EXIT_USAGE;
		cmd_help(e, stdout);
		return CMD_HELP_SHOWN;
	}
	return EXIT_OK;
}

/* The columns s takes: one a character (the names and arguments in
 * --help are words, with no wide or combining characters). */
static size_t
cmd_columns(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* Print text to f, each line after the first indented to the help
 * column, and end the line. */
static void
cmd_print_help_text(const char *text, FILE *f)
{
	for (const char *nl; (nl = strchr(text, '\n')) != NULL; text = nl + 1)
		fprintf(f, "%.*s\n%*s", (int)(nl - text), text, CMD_HELP_COLUMN, "");
	fprintf(f, "%s\n", text);
}

/* Go from column col to the help column: on the same line when that
 * leaves two spaces, else on the next. */
static void
cmd_to_help_column(size_t col, FILE *f)
{
	if (col + 2 <= CMD_HELP_COLUMN)
		fprintf(f, "%*s", (int)(CMD_HELP_COLUMN - col), "");
	else
		fprintf(f, "\n%*s", CMD_HELP_COLUMN, "");
}

/* Print head, then text in the help column. */
static void
cmd_print_row(const char *head, const char *text, FILE *f)
{
	fputs(head, f);
	cmd_to_help_column(cmd_columns(head), f);
	cmd_print_help_text(text, f);
}

/* Print one option's line(s): "  -f, --format=FORMAT  help". */
static void
cmd_print_option(const struct cmd_option *o, FILE *f)
{
	const char *help = _(o->help), *at;
	char head[128];
	int n;

	if (o->key < CMD_LONG_ONLY)
		n = snprintf(head, sizeof head, "  -%c, --%s", o->key, o->long_name);
	else
		n = snprintf(head, sizeof head, "      --%s", o->long_name);
	if (o->arg != NULL && n > 0 && (size_t)n < sizeof head)
		snprintf(head + n, sizeof head - (size_t)n, "=%s", _(o->arg));
	if ((at = strstr(help, CMD_SITE_PATH)) != NULL) {
		char *filled = xasprintf("%.*s%s%s", (int)(at - help), help,
		    SITE_DEFAULT_PATH, at + strlen(CMD_SITE_PATH));

		cmd_print_row(head, filled, f);
		free(filled);
	} else
		cmd_print_row(head, help, f);
}

static void
cmd_print_options(const struct cmd_option *options, FILE *f)
{
	for (const struct cmd_option *o = options; o->key != 0; o++)
		cmd_print_option(o, f);
}

/* Add word to the synopsis line being printed at *col, starting a new
 * line indented by indent (and noting it in *wrapped) when it would pass
 * the line width. */
static void
cmd_synopsis_word(const char *word, size_t indent, size_t *col,
    bool *wrapped, FILE *f)
{
	size_t w = cmd_columns(word);

	if (*col + 1 + w > CMD_LINE_WIDTH && *col > indent) {
		fprintf(f, "\n%*s", (int)indent, "");
		*col = indent;
		*wrapped = true;
	} else {
		fputc(' ', f);
		(*col)++;
	}
	fputs(word, f);
	*col += w;
}

/* Print "  NAME [-f FORMAT] ... OPERANDS" for `jagaakun --help` and
 * return its last line's width, or the help column when it took several
 * lines (its summary then goes under it); --help is left out, every
 * command has it. */
static size_t
cmd_print_synopsis(const struct cmd_entry *e, FILE *f)
{
	size_t indent = 2 + strlen(e->name) + 1, col = indent - 1;
	bool wrapped = false;
	char word[128];

	fprintf(f, "  %s", e->name);
	for (const struct cmd_option *o = e->options; o->key != 0; o++) {
		if (o->key == 'h')
			continue;
		if (o->key < CMD_LONG_ONLY)
			snprintf(word, sizeof word, "[-%c%s%s]", o->key,
			    o->arg ? " " : "", o->arg ? _(o->arg) : "");
		else
			snprintf(word, sizeof word, "[--%s%s%s]", o->long_name,
			    o->arg ? " " : "", o->arg ? _(o->arg) : "");
		cmd_synopsis_word(word, indent, &col, &wrapped, f);
	}
	if (e->operands != NULL)
		cmd_synopsis_word(_(e->operands), indent, &col, &wrapped,
		    f);
	return wrapped ? CMD_HELP_COLUMN : col;
}

/* Print the list of commands with what each does. */
static void
cmd_print_commands(FILE *f)
{
	for (size_t i = 0; cmd_table[i] != NULL; i++) {
		const struct cmd_entry *e = cmd_table[i];
		size_t col;

		if (e->name == NULL) {
			/* TRANSLATORS: in place of a command's name, for
			 * `jagaakun` run with no command. */
			const char *none = _("(no command)");

			fprintf(f, "  %s", none);
			col = 2 + cmd_columns(none);
		} else
			col = cmd_print_synopsis(e, f);
		cmd_to_help_column(col, f);
		cmd_print_help_text(_(e->summary), f);
	}
}

/* Print the list of exit statuses. */
static void
cmd_print_exit_statuses(FILE *f)
{
#define CMD_EXIT_ROW(name, value, help) fprintf(f, "  %d  %s\n", value, _(help));
	EXIT_STATUS_LIST(CMD_EXIT_ROW)
#undef CMD_EXIT_ROW
}

static const char *help_site_path;

void
cmd_set_help_site(const char *path)
{
	help_site_path = path;
}

/* The agency's own contact for help, from the site settings, when they
 * name one, or NULL; any problem in them is for check-site to report, not
 * --help.  Caller frees. */
static char *
cmd_site_contact(void)
{
	const char *path = help_site_path ? help_site_path : SITE_DEFAULT_PATH;
	struct site *s = NULL;
	char *line = NULL;
	struct diag d;

	diag_init(&d);
	if (site_load(path, false, &s, &d) == 0 && s->report_phone != NULL) {
		/* TRANSLATORS: the agency, then its phone number and e-mail
		   address (or nothing). */
		line = xasprintf(_("Help at %s: %s%s%s\n"),
		    s->agency ? s->agency : _("your agency"), s->report_phone,
		    s->report_email ? ", " : "",
		    s->report_email ? s->report_email : "");
	}
	site_free(s);
	diag_done(&d);
	return line;
}

void
cmd_print_contacts(FILE *f)
{
	char *site = cmd_site_contact();

	if (site == NULL && JAGAAKUN_BUG_ADDRESS[0] == '\0' &&
	    JAGAAKUN_HOME_PAGE[0] == '\0')
		return;
	fputc('\n', f);
	if (site != NULL)
		fputs(site, f);
	if (JAGAAKUN_BUG_ADDRESS[0] != '\0')
		fprintf(f, _("Report bugs to: %s\n"), JAGAAKUN_BUG_ADDRESS);
	if (JAGAAKUN_HOME_PAGE[0] != '\0')
		fprintf(f, _("Home page: %s\n"), JAGAAKUN_HOME_PAGE);
	free(site);
}

void
cmd_program_help(FILE *f)
{
	fprintf(f, _("Usage: %s [OPTION]... [COMMAND [ARG]...]\n"), PACKAGE);
	fputs(_("Guide an official, step by step, through securing their WhatsApp\n"
	    "and other accounts, and record each step on this workstation.\n\n"), f);
	fprintf(f, "%s\n", _("Commands:"));
	cmd_print_commands(f);
	fprintf(f, "\n%s\n", _("Options:"));
	cmd_print_options(cmd_program_options, f);
	fprintf(f, "\n%s\n", _("Exit status:"));
	cmd_print_exit_statuses(f);
	cmd_print_contacts(f);
}

void
cmd_help(const struct cmd_entry *e, FILE *f)
{
	if (e->operands != NULL)
		fprintf(f, _("Usage: %s %s [OPTION]... %s\n"), PACKAGE, e->name,
		    _(e->operands));
	else
		fprintf(f, _("Usage: %s %s [OPTION]...\n"), PACKAGE, e->name);
	fprintf(f, "%s\n\n", _(e->about));
	cmd_print_options(e->options, f);
	if (e->notes != NULL)
		fprintf(f, "\n%s\n", _(e->notes));
	cmd_print_contacts(f);
}

int
cmd_unexpected(const struct cmd_entry *e, const char *arg)
{
	/* TRANSLATORS: the program, a command, then the argument. */
	fprintf(stderr, _("%s: %s: unexpected argument '%s'\n"), PACKAGE,
	    e->name, arg);
	return EXIT_USAGE;
}
