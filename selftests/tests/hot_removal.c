// SPDX-License-Identifier: GPL-2.0
/*
 * A simulated port removed (parport_sim's "remove", a hot-unplugged
 * adapter) under winpar clients in each kind of wait or hold: an allocate
 * waiting for the port, the port allocated, an interrupt routine
 * connected, a daisy-chain device locked and selected, a write() blocked
 * on a stalled printer (with and without the port locked, before and after
 * bytes moved) and a read() waiting for a silent peripheral.  Every
 * blocked caller returns promptly with the documented result
 * (Documentation/decisions.rst, "A port removed under a transfer"), every
 * later request answers STATUS_DEVICE_REMOVED, the nodes vanish, the
 * files stay safe to use and to close, and the kernel log stays clean
 * (checked by the runner; kmemleak on the debug kernel).
 */
#include <poll.h>
#include <signal.h>

#include "kselftest_harness.h"
#include "sim_test.h"

#include <winpar/parallel.h>
#include <winpar/ntddser.h>

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

/*
 * Transfers blocked at the removal.  The write time-out is BLOCK_TIMEOUT_MS,
 * more than twice PROMPT_S, so a call that returns within PROMPT_S of the
 * removal was ended by it and not by its time-out.
 */
#define BLOCK_TIMEOUT_MS	12000
#define PROMPT_S		5.0
/* How long to wait for a call or the removal before giving up on it. */
#define GIVE_UP_MS		60000

/* What a forked write(), read() or removal gave, and when it returned. */
struct call_result {
	ssize_t n;
	int err;
	double t_return;
};

struct call {
	pid_t pid;
	int result;	/* read end of the result pipe */
};

/* The child's side: send @n (and errno if negative) with the time. */
static void call_report(int wfd, ssize_t n)
{
	struct call_result r = { .n = n, .err = n < 0 ? errno : 0, .t_return = now() };

	_exit(write(wfd, &r, sizeof(r)) == sizeof(r) ? 0 : 1);
}

/*
 * Fork a process that makes one call and reports it: write() of @len
 * bytes of @buf to @fd, read() of @len bytes from @fd when @buf is NULL,
 * or, with @fd < 0, the removal of simulated port @name.
 */
static int call_start(struct call *c, int fd, const void *buf, size_t len, const char *name)
{
	char spec[64];
	int p[2];

	if (pipe(p))
		return -1;
	fflush(stdout);
	fflush(stderr);
	c->pid = fork();
	if (c->pid < 0)
		return -1;
	if (!c->pid) {
		void *rbuf = malloc(len);

		close(p[0]);
		if (fd < 0) {
			snprintf(spec, sizeof(spec), "%s\n", name);
			errno = sim_control("remove", spec);
			call_report(p[1], errno ? -1 : 0);
		}
		if (buf)
			call_report(p[1], write(fd, buf, len));
		call_report(p[1], rbuf ? read(fd, rbuf, len) : -2);
	}
	close(p[1]);
	c->result = p[0];
	return 0;
}

/* Whether the call has not returned yet. */
static int call_pending(struct call *c)
{
	struct pollfd p = { .fd = c->result, .events = POLLIN };

	return poll(&p, 1, 0) == 0;
}

/* The call's result, waiting up to GIVE_UP_MS; -1 if it did not come. */
static int call_finish(struct call *c, struct call_result *r)
{
	struct pollfd p = { .fd = c->result, .events = POLLIN };
	int status, got;

	got = poll(&p, 1, GIVE_UP_MS) == 1 && read(c->result, r, sizeof(*r)) == sizeof(*r);
	if (!got)
		kill(c->pid, SIGKILL);
	close(c->result);
	waitpid(c->pid, &status, 0);
	return got && WIFEXITED(status) && !WEXITSTATUS(status) ? 0 : -1;
}

static void lpt_node(char *buf, size_t size, const char *port)
{
	snprintf(buf, size, WINPAR_DEV_DIR "/LPT%d", atoi(port + 7) + 1);
}

static int32_t set_write_timeout(int fd, uint32_t ms)
{
	SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = ms };
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_SERIAL_SET_TIMEOUTS,
		&t, sizeof(t), NULL, 0, &w, &err);
	return w.status;
}

