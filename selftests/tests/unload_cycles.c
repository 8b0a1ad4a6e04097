// SPDX-License-Identifier: GPL-2.0
/*
 * Unloading winpar.  While a file is open on one of its nodes the module
 * is pinned: delete_module(2) refuses with EWOULDBLOCK (the errno
 * delete_module(2) documents for a module in use; busybox rmmod reports
 * it), and the open file keeps working.  Then 100 cycles of load
 * (finit_module, as insmod) and unload (delete_module, as rmmod) with
 * traffic on the simulated port each time: a write, checked byte for byte
 * at the end, and a status request.  Leaks show in the run's kmemleak
 * scan (debug kernel), the rest in the kernel log the host checks.
 */
#include <sys/syscall.h>

#include "kselftest_harness.h"
#include "rel_test.h"

#define CYCLES		100
#define PER_CYCLE	64	/* bytes written each cycle */

static int load_winpar(void)
{
	int fd, r, e;

	fd = open(MODDIR "/winpar.ko", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	r = syscall(SYS_finit_module, fd, "", 0);
	e = errno;
	close(fd);
	errno = e;
	return r;
}

static int unload_winpar(void)
{
	return syscall(SYS_delete_module, "winpar", O_NONBLOCK);
}

static int winpar_refcnt(void)
{
	char buf[32] = "";
	int fd;
	ssize_t n;

	fd = open("/sys/module/winpar/refcnt", O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 0 ? atoi(buf) : -1;
}

/*
 * IOCTL_PAR_QUERY_INFORMATION, less PARALLEL_BUSY: the simulated printer
 * drops Busy over the three status reads after a byte (simulator.rst), so
 * the first status request after a write, however late, sees it busy.
 */
static unsigned char status_of(struct __test_metadata *_metadata, int fd)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(0, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			     NULL, 0, &q, sizeof(q), &w, &err));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(1, w.information);
	return q.Status & ~PARALLEL_BUSY;
}

TEST(load)
{
	ASSERT_TRUE(exists("/sys/module/winpar")) TH_LOG("winpar is not loaded");
	ASSERT_EQ(0, rel_load_sim()) TH_LOG("parport_sim did not load");
	ASSERT_TRUE(is_chardev(rel_sim_lpt())) TH_LOG("%s missing", rel_sim_lpt());
	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(0, winpar_refcnt());
}

/*
 * An open LPT node, then an open port node: unload refused each time, the
 * module and its nodes stay, the file goes on working; after the close
 * the reference is gone.
 */
TEST(unload_refused_while_a_node_is_open)
{
	const char *nodes[] = { rel_sim_lpt(), rel_sim_port_node() };
	unsigned char got[64];
	int i, fd, lfd;

	for (i = 0; i < 2; i++) {
		fd = open(nodes[i], O_RDWR);
		ASSERT_LE(0, fd) TH_LOG("open %s: %s", nodes[i], strerror(errno));
		/* The cdev and the file operations each hold one. */
		EXPECT_LE(1, winpar_refcnt());
		errno = 0;
		EXPECT_EQ(-1, unload_winpar());
		EXPECT_EQ(EWOULDBLOCK, errno) TH_LOG("delete_module: %s", strerror(errno));
		EXPECT_NE(0, run("rmmod winpar 2>/dev/null"));
		EXPECT_TRUE(exists("/sys/module/winpar"));
		EXPECT_TRUE(is_chardev(nodes[0]));
		EXPECT_TRUE(is_chardev(nodes[1]));
		/* Harmless: the open file (and a second one, on the LPT node) still work. */
		lfd = i ? open(nodes[0], O_RDWR) : fd;
		ASSERT_LE(0, lfd);
		EXPECT_EQ(PARALLEL_SELECTED, status_of(_metadata, lfd));
		EXPECT_EQ(9, write(lfd, i ? "port open" : "lpt open\n", 9));
		if (lfd != fd)
			close(lfd);
		close(fd);
		EXPECT_EQ(0, winpar_refcnt());
	}
	EXPECT_EQ(18, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, "lpt open\nport open", 18));
}

/* A fixture for the longer time-out (the harness gives plain tests 30 s). */
FIXTURE(cycles) {
	int unused;
};

FIXTURE_SETUP(cycles)
{
}

FIXTURE_TEARDOWN(cycles)
{
	/* Whatever happened, leave winpar loaded for the programs after this one. */
	if (!exists("/sys/module/winpar"))
		load_winpar();
}

TEST_F_TIMEOUT(cycles, load_unload_with_traffic, 900)
{
	unsigned char *sent = malloc(CYCLES * PER_CYCLE), *got = malloc(CYCLES * PER_CYCLE + 64);
	double t0, t, tmin = 1e9, tmax = 0, start;
	const char *lpt;
	int i, fd;

	ASSERT_NE(NULL, sent);
	ASSERT_NE(NULL, got);
	ASSERT_EQ(0, sim_set("received", "0\n"));
	lpt = rel_sim_lpt();
	start = now();
	for (i = 0; i < CYCLES; i++) {
		t0 = now();
		ASSERT_EQ(0, unload_winpar()) TH_LOG("cycle %d: delete_module: %s", i,
						     strerror(errno));
		ASSERT_FALSE(exists("/sys/module/winpar")) TH_LOG("cycle %d", i);
		ASSERT_FALSE(exists(lpt)) TH_LOG("cycle %d: %s still there", i, lpt);
		ASSERT_EQ(0, load_winpar()) TH_LOG("cycle %d: finit_module: %s", i,
						   strerror(errno));
		ASSERT_TRUE(is_chardev(lpt)) TH_LOG("cycle %d: %s missing", i, lpt);

		fd = open(lpt, O_RDWR);
		ASSERT_LE(0, fd) TH_LOG("cycle %d: open: %s", i, strerror(errno));
		EXPECT_EQ(PARALLEL_SELECTED, status_of(_metadata, fd)) TH_LOG("cycle %d", i);
		fill_pattern(sent + i * PER_CYCLE, PER_CYCLE, i);
		EXPECT_EQ(PER_CYCLE, write(fd, sent + i * PER_CYCLE, PER_CYCLE))
			TH_LOG("cycle %d", i);
		close(fd);
		t = now() - t0;
		if (t < tmin)
			tmin = t;
		if (t > tmax)
			tmax = t;
	}
	t = now() - start;
	TH_LOG("%d unload/load cycles with a write and a status request each: %.1f s "
	       "(%.3f s per cycle, %.3f to %.3f)", CYCLES, t, t / CYCLES, tmin, tmax);
	EXPECT_EQ(CYCLES * PER_CYCLE, sim_read("received", got, CYCLES * PER_CYCLE + 64));
	EXPECT_EQ(0, memcmp(sent, got, CYCLES * PER_CYCLE));
	EXPECT_EQ(0, winpar_refcnt());
	free(sent);
	free(got);
}

TEST_F(cycles, unload)
{
	ASSERT_TRUE(exists("/sys/module/winpar"));
	ASSERT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
