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
#include <poll.h>
#include <pthread.h>
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
	uint32_t flags;
	double took;
};

static struct io_result io_flags(int fd, unsigned long cmd, uint32_t code, uint32_t flags,
				 const void *in, uint32_t il, void *out, uint32_t ol)
{
	struct winpar_ioctl w = {
		.code = code, .flags = flags,
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
	r.flags = w.flags;
	return r;
}

static struct io_result io(int fd, unsigned long cmd, uint32_t code, const void *in,
			   uint32_t il, void *out, uint32_t ol)
{
	return io_flags(fd, cmd, code, 0, in, il, out, ol);
}

/* A write with struct winpar_ioctl.flags (WINPAR_IO_NOWAIT, _RESUME, _KEPT). */
static struct io_result io_write_flags(int fd, uint32_t flags, const void *in, uint32_t il)
{
	return io_flags(fd, WINPAR_IOCTL_WRITE, 0, flags, in, il, NULL, 0);
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
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = NIBBLE, .usWriteMask = CENTRONICS };

	ioctl(self->fd, IOCTL_IEEE1284_NEGOTIATE, &m);
	sim_set("faults", "none\n");
	sim_set("buffer", "0\n");
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
	TH_LOG("busy for good: SET_INFORMATION took %.3f s", took);
	EXPECT_LE(0.95, took);
	/* A second, not the write time-out; slack for a loaded TCG guest. */
	EXPECT_GT(3.0, took);
	/* Paper out is the answer once the second is over. */
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_PAR_SET_INFORMATION, &si));
	EXPECT_EQ(ENOSPC, errno);
}

/* A thread that, after @delay_us, cancels (WINPAR_IOCTL_CANCEL) or closes @fd. */
struct canceller {
	pthread_t thread;
	int fd;
	useconds_t delay_us;
	bool close_it;
	int rc;
};

static void *canceller_run(void *arg)
{
	struct canceller *k = arg;

	usleep(k->delay_us);
	k->rc = k->close_it ? close(k->fd) : ioctl(k->fd, WINPAR_IOCTL_CANCEL);
	return NULL;
}

static void canceller_start(struct canceller *k, int fd, useconds_t delay_us, bool close_it)
{
	*k = (struct canceller){ .fd = fd, .delay_us = delay_us, .close_it = close_it, .rc = -2 };
	pthread_create(&k->thread, NULL, canceller_run, k);
}

/*
 * Hold the port from another process (an allocate on the port node) for
 * @hold_s seconds; returns the child, which has the port once the call returns.
 */
static pid_t port_holder(double hold_s)
{
	int ready[2];
	char c;
	pid_t kid;

	if (pipe(ready))
		return -1;
	kid = fork();
	if (!kid) {
		struct winpar_ioctl w;
		int err, pfd = open(port_node(), O_RDWR);

		if (pfd < 0)
			_exit(2);
		wp_call(pfd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
			IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, NULL, 0, NULL, 0, &w, &err);
		if (write(ready[1], w.status == STATUS_SUCCESS ? "y" : "n", 1) != 1)
			_exit(3);
		usleep(hold_s * 1e6);
		wp_call(pfd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
			IOCTL_INTERNAL_PARALLEL_PORT_FREE, NULL, 0, NULL, 0, &w, &err);
		_exit(0);
	}
	close(ready[1]);
	if (kid < 0 || read(ready[0], &c, 1) != 1 || c != 'y')
		kid = -1;
	close(ready[0]);
	return kid;
}

/*
 * 1.7, CancelIoEx from another thread: a write waiting for a printer that
 * took 4 of 8 bytes ends with STATUS_CANCELLED and Information 4, soon
 * after the cancel and long before its 10 s count-down; the printer has
 * those 4, once; the next write carries on where it stopped.
 */
