/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * reject: why a file offered to jagaakun was not used.
 *
 * One table holds every reason with its stable English code (written to
 * collect's CSV, JSON and spreadsheet outputs, so never changed) and its
 * translated phrase: the enum, the codes and the phrases are made from
 * it, so a new reason is one row.  The readers (report, incident, via
 * jreader) give the first seven; collect's folder walk the next three,
 * its archive reader the next five, and the merging of summaries the
 * last.
 */
#ifndef JAGAAKUN_REJECT_H
#define JAGAAKUN_REJECT_H

/* X(name, code, phrase) for each reason, in the order of the enum. */
#define REJECT_REASONS(X) \
	X(REJECT_OK, "ok", N_("accepted")) \
	/* cannot open or read */ \
	X(REJECT_UNREADABLE, "unreadable", N_("cannot be read")) \
	/* over the largest size the file may have */ \
	X(REJECT_TOO_LARGE, "too-large", N_("too large to be a report")) \
	/* not valid JSON or not UTF-8 */ \
	X(REJECT_NOT_JSON, "not-json", N_("not a JSON file")) \
	/* JSON, but not a file of the kind wanted */ \
	X(REJECT_NOT_REPORT, "not-a-report", N_("not a jagaakun report")) \
	/* a format version this program does not read */ \
	X(REJECT_UNKNOWN_FORMAT, "unknown-format", \
	    N_("a report format this version cannot read")) \
	/* a field missing or of the wrong type or value */ \
	X(REJECT_INVALID, "invalid", N_("damaged or incomplete")) \
	/* the checksum does not match: changed after export */ \
	X(REJECT_EDITED, "edited", \
	    N_("changed after it was exported (checksum mismatch)")) \
	/* a symbolic link inside a folder, never followed */ \
	X(REJECT_SYMLINK, "symlink", \
	    N_("a symbolic link; links inside a folder are not followed")) \
	/* named like a report, but a FIFO, a device... */ \
	X(REJECT_NOT_FILE, "not-a-file", N_("not a regular file")) \
	/* a folder deeper than the walk enters (WALK_MAX_DEPTH) */ \
	X(REJECT_TOO_DEEP, "too-deep", \
	    N_("a folder nested too deeply; what it holds was not read")) \
	/* an archive entry with an absolute path or ".." (os/arcread.h) */ \
	X(REJECT_OUTSIDE, "outside-archive", \
	    N_("a path leading outside its archive; not read")) \
	/* a symbolic or hard link inside an archive, never followed */ \
	X(REJECT_ARCHIVE_LINK, "archive-link", \
	    N_("a link inside an archive; links are not followed")) \
	/* an archive inside an archive */ \
	X(REJECT_NESTED, "nested-archive", \
	    N_("an archive inside an archive; it was not opened")) \
	/* an archive that expands far beyond its size */ \
	X(REJECT_BOMB, "archive-bomb", \
	    N_("an archive bomb: it expands far beyond its size; the rest of it was not read")) \
	/* damaged, or not an archive at all */ \
	X(REJECT_BAD_ARCHIVE, "bad-archive", \
	    N_("a damaged archive, or not an archive; the rest of it was not read")) \
	/* a summary of an office already merged (collect_merge.h) */ \
	X(REJECT_SAME_OFFICE, "same-office", \
	    N_("a second summary of the same office; not counted"))

#define REJECT_ENUM(name, code, phrase) name,
enum reject_reason {
	REJECT_REASONS(REJECT_ENUM)
	REJECT_COUNT
};
#undef REJECT_ENUM

/* The stable code: "ok", "unreadable", "too-large", "edited"... */
const char *reject_code(enum reject_reason why);

/* The translated phrase: "cannot be read", "not a regular file"... */
const char *reject_text(enum reject_reason why);

#endif
