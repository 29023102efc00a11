/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_collect: reading many report files into a summary: every class of
 * rejected file, the walk (recursion, hidden files, symbolic links, the
 * depth limit),
 * newest-wins with its tie rule, --as-of, --unit, stale reports, the
 * summary's arithmetic, and the same result with one thread, two, or
 * none at all (pthread_create is wrapped to fail on demand); incident
 * files (all kept, newest first) and the awareness score per unit; with
 * a roster, who has not reported; the paths that hold no report.
 */
#include "config.h"
#include "testutil.h"
#include "threadfail.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exchange/collect.h"
#include "exchange/collect_merge.h"
#include "exchange/summary_read.h"
#include "base/diag.h"
#include "exchange/export.h"
#include "exchange/export_summary.h"
#include "exchange/incident.h"
#include "base/isotime.h"
#include "model/quiz.h"
#include "model/record.h"
#include "exchange/report.h"
#include "exchange/roster.h"
#include "model/site.h"
#include "base/xalloc.h"
#include "os/walk.h"

#define NIP_FMT "198609262015051%03d"
#define NOW "2026-11-24T07:00:00Z"

/* Content: "two-step" with three steps and "privacy" with two; only the
 * profile photo may be not applicable. */
static char *photo_reasons[] = { (char *)"No photo", NULL };
static struct step two_step_steps[] = {
	{ .id = (char *)"choose-pin", .title = (char *)"Choose a PIN" },
	{ .id = (char *)"turn-on", .title = (char *)"Turn it on" },
	{ .id = (char *)"recovery-email", .title = (char *)"Add an e-mail" },
};
static struct step privacy_steps[] = {
	{ .id = (char *)"photo", .title = (char *)"Profile photo",
	  .na = photo_reasons, .n_na = 1 },
	{ .id = (char *)"groups", .title = (char *)"Groups" },
};
static struct module modules[] = {
	{ .id = (char *)"two-step", .title = (char *)"Turn on two-step verification",
	  .steps = two_step_steps, .n_steps = 3 },
	{ .id = (char *)"privacy", .title = (char *)"Limit who sees your profile",
	  .steps = privacy_steps, .n_steps = 2 },
};
static struct content content = {
	.version = (char *)"2026.11.1", .modules = modules, .n_modules = 2,
};

/* A site that requires only two-step verification. */
static char *required[] = { (char *)"two-step" };
static struct site two_step_only = { .required = required, .n_required = 1 };

/* One official's report, as the test wants it. */
struct spec {
	int seq;		/* NIP sequence number */
	const char *name;
	const char *unit;
	const char *exported;	/* ISO time */
	int done;		/* the first `done` steps are done */
};

static char *dir;		/* the test's scratch folder */
static int n_records;

static int
setup(void **state)
{
	(void)state;
	dir = tu_tempdir();
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	tu_rmtree(dir);
	free(dir);
	return 0;
}

/* Parse an ISO time the test knows is valid. */
static time_t
at(const char *iso)
{
	time_t t;

	assert_true(isotime_parse(iso, &t));
	return t;
}

/* Open a record of its own for sp's official, into *rec (caller
 * closes), and add the official. */
static struct official *
spec_official(const struct spec *sp, struct record **rec)
{
	char nip[19], *path;
	struct profile p = { .name = (char *)sp->name, .nip = nip,
	    .kind = NIP_PNS, .unit = (char *)sp->unit,
	    .position = (char *)"Staf" };
	struct official *o;
	struct diag d;

	snprintf(nip, sizeof nip, NIP_FMT, sp->seq);
	path = xasprintf("%s/records/%d.cfg", dir, n_records++);
	diag_init(&d);
	assert_int_equal(record_open(path, rec, &d), 0);
	diag_done(&d);
	o = record_add(*rec, &p, at(sp->exported));
	free(path);
	return o;
}

/* Build the report sp describes, through a record of its own. */
static struct report *
make_report(const struct spec *sp, const struct site *site)
{
	struct record *rec;
	struct official *o = spec_official(sp, &rec);
	struct report *r;
	int k = 0;

	for (size_t m = 0; m < content.n_modules; m++)
		for (size_t s = 0; s < modules[m].n_steps; s++)
			if (k++ < sp->done)
				official_set_status(o, modules[m].id,
				    modules[m].steps[s].id, STEP_DONE, NULL,
				    at(sp->exported));
	r = report_build(o, &content, site, at(sp->exported), "pc");
	record_close(rec);
	return r;
}

/* The file text of report r (caller frees). */
static char *
report_file_text(const struct report *r)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);

	assert_int_equal(report_write(r, f), 0);
	tu_memclose(f);
	return buf;
}

/* The report file text of sp (caller frees). */
static char *
report_text(const struct spec *sp)
{
	struct report *r = make_report(sp, NULL);
	char *buf = report_file_text(r);

	report_free(r);
	return buf;
}

/* Write report r as dir/rel. */
static void
put_built(const char *rel, const struct report *r)
{
	char *text = report_file_text(r);

	free(tu_write(dir, rel, text));
	free(text);
}

/* Write sp's report as dir/rel. */
static void
put_report(const char *rel, const struct spec *sp)
{
	struct report *r = make_report(sp, NULL);

	put_built(rel, r);
	report_free(r);
}

/* Replace the first from in s by to, in place (same length). */
static void
replace(char *s, const char *from, const char *to)
{
	char *p = strstr(s, from);

	assert_non_null(p);
	assert_int_equal(strlen(from), strlen(to));
	memcpy(p, to, strlen(to));
}

/* Collect the given paths (relative to dir) with threads threads. */
static struct collect_summary *
run(const char *const *rel, size_t n, const struct collect_options *o)
{
	char **paths = xcalloc(n, sizeof *paths);
	struct collect *c = collect_new(o);
	struct collect_summary *s;

	for (size_t i = 0; i < n; i++)
		paths[i] = xasprintf("%s/%s", dir, rel[i]);
	collect_paths(c, paths, n);
	s = collect_finish(c);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	return s;
}

static void
test_rejects_every_class(void **state)
{
	static const struct spec ani = { 1, "Ani", "Dinas A", NOW, 5 };
	static const struct spec budi = { 2, "Budi", "Dinas A", NOW, 5 };
	/* Each with what it needs: a FIFO, links (Windows has no FIFOs,
	 * and Wine 8 makes no links: those rows are left out there). */
	enum { ANY, FIFO, LINK };
	static const struct {
		const char *path, *code;
		int needs;
	} want[] = {
		{ "reports/big.json", "too-large", ANY },
		{ "reports/edited.json", "edited", ANY },
		{ "reports/fifo.json", "not-a-file", FIFO },
		{ "reports/future.json", "unknown-format", ANY },
		{ "reports/invalid.json", "invalid", ANY },
		{ "reports/link.json", "symlink", LINK },
		{ "reports/linkdir", "symlink", LINK },
		{ "reports/notjson.json", "not-json", ANY },
		{ "reports/notreport.json", "not-a-report", ANY },
		{ "missing.json", "unreadable", ANY },
	};
	bool made[3] = { true, true, true };
	size_t n_want = 0;
	const char *paths[] = { "reports", "missing.json" };
	struct collect_options o = { .now = at(NOW), .threads = 2 };
	struct collect_summary *s;
	char *text = report_text(&ani), *big, *p, *link;

	(void)state;
	put_report("reports/good.json", &ani);
	put_report("reports/sub/deeper/budi.json", &budi);
	put_report("reports/.hidden.json", &budi);
	free(tu_write(dir, "reports/notes.txt", "not a report"));
	free(tu_write(dir, "reports/notjson.json", "hello"));
	free(tu_write(dir, "reports/notreport.json", "{ \"a\": 1 }"));
	replace(text, "\"Ani\"", "\"Ana\"");
	free(tu_write(dir, "reports/edited.json", text));
	replace(text, "\"Ana\"", "\"Ani\"");
	replace(text, "\"format\":1", "\"format\":2");
	free(tu_write(dir, "reports/future.json", text));
	replace(text, "\"format\":2", "\"format\":1");
	p = strstr(text, ",\"checksum\"");
	assert_non_null(p);
	strcpy(p, "}\n");
	free(tu_write(dir, "reports/invalid.json", text));
	free(text);
	big = xmalloc(REPORT_MAX_BYTES + 2);
	memset(big, ' ', REPORT_MAX_BYTES + 1);
	big[0] = '{';
	big[REPORT_MAX_BYTES + 1] = '\0';
	free(tu_write(dir, "reports/big.json", big));
	free(big);
	link = xasprintf("%s/reports/link.json", dir);
	made[LINK] = tu_symlink("good.json", link);
	free(link);
	link = xasprintf("%s/reports/linkdir", dir);
	made[LINK] = tu_symlink("sub", link) && made[LINK];
	free(link);
	link = xasprintf("%s/reports/fifo.json", dir);
	made[FIFO] = tu_mkfifo(link);
	free(link);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		n_want += made[want[i].needs];

	s = run(paths, 2, &o);
	assert_int_equal(s->n_rejected, n_want);
	for (size_t i = 0, k = 0; i < s->n_rejected; i++, k++) {
		const char *path = s->rejected[i].path;

		while (!made[want[k].needs])
			k++;
		assert_string_equal(tu_rel(dir, path), want[k].path);
		assert_string_equal(s->rejected[i].code, want[k].code);
		assert_true(strlen(s->rejected[i].reason) > 0);
	}
	/* good.json and the one two folders down; the hidden file, the
	 * .txt and the symbolic links are not read. */
	assert_int_equal(s->n_officials, 2);
	assert_string_equal(s->officials[1].name, "Budi");
	assert_string_equal(tu_rel(dir, s->officials[1].path),
	    "reports/sub/deeper/budi.json");
	assert_int_equal(s->accepted, 2);
	assert_int_equal(s->files, 2 + s->n_rejected);
	collect_summary_free(s);
}

