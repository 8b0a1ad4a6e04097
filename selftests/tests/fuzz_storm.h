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
#include <time.h>

#include "winpar_test.h"

#include <winpar/parallel.h>
#include <winpar/ntddser.h>

#include "request_ref.h"

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

/*
 * What storm_checked() counts, per entry of its table (in memory the
 * workers share): requests sent, those that reached the handler, those
 * whose answer broke a rule; and IOCTL_WINPAR_CALL_ROUTINE calls that ran
 * their routine, per node kind.
 */
struct storm_counts {
	long sent[REF_NR_REQUESTS], reached[REF_NR_REQUESTS], bad[REF_NR_REQUESTS];
	long us[REF_NR_REQUESTS];	/* time in the kernel, microseconds */
	long routines_run[2];
	long requests, unknown, flagged, raw, high;
};

struct storm {
	uint64_t rng;
	unsigned char *rw, *ro, *none;
	/* One in slow_every slow codes is sent as drawn; the others are replaced. */
	unsigned int slow_every;
	long violations;
	/* storm_checked(): the table answers are checked against, and the counts */
	const struct ref_request *ref;
	struct storm_counts *counts;
	/* storm_checked() draws its requests as storm_request() does (a control) */
	int weak;
};

static inline uint32_t storm_rnd(struct storm *st)
{
	st->rng ^= st->rng << 13;
	st->rng ^= st->rng >> 7;
	st->rng ^= st->rng << 17;
	return (uint32_t)(st->rng >> 11);
}

/*
 * The storm's memory, one mapping: STORM_RW_PAGES read-write pages (inputs
 * from the start, outputs from STORM_OUT_OFF), an unmapped page, a
 * read-only page, an unmapped page.  What the kernel may reach is exact:
 * a buffer is readable and writable inside the first part, readable inside
 * the read-only page, and nothing else.
 */
#define STORM_PAGE		4096u
#define STORM_RW_PAGES		18u
#define STORM_RW_SIZE		(STORM_RW_PAGES * STORM_PAGE)
#define STORM_OUT_OFF		STORM_PAGE
#define STORM_MAP_SIZE		((STORM_RW_PAGES + 3) * STORM_PAGE)

