/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * scenario: load and validate the quiz scenarios (see scenario.h).
 *
 * A scenario file is one flat level of settings read by cfgcheck from the
 * key table below; the lists (messages, choices, red flags) are walked
 * with cfgcheck_list.  The rules that join settings (3 or 4 choices with
 * exactly one right, red flags for a fraud, unique ids over all files)
 * are checked once the settings they join were read cleanly, so a single
 * mistake gives a single message.
 */
#include "config.h"
#include "model/scenario.h"

#include <errno.h>
#include <libconfig.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/cfgcheck.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "os/walk.h"

#define SCENARIO_ID_CHARS "abcdefghijklmnopqrstuvwxyz0123456789-"
#define SCENARIO_ALLOWED "\n"	/* the one control character text may hold */

/* The struct of type t whose member m is at p. */
#define scenario_outer(p, t, m) ((t *)(void *)((char *)(p) - offsetof(t, m)))

const char *const scenario_text_keys[] = {
	"title", "sender", "messages", "question", "text", "feedback",
	"red_flags", "action", NULL
};

const char *const scenario_theme_text_keys[] = { "title", NULL };

static const char *const scenario_channel_names[SCENARIO_CHANNEL_COUNT] = {
	"whatsapp", "sms", "call", "group"
};

static const char *const scenario_channel_labels[SCENARIO_CHANNEL_COUNT] = {
	N_("WhatsApp chat"), N_("SMS"), N_("Phone call"), N_("WhatsApp group")
};

static cfgcheck_fn scenario_check_id, scenario_check_text,
    scenario_check_bool, scenario_check_channel, scenario_check_messages,
    scenario_check_choices, scenario_check_red_flags, scenario_check_theme,
    scenario_check_theme_id;

/* A scenario file.  "format" is checked first, by scenario_format. */
static const struct cfgcheck_key scenario_keys[] = {
	{ "format", true, NULL, 0 },
	{ "id", true, scenario_check_id, offsetof(struct scenario, id) },
	{ "title", true, scenario_check_text,
	    offsetof(struct scenario, title) },
	{ "fraud", true, scenario_check_bool,
	    offsetof(struct scenario, fraud) },
	{ "channel", true, scenario_check_channel,
	    offsetof(struct scenario, channel) },
	{ "sender", true, scenario_check_text,
	    offsetof(struct scenario, sender) },
	{ "messages", true, scenario_check_messages,
	    offsetof(struct scenario, messages) },
	{ "question", true, scenario_check_text,
	    offsetof(struct scenario, question) },
	{ "choices", true, scenario_check_choices,
	    offsetof(struct scenario, choices) },
	{ "red_flags", false, scenario_check_red_flags,
	    offsetof(struct scenario, red_flags) },
	{ "action", true, scenario_check_text,
	    offsetof(struct scenario, action) },
	{ "theme", false, scenario_check_theme,
	    offsetof(struct scenario, theme) },
	{ NULL, false, NULL, 0 }
};

/* One group of content.cfg's "themes" list. */
static const struct cfgcheck_key scenario_theme_keys[] = {
	{ "id", true, scenario_check_theme_id,
	    offsetof(struct scenario_theme, id) },
	{ "title", true, scenario_check_text,
	    offsetof(struct scenario_theme, title) },
	{ NULL, false, NULL, 0 }
};

/* One group of the choices list. */
static const struct cfgcheck_key scenario_choice_keys[] = {
	{ "text", true, scenario_check_text,
	    offsetof(struct scenario_choice, text) },
	{ "correct", true, scenario_check_bool,
	    offsetof(struct scenario_choice, correct) },
	{ "feedback", true, scenario_check_text,
	    offsetof(struct scenario_choice, feedback) },
	{ NULL, false, NULL, 0 }
};

/* Check and store the id, and keep its line, which a duplicate names. */
static void
scenario_check_id(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_ID, SCENARIO_MAX_ID, field);
	scenario_outer(field, struct scenario, id)->line = cfgcheck_line(s);
}

