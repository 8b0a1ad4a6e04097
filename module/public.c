// SPDX-License-Identifier: GPL-2.0
/*
 * Public requests on an LPT node: the ntddpar.h IOCTLs that Windows
 * programs send to \\.\LPTn (WINDOWS-API.md section 4).
 */
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <winpar/ntddpar.h>
#include <winpar/ntddser.h>

#include "winpar.h"

/*
 * The printer status of WINDOWS-API.md 4.1, from the status lines.  The
 * documentation leaves the derivation open; this follows Microsoft's own
 * driver (Documentation/decisions.rst): four mutually exclusive conditions
 * tested in order, then BUSY and SELECTED independently.
 */
static u8 __init winpar_status_to_par_status(u8 s)
{
	bool nfault = s & PARPORT_STATUS_ERROR;
	bool select = s & PARPORT_STATUS_SELECT;
	bool perror = s & PARPORT_STATUS_PAPEROUT;
	bool nack = s & PARPORT_STATUS_ACK;
	bool busy = !(s & PARPORT_STATUS_BUSY);	/* the line is inverted */
	u8 st = 0;

	if ((!nfault && !nack && !busy) ||
	    (busy && nack && perror && select && nfault))
		st |= PARALLEL_POWER_OFF;
	else if (perror)
		st |= PARALLEL_PAPER_EMPTY;
	else if (nfault && busy && !select)
		st |= PARALLEL_OFF_LINE;
	else if (nfault && !busy && !select)
		st |= PARALLEL_NOT_CONNECTED;

	if (busy && nfault)
		st |= PARALLEL_BUSY;
	if (select)
		st |= PARALLEL_SELECTED;
	return st;
}

/* The same, for each value of the five status lines (register bits 3-7). */
static u8 winpar_par_status[32] __ro_after_init;

/**
 * winpar_status_table_init() - fill the table of PAR_QUERY_INFORMATION.Status
 *	values, once at load: a status query then translates with one load
 */
void __init winpar_status_table_init(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(winpar_par_status); i++)
		winpar_par_status[i] = winpar_status_to_par_status(i << 3);
}

/* PAR_QUERY_INFORMATION.Status of the status register @s. */
static inline u8 winpar_par_status_of(u8 s)
{
	return winpar_par_status[s >> 3];
}

/**
 * winpar_peek_status() - the status lines of a port nobody uses
 * @c: the client asking
 *
 * A status read changes nothing: when winpar holds the port idle (no
 * owner, nobody waiting, no daisy-chain device selected and none to
 * select for @c), it is read under the allocation lock, with no
 * allocation and so no free, no hand-over and no deferred routine.
 * Process context with interrupts on (a request's handler): the lock is
 * taken with spin_lock_irq(), cheaper than saving the flags.  Here, beside
 * its only caller, so that it is inlined: it is most of what a polled status
 * query does (alloc.c keeps the state it looks at).
 *
 * Return: the status register; -EBUSY when the caller must take the port
 * (winpar_take()) to read it.
 */
static int winpar_peek_status(struct winpar_client *c)
{
	struct winpar_port *port = c->port;
	int lines = -EBUSY;

	if (c->device && c->device->daisy >= 0)
		return lines;
	spin_lock_irq(&port->alock);
	if (port->claimed && !port->owner && !port->busy && !port->removed &&
	    port->selected < 0 && list_empty(&port->waiters))
		lines = parport_read_status(port->pp);
	spin_unlock_irq(&port->alock);
	return lines;
}

/*
 * The status lines read with the port taken for the request: someone uses
 * it, or a daisy-chain device must be selected.  Out of line, so that the
 * common case does not set up (and, with the kernel's stack initialisation,
 * zero) a hold it does not use.
 */
static noinline int winpar_status_held(struct winpar_client *c)
{
	struct winpar_hold hold;
	int lines;

	lines = winpar_take(c, &hold);
	if (lines)
		return lines;
	lines = winpar_read_status(c->port);
	winpar_give(&hold);
	return lines;
}

/* IOCTL_PAR_QUERY_INFORMATION: PAR_QUERY_INFORMATION.Status from the lines. */
ntstatus_t winpar_par_query_information(struct winpar_req *req)
{
	PAR_QUERY_INFORMATION *out = req->buf;
	int lines;

	lines = winpar_peek_status(req->client);
	if (lines < 0)
		lines = winpar_status_held(req->client);
	if (lines < 0)
		return winpar_errno_to_ntstatus(lines);

	out->Status = winpar_par_status_of(lines);
	req->info = sizeof(*out);
	return STATUS_SUCCESS;
}

