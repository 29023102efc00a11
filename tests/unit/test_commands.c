/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for cmd/commands: the table of commands is whole, getopt set up
 * from an option table parses as the commands did, and every --help,
 * in English and in Indonesian, names every command and every option.
 */
#include "config.h"
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "cmd/commands.h"
#include "model/site.h"

/* What f printed, as a string; the caller frees it. */
typedef void (*help_printer)(const void *what, FILE *f);

static char *
capture(help_printer print, const void *what)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f = tu_memopen(&text, &size);

	assert_non_null(f);
	print(what, f);
	assert_int_equal(tu_memclose(f), 0);
	return text;
}

static void
print_command_help(const void *what, FILE *f)
{
	cmd_help(what, f);
}

static void
print_program_help(const void *what, FILE *f)
{
	(void)what;
	cmd_program_help(f);
}

/* Fail, naming what is missing, unless needle is in text. */
static void
assert_has(const char *text, const char *needle)
{
	if (strstr(text, needle) == NULL)
		fail_msg("\"%s\" is not in:\n%s", needle, text);
}

/* Fail unless text ends with the contacts the build was configured with,
 * and shows no placeholder or unset address. */
static void
assert_lacks_placeholder(const char *text)
{
	if (strstr(text, "example.invalid") != NULL)
		fail_msg("a placeholder address is shown:\n%s", text);
	if (JAGAAKUN_BUG_ADDRESS[0] != '\0')
		assert_has(text, JAGAAKUN_BUG_ADDRESS);
	else if (strstr(text, "Report bugs") != NULL)
		fail_msg("a bug address is shown, none was configured:\n%s", text);
	if (JAGAAKUN_HOME_PAGE[0] != '\0')
		assert_has(text, JAGAAKUN_HOME_PAGE);
	else if (strstr(text, "Home page") != NULL)
		fail_msg("a home page is shown, none was configured:\n%s", text);
}

/* Fail unless the first line of help is in text (the next ones are
 * indented to the help column). */
static void
assert_has_first_line(const char *text, const char *help)
{
	char line[256];

	snprintf(line, sizeof line, "%.*s", (int)strcspn(help, "\n"), help);
	assert_has(text, line);
}

/* Check that text has the line of each option: its short and long
 * names, and its argument's name in the current language. */
static void
assert_lists_options(const char *text, const struct cmd_option *options)
{
	char want[128];

	for (const struct cmd_option *o = options; o->key != 0; o++) {
		if (o->key < CMD_LONG_ONLY)
			snprintf(want, sizeof want, "  -%c, --%s%s%s", o->key,
			    o->long_name, o->arg ? "=" : "", o->arg ? _(o->arg) : "");
		else
			snprintf(want, sizeof want, "      --%s%s%s", o->long_name,
			    o->arg ? "=" : "", o->arg ? _(o->arg) : "");
		assert_has(text, want);
		assert_has_first_line(text, _(o->help));
	}
}

/* Check that no line of text is wider than 79 columns (in characters). */
static void
assert_fits(const char *text)
{
	size_t col = 0, max = 79;

	for (const char *p = text; *p != '\0'; p++) {
		if (p == text || p[-1] == '\n') {
			/* The configured path is as long as the prefix makes it
			 * (make distcheck's is long): only the words count. */
			const char *end = strchr(p, '\n');
			const char *at = strstr(p, SITE_DEFAULT_PATH);

			max = 79;
			if (at != NULL && (end == NULL || at < end))
				max += strlen(SITE_DEFAULT_PATH);
		}
		if (*p == '\n')
			col = 0;
		else if (((unsigned char)*p & 0xc0) != 0x80 && ++col > max)
			fail_msg("a line is wider than 79 columns:\n%s", text);
	}
}

/* Every command's --help lists every option of that command. */
static void
check_command_helps(void)
{
	for (size_t i = 0; cmd_table[i] != NULL; i++) {
		const struct cmd_entry *e = cmd_table[i];
		char *text;

		if (e->name == NULL)
			continue;	/* no command: its help is the program's */
		text = capture(print_command_help, e);
		assert_lists_options(text, e->options);
		assert_has(text, "  -h, --help");
		assert_has(text, _(e->about));
		if (e->notes != NULL)
			assert_has(text, _(e->notes));
		assert_lacks_placeholder(text);
		assert_fits(text);
		free(text);
	}
}

