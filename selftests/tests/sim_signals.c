// SPDX-License-Identifier: GPL-2.0
/*
 * Signals during a blocking winpar write (WINDOWS-API.md 1.7: a write is
 * cancellable; Information = the bytes actually written, also on failure),
 * and during a read that waits for the peripheral.
 * A process with a SIGINT handler (no SA_RESTART) writes to a simulated
 * printer (parport_sim) that stops taking bytes; SIGINT must end the write
 * promptly, with the count the printer took, or -1/EINTR when it took
 * nothing, and the printer must hold exactly those bytes.  The write time-out
 * is the default 300 s throughout, so only the signal can end these writes.
 */
#include <poll.h>
#include <signal.h>
#include <linux/ppdev.h>

#include "kselftest_harness.h"
#include "rel_test.h"

/* A generous bound for "promptly": the measured times are printed. */
#define PROMPT_S	5.0

static volatile sig_atomic_t sigints;

static void on_sigint(int sig)
{
	(void)sig;
	sigints++;
}

struct wresult {
	ssize_t n;
	int err;
	int sigints;
	double t_return;
};

struct writer {
	pid_t pid;
	int ready, result;	/* read ends of the two pipes */
};

/*
 * Fork a process that writes @len bytes of @buf to @fd (or reads up to @len
 * into it, @rd) with a SIGINT handler installed.
 */
static int start_io(struct writer *wt, int fd, void *buf, size_t len, int rd)
{
	int rp[2], sp[2];

	if (pipe(rp) || pipe(sp))
		return -1;
	fflush(stdout);
	fflush(stderr);
	wt->pid = fork();
	if (wt->pid < 0)
		return -1;
	if (!wt->pid) {
		struct sigaction sa = { .sa_handler = on_sigint };	/* no SA_RESTART */
		struct wresult r;

		close(rp[0]);
		close(sp[0]);
		sigemptyset(&sa.sa_mask);
		if (sigaction(SIGINT, &sa, NULL))
			_exit(1);
		if (write(rp[1], "R", 1) != 1)
			_exit(1);
		r.n = rd ? read(fd, buf, len) : write(fd, buf, len);
		r.err = r.n < 0 ? errno : 0;
		r.t_return = now();
		r.sigints = sigints;
		if (write(sp[1], &r, sizeof(r)) != sizeof(r))
			_exit(1);
		_exit(0);
	}
	close(rp[1]);
	close(sp[1]);
	wt->ready = rp[0];
	wt->result = sp[0];
	return 0;
}

static int start_writer(struct writer *wt, int fd, const void *buf, size_t len)
{
	return start_io(wt, fd, (void *)buf, len, 0);
}

/* Whether the writer has not returned yet (nothing to read on its result pipe). */
static int still_writing(struct writer *wt)
{
	struct pollfd p = { .fd = wt->result, .events = POLLIN };

	return poll(&p, 1, 0) == 0;
}

/*
 * SIGINT to the writer; its result, and the time from the signal to the
 * return of write().  Fails the test if it does not return within 20 s.
 */
static void interrupt_writer(struct __test_metadata *_metadata, struct writer *wt,
			     struct wresult *r, double *latency)
{
	struct pollfd p = { .fd = wt->result, .events = POLLIN };
	double t_kill;
	int status;

