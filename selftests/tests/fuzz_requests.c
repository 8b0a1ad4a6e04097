// SPDX-License-Identifier: GPL-2.0
/*
 * A storm of requests on QEMU's port: every code winpar knows and random
 * ones, random lengths, NULL, unmapped, read-only and kernel buffers, both
 * transports and raw codes, from several processes, with random close and
 * reopen.  Every answer is checked against the transport's rules
 * (Documentation/transport.rst): success and errno agree with the status,
 * Information never exceeds the output buffer and is 0 on failure, no byte
 * past Information is written.  Prints its seed and count.
 *
 *   fuzz_requests [COUNT [SEED]]     (default 10^6 requests, seed from the clock)
 */
#include <sys/wait.h>
#include <time.h>

#include "fuzz_storm.h"

#define WORKERS		4

static int worker(int id, long count, uint64_t seed)
{
	struct storm st;
	const char *node;
	long i;
	int fd;

	if (storm_init(&st, seed, id, 1000))
		return 2;
	fd = -1;
	for (i = 0; i < count; i++) {
		if (fd < 0 || storm_rnd(&st) % 500 == 0) {
			if (fd >= 0)
				close(fd);
			/* LPT1 is exclusive: the workers take turns; the port node is shared. */
			node = storm_rnd(&st) % 3 ? LPT1 : PORT0;
			fd = open(node, O_RDWR);
			if (fd < 0)
				fd = open(PORT0, O_RDWR);
			if (fd < 0)
				return 2;
		}
		storm_request(&st, fd);
	}
	close(fd);
	printf("# worker %d: %ld requests, %ld violations\n", id, count, st.violations);
	return st.violations ? 1 : 0;
}

int main(int argc, char **argv)
{
	char old_acquire[32] = "500", old_allocate[32] = "0";
	long count = argc > 1 ? atol(argv[1]) : 1000000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : (uint64_t)time(NULL);
	struct timespec t0, t1;
	int i, status, bad = 0;
	pid_t pids[WORKERS];
	double secs;

	printf("TAP version 13\n1..1\n");
	printf("# fuzz_requests: seed %llu, %ld requests in %d processes\n",
	       (unsigned long long)seed, count, WORKERS);
	/*
	 * Workers allocate and lock the port at random and hold it until they
	 * free it or close: the others wait.  Short waits keep the storm going
	 * (allocate requests are then cancelled, others answered busy).
	 */
	storm_param("acquire_timeout_ms", "5", old_acquire, sizeof(old_acquire));
	storm_param("allocate_timeout_ms", "5", old_allocate, sizeof(old_allocate));
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < WORKERS; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(worker(i, count / WORKERS, seed));
	}
	for (i = 0; i < WORKERS; i++) {
		if (waitpid(pids[i], &status, 0) != pids[i] || !WIFEXITED(status) ||
		    WEXITSTATUS(status))
			bad++;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	storm_param("acquire_timeout_ms", old_acquire, NULL, 0);
	storm_param("allocate_timeout_ms", old_allocate, NULL, 0);
	secs = storm_seconds(&t0, &t1);
	printf("# %ld requests in %.1f s (%.0f per second)\n", count, secs, count / secs);
	printf("%s 1 fuzz_requests: %ld requests (seed %llu), every answer follows the transport's rules\n",
	       bad ? "not ok" : "ok", count, (unsigned long long)seed);
	return bad ? 1 : 0;
}