TEST_F(io, cancel_from_another_thread)
{
	struct canceller k;
	char got[32] = "";
	struct io_result r;

	ASSERT_EQ(0, set_write_timeout(self->fd, 10000));
	ASSERT_EQ(0, sim_set("dropout_after", "4\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	canceller_start(&k, self->fd, 500000, false);
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "abcdefgh", 8, NULL, 0);
	pthread_join(k.thread, NULL);
	TH_LOG("cancelled after %.3f s: status 0x%08x, %u bytes; the cancel returned %d",
	       r.took, r.status, r.information, k.rc);
	EXPECT_EQ(1, k.rc);
	EXPECT_EQ(STATUS_CANCELLED, r.status);
	EXPECT_EQ(4, r.information);
	EXPECT_LE(0.45, r.took);
	EXPECT_GT(2.0, r.took);
	EXPECT_EQ(4, received(got, sizeof(got)));
	EXPECT_STREQ("abcd", got);

	/* Nothing pending: a cancel finds nothing and changes nothing. */
	EXPECT_EQ(0, ioctl(self->fd, WINPAR_IOCTL_CANCEL));
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "efgh", 4, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(4, r.information);
	EXPECT_EQ(8, received(got, sizeof(got)));
	EXPECT_STREQ("abcdefgh", got);
}

/* The same through write(2): the count moved, as for a partial write. */
TEST_F(io, cancel_ends_a_plain_write_with_its_count)
{
	struct canceller k;
	char got[32] = "";
	double t0 = now();
	ssize_t n;

	ASSERT_EQ(0, set_write_timeout(self->fd, 10000));
	ASSERT_EQ(0, sim_set("dropout_after", "3\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	canceller_start(&k, self->fd, 400000, false);
	n = write(self->fd, "abcdef", 6);
	pthread_join(k.thread, NULL);
	EXPECT_EQ(3, n);
	EXPECT_GT(2.0, now() - t0);
	EXPECT_EQ(3, received(got, sizeof(got)));
	EXPECT_STREQ("abc", got);
}

/*
 * IRP_MJ_CLEANUP: closing the handle while a write waits on paper out ends
 * the write with STATUS_CANCELLED and Information 0, nothing printed.
 */
TEST_F(io, close_cancels_a_waiting_write)
{
	struct canceller k;
	char got[16];
	struct io_result r;

	ASSERT_EQ(0, set_write_timeout(self->fd, 10000));
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	canceller_start(&k, self->fd, 500000, true);
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "never", 5, NULL, 0);
	pthread_join(k.thread, NULL);
	self->fd = open(lpt_node(), O_RDWR);
	TH_LOG("closed after 0.5 s: status 0x%08x, %u bytes after %.3f s", r.status,
	       r.information, r.took);
	EXPECT_EQ(0, k.rc);
	EXPECT_EQ(STATUS_CANCELLED, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_GT(2.0, r.took);
	EXPECT_EQ(0, received(got, sizeof(got)));
	ASSERT_LE(0, self->fd);
}

/*
 * A close by another process that shares the file (a child after fork())
 * cancels only that process's requests: the parent's write goes on and
 * completes when the paper comes back.
 */
TEST_F(io, a_childs_close_leaves_the_parents_write)
{
	char got[16] = "";
	struct io_result r;
	int status;
	pid_t kid;

	ASSERT_EQ(0, set_write_timeout(self->fd, 10000));
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		usleep(300000);
		close(self->fd);
		usleep(500000);
		_exit(sim_set("faults", "none\n") ? 1 : 0);
	}
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "kept", 4, NULL, 0);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	EXPECT_EQ(0, WEXITSTATUS(status));
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(4, r.information);
	EXPECT_LE(0.7, r.took);
	EXPECT_EQ(4, received(got, sizeof(got)));
	EXPECT_STREQ("kept", got);
}

/*
 * Waiting for the port follows the device's write time-out (the DDK
 * sample allocates with it): a port another client holds for 1.5 s does
 * not fail a write with a 4 s time-out; one held for 4 s fails a write
 * with a 2 s time-out with STATUS_DEVICE_BUSY after 2 s, nothing sent.
 */
TEST_F(io, waiting_for_the_port_follows_the_write_time_out)
{
	char got[16] = "";
	struct io_result r;
	int status;
	pid_t kid;

	ASSERT_EQ(0, set_write_timeout(self->fd, 4000));
	kid = port_holder(1.5);
	ASSERT_LT(0, kid);
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "late", 4, NULL, 0);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	TH_LOG("port held 1.5 s: status 0x%08x after %.3f s", r.status, r.took);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(4, r.information);
	EXPECT_LE(1.3, r.took);
	EXPECT_EQ(4, received(got, sizeof(got)));

	ASSERT_EQ(0, set_write_timeout(self->fd, 2000));
	kid = port_holder(4.0);
	ASSERT_LT(0, kid);
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "busy", 4, NULL, 0);
	TH_LOG("port held 4 s, time-out 2 s: status 0x%08x after %.3f s", r.status, r.took);
	EXPECT_EQ(STATUS_DEVICE_BUSY, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_LE(1.95, r.took);
	EXPECT_GT(3.5, r.took);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	EXPECT_EQ(4, received(got, sizeof(got)));
	EXPECT_STREQ("late", got);
}

