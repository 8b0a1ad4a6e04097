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
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>

#include "winpar_test.h"

#include <winpar/parallel.h>
#include <winpar/ntddser.h>

#define WORKERS		4
#define BUF_SIZE	(70 * 1024)

static const uint32_t known_codes[] = {
	IOCTL_PAR_QUERY_INFORMATION, IOCTL_PAR_SET_INFORMATION, IOCTL_PAR_QUERY_DEVICE_ID,
	IOCTL_PAR_QUERY_DEVICE_ID_SIZE, IOCTL_IEEE1284_GET_MODE, IOCTL_IEEE1284_NEGOTIATE,
	IOCTL_PAR_SET_WRITE_ADDRESS, IOCTL_PAR_SET_READ_ADDRESS, IOCTL_PAR_GET_DEVICE_CAPS,
	IOCTL_PAR_GET_DEFAULT_MODES, IOCTL_PAR_QUERY_RAW_DEVICE_ID, IOCTL_PAR_IS_PORT_FREE,
	IOCTL_PAR_QUERY_LOCATION, IOCTL_SERIAL_SET_TIMEOUTS, IOCTL_SERIAL_GET_TIMEOUTS,
	IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO,
	IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT, IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT,
	IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO, IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO,
	IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE, IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE,
	IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, IOCTL_INTERNAL_INIT_1284_3_BUS,
	IOCTL_INTERNAL_SELECT_DEVICE, IOCTL_INTERNAL_DESELECT_DEVICE,
	IOCTL_INTERNAL_PARALLEL_PORT_FREE, IOCTL_INTERNAL_PARCLASS_CONNECT,
	IOCTL_INTERNAL_PARCLASS_DISCONNECT, IOCTL_INTERNAL_DISCONNECT_IDLE,
	IOCTL_INTERNAL_LOCK_PORT, IOCTL_INTERNAL_UNLOCK_PORT,
	IOCTL_INTERNAL_LOCK_PORT_NO_SELECT, IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT,
};

/*
 * Requests that talk IEEE 1284 with the device: on QEMU's port each costs a
 * failed negotiation (about 50 ms), so the storm sends few of them.
 */
static int slow_code(uint32_t code)
{
	return code == IOCTL_PAR_QUERY_DEVICE_ID || code == IOCTL_PAR_QUERY_DEVICE_ID_SIZE ||
	       code == IOCTL_PAR_QUERY_RAW_DEVICE_ID || code == IOCTL_IEEE1284_NEGOTIATE ||
	       code == IOCTL_PAR_GET_DEVICE_CAPS;
}

static const uint32_t lengths[] = {
	0, 1, 2, 3, 4, 5, 7, 8, 16, 19, 20, 21, 31, 32, 55, 56, 64, 119, 120, 4096,
	65533, 65534, 65535, 65536, 65537, 65539, BUF_SIZE, 0xffffffff,
};

static uint64_t rng;

static uint32_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

struct bufs {
	unsigned char *rw, *ro, *none;
};

/* A buffer of one of the kinds the storm uses, and whether writes land in @b->rw. */
static void *pick_buf(struct bufs *b, uint32_t len, int *in_rw)
{
	*in_rw = 0;
	switch (rnd() % 8) {
	case 0:
		return NULL;
	case 1:
		return b->ro;
	case 2:
		return b->none;
	case 3:
		return (void *)(uintptr_t)0xffffffff81000000ull;
	case 4:
		*in_rw = len <= BUF_SIZE - 1;
		return *in_rw ? b->rw + 1 : b->rw;	/* misaligned */
	default:
		*in_rw = len <= BUF_SIZE;
		return b->rw;
	}
}

static long violations;

#define CHECK(cond, ...) do {						\
	if (!(cond)) {							\
		violations++;						\
		if (violations < 20) {					\
			printf("# violation: " __VA_ARGS__);		\
			printf("\n");					\
		}							\
	}								\
} while (0)

