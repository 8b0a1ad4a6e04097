// SPDX-License-Identifier: GPL-2.0
/*
 * Requests on LPT1 and ParallelPort0 of QEMU's emulated port: the transport,
 * the raw Windows codes, IOCTL_PAR_QUERY_INFORMATION, the answers to bad
 * input, and compatibility-mode writes whose bytes the host compares.
 */
#include <linux/ppdev.h>
#include <linux/parport.h>
#include <sys/mman.h>
#include <termios.h>

#include "kselftest_harness.h"
#include "winpar_test.h"

#include <winpar/parallel.h>
#include <winpar/ntddser.h>

/* No Windows request has function 0x3ff; nothing answers it. */
#define UNKNOWN_CODE	0x00160ffc
/* IOCTL_SERIAL_SET_BAUD_RATE: a serial request a parallel device does not take. */
#define SERIAL_SET_BAUD	0x001b0004

FIXTURE(lpt) {
	int fd;
};

FIXTURE_SETUP(lpt)
{
	self->fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, self->fd) TH_LOG("open %s: %s", LPT1, strerror(errno));
}

FIXTURE_TEARDOWN(lpt)
{
	close(self->fd);
}

TEST(nodes_are_named_after_windows)
{
	struct stat st;

	ASSERT_EQ(0, stat(LPT1, &st));
	EXPECT_TRUE(S_ISCHR(st.st_mode));
	EXPECT_EQ(0660, st.st_mode & 0777);
	ASSERT_EQ(0, stat(PORT0, &st));
	EXPECT_TRUE(S_ISCHR(st.st_mode));
	EXPECT_EQ(0600, st.st_mode & 0777);
	EXPECT_TRUE(exists("/sys/class/winpar/LPT1"));
	EXPECT_TRUE(exists("/sys/class/winpar/ParallelPort0"));
	EXPECT_FALSE(exists(WINPAR_DEV_DIR "/LPT2"));
}

/*
 * After a byte is strobed out, QEMU plays the printer's Busy/nAck handshake
 * one step per status read (0x58, 0x18, then 0xD8).  Read the status through
 * ppdev until the port is idle again, and return what it shows.
 */
static unsigned char settle_idle(void)
{
	unsigned char lines = 0;
	int pfd, i;

	pfd = open("/dev/parport0", O_RDWR);
	if (pfd < 0 || ioctl(pfd, PPCLAIM))
		return 0;
	for (i = 0; i < 8; i++)
		if (!ioctl(pfd, PPRSTATUS, &lines) && lines == 0xd8)
			break;
	ioctl(pfd, PPRELEASE);
	close(pfd);
	return lines;
}

/* QEMU's idle port shows 0xD8: not busy, nAck high, Select, nFault high. */
TEST_F(lpt, query_information_on_idle_port)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w;
	int err;

	/* First make sure the port really shows 0xD8, as ppdev reads it. */
	ASSERT_EQ(0xd8, settle_idle());

	ASSERT_EQ(0, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			     NULL, 0, &q, sizeof(q), &w, &err));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(1, w.information);
	/* WINDOWS-API.md 4.1: Select set, none of the fault conditions. */
	EXPECT_EQ(PARALLEL_SELECTED, q.Status);
}

TEST_F(lpt, query_information_by_raw_code)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };

	ASSERT_EQ(0xd8, settle_idle());
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_QUERY_INFORMATION, &q));
	EXPECT_EQ(PARALLEL_SELECTED, q.Status);
}

/* A larger output buffer is fine; only Information bytes are written. */
TEST_F(lpt, query_information_large_buffer)
{
	unsigned char out[64];
	struct winpar_ioctl w;
	int err, i;

	ASSERT_EQ(0xd8, settle_idle());
	memset(out, 0xa5, sizeof(out));
	ASSERT_EQ(0, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			     NULL, 0, out, sizeof(out), &w, &err));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(1, w.information);
	EXPECT_EQ(PARALLEL_SELECTED, out[0]);
	for (i = 1; i < (int)sizeof(out); i++)
		ASSERT_EQ(0xa5, out[i]) TH_LOG("byte %d overwritten", i);
}

/* Input is ignored by this request: a non-empty input changes nothing. */
TEST_F(lpt, query_information_ignores_input)
{
	unsigned char in[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w;
	int err;

	ASSERT_EQ(0xd8, settle_idle());
	ASSERT_EQ(0, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			     in, sizeof(in), &q, sizeof(q), &w, &err));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(1, w.information);
	EXPECT_EQ(PARALLEL_SELECTED, q.Status);
}

