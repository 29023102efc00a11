/*
 * site: load and validate the agency's settings (see site.h and
 * jagaakun-site(5)).
 *
 * The file is written by the agency's IT office and installed by root,
 * so libconfig may read it (unlike report files).  Every problem is
 * reported with its line, all at once, so one run of `jagaakun report`
 * or `check-content` shows everything there is to fix.  Validation
 * failures are counted by the growth of the diag list.
 */
#include "config.h"
#include "site.h"

#include <errno.h>
#include <libconfig.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "content.h"
#include "i18n.h"
#include "isotime.h"
#include "text.h"
#include "xalloc.h"

#define SITE_MAX_TEXT 200	/* bytes in a name or a unit */
#define SITE_MAX_PHONE 40	/* bytes in a phone number as written */
#define SITE_MAX_EMAIL 254	/* RFC 5321 path limit */
#define SITE_MAX_PATH 4096
#define SITE_MIN_DIGITS 7
#define SITE_MAX_DIGITS 20

/* What a loader needs to say where a problem is. */
struct site_loader {
	const char *file;
	struct diag *d;
};

static const char *const site_keys[] = {
	"format", "agency", "verify_phone", "report_phone", "report_email",
	"required", "report_dir", "deadline", "contacts", NULL
};

static const char *const site_contact_keys[] = {
	"unit", "name", "phone", "email", NULL
};

/* The placeholders site_expand knows, the field each stands for, and the
 * phrase used when the agency left the field unset. */
static const struct {
	const char *name;
	size_t offset;
	const char *generic;
} site_fields[] = {
	/* TRANSLATORS: the four phrases below stand inside a checklist
	 * sentence in place of a value the agency has not set. */
	{ "agency", offsetof(struct site, agency), N_("your agency") },
	{ "verify_phone", offsetof(struct site, verify_phone),
	    N_("your agency's official number") },
	{ "report_phone", offsetof(struct site, report_phone),
	    N_("your agency's official number for reporting a taken-over account") },
	{ "report_email", offsetof(struct site, report_email),
	    N_("your agency's official e-mail address") },
};

#define SITE_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Give the line of setting s, or of the nearest parent that has one,
 * should libconfig not know it.  (libconfig 1.5 notes a scalar's line
 * after reading the token that follows it, so a list element alone on
 * its line is reported on the next one.) */
static int
site_line(const config_setting_t *s)
{
	for (; s != NULL; s = config_setting_parent(s))
		if (config_setting_source_line(s) > 0)
			return (int)config_setting_source_line(s);
	return 0;
}

/* Say whether name is one of the NULL-ended keys. */
static bool
site_is_key(const char *name, const char *const *keys)
{
	for (; *keys != NULL; keys++)
		if (strcmp(name, *keys) == 0)
			return true;
	return false;
}

/* Report every member of group whose name keys does not list. */
static void
site_check_keys(struct site_loader *ld, const config_setting_t *group,
    const char *const *keys)
{
	int n = config_setting_length(group);

	for (int i = 0; i < n; i++) {
		config_setting_t *m = config_setting_get_elem(group, (unsigned)i);
		const char *name = config_setting_name(m);

		if (name != NULL && !site_is_key(name, keys))
			diag_add(ld->d, ld->file, site_line(m),
			    _("unknown setting \"%s\""), name);
	}
}

/* Check the text of string setting s: UTF-8, no controls, not blank, at
 * most max bytes. */
static bool
site_check_text(struct site_loader *ld, const config_setting_t *s,
    const char *v, size_t max)
{
	const char *name = config_setting_name(s);

	if (name == NULL)
		name = config_setting_name(config_setting_parent(s));
	if (!text_is_utf8(v))
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"%s\" is not valid UTF-8"), name);
	else if (text_has_control(v, NULL))
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"%s\" holds a control character"), name);
	else if (text_is_blank(v))
		diag_add(ld->d, ld->file, site_line(s), _("\"%s\" is empty"), name);
	else if (strlen(v) > max)
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"%s\" is longer than %d bytes"), name, (int)max);
	else
		return true;
	return false;
}

/* Read the string member name of group; NULL when it is absent (an error
 * when required) or not valid text. */