/* Check and store the id of the theme a scenario belongs to, and keep
 * its line: whether content.cfg lists it is known only at the end. */
static void
scenario_check_theme(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_ID, SCENARIO_MAX_ID, field);
	scenario_outer(field, struct scenario, theme)->theme_line =
	    cfgcheck_line(s);
}

/* Check and store a theme's id, and keep its line. */
static void
scenario_check_theme_id(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_ID, SCENARIO_MAX_ID, field);
	scenario_outer(field, struct scenario_theme, id)->line =
	    cfgcheck_line(s);
}

/* Check and store a piece of user-visible text. */
static void
scenario_check_text(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	cfgcheck_copy_text(ck, s, SCENARIO_ALLOWED, SCENARIO_MAX_TEXT, field);
}

/* Check and store true or false. */
static void
scenario_check_bool(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	cfgcheck_bool(ck, s, field);
}

/* Check and store how the message arrives. */
static void
scenario_check_channel(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	const char *v = cfgcheck_string(ck, s);
	int c;

	if (v == NULL)
		return;
	if ((c = scenario_channel_parse(v)) >= 0)
		*(enum scenario_channel *)field = (enum scenario_channel)c;
	else
		cfgcheck_error(ck, s, _("unknown channel \"%s\" (use "
		    "\"whatsapp\", \"sms\", \"call\" or \"group\")"), v);
}

/* Store text element i of a list of strings in the array at arg. */
static void
scenario_read_string(struct cfgcheck *ck, const config_setting_t *e,
    size_t i, void *arg)
{
	char **v = arg;

	cfgcheck_copy_text(ck, e, SCENARIO_ALLOWED, SCENARIO_MAX_TEXT, &v[i]);
}

/* Check and store a list of 0 (1 when nonempty) to max strings into *v
 * and its count *n. */
static void
scenario_check_strings(struct cfgcheck *ck, const config_setting_t *s,
    char ***v, size_t *n, bool nonempty, size_t max)
{
	const struct cfgcheck_list strings = {
		CONFIG_TYPE_STRING, nonempty, NULL, NULL, scenario_read_string
	};

	*n = (size_t)config_setting_length(s);
	*v = xcalloc(*n + 1, sizeof **v);
	if (cfgcheck_list(ck, s, &strings, *v) && *n > max)
		cfgcheck_error(ck, s, _("\"%s\" has %zu items; at most %zu are "
		    "allowed"), cfgcheck_name(s), *n, max);
}

/* Check and store the message bubbles: 1 to SCENARIO_MAX_MESSAGES. */
static void
scenario_check_messages(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	struct scenario *sc = scenario_outer(field, struct scenario, messages);

	scenario_check_strings(ck, s, &sc->messages, &sc->n_messages, true,
	    SCENARIO_MAX_MESSAGES);
}

/* Check and store the red flags: up to SCENARIO_MAX_RED_FLAGS. */
static void
scenario_check_red_flags(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	struct scenario *sc = scenario_outer(field, struct scenario,
	    red_flags);

	scenario_check_strings(ck, s, &sc->red_flags, &sc->n_red_flags, false,
	    SCENARIO_MAX_RED_FLAGS);
}

/* Report element i of "choices" that is not a group. */
static void
scenario_not_choice(struct cfgcheck *ck, const config_setting_t *e, size_t i)
{
	cfgcheck_error(ck, e, _("choice %zu must be a group: { text = \"...\"; "
	    "correct = false; feedback = \"...\"; }"), i + 1);
}

/* Read choice group g, element i of "choices", into the array at arg. */
static void
scenario_read_choice(struct cfgcheck *ck, const config_setting_t *g,
    size_t i, void *arg)
{
	struct scenario_choice *c = arg;

	cfgcheck_group(ck, g, scenario_choice_keys, &c[i]);
}

/* Check that sc, whose choices were read without a problem, has 3 or 4
 * of them and exactly one right one. */
