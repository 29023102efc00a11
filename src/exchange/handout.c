/*
 * handout: the whole checklist for print (see handout.h).
 *
 * handout_write walks the content once and hands each part to a back
 * end (struct handout_ops), after ncdu's dir_output: one for plain text
 * laid out by display width, one for Markdown.  The walk also decides
 * what the two share: which platforms a step's instructions are shown
 * for, grouping platforms that are told the same thing, and the labels
 * and values of the title block and the contacts.
 *
 * Content and site values are text an author or an agency wrote: the
 * Markdown back end escapes every character Markdown would read as
 * markup, and keeps only the list markers ("1. ", "- ") authors use to
 * number what to do.
 */
#include "config.h"
#include "exchange/handout.h"

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "base/i18n.h"
#include "base/isotime.h"
#include "base/xalloc.h"

#define HANDOUT_BOX_INNER (HANDOUT_WIDTH - 4)	/* between "| " and " |" */
#define HANDOUT_MIN_TEXT 24	/* columns below which a hang is dropped */
#define HANDOUT_WRITE_ON "________________________"	/* fill in by hand */
#define HANDOUT_MAX_FIELDS 7

/* A handout being written. */
struct hw {
	const struct handout *h;
	FILE *f;
	unsigned platforms;	/* the bit set to show, never 0 */
	bool boxed;		/* text: lines go inside the contacts box */
};

/* A label and its value in the title block; value NULL is a line to
 * write on. */
struct handout_field {
	const char *label;	/* msgid */
	char *value;
};

/* One back end. */
struct handout_ops {
	void (*title)(struct hw *w, const struct handout_field *fields,
	    size_t n);
	void (*contacts)(struct hw *w);
	void (*module_begin)(struct hw *w, size_t mi, const struct module *m);
	void (*step)(struct hw *w, size_t mi, size_t si, const struct step *s);
	/* What to do on the platforms heading names; how NULL: nothing
	 * (the step is done on the phone). */
	void (*how)(struct hw *w, const char *heading, const char *how);
	/* A closing line: where a module's advice comes from, or (at the
	 * end) what made the handout. */
	void (*note)(struct hw *w, const char *text);
};

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

#define HANDOUT_N_NUMBERS (sizeof handout_numbers / sizeof handout_numbers[0])

/* ------------------------------------------------------------ shared */

/* Translate a content msgid and put the site's values in; caller frees. */
static char *
handout_tr(const struct hw *w, const char *msgid)
{
	return site_expand(w->h->site, msgid != NULL && *msgid != '\0' ?
	    _(msgid) : "");
}

/* Give agency number i, or NULL when the site does not set it. */
static const char *
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

/* Fill the title block's fields; their number. */
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

/* Hand over what to do for step s, once for each group of the shown
 * platforms that are told the same thing. */
static void
handout_how(struct hw *w, const struct handout_ops *ops,
    const struct step *s)
{
	unsigned left = w->platforms;
	bool several = (w->platforms & (w->platforms - 1)) != 0;

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
		if (several && same == w->platforms)
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

	ops->note(w, t);
	free(t);
}

/* Say whether the site marks module m as required (only when it names
 * any: otherwise every module counts and none needs the mark). */
static bool
handout_is_required(const struct hw *w, const struct module *m)
{
	const struct site *s = w->h->site;

	return s != NULL && s->n_required > 0 && site_requires(s, m->id);
}

/* What a step the chosen platform does not have says instead. */
static const char *
handout_on_phone(void)
{
	return _("Not done here: do this step in WhatsApp on your phone.");
}

/* -------------------------------------------------- text: line layout */

/* Measure the character at s (n bytes left): its bytes, and its columns
 * in *cols.  A byte that is not UTF-8 counts as one of each. */
static size_t
handout_char(const char *s, size_t n, size_t *cols)
{
	mbstate_t st;
	wchar_t wc;
	size_t k;
	int cw;

	memset(&st, 0, sizeof st);
	k = mbrtowc(&wc, s, n, &st);
	if (k == 0 || k > n) {
		*cols = 1;
		return 1;
	}
	cw = wcwidth(wc);
	*cols = cw < 0 ? 1 : (size_t)cw;
	return k;
}

/* Give the columns the n bytes at s take. */
static size_t
handout_cols(const char *s, size_t n)
{
	size_t total = 0;

	while (n > 0) {
		size_t cols, k = handout_char(s, n, &cols);

		total += cols;
		s += k;
		n -= k;
	}
	return total;
}

/* Give the bytes of the longest start of s (n bytes) that fits in avail
 * columns, but at least one character, so that every line advances. */
