/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * content-pot: print the user-visible strings of a content folder as a
 * POT file (make update-content-pot writes po/content.pot with it, and
 * xgettext merges that into the catalogue through po/POTFILES.in).
 *
 * The folder is first loaded with content_load and scenario_load, the
 * loaders the program uses, so strings are extracted only from content
 * the program accepts and the two cannot disagree on what is valid.  The
 * loaded structs keep no line for each string, so the module and scenario
 * files are then walked again with libconfig for the "#: file:line"
 * references.  Accounts come first (their title and summary; their
 * source is kept as written), then modules in the order the checklist
 * shows them, then scenarios in file-name order, so the output depends
 * on the files alone.
 *
 * A build-time tool for developers, never installed: its own few messages
 * are not translated.
 */
#include "config.h"

#include <libconfig.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/cfgcheck.h"
#include "model/content.h"
#include "base/diag.h"
#include "model/scenario.h"
#include "base/xalloc.h"

/* A growing list of owned strings. */
struct list {
	char **v;
	size_t n;
	size_t cap;
};

/* One msgid, with where it occurs and what it is there. */
struct entry {
	char *msgid;
	struct list refs;	/* "content/modules/x.cfg:12" */
	struct list notes;	/* "module two-step, step enable, ..." */
};

/* The catalogue, in the order strings are first met. */
struct pot {
	struct entry *e;
	size_t n;
	size_t cap;
};

/* Where a string is met: for references and translator notes. */
struct place {
	const char *file;	/* as referenced: content/modules/x.cfg */
	const char *where;	/* "module two-step, step enable" */
	const struct module *m;	/* for a module's steps; NULL otherwise */
};

/* What a text setting is, for the translator.  Tables end with NULL. */
struct what {
	const char *key;
	const char *what;
};

static void pot_add_steps(struct pot *p, const config_setting_t *list,
    const struct place *pl);
static void pot_add_items(struct pot *p, const config_setting_t *list,
    const struct place *pl, const char *what);

static const struct what pot_whats[] = {
	{ "title", "title" },
	{ "summary", "one-line summary" },
	{ "why", "why it matters" },
	{ "source", "source of the advice" },
	{ "text", "instructions for every platform" },
	{ "android", "Android instructions" },
	{ "iphone", "iPhone instructions" },
	{ "web", "WhatsApp Web/Desktop instructions" },
	{ NULL, NULL }
};

/* The same for the settings of a scenario.  A list's items are named by
 * the list's entry and their number; a choice's by its number. */
static const struct what pot_scenario_whats[] = {
	{ "title", "title" },
	{ "sender", "the sender as the chat header shows it" },
	{ "messages", "message" },
	{ "question", "question" },
	{ "red_flags", "red flag" },
	{ "action", "the right action" },
	{ NULL, NULL }
};

/* Add s (owned) to l unless l already holds it. */
static void
pot_list_add_once(struct list *l, char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0) {
			free(s);
			return;
		}
	l->v = xgrow(l->v, &l->cap, l->n + 1, sizeof *l->v);
	l->v[l->n++] = s;
}

/* Free what l owns. */
static void
pot_list_free(struct list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* Find the entry for msgid, adding it at the end when it is new. */
static struct entry *
pot_entry(struct pot *p, const char *msgid)
{
	struct entry *e;

	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->e[i].msgid, msgid) == 0)
			return &p->e[i];
	p->e = xgrow(p->e, &p->cap, p->n + 1, sizeof *p->e);
	e = &p->e[p->n++];
	memset(e, 0, sizeof *e);
	e->msgid = xstrdup(msgid);
	return e;
}

/* Say whether name is in keys, a NULL-ended list of setting names. */
static bool
pot_is_text_key(const char *const *keys, const char *name)
{
	for (size_t i = 0; keys[i] != NULL; i++)
		if (strcmp(keys[i], name) == 0)
			return true;
	return false;
}

/* Describe the setting name for the translator, as whats says. */
static const char *
pot_what(const struct what *whats, const char *name)
{
	for (; whats->key != NULL; whats++)
		if (strcmp(whats->key, name) == 0)
			return whats->what;
	return name;
}

