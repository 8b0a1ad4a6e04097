// SPDX-License-Identifier: GPL-2.0
/*
 * parport_sim's buffering printer (Documentation/simulator.rst, "A printer
 * with a buffer"), the model make bench's buffered rows rest on: a write
 * larger than the buffer goes at the printer's rate, every byte arrives
 * once and in order, a strobe while the buffer is full is lost and
 * counted, and so is the time the printer waits with its buffer empty;
 * and that winpar's pace for such a printer is learned again for a new
 * job, not carried over from the last one.
 */
#include <sys/resource.h>

#include <linux/ppdev.h>
#include <linux/parport.h>

#include "kselftest_harness.h"
#include "rel_test.h"

FIXTURE(buf) {
	int fd;
	unsigned char *buf, *got;
	size_t len;
};

FIXTURE_SETUP(buf)
{
	ASSERT_EQ(0, rel_fixture_setup(_metadata, &self->fd, &self->buf, &self->got,
				       &self->len, 0x5b));
}

FIXTURE_TEARDOWN(buf)
{
	sim_set("buffer", "0\n");
	if (self->fd >= 0)
		close(self->fd);
	free(self->buf);
	free(self->got);
}

/* The bytes in the printer's buffer now ("buffer": SIZE RATE FILL). */
static long buffer_fill(void)
{
	unsigned int size, rate, fill;
	char text[64] = "";

	if (sim_read("buffer", text, sizeof(text) - 1) <= 0 ||
	    sscanf(text, "%u %u %u", &size, &rate, &fill) != 3)
		return -1;
	return fill;
}

TEST(load)
{
	ASSERT_EQ(0, rel_load_sim()) TH_LOG("parport_sim did not load");
	ASSERT_TRUE(is_chardev(rel_sim_lpt())) TH_LOG("%s missing", rel_sim_lpt());
}

/*
 * 1024 bytes into a 256-byte buffer printed at 2000 bytes/s: the first
 * 256 go at once, the other 768 at the printer's rate, 0.384 s at least,
 * and the last 256 are still in the buffer when the write returns (for
 * 0.128 s).
 */
TEST_F(buf, a_write_goes_at_the_printers_rate)
{
	double t0, took;
	ssize_t n;
	long fill;

	ASSERT_EQ(0, sim_set("buffer", "256 2000\n"));
	t0 = now();
	n = write(self->fd, self->buf, 1024);
	took = now() - t0;
	fill = buffer_fill();
	TH_LOG("1024 bytes, buffer 256 at 2000/s: %.3f s, %ld still in the buffer", took, fill);
	EXPECT_EQ(1024, n);
	EXPECT_LE(0.38, took);
	EXPECT_LT(0, fill);
	EXPECT_GE(256, fill);
	EXPECT_EQ(1024, sim_read("received", self->got, self->len));
	EXPECT_EQ(0, memcmp(self->buf, self->got, 1024));
	EXPECT_EQ(0, sim_counter("overruns"));
}

/*
 * A 16-byte buffer printed at 1 byte/s is full after 16 bytes, Busy for a
 * second: a strobe meanwhile (ppdev, register by register) is lost.
 */
TEST_F(buf, a_strobe_while_full_is_lost)
{
	char node[64];
	unsigned char c;
	int pfd, i;

	ASSERT_EQ(0, sim_set("buffer", "16 1\n"));
	ASSERT_EQ(16, write(self->fd, self->buf, 16));
	snprintf(node, sizeof(node), "/dev/%s", sim_port());
	pfd = open(node, O_RDWR);
	ASSERT_LE(0, pfd);
	ASSERT_EQ(0, ioctl(pfd, PPCLAIM));
	/* Past the last byte's handshake (two reads of Busy): still Busy. */
	for (i = 0; i < 3; i++)
		ASSERT_EQ(0, ioctl(pfd, PPRSTATUS, &c));
	EXPECT_EQ(0, c & PARPORT_STATUS_BUSY) TH_LOG("status 0x%02x: Busy should be high", c);
	c = 'x';
	ASSERT_EQ(0, ioctl(pfd, PPWDATA, &c));
	c = PARPORT_CONTROL_SELECT | PARPORT_CONTROL_INIT | PARPORT_CONTROL_STROBE;
	ASSERT_EQ(0, ioctl(pfd, PPWCONTROL, &c));
	c = PARPORT_CONTROL_SELECT | PARPORT_CONTROL_INIT;
	ASSERT_EQ(0, ioctl(pfd, PPWCONTROL, &c));
	ioctl(pfd, PPRELEASE);
	close(pfd);
	EXPECT_EQ(1, sim_counter("overruns"));
	EXPECT_EQ(16, sim_read("received", self->got, self->len));
	EXPECT_EQ(0, memcmp(self->buf, self->got, 16));
}