static size_t
handout_cut(const char *s, size_t n, size_t avail)
{
	size_t used = 0, at = 0;

	while (at < n) {
		size_t cols, k = handout_char(s + at, n - at, &cols);

		if (at > 0 && used + cols > avail)
			break;
		used += cols;
		at += k;
	}
	return at;
}

/* Give the bytes of s (n bytes, one paragraph) that make a line of at
 * most avail columns: whole words while they fit, else as much of the
 * first word as fits. */
static size_t
handout_fit(const char *s, size_t n, size_t avail)
{
	size_t end = 0, next = 0;

	if (handout_cols(s, n) <= avail)
		return n;
	for (;;) {
		while (next < n && s[next] == ' ')
			next++;
		while (next < n && s[next] != ' ')
			next++;
		if (handout_cols(s, next) > avail)
			break;
		end = next;
	}
	return end > 0 ? end : handout_cut(s, n, avail);
}

/* Give the bytes of a list item's marker at the start of s ("1. ",
 * "2) ", "- ", "* ", "• "), 0 when it has none. */
static size_t
handout_marker(const char *s, size_t n)
{
	size_t d = 0;

	if (n >= 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
		return 2;
	if (n >= 4 && strncmp(s, "\u2022 ", 4) == 0)
		return 4;
	while (d < n && s[d] >= '0' && s[d] <= '9')
		d++;
	if (d > 0 && d + 1 < n && (s[d] == '.' || s[d] == ')') &&
	    s[d + 1] == ' ')
		return d + 2;
	return 0;
}

/* Print n spaces. */
static void
handout_spaces(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

/* Print one line: lead then the n bytes at s, from column col, closed by
 * the box's right edge when inside it. */
static void
text_line(struct hw *w, size_t col, const char *lead, const char *s,
    size_t n)
{
	size_t used = col + handout_cols(lead, strlen(lead)) +
	    handout_cols(s, n);

	if (w->boxed)
		fputs("| ", w->f);
	handout_spaces(w->f, col);
	fputs(lead, w->f);
	fwrite(s, 1, n, w->f);
	if (w->boxed) {
		handout_spaces(w->f, used < HANDOUT_BOX_INNER ?
		    HANDOUT_BOX_INNER - used : 0);
		fputs(" |", w->f);
	}
	putc('\n', w->f);
}

/* Print an empty line. */
static void
text_blank(struct hw *w)
{
	text_line(w, 0, "", "", 0);
}

/* Print one paragraph (n bytes, no newline) wrapped from column col, its
 * first line after lead; the rest continue under its text, or under a
 * list item's text. */
static void
text_para(struct hw *w, size_t col, const char *lead, const char *s,
    size_t n)
{
	size_t width = w->boxed ? HANDOUT_BOX_INNER : HANDOUT_WIDTH;
	size_t base = col + handout_cols(lead, strlen(lead));
	size_t hang = handout_cols(s, handout_marker(s, n));
	bool first = true;

	if (base + HANDOUT_MIN_TEXT > width)
		base = col;
	if (base + hang + HANDOUT_MIN_TEXT > width)
		hang = 0;
	do {
		size_t at = first ? base : base + hang;
		size_t k = handout_fit(s, n, width - at);

		text_line(w, first ? col : at, first ? lead : "", s, k);
		s += k;
		n -= k;
		while (n > 0 && *s == ' ') {
			s++;
			n--;
		}
		first = false;
	} while (n > 0);
}

/* Print text, one paragraph a line of it, wrapped from column col; the
 * first line starts with lead and every paragraph stands under the
 * first one's text. */
static void
text_block(struct hw *w, size_t col, const char *lead, const char *text)
{
	size_t under = col + handout_cols(lead, strlen(lead));

	for (;;) {
		const char *nl = strchr(text, '\n');
		size_t n = nl != NULL ? (size_t)(nl - text) : strlen(text);

		while (n > 0 && text[n - 1] == ' ')
			n--;
		text_para(w, col, lead, text, n);
		if (nl == NULL)
			break;
		text = nl + 1;
		col = under;
		lead = "";
	}
}

/* Print content text (a msgid) translated and expanded. */
static void
text_content(struct hw *w, size_t col, const char *lead, const char *msgid)
{
	char *t = handout_tr(w, msgid);

	text_block(w, col, lead, t);
	free(t);
}

/* Print a rule of n times ch (at most the line's width). */
static void
text_rule(struct hw *w, char ch, size_t n)
{
	char line[HANDOUT_WIDTH + 1];

	if (n > HANDOUT_WIDTH)
		n = HANDOUT_WIDTH;
	memset(line, ch, n);
	line[n] = '\0';
	fprintf(w->f, "%s\n", line);
}

/* Print the top or bottom edge of the contacts box. */
static void
text_box_edge(struct hw *w)
{
	putc('+', w->f);
	for (size_t i = 0; i < HANDOUT_WIDTH - 2; i++)
		putc('-', w->f);
	fputs("+\n", w->f);
}

/* Print a heading underlined with ch. */
static void
text_heading(struct hw *w, const char *s, char ch)
{
	text_block(w, 0, "", s);
	text_rule(w, ch, handout_cols(s, strlen(s)));
}

/* ------------------------------------------------------- text: parts */

/* The title block: title, then the fields with their labels aligned. */
static void
text_title(struct hw *w, const struct handout_field *fields, size_t n)
{
	size_t widest = 0;

	text_block(w, 0, "", _("Secure your WhatsApp account: the checklist"));
	text_rule(w, '=', HANDOUT_WIDTH);
	for (size_t i = 0; i < n; i++) {
		const char *label = _(fields[i].label);
		size_t cols = handout_cols(label, strlen(label));

		if (cols > widest)
			widest = cols;
	}
	for (size_t i = 0; i < n; i++) {
		const char *label = _(fields[i].label);
		size_t pad = widest - handout_cols(label, strlen(label));
		char *lead = xasprintf("%s:%*s ", label, (int)pad, "");

		text_block(w, 0, lead, fields[i].value != NULL ?
		    fields[i].value : HANDOUT_WRITE_ON);
		free(lead);
	}
	text_blank(w);
	text_block(w, 0, "", _("Tick each box [ ] when you have done the step. "
	    "Keep this sheet: it says whom to call when a message or a call "
	    "about your account looks wrong."));
	text_blank(w);
}

/* Print the contact directory, one contact a few lines. */
static void
text_directory(struct hw *w)
{
	const struct site *s = w->h->site;

	text_blank(w);
	text_block(w, 0, "", _("Official contacts of the work units:"));
	for (size_t i = 0; i < s->n_contacts; i++) {
		const struct site_contact *c = &s->contacts[i];
		char *who = xasprintf("%s, %s", c->unit, c->name);
		char *reach = c->email != NULL ?
		    xasprintf(_("Phone: %s; e-mail: %s"), c->phone, c->email) :
		    xasprintf(_("Phone: %s"), c->phone);

		text_block(w, 0, "- ", who);
		text_block(w, 2, "", reach);
		free(reach);
		free(who);
	}
}

/* The contacts box: the agency's numbers, then its directory. */
static void
text_contacts(struct hw *w)
{
	const struct site *s = w->h->site;
	const char *agency = s != NULL ? s->agency : NULL;
	char *heading = agency != NULL ?
	    xasprintf(_("Official contacts of %s"), agency) :
	    xstrdup(_("Official contacts"));

	text_box_edge(w);
	w->boxed = true;
	text_block(w, 0, "", heading);
	text_blank(w);
	for (size_t i = 0; i < HANDOUT_N_NUMBERS; i++) {
		const char *v = handout_number(w, i);
		char *lead = xasprintf("%s: ", _(handout_numbers[i].label));

		text_block(w, 0, lead, v != NULL ? v : HANDOUT_WRITE_ON);
		free(lead);
	}
	if (s != NULL && s->n_contacts > 0)
		text_directory(w);
	w->boxed = false;
	text_box_edge(w);
	free(heading);
}

/* A module starts a page: number and title, summary, why it matters. */
static void
text_module_begin(struct hw *w, size_t mi, const struct module *m)
{
	char *title = handout_tr(w, m->title);
	char *heading = xasprintf("%zu. %s", mi + 1, title);

	fputs("\f", w->f);
	text_heading(w, heading, '-');
	text_content(w, 0, "", m->summary);
	if (handout_is_required(w, m))
		text_block(w, 0, "", _("Required by your agency."));
	text_blank(w);
	text_block(w, 0, "", _("Why it matters:"));
	text_content(w, 2, "", m->why);
	free(heading);
	free(title);
}

/* A step: its box to tick, number, title and why it matters. */
static void
text_step(struct hw *w, size_t mi, size_t si, const struct step *s)
{
	char *lead = xasprintf("[ ] %zu.%zu ", mi + 1, si + 1);
	char *why = handout_tr(w, s->why);
	/* The label runs on into the text: a hang under it would leave
	 * little of the line in the longer Indonesian. */
	char *t = xasprintf("%s %s", _("Why it matters:"), why);

	text_blank(w);
	text_content(w, 0, lead, s->title);
	text_block(w, 4, "", t);
	free(t);
	free(why);
	free(lead);
}

/* What to do on the platforms heading names. */
static void
text_how(struct hw *w, const char *heading, const char *how)
{
	char *h = xasprintf("%s:", heading);

	text_block(w, 4, "", h);
	if (how != NULL)
		text_content(w, 6, "", how);
	else
		text_block(w, 6, "", handout_on_phone());
	free(h);
}

/* A closing line, after a blank one. */
static void
text_note(struct hw *w, const char *text)
{
	text_blank(w);
	text_block(w, 0, "", text);
}

static const struct handout_ops handout_text = {
	text_title, text_contacts, text_module_begin, text_step, text_how,
	text_note
};

/* ---------------------------------------------------------- Markdown */

/* Print the n bytes at s with every character Markdown could read as
 * markup escaped; a newline becomes a space. */
static void
md_escape(FILE *f, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\n') {
			putc(' ', f);
			continue;
		}
		if (strchr("\\`*_[]<>#|~&+!", s[i]) != NULL && s[i] != '\0')
			putc('\\', f);
		putc(s[i], f);
	}
}