/* Record s, a string met at pl, which is what to the translator. */
static void
pot_add(struct pot *p, const config_setting_t *s, const struct place *pl,
    const char *what)
{
	struct entry *e = pot_entry(p, config_setting_get_string(s));

	pot_list_add_once(&e->refs, xasprintf("%s:%u", pl->file,
	    (unsigned)config_setting_source_line(s)));
	pot_list_add_once(&e->notes, xasprintf("%s, %s", pl->where, what));
}

/* Record the text settings of group, a module or one of its steps, in
 * the order of the file. */
static void
pot_add_group(struct pot *p, const config_setting_t *group,
    const struct place *pl)
{
	for (int i = 0; i < config_setting_length(group); i++) {
		const config_setting_t *s = config_setting_get_elem(group,
		    (unsigned)i);
		const char *name = config_setting_name(s);

		if (pot_is_text_key(content_text_keys, name))
			pot_add(p, s, pl, pot_what(pot_whats, name));
		else if (pl->m != NULL && strcmp(name, "steps") == 0)
			pot_add_steps(p, s, pl);
		else if (strcmp(name, "not_applicable") == 0)
			pot_add_items(p, s, pl,
			    "reason it may be not applicable");
	}
}

/* Record the text settings of each step in list.  content_load checked
 * that it is a list of step groups, in the order of pl->m->steps. */
static void
pot_add_steps(struct pot *p, const config_setting_t *list,
    const struct place *pl)
{
	for (size_t i = 0; i < pl->m->n_steps; i++) {
		char *where = xasprintf("%s, step %s", pl->where,
		    pl->m->steps[i].id);
		struct place step = { pl->file, where, NULL };

		pot_add_group(p, config_setting_get_elem(list, (unsigned)i),
		    &step);
		free(where);
	}
}

/* Record each string of list, each what and its number. */
static void
pot_add_items(struct pot *p, const config_setting_t *list,
    const struct place *pl, const char *what)
{
	for (int i = 0; i < config_setting_length(list); i++) {
		char *item = xasprintf("%s %d", what, i + 1);

		pot_add(p, config_setting_get_elem(list, (unsigned)i), pl, item);
		free(item);
	}
}

/* Record the text and feedback of each choice in list. */
static void
pot_add_choices(struct pot *p, const config_setting_t *list,
    const struct place *pl)
{
	for (int i = 0; i < config_setting_length(list); i++) {
		const config_setting_t *g = config_setting_get_elem(list,
		    (unsigned)i);
		char *text = xasprintf("choice %d", i + 1);
		char *feedback = xasprintf("feedback on choice %d", i + 1);

		/* The file's order, whichever it is. */
		for (int j = 0; j < config_setting_length(g); j++) {
			const config_setting_t *s = config_setting_get_elem(g,
			    (unsigned)j);

			if (strcmp(config_setting_name(s), "text") == 0)
				pot_add(p, s, pl, text);
			else if (strcmp(config_setting_name(s), "feedback") == 0)
				pot_add(p, s, pl, feedback);
		}
		free(text);
		free(feedback);
	}
}

/* Record the title and summary of an account file (root), in file
 * order. */
static void
pot_add_account_root(struct pot *p, const config_setting_t *root,
    const struct place *pl)
{
	for (int i = 0; i < config_setting_length(root); i++) {
		const config_setting_t *s = config_setting_get_elem(root,
		    (unsigned)i);
		const char *name = config_setting_name(s);

		if (strcmp(name, "title") == 0 || strcmp(name, "summary") == 0)
			pot_add(p, s, pl, pot_what(pot_whats, name));
	}
}

/* Record the text settings of a scenario file (root), in file order.
 * scenario_load checked their types. */
static void
pot_add_scenario_root(struct pot *p, const config_setting_t *root,
    const struct place *pl)
{
	for (int i = 0; i < config_setting_length(root); i++) {
		const config_setting_t *s = config_setting_get_elem(root,
		    (unsigned)i);
		const char *name = config_setting_name(s);

		if (strcmp(name, "choices") == 0)
			pot_add_choices(p, s, pl);
		else if (!pot_is_text_key(scenario_text_keys, name))
			continue;	/* format, id, fraud, channel */
		else if (config_setting_is_aggregate(s))
			pot_add_items(p, s, pl,
			    pot_what(pot_scenario_whats, name));
		else
			pot_add(p, s, pl, pot_what(pot_scenario_whats, name));
	}
}

