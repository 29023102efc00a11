/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * export_page: a collect summary as one HTML page (see export_page.h),
 * written through base/html, which escapes every text once.
 *
 * A chart is an <svg> of horizontal bars, 100% being EXPORT_PAGE_BAR
 * units long (the viewBox scales it to the page), each bar a <g> with
 * the figures as data attributes, a <title> and the figures written
 * beside the bar; a long chart is cut into several <svg>s of at most
 * EXPORT_PAGE_CHUNK bars, each of which fits an A4 page.  The
 * compliance per week (--weeks) is a line over the weeks, oldest on the
 * left, a point per week with its figures in a <title> (and above the
 * point when there is room), the weeks' last days below, and a <desc>
 * saying in a sentence where it went.  The table after each chart gives
 * the same figures for a reader without the picture.  Coordinates are
 * whole numbers, so no decimal comma of a locale can slip in.
 */
#include "config.h"
#include "exchange/export_page.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/html.h"
#include "base/i18n.h"
#include "base/isotime.h"
#include "base/sanitize.h"
#include "base/utf8.h"
#include "base/xalloc.h"
#include "exchange/export.h"
#include "exchange/export_writer.h"	/* export_tr */

#define EXPORT_PAGE_LABEL 230	/* x where the labels end */
#define EXPORT_PAGE_X 240	/* x where the bars start */
#define EXPORT_PAGE_BAR 400	/* length of a 100% bar */
#define EXPORT_PAGE_WIDTH 780	/* of the viewBox */
#define EXPORT_PAGE_ROW 22	/* height of a bar's row */
#define EXPORT_PAGE_TOP 22	/* the scale above the bars */
#define EXPORT_PAGE_CHUNK 32	/* bars in one <svg> */
#define EXPORT_PAGE_CLIP 30	/* display columns of a label */
#define EXPORT_PAGE_BODY 2	/* depth inside <html><body> */
#define EXPORT_PAGE_TREND_X 64	/* x of the weeks' plot: 0 .. 100% */
#define EXPORT_PAGE_TREND_W 660	/* its width, the first week to the last */
#define EXPORT_PAGE_TREND_TOP 24	/* y of its 100% line */
#define EXPORT_PAGE_TREND_H 180	/* its height, 0 to 100% */
#define EXPORT_PAGE_TREND_LABEL 80	/* room for a week's date below it */
#define EXPORT_PAGE_TREND_VALUE 40	/* room for a figure above a point */

static const char export_page_css[] =
    "@page { size: A4; margin: 14mm 14mm 15mm 14mm; }\n"
    "html { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, "
    "sans-serif; font-size: 10pt; line-height: 1.3; color: #000; "
    "background: #fff; }\n"
    "body { margin: 0 auto; max-width: 182mm; overflow-wrap: break-word; }\n"
    "@media screen { body { padding: 6mm; } }\n"
    "h1 { font-size: 16pt; margin: 0 0 1mm; }\n"
    "h2 { font-size: 12.5pt; margin: 6mm 0 2mm; padding-bottom: 0.5mm; "
    "border-bottom: 0.4mm solid #000; break-after: avoid; "
    "page-break-after: avoid; }\n"
    "h3 { font-size: 10.5pt; margin: 4mm 0 1mm; break-after: avoid; "
    "page-break-after: avoid; }\n"
    "p { margin: 0 0 1.5mm; }\n"
    ".made { color: #333; font-size: 9pt; }\n"
    ".figures { display: flex; flex-wrap: wrap; gap: 3mm; margin: 3mm 0; }\n"
    ".figure { flex: 1 1 30mm; border: 0.4mm solid #000; padding: 2mm 3mm; "
    "break-inside: avoid; page-break-inside: avoid; }\n"
    ".figure .n { display: block; font-size: 20pt; font-weight: bold; }\n"
    ".figure.alert { border-width: 0.8mm; border-color: #b00020; }\n"
    ".figure.alert .n, .alert h2 { color: #b00020; }\n"
    "section.alert { border: 0.8mm solid #b00020; padding: 0 3mm 2mm; }\n"
    "table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }\n"
    "th, td { text-align: left; vertical-align: top; padding: 0.6mm 2mm "
    "0.6mm 0; border-bottom: 0.2mm solid #999; }\n"
    "th { border-bottom: 0.4mm solid #000; overflow-wrap: normal; }\n"
    "td.n, .when { white-space: nowrap; }\n"
    "td.n, th.n { text-align: right; }\n"
    "thead { display: table-header-group; }\n"
    "table.officials { table-layout: fixed; }\n"
    ".officials th:nth-child(1) { width: 30%; }\n"
    ".officials th:nth-child(2) { width: 24%; }\n"
    ".officials th:nth-child(3) { width: 14%; }\n"
    "table.record { width: auto; min-width: 90mm; }\n"
    ".record th { font-weight: normal; border-bottom: 0.2mm solid #999; "
    "padding-right: 6mm; }\n"
    "tr { break-inside: avoid; page-break-inside: avoid; }\n"
    "figure { margin: 2mm 0; }\n"
    "figcaption { font-size: 9pt; color: #333; }\n"
    "svg.chart { display: block; width: 100%; height: auto; "
    "break-inside: avoid; page-break-inside: avoid; }\n"
    "svg.chart text { font-size: 12px; fill: #000; }\n"
    "svg.chart .scale text { font-size: 10px; fill: #555; }\n"
    "svg.chart .scale line { stroke: #bbb; stroke-width: 1; }\n"
    "svg.chart .track { fill: #eee; }\n"
    "svg.chart .low { fill: #c62828; }\n"
    "svg.chart .mid { fill: #ef8f00; }\n"
    "svg.chart .high { fill: #2e7d32; }\n"
    "svg.chart .axis { stroke: #000; stroke-width: 1; }\n"
    "svg.chart .trend { fill: none; stroke: #1a4f8b; stroke-width: 2.5; }\n"
    "svg.chart .week circle { stroke: #000; stroke-width: 1; }\n"
    "svg.chart .dates text { font-size: 11px; }\n"
    "table.weeks { width: auto; min-width: 110mm; }\n"
    ".nowrap { display: inline; white-space: nowrap; }\n"
    "@media print { * { -webkit-print-color-adjust: exact; "
    "print-color-adjust: exact; } body { max-width: none; } }\n";

