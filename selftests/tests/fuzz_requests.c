// SPDX-License-Identifier: GPL-2.0
/*
 * A storm of requests on QEMU's port, drawn to reach the handlers: every
 * request of WINDOWS-API.md on its node with lengths at and near its
 * minimums and random but meaningful inputs (IDs, masks, chip modes,
 * interrupt routines, routine calls with the context winpar gave the file),
 * one in four spoiled in one way (a short buffer, the other major function,
 * non-zero flags, a read-only, unmapped or kernel buffer, a buffer ending
 * at the edge of the mapping, a 32-bit caller's pointer above 2^32), a
 * quarter drawn as before (any code, any length, any buffer), raw codes,
 * from several processes, with random close and reopen.  Every answer is
 * checked against the expected one: the request path's refusal in the
 * order its checks are made, or past the checks a status request_ref.h
 * (WINDOWS-API.md, transcribed) allows for that request; and the
 * transport's rules (Documentation/transport.rst): errno is the status's,
 * Information never exceeds the output buffer and is 0 on failure, no byte
 * past Information is written.
 *
 * 1. every answer as expected;
 * 2. per (major, code), the requests that reached the handler: each at
 *    least its minimum (and routine calls that ran, per node);
 * 3. control: the old draw (the first version of this storm) leaves codes
 *    below their minimum, so 2 can fail;
 * 4. control: a table copy with a wrong minimum and a status taken out
 *    makes 1 report those two requests, so 1 can fail.
 *
 * Prints its seed and counts.
 *
 *   fuzz_requests [COUNT [SEED]]     (default 200000 requests, seed from the clock)
 */
#include <sys/wait.h>
#include <time.h>

#include "fuzz_storm.h"

#define WORKERS		4

/*
 * Per 10^6 requests: reached requests each code must have.  Those that
 * talk IEEE 1284 with the device are drawn one time in 101 (at least one
 * must reach its handler in a run of 10^5 or more), those that take the
 * port one in 8, and need an eighth (request_ref.h).
 */
#define MIN_PER_MILLION		200

static int worker(int id, long count, uint64_t seed, const struct ref_request *ref,
		  struct storm_counts *counts, int weak)
{
	struct storm_file sf = { .fd = -1 };
	struct storm st;
	long i;

	if (storm_init(&st, seed, id, 1000))
		return 2;
	st.ref = ref;
	st.counts = counts;
	st.weak = weak;
	/* the controls: only their counts tell */
	if (counts && ref != ref_requests)
		st.violations = 1000;
	for (i = 0; i < count; i++) {
		if (sf.fd < 0 || storm_rnd(&st) % 500 == 0) {
			if (sf.fd >= 0)
				close(sf.fd);
			/* LPT1 is exclusive: the workers take turns; the port node is shared. */
			if (storm_rnd(&st) % 3 == 0 || storm_file_open(&sf, LPT1, 1)) {
				if (sf.fd >= 0)
					close(sf.fd);
				if (storm_file_open(&sf, PORT0, 0))
					return 2;
			}
		}
		storm_checked(&st, &sf);
	}
	close(sf.fd);
	if (ref == ref_requests)
		printf("# worker %d: %ld requests, %ld violations\n", id, count, st.violations);
	return st.violations ? 1 : 0;
}

/* Codes below their minimum for @count requests (printed when @print). */
static int below_minimum(const struct storm_counts *c, long count, int print)
{
	long min = count / 1000000.0 * MIN_PER_MILLION + 1;
	long slow_min = count >= 100000;
	unsigned int i;
	int below = 0;

	for (i = 0; i < REF_NR_REQUESTS; i++) {
		const struct ref_request *r = &ref_requests[i];
		long want = r->slow == 1 ? slow_min : r->slow == 2 ? min / 8 + 1 : min;

		if (print)
			printf("# %-8s 0x%08x %-29s sent %7ld reached %7ld (minimum %ld), %.2f s\n",
			       r->major ? "internal" : "public", r->code, r->name, c->sent[i],
			       c->reached[i], want, c->us[i] / 1e6);
		if (c->reached[i] < want)
			below++;
	}
	for (i = 0; i < 2; i++) {
		if (print)
			printf("# routine calls that ran on the %s node: %ld (minimum %ld)\n",
			       i ? "device" : "port", c->routines_run[i], min);
		if (c->routines_run[i] < min)
			below++;
	}
	return below;
}

static void serial_timeouts(int set, SERIAL_TIMEOUTS *to)
{
	struct winpar_ioctl w;
	int fd, err;

	fd = open(LPT1, O_RDWR);
	if (fd < 0)
		return;
	if (set)
		wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_SERIAL_SET_TIMEOUTS, to,
			sizeof(*to), NULL, 0, &w, &err);
	else
		wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_SERIAL_GET_TIMEOUTS, NULL, 0,
			to, sizeof(*to), &w, &err);
	close(fd);
}

