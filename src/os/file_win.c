/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fsutil, the files: Windows (see fsutil.h).  The same rules as on POSIX:
 * the replacement is a temp file in the same folder, created new
 * (CREATE_NEW), written, flushed to the disk (FlushFileBuffers), then
 * moved over the name with MoveFileExW(MOVEFILE_REPLACE_EXISTING |
 * MOVEFILE_WRITE_THROUGH), which either happens whole or not at all; no
 * reparse point (a symbolic link or a junction) in the folder is
 * followed or replaced, nor a folder, nor a device.
 */
#define _CRT_RAND_S
#include "config.h"
#include "os/fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <io.h>
#include <stdlib.h>
#include <string.h>
#include <aclapi.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "os/tempname.h"
#include "os/win.h"

wchar_t *
win_wide(const char *s)
{
	int n = MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1,
	    NULL, 0);
	wchar_t *w;

	if (n <= 0)
		return NULL;
	w = xmalloc((size_t)n * sizeof *w);
	MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, s, -1, w, n);
	return w;
}

char *
win_narrow(const wchar_t *w)
{
	int n = WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, w, -1,
	    NULL, 0, NULL, NULL);
	char *s;

	if (n <= 0)
		return NULL;
	s = xmalloc((size_t)n);
	WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, w, -1, s, n, NULL,
	    NULL);
	return s;
}

int
win_errno(DWORD err)
{
	switch (err) {
	case ERROR_FILE_NOT_FOUND:
	case ERROR_PATH_NOT_FOUND:
	case ERROR_INVALID_DRIVE:
	case ERROR_BAD_NETPATH:
	case ERROR_BAD_NET_NAME:
		return ENOENT;
	case ERROR_ACCESS_DENIED:
	case ERROR_SHARING_VIOLATION:
	case ERROR_NETWORK_ACCESS_DENIED:
		return EACCES;
	case ERROR_FILE_EXISTS:
	case ERROR_ALREADY_EXISTS:
		return EEXIST;
	case ERROR_LOCK_VIOLATION:
		return EWOULDBLOCK;
	case ERROR_DISK_FULL:
	case ERROR_HANDLE_DISK_FULL:
		return ENOSPC;
	case ERROR_WRITE_PROTECT:
		return EROFS;
	case ERROR_DIRECTORY:
		return ENOTDIR;
	case ERROR_INVALID_NAME:
	case ERROR_BAD_PATHNAME:
		return EINVAL;
	case ERROR_NOT_ENOUGH_MEMORY:
	case ERROR_OUTOFMEMORY:
		return ENOMEM;
	case ERROR_NOT_SAME_DEVICE:
		return EXDEV;
	case ERROR_DIR_NOT_EMPTY:
		return ENOTEMPTY;
	default:
		return EIO;
	}
}

HANDLE
win_open_nofollow(const wchar_t *w, DWORD access, DWORD disposition,
    DWORD attrs)
{
	return CreateFileW(w, access, FILE_SHARE_READ | FILE_SHARE_WRITE |
	    FILE_SHARE_DELETE, NULL, disposition, attrs |
	    FILE_FLAG_OPEN_REPARSE_POINT | FILE_FLAG_BACKUP_SEMANTICS, NULL);
}

/* The errno of the last Windows call, negated. */
static int
fs_last_error(void)
{
	return -win_errno(GetLastError());
}

/* The part of path after its last separator. */
static const char *
fs_last_part(const char *path)
{
	const char *p = path + strlen(path);

	while (p > path && !win_is_sep(p[-1]) && p[-1] != ':')
		p--;
	return p;
}

/* name in dir, with '\\' between unless dir ends in a separator. */
char *
fs_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	if (n > 0 && win_is_sep(dir[n - 1]))
		return xasprintf("%s%s", dir, name);
	return xasprintf("%s\\%s", dir, name);
}