static void one_request(int fd, struct bufs *b)
{
	struct winpar_ioctl w;
	uint32_t code, in_len, out_len;
	void *in, *out;
	int in_rw, out_rw, err, rc, major;
	uint32_t i;

	switch (rnd() % 4) {
	case 0:
		code = rnd();
		break;
	case 1:
		code = 0x00160000 | (rnd() & 0x3ffc);
		break;
	default:
		code = known_codes[rnd() % (sizeof(known_codes) / sizeof(known_codes[0]))];
		if (slow_code(code) && rnd() % 1000)
			code = IOCTL_PAR_GET_DEFAULT_MODES;
		break;
	}
	in_len = lengths[rnd() % (sizeof(lengths) / sizeof(lengths[0]))];
	out_len = lengths[rnd() % (sizeof(lengths) / sizeof(lengths[0]))];
	in = pick_buf(b, in_len, &in_rw);
	out = pick_buf(b, out_len, &out_rw);
	/* Never let the storm change the write time-out to something slow. */
	if (code == IOCTL_SERIAL_SET_TIMEOUTS)
		in = NULL;

	if (rnd() % 8 == 0) {
		/* The raw Windows code as ioctl number, on one buffer. */
		if (code == IOCTL_SERIAL_SET_TIMEOUTS)
			code = IOCTL_SERIAL_GET_TIMEOUTS;
		if (out_rw)
			memset(out, 0xa5, 64);
		errno = 0;
		rc = ioctl(fd, code, out);
		CHECK(rc == 0 || errno != 0, "raw 0x%08x: rc %d without errno", code, rc);
		return;
	}

	if (out_rw)
		for (i = 0; i < out_len && i < 256; i++)
			((unsigned char *)out)[i] = 0xa5;
	major = rnd() % 2 ? WINPAR_IOCTL_DEVICE_CONTROL : WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL;
	rc = wp_call(fd, major, code, in, in_len, out, out_len, &w, &err);

	CHECK(w.status != 0x7eadbeef, "0x%08x: status not written", code);
	CHECK((rc == 0) == NT_SUCCESS(w.status), "0x%08x: rc %d for status 0x%08x",
	      code, rc, w.status);
	CHECK(rc == 0 || err != 0, "0x%08x: failed without errno", code);
	CHECK(w.information <= out_len, "0x%08x: information %u > output %u",
	      code, w.information, out_len);
	if (NT_ERROR(w.status))
		CHECK(w.information == 0, "0x%08x: status 0x%08x with information %u",
		      code, w.status, w.information);
	CHECK((w.status == STATUS_ACCESS_VIOLATION) == (err == EFAULT),
	      "0x%08x: status 0x%08x with errno %d", code, w.status, err);
	if (out_rw && w.information < 256)
		for (i = w.information; i < out_len && i < 256; i++)
			if (((unsigned char *)out)[i] != 0xa5) {
				CHECK(0, "0x%08x: byte %u past information %u written",
				      code, i, w.information);
				break;
			}
}

static int worker(int id, long count, uint64_t seed)
{
	struct bufs b;
	const char *node;
	long i;
	int fd;

	rng = seed * 2654435761u + id + 1;
	b.rw = malloc(BUF_SIZE);
	b.ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	b.none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!b.rw || b.ro == MAP_FAILED || b.none == MAP_FAILED)
		return 2;

	fd = -1;
	for (i = 0; i < count; i++) {
		if (fd < 0 || rnd() % 500 == 0) {
			if (fd >= 0)
				close(fd);
			/* LPT1 is exclusive: the workers take turns; the port node is shared. */
			node = rnd() % 3 ? LPT1 : PORT0;
			fd = open(node, O_RDWR);
			if (fd < 0)
				fd = open(PORT0, O_RDWR);
			if (fd < 0)
				return 2;
		}
		one_request(fd, &b);
	}
	close(fd);
	printf("# worker %d: %ld requests, %ld violations\n", id, count, violations);
	return violations ? 1 : 0;
}

/* Set a winpar module parameter; the old value goes to @old (if not NULL). */
static void param(const char *name, const char *val, char *old, size_t size)
{
	char path[128];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/sys/module/winpar/parameters/%s", name);
	fd = open(path, O_RDWR);
	if (fd < 0)
		return;
	if (old) {
		n = read(fd, old, size - 1);
		old[n > 0 ? n : 0] = 0;
	}
	if (pwrite(fd, val, strlen(val), 0) < 0)
		perror(path);
	close(fd);
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
	param("acquire_timeout_ms", "5", old_acquire, sizeof(old_acquire));
	param("allocate_timeout_ms", "5", old_allocate, sizeof(old_allocate));
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
	param("acquire_timeout_ms", old_acquire, NULL, 0);
	param("allocate_timeout_ms", old_allocate, NULL, 0);
	secs = t1.tv_sec - t0.tv_sec + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("# %ld requests in %.1f s (%.0f per second)\n", count, secs, count / secs);
	printf("%s 1 fuzz_requests: %ld requests (seed %llu), every answer follows the transport's rules\n",
	       bad ? "not ok" : "ok", count, (unsigned long long)seed);
	return bad ? 1 : 0;
}
