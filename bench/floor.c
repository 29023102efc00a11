/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * floor: the least a reader of report files can do with each one: open,
 * fstat, read to the end, close, on as many threads as collect uses.
 * bench/collect.sh runs it on the very files collect reads and prints
 * collect's CPU time per report beside this program's per file.
 *
 *	bench/floor [-j THREADS] LIST
 *
 * LIST holds one path a line (bench/collect.sh writes it with find, in
 * the order collect walks them).  The threads take the files in turn
 * (file i goes to thread i % THREADS), each into a buffer of its own,
 * and the program prints "FILES files, BYTES bytes" on stdout.  It is
 * not installed, and it is not jagaakun: it uses no code of jagaakun's,
 * so that nothing of the program's own counts in the floor.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Read at most this much of each file: REPORT_MAX_BYTES (report.h) and
 * one byte more, as collect does. */
#define FLOOR_BUF (1024 * 1024 + 1)

struct floor_job {
	char **paths;
	size_t n, first, step;
	unsigned long long bytes, files;
	int failed;
};

/* Open, fstat, read and close every step-th file from first. */
static void *
floor_run(void *arg)
{
	struct floor_job *j = arg;
	char *buf = malloc(FLOOR_BUF);

	if (buf == NULL) {
		j->failed = ENOMEM;
		return NULL;
	}
	for (size_t i = j->first; i < j->n; i += j->step) {
		struct stat st;
		ssize_t r;
		size_t len = 0;
		int fd = open(j->paths[i], O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
		    O_NOCTTY | O_CLOEXEC);

		if (fd < 0 || fstat(fd, &st) != 0) {
			j->failed = errno;
			if (fd >= 0)
				close(fd);
			continue;
		}
		while (len < FLOOR_BUF &&
		    (r = read(fd, buf + len, FLOOR_BUF - len)) > 0) {
			len += (size_t)r;
			if (len >= (size_t)st.st_size)
				break;
		}
		close(fd);
		j->bytes += len;
		j->files++;
	}
	free(buf);
	return NULL;
}

/* The lines of file name, each a path. */
static char **
floor_list(const char *name, size_t *n)
{
	FILE *f = fopen(name, "r");
	char **paths = NULL, *line = NULL;
	size_t cap = 0, lcap = 0;
	ssize_t len;

	*n = 0;
	if (f == NULL)
		return NULL;
	while ((len = getline(&line, &lcap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = '\0';
		if (*n == cap) {
			cap = cap ? 2 * cap : 1024;
			paths = realloc(paths, cap * sizeof *paths);
			if (paths == NULL)
				exit(1);
		}
		if ((paths[(*n)++] = strdup(line)) == NULL)
			exit(1);
	}
	free(line);
	fclose(f);
	return paths;
}

int
main(int argc, char **argv)
{
	size_t threads = 2, n;
	struct floor_job *jobs;
	pthread_t *tid;
	char **paths;
	unsigned long long bytes = 0, files = 0;
	int status = 0;

	if (argc == 4 && strcmp(argv[1], "-j") == 0) {
		threads = strtoul(argv[2], NULL, 10);
		argv += 2;
		argc -= 2;
	}
	if (argc != 2 || threads < 1 || threads > 64) {
		fprintf(stderr, "usage: floor [-j THREADS] LIST\n");
		return 2;
	}
	paths = floor_list(argv[1], &n);
	if (paths == NULL && n == 0) {
		fprintf(stderr, "floor: %s: no paths\n", argv[1]);
		return 1;
	}
	jobs = calloc(threads, sizeof *jobs);
	tid = calloc(threads, sizeof *tid);
	if (jobs == NULL || tid == NULL)
		return 1;
	for (size_t t = 0; t < threads; t++) {
		jobs[t] = (struct floor_job){ paths, n, t, threads, 0, 0, 0 };
		if (pthread_create(&tid[t], NULL, floor_run, &jobs[t]) != 0)
			return 1;
	}
	for (size_t t = 0; t < threads; t++) {
		pthread_join(tid[t], NULL);
		bytes += jobs[t].bytes;
		files += jobs[t].files;
		if (jobs[t].failed != 0) {
			fprintf(stderr, "floor: %s\n", strerror(jobs[t].failed));
			status = 1;
		}
	}
	printf("%llu files, %llu bytes\n", files, bytes);
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	free(jobs);
	free(tid);
	return status;
}
