/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The request storm of fuzz_requests (QEMU's port) and fuzz_sim (the
 * simulated port under faults): random requests, known and unknown codes,
 * random lengths, NULL, unmapped, read-only, misaligned and kernel
 * buffers, both transports and raw codes, each answer checked against the
 * transport's rules (Documentation/transport.rst): success and errno agree
 * with the status, Information never exceeds the output buffer and is 0 on
 * failure, no byte past Information is written.  One struct storm per
 * thread: its random numbers, buffers and count of violations.
 */
#ifndef _FUZZ_STORM_H
#define _FUZZ_STORM_H

#include <sys/mman.h>

#include "winpar_test.h"

#include <winpar/parallel.h>
#include <winpar/ntddser.h>

#define STORM_BUF_SIZE	(70 * 1024)

static const uint32_t storm_known_codes[] = {
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

#define STORM_NR_CODES	(sizeof(storm_known_codes) / sizeof(storm_known_codes[0]))

/*
 * Requests that talk IEEE 1284 with the device: on QEMU's port each costs a
 * failed negotiation (about 50 ms), so a storm sends few of them.
 */
static inline int storm_slow_code(uint32_t code)
{
	return code == IOCTL_PAR_QUERY_DEVICE_ID || code == IOCTL_PAR_QUERY_DEVICE_ID_SIZE ||
	       code == IOCTL_PAR_QUERY_RAW_DEVICE_ID || code == IOCTL_IEEE1284_NEGOTIATE ||
	       code == IOCTL_PAR_GET_DEVICE_CAPS;
}

static const uint32_t storm_lengths[] = {
	0, 1, 2, 3, 4, 5, 7, 8, 16, 19, 20, 21, 31, 32, 55, 56, 64, 119, 120, 4096,
	65533, 65534, 65535, 65536, 65537, 65539, STORM_BUF_SIZE, 0xffffffff,
};

#define STORM_NR_LENGTHS	(sizeof(storm_lengths) / sizeof(storm_lengths[0]))

/* A kernel address (x86_64 text): never a valid user buffer. */
#define STORM_KERNEL_BUF	((void *)(uintptr_t)0xffffffff81000000ull)

struct storm {
	uint64_t rng;
	unsigned char *rw, *ro, *none;
	/* One in slow_every slow codes is sent as drawn; the others are replaced. */
	unsigned int slow_every;
	long violations;
};

static inline uint32_t storm_rnd(struct storm *st)
{
	st->rng ^= st->rng << 13;
	st->rng ^= st->rng >> 7;
	st->rng ^= st->rng << 17;
	return (uint32_t)(st->rng >> 11);
}

/* Seed the generator and map the buffers; 0, or -1 if memory is short. */
static inline int storm_init(struct storm *st, uint64_t seed, unsigned int id,
			     unsigned int slow_every)
{
	st->rng = seed * 2654435761u + id + 1;
	st->slow_every = slow_every;
	st->violations = 0;
	st->rw = malloc(STORM_BUF_SIZE);
	st->ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	st->none = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	return st->rw && st->ro != MAP_FAILED && st->none != MAP_FAILED ? 0 : -1;
}

/* A buffer of one of the kinds the storm uses, and whether writes land in st->rw. */
static inline void *storm_pick_buf(struct storm *st, uint32_t len, int *in_rw)
{
	*in_rw = 0;
	switch (storm_rnd(st) % 8) {
	case 0:
		return NULL;
	case 1:
		return st->ro;
	case 2:
		return st->none;
	case 3:
		return STORM_KERNEL_BUF;
	case 4:
		*in_rw = len <= STORM_BUF_SIZE - 1;
		return *in_rw ? st->rw + 1 : st->rw;	/* misaligned */
	default:
		*in_rw = len <= STORM_BUF_SIZE;
		return st->rw;
	}
}

#define STORM_CHECK(st, cond, ...) do {					\
	if (!(cond)) {							\
		(st)->violations++;					\
		if ((st)->violations < 20) {				\
			printf("# violation: " __VA_ARGS__);		\
			printf("\n");					\
		}							\
	}								\
} while (0)

