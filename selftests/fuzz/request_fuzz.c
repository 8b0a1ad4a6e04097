// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target over winpar's request table and its checks: the real
 * module/request.c and module/ntstatus.c, built in user space against the
 * stand-in headers of shim/, with AddressSanitizer and UBSan.
 *
 * Each input is one request: node kind, major function, code (from the
 * table, near it, or random), input and output lengths, 32-bit or 64-bit
 * caller, privileged or not, port removed or not, and what the handler
 * answers.  The system buffer is allocated as the character device does
 * (max of the lengths capped by the entry), so ASan sees any handler access
 * the table lets past its buffer.  Checked:
 *
 *   - an unknown request, or one on the wrong node, is STATUS_INVALID_PARAMETER
 *     with Information 0; a removed device answers STATUS_DEVICE_REMOVED first;
 *   - a handler runs only with CAP_SYS_RAWIO where the entry asks for it and
 *     with both lengths at least the entry's minimum for the caller's layout,
 *     else the entry's short-buffer status comes back;
 *   - Information never exceeds min(OutputBufferLength, out_max) (a handler
 *     that claims more is clamped, with a warning);
 *   - the table: minimum <= maximum, 32-bit minimum <= 64-bit, no two
 *     entries for one (node, major, code);
 *   - NTSTATUS <-> errno: success statuses give 0, others a negative errno,
 *     and no errno maps to success.
 *
 *   make -C selftests/fuzz run RUNS=1000000
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/capability.h>
#include <linux/kernel.h>

#include "request.h"

unsigned long fuzz_warnings;
unsigned int winpar_acquire_timeout_ms = 500;

static bool fuzz_capable, fuzz_removed;
static const struct winpar_request *fuzz_entry;
static struct winpar_req *fuzz_req;
static u32 fuzz_cap, fuzz_handler_info;
static ntstatus_t fuzz_handler_status;
static int fuzz_handler_calls;

bool capable(int cap)
{
	return cap == CAP_SYS_RAWIO && fuzz_capable;
}

#define FAIL(...) do { fprintf(stderr, "request_fuzz: " __VA_ARGS__); abort(); } while (0)

/* Every handler: what the table promised it, then a chosen answer. */
static ntstatus_t fuzz_handler(struct winpar_req *req)
{
	const struct winpar_request *r = fuzz_entry;
	u32 in_min = req->compat && r->in_min32 ? r->in_min32 : r->in_min;
	u32 out_min = req->compat && r->out_min32 ? r->out_min32 : r->out_min;
	volatile u8 sink = 0;
	u32 i;

	fuzz_handler_calls++;
	if (req != fuzz_req)
		FAIL("handler got another request\n");
	if (req->in_len < in_min || req->out_len < out_min)
		FAIL("code 0x%08x ran with in %u < %u or out %u < %u\n", req->code,
		     req->in_len, in_min, req->out_len, out_min);
	if ((r->flags & WINPAR_REQ_RAWIO) && !req->client->kernel && !fuzz_capable)
		FAIL("code 0x%08x ran without CAP_SYS_RAWIO\n", req->code);
	/* What a handler may touch: the input it reads, the output it may write. */
	for (i = 0; i < min(req->in_len, r->in_max); i++)
		sink ^= ((u8 *)req->buf)[i];
	for (i = 0; i < min(req->out_len, r->out_max); i++)
		((u8 *)req->buf)[i] = sink;
	req->info = fuzz_handler_info;
	return fuzz_handler_status;
}

#define HANDLER(name) ntstatus_t name(struct winpar_req *req) { return fuzz_handler(req); }
HANDLER(winpar_par_query_information)
HANDLER(winpar_par_set_information)
HANDLER(winpar_ieee1284_get_mode)
HANDLER(winpar_ieee1284_negotiate)
HANDLER(winpar_par_set_write_address)
HANDLER(winpar_par_set_read_address)
HANDLER(winpar_par_get_device_caps)
HANDLER(winpar_par_get_default_modes)
HANDLER(winpar_par_is_port_free)
HANDLER(winpar_par_query_location)
HANDLER(winpar_par_query_device_id)
HANDLER(winpar_par_query_device_id_size)
HANDLER(winpar_par_query_raw_device_id)
HANDLER(winpar_serial_set_timeouts)
HANDLER(winpar_serial_get_timeouts)
HANDLER(winpar_port_allocate_req)
HANDLER(winpar_port_free_req)
HANDLER(winpar_get_port_info)
HANDLER(winpar_get_more_port_info)
HANDLER(winpar_get_pnp_info)
HANDLER(winpar_release_port_info)
HANDLER(winpar_set_chip_mode_req)
HANDLER(winpar_clear_chip_mode_req)
HANDLER(winpar_init_1284_3_bus)
HANDLER(winpar_select_device_req)
HANDLER(winpar_deselect_device_req)
HANDLER(winpar_connect_interrupt_req)
HANDLER(winpar_disconnect_interrupt_req)
HANDLER(winpar_parclass_connect)
HANDLER(winpar_parclass_disconnect)
HANDLER(winpar_disconnect_idle)
HANDLER(winpar_lock_port)
HANDLER(winpar_unlock_port)
HANDLER(winpar_lock_port_no_select)
HANDLER(winpar_unlock_port_no_deselect)
HANDLER(winpar_call_routine_req)