/* Print s escaped. */
static void
md_text(struct hw *w, const char *s)
{
	md_escape(w->f, s, strlen(s));
}

/* Print s escaped between before and after, which are markup. */
static void
md_put(struct hw *w, const char *before, const char *s, const char *after)
{
	fputs(before, w->f);
	md_text(w, s);
	fputs(after, w->f);
}

/* Print text as Markdown blocks: each of its lines a paragraph, or an
 * item of a list when it starts with a list marker. */
static void
md_blocks(struct hw *w, const char *text)
{
	bool in_list = false;

	for (;;) {
		const char *nl = strchr(text, '\n');
		size_t n = nl != NULL ? (size_t)(nl - text) : strlen(text);
		size_t mark;

		while (n > 0 && *text == ' ') {
			text++;
			n--;
		}
		mark = handout_marker(text, n);
		if (mark > 0 && text[0] >= '0' && text[0] <= '9')
			fwrite(text, 1, mark, w->f);
		else if (mark > 0)
			fputs("- ", w->f);
		else if (in_list)
			putc('\n', w->f);
		/* a line of its own starting with these would be markup */
		if (mark == 0 && n > 0 && strchr("-=", text[0]) != NULL)
			putc('\\', w->f);
		md_escape(w->f, text + mark, n - mark);
		fputs(mark > 0 ? "\n" : "\n\n", w->f);
		in_list = mark > 0;
		if (nl == NULL)
			break;
		text = nl + 1;
	}
	if (in_list)
		putc('\n', w->f);
}

