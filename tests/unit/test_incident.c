/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * test_incident: the incident file: built from a profile, written
 * atomically under its name, read back; hostile text cleaned on the way
 * in; and every kind of file incident_parse must refuse.
 */
#include "config.h"
#include "testutil.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exchange/incident.h"
#include "exchange/jreader.h"
#include "base/isotime.h"
#include "base/sanitize.h"
#include "model/site.h"
#include "base/text.h"
#include "base/xalloc.h"

#define NIP "198609262015051001"
#define HOST "pc-kominfo-07"
#define WHEN "2026-11-24T07:05:09Z"

static struct profile profile = {
	.name = (char *)"Siti Aminah", .nip = (char *)NIP, .kind = NIP_PNS,
	.unit = (char *)"Dinas Kominfo", .position = (char *)"Pranata Komputer",
};

/* The time WHEN. */
static time_t
when(void)
{
	time_t t;

	assert_true(isotime_parse(WHEN, &t));
	return t;
}

/* A valid incident with details as typed. */
static struct incident *
make(const char *details)
{
	return incident_new(&profile, INCIDENT_CONTACTS_MESSAGED, details,
	    INCIDENT_MONEY_YES, when(), HOST);
}

/* The JSON text of a valid incident; caller frees. */
static char *
valid_json(void)
{
	struct incident *inc = make("They asked Pak Budi for Rp 5 juta.");
	char *buf = NULL;
	size_t len = 0;
	FILE *f = tu_memopen(&buf, &len);

	assert_non_null(f);
	assert_int_equal(incident_write_json(inc, f), 0);
	assert_int_equal(tu_memclose(f), 0);
	incident_free(inc);
	return buf;
}

/* Parse text and say why it was refused; the detail must be a sentence
 * exactly when it was. */
static enum reject_reason
parse(const char *text)
{
	struct incident *inc = NULL;
	char *detail = NULL;
	enum reject_reason why = incident_parse(text, strlen(text), &inc,
	    &detail);

	if (why == REJECT_OK) {
		assert_non_null(inc);
		assert_null(detail);
	} else {
		assert_null(inc);
		assert_non_null(detail);
		assert_true(strlen(detail) > 10);
	}
	incident_free(inc);
	free(detail);
	return why;
}

/* The valid JSON with member path (a.b for a nested one) replaced by the
 * JSON value json, or removed when json is NULL; parsed, and why. */
static enum reject_reason
parse_changed(const char *path, const char *json)
{
	char *text = valid_json(), *dot;
	struct json_object *root = json_tokener_parse(text), *obj = root;
	char *key = xstrdup(path);
	const char *leaf = key;
	enum reject_reason why;

	assert_non_null(root);
	if ((dot = strchr(key, '.')) != NULL) {
		*dot = '\0';
		assert_true(json_object_object_get_ex(root, key, &obj));
		leaf = dot + 1;
	}
	if (json == NULL)
		json_object_object_del(obj, leaf);
	else
		json_object_object_add(obj, leaf, json_tokener_parse(json));
	why = parse(json_object_to_json_string(root));
	json_object_put(root);
	free(key);
	free(text);
	return why;
}

static void
test_incident_round_trip(void **state)
{
	struct incident *inc = make("  They asked Pak Budi for Rp 5 juta.  "),
	    *back = NULL;
	char *dir = tu_tempdir(), *path = NULL, *text, *name;
	mode_t old = umask(022);

	(void)state;
	assert_string_equal(inc->details, "They asked Pak Budi for Rp 5 juta.");
	assert_int_equal(incident_write(inc, dir, &path), 0);
	name = xasprintf("%s/jagaakun-incident-" NIP "-20261124T070509Z.json",
	    dir);
	assert_string_equal(path, name);
	tu_assert_mode(path, 0644);
	assert_int_equal(tu_count_entries(dir, "jagaakun"), 1);	/* no temp */
	text = tu_read(path);
	assert_non_null(text);
	assert_int_equal(incident_parse(text, strlen(text), &back, NULL),
	    REJECT_OK);
	assert_int_equal(back->format, INCIDENT_FORMAT);
	assert_string_equal(back->program_version, VERSION);
	assert_string_equal(back->host, HOST);
	assert_int_equal(back->time, when());
	assert_string_equal(back->profile.name, "Siti Aminah");
	assert_string_equal(back->profile.nip, NIP);
	assert_int_equal(back->profile.kind, NIP_PNS);
	assert_string_equal(back->profile.unit, "Dinas Kominfo");
	assert_string_equal(back->profile.position, "Pranata Komputer");
	assert_int_equal(back->noticed, INCIDENT_CONTACTS_MESSAGED);
	assert_string_equal(back->details, inc->details);
	assert_int_equal(back->money, INCIDENT_MONEY_YES);
	/* The members a reader without this program looks for. */
	assert_non_null(strstr(text, "\"type\": \"jagaakun-incident\""));
	assert_non_null(strstr(text, "\"noticed\": \"contacts-messaged\""));
	assert_non_null(strstr(text, "\"money_asked\": \"yes\""));
	assert_non_null(strstr(text, "\"time\": \"" WHEN "\""));
	/* Never a second file under the same name. */
	free(path);
	assert_int_equal(incident_write(inc, dir, &path), -EEXIST);
	umask(old);
	incident_free(back);
	incident_free(inc);
	free(text);
	free(name);
	free(path);
	tu_rmtree(dir);
	free(dir);
}

