/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * handout: the whole checklist for print (see handout.h): the walk over
 * the content that every format shares (see handout_ops.h); the formats
 * are handout_text.c, handout_md.c and handout_html.c.
 */
#include "config.h"
#include "exchange/handout_ops.h"

#include <assert.h>
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"

#define HANDOUT_MAX_FIELDS 7

/* The agency's own numbers, in the order the contacts show them. */
static const struct {
	const char *label;
	size_t offset;
} handout_numbers[] = {
	{ N_("To check a request for money, call"),
	    offsetof(struct site, verify_phone) },
	{ N_("To report a taken-over account, call"),
	    offsetof(struct site, report_phone) },
	{ N_("To report by e-mail, write to"),
	    offsetof(struct site, report_email) },
};

static_assert(sizeof handout_numbers / sizeof handout_numbers[0] ==
    HANDOUT_N_NUMBERS, "handout_numbers lists every agency number");

/* ------------------------------------------------------------ shared */

/* Translate a content msgid and put the site's values in; caller frees. */
char *
handout_tr(const struct hw *w, const char *msgid)
{
	return site_expand(w->h->site, msgid != NULL && *msgid != '\0' ?
	    _(msgid) : "");
}

/* Translate what agency number i is for. */
const char *
handout_number_label(size_t i)
{
	return _(handout_numbers[i].label);
}

/* Read agency number i from the site. */
const char *
handout_number(const struct hw *w, size_t i)
{
	const struct site *s = w->h->site;

	if (s == NULL)
		return NULL;
	return *(char *const *)((const char *)s + handout_numbers[i].offset);
}

/* Join the labels of the platforms in set with ", "; caller frees. */
static char *
handout_labels(unsigned set)
{
	char *out = xstrdup("");

	for (int p = 0; p < PLATFORM_COUNT; p++) {
		char *next;

		if ((set & (1u << p)) == 0)
			continue;
		next = xasprintf("%s%s%s", out, *out != '\0' ? ", " : "",
		    platform_label((enum platform)p));
		free(out);
		out = next;
	}
	return out;
}

/* Give a date (midnight UTC) as YYYY-MM-DD; caller frees. */
static char *
handout_day(time_t t)
{
	char iso[ISOTIME_LEN];

	isotime_format(t, iso);
	return xasprintf("%.10s", iso);
}

/* Fill the title block's fields; their number.  The quick card has no
 * lines to write on. */
static size_t
handout_fields(const struct hw *w, struct handout_field *f)
{
	const struct site *s = w->h->site;
	size_t n = 0;

	f[n].label = N_("Agency");
	f[n++].value = s != NULL ? xstrdup_or_null(s->agency) : NULL;
	f[n].label = N_("Date");
	f[n++].value = handout_day(w->h->date);
	f[n].label = N_("Checklist version");
	f[n++].value = xstrdup(w->h->content->version);
	f[n].label = N_("Platforms");
	f[n++].value = handout_labels(w->platforms);
	if (s != NULL && s->deadline != 0) {
		f[n].label = N_("Deadline");
		f[n++].value = handout_day(s->deadline);
	}
	if (w->h->quick)
		return n;
	f[n].label = N_("Name");
	f[n++].value = NULL;
	f[n].label = N_("Work unit");
	f[n++].value = NULL;
	return n;
}

/* Say whether two platforms are told the same thing. */
static bool
handout_same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* Hand over what to do for step s on the platforms in shown, once for
 * each group of them that is told the same thing. */
static void
handout_how(struct hw *w, const struct handout_ops *ops,
    const struct step *s, unsigned shown)
{
	/* A Web step says nothing for a phone. */
	unsigned left = shown &
	    (step_web_only(s) ? 1u << PLATFORM_WEB : ~0u);
	bool several = (shown & (shown - 1)) != 0;

	for (int p = 0; p < PLATFORM_COUNT; p++) {
		const char *how = step_how(s, (enum platform)p);
		unsigned same = 0;
		char *heading;

		if ((left & (1u << p)) == 0)
			continue;
		for (int q = p; q < PLATFORM_COUNT; q++)
			if ((left & (1u << q)) != 0 &&
			    handout_same(how, step_how(s, (enum platform)q)))
				same |= 1u << q;
		left &= ~same;
		if (w->h->quick && same == shown)
			heading = NULL;
		else if (several && same == shown)
			heading = xstrdup(_("On every platform"));
		else
			heading = handout_labels(same);
		ops->how(w, heading, how);
		free(heading);
	}
}

/* Hand over where the advice of module m comes from. */
static void
handout_source(struct hw *w, const struct handout_ops *ops,
    const struct module *m)
{
	char *src = handout_tr(w, m->source);
	char *t = xasprintf(_("Source: %s (menu paths checked %s)."), src,
	    m->checked);

	ops->note(w, t);
	free(t);
	free(src);
}

/* Hand over the last line: what made the handout. */
static void
handout_footer(struct hw *w, const struct handout_ops *ops)
{
	char *t = xasprintf(_("Printed by %s %s from checklist version %s."),
	    PACKAGE, VERSION, w->h->content->version);

	ops->end(w, t);
	free(t);
}

/* Say whether the site marks module m as required (only when it names
 * any: otherwise every module counts and none needs the mark). */
bool
handout_is_required(const struct hw *w, const struct module *m)
{
	const struct site *s = w->h->site;

	return s != NULL && s->n_required > 0 && site_requires(s, m->id);
}

