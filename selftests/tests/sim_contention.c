// SPDX-License-Identifier: GPL-2.0
/*
 * Contention on one simulated printer (parport_sim): 8 processes write
 * their own byte streams at the same time, 4 through winpar's LPT node of
 * the simulated port and 4 through lp's node for the same port.  Both nodes
 * are exclusive (a second open gets EBUSY) and a winpar write gets EBUSY
 * (STATUS_DEVICE_BUSY) when lp keeps the port past the device's write
 * time-out, which the winpar writers set to 2 s (Windows' minimum; the
 * default, 300 s, would hold a writer and its exclusive node while lp
 * prints back to back): writers retry, and log what every write() returned.
 *
 * Every byte carries its writer in its top 3 bits, so the peripheral's
 * record (debugfs "received") can be split back into the 8 streams.  The
 * test asserts that each stream arrived exactly (in order, nothing lost,
 * nothing doubled, nothing of a failed write), and that the bytes of each
 * successful write() are contiguous in the record: no other client's
 * bytes inside one write.
 */
#include <sys/mman.h>

#include "kselftest_harness.h"
#include "rel_test.h"

#include <winpar/ntddser.h>

/*
 * A winpar writer waits for the port at most 2 s, then retries (lp's
 * node refuses the request, and keeps its own waits).
 */
static void short_wait(int fd)
{
	SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = 2000 };

	ioctl(fd, IOCTL_SERIAL_SET_TIMEOUTS, &t);
}

#define WRITERS		8
#define LP_WRITERS	4		/* writers 4..7 use lp */
#define STREAM		(32 * 1024)	/* bytes per writer */
#define MAX_CHUNK	12288		/* longest single write() */
#define MAXLOG		4096

struct wlog {
	uint32_t off;		/* stream offset of the write */
	uint32_t len;		/* bytes asked */
	int32_t ret;		/* write()'s result */
	int32_t err;		/* errno when ret < 0 */
};

struct writer {
	int use_lp;
	uint32_t done;		/* bytes written successfully */
	uint32_t writes, partial, open_busy, write_busy;
	int32_t fail_err;	/* an unexpected error, and where */
	char fail_what[64];
	uint32_t nlog;
	double t0, t1;
	struct wlog log[MAXLOG];
};

/* Writer w's byte at offset i: w in bits 5-7, a hash of (w, i) in bits 0-4. */
static unsigned char stream_byte(int w, uint32_t i)
{
	uint32_t x = i * 2654435761u + (uint32_t)w * 40503u + 0x9e37u;

	x ^= x >> 15;
	x *= 0x2c1b3c6du;
	x ^= x >> 12;
	return (unsigned char)(w << 5 | (x & 31));
}

static uint32_t pick_len(unsigned int *seed)
{
	unsigned int r = rand_r(seed);

	/* Mostly short writes, now and then a long one. */
	if (r % 8 == 0)
		return 4096 + rand_r(seed) % (MAX_CHUNK - 4096 + 1);
	return 1 + rand_r(seed) % 2048;
}

static void writer_main(struct writer *wr, int w, const char *node)
{
	unsigned char *buf = malloc(STREAM);
	unsigned int seed = 0x5eed00 + w;
	uint32_t i;
	int fd, k, nw;

	if (!buf) {
		wr->fail_err = ENOMEM;
		_exit(1);
	}
	for (i = 0; i < STREAM; i++)
		buf[i] = stream_byte(w, i);
	wr->t0 = now();
	while (wr->done < STREAM) {
		fd = open(node, O_WRONLY | O_CLOEXEC);
		if (fd >= 0)
			short_wait(fd);
		if (fd < 0) {
			if (errno == EBUSY) {
				/* Back off: spinning opens starve the writers on a slow guest. */
				wr->open_busy++;
				usleep(2000 + rand_r(&seed) % 8000);
				continue;
			}
			wr->fail_err = errno;
			snprintf(wr->fail_what, sizeof(wr->fail_what), "open");
			_exit(1);
		}
		/* One to three writes per open. */
		nw = 1 + rand_r(&seed) % 3;
		for (k = 0; k < nw && wr->done < STREAM; k++) {
			uint32_t len = pick_len(&seed);
			struct wlog *l;
			ssize_t n;

			if (len > STREAM - wr->done)
				len = STREAM - wr->done;
			n = write(fd, buf + wr->done, len);
			if (wr->nlog >= MAXLOG) {
				wr->fail_err = ENOSPC;
				snprintf(wr->fail_what, sizeof(wr->fail_what), "log full");
				_exit(1);
			}
			l = &wr->log[wr->nlog++];
			l->off = wr->done;
			l->len = len;
			l->ret = (int32_t)n;
			l->err = n < 0 ? errno : 0;
			wr->writes++;
			if (n > 0) {
				if ((uint32_t)n > len) {
					wr->fail_err = EOVERFLOW;
					snprintf(wr->fail_what, sizeof(wr->fail_what),
						 "write returned %zd > %u", n, len);
					_exit(1);
				}
				wr->done += n;
				if ((uint32_t)n < len)
					wr->partial++;
			} else if (n < 0 && errno == EBUSY) {
				/* The port stayed taken: try again with a new open. */
				wr->write_busy++;
				break;
			} else {
				wr->fail_err = n < 0 ? errno : 0;
				snprintf(wr->fail_what, sizeof(wr->fail_what),
					 "write returned %zd", n);
				_exit(1);
			}
		}
		close(fd);
		usleep(rand_r(&seed) % 1000);
	}
	wr->t1 = now();
	free(buf);
	_exit(0);
}