/* Record the title of each theme in content.cfg's root, in file order
 * (scenario_load checked them). */
static void
pot_add_themes(struct pot *p, const config_setting_t *root,
    const struct place *pl)
{
	const config_setting_t *list = config_setting_get_member(root,
	    "themes");

	for (int i = 0; list != NULL && i < config_setting_length(list); i++) {
		const config_setting_t *g = config_setting_get_elem(list,
		    (unsigned)i);
		const char *id = NULL;
		char *where;
		struct place theme;

		config_setting_lookup_string(g, "id", &id);
		where = xasprintf("theme %s", id != NULL ? id : "");
		theme = (struct place){ pl->file, where, NULL };
		for (int j = 0; j < config_setting_length(g); j++) {
			const config_setting_t *s = config_setting_get_elem(g,
			    (unsigned)j);

			if (pot_is_text_key(scenario_theme_text_keys,
			    config_setting_name(s)))
				pot_add(p, s, &theme, "title of a quiz theme");
		}
		free(where);
	}
}

/* Record the strings of the file at path (referenced as pl->file) with
 * add. */
static bool
pot_add_file(struct pot *p, const char *path, const struct place *pl,
    void (*add)(struct pot *, const config_setting_t *,
    const struct place *))
{
	struct diag d;
	struct cfgcheck ck = { path, &d };
	config_t cfg;
	bool ok;

	/* As jagaakun reads it: an @include is refused, not followed. */
	diag_init(&d);
	ok = cfgcheck_parse(&ck, &cfg, NULL);
	if (ok)
		add(p, config_root_setting(&cfg), pl);
	else
		diag_print(&d, stderr);
	config_destroy(&cfg);
	diag_done(&d);
	return ok;
}

/* Print the n bytes at s as one quoted PO line. */
static void
pot_print_quoted(FILE *f, const char *s, size_t n)
{
	putc('"', f);
	for (const char *end = s + n; s < end; s++) {
		if (*s == '\\' || *s == '"')
			fprintf(f, "\\%c", *s);
		else if (*s == '\n')
			fputs("\\n", f);
		else if (*s == '\t')
			fputs("\\t", f);
		else
			putc(*s, f);
	}
	fputs("\"\n", f);
}

/* Print s as a PO string after keyword; a string with a line break
 * inside is split after each "\n", as xgettext does. */
static void
pot_print_string(FILE *f, const char *keyword, const char *s)
{
	const char *nl = strchr(s, '\n');

	fprintf(f, "%s ", keyword);
	if (nl != NULL && nl[1] != '\0')
		fputs("\"\"\n", f);
	do {
		size_t n = strcspn(s, "\n");

		if (s[n] == '\n')
			n++;
		pot_print_quoted(f, s, n);
		s += n;
	} while (*s != '\0');
}

/* Print the catalogue as a POT file. */
static void
pot_print(const struct pot *p, FILE *f)
{
	fputs("# Translatable strings of the jagaakun content.\n"
	    "# Made by src/tools/content-pot: do not edit, run "
	    "`make update-content-pot`.\n"
	    "msgid \"\"\n"
	    "msgstr \"\"\n"
	    "\"MIME-Version: 1.0\\n\"\n"
	    "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
	    "\"Content-Transfer-Encoding: 8bit\\n\"\n", f);
	for (size_t i = 0; i < p->n; i++) {
		const struct entry *e = &p->e[i];

		putc('\n', f);
		for (size_t j = 0; j < e->notes.n; j++)
			fprintf(f, "#. TRANSLATORS: %s\n", e->notes.v[j]);
		for (size_t j = 0; j < e->refs.n; j++)
			fprintf(f, "#: %s\n", e->refs.v[j]);
		pot_print_string(f, "msgid", e->msgid);
		fputs("msgstr \"\"\n", f);
	}
}

