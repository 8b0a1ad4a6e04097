/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The requests of WINDOWS-API.md, transcribed for the tests from the
 * reference, not from module/request.c: code (section 2), major function,
 * node, buffer minimums (sections 4 to 6, sizes of section 9 for x86_64 and
 * i386), the status of a short buffer, and the statuses a request that
 * passed those checks may answer.  fuzz_storm.h checks winpar's answers
 * against it in the guest; selftests/fuzz/request_fuzz.c checks module/
 * request.c's table and checks against it on the host.
 *
 * Besides the sections' own numbers, from winpar's documentation: the
 * answers of Documentation/decisions.rst where the reference leaves a
 * point [OPEN] (marked below),
 * IOCTL_WINPAR_CALL_ROUTINE (include/uapi/winpar/winpar.h: a 32-byte call
 * in, a 16-byte result out, STATUS_INVALID_PARAMETER for a bad routine,
 * node or context), which public requests have a raw code and their fixed
 * sizes (Documentation/transport.rst, "Supported requests"), and that
 * internal requests need CAP_SYS_RAWIO (ibid.).
 */
#ifndef _REQUEST_REF_H
#define _REQUEST_REF_H

#include <stdint.h>

#include <winpar/ntstatus.h>

#define REF_PUBLIC	0	/* IRP_MJ_DEVICE_CONTROL */
#define REF_INTERNAL	1	/* IRP_MJ_INTERNAL_DEVICE_CONTROL */

#define REF_PORT	1	/* the port node (FDO), kind 0 */
#define REF_LPT		2	/* a device node (PDO), kind 1 */

/* Generic statuses (3.1) an entry adds to its own list. */
#define REF_GEN_PDO	1	/* success, cancelled, delete pending, removed, unsuccessful */
#define REF_GEN_FDO	2	/* success, cancelled, delete pending */

/* Ends a list of statuses: STATUS_WAIT_1, never an answer here. */
#define REF_END		((int32_t)1)

#define REF_MAX_STATUSES	8

struct ref_request {
	const char *name;
	uint32_t code;
	uint8_t major;		/* REF_PUBLIC or REF_INTERNAL */
	uint8_t nodes;		/* REF_PORT and/or REF_LPT */
	uint8_t generic;	/* REF_GEN_* or 0 */
	/*
	 * For the guest fuzz: 1, talks IEEE 1284 with the device (on QEMU's
	 * port negotiations that fail after a time-out, or a 1284.3
	 * assignment), or leaves it in a mode whose termination does;
	 * 2, takes the port and keeps it, or waits for routines to finish
	 * (the other processes then wait).
	 */
	uint8_t slow;
	uint32_t in_min, in_min32, out_min, out_min32;
	/*
	 * Variable-length outputs (4.3, 4.10, 4.12): the handler checks the
	 * length against the answer; below out_may (the shortest answer) a
	 * refusal with out_short before the handler is as right as the
	 * handler's own BUFFER_TOO_SMALL.  0 for the others.
	 */
	uint32_t out_may;
	int32_t in_short, out_short;
	/* transport.rst: raw code on an LPT node with these fixed sizes */
	uint8_t raw;
	uint32_t raw_in, raw_out;
	/* What the request may answer once past the checks, besides generic. */
	int32_t statuses[REF_MAX_STATUSES];
};

#define REF_BTS		STATUS_BUFFER_TOO_SMALL
#define REF_INVAL	STATUS_INVALID_PARAMETER

/* Section 4: public, on a device node; the same sizes for both layouts. */
#define REF_PUB(nm, c, imin, omin, ishort, oshort, slw, rw, rin, rout, ...) {		\
	.name = nm, .code = (c), .major = REF_PUBLIC, .nodes = REF_LPT,			\
	.generic = REF_GEN_PDO, .slow = (slw),						\
	.in_min = (imin), .in_min32 = (imin), .out_min = (omin), .out_min32 = (omin),	\
	.in_short = (ishort), .out_short = (oshort),					\
	.raw = (rw), .raw_in = (rin), .raw_out = (rout),				\
	.statuses = { __VA_ARGS__, REF_END } }

/* Sections 5 and 6: internal; a short buffer is STATUS_BUFFER_TOO_SMALL. */
#define REF_INTS(nm, c, on, gen, slw, imin, imin32, omin, omin32, ...) {		\
	.name = nm, .code = (c), .major = REF_INTERNAL, .nodes = (on), .generic = (gen),	\
	.slow = (slw),									\
	.in_min = (imin), .in_min32 = (imin32), .out_min = (omin), .out_min32 = (omin32),	\
	.in_short = REF_BTS, .out_short = REF_BTS,					\
	.statuses = { __VA_ARGS__, REF_END } }
