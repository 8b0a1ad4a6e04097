// SPDX-License-Identifier: GPL-2.0
/*
 * Internal device control requests: on a port (WINDOWS-API.md section 5)
 * and on a device (section 6), from kernel clients and from privileged
 * processes.
 *
 * Structures with pointers are written in the caller's layout: x86_64 for
 * kernel clients and 64-bit processes, i386 for 32-bit processes (one
 * field list per structure, laid out by winpar_put()).  Kernel clients get
 * real function pointers and contexts; processes get, in every pointer
 * field, either 0 or an opaque handle that is never a kernel address: a
 * routine number (enum winpar_routine) for a callback, the client's context
 * handle for a context, the I/O port number for a register block.
 * IOCTL_WINPAR_CALL_ROUTINE then runs the routine for the process
 * (Documentation/kernel-api.rst, Documentation/transport.rst).
 */
#include <linux/moduleparam.h>
#include <linux/pci.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include <winpar/ntddpar.h>
#include <winpar/parallel.h>

#include "winpar.h"

unsigned int winpar_allocate_timeout_ms;
module_param_named(allocate_timeout_ms, winpar_allocate_timeout_ms, uint, 0644);
MODULE_PARM_DESC(allocate_timeout_ms,
		 "How long IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE and _SELECT_DEVICE wait before they are cancelled (STATUS_CANCELLED), in ms; 0: until granted or a signal (default)");

/* The wait of an allocate or select request: the client's own time-out. */
long winpar_allocate_wait(void)
{
	unsigned int ms = READ_ONCE(winpar_allocate_timeout_ms);

	return ms ? msecs_to_jiffies(ms) : MAX_SCHEDULE_TIMEOUT;
}

bool winpar_enable_connect_interrupt;
module_param_named(enable_connect_interrupt, winpar_enable_connect_interrupt, bool, 0644);
MODULE_PARM_DESC(enable_connect_interrupt,
		 "Accept IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT (Windows' EnableConnectInterruptIoctl; default off, as on Windows)");

/* Field kinds of a Windows structure: ULONG, LONGLONG/PHYSICAL_ADDRESS, pointer. */
enum { WF_U32, WF_U64, WF_PTR };

static unsigned int winpar_field_size(u8 kind, bool compat)
{
	return kind == WF_U32 ? 4 : kind == WF_U64 ? 8 : compat ? 4 : 8;
}

/*
 * Lay out @n fields in Windows' rules (each aligned to its size, 64-bit
 * integers to 8 on both architectures, the size rounded up to the largest
 * alignment) and, if @buf, store @vals.  Return: the structure's size.
 */
static u32 winpar_put(void *buf, bool compat, const u8 *kinds, const u64 *vals,
		      unsigned int n)
{
	unsigned int i, off = 0, align = 4;

	for (i = 0; i < n; i++) {
		unsigned int size = winpar_field_size(kinds[i], compat);

		off = ALIGN(off, size);
		align = max(align, size);
		if (buf && size == 4)
			*(u32 *)(buf + off) = vals[i];
		else if (buf)
			*(u64 *)(buf + off) = vals[i];
		off += size;
	}
	return ALIGN(off, align);
}

/* The reverse of winpar_put(). */
static void winpar_get(const void *buf, bool compat, const u8 *kinds, u64 *vals,
		       unsigned int n)
{
	unsigned int i, off = 0;

	for (i = 0; i < n; i++) {
		unsigned int size = winpar_field_size(kinds[i], compat);

		off = ALIGN(off, size);
		vals[i] = size == 4 ? *(const u32 *)(buf + off) : *(const u64 *)(buf + off);
		off += size;
	}
}

/* The handle a process sees for its context: never a kernel address. */
static u64 winpar_context_handle(struct winpar_client *c)
{
	return WINPAR_CONTEXT_HANDLE(MINOR(c->node->dev.devt));
}

/* A callback field: the kernel function, or the routine's number for a process. */
#define ROUTINE(req, fn, nr) \
	((req)->client->kernel ? (u64)(uintptr_t)(fn) : (u64)(nr))

/* A context field: the client itself for the kernel, its handle for a process. */
static u64 winpar_context_value(struct winpar_req *req)
{
	struct winpar_client *c = req->client;

	return c->kernel ? (u64)(uintptr_t)c : winpar_context_handle(c);
}

