// SPDX-License-Identifier: GPL-2.0
/*
 * Register access for the client that holds the port: Windows'
 * READ_PORT_UCHAR, WRITE_PORT_UCHAR and their _BUFFER_ forms on the
 * addresses the information structures give (Controller, EcpController),
 * as IOCTL_WINPAR_PORT_REGISTERS for processes and the exported
 * winpar_read_port_uchar() family for kernel clients, which send the same
 * request through the one request path.
 *
 * Each access goes through the port's low-level driver (struct
 * parport_operations), so that it works on every one of them, parport_sim
 * included; only the ECR range, which the operations do not cover, is
 * reached with inb()/outb(), and only on a PC-style port at an I/O address.
 * Nothing is touched unless the caller holds the port (it is allocated or
 * locked to it), checked under the port's lock while winpar's client
 * device is the parport's owner: lp and ppdev are never driven under.
 */
#include <linux/capability.h>
#include <linux/io.h>
#include <linux/mm.h>
#include <linux/slab.h>

#include <winpar_kernel.h>

#include "winpar.h"

/* Register offsets from Controller (PC-style layout). */
#define REG_DATA	0
#define REG_STATUS	1
#define REG_CONTROL	2
#define REG_EPP_ADDR	3
#define REG_EPP_DATA	4	/* to 7: one EPP data cycle each */
#define REG_ECR_BASE	8	/* EcpController + 0 to + 2 */

/* The control bits a register write drives: the four lines, direction. */
#define CTRL_LINES	0x0f
#define CTRL_REVERSE	0x20
#define CTRL_IRQ	0x10

/* Does the port have an ECR at an I/O address (EcpController not 0)? */
static bool winpar_reg_has_ecr(struct parport *pp)
{
	return winpar_io_addr(pp->base_hi) && (pp->modes & PARPORT_MODE_ECP) &&
	       (pp->modes & PARPORT_MODE_PCSPP);
}

/**
 * winpar_reg_span() - SpanOfController: the registers from Controller
 * @pp: the parport
 *
 * Return: the core's size of the port's register block, or, when the
 * low-level driver gave none (parport_sim), 8 for a port with EPP and 3
 * for the data, status and control registers every port has.
 */
u32 winpar_reg_span(struct parport *pp)
{
	if (pp->size)
		return pp->size;
	return (pp->modes & PARPORT_MODE_EPP) ? 8 : 3;
}

/*
 * The register at @addr: an offset REG_*, or -1 when the port has no
 * register there (STATUS_INVALID_PARAMETER).
 */
static int winpar_reg_find(struct parport *pp, u64 addr, bool write)
{
	u64 base = winpar_io_addr(pp->base);
	u64 off;

	if (addr >= base && addr - base < winpar_reg_span(pp)) {
		off = addr - base;
		if (off == REG_STATUS && write)
			return -1;	/* read only: no operation writes it */
		if (off <= REG_CONTROL)
			return off;
		if (!(pp->modes & PARPORT_MODE_EPP) || off > 7)
			return -1;
		return off == REG_EPP_ADDR ? REG_EPP_ADDR : REG_EPP_DATA;
	}
	if (winpar_reg_has_ecr(pp) && addr >= pp->base_hi && addr - pp->base_hi < 3)
		return REG_ECR_BASE + (addr - pp->base_hi);
	return -1;
}

/*
 * The control register as it reads: the four lines from the driver, and
 * on a PC-style port the interrupt and direction bits from its state.
 */
static u8 winpar_reg_read_control(struct parport *pp)
{
	struct parport_state s;
	u8 c = pp->ops->read_control(pp) & CTRL_LINES;

	if (pp->modes & PARPORT_MODE_PCSPP) {
		pp->ops->save_state(pp, &s);
		c |= s.u.pc.ctr & (CTRL_IRQ | CTRL_REVERSE);
	}
	return c;
}

/*
 * A control register write: the four lines and the direction.  The
 * interrupt enable bit stays the low-level driver's: it is ignored, as
 * are the two bits no line answers to.
 */
static void winpar_reg_write_control(struct parport *pp, u8 v)
{
	pp->ops->write_control(pp, v & CTRL_LINES);
	if (v & CTRL_REVERSE)
		pp->ops->data_reverse(pp);
	else
		pp->ops->data_forward(pp);
}

/* Move @count bytes at register @reg; returns how many moved. */
static size_t winpar_reg_move(struct parport *pp, int reg, u8 *buf, u32 count, bool write)
{
	u32 i;

	switch (reg) {
	case REG_EPP_ADDR:
		return write ? pp->ops->epp_write_addr(pp, buf, count, 0) :
			       pp->ops->epp_read_addr(pp, buf, count, 0);
	case REG_EPP_DATA:
		return write ? pp->ops->epp_write_data(pp, buf, count, 0) :
			       pp->ops->epp_read_data(pp, buf, count, 0);
	}
	for (i = 0; i < count; i++) {
		switch (reg) {
		case REG_DATA:
			if (write)
				pp->ops->write_data(pp, buf[i]);
			else
				buf[i] = pp->ops->read_data(pp);
			break;
		case REG_STATUS:
			buf[i] = pp->ops->read_status(pp);
			break;
		case REG_CONTROL:
			if (write)
				winpar_reg_write_control(pp, buf[i]);
			else
				buf[i] = winpar_reg_read_control(pp);
			break;
		default:	/* the ECR range: no operation covers it */
			if (write)
				outb(buf[i], pp->base_hi + reg - REG_ECR_BASE);
			else
				buf[i] = inb(pp->base_hi + reg - REG_ECR_BASE);
			break;
		}
	}
	return count;
}