/* The simulator's "received" counter once it has stopped moving (or -1). */
static long long settled_received(const char *port)
{
	long long a, b = sim_port_counter(port, "received");
	int i;

	for (i = 0; i < 50; i++) {
		usleep(100000);
		a = b;
		b = sim_port_counter(port, "received");
		if (a == b)
			return b;
	}
	return -1;
}

/*
 * After the removal: the nodes are gone, every request on the open file
 * answers STATUS_DEVICE_REMOVED (ENODEV), the lock is gone with the port,
 * and the file closes cleanly.
 */
static void check_removed_file(struct __test_metadata *_metadata, int fd, const char *name,
			       bool locked)
{
	char lpt[64], pnode[64];
	struct winpar_ioctl w;
	uint8_t b;
	int err;

	lpt_node(lpt, sizeof(lpt), name);
	port_node(pnode, sizeof(pnode), name);
	EXPECT_FALSE(exists(lpt));
	EXPECT_FALSE(exists(pnode));
	EXPECT_EQ(-1, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, &b, 1, &w, &err));
	EXPECT_EQ(STATUS_DEVICE_REMOVED, w.status);
	EXPECT_EQ(ENODEV, err);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(-1, write(fd, "x", 1));
	EXPECT_EQ(ENODEV, errno);
	EXPECT_EQ(-1, read(fd, &b, 1));
	EXPECT_EQ(ENODEV, errno);
	if (locked)
		EXPECT_EQ(STATUS_DEVICE_REMOVED,
			  icall(fd, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0));
	EXPECT_EQ(0, close(fd));
}

/*
 * Remove the port while @c blocks; its result and the time from the removal
 * to its return.  The removal itself must succeed (within GIVE_UP_MS).
 */
static void remove_under(struct __test_metadata *_metadata, const char *name, struct call *c,
			 struct call_result *r, double *latency)
{
	struct call_result rr;
	struct call rm;
	int got;
	double t0;

	ASSERT_TRUE(call_pending(c)) TH_LOG("the call ended before the removal");
	t0 = now();
	ASSERT_EQ(0, call_start(&rm, -1, NULL, 0, name));
	got = call_finish(c, r);
	EXPECT_EQ(0, call_finish(&rm, &rr)) TH_LOG("the removal did not return");
	EXPECT_EQ(0, rr.n) TH_LOG("remove: %s", strerror(rr.err));
	ASSERT_EQ(0, got) TH_LOG("the blocked call did not return within %d s", GIVE_UP_MS / 1000);
	*latency = r->t_return - t0;
	TH_LOG("removal took %.3f s", rr.t_return - t0);
}

/*
 * 3.1, 1.8: a write() blocked on a stalled printer when the port goes.
 * @locked: the file's client holds the port (IOCTL_INTERNAL_LOCK_PORT),
 * else the write takes it for itself.  @before: bytes the printer takes
 * before it stalls (0: stalled from the start).  The write returns within
 * PROMPT_S with the count the printer took, which the simulator's counter
 * read just before the removal says, or -1 and ENODEV when it took none.
 */
static void write_blocked_at_removal(struct __test_metadata *_metadata, bool locked,
				     size_t before)
{
	const size_t len = 256 * 1024;
	struct call_result r;
	char name[32], lpt[64];
	unsigned char *buf;
	long long got;
	struct call c;
	double lat;
	int fd;

	ASSERT_EQ(0, sim_add_port("default", name, sizeof(name)));
	usleep(200000);
	lpt_node(lpt, sizeof(lpt), name);
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd) TH_LOG("open %s: %s", lpt, strerror(errno));
	ASSERT_EQ(STATUS_SUCCESS, set_write_timeout(fd, BLOCK_TIMEOUT_MS));
	if (locked)
		ASSERT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0));
	buf = malloc(len);
	ASSERT_NE(NULL, buf);
	fill_pattern(buf, len, 0x4e);
	if (!before)
		ASSERT_EQ(0, sim_port_set(name, "faults", "stall\n"));

	ASSERT_EQ(0, call_start(&c, fd, buf, len, NULL));
	if (before) {
		double end = now() + 30;

		while (sim_port_counter(name, "received") < (long long)before && now() < end)
			usleep(2000);
		ASSERT_EQ(0, sim_port_set(name, "faults", "stall\n"));
	} else {
		usleep(500000);
	}
	got = settled_received(name);
	ASSERT_LE(0, got) TH_LOG("the printer never stopped taking bytes");
	ASSERT_LE((long long)before, got);
	if (!before)
		ASSERT_EQ(0, got);
	ASSERT_GT((long long)len, got) TH_LOG("the write ended before the stall");

	remove_under(_metadata, name, &c, &r, &lat);
	TH_LOG("%s, %lld bytes taken: write() returned %zd (%s) %.3f s after the removal",
	       locked ? "locked" : "not locked", got, r.n, r.n < 0 ? strerror(r.err) : "-", lat);
	EXPECT_GT(PROMPT_S, lat);
	if (got) {
		EXPECT_EQ(got, r.n);
	} else {
		EXPECT_EQ(-1, r.n);
		EXPECT_EQ(ENODEV, r.err);
	}
	check_removed_file(_metadata, fd, name, locked);
	free(buf);
}

