// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target over winpar's request table and its checks: the real
 * module/request.c and module/ntstatus.c, built in user space against the
 * stand-in headers of shim/, with AddressSanitizer and UBSan.
 *
 * The expected answers come from selftests/tests/request_ref.h, the
 * requests of WINDOWS-API.md transcribed from the reference (not from
 * module/request.c).  Each input is one request: node kind, major
 * function, code (from either table, near them, or random), input and
 * output lengths (often at a minimum, one below or just above), 32-bit or
 * 64-bit caller, privileged or not, port removed or not, and what the
 * handler answers.  The system buffer is allocated as the character device
 * does (max of the lengths capped by the entry), so ASan sees any handler
 * access the table lets past its buffer.  Checked:
 *
 *   - at start, each entry of the reference against the module's lookup on
 *     each of its nodes: present, the same minimums for both layouts and
 *     the same short-buffer statuses; each module entry in the reference;
 *   - the exact status, in the order the checks are made: a removed device
 *     STATUS_DEVICE_REMOVED, a request the reference does not have on that
 *     node STATUS_INVALID_PARAMETER, an internal request from an
 *     unprivileged process STATUS_ACCESS_DENIED, a short input or output
 *     the reference's short-buffer status, each with no handler call and
 *     Information 0; past them exactly one handler call and its status
 *     (below a variable-length output's shortest answer, either);
 *   - Information never exceeds min(OutputBufferLength, out_max) (a handler
 *     that claims more is clamped, with a warning);
 *   - the table: minimum <= maximum, 32-bit minimum <= 64-bit, no two
 *     entries for one (node, major, code);
 *   - NTSTATUS <-> errno: success statuses give 0, others a negative errno,
 *     and no errno maps to success.
 *
 *   make -C selftests/fuzz run RUNS=1000000
 *   make -C selftests/fuzz controls    (broken copies of request.c and
 *                                       request.h that must fail)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/capability.h>
#include <linux/kernel.h>

#include "request.h"
#include "../tests/request_ref.h"

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
HANDLER(winpar_port_registers_req)
HANDLER(winpar_query_registers_req)

/* The reference's minimums for a caller's layout. */
static u32 ref_in_min(const struct ref_request *rr, bool compat)
{
	return compat ? rr->in_min32 : rr->in_min;
}

static u32 ref_out_min(const struct ref_request *rr, bool compat)
{
	return compat ? rr->out_min32 : rr->out_min;
}

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
		if (raw & 1)					/* the reference's */
			return ref_requests[(raw >> 1) % REF_NR_REQUESTS].code;
		return raw;					/* anything */
	}
}

/*
 * The table, walked through the lookup: each entry sane, none twice, each
 * in the reference; then each entry of the reference found by the lookup
 * on each of its nodes with the reference's minimums and statuses.
 */
