/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * Tests for os/console's quit handler: the terminal going away (SIGHUP;
 * on Windows the console window closing, CTRL_CLOSE_EVENT) and Ctrl-C
 * reach the program's handler as OS_QUIT_HANGUP and SIGINT, and a close
 * holds the console's control thread, which would end the process on
 * returning, so that the program saves first: the save here is done by
 * the main thread after the handler ran, as the checklist's loop does
 * (ui.c).  No terminal driven from outside can close a Wine console
 * window (tmux cannot send it), so the close is tested here.
 */
#include "config.h"
#include "testutil.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "os/console.h"
#include "os/fsutil.h"

/* What the quit handler got: 0 until it ran. */
static volatile sig_atomic_t quit_got;

/* The program's quit handler: only a flag, as console.h asks. */
static void
on_quit(int what)
{
	quit_got = what;
}

/* Writer: the string in ctx. */
static int
write_text(FILE *f, void *ctx)
{
	fputs(ctx, f);
	return 0;
}

static void
test_close_saves_first(void **state)
{
	char *dir = tu_tempdir(), *path = xasprintf("%s/record.cfg", dir);
	char *text;

	(void)state;
	quit_got = 0;
	os_quit_catch(on_quit);
	/* The window closes: the handler runs, and the control thread is
	 * held so that the process is not ended under the save. */
	assert_true(tu_console_close(&quit_got));
	assert_int_equal(quit_got, OS_QUIT_HANGUP);
	/* The main thread sees the flag and saves, as the checklist does. */
	assert_int_equal(fs_write_atomic(path, write_text, "saved\n"), 0);
	text = tu_read(path);
	assert_string_equal(text, "saved\n");
	free(text);
	os_quit_restore();
	free(path);
	tu_rmtree(dir);
	free(dir);
}

static void
test_interrupt(void **state)
{
	(void)state;
	quit_got = 0;
	os_quit_catch(on_quit);
	tu_console_interrupt(&quit_got);
	assert_int_equal(quit_got, SIGINT);
	os_quit_restore();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_interrupt),
		cmocka_unit_test(test_close_saves_first),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
