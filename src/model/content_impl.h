/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * content_impl: what the files of the content loader share, and nothing
 * outside them includes (the public API is content.h).
 *
 *   content.c   content.cfg, the modules and their steps
 *   account.c   the accounts, and the modules put under them
 */
#ifndef JAGAAKUN_CONTENT_IMPL_H
#define JAGAAKUN_CONTENT_IMPL_H

#include <stdbool.h>
#include <sys/types.h>
#include "base/cfgcheck.h"
#include "base/diag.h"
#include "model/content.h"

#define CONTENT_MAX_WORD 40	/* bytes in an id or a version */

/* The checks of content.c that account files use too. */
cfgcheck_fn content_check_format, content_check_id, content_check_text;

/* Read the file at path into obj as keys allow. */
void content_read_file(const char *path, const struct cfgcheck_key *keys,
    void *obj, struct diag *d);

/* List the names of the .cfg files in dir into *names, sorted, and return
 * their count; -1 (after reporting) when dir cannot be read. */
ssize_t content_list_files(const char *dir, char ***names, struct diag *d);

/* account.c: load every file of dir/accounts into c. */
void content_read_accounts(const char *dir, struct content *c,
    struct diag *d);

/* account.c: give each module of c its account, report the modules that
 * name none there is, the accounts used twice and those without modules,
 * and put the modules in account order. */
void content_link_accounts(struct content *c, struct diag *d);

/* account.c: free the accounts of c. */
void content_free_accounts(struct content *c);

#endif