	ASSERT_TRUE(still_writing(wt)) TH_LOG("the write ended before the signal");
	t_kill = now();
	ASSERT_EQ(0, kill(wt->pid, SIGINT));
	ASSERT_EQ(1, poll(&p, 1, 20000)) TH_LOG("write() still blocked 20 s after SIGINT");
	ASSERT_EQ((ssize_t)sizeof(*r), read(wt->result, r, sizeof(*r)));
	ASSERT_EQ(wt->pid, waitpid(wt->pid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	close(wt->ready);
	close(wt->result);
	*latency = r->t_return - t_kill;
	EXPECT_EQ(1, r->sigints);
}

static void wait_ready(struct __test_metadata *_metadata, struct writer *wt)
{
	char c;

	ASSERT_EQ(1, read(wt->ready, &c, 1));
}

/* Wait until the printer has @n bytes (up to @secs); returns what it has. */
static long long wait_received(long long n, double secs)
{
	double end = now() + secs;
	long long got;

	while ((got = sim_counter("received")) < n && now() < end)
		usleep(2000);
	return got;
}

FIXTURE(sig) {
	int fd;
	unsigned char *buf, *got;
	size_t len;
};

FIXTURE_SETUP(sig)
{
	ASSERT_EQ(0, rel_fixture_setup(_metadata, &self->fd, &self->buf, &self->got,
				       &self->len, 0x51));
}

FIXTURE_TEARDOWN(sig)
{
	sim_set("faults", "none\n");
	if (self->fd >= 0)
		close(self->fd);
	free(self->buf);
	free(self->got);
}

/* The printer holds exactly the first @n bytes of the buffer. */
static void check_received(struct __test_metadata *_metadata, FIXTURE_DATA(sig) *self,
			   ssize_t n)
{
	ssize_t got_len = sim_read("received", self->got, self->len + 16);

	EXPECT_EQ(n, got_len);
	if (n > 0 && got_len == n)
		EXPECT_EQ(0, memcmp(self->buf, self->got, n));
}

TEST(load)
{
	ASSERT_EQ(0, rel_load_sim()) TH_LOG("parport_sim did not load");
	ASSERT_TRUE(is_chardev(rel_sim_lpt())) TH_LOG("%s missing", rel_sim_lpt());
}

/* A printer that is busy from the start: the write took nothing, -1 and EINTR. */
TEST_F_TIMEOUT(sig, sigint_before_the_first_byte, 60)
{
	struct writer wt;
	struct wresult r;
	double lat;

	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	ASSERT_EQ(0, start_writer(&wt, self->fd, self->buf, 4096));
	wait_ready(_metadata, &wt);
	usleep(500000);
	interrupt_writer(_metadata, &wt, &r, &lat);
	TH_LOG("stalled from the start: write() returned %zd (%s) %.3f s after SIGINT",
	       r.n, r.n < 0 ? strerror(r.err) : "-", lat);
	EXPECT_EQ(-1, r.n);
	EXPECT_EQ(EINTR, r.err);
	EXPECT_LT(lat, PROMPT_S);
	check_received(_metadata, self, 0);
}

/*
 * The printer stalls in the middle of a 256 KiB write: the count so far,
 * which is what the printer holds, byte for byte.
 */
TEST_F_TIMEOUT(sig, sigint_in_the_middle_of_a_write, 60)
{
	struct writer wt;
	struct wresult r;
	long long before;
	double lat;

	ASSERT_EQ(0, start_writer(&wt, self->fd, self->buf, self->len));
	wait_ready(_metadata, &wt);
	ASSERT_LE(8192, wait_received(8192, 30.0));
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	/* A byte strobed just before the stall is still taken: let it land. */
	usleep(200000);
	before = sim_counter("received");
	usleep(300000);
	/* Stalled: nothing moves any more. */
	EXPECT_EQ(before, sim_counter("received"));
	interrupt_writer(_metadata, &wt, &r, &lat);
	TH_LOG("stalled after %lld bytes: write() returned %zd %.3f s after SIGINT",
	       before, r.n, lat);
	EXPECT_EQ(before, r.n);
	EXPECT_LT(lat, PROMPT_S);
	check_received(_metadata, self, r.n);
}

/*
 * The printer goes silent after exactly K bytes (the "dropout" fault), at
 * and around the boundaries of winpar's 4096-byte chunks: the signal ends
 * the write with exactly K.
 */
TEST_F_TIMEOUT(sig, sigint_after_exact_counts, 120)
{
	static const long long ks[] = { 1, 4095, 4096, 4097, 12288, 20000 };
	double worst = 0;
	unsigned int i;

	for (i = 0; i < sizeof(ks) / sizeof(ks[0]); i++) {
		char num[32];
		struct writer wt;
		struct wresult r;
		double lat;

		ASSERT_EQ(0, sim_set("received", "0\n"));
		ASSERT_EQ(0, sim_set("counters", "0\n"));
		snprintf(num, sizeof(num), "%lld\n", ks[i]);
		ASSERT_EQ(0, sim_set("dropout_after", num));
		ASSERT_EQ(0, sim_set("faults", "dropout\n"));
		ASSERT_EQ(0, start_writer(&wt, self->fd, self->buf, 65536));
		wait_ready(_metadata, &wt);
		EXPECT_EQ(ks[i], wait_received(ks[i], 30.0));
		usleep(300000);
		EXPECT_EQ(ks[i], sim_counter("received"));
		interrupt_writer(_metadata, &wt, &r, &lat);
		TH_LOG("silent after %lld bytes: write() returned %zd %.3f s after SIGINT",
		       ks[i], r.n, lat);
		EXPECT_EQ(ks[i], r.n);
		EXPECT_LT(lat, PROMPT_S);
		if (lat > worst)
			worst = lat;
		check_received(_metadata, self, r.n);
		ASSERT_EQ(0, sim_set("faults", "none\n"));
	}
	TH_LOG("longest time from SIGINT to the return of write(): %.3f s", worst);
}

/*
 * A write waiting for the port that another client (ppdev) holds, with
 * acquire_timeout_ms raised to 60 s: SIGINT ends the wait, -1 and EINTR,
 * nothing sent.
 */
TEST_F_TIMEOUT(sig, sigint_while_waiting_for_the_port, 60)
{
	const char *param = "/sys/module/winpar/parameters/acquire_timeout_ms";
	char ppdev[64], old[32] = "";
	struct writer wt;
	struct wresult r;
	int pfd, fd;
	ssize_t n;
	double lat;

	fd = open(param, O_RDONLY);
	ASSERT_LE(0, fd);
	n = read(fd, old, sizeof(old) - 1);
	close(fd);
	ASSERT_LT(0, n);
	old[n] = 0;
	snprintf(ppdev, sizeof(ppdev), "/dev/%s", sim_port());
	pfd = open(ppdev, O_RDWR);
	ASSERT_LE(0, pfd) TH_LOG("open %s: %s", ppdev, strerror(errno));
	ASSERT_EQ(0, ioctl(pfd, PPCLAIM));
	ASSERT_EQ(0, run("echo 60000 > /sys/module/winpar/parameters/acquire_timeout_ms"));

	ASSERT_EQ(0, start_writer(&wt, self->fd, self->buf, 4096));
	wait_ready(_metadata, &wt);
	usleep(500000);
	interrupt_writer(_metadata, &wt, &r, &lat);
	TH_LOG("waiting for the port: write() returned %zd (%s) %.3f s after SIGINT",
	       r.n, r.n < 0 ? strerror(r.err) : "-", lat);
	EXPECT_EQ(-1, r.n);
	EXPECT_EQ(EINTR, r.err);
	EXPECT_LT(lat, PROMPT_S);

	fd = open(param, O_WRONLY);
	ASSERT_LE(0, fd);
	EXPECT_EQ((ssize_t)strlen(old), write(fd, old, strlen(old)));
	close(fd);
	EXPECT_EQ(0, ioctl(pfd, PPRELEASE));
	close(pfd);
	check_received(_metadata, self, 0);
}

/*
 * A read waiting for its first byte: an ECP peripheral with data queued
 * (nPeriphRequest low) that does not send it (the dropout fault after 0
 * bytes).  The host waits the device's time-out (the default 300 s) for
 * Event 43; SIGINT ends the read, -1 and EINTR.
 */
TEST_F_TIMEOUT(sig, sigint_during_a_waiting_read, 60)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = ECP_SW };
	unsigned char in[64];
	struct winpar_ioctl w;
	struct writer wt;
	struct wresult r;
	long long sent;
	double lat;
	int err;

	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid ecp\n"));
	wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE,
		&m, sizeof(m), &m, sizeof(m), &w, &err);
	ASSERT_EQ(STATUS_SUCCESS, w.status);
	ASSERT_EQ(ECP_SW, m.usReadMask);
	ASSERT_EQ(0, sim_set("dropout_after", "0\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	ASSERT_EQ(0, sim_set("reverse", "held back"));
	sent = sim_counter("reverse_sent");

	ASSERT_EQ(0, start_io(&wt, self->fd, in, sizeof(in), 1));
	wait_ready(_metadata, &wt);
	usleep(500000);
	interrupt_writer(_metadata, &wt, &r, &lat);
	TH_LOG("waiting for ECP data: read() returned %zd (%s) %.3f s after SIGINT",
	       r.n, r.n < 0 ? strerror(r.err) : "-", lat);
	EXPECT_EQ(-1, r.n);
	EXPECT_EQ(EINTR, r.err);
	EXPECT_LT(lat, PROMPT_S);
	EXPECT_EQ(sent, sim_counter("reverse_sent"));

	/* Back to a printer in compatibility mode for the tests after this one. */
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	ASSERT_EQ(0, sim_set("reverse", ""));
	m.usReadMask = NIBBLE;
	m.usWriteMask = CENTRONICS;
	wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE,
		&m, sizeof(m), &m, sizeof(m), &w, &err);
	EXPECT_EQ(STATUS_SUCCESS, w.status);
}

/*
 * After the interrupted writes the port is free and the device works: the
 * status request answers, a write goes through whole, and the parport core
 * never complained of a release by a client that did not own the port.
 */
TEST_F_TIMEOUT(sig, device_works_afterwards, 60)
{
	PAR_QUERY_INFORMATION q = { 0 };
	unsigned char port_free = 0;

	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_IS_PORT_FREE, &port_free));
	EXPECT_EQ(1, port_free);
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_QUERY_INFORMATION, &q));
	EXPECT_EQ(PARALLEL_SELECTED, q.Status);
	ASSERT_EQ(20000, write(self->fd, self->buf, 20000));
	check_received(_metadata, self, 20000);
	EXPECT_NE(0, run("dmesg | grep -q 'tried to release parport when not owner'"));
}

TEST_F(sig, unload)
{
	close(self->fd);
	self->fd = -1;
	ASSERT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