#define REF_INT(nm, c, on, gen, imin, imin32, omin, omin32, ...)			\
	REF_INTS(nm, c, on, gen, 0, imin, imin32, omin, omin32, __VA_ARGS__)

/*
 * The statuses past the checks leave out the short-buffer status where the
 * minimum is the only length rule: there it means the request was refused
 * before its handler.  STATUS_DEVICE_BUSY: 1.5, a request that needs the port and cannot get it
 * within the time-out (the fuzz holds the port from other files at random).
 */
static const struct ref_request ref_requests[] = {
	/* 4.1: 1 byte out */
	REF_PUB("QUERY_INFORMATION", 0x00160004, 0, 1, 0, REF_BTS, 0, 1, 0, 1,
		STATUS_DEVICE_BUSY),
	/* 4.2: 1 byte in; the device's state after the reset; Init not PARALLEL_INIT */
	REF_PUB("SET_INFORMATION", 0x00160008, 1, 0, REF_BTS, 0, 0, 1, 1, 0,
		STATUS_DEVICE_NOT_CONNECTED, STATUS_DEVICE_OFF_LINE,
		STATUS_DEVICE_PAPER_EMPTY, STATUS_DEVICE_POWERED_OFF, REF_INVAL,
		STATUS_DEVICE_BUSY),
	/* 4.3: ID + NUL out; 0 bytes refused at once */
	{
		.name = "QUERY_DEVICE_ID", .code = 0x0016000c, .major = REF_PUBLIC,
		.nodes = REF_LPT, .generic = REF_GEN_PDO, .slow = 1,
		.out_min = 1, .out_min32 = 1, .out_may = 1, .out_short = REF_BTS,
		.statuses = { REF_BTS, STATUS_IO_DEVICE_ERROR, STATUS_DEVICE_BUSY, REF_END },
	},
	/* 4.4: 4 bytes out */
	REF_PUB("QUERY_DEVICE_ID_SIZE", 0x00160010, 0, 4, 0, REF_BTS, 1, 1, 0, 4,
		STATUS_IO_DEVICE_ERROR, STATUS_DEVICE_BUSY),
	/* 4.5: 4 bytes out */
	REF_PUB("IEEE1284_GET_MODE", 0x00160014, 0, 4, 0, REF_BTS, 0, 1, 0, 4, STATUS_SUCCESS),
	/* 4.6: 4 in, 4 out, else INVALID_PARAMETER */
	REF_PUB("IEEE1284_NEGOTIATE", 0x00160018, 4, 4, REF_INVAL, REF_INVAL, 1, 1, 4, 4,
		REF_INVAL, STATUS_DEVICE_BUSY),
	/* 4.7: 1 byte in, else INVALID_PARAMETER */
	REF_PUB("SET_WRITE_ADDRESS", 0x0016001c, 1, 0, REF_INVAL, 0, 0, 1, 1, 0,
		REF_INVAL, STATUS_DEVICE_BUSY),
	REF_PUB("SET_READ_ADDRESS", 0x00160020, 1, 0, REF_INVAL, 0, 0, 1, 1, 0,
		REF_INVAL, STATUS_DEVICE_BUSY),
	/* 4.8: 2 in, 2 out */
	REF_PUB("GET_DEVICE_CAPS", 0x00160024, 2, 2, REF_BTS, REF_BTS, 1, 1, 2, 2,
		STATUS_DEVICE_BUSY),
	/* 4.9: 4 out */
	REF_PUB("GET_DEFAULT_MODES", 0x00160028, 0, 4, 0, REF_BTS, 0, 1, 0, 4, STATUS_SUCCESS),
	/* 4.10: prefix, ID, NUL: at least 3 bytes */
	{
		.name = "QUERY_RAW_DEVICE_ID", .code = 0x00160030, .major = REF_PUBLIC,
		.nodes = REF_LPT, .generic = REF_GEN_PDO, .slow = 1,
		.out_may = 3, .out_short = REF_BTS,
		.statuses = { REF_BTS, STATUS_IO_DEVICE_ERROR, STATUS_DEVICE_BUSY, REF_END },
	},
	/* 4.11: 1 byte out */
	REF_PUB("IS_PORT_FREE", 0x00160054, 0, 1, 0, REF_BTS, 0, 1, 0, 1, STATUS_SUCCESS),
	/* 4.12: "LPTn" + NUL at least; the input ignored */
	{
		.name = "QUERY_LOCATION", .code = 0x00160058, .major = REF_PUBLIC,
		.nodes = REF_LPT, .generic = REF_GEN_PDO,
		.out_may = 5, .out_short = REF_BTS,
		.statuses = { REF_BTS, REF_END },
	},
	/* 4.13: 20 bytes in (a constant below 2000 ms refused) / out */
	REF_PUB("SERIAL_SET_TIMEOUTS", 0x001b001c, 20, 0, REF_BTS, 0, 0, 1, 20, 0,
		REF_INVAL),
	REF_PUB("SERIAL_GET_TIMEOUTS", 0x001b0020, 0, 20, 0, REF_BTS, 0, 1, 0, 20, STATUS_SUCCESS),

	/* Section 5: the port node. */
	REF_INTS("PARALLEL_PORT_ALLOCATE", 0x0016002c, REF_PORT, REF_GEN_FDO, 2, 0, 0, 0, 0,
		STATUS_CANCELLED),
	/* 5.2 [OPEN], decisions.rst: not the caller's port */
	REF_INTS("PARALLEL_PORT_FREE", 0x001600a0, REF_PORT, REF_GEN_FDO, 2, 0, 0, 0, 0,
		STATUS_INVALID_DEVICE_STATE),
	/* 5.3: PARALLEL_PORT_INFORMATION 56 / 32 */
	REF_INT("GET_PARALLEL_PORT_INFO", 0x00160030, REF_PORT, REF_GEN_FDO, 0, 0, 56, 32,
		STATUS_SUCCESS),
	/* 5.4: MORE_PARALLEL_PORT_INFORMATION 32 / 24 */
	REF_INT("GET_MORE_PARALLEL_PORT_INFO", 0x00160044, REF_PORT, REF_GEN_FDO,
		0, 0, 32, 24, STATUS_SUCCESS),
	/* 5.5: PARALLEL_PNP_INFORMATION 112 / 80 */
	REF_INT("GET_PARALLEL_PNP_INFO", 0x00160054, REF_PORT, REF_GEN_FDO, 0, 0, 112, 80,
		STATUS_SUCCESS),
	REF_INT("RELEASE_PARALLEL_PORT_INFO", 0x0016003c, REF_PORT, REF_GEN_FDO, 0, 0, 0, 0,
		STATUS_SUCCESS),
	/* 5.7, 5.8: PARALLEL_CHIP_MODE, 2 bytes */
	REF_INT("PARALLEL_SET_CHIP_MODE", 0x0016004c, REF_PORT, REF_GEN_FDO, 2, 2, 0, 0,
		STATUS_INVALID_DEVICE_STATE, STATUS_NO_SUCH_DEVICE),
	REF_INT("PARALLEL_CLEAR_CHIP_MODE", 0x00160050, REF_PORT, REF_GEN_FDO, 2, 2, 0, 0,
		STATUS_INVALID_DEVICE_STATE),
	/* 5.9 [OPEN], decisions.rst: the port taken as for any request (1.5) */
	REF_INTS("INIT_1284_3_BUS", 0x00160058, REF_PORT, REF_GEN_FDO, 1, 0, 0, 0, 0,
		STATUS_DEVICE_BUSY),
	/*
	 * 5.10, 5.11: PARALLEL_1284_COMMAND, 8 bytes; a bad ID; no answer;
	 * decisions.rst: KEEP_PORT or a deselect without holding the port
	 */
	REF_INTS("SELECT_DEVICE", 0x0016005c, REF_PORT, REF_GEN_FDO, 2, 8, 8, 0, 0,
		REF_INVAL, STATUS_UNSUCCESSFUL, STATUS_INVALID_DEVICE_STATE),
	REF_INT("DESELECT_DEVICE", 0x00160060, REF_PORT, REF_GEN_FDO, 8, 8, 0, 0,
		REF_INVAL, STATUS_UNSUCCESSFUL, STATUS_INVALID_DEVICE_STATE),
	/*
	 * 5.12: PARALLEL_INTERRUPT_SERVICE_ROUTINE in, ..._INFORMATION out,
	 * 32 / 16; winpar (module/irq.c, not in the reference): a NULL routine
	 * is STATUS_INVALID_PARAMETER
	 */
	REF_INTS("PARALLEL_CONNECT_INTERRUPT", 0x00160034, REF_PORT, REF_GEN_FDO, 2,
		 32, 16, 32, 16, STATUS_UNSUCCESSFUL, STATUS_INSUFFICIENT_RESOURCES, REF_INVAL),
	/* 5.13: an ISR not connected */
	REF_INTS("PARALLEL_DISCONNECT_INTERRUPT", 0x00160038, REF_PORT, REF_GEN_FDO, 2,
		32, 16, 0, 0, REF_INVAL),

	/* Section 6: a device node. */
	/* 6.1: PARCLASS_INFORMATION 120 / 64 (the headers' layout) */
	REF_INT("PARCLASS_CONNECT", 0x00160078, REF_LPT, REF_GEN_PDO, 0, 0, 120, 64, STATUS_SUCCESS),
	REF_INT("PARCLASS_DISCONNECT", 0x0016007c, REF_LPT, REF_GEN_PDO, 0, 0, 0, 0,
		STATUS_SUCCESS),
	/* 6.3: needs the port (1.5) */
	REF_INT("DISCONNECT_IDLE", 0x00160080, REF_LPT, REF_GEN_PDO, 0, 0, 0, 0,
		STATUS_DEVICE_BUSY),
	/* 6.4: the select failed (the port not had in time) */
	REF_INTS("LOCK_PORT", 0x00160094, REF_LPT, REF_GEN_PDO, 2, 0, 0, 0, 0,
		STATUS_UNSUCCESSFUL),
	REF_INT("UNLOCK_PORT", 0x00160098, REF_LPT, REF_GEN_PDO, 0, 0, 0, 0, STATUS_SUCCESS),
	REF_INTS("LOCK_PORT_NO_SELECT", 0x001600d0, REF_LPT, REF_GEN_PDO, 2, 0, 0, 0, 0,
		STATUS_SUCCESS),
	REF_INT("UNLOCK_PORT_NO_DESELECT", 0x001600d4, REF_LPT, REF_GEN_PDO, 0, 0, 0, 0,
		STATUS_SUCCESS),

	/* winpar.h: its own request, on both nodes. */
	REF_INT("WINPAR_CALL_ROUTINE", 0x00162000, REF_PORT | REF_LPT, 0, 32, 32, 16, 16,
		STATUS_SUCCESS, REF_INVAL),
	/*
	 * winpar.h: register access (issue 23), public on both nodes, a
	 * 16-byte struct winpar_registers in: bad flags, count or address
	 * INVALID_PARAMETER, a write's bytes or a read's room missing
	 * BUFFER_TOO_SMALL, the ECR range unprivileged ACCESS_DENIED, not the
	 * holder INVALID_DEVICE_STATE, an EPP cycle unanswered IO_TIMEOUT.
	 */
	{
		.name = "WINPAR_PORT_REGISTERS", .code = 0x00162004, .major = REF_PUBLIC,
		.nodes = REF_PORT | REF_LPT, .generic = REF_GEN_FDO,
		.in_min = 16, .in_min32 = 16, .in_short = REF_BTS, .out_short = REF_BTS,
		.statuses = { REF_INVAL, REF_BTS, STATUS_ACCESS_DENIED,
			      STATUS_INVALID_DEVICE_STATE, STATUS_IO_TIMEOUT,
			      STATUS_DEVICE_REMOVED, REF_END },
	},
	/* winpar.h: the register addresses, 24 bytes out. */
	{
		.name = "WINPAR_QUERY_REGISTERS", .code = 0x00162010, .major = REF_PUBLIC,
		.nodes = REF_PORT | REF_LPT, .generic = REF_GEN_FDO,
		.out_min = 24, .out_min32 = 24, .out_short = REF_BTS,
		.statuses = { STATUS_SUCCESS, REF_END },
	},
	/* winpar.h: 6.4 and 6.5 as public requests on a device node. */
	REF_PUB("WINPAR_LOCK_PORT", 0x00162008, 0, 0, 0, 0, 2, 0, 0, 0, STATUS_UNSUCCESSFUL),
	REF_PUB("WINPAR_UNLOCK_PORT", 0x0016200c, 0, 0, 0, 0, 0, 0, 0, 0, STATUS_SUCCESS),
};