/* One random request on @fd, its answer checked. */
static inline void storm_request(struct storm *st, int fd)
{
	struct winpar_ioctl w;
	uint32_t code, in_len, out_len;
	void *in, *out;
	int in_rw, out_rw, err, rc, major;
	uint32_t i;

	switch (storm_rnd(st) % 4) {
	case 0:
		code = storm_rnd(st);
		break;
	case 1:
		code = 0x00160000 | (storm_rnd(st) & 0x3ffc);
		break;
	default:
		code = storm_known_codes[storm_rnd(st) % STORM_NR_CODES];
		if (storm_slow_code(code) && storm_rnd(st) % st->slow_every)
			code = IOCTL_PAR_GET_DEFAULT_MODES;
		break;
	}
	in_len = storm_lengths[storm_rnd(st) % STORM_NR_LENGTHS];
	out_len = storm_lengths[storm_rnd(st) % STORM_NR_LENGTHS];
	in = storm_pick_buf(st, in_len, &in_rw);
	out = storm_pick_buf(st, out_len, &out_rw);
	/* Never let the storm change the write time-out to something slow. */
	if (code == IOCTL_SERIAL_SET_TIMEOUTS)
		in = NULL;

	if (storm_rnd(st) % 8 == 0) {
		/* The raw Windows code as ioctl number, on one buffer. */
		if (code == IOCTL_SERIAL_SET_TIMEOUTS)
			code = IOCTL_SERIAL_GET_TIMEOUTS;
		if (out_rw)
			memset(out, 0xa5, 64);
		errno = 0;
		rc = ioctl(fd, code, out);
		STORM_CHECK(st, rc == 0 || errno != 0, "raw 0x%08x: rc %d without errno", code, rc);
		return;
	}

	if (out_rw)
		for (i = 0; i < out_len && i < 256; i++)
			((unsigned char *)out)[i] = 0xa5;
	major = storm_rnd(st) % 2 ? WINPAR_IOCTL_DEVICE_CONTROL :
				    WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL;
	rc = wp_call(fd, major, code, in, in_len, out, out_len, &w, &err);

	STORM_CHECK(st, w.status != 0x7eadbeef, "0x%08x: status not written", code);
	STORM_CHECK(st, (rc == 0) == NT_SUCCESS(w.status), "0x%08x: rc %d for status 0x%08x",
		    code, rc, w.status);
	STORM_CHECK(st, rc == 0 || err != 0, "0x%08x: failed without errno", code);
	STORM_CHECK(st, w.information <= out_len, "0x%08x: information %u > output %u",
		    code, w.information, out_len);
	if (NT_ERROR(w.status))
		STORM_CHECK(st, w.information == 0, "0x%08x: status 0x%08x with information %u",
			    code, w.status, w.information);
	STORM_CHECK(st, (w.status == STATUS_ACCESS_VIOLATION) == (err == EFAULT),
		    "0x%08x: status 0x%08x with errno %d", code, w.status, err);
	if (out_rw && w.information < 256)
		for (i = w.information; i < out_len && i < 256; i++)
			if (((unsigned char *)out)[i] != 0xa5) {
				STORM_CHECK(st, 0, "0x%08x: byte %u past information %u written",
					    code, i, w.information);
				break;
			}
}

/* Set a winpar module parameter; its old value goes to @old (if not NULL). */
static inline void storm_param(const char *name, const char *val, char *old, size_t size)
{
	char path[128];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/sys/module/winpar/parameters/%s", name);
	fd = open(path, O_RDWR);
	if (fd < 0) {
		perror(path);
		return;
	}
	if (old) {
		n = read(fd, old, size - 1);
		old[n > 0 ? n : 0] = 0;
	}
	if (pwrite(fd, val, strlen(val), 0) < 0)
		perror(path);
	close(fd);
}

static inline double storm_seconds(const struct timespec *t0, const struct timespec *t1)
{
	return t1->tv_sec - t0->tv_sec + (t1->tv_nsec - t0->tv_nsec) / 1e9;
}

#endif /* _FUZZ_STORM_H */