/**
 * winpar_hw_caps() - HardwareCapabilities: the PPT_* bits of a port
 * @port: the port
 *
 * Return: PPT_ECP_PRESENT, PPT_EPP_PRESENT, PPT_BYTE_PRESENT from the
 * parport's modes, PPT_1284_3_PRESENT when daisy-chain devices answered.
 */
u32 winpar_hw_caps(struct winpar_port *port)
{
	unsigned int modes = port->pp->modes;
	u32 caps = PPT_NO_HARDWARE_PRESENT;

	if (modes & PARPORT_MODE_ECP)
		caps |= PPT_ECP_PRESENT;
	if (modes & PARPORT_MODE_EPP)
		caps |= PPT_EPP_PRESENT;
	if (modes & PARPORT_MODE_TRISTATE)
		caps |= PPT_BYTE_PRESENT;
	if (READ_ONCE(port->daisy_count))
		caps |= PPT_1284_3_PRESENT;
	return caps;
}

/* 5.3: PARALLEL_PORT_INFORMATION. */
ntstatus_t winpar_get_port_info(struct winpar_req *req)
{
	static const u8 kinds[] = { WF_U64, WF_PTR, WF_U32, WF_PTR, WF_PTR, WF_PTR, WF_PTR };
	struct parport *pp = req->client->port->pp;
	const u64 vals[] = {
		winpar_io_addr(pp->base), winpar_io_addr(pp->base), winpar_reg_span(pp),
		ROUTINE(req, winpar_cb_try_allocate, WINPAR_ROUTINE_TRY_ALLOCATE_PORT),
		ROUTINE(req, winpar_cb_free, WINPAR_ROUTINE_FREE_PORT),
		ROUTINE(req, winpar_cb_query_waiters, WINPAR_ROUTINE_QUERY_NUM_WAITERS),
		winpar_context_value(req),
	};

	req->info = winpar_put(req->buf, req->compat, kinds, vals, ARRAY_SIZE(kinds));
	return STATUS_SUCCESS;
}

/* Windows' INTERFACE_TYPE and KINTERRUPT_MODE values used here. */
#define WINPAR_INTERFACE_INTERNAL	0
#define WINPAR_INTERFACE_ISA		1
#define WINPAR_INTERFACE_PCI		5
#define WINPAR_LEVEL_SENSITIVE		0
#define WINPAR_LATCHED			1

/* 5.4: MORE_PARALLEL_PORT_INFORMATION: bus and interrupt. */
ntstatus_t winpar_get_more_port_info(struct winpar_req *req)
{
	static const u8 kinds[] = { WF_U32, WF_U32, WF_U32, WF_U32, WF_PTR, WF_U32 };
	struct parport *pp = req->client->port->pp;
	u32 type = WINPAR_INTERFACE_INTERNAL, bus = 0, mode = WINPAR_LATCHED;
	bool irq = pp->irq != PARPORT_IRQ_NONE && pp->irq >= 0;
	u64 vals[6];

	if (pp->dev && dev_is_pci(pp->dev)) {
		type = WINPAR_INTERFACE_PCI;
		bus = to_pci_dev(pp->dev)->bus->number;
		mode = WINPAR_LEVEL_SENSITIVE;
	} else if (pp->base && pp->base < 0x10000) {
		type = WINPAR_INTERFACE_ISA;
	}
	vals[0] = type;
	vals[1] = bus;
	vals[2] = irq ? pp->irq : 0;
	vals[3] = irq ? pp->irq : 0;
	/* KAFFINITY: the processors the interrupt may arrive on, those on line. */
	vals[4] = irq ? cpumask_bits(cpu_online_mask)[0] : 0;
	if (req->compat)
		vals[4] &= 0xffffffff;
	vals[5] = mode;
	req->info = winpar_put(req->buf, req->compat, kinds, vals, ARRAY_SIZE(kinds));
	return STATUS_SUCCESS;
}