/* The whole number v as text in buf. */
static const char *
page_num(char buf[24], long long v)
{
	snprintf(buf, 24, "%lld", v);
	return buf;
}

/* The figures of a bar or point as the data attributes hold them:
 * reporting, compliant and the percentage (none when p is negative). */
static void
page_bar_figures(char rep[24], char com[24], char pct[24], size_t reporting,
    size_t compliant, long long p)
{
	page_num(rep, (long long)reporting);
	page_num(com, (long long)compliant);
	if (p >= 0)
		page_num(pct, p);
	else
		pct[0] = '\0';
}

/* s cleaned for showing (sanitize_text): no control, no hidden mark.
 * Caller frees. */
static char *
page_clean(const char *s)
{
	return sanitize_text(s != NULL ? s : "");
}

/* The date and time t as "YYYY-MM-DD HH:MM", or "-" for none. */
static void
page_when(time_t t, char buf[ISOTIME_LEN])
{
	if (t == 0) {
		strcpy(buf, "-");
		return;
	}
	isotime_format(t, buf);
	buf[10] = ' ';
	buf[16] = '\0';
}

/* A NIP in its printed groups (8 6 1 3 digits) when it has 18 digits,
 * else cleaned as it is.  Caller frees. */
static char *
page_nip(const char *nip)
{
	if (nip == NULL || strlen(nip) != 18 || strspn(nip, "0123456789") != 18)
		return page_clean(nip);
	return xasprintf("%.8s %.6s %.1s %.3s", nip, nip + 8, nip + 14, nip + 15);
}

/* The start of clean text s that fits cols display columns, with an
 * ellipsis when it was cut.  Caller frees. */
static char *
page_clip(const char *s, int cols)
{
	size_t i = 0, cut = 0;
	int used = 0;
	char *out;

	while (s[i] != '\0') {
		uint32_t cp;
		size_t n = utf8_decode(s + i, &cp);
		int w;

		if (n == 0)
			n = 1, cp = '?';
		w = utf8_width(cp);
		if (w < 0)
			w = 1;
		if (used + w > cols - 1 && cut == 0)
			cut = i;	/* where the ellipsis would go */
		if (used + w > cols)
			break;
		used += w;
		i += n;
	}
	if (s[i] == '\0')
		return xstrdup(s);
	out = xmalloc(cut + 4);
	memcpy(out, s, cut);
	strcpy(out + cut, "\xe2\x80\xa6");	/* U+2026 HORIZONTAL ELLIPSIS */
	return out;
}

/* <td> (or <th> when head) with class cls holding text. */
static void
page_cell(struct html *h, bool head, const char *cls, const char *text)
{
	html_elem(h, head ? "th" : "td", cls, text);
}

/* A cell of the page's own text (a number, a date) with class cls: as
 * it is, with no span that keeps it whole. */
static void
page_cell_plain(struct html *h, const char *cls, const char *text)
{
	bool nobreak = h->nobreak;

	h->nobreak = false;
	page_cell(h, false, cls, text);
	h->nobreak = nobreak;
}

/* A cell of clean untrusted text s. */
static void
page_cell_clean(struct html *h, const char *s)
{
	char *c = page_clean(s);

	page_cell(h, false, NULL, c);
	free(c);
}

/* A cell with the whole number v. */
static void
page_cell_num(struct html *h, long long v)
{
	char buf[24];

	page_cell_plain(h, "n", page_num(buf, v));
}

/* A cell with a percentage v, or "-" when negative (none). */
static void
page_cell_percent(struct html *h, long long v)
{
	char buf[24];

	if (v < 0)
		page_cell_plain(h, "n", "-");
	else {
		snprintf(buf, sizeof buf, "%lld%%", v);
		page_cell_plain(h, "n", buf);
	}
}

/* Open a table of class cls (NULL: none) with a head row of the n
 * labels (msgids; those from index num on head columns of numbers,
 * right-aligned) and its body. */
static void
page_table(struct html *h, const char *cls, const char *const *labels,
    size_t n, size_t num)
{
	html_open(h, "table", "class", cls, NULL);
	html_open(h, "thead", NULL);
	html_open(h, "tr", NULL);
	for (size_t i = 0; i < n; i++)
		page_cell(h, true, i >= num ? "n" : NULL,
		    export_tr(labels[i]));
	html_close(h, "tr");
	html_close(h, "thead");
	html_open(h, "tbody", NULL);
}

/* Close the table page_table opened. */
static void
page_table_end(struct html *h)
{
	html_close(h, "tbody");
	html_close(h, "table");
}

/* One headline figure: a box with the number (key names it for a
 * program, as in the JSON summary) and its label; alert marks it. */
static void
page_figure(struct html *h, const char *key, long long v, bool percent,
    const char *label, bool alert)
{
	char num[24], val[24];

	page_num(val, v);
	if (percent)
		snprintf(num, sizeof num, "%lld%%", v);
	else
		page_num(num, v);
	html_open(h, "div", "class", alert ? "figure alert" : "figure",
	    "data-key", key, "data-value", val, NULL);
	html_elem(h, "span", "n", num);
	html_elem(h, "span", "l", label);
	html_close(h, "div");
}