char *
fs_dirname(const char *path)
{
	size_t n = strlen(path), root = 0;

	/* The root that stays: "C:", "C:\", "\", "\\server\share\". */
	if (n >= 2 && path[1] == ':')
		root = 2;
	if (n >= 2 && win_is_sep(path[0]) && win_is_sep(path[1])) {
		size_t seps = 0;

		for (root = 2; root < n && seps < 2; root++)
			if (win_is_sep(path[root]))
				seps++;
	} else if (root < n && win_is_sep(path[root]))
		root++;
	while (n > root && win_is_sep(path[n - 1]))
		n--;
	while (n > root && !win_is_sep(path[n - 1]))
		n--;
	while (n > root && win_is_sep(path[n - 1]))
		n--;
	if (n == 0)
		return xstrdup(".");
	{
		char *dir = xmalloc(n + 1);

		memcpy(dir, path, n);
		dir[n] = '\0';
		return dir;
	}
}

/* The attributes of path itself, or INVALID_FILE_ATTRIBUTES. */
static DWORD
fs_attributes(const char *path)
{
	wchar_t *w = win_wide(path);
	DWORD a;

	if (w == NULL) {
		SetLastError(ERROR_INVALID_NAME);
		return INVALID_FILE_ATTRIBUTES;
	}
	a = GetFileAttributesW(w);
	free(w);
	return a;
}

bool
fs_is_link(const char *path)
{
	DWORD a = fs_attributes(path);

	return a != INVALID_FILE_ATTRIBUTES &&
	    (a & FILE_ATTRIBUTE_REPARSE_POINT);
}

/* Say whether the process's token holds the group sid, enabled or not:
 * an administrator's token without elevation holds Administrators for
 * deny only. */
static bool
token_has_group(HANDLE token, PSID sid)
{
	DWORD n = 0;
	TOKEN_GROUPS *g;
	bool found = false;

	GetTokenInformation(token, TokenGroups, NULL, 0, &n);
	if (n == 0)
		return false;
	g = xmalloc(n);
	if (GetTokenInformation(token, TokenGroups, g, n, &n))
		for (DWORD i = 0; i < g->GroupCount && !found; i++)
			found = EqualSid(g->Groups[i].Sid, sid) != 0;
	free(g);
	return found;
}

/* Say whether a folder owned by owner is the user's (the process token's):
 * owned by the user, or by the Administrators group when the user is one
 * of them (what Windows gives a folder made by an elevated process, such
 * as an installer or a "Run as administrator"). */
static bool
owner_is_user(PSID owner)
{
	union {
		TOKEN_USER u;
		char bytes[256];
	} user;
	BYTE admins[SECURITY_MAX_SID_SIZE];
	DWORD n = sizeof admins;
	HANDLE token;
	bool mine;

	if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
		return false;
	mine = GetTokenInformation(token, TokenUser, &user, sizeof user, &n) &&
	    EqualSid(owner, user.u.User.Sid);
	n = sizeof admins;
	if (!mine && CreateWellKnownSid(WinBuiltinAdministratorsSid, NULL,
	    admins, &n) && EqualSid(owner, admins))
		mine = token_has_group(token, admins);
	CloseHandle(token);
	return mine;
}

/*
 * The owner of the folder (GetNamedSecurityInfoW) must be the user, or
 * Administrators for an administrator (owner_is_user).  Who else may
 * write it is in its access list, which the user's own folders
 * (%LOCALAPPDATA%) inherit; jagaakun does not read it, so a folder of the
 * user's never counts as FS_FOLDER_OTHERS_WRITE.  (Wine gives every file
 * of the Unix user the user's SID and one of another Unix user the
 * Anonymous SID, S-1-5-7.)
 */
int
fs_folder_owner(const char *dir, unsigned *mode)
{
	DWORD a = fs_attributes(dir), err;
	PSECURITY_DESCRIPTOR sd = NULL;
	PSID owner = NULL;
	wchar_t *w;
	int who;

	*mode = 0;
	if (a == INVALID_FILE_ATTRIBUTES)
		return fs_last_error();
	if ((w = win_wide(dir)) == NULL)
		return -EINVAL;
	err = GetNamedSecurityInfoW(w, SE_FILE_OBJECT,
	    OWNER_SECURITY_INFORMATION, &owner, NULL, NULL, NULL, &sd);
	free(w);
	if (err != ERROR_SUCCESS)
		return -win_errno(err);
	who = owner != NULL && owner_is_user(owner) ? FS_FOLDER_MINE :
	    FS_FOLDER_OTHER_OWNER;
	LocalFree(sd);
	return who;
}

