/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers shared by the winpar selftests (run inside the QEMU guest).
 */
#ifndef _WINPAR_TEST_H
#define _WINPAR_TEST_H

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <winpar/winpar.h>
#include <winpar/ntstatus.h>
#include <winpar/ntddpar.h>

#define LPT1	WINPAR_DEV_DIR "/LPT1"
#define PORT0	WINPAR_DEV_DIR "/ParallelPort0"

/* Where the guest records what it sent to QEMU's LPT, for the host to compare. */
#define LPT_RECORD_DIR	"/run/lpt"

/*
 * One request through the transport.  Returns ioctl(2)'s result; *errp gets
 * errno (0 on success) and *w the structure as the kernel left it.
 */
static inline int wp_call(int fd, unsigned long major, uint32_t code,
			  const void *in, uint32_t in_len, void *out, uint32_t out_len,
			  struct winpar_ioctl *w, int *errp)
{
	int rc;

	memset(w, 0, sizeof(*w));
	w->code = code;
	w->input = (uintptr_t)in;
	w->input_length = in_len;
	w->output = (uintptr_t)out;
	w->output_length = out_len;
	/* Poison the outputs so a test sees whether the kernel wrote them. */
	w->status = 0x7eadbeef;
	w->information = 0xdeadbeef;
	errno = 0;
	rc = ioctl(fd, major, w);
	*errp = rc ? errno : 0;
	return rc;
}

/*
 * Record bytes that were sent to QEMU's LPT (through any driver) in the
 * order they were sent.  At the end of the run the guest prints the length
 * and SHA-256 of each record; the host cuts its capture file the same way
 * and compares (selftests/run-qemu.sh).
 */
static inline int lpt_record(const char *tag, const void *buf, size_t len)
{
	char path[256];
	int n = 0, fd;
	ssize_t w;

	DIR *d;

	/* Records are numbered in the order they are made, across programs. */
	mkdir(LPT_RECORD_DIR, 0755);
	d = opendir(LPT_RECORD_DIR);
	if (!d)
		return -1;
	while (readdir(d))
		n++;
	closedir(d);
	n -= 2;	/* . and .. */
	for (;;) {
		snprintf(path, sizeof(path), LPT_RECORD_DIR "/%03d-%s", n, tag);
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
		if (fd >= 0 || errno != EEXIST)
			break;
		n++;
	}
	if (fd < 0)
		return -1;
	w = write(fd, buf, len);
	close(fd);
	return w == (ssize_t)len ? 0 : -1;
}

/* A pattern that tells bytes apart: offsets and a seed mixed. */
static inline void fill_pattern(unsigned char *buf, size_t len, unsigned int seed)
{
	size_t i;

	for (i = 0; i < len; i++)
		buf[i] = (unsigned char)((i * 131 + (i >> 8) * 7 + seed) & 0xff);
}

static inline int run(const char *cmd)
{
	int rc = system(cmd);

	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static inline int is_chardev(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISCHR(st.st_mode);
}

static inline int exists(const char *path)
{
	struct stat st;

	return !stat(path, &st);
}

/* Set a winpar module parameter (as root); errors are printed, not fatal. */
static inline void wp_set_param(const char *name, const char *val)
{
	char path[128];
	int fd;

	snprintf(path, sizeof(path), "/sys/module/winpar/parameters/%s", name);
	fd = open(path, O_WRONLY);
	if (fd < 0) {
		perror(path);
		return;
	}
	if (write(fd, val, strlen(val)) < 0)
		perror(path);
	close(fd);
}

#endif /* _WINPAR_TEST_H */