FIXTURE(contention) {
	int unused;
};

FIXTURE_SETUP(contention)
{
}

FIXTURE_TEARDOWN(contention)
{
}

TEST(load)
{
	ASSERT_EQ(0, rel_load_sim()) TH_LOG("parport_sim did not load");
	ASSERT_TRUE(is_chardev(rel_sim_lpt())) TH_LOG("%s missing", rel_sim_lpt());
	ASSERT_NE(NULL, rel_sim_lp()) TH_LOG("lp has no node for the simulated port");
}

/*
 * The exclusive opens the writers rely on: winpar's LPT node and lp's node
 * each refuse a second open with EBUSY, and the two do not exclude each
 * other (they are different clients of the port).
 */
TEST_F(contention, both_nodes_are_exclusive)
{
	const char *lpt = rel_sim_lpt(), *lp = rel_sim_lp();
	int a, b;

	ASSERT_NE(NULL, lp);
	a = open(lpt, O_WRONLY);
	ASSERT_LE(0, a);
	EXPECT_EQ(-1, open(lpt, O_WRONLY));
	EXPECT_EQ(EBUSY, errno);
	b = open(lp, O_WRONLY);
	ASSERT_LE(0, b) TH_LOG("open %s: %s", lp, strerror(errno));
	EXPECT_EQ(-1, open(lp, O_WRONLY));
	EXPECT_EQ(EBUSY, errno);
	close(b);
	close(a);
}

