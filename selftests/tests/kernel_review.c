// SPDX-License-Identifier: GPL-2.0
/*
 * The defects of the kernel review (Documentation/decisions.rst, "Checked
 * under the port's lock"), each driven into its window on parport_sim:
 *
 * - a device client closes a file after its port was removed while an
 *   IEEE 1284 mode it negotiated through the routines was still in force;
 * - ParallelWrite called just before a removal takes the port's lock
 *   (winpar's test_delay_ms holds the routine between its entry and the
 *   lock, the place where the removal used to slip in);
 * - a write() on a locked device while another thread of the same client
 *   unlocks it, with lp waiting for the port: the write must not strobe
 *   its bytes into lp's time (the printer's record shows lp's bytes, then
 *   the write's, each whole);
 * - a stress: writers and a LOCK/UNLOCK loop on one file with lp writing
 *   too; every record arrives whole.
 *
 * The runner checks the kernel log (the debug kernel's KASAN, lockdep and
 * winpar's own owner assertion) after the program.
 */
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>

#include "kselftest_harness.h"
#include "sim_test.h"
#include "rel_test.h"

#include <winpar/parallel.h>
#include <winpar/ntddser.h>

static int32_t icall(int fd, uint32_t code, const void *in, uint32_t il, void *out,
		     uint32_t ol)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, code, in, il, out, ol, &w, &err);
	return w.status;
}

static uint64_t ctx_of(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return 0;
	return WINPAR_CONTEXT_HANDLE(minor(st.st_rdev));
}

/* A routine with @len bytes of data after the call (ParallelWrite). */
struct rcall_res {
	int32_t status;
	int64_t value;
	uint64_t count;
};

static struct rcall_res rcall(int fd, const char *node, uint32_t routine,
			      const struct winpar_routine_call *args, const void *data,
			      uint32_t len)
{
	struct {
		struct winpar_routine_call c;
		unsigned char data[256];
	} in = { 0 };
	struct winpar_routine_result r = { 0 };
	struct rcall_res res;

	if (args)
		in.c = *args;
	in.c.routine = routine;
	in.c.context = ctx_of(node);
	in.c.length = len;
	if (len)
		memcpy(in.data, data, len);
	res.status = icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &in, sizeof(in.c) + len, &r, sizeof(r));
	res.value = r.value;
	res.count = r.count;
	return res;
}

static void lpt_of(char *buf, size_t size, const char *port)
{
	snprintf(buf, size, WINPAR_DEV_DIR "/LPT%d", atoi(port + 7) + 1);
}

static int remove_port(const char *name)
{
	char spec[64];

	snprintf(spec, sizeof(spec), "%s\n", name);
	return sim_control("remove", spec);
}

/* LOCK_PORT and PARCLASS_CONNECT on a device node: the routines are usable. */
static int lock_and_connect(int fd)
{
	PARCLASS_INFORMATION pc;

	if (icall(fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0) != STATUS_SUCCESS)
		return -1;
	if (icall(fd, IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0, &pc, sizeof(pc)) !=
	    STATUS_SUCCESS)
		return -1;
	return 0;
}

/* One fixture for all: the harness runs a fixture's tests in the order written. */
FIXTURE(review) {
};

FIXTURE_SETUP(review)
{
}

FIXTURE_TEARDOWN(review)
{
}

TEST_F(review, load)
{
	ASSERT_FALSE(exists("/sys/module/parport_sim"));
	/* One port at load: lp attaches to it (the lp tests below). */
	ASSERT_EQ(0, rel_load_sim());
	ASSERT_NE(NULL, rel_sim_lp());
}

/*
 * Review major 1: the port removed with reverse nibble negotiated through
 * NegotiateIeeeMode, then the file closed.  The close used to terminate
 * the mode on a port the core had already taken from winpar (a NULL
 * dereference in the core's handshake wait).
 */