/* 5.5: PARALLEL_PNP_INFORMATION. */
ntstatus_t winpar_get_pnp_info(struct winpar_req *req)
{
	static const u8 kinds[] = {
		WF_U64, WF_PTR, WF_U32, WF_U32, WF_U32, WF_PTR, WF_PTR, WF_U32, WF_U32,
		WF_U64, WF_U32, WF_U32, WF_PTR, WF_PTR, WF_PTR, WF_U32, WF_PTR,
	};
	struct winpar_port *port = req->client->port;
	struct parport *pp = port->pp;
	bool ecr = winpar_io_addr(pp->base_hi) && (pp->modes & PARPORT_MODE_ECP);
	const u64 vals[] = {
		ecr ? pp->base_hi : 0, ecr ? pp->base_hi : 0, ecr ? 3 : 0,
		0,			/* PortNumber: not used */
		winpar_hw_caps(port),
		ROUTINE(req, winpar_cb_set_chip_mode, WINPAR_ROUTINE_TRY_SET_CHIP_MODE),
		ROUTINE(req, winpar_cb_clear_chip_mode, WINPAR_ROUTINE_CLEAR_CHIP_MODE),
		0, 0,			/* FifoDepth, FifoWidth: not known to the core */
		0, 0,			/* EPP address and span: not used */
		READ_ONCE(port->daisy_count),
		ROUTINE(req, winpar_cb_try_select, WINPAR_ROUTINE_TRY_SELECT_DEVICE),
		ROUTINE(req, winpar_cb_deselect, WINPAR_ROUTINE_DESELECT_DEVICE),
		winpar_context_value(req),
		READ_ONCE(port->chip_mode),
		/* A process gets 0: libwinpar points it at its own copy of the name. */
		req->client->kernel ? (u64)(uintptr_t)port->port_name : 0,
	};

	req->info = winpar_put(req->buf, req->compat, kinds, vals, ARRAY_SIZE(kinds));
	return STATUS_SUCCESS;
}

/* 5.6: not implemented on Windows either. */
ntstatus_t winpar_release_port_info(struct winpar_req *req)
{
	return STATUS_SUCCESS;
}

/* An errno of a wait for the port, as the waiting request's status. */
ntstatus_t winpar_wait_status(int err)
{
	switch (err) {
	case 0:
	case -EALREADY:
		return STATUS_SUCCESS;
	case -EINTR:
	case -ETIMEDOUT:
		return STATUS_CANCELLED;
	case -ENODEV:
		return STATUS_DEVICE_REMOVED;
	default:
		return STATUS_DEVICE_BUSY;
	}
}

/*
 * 5.1: wait, FIFO, until the port is granted; a signal, or the end of
 * allocate_timeout_ms if set, cancels the wait (STATUS_CANCELLED): on
 * Windows the client cancels the IRP on its own time-out.  A client that
 * holds the port already gets success.
 */
ntstatus_t winpar_port_allocate_req(struct winpar_req *req)
{
	int err = winpar_allocate(req->client, winpar_allocate_wait());

	return winpar_wait_status(err == -EBUSY ? -ETIMEDOUT : err);
}

/* 5.2: only the owner frees the port (Documentation/decisions.rst). */
ntstatus_t winpar_port_free_req(struct winpar_req *req)
{
	struct winpar_client *c = req->client;
	bool freed;

	mutex_lock(&c->port->lock);
	if (winpar_owns(c) && !c->port->removed)
		winpar_end_session(c->port);
	freed = winpar_free(c);
	mutex_unlock(&c->port->lock);
	return freed ? STATUS_SUCCESS : STATUS_INVALID_DEVICE_STATE;
}

/* 5.7, 5.8: PARALLEL_CHIP_MODE.ModeFlags. */
ntstatus_t winpar_set_chip_mode_req(struct winpar_req *req)
{
	const PARALLEL_CHIP_MODE *in = req->buf;

	return winpar_set_chip_mode(req->client, in->ModeFlags);
}

ntstatus_t winpar_clear_chip_mode_req(struct winpar_req *req)
{
	const PARALLEL_CHIP_MODE *in = req->buf;

	return winpar_clear_chip_mode(req->client, in->ModeFlags);
}

/*
 * 5.9: run the 1284.3 address assignment again, and follow the chain it
 * finds with the nodes.  The port is taken as for any request (the [OPEN]
 * point: the caller need not own it).
 */
