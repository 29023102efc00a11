/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * testutil, Windows: scratch folders (made and removed); what needs
 * fork(), another user, a FIFO, a device node or POSIX's limits skips the
 * test with its reason; a memory stream is a temp file read back, a
 * symbolic link is CreateSymbolicLinkW's.  The rest is in testutil.c.
 */
#include "config.h"
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <windows.h>
#include <winioctl.h>

#include "base/diag.h"
#include "os/fsutil.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "os/win.h"

char *
tu_tempdir(void)
{
	static unsigned serial;

	for (int i = 0; i < 100; i++) {
		char *dir = xasprintf("%s/jagaakun-test.%lu.%u", fs_temp_dir(),
		    (unsigned long)getpid(), serial++);

		if (mkdir(dir) == 0)
			return dir;
		free(dir);
	}
	fail_msg("cannot make a temp folder: %s", strerror(errno));
	return NULL;
}

void
tu_rmtree(const char *dir)
{
	DIR *d;
	struct dirent *e;
	struct stat st;

	if (dir == NULL || (d = opendir(dir)) == NULL) {
		if (dir != NULL)
			remove(dir);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		char *path;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
			tu_rmtree(path);
		else
			remove(path);
		free(path);
	}
	closedir(d);
	rmdir(dir);
}

void
tu_need_root(void)
{
	tu_skip("needs root and other users' ids (chown, setuid): POSIX only");
}

bool
tu_can_fork(void)
{
	return false;
}

struct tu_child
tu_child_start(int (*fn)(void *), void *arg)
{
	struct tu_child c = { 0, -1 };

	(void)fn;
	(void)arg;
	tu_skip("needs fork(): POSIX only");
	return c;
}

int
tu_child_wait(struct tu_child c)
{
	(void)c;
	tu_skip("needs fork(): POSIX only");
	return -1;
}

int
tu_as_other_user(int (*fn)(void *), void *arg)
{
	(void)fn;
	(void)arg;
	tu_skip("needs another user (setuid): POSIX only");
	return -1;
}

void
tu_posix_only(const char *why)
{
	tu_skip(why);
}

/* The streams of tu_memopen still open: where each one's bytes go. */
struct tu_mem {
	FILE *f;
	char *path;
	char **buf;
	size_t *len;
};
static struct tu_mem tu_mems[16];

FILE *
tu_memopen(char **buf, size_t *len)
{
	static unsigned serial;

	for (size_t i = 0; i < sizeof tu_mems / sizeof *tu_mems; i++) {
		struct tu_mem *m = &tu_mems[i];

		if (m->f != NULL)
			continue;
		m->path = xasprintf("%s/jagaakun-mem.%lu.%u", fs_temp_dir(),
		    (unsigned long)getpid(), serial++);
		if ((m->f = fopen(m->path, "w+b")) == NULL)
			fail_msg("cannot open %s: %s", m->path, strerror(errno));
		m->buf = buf;
		m->len = len;
		*buf = NULL;
		*len = 0;
		return m->f;
	}
	fail_msg("tu_memopen: too many streams open");
	return NULL;
}