/* The codes the table can hold: parallel and serial device types, any function. */
static u32 code_of(u32 raw)
{
	switch (raw >> 30) {
	case 0:
		return 0x00160000 | ((raw & 0x3ff) << 2);	/* parallel, METHOD_BUFFERED */
	case 1:
		return 0x001b0000 | ((raw & 0x3ff) << 2);	/* serial */
	case 2:
		return 0x00162000 + (raw & 0xff);		/* winpar's own range */
	default:
		return raw;					/* anything */
	}
}

/* The table, walked through the lookup: each entry sane, none twice. */
static void check_table(void)
{
	static const u32 bases[] = { 0x00160000, 0x001b0000, 0x00162000 - 0x2000 };
	int kind, major, n = 0;
	unsigned int b, f;

	for (kind = 0; kind < 2; kind++)
		for (major = 0; major < 2; major++)
			for (b = 0; b < 3; b++)
				for (f = 0; f < 0x1000; f++) {
					u32 code = bases[b] | (f << 2);
					const struct winpar_request *r;

					r = winpar_request_find(kind, major, code);
					if (!r)
						continue;
					n++;
					if (r->code != code || r->major != major ||
					    !(r->targets & BIT(kind)))
						FAIL("lookup of 0x%08x gave 0x%08x\n", code, r->code);
					if (r->in_min > r->in_max || r->out_min > r->out_max ||
					    r->in_min32 > r->in_min || r->out_min32 > r->out_min)
						FAIL("entry %s: minimum above maximum\n", r->name);
					if (!r->handler || !r->name)
						FAIL("entry 0x%08x without handler or name\n", code);
				}
	if (n < 40)
		FAIL("only %d entries found\n", n);
}

static void check_ntstatus(ntstatus_t status, int err)
{
	int e = winpar_ntstatus_to_errno(status);

	if (status >= 0 ? e != 0 : e >= 0)
		FAIL("status 0x%08x gave errno %d\n", (u32)status, e);
	if (err > 0 && winpar_errno_to_ntstatus(-err) >= 0)
		FAIL("errno %d mapped to a success status\n", err);
	if (winpar_errno_to_ntstatus(0) != STATUS_SUCCESS)
		FAIL("errno 0 is not success\n");
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	check_table();
	return 0;
}

struct fuzz_input {
	u8 kind, major, flags, pad;
	u32 code;
	u32 in_len;
	u32 out_len;
	u32 handler_info;
	s32 handler_status;
	s32 err;
};

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	struct winpar_client client = { 0 };
	struct winpar_port port = { 0 };
	struct winpar_node node = { 0 };
	struct fuzz_input in = { 0 };
	struct winpar_req req = { 0 };
	const struct winpar_request *r;
	unsigned long warned = fuzz_warnings;
	ntstatus_t status;
	u32 in_cap, out_cap, want_info;

	memcpy(&in, data, min(size, sizeof(in)));
	node.kind = in.kind & 1;
	node.dev.name = node.kind ? "LPT9" : "ParallelPort8";
	client.node = &node;
	client.port = &port;
	client.kernel = in.flags & 1;
	fuzz_capable = in.flags & 2;
	fuzz_removed = (in.flags & 0x1c) == 0x1c;	/* now and then */
	port.removed = fuzz_removed;
	in.code = code_of(in.code);
	/* Lengths: mostly small, near the structures; sometimes anything. */
	if (!(in.flags & 0x20))
		in.in_len &= 0x1ff;
	if (!(in.flags & 0x40))
		in.out_len &= 0x1ff;

	r = winpar_request_find(node.kind, in.major & 1, in.code);
	in_cap = r ? min(in.in_len, r->in_max) : 0;
	out_cap = r ? min(in.out_len, r->out_max) : 0;
	req.node = &node;
	req.client = &client;
	req.compat = in.flags & 0x80;
	req.code = in.code;
	req.in_len = in.in_len;
	req.out_len = in.out_len;
	req.buf = malloc(max(max(in_cap, out_cap), 1U));
	if (!req.buf)
		return 0;
	memset(req.buf, 0x5a, max(max(in_cap, out_cap), 1U));
	fuzz_entry = r;
	fuzz_req = &req;
	fuzz_cap = out_cap;
	fuzz_handler_info = in.handler_info % (out_cap + 2);
	fuzz_handler_status = in.handler_status;
	fuzz_handler_calls = 0;

	status = winpar_request_call(r, &req);

	if (fuzz_removed) {
		if (status != STATUS_DEVICE_REMOVED || req.info || fuzz_handler_calls)
			FAIL("removed: status 0x%08x info %u\n", (u32)status, req.info);
	} else if (!r) {
		if (status != STATUS_INVALID_PARAMETER || req.info || fuzz_handler_calls)
			FAIL("unknown 0x%08x: status 0x%08x info %u\n", in.code, (u32)status,
			     req.info);
	} else if (fuzz_handler_calls) {
		want_info = fuzz_handler_info <= out_cap ? fuzz_handler_info : 0;
		if (status != fuzz_handler_status || req.info != want_info)
			FAIL("0x%08x: status 0x%08x info %u, handler said 0x%08x %u\n",
			     in.code, (u32)status, req.info, (u32)fuzz_handler_status,
			     fuzz_handler_info);
		if ((fuzz_handler_info > out_cap) != (fuzz_warnings > warned))
			FAIL("0x%08x: an oversized Information went unnoticed\n", in.code);
	} else if (req.info || status >= 0) {
		FAIL("0x%08x refused with status 0x%08x info %u\n", in.code, (u32)status,
		     req.info);
	}
	if (req.info > min(in.out_len, r ? r->out_max : 0))
		FAIL("Information %u past the output\n", req.info);

	check_ntstatus(in.handler_status, in.err & 0x1ff);
	free(req.buf);
	return 0;
}