/* A write waiting for the port is cancelled too: STATUS_CANCELLED, nothing sent. */
TEST_F(io, cancel_while_waiting_for_the_port)
{
	struct canceller k;
	char got[16];
	struct io_result r;
	int status;
	pid_t kid;

	ASSERT_EQ(0, set_write_timeout(self->fd, 10000));
	kid = port_holder(3.0);
	ASSERT_LT(0, kid);
	canceller_start(&k, self->fd, 500000, false);
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, "none", 4, NULL, 0);
	pthread_join(k.thread, NULL);
	TH_LOG("cancelled while the port was held: status 0x%08x after %.3f s", r.status, r.took);
	EXPECT_EQ(1, k.rc);
	EXPECT_EQ(STATUS_CANCELLED, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_GT(2.0, r.took);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	EXPECT_EQ(0, received(got, sizeof(got)));
}

/* IOCTL_IEEE1284_NEGOTIATE: the device's protocols; returns what it answered. */
static PARCLASS_NEGOTIATION_MASK negotiate(int fd, uint16_t rd, uint16_t wr, int32_t *status)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = rd, .usWriteMask = wr };
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m),
		&m, sizeof(m), &w, &err);
	*status = w.status;
	return m;
}

static int icall(int fd, uint32_t code)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, code, NULL, 0, NULL, 0, &w, &err);
	return w.status;
}

/*
 * 17.5: an ECP session is negotiated once for a whole request, not for
 * every chunk of it; ended when the request gives the port back; and kept
 * between requests while the device holds the port (LOCK_PORT) until it
 * unlocks.  The simulator's negotiations counter and record say so.
 */