#define REF_NR_REQUESTS	(sizeof(ref_requests) / sizeof(ref_requests[0]))

/* The entry for (node kind 0 port / 1 device, major, code), or NULL. */
static inline const struct ref_request *ref_find(const struct ref_request *tab, unsigned int n,
						 int kind, int major, uint32_t code)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (tab[i].code == code && tab[i].major == major &&
		    (tab[i].nodes & (kind ? REF_LPT : REF_PORT)))
			return &tab[i];
	return NULL;
}

/* Whether @r, past its checks, may answer @status. */
static inline int ref_allows(const struct ref_request *r, int32_t status)
{
	static const int32_t pdo[] = {
		STATUS_SUCCESS, STATUS_CANCELLED, STATUS_DELETE_PENDING, STATUS_DEVICE_REMOVED,
		STATUS_UNSUCCESSFUL,
	};
	static const int32_t fdo[] = { STATUS_SUCCESS, STATUS_CANCELLED, STATUS_DELETE_PENDING };
	unsigned int i;

	for (i = 0; i < REF_MAX_STATUSES && r->statuses[i] != REF_END; i++)
		if (r->statuses[i] == status)
			return 1;
	if (r->generic == REF_GEN_PDO)
		for (i = 0; i < sizeof(pdo) / sizeof(pdo[0]); i++)
			if (pdo[i] == status)
				return 1;
	if (r->generic == REF_GEN_FDO)
		for (i = 0; i < sizeof(fdo) / sizeof(fdo[0]); i++)
			if (fdo[i] == status)
				return 1;
	return 0;
}

#endif /* _REQUEST_REF_H */
