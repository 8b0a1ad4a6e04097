/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Helpers of the reliability tests (sim_contention, sim_signals,
 * sim_timeouts, privilege, unload_cycles): the simulated port's nodes, lp's
 * node for it, loading and unloading parport_sim, and a scan for kernel
 * addresses.
 */
#ifndef _REL_TEST_H
#define _REL_TEST_H

#include <sys/sysmacros.h>

#include "sim_test.h"

/* /dev/winpar/LPTn of the first simulated port (n = parport number + 1). */
static inline const char *rel_sim_lpt(void)
{
	static char path[64];

	snprintf(path, sizeof(path), WINPAR_DEV_DIR "/LPT%d", atoi(sim_port() + 7) + 1);
	return path;
}

/* /dev/winpar/ParallelPortm of the first simulated port. */
static inline const char *rel_sim_port_node(void)
{
	static char path[64];

	snprintf(path, sizeof(path), WINPAR_DEV_DIR "/" WINPAR_PORT_NODE_FMT,
		 (unsigned int)atoi(sim_port() + 7));
	return path;
}

/*
 * lp's node for the first simulated port: the printer class device whose
 * parent is platform device parport_sim.0 (lp numbers its devices in the
 * order ports appear, not by parport number).  Creates /dev/lpX (char 6, X)
 * if devtmpfs has not.  Returns the path or NULL.
 */
static inline const char *rel_sim_lp(void)
{
	static char path[64];
	char link[300], target[300];
	struct dirent *de;
	ssize_t n;
	DIR *d;
	int minor = -1;

	d = opendir("/sys/class/printer");
	if (!d)
		return NULL;
	while ((de = readdir(d))) {
		if (strncmp(de->d_name, "lp", 2))
			continue;
		snprintf(link, sizeof(link), "/sys/class/printer/%s/device", de->d_name);
		n = readlink(link, target, sizeof(target) - 1);
		if (n <= 0)
			continue;
		target[n] = 0;
		if (strstr(target, "parport_sim.0")) {
			minor = atoi(de->d_name + 2);
			break;
		}
	}
	closedir(d);
	if (minor < 0)
		return NULL;
	snprintf(path, sizeof(path), "/dev/lp%d", minor);
	if (!exists(path) && mknod(path, S_IFCHR | 0660, makedev(6, minor)))
		return NULL;
	return is_chardev(path) ? path : NULL;
}

/* Load parport_sim with one port (the tests' peripheral). */
static inline int rel_load_sim(void)
{
	if (exists("/sys/module/parport_sim"))
		return -1;
	if (run("insmod " MODDIR "/parport_sim.ko ports=1 modes=pcspp+tristate+safeinint"))
		return -1;
	return sim_port()[0] ? 0 : -1;
}

/* Unload it again: lp keeps a device on every port, so lp goes first and comes back. */
static inline int rel_unload_sim(void)
{
	int err = 0;

	if (run("rmmod lp"))
		return -1;
	if (run("rmmod parport_sim"))
		err = -1;
	if (run("insmod " MODDIR "/lp.ko"))
		err = -1;
	return err;
}

/*
 * Kernel addresses on x86_64 (the upper half: direct map, vmalloc,
 * modules, text).  Returns the offset of the first 8-byte little-endian
 * value in [0xffff800000000000, 0xffffffffffffffff] at any byte offset of
 * @buf, or -1.
 */
static inline long rel_find_kernel_address(const void *buf, size_t len)
{
	const unsigned char *p = buf;
	uint64_t v;
	size_t i;
	int b;

	for (i = 0; i + 8 <= len; i++) {
		for (v = 0, b = 7; b >= 0; b--)
			v = v << 8 | p[i + b];
		if (v >= 0xffff800000000000ULL)
			return (long)i;
	}
	return -1;
}

/*
 * The common start of a fixture on the simulated printer: a 256 KiB
 * pattern, a buffer to read it back, a healthy printer with its counters
 * emptied, and its LPT node open.  Returns 0, or -1 after logging.
 */
static inline int rel_fixture_setup(struct __test_metadata *_metadata, int *fd,
				    unsigned char **buf, unsigned char **got, size_t *len,
				    unsigned int seed)
{
	*fd = -1;
	*len = 256 * 1024;
	*buf = malloc(*len);
	*got = malloc(*len + 16);
	if (!*buf || !*got || !sim_port()[0])
		return -1;
	fill_pattern(*buf, *len, seed);
	reset_sim(_metadata);
	if (sim_set("counters", "0\n"))
		return -1;
	*fd = open(rel_sim_lpt(), O_RDWR);
	if (*fd < 0) {
		TH_LOG("open %s: %s", rel_sim_lpt(), strerror(errno));
		return -1;
	}
	return 0;
}

#endif /* _REL_TEST_H */
