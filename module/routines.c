// SPDX-License-Identifier: GPL-2.0
/*
 * The routines of the information structures (WINDOWS-API.md section 10):
 * what TryAllocatePort, FreePort, QueryNumWaiters, TrySetChipMode,
 * ClearChipMode, TrySelectDevice, DeselectDevice, DetermineIeeeModes,
 * NegotiateIeeeMode, TerminateIeeeMode, IeeeFwdToRevMode, IeeeRevToFwdMode,
 * ParallelRead, ParallelWrite and the two interrupt-level routines do.
 *
 * Each is written once, on a client.  Kernel clients call them through the
 * function pointers of the structures (the winpar_cb_* functions, with the
 * Windows prototypes and the context winpar gave them); processes through
 * IOCTL_WINPAR_CALL_ROUTINE (winpar_call_routine_req()).
 *
 * Calling context: the port routines (allocate, free, waiters, chip mode,
 * select, deselect) never sleep and may be called in atomic context; the
 * interrupt-level pair from a client interrupt routine; the device routines
 * (10.8 to 10.14) do port I/O with waits and need process context and the
 * port locked by the client (WINDOWS-API.md: "only while holding a lock").
 */
#include <linux/io.h>
#include <linux/slab.h>

#include <winpar/ntddpar.h>
#include <winpar/parallel.h>

#include "winpar.h"

/* The parport_pc extended control register, where the port has one. */
static bool winpar_has_ecr(struct parport *pp)
{
	return pp->base_hi && (pp->modes & PARPORT_MODE_ECP) && (pp->modes & PARPORT_MODE_PCSPP);
}

/**
 * winpar_set_chip_mode() - TrySetChipMode, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE
 * @c: a port client that holds the port
 * @flags: the ECR mode byte; its top three bits select the mode
 *
 * The current mode must be the initial one or PS/2 byte mode.  ECP, EPP and
 * byte mode need the hardware (HardwareCapabilities); the other ECR modes
 * need an ECR.  On a port with an ECR the byte is written to it, as
 * Windows does; elsewhere the mode is recorded (CurrentMode) and the port
 * keeps working as the parport core drives it.
 *
 * Return: STATUS_SUCCESS, STATUS_INVALID_DEVICE_STATE (a mode is set, or the
 * caller does not hold the port), STATUS_NO_SUCH_DEVICE (not supported).
 */
ntstatus_t winpar_set_chip_mode(struct winpar_client *c, u8 flags)
{
	struct winpar_port *port = c->port;
	struct parport *pp = port->pp;
	u8 mode = flags & 0xe0;
	u32 caps = winpar_hw_caps(port);
	bool ok;

	if (READ_ONCE(port->removed))
		return STATUS_DEVICE_REMOVED;
	if (!winpar_owns(c))
		return STATUS_INVALID_DEVICE_STATE;
	if (port->chip_mode != INITIAL_MODE && port->chip_mode != ECR_BYTE_MODE)
		return STATUS_INVALID_DEVICE_STATE;
	switch (mode) {
	case ECR_SPP_MODE:
		ok = true;
		break;
	case ECR_BYTE_MODE:
		ok = caps & PPT_BYTE_PRESENT;
		break;
	case ECR_ECP_MODE:
		ok = caps & PPT_ECP_PRESENT;
		break;
	case ECR_EPP_MODE:
		ok = caps & PPT_EPP_PRESENT;
		break;
	default:
		ok = winpar_has_ecr(pp);
		break;
	}
	if (!ok)
		return STATUS_NO_SUCH_DEVICE;
	if (winpar_has_ecr(pp)) {
		if (port->chip_mode == INITIAL_MODE)
			port->saved_ecr = inb(pp->base_hi + 2);
		outb(flags, pp->base_hi + 2);
	}
	WRITE_ONCE(port->chip_mode, mode);
	return STATUS_SUCCESS;
}

/**
 * winpar_clear_chip_mode() - ClearChipMode, IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE
 * @c: a port client that holds the port
 * @flags: the current mode
 *
 * Return: STATUS_SUCCESS, or STATUS_INVALID_DEVICE_STATE when @flags is not
 * the current mode or the caller does not hold the port.
 */