/* The NTSTATUS of a device whose status lines show a fault, else success. */
static ntstatus_t winpar_device_state_status(u8 par_status)
{
	if (par_status & PARALLEL_POWER_OFF)
		return STATUS_DEVICE_POWERED_OFF;
	if (par_status & PARALLEL_PAPER_EMPTY)
		return STATUS_DEVICE_PAPER_EMPTY;
	if (par_status & PARALLEL_OFF_LINE)
		return STATUS_DEVICE_OFF_LINE;
	if (par_status & PARALLEL_NOT_CONNECTED)
		return STATUS_DEVICE_NOT_CONNECTED;
	return STATUS_SUCCESS;
}

/**
 * winpar_write_stopped_status() - why a write stopped short
 * @port: the port, claimed
 *
 * WINDOWS-API.md 1.8: a printer that is out of paper, off line, powered off
 * or not connected ends a write with that status; one that stays busy with
 * STATUS_DEVICE_BUSY.
 *
 * Return: the NTSTATUS of the write.
 */
ntstatus_t winpar_write_stopped_status(struct winpar_port *port)
{
	ntstatus_t status;

	status = winpar_device_state_status(winpar_par_status_of(winpar_read_status(port)));
	return status == STATUS_SUCCESS ? STATUS_DEVICE_BUSY : status;
}

/* How long a reset printer has to become ready (Microsoft's driver: 1 s). */
#define WINPAR_RESET_READY_MS	1000

/*
 * IOCTL_PAR_SET_INFORMATION (WINDOWS-API.md 4.2): PARALLEL_INIT resets the
 * device with an nInit pulse; the status is the device's state once it is
 * ready (selected and not busy), or after a second, as Microsoft's driver.
 */
ntstatus_t winpar_par_set_information(struct winpar_req *req)
{
	struct winpar_device *dev = req->node->device;
	struct winpar_port *port = dev->port;
	const PAR_SET_INFORMATION *in = req->buf;
	unsigned long deadline;
	u8 lines;
	struct winpar_hold hold;
	int err;

	if (in->Init != PARALLEL_INIT)
		return STATUS_INVALID_PARAMETER;

	err = winpar_take(req->client, &hold);
	if (err)
		return winpar_errno_to_ntstatus(err);
	winpar_init_pulse(port);
	deadline = jiffies + msecs_to_jiffies(WINPAR_RESET_READY_MS);
	for (;;) {
		lines = winpar_read_status(port);
		if ((winpar_par_status_of(lines) & (PARALLEL_SELECTED | PARALLEL_BUSY)) ==
		    PARALLEL_SELECTED || time_after_eq(jiffies, deadline) ||
		    READ_ONCE(port->removed))
			break;
		if (msleep_interruptible(10))
			break;
	}
	winpar_give(&hold);

	return winpar_device_state_status(winpar_par_status_of(lines));
}

/* The answer of the three requests that return a PARCLASS_NEGOTIATION_MASK. */
static ntstatus_t winpar_answer_modes(struct winpar_req *req, u16 read_mode, u16 write_mode)
{
	PARCLASS_NEGOTIATION_MASK *out = req->buf;

	out->usReadMask = read_mode;
	out->usWriteMask = write_mode;
	req->info = sizeof(*out);
	return STATUS_SUCCESS;
}

/* IOCTL_IEEE1284_GET_MODE (4.5): the device's current protocols, no hardware access. */
ntstatus_t winpar_ieee1284_get_mode(struct winpar_req *req)
{
	struct winpar_device *dev = req->node->device;
	u16 read_mode, write_mode;

	mutex_lock(&dev->port->lock);
	read_mode = dev->read_mode;
	write_mode = dev->write_mode;
	mutex_unlock(&dev->port->lock);
	return winpar_answer_modes(req, read_mode, write_mode);
}

/*
 * IOCTL_PAR_GET_DEFAULT_MODES (4.9): CENTRONICS forward, NIBBLE reverse, as
 * the documentation says (Microsoft's driver answers NONE for reverse:
 * Documentation/decisions.rst).
 */
ntstatus_t winpar_par_get_default_modes(struct winpar_req *req)
{
	return winpar_answer_modes(req, NIBBLE, CENTRONICS);
}

