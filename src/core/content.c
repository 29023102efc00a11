/*
 * content: load and validate the checklist modules (see content.h).
 *
 * Every level of a file (content.cfg, a module, one step) is read by one
 * routine driven by a table of the settings allowed at that level: the
 * setting's name, whether it is required, and the function that checks its
 * value and stores a copy of it.  Problems are collected rather than
 * returned at the first one, so an author sees every mistake in one run;
 * the caller gets a struct only when there were none.
 */
#include "config.h"
#include "content.h"

#include <dirent.h>
#include <errno.h>
#include <libconfig.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "i18n.h"
#include "text.h"
#include "xalloc.h"

#define CONTENT_MAX_WORD 40	/* bytes in an id or a version */
#define CONTENT_ID_CHARS "abcdefghijklmnopqrstuvwxyz0123456789-"
#define CONTENT_VERSION_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZ" \
	"abcdefghijklmnopqrstuvwxyz0123456789.+-"

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

/* The file being read and where its problems go. */
struct load {
	const char *path;	/* as named in diagnostics */
	struct diag *d;
};

/* Check the value of setting s and store a copy of it at field; report
 * each problem to ld instead. */
typedef void content_check_fn(struct load *ld, const config_setting_t *s,
    void *field);

/* One setting allowed at a level of a content file. */
struct key {
	const char *name;
	bool required;
	content_check_fn *check;
	size_t offset;		/* of its field in the struct the level fills */
};

static content_check_fn content_check_format, content_check_version,
    content_check_id, content_check_module_id, content_check_text,
    content_check_steps;

/* content.cfg.  "format" is only checked, never stored: offset 0. */
static const struct key index_keys[] = {
	{ "format", true, content_check_format, 0 },
	{ "version", true, content_check_version,
	    offsetof(struct content, version) },
	{ NULL, false, NULL, 0 }
};

/* modules/NAME.cfg.  "checked" is text a screen shows, but not translated:
 * it is the date the menu paths were checked. */
