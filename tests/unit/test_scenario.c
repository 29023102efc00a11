/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_scenario: loading the quiz scenarios: a valid folder read in full
 * and in file-name order, every class of error with its file and line
 * (tests/data/scenarios/errors holds one file per class), limits on
 * text, a content folder without scenarios, the quiz's themes (read from
 * content.cfg, each error class of the list and an unknown theme with
 * its file and line), and the shipped scenarios.
 */
#include "config.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "model/scenario.h"
#include "model/site.h"
#include "base/xalloc.h"

/* A valid scenario file with the action as %s (one setting a line). */
#define SCENARIO_TEXT \
	"format = 1;\n" \
	"id = \"long\";\n" \
	"title = \"A title\";\n" \
	"fraud = false;\n" \
	"channel = \"call\";\n" \
	"sender = \"A caller\";\n" \
	"messages = ( \"%s\" );\n" \
	"question = \"What do you do?\";\n" \
	"choices = (\n" \
	"  { text = \"A\"; correct = true; feedback = \"FA\"; },\n" \
	"  { text = \"B\"; correct = false; feedback = \"FB\"; },\n" \
	"  { text = \"C\"; correct = false; feedback = \"FC\"; } );\n" \
	"action = \"%s\";\n"

/* Load the content folder dir, expecting success and no diagnostics. */
static struct scenario_set *
load_ok(const char *dir)
{
	struct scenario_set *set = NULL;
	struct diag d;
	int err;

	diag_init(&d);
	err = scenario_load(dir, &set, &d);
	if (err != 0 || d.n != 0)
		diag_print(&d, stderr);
	assert_int_equal(err, 0);
	assert_int_equal(d.n, 0);
	assert_non_null(set);
	diag_done(&d);
	return set;
}

/* Load dir expecting failure; d gets the messages. */
static void
load_fails(const char *dir, struct diag *d)
{
	struct scenario_set *set = (struct scenario_set *)1;

	diag_init(d);
	assert_int_equal(scenario_load(dir, &set, d), -1);
	assert_null(set);
}

/* Assert msg is "<dir>/scenarios/<file>:<line>: ..." (no line when
 * line is 0) and holds needle. */
static void
assert_msg(const char *msg, const char *dir, const char *file, int line,
    const char *needle)
{
	char *prefix = line > 0 ?
	    xasprintf("%s/scenarios/%s:%d: ", dir, file, line) :
	    xasprintf("%s/scenarios/%s: ", dir, file);

	if (strncmp(msg, prefix, strlen(prefix)) != 0 ||
	    strstr(msg, needle) == NULL)
		fail_msg("got \"%s\", want \"%s...%s\"", msg, prefix, needle);
	free(prefix);
}

static void
test_valid(void **state)
{
	char *dir = tu_srcpath("tests/data/scenarios/valid");
	struct scenario_set *set = load_ok(dir);
	const struct scenario *sc;
	char *file;

	(void)state;
	/* notes.txt and 30-off.cfg.disabled (a duplicate id) are not
	 * scenario files; "10-" sorts after "02-". */
	assert_int_equal(set->n, 3);
	sc = &set->scenarios[0];
	assert_string_equal(sc->id, "boss-transfer");
	file = xasprintf("%s/scenarios/01-boss-transfer.cfg", dir);
	assert_string_equal(sc->file, file);
	free(file);
	assert_int_equal(sc->line, 3);
	assert_string_equal(sc->title,
	    "An urgent transfer for the head of office");
	assert_true(sc->fraud);
	assert_int_equal(sc->channel, SCENARIO_WHATSAPP);
	assert_string_equal(sc->sender,
	    "Pak Kadis (new number) +62 812-0000-0000");
	assert_int_equal(sc->n_messages, 2);
	assert_string_equal(sc->messages[0],
	    "Good afternoon, this is my new number, please save it.");
	assert_non_null(strstr(sc->messages[1], "Rp 5,000,000"));
	assert_string_equal(sc->question, "What do you do?");
	assert_int_equal(sc->n_choices, 3);
	assert_false(sc->choices[0].correct);
	assert_true(sc->choices[1].correct);
	assert_false(sc->choices[2].correct);
	assert_string_equal(sc->choices[1].text,
	    "Call the old number, or {verify_phone}, before anything else.");
	assert_string_equal(sc->choices[2].feedback,
	    "Replying keeps you inside the scammer's script.");
	assert_int_equal(scenario_correct(sc), 1);
	assert_int_equal(sc->n_red_flags, 2);
	assert_string_equal(sc->red_flags[1],
	    "Urgency, secrecy and money in the same message");
	assert_non_null(strstr(sc->action, "{verify_phone}.\nNever"));

	sc = &set->scenarios[1];
	assert_string_equal(sc->id, "real-meeting");
	assert_false(sc->fraud);
	assert_int_equal(sc->channel, SCENARIO_GROUP);
	assert_int_equal(sc->n_red_flags, 0);	/* optional when no fraud */
	assert_int_equal(sc->n_choices, 4);
	assert_int_equal(scenario_correct(sc), 1);
	assert_non_null(strstr(sc->messages[0], "room 2.\nBring"));

	sc = &set->scenarios[2];
	assert_string_equal(sc->id, "otp-courier");
	assert_int_equal(sc->channel, SCENARIO_SMS);
	assert_int_equal(sc->n_messages, 1);	/* arrays [ ] as well */
	assert_int_equal(sc->n_red_flags, 1);

	scenario_set_free(set);
	scenario_set_free(NULL);
	free(dir);
}

