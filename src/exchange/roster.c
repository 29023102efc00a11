/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * roster: read the CSV of officials expected to report (see roster.h).
 *
 * The file is read whole and parsed in place: a row is cut into fields
 * that point into the buffer, and only the three fields the roster keeps
 * are copied (unquoted) and checked.  A broken row is skipped from the
 * line it starts on, so one stray quote costs one row, never the rest of
 * the file; ROSTER_MAX_ROW bounds how far a quote can reach.
 */
#include "config.h"
#include "exchange/roster.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/strmap.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "model/nip.h"
#include "model/profile.h"

#define ROSTER_CHUNK (256 * 1024)	/* arena chunk */
#define ROSTER_BOM "\xEF\xBB\xBF"
#define ROSTER_MAX_HEADER 40		/* bytes in a column name */

enum roster_column { ROSTER_NIP, ROSTER_NAME, ROSTER_UNIT, ROSTER_COLUMNS };

/* The columns kept: the names a header may give each (as roster_fold
 * leaves them), the noun the messages use, and what a header without
 * the column is told. */
static const struct {
	const char *names[9];
	const char *noun;
	const char *no_column;
} roster_columns[ROSTER_COLUMNS] = {
	{ { "nip", "nip baru", "ni pppk", "nip/ni pppk", "nomor induk pegawai",
	    NULL }, N_("NIP"),
	    N_("the header row names no NIP column (NIP)") },
	{ { "nama", "nama lengkap", "nama pegawai", "name", "full name",
	    NULL }, N_("name"),
	    N_("the header row names no name column (Nama, Name)") },
	{ { "unit", "unit kerja", "work unit", "satuan kerja", "satker",
	    "unit organisasi", "perangkat daerah", "opd", NULL },
	    N_("work unit"),
	    N_("the header row names no work unit column (Unit kerja, Work "
	    "unit)") },
};

/* Why a row is skipped. */
enum roster_problem {
	ROSTER_OK,
	ROSTER_OPEN_QUOTE,	/* a quoted field is never closed */
	ROSTER_AFTER_QUOTE,	/* text between a closing quote and the
				   separator */
	ROSTER_LONG_ROW,	/* longer than ROSTER_MAX_ROW */
	ROSTER_MISSING,		/* a column absent or empty */
	ROSTER_NOT_UTF8,
	ROSTER_CONTROL,
	ROSTER_TOO_LONG,	/* a field over PROFILE_MAX_TEXT */
	ROSTER_BAD_NIP,
	ROSTER_DUPLICATE,
};

/* What the first row that is not blank turns out to be. */
enum roster_first {
	ROSTER_FIRST_DATA,	/* an official: the columns are the first three */
	ROSTER_FIRST_HEADER,	/* the columns' names */
	ROSTER_FIRST_BAD,	/* a header that lacks a column */
};

/* A field of the current row, where it lies in the buffer. */
struct roster_field {
	const char *p;
	size_t len;
	bool quoted;		/* "" inside stands for one quote */
};

/* The state of one parse. */
struct roster_reader {
	struct roster *r;
	struct diag *d;
	const char *p, *end;	/* the next row, the end of the buffer */
	int line;		/* of the next row */
	int year;		/* for nip_check */
	struct roster_field *f;	/* the current row's fields */
	size_t n_f, cap_f;
	size_t cap;		/* of r->officials */
	size_t col[ROSTER_COLUMNS];	/* the field each column is in */
	bool columns_known;	/* the header (or its absence) is settled */
	char *text[ROSTER_COLUMNS];	/* each kept field, unquoted */
};

/* The NIP of official i (for r->by_nip). */
static const char *
roster_nip_of(const void *ctx, size_t i)
{
	return ((const struct roster *)ctx)->officials[i].nip;
}

/* Say why the row at line is skipped: about column col, with the text
 * and the line the message wants. */