/* The program's --help names every command with its options, lists the
 * options before the command and the exit statuses. */
static void
check_program_help(void)
{
	char *text = capture(print_program_help, NULL);
	char want[128];

	for (size_t i = 0; cmd_table[i] != NULL; i++) {
		const struct cmd_entry *e = cmd_table[i];

		if (e->name != NULL) {
			snprintf(want, sizeof want, "\n  %s ", e->name);
			assert_has(text, want);
		}
		assert_has_first_line(text, _(e->summary));
		for (const struct cmd_option *o = e->options; o->key != 0; o++) {
			if (o->key == 'h')
				continue;
			if (o->key < CMD_LONG_ONLY)
				snprintf(want, sizeof want, "[-%c%s%s]", o->key,
				    o->arg ? " " : "", o->arg ? _(o->arg) : "");
			else
				snprintf(want, sizeof want, "[--%s%s%s]", o->long_name,
				    o->arg ? " " : "", o->arg ? _(o->arg) : "");
			assert_has(text, want);
		}
	}
	assert_lists_options(text, cmd_program_options);
	assert_has(text, SITE_DEFAULT_PATH);	/* as configured */
	assert_null(strstr(text, CMD_SITE_PATH));
	assert_has(text, _("wrong command line, or no usable terminal"));
	assert_has(text, "  6  ");
	assert_lacks_placeholder(text);
	assert_fits(text);
	free(text);
}

static void
test_help_english(void **state)
{
	(void)state;
	check_command_helps();
	check_program_help();
}

/* The same in Indonesian, where the arguments' names are translated. */
static void
test_help_indonesian(void **state)
{
	(void)state;
	i18n_init(getenv("JAGAAKUN_LOCALEDIR"));
	assert_true(i18n_set_language("id"));
	assert_string_not_equal(_("FILE"), "FILE");	/* the catalogue is found */
	check_command_helps();
	check_program_help();
	assert_true(i18n_set_language("en"));
}

/* The option help column: continuation lines start under the first. */
static void
test_help_layout(void **state)
{
	char *text = capture(print_command_help, &cmd_report_entry);

	(void)state;
	assert_has(text, "  -f, --format=FORMAT  json (the report file");
	assert_has(text, "\n                       default), or text");
	assert_has(text, "\n      --nip=NIP        the official to report on");
	assert_has(text, "Usage: " PACKAGE " report [OPTION]...\n");
	free(text);
	text = capture(print_command_help, &cmd_collect_entry);
	assert_has(text, "Usage: " PACKAGE " collect [OPTION]... PATH...\n");
	free(text);
}

/* Every entry is whole, names are unique, and options fit the parser. */
static void
test_table(void **state)
{
	size_t n_unnamed = 0;

	(void)state;
	for (size_t i = 0; cmd_table[i] != NULL; i++) {
		const struct cmd_entry *e = cmd_table[i];
		size_t n = 0;

		assert_non_null(e->run);
		assert_non_null(e->summary);
		assert_non_null(e->options);
		if (e->name == NULL)
			n_unnamed++;
		else
			assert_non_null(e->about);
		assert_ptr_equal(cmd_find(e->name), e);
		for (const struct cmd_option *o = e->options; o->key != 0; o++) {
			assert_non_null(o->long_name);
			assert_non_null(o->help);
			for (const struct cmd_option *p = e->options; p != o; p++) {
				assert_int_not_equal(p->key, o->key);
				assert_string_not_equal(p->long_name, o->long_name);
			}
			n++;
		}
		assert_true(n <= CMD_MAX_OPTIONS);
		if (e->name != NULL)
			assert_true(n >= 1);	/* --help at least */
	}
	assert_int_equal(n_unnamed, 1);
	assert_null(cmd_find("reports"));
	assert_null(cmd_find(""));
}

