/*
 * ostime: POSIX (see ostime.h).
 */
#include "config.h"
#include "os/ostime.h"

time_t
os_timegm(struct tm *tm)
{
	return timegm(tm);
}
