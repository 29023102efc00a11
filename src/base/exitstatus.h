/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * exitstatus: the program's exit statuses, defined once for every layer
 * that ends the program (the screens, the commands, main, and an
 * allocation that fails), and the text `jagaakun --help` gives each.
 * jagaakun(1) documents the same list.
 *
 * It sits in base/ because the lowest layer exits too (xalloc); the
 * descriptions are for the --help text, not a model of the domain.
 */
#ifndef JAGAAKUN_EXITSTATUS_H
#define JAGAAKUN_EXITSTATUS_H

#include "base/i18n.h"

/* X(name, value, help): the statuses `jagaakun --help` lists, in order;
 * each help is a whole line to translate. */
#define EXIT_STATUS_LIST(X) \
	X(EXIT_OK, 0, N_("success")) \
	X(EXIT_FAILURE_IO, 1, N_("a file could not be read or written")) \
	X(EXIT_USAGE, 2, N_("wrong command line, or no usable terminal")) \
	X(EXIT_CONTENT, 3, N_("the checklist content is not valid")) \
	X(EXIT_LOCKED, 4, N_("the record is open in another jagaakun")) \
	X(EXIT_REJECTED, 5, N_("collect: files or roster rows were " \
	    "rejected (the summary covers the rest)")) \
	X(EXIT_SITE, 6, N_("the site settings are not valid")) \
	X(EXIT_NO_REPORTS, 7, N_("collect: a path given yields no valid report")) \
	X(EXIT_NOT_COMPLIANT, 8, N_("report: written, but an official " \
	    "reported on is not compliant yet")) \
	X(EXIT_NO_LIBRARY, 9, N_("the library for XLSX output " \
	    "(libxlsxwriter) is not installed"))

#define EXIT_STATUS_ENUM(name, value, help) name = value,

enum exit_status {
	EXIT_STATUS_LIST(EXIT_STATUS_ENUM)
	EXIT_NO_MEMORY = 70,	/* memory ran out (xalloc): not for --help */
	EXIT_SIGNAL = 128,	/* 128 + N: stopped by signal N, progress saved */
};

#undef EXIT_STATUS_ENUM

#endif