TEST_F(io, ecp_is_negotiated_once_per_request_and_kept_while_locked)
{
	static char data[64 * 1024], got[64 * 1024 + 1];
	PARCLASS_NEGOTIATION_MASK m;
	struct io_result r;
	int32_t status;
	size_t i;

	for (i = 0; i < sizeof(data); i++)
		data[i] = 'a' + i % 26;
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid ecp\n"));
	m = negotiate(self->fd, NIBBLE, ECP_SW, &status);
	ASSERT_EQ(STATUS_SUCCESS, status);
	ASSERT_EQ(ECP_SW, m.usWriteMask);
	ASSERT_EQ(0, sim_set("counters", "0\n"));

	/* 64 KiB, 16 of winpar's chunks: one negotiation; ended afterwards. */
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, data, sizeof(data), NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(sizeof(data), r.information);
	EXPECT_EQ(1, sim_counter("negotiations"));
	EXPECT_EQ(sizeof(data), sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, data, sizeof(data)));
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, data, 100, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(2, sim_counter("negotiations"));

	/* Locked: three writes, one session. */
	ASSERT_EQ(STATUS_SUCCESS, icall(self->fd, IOCTL_INTERNAL_LOCK_PORT));
	for (i = 0; i < 3; i++) {
		r = io(self->fd, WINPAR_IOCTL_WRITE, 0, data, 1000, NULL, 0);
		EXPECT_EQ(STATUS_SUCCESS, r.status);
	}
	EXPECT_EQ(3, sim_counter("negotiations"));
	/* A status query meanwhile leaves the session alone. */
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_QUERY_INFORMATION, &(uint8_t){ 0 }));
	r = io(self->fd, WINPAR_IOCTL_WRITE, 0, data, 1000, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(3, sim_counter("negotiations"));
	ASSERT_EQ(STATUS_SUCCESS, icall(self->fd, IOCTL_INTERNAL_UNLOCK_PORT));
	EXPECT_EQ(sizeof(data) + 100 + 4000, sim_counter("received"));

	/* Unlocked: the peripheral is back in compatibility mode for lp and ppdev. */
	memset(got, 0, 64);
	ASSERT_LT(0, sim_read("phase", got, 63));
	EXPECT_EQ(0, strncmp(got, "compat", 6)) TH_LOG("phase after unlock: %s", got);
	m = negotiate(self->fd, NIBBLE, CENTRONICS, &status);
	EXPECT_EQ(STATUS_SUCCESS, status);
}

/*
 * 4.6 as Microsoft's driver: a direction of which nothing works is
 * answered NONE, the request succeeds with Information 4, and the device
 * keeps its protocol for that direction.
 */
TEST_F(io, negotiate_answers_none_for_what_cannot_be_done)
{
	PARCLASS_NEGOTIATION_MASK m;
	struct winpar_ioctl w;
	int32_t status;
	int err;

	m = (PARCLASS_NEGOTIATION_MASK){ .usReadMask = ECP_SW, .usWriteMask = CENTRONICS };
	wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m),
		&m, sizeof(m), &w, &err);
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(4, w.information);
	EXPECT_EQ(NONE, m.usReadMask);
	EXPECT_EQ(CENTRONICS, m.usWriteMask);
	m = negotiate(self->fd, 0, 0, &status);
	EXPECT_EQ(STATUS_SUCCESS, status);
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_IEEE1284_GET_MODE, &m));
	EXPECT_EQ(NIBBLE, m.usReadMask);
	EXPECT_EQ(CENTRONICS, m.usWriteMask);
}

/*
 * 17.7: O_NONBLOCK.  write(2) on a busy printer: -1 and EAGAIN at once,
 * nothing sent; on a port another client holds: the same.  The transport's
 * write on the same file is a Windows request and waits its count-down.
 */
TEST_F(io, nonblocking_write_does_not_wait)
{
	char got[16] = "";
	struct io_result r;
	int nb, status;
	double t0;
	pid_t kid;

	nb = open(lpt_node(), O_RDWR | O_NONBLOCK);
	if (nb < 0) {
		/* The node is exclusive: use the fixture's file, non-blocking. */
		nb = self->fd;
		ASSERT_EQ(0, fcntl(nb, F_SETFL, O_NONBLOCK));
	}
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	t0 = now();
	EXPECT_EQ(-1, write(nb, "abc", 3));
	EXPECT_EQ(EAGAIN, errno);
	EXPECT_GT(0.5, now() - t0);
	r = io(nb, WINPAR_IOCTL_WRITE, 0, "abc", 3, NULL, 0);
	EXPECT_EQ(STATUS_DEVICE_BUSY, r.status);
	EXPECT_LE(1.95, r.took);
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	EXPECT_EQ(3, write(nb, "abc", 3));

	kid = port_holder(1.0);
	ASSERT_LT(0, kid);
	t0 = now();
	EXPECT_EQ(-1, write(nb, "def", 3));
	EXPECT_EQ(EAGAIN, errno);
	EXPECT_GT(0.5, now() - t0);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	EXPECT_EQ(3, received(got, sizeof(got)));
	EXPECT_STREQ("abc", got);
	ASSERT_EQ(0, fcntl(nb, F_SETFL, 0));
}