ntstatus_t winpar_clear_chip_mode(struct winpar_client *c, u8 flags)
{
	struct winpar_port *port = c->port;

	if (READ_ONCE(port->removed))
		return STATUS_DEVICE_REMOVED;
	if (!winpar_owns(c) || (flags & 0xe0) != port->chip_mode)
		return STATUS_INVALID_DEVICE_STATE;
	if (port->chip_mode != INITIAL_MODE && winpar_has_ecr(port->pp))
		outb(port->saved_ecr, port->pp->base_hi + 2);
	WRITE_ONCE(port->chip_mode, INITIAL_MODE);
	return STATUS_SUCCESS;
}

/* Is @id the end of the chain (flag, or one past the last daisy device)? */
static bool winpar_is_end(struct winpar_port *port, u8 id, u32 flags)
{
	return (flags & PAR_END_OF_CHAIN_DEVICE) || id == READ_ONCE(port->daisy_count);
}

/**
 * winpar_try_select() - TrySelectDevice, IOCTL_INTERNAL_SELECT_DEVICE
 * @c: a port client
 * @id: the 1284.3 address, or with PAR_END_OF_CHAIN_DEVICE any
 * @flags: PAR_END_OF_CHAIN_DEVICE, PAR_HAVE_PORT_KEEP_PORT
 * @may_wait: the request form: wait for the port in FIFO order; else the
 *	callback form, which never waits (STATUS_PENDING when the port is taken)
 *
 * Return: STATUS_SUCCESS with the device selected (and the port allocated
 * unless KEEP_PORT); STATUS_INVALID_PARAMETER for an ID past the chain;
 * STATUS_PENDING (callback only); STATUS_UNSUCCESSFUL when the device does
 * not answer its select (the port is then freed again, unless KEEP_PORT);
 * STATUS_INVALID_DEVICE_STATE for KEEP_PORT without holding the port;
 * STATUS_CANCELLED when a signal ends the wait.
 */
ntstatus_t winpar_try_select(struct winpar_client *c, u8 id, u32 flags, bool may_wait)
{
	struct winpar_port *port = c->port;
	bool keep = flags & PAR_HAVE_PORT_KEEP_PORT;
	bool end = winpar_is_end(port, id, flags);
	int err;

	if (READ_ONCE(port->removed))
		return STATUS_DEVICE_REMOVED;
	if (!end && id > READ_ONCE(port->daisy_count))
		return STATUS_INVALID_PARAMETER;
	if (keep) {
		if (!winpar_owns(c))
			return STATUS_INVALID_DEVICE_STATE;
	} else if (may_wait) {
		err = winpar_allocate(c, winpar_allocate_wait());
		if (err && err != -EALREADY)
			return winpar_wait_status(err == -EBUSY ? -ETIMEDOUT : err);
	} else if (!winpar_owns(c) && !winpar_try_allocate(c)) {
		return STATUS_PENDING;
	}

	if (end) {
		if (port->selected >= 0)
			winpar_daisy_deselect(port);
		return STATUS_SUCCESS;
	}
	if (!winpar_daisy_select(port, id, IEEE1284_MODE_COMPAT))
		return STATUS_SUCCESS;
	if (!keep)
		winpar_free(c);
	return STATUS_UNSUCCESSFUL;
}

/**
 * winpar_deselect() - DeselectDevice, IOCTL_INTERNAL_DESELECT_DEVICE
 * @c: a port client that holds the port
 * @id: the address, as selected
 * @flags: PAR_END_OF_CHAIN_DEVICE, PAR_HAVE_PORT_KEEP_PORT
 *
 * Deselects the chain (1284.3 deselects all devices at once) and frees the
 * port unless KEEP_PORT.
 *
 * Return: STATUS_SUCCESS, STATUS_INVALID_PARAMETER (an ID past the chain),
 * STATUS_INVALID_DEVICE_STATE (the caller does not hold the port).
 */