TEST_F_TIMEOUT(contention, eight_writers_winpar_and_lp, 600)
{
	const char *lpt = rel_sim_lpt(), *lp = rel_sim_lp();
	size_t total = (size_t)WRITERS * STREAM, map = sizeof(struct writer) * WRITERS;
	uint32_t *pos[WRITERS], seen[WRITERS] = { 0 };
	unsigned char *got;
	struct writer *wr;
	pid_t pid[WRITERS];
	long long strobes, dropped;
	ssize_t got_len;
	int w, status, bad;
	size_t i;
	double t0, t1;

	ASSERT_NE(NULL, lp);
	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	wr = mmap(NULL, map, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, wr);
	memset(wr, 0, map);

	t0 = now();
	fflush(stdout);
	fflush(stderr);
	for (w = 0; w < WRITERS; w++) {
		wr[w].use_lp = w >= WRITERS - LP_WRITERS;
		pid[w] = fork();
		ASSERT_LE(0, pid[w]);
		if (!pid[w])
			writer_main(&wr[w], w, wr[w].use_lp ? lp : lpt);
	}
	for (w = 0; w < WRITERS; w++) {
		ASSERT_EQ(pid[w], waitpid(pid[w], &status, 0));
		EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
			TH_LOG("writer %d (%s): %s: %s", w, wr[w].use_lp ? "lp" : "winpar",
			       wr[w].fail_what, strerror(wr[w].fail_err));
	}
	t1 = now();

	for (w = 0; w < WRITERS; w++)
		TH_LOG("writer %d via %-6s: %u bytes in %u writes (%u partial), "
		       "%u open EBUSY, %u write EBUSY retries, %.2f s",
		       w, wr[w].use_lp ? "lp" : "winpar", wr[w].done, wr[w].writes,
		       wr[w].partial, wr[w].open_busy, wr[w].write_busy, wr[w].t1 - wr[w].t0);
	TH_LOG("%zu bytes from %d writers in %.2f s", total, WRITERS, t1 - t0);
	for (w = 0; w < WRITERS; w++)
		ASSERT_EQ(STREAM, wr[w].done);

	/* What the printer got: every byte once, nothing else. */
	got = malloc(total + 4096);
	ASSERT_NE(NULL, got);
	got_len = sim_read("received", got, total + 4096);
	strobes = sim_counter("strobes");
	dropped = sim_counter("dropped");
	TH_LOG("peripheral: %zd bytes received, %lld strobes (%lld from a restored control "
	       "state), %lld dropped", got_len, strobes, sim_counter("restore_strobes"), dropped);
	EXPECT_EQ(0, sim_counter("restore_strobes"));
	/* Go on when the count is off: the split below says whose bytes. */
	EXPECT_EQ((ssize_t)total, got_len);
	ASSERT_LE(0, got_len);
	EXPECT_EQ((long long)total, strobes);
	EXPECT_EQ(0, dropped);

	/* Split the record into the streams: each exactly its writer's bytes, in order. */
	for (w = 0; w < WRITERS; w++) {
		pos[w] = calloc(STREAM, sizeof(uint32_t));
		ASSERT_NE(NULL, pos[w]);
	}
	bad = 0;
	for (i = 0; i < (size_t)got_len; i++) {
		w = got[i] >> 5;
		if (seen[w] >= STREAM || got[i] != stream_byte(w, seen[w])) {
			if (bad++ < 5)
				TH_LOG("record offset %zu: byte 0x%02x is not writer %d's byte %u",
				       i, got[i], w, seen[w]);
			continue;
		}
		pos[w][seen[w]++] = (uint32_t)i;
	}
	EXPECT_EQ(0, bad);
	for (w = 0; w < WRITERS; w++)
		EXPECT_EQ(STREAM, seen[w]) TH_LOG("writer %d", w);
	ASSERT_EQ(0, bad);

	/* Each successful write() is one run of the record; failed ones sent nothing. */
	bad = 0;
	for (w = 0; w < WRITERS; w++) {
		uint32_t j, expect_off = 0;

		for (j = 0; j < wr[w].nlog; j++) {
			const struct wlog *l = &wr[w].log[j];

			if (l->ret <= 0)
				continue;
			/* The log is the stream in order: no gaps, no overlaps. */
			EXPECT_EQ(expect_off, l->off);
			expect_off = l->off + l->ret;
			if (pos[w][l->off + l->ret - 1] - pos[w][l->off] != (uint32_t)l->ret - 1) {
				if (bad++ < 5)
					TH_LOG("writer %d (%s): write of %u bytes at stream offset %u "
					       "(returned %d) is split: record offsets %u..%u",
					       w, wr[w].use_lp ? "lp" : "winpar", l->len, l->off,
					       l->ret, pos[w][l->off], pos[w][l->off + l->ret - 1]);
			}
		}
		EXPECT_EQ(STREAM, expect_off);
	}
	/*
	 * Known to fail when a write lasts longer than the port's timeslice
	 * (200 ms) while another client waits: the parport core's
	 * compatibility writer then yields the port in the middle of the
	 * write (parport_yield_blocking), and winpar's device rejoins through
	 * the core's wait list.  lp_job_during_a_long_winpar_write shows it
	 * on every kernel.
	 */
	EXPECT_EQ(0, bad) TH_LOG("%d writes were interleaved with another client's bytes", bad);

	for (w = 0; w < WRITERS; w++)
		free(pos[w]);
	free(got);
	munmap(wr, map);
}

/*
 * One long winpar write (256 KiB, about a second) while lp prints 100 bytes
 * on the same port: the lp job waits for the port; the printer gets the
 * two jobs one after the other, never one inside the other.
 */
TEST_F_TIMEOUT(contention, lp_job_during_a_long_winpar_write, 120)
{
	size_t len = 256 * 1024, lp_len = 100;
	unsigned char *buf = malloc(len), *got = malloc(len + lp_len + 16);
	unsigned char lp_buf[100];
	const char *lp = rel_sim_lp();
	int fd, lfd, pfd[2], status, i;
	ssize_t n = -2, got_len;
	long long at;
	pid_t pid;
	double t0;

	ASSERT_NE(NULL, buf);
	ASSERT_NE(NULL, got);
	ASSERT_NE(NULL, lp);
	for (i = 0; i < (int)len; i++)
		buf[i] = stream_byte(0, i);
	for (i = 0; i < (int)lp_len; i++)
		lp_buf[i] = stream_byte(7, i);
	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	fd = open(rel_sim_lpt(), O_WRONLY);
	ASSERT_LE(0, fd);
	lfd = open(lp, O_WRONLY);
	ASSERT_LE(0, lfd);
	ASSERT_EQ(0, pipe(pfd));
	fflush(stdout);
	fflush(stderr);
	t0 = now();
	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		n = write(fd, buf, len);
		if (write(pfd[1], &n, sizeof(n)) != sizeof(n))
			_exit(1);
		_exit(0);
	}
	for (i = 0; i < 4000 && sim_counter("received") < 4096; i++)
		usleep(1000);
	at = sim_counter("received");
	EXPECT_EQ((ssize_t)lp_len, write(lfd, lp_buf, lp_len));
	/* lp keeps the port after a write until its file closes (decisions.rst). */
	close(lfd);
	ASSERT_EQ((ssize_t)sizeof(n), read(pfd[0], &n, sizeof(n)));
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	TH_LOG("lp wrote while the winpar write was at byte %lld; winpar's write returned %zd "
	       "after %.2f s", at, n, now() - t0);
	close(fd);
	close(pfd[0]);
	close(pfd[1]);
	EXPECT_EQ((ssize_t)len, n);
	got_len = sim_read("received", got, len + lp_len + 16);
	ASSERT_EQ((ssize_t)(len + lp_len), got_len);
	for (i = 0; i < (int)(len + lp_len); i++)
		if (got[i] >> 5 == 7)
			break;
	TH_LOG("the lp job starts at byte %d of the record", i);
	/* lp's 100 bytes are before or after winpar's 262144, in one piece. */
	EXPECT_TRUE(i == 0 || i == (int)len)
		TH_LOG("lp's job landed inside winpar's write: the core's compatibility writer "
		       "yielded the port after the timeslice");
	free(buf);
	free(got);
}