static void
scenario_check_answer(struct cfgcheck *ck, const config_setting_t *s,
    const struct scenario *sc)
{
	size_t right = 0;

	for (size_t i = 0; i < sc->n_choices; i++)
		right += sc->choices[i].correct;
	if (sc->n_choices < SCENARIO_MIN_CHOICES ||
	    sc->n_choices > SCENARIO_MAX_CHOICES)
		cfgcheck_error(ck, s, _("\"choices\" must have %d or %d "
		    "choices, not %zu"), SCENARIO_MIN_CHOICES,
		    SCENARIO_MAX_CHOICES, sc->n_choices);
	else if (right != 1)
		cfgcheck_error(ck, s, _("exactly one choice must have "
		    "correct = true, not %zu"), right);
}

/* Check and store the choices. */
static void
scenario_check_choices(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	static const struct cfgcheck_list choices = {
		CONFIG_TYPE_GROUP, false, NULL, scenario_not_choice,
		scenario_read_choice
	};
	struct scenario *sc = scenario_outer(field, struct scenario, choices);
	size_t before = ck->d->n;

	sc->n_choices = (size_t)config_setting_length(s);
	sc->choices = xcalloc(sc->n_choices + 1, sizeof *sc->choices);
	if (cfgcheck_list(ck, s, &choices, sc->choices) && ck->d->n == before)
		scenario_check_answer(ck, s, sc);
}

/* Check that a fraud gives its red flags away, once "fraud" and
 * "red_flags" were read without a problem. */
static void
scenario_check_flags(struct cfgcheck *ck, const config_setting_t *root,
    const struct scenario *sc)
{
	if (sc->fraud && sc->n_red_flags == 0)
		cfgcheck_error(ck, config_setting_get_member(root, "fraud"),
		    _("a scenario with fraud = true needs at least one item "
		    "in \"red_flags\""));
}

/* Check the format number in root, before anything else is read: a
 * newer file is reported as newer rather than as a pile of errors.  An
 * absent number is reported as a missing setting. */
static bool
scenario_format(struct cfgcheck *ck, const config_setting_t *root)
{
	const config_setting_t *s = config_setting_get_member(root, "format");
	long long v;

	if (s == NULL)
		return true;
	if (!cfgcheck_int(ck, s, LLONG_MIN, LLONG_MAX, &v))
		return false;
	if (v == SCENARIO_FORMAT)
		return true;
	cfgcheck_error(ck, s, _("unsupported scenario format %lld (this "
	    "program reads format %d)"), v, SCENARIO_FORMAT);
	return false;
}

/* Read the scenario file sc->file into sc. */
static void
scenario_read_file(struct scenario *sc, struct diag *d)
{
	struct cfgcheck ck = { sc->file, d };
	const config_setting_t *root;
	size_t before = d->n;
	config_t cfg;

	if (cfgcheck_parse(&ck, &cfg, NULL)) {
		root = config_root_setting(&cfg);
		cfgcheck_unknown(&ck, root, scenario_keys);
		if (scenario_format(&ck, root))
			cfgcheck_members(&ck, root, scenario_keys, sc);
		if (d->n == before)
			scenario_check_flags(&ck, root, sc);
	}
	config_destroy(&cfg);
}

/* Keep the names of scenario files. */
static bool
scenario_is_file_name(const char *name)
{
	size_t n = strlen(name);

	return n >= 4 && strcmp(name + n - 4, ".cfg") == 0;
}

/* Make a scenario for each file of sdir into set, in byte order of the
 * names; false after reporting a folder that exists but cannot be read. */
static bool
scenario_list(const char *sdir, struct scenario_set *set, struct diag *d)
{
	char **names;
	size_t n;
	int err = walk_names(sdir, scenario_is_file_name, &names, &n);

	if (err != 0) {
		if (err == -ENOENT)
			return true;
		diag_add(d, sdir, 0, _("cannot read: %s"), strerror(-err));
		return false;
	}
	set->n = n;
	set->scenarios = xcalloc(set->n + 1, sizeof *set->scenarios);
	for (size_t i = 0; i < set->n; i++) {
		set->scenarios[i].file = xasprintf("%s/%s", sdir, names[i]);
		free(names[i]);
	}
	free(names);
	return true;
}