static void
test_incident_every_choice_round_trips(void **state)
{
	(void)state;
	for (int n = 0; n < INCIDENT_NOTICED_COUNT; n++) {
		const char *name = incident_noticed_name(n);

		assert_int_equal(incident_noticed_parse(name), n);
		assert_true(strlen(incident_noticed_label(n)) > 3);
	}
	for (int m = 0; m < INCIDENT_MONEY_COUNT; m++) {
		const char *name = incident_money_name(m);

		assert_int_equal(incident_money_parse(name), m);
		assert_true(strlen(incident_money_label(m)) > 1);
	}
	assert_int_equal(incident_noticed_parse("hacked"), -1);
	assert_int_equal(incident_noticed_parse(NULL), -1);
	assert_int_equal(incident_money_parse("Yes"), -1);
}

static void
test_incident_hostile_text_cleaned(void **state)
{
	/* An escape sequence, a right-to-left override, a byte that is not
	 * UTF-8, a tab, a newline and a DEL. */
	const char *typed = "\x1b[2J\xe2\x80\xae" "evil\xff\tline\nnext\x7f";
	struct incident *inc = make(typed), *back = NULL;
	char *big = xmalloc(1000), *text = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	assert_true(text_is_utf8(inc->details));
	assert_false(text_has_control(inc->details, NULL));
	assert_null(strstr(inc->details, "\xe2\x80\xae"));
	assert_non_null(strstr(inc->details, "evil?"));
	assert_non_null(strstr(inc->details, "line next"));
	incident_free(inc);
	/* 200 two-byte letters: cut to the limit between characters. */
	big[0] = '\0';
	for (int i = 0; i < 200; i++)
		strcat(big, "\xc3\xa9");
	inc = make(big);
	assert_int_equal(strlen(inc->details), INCIDENT_DETAILS_MAX);
	assert_true(text_is_utf8(inc->details));
	/* Whatever was typed, the file reads back as it was written. */
	f = tu_memopen(&text, &len);
	assert_int_equal(incident_write_json(inc, f), 0);
	tu_memclose(f);
	assert_int_equal(incident_parse(text, len, &back, NULL), REJECT_OK);
	assert_string_equal(back->details, inc->details);
	incident_free(back);
	incident_free(inc);
	free(text);
	free(big);
}

/* Zero-width characters in the text are dropped as it is written, but a
 * file from version 0.1.0, which kept them, is still read; a
 * bidirectional control never was written, so it means a hand edit. */
static void
test_incident_zero_width_dropped_old_files_read(void **state)
{
	struct incident *inc = make("Bu\xe2\x80\x8b" "di \xef\xbb\xbfgot it");

	(void)state;
	assert_string_equal(inc->details, "Budi got it");
	incident_free(inc);
	assert_int_equal(parse_changed("details", "\"Bu\\u200bdi\""),
	    REJECT_OK);
	assert_int_equal(parse_changed("profile.name", "\"Siti\\u2060\""),
	    REJECT_OK);
	assert_int_equal(parse_changed("details", "\"Bu\\u200edi\""),
	    REJECT_INVALID);
}

