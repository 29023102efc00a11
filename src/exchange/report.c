/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * report: the report itself -- built from the record, its counts added
 * up, its checksum and its file name (see report.h and
 * jagaakun-report(5)).  report_write.c writes it, report_read.c reads it
 * back.
 */
#include "config.h"
#include "exchange/report.h"

#include <limits.h>
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "model/profile.h"
#include "model/progress.h"
#include "os/fsutil.h"

#define REPORT_SUM_PREFIX "sha256:"
#define REPORT_TEXT_CHUNK 4000	/* a report's strings take about 1.5 KB */
#ifndef HOST_NAME_MAX
#define HOST_NAME_MAX 255
#endif

_Static_assert(REPORT_SUM_LEN == sizeof REPORT_SUM_PREFIX - 1 +
    2 * SHA256_DIGEST_SIZE, "REPORT_SUM_LEN is the checksum's length");

/* Copy s into r as valid UTF-8, "" for NULL: a byte outside ASCII in
 * text that is not UTF-8 (a host name, say) becomes '?', so the file
 * stays valid. */
static char *
report_copy(struct report *r, const char *s)
{
	char *c = arena_strdup(r->text, s);

	if (!text_is_utf8(c))
		for (char *p = c; *p != '\0'; p++)
			if ((unsigned char)*p >= 0x80)
				*p = '?';
	return c;
}

/* Copy the profile of an official into r: the kind as it is, each text
 * as report_copy makes it. */
static void
report_copy_profile(struct report *r, const struct profile *from)
{
	r->profile = *from;
	for (enum profile_field f = 0; f < PROFILE_FIELD_COUNT; f++) {
		char **text = profile_text(&r->profile, f);

		if (text != NULL)
			*text = report_copy(r, *text);
	}
}

/* The counts of m as a struct progress. */
struct progress
report_module_progress(const struct report_module *m)
{
	struct progress p = { m->done, m->na, m->later, m->todo, m->total };

	return p;
}

/* Add up the modules into all. */
bool
report_tally(const struct report *r, struct progress *all)
{
	bool compliant = true;

	memset(all, 0, sizeof *all);
	for (size_t i = 0; i < r->n_modules; i++) {
		struct progress p = report_module_progress(&r->modules[i]);

		all->done += p.done;
		all->na += p.na;
		all->later += p.later;
		all->todo += p.todo;
		all->total += p.total;
		if (r->modules[i].required && !progress_is_complete(&p))
			compliant = false;
	}
	return compliant;
}

/* Say whether every module of account id that counts is complete. */
bool
report_account_compliant(const struct report *r, const char *id)
{
	for (size_t i = 0; i < r->n_modules; i++) {
		const struct report_module *m = &r->modules[i];
		struct progress p = report_module_progress(m);

		if (m->account != NULL && strcmp(m->account, id) == 0 &&
		    m->counts && !progress_is_complete(&p))
			return false;
	}
	return true;
}

/* Recompute each account's compliance, the official's and the totals. */
static void
report_retally(struct report *r)
{
	struct progress all;

	for (size_t i = 0; i < r->n_accounts; i++)
		r->accounts[i].compliant = report_account_compliant(r,
		    r->accounts[i].id);
	r->compliant = report_tally(r, &all);
	r->finished = all.done + all.na;
	r->total = all.total;
}

/* Give the finished share of all steps. */
unsigned
report_percent(const struct report *r)
{
	struct progress all;

	report_tally(r, &all);
	return progress_percent(&all);
}

/* Count the steps marked not applicable. */
size_t
report_na(const struct report *r)
{
	size_t n = 0;

	for (size_t i = 0; i < r->n_modules; i++)
		n += r->modules[i].na;
	return n;
}

/* The module of r named id, or NULL. */
static struct report_module *
report_find_module(struct report *r, const char *id)
{
	for (size_t i = 0; i < r->n_modules; i++)
		if (strcmp(r->modules[i].id, id) == 0)
			return &r->modules[i];
	return NULL;
}

/* Say whether c knows step s of a report and does not let it be not
 * applicable. */
static bool
report_na_refused(const struct content *c, const struct report_step *s)
{
	const struct module *m = content_module(c, s->module);
	const struct step *st = m != NULL ? module_step(m, s->step) : NULL;

	return st != NULL && !step_na_allowed(st);
}

