/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * content: load and validate the checklist modules (see content.h).
 *
 * Every level of a file (content.cfg, a module, one step) is read by
 * cfgcheck_group from a table of the settings allowed at that level: the
 * setting's name, whether it is required, and the function that checks its
 * value and stores a copy of it.  Problems are collected rather than
 * returned at the first one, so an author sees every mistake in one run;
 * the caller gets a struct only when there were none.
 */
#include "config.h"
#include "model/content.h"

#include <dirent.h>
#include <errno.h>
#include <libconfig.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "base/cfgcheck.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "model/content_impl.h"

/* The struct of type t whose member m is at p. */
#define content_outer(p, t, m) ((t *)(void *)((char *)(p) - offsetof(t, m)))

const char *const content_text_keys[] = {
	"title", "summary", "why", "source", "text", "android", "iphone", "web",
	NULL
};

static const char *const platform_names[PLATFORM_COUNT] = {
	"android", "iphone", "web"
};

static const char *const platform_labels[PLATFORM_COUNT] = {
	N_("Android"), N_("iPhone"), N_("WhatsApp Web/Desktop")
};

static cfgcheck_fn content_check_version, content_check_module_id,
    content_check_account, content_check_steps, content_check_na,
    content_check_card;

/* content.cfg.  "format" is only checked, never stored: offset 0. */
static const struct cfgcheck_key index_keys[] = {
	{ "format", true, content_check_format, 0 },
	{ "version", true, content_check_version,
	    offsetof(struct content, version) },
	{ "themes", false, NULL, 0 },	/* the quiz's: scenario_load reads it */
	{ NULL, false, NULL, 0 }
};

/* modules/NAME.cfg.  "checked" is text a screen shows, but not translated:
 * it is the date the menu paths were checked. */
static const struct cfgcheck_key module_keys[] = {
	{ "format", true, content_check_format, 0 },
	{ "id", true, content_check_module_id, offsetof(struct module, id) },
	{ "account", true, content_check_account,
	    offsetof(struct module, account) },
	{ "title", true, content_check_text, offsetof(struct module, title) },
	{ "summary", true, content_check_text,
	    offsetof(struct module, summary) },
	{ "why", true, content_check_text, offsetof(struct module, why) },
	{ "source", true, content_check_text, offsetof(struct module, source) },
	{ "checked", true, content_check_text,
	    offsetof(struct module, checked) },
	{ "steps", true, content_check_steps, offsetof(struct module, steps) },
	{ NULL, false, NULL, 0 }
};

/* One group of a module's steps list.  Whether the step says what to do
 * on every platform is checked afterwards (content_check_how). */
static const struct cfgcheck_key step_keys[] = {
	{ "id", true, content_check_id, offsetof(struct step, id) },
	{ "title", true, content_check_text, offsetof(struct step, title) },
	{ "why", true, content_check_text, offsetof(struct step, why) },
	{ "text", false, content_check_text, offsetof(struct step, text) },
	{ "android", false, content_check_text,
	    offsetof(struct step, how[PLATFORM_ANDROID]) },
	{ "iphone", false, content_check_text,
	    offsetof(struct step, how[PLATFORM_IPHONE]) },
	{ "web", false, content_check_text,
	    offsetof(struct step, how[PLATFORM_WEB]) },
	{ "not_applicable", false, content_check_na,
	    offsetof(struct step, na) },
	{ "card", false, content_check_card, offsetof(struct step, card) },
	{ NULL, false, NULL, 0 }
};

/* Check that the content format is the one this program reads. */
void
content_check_format(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	long long v;

	(void)field;
	if (!cfgcheck_int(ck, s, LLONG_MIN, LLONG_MAX, &v))
		return;
	if (v != CONTENT_FORMAT)
		cfgcheck_error(ck, s, _("unsupported content format %lld (this "
		    "program reads format %d)"), v, CONTENT_FORMAT);
}

/* Check and store a version: letters, digits, ".", "+" and "-". */
static void
content_check_version(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_VERSION, CONTENT_MAX_WORD, field);
}

