// SPDX-License-Identifier: GPL-2.0
/*
 * winpar shares QEMU's port with lp and ppdev: each still works after
 * winpar used the port (and while a winpar file is open), and a request
 * that cannot get the port in time gets STATUS_DEVICE_BUSY.
 */
#include <linux/ppdev.h>
#include <linux/parport.h>
#include <time.h>

#include "kselftest_harness.h"
#include "winpar_test.h"

#include <winpar/ntddser.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void query(struct __test_metadata *_metadata, int fd, int32_t expect_status)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
		NULL, 0, &q, sizeof(q), &w, &err);
	ASSERT_EQ(expect_status, w.status);
	if (expect_status == STATUS_SUCCESS) {
		EXPECT_EQ(1, w.information);
		/*
		 * After a write QEMU plays a Busy/nAck handshake that status
		 * reads advance, so Busy may show; Select is always there.
		 */
		EXPECT_EQ(PARALLEL_SELECTED, q.Status & ~PARALLEL_BUSY);
	} else {
		EXPECT_EQ(0, w.information);
		EXPECT_EQ(0x5a, q.Status);
	}
}

TEST(lp_prints_while_winpar_is_open)
{
	unsigned char buf[1000];
	int wfd, lfd;

	wfd = open(LPT1, O_RDWR);
	ASSERT_LE(0, wfd);
	query(_metadata, wfd, STATUS_SUCCESS);

	fill_pattern(buf, sizeof(buf), 0x21);
	lfd = open("/dev/lp0", O_WRONLY);
	ASSERT_LE(0, lfd) TH_LOG("open /dev/lp0: %s", strerror(errno));
	ASSERT_EQ((ssize_t)sizeof(buf), write(lfd, buf, sizeof(buf)));
	close(lfd);
	ASSERT_EQ(0, lpt_record("lp-after-winpar", buf, sizeof(buf)));

	/* And winpar again after lp. */
	query(_metadata, wfd, STATUS_SUCCESS);
	close(wfd);
}

TEST(ppdev_works_after_winpar)
{
	unsigned char buf[777], lines;
	int pfd, mode = IEEE1284_MODE_COMPAT;

	fill_pattern(buf, sizeof(buf), 0x33);
	pfd = open("/dev/parport0", O_RDWR);
	ASSERT_LE(0, pfd);
	ASSERT_EQ(0, ioctl(pfd, PPCLAIM));
	ASSERT_EQ(0, ioctl(pfd, PPNEGOT, &mode));
	ASSERT_EQ(0, ioctl(pfd, PPRSTATUS, &lines));
	/* Select and nFault high whatever the handshake's phase. */
	EXPECT_EQ(0x18, lines & 0x18);
	ASSERT_EQ((ssize_t)sizeof(buf), write(pfd, buf, sizeof(buf)));
	ASSERT_EQ(0, ioctl(pfd, PPRELEASE));
	close(pfd);
	ASSERT_EQ(0, lpt_record("ppdev-after-winpar", buf, sizeof(buf)));
}

TEST(winpar_writes_after_lp_and_ppdev)
{
	unsigned char buf[512];
	int fd;

	fill_pattern(buf, sizeof(buf), 0x44);
	fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ((ssize_t)sizeof(buf), write(fd, buf, sizeof(buf)));
	close(fd);
	ASSERT_EQ(0, lpt_record("winpar-after-lp-ppdev", buf, sizeof(buf)));
}

/* ppdev never lets go of a claimed port: winpar waits, then reports busy. */
TEST(busy_while_ppdev_holds_the_port)
{
	double t0, waited;
	int pfd, fd;

	pfd = open("/dev/parport0", O_RDWR);
	ASSERT_LE(0, pfd);
	ASSERT_EQ(0, ioctl(pfd, PPCLAIM));
	fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, fd);
	/* A request waits for the port as long as the device's write time-out. */
	ASSERT_EQ(0, ioctl(fd, IOCTL_SERIAL_SET_TIMEOUTS,
			   &(SERIAL_TIMEOUTS){ .WriteTotalTimeoutConstant = 2000 }));

	t0 = now();
	query(_metadata, fd, STATUS_DEVICE_BUSY);
	waited = now() - t0;
	/* Generous upper bound for TCG. */
	EXPECT_GE(waited, 1.95);
	EXPECT_LT(waited, 10.0);
	TH_LOG("gave up after %.3f s", waited);
	/* A write gets nothing through either, and says so. */
	EXPECT_EQ(-1, write(fd, "x", 1));
	EXPECT_EQ(EBUSY, errno);
	TH_LOG("write refused");

	ASSERT_EQ(0, ioctl(pfd, PPRELEASE));
	TH_LOG("ppdev released");
	query(_metadata, fd, STATUS_SUCCESS);
	TH_LOG("winpar has the port again");
	close(fd);
	close(pfd);
}

TEST_HARNESS_MAIN