/* The title, who made the page and when, and what it covers. */
static void
page_head(struct html *h, const struct collect_summary *s)
{
	char when[ISOTIME_LEN], *made, *unit;

	html_elem(h, "h1", NULL,
	    _("WhatsApp account security: compliance summary"));
	isotime_format(s->generated, when);
	made = xasprintf(_("%s %s, export format %d.%d, made %s\n"), PACKAGE,
	    VERSION, EXPORT_MAJOR, EXPORT_MINOR, when);
	made[strcspn(made, "\n")] = '\0';
	html_elem(h, "p", "made", made);
	free(made);
	if (s->as_of != 0) {
		page_when(s->as_of, when);
		html_open(h, "p", "class", "made", NULL);
		html_text(h, _("As of (UTC)"));
		html_text(h, ": ");
		h->nobreak = false;
		html_text(h, when);
		h->nobreak = true;
		html_close(h, "p");
	}
	if (s->unit_filter != NULL) {
		unit = page_clean(s->unit_filter);
		html_open(h, "p", "class", "made", NULL);
		html_text(h, _("Work unit (filter)"));
		html_text(h, ": ");
		html_text(h, unit);
		html_close(h, "p");
		free(unit);
	}
}

/* The headline figures. */
static void
page_figures(struct html *h, const struct collect_summary *s)
{
	html_open(h, "div", "class", "figures", NULL);
	page_figure(h, "officials", (long long)s->n_officials, false,
	    _("Officials reporting"), false);
	page_figure(h, "compliant", (long long)s->compliant, false,
	    _("Officials compliant"), false);
	page_figure(h, "percent", export_percent(s->compliant, s->n_officials),
	    true, _("Compliant (%)"), false);
	page_figure(h, "incidents", (long long)s->n_incidents, false,
	    _("Incidents reported"), s->n_incidents > 0);
	if (s->roster != NULL) {
		page_figure(h, "expected", (long long)s->expected, false,
		    _("Officials expected"), false);
		page_figure(h, "not_reported",
		    (long long)(s->expected - s->expected_reporting), false,
		    _("Not yet reported"), s->expected > s->expected_reporting);
	}
	html_close(h, "div");
}

/* Every incident, newest first, in a box that stands out. */
static void
page_incidents(struct html *h, const struct collect_summary *s)
{
	static const char *const labels[] = { N_("Recorded (UTC)"),
	    N_("Name"), N_("NIP"), N_("Work unit"),
	    N_("Contacts asked for money"), N_("What was noticed") };
	char when[ISOTIME_LEN];

	if (s->n_incidents == 0)
		return;
	html_open(h, "section", "class", "alert", "id", "incidents", NULL);
	html_elem(h, "h2", NULL, _("Incidents: accounts that may be taken over"));
	page_table(h, "incidents", labels, EXPORT_NELEM(labels), SIZE_MAX);
	for (size_t i = 0; i < s->n_incidents; i++) {
		const struct collect_incident *inc = &s->incidents[i];
		char *nip = page_nip(inc->nip);

		html_open(h, "tr", NULL);
		page_when(inc->time, when);
		page_cell_plain(h, "when", when);
		page_cell_clean(h, inc->name);
		page_cell(h, false, NULL, nip);
		page_cell_clean(h, inc->unit);
		page_cell(h, false, NULL, incident_money_label(inc->money));
		page_cell(h, false, NULL, incident_noticed_label(inc->noticed));
		html_close(h, "tr");
		free(nip);
	}
	page_table_end(h);
	html_close(h, "section");
}

/* The units of s, worst first. */
struct page_unit {
	size_t index;
	const struct collect_unit *u;
};

/* qsort: no one reporting first, then the lowest share compliant, then
 * the most not compliant, then the summary's order (by name). */