/* A folder below the walk's depth limit is rejected as too deep, and
 * the reports above it still count. */
static void
test_too_deep_folder(void **state)
{
	static const struct spec ani = { 1, "Ani", "Dinas A", NOW, 5 };
	static const struct spec budi = { 2, "Budi", "Dinas A", NOW, 5 };
	const char *paths[] = { "reports" };
	struct collect_options o = { .now = at(NOW), .threads = 2 };
	struct collect_summary *s;
	char *deep = xstrdup("reports"), *p;

	(void)state;
	for (int i = 0; i < WALK_MAX_DEPTH; i++) {
		p = xasprintf("%s/d", deep);
		free(deep);
		deep = p;
	}
	p = xasprintf("%s/ani.json", deep);
	put_report(p, &ani);			/* as deep as walked */
	free(p);
	p = xasprintf("%s/d/e/budi.json", deep);
	put_report(p, &budi);			/* below the limit */
	free(p);
	s = run(paths, 1, &o);
	assert_int_equal(s->n_rejected, 1);
	p = xasprintf("%s/d", deep);
	assert_string_equal(tu_rel(dir, s->rejected[0].path), p);
	free(p);
	assert_string_equal(s->rejected[0].code, "too-deep");
	assert_string_equal(s->rejected[0].reason,
	    "a folder nested too deeply; what it holds was not read");
	assert_int_equal(s->n_officials, 1);
	assert_string_equal(s->officials[0].name, "Ani");
	assert_int_equal(s->files, 2);
	collect_summary_free(s);
	free(deep);
}

/* A JSON summary saved among the reports is not a rejected file. */
static void
test_own_summary_is_skipped(void **state)
{
	static const struct spec ani = { 1, "Ani", "Dinas A", NOW, 5 };
	const char *paths[] = { "reports" };
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;
	char *out;
	FILE *f;

	(void)state;
	put_report("reports/ani.json", &ani);
	s = run(paths, 1, &o);
	out = xasprintf("%s/reports/summary.json", dir);
	f = fopen(out, "w");
	assert_int_equal(export_summary(s, EXPORT_FMT_JSON, f), 0);
	fclose(f);
	free(out);
	collect_summary_free(s);
	s = run(paths, 1, &o);
	assert_int_equal(s->n_rejected, 0);
	assert_int_equal(s->n_officials, 1);
	collect_summary_free(s);
}

static void
test_newest_wins_ties_by_path_order(void **state)
{
	static const struct spec v1 = { 7, "Ani", "Dinas A",
	    "2026-11-01T00:00:00Z", 1 };
	static const struct spec v2 = { 7, "Ani", "Dinas A",
	    "2026-11-20T00:00:00Z", 5 };
	static const struct spec v3 = { 7, "Ani", "Dinas A",
	    "2026-11-10T00:00:00Z", 2 };
	static const struct spec v4 = { 7, "Ani", "Dinas A",
	    "2026-11-20T00:00:00Z", 3 };
	const char *walk[] = { "r" };
	const char *given[] = { "r/d/4.json", "r/c/3.json", "r/b/2.json",
	    "r/a/1.json" };
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;

	(void)state;
	put_report("r/a/1.json", &v1);
	put_report("r/b/2.json", &v2);
	put_report("r/c/3.json", &v3);
	put_report("r/d/4.json", &v4);

	/* Walked in name order: b/2 and d/4 are as new; b/2 comes first. */
	s = run(walk, 1, &o);
	assert_int_equal(s->n_officials, 1);
	assert_string_equal(tu_rel(dir, s->officials[0].path), "r/b/2.json");
	assert_true(s->officials[0].compliant);
	assert_int_equal(s->n_duplicates, 3);
	assert_string_equal(tu_rel(dir, s->duplicates[0].path), "r/a/1.json");
	assert_string_equal(tu_rel(dir, s->duplicates[1].path), "r/c/3.json");
	assert_string_equal(tu_rel(dir, s->duplicates[2].path), "r/d/4.json");
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(tu_rel(dir, s->duplicates[i].kept),
		    "r/b/2.json");
		assert_string_equal(s->duplicates[i].nip, "198609262015051007");
	}
	assert_int_equal(s->duplicates[0].exported, at(v1.exported));
	collect_summary_free(s);

	/* Named in the other order, d/4 comes first and wins the tie. */
	s = run(given, 4, &o);
	assert_string_equal(tu_rel(dir, s->officials[0].path), "r/d/4.json");
	assert_false(s->officials[0].compliant);
	assert_string_equal(tu_rel(dir, s->duplicates[0].path), "r/c/3.json");
	collect_summary_free(s);
}

static void
test_as_of_takes_the_state_then(void **state)
{
	static const struct spec old = { 7, "Ani", "Dinas A",
	    "2026-11-01T00:00:00Z", 1 };
	static const struct spec new = { 7, "Ani", "Dinas A",
	    "2026-11-20T00:00:00Z", 5 };
	const char *walk[] = { "r" };
	struct collect_options o = { .now = at(NOW),
	    .as_of = at("2026-11-15T23:59:59Z") };
	struct collect_summary *s;

	(void)state;
	put_report("r/old.json", &old);
	put_report("r/new.json", &new);
	s = run(walk, 1, &o);
	assert_int_equal(s->n_officials, 1);
	assert_string_equal(tu_rel(dir, s->officials[0].path), "r/old.json");
	assert_int_equal(s->after_as_of, 1);
	assert_int_equal(s->accepted, 2);
	assert_int_equal(s->n_duplicates, 0);
	assert_int_equal(s->as_of, o.as_of);
	collect_summary_free(s);
}

/* The summary of the n officials of specs, written under site's
 * settings as "specs/<i>.json" (so in the order of specs) and
 * collected. */
static struct collect_summary *
collect_specs(const struct spec *specs, size_t n, const struct site *site,
    const struct collect_options *o)
{
	const char *walk[] = { "specs" };

	for (size_t i = 0; i < n; i++) {
		struct report *r = make_report(&specs[i], site);
		char *rel = xasprintf("specs/%03zu.json", i);

		put_built(rel, r);
		free(rel);
		report_free(r);
	}
	return run(walk, 1, o);
}

/* The summary of officials of two units (one spelt two ways). */
static struct collect_summary *
arithmetic_sample(const struct collect_options *o)
{
	static const struct spec specs[] = {
		{ 1, "Budi", "Dinas A", NOW, 5 },
		{ 2, "ani", "Dinas A", NOW, 2 },
		{ 3, "Citra", "Dinas A", NOW, 0 },
		{ 4, "Dewi", "  dinas   a ", NOW, 3 },
		{ 5, "Eko", "Dinas B", NOW, 3 },
	};

	return collect_specs(specs, sizeof specs / sizeof specs[0],
	    &two_step_only, o);
}