/*
 * 17.7: poll().  Writable while the printer can take a byte; not while it
 * is busy, and the poll then sleeps (one return, no spinning) until the
 * printer is ready again; readable when the peripheral has reverse data,
 * not when it has none.  A port node is neither.
 */
TEST_F(io, poll_follows_the_printer)
{
	struct pollfd p = { .fd = self->fd, .events = POLLOUT };
	char buf[16] = "";
	int pfd, status, n;
	double t0, took;
	pid_t kid;

	/* Writable (the simulated printer is busy for two status reads after a byte). */
	EXPECT_EQ(1, poll(&p, 1, 1000));
	EXPECT_EQ(POLLOUT, p.revents);
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	EXPECT_EQ(0, poll(&p, 1, 0));
	EXPECT_EQ(0, p.revents);
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		usleep(500000);
		_exit(sim_set("faults", "none\n") ? 1 : 0);
	}
	t0 = now();
	n = poll(&p, 1, 5000);
	took = now() - t0;
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	TH_LOG("busy printer ready after 0.5 s: poll returned %d after %.3f s", n, took);
	EXPECT_EQ(1, n);
	EXPECT_EQ(POLLOUT, p.revents);
	EXPECT_LE(0.45, took);
	EXPECT_GT(1.5, took);

	/* Reverse data: readable, read, then no longer readable. */
	p.events = POLLIN;
	EXPECT_EQ(0, poll(&p, 1, 0));
	ASSERT_EQ(0, sim_write("reverse", "hi", 2, O_TRUNC));
	EXPECT_EQ(1, poll(&p, 1, 1000));
	EXPECT_EQ(POLLIN, p.revents);
	EXPECT_EQ(2, read(self->fd, buf, sizeof(buf)));
	EXPECT_STREQ("hi", buf);
	EXPECT_EQ(0, poll(&p, 1, 0));

	pfd = open(port_node(), O_RDWR);
	ASSERT_LE(0, pfd);
	p = (struct pollfd){ .fd = pfd, .events = POLLIN | POLLOUT };
	EXPECT_EQ(0, poll(&p, 1, 100));
	close(pfd);
}

/*
 * WINPAR_IO_NOWAIT, an overlapped WriteFile's transport: 1024 bytes to a
 * printer with a 256-byte buffer printed at 2000 bytes/s.  The first part
 * sends what the printer takes at once and answers STATUS_PENDING with
 * that count, without waiting for the rest; poll() says when to send the
 * rest (WINPAR_IO_RESUME), and the last part answers STATUS_SUCCESS.  The
 * counts add up to 1024 and the printer has the 1024 bytes, in order,
 * once; the rest took the printing time of what did not fit (768 bytes
 * at 2000 bytes/s: 0.384 s).
 */
TEST_F(io, nowait_write_pends_and_is_resumed)
{
	struct pollfd p = { .fd = self->fd, .events = POLLOUT };
	static char out[1024], got[1100];
	uint32_t total, parts = 1;
	struct io_result r;
	double t0;
	int i;

	for (i = 0; i < (int)sizeof(out); i++)
		out[i] = 'A' + i % 23;
	ASSERT_EQ(0, sim_set("buffer", "256 2000\n"));
	t0 = now();
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, out, sizeof(out));
	TH_LOG("first part: status 0x%08x, %u bytes, %.3f s", r.status, r.information, r.took);
	EXPECT_EQ(0, r.rc);	/* STATUS_PENDING is a success status */
	ASSERT_EQ(STATUS_PENDING, r.status);
	EXPECT_LE(256, r.information);
	ASSERT_GT(sizeof(out), r.information);
	EXPECT_GT(0.3, r.took);
	EXPECT_EQ(r.information, sim_read("received", got, sizeof(got)));
	total = r.information;
	while (r.status == STATUS_PENDING && parts < 2000) {
		ASSERT_EQ(1, poll(&p, 1, 5000));
		ASSERT_EQ(POLLOUT, p.revents);
		r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME, out + total,
				   sizeof(out) - total);
		EXPECT_GT(0.3, r.took);
		if (r.status != STATUS_PENDING && r.status != STATUS_SUCCESS)
			break;
		total += r.information;
		parts++;
	}
	TH_LOG("%u parts, %u bytes, %.3f s in all", parts, total, now() - t0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(0, r.rc);
	EXPECT_EQ(sizeof(out), total);
	EXPECT_LE(0.38, now() - t0);
	ASSERT_EQ(sizeof(out), sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(out, got, sizeof(out)));
}