/* Check and store an id: lower-case letters, digits and "-". */
void
content_check_id(struct cfgcheck *ck, const config_setting_t *s, void *field)
{
	cfgcheck_copy_id(ck, s, CFGCHECK_ID, CONTENT_MAX_WORD, field);
}

/* Check a module's id and keep its line, which a duplicate names. */
static void
content_check_module_id(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	content_check_id(ck, s, field);
	content_outer(field, struct module, id)->line = cfgcheck_line(s);
}

/* Check a module's account id and keep its line, which an unknown
 * account names. */
static void
content_check_account(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	content_check_id(ck, s, field);
	content_outer(field, struct module, account)->account_line =
	    cfgcheck_line(s);
}

/* Check and store a piece of user-visible text. */
void
content_check_text(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	cfgcheck_copy_text(ck, s, "\n", CONTENT_MAX_TEXT, field);
}

/* Check and store whether a step is on the quick card: true or false. */
static void
content_check_card(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	cfgcheck_bool(ck, s, field);
}

/* Check that a step says what to do on Android and on iPhone, either
 * once for both or once for each, or that it is a Web step: one with
 * nothing but "web". */
static void
content_check_how(struct cfgcheck *ck, const config_setting_t *group)
{
	bool text = config_setting_get_member(group, "text") != NULL;
	bool android = config_setting_get_member(group, "android") != NULL;
	bool iphone = config_setting_get_member(group, "iphone") != NULL;
	bool web = config_setting_get_member(group, "web") != NULL;

	if (text || (android && iphone) || (web && !android && !iphone))
		return;
	cfgcheck_error(ck, group, _("a step needs \"text\", both \"android\" "
	    "and \"iphone\", or (for a Web/Desktop step) only \"web\""));
}

/* Check and store reason i of a step's "not_applicable" list, refusing
 * one the list already holds. */
static void
content_read_na(struct cfgcheck *ck, const config_setting_t *e, size_t i,
    void *step)
{
	struct step *st = step;

	if (!cfgcheck_copy_text(ck, e, NULL, CONTENT_MAX_NA_REASON,
	    &st->na[st->n_na]))
		return;
	for (size_t j = 0; j < st->n_na; j++)
		if (strcmp(st->na[j], st->na[st->n_na]) == 0) {
			cfgcheck_error(ck, e, _("reason %zu of \"%s\" is the "
			    "same as reason %zu"), i + 1, cfgcheck_name(e),
			    j + 1);
			free(st->na[st->n_na]);
			st->na[st->n_na] = NULL;
			return;
		}
	st->n_na++;
}

/* Check and store the reasons a step may be not applicable for: a list
 * of 1 to CONTENT_MAX_NA_REASONS different strings ("other" is offered
 * besides them, so the list names only reasons that can be true). */
static void
content_check_na(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	static const struct cfgcheck_list reasons = {
		CONFIG_TYPE_STRING, true, NULL, NULL, content_read_na
	};
	struct step *st = content_outer(field, struct step, na);
	int n = config_setting_length(s);

	if (n > CONTENT_MAX_NA_REASONS) {
		cfgcheck_error(ck, s, _("\"%s\" lists %d reasons; at most %d "
		    "fit on the screen"), cfgcheck_name(s), n,
		    CONTENT_MAX_NA_REASONS);
		return;
	}
	st->na = xcalloc((size_t)n + 1, sizeof *st->na);
	cfgcheck_list(ck, s, &reasons, st);
}

/* Report each step whose id an earlier step of the module already has. */
static void
content_check_step_ids(struct cfgcheck *ck, const config_setting_t *list,
    const struct module *m)
{
	for (size_t i = 0; i < m->n_steps; i++) {
		const char *id = m->steps[i].id;

		for (size_t j = 0; id != NULL && j < i; j++) {
			const config_setting_t *s, *first;

			if (m->steps[j].id == NULL ||
			    strcmp(id, m->steps[j].id) != 0)
				continue;
			s = config_setting_get_elem(list, (unsigned)i);
			first = config_setting_get_elem(list, (unsigned)j);
			cfgcheck_error(ck, config_setting_get_member(s, "id"),
			    _("duplicate step id \"%s\" (first defined at line "
			    "%d)"), id, cfgcheck_line(
			    config_setting_get_member(first, "id")));
			break;
		}
	}
}

