// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar: CreateFile's name rules for parallel devices
 * (Documentation/libwinpar.rst, "Names").
 *
 * A Win32 name reaches the object manager in one of three ways:
 *
 *  - "\\?\rest": rest is the object name in \GLOBAL??, taken as it is;
 *  - "\\.\rest" (or "//./rest"): the same after the path is normalised
 *    ('/' is '\', "." and ".." components go, the last component loses
 *    its trailing dots and blanks);
 *  - anything else is a file-system path, except that a last component
 *    which is a reserved DOS device name, alone or followed by blanks, an
 *    extension or a colon ("LPT1", "lpt1:", "LPT1.txt", "C:\x\LPT1.4"),
 *    is that device, \\.\LPT1.  Only LPT1-LPT9 and COM1-COM9 are such
 *    names: "LPT10" and "LPT0" are file names.
 *
 * An object name is looked up case-insensitively: LPTn and LPTn.x are the
 * links the parallel driver creates, GLOBALROOT\Device\Parallelm[.x] and
 * GLOBALROOT\Device\ParallelPortm the kernel names themselves.
 * libwinpar opens devices only: a name that Windows would take as a file
 * gets what Windows answers for a file that does not exist.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "libwinpar.h"

#define ERROR_FILE_NOT_FOUND	2
#define ERROR_INVALID_NAME	123

/* "123" with no sign, blank or leading zero, and in range; its end in *end. */
static int number(const char *s, unsigned int *v, const char **end)
{
	unsigned long n = 0;
	const char *p = s;

	if (!isdigit((unsigned char)*p) || (*p == '0' && isdigit((unsigned char)p[1])))
		return -1;
	while (isdigit((unsigned char)*p)) {
		n = n * 10 + (unsigned int)(*p++ - '0');
		if (n > 0xffffu)
			return -1;
	}
	*v = (unsigned int)n;
	*end = p;
	return 0;
}

static uint32_t node(char *path, size_t size, const char *fmt, unsigned int a,
		     unsigned int b)
{
	struct stat st;

	if (snprintf(path, size, fmt, a, b) >= (int)size)
		return ERROR_FILE_NOT_FOUND;
	/* No node: no such object. */
	return stat(path, &st) || !S_ISCHR(st.st_mode) ? ERROR_FILE_NOT_FOUND : 0;
}

/* LPTn or LPTn.x (@prefix "LPT"), Parallelm or Parallelm.x (@prefix "Parallel"). */
static uint32_t device_object(const char *name, const char *prefix, unsigned int first,
			      char *path, size_t size)
{
	size_t len = strlen(prefix);
	unsigned int n, x;
	const char *p;

	if (strncasecmp(name, prefix, len) || number(name + len, &n, &p) || n < first)
		return ERROR_FILE_NOT_FOUND;
	n = n - first + 1;	/* the LPT number */
	if (!*p)
		return node(path, size, WINPAR_DEV_DIR "/LPT%u", n, 0);
	if (*p != '.' || number(p + 1, &x, &p) || *p)
		return ERROR_FILE_NOT_FOUND;
	return node(path, size, WINPAR_DEV_DIR "/LPT%u.%u", n, x);
}

/* An object name in \GLOBAL?? (after "\\.\" or "\\?\"). */
static uint32_t object(const char *name, char *path, size_t size)
{
	unsigned int m;
	const char *p;

	if (!strncasecmp(name, "Global\\", 7))
		return object(name + 7, path, size);
	if (!strncasecmp(name, "GLOBALROOT\\GLOBAL??\\", 20))
		return object(name + 20, path, size);
	if (!strncasecmp(name, "GLOBALROOT\\Device\\", 18)) {
		name += 18;
		if (!strncasecmp(name, "ParallelPort", 12)) {
			if (number(name + 12, &m, &p) || *p)
				return ERROR_FILE_NOT_FOUND;
			return node(path, size, WINPAR_DEV_DIR "/ParallelPort%u", m, 0);
		}
		return device_object(name, "Parallel", 0, path, size);
	}
	/* libwinpar's own: the port by its kernel name, without GLOBALROOT. */
	if (!strncasecmp(name, "ParallelPort", 12)) {
		if (number(name + 12, &m, &p) || *p)
			return ERROR_FILE_NOT_FOUND;
		return node(path, size, WINPAR_DEV_DIR "/ParallelPort%u", m, 0);
	}
	return device_object(name, "LPT", 1, path, size);
}

