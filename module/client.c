// SPDX-License-Identifier: GPL-2.0
/*
 * Clients of a port or a device, and the in-kernel API.
 *
 * A client is what Windows calls an open file object: a process that opened
 * a node, or a kernel module that called winpar_open().  Devices admit one
 * client at a time, ports any number (WINDOWS-API.md 1.3).  A client that
 * goes away gives back what it still holds: its allocation or lock, its
 * interrupt routines, an IEEE 1284 mode left negotiated, a chip mode left
 * set.
 *
 * Kernel modules ported from Windows parallel class drivers send requests
 * with winpar_device_control(), exactly as they would build an IRP with
 * IoBuildDeviceIoControlRequest(): the information structures they get back
 * hold working function pointers (Documentation/kernel-api.rst).
 */
#include <linux/export.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/uio.h>

#include <winpar_kernel.h>

#include "request.h"

/**
 * winpar_client_new() - a client opens a node
 * @node: the node
 * @kernel: a kernel caller rather than a file
 *
 * Return: the client, ERR_PTR(-EBUSY) if the node is a device that another
 * client has open, -ENODEV if the port was removed, -ENOMEM.
 */
struct winpar_client *winpar_client_new(struct winpar_node *node, bool kernel)
{
	struct winpar_client *c;
	int err;

	c = kzalloc(sizeof(*c), GFP_KERNEL);
	if (!c)
		return ERR_PTR(-ENOMEM);
	/*
	 * Windows answers a second open of a device with STATUS_ACCESS_DENIED;
	 * Linux callers know a busy exclusive device as EBUSY (lp, ppdev).
	 */
	if (node->device && atomic_cmpxchg(&node->device->open, 0, 1)) {
		kfree(c);
		return ERR_PTR(-EBUSY);
	}
	err = winpar_port_open(node->port);
	if (err) {
		if (node->device)
			atomic_set(&node->device->open, 0);
		kfree(c);
		return ERR_PTR(err);
	}
	c->port = node->port;
	c->device = node->device;
	c->node = node;
	c->kernel = kernel;
	if (c->device)
		c->gen = READ_ONCE(c->device->gen);
	strscpy(c->name, dev_name(&node->dev), sizeof(c->name));
	return c;
}

/**
 * winpar_client_release() - a client goes away
 * @c: the client; freed here
 *
 * Process context.  WINDOWS-API.md 7.2 leaves cleanup open: winpar gives
 * back what the client holds (Documentation/decisions.rst).
 */
void winpar_client_release(struct winpar_client *c)
{
	struct winpar_port *port = c->port;

	winpar_isr_remove_client(c);
	/* A free begun at interrupt level finishes first. */
	irq_work_sync(&port->free_work);

	winpar_test_delay();
	mutex_lock(&port->lock);
	/* A removal took the port from its owner (winpar_alloc_remove()). */
	if (!port->removed && winpar_owns(c)) {
		if (c->device)
			__winpar_terminate_mode(c);
		winpar_end_session(port);
		if (port->chip_mode != INITIAL_MODE)
			winpar_clear_chip_mode(c, port->chip_mode);
		winpar_free(c);
	}
	mutex_unlock(&port->lock);

	winpar_port_close(port);
	if (c->device)
		atomic_set(&c->device->open, 0);
	kfree(c);
}

/**
 * winpar_open() - open a winpar port or device from the kernel
 * @name: the node's name: "ParallelPort0" (a port, shared), "LPT1" (the
 *	raw device), "LPT1.0" .. "LPT1.3" (1284.3 daisy-chain devices) or
 *	"LPT1.4" (the end-of-chain device); devices are exclusive
 *
 * The kernel's IRP_MJ_CREATE: process context.  The handle is the client's
 * file object: pass it to winpar_device_control() and close it with
 * winpar_close().
 *
 * Return: the handle, or ERR_PTR(-ENOENT) when no such node exists,
 * -EBUSY when the device is open, -ENODEV, -ENOMEM.
 */
struct winpar_client *winpar_open(const char *name)
{
	struct winpar_node *node;
	struct winpar_client *c;

	node = winpar_node_find(name);
	if (!node)
		return ERR_PTR(-ENOENT);
	c = winpar_client_new(node, true);
	if (IS_ERR(c))
		put_device(&node->dev);
	return c;
}
EXPORT_SYMBOL_GPL(winpar_open);

/**
 * winpar_close() - close a handle from winpar_open()
 * @c: the handle
 *
 * The kernel's IRP_MJ_CLEANUP and IRP_MJ_CLOSE: what the client still
 * holds is given back (its allocation or lock, its interrupt routines).
 * Process context.
 */
void winpar_close(struct winpar_client *c)
{
	struct winpar_node *node = c->node;

	winpar_client_release(c);
	put_device(&node->dev);
}
EXPORT_SYMBOL_GPL(winpar_close);

/**
 * winpar_device_control() - send a request, as IoBuildDeviceIoControlRequest
 * @c: a handle from winpar_open()
 * @internal: true for IRP_MJ_INTERNAL_DEVICE_CONTROL, false for
 *	IRP_MJ_DEVICE_CONTROL
 * @code: the IOCTL code
 * @in: the input buffer (may be NULL when @in_len is 0)
 * @in_len: InputBufferLength
 * @out: the output buffer (may be NULL when @out_len is 0)
 * @out_len: OutputBufferLength
 * @information: if not NULL, receives IoStatus.Information
 *
 * METHOD_BUFFERED as on Windows: the input is copied into a system buffer,
 * the output (Information bytes) back into @out; @in and @out may be the
 * same buffer.  Process context: a request may wait for the port.
 * Information structures returned to a kernel client carry real function
 * pointers and contexts (WINDOWS-API.md section 10).
 *
 * Return: the NTSTATUS of the request.
 */