/**
 * winpar_port_registers_req() - IOCTL_WINPAR_PORT_REGISTERS
 * @req: struct winpar_registers in, then for a write the bytes; for a
 *	read, the bytes out
 *
 * The checks, in order: unknown @flags, or a count of 0 or above
 * WINPAR_REGISTERS_MAX: STATUS_INVALID_PARAMETER; a write's bytes missing
 * from the input, or a read's output shorter than the count:
 * STATUS_BUFFER_TOO_SMALL; no register of the port at the address (a write
 * to the status register included): STATUS_INVALID_PARAMETER; the ECR
 * range from a process without CAP_SYS_RAWIO: STATUS_ACCESS_DENIED; the
 * caller does not hold the port: STATUS_INVALID_DEVICE_STATE.
 *
 * Return: STATUS_SUCCESS (a read's Information is the count), or
 * STATUS_IO_TIMEOUT when an EPP cycle was not answered (a read's
 * Information is then the bytes that were).
 */
ntstatus_t winpar_port_registers_req(struct winpar_req *req)
{
	const struct winpar_registers *in = req->buf;
	struct winpar_client *c = req->client;
	struct winpar_port *port = c->port;
	bool write = in->flags & WINPAR_REGISTERS_WRITE;
	u32 count = in->count;
	ntstatus_t status;
	size_t done;
	u8 *buf;
	int reg;

	if ((in->flags & ~WINPAR_REGISTERS_WRITE) || !count || count > WINPAR_REGISTERS_MAX)
		return STATUS_INVALID_PARAMETER;
	if (write ? req->in_len - sizeof(*in) < count : req->out_len < count)
		return STATUS_BUFFER_TOO_SMALL;
	reg = winpar_reg_find(port->pp, in->address, write);
	if (reg < 0)
		return STATUS_INVALID_PARAMETER;
	if (reg >= REG_ECR_BASE && !c->kernel && !capable(CAP_SYS_RAWIO))
		return STATUS_ACCESS_DENIED;

	/* A read's bytes go to the system buffer, over the input read above. */
	buf = write ? req->buf + sizeof(*in) : req->buf;
	mutex_lock(&port->lock);
	if (port->removed) {
		status = STATUS_DEVICE_REMOVED;
		done = 0;
	} else if (!winpar_owns(c)) {
		status = STATUS_INVALID_DEVICE_STATE;
		done = 0;
	} else {
		winpar_assert_driving(port);
		if (write && !READ_ONCE(port->reg_touched)) {
			port->pp->ops->save_state(port->pp, &port->reg_saved);
			WRITE_ONCE(port->reg_touched, true);
		}
		done = winpar_reg_move(port->pp, reg, buf, count, write);
		status = done == count ? STATUS_SUCCESS : STATUS_IO_TIMEOUT;
	}
	mutex_unlock(&port->lock);
	if (!write)
		req->info = done;
	return status;
}

/**
 * winpar_reg_restore() - put back the lines a register holder changed
 * @port: the port, still claimed by winpar, its allocation ending
 *
 * The parport core hands a client that preempts winpar the lines winpar
 * had (parport_claim() saves them into the new client's state): without
 * this, lp or ppdev would start with whatever the holder left, nInit low
 * or the direction reversed.  The state saved before the holder's first
 * register write goes back when the allocation ends (alloc.c), so lp,
 * ppdev and winpar's own next request find the lines as before.  Called
 * with the allocation lock held: any context.
 */
void winpar_reg_restore(struct winpar_port *port)
{
	if (!READ_ONCE(port->reg_touched))
		return;
	WRITE_ONCE(port->reg_touched, false);
	port->pp->ops->restore_state(port->pp, &port->reg_saved);
}

/**
 * winpar_query_registers_req() - IOCTL_WINPAR_QUERY_REGISTERS
 * @req: struct winpar_register_ranges out
 *
 * The addresses GET_PARALLEL_PORT_INFO and GET_PARALLEL_PNP_INFO give, for
 * callers of public requests only.
 *
 * Return: STATUS_SUCCESS.
 */
ntstatus_t winpar_query_registers_req(struct winpar_req *req)
{
	struct parport *pp = req->client->port->pp;
	struct winpar_register_ranges *out = req->buf;
	bool ecr = winpar_reg_has_ecr(pp);

	memset(out, 0, sizeof(*out));
	out->controller = winpar_io_addr(pp->base);
	out->span = winpar_reg_span(pp);
	out->ecp_controller = ecr ? pp->base_hi : 0;
	out->ecp_span = ecr ? 3 : 0;
	req->info = sizeof(*out);
	return STATUS_SUCCESS;
}

