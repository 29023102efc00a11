/*
 * faults: fsync and rename that fail once on request (see faults.h).
 */
#include "config.h"
#include "faults.h"

#include <errno.h>

int fault_fsync;
int fault_rename;

int __real_fsync(int fd);
int __wrap_fsync(int fd);
int __real_rename(const char *from, const char *to);
int __wrap_rename(const char *from, const char *to);

/* Take the requested failure, if any: -1 with errno set, else 0. */
static int
fault_take(int *fault)
{
	if (*fault == 0)
		return 0;
	errno = *fault;
	*fault = 0;
	return -1;
}

/* Fail fsync once when the test asks for it. */
int
__wrap_fsync(int fd)
{
	return fault_take(&fault_fsync) ? -1 : __real_fsync(fd);
}

/* Fail rename once when the test asks for it. */
int
__wrap_rename(const char *from, const char *to)
{
	return fault_take(&fault_rename) ? -1 : __real_rename(from, to);
}
