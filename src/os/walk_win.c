/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * walk: Windows (see walk.h).  The same walk as on POSIX: folders on a
 * stack, each listed in full (FindFirstFileExW) and sorted by the bytes
 * of the names' UTF-8, hidden names ('.') left out.  A reparse point
 * inside a folder (a symbolic link, a junction, a mount point) is never
 * followed: it is reported as a link.  Each folder entered is opened
 * first without following a reparse point and kept open without
 * FILE_SHARE_DELETE, so that it cannot be renamed or swapped for a link
 * while the walk is below it (Windows has no descriptor limit to keep
 * under: at most WALK_MAX_DEPTH + 1 handles are open).  Each file is
 * opened the same way and checked to be a plain file before it is
 * handed over as a descriptor.
 */
#include "config.h"
#include "os/walk.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "os/win.h"

struct walk_item {
	char *name;
	DWORD attrs;
};

struct walk_frame {
	char *path;
	struct walk_item *items;
	size_t n, next;
	int err;
	HANDLE h;
};

struct walk {
	const struct walk_visitor *v;
	struct walk_frame *frames;
	size_t depth, cap;
};

static int
walk_item_cmp(const void *a, const void *b)
{
	return strcmp(((const struct walk_item *)a)->name,
	    ((const struct walk_item *)b)->name);
}

static char *
walk_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	return xasprintf("%s%s%s", dir, n > 0 && win_is_sep(dir[n - 1]) ?
	    "" : "/", name);
}

/*
 * List the folder path: every entry but "." and "..", with its
 * attributes, through each (name, attrs) call of add.  Returns 0 or an
 * errno value (ENOENT for a missing folder).
 */
static int
walk_list(const char *path, void (*add)(void *, char *, DWORD), void *ctx)
{
	char *pattern = walk_join(path, "*");
	wchar_t *w = win_wide(pattern);
	WIN32_FIND_DATAW fd;
	HANDLE h;
	DWORD e;

	free(pattern);
	if (w == NULL)
		return EINVAL;
	h = FindFirstFileExW(w, FindExInfoBasic, &fd, FindExSearchNameMatch,
	    NULL, 0);
	free(w);
	if (h == INVALID_HANDLE_VALUE) {
		e = GetLastError();
		return e == ERROR_FILE_NOT_FOUND ? 0 : win_errno(e);
	}
	do {
		char *name;

		if (wcscmp(fd.cFileName, L".") == 0 ||
		    wcscmp(fd.cFileName, L"..") == 0)
			continue;
		/* A name that is not UTF-16 cannot be a report's name. */
		if ((name = win_narrow(fd.cFileName)) != NULL)
			add(ctx, name, fd.dwFileAttributes);
	} while (FindNextFileW(h, &fd));
	e = GetLastError();
	FindClose(h);
	return e == ERROR_NO_MORE_FILES ? 0 : win_errno(e);
}

struct walk_items {
	struct walk_item *items;
	size_t n, cap;
};

static void
walk_add_item(void *ctx, char *name, DWORD attrs)
{
	struct walk_items *l = ctx;

	if (name[0] == '.') {
		free(name);
		return;
	}
	l->items = xgrow(l->items, &l->cap, l->n + 1, sizeof *l->items);
	l->items[l->n].name = name;
	l->items[l->n].attrs = attrs;
	l->n++;
}

/* Open path to look at it; a reparse point itself unless follow. */
static HANDLE
walk_open(const char *path, DWORD access, DWORD share, bool follow)
{
	wchar_t *w = win_wide(path);
	HANDLE h;

	if (w == NULL) {
		SetLastError(ERROR_INVALID_NAME);
		return INVALID_HANDLE_VALUE;
	}
	h = CreateFileW(w, access, share, NULL, OPEN_EXISTING,
	    FILE_FLAG_BACKUP_SEMANTICS |
	    (follow ? 0 : FILE_FLAG_OPEN_REPARSE_POINT), NULL);
	free(w);
	return h;
}

/* Push the folder open as h (taken over), known as path (taken over). */
static void
walk_push(struct walk *w, HANDLE h, char *path)
{
	struct walk_items l = { 0 };
	struct walk_frame *f;
	int err = walk_list(path, walk_add_item, &l);

	if (err != 0 && l.n == 0) {
		w->v->problem(w->v->ctx, path, WALK_UNREADABLE, err);
		CloseHandle(h);
		free(path);
		return;
	}
	if (l.n > 0)
		qsort(l.items, l.n, sizeof *l.items, walk_item_cmp);
	w->frames = xgrow(w->frames, &w->cap, w->depth + 1, sizeof *w->frames);
	f = &w->frames[w->depth++];
	*f = (struct walk_frame){ .path = path, .items = l.items, .n = l.n,
	    .err = err, .h = h };
}

static void
walk_pop(struct walk *w)
{
	struct walk_frame *f = &w->frames[--w->depth];

	if (f->err != 0)
		w->v->problem(w->v->ctx, f->path, WALK_UNREADABLE, f->err);
	for (size_t i = 0; i < f->n; i++)
		free(f->items[i].name);
	free(f->items);
	free(f->path);
	CloseHandle(f->h);
}

/* The attributes of the object open as h, or INVALID_FILE_ATTRIBUTES. */
static DWORD
walk_attrs(HANDLE h)
{
	BY_HANDLE_FILE_INFORMATION info;

	return GetFileInformationByHandle(h, &info) ? info.dwFileAttributes :
	    INVALID_FILE_ATTRIBUTES;
}

