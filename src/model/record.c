/*
 * record: the officials at this workstation and where each stands (see
 * record.h).  The file is libconfig, format 1:
 *
 *   format = 1;  content_version = "...";  last_nip = "...";
 *   officials = ( { name = "..."; nip = "..."; kind = "pns"; unit = "...";
 *                   position = "..."; language = "id"; platform = "android";
 *                   resume_module = "..."; resume_step = "...";
 *                   created = "<UTC>"; updated = "<UTC>";
 *                   steps = ( { module = "..."; step = "..."; status = "na";
 *                               time = "<UTC>"; reason = "..."; } );
 *                   quiz = { score = 12; total = 15; time = "<UTC>";
 *                            missed = ( "id", ... ); }; } );
 *
 * Times are ISO 8601 strings, never libconfig integers (1.5 wraps 64-bit
 * values silently).  Reading validates everything, because what is read
 * is later shown on a terminal and exported; writing refuses a record
 * that would not read back, so a save can never produce a file that the
 * next start rejects.
 */
#include "config.h"
#include "model/record.h"

#include <errno.h>
#include <fcntl.h>
#include <libconfig.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/content.h"
#include "os/fsutil.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/text.h"
#include "base/xalloc.h"

#define RECORD_HEADER "# jagaakun record: written by jagaakun; " \
	"do not edit while it is running.\n"
#define RECORD_ASIDE_TRIES 1000

static const char *const record_status_names[] = {
	[STEP_TODO] = "todo",
	[STEP_DONE] = "done",
	[STEP_NA] = "na",
	[STEP_LATER] = "later",
};

/* Where problems found while reading are reported. */
struct record_reader {
	const char *file;
	struct diag *d;
};

/* Parses a setting's text into an enum value, -1 when unknown. */
typedef int (*record_parser)(const char *s);

/* Report a problem at setting s; returns false for the caller to pass on. */
static bool __attribute__((format(printf, 3, 4)))
record_bad(struct record_reader *rd, const config_setting_t *s,
    const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	diag_add(rd->d, rd->file, s ? config_setting_source_line(s) : 0,
	    "%s", msg ? msg : fmt);
	free(msg);
	return false;
}

/*
 * Fetch the string member name of g into *out (pointing into the config).
 * An absent optional member gives NULL.
 */
static bool
record_get_text(struct record_reader *rd, const config_setting_t *g,
    const char *name, bool required, const char **out)
{
	const config_setting_t *s = config_setting_get_member(g, name);

	*out = NULL;
	if (s == NULL)
		return !required ||
		    record_bad(rd, g, _("the setting %s is missing"), name);
	if (config_setting_type(s) != CONFIG_TYPE_STRING)
		return record_bad(rd, s, _("the setting %s must be a string"),
		    name);
	if (!text_is_utf8(config_setting_get_string(s)))
		return record_bad(rd, s,
		    _("the setting %s is not valid UTF-8"), name);
	*out = config_setting_get_string(s);
	return true;
}

/* Copy the string member name of g into *dst (NULL when absent). */
static bool
record_get_copy(struct record_reader *rd, const config_setting_t *g,
    const char *name, bool required, char **dst)
{
	const char *v;

	if (!record_get_text(rd, g, name, required, &v))
		return false;
	*dst = xstrdup_or_null(v);
	return true;
}

/* Read the time member name of g into *t. */
static bool
record_get_time(struct record_reader *rd, const config_setting_t *g,
    const char *name, time_t *t)
{
	const char *v;

	if (!record_get_text(rd, g, name, true, &v))
		return false;
	if (!isotime_parse(v, t))
		return record_bad(rd, config_setting_get_member(g, name),
		    _("the setting %s is not a UTC time such as "
		    "2026-11-24T07:05:00Z: \"%s\""), name, v);
	return true;
}

/* Read the member name of g through parse into *out; when absent and
 * optional, *out is left as it is. */
static bool
record_get_enum(struct record_reader *rd, const config_setting_t *g,
    const char *name, bool required, record_parser parse, int *out)
{
	const char *v;
	int n;

	if (!record_get_text(rd, g, name, required, &v))
		return false;
	if (v == NULL)
		return true;
	if ((n = parse(v)) < 0)
		return record_bad(rd, config_setting_get_member(g, name),
		    _("the setting %s has an unknown value \"%s\""), name, v);
	*out = n;
	return true;
}