ntstatus_t winpar_init_1284_3_bus(struct winpar_req *req)
{
	struct winpar_port *port = req->client->port;
	struct winpar_hold hold;
	int err, n;

	err = winpar_take(req->client, &hold);
	if (err)
		return winpar_errno_to_ntstatus(err);
	n = winpar_daisy_assign(port);
	WRITE_ONCE(port->daisy_count, n);
	winpar_give(&hold);
	winpar_port_rechain(port, n);
	return STATUS_SUCCESS;
}

/* 5.10, 5.11: PARALLEL_1284_COMMAND. */
ntstatus_t winpar_select_device_req(struct winpar_req *req)
{
	const PARALLEL_1284_COMMAND *cmd = req->buf;

	return winpar_try_select(req->client, cmd->ID, cmd->CommandFlags, true);
}

ntstatus_t winpar_deselect_device_req(struct winpar_req *req)
{
	const PARALLEL_1284_COMMAND *cmd = req->buf;

	return winpar_deselect(req->client, cmd->ID, cmd->CommandFlags);
}

static const u8 winpar_isr_kinds[] = { WF_PTR, WF_PTR, WF_PTR, WF_PTR };

/*
 * 5.12: add an interrupt routine.  Off unless enable_connect_interrupt is
 * set, as on Windows (STATUS_UNSUCCESSFUL); a port without an interrupt
 * cannot connect one (STATUS_UNSUCCESSFUL too).
 */
ntstatus_t winpar_connect_interrupt_req(struct winpar_req *req)
{
	struct winpar_client *c = req->client;
	u64 in[4], out[4];
	int err;

	if (!READ_ONCE(winpar_enable_connect_interrupt))
		return STATUS_UNSUCCESSFUL;
	if (c->port->pp->irq == PARPORT_IRQ_NONE || c->port->pp->irq < 0)
		return STATUS_UNSUCCESSFUL;
	if (req->out_len < winpar_put(NULL, req->compat, winpar_isr_kinds, NULL, 4))
		return STATUS_BUFFER_TOO_SMALL;
	winpar_get(req->buf, req->compat, winpar_isr_kinds, in, 4);
	err = winpar_isr_connect(c, in[0], in[1], in[2], in[3]);
	if (err)
		return err == -EINVAL ? STATUS_INVALID_PARAMETER : STATUS_INSUFFICIENT_RESOURCES;

	out[0] = c->kernel ? (u64)(uintptr_t)c->port->kinterrupt : winpar_context_handle(c);
	out[1] = ROUTINE(req, winpar_cb_try_allocate_irq,
			 WINPAR_ROUTINE_TRY_ALLOCATE_PORT_AT_INTERRUPT_LEVEL);
	out[2] = ROUTINE(req, winpar_cb_free_irq, WINPAR_ROUTINE_FREE_PORT_FROM_INTERRUPT_LEVEL);
	out[3] = winpar_context_value(req);
	req->info = winpar_put(req->buf, req->compat, winpar_isr_kinds, out, 4);
	return STATUS_SUCCESS;
}

/* 5.13: remove the routine connected with the same four values. */
ntstatus_t winpar_disconnect_interrupt_req(struct winpar_req *req)
{
	u64 in[4];

	winpar_get(req->buf, req->compat, winpar_isr_kinds, in, 4);
	if (winpar_isr_disconnect(req->client, in[0], in[1], in[2], in[3]))
		return STATUS_INVALID_PARAMETER;
	return STATUS_SUCCESS;
}

/*
 * 6.1: PARCLASS_INFORMATION.  ParallelTryselect and ParallelDeSelect are
 * left NULL: undocumented, and Microsoft's own driver does not fill them.
 */
