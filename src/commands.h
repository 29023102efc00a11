/*
 * commands: what each command line does, once main.c has parsed it.
 */
#ifndef JAGAAKUN_COMMANDS_H
#define JAGAAKUN_COMMANDS_H

#include <stdio.h>

/* Exit statuses, documented in jagaakun(1). */
enum exit_status {
	EXIT_OK = 0,
	EXIT_FAILURE_IO = 1,	/* a file could not be read or written */
	EXIT_USAGE = 2,		/* bad command line, or no usable terminal */
	EXIT_CONTENT = 3,	/* the checklist content is invalid */
	EXIT_LOCKED = 4,	/* the record is open in another jagaakun */
};

struct options {
	const char *record;	/* --record, or NULL for the default */
	const char *content;	/* content folder (option, environment or built-in) */
	const char *lang;	/* --lang, or NULL */
};

/* Validate the content in dir and print a summary or every problem. */
int cmd_check_content(const char *dir);

/* Load the content and run the interactive checklist. */
int cmd_checklist(const struct options *opt);

#endif
