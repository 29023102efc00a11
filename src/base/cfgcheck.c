/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * cfgcheck: the checks shared by the libconfig loaders (see cfgcheck.h).
 *
 * The messages here are the ones authors of content and site files
 * already see and tests assert; change them only with those tests.
 */
#include "config.h"
#include "base/cfgcheck.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/cfgread.h"
#include "base/i18n.h"
#include "base/text.h"
#include "base/xalloc.h"

#define CFGCHECK_ID_CHARS "abcdefghijklmnopqrstuvwxyz0123456789-"
#define CFGCHECK_VERSION_CHARS "ABCDEFGHIJKLMNOPQRSTUVWXYZ" \
	"abcdefghijklmnopqrstuvwxyz0123456789.+-"

/* Give the line of s, or of the nearest enclosing setting that has one. */
int
cfgcheck_line(const config_setting_t *s)
{
	for (; s != NULL; s = config_setting_parent(s))
		if (config_setting_source_line(s) > 0)
			return (int)config_setting_source_line(s);
	return 0;
}

/* Give the name of s, or of the list it is an element of. */
const char *
cfgcheck_name(const config_setting_t *s)
{
	const char *name = config_setting_name(s);

	if (name == NULL && config_setting_parent(s) != NULL)
		name = config_setting_name(config_setting_parent(s));
	return name != NULL ? name : "";
}

/* Report a problem with s on its line. */
bool
cfgcheck_error(struct cfgcheck *ck, const config_setting_t *s,
    const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = xstrdup(fmt);
	va_end(ap);
	diag_add(ck->d, ck->path, cfgcheck_line(s), "%s", msg);
	free(msg);
	return false;
}

/* Find the entry for name in keys. */
static const struct cfgcheck_key *
cfgcheck_key(const struct cfgcheck_key *keys, const char *name)
{
	for (; keys->name != NULL; keys++)
		if (name != NULL && strcmp(keys->name, name) == 0)
			return keys;
	return NULL;
}

/* Report every member of group that keys does not list. */
void
cfgcheck_unknown(struct cfgcheck *ck, const config_setting_t *group,
    const struct cfgcheck_key *keys)
{
	int n = config_setting_length(group);

	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(group,
		    (unsigned)i);

		if (cfgcheck_key(keys, config_setting_name(s)) == NULL)
			cfgcheck_error(ck, s, _("unknown setting \"%s\""),
			    cfgcheck_name(s));
	}
}

/* Check each known member of group into obj, then report the required
 * ones that are missing. */
void
cfgcheck_members(struct cfgcheck *ck, const config_setting_t *group,
    const struct cfgcheck_key *keys, void *obj)
{
	int n = config_setting_length(group);

	for (int i = 0; i < n; i++) {
		const config_setting_t *s = config_setting_get_elem(group,
		    (unsigned)i);
		const struct cfgcheck_key *k = cfgcheck_key(keys,
		    config_setting_name(s));

		if (k != NULL && k->check != NULL)
			k->check(ck, s, (char *)obj + k->offset);
	}
	for (const struct cfgcheck_key *k = keys; k->name != NULL; k++)
		if (k->required && config_setting_get_member(group, k->name) ==
		    NULL)
			cfgcheck_error(ck, group, _("missing setting \"%s\""),
			    k->name);
}

/* Read group into obj as keys allow, reporting every unknown, bad or
 * missing setting. */
void
cfgcheck_group(struct cfgcheck *ck, const config_setting_t *group,
    const struct cfgcheck_key *keys, void *obj)
{
	cfgcheck_unknown(ck, group, keys);
	cfgcheck_members(ck, group, keys, obj);
}

/* Give the string value of s, or report that it is not a string. */
const char *
cfgcheck_string(struct cfgcheck *ck, const config_setting_t *s)
{
	if (config_setting_type(s) != CONFIG_TYPE_STRING) {
		cfgcheck_error(ck, s, _("\"%s\" must be a string"),
		    cfgcheck_name(s));
		return NULL;
	}
	return config_setting_get_string(s);
}