/* Print content text (a msgid), translated and expanded, as blocks. */
static void
md_content(struct hw *w, const char *msgid)
{
	char *t = handout_tr(w, msgid);

	md_blocks(w, t);
	free(t);
}

/* A line of its own in italics: a remark or a closing line. */
static void
md_note(struct hw *w, const char *text)
{
	md_put(w, "*", text, "*\n\n");
}

/* Print why a module or a step matters (a msgid) under its label. */
static void
md_why(struct hw *w, const char *msgid)
{
	md_put(w, "**", _("Why it matters:"), "**\n\n");
	md_content(w, msgid);
}

/* Print a table row of n cells (NULL cells are empty). */
static void
md_row(struct hw *w, const char *const *cells, size_t n)
{
	fputs("|", w->f);
	for (size_t i = 0; i < n; i++) {
		putc(' ', w->f);
		if (cells[i] != NULL)
			md_text(w, cells[i]);
		fputs(" |", w->f);
	}
	putc('\n', w->f);
}

/* Print a table's header row and the line under it. */
static void
md_header(struct hw *w, const char *const *labels, size_t n)
{
	md_row(w, labels, n);
	fputs("|", w->f);
	for (size_t i = 0; i < n; i++)
		fputs(" --- |", w->f);
	putc('\n', w->f);
}

/* The title and the fields as a list. */
static void
md_title(struct hw *w, const struct handout_field *fields, size_t n)
{
	md_put(w, "# ", _("Secure your WhatsApp account: the checklist"),
	    "\n\n");
	for (size_t i = 0; i < n; i++) {
		md_put(w, "- **", _(fields[i].label), ":** ");
		md_text(w, fields[i].value != NULL ? fields[i].value :
		    HANDOUT_WRITE_ON);
		putc('\n', w->f);
	}
	putc('\n', w->f);
	md_blocks(w, _("Tick each box [ ] when you have done the step. "
	    "Keep this sheet: it says whom to call when a message or a call "
	    "about your account looks wrong."));
}