/* Report each scenario whose id an earlier scenario already has. */
static void
scenario_check_ids(const struct scenario_set *set, struct diag *d)
{
	for (size_t i = 0; i < set->n; i++) {
		const struct scenario *sc = &set->scenarios[i];

		for (size_t j = 0; sc->id != NULL && j < i; j++) {
			const struct scenario *first = &set->scenarios[j];

			if (first->id == NULL || strcmp(sc->id, first->id) != 0)
				continue;
			diag_add(d, sc->file, sc->line,
			    _("duplicate scenario id \"%s\" (first defined at "
			    "%s:%d)"), sc->id, first->file, first->line);
			break;
		}
	}
}

/* Report element i of "themes" that is not a group. */
static void
scenario_not_theme(struct cfgcheck *ck, const config_setting_t *e, size_t i)
{
	cfgcheck_error(ck, e, _("theme %zu must be a group: { id = \"...\"; "
	    "title = \"...\"; }"), i + 1);
}

/* Read theme group g, element i of "themes", into the array at arg. */
static void
scenario_read_theme(struct cfgcheck *ck, const config_setting_t *g,
    size_t i, void *arg)
{
	struct scenario_theme *t = arg;

	cfgcheck_group(ck, g, scenario_theme_keys, &t[i]);
}

/* Report each theme whose id an earlier one already has. */
static void
scenario_check_theme_ids(struct cfgcheck *ck, const struct scenario_set *set)
{
	for (size_t i = 0; i < set->n_themes; i++)
		for (size_t j = 0; set->themes[i].id != NULL && j < i; j++)
			if (set->themes[j].id != NULL &&
			    strcmp(set->themes[i].id, set->themes[j].id) == 0) {
				diag_add(ck->d, ck->path, set->themes[i].line,
				    _("duplicate theme id \"%s\" (first "
				    "defined at line %d)"), set->themes[i].id,
				    set->themes[j].line);
				break;
			}
}

/* Read the themes of dir/content.cfg into set.  Returns 1 when they were
 * read (none when the file or its list is absent), 0 when the list has a
 * problem (reported here: the scenarios' themes are then not checked
 * against it, so a mistake gives one message), -1 when the file could
 * not be parsed (content_load reports why). */
static int
scenario_read_themes(const char *dir, struct scenario_set *set,
    struct diag *d)
{
	static const struct cfgcheck_list themes = {
		CONFIG_TYPE_GROUP, false, NULL, scenario_not_theme,
		scenario_read_theme
	};
	char *path = xasprintf("%s/content.cfg", dir);
	struct diag quiet;
	struct cfgcheck ck = { path, &quiet };
	const config_setting_t *s;
	bool absent = false, ok;
	size_t before = d->n;
	config_t cfg;

	diag_init(&quiet);
	ok = cfgcheck_parse(&ck, &cfg, &absent);
	diag_done(&quiet);
	ck.d = d;
	s = ok ? config_setting_get_member(config_root_setting(&cfg),
	    "themes") : NULL;
	if (s != NULL) {
		set->n_themes = (size_t)config_setting_length(s);
		set->themes = xcalloc(set->n_themes + 1, sizeof *set->themes);
		if (cfgcheck_list(&ck, s, &themes, set->themes) &&
		    set->n_themes > SCENARIO_MAX_THEMES)
			cfgcheck_error(&ck, s, _("\"%s\" has %zu items; at "
			    "most %zu are allowed"), cfgcheck_name(s),
			    set->n_themes, (size_t)SCENARIO_MAX_THEMES);
		scenario_check_theme_ids(&ck, set);
	}
	config_destroy(&cfg);
	free(path);
	if (!ok && !absent)
		return -1;
	return d->n == before;
}

/* Report each scenario whose theme content.cfg does not list, or, when
 * read is false (content.cfg could not be read), each that names one. */