TEST_F(review, close_after_removal_with_a_mode_negotiated)
{
	struct winpar_routine_call neg = { 0 };
	char name[32], lpt[64], phase[256] = "";
	struct rcall_res r;
	pid_t kid;
	int fd, status;

	ASSERT_EQ(0, sim_add_port("default", name, sizeof(name)));
	usleep(200000);
	lpt_of(lpt, sizeof(lpt), name);
	ASSERT_TRUE(is_chardev(lpt));

	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, lock_and_connect(fd));
	neg.args.negotiate.mode_mask_rev = NIBBLE;
	neg.args.negotiate.mode_safety = SAFE_MODE;
	neg.args.negotiate.is_forward = 0;
	r = rcall(fd, lpt, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, &neg, NULL, 0);
	ASSERT_EQ(STATUS_SUCCESS, r.status);
	ASSERT_EQ(STATUS_SUCCESS, r.value);
	/* The peripheral's own record: it is in reverse nibble mode now. */
	EXPECT_LT(0, sim_port_read(name, "phase", phase, sizeof(phase)));
	TH_LOG("phase after NegotiateIeeeMode(reverse nibble): %s", phase);
	EXPECT_NE(NULL, strstr(phase, "nibble"));

	ASSERT_EQ(0, remove_port(name));
	usleep(200000);
	EXPECT_FALSE(exists(lpt));

	/* The close, in a child: an oops there kills it. */
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid)
		_exit(close(fd) ? 1 : 0);
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
	close(fd);
}

/*
 * Review major 2a: ParallelWrite held between its entry and the port's
 * lock while the port is removed.  It used to check the removal first and
 * then write through a client device that the removal had unregistered.
 */
TEST_F(review, parallel_write_removed_before_the_lock)
{
	static const char text[] = "sixteen bytes...";
	char name[32], lpt[64];
	struct rcall_res r;
	int fd, pfd[2], status;
	pid_t kid;

	ASSERT_EQ(0, sim_add_port("default", name, sizeof(name)));
	usleep(200000);
	lpt_of(lpt, sizeof(lpt), name);
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, lock_and_connect(fd));
	ASSERT_EQ(0, pipe(pfd));

	wp_set_param("test_delay_ms", "1500");
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		r = rcall(fd, lpt, WINPAR_ROUTINE_PARALLEL_WRITE, NULL, text, 16);
		_exit(write(pfd[1], &r, sizeof(r)) == sizeof(r) ? 0 : 1);
	}
	/* The child is inside its delay now: remove the port under it. */
	usleep(400000);
	ASSERT_EQ(0, remove_port(name));
	ASSERT_EQ(kid, waitpid(kid, &status, 0));
	wp_set_param("test_delay_ms", "0");
	ASSERT_TRUE(WIFEXITED(status));
	ASSERT_EQ(0, WEXITSTATUS(status));
	ASSERT_EQ(sizeof(r), read(pfd[0], &r, sizeof(r)));
	/* The request was taken; the routine found the port gone. */
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(STATUS_DEVICE_REMOVED, r.value);
	EXPECT_EQ(0, r.count);
	close(pfd[0]);
	close(pfd[1]);
	EXPECT_EQ(0, close(fd));
}

/*
 * Review minor, and issue 17.5: a mode negotiated through
 * NegotiateIeeeMode is the device's protocol from then on, for write()
 * too, and its session survives the write: ParallelWrite, write() and
 * ParallelWrite again all go in ECP, with no negotiation after
 * NegotiateIeeeMode's own (its probes and the connect).  The printer's
 * record shows where each byte went: all in "received", all in ECP runs.
 */