static const struct key module_keys[] = {
	{ "format", true, content_check_format, 0 },
	{ "id", true, content_check_module_id, offsetof(struct module, id) },
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
static const struct key step_keys[] = {
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
	{ NULL, false, NULL, 0 }
};

/* Give the line of s, as diagnostics want it. */
static int
content_line(const config_setting_t *s)
{
	return (int)config_setting_source_line(s);
}

/* Give the string value of s, or report that it is not a string. */
static const char *
content_string(struct load *ld, const config_setting_t *s)
{
	if (config_setting_type(s) != CONFIG_TYPE_STRING) {
		diag_add(ld->d, ld->path, content_line(s),
		    _("\"%s\" must be a string"), config_setting_name(s));
		return NULL;
	}
	return config_setting_get_string(s);
}

/* Give the value of s when it is text a screen can show, else report
 * the first thing wrong with it. */
static const char *
content_text(struct load *ld, const config_setting_t *s)
{
	const char *v = content_string(ld, s);
	const char *name = config_setting_name(s);
	int line = content_line(s);

	if (v == NULL)
		return NULL;
	if (!text_is_utf8(v))
		diag_add(ld->d, ld->path, line, _("\"%s\" is not valid UTF-8"),
		    name);
	else if (text_has_control(v, "\n"))
		diag_add(ld->d, ld->path, line,
		    _("\"%s\" holds a control character"), name);
	else if (text_is_blank(v))
		diag_add(ld->d, ld->path, line, _("\"%s\" is empty"), name);
	else if (strlen(v) > CONTENT_MAX_TEXT)
		diag_add(ld->d, ld->path, line,
		    _("\"%s\" is longer than %d bytes"), name, CONTENT_MAX_TEXT);
	else
		return v;
	return NULL;
}

/* Store a copy of v at field. */
static void
content_store(void *field, const char *v)
{
	*(char **)field = xstrdup(v);
}

/* Check that the content format is the one this program reads. */
static void
content_check_format(struct load *ld, const config_setting_t *s, void *field)
{
	long long v;

	(void)field;
	if (config_setting_type(s) != CONFIG_TYPE_INT &&
	    config_setting_type(s) != CONFIG_TYPE_INT64) {
		diag_add(ld->d, ld->path, content_line(s),
		    _("\"%s\" must be a whole number"), config_setting_name(s));
		return;
	}
	v = config_setting_get_int64(s);
	if (v != CONTENT_FORMAT)
		diag_add(ld->d, ld->path, content_line(s),
		    _("unsupported content format %lld (this program reads "
		    "format %d)"), v, CONTENT_FORMAT);
}

/* Say whether v is 1 to CONTENT_MAX_WORD bytes, all of them from chars. */
static bool
content_is_word(const char *v, const char *chars)
{
	size_t n = strlen(v);

	return n > 0 && n <= CONTENT_MAX_WORD && strspn(v, chars) == n;
}

/* Check and store a version: letters, digits, ".", "+" and "-". */
static void
content_check_version(struct load *ld, const config_setting_t *s, void *field)
{
	const char *v = content_string(ld, s);

	if (v == NULL)
		return;
	if (content_is_word(v, CONTENT_VERSION_CHARS))
		content_store(field, v);
	else
		diag_add(ld->d, ld->path, content_line(s),
		    _("\"%s\" must be 1 to %d characters from A-Z, a-z, 0-9, "
		    "\".\", \"+\" and \"-\""), config_setting_name(s),
		    CONTENT_MAX_WORD);
}

/* Check and store an id: lower-case letters, digits and "-". */
static void
content_check_id(struct load *ld, const config_setting_t *s, void *field)
{
	const char *v = content_string(ld, s);

	if (v == NULL)
		return;
	if (content_is_word(v, CONTENT_ID_CHARS))
		content_store(field, v);
	else
		diag_add(ld->d, ld->path, content_line(s),
		    _("\"%s\" must be 1 to %d characters from a-z, 0-9 and "
		    "\"-\""), config_setting_name(s), CONTENT_MAX_WORD);
}

/* Check a module's id and keep its line, which a duplicate names. */
static void
content_check_module_id(struct load *ld, const config_setting_t *s,
    void *field)
{
	content_check_id(ld, s, field);
	content_outer(field, struct module, id)->line = content_line(s);
}

/* Check and store a piece of user-visible text. */
static void
content_check_text(struct load *ld, const config_setting_t *s, void *field)
{
	const char *v = content_text(ld, s);

	if (v != NULL)
		content_store(field, v);
}

/* Find the entry for name in keys. */
static const struct key *
content_key(const struct key *keys, const char *name)
{
	for (; keys->name != NULL; keys++)
		if (strcmp(keys->name, name) == 0)
			return keys;
	return NULL;
}

/* Read the settings of group into obj as keys allow, reporting every
 * unknown, missing or bad one. */
static void
content_read_level(struct load *ld, const config_setting_t *group,
    const struct key *keys, void *obj)
{
	int n = config_setting_length(group);

	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(group, i);
		const struct key *k = content_key(keys, config_setting_name(s));

		if (k == NULL)
			diag_add(ld->d, ld->path, content_line(s),
			    _("unknown setting \"%s\""), config_setting_name(s));
		else
			k->check(ld, s, (char *)obj + k->offset);
	}
	for (const struct key *k = keys; k->name != NULL; k++)
		if (k->required && config_setting_get_member(group, k->name) ==
		    NULL)
			diag_add(ld->d, ld->path, content_line(group),
			    _("missing setting \"%s\""), k->name);
}

/* Check that a step says what to do on Android and on iPhone, either
 * once for every platform or once for each of the two. */
static void
content_check_how(struct load *ld, const config_setting_t *group)
{
	if (config_setting_get_member(group, "text") != NULL)
		return;
	if (config_setting_get_member(group, "android") != NULL &&
	    config_setting_get_member(group, "iphone") != NULL)
		return;
	diag_add(ld->d, ld->path, content_line(group),
	    _("a step needs \"text\" or both \"android\" and \"iphone\""));
}