/* Hand the file open as h (taken over) to the visitor as a descriptor. */
static void
walk_hand_over(const struct walk_visitor *v, HANDLE h, char *path)
{
	int fd = _open_osfhandle((intptr_t)h, _O_RDONLY | _O_BINARY);

	if (fd < 0) {
		CloseHandle(h);
		v->problem(v->ctx, path, WALK_UNREADABLE, EMFILE);
		free(path);
		return;
	}
	v->file(v->ctx, fd, path);
}

static void
walk_entry(struct walk *w)
{
	size_t top = w->depth - 1;
	struct walk_frame *f = &w->frames[top];
	const struct walk_item *it = &f->items[f->next++];
	const struct walk_visitor *v = w->v;
	char *path = walk_join(f->path, it->name);
	DWORD a = it->attrs;
	HANDLE h;

	if (a & FILE_ATTRIBUTE_REPARSE_POINT)
		v->problem(v->ctx, path, WALK_SYMLINK, 0);
	else if ((a & FILE_ATTRIBUTE_DIRECTORY) && top >= WALK_MAX_DEPTH)
		v->problem(v->ctx, path, WALK_TOO_DEEP, 0);
	else if (a & FILE_ATTRIBUTE_DIRECTORY) {
		h = walk_open(path, FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES,
		    FILE_SHARE_READ | FILE_SHARE_WRITE, false);
		if (h == INVALID_HANDLE_VALUE)
			v->problem(v->ctx, path, WALK_UNREADABLE,
			    win_errno(GetLastError()));
		else if ((a = walk_attrs(h)) == INVALID_FILE_ATTRIBUTES ||
		    (a & FILE_ATTRIBUTE_REPARSE_POINT) ||
		    !(a & FILE_ATTRIBUTE_DIRECTORY)) {
			/* Swapped since it was listed. */
			CloseHandle(h);
			v->problem(v->ctx, path, WALK_SYMLINK, 0);
		} else {
			walk_push(w, h, path);
			return;
		}
	} else if (!v->wanted(it->name))
		;
	else if (a & FILE_ATTRIBUTE_DEVICE)
		v->problem(v->ctx, path, WALK_NOT_FILE, 0);
	else if ((h = walk_open(path, GENERIC_READ, FILE_SHARE_READ |
	    FILE_SHARE_WRITE | FILE_SHARE_DELETE, false)) ==
	    INVALID_HANDLE_VALUE)
		v->problem(v->ctx, path, WALK_UNREADABLE,
		    win_errno(GetLastError()));
	else if ((a = walk_attrs(h)) & FILE_ATTRIBUTE_REPARSE_POINT) {
		CloseHandle(h);
		v->problem(v->ctx, path, WALK_SYMLINK, 0);
	} else if (a == INVALID_FILE_ATTRIBUTES ||
	    (a & FILE_ATTRIBUTE_DIRECTORY) || GetFileType(h) != FILE_TYPE_DISK) {
		CloseHandle(h);
		v->problem(v->ctx, path, WALK_NOT_FILE, 0);
	} else {
		walk_hand_over(v, h, path);
		return;
	}
	free(path);
}

void
walk_path(const char *path, const struct walk_visitor *v)
{
	/* The path given is used as given: a link to it is followed. */
	HANDLE h = walk_open(path, GENERIC_READ, FILE_SHARE_READ |
	    FILE_SHARE_WRITE, true);
	struct walk w = { .v = v };
	DWORD a;

	if (h == INVALID_HANDLE_VALUE) {
		/* A folder cannot be opened for GENERIC_READ everywhere. */
		h = walk_open(path, FILE_LIST_DIRECTORY | FILE_READ_ATTRIBUTES,
		    FILE_SHARE_READ | FILE_SHARE_WRITE, true);
		if (h == INVALID_HANDLE_VALUE) {
			v->problem(v->ctx, path, WALK_UNREADABLE,
			    win_errno(GetLastError()));
			return;
		}
	}
	a = walk_attrs(h);
	if (a == INVALID_FILE_ATTRIBUTES || !(a & FILE_ATTRIBUTE_DIRECTORY)) {
		walk_hand_over(v, h, xstrdup(path));
		return;
	}
	walk_push(&w, h, xstrdup(path));
	while (w.depth > 0) {
		struct walk_frame *f = &w.frames[w.depth - 1];

		if (f->next == f->n)
			walk_pop(&w);
		else
			walk_entry(&w);
	}
	free(w.frames);
}

static int
walk_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct walk_names {
	bool (*keep)(const char *);
	char **names;
	size_t n, cap;
};

static void
walk_add_name(void *ctx, char *name, DWORD attrs)
{
	struct walk_names *l = ctx;

	(void)attrs;
	if (!l->keep(name)) {
		free(name);
		return;
	}
	l->names = xgrow(l->names, &l->cap, l->n + 1, sizeof *l->names);
	l->names[l->n++] = name;
}

int
walk_names(const char *dir, bool (*keep)(const char *name), char ***names,
    size_t *n)
{
	struct walk_names l = { .keep = keep };
	DWORD a;
	int err;

	*names = NULL;
	*n = 0;
	{
		wchar_t *w = win_wide(dir);

		a = w != NULL ? GetFileAttributesW(w) : INVALID_FILE_ATTRIBUTES;
		free(w);
	}
	if (a == INVALID_FILE_ATTRIBUTES)
		return -ENOENT;
	if (!(a & FILE_ATTRIBUTE_DIRECTORY))
		return -ENOTDIR;
	if ((err = walk_list(dir, walk_add_name, &l)) != 0) {
		for (size_t i = 0; i < l.n; i++)
			free(l.names[i]);
		free(l.names);
		return -err;
	}
	if (l.n > 0)
		qsort(l.names, l.n, sizeof *l.names, walk_name_cmp);
	*names = l.names;
	*n = l.n;
	return 0;
}
