/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers for the tests that drive parport_sim, the simulated port
 * (Documentation/simulator.rst): find its ports, read and write its
 * debugfs control files.
 */
#ifndef _SIM_TEST_H
#define _SIM_TEST_H

#include <dirent.h>
#include <time.h>

#include "winpar_test.h"

#define MODDIR		"/modules"
#define SIM_ROOT	"/sys/kernel/debug/parport_sim"

static inline double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * The name (parportN) of the nth simulated port (0: the first, the one of
 * platform device parport_sim.0), or "" if none.  Ports are numbered in
 * the order the module registers them.
 */
static inline const char *sim_port_n(int nth)
{
	static char names[4][32];
	char *name = names[nth & 3];
	int nums[16], n = 0, i, j, t;
	struct dirent *de;
	DIR *d;

	name[0] = 0;
	d = opendir(SIM_ROOT);
	if (!d)
		return name;
	while ((de = readdir(d)) && n < 16)
		if (!strncmp(de->d_name, "parport", 7))
			nums[n++] = atoi(de->d_name + 7);
	closedir(d);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (nums[j] < nums[i]) {
				t = nums[i];
				nums[i] = nums[j];
				nums[j] = t;
			}
	if (nth < n)
		snprintf(name, sizeof(names[0]), "parport%d", nums[nth]);
	return name;
}

static inline const char *sim_port(void)
{
	return sim_port_n(0);
}

static inline void sim_path(char *buf, size_t size, const char *file)
{
	snprintf(buf, size, SIM_ROOT "/%s/%s", sim_port(), file);
}

/* Write to a control file; returns 0 or the errno of the write. */
static inline int sim_write(const char *file, const void *buf, size_t len, int flags)
{
	char path[600];
	ssize_t w;
	int fd;

	sim_path(path, sizeof(path), file);
	fd = open(path, O_WRONLY | flags);
	if (fd < 0)
		return errno;
	w = write(fd, buf, len);
	if (w < 0)
		w = -errno;
	close(fd);
	return w == (ssize_t)len ? 0 : (w < 0 ? -w : EIO);
}

static inline int sim_set(const char *file, const char *text)
{
	return sim_write(file, text, strlen(text), O_TRUNC);
}

/* Read a control file whole; returns its length or -1. */
static inline ssize_t sim_read(const char *file, void *buf, size_t size)
{
	char path[600];
	ssize_t n, total = 0;
	int fd;

	sim_path(path, sizeof(path), file);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	while ((size_t)total < size &&
	       (n = read(fd, (char *)buf + total, size - total)) > 0)
		total += n;
	close(fd);
	return total;
}

static inline long long sim_counter(const char *name)
{
	char buf[1024], *p;
	size_t len = strlen(name);
	ssize_t n;

	n = sim_read("counters", buf, sizeof(buf) - 1);
	if (n < 0)
		return -1;
	buf[n] = 0;
	for (p = buf; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, name, len) && p[len] == ' ')
			return atoll(p + len + 1);
	return -1;
}

/* Write a top-level control file (add, remove); returns 0 or the errno. */
static inline int sim_control(const char *file, const char *text)
{
	char path[300];
	ssize_t w;
	int fd;

	snprintf(path, sizeof(path), SIM_ROOT "/%s", file);
	fd = open(path, O_WRONLY);
	if (fd < 0)
		return errno;
	w = write(fd, text, strlen(text));
	if (w < 0)
		w = -errno;
	close(fd);
	return w == (ssize_t)strlen(text) ? 0 : (w < 0 ? -w : EIO);
}

/*
 * Files of a given port (@port "parportN"), e.g. "daisy/1/received":
 * read whole (length or -1, NUL-terminated if it fits) and written.
 */
static inline ssize_t sim_port_read(const char *port, const char *file,
				    char *buf, size_t size)
{
	char path[600];
	ssize_t n, total = 0;
	int fd;

	snprintf(path, sizeof(path), SIM_ROOT "/%s/%s", port, file);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	while ((size_t)total + 1 < size &&
	       (n = read(fd, buf + total, size - 1 - total)) > 0)
		total += n;
	close(fd);
	buf[total] = 0;
	return total;
}

static inline int sim_port_set(const char *port, const char *file, const char *text)
{
	char path[600];
	ssize_t w;
	int fd;

	snprintf(path, sizeof(path), SIM_ROOT "/%s/%s", port, file);
	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0)
		return errno;
	w = write(fd, text, strlen(text));
	if (w < 0)
		w = -errno;
	close(fd);
	return w == (ssize_t)strlen(text) ? 0 : (w < 0 ? -w : EIO);
}

/*
 * Add a port ("add" with @spec, e.g. "default daisy=2 end=off") and put
 * its name in @name; returns 0 or the errno of the write.
 */
static inline int sim_add_port(const char *spec, char *name, size_t size)
{
	char buf[32] = "";
	ssize_t n;
	int err, fd;

	err = sim_control("add", spec);
	if (err)
		return err;
	fd = open(SIM_ROOT "/add", O_RDONLY);
	if (fd < 0)
		return errno;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return EIO;
	buf[n] = 0;
	buf[strcspn(buf, "\n")] = 0;
	snprintf(name, size, "%s", buf);
	return 0;
}

/* A counter of a given port, or -1. */
static inline long long sim_port_counter(const char *port, const char *name)
{
	char buf[1024], *p;
	size_t len = strlen(name);

	if (sim_port_read(port, "counters", buf, sizeof(buf)) < 0)
		return -1;
	for (p = buf; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, name, len) && p[len] == ' ')
			return atoll(p + len + 1);
	return -1;
}

/* /proc/sys/dev/parport/<port>/<file> (autoprobe, autoprobe0..3). */
static inline ssize_t sim_proc_read(const char *port, const char *file,
				    char *buf, size_t size)
{
	char path[300];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/sys/dev/parport/%s/%s", port, file);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, buf, size - 1);
	close(fd);
	buf[n > 0 ? n : 0] = 0;
	return n;
}

#ifdef __KSELFTEST_HARNESS_H
static inline void reset_sim(struct __test_metadata *_metadata)
{
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid\n"));
	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(0, sim_write("reverse", "", 0, O_TRUNC));
}

#endif

#endif /* _SIM_TEST_H */