/*
 * WINPAR_IO_NOWAIT to a printer out of paper with a 2 s time-out: the
 * first part answers STATUS_PENDING at once, with nothing sent.  poll()
 * is not writable while the count-down runs, and becomes writable when it
 * has run out (2 s after the write began, not 2 s after the poll); the
 * rest then answers as the whole write would have: STATUS_DEVICE_PAPER_EMPTY
 * with nothing sent.  A write without WINPAR_IO_RESUME starts afresh.
 */
TEST_F(io, nowait_write_ends_with_its_count_down)
{
	struct pollfd p = { .fd = self->fd, .events = POLLOUT };
	struct io_result r;
	char got[16];
	double t0;
	int n;

	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	t0 = now();
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "abc", 3);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_GT(0.5, r.took);
	EXPECT_EQ(0, poll(&p, 1, 0));
	usleep(500000);
	/* Resumed before the end: still pending, the count-down goes on. */
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME, "abc", 3);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(0, r.information);
	n = poll(&p, 1, 5000);
	TH_LOG("poll: %d after %.3f s", n, now() - t0);
	EXPECT_EQ(1, n);
	EXPECT_EQ(POLLOUT, p.revents);
	EXPECT_LE(1.95, now() - t0);
	EXPECT_GT(3.5, now() - t0);
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME, "abc", 3);
	EXPECT_EQ(STATUS_DEVICE_PAPER_EMPTY, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_EQ(ENOSPC, r.err);
	EXPECT_GT(0.5, r.took);

	/* Afresh: pending again, and not writable until its own count-down ends. */
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "abc", 3);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(0, poll(&p, 1, 0));
	EXPECT_EQ(0, received(got, sizeof(got)));
}

/*
 * WINPAR_IO_NOWAIT on a port another client holds: STATUS_PENDING at
 * once, nothing sent; writable once the holder frees the port, and the
 * rest then prints everything.
 */
TEST_F(io, nowait_write_does_not_wait_for_the_port)
{
	struct pollfd p = { .fd = self->fd, .events = POLLOUT };
	struct io_result r;
	char got[16] = "";
	int status, n;
	double t0;
	pid_t kid;

	ASSERT_EQ(0, set_write_timeout(self->fd, 10000));
	kid = port_holder(1.0);
	ASSERT_LT(0, kid);
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "held", 4);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_GT(0.5, r.took);
	t0 = now();
	n = poll(&p, 1, 5000);
	TH_LOG("poll: %d after %.3f s", n, now() - t0);
	EXPECT_EQ(1, n);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME, "held", 4);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(4, r.information);
	EXPECT_EQ(4, received(got, sizeof(got)));
	EXPECT_STREQ("held", got);
}

/* Send the rest of a pending WINPAR_IO_NOWAIT write until it ends: its status; bytes in *total. */
static int32_t resume_until_done(int fd, const char *buf, uint32_t len, uint32_t *total)
{
	struct pollfd p = { .fd = fd, .events = POLLOUT };
	struct io_result r = { .status = STATUS_PENDING };
	int parts = 0;

	while (r.status == STATUS_PENDING && parts++ < 4000) {
		if (poll(&p, 1, 5000) != 1)
			return -1;
		r = io_write_flags(fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME, buf + *total,
				   len - *total);
		*total += r.information;
	}
	return r.status;
}