/* Parse a language code the way the other parsers do. */
static int
record_language_parse(const char *s)
{
	return i18n_is_language(s) ? 0 : -1;
}

/* Fetch the member name of g, a list of groups, into *out (NULL when
 * absent). */
static bool
record_get_list(struct record_reader *rd, const config_setting_t *g,
    const char *name, config_setting_t **out)
{
	config_setting_t *s = config_setting_get_member(g, name);
	config_setting_t *e;

	*out = NULL;
	if (s == NULL)
		return true;
	if (config_setting_type(s) != CONFIG_TYPE_LIST)
		return record_bad(rd, s,
		    _("the setting %s must be a list of groups ( { ... } )"),
		    name);
	for (int i = 0; (e = config_setting_get_elem(s, i)) != NULL; i++)
		if (config_setting_type(e) != CONFIG_TYPE_GROUP)
			return record_bad(rd, e,
			    _("the setting %s must be a list of groups "
			    "( { ... } )"), name);
	*out = s;
	return true;
}

/* Read the member name of g, a whole number from 0 to max, into *out. */
static bool
record_get_count(struct record_reader *rd, const config_setting_t *g,
    const char *name, int max, unsigned *out)
{
	const config_setting_t *s = config_setting_get_member(g, name);

	if (s == NULL)
		return record_bad(rd, g, _("the setting %s is missing"), name);
	if (config_setting_type(s) != CONFIG_TYPE_INT ||
	    config_setting_get_int(s) < 0 || config_setting_get_int(s) > max)
		return record_bad(rd, s, _("the setting %s must be a whole "
		    "number from 0 to %d"), name, max);
	*out = (unsigned)config_setting_get_int(s);
	return true;
}

/* Copy the member name of g, a list of strings, into *v and *n. */
static bool
record_get_strings(struct record_reader *rd, const config_setting_t *g,
    const char *name, char ***v, size_t *n)
{
	const config_setting_t *s = config_setting_get_member(g, name);
	const char *e;
	int len;

	if (s == NULL)
		return record_bad(rd, g, _("the setting %s is missing"), name);
	if (!config_setting_is_list(s) && !config_setting_is_array(s))
		return record_bad(rd, s, _("the setting %s must be a list of "
		    "strings ( \"...\", \"...\" )"), name);
	len = config_setting_length(s);
	*v = xcalloc((size_t)len + 1, sizeof **v);
	for (int i = 0; i < len; i++) {
		if ((e = config_setting_get_string_elem(s, i)) == NULL)
			return record_bad(rd, s, _("the setting %s must be a "
			    "list of strings ( \"...\", \"...\" )"), name);
		(*v)[(*n)++] = xstrdup(e);
	}
	return true;
}

/* Read the optional quiz result (member "quiz" of g) into o. */
static bool
record_read_quiz(struct record_reader *rd, const config_setting_t *g,
    struct official *o)
{
	const config_setting_t *q = config_setting_get_member(g, "quiz");
	struct quiz_result r = { 0 };
	enum quiz_problem p;
	bool ok;

	if (q == NULL)
		return true;
	if (!config_setting_is_group(q))
		return record_bad(rd, q, _("the setting quiz must be a group "
		    "{ ... }"));
	ok = record_get_count(rd, q, "score", QUIZ_MAX_TOTAL, &r.score) &&
	    record_get_count(rd, q, "total", QUIZ_MAX_TOTAL, &r.total) &&
	    record_get_time(rd, q, "time", &r.time) &&
	    record_get_strings(rd, q, "missed", &r.missed, &r.n_missed);
	if (ok && (p = quiz_result_check(&r)) != QUIZ_OK)
		ok = record_bad(rd, config_setting_get_member(q,
		    quiz_problem_member(p)), "%s", quiz_problem_text(p));
	if (!ok) {
		quiz_result_done(&r);
		return false;
	}
	o->quiz = xmalloc(sizeof *o->quiz);
	*o->quiz = r;
	return true;
}

/* Report problem e of the value v of profile field f in g; true when
 * there is none. */
static bool
record_field_problem(struct record_reader *rd, const config_setting_t *g,
    enum profile_field f, const char *v, enum profile_problem e)
{
	const char *key = profile_describe(f)->key;
	const config_setting_t *s = config_setting_get_member(g, key);

