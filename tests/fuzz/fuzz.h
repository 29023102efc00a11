/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright (C) 2026 The jagaakun authors */
/*
 * fuzz: what the fuzz targets share.
 *
 * Each tests/fuzz/fuzz_NAME.c is one libFuzzer target: it defines
 * fuzz_name (its corpus is tests/fuzz/corpus/NAME/) and
 * LLVMFuzzerTestOneInput, which feeds one input to a reader of untrusted
 * files through its public header and checks what the header promises.
 * The same file is linked two ways: with clang's libFuzzer (make fuzz),
 * and with replay.c's main (make check), which feeds every file of the
 * corpus to it once, so a finding kept in the corpus stays fixed.
 *
 * A broken promise aborts (FUZZ_CHECK), which libFuzzer reports as a
 * crash and the replay as a failed test.
 */
#ifndef JAGAAKUN_FUZZ_H
#define JAGAAKUN_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"
#include "exchange/reject.h"

/* The target's name, which is also its corpus folder's. */
extern const char fuzz_name[];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Abort with the file, line and condition when cond is false. */
#define FUZZ_CHECK(cond) \
	((cond) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #cond))
void fuzz_fail(const char *file, int line, const char *cond)
	__attribute__((noreturn));

/* The size bytes at data as a NUL-terminated string (a NUL inside ends
 * it early); caller frees. */
char *fuzz_string(const uint8_t *data, size_t size);

/* A scratch folder, the same for every input of this process, removed
 * when the process exits. */
const char *fuzz_dir(void);

/* Write size bytes at data to dir/name (replacing it; name may hold one
 * folder, made when missing); returns the path (caller frees). */
char *fuzz_write(const char *dir, const char *name, const uint8_t *data,
    size_t size);

/* True when the file at path holds exactly the size bytes at data. */
bool fuzz_file_is(const char *path, const uint8_t *data, size_t size);

/* A loader's input cut into files: the parts between lines holding only
 * "%%" (FUZZ_SEPARATOR), at most FUZZ_MAX_PARTS of them. */
#define FUZZ_SEPARATOR "\n%%\n"
#define FUZZ_MAX_PARTS 5
struct fuzz_part {
	const uint8_t *data;
	size_t size;
};
size_t fuzz_split(const uint8_t *data, size_t size,
    struct fuzz_part parts[FUZZ_MAX_PARTS]);

/* Make folder dir/sub hold n files, part i as "<i>.cfg" (n at most
 * FUZZ_MAX_PARTS), and none of an earlier input's other parts. */
void fuzz_write_parts(const char *dir, const char *sub,
    const struct fuzz_part *parts, size_t n);

/* Check what every loader promises of a file it refused: at least one
 * message, the first naming a file under dir. */
void fuzz_check_refusal(const struct diag *d, const char *dir);

/* Check what a reader of exchanged files (reject.h) promises of its
 * verdict why: a reason in range, a result (read: one was given)
 * exactly when accepted, and a detail, when there is one, only with a
 * refusal and fit for a terminal; frees detail. */
void fuzz_check_verdict(enum reject_reason why, bool read, char *detail);

#endif