static void check_table(void)
{
	static const u32 bases[] = { 0x00160000, 0x001b0000, 0x00162000 - 0x2000 };
	int kind, major, n = 0, compat;
	unsigned int b, f, i;

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
					if (!ref_find(ref_requests, REF_NR_REQUESTS, kind, major, code))
						FAIL("entry %s (node %d, major %d) not in the reference\n",
						     r->name, kind, major);
				}
	if (n < 40)
		FAIL("only %d entries found\n", n);

	for (i = 0; i < REF_NR_REQUESTS; i++) {
		const struct ref_request *rr = &ref_requests[i];

		for (kind = 0; kind < 2; kind++) {
			const struct winpar_request *r;

			if (!(rr->nodes & (kind ? REF_LPT : REF_PORT)))
				continue;
			r = winpar_request_find(kind, rr->major, rr->code);
			if (!r)
				FAIL("reference %s 0x%08x (node %d) missing from the table\n",
				     rr->name, rr->code, kind);
			if (!(r->flags & WINPAR_REQ_RAWIO) != (rr->major == REF_PUBLIC))
				FAIL("%s: privilege not as the reference's major function\n",
				     r->name);
			for (compat = 0; compat < 2; compat++) {
				u32 in_min = compat && r->in_min32 ? r->in_min32 : r->in_min;
				u32 out_min = compat && r->out_min32 ? r->out_min32 : r->out_min;

				if (in_min != ref_in_min(rr, compat))
					FAIL("%s: %d-bit input minimum %u, WINDOWS-API.md %u\n",
					     r->name, compat ? 32 : 64, in_min,
					     ref_in_min(rr, compat));
				if (out_min < ref_out_min(rr, compat) ||
				    out_min > max(ref_out_min(rr, compat), rr->out_may))
					FAIL("%s: %d-bit output minimum %u, WINDOWS-API.md %u\n",
					     r->name, compat ? 32 : 64, out_min,
					     ref_out_min(rr, compat));
			}
			if (rr->in_min && r->in_short != rr->in_short)
				FAIL("%s: short input 0x%08x, WINDOWS-API.md 0x%08x\n", r->name,
				     (u32)r->in_short, (u32)rr->in_short);
			if ((rr->out_min || rr->out_may) && r->out_short != rr->out_short)
				FAIL("%s: short output 0x%08x, WINDOWS-API.md 0x%08x\n", r->name,
				     (u32)r->out_short, (u32)rr->out_short);
		}
	}
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
	const struct ref_request *rr;
	unsigned long warned = fuzz_warnings;
	ntstatus_t status, want;
	u32 in_cap, out_cap, want_info;
	bool compat, either = false;

	memcpy(&in, data, min(size, sizeof(in)));
	node.kind = in.kind & 1;
	node.dev.name = node.kind ? "LPT9" : "ParallelPort8";
	client.node = &node;
	client.port = &port;
	client.kernel = in.flags & 1;
	fuzz_capable = in.flags & 2;
	fuzz_removed = (in.flags & 0x1c) == 0x1c;	/* now and then */
	port.removed = fuzz_removed;
	compat = in.flags & 0x80;
	in.code = code_of(in.code);
	rr = ref_find(ref_requests, REF_NR_REQUESTS, node.kind, in.major & 1, in.code);
	/* Lengths: mostly small, near the structures; sometimes anything. */
	if (!(in.flags & 0x20))
		in.in_len &= 0x1ff;
	if (!(in.flags & 0x40))
		in.out_len &= 0x1ff;
	/* Often at a minimum of the reference, or a few bytes either side. */
	if (rr && (in.pad & 1))
		in.in_len = max((int)ref_in_min(rr, compat) + (int)(in.in_len & 7) - 4, 0);
	if (rr && (in.pad & 2))
		in.out_len = max((int)(in.pad & 4 ? rr->out_may : ref_out_min(rr, compat)) +
				 (int)(in.out_len & 7) - 4, 0);

	r = winpar_request_find(node.kind, in.major & 1, in.code);
	in_cap = r ? min(in.in_len, r->in_max) : 0;
	out_cap = r ? min(in.out_len, r->out_max) : 0;
	req.node = &node;
	req.client = &client;
	req.compat = compat;
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

	/* The answer expected, in the order the checks are made. */
	if (fuzz_removed)
		want = STATUS_DEVICE_REMOVED;
	else if (!rr)
		want = STATUS_INVALID_PARAMETER;
	else if (rr->major == REF_INTERNAL && !client.kernel && !fuzz_capable)
		want = STATUS_ACCESS_DENIED;
	else if (in.in_len < ref_in_min(rr, compat))
		want = rr->in_short;
	else if (in.out_len < ref_out_min(rr, compat))
		want = rr->out_short;
	else {
		want = fuzz_handler_status;
		either = in.out_len < rr->out_may;
	}
	if (rr && !r)
		FAIL("0x%08x (node %d, major %d): the reference's %s not in the table\n",
		     in.code, node.kind, in.major & 1, rr->name);

	status = winpar_request_call(r, &req);

	if (want == fuzz_handler_status && rr && !fuzz_removed && fuzz_handler_calls == 1 &&
	    !(rr->major == REF_INTERNAL && !client.kernel && !fuzz_capable) &&
	    in.in_len >= ref_in_min(rr, compat) && in.out_len >= ref_out_min(rr, compat)) {
		/* Past every check: exactly one call, its answer. */
		want_info = fuzz_handler_info <= out_cap ? fuzz_handler_info : 0;
		if (status != fuzz_handler_status || req.info != want_info)
			FAIL("0x%08x: status 0x%08x info %u, handler said 0x%08x %u\n",
			     in.code, (u32)status, req.info, (u32)fuzz_handler_status,
			     fuzz_handler_info);
		if ((fuzz_handler_info > out_cap) != (fuzz_warnings > warned))
			FAIL("0x%08x: an oversized Information went unnoticed\n", in.code);
	} else if (either && !fuzz_handler_calls && status == rr->out_short && !req.info) {
		/* refused below the shortest answer: as right */
	} else if (rr && !fuzz_removed && want == fuzz_handler_status &&
		   !(rr->major == REF_INTERNAL && !client.kernel && !fuzz_capable) &&
		   in.in_len >= ref_in_min(rr, compat) && in.out_len >= ref_out_min(rr, compat)) {
		FAIL("%s 0x%08x (node %d, %d-bit, in %u out %u): %d handler calls, status 0x%08x, want one call\n",
		     rr->name, in.code, node.kind, compat ? 32 : 64, in.in_len, in.out_len,
		     fuzz_handler_calls, (u32)status);
	} else if (fuzz_handler_calls || status != want || req.info) {
		FAIL("%s 0x%08x (node %d, major %d, %d-bit, in %u out %u, kernel %d, capable %d, removed %d): status 0x%08x info %u after %d handler calls, want 0x%08x and none\n",
		     rr ? rr->name : "unknown", in.code, node.kind, in.major & 1,
		     compat ? 32 : 64, in.in_len, in.out_len, client.kernel, fuzz_capable,
		     fuzz_removed, (u32)status, req.info, fuzz_handler_calls, (u32)want);
	}
	if (req.info > min(in.out_len, r ? r->out_max : 0))
		FAIL("Information %u past the output\n", req.info);

	check_ntstatus(in.handler_status, in.err & 0x1ff);
	free(req.buf);
	return 0;
}