static void
test_summary_arithmetic(void **state)
{
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s = arithmetic_sample(&o);
	const struct collect_unit *a, *b;
	static const char *const names[] = { "ani", "Budi", "Citra", "Dewi", "Eko" };

	(void)state;
	assert_int_equal(s->n_modules, 2);
	assert_string_equal(s->modules[0].id, "two-step");
	assert_true(s->modules[0].required);
	assert_string_equal(s->modules[1].id, "privacy");
	assert_false(s->modules[1].required);
	assert_int_equal(s->n_units, 2);
	a = &s->units[0];
	b = &s->units[1];
	assert_string_equal(a->name, "Dinas A");	/* first in path order */
	assert_int_equal(a->reporting, 4);
	assert_int_equal(a->compliant, 2);		/* Budi, Dewi */
	assert_int_equal(a->modules[0].finished, 3 + 2 + 0 + 3);
	assert_int_equal(a->modules[0].total, 4 * 3);
	assert_int_equal(a->modules[1].finished, 2);
	assert_int_equal(a->modules[1].total, 4 * 2);
	assert_string_equal(b->name, "Dinas B");
	assert_int_equal(b->reporting, 1);
	assert_int_equal(b->compliant, 1);
	assert_int_equal(b->modules[0].finished, 3);
	assert_int_equal(b->modules[1].finished, 0);
	assert_int_equal(b->modules[1].total, 2);
	assert_int_equal(s->compliant, 3);
	assert_int_equal(s->n_officials, 5);
	for (size_t i = 0; i < 5; i++)
		assert_string_equal(s->officials[i].name, names[i]);
	/* ani and Citra lack the one required module; privacy is not. */
	assert_false(s->officials[0].compliant);
	assert_int_equal(s->officials[0].n_lacks, 1);
	assert_int_equal(s->officials[0].lacks[0], 0);
	assert_int_equal(s->officials[2].n_lacks, 1);
	assert_int_equal(s->officials[1].n_lacks, 0);
	assert_int_equal(s->officials[4].unit, 1);
	assert_int_equal(s->n_rejected, 0);
	assert_int_equal(s->n_duplicates, 0);
	collect_summary_free(s);
}

/* The agency's units: "dinas-a" known as "Dinas A" and "DA". */
static char *da_aliases[] = { (char *)"DA" };
static struct site_unit site_units[] = {
	{ .code = (char *)"dinas-a", .name = (char *)"Dinas A",
	    .aliases = da_aliases, .n_aliases = 1 },
	{ .code = (char *)"setda", .name = (char *)"Sekretariat Daerah" },
};
static const struct site units_site = { .units = site_units, .n_units = 2 };

/* Reports grouped by the unit code they carry, whatever the name says;
 * without a code by the name, counted in the site's unit when the name
 * is one of its names or aliases; units the site does not list, and
 * their reports, are flagged. */
static void
test_units_grouped_by_code(void **state)
{
	static const struct {
		struct spec sp;
		const char *code;
	} specs[] = {
		{ { 1, "Budi", "Dinas Kesehatan A", NOW, 5 }, "dinas-a" },
		{ { 2, "Ani", "dinas a", NOW, 0 }, "dinas-a" },
		{ { 3, "Citra", " da ", NOW, 5 }, NULL },	/* old report */
		{ { 4, "Dewi", "Setda", NOW, 5 }, "setda" },
		{ { 5, "Eko", "Dinas Lama", NOW, 5 }, NULL },
		{ { 6, "Fajar", "Pusat", NOW, 5 }, "pusat" },	/* unknown */
	};
	const char *walk[] = { "specs" };
	struct collect_options o = { .now = at(NOW), .site = &units_site };
	struct collect_summary *s;

	(void)state;
	for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++) {
		struct report *r = make_report(&specs[i].sp, NULL);
		char *rel = xasprintf("specs/%03zu.json", i);

		r->profile.unit_code = (char *)(specs[i].code ? specs[i].code :
		    "");
		put_built(rel, r);
		free(rel);
		report_free(r);
	}
	s = run(walk, 1, &o);
	assert_true(s->units_listed);
	assert_int_equal(s->n_units, 4);
	/* By name: Dinas A, Dinas Lama, Pusat, Sekretariat Daerah. */
	assert_string_equal(s->units[0].name, "Dinas A");
	assert_string_equal(s->units[0].code, "dinas-a");
	assert_int_equal(s->units[0].reporting, 3);
	assert_int_equal(s->units[0].compliant, 2);
	assert_false(s->units[0].unlisted);
	assert_string_equal(s->units[1].name, "Dinas Lama");
	assert_null(s->units[1].code);
	assert_true(s->units[1].unlisted);
	assert_string_equal(s->units[2].name, "Pusat");
	assert_string_equal(s->units[2].code, "pusat");
	assert_true(s->units[2].unlisted);
	assert_string_equal(s->units[3].name, "Sekretariat Daerah");
	assert_false(s->units[3].unlisted);
	collect_summary_free(s);

	/* --unit names a code too. */
	o.unit = "setda";
	s = run(walk, 1, &o);
	assert_int_equal(s->n_units, 1);
	assert_int_equal(s->n_officials, 1);
	assert_string_equal(s->officials[0].name, "Dewi");
	collect_summary_free(s);

	/* Without the site's list: codes still group, names as they are,
	 * and nothing is flagged. */
	o.unit = NULL;
	o.site = NULL;
	s = run(walk, 1, &o);
	assert_false(s->units_listed);
	assert_int_equal(s->n_units, 5);	/* " da " is a unit of its own */
	for (size_t i = 0; i < s->n_units; i++)
		assert_false(s->units[i].unlisted);
	assert_string_equal(s->units[0].name, "da");
	assert_string_equal(s->units[1].name, "Dinas Kesehatan A");
	assert_int_equal(s->units[1].reporting, 2);
	collect_summary_free(s);
}

/* Officials are listed by name, ASCII case aside, then byte by byte:
 * names that share their first 8 bytes, and an empty one, included. */
static void
test_officials_sorted_by_name(void **state)
{
	static const struct spec specs[] = {
		{ 1, "bob", "Dinas A", NOW, 0 },
		{ 2, "ani lestari b", "Dinas A", NOW, 0 },
		{ 3, "", "Dinas A", NOW, 0 },
		{ 4, "ani", "Dinas A", NOW, 0 },
		{ 5, "Ani Lestari A", "Dinas A", NOW, 0 },
		{ 6, "Ani", "Dinas A", NOW, 0 },
	};
	static const char *const want[] = { "", "Ani", "ani", "Ani Lestari A",
	    "ani lestari b", "bob" };
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;

	(void)state;
	s = collect_specs(specs, sizeof specs / sizeof specs[0], &two_step_only,
	    &o);
	assert_int_equal(s->n_officials, 6);
	for (size_t i = 0; i < 6; i++)
		assert_string_equal(s->officials[i].name, want[i]);
	collect_summary_free(s);
}

static void
test_unit_filter_ignores_case_and_spacing(void **state)
{
	struct collect_options o = { .now = at(NOW), .unit = " DINAS   a" };
	struct collect_summary *s = arithmetic_sample(&o);

	(void)state;
	assert_int_equal(s->n_units, 1);
	assert_string_equal(s->units[0].name, "Dinas A");
	assert_int_equal(s->n_officials, 4);
	assert_int_equal(s->other_units, 1);
	assert_string_equal(s->unit_filter, " DINAS   a");
	collect_summary_free(s);
}

static void
test_stale_reports_are_flagged(void **state)
{
	static const struct spec specs[] = {
		{ 1, "Ani", "Dinas A", "2026-10-01T00:00:00Z", 5 },
		{ 2, "Budi", "Dinas A", "2026-11-01T00:00:00Z", 5 },
	};
	struct collect_options o = { .now = at(NOW), .stale_days = 30 };
	struct collect_summary *s;

	(void)state;
	s = collect_specs(specs, 2, NULL, &o);
	assert_true(s->officials[0].stale);	/* 54 days old */
	assert_false(s->officials[1].stale);	/* 23 days old */
	assert_int_equal(s->units[0].stale, 1);
	assert_int_equal(s->stale_days, 30);
	collect_summary_free(s);
}

/* The summary in format fmt (caller frees). */
static char *
summary_as(const struct collect_summary *s, enum export_format fmt)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);

	assert_int_equal(export_summary(s, fmt, f), 0);
	tu_memclose(f);
	return buf;
}

/* Collect a tree of 300 files with n threads (0: none can start). */
static char *
collect_tree(int threads)
{
	const char *walk[] = { "tree" };
	struct collect_options o = { .now = at(NOW), .stale_days = 20,
	    .threads = threads ? threads : 2 };
	struct collect_summary *s;
	char *json;

	threadfail_starts_left = threads == 0 ? 0 : -1;
	s = run(walk, 1, &o);
	threadfail_starts_left = -1;
	assert_int_equal(s->accepted, 290);
	assert_int_equal(s->n_rejected, 10);
	json = summary_as(s, EXPORT_FMT_JSON);
	collect_summary_free(s);
	return json;
}

