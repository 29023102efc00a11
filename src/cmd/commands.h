/*
 * commands: what each command line does, once main.c has parsed it.
 */
#ifndef JAGAAKUN_COMMANDS_H
#define JAGAAKUN_COMMANDS_H

#include <stdbool.h>
#include <stdio.h>

/* Exit statuses, documented in jagaakun(1). */
enum exit_status {
	EXIT_OK = 0,
	EXIT_FAILURE_IO = 1,	/* a file could not be read or written */
	EXIT_USAGE = 2,		/* bad command line, or no usable terminal */
	EXIT_CONTENT = 3,	/* the checklist content is invalid */
	EXIT_LOCKED = 4,	/* the record is open in another jagaakun */
	EXIT_REJECTED = 5,	/* collect: some files were rejected */
	EXIT_SITE = 6,		/* the site settings are not valid */
};

struct options {
	const char *record;	/* --record, or NULL for the default */
	const char *content;	/* content folder (option, environment or built-in) */
	const char *lang;	/* --lang, or NULL */
	const char *site;	/* --site, or NULL for SITE_DEFAULT_PATH */
};

struct content;
struct site;

/* Load the content in dir; NULL, with every problem printed to stderr,
 * when it is not valid (the caller then says what it did not do). */
struct content *cmd_load_content(const char *dir);

/* Load the site settings (opt->site, else SITE_DEFAULT_PATH, which may be
 * missing) and check their module ids against c; NULL, with every problem
 * printed to stderr, when they are not valid.  *path names the file. */
struct site *cmd_load_site(const struct options *opt,
    const struct content *c, const char **path);

/* Validate the content in dir and print a summary or every problem. */
int cmd_check_content(const char *dir);

/* Load the content and run the interactive checklist. */
int cmd_checklist(const struct options *opt);

/* Load the content, the site settings and the quiz scenarios, then run
 * the screens: the checklist on the record, or with trainer the
 * trainer's menu, which opens no record and writes nothing. */
int cmd_checklist_run(const struct options *opt, bool trainer);

/* `jagaakun train`: the demo walkthrough and the scenario quiz; argv[0]
 * is the command's name. */
int cmd_train(const struct options *opt, int argc, char **argv);

/*
 * The report and collect commands; argv[0] is the command's name and
 * the command parses its own options (getopt) from argv.
 */
int cmd_report(const struct options *opt, int argc, char **argv);
int cmd_collect(const struct options *opt, int argc, char **argv);
int cmd_handout(const struct options *opt, int argc, char **argv);

#endif