int
tu_memclose(FILE *f)
{
	for (size_t i = 0; i < sizeof tu_mems / sizeof *tu_mems; i++) {
		struct tu_mem *m = &tu_mems[i];
		long n;
		int err;

		if (m->f != f)
			continue;
		err = fflush(f) != 0 || fseek(f, 0, SEEK_END) != 0 ||
		    (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0;
		if (!err) {
			*m->buf = xmalloc((size_t)n + 1);
			*m->len = fread(*m->buf, 1, (size_t)n, f);
			(*m->buf)[*m->len] = '\0';
			err = *m->len != (size_t)n;
		}
		err |= fclose(f) != 0;
		remove(m->path);
		free(m->path);
		m->f = NULL;
		return err ? EOF : 0;
	}
	fail_msg("tu_memclose: not a stream of tu_memopen");
	return EOF;
}

int
tu_mkdir(const char *path)
{
	return mkdir(path);
}

bool
tu_symlink(const char *target, const char *path)
{
	char *t = xstrdup(target), *dir = fs_dirname(path), *full;
	wchar_t *wt, *wp, *wfull;
	DWORD flags = SYMBOLIC_LINK_FLAG_ALLOW_UNPRIVILEGED_CREATE, a;
	bool made;

	for (char *p = t; *p != '\0'; p++)
		if (*p == '/')
			*p = '\\';
	full = target[0] == '/' || (target[0] != '\0' && target[1] == ':') ?
	    xstrdup(target) : xasprintf("%s/%s", dir, target);
	wt = win_wide(t);
	wp = win_wide(path);
	wfull = win_wide(full);
	a = GetFileAttributesW(wfull);
	if (a != INVALID_FILE_ATTRIBUTES && (a & FILE_ATTRIBUTE_DIRECTORY))
		flags |= SYMBOLIC_LINK_FLAG_DIRECTORY;
	/* Wine 8 returns TRUE and makes nothing: look at what is there. */
	made = CreateSymbolicLinkW(wp, wt, flags) &&
	    (a = GetFileAttributesW(wp)) != INVALID_FILE_ATTRIBUTES &&
	    (a & FILE_ATTRIBUTE_REPARSE_POINT);
	free(wfull);
	free(wp);
	free(wt);
	free(full);
	free(dir);
	free(t);
	return made;
}

void
tu_need_symlink(const char *target, const char *path)
{
	if (!tu_symlink(target, path))
		tu_skip("no symbolic link can be made here (Wine 8's "
		    "CreateSymbolicLinkW returns TRUE and makes nothing)");
}

/* The part of a symbolic link's reparse data that holds its target
 * (ntifs.h's REPARSE_DATA_BUFFER, which mingw-w64 does not declare). */
struct tu_reparse {
	ULONG tag;
	USHORT length, reserved;
	USHORT subst_offset, subst_length, print_offset, print_length;
	ULONG flags;
	WCHAR path[1];
};

char *
tu_readlink(const char *path)
{
	wchar_t *w = win_wide(path), *name;
	union {
		struct tu_reparse r;
		char bytes[16 * 1024];
	} u;
	DWORD n;
	HANDLE h = w == NULL ? INVALID_HANDLE_VALUE :
	    win_open_nofollow(w, 0, OPEN_EXISTING, 0);
	char *s = NULL;
	BOOL ok;

	free(w);
	if (h == INVALID_HANDLE_VALUE)
		return NULL;
	ok = DeviceIoControl(h, FSCTL_GET_REPARSE_POINT, NULL, 0, &u, sizeof u,
	    &n, NULL);
	CloseHandle(h);
	if (!ok || u.r.tag != IO_REPARSE_TAG_SYMLINK)
		return NULL;
	n = u.r.print_length / sizeof(WCHAR);
	name = xcalloc(n + 1, sizeof *name);
	memcpy(name, (char *)u.r.path + u.r.print_offset, n * sizeof *name);
	if ((s = win_narrow(name)) != NULL)
		for (char *p = s; *p != '\0'; p++)
			if (*p == '\\')
				*p = '/';
	free(name);
	return s;
}

bool
tu_mkfifo(const char *path)
{
	(void)path;
	return false;
}

void
tu_need_fifo(const char *path)
{
	(void)path;
	tu_skip("Windows has no FIFOs in the file system");
}

bool
tu_mknod_null(const char *path)
{
	(void)path;
	return false;
}

bool
tu_is_dev_null(const struct stat *st)
{
	(void)st;
	return false;
}

int
tu_open_dir(const char *dir)
{
	(void)dir;
	tu_skip("Windows opens no folder as a file descriptor");
	return -1;
}

void
tu_alarm(unsigned seconds)
{
	(void)seconds;
}

bool
tu_is_root(void)
{
	return false;
}

void
tu_chown_other(const char *path)
{
	fail_msg("%s: Windows has no chown", path);
}

void
tu_lchown_other(const char *path)
{
	fail_msg("%s: Windows has no lchown", path);
}

int
tu_wcwidth(uint32_t cp)
{
	return utf8_width(cp);
}

char *
tu_passwd_home(void)
{
	tu_skip("Windows has no password database (getpwuid)");
	return NULL;
}

void
tu_fd_limit_lower(int n)
{
	(void)n;
	tu_skip("the Windows C library has no limit of descriptors to "
	    "lower (setrlimit)");
}

void
tu_fd_limit_restore(void)
{
}

void
tu_chain_make(const char *top, const char *name, size_t levels, size_t files)
{
	(void)top;
	(void)name;
	(void)levels;
	(void)files;
	tu_skip("a chain of folders beyond PATH_MAX is made with openat, "
	    "which Windows lacks (and its paths end at 32,767 characters)");
}

void
tu_chain_remove(const char *top, const char *name, size_t levels)
{
	(void)top;
	(void)name;
	(void)levels;
}

FILE *
tu_full_disk(void)
{
	tu_skip("Windows has no /dev/full to fill a disk with");
	return NULL;
}

int
tu_full_disk_fd(void)
{
	tu_skip("Windows has no /dev/full to fill a disk with");
	return -1;
}

void
tu_assert_mode(const char *path, unsigned mode)
{
	struct stat st;

	(void)mode;
	if (stat(path, &st) != 0)
		fail_msg("%s: %s", path, strerror(errno));
}

/* The console's control thread, as Windows starts it for an event. */
static DWORD WINAPI
tu_console_thread(void *event)
{
	return (DWORD)os_quit_ctrl((DWORD)(uintptr_t)event);
}

/* Hand event to os_quit_ctrl on a thread, as the console does; return
 * the thread once *ran is set (or after 10 s). */
static HANDLE
tu_console_event(DWORD event, volatile sig_atomic_t *ran)
{
	HANDLE t = CreateThread(NULL, 0, tu_console_thread,
	    (void *)(uintptr_t)event, 0, NULL);

	if (t == NULL)
		fail_msg("CreateThread: error %lu", GetLastError());
	for (int i = 0; i < 1000 && *ran == 0; i++)
		Sleep(10);
	return t;
}

bool
tu_console_close(volatile sig_atomic_t *ran)
{
	HANDLE t = tu_console_event(CTRL_CLOSE_EVENT, ran);
	/* Held: not returned (which would end the process) a while after. */
	bool held = WaitForSingleObject(t, 200) == WAIT_TIMEOUT;

	CloseHandle(t);		/* the held thread ends with the process */
	return held;
}

void
tu_console_interrupt(volatile sig_atomic_t *ran)
{
	HANDLE t = tu_console_event(CTRL_C_EVENT, ran);
	DWORD handled = 0;

	/* Ctrl-C goes on: the routine returns TRUE (handled). */
	if (WaitForSingleObject(t, 10 * 1000) != WAIT_OBJECT_0 ||
	    !GetExitCodeThread(t, &handled) || !handled)
		fail_msg("the control routine did not take Ctrl-C");
	CloseHandle(t);
}

/* The copies tu_site_data made, removed at exit. */
static char *tu_site_copies[16];

static void
tu_site_remove(void)
{
	for (size_t i = 0; i < sizeof tu_site_copies / sizeof *tu_site_copies; i++)
		if (tu_site_copies[i] != NULL) {
			remove(tu_site_copies[i]);
			free(tu_site_copies[i]);
			tu_site_copies[i] = NULL;
		}
}

char *
tu_site_data(const char *rel)
{
	static unsigned serial;
	char *src = tu_srcpath(rel), *text = tu_read(src), *out, *name;
	size_t n = 0, i = 0;

	if (text == NULL)
		fail_msg("cannot read %s", src);
	out = xmalloc(strlen(text) * 2 + 1);
	for (const char *p = text; *p != '\0'; p++) {
		if (strncmp(p, "\"/srv/", 6) == 0) {
			memcpy(out + n, "\"C:", 3);
			n += 3;
			continue;
		}
		out[n++] = *p;
	}
	out[n] = '\0';
	name = xasprintf("jagaakun-site.%lu.%u.cfg", (unsigned long)getpid(),
	    serial++);
	free(src);
	src = tu_write(fs_temp_dir(), name, out);
	free(name);
	free(out);
	free(text);
	while (i < sizeof tu_site_copies / sizeof *tu_site_copies &&
	    tu_site_copies[i] != NULL)
		i++;
	if (i == sizeof tu_site_copies / sizeof *tu_site_copies)
		fail_msg("tu_site_data: too many copies");
	if (i == 0)
		atexit(tu_site_remove);
	tu_site_copies[i] = xstrdup(src);
	return src;
}

const char *
tu_drive(void)
{
	return "C:";
}

char *
tu_native(const char *path)
{
	char *s = xstrdup(path);

	for (char *p = s; *p != '\0'; p++)
		if (*p == '/')
			*p = '\\';
	return s;
}
