/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * record_impl: what the files of the record module share, and nothing
 * outside them includes (the public API is record.h).
 *
 *   record.c        the officials and their step states in memory
 *   record_read.c   a parsed file checked and turned into a record
 *   record_file.c   the file in its folder: lock, open and read, set aside
 *   record_write.c  a record built as settings and saved atomically
 *
 * The file is libconfig, format 1:
 *
 *   format = 1;  content_version = "...";  last_nip = "...";
 *   officials = ( { name = "..."; nip = "..."; kind = "pns"; unit = "...";
 *                   position = "..."; language = "id"; platform = "android";
 *                   web = true;  (only when Web/Desktop is used too)
 *                   accounts = [ "whatsapp", ... ];  (once asked)
 *                   resume_module = "..."; resume_step = "...";
 *                   created = "<UTC>"; updated = "<UTC>";
 *                   exported = "<UTC>";   (optional: report written)
 *                   steps = ( { module = "..."; step = "..."; status = "na";
 *                               time = "<UTC>"; reason = "..."; } );
 *                   quiz = { score = 12; total = 15; time = "<UTC>";
 *                            missed = ( "id", ... ); answered = 15;
 *                            asked = ( "id", ... ); }; } );
 *
 * A quiz stopped early has answered < total; asked names the scenarios
 * answered, in order.  Both are optional (records written before them:
 * answered = total, asked unknown).
 *
 * platform is the phone, "android" or "iphone"; a record written before
 * the phone was asked for may hold "web", read as "phone not yet chosen"
 * with web = true.  accounts lists the accounts the official uses (may
 * be empty); absent, they have not been asked yet.  A reason is a listed reason's English text or the
 * official's own words (content.h, step_na_listed).
 *
 * Times are ISO 8601 strings, never libconfig integers (1.5 wraps 64-bit
 * values silently).  Reading validates everything, because what is read
 * is later shown on a terminal and exported; writing refuses a record
 * that would not read back, so a save can never produce a file that the
 * next start rejects.
 */
#ifndef JAGAAKUN_RECORD_IMPL_H
#define JAGAAKUN_RECORD_IMPL_H

#include <libconfig.h>
#include "base/diag.h"
#include "model/record.h"

/* An empty record for path, holding the lock lock_fd (-1 for none). */
struct record *record_new(const char *path, int lock_fd);

/* Set o to an official with no data yet; free what it holds. */
void record_official_init(struct official *o);
void record_official_done(struct official *o);

/* Append o to r, which takes over what o holds. */
struct official *record_append(struct record *r, const struct official *o);

/* The state of module/step in o, or NULL. */
struct step_state *record_find_step(const struct official *o,
    const char *module, const char *step);

/* Append an empty (STEP_TODO) state for module/step to o. */
struct step_state *record_append_step(struct official *o, const char *module,
    const char *step);

/*
 * Fill r from the parsed file cfg, checking everything.  Returns 0, or
 * -EBADMSG after reporting the first problem to d as "file:line: ..."
 * (file is path).  The rest of the file is then not looked at, and r may
 * hold what was read before the problem.
 */
int record_read_parse(struct record *r, const config_t *cfg, const char *path,
    struct diag *d);

#endif