TEST_F(review, routine_mode_survives_a_write)
{
	struct winpar_routine_call neg = { 0 };
	SERIAL_TIMEOUTS to = { .WriteTotalTimeoutConstant = 2000 };
	char name[32], lpt[64], got[64] = "", runs[256] = "", *p;
	struct winpar_ioctl w;
	struct rcall_res r;
	int fd, err, ch, n, ecp = 0;

	ASSERT_EQ(0, sim_add_port("default", name, sizeof(name)));
	usleep(200000);
	ASSERT_EQ(0, sim_port_set(name, "ieee1284_modes", "nibble byte deviceid ecp\n"));
	lpt_of(lpt, sizeof(lpt), name);
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_SERIAL_SET_TIMEOUTS, &to, sizeof(to),
		NULL, 0, &w, &err);
	ASSERT_EQ(STATUS_SUCCESS, w.status);
	ASSERT_EQ(0, lock_and_connect(fd));
	ASSERT_EQ(0, sim_port_set(name, "received", "0\n"));

	neg.args.negotiate.mode_mask_fwd = ECP_SW;
	neg.args.negotiate.mode_mask_rev = NIBBLE;
	neg.args.negotiate.mode_safety = SAFE_MODE;
	neg.args.negotiate.is_forward = 1;
	r = rcall(fd, lpt, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, &neg, NULL, 0);
	ASSERT_EQ(STATUS_SUCCESS, r.status);
	ASSERT_EQ(STATUS_SUCCESS, r.value);
	/* From here on the session is used, never negotiated again. */
	ASSERT_EQ(0, sim_port_set(name, "counters", "0\n"));
	r = rcall(fd, lpt, WINPAR_ROUTINE_PARALLEL_WRITE, NULL, "one", 3);
	EXPECT_EQ(STATUS_SUCCESS, r.value);
	EXPECT_EQ(3, r.count);
	EXPECT_EQ(3, write(fd, "two", 3));
	r = rcall(fd, lpt, WINPAR_ROUTINE_PARALLEL_WRITE, NULL, "three", 5);
	EXPECT_EQ(STATUS_SUCCESS, r.value);
	EXPECT_EQ(5, r.count);
	r = rcall(fd, lpt, WINPAR_ROUTINE_TERMINATE_IEEE_MODE, NULL, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.value);

	EXPECT_EQ(11, sim_port_read(name, "received", got, sizeof(got)));
	EXPECT_STREQ("onetwothree", got);
	ASSERT_LE(0, sim_port_read(name, "ecp_channels", runs, sizeof(runs)));
	for (p = runs; sscanf(p, "%d %d", &ch, &n) == 2; p = strchr(p, '\n') + 1) {
		ecp += n;
		if (!strchr(p, '\n'))
			break;
	}
	TH_LOG("ECP runs: %s", runs);
	EXPECT_EQ(11, ecp);
	EXPECT_EQ(0, sim_port_counter(name, "negotiations"));
	close(fd);
	EXPECT_EQ(0, remove_port(name));
}

/* A 32-byte record: tag, number, padding, newline. */
#define REC	32
static void record(char *buf, char tag, unsigned int n)
{
	memset(buf, '.', REC);
	buf[0] = tag;
	snprintf(buf + 1, 10, "%08u", n);
	buf[9] = '.';
	buf[REC - 1] = '\n';
}

/*
 * Check that @got (@len bytes) is whole records only; count them by tag.
 * Return: the offset of the first broken record, or -1.
 */
static long whole_records(const char *got, size_t len, unsigned int *w, unsigned int *l)
{
	char want[REC];
	size_t off;

	*w = *l = 0;
	for (off = 0; off + REC <= len; off += REC) {
		if (got[off] != 'W' && got[off] != 'L')
			return off;
		record(want, got[off], atoi(got + off + 1));
		if (memcmp(want, got + off, REC))
			return off;
		if (got[off] == 'W')
			(*w)++;
		else
			(*l)++;
	}
	return off == len ? -1 : (long)off;
}

/*
 * lp writes @n records, one write() each, @per_open of them per open of
 * its file with @delay_us between them: lp keeps the port from its first
 * write until the file is closed.
 */