s32 winpar_device_control(struct winpar_client *c, bool internal, u32 code,
			  const void *in, u32 in_len, void *out, u32 out_len,
			  u32 *information)
{
	enum winpar_major major = internal ? WINPAR_MJ_INTERNAL_DEVICE_CONTROL :
					     WINPAR_MJ_DEVICE_CONTROL;
	const struct winpar_request *r;
	struct winpar_req req = {
		.node = c->node, .client = c, .code = code,
		.in_len = in_len, .out_len = out_len,
	};
	u32 in_cap, out_cap;
	ntstatus_t status;

	if (information)
		*information = 0;
	if ((in_len && !in) || (out_len && !out))
		return STATUS_INVALID_PARAMETER;
	r = winpar_request_find(c->node->kind, major, code);
	in_cap = r ? min(in_len, r->in_max) : 0;
	out_cap = r ? min(out_len, r->out_max) : 0;

	req.buf = kvzalloc(max3(in_cap, out_cap, 1U), GFP_KERNEL);
	if (!req.buf)
		return STATUS_INSUFFICIENT_RESOURCES;
	if (in_cap)
		memcpy(req.buf, in, in_cap);
	status = winpar_request_run(r, &req, major);
	if (req.info)
		memcpy(out, req.buf, req.info);
	if (information)
		*information = req.info;
	kvfree(req.buf);
	return status;
}
EXPORT_SYMBOL_GPL(winpar_device_control);

/**
 * winpar_write() - IRP_MJ_WRITE from the kernel
 * @c: a handle of a device from winpar_open()
 * @buf: the bytes
 * @len: Parameters.Write.Length
 * @information: if not NULL, receives IoStatus.Information: the bytes the
 *	peripheral took, also when the request failed
 *
 * The device's forward protocol and write time-out, exactly as a write
 * from a process (WINDOWS-API.md 1.8, 7.2).  Process context: the request
 * may wait for the port and for the printer.
 *
 * Return: the NTSTATUS of the request.
 */
s32 winpar_write(struct winpar_client *c, const void *buf, u32 len, u32 *information)
{
	struct kvec kv = { .iov_base = (void *)buf, .iov_len = len };
	unsigned int flags = 0;
	struct iov_iter from;
	ntstatus_t status;
	u32 done;

	if (len && !buf)
		return STATUS_INVALID_PARAMETER;
	iov_iter_kvec(&from, WRITE, &kv, 1, len);
	status = winpar_io_write(c, &from, &done, &flags);
	if (information)
		*information = done;
	return status;
}
EXPORT_SYMBOL_GPL(winpar_write);

/**
 * winpar_read() - IRP_MJ_READ from the kernel
 * @c: a handle of a device from winpar_open()
 * @buf: room for @len bytes
 * @len: Parameters.Read.Length
 * @information: if not NULL, receives IoStatus.Information: the bytes read
 *
 * The device's reverse protocol: what the peripheral has now, none if it
 * has nothing.  Process context.
 *
 * Return: the NTSTATUS of the request.
 */
s32 winpar_read(struct winpar_client *c, void *buf, u32 len, u32 *information)
{
	struct kvec kv = { .iov_base = buf, .iov_len = len };
	struct iov_iter to;
	ntstatus_t status;
	u32 done;

	if (len && !buf)
		return STATUS_INVALID_PARAMETER;
	iov_iter_kvec(&to, READ, &kv, 1, len);
	status = winpar_io_read(c, &to, &done, false);
	if (information)
		*information = done;
	return status;
}
EXPORT_SYMBOL_GPL(winpar_read);

/**
 * winpar_query_information() - IRP_MJ_QUERY_INFORMATION from the kernel
 * @c: a handle of a device from winpar_open()
 * @class: FileStandardInformation or FilePositionInformation
 * @buf: room for @len bytes
 * @len: Parameters.QueryFile.Length
 * @information: if not NULL, receives IoStatus.Information
 *
 * Return: the NTSTATUS of the request (WINDOWS-API.md 7.2).
 */
s32 winpar_query_information(struct winpar_client *c, u32 class, void *buf, u32 len,
			     u32 *information)
{
	ntstatus_t status;
	u32 info;

	if (len && !buf)
		return STATUS_INVALID_PARAMETER;
	status = winpar_io_query_information(c, class, buf, len, &info);
	if (information)
		*information = info;
	return status;
}
EXPORT_SYMBOL_GPL(winpar_query_information);

/**
 * winpar_cancel_io() - cancel a handle's reads and writes (IoCancelIrp)
 * @c: a handle from winpar_open()
 *
 * Every winpar_read() and winpar_write() on @c that is in progress, from
 * any thread, ends soon with STATUS_CANCELLED and the bytes it had moved
 * (a request that completes meanwhile keeps its own status).  Any context
 * but hard interrupt.
 *
 * Return: the number of requests cancelled.
 */
int winpar_cancel_io(struct winpar_client *c)
{
	return winpar_io_cancel(c, false);
}
EXPORT_SYMBOL_GPL(winpar_cancel_io);
