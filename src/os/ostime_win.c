/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * ostime: Windows (see ostime.h).
 */
#include "config.h"
#include "os/ostime.h"

time_t
os_timegm(struct tm *tm)
{
	return _mkgmtime(tm);
}