static pid_t lp_writer(const char *lpdev, unsigned int n, unsigned int per_open,
		       unsigned int delay_us)
{
	pid_t kid = fork();
	char rec[REC];
	unsigned int i;
	int fd = -1;

	if (kid)
		return kid;
	for (i = 0; i < n; i++) {
		if (fd < 0)
			fd = open(lpdev, O_WRONLY);
		if (fd < 0)
			_exit(2);
		record(rec, 'L', i);
		if (write(fd, rec, REC) != REC)
			_exit(3);
		if ((i + 1) % per_open == 0) {
			close(fd);
			fd = -1;
		}
		if (delay_us)
			usleep(delay_us);
	}
	_exit(0);
}

/*
 * Review major 2b: a write() of a device whose port the client locked,
 * held before the port's lock, while another thread of the same client
 * unlocks and lp, waiting, gets the port.  The write must wait its turn.
 */
TEST_F(review, write_while_the_same_client_unlocks)
{
	char name[32], lpt[64], got[4 * REC], rec[REC];
	const char *lpdev;
	int fd, status, pfd[2];
	pid_t lp, w;
	ssize_t n;

	snprintf(name, sizeof(name), "%s", sim_port());
	lpdev = rel_sim_lp();
	ASSERT_NE(NULL, lpdev);
	lpt_of(lpt, sizeof(lpt), name);
	ASSERT_EQ(0, sim_port_set(name, "received", "0\n"));
	wp_set_param("acquire_timeout_ms", "10000");
	wp_set_param("lock_timeout_ms", "10000");

	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0));

	/*
	 * lp asks for the port and sleeps: winpar's client holds it.  Once it
	 * has the port it writes a record, waits 1.5 s holding the port (its
	 * file stays open), writes another and lets go.
	 */
	lp = lp_writer(lpdev, 2, 2, 1500000);
	ASSERT_LE(0, lp);
	usleep(300000);

	ASSERT_EQ(0, pipe(pfd));
	wp_set_param("test_delay_ms", "1500");
	w = fork();
	ASSERT_LE(0, w);
	if (!w) {
		record(rec, 'W', 0);
		n = write(fd, rec, REC);
		_exit(write(pfd[1], &n, sizeof(n)) == sizeof(n) ? 0 : 1);
	}
	usleep(400000);
	/* The same open file (one client) unlocks while the write waits. */
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0));
	ASSERT_EQ(lp, waitpid(lp, &status, 0));
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ASSERT_EQ(w, waitpid(w, &status, 0));
	wp_set_param("test_delay_ms", "0");
	wp_set_param("acquire_timeout_ms", "0");
	wp_set_param("lock_timeout_ms", "500");
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ASSERT_EQ(sizeof(n), read(pfd[0], &n, sizeof(n)));
	EXPECT_EQ(REC, n);

	/* The printer's record: lp's two records, then the write's, each whole. */
	n = sim_port_read(name, "received", got, sizeof(got));
	ASSERT_EQ(3 * REC, n);
	record(rec, 'L', 0);
	EXPECT_EQ(0, memcmp(got, rec, REC));
	record(rec, 'L', 1);
	EXPECT_EQ(0, memcmp(got + REC, rec, REC));
	record(rec, 'W', 0);
	EXPECT_EQ(0, memcmp(got + 2 * REC, rec, REC));
	close(pfd[0]);
	close(pfd[1]);
	close(fd);
}

/*
 * The stress: on one open LPT file, two writer threads and a thread that
 * locks and unlocks the port in a loop; lp writes records meanwhile.  Every
 * record that a write reported as written arrives whole, none that was not.
 */
struct stress {
	int fd;
	char tag;
	unsigned int base;
	volatile int *stop;
	unsigned int written;
	unsigned int failed;
};

static void *stress_writer(void *arg)
{
	struct stress *s = arg;
	char rec[REC];
	unsigned int i;
	ssize_t n;

	/* At most 2000 records (64 KB): the printer's record holds 1 MiB. */
	for (i = 0; !*s->stop && i < 2000; i++) {
		record(rec, s->tag, s->base + i);
		n = write(s->fd, rec, REC);
		if (n == REC)
			s->written++;
		else
			s->failed++;
		usleep(500);
	}
	return NULL;
}

