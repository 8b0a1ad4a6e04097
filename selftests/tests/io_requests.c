// SPDX-License-Identifier: GPL-2.0
/*
 * IRP_MJ_WRITE, IRP_MJ_READ and IRP_MJ_QUERY_INFORMATION through the
 * transport (WINPAR_IOCTL_WRITE, _READ, _QUERY_INFORMATION) on parport_sim:
 * the NTSTATUS and Information together, as WINDOWS-API.md 7.2 gives them,
 * and the write time-out of 1.8 as a count-down: a printer that is busy,
 * out of paper or off line holds the write until the count-down (which
 * restarts whenever the printer takes a byte) runs out; one that recovers
 * in time gets everything, in order, once; one that is powered off fails
 * the write at once; while a write waits, the port is given up once a
 * second.  Every result is checked against the printer's own record.
 */
#include <sys/wait.h>

#include "kselftest_harness.h"
#include "sim_test.h"
#include "rel_test.h"

#include <winpar/ntddser.h>
#include <winpar/parallel.h>

static const char *lpt_node(void)
{
	static char path[64];

	snprintf(path, sizeof(path), WINPAR_DEV_DIR "/LPT%d", atoi(sim_port() + 7) + 1);
	return path;
}

static const char *port_node(void)
{
	static char path[64];

	snprintf(path, sizeof(path), WINPAR_DEV_DIR "/ParallelPort%d", atoi(sim_port() + 7));
	return path;
}

/* One IRP_MJ_WRITE, IRP_MJ_READ or IRP_MJ_QUERY_INFORMATION. */
struct io_result {
	int rc;
	int err;
	int32_t status;
	uint32_t information;
	double took;
};

static struct io_result io(int fd, unsigned long cmd, uint32_t code, const void *in,
			   uint32_t il, void *out, uint32_t ol)
{
	struct winpar_ioctl w = {
		.code = code,
		.input = (uintptr_t)in, .input_length = il,
		.output = (uintptr_t)out, .output_length = ol,
		.status = 0x7eadbeef, .information = 0xdeadbeef,
	};
	struct io_result r;
	double t0 = now();

	errno = 0;
	r.rc = ioctl(fd, cmd, &w);
	r.err = r.rc ? errno : 0;
	r.took = now() - t0;
	r.status = w.status;
	r.information = w.information;
	return r;
}

static int set_write_timeout(int fd, uint32_t ms)
{
	SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = ms };

	return ioctl(fd, IOCTL_SERIAL_SET_TIMEOUTS, &t);
}

/* What the printer took, as a string (the tests write text). */
static ssize_t received(char *buf, size_t size)
{
	return sim_read("received", buf, size);
}

FIXTURE(io) {
	int fd;
};

FIXTURE_SETUP(io)
{
	if (!sim_port()[0])
		ASSERT_EQ(0, rel_load_sim());
	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("received", "0\n"));
	self->fd = open(lpt_node(), O_RDWR);
	ASSERT_LE(0, self->fd);
	ASSERT_EQ(0, set_write_timeout(self->fd, 2000));
}

FIXTURE_TEARDOWN(io)
{
	sim_set("faults", "none\n");
	set_write_timeout(self->fd, 300000);
	close(self->fd);
}

/* A healthy printer: SUCCESS, Information = every byte, the printer has them. */
TEST_F(io, write_success)
{
	char got[64] = "";
	struct io_result r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "hello, printer", 14, NULL, 0);

	EXPECT_EQ(0, r.rc);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(14, r.information);
	EXPECT_EQ(14, received(got, sizeof(got)));
	EXPECT_STREQ("hello, printer", got);

	/* 7.2: a write of length 0 completes at once with success. */
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, NULL, 0, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(0, r.information);
	/* 7.2: a byte offset other than 0 is STATUS_INVALID_PARAMETER. */
	r = io(self->fd, WINPAR_IOCTL_WRITE, 1, "x", 1, NULL, 0);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_EQ(14, received(got, sizeof(got)));
}

/* 1.8: paper out waits the count-down (2 s), then STATUS_DEVICE_PAPER_EMPTY, nothing sent. */
TEST_F(io, paper_out_waits_the_count_down)
{
	char got[16];
	struct io_result r;

	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "abc", 3, NULL, 0);
	TH_LOG("paper out, 2 s: status 0x%08x after %.3f s", r.status, r.took);
	EXPECT_EQ(-1, r.rc);
	EXPECT_EQ(ENOSPC, r.err);
	EXPECT_EQ(STATUS_DEVICE_PAPER_EMPTY, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_LE(1.95, r.took);
	EXPECT_GT(3.5, r.took);
	EXPECT_EQ(0, received(got, sizeof(got)));
}