int
fs_move_new(const char *from, const char *to)
{
	wchar_t *wf = win_wide(from), *wt = win_wide(to);
	int err = 0;

	if (wf == NULL || wt == NULL)
		err = -EINVAL;
	else if (!MoveFileExW(wf, wt, MOVEFILE_WRITE_THROUGH))
		err = fs_last_error();
	free(wf);
	free(wt);
	return err;
}

/* Say whether the name path may be written: missing, or (without FS_NEW)
 * a plain file; a reparse point, a folder or a device is not. */
static int
fs_target_check(const char *path, unsigned flags)
{
	DWORD a = fs_attributes(path);

	if (a == INVALID_FILE_ATTRIBUTES) {
		DWORD e = GetLastError();

		return e == ERROR_FILE_NOT_FOUND ? 0 : -win_errno(e);
	}
	if ((flags & FS_NEW) || (a & (FILE_ATTRIBUTE_REPARSE_POINT |
	    FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_DEVICE)))
		return -EEXIST;
	return 0;
}

/* A new temp name beside path: path.tmp.XXXXXX. */
static char *
fs_temp_name(const char *path)
{
	unsigned char rnd[FS_TEMP_RANDOM];

	for (size_t i = 0; i < FS_TEMP_RANDOM; i++) {
		unsigned int r = 0;

		rand_s(&r);
		rnd[i] = (unsigned char)r;
	}
	return fs_temp_name_of(path, rnd);
}

/* Write through writer to the handle h (taken over), flushing it to the
 * disk when sync says so. */
static int
fs_write_handle(HANDLE h, fs_writer writer, void *ctx, bool sync)
{
	int fd = _open_osfhandle((intptr_t)h, _O_WRONLY | _O_BINARY);
	FILE *f;
	int err;

	if (fd < 0) {
		CloseHandle(h);
		return -EMFILE;
	}
	if ((f = _fdopen(fd, "wb")) == NULL) {
		err = -errno;
		_close(fd);
		return err;
	}
	err = writer(f, ctx);
	if (err == 0 && fflush(f) != 0)
		err = -errno;
	if (err == 0 && ferror(f))
		err = -EIO;
	if (err == 0 && sync && !FlushFileBuffers(h))
		err = fs_last_error();
	if (fclose(f) != 0 && err == 0)
		err = -errno;
	return err;
}

int
fs_write_file(const char *path, unsigned flags, fs_writer writer, void *ctx)
{
	wchar_t *wpath = win_wide(path), *wtmp = NULL;
	char *tmp = NULL;
	HANDLE h = INVALID_HANDLE_VALUE;
	int err;

	if (wpath == NULL)
		return -EINVAL;
	if ((err = fs_target_check(path, flags)) != 0)
		goto out;
	for (int i = 0; i < FS_TEMP_TRIES; i++) {
		free(tmp);
		free(wtmp);
		tmp = fs_temp_name(path);
		if ((wtmp = win_wide(tmp)) == NULL) {
			err = -EINVAL;
			goto out;
		}
		h = CreateFileW(wtmp, GENERIC_WRITE, 0, NULL, CREATE_NEW,
		    FILE_ATTRIBUTE_NORMAL, NULL);
		if (h != INVALID_HANDLE_VALUE || GetLastError() != ERROR_FILE_EXISTS)
			break;
	}
	if (h == INVALID_HANDLE_VALUE) {
		err = fs_last_error();
		goto out;
	}
	err = fs_write_handle(h, writer, ctx, true);
	if (err == 0 && !MoveFileExW(wtmp, wpath, MOVEFILE_WRITE_THROUGH |
	    ((flags & FS_NEW) ? 0 : MOVEFILE_REPLACE_EXISTING)))
		err = fs_last_error();
	if (err != 0)
		DeleteFileW(wtmp);
out:
	free(wpath);
	free(wtmp);
	free(tmp);
	return err;
}