/*
 * IOCTL_PAR_IS_PORT_FREE (4.11): whether the port could be had at this
 * moment: no winpar client holds or waits for it, no lp or ppdev has it.
 */
ntstatus_t winpar_par_is_port_free(struct winpar_req *req)
{
	u8 *out = req->buf;	/* BOOLEAN */

	*out = winpar_port_is_free(req->node->port);
	req->info = sizeof(*out);
	return STATUS_SUCCESS;
}

/* IOCTL_PAR_QUERY_LOCATION (4.12): "LPTn" and a NUL, single-byte characters. */
ntstatus_t winpar_par_query_location(struct winpar_req *req)
{
	const char *name = req->node->device->name;
	size_t len = strlen(name) + 1;

	if (req->out_len < len)
		return STATUS_BUFFER_TOO_SMALL;
	memcpy(req->buf, name, len);
	req->info = len;
	return STATUS_SUCCESS;
}

/*
 * IOCTL_SERIAL_SET_TIMEOUTS (4.13): only WriteTotalTimeoutConstant counts,
 * in whole seconds, at least 2 s; the other fields are ignored.
 */
ntstatus_t winpar_serial_set_timeouts(struct winpar_req *req)
{
	struct winpar_device *dev = req->node->device;
	const SERIAL_TIMEOUTS *in = req->buf;

	if (in->WriteTotalTimeoutConstant < WINPAR_MIN_WRITE_TIMEOUT_MS)
		return STATUS_INVALID_PARAMETER;
	mutex_lock(&dev->port->lock);
	dev->write_timeout_s = in->WriteTotalTimeoutConstant / 1000;
	mutex_unlock(&dev->port->lock);
	return STATUS_SUCCESS;
}

/* IOCTL_SERIAL_GET_TIMEOUTS (4.13): zeros but WriteTotalTimeoutConstant. */
ntstatus_t winpar_serial_get_timeouts(struct winpar_req *req)
{
	struct winpar_device *dev = req->node->device;
	SERIAL_TIMEOUTS *out = req->buf;

	memset(out, 0, sizeof(*out));
	mutex_lock(&dev->port->lock);
	out->WriteTotalTimeoutConstant = dev->write_timeout_s * 1000;
	mutex_unlock(&dev->port->lock);
	req->info = sizeof(*out);
	return STATUS_SUCCESS;
}

/*
 * Read the Device ID into a new buffer, which the caller frees with
 * kvfree(); *len is its length with the prefix.  Return: the buffer, or
 * NULL with the NTSTATUS of the failure in *status.
 */
static u8 *winpar_device_id(struct winpar_req *req, size_t *len, ntstatus_t *status)
{
	struct winpar_device *dev = req->node->device;
	struct winpar_port *port = dev->port;
	ssize_t n;
	u8 *id;
	struct winpar_hold hold;
	int err;

	id = kvmalloc(WINPAR_DEVICE_ID_MAX, GFP_KERNEL);
	if (!id) {
		*status = STATUS_INSUFFICIENT_RESOURCES;
		return NULL;
	}
	err = winpar_take(req->client, &hold);
	if (err) {
		kvfree(id);
		*status = winpar_errno_to_ntstatus(err);
		return NULL;
	}
	n = winpar_read_device_id(port, id);
	winpar_give(&hold);

	if (n < 0) {
		kvfree(id);
		/* [DISAGREE] in WINDOWS-API.md 4.3: the documented status. */
		*status = STATUS_IO_DEVICE_ERROR;
		return NULL;
	}
	*len = n;
	*status = STATUS_SUCCESS;
	return id;
}

/* IOCTL_PAR_QUERY_DEVICE_ID (4.3): the ID without its prefix, and a NUL. */
ntstatus_t winpar_par_query_device_id(struct winpar_req *req)
{
	ntstatus_t status;
	size_t len;
	u8 *id;

	id = winpar_device_id(req, &len, &status);
	if (!id)
		return status;
	if (req->out_len < len - 2 + 1) {
		status = STATUS_BUFFER_TOO_SMALL;
	} else {
		memcpy(req->buf, id + 2, len - 2);
		((u8 *)req->buf)[len - 2] = 0;
		req->info = len - 2 + 1;
	}
	kvfree(id);
	return status;
}