static void
test_errors(void **state)
{
	/* One file per class, in file-name order; the duplicate id is
	 * reported once every file is read. */
	static const struct {
		const char *file;
		int line;
		const char *needle;
	} want[] = {
		{ "bad-id.cfg", 3, "\"id\" must be 1 to 40 characters from "
		    "a-z, 0-9 and \"-\"" },
		{ "channel.cfg", 6, "unknown channel \"email\"" },
		{ "choice-missing.cfg", 12, "missing setting \"feedback\"" },
		{ "choice-shape.cfg", 12, "choice 2 must be a group" },
		{ "choices-five.cfg", 10, "must have 3 or 4 choices, not 5" },
		{ "choices-two.cfg", 10, "must have 3 or 4 choices, not 2" },
		{ "control.cfg", 7, "\"sender\" holds a control character" },
		{ "correct-none.cfg", 10, "exactly one choice must have "
		    "correct = true, not 0" },
		{ "correct-two.cfg", 10, "correct = true, not 2" },
		{ "empty.cfg", 9, "\"question\" is empty" },
		/* The format hides the unknown channel in the same file. */
		{ "format.cfg", 2, "unsupported scenario format 2" },
		/* Refused before libconfig follows it (and exits). */
		{ "include.cfg", 3, "@include is not allowed" },
		{ "messages-empty.cfg", 8, "\"messages\" is empty" },
		{ "messages-many.cfg", 8, "\"messages\" has 7 items; at "
		    "most 6" },
		{ "missing.cfg", 0, "missing setting \"question\"" },
		{ "no-flags.cfg", 5, "fraud = true needs at least one item in "
		    "\"red_flags\"" },
		{ "red-flags-many.cfg", 15, "\"red_flags\" has 6 items; at "
		    "most 5" },
		{ "syntax.cfg", 6, "syntax error" },
		{ "unknown-key.cfg", 16, "unknown setting \"colour\"" },
		{ "utf8.cfg", 4, "\"title\" is not valid UTF-8" },
		{ "wrong-type.cfg", 5, "\"fraud\" must be true or false" },
		{ "dup-b.cfg", 3, "duplicate scenario id \"same-id\" (first "
		    "defined at " },
	};
	char *dir = tu_srcpath("tests/data/scenarios/errors");
	char *first;
	struct diag d;

	(void)state;
	load_fails(dir, &d);
	if (d.n != sizeof want / sizeof want[0])
		diag_print(&d, stderr);
	assert_int_equal(d.n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < d.n; i++)
		assert_msg(d.msgs[i], dir, want[i].file, want[i].line,
		    want[i].needle);
	first = xasprintf("%s/scenarios/dup-a.cfg:3)", dir);
	assert_non_null(strstr(d.msgs[d.n - 1], first));
	free(first);
	diag_done(&d);
	free(dir);
}