static void
test_incident_note_has_code(void **state)
{
	static const char *const codes[] = {
		"123456", "kode 123456 sudah saya berikan", "123 456",
		"123-456", "123 - 456", "1234", "12345678", "1234 5678",
		"PIN:654321", "kode: 123456.", "(123456)", "\"123456\"",
		"9999", "kode\t123456", "Rp 500000",
	};
	static const char *const notes[] = {
		"", "Pak Budi got a message at 9:00", "Rp 500.000",
		"Rp 1.500.000,00", "sejak 2024", "tahun 2023-2024",
		"pada 12-03-2026", "pada 12/03/2026", "2026-03-12",
		"0812 3456 7890", "081234567890", "123", "12 34",
		"A1234B", "Rp5000000", "10 20 kontak", "9 10 11 12",
		"123456789", "v1.2345", "jam 09.30",
	};

	(void)state;
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		if (!incident_note_has_code(codes[i]))
			fail_msg("\"%s\" holds a code", codes[i]);
	for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
		if (incident_note_has_code(notes[i]))
			fail_msg("\"%s\" holds no code", notes[i]);
	assert_false(incident_note_has_code(NULL));
}

static void
test_incident_rejects_files(void **state)
{
	char *big, *text = valid_json();
	struct incident *inc = (struct incident *)1;

	(void)state;
	assert_int_equal(parse(text), REJECT_OK);
	/* Too large: an incident file over INCIDENT_MAX_BYTES (here a
	 * valid one, padded), and anything over JREADER_MAX_BYTES, unread;
	 * other JSON over INCIDENT_MAX_BYTES is not an incident at all. */
	big = xmalloc(JREADER_MAX_BYTES + 2);
	memset(big, ' ', JREADER_MAX_BYTES + 1);
	big[JREADER_MAX_BYTES + 1] = '\0';
	assert_int_equal(parse(big), REJECT_TOO_LARGE);
	big[INCIDENT_MAX_BYTES + 1] = '\0';
	memcpy(big, text, strlen(text));
	assert_int_equal(parse(big), REJECT_TOO_LARGE);
	memset(big, ' ', strlen(text));
	memcpy(big, "{\"other\":1}", 11);
	assert_int_equal(parse(big), REJECT_NOT_REPORT);
	/* At the limit it is still read. */
	memcpy(big, text, strlen(text));
	big[INCIDENT_MAX_BYTES] = '\0';
	assert_int_equal(parse(big), REJECT_OK);
	free(big);
	/* Not JSON: cut short, trailing junk, a NUL inside, bad UTF-8. */
	text[strlen(text) / 2] = '\0';
	assert_int_equal(parse(text), REJECT_NOT_JSON);
	assert_int_equal(parse("{} {}"), REJECT_NOT_JSON);
	assert_int_equal(incident_parse("{\"a\":\0}", 7, &inc, NULL),
	    REJECT_NOT_JSON);
	assert_null(inc);
	assert_int_equal(parse("{\"details\": \"\xff\"}"), REJECT_NOT_JSON);
	/* Not an incident: a report, an array, another program. */
	assert_int_equal(parse("[1, 2]"), REJECT_NOT_REPORT);
	assert_int_equal(parse("{\"format\": 1, \"program\": {\"name\": "
	    "\"jagaakun\"}, \"checksum\": \"x\"}"), REJECT_NOT_REPORT);
	assert_int_equal(parse_changed("type", "\"jagaakun-report\""),
	    REJECT_NOT_REPORT);
	assert_int_equal(parse_changed("type", NULL), REJECT_NOT_REPORT);
	assert_int_equal(parse_changed("program.name", "\"other\""),
	    REJECT_NOT_REPORT);
	assert_int_equal(parse_changed("format", "\"1\""), REJECT_NOT_REPORT);
	assert_int_equal(parse_changed("format", "2"), REJECT_UNKNOWN_FORMAT);
	free(text);
}