static void
test_threads_do_not_change_the_result(void **state)
{
	static const char *const units[] = { "Dinas A", "Dinas B", "BKD",
	    "Kominfo" };
	char *one, *two, *none;

	(void)state;
	for (int i = 0; i < 300; i++) {
		char day[] = "2026-11-01T00:00:00Z";
		struct spec sp = { i % 120 + 1, "Pegawai", units[i % 4], day,
		    i % 6 };
		char *name = xasprintf("tree/%02d/%03d.json", i % 13, i);

		day[8] = (char)('0' + i % 3);
		day[9] = (char)('1' + i % 9);
		if (i % 30 == 0)
			free(tu_write(dir, name, "{ broken"));
		else
			put_report(name, &sp);
		free(name);
	}
	one = collect_tree(1);
	two = collect_tree(2);
	none = collect_tree(0);
	assert_string_equal(one, two);
	assert_string_equal(one, none);
	free(one);
	free(two);
	free(none);
}

/* Write an incident of official seq in unit, recorded at iso, as
 * dir/rel; with bad, its "noticed" member is made a value not allowed. */
static void
put_incident(const char *rel_path, int seq, const char *name,
    const char *unit, const char *iso, bool bad)
{
	char nip[19], *buf = NULL;
	size_t len = 0;
	struct profile p = { .name = (char *)name, .nip = nip, .kind = NIP_PNS,
	    .unit = (char *)unit, .position = (char *)"Staf" };
	struct incident *inc;
	FILE *f = tu_memopen(&buf, &len);

	snprintf(nip, sizeof nip, NIP_FMT, seq);
	inc = incident_new(&p, INCIDENT_GAVE_CODE, NULL, INCIDENT_MONEY_YES,
	    at(iso), "pc");
	assert_int_equal(incident_write_json(inc, f), 0);
	tu_memclose(f);
	incident_free(inc);
	if (bad)
		replace(buf, "\"gave-code\"", "\"gave-cake\"");
	free(tu_write(dir, rel_path, buf));
	free(buf);
}

/* The incident sample: three good ones (two of one official), a bad one
 * and a report, in one folder. */
static struct collect_summary *
incident_sample(const struct collect_options *o)
{
	static const struct spec ani = { 1, "Ani", "Dinas A", NOW, 5 };
	static const char *const top[] = { "in" };

	put_report("in/a-report.json", &ani);
	put_incident("in/b.json", 1, "Ani", "Dinas A", "2026-11-20T08:00:00Z",
	    false);
	put_incident("in/c.json", 2, "Budi", "Dinas B", "2026-11-23T08:00:00Z",
	    false);
	put_incident("in/d.json", 1, "Ani", "dinas a", "2026-11-22T08:00:00Z",
	    false);
	put_incident("in/e-bad.json", 3, "Citra", "Dinas A",
	    "2026-11-21T08:00:00Z", true);
	return run(top, 1, o);
}

/* An incident file too large for one is listed as too large, not as
 * "not a report". */
static void
test_incident_too_large(void **state)
{
	static const char *const top[] = { "in" };
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;
	char *path = xasprintf("%s/in/big.json", dir);
	char *pad = xmalloc(INCIDENT_MAX_BYTES);
	FILE *f;

	(void)state;
	put_incident("in/big.json", 1, "Ani", "Dinas A", "2026-11-20T08:00:00Z",
	    false);
	f = fopen(path, "a");
	assert_non_null(f);
	memset(pad, ' ', INCIDENT_MAX_BYTES);
	assert_int_equal(fwrite(pad, 1, INCIDENT_MAX_BYTES, f),
	    INCIDENT_MAX_BYTES);
	assert_int_equal(fclose(f), 0);
	s = run(top, 1, &o);
	assert_int_equal(s->n_incidents, 0);
	assert_int_equal(s->n_rejected, 1);
	assert_string_equal(s->rejected[0].code, "too-large");
	collect_summary_free(s);
	free(pad);
	free(path);
}

static void
test_incidents_kept_newest_first(void **state)
{
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s = incident_sample(&o);
	char *buf;

	(void)state;
	assert_int_equal(s->files, 5);
	assert_int_equal(s->accepted, 1);
	assert_int_equal(s->n_officials, 1);
	/* Both of Ani's incidents are kept, newest first. */
	assert_int_equal(s->n_incidents, 3);
	assert_string_equal(tu_rel(dir, s->incidents[0].path), "in/c.json");
	assert_string_equal(tu_rel(dir, s->incidents[1].path), "in/d.json");
	assert_string_equal(tu_rel(dir, s->incidents[2].path), "in/b.json");
	assert_string_equal(s->incidents[0].name, "Budi");
	assert_string_equal(s->incidents[0].unit, "Dinas B");
	assert_string_equal(s->incidents[0].nip, "198609262015051002");
	assert_int_equal(s->incidents[0].time, at("2026-11-23T08:00:00Z"));
	assert_int_equal(s->incidents[0].noticed, INCIDENT_GAVE_CODE);
	assert_int_equal(s->incidents[0].money, INCIDENT_MONEY_YES);
	/* An incident that fails incident_parse is rejected like a bad
	 * report, with its reason. */
	assert_int_equal(s->n_rejected, 1);
	assert_string_equal(tu_rel(dir, s->rejected[0].path), "in/e-bad.json");
	assert_string_equal(s->rejected[0].code, "invalid");
	assert_non_null(strstr(s->rejected[0].reason, "noticed"));
	/* Every format lists the incidents before anything else. */
	buf = summary_as(s, EXPORT_FMT_TEXT);
	assert_non_null(strstr(buf, "in/c.json"));
	assert_true(strstr(buf, "in/c.json") < strstr(buf, "in/d.json"));
	assert_true(strstr(buf, "in/b.json") < strstr(buf, "Summary\n"));
	free(buf);
	collect_summary_free(s);
}

static void
test_incidents_follow_unit_and_as_of(void **state)
{
	struct collect_options o = { .now = at(NOW), .unit = "DINAS A",
	    .as_of = at("2026-11-21T00:00:00Z") };
	struct collect_summary *s = incident_sample(&o);

	(void)state;
	assert_int_equal(s->n_incidents, 1);
	assert_string_equal(tu_rel(dir, s->incidents[0].path), "in/b.json");
	o.as_of = 0;
	collect_summary_free(s);
	tu_rmtree(dir);
	assert_int_equal(tu_mkdir(dir), 0);
	s = incident_sample(&o);
	assert_int_equal(s->n_incidents, 2);
	assert_string_equal(tu_rel(dir, s->incidents[0].path), "in/d.json");
	collect_summary_free(s);
}

/* Write sp's report as "quiz/<seq>.json", with a quiz score of score
 * out of total (total 0: no quiz). */
static void
put_quizzed(const struct spec *sp, unsigned score, unsigned total)
{
	struct report *r = make_report(sp, NULL);
	char *rel = xasprintf("quiz/%03d.json", sp->seq);

	if (total > 0) {
		r->quiz = xcalloc(1, sizeof *r->quiz);
		r->quiz->score = score;
		r->quiz->total = total;
		r->quiz->answered = total;
		r->quiz->time = at(NOW);
		r->quiz->n_missed = total - score;
		r->quiz->missed = xcalloc(total - score, sizeof *r->quiz->missed);
		for (unsigned i = 0; i < total - score; i++)
			r->quiz->missed[i] = xasprintf("scenario-%u", i);
	}
	put_built(rel, r);
	free(rel);
	report_free(r);
}

static void
test_awareness_score(void **state)
{
	static const struct spec specs[] = {
		{ 1, "Ani", "Dinas A", NOW, 5 },
		{ 2, "Budi", "Dinas A", NOW, 5 },
		{ 3, "Citra", "Dinas A", NOW, 5 },
		{ 4, "Dewi", "Dinas B", NOW, 5 },
	};
	const char *walk[] = { "quiz" };
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;
	char *buf;

	(void)state;
	put_quizzed(&specs[0], 12, 15);
	put_quizzed(&specs[1], 9, 15);
	put_quizzed(&specs[2], 0, 0);
	put_quizzed(&specs[3], 0, 0);
	s = run(walk, 1, &o);
	assert_int_equal(s->n_rejected, 0);
	assert_int_equal(s->n_units, 2);
	assert_int_equal(s->units[0].quizzed, 2);
	assert_int_equal(s->units[0].quiz_score, 21);
	assert_int_equal(s->units[0].quiz_total, 30);
	assert_int_equal(s->units[1].quizzed, 0);
	assert_int_equal(s->units[1].quiz_total, 0);
	/* 21 of 30 is 70%; a unit without a quiz gets an empty cell. */
	buf = summary_as(s, EXPORT_FMT_CSV);
	assert_non_null(strstr(buf, "\r\nDinas A;3;3;100;0;2;70\r\n"
	    "Dinas B;1;1;100;0;0;\r\n"));
	free(buf);
	collect_summary_free(s);
}