int
fs_write_atomic(const char *path, fs_writer writer, void *ctx)
{
	return fs_write_file(path, 0, writer, ctx);
}

int
fs_write_output(const char *path, unsigned flags, fs_writer writer, void *ctx)
{
	wchar_t *w = win_wide(path);
	BY_HANDLE_FILE_INFORMATION info;
	HANDLE h;
	DWORD type;
	char *real;
	int err;

	if (w == NULL)
		return -EINVAL;
	/* Looked at through any link, as cp would write through it. */
	h = CreateFileW(w, 0, FILE_SHARE_READ | FILE_SHARE_WRITE |
	    FILE_SHARE_DELETE, NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS,
	    NULL);
	if (h == INVALID_HANDLE_VALUE) {
		DWORD e = GetLastError();

		free(w);
		if (e == ERROR_FILE_NOT_FOUND)
			return fs_is_link(path) ? -ENOENT :
			    fs_write_file(path, flags, writer, ctx);
		return -win_errno(e);
	}
	type = GetFileType(h);
	if (type != FILE_TYPE_DISK) {
		/* NUL, CON, a pipe: written in place. */
		CloseHandle(h);
		h = CreateFileW(w, GENERIC_WRITE, FILE_SHARE_READ |
		    FILE_SHARE_WRITE, NULL, OPEN_EXISTING, 0, NULL);
		free(w);
		if (h == INVALID_HANDLE_VALUE)
			return fs_last_error();
		return fs_write_handle(h, writer, ctx, false);
	}
	if (!GetFileInformationByHandle(h, &info)) {
		err = fs_last_error();
		CloseHandle(h);
		free(w);
		return err;
	}
	CloseHandle(h);
	free(w);
	if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
		return -EISDIR;
	if (!fs_is_link(path))
		return fs_write_file(path, flags, writer, ctx);
	if ((err = fs_resolve(path, &real)) != 0)
		return err;
	err = fs_write_file(real, flags, writer, ctx);
	free(real);
	return err;
}

void
fs_remove_stale_temps(const char *path)
{
	char *pattern = xasprintf("%s" FS_TEMP_SUFFIX "*", path);
	char *dir = fs_dirname(path);
	const char *base = fs_last_part(path);
	wchar_t *w = win_wide(pattern);
	WIN32_FIND_DATAW fd;
	HANDLE h;

	free(pattern);
	if (w == NULL || (h = FindFirstFileW(w, &fd)) == INVALID_HANDLE_VALUE) {
		free(w);
		free(dir);
		return;
	}
	do {
		char *name = win_narrow(fd.cFileName), *full;
		wchar_t *wfull;

		if (name != NULL && fs_is_temp_of(name, base) &&
		    !(fd.dwFileAttributes & (FILE_ATTRIBUTE_DIRECTORY |
		    FILE_ATTRIBUTE_REPARSE_POINT))) {
			full = xasprintf("%s/%s", dir, name);
			if ((wfull = win_wide(full)) != NULL)
				DeleteFileW(wfull);
			free(wfull);
			free(full);
		}
		free(name);
	} while (FindNextFileW(h, &fd));
	FindClose(h);
	free(w);
	free(dir);
}

/* The final name of the existing file or folder path, links followed,
 * without the \\?\ prefix; NULL with *err set. */
