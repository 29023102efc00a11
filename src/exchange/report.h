/*
 * report: one official's compliance report, the file IT officers collect.
 *
 * Built from the record, the content and the site settings; versioned
 * JSON, written with json-c and read with jdoc (yajl's event parser: many
 * files, each read once) -- never with libconfig, as report files come
 * from other machines -- with a SHA-256 checksum (nettle) that reveals
 * edits made after export.  The checksum does not stop a determined forger, who can
 * recompute it.  Documented in jagaakun-report(5).
 */
#ifndef JAGAAKUN_REPORT_H
#define JAGAAKUN_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <time.h>

struct arena;
struct jdoc;
struct json_object;
#include "model/content.h"
#include "model/record.h"
#include "model/site.h"

#define REPORT_FORMAT 1
#define REPORT_MAX_BYTES (1024 * 1024)	/* larger files are rejected unread */

struct report_step {
	char *module;
	char *step;
	enum step_status status;
	time_t time;		/* 0 when never touched */
	char *reason;		/* STEP_NA only */
};

struct report_module {
	char *id;
	char *title;		/* English msgid */
	bool required;
	size_t done, na, later, todo, total;
};

struct report {
	int format;
	char *program_version;
	char *content_version;
	char *agency;		/* may be NULL */
	char *host;
	time_t exported;
	struct profile profile;
	struct report_module *modules;
	size_t n_modules;
	struct report_step *steps;
	size_t n_steps;
	size_t finished;	/* done + na over all steps */
	size_t total;
	bool compliant;		/* every required step done or n/a */
	struct quiz_result *quiz;	/* the latest scenario quiz, or NULL */
	struct arena *text;	/* holds every string above but the quiz's */
};

/* Why a file given to report_read was not accepted. */
enum report_reject {
	REPORT_OK,
	REPORT_UNREADABLE,	/* cannot open or read */
	REPORT_TOO_LARGE,	/* over REPORT_MAX_BYTES */
	REPORT_NOT_JSON,	/* not valid JSON or not UTF-8 */
	REPORT_NOT_REPORT,	/* JSON, but not a jagaakun report */
	REPORT_UNKNOWN_FORMAT,	/* a format version this program does not read */
	REPORT_INVALID,		/* a field missing or of the wrong type or value */
	REPORT_EDITED,		/* the checksum does not match: changed after export */
};

/* Build the report of official o; every pointer is copied.  s may be NULL
 * (empty settings); host NULL means this machine's name (gethostname). */
struct report *report_build(const struct official *o, const struct content *c,
    const struct site *s, time_t now, const char *host);
void report_free(struct report *r);

/* Write r as the report file (JSON with its checksum) to f.
 * Returns 0 or a negative errno. */
int report_write(const struct report *r, FILE *f);

/*
 * Read a report file.  Returns REPORT_OK and sets *out, or the reason it
 * was rejected (and *detail, when not NULL, a translated sentence saying
 * more; caller frees).  Never follows the file's text into paths.
 */
enum report_reject report_read(const char *path, struct report **out, char **detail);
/* The same from a buffer already in memory (len bytes). */
enum report_reject report_parse(const char *buf, size_t len, struct report **out, char **detail);
/* The same, parsing into work (jdoc_new), which a caller reading many
 * reports keeps from one to the next. */
enum report_reject report_parse_with(struct jdoc *work, const char *buf,
    size_t len, struct report **out, char **detail);

/*
 * Write r to path atomically (fs_write_atomic) with the mode any file the
 * user creates gets: 0666 less the umask, 0644 usually, so an IT officer
 * can read it from a shared folder.  Returns 0 or a negative errno.
 */
int report_save(const struct report *r, const char *path);

/* Finished steps as a whole percentage (progress_percent's rule). */
unsigned report_percent(const struct report *r);

/* A translated phrase for a reject reason. */
const char *report_reject_text(enum report_reject r);

/* The default file name: "jagaakun-<NIP>-<YYYYMMDD>.json"; caller frees. */
char *report_default_name(const struct report *r);

/* The default file name in the site's report_dir, or in the current
 * folder when the site sets none (s may be NULL); caller frees. */
char *report_default_path(const struct report *r, const struct site *s);

#endif