/* A test's own option table, with a long-only option. */
static const struct cmd_option test_options[] = {
	{ 'o', "output", N_("FILE"), N_("write to FILE") },
	{ CMD_LONG_ONLY, "nip", N_("NIP"), N_("the official") },
	{ 'q', "quiet", NULL, N_("say less") },
	CMD_OPTION_HELP,
	CMD_OPTION_END
};

/* Parse argv (NULL-terminated) with test_options; the keys seen, as
 * letters ('N' for --nip), then '|' and the operands left, each with a
 * space after it. */
static void
parse(bool permute, char **argv, char *out)
{
	struct cmd_parser p;
	int argc = 0, ch;

	while (argv[argc] != NULL)
		argc++;
	cmd_parser_init(&p, test_options, permute);
	opterr = 0;
	while ((ch = cmd_parser_next(&p, argc, argv)) != -1)
		*out++ = ch == CMD_LONG_ONLY ? 'N' : (char)ch;
	*out++ = '|';
	*out = '\0';
	for (int i = optind; i < argc; i++)
		out += sprintf(out, "%s ", argv[i]);
	opterr = 1;
}

static void
test_parser(void **state)
{
	char a0[] = "cmd", a1[] = "-o", a2[] = "x", a3[] = "--nip=1";
	char a4[] = "path", a5[] = "-q", a6[] = "-n", a7[] = "--output";
	char *stop[] = { a0, a1, a2, a3, a4, a5, NULL };
	char *perm[] = { a0, a1, a2, a4, a5, NULL };
	char *bad[] = { a0, a6, NULL };
	char *missing[] = { a0, a7, NULL };
	char seen[64];

	(void)state;
	parse(false, stop, seen);
	assert_string_equal(seen, "oN|path -q ");	/* the operand ends them */
	parse(true, perm, seen);
	assert_string_equal(seen, "oq|path ");	/* options after the operand */
	parse(false, bad, seen);
	assert_string_equal(seen, "?|");	/* --nip has no -n */
	parse(false, missing, seen);
	assert_string_equal(seen, "?|");	/* --output needs FILE */
}

/* Write text to a temporary file; its name is in path. */
static void
write_temp(char *path, const char *text)
{
	FILE *f = fdopen(mkstemp(path), "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The site settings that name the agency's contact put it under --help;
 * settings that do not, or cannot be read, add nothing. */
static void
test_help_site_contact(void **state)
{
	char named[] = "/tmp/test_commands.XXXXXX";
	char bare[] = "/tmp/test_commands.XXXXXX";
	char broken[] = "/tmp/test_commands.XXXXXX";
	char *text;

	(void)state;
	assert_true(i18n_set_language("en"));
	write_temp(named, "format = 1;\nagency = \"Pemerintah Kota Uji\";\n"
	    "report_phone = \"0765 123 4567\";\n"
	    "report_email = \"tik@uji.example\";\n");
	write_temp(bare, "format = 1;\nagency = \"Pemerintah Kota Uji\";\n");
	write_temp(broken, "format = 1;\nreport_phone = ;\n");
	cmd_set_help_site(named);
	text = capture(print_program_help, NULL);
	assert_has(text, "Help at Pemerintah Kota Uji: 0765 123 4567, "
	    "tik@uji.example\n");
	free(text);
	text = capture(print_command_help, &cmd_report_entry);
	assert_has(text, "Help at Pemerintah Kota Uji: 0765 123 4567");
	free(text);
	for (int i = 0; i < 2; i++) {
		cmd_set_help_site(i == 0 ? bare : broken);
		text = capture(print_program_help, NULL);
		if (strstr(text, "Help at") != NULL)
			fail_msg("a contact from %s:\n%s", i ? broken : bare, text);
		free(text);
	}
	cmd_set_help_site(NULL);
	unlink(named);
	unlink(bare);
	unlink(broken);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_help_english),
		cmocka_unit_test(test_help_layout),
		cmocka_unit_test(test_help_indonesian),
		cmocka_unit_test(test_parser),
		cmocka_unit_test(test_help_site_contact),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