/* A step marked not applicable, for na_report. */
struct na_mark {
	const char *module, *step, *reason;
};

/* Write the report of sp's official with every step done but the marks,
 * which are not applicable, built with content c; as dir/specs/NNN.json. */
static void
put_na_report(const struct spec *sp, const struct na_mark *marks,
    size_t n, const struct content *c)
{
	struct record *rec;
	struct official *o = spec_official(sp, &rec);
	struct report *r;
	char *rel = xasprintf("specs/%03d.json", sp->seq);

	for (size_t m = 0; m < c->n_modules; m++)
		for (size_t i = 0; i < c->modules[m].n_steps; i++)
			official_set_status(o, c->modules[m].id,
			    c->modules[m].steps[i].id, STEP_DONE, NULL,
			    at(sp->exported));
	for (size_t i = 0; i < n; i++)
		official_set_status(o, marks[i].module, marks[i].step, STEP_NA,
		    marks[i].reason, at(sp->exported));
	r = report_build(o, c, NULL, at(sp->exported), "pc");
	put_built(rel, r);
	report_free(r);
	record_close(rec);
	free(rel);
}

/* Per unit and module, the steps not applicable and the reasons given;
 * the content judges each report's marks: an old report's N/A on a step
 * that may not be so counts as to do and spoils its compliance. */
static void
test_na_counts_and_reasons(void **state)
{
	static const struct spec budi = { 1, "Budi", "Dinas A", NOW, 0 };
	static const struct spec ani = { 2, "Ani", "Dinas A", NOW, 0 };
	static const struct spec citra = { 3, "Citra", "Dinas B", NOW, 0 };
	static const struct na_mark listed[] = {
		{ "privacy", "photo", "No photo" } };
	static const struct na_mark own[] = {
		{ "privacy", "photo", "Tidak ada foto" },
		{ "two-step", "turn-on", "Tidak bisa" } };
	/* The content Ani's report was made with let turn-on be N/A. */
	static char *any[] = { (char *)"Tidak bisa", NULL };
	struct step lax_steps[3];
	struct module lax_modules[2];
	struct content lax = content;
	const char *walk[] = { "specs" };
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;

	(void)state;
	memcpy(lax_steps, two_step_steps, sizeof lax_steps);
	lax_steps[1].na = any;
	lax_steps[1].n_na = 1;
	memcpy(lax_modules, modules, sizeof lax_modules);
	lax_modules[0].steps = lax_steps;
	lax.modules = lax_modules;
	put_na_report(&budi, listed, 1, &content);
	put_na_report(&ani, own, 2, &lax);
	put_na_report(&citra, listed, 1, &content);

	/* Taken as they are: Ani's two N/A steps count as finished. */
	s = run(walk, 1, &o);
	assert_int_equal(s->compliant, 3);
	assert_int_equal(s->units[0].modules[0].na, 1);
	collect_summary_free(s);

	/* Judged by the content: turn-on is to do for Ani. */
	o.content = &content;
	s = run(walk, 1, &o);
	assert_int_equal(s->n_units, 2);
	assert_int_equal(s->compliant, 2);
	assert_int_equal(s->units[0].compliant, 1);
	assert_int_equal(s->units[0].modules[0].na, 0);
	assert_int_equal(s->units[0].modules[0].finished, 5);
	assert_int_equal(s->units[0].modules[1].na, 2);
	assert_int_equal(s->units[0].modules[1].finished, 4);
	assert_int_equal(s->units[1].modules[1].na, 1);
	assert_int_equal(s->n_na_reasons, 3);
	assert_int_equal(s->na_reasons[0].unit, 0);
	assert_int_equal(s->na_reasons[0].module, 1);
	assert_string_equal(s->na_reasons[0].reason, "No photo");
	assert_true(s->na_reasons[0].listed);
	assert_int_equal(s->na_reasons[0].steps, 1);
	assert_string_equal(s->na_reasons[1].reason, "Tidak ada foto");
	assert_false(s->na_reasons[1].listed);
	assert_int_equal(s->na_reasons[2].unit, 1);
	assert_string_equal(s->na_reasons[2].reason, "No photo");
	collect_summary_free(s);
}

/* The same listed reason from several officials is one row. */
static void
test_na_reasons_add_up(void **state)
{
	static const struct na_mark listed[] = {
		{ "privacy", "photo", "No photo" } };
	const char *walk[] = { "specs" };
	struct collect_options o = { .now = at(NOW), .content = &content };
	struct collect_summary *s;

	(void)state;
	for (int i = 1; i <= 3; i++) {
		struct spec sp = { i, "Dewi", "Dinas A", NOW, 0 };

		put_na_report(&sp, listed, 1, &content);
	}
	s = run(walk, 1, &o);
	assert_int_equal(s->n_na_reasons, 1);
	assert_int_equal(s->na_reasons[0].steps, 3);
	assert_int_equal(s->units[0].modules[1].na, 3);
	assert_int_equal(s->compliant, 3);
	collect_summary_free(s);
}

/* The roster against arithmetic_sample: each official counts in the
 * roster's unit, whatever unit the report names; a unit only the roster
 * has is a unit too; those not on it are flagged. */
static void
test_roster_not_reported(void **state)
{
	static const char text[] = "NIP;Nama;Unit kerja\n"
	    "198609262015051001;Budi;Dinas A\n"
	    "198609262015051002;Ani;DINAS  A\n"
	    "198609262015051005;Eko;Dinas A\n"
	    "198609262015051008;Hadi;Dinas A\n"
	    "198609262015051009;Gita;Dinas C\n"
	    "198609262015051007;Fajar;Dinas A\n"
	    "123;Bad;Dinas A\n";
	struct collect_options o = { .now = at(NOW) };
	const struct collect_unit *a, *b, *c;
	struct collect_summary *s;
	struct roster *r;
	struct diag d;
	char *csv;

	(void)state;
	diag_init(&d);
	r = roster_parse("pegawai.csv", text, sizeof text - 1, 2026, &d);
	assert_non_null(r);
	assert_int_equal(d.n, 1);
	o.roster = r;
	s = arithmetic_sample(&o);
	assert_string_equal(s->roster, "pegawai.csv");
	assert_int_equal(s->roster_skipped, 1);
	assert_int_equal(s->n_units, 3);
	a = &s->units[0];
	b = &s->units[1];
	c = &s->units[2];
	assert_string_equal(c->name, "Dinas C");	/* the roster's spelling */
	/* Dinas A: Budi, Ani, Eko, Hadi, Fajar expected; Budi and Eko (who
	 * reports from Dinas B) compliant; Citra and Dewi not on it. */
	assert_int_equal(a->expected, 5);
	assert_int_equal(a->expected_reporting, 3);
	assert_int_equal(a->expected_compliant, 2);
	assert_int_equal(a->off_roster, 2);
	assert_int_equal(a->reporting, 4);
	assert_int_equal(b->expected, 0);
	assert_int_equal(b->reporting, 1);
	assert_int_equal(b->off_roster, 0);
	assert_int_equal(c->expected, 1);
	assert_int_equal(c->reporting, 0);
	assert_int_equal(s->expected, 6);
	assert_int_equal(s->expected_reporting, 3);
	assert_int_equal(s->expected_compliant, 2);
	assert_int_equal(s->off_roster, 2);
	assert_int_equal(s->n_missing, 3);
	assert_string_equal(s->missing[0].name, "Fajar");
	assert_string_equal(s->missing[1].name, "Hadi");
	assert_string_equal(s->missing[1].nip, "198609262015051008");
	assert_int_equal(s->missing[1].unit, 0);
	assert_string_equal(s->missing[2].name, "Gita");
	assert_int_equal(s->missing[2].unit, 2);
	for (size_t i = 0; i < s->n_officials; i++)
		assert_int_equal(s->officials[i].off_roster,
		    strcmp(s->officials[i].name, "Citra") == 0 ||
		    strcmp(s->officials[i].name, "Dewi") == 0);
	csv = summary_as(s, EXPORT_FMT_CSV);
	assert_non_null(strstr(csv, "\r\nWho has not reported;see the roster "
	    "tables\r\n"));
	assert_non_null(strstr(csv, "\r\nDinas A;5;3;2;40;2;2\r\n"
	    "Dinas B;0;0;0;;0;0\r\nDinas C;1;0;0;0;1;0\r\n"));
	assert_non_null(strstr(csv, "\r\nOfficials who have not reported\r\n"
	    "Work unit;Name;NIP\r\nDinas A;Fajar;19860926 201505 1 007\r\n"));
	assert_non_null(strstr(csv, "\r\nReports not on the roster\r\n"));
	free(csv);
	collect_summary_free(s);

	/* --unit keeps that unit's roster officials only. */
	o.unit = "dinas c";
	s = arithmetic_sample(&o);
	assert_int_equal(s->n_units, 1);
	assert_int_equal(s->expected, 1);
	assert_int_equal(s->n_missing, 1);
	assert_string_equal(s->missing[0].name, "Gita");
	collect_summary_free(s);
	roster_free(r);
	diag_done(&d);
}

