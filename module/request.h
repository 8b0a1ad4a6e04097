/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The request path's lookup and checks (the table is in request.c).
 *
 * Every request, from a process (cdev.c) or a kernel client (client.c),
 * is found with winpar_request_find() and carried out by
 * winpar_request_run(): the node it was sent to, the caller's privilege and
 * the buffer lengths of its table entry are checked there, in that order,
 * and nowhere else.  Always inline: a polled status query is mostly this
 * path, and the bench tells the inlined form from the plain one beyond its
 * spread (Documentation/benchmarks.rst, "The three forms decided").
 */
#ifndef _WINPAR_REQUEST_H
#define _WINPAR_REQUEST_H

#include <linux/capability.h>
#include <linux/kernel.h>

#include "winpar.h"
#include "trace.h"

extern const struct winpar_request winpar_requests[];
extern const unsigned int winpar_request_count;

/**
 * winpar_request_find() - look a request up
 * @kind: the node it was sent to
 * @major: public or internal
 * @code: the Windows IOCTL code
 *
 * Return: the table entry, or NULL when this node does not support the
 * request (the caller then gets STATUS_INVALID_PARAMETER, as on Windows).
 */
static __always_inline const struct winpar_request *
winpar_request_find(enum winpar_node_kind kind, enum winpar_major major, u32 code)
{
	const struct winpar_request *r;

	for (r = winpar_requests; r < winpar_requests + winpar_request_count; r++)
		if (r->code == code && r->major == major && (r->targets & BIT(kind)))
			return r;
	return NULL;
}

/**
 * winpar_request_call() - check a request against its entry and carry it out
 * @r: the entry from winpar_request_find(), or NULL for an unknown request
 * @req: the request; @req->buf holds at least min(in_len, @r->in_max) input
 *	bytes and room for min(out_len, @r->out_max) output bytes
 *
 * Return: the NTSTATUS; @req->info is the number of output bytes, never more
 * than the output buffer holds.
 */
static __always_inline ntstatus_t winpar_request_call(const struct winpar_request *r,
						      struct winpar_req *req)
{
	ntstatus_t status;

	req->info = 0;
	/* WINDOWS-API.md 3.1: a removed device answers before anything else. */
	if (winpar_client_gone(req->client))
		return STATUS_DEVICE_REMOVED;
	if (!r)
		return STATUS_INVALID_PARAMETER;
	if ((r->flags & WINPAR_REQ_RAWIO) && !req->client->kernel && !capable(CAP_SYS_RAWIO))
		return STATUS_ACCESS_DENIED;
	if (req->in_len < (req->compat && r->in_min32 ? r->in_min32 : r->in_min))
		return r->in_short;
	if (req->out_len < (req->compat && r->out_min32 ? r->out_min32 : r->out_min))
		return r->out_short;

	status = r->handler(req);
	if (WARN_ON_ONCE(req->info > min(req->out_len, r->out_max)))
		req->info = 0;
	return status;
}

ntstatus_t winpar_request_run_traced(const struct winpar_request *r, struct winpar_req *req,
				     enum winpar_major major);

/**
 * winpar_request_run() - winpar_request_call(), traced when the
 *	winpar_request event is on
 * @r: the entry, or NULL
 * @req: the request
 * @major: how it came (for the trace)
 *
 * Return: the NTSTATUS.
 */
static __always_inline ntstatus_t winpar_request_run(const struct winpar_request *r,
						     struct winpar_req *req,
						     enum winpar_major major)
{
	if (trace_winpar_request_enabled())
		return winpar_request_run_traced(r, req, major);
	return winpar_request_call(r, req);
}

#endif