static void
test_incident_rejects_fields(void **state)
{
	static const struct {
		const char *path, *json;
	} bad[] = {
		{ "program.version", "\"\"" },
		{ "program.version", "1" },
		{ "host", NULL },
		{ "host", "null" },
		{ "time", "\"2026-11-24 07:05:09\"" },
		{ "time", "\"2026-02-30T07:05:09Z\"" },
		{ "profile", "\"Siti\"" },
		{ "profile.name", "\"\"" },
		{ "profile.name", "\"Siti\\u001b[31m\"" },
		{ "profile.nip", "\"198609262015051\"" },
		{ "profile.nip", "\"198613262015051001\"" },	/* month 13 */
		{ "profile.kind", "\"honorer\"" },
		{ "profile.unit", NULL },
		{ "noticed", "\"hacked\"" },
		{ "noticed", "3" },
		{ "details", NULL },
		{ "details", "\"\\u202eevil\"" },	/* RTL override */
		{ "details", "\"two\\nlines\"" },
		{ "details", "\" padded\"" },
		{ "details", "\"a\\u0000b\"" },
		{ "money_asked", "\"maybe\"" },
		{ "money_asked", "true" },
	};
	char *long_text = xmalloc(INCIDENT_DETAILS_MAX + 8);

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		enum reject_reason why = parse_changed(bad[i].path,
		    bad[i].json);

		if (why != REJECT_INVALID)
			fail_msg("%s = %s: got %d, want invalid", bad[i].path,
			    bad[i].json ? bad[i].json : "(removed)", why);
	}
	/* One byte over the limit of free text. */
	long_text[0] = '"';
	memset(long_text + 1, 'a', INCIDENT_DETAILS_MAX + 1);
	strcpy(long_text + INCIDENT_DETAILS_MAX + 2, "\"");
	assert_int_equal(parse_changed("details", long_text), REJECT_INVALID);
	long_text[INCIDENT_DETAILS_MAX + 1] = '"';
	long_text[INCIDENT_DETAILS_MAX + 2] = '\0';
	assert_int_equal(parse_changed("details", long_text), REJECT_OK);
	/* Empty free text, unknown members and a PPPK NIP are fine. */
	assert_int_equal(parse_changed("details", "\"\""), REJECT_OK);
	assert_int_equal(parse_changed("extra", "[1]"), REJECT_OK);
	free(long_text);
}

static void
test_incident_write_failures(void **state)
{
	struct incident *inc = make(NULL);
	char *dir = tu_tempdir(), *file, *path = NULL;

	(void)state;
	assert_string_equal(inc->details, "");
	/* A folder that is a regular file: ENOTDIR, even for root. */
	file = tu_write(dir, "plain", "x");
	assert_int_equal(incident_write(inc, file, &path), -ENOTDIR);
	assert_non_null(strstr(path, "/plain/jagaakun-incident-"));
	free(path);
	assert_int_equal(incident_write(inc, "/nonexistent-jagaakun", NULL),
	    -ENOENT);
	assert_int_equal(tu_count_entries(dir, "jagaakun"), 0);
	incident_free(inc);
	free(file);
	tu_rmtree(dir);
	free(dir);
}

/* As another user: write the incident into the drop-box ctx.  0 when
 * it went. */
static int
incident_into_drop_box(void *ctx)
{
	struct incident *inc = make(NULL);
	int err = incident_write(inc, ctx, NULL);

	incident_free(inc);
	return err == 0 ? 0 : 1;
}

static void
test_incident_shared_folder(void **state)
{
	struct incident *inc = make(NULL);
	char *dir = tu_tempdir(), *box = xasprintf("%s/box", dir), *path = NULL;
	char *name = incident_name(inc), *made, *full;
	struct stat st;

	(void)state;
	/* A link planted under the name is never followed. */
	assert_int_equal(tu_mkdir(box), 0);
	full = xasprintf("%s/%s", box, name);
	made = xasprintf("%s/made", dir);
	tu_need_symlink(made, full);
	assert_int_equal(incident_write(inc, box, &path), -EEXIST);
	assert_int_equal(access(made, F_OK), -1);
	assert_int_equal(unlink(full), 0);
	free(path);
	/* A drop-box (1733): another user writes there without listing. */
	if (tu_is_root()) {
		assert_int_equal(chmod(dir, 0711), 0);
		assert_int_equal(chmod(box, 01733), 0);
		assert_int_equal(tu_as_other_user(incident_into_drop_box, box), 0);
		assert_int_equal(lstat(full, &st), 0);
		assert_true(S_ISREG(st.st_mode));
		assert_int_equal(st.st_uid, TU_OTHER_UID);
	}
	free(made);
	free(full);
	free(name);
	incident_free(inc);
	free(box);
	tu_rmtree(dir);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_incident_round_trip),
		cmocka_unit_test(test_incident_every_choice_round_trips),
		cmocka_unit_test(test_incident_hostile_text_cleaned),
		cmocka_unit_test(test_incident_zero_width_dropped_old_files_read),
		cmocka_unit_test(test_incident_note_has_code),
		cmocka_unit_test(test_incident_rejects_files),
		cmocka_unit_test(test_incident_rejects_fields),
		cmocka_unit_test(test_incident_write_failures),
		cmocka_unit_test(test_incident_shared_folder),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