/* Without a roster, the summary says who has not reported is unknown. */
static void
test_no_roster_says_unknown(void **state)
{
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s = arithmetic_sample(&o);
	char *csv = summary_as(s, EXPORT_FMT_CSV);

	(void)state;
	assert_null(s->roster);
	assert_int_equal(s->n_missing, 0);
	assert_non_null(strstr(csv, "\r\nWho has not reported;unknown: no "
	    "roster was given (--roster)\r\n"));
	assert_null(strstr(csv, "Officials who have not reported"));
	free(csv);
	collect_summary_free(s);
}

/* Each path given that holds no report or incident is listed, in the
 * order given: an empty folder, a folder of other files, a folder of
 * rejected files, a missing path. */
static void
test_paths_without_reports(void **state)
{
	static const struct spec ani = { 1, "Ani", "Dinas A", NOW, 5 };
	const char *paths[] = { "empty", "good", "other", "bad", "missing" };
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;
	char *text = report_text(&ani), *empty;

	(void)state;
	empty = xasprintf("%s/empty", dir);
	assert_int_equal(tu_mkdir(empty), 0);
	free(empty);
	put_report("good/ani.json", &ani);
	free(tu_write(dir, "other/notes.txt", "not a report"));
	replace(text, "\"Ani\"", "\"Ana\"");
	free(tu_write(dir, "bad/edited.json", text));
	free(text);
	s = run(paths, 5, &o);
	assert_int_equal(s->n_officials, 1);
	assert_int_equal(s->n_empty, 4);
	assert_string_equal(tu_rel(dir, s->empty[0]), "empty");
	assert_string_equal(tu_rel(dir, s->empty[1]), "other");
	assert_string_equal(tu_rel(dir, s->empty[2]), "bad");
	assert_string_equal(tu_rel(dir, s->empty[3]), "missing");
	collect_summary_free(s);
}

/* The same modules under two accounts: "two-step" of "wa" (required)
 * and "privacy" of "g" (optional). */
static struct account accounts[] = {
	{ .id = (char *)"wa", .title = (char *)"WhatsApp", .required = true,
	  .enforced = true, .n_modules = 1 },
	{ .id = (char *)"g", .title = (char *)"Google", .n_modules = 1 },
};
static struct module acct_modules[] = {
	{ .id = (char *)"two-step", .title = (char *)"Two-step",
	  .account = (char *)"wa", .acct = &accounts[0],
	  .steps = two_step_steps, .n_steps = 3 },
	{ .id = (char *)"privacy", .title = (char *)"Privacy",
	  .account = (char *)"g", .acct = &accounts[1],
	  .steps = privacy_steps, .n_steps = 2 },
};
static struct content acct_content = {
	.version = (char *)"2026.12.1", .modules = acct_modules,
	.n_modules = 2, .accounts = accounts, .n_accounts = 2,
};

/* Write the report of sp over acct_content as dir/FOLDER/NNN.json; the
 * official uses "g" too when uses_g. */
static void
put_acct_in(const char *folder, const struct spec *sp, bool uses_g, int i)
{
	static const char *const both[] = { "wa", "g" };
	struct record *rec;
	struct official *o = spec_official(sp, &rec);
	struct report *r;
	char *rel = xasprintf("%s/%03d.json", folder, i);
	int k = 0;

	if (uses_g)
		assert_int_equal(official_set_accounts(o, both, 2), 1);
	for (size_t m = 0; m < acct_content.n_modules; m++)
		for (size_t st = 0; st < acct_modules[m].n_steps; st++)
			if (k++ < sp->done)
				official_set_status(o, acct_modules[m].id,
				    acct_modules[m].steps[st].id, STEP_DONE,
				    NULL, at(sp->exported));
	r = report_build(o, &acct_content, NULL, at(sp->exported), "pc");
	put_built(rel, r);
	report_free(r);
	record_close(rec);
	free(rel);
}

/* The same in dir/specs. */
static void
put_acct_report(const struct spec *sp, bool uses_g, int i)
{
	put_acct_in("specs", sp, uses_g, i);
}

/* The account of summary s with id, or fail. */
static size_t
account_index(const struct collect_summary *s, const char *id)
{
	for (size_t i = 0; i < s->n_accounts; i++)
		if (strcmp(s->accounts[i].id, id) == 0)
			return i;
	fail_msg("no account %s", id);
	return 0;
}

/* Compliance per account and overall, by the reports' rules and then by
 * a site that requires "g" too: it counts for every official, even one
 * whose report does not list it. */
static void
test_accounts_compliance(void **state)
{
	static const struct spec specs[] = {
		{ 1, "Ani", "Dinas A", NOW, 3 },	/* wa done, g not */
		{ 2, "Budi", "Dinas A", NOW, 3 },	/* not asked: wa */
		{ 3, "Citra", "Dinas B", NOW, 5 },	/* both done */
	};
	static struct site empty_site = { .path = (char *)"site.cfg" };
	const char *walk[] = { "specs" };
	struct collect_options o = { .now = at(NOW), .threads = 2,
	    .content = &acct_content, .site = &empty_site };
	struct collect_summary *s;
	size_t wa, g;

	(void)state;
	put_acct_report(&specs[0], true, 0);
	put_acct_report(&specs[1], false, 1);
	put_acct_report(&specs[2], true, 2);
	s = run(walk, 1, &o);
	assert_int_equal(s->n_accounts, 2);
	wa = account_index(s, "wa");
	g = account_index(s, "g");
	assert_true(s->accounts[wa].required);
	assert_false(s->accounts[g].required);
	assert_string_equal(s->units[0].name, "Dinas A");
	assert_int_equal(s->units[0].accounts[wa].officials, 2);
	assert_int_equal(s->units[0].accounts[wa].compliant, 2);
	assert_int_equal(s->units[0].accounts[g].officials, 1);
	assert_int_equal(s->units[0].accounts[g].compliant, 0);
	assert_int_equal(s->units[1].accounts[g].officials, 1);
	assert_int_equal(s->units[1].accounts[g].compliant, 1);
	assert_int_equal(s->compliant, 3);
	collect_summary_free(s);

	/* the IT office requires "g": Budi's report lacks its module */
	accounts[1].enforced = true;
	s = run(walk, 1, &o);
	accounts[1].enforced = false;
	g = account_index(s, "g");
	assert_true(s->accounts[g].required);
	assert_int_equal(s->units[0].accounts[g].officials, 2);
	assert_int_equal(s->units[0].accounts[g].compliant, 0);
	assert_int_equal(s->units[0].compliant, 0);
	assert_int_equal(s->compliant, 1);
	assert_int_equal(s->units[0].modules[1].total, 4);
	for (size_t i = 0; i < s->n_officials; i++)
		if (strcmp(s->officials[i].name, "Budi") == 0) {
			assert_false(s->officials[i].compliant);
			assert_int_equal(s->officials[i].n_lacks, 1);
			assert_string_equal(
			    s->modules[s->officials[i].lacks[0]].id, "privacy");
		}
	collect_summary_free(s);

	/* without a site file, the reports' own rules */
	accounts[1].enforced = true;
	empty_site.path = NULL;
	s = run(walk, 1, &o);
	assert_int_equal(s->compliant, 3);
	collect_summary_free(s);
	o.site = NULL;
	s = run(walk, 1, &o);
	accounts[1].enforced = false;
	empty_site.path = (char *)"site.cfg";
	assert_int_equal(s->compliant, 3);
	collect_summary_free(s);
}