/* The contact directory as a table. */
static void
md_directory(struct hw *w)
{
	const struct site *s = w->h->site;
	const char *labels[] = {
		_("Work unit"), _("Office or person"), _("Phone"), _("E-mail")
	};

	md_put(w, "### ", _("Official contacts of the work units:"), "\n\n");
	md_header(w, labels, 4);
	for (size_t i = 0; i < s->n_contacts; i++) {
		const struct site_contact *c = &s->contacts[i];
		const char *cells[] = { c->unit, c->name, c->phone, c->email };

		md_row(w, cells, 4);
	}
	putc('\n', w->f);
}

/* The agency's numbers as a table, then the directory. */
static void
md_contacts(struct hw *w)
{
	const struct site *s = w->h->site;
	const char *labels[] = { _("For"), _("Contact") };

	if (s != NULL && s->agency != NULL) {
		char *t = xasprintf(_("Official contacts of %s"), s->agency);

		md_put(w, "## ", t, "\n\n");
		free(t);
	} else
		md_put(w, "## ", _("Official contacts"), "\n\n");
	md_header(w, labels, 2);
	for (size_t i = 0; i < HANDOUT_N_NUMBERS; i++) {
		const char *v = handout_number(w, i);
		const char *cells[] = { _(handout_numbers[i].label),
		    v != NULL ? v : HANDOUT_WRITE_ON };

		md_row(w, cells, 2);
	}
	putc('\n', w->f);
	if (s != NULL && s->n_contacts > 0)
		md_directory(w);
}

/* A module: heading, summary, why it matters. */
static void
md_module_begin(struct hw *w, size_t mi, const struct module *m)
{
	char *title = handout_tr(w, m->title);

	fprintf(w->f, "## %zu. ", mi + 1);
	md_put(w, "", title, "\n\n");
	md_content(w, m->summary);
	if (handout_is_required(w, m))
		md_note(w, _("Required by your agency."));
	md_why(w, m->why);
	free(title);
}

/* A step: heading, a box to tick, why it matters. */
static void
md_step(struct hw *w, size_t mi, size_t si, const struct step *s)
{
	char *title = handout_tr(w, s->title);

	fprintf(w->f, "### %zu.%zu ", mi + 1, si + 1);
	md_put(w, "", title, "\n\n");
	md_put(w, "- [ ] ", _("Done"), "\n\n");
	md_why(w, s->why);
	free(title);
}

/* What to do on the platforms heading names. */
static void
md_how(struct hw *w, const char *heading, const char *how)
{
	md_put(w, "**", heading, ":**\n\n");
	if (how != NULL)
		md_content(w, how);
	else
		md_blocks(w, handout_on_phone());
}

static const struct handout_ops handout_md = {
	md_title, md_contacts, md_module_begin, md_step, md_how, md_note
};

/* ------------------------------------------------------------ public */

/* Write the handout to f. */
int
handout_write(const struct handout *h, FILE *f)
{
	const struct handout_ops *ops = h->format == HANDOUT_MD ? &handout_md :
	    &handout_text;
	unsigned all = (1u << PLATFORM_COUNT) - 1;
	struct hw w = { h, f, h->platforms & all, false };
	struct handout_field fields[HANDOUT_MAX_FIELDS];
	size_t n;

	if (w.platforms == 0)
		w.platforms = all;
	n = handout_fields(&w, fields);
	ops->title(&w, fields, n);
	for (size_t i = 0; i < n; i++)
		free(fields[i].value);
	ops->contacts(&w);
	for (size_t mi = 0; mi < h->content->n_modules; mi++) {
		const struct module *m = &h->content->modules[mi];

		ops->module_begin(&w, mi, m);
		for (size_t si = 0; si < m->n_steps; si++) {
			ops->step(&w, mi, si, &m->steps[si]);
			handout_how(&w, ops, &m->steps[si]);
		}
		handout_source(&w, ops, m);
	}
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
	return -1;
}

/* Tell the format from a file name's extension. */
int
handout_format_of_path(const char *path)
{
	const char *dot = path != NULL ? strrchr(path, '.') : NULL;

	if (dot == NULL || strchr(dot, '/') != NULL)
		return -1;
	/* ".md" is the format's own name; text files end in ".txt". */
	return handout_format_parse(strcmp(dot, ".txt") == 0 ? "text" :
	    dot + 1);
}