/* Make the refused "not applicable" marks of r to do. */
void
report_apply_content(struct report *r, const struct content *c)
{
	for (size_t i = 0; i < r->n_steps; i++) {
		struct report_step *s = &r->steps[i];
		struct report_module *m;

		if (s->status != STEP_NA || !report_na_refused(c, s) ||
		    (m = report_find_module(r, s->module)) == NULL)
			continue;
		s->status = STEP_TODO;
		s->reason = NULL;
		s->reason_listed = false;
		m->na--;
		m->todo++;
	}
	report_retally(r);
}

/* The account of r named id, added (not used, with c's title) when r
 * does not list it. */
static struct report_account *
report_account_of(struct report *r, const struct account *a)
{
	struct report_account *ra;

	for (size_t i = 0; i < r->n_accounts; i++)
		if (strcmp(r->accounts[i].id, a->id) == 0)
			return &r->accounts[i];
	r->accounts = xrealloc(r->accounts, (r->n_accounts + 2) *
	    sizeof *r->accounts);
	ra = &r->accounts[r->n_accounts++];
	memset(ra, 0, sizeof *ra);
	ra->id = arena_strdup(r->text, a->id);
	ra->title = arena_strdup(r->text, a->title);
	return ra;
}

/* The steps of m an official without Web/Desktop sees. */
static size_t
report_phone_steps(const struct module *m)
{
	size_t n = 0;

	for (size_t i = 0; i < m->n_steps; i++)
		n += !step_web_only(&m->steps[i]);
	return n;
}

/* Add module m of c, which r lacks, with every step to do. */
static void
report_add_missing(struct report *r, const struct module *m)
{
	struct report_module *rm;

	r->modules = xrealloc(r->modules, (r->n_modules + 2) *
	    sizeof *r->modules);
	rm = &r->modules[r->n_modules++];
	memset(rm, 0, sizeof *rm);
	rm->id = arena_strdup(r->text, m->id);
	rm->title = arena_strdup(r->text, m->title);
	rm->account = arena_strdup(r->text, m->account);
	rm->todo = rm->total = report_phone_steps(m);
}

/* Judge r by the rules of s over c. */
void
report_apply_site(struct report *r, const struct content *c,
    const struct site *s)
{
	for (size_t i = 0; i < c->n_modules; i++) {
		const struct module *m = &c->modules[i];

		if (m->acct != NULL && m->acct->enforced &&
		    report_find_module(r, m->id) == NULL)
			report_add_missing(r, m);
	}
	for (size_t i = 0; i < r->n_modules; i++) {
		struct report_module *rm = &r->modules[i];
		const struct module *m = content_module(c, rm->id);

		if (m == NULL || m->acct == NULL)
			continue;
		rm->account = arena_strdup(r->text, m->account);
		rm->counts = site_module_required(s, c, m);
		rm->required = rm->counts && m->acct->enforced;
		report_account_of(r, m->acct)->required = m->acct->enforced;
	}
	report_retally(r);
}

/* Add module m and the steps of it o sees, as o left them, to r. */
static void
report_add_module(struct report *r, const struct official *o,
    const struct content *c, const struct module *m, const struct site *s)
{
	struct report_module *rm = &r->modules[r->n_modules++];
	struct progress p;

	progress_module(o, m, &p);
	rm->id = arena_strdup(r->text, m->id);
	rm->title = arena_strdup(r->text, m->title);
	rm->account = m->acct ? arena_strdup(r->text, m->account) : NULL;
	rm->counts = site_module_required(s, c, m);
	rm->required = rm->counts && (m->acct == NULL || m->acct->enforced);
	rm->done = p.done;
	rm->na = p.na;
	rm->later = p.later;
	rm->todo = p.todo;
	rm->total = p.total;
	for (size_t i = 0; i < m->n_steps; i++) {
		const struct step_state *st = official_step(o, m->id, m->steps[i].id);
		struct report_step *rs;

		/* A Web step of an official who does not use Web/Desktop is
		 * no part of their checklist, nor of their counts. */
		if (!progress_shows(o, &m->steps[i]))
			continue;
		rs = &r->steps[r->n_steps++];

		rs->module = rm->id;
		rs->step = arena_strdup(r->text, m->steps[i].id);
		rs->status = progress_status(o, m, &m->steps[i]);
		rs->time = st ? st->time : 0;
		if (rs->status == STEP_NA) {
			rs->reason = report_copy(r, st ? st->reason : NULL);
			rs->reason_listed = step_na_listed(&m->steps[i],
			    rs->reason) != NULL;
		}
	}
}

/* List in r the accounts of c that o uses or that are required, with
 * their compliance (the modules are in r already). */