/* Free the catalogue. */
static void
pot_free(struct pot *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->e[i].msgid);
		pot_list_free(&p->e[i].refs);
		pot_list_free(&p->e[i].notes);
	}
	free(p->e);
}

/* Give the name references start with: the last part of dir, so that
 * "../content" gives "content/modules/x.cfg". */
static char *
pot_top(const char *dir)
{
	char *top = xstrdup(dir);
	size_t n = strlen(top);
	char *slash;

	while (n > 1 && top[n - 1] == '/')
		top[--n] = '\0';
	slash = strrchr(top, '/');
	if (slash != NULL && slash[1] != '\0')
		memmove(top, slash + 1, strlen(slash + 1) + 1);
	return top;
}

/* Give the reference for the file at path in folder sub of the content
 * folder whose last part is top: "content/modules/x.cfg". */
static char *
pot_ref(const char *top, const char *sub, const char *path)
{
	return xasprintf("%s/%s/%s", top, sub, strrchr(path, '/') + 1);
}

/* Record the strings of every account and module of c, then the themes
 * and every scenario of set, loaded from dir. */
static bool
pot_add_content(struct pot *p, const struct content *c,
    const struct scenario_set *set, const char *dir)
{
	char *top = pot_top(dir);
	bool ok = true;

	for (size_t i = 0; ok && i < c->n_accounts; i++) {
		const struct account *a = &c->accounts[i];
		char *file = pot_ref(top, "accounts", a->file);
		char *where = xasprintf("account %s", a->id);
		struct place pl = { file, where, NULL };

		ok = pot_add_file(p, a->file, &pl, pot_add_account_root);
		free(where);
		free(file);
	}
	for (size_t i = 0; ok && i < c->n_modules; i++) {
		const struct module *m = &c->modules[i];
		char *file = pot_ref(top, "modules", m->file);
		char *where = xasprintf("module %s", m->id);
		struct place pl = { file, where, m };

		ok = pot_add_file(p, m->file, &pl, pot_add_group);
		free(where);
		free(file);
	}
	if (ok && set->n_themes > 0) {
		char *path = xasprintf("%s/content.cfg", dir);
		char *file = xasprintf("%s/content.cfg", top);
		struct place pl = { file, "content.cfg", NULL };

		ok = pot_add_file(p, path, &pl, pot_add_themes);
		free(file);
		free(path);
	}
	for (size_t i = 0; ok && i < set->n; i++) {
		const struct scenario *sc = &set->scenarios[i];
		char *file = pot_ref(top, "scenarios", sc->file);
		char *where = xasprintf("scenario %s", sc->id);
		struct place pl = { file, where, NULL };

		ok = pot_add_file(p, sc->file, &pl, pot_add_scenario_root);
		free(where);
		free(file);
	}
	free(top);
	return ok;
}

/* Load the content and the scenarios of dir, or report why not. */
static bool
pot_load(const char *dir, struct content **c, struct scenario_set **set)
{
	struct diag d;
	int content_err, scenario_err;
	bool ok;

	/* Both, so that one run reports every problem. */
	diag_init(&d);
	content_err = content_load(dir, c, &d);
	scenario_err = scenario_load(dir, set, &d);
	ok = content_err == 0 && scenario_err == 0;
	diag_print(&d, stderr);
	diag_done(&d);
	if (!ok) {
		content_free(*c);
		scenario_set_free(*set);
	}
	return ok;
}

int
main(int argc, char **argv)
{
	struct content *c;
	struct scenario_set *set;
	struct pot p = { NULL, 0, 0 };
	bool ok;

	if (argc != 2) {
		fputs("usage: content-pot DIR > content.pot\n", stderr);
		return 2;
	}
	if (!pot_load(argv[1], &c, &set))
		return 1;
	ok = pot_add_content(&p, c, set, argv[1]);
	if (ok)
		pot_print(&p, stdout);
	pot_free(&p);
	content_free(c);
	scenario_set_free(set);
	if (ok && (fflush(stdout) != 0 || ferror(stdout))) {
		perror("content-pot: stdout");
		ok = false;
	}
	return ok ? 0 : 1;
}