/* "\\.\" names: the path normalised, then looked up. */
static uint32_t device_path(const char *rest, char *path, size_t size)
{
	char buf[512], *comp[64];
	int n = 0, i;
	char *s, *save = NULL, *out;
	size_t len;

	if (strlen(rest) >= sizeof(buf))
		return ERROR_FILE_NOT_FOUND;
	strcpy(buf, rest);
	for (s = buf; *s; s++)
		if (*s == '/')
			*s = '\\';
	for (s = strtok_r(buf, "\\", &save); s; s = strtok_r(NULL, "\\", &save)) {
		if (!strcmp(s, "."))
			continue;
		if (!strcmp(s, "..")) {
			if (n)
				n--;
			continue;
		}
		if (n == 64)
			return ERROR_FILE_NOT_FOUND;
		comp[n++] = s;
	}
	if (!n)
		return ERROR_FILE_NOT_FOUND;
	len = strlen(comp[n - 1]);
	while (len && (comp[n - 1][len - 1] == '.' || comp[n - 1][len - 1] == ' '))
		comp[n - 1][--len] = 0;
	/* Join again in place: each component starts after the previous one. */
	out = buf;
	for (i = 0; i < n; i++) {
		len = strlen(comp[i]);
		memmove(out, comp[i], len);
		out += len;
		*out++ = i + 1 < n ? '\\' : 0;
	}
	return object(buf, path, size);
}

/* The DOS device a path's last component names, "LPT1".."LPT9", or 0. */
static unsigned int dos_lpt(const char *name, int *is_com)
{
	const char *start = name, *end, *p;

	*is_com = 0;
	if (isalpha((unsigned char)name[0]) && name[1] == ':')
		start = name + 2;
	for (p = start; *p; p++)
		if (*p == '\\' || *p == '/')
			start = p + 1;
	for (end = start; *end && *end != '.' && *end != ':'; end++)
		;
	while (end > start && end[-1] == ' ')
		end--;
	if (end - start != 4 || end[-1] < '1' || end[-1] > '9')
		return 0;
	if (!strncasecmp(start, "COM", 3))
		*is_com = 1;
	else if (strncasecmp(start, "LPT", 3))
		return 0;
	return (unsigned int)(end[-1] - '0');
}

uint32_t winpar_win32_device_path(const char *name, char *path, size_t size)
{
	unsigned int n;
	const char *p;
	int com;

	if (!name || !path || !*name)
		return ERROR_FILE_NOT_FOUND;
	if (!strncmp(name, "\\\\?\\", 4))
		return object(name + 4, path, size);
	if ((name[0] == '\\' || name[0] == '/') && (name[1] == '\\' || name[1] == '/') &&
	    name[2] == '.' && (name[3] == '\\' || name[3] == '/'))
		return device_path(name + 4, path, size);
	n = dos_lpt(name, &com);
	if (n && !com)
		return node(path, size, WINPAR_DEV_DIR "/LPT%u", n, 0);
	if (n)			/* COMn: no serial port here */
		return ERROR_FILE_NOT_FOUND;
	/* A file name: characters no file name may hold, then "no such file". */
	for (p = name; *p; p++)
		if ((unsigned char)*p < 32 || strchr("<>\"|?*", *p))
			return ERROR_INVALID_NAME;
	/* libwinpar's own: "ParallelPortm" for the port, as winpar_open() takes it. */
	if (!strncasecmp(name, "ParallelPort", 12))
		return object(name, path, size);
	return ERROR_FILE_NOT_FOUND;
}