static void
report_add_accounts(struct report *r, const struct official *o,
    const struct content *c)
{
	r->accounts = xcalloc(c->n_accounts + 1, sizeof *r->accounts);
	for (size_t i = 0; i < c->n_accounts; i++) {
		const struct account *a = &c->accounts[i];
		struct report_account *ra;

		if (!a->enforced && !official_uses_account(o, a->id))
			continue;
		ra = &r->accounts[r->n_accounts++];
		ra->id = arena_strdup(r->text, a->id);
		ra->title = arena_strdup(r->text, a->title);
		ra->used = official_uses_account(o, a->id);
		ra->required = a->enforced;
		ra->compliant = report_account_compliant(r, a->id);
	}
}

/* Copy this machine's name into r, or "" when it has none. */
static char *
report_host(struct report *r)
{
	char buf[HOST_NAME_MAX + 1];

	if (gethostname(buf, sizeof buf) != 0)
		buf[0] = '\0';
	buf[HOST_NAME_MAX] = '\0';
	return report_copy(r, buf);
}

/* An empty report with room for its strings. */
struct report *
report_new(void)
{
	struct report *r = xcalloc(1, sizeof *r);

	r->format = REPORT_FORMAT;
	r->text = arena_new(REPORT_TEXT_CHUNK);
	return r;
}

/* Build the report of official o. */
struct report *
report_build(const struct official *o, const struct content *c,
    const struct site *s, time_t now, const char *host)
{
	struct report *r = report_new();
	struct progress all;

	r->program_version = arena_strdup(r->text, VERSION);
	r->content_version = report_copy(r, c->version);
	r->agency = s && s->agency ? report_copy(r, s->agency) : NULL;
	r->host = host ? report_copy(r, host) : report_host(r);
	r->exported = now;
	report_copy_profile(r, &o->profile);
	r->modules = xcalloc(c->n_modules + 1, sizeof *r->modules);
	r->steps = xcalloc(content_step_count(c) + 1, sizeof *r->steps);
	for (size_t i = 0; i < c->n_modules; i++)
		if (progress_module_used(o, &c->modules[i]))
			report_add_module(r, o, c, &c->modules[i], s);
	report_add_accounts(r, o, c);
	r->compliant = report_tally(r, &all);
	r->finished = all.done + all.na;
	r->total = all.total;
	r->quiz = o->quiz ? quiz_result_dup(o->quiz) : NULL;
	return r;
}

/* Free a report and everything it owns (NULL is fine). */
void
report_free(struct report *r)
{
	if (r == NULL)
		return;
	arena_free(r->text);
	free(r->modules);
	free(r->accounts);
	free(r->steps);
	if (r->quiz != NULL)
		quiz_result_done(r->quiz);
	free(r->quiz);
	free(r);
}

/* Compute the checksum of a canonical form: "sha256:<64 hex>". */
void
report_checksum(const char *text, size_t len, char out[REPORT_SUM_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	uint8_t sum[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;
	char *p;

	sha256_init(&ctx);
	sha256_update(&ctx, len, (const uint8_t *)text);
	sha256_digest(&ctx, sizeof sum, sum);
	memcpy(out, REPORT_SUM_PREFIX, sizeof REPORT_SUM_PREFIX - 1);
	p = out + sizeof REPORT_SUM_PREFIX - 1;
	for (size_t i = 0; i < sizeof sum; i++) {
		*p++ = hex[sum[i] >> 4];
		*p++ = hex[sum[i] & 0x0f];
	}
	*p = '\0';
}

/* Make "jagaakun-<NIP>-<YYYYMMDD>.json" from the digits of the NIP only,
 * so that no text from a report can reach a path. */
char *
report_default_name(const struct report *r)
{
	char nip[19], date[9];
	size_t n = 0;
	struct tm tm;

	for (const char *p = r->profile.nip; p && *p && n < 18; p++)
		if (*p >= '0' && *p <= '9')
			nip[n++] = *p;
	nip[n] = '\0';
	if (gmtime_r(&r->exported, &tm) == NULL ||
	    strftime(date, sizeof date, "%Y%m%d", &tm) == 0)
		strcpy(date, "00000000");
	return xasprintf("jagaakun-%s-%s.json", n > 0 ? nip : "unknown", date);
}

/* Join the default name to the folder reports go to. */
char *
report_default_path(const struct report *r, const struct site *s)
{
	char *name = report_default_name(r), *dir = site_output_dir(s), *path;

	path = fs_join(dir, name);
	free(dir);
	free(name);
	return path;
}
