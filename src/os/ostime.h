/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * ostime: the time calls the C libraries do not share.
 */
#ifndef JAGAAKUN_OSTIME_H
#define JAGAAKUN_OSTIME_H

#include <time.h>

/* The inverse of gmtime: tm (a UTC date and time, normalised) as
 * seconds since the epoch; (time_t)-1 on error (timegm, Windows'
 * _mkgmtime). */
time_t os_timegm(struct tm *tm);

#endif
