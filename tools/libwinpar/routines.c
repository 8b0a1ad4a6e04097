// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar: working function pointers in the information structures.
 *
 * The kernel hands a process routine numbers and opaque context handles
 * (never kernel addresses).  winpar_internal_device_io_control() replaces
 * them, in a successful answer to GET_PARALLEL_PORT_INFO,
 * GET_PARALLEL_PNP_INFO, PARCLASS_CONNECT or PARALLEL_CONNECT_INTERRUPT,
 * with the thunks below and a context of the library's, so that a caller
 * uses the structure as on Windows: pi.TryAllocatePort(pi.Context).  Each
 * thunk sends IOCTL_WINPAR_CALL_ROUTINE on the file the structure came from.
 * PortName is pointed at the library's copy of the port's LPT name.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <winpar/parallel.h>

#include "libwinpar.h"

struct winpar_context {
	int fd;
	uint64_t handle;
	uint16_t port_name[8];
};

#define MAX_CONTEXTS	64
static struct winpar_context contexts[MAX_CONTEXTS];
static unsigned int ncontexts;
static pthread_mutex_t contexts_lock = PTHREAD_MUTEX_INITIALIZER;

/* The library's context for (fd, handle), made on first use; NULL if full. */
static struct winpar_context *context_of(int fd, uint64_t handle)
{
	struct winpar_context *c = NULL;
	unsigned int i;

	pthread_mutex_lock(&contexts_lock);
	for (i = 0; i < ncontexts; i++)
		if (contexts[i].fd == fd && contexts[i].handle == handle)
			c = &contexts[i];
	if (!c && ncontexts < MAX_CONTEXTS) {
		c = &contexts[ncontexts++];
		c->fd = fd;
		c->handle = handle;
	}
	pthread_mutex_unlock(&contexts_lock);
	return c;
}

/* Run a routine; returns its value (0 when the request itself failed). */
static int64_t call(void *ctx, uint32_t routine, const struct winpar_routine_call *args)
{
	struct winpar_context *c = ctx;
	struct winpar_routine_call rc = { 0 };
	struct winpar_routine_result res = { 0 };
	uint32_t got;

	if (args)
		rc = *args;
	rc.routine = routine;
	rc.context = c->handle;
	if (winpar_internal_device_io_control_raw(c->fd, IOCTL_WINPAR_CALL_ROUTINE, &rc,
						  sizeof(rc), &res, sizeof(res), &got))
		return 0;
	return res.value;
}

static uint8_t th_try_allocate(void *ctx)
{
	return call(ctx, WINPAR_ROUTINE_TRY_ALLOCATE_PORT, NULL);
}

static void th_free(void *ctx)
{
	call(ctx, WINPAR_ROUTINE_FREE_PORT, NULL);
}

static uint32_t th_query_waiters(void *ctx)
{
	return call(ctx, WINPAR_ROUTINE_QUERY_NUM_WAITERS, NULL);
}

static int32_t chip(void *ctx, uint32_t routine, uint8_t mode)
{
	struct winpar_routine_call a = { 0 };

	a.args.chip_mode = mode;
	return call(ctx, routine, &a);
}

static int32_t th_set_chip_mode(void *ctx, uint8_t mode)
{
	return chip(ctx, WINPAR_ROUTINE_TRY_SET_CHIP_MODE, mode);
}

static int32_t th_clear_chip_mode(void *ctx, uint8_t mode)
{
	return chip(ctx, WINPAR_ROUTINE_CLEAR_CHIP_MODE, mode);
}

static int32_t command(void *ctx, uint32_t routine, const PARALLEL_1284_COMMAND *cmd)
{
	struct winpar_routine_call a = { 0 };

	a.args.command.id = cmd->ID;
	a.args.command.port = cmd->Port;
	a.args.command.flags = cmd->CommandFlags;
	return call(ctx, routine, &a);
}

static int32_t th_try_select(void *ctx, void *cmd)
{
	return command(ctx, WINPAR_ROUTINE_TRY_SELECT_DEVICE, cmd);
}