static void
roster_skip(struct roster_reader *rd, int line, enum roster_problem why,
    enum roster_column col, const char *text, int other)
{
	const char *path = rd->r->path, *noun = _(roster_columns[col].noun);
	struct diag *d = rd->d;

	rd->r->skipped++;
	switch (why) {
	case ROSTER_OPEN_QUOTE:
		diag_add(d, path, line, _("a quoted field is not closed"));
		break;
	case ROSTER_AFTER_QUOTE:
		diag_add(d, path, line,
		    _("text follows the closing quote of a field"));
		break;
	case ROSTER_LONG_ROW:
		diag_add(d, path, line, _("the row is longer than %d bytes"),
		    ROSTER_MAX_ROW);
		break;
	case ROSTER_MISSING:
		diag_add(d, path, line, _("the %s is missing"), noun);
		break;
	case ROSTER_NOT_UTF8:
		diag_add(d, path, line, _("the %s is not valid UTF-8 (save the "
		    "file as \"CSV UTF-8\")"), noun);
		break;
	case ROSTER_CONTROL:
		diag_add(d, path, line, _("the %s holds control characters"),
		    noun);
		break;
	case ROSTER_TOO_LONG:
		diag_add(d, path, line, _("the %s is longer than %d bytes"), noun,
		    PROFILE_MAX_TEXT);
		break;
	case ROSTER_BAD_NIP:
		/* TRANSLATORS: the NIP as written, then what is wrong. */
		diag_add(d, path, line, _("\"%s\" is not a NIP: %s"), text,
		    nip_error_message((enum nip_error)other));
		break;
	case ROSTER_DUPLICATE:
		diag_add(d, path, line, _("NIP %s is already on line %d"), text,
		    other);
		break;
	case ROSTER_OK:
	default:
		break;
	}
}

/* The separator: ';' or ',', whichever the first line that holds
 * either has more of outside quotes; ';' on a tie. */
static char
roster_separator(const char *p, const char *end)
{
	size_t semi = 0, comma = 0;
	bool quoted = false;

	for (; p < end; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (*p == ';')
			semi++;
		else if (*p == ',')
			comma++;
		else if (*p == '\n' && semi + comma > 0)
			break;
	}
	return comma > semi ? ',' : ';';
}

/* Add a field to the current row. */
static void
roster_add_field(struct roster_reader *rd, const char *p, size_t len,
    bool quoted)
{
	rd->f = xgrow(rd->f, &rd->cap_f, rd->n_f + 1, sizeof *rd->f);
	rd->f[rd->n_f++] = (struct roster_field){ p, len, quoted };
}

/* Read the quoted field at *pp (its opening quote), not past limit;
 * *pp moves past the closing quote and *breaks counts the line breaks
 * inside. */
static enum roster_problem
roster_quoted(struct roster_reader *rd, const char **pp, const char *limit,
    int *breaks)
{
	const char *start = *pp + 1, *p;

	for (p = start; p < limit; p++) {
		if (*p == '\n')
			(*breaks)++;
		else if (*p == '"' && p + 1 < limit && p[1] == '"')
			p++;
		else if (*p == '"')
			break;
	}
	if (p >= limit)
		return limit < rd->end ? ROSTER_LONG_ROW : ROSTER_OPEN_QUOTE;
	roster_add_field(rd, start, (size_t)(p - start), true);
	p++;
	if (p < rd->end && *p == '\r' && (p + 1 == rd->end || p[1] == '\n'))
		p++;
	if (p < rd->end && *p != rd->r->sep && *p != '\n')
		return ROSTER_AFTER_QUOTE;
	*pp = p;
	return ROSTER_OK;
}

/* Read the unquoted field at *pp, not past limit (a '\r' before the line
 * break is not part of it). */