static char *
fs_final_name(const char *path, int *err)
{
	wchar_t *w = win_wide(path), buf[32768];
	const wchar_t *p = buf;
	HANDLE h;
	DWORD n;
	char *out;

	if (w == NULL) {
		*err = -EINVAL;
		return NULL;
	}
	h = CreateFileW(w, 0, FILE_SHARE_READ | FILE_SHARE_WRITE |
	    FILE_SHARE_DELETE, NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS,
	    NULL);
	free(w);
	if (h == INVALID_HANDLE_VALUE) {
		*err = fs_last_error();
		return NULL;
	}
	n = GetFinalPathNameByHandleW(h, buf, sizeof buf / sizeof *buf,
	    FILE_NAME_NORMALIZED | VOLUME_NAME_DOS);
	CloseHandle(h);
	if (n == 0 || n >= sizeof buf / sizeof *buf) {
		*err = -ENAMETOOLONG;
		return NULL;
	}
	if (wcsncmp(buf, L"\\\\?\\UNC\\", 8) == 0) {
		buf[6] = L'\\';
		p = buf + 6;
	} else if (wcsncmp(buf, L"\\\\?\\", 4) == 0)
		p = buf + 4;
	if ((out = win_narrow(p)) == NULL)
		*err = -EINVAL;
	return out;
}

int
fs_resolve(const char *path, char **out)
{
	DWORD a = fs_attributes(path);
	char *dir, *real;
	int err = 0;

	*out = NULL;
	if (a != INVALID_FILE_ATTRIBUTES) {
		if ((*out = fs_final_name(path, &err)) == NULL)
			return err;
		return 0;
	}
	if (GetLastError() != ERROR_FILE_NOT_FOUND)
		return fs_last_error();
	dir = fs_dirname(path);
	real = fs_final_name(dir, &err);
	free(dir);
	if (real == NULL)
		return err;
	{
		size_t n = strlen(real);

		*out = xasprintf("%s%s%s", real, n > 0 && win_is_sep(real[n - 1]) ?
		    "" : "\\", fs_last_part(path));
	}
	free(real);
	return 0;
}

/* Create one folder; one that is already there is fine. */
static int
fs_mkdir_one(const char *dir)
{
	wchar_t *w = win_wide(dir);
	DWORD a;
	int err = 0;

	if (w == NULL)
		return -EINVAL;
	if (!CreateDirectoryW(w, NULL)) {
		DWORD e = GetLastError();

		if (e != ERROR_ALREADY_EXISTS)
			err = -win_errno(e);
		else if ((a = GetFileAttributesW(w)) == INVALID_FILE_ATTRIBUTES)
			err = fs_last_error();
		else if (!(a & FILE_ATTRIBUTE_DIRECTORY))
			err = -ENOTDIR;
	}
	free(w);
	return err;
}

int
fs_mkdir_p(const char *dir, int mode)
{
	char *copy = xstrdup(dir);
	size_t n = strlen(copy), start = 1;
	int err = 0;

	(void)mode;	/* the folder inherits its access list */
	/* Past the root: "C:\", or "\\server\share\". */
	if (n >= 2 && copy[1] == ':')
		start = 3;
	else if (n >= 2 && win_is_sep(copy[0]) && win_is_sep(copy[1])) {
		int seps = 0;

		for (start = 2; start < n && seps < 2; start++)
			if (win_is_sep(copy[start]))
				seps++;
	}
	for (size_t i = start; i < n && err == 0; i++) {
		char c = copy[i];

		if (!win_is_sep(c) || win_is_sep(copy[i - 1]))
			continue;
		copy[i] = '\0';
		err = fs_mkdir_one(copy);
		copy[i] = c;
	}
	if (err == 0)
		err = fs_mkdir_one(copy);
	free(copy);
	return err;
}

bool
fs_is_absolute(const char *path)
{
	if (path == NULL)
		return false;
	if (((path[0] >= 'A' && path[0] <= 'Z') ||
	    (path[0] >= 'a' && path[0] <= 'z')) && path[1] == ':' &&
	    win_is_sep(path[2]))
		return true;
	return win_is_sep(path[0]) && win_is_sep(path[1]) && path[2] != '\0';
}

const char *
fs_absolute_form(void)
{
	/* TRANSLATORS: how an absolute path is written on Windows, ending
	 * "... must be an absolute path, %s". */
	return N_("a drive path (C:\\...) or a share (\\\\server\\share\\...)");
}