	switch (e) {
	case PROFILE_OK:
		return true;
	case PROFILE_NOT_UTF8:
		return record_bad(rd, s, _("the setting %s is not valid UTF-8"),
		    key);
	case PROFILE_TOO_LONG:
		return record_bad(rd, s,
		    _("the setting %s is longer than %d bytes"), key,
		    (int)profile_describe(f)->max);
	case PROFILE_UNKNOWN_KIND:
		return record_bad(rd, s,
		    _("the setting %s has an unknown value \"%s\""), key, v);
	case PROFILE_BLANK:
		/* The name is the one required text so far; another needs
		 * its own message. */
		return record_bad(rd, s, _("the name is empty"));
	case PROFILE_NOT_NIP:
		break;
	}
	return record_bad(rd, s, _("the NIP \"%s\" is not 18 digits"), v);
}

/* Read the required profile field f of g into p, if a file may hold it. */
static bool
record_read_field(struct record_reader *rd, const config_setting_t *g,
    enum profile_field f, struct profile *p)
{
	const char *v;

	return record_get_text(rd, g, profile_describe(f)->key, true, &v) &&
	    record_field_problem(rd, g, f, v, profile_set(p, f, v));
}

/* Read the profile fields of the official in group g into p.  Every
 * field is read (present, a string, valid UTF-8, within its limit, a known
 * kind) before any value is judged (a blank name, a NIP that is not 18
 * digits), so the first problem reported is the one it always was. */
static bool
record_read_profile(struct record_reader *rd, const config_setting_t *g,
    struct profile *p)
{
	enum profile_field f;

	for (f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (!record_read_field(rd, g, f, p))
			return false;
	for (f = 0; f < PROFILE_FIELD_COUNT; f++) {
		const char *v = profile_get(p, f);

		if (!record_field_problem(rd, g, f, v, profile_check(f, v)))
			return false;
	}
	return true;
}

/* Find the state of module/step in o, or NULL. */
static struct step_state *
record_find_step(const struct official *o, const char *module,
    const char *step)
{
	for (size_t i = 0; i < o->n_steps; i++)
		if (strcmp(o->steps[i].module, module) == 0 &&
		    strcmp(o->steps[i].step, step) == 0)
			return &o->steps[i];
	return NULL;
}

/* Append an empty state for module/step to o. */
static struct step_state *
record_append_step(struct official *o, const char *module, const char *step)
{
	struct step_state *s;

	o->steps = xgrow(o->steps, &o->cap_steps, o->n_steps + 1,
	    sizeof *o->steps);
	s = &o->steps[o->n_steps++];
	s->module = xstrdup(module);
	s->step = xstrdup(step);
	s->status = STEP_TODO;
	s->time = 0;
	s->reason = NULL;
	return s;
}

/* Read one step state (group g) into o. */
static bool
record_read_step(struct record_reader *rd, const config_setting_t *g,
    struct official *o)
{
	const char *module, *step, *reason;
	struct step_state *s;
	int status = STEP_TODO;
	time_t t;

	if (!record_get_text(rd, g, "module", true, &module) ||
	    !record_get_text(rd, g, "step", true, &step) ||
	    !record_get_enum(rd, g, "status", true, step_status_parse,
	    &status) ||
	    !record_get_time(rd, g, "time", &t) ||
	    !record_get_text(rd, g, "reason", false, &reason))
		return false;
	if (record_find_step(o, module, step) != NULL)
		return record_bad(rd, g,
		    _("the step %s of module %s appears more than once"),
		    step, module);
	s = record_append_step(o, module, step);
	s->status = status;
	s->time = t;
	if (status == STEP_NA)
		s->reason = xstrdup_or_null(reason);
	return true;
}

/* Read the official's choices, resume point, times and steps (group g). */
static bool
record_read_state(struct record_reader *rd, const config_setting_t *g,
    struct official *o)
{
	config_setting_t *steps, *e;
	int lang = 0;

