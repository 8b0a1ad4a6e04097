// SPDX-License-Identifier: GPL-2.0
/*
 * The write time-out of IOCTL_SERIAL_SET_TIMEOUTS on a simulated printer
 * (parport_sim) that stops taking bytes (WINDOWS-API.md 1.8,
 * Documentation/decisions.rst "Write time-outs", "Why a write stopped").
 * sim_winpar already covers a printer busy from the start (-1, EBUSY after
 * 2 to 4 s) and a stall at a random point of a 1 MiB write.  Here: a
 * printer that goes silent after an exact count, across winpar's chunks,
 * with two time-out values; the retry after a time-out and the recovery;
 * and that the time-out limits inactivity, not the whole write (a slow
 * printer, and a stall shorter than the time-out, lose nothing).
 */
#include <winpar/ntddser.h>

#include "kselftest_harness.h"
#include "rel_test.h"

/*
 * The parport core measures the time-out in doubling sleeps (10 ms, 20 ms,
 * ...), so a write ends between the time-out and about twice it; the
 * upper bound adds a generous margin for the debug kernel.
 */
#define LATE(timeout_s)	(2.0 * (timeout_s) + 5.0)

FIXTURE(tmo) {
	int fd;
	unsigned char *buf, *got;
	size_t len;
};

static int set_timeout(int fd, uint32_t ms)
{
	SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = ms };

	return ioctl(fd, IOCTL_SERIAL_SET_TIMEOUTS, &t);
}

FIXTURE_SETUP(tmo)
{
	ASSERT_EQ(0, rel_fixture_setup(_metadata, &self->fd, &self->buf, &self->got,
				       &self->len, 0x3c));
}

FIXTURE_TEARDOWN(tmo)
{
	sim_set("faults", "none\n");
	sim_set("slow_us", "100\n");
	if (self->fd >= 0) {
		/* The time-out belongs to the device: back to the default. */
		set_timeout(self->fd, 300000);
		close(self->fd);
	}
	free(self->buf);
	free(self->got);
}

/* The printer holds exactly the first @n bytes of the buffer. */
static void check_received(struct __test_metadata *_metadata, FIXTURE_DATA(tmo) *self,
			   ssize_t n)
{
	ssize_t got_len = sim_read("received", self->got, self->len + 16);

	EXPECT_EQ(n, got_len);
	if (n > 0 && got_len == n)
		EXPECT_EQ(0, memcmp(self->buf, self->got, n));
}

static void go_silent_after(struct __test_metadata *_metadata, long long k)
{
	char num[32];

	snprintf(num, sizeof(num), "%lld\n", k);
	ASSERT_EQ(0, sim_set("dropout_after", num));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
}

TEST(load)
{
	ASSERT_EQ(0, rel_load_sim()) TH_LOG("parport_sim did not load");
	ASSERT_TRUE(is_chardev(rel_sim_lpt())) TH_LOG("%s missing", rel_sim_lpt());
}

/*
 * Time-out 2 s, a printer that goes silent after 10000 bytes of a 20000-byte
 * write (in winpar's third 4096-byte chunk): write() returns 10000 after the
 * time-out; the next write, still silent, -1 and EBUSY (STATUS_DEVICE_BUSY)
 * after the time-out again, nothing sent; once the printer is back, the
 * rest goes through and the printer holds the 20000 bytes once each.
 */
TEST_F_TIMEOUT(tmo, silent_after_exact_count, 120)
{
	ssize_t n;
	double t0, took;

	ASSERT_EQ(0, set_timeout(self->fd, 2000));
	go_silent_after(_metadata, 10000);
	t0 = now();
	n = write(self->fd, self->buf, 20000);
	took = now() - t0;
	TH_LOG("silent after 10000 bytes, time-out 2 s: write() returned %zd after %.2f s",
	       n, took);
	EXPECT_EQ(10000, n);
	EXPECT_GE(took, 1.95);
	EXPECT_LT(took, LATE(2));
	check_received(_metadata, self, 10000);

	t0 = now();
	EXPECT_EQ(-1, write(self->fd, self->buf + 10000, 10000));
	EXPECT_EQ(EBUSY, errno);
	took = now() - t0;
	TH_LOG("still silent: write() gave %s after %.2f s", strerror(errno), took);
	EXPECT_GE(took, 1.95);
	EXPECT_LT(took, LATE(2));
	check_received(_metadata, self, 10000);

	ASSERT_EQ(0, sim_set("faults", "none\n"));
	EXPECT_EQ(10000, write(self->fd, self->buf + 10000, 10000));
	check_received(_metadata, self, 20000);
}