static void *stress_locker(void *arg)
{
	struct stress *s = arg;

	while (!*s->stop) {
		if (icall(s->fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0) == STATUS_SUCCESS)
			s->written++;
		usleep(2000);
		icall(s->fd, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0);
		usleep(1000);
	}
	return NULL;
}

TEST_F_TIMEOUT(review, writers_and_lock_unlock_with_lp_waiting, 120)
{
	static char got[1 << 20];
	struct stress s[3] = { };
	volatile int stop = 0;
	unsigned int w, l, i;
	char name[32], lpt[64];
	const char *lpdev;
	pthread_t t[3];
	int fd, status;
	long bad;
	ssize_t n;
	pid_t lp;

	snprintf(name, sizeof(name), "%s", sim_port());
	lpdev = rel_sim_lp();
	ASSERT_NE(NULL, lpdev);
	lpt_of(lpt, sizeof(lpt), name);
	ASSERT_EQ(0, sim_port_set(name, "received", "0\n"));
	/*
	 * A printer that is never busy: lp's own compatibility write lets go
	 * of the port while the printer is busy (the core's polling write), and
	 * its record would then be split by others' bytes, by lp's design.
	 */
	ASSERT_EQ(0, sim_port_set(name, "busy_reads", "0\n"));
	wp_set_param("acquire_timeout_ms", "10000");
	wp_set_param("lock_timeout_ms", "10000");
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);

	lp = lp_writer(lpdev, 40, 1, 20000);
	ASSERT_LE(0, lp);
	for (i = 0; i < 3; i++) {
		s[i].fd = fd;
		s[i].tag = 'W';
		s[i].base = i * 100000;
		s[i].stop = &stop;
		ASSERT_EQ(0, pthread_create(&t[i], NULL, i < 2 ? stress_writer : stress_locker,
					    &s[i]));
	}
	ASSERT_EQ(lp, waitpid(lp, &status, 0));
	stop = 1;
	for (i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	wp_set_param("acquire_timeout_ms", "0");
	wp_set_param("lock_timeout_ms", "500");
	EXPECT_EQ(0, sim_port_set(name, "busy_reads", "2\n"));
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	close(fd);

	n = sim_port_read(name, "received", got, sizeof(got));
	ASSERT_LT(0, n);
	bad = whole_records(got, n, &w, &l);
	TH_LOG("%u + %u records written by winpar (%u + %u failed), %u locks, lp 40; "
	       "received %u W, %u L", s[0].written, s[1].written, s[0].failed, s[1].failed,
	       s[2].written, w, l);
	EXPECT_EQ(-1, bad);
	EXPECT_EQ(s[0].written + s[1].written, w);
	EXPECT_EQ(40, l);
	EXPECT_LT(0, s[2].written);
}

/*
 * The buffer probe stops at WINPAR_MAX_BUFFER (the most a request looks
 * at): a request that answers two bytes, with an output length of 64 MiB
 * over a 64 MiB mapping nobody touched, faults in at most that much of it.
 */
TEST_F(review, probe_stops_at_max_buffer)
{
	const size_t map_len = 64 << 20, page = sysconf(_SC_PAGESIZE);
	size_t i, resident = 0, most = (WINPAR_MAX_BUFFER + page - 1) / page + 1;
	struct winpar_ioctl w;
	unsigned char *vec;
	char name[32], lpt[64];
	uint16_t forbid = 0;
	int fd, err;
	void *map;

	snprintf(name, sizeof(name), "%s", sim_port());
	lpt_of(lpt, sizeof(lpt), name);
	map = mmap(NULL, map_len, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	ASSERT_NE(MAP_FAILED, map);
	/*
	 * Pages, not a transparent huge page for the first fault (6.12 takes
	 * one); a kernel without THP (the debug kernel) refuses the advice and
	 * has no huge pages to give anyway.
	 */
	madvise(map, map_len, MADV_NOHUGEPAGE);
	vec = calloc(map_len / page, 1);
	ASSERT_NE(NULL, vec);
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_GET_DEVICE_CAPS, &forbid,
		sizeof(forbid), map, map_len, &w, &err);
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(2, w.information);
	ASSERT_EQ(0, mincore(map, map_len, vec));
	for (i = 0; i < map_len / page; i++)
		resident += vec[i] & 1;
	TH_LOG("%zu of %zu pages faulted in (at most %zu allowed)", resident, map_len / page,
	       most);
	EXPECT_GE(most, resident);
	close(fd);
	free(vec);
	munmap(map, map_len);
}