	if (!record_get_enum(rd, g, "language", false, record_language_parse,
	    &lang) ||
	    !record_get_copy(rd, g, "language", false, &o->language) ||
	    !record_get_enum(rd, g, "platform", false, platform_parse,
	    &o->platform) ||
	    !record_get_copy(rd, g, "resume_module", false,
	    &o->resume_module) ||
	    !record_get_copy(rd, g, "resume_step", false, &o->resume_step) ||
	    !record_get_time(rd, g, "created", &o->created) ||
	    !record_get_time(rd, g, "updated", &o->updated) ||
	    !record_get_list(rd, g, "steps", &steps))
		return false;
	for (int i = 0; steps && (e = config_setting_get_elem(steps, i)); i++)
		if (!record_read_step(rd, e, o))
			return false;
	return record_read_quiz(rd, g, o);
}

/* Set o to an official with no data yet. */
static void
record_official_init(struct official *o)
{
	memset(o, 0, sizeof *o);
	o->platform = -1;
}

/* Free what o holds. */
static void
record_official_done(struct official *o)
{
	profile_done(&o->profile);
	free(o->language);
	free(o->resume_module);
	free(o->resume_step);
	for (size_t i = 0; i < o->n_steps; i++) {
		free(o->steps[i].module);
		free(o->steps[i].step);
		free(o->steps[i].reason);
	}
	free(o->steps);
	if (o->quiz != NULL)
		quiz_result_done(o->quiz);
	free(o->quiz);
}

/* Append o to r (r takes over what o holds). */
static struct official *
record_append(struct record *r, const struct official *o)
{
	r->officials = xgrow(r->officials, &r->cap_officials,
	    r->n_officials + 1, sizeof *r->officials);
	r->officials[r->n_officials] = *o;
	return &r->officials[r->n_officials++];
}

/* Read one official (group g) into r. */
static bool
record_read_official(struct record_reader *rd, const config_setting_t *g,
    struct record *r)
{
	struct official o;
	bool ok;

