/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * commands: the table of the program's commands.  Each command is one
 * entry (its name, what it runs, its operands and its options with their
 * help); main.c dispatches through the table, getopt is set up from it,
 * and every --help text is printed from it, so none of them can leave an
 * option out.  Each file in cmd/ exports the entry of its command.
 */
#ifndef JAGAAKUN_COMMANDS_H
#define JAGAAKUN_COMMANDS_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "base/exitstatus.h"
#include "os/fsutil.h"

/* The options given before the command, for every command. */
struct options {
	const char *record;	/* --record, or NULL for the default */
	const char *content;	/* content folder (option, environment or built-in) */
	const char *lang;	/* --lang, or NULL */
	const char *site;	/* --site, or NULL for SITE_DEFAULT_PATH */
	bool plain;		/* --plain: the line-by-line mode */
};

/* The key of the first option that has no short form; the next ones
 * count up from it. */
#define CMD_LONG_ONLY 256

/* The most options one command has, --help included. */
#define CMD_MAX_OPTIONS 12

/* One option, as getopt and --help both see it. */
struct cmd_option {
	int key;		/* its letter (-k), or CMD_LONG_ONLY + n: no short form */
	const char *long_name;	/* --long_name */
	const char *arg;	/* N_(): the argument's name, or NULL: takes none */
	const char *help;	/* N_(): what it does; each '\n' starts a line
				 * under the first, in the help column;
				 * CMD_SITE_PATH in it stands for the
				 * configured SITE_DEFAULT_PATH */
};

#define CMD_SITE_PATH "{site-path}"

/* The --help option every command has. */
#define CMD_OPTION_HELP \
	{ 'h', "help", NULL, N_("show this help and exit") }

/* Options end with an entry of key 0. */
#define CMD_OPTION_END { 0, NULL, NULL, NULL }

/* One command. */
struct cmd_entry {
	const char *name;	/* the word after the options; NULL: none (the checklist) */
	const char *operands;	/* N_(): what follows the options, e.g. "PATH...", or NULL */
	const char *summary;	/* N_(): its line in `jagaakun --help` */
	const char *about;	/* N_(): the paragraph under its Usage line */
	const char *notes;	/* N_(): a paragraph after its options, or NULL */
	const struct cmd_option *options;	/* its own options */
	bool permute;		/* options may come after the operands */
	/* Run it; argv[0] is its name (argc is 0 for the checklist). */
	int (*run)(const struct options *opt, int argc, char **argv);
};

/* Every command, in the order `jagaakun --help` lists them; NULL ends it. */
extern const struct cmd_entry *const cmd_table[];

extern const struct cmd_entry cmd_checklist_entry;
extern const struct cmd_entry cmd_check_content_entry;
extern const struct cmd_entry cmd_check_site_entry;
extern const struct cmd_entry cmd_report_entry;
extern const struct cmd_entry cmd_collect_entry;
extern const struct cmd_entry cmd_handout_entry;
extern const struct cmd_entry cmd_train_entry;

/* The --plain option, before the command or after train. */
#define CMD_OPTION_PLAIN \
	{ CMD_LONG_ONLY, "plain", NULL, N_("one line at a time, for a screen " \
	    "reader or a terminal\nthat cannot show the full screen") }

/* The options given before the command (--record, --lang, ...). */
extern const struct cmd_option cmd_program_options[];

/* The command called name (NULL: the checklist), or NULL if none is. */
const struct cmd_entry *cmd_find(const char *name);

/* getopt_long's view of one option table. */
struct cmd_parser {
	char shortopts[2 + 2 * CMD_MAX_OPTIONS + 1];
	struct option longopts[CMD_MAX_OPTIONS + 1];
};

/* Set p up for options (at most CMD_MAX_OPTIONS) and restart getopt;
 * with permute false, the first operand ends the options. */
void cmd_parser_init(struct cmd_parser *p, const struct cmd_option *options,
    bool permute);

/* The key of the next option in argv, with optarg set; '?' for a wrong
 * one (getopt has said why), -1 after the last (optind is then at the
 * first operand). */
int cmd_parser_next(struct cmd_parser *p, int argc, char **argv);

/* What a command's own option parser returns after printing --help: the
 * command then ends with EXIT_OK. */
#define CMD_HELP_SHOWN (-1)

/* Parse the options of e when --help is its only one: EXIT_OK (optind is
 * at the first operand), CMD_HELP_SHOWN, or EXIT_USAGE. */
int cmd_parse_help_only(const struct cmd_entry *e, int argc, char **argv);

/* Print `jagaakun --help` to f: the commands and the options before them,
 * the exit statuses and where to report bugs. */
void cmd_program_help(FILE *f);

/* The lines that end every --help: the agency's contact for help when the
 * site settings (those cmd_set_help_site named, else the installed ones)
 * name one, and the bug address and home page the build was configured
 * with, each only when set. */
void cmd_print_contacts(FILE *f);
void cmd_set_help_site(const char *path);

/* Print `jagaakun NAME --help` to f. */
void cmd_help(const struct cmd_entry *e, FILE *f);

/* Say that arg is one operand too many for e; EXIT_USAGE. */
int cmd_unexpected(const struct cmd_entry *e, const char *arg);

struct content;
struct site;

/* Load the content in dir; NULL, with every problem printed to stderr,
 * when it is not valid (the caller then says what it did not do). */
struct content *cmd_load_content(const char *dir);

/* Load the site settings (opt->site, else SITE_DEFAULT_PATH, which may be
 * missing) and check their module ids against c (a NULL c: no check, for
 * a command without the content); NULL, with every problem printed to
 * stderr, when they are not valid.  *path names the file. */
struct site *cmd_load_site(const struct options *opt,
    struct content *c, const char **path);

/* Say whether the -o FILE path means standard output: NULL (no -o),
 * "-", or /dev/stdout, which is written as the stream it is (a pipe
 * cannot be reopened, a file the shell opened must not be replaced). */
bool cmd_output_is_stdout(const char *path);

/* Write with writer(f, ctx) to standard output when
 * cmd_output_is_stdout(path), else to path as fs_write_output does (a
 * device or FIFO in place, a file replaced atomically with flags, see
 * fsutil.h); 0 or a negative errno. */
int cmd_write(const char *path, unsigned flags, fs_writer writer, void *ctx);

/* When err is -EEXIST, explain to stderr that path was not replaced
 * because it is not a regular file of the user's (a planted link, say);
 * print it after the command's own "cannot write" line. */
void cmd_write_refused(const char *path, int err);

struct quiz_plan;

/* Load the content and the site settings, then run the screens: the
 * checklist on the record (its screens read the quiz scenarios when the
 * quiz first opens), or, after the scenarios, with a trainer's plan
 * (not NULL) the trainer's menu, which opens no record and writes
 * nothing; a plan naming a theme the content does not have, or one
 * without scenarios, is a usage error. */
int cmd_checklist_run(const struct options *opt,
    const struct quiz_plan *trainer);

#endif
