/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * deliver: the report and the incident written for the IT office, and
 * what the official is told about it (see deliver.h).
 */
#include "config.h"
#include "exchange/deliver.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "os/fsutil.h"

/* The full path of a file, for the official to find it: a name alone is
 * in the current folder. */
static char *
deliver_full_path(const char *path)
{
	char cwd[PATH_MAX];

	if (fs_is_absolute(path) || getcwd(cwd, sizeof cwd) == NULL)
		return xstrdup(path);
	return strcmp(cwd, "/") == 0 ? xasprintf("/%s", path) :
	    fs_join(cwd, path);
}

void
deliver_report_place(const struct report *r, const struct site *s,
    char **name, char **dir)
{
	char *path = report_default_path(r, s);
	char *full = deliver_full_path(path);

	*dir = fs_dirname(full);
	*name = report_default_name(r);
	free(full);
	free(path);
}

char *
deliver_report(struct official *o, const struct content *c,
    const struct site *s, time_t now, bool *ok)
{
	struct report *r = report_build(o, c, s, now, NULL);
	char *path = report_default_path(r, s);
	char *full = deliver_full_path(path), *dir = fs_dirname(full);
	char *name = report_default_name(r), *t;
	int err = site_output_make(s);

	if (err == 0)
		err = report_save(r, path);
	if (err == 0) {
		o->exported = r->exported;
		t = xasprintf(_("Report written as %s in the folder %s. Your IT "
		    "office collects it from there, or give them this file."),
		    name, dir);
	} else if (err == -ENOENT && s != NULL && s->report_dir != NULL)
		t = xasprintf(_("The report could not be written: the report "
		    "folder %s named in the site settings does not exist. Tell "
		    "your IT office."), s->report_dir);
	else if (err == -EEXIST)
		t = xasprintf(_("The report could not be written: %s is already "
		    "there and is not a file of yours (a link, say), so jagaakun "
		    "does not replace it. Tell your IT office."), full);
	else
		t = xasprintf(_("The report could not be written to %s: %s."),
		    full, strerror(-err));
	*ok = err == 0;
	free(name);
	free(dir);
	free(full);
	free(path);
	report_free(r);
	return t;
}

char *
deliver_incident(const struct profile *p, enum incident_noticed noticed,
    const char *details, enum incident_money money, const struct site *s,
    time_t now, bool *ok)
{
	char *dir = site_output_dir(s), *path = NULL, *t;
	struct incident *inc = incident_new(p, noticed, details, money, now,
	    NULL);
	char *name = incident_name(inc);
	bool shared = s != NULL && s->report_dir != NULL;
	int err = site_output_make(s);

	if (err == 0)
		err = incident_write(inc, dir, &path);
	else
		path = xstrdup(dir);
	if (err == 0 && shared)
		t = xasprintf(_("Written down as %s in the folder %s, where your "
		    "IT office collects it."), name, dir);
	else if (err == 0)
		t = xasprintf(_("Written down as %s in the folder %s. Your agency "
		    "has set no report folder: tell your IT office where the "
		    "file is."), name, dir);
	else
		t = xasprintf(_("It could not be written down in %s: %s. Tell "
		    "your IT office by phone instead."), path, strerror(-err));
	*ok = err == 0;
	free(name);
	free(path);
	free(dir);
	incident_free(inc);
	return t;
}