	record_official_init(&o);
	ok = record_read_profile(rd, g, &o.profile) &&
	    record_read_state(rd, g, &o);
	if (ok && record_find(r, o.profile.nip) != NULL)
		ok = record_bad(rd, config_setting_get_member(g, "nip"),
		    _("the NIP %s appears more than once"), o.profile.nip);
	if (!ok) {
		record_official_done(&o);
		return false;
	}
	record_append(r, &o);
	return true;
}

/* Check the format number in root before anything else is read, so a
 * newer file is reported as newer rather than as a pile of errors. */
static bool
record_check_format(struct record_reader *rd, const config_setting_t *root)
{
	const config_setting_t *s = config_setting_get_member(root, "format");

	if (s == NULL)
		return record_bad(rd, NULL,
		    _("the setting format is missing; this is not a "
		    "jagaakun record"));
	if (config_setting_type(s) != CONFIG_TYPE_INT)
		return record_bad(rd, s, _("the setting format must be a "
		    "whole number"));
	if (config_setting_get_int(s) != RECORD_FORMAT)
		return record_bad(rd, s,
		    _("record format %d is not supported by this version"),
		    config_setting_get_int(s));
	return true;
}

/* Fill r from the parsed file cfg; returns 0 or -EBADMSG. */
static int
record_parse(struct record *r, const config_t *cfg, struct record_reader *rd)
{
	const config_setting_t *root = config_root_setting(cfg);
	config_setting_t *list, *e;

	if (!record_check_format(rd, root) ||
	    !record_get_copy(rd, root, "content_version", false,
	    &r->content_version) ||
	    !record_get_copy(rd, root, "last_nip", false, &r->last_nip) ||
	    !record_get_list(rd, root, "officials", &list))
		return -EBADMSG;
	for (int i = 0; list && (e = config_setting_get_elem(list, i)); i++)
		if (!record_read_official(rd, e, r))
			return -EBADMSG;
	return 0;
}

/*
 * Open the file at r->path for reading.  Returns a stream, or NULL with
 * *err at 0 when there is no file yet (a first run), or a negative errno.
 * O_NONBLOCK keeps a FIFO in its place from hanging the program.
 */
static FILE *
record_fopen(struct record *r, struct diag *d, int *err)
{
	struct stat st;
	FILE *f;
	int fd;

	*err = 0;
	fd = open(r->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		if (errno != ENOENT) {
			*err = -errno;
			diag_add(d, r->path, 0, _("cannot read the record: %s"),
			    strerror(errno));
		}
		return NULL;
	}
	if (fstat(fd, &st) != 0 || (f = fdopen(fd, "r")) == NULL) {
		*err = -errno;
		diag_add(d, r->path, 0, _("cannot read the record: %s"),
		    strerror(errno));
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		*err = S_ISDIR(st.st_mode) ? -EISDIR : -EINVAL;
		diag_add(d, r->path, 0, _("the record is not a regular file"));
		fclose(f);
		return NULL;
	}
	return f;
}

/* Read the file at r->path, if there is one, into r. */
static int
record_read(struct record *r, struct diag *d)
{
	struct record_reader rd = { r->path, d };
	config_t cfg;
	FILE *f;
	int err;

	if ((f = record_fopen(r, d, &err)) == NULL)
		return err;
	config_init(&cfg);
	if (config_read(&cfg, f) != CONFIG_TRUE) {
		if (config_error_type(&cfg) == CONFIG_ERR_FILE_IO) {
			err = -EIO;
			diag_add(d, r->path, 0, _("cannot read the record: %s"),
			    strerror(EIO));
		} else {
			err = -EBADMSG;
			diag_add(d, r->path, config_error_line(&cfg), "%s",
			    config_error_text(&cfg));
		}
	} else
		err = record_parse(r, &cfg, &rd);
	config_destroy(&cfg);
	fclose(f);
	return err;
}

/* Make an empty record for path, holding the lock lock_fd. */
static struct record *
record_new(const char *path, int lock_fd)
{
	struct record *r = xcalloc(1, sizeof *r);

	r->path = xstrdup(path);
	r->lock_fd = lock_fd;
	return r;
}

/* Open the record at path. */
int
record_open(const char *path, struct record **out, struct diag *d)
{
	struct record *r;
	char *dir = fs_dirname(path);
	int err, fd;

	*out = NULL;
	err = fs_mkdir_p(dir, 0700);
	if (err != 0) {
		diag_add(d, dir, 0, _("cannot create the folder: %s"),
		    strerror(-err));
		free(dir);
		return err;
	}
	free(dir);
	fd = fs_lock(path);
	if (fd == -EWOULDBLOCK) {
		diag_add(d, NULL, 0, _("%s is already open in another "
		    "jagaakun window; close it first"), path);
		return fd;
	}
	if (fd < 0) {
		diag_add(d, path, 0, _("cannot lock the record: %s"),
		    strerror(-fd));
		return fd;
	}
	fs_remove_stale_temps(path);
	r = record_new(path, fd);
	if ((err = record_read(r, d)) != 0) {
		record_close(r);
		return err;
	}
	*out = r;
	return 0;
}

/* Format now as the suffix of a set-aside name: YYYYMMDDTHHMMSSZ. */
static void
record_stamp(time_t now, char buf[ISOTIME_LEN])
{
	struct tm tm;

	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(buf, ISOTIME_LEN, "%Y%m%dT%H%M%SZ", &tm) == 0)
		strcpy(buf, "19700101T000000Z");
}

/*
 * Move path to the first free "<path>.broken-STAMP[-N]".  link() fails
 * when the name is taken, where rename() would silently replace it.
 */
static int
record_move_aside(const char *path, char **aside)
{
	char stamp[ISOTIME_LEN];
	char *name;

	record_stamp(isotime_now(), stamp);
	for (int n = 0; n < RECORD_ASIDE_TRIES; n++) {
		name = n == 0 ? xasprintf("%s.broken-%s", path, stamp) :
		    xasprintf("%s.broken-%s-%d", path, stamp, n);
		if (link(path, name) == 0) {
			if (unlink(path) != 0) {
				int err = -errno;

				unlink(name);
				free(name);
				return err;
			}
			*aside = name;
			return 0;
		}
		free(name);
		if (errno != EEXIST)
			return -errno;
	}
	return -EEXIST;
}

/* Set the unusable record at path aside. */
int
record_set_aside(const char *path, char **aside)
{
	int fd, err;

	*aside = NULL;
	/* record_open released the lock; hold it again while moving. */
	if ((fd = fs_lock(path)) < 0)
		return fd;
	err = record_move_aside(path, aside);
	fs_unlock(fd);
	return err;
}