static int
page_unit_cmp(const void *a, const void *b)
{
	const struct page_unit *x = a, *y = b;
	uint64_t l, r;

	if ((x->u->reporting == 0) != (y->u->reporting == 0))
		return x->u->reporting == 0 ? -1 : 1;
	l = (uint64_t)x->u->compliant * y->u->reporting;
	r = (uint64_t)y->u->compliant * x->u->reporting;
	if (l != r)
		return l < r ? -1 : 1;
	l = x->u->reporting - x->u->compliant;
	r = y->u->reporting - y->u->compliant;
	if (l != r)
		return l > r ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/* The units of s, worst first.  Caller frees. */
static struct page_unit *
page_units(const struct collect_summary *s)
{
	struct page_unit *order = xcalloc(s->n_units + 1, sizeof *order);

	for (size_t i = 0; i < s->n_units; i++) {
		order[i].index = i;
		order[i].u = &s->units[i];
	}
	if (s->n_units > 1)
		qsort(order, s->n_units, sizeof *order, page_unit_cmp);
	return order;
}

/* The class of a bar of percentage p. */
static const char *
page_band(long long p)
{
	return p < 50 ? "low" : p < 80 ? "mid" : "high";
}

/* Open chunk k of a chart of n bars, titled title, with its scale. */
static void
page_chart_open(struct html *h, const char *id, const char *title,
    size_t k, size_t n)
{
	size_t rows = n - k * EXPORT_PAGE_CHUNK;
	char vb[64], tid[64], x[24], y2[24], num[24];

	if (rows > EXPORT_PAGE_CHUNK)
		rows = EXPORT_PAGE_CHUNK;
	snprintf(vb, sizeof vb, "0 0 %d %zu", EXPORT_PAGE_WIDTH,
	    EXPORT_PAGE_TOP + rows * EXPORT_PAGE_ROW + 4);
	snprintf(tid, sizeof tid, "%s-%zu", id, k);
	html_open(h, "svg", "class", "chart", "viewBox", vb, "role", "img",
	    "aria-labelledby", tid, NULL);
	html_open(h, "title", "id", tid, NULL);
	html_text(h, title);
	html_close(h, "title");
	html_open(h, "g", "class", "scale", "aria-hidden", "true", NULL);
	page_num(y2, (long long)(EXPORT_PAGE_TOP + rows * EXPORT_PAGE_ROW));
	for (int p = 0; p <= 100; p += 25) {
		page_num(x, EXPORT_PAGE_X + p * EXPORT_PAGE_BAR / 100);
		html_open(h, "line", "x1", x, "x2", x, "y1", "16", "y2", y2,
		    NULL);
		html_close(h, "line");
		snprintf(num, sizeof num, "%d%%", p);
		html_open(h, "text", "x", x, "y", "12", "text-anchor", "middle",
		    NULL);
		html_text(h, num);
		html_close(h, "text");
	}
	html_close(h, "g");
}

/*
 * Draw the inside of bar row (0 the first of its chunk): the label
 * (clean text, clipped), the track, the bar of percentage p (none when
 * negative) and the figures text beside it.  The <g> is the caller's.
 */
static void
page_bar(struct html *h, size_t row, const char *label, long long p,
    const char *figures)
{
	long long y = EXPORT_PAGE_TOP + (long long)row * EXPORT_PAGE_ROW;
	char ty[24], by[24], lx[24], bx[24], bw[24], tw[24], vx[24];
	char *clip = page_clip(label, EXPORT_PAGE_CLIP);

	page_num(ty, y + 15);
	page_num(by, y + 4);
	page_num(lx, EXPORT_PAGE_LABEL);
	page_num(bx, EXPORT_PAGE_X);
	page_num(tw, EXPORT_PAGE_BAR);
	page_num(vx, EXPORT_PAGE_X + EXPORT_PAGE_BAR + 8);
	html_open(h, "text", "x", lx, "y", ty, "text-anchor", "end", NULL);
	html_text(h, clip);
	html_close(h, "text");
	html_open(h, "rect", "class", "track", "x", bx, "y", by, "width", tw,
	    "height", "14", NULL);
	html_close(h, "rect");
	if (p >= 0) {
		page_num(bw, p * EXPORT_PAGE_BAR / 100);
		html_open(h, "rect", "class", page_band(p), "x", bx, "y", by,
		    "width", bw, "height", "14", NULL);
		html_close(h, "rect");
	}
	html_open(h, "text", "class", "value", "x", vx, "y", ty, NULL);
	html_text(h, figures);
	html_close(h, "text");
	free(clip);
}

/* The percentage of the unit's officials reporting that are
 * compliant; -1 when no one reports. */
static long long
page_unit_percent(const struct collect_unit *u)
{
	return u->reporting > 0 ? export_percent(u->compliant, u->reporting) :
	    -1;
}

/* "60% (3 of 5)", or "no reports".  Caller frees. */
static char *
page_figures_text(long long p, uint64_t part, uint64_t whole)
{
	if (p < 0)
		return xstrdup(_("no reports"));
	/* TRANSLATORS: beside a bar: the percentage, then how many of how
	 * many ("60% (3 of 5)"). */
	return xasprintf(_("%lld%% (%llu of %llu)"), p,
	    (unsigned long long)part, (unsigned long long)whole);
}

/* The x of week k of n on the weeks' chart. */
static long long
page_week_x(size_t k, size_t n)
{
	if (n < 2)
		return EXPORT_PAGE_TREND_X + EXPORT_PAGE_TREND_W / 2;
	return EXPORT_PAGE_TREND_X + (long long)k * EXPORT_PAGE_TREND_W /
	    (long long)(n - 1);
}

/* The y of percentage p on the weeks' chart. */
static long long
page_week_y(long long p)
{
	return EXPORT_PAGE_TREND_TOP + EXPORT_PAGE_TREND_H -
	    p * EXPORT_PAGE_TREND_H / 100;
}

/* The percentage compliant in week t; -1 when no one reported. */
static long long
page_week_percent(const struct collect_week_tally *t)
{
	return t->reporting > 0 ? export_percent(t->compliant, t->reporting) :
	    -1;
}

/* The last day of week k of s, "YYYY-MM-DD". */
static void
page_week_day(const struct collect_summary *s, size_t k,
    char buf[ISOTIME_LEN])
{
	isotime_format(s->week_ends[k], buf);
	buf[10] = '\0';
}

/* The weeks' chart's scale: a line and a label at every 25%, the axis
 * at 0, and the weeks' last days below it, every step-th counted back
 * from the newest, with what they are. */
static void
page_weeks_scale(struct html *h, const struct collect_summary *s,
    size_t step)
{
	size_t n = (size_t)s->n_weeks;
	char x1[24], x2[24], lx[24], y[24], ty[24], num[24];
	char day[ISOTIME_LEN];

	page_num(x1, EXPORT_PAGE_TREND_X);
	page_num(x2, EXPORT_PAGE_TREND_X + EXPORT_PAGE_TREND_W);
	page_num(lx, EXPORT_PAGE_TREND_X - 8);
	html_open(h, "g", "class", "scale", "aria-hidden", "true", NULL);
	for (int p = 0; p <= 100; p += 25) {
		page_num(y, page_week_y(p));
		page_num(ty, page_week_y(p) + 4);
		html_open(h, "line", "x1", x1, "x2", x2, "y1", y, "y2", y,
		    NULL);
		html_close(h, "line");
		snprintf(num, sizeof num, "%d%%", p);
		html_open(h, "text", "x", lx, "y", ty, "text-anchor", "end",
		    NULL);
		html_text(h, num);
		html_close(h, "text");
	}
	page_num(y, page_week_y(0));
	html_open(h, "line", "class", "axis", "x1", x1, "x2", x2, "y1", y,
	    "y2", y, NULL);
	html_close(h, "line");
	html_close(h, "g");
	html_open(h, "g", "class", "dates", "aria-hidden", "true", NULL);
	page_num(y, page_week_y(0) + 18);
	for (size_t k = 0; k < n; k++) {
		if ((n - 1 - k) % step != 0)
			continue;
		page_num(x1, page_week_x(k, n));
		page_week_day(s, k, day);
		html_open(h, "text", "x", x1, "y", y, "text-anchor", "middle",
		    NULL);
		html_text(h, day);
		html_close(h, "text");
	}
	page_num(x1, EXPORT_PAGE_TREND_X + EXPORT_PAGE_TREND_W / 2);
	page_num(y, page_week_y(0) + 38);
	html_open(h, "text", "x", x1, "y", y, "text-anchor", "middle", NULL);
	html_text(h, _("Week ending (UTC)"));
	html_close(h, "text");
	html_close(h, "g");
}

/* The line through the weeks with reports, broken where a week has
 * none. */
static void
page_weeks_line(struct html *h, const struct collect_summary *s)
{
	size_t n = (size_t)s->n_weeks, k = 0;

	while (k < n) {
		char pt[64], *points = NULL;
		size_t first = k;

		for (; k < n && s->weeks[k].reporting > 0; k++) {
			char *more;

			snprintf(pt, sizeof pt, "%lld,%lld", page_week_x(k, n),
			    page_week_y(page_week_percent(&s->weeks[k])));
			more = xasprintf("%s%s%s", points ? points : "",
			    points ? " " : "", pt);
			free(points);
			points = more;
		}
		if (k > first + 1) {
			html_open(h, "polyline", "class", "trend", "points",
			    points, "aria-hidden", "true", NULL);
			html_close(h, "polyline");
		}
		free(points);
		if (k == first)
			k++;
	}
}

/* Week k's point: a <g> with its figures as data attributes and in a
 * <title>, a dot, and the percentage above it when labelled (a week
 * with no reports has the <g> and the <title> only). */
static void
page_week_point(struct html *h, const struct collect_summary *s, size_t k,
    bool labelled)
{
	const struct collect_week_tally *t = &s->weeks[k];
	size_t n = (size_t)s->n_weeks;
	long long p = page_week_percent(t);
	char end[ISOTIME_LEN], day[ISOTIME_LEN], rep[24], com[24], pct[24];
	char x[24], y[24], ty[24], *fig, *tip;

	isotime_format(s->week_ends[k], end);
	page_week_day(s, k, day);
	page_bar_figures(rep, com, pct, t->reporting, t->compliant, p);
	fig = page_figures_text(p, t->compliant, t->reporting);
	/* TRANSLATORS: a point of the chart of compliance per week: the
	 * week's last day, then its figures ("60% (3 of 5)"). */
	tip = xasprintf(_("Week ending %s: %s"), day, fig);
	html_open(h, "g", "class", "week", "data-week-end", end,
	    "data-reporting", rep, "data-compliant", com, "data-percent", pct,
	    NULL);
	html_open(h, "title", NULL);
	html_text(h, tip);
	html_close(h, "title");
	if (p >= 0) {
		page_num(x, page_week_x(k, n));
		page_num(y, page_week_y(p));
		page_num(ty, page_week_y(p) - 9);
		html_open(h, "circle", "class", page_band(p), "cx", x, "cy", y,
		    "r", "4", NULL);
		html_close(h, "circle");
		if (labelled) {
			snprintf(pct, sizeof pct, "%lld%%", p);
			html_open(h, "text", "class", "value", "x", x, "y", ty,
			    "text-anchor", "middle", NULL);
			html_text(h, pct);
			html_close(h, "text");
		}
	}
	html_close(h, "g");
	free(tip);
	free(fig);
}

/* The weeks' chart in a sentence, for a reader who cannot see it: the
 * first week with reports and the last.  Caller frees. */
static char *
page_weeks_desc(const struct collect_summary *s, size_t first, size_t last)
{
	char a[ISOTIME_LEN], b[ISOTIME_LEN];

	page_week_day(s, first, a);
	page_week_day(s, last, b);
	if (first == last)
		/* TRANSLATORS: the chart of compliance per week in a
		 * sentence, when one week only has reports. */
		return xasprintf(_("%lld%% compliant in the week ending %s."),
		    page_week_percent(&s->weeks[first]), a);
	/* TRANSLATORS: the chart of compliance per week in a sentence:
	 * the first week with reports, then the last. */
	return xasprintf(_("From %lld%% compliant in the week ending %s to "
	    "%lld%% in the week ending %s."),
	    page_week_percent(&s->weeks[first]), a,
	    page_week_percent(&s->weeks[last]), b);
}

/* The chart of the compliance per week, from week first to week last,
 * the first and the last with reports. */
static void
page_weeks_chart(struct html *h, const struct collect_summary *s,
    const char *title, size_t first, size_t last)
{
	size_t n = (size_t)s->n_weeks, step;
	char vb[64], *desc = page_weeks_desc(s, first, last);
	bool labelled;

	/* A date is about 70 units wide, a figure 30: with many weeks
	 * every step-th date is shown, and only the first and last
	 * figures (each is in its point's <title> and in the table). */
	step = n < 2 ? 1 : (EXPORT_PAGE_TREND_LABEL * (n - 1) +
	    EXPORT_PAGE_TREND_W - 1) / EXPORT_PAGE_TREND_W;
	if (step == 0)
		step = 1;
	labelled = n < 2 ||
	    EXPORT_PAGE_TREND_VALUE * (n - 1) <= EXPORT_PAGE_TREND_W;
	snprintf(vb, sizeof vb, "0 0 %d %d", EXPORT_PAGE_WIDTH,
	    EXPORT_PAGE_TREND_TOP + EXPORT_PAGE_TREND_H + 48);
	html_open(h, "figure", NULL);
	h->nobreak = false;	/* a <span> inside SVG text would hide it */
	html_open(h, "svg", "class", "chart weeks", "viewBox", vb, "role",
	    "img", "aria-labelledby", "chart-weeks-title", "aria-describedby",
	    "chart-weeks-desc", NULL);
	html_open(h, "title", "id", "chart-weeks-title", NULL);
	html_text(h, title);
	html_close(h, "title");
	html_open(h, "desc", "id", "chart-weeks-desc", NULL);
	html_text(h, desc);
	html_close(h, "desc");
	page_weeks_scale(h, s, step);
	page_weeks_line(h, s);
	for (size_t k = 0; k < n; k++)	/* the first and last always */
		page_week_point(h, s, k, labelled || k == first || k == last);
	html_close(h, "svg");
	html_elem(h, "p", "desc", desc);
	h->nobreak = true;
	html_elem(h, "figcaption", NULL, _("Officials compliant of those "
	    "reporting, each week as it stood at the week's end; the table "
	    "gives the same figures."));
	html_close(h, "figure");
	free(desc);
}

/* The compliance over time: with --weeks, a chart of the percentage
 * compliant per week and its table; without, a line saying how to get
 * it. */
static void
page_weeks(struct html *h, const struct collect_summary *s)
{
	static const char *const labels[] = { N_("Week ending (UTC)"),
	    N_("Reporting"), N_("Compliant"), N_("Compliant (%)") };
	const char *title = _("Compliance per week");
	size_t n = (size_t)s->n_weeks, first = n, last = n;
	char day[ISOTIME_LEN];

	html_open(h, "section", "id", "weeks", NULL);
	html_elem(h, "h2", NULL, title);
	if (n == 0) {
		html_elem(h, "p", "none", _("No weeks were asked for: collect "
		    "--weeks N shows the compliance of each of the last N "
		    "weeks."));
		html_close(h, "section");
		return;
	}
	for (size_t k = 0; k < n; k++)
		if (s->weeks[k].reporting > 0) {
			if (first == n)
				first = k;
			last = k;
		}
	if (first == n)
		html_elem(h, "p", "none", _("No report was made in these "
		    "weeks."));
	else
		page_weeks_chart(h, s, title, first, last);
	page_table(h, "weeks", labels, EXPORT_NELEM(labels), 1);
	for (size_t k = 0; k < n; k++) {
		html_open(h, "tr", NULL);
		page_week_day(s, k, day);
		page_cell_plain(h, "when", day);
		page_cell_num(h, (long long)s->weeks[k].reporting);
		page_cell_num(h, (long long)s->weeks[k].compliant);
		page_cell_percent(h, page_week_percent(&s->weeks[k]));
		html_close(h, "tr");
	}
	page_table_end(h);
	html_close(h, "section");
}

/* The chart of compliance per work unit, worst first, and its table. */
static void
page_unit_chart(struct html *h, const struct collect_summary *s,
    const struct page_unit *order)
{
	/* the last two with a roster only */
	static const char *const labels[] = { N_("Work unit"),
	    N_("Reporting"), N_("Compliant"), N_("Compliant (%)"),
	    N_("Stale"), N_("Expected"), N_("Not yet reported") };
	const char *title = _("Compliance per work unit, worst first");
	char rep[24], com[24], pct[24];

	html_open(h, "section", "id", "units", NULL);
	html_elem(h, "h2", NULL, title);
	if (s->n_units == 0) {
		html_elem(h, "p", NULL, _("No report was read."));
		html_close(h, "section");
		return;
	}
	html_open(h, "figure", NULL);
	h->nobreak = false;	/* a <span> inside SVG text would hide it */
	for (size_t i = 0; i < s->n_units; i++) {
		const struct collect_unit *u = order[i].u;
		long long p = page_unit_percent(u);
		char *name = page_clean(u->name);
		char *fig = page_figures_text(p, u->compliant, u->reporting);
		char *tip = xasprintf("%s: %s", name, fig);

		if (i % EXPORT_PAGE_CHUNK == 0) {
			if (i > 0)
				html_close(h, "svg");
			page_chart_open(h, "chart-units", title,
			    i / EXPORT_PAGE_CHUNK, s->n_units);
		}
		page_bar_figures(rep, com, pct, u->reporting, u->compliant, p);
		html_open(h, "g", "class", "bar", "data-unit", name,
		    "data-reporting", rep, "data-compliant", com,
		    "data-percent", pct, NULL);
		html_open(h, "title", NULL);
		html_text(h, tip);
		html_close(h, "title");
		page_bar(h, i % EXPORT_PAGE_CHUNK, name, p, fig);
		html_close(h, "g");
		free(tip);
		free(fig);
		free(name);
	}
	html_close(h, "svg");
	h->nobreak = true;
	html_elem(h, "figcaption", NULL, _("Officials compliant of those "
	    "reporting, per work unit; the table gives the same figures."));
	html_close(h, "figure");

	page_table(h, "units", labels, s->roster != NULL ?
	    EXPORT_NELEM(labels) : EXPORT_NELEM(labels) - 2, 1);
	for (size_t i = 0; i < s->n_units; i++) {
		const struct collect_unit *u = order[i].u;

		html_open(h, "tr", NULL);
		page_cell_clean(h, u->name);
		page_cell_num(h, (long long)u->reporting);
		page_cell_num(h, (long long)u->compliant);
		page_cell_percent(h, page_unit_percent(u));
		page_cell_num(h, (long long)u->stale);
		if (s->roster != NULL) {
			page_cell_num(h, (long long)u->expected);
			page_cell_num(h, (long long)(u->expected -
			    u->expected_reporting));
		}
		html_close(h, "tr");
	}
	page_table_end(h);
	html_close(h, "section");
}

/* The chart of completion per module, over every unit, and its
 * table. */
static void
page_module_chart(struct html *h, const struct collect_summary *s)
{
	static const char *const labels[] = { N_("Module"), N_("Required"),
	    N_("Steps finished"), N_("Of them not applicable"),
	    N_("Steps in all"), N_("Finished (%)") };
	const char *title = _("Completion per module");
	struct collect_progress *all = xcalloc(s->n_modules + 1, sizeof *all);
	size_t n = 0, row = 0;
	char fin[24], tot[24], pct[24];

	for (size_t i = 0; i < s->n_units; i++)
		for (size_t m = 0; m < s->n_modules; m++) {
			all[m].finished += s->units[i].modules[m].finished;
			all[m].total += s->units[i].modules[m].total;
			all[m].na += s->units[i].modules[m].na;
		}
	for (size_t m = 0; m < s->n_modules; m++)
		n += all[m].total > 0;
	html_open(h, "section", "id", "modules", NULL);
	html_elem(h, "h2", NULL, title);
	if (n == 0) {
		html_elem(h, "p", NULL, _("No report was read."));
		html_close(h, "section");
		free(all);
		return;
	}
	html_open(h, "figure", NULL);
	h->nobreak = false;	/* a <span> inside SVG text would hide it */
	for (size_t m = 0; m < s->n_modules; m++) {
		long long p = export_percent(all[m].finished, all[m].total);
		char *label, *fig;

		if (all[m].total == 0)
			continue;
		label = page_clean(export_tr(s->modules[m].title));
		fig = page_figures_text(p, all[m].finished, all[m].total);
		if (row % EXPORT_PAGE_CHUNK == 0) {
			if (row > 0)
				html_close(h, "svg");
			page_chart_open(h, "chart-modules", title,
			    row / EXPORT_PAGE_CHUNK, n);
		}
		page_num(fin, (long long)all[m].finished);
		page_num(tot, (long long)all[m].total);
		page_num(pct, p);
		html_open(h, "g", "class", "bar", "data-module",
		    s->modules[m].id, "data-finished", fin, "data-total", tot,
		    "data-percent", pct, NULL);
		html_open(h, "title", NULL);
		html_text(h, label);
		html_text(h, ": ");
		html_text(h, fig);
		html_close(h, "title");
		page_bar(h, row % EXPORT_PAGE_CHUNK, label, p, fig);
		html_close(h, "g");
		row++;
		free(fig);
		free(label);
	}
	html_close(h, "svg");
	h->nobreak = true;
	html_elem(h, "figcaption", NULL, _("Steps finished (done or not "
	    "applicable) of all steps, per module, over every work unit; the "
	    "table gives the same figures."));
	html_close(h, "figure");
	page_table(h, "modules", labels, EXPORT_NELEM(labels), 2);
	for (size_t m = 0; m < s->n_modules; m++) {
		if (all[m].total == 0)
			continue;
		html_open(h, "tr", NULL);
		page_cell_clean(h, export_tr(s->modules[m].title));
		page_cell(h, false, NULL, s->modules[m].required ? _("yes") :
		    _("no"));
		page_cell_num(h, (long long)all[m].finished);
		page_cell_num(h, (long long)all[m].na);
		page_cell_num(h, (long long)all[m].total);
		page_cell_percent(h, export_percent(all[m].finished,
		    all[m].total));
		html_close(h, "tr");
	}
	page_table_end(h);
	html_close(h, "section");
	free(all);
}

/*
 * The n items of a list sorted by unit, grouped by it: on return
 * (*start)[u] .. (*start)[u + 1] index (*by) for unit u, in the list's
 * order.  unit_of gives an item's unit.  Caller frees both.
 */
static void
page_group(size_t n_units, size_t n, size_t (*unit_of)(const void *, size_t),
    const void *list, size_t **start, size_t **by)
{
	size_t *st = xcalloc(n_units + 2, sizeof *st);
	size_t *b = xcalloc(n + 1, sizeof *b);
	size_t *fill = xcalloc(n_units + 1, sizeof *fill);

	for (size_t i = 0; i < n; i++)
		st[unit_of(list, i) + 1]++;
	for (size_t u = 0; u < n_units; u++)
		st[u + 1] += st[u];
	for (size_t i = 0; i < n; i++) {
		size_t u = unit_of(list, i);

		b[st[u] + fill[u]++] = i;
	}
	free(fill);
	*start = st;
	*by = b;
}

/* page_group: the unit of official i not yet compliant (compliant ones
 * are grouped too, and passed over when shown). */
static size_t
page_official_unit(const void *list, size_t i)
{
	return ((const struct collect_official *)list)[i].unit;
}

/* page_group: the unit of official i on the roster who has not
 * reported. */
static size_t
page_missing_unit(const void *list, size_t i)
{
	return ((const struct collect_missing *)list)[i].unit;
}

/* The officials not yet compliant in unit u (indices from first to
 * last into s->officials, by), with what each still has to finish. */
static void
page_act_officials(struct html *h, const struct collect_summary *s,
    const size_t *by, size_t first, size_t last)
{
	static const char *const labels[] = { N_("Name"), N_("NIP"),
	    N_("Report of (UTC)"), N_("Still to finish") };
	char when[ISOTIME_LEN];

	page_table(h, "officials", labels, EXPORT_NELEM(labels), SIZE_MAX);
	for (size_t k = first; k < last; k++) {
		const struct collect_official *o = &s->officials[by[k]];
		char *nip;

		if (o->compliant)
			continue;
		nip = page_nip(o->nip);
		html_open(h, "tr", "class", o->stale ? "stale" : NULL, NULL);
		page_cell_clean(h, o->name);
		page_cell(h, false, NULL, nip);
		page_when(o->exported, when);
		when[10] = '\0';
		html_open(h, "td", NULL);
		h->nobreak = false;
		html_elem(h, "span", "when", when);
		h->nobreak = true;
		if (o->stale) {
			html_text(h, " (");
			html_text(h, _("Stale"));
			html_text(h, ")");
		}
		html_close(h, "td");
		html_open(h, "td", NULL);
		for (size_t i = 0; i < o->n_lacks; i++) {
			char *t = page_clean(export_tr(
			    s->modules[o->lacks[i]].title));

			if (i > 0)
				html_text(h, ", ");
			html_text(h, t);
			free(t);
		}
		html_close(h, "td");
		html_close(h, "tr");
		free(nip);
	}
	page_table_end(h);
}

/* The officials on the roster of a unit who have not reported. */
static void
page_act_missing(struct html *h, const struct collect_summary *s,
    const size_t *by, size_t first, size_t last)
{
	static const char *const labels[] = { N_("Name"), N_("NIP") };

	html_elem(h, "p", NULL, _("Officials who have not reported"));
	page_table(h, "missing", labels, EXPORT_NELEM(labels), SIZE_MAX);
	for (size_t k = first; k < last; k++) {
		const struct collect_missing *m = &s->missing[by[k]];
		char *nip = page_nip(m->nip);

		html_open(h, "tr", NULL);
		page_cell_clean(h, m->name);
		page_cell(h, false, NULL, nip);
		html_close(h, "tr");
		free(nip);
	}
	page_table_end(h);
}

/* Per work unit, worst first, the officials still to act: those not yet
 * compliant and, with a roster, those who have not reported. */
static void
page_to_act(struct html *h, const struct collect_summary *s,
    const struct page_unit *order)
{
	size_t *ost, *oby, *mst, *mby;
	bool any = false;

	page_group(s->n_units, s->n_officials, page_official_unit,
	    s->officials, &ost, &oby);
	page_group(s->n_units, s->n_missing, page_missing_unit, s->missing,
	    &mst, &mby);
	html_open(h, "section", "id", "to-act", NULL);
	html_elem(h, "h2", NULL, _("Officials still to act, per work unit"));
	for (size_t i = 0; i < s->n_units; i++) {
		const struct collect_unit *u = order[i].u;
		size_t x = order[i].index;
		size_t late = u->reporting - u->compliant;
		size_t missing = mst[x + 1] - mst[x];
		char *name, *count;

		if (late == 0 && missing == 0)
			continue;
		any = true;
		name = page_clean(u->name);
		html_open(h, "div", "class", "unit", "data-unit", name, NULL);
		html_elem(h, "h3", NULL, name);
		if (late > 0) {
			/* TRANSLATORS: officials of a work unit not yet
			 * compliant, of those reporting. */
			count = xasprintf(ngettext("%lu of %lu official "
			    "reporting is not yet compliant.", "%lu of %lu "
			    "officials reporting are not yet compliant.",
			    u->reporting), (unsigned long)late,
			    (unsigned long)u->reporting);
			html_elem(h, "p", NULL, count);
			free(count);
			page_act_officials(h, s, oby, ost[x], ost[x + 1]);
		}
		if (missing > 0)
			page_act_missing(h, s, mby, mst[x], mst[x + 1]);
		html_close(h, "div");
		free(name);
	}
	if (!any)
		html_elem(h, "p", NULL, s->n_officials > 0 ?
		    _("Every official reporting is compliant.") :
		    _("No report was read."));
	html_close(h, "section");
	free(ost);
	free(oby);
	free(mst);
	free(mby);
}

/* A line "label: n" of the files' record. */
static void
page_count(struct html *h, const char *label, size_t n)
{
	html_open(h, "tr", NULL);
	page_cell(h, true, NULL, label);
	page_cell_num(h, (long long)n);
	html_close(h, "tr");
}

/* What was read: the files' counts, the files rejected and why, and the
 * paths that held no report. */
static void
page_files(struct html *h, const struct collect_summary *s)
{
	static const char *const labels[] = { N_("File"), N_("Reason") };

	html_open(h, "section", "id", "files", NULL);
	html_elem(h, "h2", NULL, _("Report files"));
	html_open(h, "table", "class", "record", NULL);
	html_open(h, "tbody", NULL);
	page_count(h, _("Report files found"), s->files);
	page_count(h, _("Valid reports"), s->accepted);
	page_count(h, _("Files rejected"), s->n_rejected);
	page_count(h, _("Older reports replaced"), s->n_duplicates);
	if (s->as_of != 0)
		page_count(h, _("Reports after the as-of time (left out)"),
		    s->after_as_of);
	if (s->unit_filter != NULL)
		page_count(h, _("Officials of other units (left out)"),
		    s->other_units);
	page_count(h, _("Paths with no report"), s->n_empty);
	page_table_end(h);
	if (s->n_rejected > 0) {
		html_elem(h, "h3", NULL, _("Files rejected"));
		page_table(h, "rejected", labels, EXPORT_NELEM(labels), SIZE_MAX);
		for (size_t i = 0; i < s->n_rejected; i++) {
			html_open(h, "tr", NULL);
			page_cell_clean(h, s->rejected[i].path);
			page_cell_clean(h, s->rejected[i].reason);
			html_close(h, "tr");
		}
		page_table_end(h);
	}
	if (s->n_empty > 0) {
		html_elem(h, "h3", NULL, _("Paths with no report"));
		html_open(h, "ul", NULL);
		for (size_t i = 0; i < s->n_empty; i++) {
			char *p = page_clean(s->empty[i]);

			html_elem(h, "li", NULL, p);
			free(p);
		}
		html_close(h, "ul");
	}
	html_close(h, "section");
}

bool
export_page_path(const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	return dot != NULL && strchr(dot, '/') == NULL &&
	    (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0);
}

int
export_page_summary(const struct collect_summary *s, FILE *f)
{
	struct page_unit *order = page_units(s);
	struct html h;

	html_begin(&h, f, i18n_language(),
	    _("WhatsApp account security: compliance summary"),
	    export_page_css, "summary");
	h.nobreak = true;
	page_head(&h, s);
	page_figures(&h, s);
	page_incidents(&h, s);
	page_weeks(&h, s);
	page_unit_chart(&h, s, order);
	page_module_chart(&h, s);
	page_to_act(&h, s, order);
	page_files(&h, s);
	html_close_to(&h, EXPORT_PAGE_BODY);
	html_end(&h);
	free(order);
	errno = 0;
	if (fflush(f) != 0 || ferror(f))
		return -(errno ? errno : EIO);
	return 0;
}