/* What a step the chosen platform does not have says instead. */
const char *
handout_on_phone(void)
{
	return _("Not done here: do this step in WhatsApp on your phone.");
}

/* The back end of format. */
static const struct handout_ops *
handout_ops_of(enum handout_format format)
{
	switch (format) {
	case HANDOUT_MD: return &handout_md_ops;
	case HANDOUT_HTML: return &handout_html_ops;
	case HANDOUT_TEXT: break;
	}
	return &handout_text_ops;
}

/* Hand over every module with all its steps shown on the platforms. */
static void
handout_whole(struct hw *w, const struct handout_ops *ops)
{
	const struct content *c = w->h->content;

	for (size_t mi = 0; mi < c->n_modules; mi++) {
		const struct module *m = &c->modules[mi];

		ops->module_begin(w, mi, m);
		for (size_t si = 0; si < m->n_steps; si++) {
			char *number;

			if (!step_shown(&m->steps[si],
			    (w->platforms & 1u << PLATFORM_WEB) != 0))
				continue;
			number = xasprintf("%zu.%zu", mi + 1, si + 1);
			ops->step(w, number, &m->steps[si]);
			free(number);
			handout_how(w, ops, &m->steps[si], w->platforms);
		}
		handout_source(w, ops, m);
	}
}

/* Hand over the quick card's steps for the platforms in shown: the
 * phone's (web false) or those Web/Desktop users add; *n counts the
 * steps over both parts. */
static void
handout_card_part(struct hw *w, const struct handout_ops *ops,
    unsigned shown, bool web, size_t *n)
{
	const struct content *c = w->h->content;

	for (size_t mi = 0; mi < c->n_modules; mi++)
		for (size_t si = 0; si < c->modules[mi].n_steps; si++) {
			const struct step *s = &c->modules[mi].steps[si];
			char *number;

			/* Web/Desktop adds a Web step or its own text. */
			if (!s->card || (web ? s->how[PLATFORM_WEB] == NULL :
			    step_web_only(s)))
				continue;
			number = xasprintf("%zu.", ++*n);
			ops->step(w, number, s);
			free(number);
			handout_how(w, ops, s, shown);
		}
}

/* Hand over the quick card: the phone's steps, then Web/Desktop's. */
static void
handout_card(struct hw *w, const struct handout_ops *ops)
{
	unsigned phones = w->platforms & ((1u << PLATFORM_PHONES) - 1);
	size_t n = 0;

	if (phones != 0) {
		ops->section(w, _("On your phone"));
		handout_card_part(w, ops, phones, false, &n);
	}
	if ((w->platforms & 1u << PLATFORM_WEB) != 0) {
		ops->section(w, _("If you also use WhatsApp Web or Desktop"));
		handout_card_part(w, ops, 1u << PLATFORM_WEB, true, &n);
	}
}

/* ------------------------------------------------------------ public */

/* Write the handout to f. */
int
handout_write(const struct handout *h, FILE *f)
{
	const struct handout_ops *ops = handout_ops_of(h->format);
	unsigned all = (1u << PLATFORM_COUNT) - 1;
	struct hw w = { .h = h, .f = f, .platforms = h->platforms & all };
	struct handout_field fields[HANDOUT_MAX_FIELDS];
	size_t n;

	if (w.platforms == 0)
		w.platforms = all;
	n = handout_fields(&w, fields);
	if (h->quick)
		ops->title(&w, _("Secure your WhatsApp account: the quick card"),
		    fields, n, _("Do these steps first, then tick each box "
		    "[ ]. Keep this card: it says whom to call when a message "
		    "or a call about your account looks wrong. The full "
		    "handout says why each step matters."));
	else
		ops->title(&w, _("Secure your WhatsApp account: the checklist"),
		    fields, n, _("Tick each box [ ] when you have done the "
		    "step. Keep this sheet: it says whom to call when a message "
		    "or a call about your account looks wrong."));
	for (size_t i = 0; i < n; i++)
		free(fields[i].value);
	ops->contacts(&w);
	if (h->quick)
		handout_card(&w, ops);
	else
		handout_whole(&w, ops);
	handout_footer(&w, ops);
	/* Flushed here, so that a full disk is this call's error. */
	if (fflush(f) != 0)
		return errno != 0 ? -errno : -EIO;
	return ferror(f) ? -EIO : 0;
}

/* Turn a format name into its value. */
int
handout_format_parse(const char *name)
{
	if (name == NULL)
		return -1;
	if (strcmp(name, "text") == 0)
		return HANDOUT_TEXT;
	if (strcmp(name, "md") == 0)
		return HANDOUT_MD;
	if (strcmp(name, "html") == 0)
		return HANDOUT_HTML;
	return -1;
}

/* Tell the format from a file name's extension. */
int
handout_format_of_path(const char *path)
{
	const char *dot = path != NULL ? strrchr(path, '.') : NULL;

	if (dot == NULL || strchr(dot, '/') != NULL)
		return -1;
	/* ".md" and ".html" are the formats' own names; text files end in
	 * ".txt", and ".htm" is HTML too. */
	if (strcmp(dot, ".txt") == 0)
		return HANDOUT_TEXT;
	if (strcmp(dot, ".htm") == 0)
		return HANDOUT_HTML;
	return handout_format_parse(dot + 1);
}