static enum roster_problem
roster_plain(struct roster_reader *rd, const char **pp, const char *limit)
{
	const char *p = *pp, *q = p;
	size_t len;

	while (q < limit && *q != rd->r->sep && *q != '\n')
		q++;
	if (q == limit && limit < rd->end)
		return ROSTER_LONG_ROW;
	len = (size_t)(q - p);
	if (len > 0 && p[len - 1] == '\r' && (q == rd->end || *q == '\n'))
		len--;
	roster_add_field(rd, p, len, false);
	*pp = q;
	return ROSTER_OK;
}

/* Cut the row at rd->p into rd->f and move rd->p and rd->line past it;
 * a broken row is left from the end of its first line. */
static enum roster_problem
roster_row(struct roster_reader *rd)
{
	const char *p = rd->p, *nl;
	const char *limit = (size_t)(rd->end - p) > ROSTER_MAX_ROW ?
	    p + ROSTER_MAX_ROW : rd->end;
	enum roster_problem why;
	int breaks = 0;

	rd->n_f = 0;
	do {
		why = p < rd->end && *p == '"' ?
		    roster_quoted(rd, &p, limit, &breaks) :
		    roster_plain(rd, &p, limit);
	} while (why == ROSTER_OK && p < rd->end && *p++ == rd->r->sep);
	if (why != ROSTER_OK) {
		nl = memchr(rd->p, '\n', (size_t)(rd->end - rd->p));
		rd->p = nl != NULL ? nl + 1 : rd->end;
		rd->line++;
		return why;
	}
	rd->p = p;
	rd->line += 1 + breaks;
	return ROSTER_OK;
}

/* Say whether every field of the row is empty or spaces. */
static bool
roster_row_blank(const struct roster_reader *rd)
{
	for (size_t i = 0; i < rd->n_f; i++)
		for (size_t k = 0; k < rd->f[i].len; k++)
			if (rd->f[i].p[k] != ' ' && rd->f[i].p[k] != '\t')
				return false;
	return true;
}

/* Copy field f into out (ROSTER_MAX_ROW + 1 bytes), unquoted and with
 * its spaces trimmed; false when it holds a NUL byte. */
static bool
roster_copy(const struct roster_field *f, char *out)
{
	size_t n = 0, i = 0, len = f->len;

	if (memchr(f->p, '\0', len) != NULL)
		return false;
	while (i < len && f->p[i] == ' ')
		i++;
	while (len > i && f->p[len - 1] == ' ')
		len--;
	for (; i < len; i++) {
		out[n++] = f->p[i];
		if (f->quoted && f->p[i] == '"')
			i++;	/* the second quote of "" */
	}
	out[n] = '\0';
	return true;
}

/* Fold a header cell into out (ROSTER_MAX_HEADER + 1 bytes): ASCII
 * letters in lower case, runs of spaces, '_' and '.' one space, none at
 * the ends; false when it is too long to be a column name. */
static bool
roster_fold(const char *s, char *out)
{
	size_t n = 0;
	bool space = false;

	for (; *s != '\0'; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == ' ' || ch == '_' || ch == '.') {
			space = n > 0;
			continue;
		}
		if (n + 2 > ROSTER_MAX_HEADER)
			return false;
		if (space)
			out[n++] = ' ';
		space = false;
		out[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
	}
	out[n] = '\0';
	return true;
}

/* The column a header cell names, or ROSTER_COLUMNS for none. */
static enum roster_column
roster_header_column(const char *cell)
{
	char folded[ROSTER_MAX_HEADER + 1];

	if (!roster_fold(cell, folded))
		return ROSTER_COLUMNS;
	for (int c = 0; c < ROSTER_COLUMNS; c++)
		for (size_t i = 0; roster_columns[c].names[i] != NULL; i++)
			if (strcmp(folded, roster_columns[c].names[i]) == 0)
				return (enum roster_column)c;
	return ROSTER_COLUMNS;
}

/* Normalise the NIP in s into nip and check its structure, as a PNS NIP
 * and as an NI PPPK; the error of the closer one. */