/* 1.8: off line: STATUS_DEVICE_OFF_LINE after the count-down. */
TEST_F(io, off_line_waits_the_count_down)
{
	struct io_result r;

	ASSERT_EQ(0, sim_set("faults", "offline\n"));
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "abc", 3, NULL, 0);
	EXPECT_EQ(STATUS_DEVICE_OFF_LINE, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_LE(1.95, r.took);
	EXPECT_GT(3.5, r.took);
}

/* 1.8: powered off fails at once with STATUS_DEVICE_POWERED_OFF. */
TEST_F(io, powered_off_fails_at_once)
{
	struct io_result r;

	ASSERT_EQ(0, sim_set("faults", "poweroff\n"));
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "abc", 3, NULL, 0);
	TH_LOG("powered off: status 0x%08x after %.3f s", r.status, r.took);
	EXPECT_EQ(STATUS_DEVICE_POWERED_OFF, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_GT(0.5, r.took);
}

/*
 * 1.8: paper loaded again 1 s into a 4 s count-down: the write resumes and
 * the printer gets everything, in order, once.
 */
TEST_F(io, paper_loaded_in_time_prints_everything)
{
	static const char text[] = "the whole page, nothing lost, nothing twice";
	char got[128] = "";
	struct io_result r;
	pid_t kid;
	int status;

	ASSERT_EQ(0, set_write_timeout(self->fd, 4000));
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		usleep(1000000);
		_exit(sim_set("faults", "none\n") ? 1 : 0);
	}
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, text, sizeof(text) - 1, NULL, 0);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	TH_LOG("paper back after 1 s: status 0x%08x, %u bytes after %.3f s", r.status,
	       r.information, r.took);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(sizeof(text) - 1, r.information);
	EXPECT_LE(0.95, r.took);
	EXPECT_GT(3.0, r.took);
	EXPECT_EQ(sizeof(text) - 1, received(got, sizeof(got)));
	EXPECT_STREQ(text, got);
}

/*
 * 7.2 and 1.8: the printer takes 5 of 10 bytes and stays busy: the one
 * request answers STATUS_DEVICE_BUSY and Information 5, after the
 * count-down that started with the fifth byte.
 */
TEST_F(io, partial_write_status_and_count_together)
{
	char got[16] = "";
	struct io_result r;

	ASSERT_EQ(0, sim_set("dropout_after", "5\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "0123456789", 10, NULL, 0);
	TH_LOG("5 of 10 taken: status 0x%08x, %u bytes after %.3f s", r.status, r.information,
	       r.took);
	EXPECT_EQ(STATUS_DEVICE_BUSY, r.status);
	EXPECT_EQ(5, r.information);
	EXPECT_LE(1.95, r.took);
	EXPECT_GT(3.5, r.took);
	EXPECT_EQ(5, received(got, sizeof(got)));
	EXPECT_STREQ("01234", got);
}

/*
 * 1.8: while a write waits for the printer, the port is given up once a
 * second: another client's allocate gets it within about a second, and the
 * write carries on afterwards.
 */
TEST_F(io, waiting_write_lets_others_have_the_port)
{
	char got[64] = "";
	struct io_result r;
	double t0, got_port;
	int pfd, status;
	pid_t kid;

	ASSERT_EQ(0, set_write_timeout(self->fd, 6000));
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		struct winpar_ioctl w;
		int err, ok;

		usleep(200000);
		pfd = open(port_node(), O_RDWR);
		if (pfd < 0)
			_exit(2);
		t0 = now();
		wp_call(pfd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
			IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, NULL, 0, NULL, 0, &w, &err);
		got_port = now() - t0;
		ok = w.status == STATUS_SUCCESS && got_port < 1.6;
		wp_call(pfd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
			IOCTL_INTERNAL_PARALLEL_PORT_FREE, NULL, 0, NULL, 0, &w, &err);
		close(pfd);
		sim_set("faults", "none\n");
		_exit(ok ? 0 : 3);
	}
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "after the wait", 14, NULL, 0);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(14, r.information);
	EXPECT_EQ(14, received(got, sizeof(got)));
	EXPECT_STREQ("after the wait", got);
}