int main(int argc, char **argv)
{
	char old_acquire[32] = "500", old_allocate[32] = "0", old_connect[32] = "0";
	long count = argc > 1 ? atol(argv[1]) : 200000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : (uint64_t)time(NULL);
	static struct ref_request broken[REF_NR_REQUESTS];
	struct storm_counts *c, weak = { 0 }, ctl = { 0 };
	long ctl_count = 40000;
	int i, status, bad = 0, below, weak_below, mode_i = -1, free_i = -1;
	SERIAL_TIMEOUTS timeouts = { .WriteTotalTimeoutConstant = 300000 };
	struct timespec t0, t1;
	pid_t pids[WORKERS];
	double secs;

	printf("TAP version 13\n1..4\n");
	printf("# fuzz_requests: seed %llu, %ld requests in %d processes (%d-bit)\n",
	       (unsigned long long)seed, count, WORKERS, (int)sizeof(long) * 8);
	c = mmap(NULL, sizeof(*c), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (c == MAP_FAILED)
		return 1;
	memset(c, 0, sizeof(*c));
	serial_timeouts(0, &timeouts);
	/*
	 * Workers allocate and lock the port at random and hold it until they
	 * free it or close: the others wait.  Short waits keep the storm going
	 * (allocate requests are then cancelled, others answered busy).
	 */
	storm_param("acquire_timeout_ms", "1", old_acquire, sizeof(old_acquire));
	storm_param("allocate_timeout_ms", "1", old_allocate, sizeof(old_allocate));
	/* Interrupt routines connect (and so disconnect) only with this on. */
	storm_param("enable_connect_interrupt", "1", old_connect, sizeof(old_connect));
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < WORKERS; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(worker(i, count / WORKERS, seed, ref_requests, c, 0));
	}
	for (i = 0; i < WORKERS; i++) {
		if (waitpid(pids[i], &status, 0) != pids[i] || !WIFEXITED(status) ||
		    WEXITSTATUS(status))
			bad++;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = storm_seconds(&t0, &t1);
	printf("# %ld requests in %.1f s (%.0f per second): %ld unknown, %ld with flags, %ld raw, %ld with pointers above 2^32\n",
	       count, secs, count / secs, c->unknown, c->flagged, c->raw, c->high);
	printf("%s 1 fuzz_requests: %ld requests (seed %llu), every answer the expected one\n",
	       bad ? "not ok" : "ok", count, (unsigned long long)seed);

	below = below_minimum(c, count / WORKERS * WORKERS, 1);
	printf("%s 2 fuzz_requests: every request reached its handler its minimum number of times (%d below)\n",
	       below ? "not ok" : "ok", below);

	/* Control: the old draw, the same minimums for its count. */
	worker(0, ctl_count, seed + 1, ref_requests, &weak, 1);
	weak_below = below_minimum(&weak, ctl_count, 0);
	printf("%s 3 fuzz_requests: control: %ld requests drawn as before leave %d codes below their minimum\n",
	       weak_below ? "ok" : "not ok", ctl_count, weak_below);

	/* Control: GET_DEFAULT_MODES's minimum one too low, SUCCESS not allowed for IS_PORT_FREE. */
	memcpy(broken, ref_requests, sizeof(broken));
	for (i = 0; i < (int)REF_NR_REQUESTS; i++) {
		if (broken[i].code == IOCTL_PAR_GET_DEFAULT_MODES) {
			broken[i].out_min--;
			broken[i].out_min32--;
			mode_i = i;
		}
		if (broken[i].code == IOCTL_PAR_IS_PORT_FREE && !broken[i].major) {
			broken[i].generic = 0;
			broken[i].statuses[0] = REF_END;
			free_i = i;
		}
	}
	worker(1, ctl_count / 2, seed + 2, broken, &ctl, 0);
	printf("%s 4 fuzz_requests: control: a broken table copy is caught (GET_DEFAULT_MODES minimum -1: %ld answers reported; IS_PORT_FREE without success: %ld)\n",
	       mode_i >= 0 && free_i >= 0 && ctl.bad[mode_i] && ctl.bad[free_i] ? "ok" : "not ok",
	       mode_i >= 0 ? ctl.bad[mode_i] : 0, free_i >= 0 ? ctl.bad[free_i] : 0);

	storm_param("acquire_timeout_ms", old_acquire, NULL, 0);
	storm_param("allocate_timeout_ms", old_allocate, NULL, 0);
	storm_param("enable_connect_interrupt", old_connect, NULL, 0);
	serial_timeouts(1, &timeouts);
	return bad || below || !weak_below || mode_i < 0 || free_i < 0 || !ctl.bad[mode_i] ||
	       !ctl.bad[free_i];
}