static enum nip_error
roster_nip(const char *s, int year, char nip[19])
{
	enum nip_error pns;

	if (*s == '\'')		/* a spreadsheet's mark of text */
		s++;
	if (!nip_normalize(s, nip))
		return NIP_LENGTH;
	/* Only the month tells the two kinds apart. */
	if ((pns = nip_check(nip, NIP_PNS, year)) != NIP_APPOINT_MONTH)
		return pns;
	return nip_check(nip, NIP_PPPK, year);
}

/* Settle the columns from the first row that is not blank: a header
 * names them when it holds no NIP and names one of them (then each must
 * be named, or d says which is not); without one they are the first
 * three. */
static enum roster_first
roster_columns_of(struct roster_reader *rd, int line)
{
	bool named = false;
	char nip[19];

	rd->columns_known = true;
	for (int c = 0; c < ROSTER_COLUMNS; c++)
		rd->col[c] = SIZE_MAX;
	for (size_t i = 0; i < rd->n_f; i++) {
		enum roster_column c;

		if (!roster_copy(&rd->f[i], rd->text[0]))
			continue;
		if (roster_nip(rd->text[0], rd->year, nip) == NIP_OK) {
			named = false;	/* a NIP: a row of data */
			break;
		}
		c = roster_header_column(rd->text[0]);
		if (c != ROSTER_COLUMNS && rd->col[c] == SIZE_MAX) {
			rd->col[c] = i;
			named = true;
		}
	}
	if (!named) {
		for (int c = 0; c < ROSTER_COLUMNS; c++)
			rd->col[c] = (size_t)c;
		return ROSTER_FIRST_DATA;
	}
	rd->r->header = line;
	for (int c = 0; c < ROSTER_COLUMNS; c++)
		if (rd->col[c] == SIZE_MAX) {
			diag_add(rd->d, rd->r->path, line, "%s",
			    _(roster_columns[c].no_column));
			return ROSTER_FIRST_BAD;
		}
	return ROSTER_FIRST_HEADER;
}

/* Copy and check the kept fields of the row into rd->text; the problem
 * and the column it is in. */
static enum roster_problem
roster_fields(struct roster_reader *rd, enum roster_column *col)
{
	for (int c = 0; c < ROSTER_COLUMNS; c++) {
		const char *t = rd->text[c];

		*col = (enum roster_column)c;
		if (rd->col[c] >= rd->n_f)
			return ROSTER_MISSING;
		if (!roster_copy(&rd->f[rd->col[c]], rd->text[c]))
			return ROSTER_CONTROL;
		if (!text_is_utf8(t))
			return ROSTER_NOT_UTF8;
		if (text_has_control(t, ""))
			return ROSTER_CONTROL;
		if (*t == '\0')
			return ROSTER_MISSING;
		if (strlen(t) > PROFILE_MAX_TEXT)
			return ROSTER_TOO_LONG;
	}
	return ROSTER_OK;
}

/* Keep the official of the row at line, or say why not. */
static void
roster_official(struct roster_reader *rd, int line)
{
	struct roster *r = rd->r;
	enum roster_column col;
	enum roster_problem why = roster_fields(rd, &col);
	enum nip_error e;
	char nip[19];
	size_t i;

	if (why != ROSTER_OK) {
		roster_skip(rd, line, why, col, NULL, 0);
		return;
	}
	if ((e = roster_nip(rd->text[ROSTER_NIP], rd->year, nip)) != NIP_OK) {
		roster_skip(rd, line, ROSTER_BAD_NIP, ROSTER_NIP,
		    rd->text[ROSTER_NIP], (int)e);
		return;
	}
	r->officials = xgrow(r->officials, &rd->cap, r->n + 1,
	    sizeof *r->officials);
	r->officials[r->n] = (struct roster_official){
		arena_strdup(r->text, nip), arena_strdup(r->text,
		rd->text[ROSTER_NAME]), arena_strdup(r->text,
		rd->text[ROSTER_UNIT]), line };
	i = strmap_add(r->by_nip, nip, r->n);
	if (i == r->n)
		r->n++;
	else
		roster_skip(rd, line, ROSTER_DUPLICATE, ROSTER_NIP, nip,
		    r->officials[i].line);
}