TEST_F(lpt, query_information_short_buffer)
{
	unsigned char out = 0x5a;
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, &out, 0, &w, &err));
	EXPECT_EQ(ERANGE, err);
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out);
}

TEST_F(lpt, unknown_code_is_invalid_parameter)
{
	unsigned char out[16];
	struct winpar_ioctl w;
	int err;

	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, UNKNOWN_CODE,
			      NULL, 0, out, sizeof(out), &w, &err));
	EXPECT_EQ(EINVAL, err);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out[0]);

	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, SERIAL_SET_BAUD,
			      out, 4, NULL, 0, &w, &err));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, w.information);
}

/* The same code as an internal request is a different (unsupported) request. */
TEST_F(lpt, public_code_sent_as_internal)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
			      IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q, sizeof(q), &w, &err));
	EXPECT_EQ(EINVAL, err);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, q.Status);
}

/*
 * And the reverse: internal codes sent as public requests are the public
 * requests of the same number, if any (WINDOWS-API.md 2, 13.3).
 */
TEST_F(lpt, internal_code_sent_as_public)
{
	unsigned char out[64];
	struct winpar_ioctl w;
	int err;

	/* IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE: no public request 11 here. */
	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL,
			      IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, NULL, 0, out, sizeof(out),
			      &w, &err));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, w.information);
	/* IOCTL_INTERNAL_LOCK_PORT: nor request 37. */
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_INTERNAL_LOCK_PORT,
			      NULL, 0, NULL, 0, &w, &err));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	/*
	 * IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO shares 0x00160030 with
	 * IOCTL_PAR_QUERY_RAW_DEVICE_ID: as a public request it is that one,
	 * which QEMU's port cannot answer.
	 */
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL,
			      IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0, out, sizeof(out),
			      &w, &err));
	EXPECT_EQ(STATUS_IO_DEVICE_ERROR, w.status);
	EXPECT_EQ(0x5a, out[0]);
	/* 0x00160054: IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, publicly IOCTL_PAR_IS_PORT_FREE. */
	EXPECT_EQ(0, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL,
			     IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, NULL, 0, out, sizeof(out),
			     &w, &err));
	EXPECT_EQ(1, w.information);
	EXPECT_EQ(1, out[0]);
}

/* The port node (Windows FDO) answers no public request (WINDOWS-API.md 7.1). */
TEST(public_request_on_port_node)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w;
	int fd, err;

	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(-1, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, &q, sizeof(q), &w, &err));
	EXPECT_EQ(EINVAL, err);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, q.Status);
	/* Raw Windows codes are for LPT nodes only. */
	EXPECT_EQ(-1, ioctl(fd, IOCTL_PAR_QUERY_INFORMATION, &q));
	EXPECT_EQ(ENOTTY, errno);
	/* No data path on the port node. */
	EXPECT_EQ(-1, write(fd, "x", 1));
	EXPECT_EQ(EINVAL, errno);
	close(fd);
}

TEST_F(lpt, raw_unknown_codes_are_not_ioctls)
{
	unsigned char buf[64] = { 0 };
	struct termios t;

	EXPECT_EQ(-1, ioctl(self->fd, UNKNOWN_CODE, buf));
	EXPECT_EQ(ENOTTY, errno);
	/* isatty() must say no. */
	EXPECT_EQ(-1, tcgetattr(self->fd, &t));
	EXPECT_EQ(ENOTTY, errno);
	EXPECT_EQ(0, isatty(self->fd));
}

TEST_F(lpt, nonzero_flags_are_refused)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w = {
		.code = IOCTL_PAR_QUERY_INFORMATION, .flags = 1,
		.output = (uintptr_t)&q, .output_length = sizeof(q),
		.information = 77,
	};

	EXPECT_EQ(-1, ioctl(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, &w));
	EXPECT_EQ(EINVAL, errno);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, q.Status);
}