/* Seed the generator and map the buffers; 0, or -1 if memory is short. */
static inline int storm_init(struct storm *st, uint64_t seed, unsigned int id,
			     unsigned int slow_every)
{
	unsigned char *m;

	memset(st, 0, sizeof(*st));
	st->rng = seed * 2654435761u + id + 1;
	st->slow_every = slow_every;
	m = mmap(NULL, STORM_MAP_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		 -1, 0);
	if (m == MAP_FAILED)
		return -1;
	st->rw = m;
	st->none = m + STORM_RW_SIZE;
	st->ro = st->none + STORM_PAGE;
	if (mprotect(st->none, STORM_PAGE, PROT_NONE) ||
	    mprotect(st->ro, STORM_PAGE, PROT_READ) ||
	    mprotect(st->ro + STORM_PAGE, STORM_PAGE, PROT_NONE))
		return -1;
	return 0;
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

/*
 * storm_checked(): requests drawn to reach the handlers, each answer
 * checked against the expected result.  The expectation follows the
 * request path's order (Documentation/transport.rst): flags, the buffers
 * (an unreachable one is STATUS_ACCESS_VIOLATION), then the request's
 * lookup by (node, major, code), its input and output minimums (their
 * short-buffer statuses), and past those the statuses the reference table
 * allows.  A request reached its handler when the table says it passed
 * every check, the answer is one the table allows past them, and it is
 * none of the statuses the request path answers with itself (invalid
 * parameter, buffer too small, access violation or denied, removed, no
 * memory): an answer counted could only have come from a handler.
 */

/* x86_64's user address space ends below this: access_ok() refuses the rest. */
#define STORM_USER_END		0x00007ffffffff000ull
#define STORM_KERNEL_ADDR	0xffffffff81000000ull
#define STORM_COMPAT		(sizeof(long) == 4)

enum { STORM_NONE, STORM_RO, STORM_RW };

/* A file storm_checked() sends to: its node and the context winpar gave it. */
struct storm_file {
	int fd;
	int kind;		/* 0: the port node, 1: a device node */
	uint64_t context;	/* from PARALLEL_PORT_INFORMATION or PARCLASS_INFORMATION */
	PARALLEL_INTERRUPT_SERVICE_ROUTINE isr;	/* the last one connected */
	int isr_connected;
};

/*
 * What the kernel can do with a buffer of @len bytes at @p: access_ok()
 * takes the whole length, the probes the first WINPAR_MAX_BUFFER bytes
 * (the most the kernel looks at, include/uapi/winpar/winpar.h).
 */
static inline int storm_reach(const struct storm *st, uint64_t p, uint32_t len)
{
	uint64_t rw = (uintptr_t)st->rw, ro = (uintptr_t)st->ro;

	if (p >= STORM_USER_END || p + len > STORM_USER_END)
		return STORM_NONE;
	if (!len)
		return STORM_RW;
	if (len > WINPAR_MAX_BUFFER)
		len = WINPAR_MAX_BUFFER;
	if (p >= rw && p + len <= rw + STORM_RW_SIZE)
		return STORM_RW;
	if (p >= ro && p + len <= ro + STORM_PAGE)
		return STORM_RO;
	return STORM_NONE;
}

/* errno of a status (transport.rst, "NTSTATUS and errno"); 0 for success. */
static inline int storm_errno_of(int32_t status)
{
	static const struct { int32_t status; int err; } map[] = {
		{ STATUS_BUFFER_OVERFLOW, EOVERFLOW }, { STATUS_DEVICE_PAPER_EMPTY, ENOSPC },
		{ STATUS_DEVICE_POWERED_OFF, ENXIO }, { STATUS_DEVICE_OFF_LINE, EIO },
		{ STATUS_DEVICE_BUSY, EBUSY }, { STATUS_UNSUCCESSFUL, EIO },
		{ STATUS_INVALID_PARAMETER, EINVAL }, { STATUS_NO_SUCH_DEVICE, ENODEV },
		{ STATUS_INVALID_DEVICE_REQUEST, EOPNOTSUPP }, { STATUS_ACCESS_DENIED, EACCES },
		{ STATUS_BUFFER_TOO_SMALL, ERANGE }, { STATUS_DELETE_PENDING, ENODEV },
		{ STATUS_INSUFFICIENT_RESOURCES, ENOMEM }, { STATUS_DEVICE_NOT_CONNECTED, ENXIO },
		{ STATUS_DEVICE_NOT_READY, EAGAIN }, { STATUS_IO_TIMEOUT, ETIMEDOUT },
		{ STATUS_CANCELLED, EINTR }, { STATUS_INVALID_DEVICE_STATE, EBADFD },
		{ STATUS_IO_DEVICE_ERROR, EIO }, { STATUS_DEVICE_PROTOCOL_ERROR, EPROTO },
		{ STATUS_DEVICE_REMOVED, ENODEV }, { STATUS_ACCESS_VIOLATION, EFAULT },
	};
	unsigned int i;

	if (status >= 0)
		return 0;
	for (i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (map[i].status == status)
			return map[i].err;
	return EIO;
}

/* Whether @r past its checks may fail with @err (a raw code). */
static inline int storm_errno_allowed(const struct ref_request *r, int err)
{
	static const int32_t all[] = {
		STATUS_DEVICE_PAPER_EMPTY, STATUS_DEVICE_POWERED_OFF, STATUS_DEVICE_OFF_LINE,
		STATUS_DEVICE_BUSY, STATUS_UNSUCCESSFUL, STATUS_INVALID_PARAMETER,
		STATUS_BUFFER_TOO_SMALL, STATUS_DELETE_PENDING, STATUS_DEVICE_NOT_CONNECTED,
		STATUS_CANCELLED, STATUS_IO_DEVICE_ERROR, STATUS_DEVICE_REMOVED,
	};
	unsigned int i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (storm_errno_of(all[i]) == err && ref_allows(r, all[i]))
			return 1;
	return 0;
}

/*
 * The statuses the request path itself answers with (transport.rst,
 * request.h): an answer counted as the handler's is none of them.
 */
static inline int storm_path_status(int32_t status)
{
	return status == STATUS_INVALID_PARAMETER || status == STATUS_BUFFER_TOO_SMALL ||
	       status == STATUS_ACCESS_VIOLATION || status == STATUS_ACCESS_DENIED ||
	       status == STATUS_DEVICE_REMOVED || status == STATUS_INSUFFICIENT_RESOURCES;
}

/* A pointer-sized field of a structure in the caller's layout. */
static inline void storm_put_ptr(void *field, uint64_t v)
{
	uintptr_t u = (uintptr_t)v;

	memcpy(field, &u, sizeof(u));
}

static const uint16_t storm_modes[] = {
	0, CENTRONICS, IEEE_COMPATIBILITY, NIBBLE, CHANNEL_NIBBLE, BYTE_BIDIR, EPP_HW, EPP_SW,
	EPP_ANY, BOUNDED_ECP, ECP_HW_NOIRQ, ECP_HW_IRQ, ECP_SW, ECP_ANY, NIBBLE | BYTE_BIDIR,
	0xffff,
};

static const uint8_t storm_chip_modes[] = {
	ECR_SPP_MODE, ECR_BYTE_MODE, ECR_BYTE_PIO_MODE, ECR_FASTCENT_MODE, ECR_ECP_MODE,
	ECR_ECP_PIO_MODE, ECR_EPP_MODE, ECR_EPP_PIO_MODE, ECR_TEST_MODE, ECR_CONFIG_MODE, 0x01,
};

#define STORM_PICK(st, a)	((a)[storm_rnd(st) % (sizeof(a) / sizeof((a)[0]))])

static inline uint16_t storm_mode_mask(struct storm *st)
{
	return storm_rnd(st) % 4 ? STORM_PICK(st, storm_modes) | STORM_PICK(st, storm_modes) :
				   (uint16_t)storm_rnd(st);
}

/*
 * Routines that talk IEEE 1284 with the device (on QEMU's port each waits
 * for an answer that does not come): sent one time in slow_every.
 */
static inline int storm_slow_routine(uint32_t routine)
{
	return routine == WINPAR_ROUTINE_DETERMINE_IEEE_MODES ||
	       routine == WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE ||
	       routine == WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE ||
	       routine == WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE ||
	       routine == WINPAR_ROUTINE_PARALLEL_READ;
}

/*
 * The input of a request at @p (@len bytes, in st->rw): random bytes, the
 * request's structure over them with random but meaningful values.  Never
 * a write time-out above 3 s, never bytes for ParallelWrite (QEMU records
 * what reaches its LPT).
 */
static inline void storm_fill_input(struct storm *st, struct storm_file *sf, int major,
				    uint32_t code, unsigned char *p, uint32_t len)
{
	static const uint32_t write_timeouts[] = { 0, 1000, 1999, 2000, 2001, 3000 };
	uint32_t i, n = len < 256 ? len : 256;
	union {
		unsigned char b[64];
		PARALLEL_1284_COMMAND cmd;
		PARALLEL_CHIP_MODE chip;
		SERIAL_TIMEOUTS to;
		PARCLASS_NEGOTIATION_MASK mask;
		PARALLEL_INTERRUPT_SERVICE_ROUTINE isr;
		struct winpar_routine_call call;
		struct winpar_registers regs;
	} u;
	uint32_t size = 0;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)storm_rnd(st);
	memcpy(u.b, p, n < sizeof(u.b) ? n : sizeof(u.b));
	if (major == REF_PUBLIC) {
		switch (code) {
		case IOCTL_PAR_SET_INFORMATION:
			u.b[0] = storm_rnd(st) % 4 ? PARALLEL_INIT : u.b[0];
			size = 1;
			break;
		case IOCTL_IEEE1284_NEGOTIATE:
			u.mask.usReadMask = storm_mode_mask(st);
			u.mask.usWriteMask = storm_mode_mask(st);
			/* half the time compatibility mode only: no device needed */
			if (storm_rnd(st) % 2) {
				u.mask.usReadMask = 0;
				u.mask.usWriteMask = CENTRONICS;
			}
			size = sizeof(u.mask);
			break;
		case IOCTL_PAR_GET_DEVICE_CAPS:
			u.mask.usReadMask = storm_mode_mask(st);
			size = 2;
			break;
		case IOCTL_SERIAL_SET_TIMEOUTS:
			u.to.WriteTotalTimeoutConstant = STORM_PICK(st, write_timeouts);
			size = sizeof(u.to);
			break;
		case IOCTL_WINPAR_PORT_REGISTERS:
			/* Mostly the port's registers (0x378 on), a few counts, flags. */
			u.regs.address = storm_rnd(st) % 8 ? 0x378 + storm_rnd(st) % 12 - 2 :
					 storm_rnd(st) % 2 ? 0x778 + storm_rnd(st) % 4 :
					 ((uint64_t)storm_rnd(st) << 32) | storm_rnd(st);
			u.regs.count = storm_rnd(st) % 8 ? 1 + storm_rnd(st) % 8 :
				       storm_rnd(st) % 2 ? 0 : storm_rnd(st);
			u.regs.flags = storm_rnd(st) % 8 ? storm_rnd(st) % 2 : storm_rnd(st);
			size = sizeof(u.regs);
			/*
			 * QEMU records what its LPT is strobed with: the bytes a
			 * write carries never hold nStrobe (control bit 0).
			 */
			for (i = size; i < n; i++)
				p[i] &= ~1;
			break;
		}
	} else {
		switch (code) {
		case IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE:
		case IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE:
			if (storm_rnd(st) % 8)
				u.chip.ModeFlags = STORM_PICK(st, storm_chip_modes);
			size = sizeof(u.chip);
			break;
		case IOCTL_INTERNAL_SELECT_DEVICE:
		case IOCTL_INTERNAL_DESELECT_DEVICE:
			if (storm_rnd(st) % 8) {
				u.cmd.ID = storm_rnd(st) % 6;
				u.cmd.Port = storm_rnd(st) % 8 ? 0 : u.cmd.Port;
				u.cmd.CommandFlags = storm_rnd(st) & (PAR_END_OF_CHAIN_DEVICE |
					PAR_HAVE_PORT_KEEP_PORT | PAR_LEGACY_ZIP_DRIVE);
			}
			size = sizeof(u.cmd);
			break;
		case IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT:
			if (sf->isr_connected && storm_rnd(st) % 2) {
				u.isr = sf->isr;
				size = sizeof(u.isr);
				break;
			}
			/* fall through */
		case IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT:
			if (storm_rnd(st) % 4) {
				storm_put_ptr(&u.isr.InterruptServiceRoutine, storm_rnd(st) % 32);
				storm_put_ptr(&u.isr.InterruptServiceContext, storm_rnd(st));
				storm_put_ptr(&u.isr.DeferredPortCheckRoutine,
					      storm_rnd(st) % 2 ? 0 : storm_rnd(st) % 32);
				storm_put_ptr(&u.isr.DeferredPortCheckContext, storm_rnd(st));
			}
			size = sizeof(u.isr);
			break;
		case IOCTL_WINPAR_CALL_ROUTINE:
			do
				u.call.routine = storm_rnd(st) % (WINPAR_ROUTINE_MAX + 2);
			while (storm_slow_routine(u.call.routine) && storm_rnd(st) % st->slow_every);
			u.call.length = u.call.routine == WINPAR_ROUTINE_PARALLEL_WRITE ? 0 :
					storm_rnd(st) % 64;
			u.call.context = storm_rnd(st) % 8 ? sf->context :
					 ((uint64_t)storm_rnd(st) << 32) | storm_rnd(st);
			u.call.args.chip_mode = STORM_PICK(st, storm_chip_modes);
			if (u.call.routine == WINPAR_ROUTINE_TRY_SELECT_DEVICE ||
			    u.call.routine == WINPAR_ROUTINE_DESELECT_DEVICE) {
				u.call.args.command.id = storm_rnd(st) % 6;
				u.call.args.command.flags = storm_rnd(st) & 7;
			} else if (u.call.routine == WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE) {
				u.call.args.negotiate.mode_mask_fwd = storm_mode_mask(st);
				u.call.args.negotiate.mode_mask_rev = storm_mode_mask(st);
				u.call.args.negotiate.mode_safety = storm_rnd(st) % 3;
				u.call.args.negotiate.is_forward = storm_rnd(st) % 2;
			}
			size = sizeof(u.call);
			break;
		}
	}
	if (size && len >= size)
		memcpy(p, u.b, size);
	else if (size && code == IOCTL_SERIAL_SET_TIMEOUTS)
		memset(p, 0, n);	/* never a random time-out, whole or in part */
}

/* A length for a buffer whose minimum is @min: at it, just above, or anything near. */
static inline uint32_t storm_len_near(struct storm *st, uint32_t min, uint32_t may)
{
	if (may > min && storm_rnd(st) % 2)
		min = may;
	switch (storm_rnd(st) % 8) {
	case 0: case 1: case 2:
		return min;
	case 3: case 4:
		return min + storm_rnd(st) % 8;
	case 5:
		return min + storm_rnd(st) % 256;
	case 6:
		return storm_rnd(st) % 2 ? 4096 : 65539;
	default:
		return min + storm_rnd(st) % 64;
	}
}

struct storm_req {
	int raw, major;
	uint32_t code, flags, in_len, out_len;
	uint64_t in, out;
};

/* A request drawn to pass the checks, then perhaps spoiled in one way. */
static inline const struct ref_request *storm_draw(struct storm *st, struct storm_file *sf,
						   struct storm_req *q)
{
	const struct ref_request *r;
	unsigned int tries = 0;
	uint32_t in_min, out_min;

	do {
		r = &st->ref[storm_rnd(st) % REF_NR_REQUESTS];
	} while ((!(r->nodes & (sf->kind ? REF_LPT : REF_PORT)) ||
		  (r->slow == 1 && storm_rnd(st) % (st->slow_every / 10 + 1)) ||
		  (r->slow == 2 && storm_rnd(st) % 8)) && ++tries < 1000);
	in_min = STORM_COMPAT ? r->in_min32 : r->in_min;
	out_min = STORM_COMPAT ? r->out_min32 : r->out_min;
	memset(q, 0, sizeof(*q));
	q->major = r->major;
	q->code = r->code;
	q->in_len = storm_len_near(st, in_min, in_min);
	q->out_len = storm_len_near(st, out_min, r->out_may);
	if (q->code == IOCTL_PAR_QUERY_DEVICE_ID && q->out_len < 4096 && storm_rnd(st) % 2)
		q->out_len = 65536 + 3;	/* room for any Device ID */
	q->in = (uintptr_t)st->rw + storm_rnd(st) % 2;
	q->out = (uintptr_t)st->rw + STORM_OUT_OFF + storm_rnd(st) % 2;
	if (!q->in_len && storm_rnd(st) % 2)
		q->in = 0;
	if (!q->out_len && storm_rnd(st) % 2)
		q->out = 0;
	q->raw = r->raw && sf->kind && storm_rnd(st) % 8 == 0;

	/* One time in four, one thing wrong. */
	switch (storm_rnd(st) % 48) {
	case 0:
		q->in_len = in_min ? in_min - 1 - storm_rnd(st) % in_min : 1;
		break;
	case 1:
		q->out_len = out_min ? out_min - 1 - storm_rnd(st) % out_min : 1;
		break;
	case 2:
		q->major ^= 1;	/* the other major function: another request or none */
		break;
	case 3:
		q->flags = storm_rnd(st) | 1;
		break;
	case 4:
		q->out = (uintptr_t)st->ro;
		break;
	case 5:
		q->in = storm_rnd(st) % 2 ? STORM_KERNEL_ADDR : (uintptr_t)st->none;
		break;
	case 6:
		q->out = storm_rnd(st) % 2 ? STORM_KERNEL_ADDR : (uintptr_t)st->none;
		break;
	case 7:
		/* the output ends exactly at the end of the writable memory, or one past */
		if (q->out_len && q->out_len <= STORM_RW_SIZE - STORM_OUT_OFF)
			q->out = (uintptr_t)st->rw + STORM_RW_SIZE - q->out_len +
				 storm_rnd(st) % 2;
		break;
	case 8:
	case 9:
		/*
		 * A 32-bit caller's pointer with bits above 31 set (a user
		 * address, below 2^47): never the buffer its low half names.
		 */
		if (STORM_COMPAT) {
			if (storm_rnd(st) % 2)
				q->in |= (uint64_t)(1 + storm_rnd(st) % 0x7ffe) << 32;
			else
				q->out |= (uint64_t)(1 + storm_rnd(st) % 0x7ffe) << 32;
		} else {
			q->code ^= 4 << (storm_rnd(st) % 10);	/* a neighbour code */
		}
		break;
	case 10:
		q->in_len = q->in_len + STORM_RW_SIZE;	/* past the readable memory */
		break;
	case 11:
		q->in = (uintptr_t)st->ro + storm_rnd(st) % 16;	/* read-only input: fine */
		break;
	}
	return r;
}

/* The old draw of storm_request(), for the weakened control. */
static inline void storm_draw_weak(struct storm *st, struct storm_req *q)
{
	int in_rw, out_rw;

	memset(q, 0, sizeof(*q));
	switch (storm_rnd(st) % 4) {
	case 0:
		q->code = storm_rnd(st);
		break;
	case 1:
		q->code = 0x00160000 | (storm_rnd(st) & 0x3ffc);
		break;
	default:
		q->code = storm_known_codes[storm_rnd(st) % STORM_NR_CODES];
		if (storm_slow_code(q->code) && storm_rnd(st) % st->slow_every)
			q->code = IOCTL_PAR_GET_DEFAULT_MODES;
		break;
	}
	q->in_len = storm_lengths[storm_rnd(st) % STORM_NR_LENGTHS];
	q->out_len = storm_lengths[storm_rnd(st) % STORM_NR_LENGTHS];
	q->in = (uintptr_t)storm_pick_buf(st, q->in_len, &in_rw);
	q->out = (uintptr_t)storm_pick_buf(st, q->out_len, &out_rw);
	if (q->out == (uintptr_t)st->rw || q->out == (uintptr_t)st->rw + 1)
		q->out += STORM_OUT_OFF;
	if (q->code == IOCTL_SERIAL_SET_TIMEOUTS)
		q->in = 0;
	q->raw = storm_rnd(st) % 8 == 0;
	q->major = storm_rnd(st) % 2;
}

#define STORM_BAD(st, idx, ...) do {					\
	if ((st)->counts && (idx) >= 0)					\
		__atomic_add_fetch(&(st)->counts->bad[idx], 1, __ATOMIC_RELAXED);	\
	STORM_CHECK(st, 0, __VA_ARGS__);				\
} while (0)

