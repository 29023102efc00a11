/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz_scenario: the trainer's quiz scenarios (scenario_load), part of
 * a content folder an agency may replace.
 *
 * Each part of the input (fuzz.h: parts between "%%" lines) is written
 * as a file under scenarios/; a first part that starts with "themes" is
 * written as content.cfg instead (the quiz's themes).  Checked: a
 * refusal names a file; every accepted scenario keeps scenario.h's
 * limits (ids, 3 or 4 choices with exactly one right, red flags for a
 * fraud, counts of messages and flags, a theme the list holds) and holds
 * valid UTF-8 text, and so does every theme.
 */
#include "config.h"
#include "fuzz.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/text.h"
#include "model/scenario.h"

const char fuzz_name[] = "scenario";

/* Check one text of an accepted scenario. */
static void
fuzz_scenario_text(const char *s)
{
	FUZZ_CHECK(s != NULL && text_is_utf8(s) && s[0] != '\0');
	FUZZ_CHECK(!text_has_control(s, "\n"));
}

/* Check what scenario.h promises of an accepted scenario of set. */
static void
fuzz_scenario_check(const struct scenario_set *set,
    const struct scenario *sc)
{
	size_t right = 0;

	FUZZ_CHECK(sc->theme == NULL || scenario_theme(set, sc->theme) != NULL);
	FUZZ_CHECK(scenario_is_id(sc->id));
	fuzz_scenario_text(sc->title);
	fuzz_scenario_text(sc->sender);
	fuzz_scenario_text(sc->question);
	fuzz_scenario_text(sc->action);
	FUZZ_CHECK(sc->channel < SCENARIO_CHANNEL_COUNT);
	FUZZ_CHECK(sc->n_messages >= 1 &&
	    sc->n_messages <= SCENARIO_MAX_MESSAGES);
	for (size_t i = 0; i < sc->n_messages; i++)
		fuzz_scenario_text(sc->messages[i]);
	FUZZ_CHECK(sc->n_choices >= SCENARIO_MIN_CHOICES &&
	    sc->n_choices <= SCENARIO_MAX_CHOICES);
	for (size_t i = 0; i < sc->n_choices; i++) {
		fuzz_scenario_text(sc->choices[i].text);
		fuzz_scenario_text(sc->choices[i].feedback);
		right += sc->choices[i].correct;
	}
	FUZZ_CHECK(right == 1 && sc->choices[scenario_correct(sc)].correct);
	FUZZ_CHECK(sc->n_red_flags <= SCENARIO_MAX_RED_FLAGS);
	FUZZ_CHECK(!sc->fraud || sc->n_red_flags >= 1);
	for (size_t i = 0; i < sc->n_red_flags; i++)
		fuzz_scenario_text(sc->red_flags[i]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *dir = fuzz_dir();
	struct fuzz_part part[FUZZ_MAX_PARTS];
	size_t n = fuzz_split(data, size, part);
	struct scenario_set *set = NULL;
	bool themes = n > 0 && part[0].size >= 6 &&
	    memcmp(part[0].data, "themes", 6) == 0;
	char *index;
	struct diag d;

	index = fuzz_write(dir, "content.cfg", themes ? part[0].data :
	    (const uint8_t *)"", themes ? part[0].size : 0);
	if (!themes)
		unlink(index);	/* no themes at all */
	free(index);
	fuzz_write_parts(dir, "scenarios", part + themes, n - themes);
	diag_init(&d);
	if (scenario_load(dir, &set, &d) == 0) {
		FUZZ_CHECK(set != NULL && set->n <= n);
		FUZZ_CHECK(set->n_themes <= SCENARIO_MAX_THEMES);
		for (size_t i = 0; i < set->n_themes; i++) {
			FUZZ_CHECK(scenario_is_id(set->themes[i].id));
			fuzz_scenario_text(set->themes[i].title);
		}
		for (size_t i = 0; i < set->n; i++)
			fuzz_scenario_check(set, &set->scenarios[i]);
	} else {
		FUZZ_CHECK(set == NULL);
		fuzz_check_refusal(&d, dir);
	}
	scenario_set_free(set);
	diag_done(&d);
	return 0;
}