TEST_F(lpt, unreachable_buffers_are_access_violations)
{
	unsigned char byte;
	struct winpar_ioctl w;
	void *ro;
	int err;

	/* NULL output with a length. */
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, NULL, 1, &w, &err));
	EXPECT_EQ(EFAULT, err);
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, w.status);
	EXPECT_EQ(0, w.information);

	/* A kernel address as output. */
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, (void *)0xffffffff81000000ul, 1, &w, &err));
	EXPECT_EQ(EFAULT, err);
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, w.status);

	/* A read-only page as output: refused before the request runs. */
	ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, ro);
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, ro, 1, &w, &err));
	EXPECT_EQ(EFAULT, err);
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, w.status);
	EXPECT_EQ(0, w.information);
	/* Fine as input. */
	EXPECT_EQ(0, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			     ro, 16, &byte, 1, &w, &err));
	munmap(ro, 4096);
	/* An unmapped page as input. */
	ro = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, ro);
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      ro, 1, NULL, 0, &w, &err));
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, w.status);
	munmap(ro, 4096);

	/* The request structure itself unreachable. */
	EXPECT_EQ(-1, ioctl(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, (void *)8));
	EXPECT_EQ(EFAULT, errno);
}

/*
 * The same rules for a Windows code used as the ioctl number: its one
 * buffer unreachable or unwritable gives EFAULT, and a request that changes
 * something has had no effect.
 */
TEST_F(lpt, raw_codes_with_unreachable_buffers)
{
	SERIAL_TIMEOUTS before, after, *t;
	unsigned char *page;

	/* A query: NULL, a kernel address, a read-only page. */
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_PAR_QUERY_INFORMATION, NULL));
	EXPECT_EQ(EFAULT, errno);
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_PAR_QUERY_INFORMATION, (void *)0xffffffff81000000ul));
	EXPECT_EQ(EFAULT, errno);
	page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, page);
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_PAR_QUERY_INFORMATION, page));
	EXPECT_EQ(EFAULT, errno);
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_SERIAL_GET_TIMEOUTS, page));
	EXPECT_EQ(EFAULT, errno);
	munmap(page, 4096);

	/* A request with an input: unreadable, and across the end of the mapping. */
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_GET_TIMEOUTS, &before));
	page = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, page);
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, page));
	EXPECT_EQ(EFAULT, errno);
	munmap(page, 4096);
	page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, page);
	ASSERT_EQ(0, mprotect(page + 4096, 4096, PROT_NONE));
	t = (SERIAL_TIMEOUTS *)(page + 4096 - 8);	/* 8 of its 20 bytes readable */
	memset(page + 4096 - 8, 0x11, 8);
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, t));
	EXPECT_EQ(EFAULT, errno);
	munmap(page, 8192);
	/* Nothing was set. */
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_GET_TIMEOUTS, &after));
	EXPECT_EQ(0, memcmp(&before, &after, sizeof(before)));
}

/*
 * Lengths larger than the memory behind them: the whole buffer is probed,
 * as Windows' I/O manager does, so the request fails before it runs.
 */
TEST_F(lpt, oversized_lengths_are_access_violations)
{
	unsigned char out[16];
	struct winpar_ioctl w;
	int err;

	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, out, 0xffffffff, &w, &err));
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, w.status);
	EXPECT_EQ(EFAULT, err);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out[0]);
	EXPECT_EQ(-1, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      out, 0x7fffffff, out, 1, &w, &err));
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, w.status);
	EXPECT_EQ(0x5a, out[0]);
}

/* Big but real buffers are fine, and only Information bytes are written. */
TEST_F(lpt, big_buffers)
{
	size_t big = 1 << 20;
	unsigned char *buf = malloc(big);
	struct winpar_ioctl w;
	int err;

	ASSERT_NE(NULL, buf);
	memset(buf, 0x5a, big);
	EXPECT_EQ(0, wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			     buf, big, buf, big, &w, &err));
	EXPECT_EQ(1, w.information);
	EXPECT_EQ(0x5a, buf[1]);
	EXPECT_EQ(0x5a, buf[big - 1]);
	free(buf);
}

TEST_F(lpt, not_seekable)
{
	EXPECT_EQ(-1, lseek(self->fd, 0, SEEK_SET));
	EXPECT_EQ(ESPIPE, errno);
}

TEST_F(lpt, write_of_nothing)
{
	EXPECT_EQ(0, write(self->fd, "", 0));
}

/* 64 KiB in compatibility mode; the host checks every byte arrived. */
TEST_F(lpt, write_64k_compat)
{
	size_t len = 65536;
	unsigned char *buf = malloc(len);
	ssize_t w;

	ASSERT_NE(NULL, buf);
	fill_pattern(buf, len, 0x17);
	w = write(self->fd, buf, len);
	ASSERT_EQ((ssize_t)len, w) TH_LOG("write: %s", strerror(errno));
	ASSERT_EQ(0, lpt_record("winpar-64k", buf, len));
	free(buf);
}

TEST_HARNESS_MAIN