/* Add a string member to g; NULL values are left out. */
static bool
record_put(config_setting_t *g, const char *name, const char *v)
{
	config_setting_t *s;

	if (v == NULL)
		return true;
	s = config_setting_add(g, name, CONFIG_TYPE_STRING);
	return s != NULL && config_setting_set_string(s, v) == CONFIG_TRUE;
}

/* Add a time member to g. */
static bool
record_put_time(config_setting_t *g, const char *name, time_t t)
{
	char buf[ISOTIME_LEN];

	isotime_format(t, buf);
	return record_put(g, name, buf);
}

/* Add the state s as a group to the list steps. */
static bool
record_build_step(config_setting_t *steps, const struct step_state *s)
{
	config_setting_t *g = config_setting_add(steps, NULL,
	    CONFIG_TYPE_GROUP);

	return g != NULL &&
	    record_put(g, "module", s->module) &&
	    record_put(g, "step", s->step) &&
	    record_put(g, "status", step_status_name(s->status)) &&
	    record_put_time(g, "time", s->time) &&
	    record_put(g, "reason", s->status == STEP_NA ? s->reason : NULL);
}

/* Add the quiz result r, when there is one, as the group quiz of g. */
static bool
record_build_quiz(config_setting_t *g, const struct quiz_result *r)
{
	config_setting_t *q, *s, *missed;

	if (r == NULL)
		return true;
	if ((q = config_setting_add(g, "quiz", CONFIG_TYPE_GROUP)) == NULL ||
	    (s = config_setting_add(q, "score", CONFIG_TYPE_INT)) == NULL ||
	    config_setting_set_int(s, (int)r->score) != CONFIG_TRUE ||
	    (s = config_setting_add(q, "total", CONFIG_TYPE_INT)) == NULL ||
	    config_setting_set_int(s, (int)r->total) != CONFIG_TRUE ||
	    !record_put_time(q, "time", r->time) ||
	    (missed = config_setting_add(q, "missed", CONFIG_TYPE_LIST)) ==
	    NULL)
		return false;
	for (size_t i = 0; i < r->n_missed; i++)
		if (config_setting_set_string_elem(missed, -1, r->missed[i]) ==
		    NULL)
			return false;
	return true;
}

/* Add the fields of p to the group g. */
static bool
record_build_profile(config_setting_t *g, const struct profile *p)
{
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++)
		if (!record_put(g, profile_describe(f)->key, profile_get(p, f)))
			return false;
	return true;
}

/* Add the official o as a group to the list officials. */
static bool
record_build_official(config_setting_t *officials, const struct official *o)
{
	config_setting_t *g, *steps;
	const char *platform = NULL;

	if (o->platform >= 0 && o->platform < PLATFORM_COUNT)
		platform = platform_name(o->platform);
	g = config_setting_add(officials, NULL, CONFIG_TYPE_GROUP);
	if (g == NULL ||
	    !record_build_profile(g, &o->profile) ||
	    !record_put(g, "language", o->language) ||
	    !record_put(g, "platform", platform) ||
	    !record_put(g, "resume_module", o->resume_module) ||
	    !record_put(g, "resume_step", o->resume_step) ||
	    !record_put_time(g, "created", o->created) ||
	    !record_put_time(g, "updated", o->updated) ||
	    (steps = config_setting_add(g, "steps", CONFIG_TYPE_LIST)) == NULL)
		return false;
	for (size_t i = 0; i < o->n_steps; i++)
		if (!record_build_step(steps, &o->steps[i]))
			return false;
	return record_build_quiz(g, o->quiz);
}

/* Build the file's settings for r under root. */
static bool
record_build(const struct record *r, config_setting_t *root)
{
	config_setting_t *s, *officials;

	if ((s = config_setting_add(root, "format", CONFIG_TYPE_INT)) == NULL ||
	    config_setting_set_int(s, RECORD_FORMAT) != CONFIG_TRUE ||
	    !record_put(root, "content_version", r->content_version) ||
	    !record_put(root, "last_nip", r->last_nip) ||
	    (officials = config_setting_add(root, "officials",
	    CONFIG_TYPE_LIST)) == NULL)
		return false;
	for (size_t i = 0; i < r->n_officials; i++)
		if (!record_build_official(officials, &r->officials[i]))
			return false;
	return true;
}