/* Time-out 5 s, silent after 3000 bytes: 3000 after 5 to about 10 s. */
TEST_F_TIMEOUT(tmo, longer_timeout_is_honoured, 120)
{
	ssize_t n;
	double t0, took;

	ASSERT_EQ(0, set_timeout(self->fd, 5000));
	go_silent_after(_metadata, 3000);
	t0 = now();
	n = write(self->fd, self->buf, 8000);
	took = now() - t0;
	TH_LOG("silent after 3000 bytes, time-out 5 s: write() returned %zd after %.2f s",
	       n, took);
	EXPECT_EQ(3000, n);
	EXPECT_GE(took, 4.95);
	EXPECT_LT(took, LATE(5));
	check_received(_metadata, self, 3000);
}

/*
 * The time-out limits inactivity (decisions.rst): a slow printer (each
 * status read 1 ms) that keeps taking bytes for longer than the 2 s
 * time-out in all gets the whole write.  The length is chosen from a
 * measured rate so that the write takes about three time-outs.
 */
TEST_F_TIMEOUT(tmo, slow_printer_is_not_timed_out, 120)
{
	size_t probe = 200, len;
	double t0, rate, took;
	ssize_t n;

	ASSERT_EQ(0, set_timeout(self->fd, 2000));
	ASSERT_EQ(0, sim_set("slow_us", "1000\n"));
	ASSERT_EQ(0, sim_set("faults", "slow\n"));
	t0 = now();
	ASSERT_EQ((ssize_t)probe, write(self->fd, self->buf, probe));
	rate = probe / (now() - t0);
	len = (size_t)(rate * 6.0);
	if (len > self->len - probe)
		len = self->len - probe;
	if (len < 16)
		len = 16;
	t0 = now();
	n = write(self->fd, self->buf + probe, len);
	took = now() - t0;
	TH_LOG("slow printer (%.0f bytes/s): %zu bytes, write() returned %zd after %.2f s "
	       "(time-out 2 s)", rate, len, n, took);
	EXPECT_EQ((ssize_t)len, n);
	/* Else the write proved nothing about the time-out. */
	EXPECT_GT(took, 3.0);
	check_received(_metadata, self, probe + len);
}

/*
 * A stall of 1.5 s in the middle of a 64 KiB write, time-out 5 s: the
 * write waits it out and completes, every byte once.
 */
TEST_F_TIMEOUT(tmo, stall_shorter_than_the_timeout, 120)
{
	ssize_t n = -2;
	int pfd[2], status, i;
	double t0, took;
	long long at;
	pid_t pid;

	ASSERT_EQ(0, set_timeout(self->fd, 5000));
	ASSERT_EQ(0, pipe(pfd));
	fflush(stdout);
	fflush(stderr);
	t0 = now();
	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		n = write(self->fd, self->buf, self->len);
		if (n < 0)
			n = -errno;
		if (write(pfd[1], &n, sizeof(n)) != sizeof(n))
			_exit(1);
		_exit(0);
	}
	for (i = 0; i < 6000 && sim_counter("received") < 4096; i++)
		usleep(5000);
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	usleep(100000);
	at = sim_counter("received");
	usleep(1400000);
	EXPECT_EQ(at, sim_counter("received"));
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	ASSERT_EQ((ssize_t)sizeof(n), read(pfd[0], &n, sizeof(n)));
	took = now() - t0;
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	close(pfd[0]);
	close(pfd[1]);
	TH_LOG("stalled 1.5 s after %lld bytes (time-out 5 s): write() returned %zd after %.2f s",
	       at, n, took);
	EXPECT_LT(0, at);
	EXPECT_GT((long long)self->len, at);
	EXPECT_EQ((ssize_t)self->len, n);
	check_received(_metadata, self, self->len);
}

TEST_F(tmo, unload)
{
	set_timeout(self->fd, 300000);
	close(self->fd);
	self->fd = -1;
	ASSERT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