/* Report that element i of a module's steps is not a group. */
static void
content_not_step(struct cfgcheck *ck, const config_setting_t *e, size_t i)
{
	cfgcheck_error(ck, e, _("step %zu must be a group: { id = \"...\"; "
	    "... }"), i + 1);
}

/* Read step group g, element i of the steps, into module m. */
static void
content_read_step(struct cfgcheck *ck, const config_setting_t *g, size_t i,
    void *m)
{
	struct step *st = &((struct module *)m)->steps[i];

	st->line = cfgcheck_line(g);
	cfgcheck_group(ck, g, step_keys, st);
	content_check_how(ck, g);
}

/* Check and store a module's steps: a non-empty list of groups. */
static void
content_check_steps(struct cfgcheck *ck, const config_setting_t *s,
    void *field)
{
	static const struct cfgcheck_list steps = {
		CONFIG_TYPE_GROUP, true, NULL, content_not_step,
		content_read_step
	};
	struct module *m = content_outer(field, struct module, steps);

	m->n_steps = (size_t)config_setting_length(s);
	m->steps = xcalloc(m->n_steps + 1, sizeof *m->steps);
	if (cfgcheck_list(ck, s, &steps, m))
		content_check_step_ids(ck, s, m);
}

/* Read the file at path into obj as keys allow. */
void
content_read_file(const char *path, const struct cfgcheck_key *keys,
    void *obj, struct diag *d)
{
	struct cfgcheck ck = { path, d };
	config_t cfg;

	if (cfgcheck_parse(&ck, &cfg, NULL))
		cfgcheck_group(&ck, config_root_setting(&cfg), keys, obj);
	config_destroy(&cfg);
}

/* Order file names with strcmp, for qsort. */
static int
content_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Say whether name is that of a module or account file. */
static bool
content_is_cfg_name(const char *name)
{
	size_t n = strlen(name);

	return n >= 4 && strcmp(name + n - 4, ".cfg") == 0;
}

/* List the .cfg file names in dir, sorted. */
ssize_t
content_list_files(const char *dir, char ***names, struct diag *d)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	size_t n = 0, cap = 0;

	*names = NULL;
	if (dp == NULL) {
		diag_add(d, dir, 0, _("cannot read: %s"), strerror(errno));
		return -1;
	}
	while ((e = readdir(dp)) != NULL) {
		if (!content_is_cfg_name(e->d_name))
			continue;
		*names = xgrow(*names, &cap, n + 1, sizeof **names);
		(*names)[n++] = xstrdup(e->d_name);
	}
	closedir(dp);
	if (n > 0)
		qsort(*names, n, sizeof **names, content_name_cmp);
	return (ssize_t)n;
}

/* Load every module file of dir/modules into c. */
static void
content_read_modules(const char *dir, struct content *c, struct diag *d)
{
	char *mdir = xasprintf("%s/modules", dir);
	char **names;
	ssize_t n = content_list_files(mdir, &names, d);

	if (n == 0)
		diag_add(d, mdir, 0,
		    _("no modules found (a module is a file whose name ends "
		    "in .cfg)"));
	c->n_modules = n > 0 ? (size_t)n : 0;
	c->modules = xcalloc(c->n_modules, sizeof *c->modules);
	for (size_t i = 0; i < c->n_modules; i++) {
		struct module *m = &c->modules[i];

		m->file = xasprintf("%s/%s", mdir, names[i]);
		content_read_file(m->file, module_keys, m, d);
		free(names[i]);
	}
	free(names);
	free(mdir);
}

/* Report each module whose id an earlier module already has. */
static void
content_check_module_ids(const struct content *c, struct diag *d)
{
	for (size_t i = 0; i < c->n_modules; i++) {
		const struct module *m = &c->modules[i];

		for (size_t j = 0; m->id != NULL && j < i; j++) {
			const struct module *first = &c->modules[j];

			if (first->id == NULL || strcmp(m->id, first->id) != 0)
				continue;
			diag_add(d, m->file, m->line,
			    _("duplicate module id \"%s\" (first defined at "
			    "%s:%d)"), m->id, first->file, first->line);
			break;
		}
	}
}

