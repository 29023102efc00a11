/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_incident: incident files from other machines (incident_parse),
 * and what an official types into one (incident_new).
 *
 * Checked: a reason in range and a detail fit for a terminal; an
 * accepted incident holds only clean text and is written back
 * (incident_write_json) into a file that reads back the same; and an
 * incident made from any typed text -- the input's parts as the name,
 * the details and the host -- is written into a file the reader accepts,
 * as the writer promises never to write what the reader refuses.
 */
#include "config.h"
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/isotime.h"
#include "base/text.h"
#include "exchange/incident.h"

const char fuzz_name[] = "incident";

/* Check what incident_parse promises of any input; *out as it gives it. */
static enum reject_reason
fuzz_incident_parse(const char *buf, size_t len, struct incident **out)
{
	char *detail = NULL;
	enum reject_reason why = incident_parse(buf, len, out, &detail);

	fuzz_check_verdict(why, *out != NULL, detail);
	return why;
}

/* Check that a text of an incident is fit for a terminal. */
static void
fuzz_incident_clean(const char *s)
{
	FUZZ_CHECK(s != NULL && text_is_utf8(s) && !text_has_control(s, NULL));
}

/* Write inc, read it back and check it is the same incident. */
static void
fuzz_incident_round_trip(const struct incident *inc)
{
	struct incident *back;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	FUZZ_CHECK(f != NULL);
	FUZZ_CHECK(incident_write_json(inc, f) == 0);
	FUZZ_CHECK(fclose(f) == 0);
	FUZZ_CHECK(fuzz_incident_parse(text, len, &back) == REJECT_OK);
	FUZZ_CHECK(back->time == inc->time);
	FUZZ_CHECK(back->noticed == inc->noticed && back->money == inc->money);
	FUZZ_CHECK(strcmp(back->details, inc->details) == 0);
	FUZZ_CHECK(strcmp(back->host, inc->host) == 0);
	FUZZ_CHECK(strcmp(back->profile.name, inc->profile.name) == 0);
	FUZZ_CHECK(strcmp(back->profile.nip, inc->profile.nip) == 0);
	incident_free(back);
	free(text);
}

/* Make an incident of what the parts say was typed, and check it. */
static void
fuzz_incident_typed(const uint8_t *data, size_t size)
{
	struct fuzz_part part[FUZZ_MAX_PARTS];
	size_t n = fuzz_split(data, size, part);
	char *name = fuzz_string(part[0].data, part[0].size);
	char *details = n > 1 ? fuzz_string(part[1].data, part[1].size) : NULL;
	char *host = n > 2 ? fuzz_string(part[2].data, part[2].size) : NULL;
	struct profile p = { .name = name, .nip = (char *)"198609262015051001",
	    .kind = NIP_PNS, .unit = (char *)"", .position = (char *)"" };
	time_t now;
	struct incident *inc;

	FUZZ_CHECK(isotime_parse("2026-11-24T07:05:00Z", &now));
	inc = incident_new(&p, INCIDENT_GAVE_CODE, details,
	    INCIDENT_MONEY_UNKNOWN, now, host != NULL ? host : "pc-12");
	/* A name is required: the form never lets an empty one through. */
	if (inc != NULL && inc->profile.name[0] != '\0')
		fuzz_incident_round_trip(inc);
	incident_free(inc);
	free(name);
	free(details);
	free(host);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct incident *inc;

	if (fuzz_incident_parse((const char *)data, size, &inc) == REJECT_OK) {
		fuzz_incident_clean(inc->host);
		fuzz_incident_clean(inc->details);
		fuzz_incident_clean(inc->profile.name);
		fuzz_incident_clean(inc->profile.unit);
		fuzz_incident_clean(inc->profile.position);
		fuzz_incident_round_trip(inc);
		incident_free(inc);
	}
	fuzz_incident_typed(data, size);
	return 0;
}
