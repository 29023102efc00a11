/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * faults: make the next fsync or rename fail, to test what a full disk or
 * a failed rename does to a save.  Works only in a test linked with
 * -Wl,--wrap=fsync -Wl,--wrap=renameat (see Makefile.am; a save renames
 * with renameat, relative to its folder).
 */
#ifndef JAGAAKUN_FAULTS_H
#define JAGAAKUN_FAULTS_H

/* errno the next wrapped call fails with; 0 lets calls through.  Each is
 * reset to 0 once the failure has been used. */
extern int fault_fsync;
extern int fault_rename;

#endif