ntstatus_t winpar_deselect(struct winpar_client *c, u8 id, u32 flags)
{
	struct winpar_port *port = c->port;
	bool end = winpar_is_end(port, id, flags);

	if (READ_ONCE(port->removed))
		return STATUS_DEVICE_REMOVED;
	if (!end && id > READ_ONCE(port->daisy_count))
		return STATUS_INVALID_PARAMETER;
	if (!winpar_owns(c))
		return STATUS_INVALID_DEVICE_STATE;
	if (port->selected >= 0)
		winpar_daisy_deselect(port);
	if (!(flags & PAR_HAVE_PORT_KEEP_PORT))
		winpar_free(c);
	return STATUS_SUCCESS;
}

/*
 * The device routines need a device client that holds the port.  They take
 * the port's lock first and ask afterwards: removal and the owner's free
 * (UNLOCK_PORT, PORT_FREE, FreePort from a request) change the answer only
 * under that lock, so it stays true until the routine lets go of it.
 * Return: STATUS_SUCCESS with the lock held; otherwise the lock is not held.
 */
static ntstatus_t winpar_device_lock(struct winpar_client *c)
{
	if (!c->device)
		return STATUS_INVALID_DEVICE_REQUEST;
	winpar_test_delay();
	mutex_lock(&c->port->lock);
	if (READ_ONCE(c->port->removed)) {
		mutex_unlock(&c->port->lock);
		return STATUS_DEVICE_REMOVED;
	}
	if (!winpar_owns(c)) {
		mutex_unlock(&c->port->lock);
		return STATUS_INVALID_DEVICE_STATE;
	}
	return STATUS_SUCCESS;
}

/* Connect @bit (an ntddpar.h mode) from compatibility mode. */
static int winpar_connect_mode(struct winpar_port *port, u16 bit)
{
	int mode = winpar_mode_to_ieee(bit);

	if (mode < 0)
		return -EIO;
	winpar_assert_driving(port);
	parport_negotiate(port->pp, IEEE1284_MODE_COMPAT);
	if (mode == IEEE1284_MODE_COMPAT)
		return 0;
	if (!parport_negotiate(port->pp, mode))
		return 0;
	parport_negotiate(port->pp, IEEE1284_MODE_COMPAT);
	return -EIO;
}

/**
 * winpar_determine_modes() - DetermineIeeeModes
 * @c: a device client
 *
 * Negotiates each mode the port can do with the device.  A client that
 * does not hold the port has it taken for the probe, as for a request.
 *
 * Return: the ntddpar.h mode bits the device accepts (CENTRONICS and
 * IEEE_COMPATIBILITY always), NONE if the port cannot be had.
 */
u16 winpar_determine_modes(struct winpar_client *c)
{
	struct winpar_hold hold;
	u16 modes;

	if (!c->device || winpar_take(c, &hold))
		return NONE;
	modes = winpar_probe_modes(c->port, 0xffff) | CENTRONICS | IEEE_COMPATIBILITY;
	winpar_give(&hold);
	return modes;
}

/**
 * winpar_negotiate_mode() - NegotiateIeeeMode
 * @c: a device client that holds the port
 * @fwd: acceptable forward modes
 * @rev: acceptable reverse modes
 * @safety: must be SAFE_MODE
 * @forward: connect the forward mode, else the reverse one
 *
 * Return: STATUS_SUCCESS; STATUS_DEVICE_PROTOCOL_ERROR when a mode is
 * negotiated already; STATUS_INVALID_PARAMETER for UNSAFE_MODE;
 * STATUS_UNSUCCESSFUL when no mode of the mask works.
 */
ntstatus_t winpar_negotiate_mode(struct winpar_client *c, u16 fwd, u16 rev, u32 safety,
				 bool forward)
{
	struct winpar_device *dev = c->device;
	struct winpar_port *port = c->port;
	ntstatus_t status;
	u16 f, r;

	status = winpar_device_lock(c);
	if (status)
		return status;
	if (safety != SAFE_MODE) {
		status = STATUS_INVALID_PARAMETER;
		goto out;
	}
	if (dev->ieee_dir) {
		status = STATUS_DEVICE_PROTOCOL_ERROR;
		goto out;
	}
	f = winpar_pick_mode(port, fwd, WINPAR_FWD);
	r = winpar_pick_mode(port, rev, WINPAR_REV);
	if ((forward ? !f : !r) || winpar_connect_mode(port, forward ? f : r)) {
		status = STATUS_UNSUCCESSFUL;
		goto out;
	}
	dev->ieee_fwd = f;
	dev->ieee_rev = r;
	dev->ieee_dir = forward ? WINPAR_FWD : WINPAR_REV;
	dev->conn_gen = port->conn_gen;
	/* The device's protocols from now on, for reads and writes too. */
	if (f)
		WRITE_ONCE(dev->write_mode, f);
	if (r)
		WRITE_ONCE(dev->read_mode, r);
out:
	mutex_unlock(&port->lock);
	return status;
}