/* Give the value of s when it is text that can be shown, else report the
 * first thing wrong with it. */
const char *
cfgcheck_text(struct cfgcheck *ck, const config_setting_t *s,
    const char *allowed, size_t max)
{
	const char *v = cfgcheck_string(ck, s);
	const char *name = cfgcheck_name(s);

	if (v == NULL)
		return NULL;
	if (!text_is_utf8(v))
		cfgcheck_error(ck, s, _("\"%s\" is not valid UTF-8"), name);
	else if (text_has_control(v, allowed))
		cfgcheck_error(ck, s, _("\"%s\" holds a control character"),
		    name);
	else if (text_is_blank(v))
		cfgcheck_error(ck, s, _("\"%s\" is empty"), name);
	else if (strlen(v) > max)
		cfgcheck_error(ck, s, _("\"%s\" is longer than %d bytes"), name,
		    (int)max);
	else
		return v;
	return NULL;
}

/* Store a copy of v at *out when it is not NULL; say whether it was. */
static bool
cfgcheck_copy(const char *v, char **out)
{
	if (v == NULL)
		return false;
	*out = xstrdup(v);
	return true;
}

/* Check text s and store a copy of it at *out. */
bool
cfgcheck_copy_text(struct cfgcheck *ck, const config_setting_t *s,
    const char *allowed, size_t max, char **out)
{
	return cfgcheck_copy(cfgcheck_text(ck, s, allowed, max), out);
}

/* Report that s is not a word of alphabet a. */
static void
cfgcheck_bad_word(struct cfgcheck *ck, const config_setting_t *s,
    enum cfgcheck_alphabet a, size_t max)
{
	const char *name = cfgcheck_name(s);

	if (a == CFGCHECK_VERSION)
		cfgcheck_error(ck, s, _("\"%s\" must be 1 to %d characters "
		    "from A-Z, a-z, 0-9, \".\", \"+\" and \"-\""), name, (int)max);
	else
		cfgcheck_error(ck, s, _("\"%s\" must be 1 to %d characters "
		    "from a-z, 0-9 and \"-\""), name, (int)max);
}

/* Give the value of s when it is 1 to max characters of alphabet a. */
const char *
cfgcheck_id(struct cfgcheck *ck, const config_setting_t *s,
    enum cfgcheck_alphabet a, size_t max)
{
	const char *chars = a == CFGCHECK_VERSION ? CFGCHECK_VERSION_CHARS :
	    CFGCHECK_ID_CHARS;
	const char *v = cfgcheck_string(ck, s);
	size_t n;

	if (v == NULL)
		return NULL;
	n = strlen(v);
	if (n > 0 && n <= max && strspn(v, chars) == n)
		return v;
	cfgcheck_bad_word(ck, s, a, max);
	return NULL;
}

/* Check word s and store a copy of it at *out. */
bool
cfgcheck_copy_id(struct cfgcheck *ck, const config_setting_t *s,
    enum cfgcheck_alphabet a, size_t max, char **out)
{
	return cfgcheck_copy(cfgcheck_id(ck, s, a, max), out);
}

/* Read a whole number from min to max. */
bool
cfgcheck_int(struct cfgcheck *ck, const config_setting_t *s, long long min,
    long long max, long long *out)
{
	long long v;

	if (config_setting_type(s) != CONFIG_TYPE_INT &&
	    config_setting_type(s) != CONFIG_TYPE_INT64) {
		cfgcheck_error(ck, s, _("\"%s\" must be a whole number"),
		    cfgcheck_name(s));
		return false;
	}
	v = config_setting_get_int64(s);
	if (v < min || v > max) {
		cfgcheck_error(ck, s, _("\"%s\" must be a whole number from "
		    "%lld to %lld"), cfgcheck_name(s), min, max);
		return false;
	}
	*out = v;
	return true;
}