static int32_t th_deselect(void *ctx, void *cmd)
{
	return command(ctx, WINPAR_ROUTINE_DESELECT_DEVICE, cmd);
}

static uint16_t th_determine_modes(void *ctx)
{
	return call(ctx, WINPAR_ROUTINE_DETERMINE_IEEE_MODES, NULL);
}

static int32_t th_negotiate(void *ctx, uint16_t fwd, uint16_t rev, PARALLEL_SAFETY safety,
			    uint8_t forward)
{
	struct winpar_routine_call a = { 0 };

	a.args.negotiate.mode_mask_fwd = fwd;
	a.args.negotiate.mode_mask_rev = rev;
	a.args.negotiate.mode_safety = safety;
	a.args.negotiate.is_forward = forward;
	return call(ctx, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, &a);
}

static int32_t th_terminate(void *ctx)
{
	return call(ctx, WINPAR_ROUTINE_TERMINATE_IEEE_MODE, NULL);
}

static int32_t th_fwd_to_rev(void *ctx)
{
	return call(ctx, WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE, NULL);
}

static int32_t th_rev_to_fwd(void *ctx)
{
	return call(ctx, WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE, NULL);
}

/* ParallelRead and ParallelWrite: the bytes travel after the call or the result. */
static int32_t move(void *ctx, uint32_t routine, void *buf, uint32_t len, uint32_t *done)
{
	struct winpar_context *c = ctx;
	struct winpar_routine_call *rc;
	struct winpar_routine_result *res;
	size_t in_len = sizeof(*rc), out_len = sizeof(*res);
	uint32_t got;
	int32_t st;
	void *in, *out;

	*done = 0;
	if (len > WINPAR_ROUTINE_DATA_MAX)
		len = WINPAR_ROUTINE_DATA_MAX;
	if (routine == WINPAR_ROUTINE_PARALLEL_WRITE)
		in_len += len;
	else
		out_len += len;
	in = calloc(1, in_len);
	out = calloc(1, out_len);
	if (!in || !out) {
		free(in);
		free(out);
		return STATUS_INSUFFICIENT_RESOURCES;
	}
	rc = in;
	res = out;
	rc->routine = routine;
	rc->length = len;
	rc->context = c->handle;
	if (routine == WINPAR_ROUTINE_PARALLEL_WRITE)
		memcpy(rc + 1, buf, len);
	st = winpar_internal_device_io_control_raw(c->fd, IOCTL_WINPAR_CALL_ROUTINE, in, in_len,
						   out, out_len, &got);
	if (!st) {
		st = res->value;
		*done = res->count;
		if (routine == WINPAR_ROUTINE_PARALLEL_READ)
			memcpy(buf, res + 1, res->count);
	}
	free(in);
	free(out);
	return st;
}

/* Channel: not used (WINDOWS-API.md 10.13, 10.14). */
static int32_t th_read(void *ctx, void *buf, uint32_t len, uint32_t *done,
		       uint8_t channel __attribute__((unused)))
{
	return move(ctx, WINPAR_ROUTINE_PARALLEL_READ, buf, len, done);
}

static int32_t th_write(void *ctx, void *buf, uint32_t len, uint32_t *done,
			uint8_t channel __attribute__((unused)))
{
	return move(ctx, WINPAR_ROUTINE_PARALLEL_WRITE, buf, len, done);
}

static uint8_t th_try_allocate_irq(void *ctx)
{
	return call(ctx, WINPAR_ROUTINE_TRY_ALLOCATE_PORT_AT_INTERRUPT_LEVEL, NULL);
}

static void th_free_irq(void *ctx)
{
	call(ctx, WINPAR_ROUTINE_FREE_PORT_FROM_INTERRUPT_LEVEL, NULL);
}

/* "LPTn" of the port whose node @fd is, from /proc: ParallelPortm is LPT(m+1). */
static void port_name(int fd, uint16_t *name, size_t n)
{
	char link[64], path[256] = "", text[16];
	const char *base;
	ssize_t len;
	size_t i;
	int m = -1;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	len = readlink(link, path, sizeof(path) - 1);
	if (len > 0)
		path[len] = 0;
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if (sscanf(base, "ParallelPort%d", &m) == 1)
		snprintf(text, sizeof(text), "LPT%d", m + 1);
	else
		snprintf(text, sizeof(text), "%.4s", base);
	for (i = 0; i + 1 < n && text[i]; i++)
		name[i] = (unsigned char)text[i];
	name[i] = 0;
}