static const config_setting_t *
site_text(struct site_loader *ld, const config_setting_t *group,
    const char *name, bool required, size_t max, char **out)
{
	config_setting_t *s = config_setting_get_member(group, name);
	const char *v;

	if (s == NULL) {
		if (required)
			diag_add(ld->d, ld->file, site_line(group),
			    _("missing setting \"%s\""), name);
		return NULL;
	}
	if (config_setting_type(s) != CONFIG_TYPE_STRING) {
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"%s\" must be a string"), name);
		return NULL;
	}
	v = config_setting_get_string(s);
	if (!site_check_text(ld, s, v, max))
		return NULL;
	*out = xstrdup(v);
	return s;
}

/* Check a phone number: digits, spaces, '-', parentheses, '+' only in
 * front, and 7 to 20 digits. */
static bool
site_phone_ok(const char *v)
{
	size_t digits = 0;

	for (const char *p = v; *p != '\0'; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p == '+' && p == v)
			continue;
		else if (strchr(" -()", *p) == NULL)
			return false;
	}
	return digits >= SITE_MIN_DIGITS && digits <= SITE_MAX_DIGITS;
}

/* Check an e-mail address loosely: one '@' between a local part and a
 * domain with a dot inside, no spaces. */
static bool
site_email_ok(const char *v)
{
	const char *at = strchr(v, '@');
	const char *dot;

	if (at == NULL || at == v || strchr(at + 1, '@') != NULL ||
	    strchr(v, ' ') != NULL)
		return false;
	dot = strrchr(at + 1, '.');
	return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* Read an optional (or required) phone member into *out. */
static void
site_phone(struct site_loader *ld, const config_setting_t *group,
    const char *name, bool required, char **out)
{
	const config_setting_t *s;

	s = site_text(ld, group, name, required, SITE_MAX_PHONE, out);
	if (s != NULL && !site_phone_ok(*out))
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"%s\" is not a phone number: use digits, spaces, "
		    "\"-\", parentheses and a leading \"+\", with 7 to 20 "
		    "digits"), name);
}

/* Read an optional e-mail member into *out. */
static void
site_email(struct site_loader *ld, const config_setting_t *group,
    const char *name, char **out)
{
	const config_setting_t *s;

	s = site_text(ld, group, name, false, SITE_MAX_EMAIL, out);
	if (s != NULL && !site_email_ok(*out))
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"%s\" is not an e-mail address"), name);
}

/* Check the format version; false when the rest cannot be read. */
static bool
site_format(struct site_loader *ld, const config_setting_t *root)
{
	config_setting_t *s = config_setting_get_member(root, "format");

	if (s == NULL) {
		diag_add(ld->d, ld->file, 0,
		    _("missing setting \"format\" (write format = %d;)"), SITE_FORMAT);
		return false;
	}
	if (config_setting_type(s) != CONFIG_TYPE_INT ||
	    config_setting_get_int(s) != SITE_FORMAT) {
		diag_add(ld->d, ld->file, site_line(s),
		    _("unknown format: this program reads format = %d;"), SITE_FORMAT);
		return false;
	}
	return true;
}

/* Read the list of required module ids. */
static void
site_required(struct site_loader *ld, const config_setting_t *root,
    struct site *st)
{
	config_setting_t *s = config_setting_get_member(root, "required");
	unsigned n;

	if (s == NULL)
		return;
	if (!config_setting_is_aggregate(s) || config_setting_is_group(s)) {
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"required\" must be a list of module ids, such as "
		    "[ \"two-step\", \"codes\" ]"));
		return;
	}
	n = (unsigned)config_setting_length(s);
	st->required = xcalloc(n + 1, sizeof *st->required);
	st->required_lines = xcalloc(n + 1, sizeof *st->required_lines);
	for (unsigned i = 0; i < n; i++) {
		config_setting_t *e = config_setting_get_elem(s, i);
		const char *v = config_setting_get_string(e);

		if (v == NULL) {
			diag_add(ld->d, ld->file, site_line(e),
			    _("\"required\" must hold module ids in double quotes"));
			continue;
		}
		if (!site_check_text(ld, e, v, SITE_MAX_TEXT))
			continue;
		if (st->n_required > 0 && site_requires(st, v)) {
			diag_add(ld->d, ld->file, site_line(e),
			    _("module \"%s\" is listed twice in \"required\""), v);
			continue;
		}
		st->required_lines[st->n_required] = site_line(e);
		st->required[st->n_required++] = xstrdup(v);
	}
}

/* Read the folder where reports go: an absolute path. */
static void
site_report_dir(struct site_loader *ld, const config_setting_t *root,
    struct site *st)
{
	const config_setting_t *s;

	s = site_text(ld, root, "report_dir", false, SITE_MAX_PATH, &st->report_dir);
	if (s != NULL && st->report_dir[0] != '/')
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"report_dir\" must be an absolute folder, starting with "
		    "\"/\""));
}