/* Say whether the settings in cfg would read back as a record. */
static bool
record_would_read(const config_t *cfg, const char *path)
{
	struct record *check = record_new(path, -1);
	struct diag d;
	struct record_reader rd = { path, &d };
	int err;

	diag_init(&d);
	err = record_parse(check, cfg, &rd);
	diag_done(&d);
	record_close(check);
	return err == 0;
}

/* fs_writer: write the record in ctx to f. */
static int
record_write(FILE *f, void *ctx)
{
	const struct record *r = ctx;
	config_t cfg;
	int err = 0;

	config_init(&cfg);
	if (!record_build(r, config_root_setting(&cfg)) ||
	    !record_would_read(&cfg, r->path))
		err = -EINVAL;
	else {
		fputs(RECORD_HEADER, f);
		config_write(&cfg, f);
	}
	config_destroy(&cfg);
	return err;
}

/* Save r. */
int
record_save(struct record *r)
{
	return fs_write_atomic(r->path, record_write, r);
}

/* Close r. */
void
record_close(struct record *r)
{
	if (r == NULL)
		return;
	fs_unlock(r->lock_fd);
	for (size_t i = 0; i < r->n_officials; i++)
		record_official_done(&r->officials[i]);
	free(r->officials);
	free(r->content_version);
	free(r->last_nip);
	free(r->path);
	free(r);
}

/* Find the default path of the record. */
char *
record_default_path(void)
{
	char *dir = fs_xdg_dir("state");
	char *path;

	if (dir == NULL)
		return NULL;
	path = xasprintf("%s/record.cfg", dir);
	free(dir);
	return path;
}

/* Find the official with nip. */
struct official *
record_find(struct record *r, const char *nip)
{
	for (size_t i = 0; i < r->n_officials; i++)
		if (strcmp(r->officials[i].profile.nip, nip) == 0)
			return &r->officials[i];
	return NULL;
}

/* Add an official with profile p. */
struct official *
record_add(struct record *r, const struct profile *p, time_t now)
{
	struct official o;

	if (record_find(r, p->nip) != NULL)
		return NULL;
	record_official_init(&o);
	profile_copy(&o.profile, p);
	o.created = o.updated = now;
	return record_append(r, &o);
}

/* Set the status of a step. */
void
official_set_status(struct official *o, const char *module,
    const char *step, enum step_status st, const char *reason, time_t now)
{
	struct step_state *s = record_find_step(o, module, step);
	char *copy;

	if (s == NULL)
		s = record_append_step(o, module, step);
	s->status = st;
	s->time = now;
	/* Copy before freeing: reason may be the stored one. */
	copy = st == STEP_NA ? xstrdup_or_null(reason) : NULL;
	free(s->reason);
	s->reason = copy;
	o->updated = now;
}

/* Find the state of a step. */
const struct step_state *
official_step(const struct official *o, const char *module, const char *step)
{
	return record_find_step(o, module, step);
}

/* Set where to resume. */
void
official_set_resume(struct official *o, const char *module, const char *step)
{
	/* Copy before freeing: the arguments may be the stored strings. */
	char *m = xstrdup_or_null(module), *s = xstrdup_or_null(step);

	free(o->resume_module);
	free(o->resume_step);
	o->resume_module = m;
	o->resume_step = s;
}

/* Keep a copy of a quiz result. */
int
official_set_quiz(struct official *o, const struct quiz_result *r)
{
	struct quiz_result *copy;

	if (r != NULL && quiz_result_check(r) != QUIZ_OK)
		return -EINVAL;
	/* Copy before freeing: r may be the stored result. */
	copy = r ? quiz_result_dup(r) : NULL;
	if (o->quiz != NULL)
		quiz_result_done(o->quiz);
	free(o->quiz);
	o->quiz = copy;
	if (copy != NULL)
		o->updated = copy->time;
	return 0;
}

/* Name a status. */
const char *
step_status_name(enum step_status s)
{
	if ((unsigned)s >= sizeof record_status_names /
	    sizeof *record_status_names)
		return NULL;
	return record_status_names[s];
}

/* Parse a status name. */
int
step_status_parse(const char *s)
{
	for (size_t i = 0; i < sizeof record_status_names /
	    sizeof *record_status_names; i++)
		if (strcmp(s, record_status_names[i]) == 0)
			return (int)i;
	return -1;
}
