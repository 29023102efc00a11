/*
 * i18n: locale and language selection (see i18n.h).
 */
#include "config.h"
#include "base/i18n.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

/* glibc: incremented whenever catalogues must be looked up again. */
extern int _nl_msg_cat_cntr;

static const char *current = "id";

/* True when the current LC_CTYPE uses UTF-8. */
static bool
codeset_is_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

bool
i18n_init(const char *localedir)
{
	const char *dir = getenv("JAGAAKUN_LOCALEDIR");
	bool utf8;

	if (setlocale(LC_ALL, "") == NULL || !codeset_is_utf8()) {
		/*
		 * LANG unset, C, or a locale that is not generated: without
		 * a UTF-8 locale ncurses would mangle Indonesian text and
		 * glibc would ignore LANGUAGE.  C.UTF-8 is always present
		 * on Debian.
		 */
		setlocale(LC_ALL, "C.UTF-8");
	}
	utf8 = codeset_is_utf8();
	/* Numbers in files and exports never use a decimal comma. */
	setlocale(LC_NUMERIC, "C");
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
	setenv("LANGUAGE", current, 1);
	/* glibc caches translations per language; bumping this counter is
	 * the documented way to make it look them up again (gettext manual,
	 * "Being a gettext grok"). */
	++_nl_msg_cat_cntr;
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

const char *
i18n_language(void)
{
	return current;
}