/* IOCTL_PAR_QUERY_DEVICE_ID_SIZE (4.4): what IOCTL_PAR_QUERY_DEVICE_ID needs. */
ntstatus_t winpar_par_query_device_id_size(struct winpar_req *req)
{
	PAR_DEVICE_ID_SIZE_INFORMATION *out = req->buf;
	ntstatus_t status;
	size_t len;
	u8 *id;

	id = winpar_device_id(req, &len, &status);
	if (!id)
		return status;
	kvfree(id);
	out->DeviceIdSize = len - 2 + 1;
	req->info = sizeof(*out);
	return STATUS_SUCCESS;
}

/*
 * IOCTL_PAR_QUERY_RAW_DEVICE_ID (4.10): the prefix as the device sent it,
 * the ID, and a NUL.
 */
ntstatus_t winpar_par_query_raw_device_id(struct winpar_req *req)
{
	ntstatus_t status;
	size_t len;
	u8 *id;

	id = winpar_device_id(req, &len, &status);
	if (!id)
		return status;
	if (req->out_len < len + 1) {
		status = STATUS_BUFFER_TOO_SMALL;
	} else {
		memcpy(req->buf, id, len);
		((u8 *)req->buf)[len] = 0;
		req->info = len + 1;
	}
	kvfree(id);
	return status;
}

/*
 * IOCTL_IEEE1284_NEGOTIATE (4.6), as Microsoft's driver: the fastest
 * protocol of each mask that the port and the device can do becomes the
 * device's protocol and is returned; a direction of which nothing works is
 * returned as NONE and keeps its protocol; a mask of 0 leaves that
 * direction as it is.  The request succeeds, with Information 4, either
 * way; masks equal to the current protocols succeed at once
 * (Documentation/decisions.rst).
 */
ntstatus_t winpar_ieee1284_negotiate(struct winpar_req *req)
{
	struct winpar_device *dev = req->node->device;
	struct winpar_port *port = dev->port;
	PARCLASS_NEGOTIATION_MASK *mask = req->buf;
	u16 want_r = mask->usReadMask, want_w = mask->usWriteMask;
	u16 got_r, got_w;
	struct winpar_hold hold;
	int err;

	if (want_r == READ_ONCE(dev->read_mode) && want_w == READ_ONCE(dev->write_mode))
		return winpar_answer_modes(req, want_r, want_w);

	err = winpar_take(req->client, &hold);
	if (err)
		return winpar_errno_to_ntstatus(err);
	got_r = want_r ? winpar_pick_mode(port, want_r & ~dev->forbidden, WINPAR_REV) :
			 dev->read_mode;
	got_w = want_w ? winpar_pick_mode(port, want_w & ~dev->forbidden, WINPAR_FWD) :
			 dev->write_mode;
	if (got_r)
		dev->read_mode = got_r;
	if (got_w)
		dev->write_mode = got_w;
	winpar_give(&hold);

	return winpar_answer_modes(req, got_r, got_w);
}

/*
 * IOCTL_PAR_GET_DEVICE_CAPS (4.8): remember the protocols the client
 * forbids, try every other one with the device, return those that work.
 */
ntstatus_t winpar_par_get_device_caps(struct winpar_req *req)
{
	struct winpar_device *dev = req->node->device;
	struct winpar_port *port = dev->port;
	u16 *caps = req->buf;
	u16 forbidden = *caps;
	struct winpar_hold hold;
	int err;

	err = winpar_take(req->client, &hold);
	if (err)
		return winpar_errno_to_ntstatus(err);
	dev->forbidden = forbidden;
	*caps = winpar_probe_modes(port, (u16)~forbidden);
	winpar_give(&hold);

	req->info = sizeof(*caps);
	return STATUS_SUCCESS;
}

/*
 * IOCTL_PAR_SET_WRITE_ADDRESS / _READ_ADDRESS (4.7): the ECP channel or EPP
 * address, sent before the data of every later write (read) in a mode that
 * has addresses; other modes ignore it (Documentation/decisions.rst).
 */
static ntstatus_t winpar_set_address(struct winpar_req *req, s16 *addr)
{
	struct winpar_port *port = req->node->port;

	mutex_lock(&port->lock);
	*addr = *(u8 *)req->buf;
	mutex_unlock(&port->lock);
	return STATUS_SUCCESS;
}

ntstatus_t winpar_par_set_write_address(struct winpar_req *req)
{
	return winpar_set_address(req, &req->node->device->write_addr);
}

ntstatus_t winpar_par_set_read_address(struct winpar_req *req)
{
	return winpar_set_address(req, &req->node->device->read_addr);
}