/*
 * lp and winpar take turns for short writes (1 to 64 bytes each) for a few
 * seconds: the port changes hands thousands of times, winpar often
 * claiming just as lp lets go.  Each hand-over must leave the lines as
 * they were: no strobe from a control state saved in the middle of the
 * other client's transfer (parport_sim's restore_strobes), every byte
 * once, each stream in order.  WINPAR_ALT_SECONDS sets the duration.
 */
#define ALT_MAX		(448 * 1024)	/* per writer: both fit the record (1 MiB) */
#define ALT_RUN		64

static uint32_t alternate_child(const char *node, int w, double until, unsigned int seed)
{
	unsigned char b[ALT_RUN];
	uint32_t done = 0, i, n;
	ssize_t r;
	int fd;

	fd = open(node, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		_exit(1);
	short_wait(fd);
	while (now() < until && done < ALT_MAX - ALT_RUN) {
		n = 1 + rand_r(&seed) % ALT_RUN;
		for (i = 0; i < n; i++)
			b[i] = stream_byte(w, done + i);
		r = write(fd, b, n);
		if (r < 0 && errno == EBUSY)
			continue;	/* lp kept the port past the write time-out */
		if (r <= 0)
			_exit(2);
		done += r;
	}
	close(fd);
	return done;
}

TEST_F_TIMEOUT(contention, lp_and_winpar_take_turns, 300)
{
	const char *env = getenv("WINPAR_ALT_SECONDS");
	double secs = env ? atof(env) : 6, t0;
	uint32_t *done, seen[8] = { 0 };
	unsigned char *got = malloc(2 * ALT_MAX);
	long long strobes, restored;
	int status, bad = 0, k;
	ssize_t got_len;
	pid_t pid[2];
	size_t i;

	ASSERT_NE(NULL, got);
	ASSERT_NE(NULL, rel_sim_lp());
	done = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	ASSERT_NE(MAP_FAILED, done);
	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	fflush(stdout);
	fflush(stderr);
	t0 = now();
	for (k = 0; k < 2; k++) {
		pid[k] = fork();
		ASSERT_LE(0, pid[k]);
		if (!pid[k]) {
			done[k] = alternate_child(k ? rel_sim_lp() : rel_sim_lpt(), k ? 4 : 0,
						  t0 + secs, 77 + k);
			_exit(0);
		}
	}
	for (k = 0; k < 2; k++) {
		ASSERT_EQ(pid[k], waitpid(pid[k], &status, 0));
		EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
			TH_LOG("%s writer: exit %d", k ? "lp" : "winpar", WEXITSTATUS(status));
	}
	got_len = sim_read("received", got, 2 * ALT_MAX);
	strobes = sim_counter("strobes");
	restored = sim_counter("restore_strobes");
	TH_LOG("%.1f s: winpar wrote %u bytes, lp %u, in writes of 1 to %d bytes; %zd received, "
	       "%lld strobes, %lld of them from a restored control state",
	       now() - t0, done[0], done[1], ALT_RUN, got_len, strobes, restored);
	EXPECT_EQ(0, restored);
	EXPECT_EQ((long long)done[0] + done[1], strobes);
	ASSERT_EQ((ssize_t)done[0] + done[1], got_len);
	for (i = 0; i < (size_t)got_len; i++) {
		int w = got[i] >> 5;

		if (got[i] != stream_byte(w, seen[w])) {
			if (bad++ < 5)
				TH_LOG("record offset %zu: byte 0x%02x is not writer %d's byte %u",
				       i, got[i], w, seen[w]);
			continue;
		}
		seen[w]++;
	}
	EXPECT_EQ(0, bad);
	EXPECT_EQ(done[0], seen[0]);
	EXPECT_EQ(done[1], seen[4]);
	munmap(done, 4096);
	free(got);
}

TEST_F(contention, unload)
{
	ASSERT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