static inline void storm_count(long *c)
{
	__atomic_add_fetch(c, 1, __ATOMIC_RELAXED);
}

/*
 * The expected answer of @q on @sf (lengths as sent): the status the
 * request path refuses it with, *alt another right answer (or REF_END),
 * *handler whether it passed every check (the answer then one the table
 * allows), *ro whether STATUS_ACCESS_VIOLATION is right too (a read-only
 * output: refused before a request that changes something, after a query
 * that had something to copy).
 */
static inline int32_t storm_expect(struct storm *st, struct storm_file *sf,
				   const struct storm_req *q, const struct ref_request **rp,
				   int32_t *alt, int *handler, int *ro)
{
	int in_reach = storm_reach(st, q->in, q->in_len);
	int out_reach = storm_reach(st, q->out, q->out_len);
	const struct ref_request *r;
	uint32_t in_min, out_min;
	int32_t want;

	*alt = REF_END;
	*handler = 0;
	*ro = 0;
	*rp = NULL;
	if (q->flags)
		return STATUS_INVALID_PARAMETER;
	/* A NULL buffer with a length, unreachable memory: refused first. */
	if ((q->in_len && !q->in) || (q->out_len && !q->out) ||
	    in_reach == STORM_NONE || out_reach == STORM_NONE)
		return STATUS_ACCESS_VIOLATION;
	r = ref_find(st->ref, REF_NR_REQUESTS, sf->kind, q->major, q->code);
	*rp = r;
	if (!r)
		want = STATUS_INVALID_PARAMETER;
	else if (in_min = STORM_COMPAT ? r->in_min32 : r->in_min, q->in_len < in_min)
		want = r->in_short;
	else if (out_min = STORM_COMPAT ? r->out_min32 : r->out_min, q->out_len < out_min)
		want = r->out_short;
	else {
		*handler = 1;
		/* Below the shortest answer: refused before or by the handler. */
		if (q->out_len < r->out_may)
			*alt = r->out_short;
		want = STATUS_SUCCESS;
	}
	/*
	 * A read-only output: refused before a request that changes something
	 * runs, or after a query ran and had something to copy out.
	 */
	if (out_reach == STORM_RO && q->out_len) {
		if (!r)
			return STATUS_ACCESS_VIOLATION;
		*ro = 1;
	}
	return want;
}