FIXTURE(blocked) {
	int unused;
};

FIXTURE_SETUP(blocked)
{
}

FIXTURE_TEARDOWN(blocked)
{
}

TEST_F_TIMEOUT(blocked, write_stalled_from_the_start, 90)
{
	write_blocked_at_removal(_metadata, false, 0);
}

TEST_F_TIMEOUT(blocked, write_stalled_from_the_start_port_locked, 90)
{
	write_blocked_at_removal(_metadata, true, 0);
}

TEST_F_TIMEOUT(blocked, write_stalled_after_8k, 90)
{
	write_blocked_at_removal(_metadata, false, 8192);
}

TEST_F_TIMEOUT(blocked, write_stalled_after_8k_port_locked, 90)
{
	write_blocked_at_removal(_metadata, true, 8192);
}

/*
 * A read() waiting when the port goes.  On the simulator only the first
 * byte of an ECP reverse transfer waits long: with nPeriphRequest low (data
 * queued) the host waits the device's time-out for Event 43
 * (Documentation/decisions.rst, "Transfers"); nibble and byte mode end at
 * once on nDataAvail high, and give every handshake step 35 ms.  The
 * dropout fault (after 0 bytes) keeps Event 43 from coming.  The client
 * device's time-out is the last write's: one byte is written first.  The
 * read returns within PROMPT_S, -1 and ENODEV (it got no byte).
 */
TEST_F_TIMEOUT(blocked, read_waiting_for_ecp_data, 90)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = ECP_SW };
	struct winpar_ioctl w;
	struct call_result r;
	char name[32], lpt[64];
	long long sent;
	struct call c;
	double lat;
	int fd, err;

	ASSERT_EQ(0, sim_add_port("default", name, sizeof(name)));
	usleep(200000);
	ASSERT_EQ(0, sim_port_set(name, "ieee1284_modes", "nibble byte deviceid ecp\n"));
	lpt_node(lpt, sizeof(lpt), name);
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd) TH_LOG("open %s: %s", lpt, strerror(errno));
	ASSERT_EQ(STATUS_SUCCESS, set_write_timeout(fd, BLOCK_TIMEOUT_MS));
	ASSERT_EQ(1, write(fd, "x", 1));
	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE,
		&m, sizeof(m), &m, sizeof(m), &w, &err);
	ASSERT_EQ(STATUS_SUCCESS, w.status);
	ASSERT_EQ(ECP_SW, m.usReadMask);
	ASSERT_EQ(0, sim_port_set(name, "dropout_after", "0\n"));
	ASSERT_EQ(0, sim_port_set(name, "faults", "dropout\n"));
	ASSERT_EQ(0, sim_port_set(name, "reverse", "held back"));

	/* The count holds the Device ID the core read when the port came. */
	sent = sim_port_counter(name, "reverse_sent");
	ASSERT_EQ(0, call_start(&c, fd, NULL, 64, NULL));
	usleep(500000);
	EXPECT_EQ(sent, sim_port_counter(name, "reverse_sent"));
	remove_under(_metadata, name, &c, &r, &lat);
	TH_LOG("read() returned %zd (%s) %.3f s after the removal",
	       r.n, r.n < 0 ? strerror(r.err) : "-", lat);
	EXPECT_GT(PROMPT_S, lat);
	EXPECT_EQ(-1, r.n);
	EXPECT_EQ(ENODEV, r.err);
	check_removed_file(_metadata, fd, name, false);
}

/* A fixture's test, so that it runs after the fixture's. */
TEST_F(blocked, unload)
{
	ASSERT_EQ(0, run("rmmod lp"));
	EXPECT_EQ(0, run("rmmod parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