/* write(2) keeps its Linux shape: the count, or -1 and the errno of the status. */
TEST_F(io, plain_write_after_the_count_down)
{
	char got[16] = "";
	double t0 = now();

	ASSERT_EQ(0, sim_set("dropout_after", "3\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	EXPECT_EQ(3, write(self->fd, "abcdef", 6));
	EXPECT_LE(1.95, now() - t0);
	EXPECT_EQ(3, received(got, sizeof(got)));
	EXPECT_STREQ("abc", got);
}

/* 7.2: IRP_MJ_READ: the peripheral's bytes with Information; none is success too. */
TEST_F(io, read_status_and_count)
{
	char buf[32] = "";
	struct io_result r;

	ASSERT_EQ(0, sim_set("reverse", "nibbles"));
	r = io(self->fd, WINPAR_IOCTL_READ, 0, NULL, 0, buf, sizeof(buf));
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(7, r.information);
	EXPECT_EQ(0, memcmp(buf, "nibbles", 7));
	r = io(self->fd, WINPAR_IOCTL_READ, 0, NULL, 0, buf, sizeof(buf));
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(0, r.information);
	r = io(self->fd, WINPAR_IOCTL_READ, 0, NULL, 0, (void *)8, sizeof(buf));
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, r.status);
}

/* 7.2, 9.14: IRP_MJ_QUERY_INFORMATION. */
TEST_F(io, query_information)
{
	unsigned char buf[32];
	struct io_result r;
	unsigned int i, nonzero = 0;

	memset(buf, 0xee, sizeof(buf));
	r = io(self->fd, WINPAR_IOCTL_QUERY_INFORMATION, 5, NULL, 0, buf, sizeof(buf));
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(24, r.information);
	for (i = 0; i < 24; i++)
		nonzero += buf[i] != 0;
	EXPECT_EQ(0, nonzero);
	EXPECT_EQ(0xee, buf[24]);
	memset(buf, 0xee, sizeof(buf));
	r = io(self->fd, WINPAR_IOCTL_QUERY_INFORMATION, 14, NULL, 0, buf, 8);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(8, r.information);
	EXPECT_EQ(0, buf[0] | buf[7]);
	r = io(self->fd, WINPAR_IOCTL_QUERY_INFORMATION, 5, NULL, 0, buf, 23);
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, r.status);
	EXPECT_EQ(0, r.information);
	r = io(self->fd, WINPAR_IOCTL_QUERY_INFORMATION, 4, NULL, 0, buf, sizeof(buf));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, r.status);
	EXPECT_EQ(0, r.information);
}

/*
 * 4.2 [DDK-SAMPLE]: after the reset pulse the printer has up to a second to
 * become ready (selected, not busy); the answer is its state then.
 */
TEST_F(io, set_information_gives_the_printer_a_second)
{
	PAR_SET_INFORMATION si = { .Init = PARALLEL_INIT };
	double t0, took;
	int status;
	pid_t kid;

	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		usleep(300000);
		_exit(sim_set("faults", "none\n") ? 1 : 0);
	}
	t0 = now();
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_INFORMATION, &si));
	took = now() - t0;
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	TH_LOG("busy printer ready again after 0.3 s: SET_INFORMATION took %.3f s", took);
	EXPECT_LE(0.25, took);
	EXPECT_GT(0.9, took);

	/* Busy for good: the answer comes after the second. */
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	t0 = now();
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_INFORMATION, &si));
	took = now() - t0;
	EXPECT_LE(0.95, took);
	EXPECT_GT(2.0, took);
	/* Paper out is the answer once the second is over. */
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_PAR_SET_INFORMATION, &si));
	EXPECT_EQ(ENOSPC, errno);
}

/* The port node has no read, write or query (7.1). */
TEST_F(io, not_on_the_port_node)
{
	struct io_result r;
	int pfd = open(port_node(), O_RDWR);

	ASSERT_LE(0, pfd);
	r = io(pfd, WINPAR_IOCTL_WRITE, 0, "x", 1, NULL, 0);
	EXPECT_EQ(STATUS_INVALID_DEVICE_REQUEST, r.status);
	EXPECT_EQ(0, r.information);
	close(pfd);
}

TEST_F(io, unload)
{
	close(self->fd);
	self->fd = -1;
	EXPECT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