/* Report each step whose id an earlier step of the module already has. */
static void
content_check_step_ids(struct load *ld, const config_setting_t *list,
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
			diag_add(ld->d, ld->path,
			    content_line(config_setting_get_member(s, "id")),
			    _("duplicate step id \"%s\" (first defined at line "
			    "%d)"), id, content_line(
			    config_setting_get_member(first, "id")));
			break;
		}
	}
}

/* Check and store a module's steps: a non-empty list of groups. */
static void
content_check_steps(struct load *ld, const config_setting_t *s, void *field)
{
	struct module *m = content_outer(field, struct module, steps);

	if (!config_setting_is_list(s)) {
		diag_add(ld->d, ld->path, content_line(s),
		    _("\"%s\" must be a list of groups: ( { ... }, { ... } )"),
		    config_setting_name(s));
		return;
	}
	m->n_steps = (size_t)config_setting_length(s);
	if (m->n_steps == 0) {
		diag_add(ld->d, ld->path, content_line(s), _("\"%s\" is empty"),
		    config_setting_name(s));
		return;
	}
	m->steps = xcalloc(m->n_steps, sizeof *m->steps);
	for (size_t i = 0; i < m->n_steps; i++) {
		const config_setting_t *g = config_setting_get_elem(s,
		    (unsigned)i);

		m->steps[i].line = content_line(g);
		if (!config_setting_is_group(g)) {
			diag_add(ld->d, ld->path, content_line(g),
			    _("step %zu must be a group: { id = \"...\"; ... }"),
			    i + 1);
			continue;
		}
		content_read_level(ld, g, step_keys, &m->steps[i]);
		content_check_how(ld, g);
	}
	content_check_step_ids(ld, s, m);
}

/* Parse ld->path into cfg (which the caller destroys in any case), or
 * report why it cannot be. */
static bool
content_parse(struct load *ld, config_t *cfg)
{
	struct stat st;

	config_init(cfg);
	/* libconfig's scanner exits the program when a read fails, as it
	 * does on a folder, so only regular files reach it. */
	if (stat(ld->path, &st) != 0) {
		diag_add(ld->d, ld->path, 0, _("cannot read: %s"),
		    strerror(errno));
		return false;
	}
	if (!S_ISREG(st.st_mode)) {
		diag_add(ld->d, ld->path, 0, _("cannot read: %s"),
		    _("not a regular file"));
		return false;
	}
	errno = 0;
	if (config_read_file(cfg, ld->path))
		return true;
	if (config_error_type(cfg) == CONFIG_ERR_FILE_IO)
		diag_add(ld->d, ld->path, 0, _("cannot read: %s"),
		    strerror(errno != 0 ? errno : EIO));
	else
		diag_add(ld->d, config_error_file(cfg) != NULL ?
		    config_error_file(cfg) : ld->path, config_error_line(cfg),
		    "%s", config_error_text(cfg));
	return false;
}

/* Read the file at path into obj as keys allow. */
static void
content_read_file(const char *path, const struct key *keys, void *obj,
    struct diag *d)
{
	struct load ld = { path, d };
	config_t cfg;

	if (content_parse(&ld, &cfg))
		content_read_level(&ld, config_root_setting(&cfg), keys, obj);
	config_destroy(&cfg);
}

/* Order file names with strcmp, for qsort. */
static int
content_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Say whether name is that of a module file. */
static bool
content_is_module_name(const char *name)
{
	size_t n = strlen(name);

	return n >= 4 && strcmp(name + n - 4, ".cfg") == 0;
}

/* List the module file names in dir into *names, sorted, and return
 * their count; -1 (after reporting) when dir cannot be read. */
static ssize_t
content_list_modules(const char *dir, char ***names, struct diag *d)
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
		if (!content_is_module_name(e->d_name))
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
	ssize_t n = content_list_modules(mdir, &names, d);

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
	content_read_modules(dir, c, d);
	content_check_module_ids(c, d);
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
}

/* Free what one module owns. */
static void
content_free_module(struct module *m)
{
	for (size_t i = 0; i < m->n_steps; i++)
		content_free_step(&m->steps[i]);
	free(m->steps);
	free(m->id);
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