/* One IOCTL_WINPAR_PORT_REGISTERS from a kernel client, through the table. */
static s32 winpar_reg_request(struct winpar_client *c, unsigned long addr, u8 *buf,
			      u32 count, bool write)
{
	struct winpar_registers hdr = {
		.address = addr, .count = count,
		.flags = write ? WINPAR_REGISTERS_WRITE : 0,
	};
	u8 *in;
	s32 status;

	if (!c || !buf || !count || count > WINPAR_REGISTERS_MAX)
		return STATUS_INVALID_PARAMETER;
	if (!write)
		return winpar_device_control(c, false, IOCTL_WINPAR_PORT_REGISTERS, &hdr,
					     sizeof(hdr), buf, count, NULL);
	in = kvmalloc(sizeof(hdr) + count, GFP_KERNEL);
	if (!in)
		return STATUS_INSUFFICIENT_RESOURCES;
	memcpy(in, &hdr, sizeof(hdr));
	memcpy(in + sizeof(hdr), buf, count);
	status = winpar_device_control(c, false, IOCTL_WINPAR_PORT_REGISTERS, in,
				       sizeof(hdr) + count, NULL, 0, NULL);
	kvfree(in);
	return status;
}

/**
 * winpar_read_port_uchar() - READ_PORT_UCHAR on a port the client holds
 * @c: a handle from winpar_open() (port or device) that holds the port:
 *	IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, TryAllocatePort or
 *	IOCTL_INTERNAL_LOCK_PORT
 * @addr: the register's address: Controller + n or EcpController + n from
 *	GET_PARALLEL_PORT_INFO, GET_PARALLEL_PNP_INFO or PARCLASS_CONNECT
 * @value: receives the register's value
 *
 * The register is read through the port's low-level driver, whichever it
 * is.  Process context (the port's lock is a mutex).
 *
 * Return: STATUS_SUCCESS; STATUS_INVALID_PARAMETER when the port has no
 * register at @addr; STATUS_INVALID_DEVICE_STATE when @c does not hold the
 * port (nothing is read); STATUS_IO_TIMEOUT for an EPP cycle that was not
 * answered; STATUS_DEVICE_REMOVED.
 */
s32 winpar_read_port_uchar(struct winpar_client *c, unsigned long addr, u8 *value)
{
	return winpar_reg_request(c, addr, value, 1, false);
}
EXPORT_SYMBOL_GPL(winpar_read_port_uchar);

/**
 * winpar_write_port_uchar() - WRITE_PORT_UCHAR on a port the client holds
 * @c: a handle that holds the port, as for winpar_read_port_uchar()
 * @addr: the register's address, as for winpar_read_port_uchar()
 * @value: the value to write
 *
 * The status register cannot be written (STATUS_INVALID_PARAMETER).  Of
 * the control register, bits 0-3 drive the lines and bit 5 the data
 * direction; the interrupt enable bit stays the low-level driver's.
 * Process context.
 *
 * Return: as winpar_read_port_uchar().
 */
s32 winpar_write_port_uchar(struct winpar_client *c, unsigned long addr, u8 value)
{
	return winpar_reg_request(c, addr, &value, 1, true);
}
EXPORT_SYMBOL_GPL(winpar_write_port_uchar);

/**
 * winpar_read_port_buffer_uchar() - READ_PORT_BUFFER_UCHAR
 * @c: a handle that holds the port, as for winpar_read_port_uchar()
 * @addr: the register's address; every byte is read from it
 * @buf: receives @count bytes
 * @count: 1 to WINPAR_REGISTERS_MAX
 *
 * The port's lock is held for the whole buffer: nothing else drives the
 * port in between.  At the EPP data register the bytes are one EPP
 * transfer of the low-level driver.  Process context.
 *
 * Return: as winpar_read_port_uchar(); STATUS_INVALID_PARAMETER also for
 * a @count out of range.
 */
s32 winpar_read_port_buffer_uchar(struct winpar_client *c, unsigned long addr, u8 *buf,
				  u32 count)
{
	return winpar_reg_request(c, addr, buf, count, false);
}
EXPORT_SYMBOL_GPL(winpar_read_port_buffer_uchar);

/**
 * winpar_write_port_buffer_uchar() - WRITE_PORT_BUFFER_UCHAR
 * @c: a handle that holds the port, as for winpar_read_port_uchar()
 * @addr: the register's address; every byte is written to it
 * @buf: @count bytes
 * @count: 1 to WINPAR_REGISTERS_MAX
 *
 * As winpar_read_port_buffer_uchar(), the other way.  Process context.
 *
 * Return: as winpar_read_port_buffer_uchar().
 */
s32 winpar_write_port_buffer_uchar(struct winpar_client *c, unsigned long addr,
				   const u8 *buf, u32 count)
{
	return winpar_reg_request(c, addr, (u8 *)buf, count, true);
}
EXPORT_SYMBOL_GPL(winpar_write_port_buffer_uchar);