/* Read the deadline, a calendar date "YYYY-MM-DD" (midnight UTC). */
static void
site_deadline(struct site_loader *ld, const config_setting_t *root,
    struct site *st)
{
	const config_setting_t *s;
	char *v = NULL, iso[ISOTIME_LEN];

	s = site_text(ld, root, "deadline", false, SITE_MAX_TEXT, &v);
	if (s == NULL)
		return;
	/* A date is a time at midnight: let isotime check the calendar. */
	if (strlen(v) == 10)
		snprintf(iso, sizeof iso, "%.10sT00:00:00Z", v);
	else
		iso[0] = '\0';
	if (!isotime_parse(iso, &st->deadline))
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"deadline\" must be a real date written YYYY-MM-DD"));
	free(v);
}

/* Read one contact group into c. */
static void
site_contact(struct site_loader *ld, const config_setting_t *g,
    struct site_contact *c)
{
	site_check_keys(ld, g, site_contact_keys);
	site_text(ld, g, "unit", true, SITE_MAX_TEXT, &c->unit);
	site_text(ld, g, "name", true, SITE_MAX_TEXT, &c->name);
	site_phone(ld, g, "phone", true, &c->phone);
	site_email(ld, g, "email", &c->email);
}

/* Read the directory of official contacts, a list of groups. */
static void
site_contacts(struct site_loader *ld, const config_setting_t *root,
    struct site *st)
{
	config_setting_t *s = config_setting_get_member(root, "contacts");
	unsigned n;

	if (s == NULL)
		return;
	if (!config_setting_is_list(s)) {
		diag_add(ld->d, ld->file, site_line(s),
		    _("\"contacts\" must be a list of groups: ( { unit = \"...\"; "
		    "name = \"...\"; phone = \"...\"; } )"));
		return;
	}
	n = (unsigned)config_setting_length(s);
	st->contacts = xcalloc(n + 1, sizeof *st->contacts);
	for (unsigned i = 0; i < n; i++) {
		config_setting_t *g = config_setting_get_elem(s, i);

		if (!config_setting_is_group(g)) {
			diag_add(ld->d, ld->file, site_line(g),
			    _("each contact must be a group in braces { ... }"));
			continue;
		}
		site_contact(ld, g, &st->contacts[st->n_contacts++]);
	}
}

/* Validate the parsed file into st. */
static void
site_read(struct site_loader *ld, const config_t *cfg, struct site *st)
{
	const config_setting_t *root = config_root_setting(cfg);

	site_check_keys(ld, root, site_keys);
	if (!site_format(ld, root))
		return;
	site_text(ld, root, "agency", false, SITE_MAX_TEXT, &st->agency);
	site_phone(ld, root, "verify_phone", false, &st->verify_phone);
	site_phone(ld, root, "report_phone", false, &st->report_phone);
	site_email(ld, root, "report_email", &st->report_email);
	site_required(ld, root, st);
	site_report_dir(ld, root, st);
	site_deadline(ld, root, st);
	site_contacts(ld, root, st);
}

/* Parse path with libconfig into cfg; false (with a diagnostic) on a
 * syntax error or when it is not a regular file (libconfig's scanner
 * exits the program when it cannot read a folder). */
static bool
site_parse(const char *path, FILE *f, config_t *cfg, struct diag *d)
{
	struct stat st;

	if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
		diag_add(d, path, 0, _("cannot read: %s"), _("not a regular file"));
		return false;
	}
	if (config_read(cfg, f) == CONFIG_TRUE)
		return true;
	diag_add(d, config_error_file(cfg) ? config_error_file(cfg) : path,
	    config_error_line(cfg), "%s", config_error_text(cfg));
	return false;
}

/* Load the site settings at path. */
int
site_load(const char *path, bool explicit, struct site **out, struct diag *d)
{
	struct site_loader ld = { path, d };
	struct site *st = xcalloc(1, sizeof *st);
	size_t n0 = d->n;
	config_t cfg;
	FILE *f;

	*out = NULL;
	f = fopen(path, "r");
	if (f == NULL) {
		if (errno == ENOENT && !explicit) {
			*out = st;
			return 0;
		}
		diag_add(d, path, 0, _("cannot read: %s"),
		    strerror(errno));
		free(st);
		return -1;
	}
	st->path = xstrdup(path);
	config_init(&cfg);
	if (site_parse(path, f, &cfg, d))
		site_read(&ld, &cfg, st);
	config_destroy(&cfg);
	fclose(f);
	if (d->n > n0) {
		site_free(st);
		return -1;
	}
	*out = st;
	return 0;
}