/* Compliance per week: each week the state at its end, newest report per
 * NIP then (ties to path order), reports after --as-of left out, each
 * official in the unit of the summary. */
static void
test_weeks_state_at_each_end(void **state)
{
	static const struct spec specs[] = {
		{ 1, "Ani", "Dinas A", "2026-10-20T08:00:00Z", 1 },
		{ 1, "Ani", "Dinas A", "2026-11-10T08:00:00Z", 5 },
		{ 1, "Ani", "Dinas A", "2026-11-23T08:00:00Z", 1 },
		{ 2, "Budi", "Dinas B", "2026-11-08T23:59:59Z", 5 },
		{ 3, "Citra", "Dinas A", "2026-11-15T00:00:00Z", 1 },
		{ 3, "Citra", "Dinas A", "2026-11-15T00:00:00Z", 5 },
	};
	static const size_t all[][2] = { { 1, 0 }, { 2, 1 }, { 3, 2 },
	    { 3, 2 } };
	static const size_t unit_a[][2] = { { 1, 0 }, { 1, 0 }, { 2, 1 },
	    { 2, 1 } };
	static const size_t unit_b[][2] = { { 0, 0 }, { 1, 1 }, { 1, 1 },
	    { 1, 1 } };
	struct collect_options o = { .now = at(NOW), .weeks = 4,
	    .as_of = at("2026-11-22T23:59:59Z") };
	struct collect_summary *s;

	(void)state;
	s = collect_specs(specs, EXPORT_NELEM(specs), NULL, &o);
	assert_int_equal(s->n_units, 2);
	assert_string_equal(s->units[0].name, "Dinas A");
	assert_int_equal(s->n_weeks, 4);
	assert_int_equal(s->week_ends[3], o.as_of);
	assert_int_equal(s->week_ends[0], at("2026-11-01T23:59:59Z"));
	for (size_t k = 0; k < 4; k++) {
		assert_int_equal(s->weeks[k].reporting, all[k][0]);
		assert_int_equal(s->weeks[k].compliant, all[k][1]);
		assert_int_equal(s->unit_weeks[k].reporting, unit_a[k][0]);
		assert_int_equal(s->unit_weeks[k].compliant, unit_a[k][1]);
		assert_int_equal(s->unit_weeks[4 + k].reporting, unit_b[k][0]);
		assert_int_equal(s->unit_weeks[4 + k].compliant, unit_b[k][1]);
	}
	/* The last week is the summary itself. */
	assert_int_equal(s->weeks[3].reporting, s->n_officials);
	assert_int_equal(s->weeks[3].compliant, s->compliant);
	collect_summary_free(s);
}

/* --unit leaves the other units out of every week; without --weeks there
 * are none; the weeks end now without --as-of. */
static void
test_weeks_unit_filter_and_none(void **state)
{
	static const struct spec specs[] = {
		{ 1, "Ani", "Dinas A", "2026-11-20T08:00:00Z", 5 },
		{ 2, "Budi", "Dinas B", "2026-11-01T08:00:00Z", 1 },
		{ 2, "Budi", "Dinas B", "2026-11-23T08:00:00Z", 5 },
	};
	struct collect_options o = { .now = at(NOW), .weeks = 2,
	    .unit = "dinas  b" };
	struct collect_options none = { .now = at(NOW) };
	const char *walk[] = { "specs" };
	struct collect_summary *s;

	(void)state;
	s = collect_specs(specs, EXPORT_NELEM(specs), NULL, &o);
	assert_int_equal(s->n_units, 1);
	assert_int_equal(s->week_ends[1], at(NOW));
	assert_int_equal(s->weeks[0].reporting, 1);
	assert_int_equal(s->weeks[0].compliant, 0);
	assert_int_equal(s->weeks[1].reporting, 1);
	assert_int_equal(s->weeks[1].compliant, 1);
	collect_summary_free(s);
	s = run(walk, 1, &none);
	assert_int_equal(s->n_weeks, 0);
	assert_null(s->weeks);
	assert_null(s->week_ends);
	collect_summary_free(s);
}

/* The JSON summary of the reports in dir/folder, written as
 * dir/<folder>.summary.json; its path (caller frees). */
static char *
summary_file(const char *folder, const struct collect_options *o)
{
	const char *walk[] = { folder };
	struct collect_summary *s = run(walk, 1, o);
	char *json = summary_as(s, EXPORT_FMT_JSON);
	char *rel = xasprintf("%s.summary.json", folder);
	char *path = tu_write(dir, rel, json);

	free(rel);
	free(json);
	collect_summary_free(s);
	return path;
}

/* The unit of s named name, or fail. */
static const struct collect_unit *
unit_named(const struct collect_summary *s, const char *name)
{
	for (size_t i = 0; i < s->n_units; i++)
		if (strcmp(s->units[i].name, name) == 0)
			return &s->units[i];
	fail_msg("no unit %s", name);
	return NULL;
}

/* The index of module id in s, or fail. */
static size_t
module_index(const struct collect_summary *s, const char *id)
{
	for (size_t i = 0; i < s->n_modules; i++)
		if (strcmp(s->modules[i].id, id) == 0)
			return i;
	fail_msg("no module %s", id);
	return 0;
}

/* Two offices' reports, merged from their summaries, give what
 * collecting the same reports at once gives: the totals, each unit's
 * completion per module and compliance per account, and the officials
 * still to act. */
static void
test_merge_adds_up_exactly(void **state)
{
	static const struct spec a[] = {
		{ 1, "Ani", "Dinas A", NOW, 3 },
		{ 2, "Budi", "Dinas A", NOW, 5 },
		{ 2, "Budi", "Dinas A", "2026-11-01T00:00:00Z", 1 },
		{ 3, "Citra", "Dinas B", NOW, 5 },
	};
	static const struct spec b[] = {
		{ 4, "Dewi", "Dinas C", NOW, 0 },
		{ 5, "Eko", "Dinas C", NOW, 5 },
		{ 6, "Fajar", "Dinas C", NOW, 2 },
	};
	static const char *const offices[][2] = { { "Dinas A", "kota-a" },
	    { "Dinas B", "kota-a" }, { "Dinas C", "kota-b" } };
	const char *both[] = { "kota-a", "kota-b" };
	struct collect_options o = { .now = at(NOW),
	    .content = &acct_content, .weeks = 4 };
	struct collect_merge_options mo = { true, at(NOW), "Provinsi" };
	struct collect_summary *direct, *merged;
	char *paths[2];
	size_t refused;

	(void)state;
	for (size_t i = 0; i < EXPORT_NELEM(a); i++)
		put_acct_in("kota-a", &a[i], i != 1, (int)i);
	for (size_t i = 0; i < EXPORT_NELEM(b); i++)
		put_acct_in("kota-b", &b[i], i == 0, (int)i);
	direct = run(both, 2, &o);
	paths[0] = summary_file("kota-a", &o);
	paths[1] = summary_file("kota-b", &o);
	merged = collect_merge_paths(paths, 2, &mo, &refused);
	assert_int_equal(refused, 0);
	assert_string_equal(merged->agency, "Provinsi");
	assert_int_equal(merged->reporting, direct->n_officials);
	assert_int_equal(merged->reporting, 6);
	assert_int_equal(merged->compliant, direct->compliant);
	assert_int_equal(merged->files, direct->files);
	assert_int_equal(merged->accepted, direct->accepted);
	assert_int_equal(merged->n_duplicates, direct->n_duplicates);
	assert_int_equal(merged->n_rejected, direct->n_rejected);
	assert_int_equal(merged->n_units, direct->n_units);
	assert_int_equal(merged->n_modules, direct->n_modules);
	assert_int_equal(merged->n_accounts, direct->n_accounts);
	for (size_t i = 0; i < EXPORT_NELEM(offices); i++) {
		char *name = xasprintf("%s / %s", offices[i][1], offices[i][0]);
		const struct collect_unit *d = unit_named(direct, offices[i][0]);
		const struct collect_unit *m = unit_named(merged, name);

		assert_int_equal(m->reporting, d->reporting);
		assert_int_equal(m->compliant, d->compliant);
		for (size_t k = 0; k < direct->n_modules; k++) {
			size_t mk = module_index(merged, direct->modules[k].id);

			assert_int_equal(m->modules[mk].finished,
			    d->modules[k].finished);
			assert_int_equal(m->modules[mk].na, d->modules[k].na);
			assert_int_equal(m->modules[mk].total,
			    d->modules[k].total);
		}
		for (size_t k = 0; k < direct->n_accounts; k++) {
			size_t mk = account_index(merged,
			    direct->accounts[k].id);

			assert_int_equal(m->accounts[mk].officials,
			    d->accounts[k].officials);
			assert_int_equal(m->accounts[mk].compliant,
			    d->accounts[k].compliant);
		}
		free(name);
	}
	/* The officials still to act: the same, with what each lacks. */
	assert_int_equal(merged->n_officials,
	    direct->n_officials - direct->compliant);
	for (size_t i = 0, j = 0; i < direct->n_officials; i++) {
		const struct collect_official *d = &direct->officials[i];
		const struct collect_official *m;

		if (d->compliant)
			continue;
		m = &merged->officials[j++];
		assert_string_equal(m->nip, d->nip);
		assert_int_equal(m->n_lacks, d->n_lacks);
		for (size_t k = 0; k < d->n_lacks; k++)
			assert_string_equal(merged->modules[m->lacks[k]].id,
			    direct->modules[d->lacks[k]].id);
	}
	/* The weeks, the same in every summary, add up too. */
	assert_int_equal(merged->n_weeks, 4);
	for (size_t k = 0; k < 4; k++) {
		assert_int_equal(merged->week_ends[k], direct->week_ends[k]);
		assert_int_equal(merged->weeks[k].reporting,
		    direct->weeks[k].reporting);
		assert_int_equal(merged->weeks[k].compliant,
		    direct->weeks[k].compliant);
	}
	assert_int_equal(merged->weeks[3].reporting, 6);
	assert_int_equal(merged->weeks[0].reporting, 1);	/* Budi's old */
	/* Files an office lists are named after its summary. */
	assert_int_equal(strncmp(tu_rel(dir, merged->duplicates[0].path),
	    "kota-a.summary.json:", 20), 0);
	collect_summary_free(merged);
	collect_summary_free(direct);
	free(paths[0]);
	free(paths[1]);
}