int
content_load(const char *dir, struct content **out, struct diag *d)
{
	struct content *c = xcalloc(1, sizeof *c);
	char *index = xasprintf("%s/content.cfg", dir);
	size_t before = d->n;

	*out = NULL;
	content_read_file(index, index_keys, c, d);
	free(index);
	content_read_accounts(dir, c, d);
	content_read_modules(dir, c, d);
	content_check_module_ids(c, d);
	content_link_accounts(c, d);
	if (d->n > before) {
		content_free(c);
		return -1;
	}
	*out = c;
	return 0;
}

/* Free what one step owns. */
static void
content_free_step(struct step *s)
{
	free(s->id);
	free(s->title);
	free(s->why);
	free(s->text);
	for (int p = 0; p < PLATFORM_COUNT; p++)
		free(s->how[p]);
	for (size_t i = 0; i < s->n_na; i++)
		free(s->na[i]);
	free(s->na);
}

/* Free what one module owns. */
static void
content_free_module(struct module *m)
{
	for (size_t i = 0; i < m->n_steps; i++)
		content_free_step(&m->steps[i]);
	free(m->steps);
	free(m->id);
	free(m->account);
	free(m->title);
	free(m->summary);
	free(m->why);
	free(m->source);
	free(m->checked);
	free(m->file);
}

void
content_free(struct content *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->n_modules; i++)
		content_free_module(&c->modules[i]);
	free(c->modules);
	content_free_accounts(c);
	free(c->version);
	free(c);
}

/* Find a module by id. */
const struct module *
content_module(const struct content *c, const char *id)
{
	for (size_t i = 0; i < c->n_modules; i++)
		if (strcmp(c->modules[i].id, id) == 0)
			return &c->modules[i];
	return NULL;
}

/* Find a step of m by id. */
const struct step *
module_step(const struct module *m, const char *id)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (strcmp(m->steps[i].id, id) == 0)
			return &m->steps[i];
	return NULL;
}

/* Give what to do for s on p, preferring the platform's own text. */
const char *
step_how(const struct step *s, enum platform p)
{
	if ((int)p >= 0 && p < PLATFORM_COUNT && s->how[p] != NULL)
		return s->how[p];
	return s->text;
}

/* A Web step has instructions for Web/Desktop and none for a phone. */
bool
step_web_only(const struct step *s)
{
	return s->how[PLATFORM_WEB] != NULL && s->text == NULL &&
	    s->how[PLATFORM_ANDROID] == NULL && s->how[PLATFORM_IPHONE] == NULL;
}

/* Every step but a Web one is for everybody. */
bool
step_shown(const struct step *s, bool web)
{
	return web || !step_web_only(s);
}

/* Only a step that lists reasons may be not applicable. */
bool
step_na_allowed(const struct step *s)
{
	return s->n_na > 0;
}

/* Find reason among the step's list. */
const char *
step_na_listed(const struct step *s, const char *reason)
{
	for (size_t i = 0; reason != NULL && i < s->n_na; i++)
		if (strcmp(s->na[i], reason) == 0)
			return s->na[i];
	return NULL;
}

/* Count the steps of every module. */
size_t
content_step_count(const struct content *c)
{
	size_t n = 0;

	for (size_t i = 0; i < c->n_modules; i++)
		n += c->modules[i].n_steps;
	return n;
}

/* Name p as files and options spell it. */
const char *
platform_name(enum platform p)
{
	return (int)p >= 0 && p < PLATFORM_COUNT ? platform_names[p] : NULL;
}

/* Turn a platform name back into its value. */
int
platform_parse(const char *s)
{
	for (int p = 0; s != NULL && p < PLATFORM_COUNT; p++)
		if (strcmp(s, platform_names[p]) == 0)
			return p;
	return -1;
}

/* Name p for the user, in the user's language. */
const char *
platform_label(enum platform p)
{
	return (int)p >= 0 && p < PLATFORM_COUNT ? _(platform_labels[p]) :
	    NULL;
}