/* Free one contact's fields. */
static void
site_contact_done(struct site_contact *c)
{
	free(c->unit);
	free(c->name);
	free(c->phone);
	free(c->email);
}

/* Free the settings and everything they own (NULL is fine). */
void
site_free(struct site *s)
{
	if (s == NULL)
		return;
	free(s->path);
	free(s->agency);
	free(s->verify_phone);
	free(s->report_phone);
	free(s->report_email);
	for (size_t i = 0; i < s->n_required; i++)
		free(s->required[i]);
	free(s->required);
	free(s->required_lines);
	free(s->report_dir);
	for (size_t i = 0; i < s->n_contacts; i++)
		site_contact_done(&s->contacts[i]);
	free(s->contacts);
	free(s);
}

/* Check the required module ids against the content. */
int
site_check_modules(const struct site *s, const struct content *c,
    struct diag *d)
{
	int rc = 0;

	if (s == NULL)
		return 0;
	for (size_t i = 0; i < s->n_required; i++) {
		if (content_module(c, s->required[i]) != NULL)
			continue;
		diag_add(d, s->path, s->required_lines[i],
		    _("\"required\" names module \"%s\", which the checklist "
		    "content does not have"), s->required[i]);
		rc = -1;
	}
	return rc;
}

/* Say whether a module counts for compliance: every module does when the
 * site lists none. */
bool
site_requires(const struct site *s, const char *module_id)
{
	if (s == NULL || s->n_required == 0)
		return true;
	for (size_t i = 0; i < s->n_required; i++)
		if (strcmp(s->required[i], module_id) == 0)
			return true;
	return false;
}

/* A growing output string. */
struct site_buf {
	char *p;
	size_t n, cap;
};

/* Append len bytes of s to b, keeping it NUL-terminated. */
static void
site_buf_add(struct site_buf *b, const char *s, size_t len)
{
	b->p = xgrow(b->p, &b->cap, b->n + len + 1, 1);
	memcpy(b->p + b->n, s, len);
	b->n += len;
	b->p[b->n] = '\0';
}

/* The value for the placeholder of len bytes at name, or NULL when name
 * is not a placeholder. */
static const char *
site_field(const struct site *s, const char *name, size_t len)
{
	for (size_t i = 0; i < SITE_NELEM(site_fields); i++) {
		const char *v;

		if (strlen(site_fields[i].name) != len ||
		    memcmp(site_fields[i].name, name, len) != 0)
			continue;
		v = s ? *(char *const *)((const char *)s + site_fields[i].offset) : NULL;
		return v ? v : _(site_fields[i].generic);
	}
	return NULL;
}

/* Replace the placeholders in text. */
char *
site_expand(const struct site *s, const char *text)
{
	struct site_buf b = { NULL, 0, 0 };
	const char *p = text;

	site_buf_add(&b, "", 0);
	while (*p != '\0') {
		const char *open = strchr(p, '{'), *close, *v = NULL;

		if (open == NULL) {
			site_buf_add(&b, p, strlen(p));
			break;
		}
		close = strchr(open + 1, '}');
		if (close != NULL)
			v = site_field(s, open + 1, (size_t)(close - open - 1));
		site_buf_add(&b, p, (size_t)(open - p));
		if (v != NULL) {
			site_buf_add(&b, v, strlen(v));
			p = close + 1;
		} else {
			site_buf_add(&b, "{", 1);
			p = open + 1;
		}
	}
	return b.p;
}

/* Fold an ASCII letter to lower case; other bytes stay (locale-free). */
static unsigned char
site_fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Say whether needle occurs in hay, ignoring the case of ASCII letters. */
static bool
site_contains(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++) {
		size_t i = 0;

		while (i < n && site_fold((unsigned char)hay[i]) ==
		    site_fold((unsigned char)needle[i]))
			i++;
		if (i == n)
			return true;
	}
	return n == 0;
}

/* Find the contacts whose unit or name contains query. */
size_t
site_find_contacts(const struct site *s, const char *query, size_t *idx,
    size_t max)
{
	size_t found = 0;

	if (s == NULL)
		return 0;
	for (size_t i = 0; i < s->n_contacts && found < max; i++) {
		const struct site_contact *c = &s->contacts[i];

		if (site_contains(c->unit, query) || site_contains(c->name, query))
			idx[found++] = i;
	}
	return found;
}
