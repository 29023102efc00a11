/*
 * content-pot: print the user-visible strings of a content folder as a
 * POT file (make update-content-pot writes po/content.pot with it, and
 * xgettext merges that into the catalogue through po/POTFILES.in).
 *
 * The folder is first loaded with content_load, the loader the program
 * uses, so strings are extracted only from content the program accepts
 * and the two cannot disagree on what is valid.  The loaded structs keep
 * no line for each string, so the module files are then walked again with
 * libconfig for the "#: file:line" references.
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

#include "content.h"
#include "diag.h"
#include "xalloc.h"

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
	const struct module *m;
	const char *step;	/* step id, or NULL for a module setting */
};

static void pot_add_steps(struct pot *p, const config_setting_t *list,
    struct place pl);

/* What each text setting is, for the translator. */
static const struct {
	const char *key;
	const char *what;
} pot_whats[] = {
	{ "title", "title" },
	{ "summary", "one-line summary" },
	{ "why", "why it matters" },
	{ "source", "source of the advice" },
	{ "text", "instructions for every platform" },
	{ "android", "Android instructions" },
	{ "iphone", "iPhone instructions" },
	{ "web", "WhatsApp Web/Desktop instructions" },
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

/* Say whether name is that of a translatable setting. */
static bool
pot_is_text_key(const char *name)
{
	for (size_t i = 0; content_text_keys[i] != NULL; i++)
		if (strcmp(content_text_keys[i], name) == 0)
			return true;
	return false;
}

/* Describe the setting name for the translator. */
static const char *
pot_what(const char *name)
{
	for (size_t i = 0; i < sizeof pot_whats / sizeof pot_whats[0]; i++)
		if (strcmp(pot_whats[i].key, name) == 0)
			return pot_whats[i].what;
	return name;
}

/* Record s, the value of a text setting met at pl. */
static void
pot_add(struct pot *p, const config_setting_t *s, const struct place *pl)
{
	struct entry *e = pot_entry(p, config_setting_get_string(s));
	const char *what = pot_what(config_setting_name(s));

	pot_list_add_once(&e->refs, xasprintf("%s:%u", pl->file,
	    (unsigned)config_setting_source_line(s)));
	if (pl->step != NULL)
		pot_list_add_once(&e->notes, xasprintf("module %s, step %s, %s",
		    pl->m->id, pl->step, what));
	else
		pot_list_add_once(&e->notes, xasprintf("module %s, %s",
		    pl->m->id, what));
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

		if (pot_is_text_key(config_setting_name(s)))
			pot_add(p, s, pl);
		else if (pl->step == NULL &&
		    strcmp(config_setting_name(s), "steps") == 0)
			pot_add_steps(p, s, *pl);
	}
}

/* Record the text settings of each step in list.  content_load checked
 * that it is a list of step groups, in the order of pl.m->steps. */
static void
pot_add_steps(struct pot *p, const config_setting_t *list, struct place pl)
{
	for (size_t i = 0; i < pl.m->n_steps; i++) {
		pl.step = pl.m->steps[i].id;
		pot_add_group(p, config_setting_get_elem(list, (unsigned)i),
		    &pl);
	}
}

/* Record the strings of module m, whose file is referenced as file. */
static bool
pot_add_module(struct pot *p, const struct module *m, const char *file)
{
	struct place pl = { file, m, NULL };
	config_t cfg;
	bool ok;

	config_init(&cfg);
	ok = config_read_file(&cfg, m->file);
	if (ok)
		pot_add_group(p, config_root_setting(&cfg), &pl);
	else
		fprintf(stderr, "%s:%d: %s\n", m->file, config_error_line(&cfg),
		    config_error_text(&cfg));
	config_destroy(&cfg);
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

/* Record the strings of every module of c, loaded from dir. */
static bool
pot_add_content(struct pot *p, const struct content *c, const char *dir)
{
	char *top = pot_top(dir);
	bool ok = true;

	for (size_t i = 0; ok && i < c->n_modules; i++) {
		const char *name = strrchr(c->modules[i].file, '/') + 1;
		char *file = xasprintf("%s/modules/%s", top, name);

		ok = pot_add_module(p, &c->modules[i], file);
		free(file);
	}
	free(top);
	return ok;
}

int
main(int argc, char **argv)
{
	struct content *c;
	struct pot p = { NULL, 0, 0 };
	struct diag d;
	bool ok;

	if (argc != 2) {
		fputs("usage: content-pot DIR > content.pot\n", stderr);
		return 2;
	}
	diag_init(&d);
	if (content_load(argv[1], &c, &d) != 0) {
		diag_print(&d, stderr);
		diag_done(&d);
		return 1;
	}
	diag_done(&d);
	ok = pot_add_content(&p, c, argv[1]);
	if (ok)
		pot_print(&p, stdout);
	pot_free(&p);
	content_free(c);
	if (ok && (fflush(stdout) != 0 || ferror(stdout))) {
		perror("content-pot: stdout");
		ok = false;
	}
	return ok ? 0 : 1;
}