/**
 * __winpar_terminate_mode() - back to compatibility mode, with the port's lock held
 * @c: a client that holds the port
 */
void __winpar_terminate_mode(struct winpar_client *c)
{
	struct winpar_device *dev = c->device;

	lockdep_assert_held(&c->port->lock);
	if (!dev || !dev->ieee_dir)
		return;
	/* A removed port has no peripheral left to terminate with. */
	if (!READ_ONCE(c->port->removed)) {
		winpar_assert_driving(c->port);
		parport_negotiate(c->port->pp, IEEE1284_MODE_COMPAT);
	}
	dev->ieee_fwd = 0;
	dev->ieee_rev = 0;
	dev->ieee_dir = 0;
}

/**
 * winpar_terminate_mode() - TerminateIeeeMode
 * @c: a device client that holds the port
 *
 * Return: STATUS_SUCCESS, or the status of winpar_device_lock().
 */
ntstatus_t winpar_terminate_mode(struct winpar_client *c)
{
	ntstatus_t status = winpar_device_lock(c);

	if (status)
		return status;
	__winpar_terminate_mode(c);
	mutex_unlock(&c->port->lock);
	return STATUS_SUCCESS;
}

/* Connect direction @dir with the negotiated mode, or the device's protocol. */
static ntstatus_t winpar_turn(struct winpar_client *c, u8 dir)
{
	struct winpar_device *dev = c->device;
	struct winpar_port *port = c->port;
	bool live = dev->conn_gen == port->conn_gen;
	u16 bit, other;

	/* Connected that way, unless a request took the peripheral back since. */
	if (dev->ieee_dir == dir && live)
		return STATUS_SUCCESS;
	if (dir == WINPAR_REV) {
		bit = dev->ieee_rev ? dev->ieee_rev : READ_ONCE(dev->read_mode);
		other = dev->ieee_fwd;
	} else {
		bit = dev->ieee_fwd ? dev->ieee_fwd : READ_ONCE(dev->write_mode);
		other = dev->ieee_rev;
	}
	/*
	 * The peripheral is in the same mode the other way (ECP both ways):
	 * turn it around without ending the mode; else end it and negotiate.
	 * Either way it faces the new direction when this returns (10.11).
	 */
	if (!(dev->ieee_dir && live && bit == other) && winpar_connect_mode(port, bit)) {
		dev->ieee_dir = 0;
		return STATUS_UNSUCCESSFUL;
	}
	if (winpar_xfer_turn(port->pdev, winpar_mode_to_ieee(bit), dir)) {
		winpar_connect_mode(port, CENTRONICS);
		dev->ieee_dir = 0;
		return STATUS_UNSUCCESSFUL;
	}
	if (dir == WINPAR_REV)
		dev->ieee_rev = bit;
	else
		dev->ieee_fwd = bit;
	dev->ieee_dir = dir;
	dev->conn_gen = c->port->conn_gen;
	return STATUS_SUCCESS;
}

static ntstatus_t winpar_turn_locked(struct winpar_client *c, u8 dir)
{
	ntstatus_t status = winpar_device_lock(c);

	if (status)
		return status;
	status = winpar_turn(c, dir);
	mutex_unlock(&c->port->lock);
	return status;
}

/**
 * winpar_fwd_to_rev() - IeeeFwdToRevMode
 * @c: a device client that holds the port
 *
 * Return: STATUS_SUCCESS when the device is connected in reverse (with the
 * negotiated reverse mode, else the device's read protocol).
 */
ntstatus_t winpar_fwd_to_rev(struct winpar_client *c)
{
	return winpar_turn_locked(c, WINPAR_REV);
}