/* ioctl(2), its time added to the entry's */
static inline int storm_timed_ioctl(struct storm *st, int idx, int fd, unsigned long cmd,
				    void *arg)
{
	struct timespec t0, t1;
	int rc, err;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = ioctl(fd, cmd, arg);
	err = errno;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (st->counts && idx >= 0)
		__atomic_add_fetch(&st->counts->us[idx], (t1.tv_sec - t0.tv_sec) * 1000000 +
				   (t1.tv_nsec - t0.tv_nsec) / 1000, __ATOMIC_RELAXED);
	errno = err;
	return rc;
}

/* One request of the checked storm on @sf. */
static inline void storm_checked(struct storm *st, struct storm_file *sf)
{
	const struct ref_request *drawn, *r, *raw_r = NULL;
	struct storm_counts *c = st->counts;
	struct winpar_ioctl w;
	struct storm_req q;
	int32_t want, alt;
	int handler, idx, err, rc, ro, reached = 0;
	unsigned char *out_rw = NULL;
	uint32_t i, routine = 0;

	if (st->weak) {
		storm_draw_weak(st, &q);
		drawn = NULL;
	} else if (storm_rnd(st) % 4 == 0) {
		/* the adversarial mix of storm_request(), checked as exactly */
		storm_draw_weak(st, &q);
		drawn = NULL;
	} else {
		drawn = storm_draw(st, sf, &q);
	}
	if (q.raw) {
		raw_r = ref_find(st->ref, REF_NR_REQUESTS, sf->kind, REF_PUBLIC, q.code);
		q.flags = 0;
		q.major = REF_PUBLIC;
		/* one pointer-sized argument: what a 32-bit caller can pass */
		q.in = (uintptr_t)q.in;
		if (raw_r && raw_r->raw) {
			q.in_len = raw_r->raw_in;
			q.out_len = raw_r->raw_out;
			q.out = q.in;
		}
	}
	if (storm_reach(st, q.in, q.in_len) != STORM_NONE && q.in >= (uintptr_t)st->rw &&
	    q.in < (uintptr_t)st->rw + STORM_RW_SIZE)
		storm_fill_input(st, sf, q.major, q.code, (unsigned char *)(uintptr_t)q.in,
				 q.in_len);
	if (q.code == IOCTL_WINPAR_CALL_ROUTINE && q.in_len >= 4 &&
	    storm_reach(st, q.in, 4) != STORM_NONE)
		memcpy(&routine, (void *)(uintptr_t)q.in, 4);
	want = storm_expect(st, sf, &q, &r, &alt, &handler, &ro);
	if (!r)
		r = q.raw ? raw_r : ref_find(st->ref, REF_NR_REQUESTS, sf->kind, q.major, q.code);
	idx = r ? (int)(r - st->ref) : -1;
	if (c) {
		storm_count(&c->requests);
		if (idx >= 0)
			storm_count(&c->sent[idx]);
		else
			storm_count(&c->unknown);
		if (q.flags)
			storm_count(&c->flagged);
		if ((q.in | q.out) >> 32 && STORM_COMPAT)
			storm_count(&c->high);
		if (q.raw)
			storm_count(&c->raw);
	}
	(void)drawn;

	if (q.raw) {
		if (!sf->kind || !raw_r || !raw_r->raw) {
			errno = 0;
			rc = storm_timed_ioctl(st, idx, sf->fd, q.code, (void *)(uintptr_t)q.in);
			if (rc != -1 || errno != ENOTTY)
				STORM_BAD(st, idx, "raw 0x%08x on %s: rc %d errno %d, not ENOTTY",
					  q.code, sf->kind ? "LPT" : "port", rc, errno);
			return;
		}
		if (q.in == (uintptr_t)st->rw + STORM_OUT_OFF)
			out_rw = st->rw + STORM_OUT_OFF;
		errno = 0;
		rc = storm_timed_ioctl(st, idx, sf->fd, q.code, (void *)(uintptr_t)q.in);
		err = rc ? errno : 0;
		if (rc && rc != -1)
			STORM_BAD(st, idx, "raw %s: rc %d", r->name, rc);
		else if (!handler || (ro && err == EFAULT))
			/* refused: exactly the refusal's errno */
			STORM_CHECK(st, err == storm_errno_of(want) || (alt != REF_END &&
				    err == storm_errno_of(alt)) || (ro && err == EFAULT),
				    "raw %s: errno %d, want %d", r->name, err,
				    storm_errno_of(want));
		else if (err && !storm_errno_allowed(r, err))
			STORM_BAD(st, idx, "raw %s: errno %d not allowed", r->name, err);
		else
			reached = err != EINVAL && err != ERANGE && err != ENOMEM && err != ENODEV;
		if (reached && c)
			storm_count(&c->reached[idx]);
		return;
	}

	if (q.out_len && storm_reach(st, q.out, q.out_len) == STORM_RW) {
		out_rw = (unsigned char *)(uintptr_t)q.out;
		for (i = 0; i < q.out_len && i < 256; i++)
			out_rw[i] = 0xa5;
	}
	memset(&w, 0, sizeof(w));
	w.code = q.code;
	w.flags = q.flags;
	w.input = q.in;
	w.output = q.out;
	w.input_length = q.in_len;
	w.output_length = q.out_len;
	w.status = 0x7eadbeef;
	w.information = 0xdeadbeef;
	errno = 0;
	rc = storm_timed_ioctl(st, idx, sf->fd, q.major ? WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL :
			       WINPAR_IOCTL_DEVICE_CONTROL, &w);
	err = rc ? errno : 0;

	STORM_CHECK(st, w.status != 0x7eadbeef, "0x%08x: status not written", q.code);
	STORM_CHECK(st, (rc == 0) == NT_SUCCESS(w.status), "0x%08x: rc %d for status 0x%08x",
		    q.code, rc, w.status);
	STORM_CHECK(st, !rc || err == storm_errno_of(w.status),
		    "0x%08x: errno %d for status 0x%08x", q.code, err, w.status);
	STORM_CHECK(st, w.information <= q.out_len, "0x%08x: information %u > output %u",
		    q.code, w.information, q.out_len);
	if (NT_ERROR(w.status))
		STORM_CHECK(st, w.information == 0, "0x%08x: status 0x%08x with information %u",
			    q.code, w.status, w.information);
	if (out_rw && w.information < 256)
		for (i = w.information; i < q.out_len && i < 256; i++)
			if (out_rw[i] != 0xa5) {
				STORM_CHECK(st, 0, "0x%08x: byte %u past information %u written",
					    q.code, i, w.information);
				break;
			}

	if (!handler) {
		if (w.status != want && w.status != alt &&
		    !(ro && w.status == STATUS_ACCESS_VIOLATION))
			STORM_BAD(st, idx, "%s %s 0x%08x (%s, in %u at 0x%llx, out %u at 0x%llx, flags %u): status 0x%08x, want 0x%08x",
				  sf->kind ? "LPT" : "port", q.major ? "internal" : "public", q.code,
				  r ? r->name : "unknown", q.in_len, (unsigned long long)q.in,
				  q.out_len, (unsigned long long)q.out, q.flags, w.status, want);
	} else if (w.status == STATUS_ACCESS_VIOLATION && ro) {
		/* a read-only output */
	} else if (alt != REF_END && w.status == alt) {
		/* refused below the shortest answer: not counted */
	} else if (!ref_allows(r, w.status)) {
		STORM_BAD(st, idx, "%s %s (in %u at 0x%llx, out %u at 0x%llx): status 0x%08x not allowed",
			  sf->kind ? "LPT" : "port", r->name, q.in_len, (unsigned long long)q.in,
			  q.out_len, (unsigned long long)q.out, w.status);
	} else if (ro && w.information) {
		STORM_BAD(st, idx, "%s: read-only output, information %u", r->name,
			  w.information);
	} else {
		reached = !storm_path_status(w.status);
	}
	if (!reached || !c)
		return;
	storm_count(&c->reached[idx]);
	if (q.code == IOCTL_WINPAR_CALL_ROUTINE && w.status == STATUS_SUCCESS)
		storm_count(&c->routines_run[sf->kind]);
	if (q.code == IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT && w.status == STATUS_SUCCESS &&
	    q.in_len >= sizeof(sf->isr) && storm_reach(st, q.in, sizeof(sf->isr)) != STORM_NONE) {
		/* the output overwrote the system buffer, not the caller's input */
		memcpy(&sf->isr, (void *)(uintptr_t)q.in, sizeof(sf->isr));
		sf->isr_connected = 1;
	}
	(void)routine;
}

/*
 * Open @path for storm_checked(): its kind, and the context winpar gives
 * the file (the one IOCTL_WINPAR_CALL_ROUTINE wants), from the port's
 * PARALLEL_PORT_INFORMATION or the device's PARCLASS_INFORMATION.
 */
static inline int storm_file_open(struct storm_file *sf, const char *path, int kind)
{
	PARALLEL_PORT_INFORMATION pi;
	PARCLASS_INFORMATION ci;
	struct winpar_ioctl w;
	int err;

	memset(sf, 0, sizeof(*sf));
	sf->kind = kind;
	sf->fd = open(path, O_RDWR);
	if (sf->fd < 0)
		return -1;
	if (kind) {
		if (wp_call(sf->fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
			    IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0, &ci, sizeof(ci), &w, &err))
			return -1;
		sf->context = (uintptr_t)ci.ParclassContext;
	} else {
		if (wp_call(sf->fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
			    IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0, &pi, sizeof(pi), &w,
			    &err))
			return -1;
		sf->context = (uintptr_t)pi.Context;
	}
	return 0;
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
