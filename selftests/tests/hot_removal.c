// SPDX-License-Identifier: GPL-2.0
/*
 * A simulated port removed (parport_sim's "remove", a hot-unplugged
 * adapter) under winpar clients in each kind of wait or hold: an allocate
 * waiting for the port, the port allocated, an interrupt routine
 * connected, a daisy-chain device locked and selected.  Every blocked
 * caller returns STATUS_DEVICE_REMOVED, every later request answers it,
 * the nodes vanish, the files stay safe to use and to close, and the
 * kernel log stays clean (checked by the runner; kmemleak on the debug
 * kernel).
 */
#include "kselftest_harness.h"
#include "sim_test.h"

#include <winpar/parallel.h>

static int32_t icall(int fd, uint32_t code, const void *in, uint32_t il, void *out, uint32_t ol)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, code, in, il, out, ol, &w, &err);
	return w.status;
}

/* The nodes of simulated port @port ("parportN"): the port's, and LPTn.@id. */
static void port_node(char *buf, size_t size, const char *port)
{
	snprintf(buf, size, WINPAR_DEV_DIR "/ParallelPort%d", atoi(port + 7));
}

static void dev_node(char *buf, size_t size, const char *port, int id)
{
	snprintf(buf, size, WINPAR_DEV_DIR "/LPT%d.%d", atoi(port + 7) + 1, id);
}

TEST(load)
{
	ASSERT_FALSE(exists("/sys/module/parport_sim"));
	/* No port at load: each test adds its own and removes it. */
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_sim.ko ports=0 2>/dev/null || "
			 "insmod " MODDIR "/parport_sim.ko ports=1"));
}

TEST(removed_under_every_kind_of_holder)
{
	PARALLEL_INTERRUPT_SERVICE_ROUTINE isr = {
		.InterruptServiceRoutine = (void *)0x1234,
	};
	union {
		PARALLEL_INTERRUPT_SERVICE_ROUTINE in;
		PARALLEL_INTERRUPT_INFORMATION out;
	} u = { .in = isr };
	char name[32], pnode[64], dnode[64], spec[64];
	int holder, isrfd, dev, pfd[2], status;
	int32_t st = 0;
	uint8_t b;
	pid_t kid;

	ASSERT_EQ(0, sim_add_port("default daisy=2 irq=on", name, sizeof(name)));
	TH_LOG("added %s", name);
	usleep(200000);
	port_node(pnode, sizeof(pnode), name);
	dev_node(dnode, sizeof(dnode), name, 1);
	ASSERT_TRUE(is_chardev(pnode));
	ASSERT_TRUE(is_chardev(dnode));

	/* A client holds the port; another waits for it. */
	holder = open(pnode, O_RDWR);
	ASSERT_LE(0, holder);
	ASSERT_EQ(STATUS_SUCCESS, icall(holder, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0));
	ASSERT_EQ(0, pipe(pfd));
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		int fd = open(pnode, O_RDWR);

		st = icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, NULL, 0, NULL, 0);
		if (write(pfd[1], &st, sizeof(st)) != sizeof(st))
			_exit(1);
		/* The file stays usable and closable after the removal. */
		st = icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_FREE, NULL, 0, NULL, 0);
		close(fd);
		_exit(st == STATUS_DEVICE_REMOVED ? 0 : 2);
	}
	/* An interrupt routine connected (from the holder's side of the port). */
	wp_set_param("enable_connect_interrupt", "1");
	isrfd = open(pnode, O_RDWR);
	ASSERT_LE(0, isrfd);
	EXPECT_EQ(STATUS_SUCCESS, icall(isrfd, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT,
					&u, sizeof(u.in), &u, sizeof(u.out)));
	/* A daisy-chain device whose file stays open. */
	dev = open(dnode, O_RDWR);
	ASSERT_LE(0, dev);
	usleep(200000);

	snprintf(spec, sizeof(spec), "%s\n", name);
	ASSERT_EQ(0, sim_control("remove", spec));
	usleep(200000);

	ASSERT_EQ(sizeof(st), read(pfd[0], &st, sizeof(st)));
	EXPECT_EQ(STATUS_DEVICE_REMOVED, st);
	waitpid(kid, &status, 0);
	EXPECT_EQ(0, WEXITSTATUS(status));
	EXPECT_FALSE(exists(pnode));
	EXPECT_FALSE(exists(dnode));

	EXPECT_EQ(STATUS_DEVICE_REMOVED, icall(holder, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					       NULL, 0, NULL, 0));
	u.in = isr;
	EXPECT_EQ(STATUS_DEVICE_REMOVED, icall(isrfd,
		  IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT, &u, sizeof(u.in), NULL, 0));
	EXPECT_EQ(STATUS_DEVICE_REMOVED, icall(dev, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0));
	EXPECT_EQ(-1, write(dev, "x", 1));
	EXPECT_EQ(ENODEV, errno);
	EXPECT_EQ(-1, ioctl(dev, IOCTL_PAR_IS_PORT_FREE, &b));
	close(dev);
	close(isrfd);
	close(holder);
	wp_set_param("enable_connect_interrupt", "0");
	close(pfd[0]);
	close(pfd[1]);
}

/* A device locked and selected when its port goes. */
TEST(removed_while_a_daisy_device_is_locked)
{
	char name[32], dnode[64], spec[64];
	uint8_t st;
	int dev;

	ASSERT_EQ(0, sim_add_port("default daisy=2", name, sizeof(name)));
	usleep(200000);
	dev_node(dnode, sizeof(dnode), name, 0);
	dev = open(dnode, O_RDWR);
	ASSERT_LE(0, dev);
	ASSERT_EQ(STATUS_SUCCESS, icall(dev, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0));
	snprintf(spec, sizeof(spec), "%s\n", name);
	ASSERT_EQ(0, sim_control("remove", spec));
	usleep(200000);
	EXPECT_FALSE(exists(dnode));
	EXPECT_EQ(-1, ioctl(dev, IOCTL_PAR_QUERY_INFORMATION, &st));
	EXPECT_EQ(ENODEV, errno);
	EXPECT_EQ(STATUS_DEVICE_REMOVED, icall(dev, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0));
	close(dev);
}

TEST(unload)
{
	ASSERT_EQ(0, run("rmmod lp"));
	EXPECT_EQ(0, run("rmmod parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