/* --no-officials: the officials still to act are left out, still
 * counted; a merged summary reads back and is written the same again;
 * a second summary of an office is refused, a damaged one too. */
static void
test_merge_options_and_refusals(void **state)
{
	static const struct spec a[] = {
		{ 1, "Ani", "Dinas A", NOW, 3 },
		{ 2, "Budi", "Dinas A", NOW, 5 },
	};
	struct collect_options o = { .now = at(NOW) };
	struct collect_merge_options mo = { false, at(NOW), NULL };
	struct collect_summary *m, *back;
	char *paths[3], *json, *again, *detail;
	size_t refused;

	(void)state;
	put_report("kota-a/ani.json", &a[0]);
	put_report("kota-a/budi.json", &a[1]);
	paths[0] = summary_file("kota-a", &o);
	paths[1] = xstrdup(paths[0]);
	paths[2] = tu_write(dir, "broken.summary.json", EXPORT_JSON_START "{");
	m = collect_merge_paths(paths, 3, &mo, &refused);
	assert_int_equal(refused, 2);
	assert_int_equal(m->n_rejected, 2);
	assert_string_equal(m->rejected[0].code, "same-office");
	assert_string_equal(m->rejected[1].code, "not-json");
	assert_int_equal(m->reporting, 2);
	assert_int_equal(m->compliant, 1);
	assert_int_equal(m->n_officials, 0);
	assert_string_equal(m->units[0].name, "kota-a / Dinas A");
	collect_summary_free(m);

	/* Kept, then read back: the same text again. */
	mo.officials = true;
	m = collect_merge_paths(paths, 1, &mo, &refused);
	assert_int_equal(m->n_officials, 1);
	json = summary_as(m, EXPORT_FMT_JSON);
	assert_int_equal(summary_read(json, strlen(json), &back, &detail),
	    REJECT_OK);
	assert_null(detail);
	again = summary_as(back, EXPORT_FMT_JSON);
	assert_string_equal(again, json);
	free(again);
	free(json);
	collect_summary_free(back);
	collect_summary_free(m);
	for (size_t i = 0; i < 3; i++)
		free(paths[i]);
}

/* The reader refuses figures that do not agree, naming the field. */
static void
test_summary_read_is_strict(void **state)
{
	static const struct spec a[] = {
		{ 1, "Ani", "Dinas A", NOW, 3 },
		{ 2, "Budi", "Dinas A", NOW, 5 },
	};
	static const struct {
		const char *from, *to;
		enum reject_reason why;
		const char *field;
	} edits[] = {
		{ "\"kind\": \"summary\"", "\"kind\": \"report\"",
		  REJECT_NOT_REPORT, NULL },
		{ "\"major\": 1", "\"major\": 2", REJECT_UNKNOWN_FORMAT, NULL },
		{ "\"officials\": 2", "\"officials\": 3", REJECT_INVALID,
		  "summary.officials" },
		{ "\"reporting\": 2, \"compliant\": 1, \"percent\": 50",
		  "\"reporting\": 2, \"compliant\": 1, \"percent\": 51",
		  REJECT_INVALID, "units[0].percent" },
		{ "\"reporting\": 2, \"compliant\": 1,",
		  "\"reporting\": 2, \"compliant\": 3,", REJECT_INVALID,
		  "units[0].compliant" },
		{ "\"nip\": \"198609262015051001\"",
		  "\"nip\": \"19860926201505100x\"", REJECT_INVALID,
		  "not_compliant[0].nip" },
		{ "\"lacks\": [ \"privacy\"", "\"lacks\": [ \"privazy\"",
		  REJECT_INVALID, "not_compliant[].lacks[0]" },
		{ "\"finished\": 6,", "\"finished\": 7,", REJECT_INVALID,
		  "module_totals[0].finished" },
		{ "\"units\": [\n    { \"unit\": \"Dinas A\"",
		  "\"units\": [\n    { \"unit\": 7", REJECT_INVALID,
		  "units[0].unit" },
		/* text collect would not write: a hidden character */
		{ "\"units\": [\n    { \"unit\": \"Dinas A\"",
		  "\"units\": [\n    { \"unit\": \"Dinas\\u202eA\"",
		  REJECT_INVALID, "units[0].unit" },
	};
	struct collect_options o = { .now = at(NOW) };
	struct collect_summary *s;
	char *path, *json, *detail;

	(void)state;
	put_report("kota/ani.json", &a[0]);
	put_report("kota/budi.json", &a[1]);
	free(summary_file("kota", &o));
	path = xasprintf("%s/kota.summary.json", dir);
	json = tu_read(path);
	assert_int_equal(summary_read(json, strlen(json), &s, &detail),
	    REJECT_OK);
	collect_summary_free(s);
	for (size_t i = 0; i < EXPORT_NELEM(edits); i++) {
		char *bad = xstrdup(json), *p = strstr(bad, edits[i].from);
		char *fixed;

		if (p == NULL)
			fail_msg("edit %zu: no %s", i, edits[i].from);
		fixed = xasprintf("%.*s%s%s", (int)(p - bad), bad, edits[i].to,
		    p + strlen(edits[i].from));
		if (summary_read(fixed, strlen(fixed), &s, &detail) !=
		    edits[i].why)
			fail_msg("edit %zu (%s) gave %s", i, edits[i].from,
			    detail ? detail : "no detail");
		assert_null(s);
		assert_non_null(detail);
		if (edits[i].field != NULL && strstr(detail, edits[i].field) ==
		    NULL)
			fail_msg("edit %zu: %s", i, detail);
		free(detail);
		free(fixed);
		free(bad);
	}
	assert_int_equal(summary_read(json, strlen(json) - 3, &s, &detail),
	    REJECT_NOT_JSON);
	free(detail);
	free(json);
	free(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_rejects_every_class, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_too_deep_folder, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_own_summary_is_skipped,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_newest_wins_ties_by_path_order,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_as_of_takes_the_state_then,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_summary_arithmetic, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_units_grouped_by_code,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_officials_sorted_by_name,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_unit_filter_ignores_case_and_spacing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_reports_are_flagged,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_threads_do_not_change_the_result, setup, teardown),
		cmocka_unit_test_setup_teardown(test_incident_too_large,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_incidents_kept_newest_first,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_incidents_follow_unit_and_as_of, setup, teardown),
		cmocka_unit_test_setup_teardown(test_awareness_score, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_na_counts_and_reasons,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_na_reasons_add_up,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_roster_not_reported, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_no_roster_says_unknown,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_accounts_compliance, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_merge_adds_up_exactly,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_merge_options_and_refusals,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_summary_read_is_strict,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_weeks_state_at_each_end,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_weeks_unit_filter_and_none,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_paths_without_reports,
		    setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