/**
 * winpar_rev_to_fwd() - IeeeRevToFwdMode
 * @c: a device client that holds the port
 *
 * Return: STATUS_SUCCESS when the device is connected forward.
 */
ntstatus_t winpar_rev_to_fwd(struct winpar_client *c)
{
	return winpar_turn_locked(c, WINPAR_FWD);
}

/* Move bytes in the mode the device is connected in: winpar's handshakes where it has them. */
static ssize_t winpar_routine_move(struct winpar_client *c, u8 dir, void *buf, size_t len)
{
	struct winpar_port *port = c->port;
	int mode = winpar_mode_to_ieee(dir == WINPAR_REV ? c->device->ieee_rev :
					c->device->ieee_fwd);

	if (mode < 0)
		return -EIO;
	winpar_assert_driving(port);
	if (winpar_xfer_handles(port->pp, mode, dir))
		return dir == WINPAR_REV ? winpar_xfer_read(port->pdev, mode, buf, len) :
					   winpar_xfer_write(port->pdev, mode, false, buf, len);
	return dir == WINPAR_REV ? parport_read(port->pp, buf, len) :
				   parport_write(port->pp, buf, len);
}

/**
 * winpar_parallel_read() - ParallelRead
 * @c: a device client that holds the port
 * @buf: room for @len bytes
 * @len: NumBytesToRead
 * @done: NumBytesRead
 *
 * Return: STATUS_SUCCESS (what the device had, possibly nothing), or
 * STATUS_IO_DEVICE_ERROR.
 */
ntstatus_t winpar_parallel_read(struct winpar_client *c, void *buf, u32 len, u32 *done)
{
	ntstatus_t status;
	ssize_t n = 0;

	*done = 0;
	status = winpar_device_lock(c);
	if (status)
		return status;
	status = winpar_turn(c, WINPAR_REV);
	if (!status && len)
		n = winpar_routine_move(c, WINPAR_REV, buf, len);
	mutex_unlock(&c->port->lock);
	if (status)
		return status;
	if (n < 0)
		return STATUS_IO_DEVICE_ERROR;
	*done = n;
	return STATUS_SUCCESS;
}

/**
 * winpar_parallel_write() - ParallelWrite
 * @c: a device client that holds the port
 * @buf: the bytes
 * @len: NumBytesToWrite
 * @done: NumBytesWritten
 *
 * Return: STATUS_SUCCESS, or why the device stopped taking bytes (as for
 * IRP_MJ_WRITE: STATUS_DEVICE_BUSY, _PAPER_EMPTY, _OFF_LINE, ...).
 */
ntstatus_t winpar_parallel_write(struct winpar_client *c, const void *buf, u32 len, u32 *done)
{
	struct winpar_port *port = c->port;
	ntstatus_t status;
	ssize_t n = 0;

	*done = 0;
	status = winpar_device_lock(c);
	if (status)
		return status;
	parport_set_timeout(port->pdev, (long)c->device->write_timeout_s * HZ);
	status = winpar_turn(c, WINPAR_FWD);
	if (!status && len) {
		n = winpar_routine_move(c, WINPAR_FWD, (void *)buf, len);
		if (n >= 0 && n < len)
			status = winpar_write_stopped_status(port);
		else if (n < 0)
			status = STATUS_IO_DEVICE_ERROR;
	}
	mutex_unlock(&port->lock);
	*done = n > 0 ? n : 0;
	return status;
}

/*
 * The callbacks as kernel clients see them: the Windows prototypes of
 * parallel.h, the context being the client.
 */
u8 winpar_cb_try_allocate(void *ctx)
{
	return winpar_try_allocate(ctx);
}

void winpar_cb_free(void *ctx)
{
	winpar_free(ctx);
}

u32 winpar_cb_query_waiters(void *ctx)
{
	return winpar_query_waiters(((struct winpar_client *)ctx)->port);
}

s32 winpar_cb_set_chip_mode(void *ctx, u8 mode)
{
	return winpar_set_chip_mode(ctx, mode);
}

s32 winpar_cb_clear_chip_mode(void *ctx, u8 mode)
{
	return winpar_clear_chip_mode(ctx, mode);
}