/* Write a scenario whose message and action are m and a to dir. */
static void
write_scenario(const char *dir, const char *m, const char *a)
{
	char *text = xasprintf(SCENARIO_TEXT, m, a);

	free(tu_write(dir, "scenarios/long.cfg", text));
	free(text);
}

static void
test_text_limits(void **state)
{
	char *dir = tu_tempdir();
	char *text = xmalloc(SCENARIO_MAX_TEXT + 2);
	struct scenario_set *set;
	struct diag d;

	(void)state;
	memset(text, 'x', SCENARIO_MAX_TEXT + 1);
	text[SCENARIO_MAX_TEXT + 1] = '\0';	/* one byte too many */
	write_scenario(dir, "A message", text);
	load_fails(dir, &d);
	assert_int_equal(d.n, 1);
	assert_msg(d.msgs[0], dir, "long.cfg", 13,
	    "\"action\" is longer than 4096 bytes");
	diag_done(&d);
	/* A list item is checked and named like a setting. */
	write_scenario(dir, text, "An action.");
	load_fails(dir, &d);
	assert_int_equal(d.n, 1);
	assert_msg(d.msgs[0], dir, "long.cfg", 7,
	    "\"messages\" is longer than 4096 bytes");
	diag_done(&d);
	/* Exactly the limit is fine. */
	text[SCENARIO_MAX_TEXT] = '\0';
	write_scenario(dir, text, text);
	set = load_ok(dir);
	assert_int_equal(strlen(set->scenarios[0].action), SCENARIO_MAX_TEXT);
	assert_int_equal(set->scenarios[0].channel, SCENARIO_CALL);
	scenario_set_free(set);
	tu_rmtree(dir);
	free(dir);
	free(text);
}

static void
test_no_scenarios(void **state)
{
	char *dir = tu_tempdir();
	struct scenario_set *set;
	struct diag d;
	char *path;

	(void)state;
	/* No scenarios folder: an empty set, not an error. */
	set = load_ok(dir);
	assert_int_equal(set->n, 0);
	scenario_set_free(set);
	/* An empty one, or one with no .cfg file: the same. */
	free(tu_write(dir, "scenarios/README", "none yet\n"));
	set = load_ok(dir);
	assert_int_equal(set->n, 0);
	scenario_set_free(set);
	tu_rmtree(dir);
	/* A file where the folder should be: an error. */
	free(tu_write(dir, "scenarios", "not a folder\n"));
	load_fails(dir, &d);
	assert_int_equal(d.n, 1);
	path = xasprintf("%s/scenarios: cannot read: ", dir);
	assert_int_equal(strncmp(d.msgs[0], path, strlen(path)), 0);
	free(path);
	diag_done(&d);
	tu_rmtree(dir);
	/* A folder named like a scenario file. */
	free(tu_write(dir, "scenarios/x.cfg/y", ""));
	load_fails(dir, &d);
	assert_int_equal(d.n, 1);
	assert_msg(d.msgs[0], dir, "x.cfg", 0, "cannot read: ");
	diag_done(&d);
	tu_rmtree(dir);
	free(dir);
}

/* Write dir/content.cfg with the themes text, and a scenario id in theme
 * (no theme setting when NULL) as scenarios/<id>.cfg (theme on line 14). */
static void
write_themed(const char *dir, const char *themes, const char *id,
    const char *theme)
{
	char *text = xasprintf(SCENARIO_TEXT, "A message", "An action.");
	char *file = xasprintf("scenarios/%s.cfg", id);
	char *body, *p;

	if (themes != NULL) {
		body = xasprintf("format = 1;\nversion = \"1\";\n%s\n", themes);
		free(tu_write(dir, "content.cfg", body));
		free(body);
	}
	/* SCENARIO_TEXT's id is "long": make it id. */
	p = strstr(text, "\"long\"");
	*p = '\0';
	body = xasprintf("%s\"%s\"%s%s%s%s", text, id, p + 6,
	    theme != NULL ? "theme = \"" : "", theme != NULL ? theme : "",
	    theme != NULL ? "\";\n" : "");
	free(tu_write(dir, file, body));
	free(body);
	free(file);
	free(text);
}