static int hammer_set(const char *file, const char *text)
{
	char path[128];
	int fd, ok;

	snprintf(path, sizeof(path), "/sys/kernel/debug/winpar_hammer/%s", file);
	fd = open(path, O_WRONLY);
	if (fd < 0)
		return -1;
	ok = write(fd, text, strlen(text)) == (ssize_t)strlen(text);
	close(fd);
	return ok ? 0 : -1;
}

/*
 * Kernel threads call ParallelWrite without a pause (winpar_hammer.ko)
 * while the simulated port under them is removed and added ten times.
 * The kernel log (checked by the runner) must stay clean.
 */
TEST_F_TIMEOUT(review, kernel_writers_while_ports_come_and_go, 120)
{
	int i, opens = -1, writes = -1, gone = -1, other = -1;
	char name[32], target[32], stats[128] = "";
	ssize_t n;
	int fd;

	ASSERT_EQ(0, run("insmod " MODDIR "/winpar_hammer.ko"));
	srand(20);
	for (i = 0; i < 10; i++) {
		ASSERT_EQ(0, sim_add_port("default", name, sizeof(name)));
		snprintf(target, sizeof(target), "LPT%d\n", atoi(name + 7) + 1);
		ASSERT_EQ(0, hammer_set("target", target));
		usleep(150000 + rand() % 300000);
		ASSERT_EQ(0, remove_port(name));
	}
	ASSERT_EQ(0, hammer_set("target", "\n"));
	usleep(100000);
	fd = open("/sys/kernel/debug/winpar_hammer/stats", O_RDONLY);
	ASSERT_LE(0, fd);
	n = read(fd, stats, sizeof(stats) - 1);
	close(fd);
	ASSERT_LT(0, n);
	ASSERT_EQ(4, sscanf(stats, "opens %d writes %d removed %d other %d", &opens, &writes,
			    &gone, &other));
	TH_LOG("%s", stats);
	EXPECT_EQ(0, run("rmmod winpar_hammer"));
	EXPECT_LE(10, opens);
	EXPECT_LT(0, writes);
	/* Most removals land in a write: it ends, one way or another. */
	EXPECT_LE(5, gone + other);
}

struct closer {
	int fd;
	ssize_t n;
	int err;
};

/* After @delay_us: the printer recovers; a moment later, a cancel of @fd's write. */
struct canceller {
	int fd;
	unsigned int delay_us;
};

static void *cancel_racer(void *arg)
{
	struct canceller *k = arg;

	usleep(k->delay_us);
	sim_set("faults", "none\n");
	usleep(rand() % 30000);
	ioctl(k->fd, WINPAR_IOCTL_CANCEL);
	return NULL;
}

static void *close_racer_write(void *arg)
{
	struct closer *c = arg;
	char buf[4096];

	memset(buf, 'c', sizeof(buf));
	c->n = write(c->fd, buf, sizeof(buf));
	c->err = c->n < 0 ? errno : 0;
	return NULL;
}

/*
 * Cancel and close racing completions: a write() held by a stalled printer
 * is killed (the process's cancel) at random moments around the printer's
 * recovery, twenty times; a transport write is cancelled from another
 * thread the same way, twenty times; then a file is closed by one thread while
 * another's write on it is waiting, which cancels the write.  The kernel
 * log must stay clean and the port usable: a last write arrives whole.
 */