/*
 * One WINPAR_IO_NOWAIT write pends at a time: a second one waits its turn
 * (STATUS_PENDING, nothing sent, no WINPAR_IO_KEPT) and the printer gets
 * the first whole, then the second; a write given up (length 0 with
 * WINPAR_IO_RESUME) lets the next one start, and poll() says so at once
 * even when the printer is out of paper.
 */
TEST_F(io, nowait_writes_take_turns)
{
	struct pollfd p = { .fd = self->fd, .events = POLLOUT };
	static char first[1024], got[1100];
	uint32_t total;
	struct io_result r;
	int i;

	for (i = 0; i < (int)sizeof(first); i++)
		first[i] = 'a' + i % 26;
	ASSERT_EQ(0, sim_set("buffer", "256 2000\n"));
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, first, sizeof(first));
	ASSERT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(WINPAR_IO_KEPT, r.flags);
	total = r.information;
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "SECOND", 6);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(0, r.information);
	EXPECT_EQ(0, r.flags);
	EXPECT_EQ(STATUS_SUCCESS, resume_until_done(self->fd, first, sizeof(first), &total));
	EXPECT_EQ(sizeof(first), total);
	/* Its turn: writable, and it starts with WINPAR_IO_RESUME. */
	total = 0;
	EXPECT_EQ(STATUS_SUCCESS, resume_until_done(self->fd, "SECOND", 6, &total));
	EXPECT_EQ(6, total);
	ASSERT_EQ(sizeof(first) + 6, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(first, got, sizeof(first)));
	EXPECT_EQ(0, memcmp("SECOND", got + sizeof(first), 6));

	/* Out of paper: the first pends, the second waits, the first is given up. */
	ASSERT_EQ(0, sim_set("buffer", "0\n"));
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	ASSERT_EQ(0, set_write_timeout(self->fd, 10000));
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "one", 3);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(WINPAR_IO_KEPT, r.flags);
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "two", 3);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(0, r.flags);
	EXPECT_EQ(0, poll(&p, 1, 0));
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME | WINPAR_IO_KEPT, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(1, poll(&p, 1, 0));
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME, "two", 3);
	EXPECT_EQ(STATUS_PENDING, r.status);
	EXPECT_EQ(WINPAR_IO_KEPT, r.flags);
	EXPECT_EQ(0, poll(&p, 1, 0));
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_RESUME | WINPAR_IO_KEPT, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(0, poll(&p, 1, 0));
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "three", 5);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(5, r.information);
	EXPECT_EQ(sizeof(first) + 11, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp("three", got + sizeof(first) + 6, 5));
}

/* The transport's flags: a write's NOWAIT (and RESUME with it) only. */
TEST_F(io, transport_flags_are_checked)
{
	struct winpar_ioctl w = { .flags = WINPAR_IO_NOWAIT, .output_length = 0 };
	struct io_result r;
	char got[16];

	r = io_write_flags(self->fd, WINPAR_IO_RESUME, "x", 1);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, r.status);
	EXPECT_EQ(0, r.information);
	r = io_write_flags(self->fd, 0x4, "x", 1);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, r.status);
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | 0x80000000u, "x", 1);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, r.status);
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT | WINPAR_IO_KEPT, "x", 1);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, r.status);
	w.status = 0x7eadbeef;
	ioctl(self->fd, WINPAR_IOCTL_READ, &w);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, received(got, sizeof(got)));
	/* NOWAIT to a ready printer: done in one part. */
	r = io_write_flags(self->fd, WINPAR_IO_NOWAIT, "ok", 2);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(2, r.information);
	EXPECT_EQ(2, received(got, sizeof(got)));
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
	/* Nor a cancel: it has no reads or writes to cancel. */
	EXPECT_EQ(-1, ioctl(pfd, WINPAR_IOCTL_CANCEL));
	EXPECT_EQ(ENOTTY, errno);
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