s32 winpar_cb_try_select(void *ctx, void *cmd)
{
	const PARALLEL_1284_COMMAND *c = cmd;

	return winpar_try_select(ctx, c->ID, c->CommandFlags, false);
}

s32 winpar_cb_deselect(void *ctx, void *cmd)
{
	const PARALLEL_1284_COMMAND *c = cmd;

	return winpar_deselect(ctx, c->ID, c->CommandFlags);
}

u16 winpar_cb_determine_modes(void *ctx)
{
	return winpar_determine_modes(ctx);
}

s32 winpar_cb_negotiate(void *ctx, u16 fwd, u16 rev, PARALLEL_SAFETY safety, u8 is_forward)
{
	return winpar_negotiate_mode(ctx, fwd, rev, safety, is_forward);
}

s32 winpar_cb_terminate(void *ctx)
{
	return winpar_terminate_mode(ctx);
}

s32 winpar_cb_fwd_to_rev(void *ctx)
{
	return winpar_fwd_to_rev(ctx);
}

s32 winpar_cb_rev_to_fwd(void *ctx)
{
	return winpar_rev_to_fwd(ctx);
}

s32 winpar_cb_read(void *ctx, void *buf, u32 len, u32 *done, u8 channel)
{
	return winpar_parallel_read(ctx, buf, len, done);
}

s32 winpar_cb_write(void *ctx, void *buf, u32 len, u32 *done, u8 channel)
{
	return winpar_parallel_write(ctx, buf, len, done);
}

u8 winpar_cb_try_allocate_irq(void *ctx)
{
	return winpar_try_allocate_irq(ctx);
}

void winpar_cb_free_irq(void *ctx)
{
	winpar_free_irq(ctx);
}

/* The prototypes above are parallel.h's. */
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_try_allocate) *,
					   PPARALLEL_TRY_ALLOCATE_ROUTINE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_free) *, PPARALLEL_FREE_ROUTINE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_query_waiters) *,
					   PPARALLEL_QUERY_WAITERS_ROUTINE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_set_chip_mode) *,
					   PPARALLEL_SET_CHIP_MODE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_clear_chip_mode) *,
					   PPARALLEL_CLEAR_CHIP_MODE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_try_select) *,
					   PPARALLEL_TRY_SELECT_ROUTINE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_deselect) *,
					   PPARALLEL_DESELECT_ROUTINE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_determine_modes) *,
					   PDETERMINE_IEEE_MODES));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_negotiate) *, PNEGOTIATE_IEEE_MODE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_terminate) *, PTERMINATE_IEEE_MODE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_fwd_to_rev) *,
					   PPARALLEL_IEEE_FWD_TO_REV));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_rev_to_fwd) *,
					   PPARALLEL_IEEE_REV_TO_FWD));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_read) *, PPARALLEL_READ));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_write) *, PPARALLEL_WRITE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_try_allocate_irq) *,
					   PPARALLEL_TRY_ALLOCATE_ROUTINE));
static_assert(__builtin_types_compatible_p(typeof(winpar_cb_free_irq) *, PPARALLEL_FREE_ROUTINE));

/* Which node a routine belongs to: the port's structures or the device's. */
static bool winpar_routine_on_port(u32 routine)
{
	return routine <= WINPAR_ROUTINE_DESELECT_DEVICE ||
	       routine >= WINPAR_ROUTINE_TRY_ALLOCATE_PORT_AT_INTERRUPT_LEVEL;
}

/**
 * winpar_call_routine_req() - IOCTL_WINPAR_CALL_ROUTINE: a routine for a process
 * @req: struct winpar_routine_call in (and, for ParallelWrite, the bytes);
 *	struct winpar_routine_result out (and, for ParallelRead, the bytes)
 *
 * The context must be the one winpar gave this file; port routines are
 * called on the port node, device routines on the device's node.
 *
 * Return: STATUS_SUCCESS when the routine ran (its own result is in the
 * output), STATUS_INVALID_PARAMETER for an unknown routine, a wrong node or
 * context, or a length past the buffers.
 */