/* Read true or false. */
bool
cfgcheck_bool(struct cfgcheck *ck, const config_setting_t *s, bool *out)
{
	if (config_setting_type(s) != CONFIG_TYPE_BOOL) {
		cfgcheck_error(ck, s, _("\"%s\" must be true or false"),
		    cfgcheck_name(s));
		return false;
	}
	*out = config_setting_get_bool(s) != 0;
	return true;
}

/* Say whether s is a list that can hold elements of type. */
static bool
cfgcheck_is_list(const config_setting_t *s, int type)
{
	if (type == CONFIG_TYPE_GROUP)
		return config_setting_is_list(s);
	return config_setting_is_aggregate(s) && !config_setting_is_group(s);
}

/* Report that s is not a list of elements of type. */
static void
cfgcheck_not_list(struct cfgcheck *ck, const config_setting_t *s, int type)
{
	if (type == CONFIG_TYPE_GROUP)
		cfgcheck_error(ck, s, _("\"%s\" must be a list of groups: "
		    "( { ... }, { ... } )"), cfgcheck_name(s));
	else
		cfgcheck_error(ck, s, _("\"%s\" must be a list of strings: "
		    "[ \"...\", \"...\" ]"), cfgcheck_name(s));
}

/* Report that element i of a list is not of type. */
static void
cfgcheck_bad_elem(struct cfgcheck *ck, const config_setting_t *e, size_t i,
    int type)
{
	if (type == CONFIG_TYPE_GROUP)
		cfgcheck_error(ck, e, _("element %zu of \"%s\" must be a "
		    "group: { ... }"), i + 1, cfgcheck_name(e));
	else
		cfgcheck_error(ck, e, _("element %zu of \"%s\" must be a "
		    "string in double quotes"), i + 1, cfgcheck_name(e));
}

/* Walk list s as spec says. */
bool
cfgcheck_list(struct cfgcheck *ck, const config_setting_t *s,
    const struct cfgcheck_list *spec, void *arg)
{
	size_t n;

	if (!cfgcheck_is_list(s, spec->type)) {
		if (spec->not_list != NULL)
			spec->not_list(ck, s, 0);
		else
			cfgcheck_not_list(ck, s, spec->type);
		return false;
	}
	n = (size_t)config_setting_length(s);
	if (n == 0 && spec->nonempty) {
		cfgcheck_error(ck, s, _("\"%s\" is empty"), cfgcheck_name(s));
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		const config_setting_t *e = config_setting_get_elem(s,
		    (unsigned)i);

		if (config_setting_type(e) == spec->type)
			spec->each(ck, e, i, arg);
		else if (spec->bad_elem != NULL)
			spec->bad_elem(ck, e, i);
		else
			cfgcheck_bad_elem(ck, e, i, spec->type);
	}
	return true;
}

/* Report that ck->path cannot be read, and why. */
static void
cfgcheck_unreadable(struct cfgcheck *ck, const char *why)
{
	diag_add(ck->d, ck->path, 0, _("cannot read: %s"), why);
}

/* Open ck->path and parse it into cfg. */
bool
cfgcheck_parse(struct cfgcheck *ck, config_t *cfg, bool *absent)
{
	struct stat st;
	int fd, err;

	config_init(cfg);
	/* O_NONBLOCK: a FIFO in the file's place must not hang the
	 * program before it is found not to be a regular file. */
	fd = open(ck->path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT && absent != NULL)
			*absent = true;
		else
			cfgcheck_unreadable(ck, strerror(errno));
		return false;
	}
	/* libconfig's scanner exits the program when a read fails, as it
	 * does on a folder, so only regular files reach it. */
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		cfgcheck_unreadable(ck, _("not a regular file"));
		close(fd);
		return false;
	}
	err = cfgread_fd(cfg, fd, ck->path, ck->d);
	close(fd);
	if (err != 0 && err != -EBADMSG)
		cfgcheck_unreadable(ck, strerror(-err));
	return err == 0;
}