/*
 * A 256-byte buffer printed at 1000 bytes/s (1 ms a byte).  64 bytes in
 * one write come faster than it prints them: it never runs dry.  Then,
 * with the buffer set again (empty), five writes of one byte 50 ms apart:
 * each of the last four finds it dry for 49 ms at least, so "starved"
 * counts 4, "starved_us" at least 4 * 49 ms, and no more than the time
 * the writes took, "starved_max_us" at least 49 ms.
 */
TEST_F(buf, a_printer_left_waiting_is_counted_starved)
{
	double t0, took;
	int i;

	ASSERT_EQ(0, sim_set("buffer", "256 1000\n"));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	ASSERT_EQ(64, write(self->fd, self->buf, 64));
	EXPECT_EQ(0, sim_counter("starved"));
	EXPECT_EQ(0, sim_counter("starved_us"));

	usleep(100000);		/* printed: the next write is a new job */
	ASSERT_EQ(0, sim_set("buffer", "256 1000\n"));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	t0 = now();
	for (i = 0; i < 5; i++) {
		if (i)
			usleep(50000);
		ASSERT_EQ(1, write(self->fd, self->buf + i, 1));
	}
	took = now() - t0;
	TH_LOG("starved %lld times, %lld us, longest %lld us, in %.3f s",
	       sim_counter("starved"), sim_counter("starved_us"),
	       sim_counter("starved_max_us"), took);
	EXPECT_EQ(4, sim_counter("starved"));
	EXPECT_LE(4 * 49000, sim_counter("starved_us"));
	EXPECT_GE((long long)(took * 1e6), sim_counter("starved_us"));
	EXPECT_LE(49000, sim_counter("starved_max_us"));
	EXPECT_GE(sim_counter("starved_us"), sim_counter("starved_max_us"));
	EXPECT_EQ(5, sim_counter("received"));
}

/*
 * winpar's pace (module/xfer.c, winpar_xfer_pace_busy()) after a pause:
 * a job to a 512-byte buffer printed at 1000 bytes/s (0.5 s of printing
 * in a full buffer, so winpar's sleeps there grow to their 100 ms most),
 * then, 1.5 s later, a job to the same buffer printed at 20000 bytes/s
 * (25.6 ms in a full buffer).  A sleep kept from the first job would leave
 * the printer standing empty for 74 ms at least at the second job's first
 * full buffer, and again in most cycles after; learning the pace again,
 * the doubling sleeps that find the buffer's size overrun it once, by
 * less than the buffer lasts (under 50 ms with the wake-up's lateness,
 * under 100 ms in all).  The guest must be faster than the printer for
 * its buffer to fill: the same 16384 bytes to the printer without its
 * buffer first, at 4 times its rate or more, or the test is skipped.
 */
TEST_F_TIMEOUT(buf, a_new_job_is_paced_afresh, 60)
{
	struct rusage r0, r1;
	double t0, ceiling;
	long long max_us;

	ASSERT_EQ(0, sim_set("buffer", "0\n"));
	t0 = now();
	ASSERT_EQ(16384, write(self->fd, self->buf, 16384));
	ceiling = 16384 / (now() - t0);
	TH_LOG("the guest: %.0f bytes/s to a printer without a buffer", ceiling);
	if (ceiling < 80000)
		SKIP(return, "the guest moves %.0f bytes/s, under 4 times the printer's rate", ceiling);

	ASSERT_EQ(0, sim_set("buffer", "512 1000\n"));
	t0 = now();
	ASSERT_EQ(2560, write(self->fd, self->buf, 2560));
	TH_LOG("first job: 2560 bytes at 1000/s in %.3f s", now() - t0);
	usleep(1500000);

	ASSERT_EQ(0, sim_set("buffer", "512 20000\n"));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	getrusage(RUSAGE_SELF, &r0);
	t0 = now();
	ASSERT_EQ(16384, write(self->fd, self->buf, 16384));
	getrusage(RUSAGE_SELF, &r1);
	max_us = sim_counter("starved_max_us");
	TH_LOG("second job: 16384 bytes at 20000/s in %.3f s; starved %lld times, %lld us, longest %lld us; %ld sleeps",
	       now() - t0, sim_counter("starved"), sim_counter("starved_us"), max_us,
	       r1.ru_nvcsw - r0.ru_nvcsw);
	EXPECT_GT(50000, max_us);
	EXPECT_GT(100000, sim_counter("starved_us"));
	EXPECT_EQ(16384, sim_counter("received"));
	EXPECT_EQ(0, sim_counter("overruns"));
}

TEST_F(buf, unload)
{
	sim_set("buffer", "0\n");
	close(self->fd);
	self->fd = -1;
	ASSERT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