TEST_F_TIMEOUT(review, cancel_and_close_race_completions, 180)
{
	char name[32], lpt[64], got[64] = "";
	struct closer cl = { 0 };
	long long sent = 0;
	int i, fd, status, completed = 0;
	pthread_t t;
	pid_t kid;

	snprintf(name, sizeof(name), "%s", sim_port());
	lpt_of(lpt, sizeof(lpt), name);
	srand(17);
	for (i = 0; i < 20; i++) {
		ASSERT_EQ(0, sim_port_set(name, "faults", "stall\n"));
		kid = fork();
		ASSERT_LE(0, kid);
		if (!kid) {
			char rec[REC];

			fd = open(lpt, O_RDWR);
			if (fd < 0)
				_exit(2);
			record(rec, 'K', i);
			_exit(write(fd, rec, REC) < 0 && errno != EINTR);
		}
		usleep(5000 + rand() % 30000);
		ASSERT_EQ(0, sim_port_set(name, "faults", "none\n"));
		usleep(rand() % 3000);
		kill(kid, SIGKILL);
		ASSERT_EQ(kid, waitpid(kid, &status, 0));
	}

	/*
	 * WINPAR_IOCTL_CANCEL from another thread at random moments around
	 * the printer's recovery: each write ends either whole or cancelled
	 * with its count, and the printer has exactly the bytes the writes
	 * reported, none twice.
	 */
	ASSERT_EQ(0, sim_port_set(name, "counters", "0\n"));
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	for (i = 0; i < 20; i++) {
		struct canceller k = { .fd = fd };
		static char buf[2000];
		struct winpar_ioctl w = {
			.input = (uintptr_t)buf, .input_length = sizeof(buf),
		};

		ASSERT_EQ(0, sim_port_set(name, "faults", "stall\n"));
		k.delay_us = 5000 + rand() % 30000;
		ASSERT_EQ(0, pthread_create(&t, NULL, cancel_racer, &k));
		ioctl(fd, WINPAR_IOCTL_WRITE, &w);
		pthread_join(t, NULL);
		EXPECT_TRUE((w.status == STATUS_SUCCESS && w.information == sizeof(buf)) ||
			    (w.status == STATUS_CANCELLED && w.information <= sizeof(buf)))
			TH_LOG("round %d: status 0x%08x, %u bytes", i, w.status, w.information);
		sent += w.information;
		completed += w.status == STATUS_SUCCESS;
	}
	close(fd);
	EXPECT_EQ(sent, sim_port_counter(name, "received"));
	TH_LOG("cancel against completion: %d of 20 completed, %lld bytes, all received once",
	       completed, sent);

	ASSERT_EQ(0, sim_port_set(name, "faults", "stall\n"));
	cl.fd = open(lpt, O_RDWR);
	ASSERT_LE(0, cl.fd);
	ASSERT_EQ(0, pthread_create(&t, NULL, close_racer_write, &cl));
	usleep(20000);
	close(cl.fd);
	usleep(20000);
	ASSERT_EQ(0, sim_port_set(name, "faults", "none\n"));
	pthread_join(t, NULL);
	TH_LOG("write on a file closed under it: %zd (%s)", cl.n, cl.n < 0 ? strerror(cl.err) : "-");
	/*
	 * The close cancels the write (IRP_MJ_CLEANUP, WINDOWS-API.md 1.7):
	 * the printer had taken nothing, so -1 and EINTR (STATUS_CANCELLED).
	 */
	EXPECT_EQ(-1, cl.n);
	EXPECT_EQ(EINTR, cl.err);

	/* The port still works for the next client. */
	ASSERT_EQ(0, sim_port_set(name, "received", "0\n"));
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(9, write(fd, "still ok\n", 9));
	close(fd);
	EXPECT_EQ(9, sim_port_read(name, "received", got, sizeof(got)));
	EXPECT_STREQ("still ok\n", got);
}

TEST_F(review, unload)
{
	wp_set_param("test_delay_ms", "0");
	ASSERT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