ntstatus_t winpar_parclass_connect(struct winpar_req *req)
{
	static const u8 kinds[] = {
		WF_PTR, WF_PTR, WF_U32, WF_PTR, WF_PTR, WF_PTR, WF_PTR, WF_PTR, WF_PTR,
		WF_PTR, WF_PTR, WF_U32, WF_U32, WF_U32, WF_PTR, WF_PTR,
	};
	struct winpar_port *port = req->client->port;
	struct parport *pp = port->pp;
	bool ecr = winpar_io_addr(pp->base_hi) && (pp->modes & PARPORT_MODE_ECP);
	const u64 vals[] = {
		winpar_io_addr(pp->base), ecr ? pp->base_hi : 0, winpar_reg_span(pp),
		ROUTINE(req, winpar_cb_determine_modes, WINPAR_ROUTINE_DETERMINE_IEEE_MODES),
		ROUTINE(req, winpar_cb_negotiate, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE),
		ROUTINE(req, winpar_cb_terminate, WINPAR_ROUTINE_TERMINATE_IEEE_MODE),
		ROUTINE(req, winpar_cb_fwd_to_rev, WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE),
		ROUTINE(req, winpar_cb_rev_to_fwd, WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE),
		ROUTINE(req, winpar_cb_read, WINPAR_ROUTINE_PARALLEL_READ),
		ROUTINE(req, winpar_cb_write, WINPAR_ROUTINE_PARALLEL_WRITE),
		winpar_context_value(req),
		winpar_hw_caps(port), 0, 0,
		0, 0,
	};

	req->info = winpar_put(req->buf, req->compat, kinds, vals, ARRAY_SIZE(kinds));
	return STATUS_SUCCESS;
}

/* 6.2 */
ntstatus_t winpar_parclass_disconnect(struct winpar_req *req)
{
	return STATUS_SUCCESS;
}

/*
 * 6.3: terminate the device's IEEE 1284 mode, and make compatibility and
 * nibble its protocols again (the defaults, WINDOWS-API.md 1.6).
 */
ntstatus_t winpar_disconnect_idle(struct winpar_req *req)
{
	struct winpar_client *c = req->client;
	struct winpar_device *dev = c->device;
	struct winpar_hold hold;
	int err;

	err = winpar_take(c, &hold);
	if (err)
		return winpar_errno_to_ntstatus(err);
	__winpar_terminate_mode(c);
	winpar_end_session(c->port);
	dev->write_mode = CENTRONICS;
	dev->read_mode = NIBBLE;
	winpar_give(&hold);
	return STATUS_SUCCESS;
}

/*
 * 6.4, 6.6: allocate the port within lock_timeout_ms (Microsoft's driver:
 * 500 ms, then STATUS_UNSUCCESSFUL), and select the device.
 */
static ntstatus_t winpar_lock(struct winpar_client *c, bool select)
{
	struct winpar_port *port = c->port;
	struct winpar_device *dev = c->device;
	int err;

	err = winpar_allocate(c, msecs_to_jiffies(READ_ONCE(winpar_lock_timeout_ms)));
	if (err == -EALREADY)
		return STATUS_SUCCESS;
	if (err == -ENODEV)
		return STATUS_DEVICE_REMOVED;
	if (err == -EINTR)
		return STATUS_CANCELLED;
	if (err)
		return STATUS_UNSUCCESSFUL;

	mutex_lock(&port->lock);
	if (select && dev->daisy >= 0 &&
	    winpar_daisy_select(port, dev->daisy, IEEE1284_MODE_COMPAT))
		err = -EIO;
	else if (select && dev->daisy < 0 && port->selected >= 0)
		winpar_daisy_deselect(port);	/* the end of the chain talks */
	if (err)
		winpar_free(c);
	mutex_unlock(&port->lock);
	return err ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS;
}

/* 6.5, 6.7: give the port back; always success, as on Windows. */
static ntstatus_t winpar_unlock(struct winpar_client *c, bool deselect)
{
	struct winpar_port *port = c->port;

	mutex_lock(&port->lock);
	if (winpar_owns(c)) {
		__winpar_terminate_mode(c);
		if (!port->removed)
			winpar_end_session(port);
		if (deselect && port->selected >= 0)
			winpar_daisy_deselect(port);
		winpar_free(c);
	}
	mutex_unlock(&port->lock);
	return STATUS_SUCCESS;
}

ntstatus_t winpar_lock_port(struct winpar_req *req)
{
	return winpar_lock(req->client, true);
}

ntstatus_t winpar_unlock_port(struct winpar_req *req)
{
	return winpar_unlock(req->client, true);
}

ntstatus_t winpar_lock_port_no_select(struct winpar_req *req)
{
	return winpar_lock(req->client, false);
}

ntstatus_t winpar_unlock_port_no_deselect(struct winpar_req *req)
{
	return winpar_unlock(req->client, false);
}
