/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fsutil, the default places: Windows (see fsutil.h).  The record lives
 * in %LOCALAPPDATA%\jagaakun (the user's, not roaming), the site
 * settings in %PROGRAMDATA%\jagaakun\site.cfg (the machine's, written by
 * the installer or the IT office), reports in Documents\jagaakun.  The
 * program's content and catalogues sit beside jagaakun.exe.
 */
#include "config.h"
#include "os/fsutil.h"

#include <shlobj.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "os/win.h"

/* A known folder's path (SHGetKnownFolderPath), or NULL. */
static char *
fs_known_folder(REFKNOWNFOLDERID id)
{
	PWSTR w = NULL;
	char *s = NULL;

	if (SHGetKnownFolderPath(id, KF_FLAG_DEFAULT, NULL, &w) == S_OK)
		s = win_narrow(w);
	CoTaskMemFree(w);
	return s;
}

/* An environment variable holding an absolute path, else the known
 * folder; NULL when neither is known. */
static char *
fs_folder(const char *env, REFKNOWNFOLDERID id)
{
	const char *v = getenv(env);

	if (v != NULL && fs_is_absolute(v))
		return xstrdup(v);
	return fs_known_folder(id);
}

char *
fs_xdg_dir(const char *kind)
{
	char *base, *dir;

	/* An XDG variable set to a Windows path still wins (tests). */
	if (strcmp(kind, "state") == 0)
		base = fs_folder("XDG_STATE_HOME", &FOLDERID_LocalAppData);
	else if (strcmp(kind, "config") == 0)
		base = fs_folder("XDG_CONFIG_HOME", &FOLDERID_LocalAppData);
	else
		return NULL;
	if (base == NULL)
		return NULL;
	dir = xasprintf("%s\\jagaakun", base);
	free(base);
	return dir;
}

char *
fs_files_dir(void)
{
	char *docs = fs_folder("XDG_DOCUMENTS_DIR", &FOLDERID_Documents), *dir;

	if (docs == NULL)
		return fs_known_folder(&FOLDERID_Profile);
	dir = xasprintf("%s\\jagaakun", docs);
	free(docs);
	return dir;
}

const char *
fs_program_path(const char *dir)
{
	static wchar_t exe[32768];
	wchar_t *sep;
	char *folder;

	if (fs_is_absolute(dir))
		return dir;
	if (GetModuleFileNameW(NULL, exe, sizeof exe / sizeof *exe) == 0 ||
	    (sep = wcsrchr(exe, L'\\')) == NULL)
		return dir;
	*sep = L'\0';
	if ((folder = win_narrow(exe)) == NULL)
		return dir;
	/* Kept to the end of the program, as the compiled-in one would be. */
	{
		char *path = xasprintf("%s\\%s", folder, dir);

		free(folder);
		return path;
	}
}

const char *
fs_site_default(void)
{
	static char *path;

	if (path == NULL) {
		char *data = fs_known_folder(&FOLDERID_ProgramData);

		path = xasprintf("%s\\jagaakun\\site.cfg",
		    data != NULL ? data : "C:\\ProgramData");
		free(data);
	}
	return path;
}

const char *
fs_temp_dir(void)
{
	static char *dir;

	if (dir == NULL) {
		wchar_t w[MAX_PATH + 2];
		DWORD n = GetTempPathW(sizeof w / sizeof *w, w);

		/* GetTempPath ends the folder with a backslash. */
		if (n > 1 && n < sizeof w / sizeof *w && w[n - 1] == L'\\')
			w[n - 1] = L'\0';
		dir = n > 0 ? win_narrow(w) : NULL;
		if (dir == NULL)
			dir = xstrdup(".");
	}
	return dir;
}