ntstatus_t winpar_call_routine_req(struct winpar_req *req)
{
	struct winpar_client *c = req->client;
	struct winpar_routine_result res = { 0 };
	struct winpar_routine_call call;
	u32 done = 0, n = 0;
	s64 v;

	memcpy(&call, req->buf, sizeof(call));
	if (call.context != WINPAR_CONTEXT_HANDLE(MINOR(c->node->dev.devt)) ||
	    !call.routine || call.routine >= WINPAR_ROUTINE_MAX ||
	    winpar_routine_on_port(call.routine) != !c->device)
		return STATUS_INVALID_PARAMETER;

	switch (call.routine) {
	case WINPAR_ROUTINE_TRY_ALLOCATE_PORT:
	case WINPAR_ROUTINE_TRY_ALLOCATE_PORT_AT_INTERRUPT_LEVEL:
		v = winpar_try_allocate(c);
		break;
	case WINPAR_ROUTINE_FREE_PORT:
	case WINPAR_ROUTINE_FREE_PORT_FROM_INTERRUPT_LEVEL:
		mutex_lock(&c->port->lock);
		winpar_free(c);
		mutex_unlock(&c->port->lock);
		v = 0;
		break;
	case WINPAR_ROUTINE_QUERY_NUM_WAITERS:
		v = winpar_query_waiters(c->port);
		break;
	/*
	 * These never wait, so a process's call takes the port's lock around
	 * them: its other threads' requests do not drive the lines meanwhile.
	 */
	case WINPAR_ROUTINE_TRY_SET_CHIP_MODE:
		mutex_lock(&c->port->lock);
		v = winpar_set_chip_mode(c, call.args.chip_mode);
		mutex_unlock(&c->port->lock);
		break;
	case WINPAR_ROUTINE_CLEAR_CHIP_MODE:
		mutex_lock(&c->port->lock);
		v = winpar_clear_chip_mode(c, call.args.chip_mode);
		mutex_unlock(&c->port->lock);
		break;
	case WINPAR_ROUTINE_TRY_SELECT_DEVICE:
		mutex_lock(&c->port->lock);
		v = winpar_try_select(c, call.args.command.id, call.args.command.flags, false);
		mutex_unlock(&c->port->lock);
		break;
	case WINPAR_ROUTINE_DESELECT_DEVICE:
		mutex_lock(&c->port->lock);
		v = winpar_deselect(c, call.args.command.id, call.args.command.flags);
		mutex_unlock(&c->port->lock);
		break;
	case WINPAR_ROUTINE_INTERRUPT_COUNT:
		v = atomic64_read(&c->interrupts);
		res.count = atomic64_read(&c->deferred_calls);
		break;
	case WINPAR_ROUTINE_DETERMINE_IEEE_MODES:
		v = winpar_determine_modes(c);
		break;
	case WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE:
		v = winpar_negotiate_mode(c, call.args.negotiate.mode_mask_fwd,
					  call.args.negotiate.mode_mask_rev,
					  call.args.negotiate.mode_safety,
					  call.args.negotiate.is_forward);
		break;
	case WINPAR_ROUTINE_TERMINATE_IEEE_MODE:
		v = winpar_terminate_mode(c);
		break;
	case WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE:
		v = winpar_fwd_to_rev(c);
		break;
	case WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE:
		v = winpar_rev_to_fwd(c);
		break;
	case WINPAR_ROUTINE_PARALLEL_READ:
		if (call.length > req->out_len - sizeof(res) ||
		    call.length > WINPAR_ROUTINE_DATA_MAX)
			return STATUS_INVALID_PARAMETER;
		v = winpar_parallel_read(c, req->buf + sizeof(res), call.length, &done);
		res.count = done;
		n = done;
		break;
	case WINPAR_ROUTINE_PARALLEL_WRITE:
		if (call.length > req->in_len - sizeof(call) ||
		    call.length > WINPAR_ROUTINE_DATA_MAX)
			return STATUS_INVALID_PARAMETER;
		v = winpar_parallel_write(c, req->buf + sizeof(call), call.length, &done);
		res.count = done;
		break;
	default:
		return STATUS_INVALID_PARAMETER;
	}
	res.value = v;
	memcpy(req->buf, &res, sizeof(res));
	req->info = sizeof(res) + n;
	return STATUS_SUCCESS;
}