static void
scenario_check_themes(const struct scenario_set *set, bool read,
    struct diag *d)
{
	for (size_t i = 0; i < set->n; i++) {
		const struct scenario *sc = &set->scenarios[i];

		if (sc->theme == NULL)
			continue;
		if (!read)
			diag_add(d, sc->file, sc->theme_line,
			    _("theme \"%s\" cannot be checked: content.cfg "
			    "could not be read"), sc->theme);
		else if (scenario_theme(set, sc->theme) == NULL)
			diag_add(d, sc->file, sc->theme_line,
			    _("unknown theme \"%s\" (content.cfg lists the "
			    "themes)"), sc->theme);
	}
}

/* Load the scenarios of the content folder dir. */
int
scenario_load(const char *dir, struct scenario_set **out, struct diag *d)
{
	struct scenario_set *set = xcalloc(1, sizeof *set);
	char *sdir = xasprintf("%s/scenarios", dir);
	size_t before = d->n;
	int themes = scenario_read_themes(dir, set, d);

	*out = NULL;
	if (scenario_list(sdir, set, d))
		for (size_t i = 0; i < set->n; i++)
			scenario_read_file(&set->scenarios[i], d);
	free(sdir);
	scenario_check_ids(set, d);
	if (themes != 0)
		scenario_check_themes(set, themes > 0, d);
	if (d->n > before) {
		scenario_set_free(set);
		return -1;
	}
	*out = set;
	return 0;
}

/* Free what one scenario owns. */
static void
scenario_free_one(struct scenario *sc)
{
	free(sc->id);
	free(sc->title);
	free(sc->sender);
	for (size_t i = 0; i < sc->n_messages; i++)
		free(sc->messages[i]);
	free(sc->messages);
	free(sc->question);
	for (size_t i = 0; i < sc->n_choices; i++) {
		free(sc->choices[i].text);
		free(sc->choices[i].feedback);
	}
	free(sc->choices);
	for (size_t i = 0; i < sc->n_red_flags; i++)
		free(sc->red_flags[i]);
	free(sc->red_flags);
	free(sc->action);
	free(sc->theme);
	free(sc->file);
}

/* Free a scenario set (NULL is fine). */
void
scenario_set_free(struct scenario_set *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->n; i++)
		scenario_free_one(&s->scenarios[i]);
	free(s->scenarios);
	for (size_t i = 0; i < s->n_themes; i++) {
		free(s->themes[i].id);
		free(s->themes[i].title);
	}
	free(s->themes);
	free(s);
}

/* Find a theme by id. */
const struct scenario_theme *
scenario_theme(const struct scenario_set *s, const char *id)
{
	for (size_t i = 0; id != NULL && i < s->n_themes; i++)
		if (s->themes[i].id != NULL && strcmp(s->themes[i].id, id) == 0)
			return &s->themes[i];
	return NULL;
}

/* Count the scenarios of a theme. */
size_t
scenario_theme_count(const struct scenario_set *s, const char *id)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n; i++)
		n += id == NULL || (s->scenarios[i].theme != NULL &&
		    strcmp(s->scenarios[i].theme, id) == 0);
	return n;
}

/* Give the index of the correct choice (the loader made sure there is
 * exactly one). */
size_t
scenario_correct(const struct scenario *sc)
{
	for (size_t i = 0; i < sc->n_choices; i++)
		if (sc->choices[i].correct)
			return i;
	return 0;
}

/* Say whether s has the form of a scenario id. */
bool
scenario_is_id(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n <= SCENARIO_MAX_ID &&
	    strspn(s, SCENARIO_ID_CHARS) == n;
}

/* Turn a channel name back into its value. */
int
scenario_channel_parse(const char *s)
{
	for (int c = 0; s != NULL && c < SCENARIO_CHANNEL_COUNT; c++)
		if (strcmp(s, scenario_channel_names[c]) == 0)
			return c;
	return -1;
}

/* Name a channel for the user, in the user's language. */
const char *
scenario_channel_label(enum scenario_channel c)
{
	return (int)c >= 0 && c < SCENARIO_CHANNEL_COUNT ?
	    _(scenario_channel_labels[c]) : NULL;
}
