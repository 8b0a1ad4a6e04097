// SPDX-License-Identifier: GPL-2.0
/*
 * winpar's trace events record the conversation: each request with its
 * code, status and Information, each transfer with its count, each
 * negotiation with its result.
 */
#include <sys/mount.h>

#include "kselftest_harness.h"
#include "winpar_test.h"

static char tracing[64];

static int tracefs(void)
{
	if (exists("/sys/kernel/tracing/events")) {
		strcpy(tracing, "/sys/kernel/tracing");
		return 0;
	}
	mount("nodev", "/sys/kernel/tracing", "tracefs", 0, NULL);
	if (exists("/sys/kernel/tracing/events")) {
		strcpy(tracing, "/sys/kernel/tracing");
		return 0;
	}
	if (exists("/sys/kernel/debug/tracing/events")) {
		strcpy(tracing, "/sys/kernel/debug/tracing");
		return 0;
	}
	return -1;
}

static int put(const char *file, const char *text)
{
	char path[128];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "%s/%s", tracing, file);
	fd = open(path, O_WRONLY | O_TRUNC);
	if (fd < 0)
		return -1;
	n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

TEST(requests_transfers_and_negotiations_are_traced)
{
	PAR_QUERY_INFORMATION q;
	static char trace[65536];
	struct winpar_ioctl w;
	char path[128], buf[16];
	ssize_t n, total = 0;
	int fd, tfd, err;

	ASSERT_EQ(0, tracefs()) TH_LOG("no tracefs");
	snprintf(path, sizeof(path), "%s/events/winpar/winpar_request", tracing);
	ASSERT_TRUE(exists(path));
	ASSERT_EQ(0, put("trace", ""));
	ASSERT_EQ(0, put("events/winpar/enable", "1"));

	fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, fd);
	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
		NULL, 0, &q, sizeof(q), &w, &err);
	wp_call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, 0x00160ffc, NULL, 0, NULL, 0, &w, &err);
	fill_pattern((unsigned char *)buf, 10, 0x11);
	ASSERT_EQ(10, write(fd, buf, 10));
	ASSERT_EQ(0, lpt_record("traced-write", buf, 10));
	/* QEMU's port does not negotiate: a traced failure. */
	EXPECT_EQ(-1, read(fd, buf, sizeof(buf)));
	close(fd);
	ASSERT_EQ(0, put("events/winpar/enable", "0"));

	snprintf(path, sizeof(path), "%s/trace", tracing);
	tfd = open(path, O_RDONLY);
	ASSERT_LE(0, tfd);
	while ((n = read(tfd, trace + total, sizeof(trace) - 1 - total)) > 0)
		total += n;
	close(tfd);
	trace[total] = 0;
	TH_LOG("%s", trace);
	EXPECT_NE(NULL, strstr(trace, "winpar_request: LPT1 public code=0x00160004 in=0 out=1 status=0x00000000 info=1"));
	EXPECT_NE(NULL, strstr(trace, "winpar_request: LPT1 internal code=0x00160ffc in=0 out=0 status=0xc000000d info=0"));
	EXPECT_NE(NULL, strstr(trace, "winpar_transfer: LPT1 write mode=0x100 10/10"));
	EXPECT_NE(NULL, strstr(trace, "winpar_negotiate: parport0 mode=0x0 result=-1"));
	EXPECT_NE(NULL, strstr(trace, "winpar_transfer: LPT1 read mode=0x0 -5/16"));
}

TEST_HARNESS_MAIN