#define THEMES_OK \
	"themes = (\n" \
	"  { id = \"money\"; title = \"Money requests\"; },\n" \
	"  { id = \"takeover\"; title = \"Takeover\"; } );"

static void
test_themes(void **state)
{
	char *dir = tu_tempdir();
	struct scenario_set *set;

	(void)state;
	write_themed(dir, THEMES_OK, "a", "takeover");
	write_themed(dir, NULL, "b", NULL);
	write_themed(dir, NULL, "c", "takeover");
	set = load_ok(dir);
	assert_int_equal(set->n_themes, 2);
	assert_string_equal(set->themes[0].id, "money");
	assert_string_equal(set->themes[0].title, "Money requests");
	assert_int_equal(set->themes[1].line, 5);
	assert_ptr_equal(scenario_theme(set, "takeover"), &set->themes[1]);
	assert_null(scenario_theme(set, "nope"));
	assert_null(scenario_theme(set, NULL));
	assert_string_equal(set->scenarios[0].theme, "takeover");
	assert_null(set->scenarios[1].theme);
	assert_int_equal(scenario_theme_count(set, "takeover"), 2);
	assert_int_equal(scenario_theme_count(set, "money"), 0);
	assert_int_equal(scenario_theme_count(set, NULL), 3);
	scenario_set_free(set);
	tu_rmtree(dir);
	free(dir);
}

/* Load dir expecting exactly one message, at path:line, holding
 * needle. */
static void
assert_one_error(const char *dir, const char *path, int line,
    const char *needle)
{
	char *prefix = xasprintf("%s/%s:%d: ", dir, path, line);
	struct diag d;

	load_fails(dir, &d);
	if (d.n != 1)
		diag_print(&d, stderr);
	assert_int_equal(d.n, 1);
	if (strncmp(d.msgs[0], prefix, strlen(prefix)) != 0 ||
	    strstr(d.msgs[0], needle) == NULL)
		fail_msg("got \"%s\", want \"%s...%s\"", d.msgs[0], prefix,
		    needle);
	diag_done(&d);
	free(prefix);
}

static void
test_theme_errors(void **state)
{
	static const struct {
		const char *themes;	/* content.cfg from line 3 */
		const char *path;
		int line;
		const char *needle;
	} cases[] = {
		/* The scenario's theme is not listed. */
		{ THEMES_OK, "scenarios/a.cfg", 14,
		    "unknown theme \"authorities\"" },
		/* No themes at all: every theme is unknown. */
		{ "", "scenarios/a.cfg", 14, "unknown theme" },
		{ "themes = ( { id = \"authorities\"; title = \"A\"; },\n"
		    "  { id = \"authorities\"; title = \"B\"; } );",
		    "content.cfg", 4, "duplicate theme id \"authorities\" "
		    "(first defined at line 3)" },
		{ "themes = ( { id = \"authorities\"; title = \"A\"; },\n"
		    "  \"money\" );", "content.cfg", 4,
		    "theme 2 must be a group" },
		{ "themes = ( { id = \"authorities\"; } );", "content.cfg",
		    3, "missing setting \"title\"" },
		{ "themes = ( { id = \"Authorities\"; title = \"A\"; } );",
		    "content.cfg", 3, "\"id\" must be 1 to 40 characters" },
		{ "themes = ( { id = \"authorities\"; title = \"\"; } );",
		    "content.cfg", 3, "\"title\" is empty" },
		{ "themes = ( { id = \"authorities\"; title = \"A\"; "
		    "colour = 1; } );", "content.cfg", 3,
		    "unknown setting \"colour\"" },
		{ "themes = \"authorities\";", "content.cfg", 3, "themes" },
	};
	char *dir = tu_tempdir();

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		write_themed(dir, cases[i].themes, "a", "authorities");
		/* Every case but the first two lists "authorities" or
		 * fails before: only the theme list is wrong. */
		assert_one_error(dir, cases[i].path, cases[i].line,
		    cases[i].needle);
		tu_rmtree(dir);
	}
	/* A content.cfg that cannot be read: its themes cannot be checked
	 * (content_load says why), and a scenario naming one says so. */
	write_themed(dir, "themes = ( { id = \"authorities\"; ", "a",
	    "authorities");
	assert_one_error(dir, "scenarios/a.cfg", 14, "theme \"authorities\" "
	    "cannot be checked: content.cfg could not be read");
	write_themed(dir, NULL, "a", NULL);
	scenario_set_free(load_ok(dir));	/* nothing to check */
	tu_rmtree(dir);
	/* A theme in a scenario is an id. */
	write_themed(dir, THEMES_OK, "a", "Money");
	assert_one_error(dir, "scenarios/a.cfg", 14, "\"theme\" must be 1 "
	    "to 40 characters");
	tu_rmtree(dir);
	free(dir);
}

