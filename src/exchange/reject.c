/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * reject: the codes and phrases of the reject reasons, made from the one
 * table in reject.h.
 */
#include "config.h"
#include "exchange/reject.h"

#include "base/i18n.h"

#define REJECT_CODE(name, code, phrase) [name] = code,
static const char *const reject_codes[] = {
	REJECT_REASONS(REJECT_CODE)
};
#undef REJECT_CODE

#define REJECT_PHRASE(name, code, phrase) [name] = phrase,
static const char *const reject_phrases[] = {
	REJECT_REASONS(REJECT_PHRASE)
};
#undef REJECT_PHRASE

const char *
reject_code(enum reject_reason why)
{
	return reject_codes[why];
}

const char *
reject_text(enum reject_reason why)
{
	return _(reject_phrases[why]);
}
