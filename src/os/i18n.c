/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * i18n: locale and language selection (see base/i18n.h, which every layer
 * includes for _(); the functions sit here, above the system calls of
 * os/console.h).
 */
#include "config.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

#include "os/console.h"

static const char *current = "id";
static unsigned generation;

bool
i18n_init(const char *localedir)
{
	const char *dir = getenv("JAGAAKUN_LOCALEDIR");
	bool utf8 = os_locale_init();

	bindtextdomain(PACKAGE, dir && *dir ? dir : localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	i18n_set_language(i18n_default_language());
	return utf8;
}

bool
i18n_is_language(const char *lang)
{
	return lang && (strcmp(lang, "id") == 0 || strcmp(lang, "en") == 0);
}

bool
i18n_set_language(const char *lang)
{
	if (!i18n_is_language(lang))
		return false;
	current = strcmp(lang, "id") == 0 ? "id" : "en";
	/* LANGUAGE wins over LC_MESSAGES in glibc; "en" has no catalogue,
	 * so the English msgids show. */
	os_setenv("LANGUAGE", current);
	os_messages_changed();
	generation++;
	return true;
}

const char *
i18n_default_language(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL",
	    "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v == NULL || *v == '\0')
			continue;
		return strncmp(v, "en", 2) == 0 ? "en" : "id";
	}
	return "id";
}

unsigned
i18n_generation(void)
{
	return generation;
}

const char *
i18n_language(void)
{
	return current;
}