/**
 * winpar_bind_routines() - working pointers in an information structure
 * @fd: the file the structure came from
 * @code: the request that returned it
 * @buf: the structure, in this process's layout
 * @len: its length (Information)
 *
 * Called by winpar_internal_device_io_control() on success.
 */
void winpar_bind_routines(int fd, uint32_t code, void *buf, uint32_t len)
{
	struct winpar_context *c;

	switch (code) {
	case IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO: {
		PARALLEL_PORT_INFORMATION *pi = buf;

		if (len < sizeof(*pi) || !(c = context_of(fd, (uintptr_t)pi->Context)))
			return;
		pi->TryAllocatePort = th_try_allocate;
		pi->FreePort = th_free;
		pi->QueryNumWaiters = th_query_waiters;
		pi->Context = c;
		break;
	}
	case IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO: {
		PARALLEL_PNP_INFORMATION *pn = buf;

		if (len < sizeof(*pn) || !(c = context_of(fd, (uintptr_t)pn->Context)))
			return;
		pn->TrySetChipMode = th_set_chip_mode;
		pn->ClearChipMode = th_clear_chip_mode;
		pn->TrySelectDevice = th_try_select;
		pn->DeselectDevice = th_deselect;
		pn->Context = c;
		port_name(fd, c->port_name, 8);
		pn->PortName = c->port_name;
		break;
	}
	case IOCTL_INTERNAL_PARCLASS_CONNECT: {
		PARCLASS_INFORMATION *pc = buf;

		if (len < sizeof(*pc) || !(c = context_of(fd, (uintptr_t)pc->ParclassContext)))
			return;
		pc->DetermineIeeeModes = th_determine_modes;
		pc->NegotiateIeeeMode = th_negotiate;
		pc->TerminateIeeeMode = th_terminate;
		pc->IeeeFwdToRevMode = th_fwd_to_rev;
		pc->IeeeRevToFwdMode = th_rev_to_fwd;
		pc->ParallelRead = th_read;
		pc->ParallelWrite = th_write;
		pc->ParclassContext = c;
		break;
	}
	case IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT: {
		PARALLEL_INTERRUPT_INFORMATION *ii = buf;

		if (len < sizeof(*ii) || !(c = context_of(fd, (uintptr_t)ii->Context)))
			return;
		ii->TryAllocatePortAtInterruptLevel = th_try_allocate_irq;
		ii->FreePortFromInterruptLevel = th_free_irq;
		ii->Context = c;
		break;
	}
	default:
		break;
	}
}

/**
 * winpar_interrupt_count() - interrupts and deferred calls seen for a file
 * @fd: a port node with connected interrupt routines
 * @interrupts: port interrupts its routines saw
 * @deferred: deferred port check calls
 *
 * A process's interrupt routines cannot run in the kernel's interrupt
 * path; the kernel counts them and the caller polls this.
 *
 * Return: the NTSTATUS of the request.
 */
int32_t winpar_interrupt_count(int fd, uint64_t *interrupts, uint64_t *deferred)
{
	struct winpar_routine_call rc = { .routine = WINPAR_ROUTINE_INTERRUPT_COUNT };
	struct winpar_routine_result res = { 0 };
	PARALLEL_PORT_INFORMATION pi;
	uint32_t got;
	int32_t st;

	st = winpar_internal_device_io_control_raw(fd, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO,
						   NULL, 0, &pi, sizeof(pi), &got);
	if (st)
		return st;
	rc.context = (uintptr_t)pi.Context;
	st = winpar_internal_device_io_control_raw(fd, IOCTL_WINPAR_CALL_ROUTINE, &rc, sizeof(rc),
						   &res, sizeof(res), &got);
	if (!st) {
		*interrupts = res.value;
		*deferred = res.count;
	}
	return st;
}