static void
test_channels(void **state)
{
	static const char *const names[] = { "whatsapp", "sms", "call",
	    "group" };

	(void)state;
	for (int c = 0; c < SCENARIO_CHANNEL_COUNT; c++) {
		assert_int_equal(scenario_channel_parse(names[c]), c);
		assert_non_null(scenario_channel_label(c));
	}
	assert_string_equal(scenario_channel_label(SCENARIO_CALL),
	    "Phone call");
	assert_null(scenario_channel_label((enum scenario_channel)-1));
	assert_int_equal(scenario_channel_parse("WhatsApp"), -1);
	assert_int_equal(scenario_channel_parse(NULL), -1);
}

static void
test_is_id(void **state)
{
	char max[SCENARIO_MAX_ID + 2];

	(void)state;
	assert_true(scenario_is_id("boss-transfer"));
	assert_true(scenario_is_id("a1"));
	assert_false(scenario_is_id(""));
	assert_false(scenario_is_id("Boss"));
	assert_false(scenario_is_id("a_b"));
	assert_false(scenario_is_id("a b"));
	memset(max, 'a', sizeof max - 1);
	max[SCENARIO_MAX_ID + 1] = '\0';
	assert_false(scenario_is_id(max));
	max[SCENARIO_MAX_ID] = '\0';
	assert_true(scenario_is_id(max));
}

/* Assert that text, expanded for a site with every contact set, has no
 * placeholder left (an unknown one, or a typo such as {verify_phon}). */
static void
assert_expands(const struct site *s, const struct scenario *sc,
    const char *text)
{
	char *e = site_expand(s, text);

	if (strchr(e, '{') != NULL || strchr(e, '}') != NULL)
		fail_msg("%s (%s): a placeholder is left: %s", sc->id, sc->file,
		    e);
	free(e);
}

static void
test_shipped(void **state)
{
	char *dir = tu_srcpath("content");
	struct scenario_set *set = load_ok(dir);
	struct site s = {
		.agency = (char *)"Pemerintah Kota Dumai",
		.verify_phone = (char *)"+62 765 000000",
		.report_phone = (char *)"+62 765 111111",
		.report_email = (char *)"csirt@dumaikota.go.id",
	};
	size_t legit = 0;

	(void)state;
	/* Every scenario has a theme, and every theme has a title. */
	assert_true(set->n_themes >= 5);
	for (size_t i = 0; i < set->n; i++)
		if (set->scenarios[i].theme == NULL)
			fail_msg("%s has no theme", set->scenarios[i].file);
	assert_non_null(scenario_theme(set, "legitimate"));
	/* The trainers' quiz needs at least 15, not all of them frauds. */
	assert_true(set->n >= 15);
	for (size_t i = 0; i < set->n; i++) {
		const struct scenario *sc = &set->scenarios[i];

		legit += !sc->fraud;
		assert_expands(&s, sc, sc->action);
		for (size_t c = 0; c < sc->n_choices; c++)
			assert_expands(&s, sc, sc->choices[c].feedback);
	}
	assert_true(legit >= 1);
	scenario_set_free(set);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_text_limits),
		cmocka_unit_test(test_no_scenarios),
		cmocka_unit_test(test_themes),
		cmocka_unit_test(test_theme_errors),
		cmocka_unit_test(test_channels),
		cmocka_unit_test(test_is_id),
		cmocka_unit_test(test_shipped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