/* Read every row; false when the header makes the file unusable. */
static bool
roster_rows(struct roster_reader *rd)
{
	while (rd->p < rd->end) {
		int line = rd->line;
		enum roster_problem why = roster_row(rd);
		enum roster_first first;

		if (why != ROSTER_OK) {
			roster_skip(rd, line, why, ROSTER_NIP, NULL, 0);
			continue;
		}
		if (roster_row_blank(rd))
			continue;
		if (!rd->columns_known) {
			first = roster_columns_of(rd, line);
			if (first == ROSTER_FIRST_BAD)
				return false;
			if (first == ROSTER_FIRST_HEADER)
				continue;
		}
		roster_official(rd, line);
	}
	return true;
}

struct roster *
roster_parse(const char *path, const char *buf, size_t len, int this_year,
    struct diag *d)
{
	struct roster *r = xcalloc(1, sizeof *r);
	struct roster_reader rd = { .r = r, .d = d, .p = buf, .end = buf + len,
	    .line = 1, .year = this_year };
	bool ok;

	r->path = xstrdup(path);
	r->text = arena_new(ROSTER_CHUNK);
	r->by_nip = strmap_new(roster_nip_of, r);
	if (len >= 3 && memcmp(buf, ROSTER_BOM, 3) == 0)
		rd.p += 3;
	r->sep = roster_separator(rd.p, rd.end);
	for (int c = 0; c < ROSTER_COLUMNS; c++)
		rd.text[c] = xmalloc(ROSTER_MAX_ROW + 1);
	ok = roster_rows(&rd);
	for (int c = 0; c < ROSTER_COLUMNS; c++)
		free(rd.text[c]);
	free(rd.f);
	if (ok && r->n == 0) {
		diag_add(d, path, 0, _("no official could be read from the "
		    "roster"));
		ok = false;
	}
	if (!ok) {
		roster_free(r);
		return NULL;
	}
	return r;
}

/* Read the whole file fd into *buf; 0 or an errno (EFBIG when it is
 * larger than ROSTER_MAX_BYTES). */
static int
roster_read_fd(int fd, char **buf, size_t *len)
{
	size_t cap = 0;
	ssize_t n;

	*buf = NULL;
	*len = 0;
	for (;;) {
		*buf = xgrow(*buf, &cap, *len + ROSTER_CHUNK + 1, 1);
		n = read(fd, *buf + *len, cap - *len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno;
		if (n == 0)
			return 0;
		*len += (size_t)n;
		if (*len > (size_t)ROSTER_MAX_BYTES)
			return EFBIG;
	}
}

struct roster *
roster_load(const char *path, int this_year, struct diag *d)
{
	struct roster *r = NULL;
	struct stat st;
	char *buf = NULL;
	size_t len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC), err = 0;

	if (fd < 0)
		err = errno;
	else if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
		err = EISDIR;
	else
		err = roster_read_fd(fd, &buf, &len);
	if (fd >= 0)
		close(fd);
	if (err == EFBIG)
		diag_add(d, path, 0, _("the roster is larger than %ld bytes"),
		    ROSTER_MAX_BYTES);
	else if (err != 0)
		diag_add(d, path, 0, _("cannot read the roster: %s"),
		    strerror(err));
	else
		r = roster_parse(path, buf, len, this_year, d);
	free(buf);
	return r;
}

size_t
roster_find(const struct roster *r, const char *nip)
{
	size_t i = strmap_get(r->by_nip, nip);

	return i == STRMAP_NONE ? ROSTER_NONE : i;
}

void
roster_free(struct roster *r)
{
	if (r == NULL)
		return;
	strmap_free(r->by_nip);
	arena_free(r->text);
	free(r->officials);
	free(r->path);
	free(r);
}
