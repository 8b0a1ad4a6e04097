// SPDX-License-Identifier: GPL-2.0
/*
 * The character devices: a thin copy-in/copy-out layer over the request
 * table (request.c).  Documentation/transport.rst describes the interface.
 *
 *   ioctl(WINPAR_IOCTL_DEVICE_CONTROL / _INTERNAL_DEVICE_CONTROL, struct winpar_ioctl *)
 *	the DeviceIoControl-shaped transport, on both kinds of node
 *   ioctl(<Windows code>, buffer)
 *	a public request with fixed-size buffers, on an LPT node
 *   read(), write()
 *	IRP_MJ_READ and IRP_MJ_WRITE on an LPT node, in the device's protocols
 *   ioctl(WINPAR_IOCTL_CANCEL), close()
 *	cancel the caller's reads and writes in progress on the file
 *   poll()
 *	an LPT node: writable when the printer can take a byte, readable
 *	when the peripheral has reverse data
 *
 * read() and write() honour O_NONBLOCK (as lp: EAGAIN when nothing can
 * move now); the transport's requests are Windows requests and wait as
 * Windows does whatever the file's flags.
 */
#include <linux/compat.h>
#include <linux/fs.h>
#include <linux/minmax.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/poll.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/uio.h>

#include "request.h"

/* Requests whose buffers fit this take no allocation. */
#define WINPAR_SMALL_BUF	128

static int winpar_open(struct inode *inode, struct file *file)
{
	struct winpar_node *node = container_of(inode->i_cdev, struct winpar_node, cdev);
	struct winpar_client *c;
	int err;

	/* The cdev keeps the node, and the node keeps the port, while the file is open. */
	c = winpar_client_new(node, false);
	if (IS_ERR(c))
		return PTR_ERR(c);
	file->private_data = c;
	err = nonseekable_open(inode, file);
	if (err)
		winpar_client_release(c);
	return err;
}

/*
 * Every close(): the closing process's reads and writes on the file end
 * (IRP_MJ_CLEANUP cancels a handle's requests).  Another process that
 * shares the file, a parent after fork(), keeps its own.
 */
static int winpar_flush(struct file *file, fl_owner_t id)
{
	struct winpar_client *c = file->private_data;

	if (c->node->kind == WINPAR_NODE_LPT)
		winpar_io_cancel(c, true);
	return 0;
}

static int winpar_release_file(struct inode *inode, struct file *file)
{
	winpar_client_release(file->private_data);
	return 0;
}

/*
 * The output of a request.  Up to WINPAR_SMALL_BUF bytes: stores inlined in
 * one user access, without copy_to_user()'s out-of-line call, object check
 * and string copy (a status query answers 1 byte).
 */
static __always_inline int winpar_copy_out(void __user *to, const void *from, u32 len)
{
	if (len > WINPAR_SMALL_BUF)
		return copy_to_user(to, from, len) ? -EFAULT : 0;
	if (!user_write_access_begin(to, len))
		return -EFAULT;
	unsafe_copy_to_user(to, from, len, efault);
	user_write_access_end();
	return 0;
efault:
	user_write_access_end();
	return -EFAULT;
}

/*
 * Copy the input in, run the request, copy Information bytes out: what the
 * Windows I/O manager does for METHOD_BUFFERED.  Inline in both callers,
 * as the request path is (request.h).
 */
static __always_inline ntstatus_t
winpar_buffered_call(struct winpar_client *c, enum winpar_major major,
		     const struct winpar_request *r, u32 code,
		     void __user *in, u32 in_len, void __user *out, u32 out_len, u32 *info)
{
	struct winpar_req req = {
		.node = c->node, .client = c, .compat = in_compat_syscall(),
		.code = code, .in_len = in_len, .out_len = out_len,
	};
	u32 in_cap = r ? min(in_len, r->in_max) : 0;
	u32 out_cap = r ? min(out_len, r->out_max) : 0;
	u32 size = max(in_cap, out_cap);
	/* The kernel looks at no more than WINPAR_MAX_BUFFER bytes of either (uapi). */
	u32 in_probe = min_t(u32, in_len, WINPAR_MAX_BUFFER);
	u32 out_probe = min_t(u32, out_len, WINPAR_MAX_BUFFER);
	bool query = r && (r->flags & WINPAR_REQ_QUERY);
	u64 small[WINPAR_SMALL_BUF / sizeof(u64)] __uninitialized;
	ntstatus_t status;

	*info = 0;
	/*
	 * The I/O manager probes both buffers, whole, before the driver sees
	 * the request: an unreachable or read-only output fails here, before
	 * the request has any effect.  fault_in_safe_writeable() does not
	 * change the caller's bytes.  The copies below reach the first
	 * in_cap input bytes; only the rest needs a probe of its own.  A
	 * query changes nothing, so its output is checked after it ran, by
	 * the copy and by a probe of what the copy did not reach: the answer
	 * is the same, without a probe in the common case.  Probes stop at
	 * WINPAR_MAX_BUFFER: a length of 4 GiB over a large mapping must not
	 * fault all of it in for a request that answers one byte.
	 */
	if ((in_len && !in) || (out_len && !out) ||
	    !access_ok(in, in_len) || !access_ok(out, out_len) ||
	    (in_probe > in_cap && fault_in_readable(in + in_cap, in_probe - in_cap)) ||
	    (!query && fault_in_safe_writeable(out, out_probe)))
		return STATUS_ACCESS_VIOLATION;

	/* Up to 64 KiB for a Device ID: not necessarily contiguous pages. */
	if (size <= sizeof(small[0])) {
		small[0] = 0;
		req.buf = small;
	} else if (size <= sizeof(small)) {
		memset(small, 0, size);
		req.buf = small;
	} else {
		req.buf = kvzalloc(size, GFP_KERNEL);
		if (!req.buf)
			return STATUS_INSUFFICIENT_RESOURCES;
	}
	if (in_cap && copy_from_user(req.buf, in, in_cap)) {
		status = STATUS_ACCESS_VIOLATION;
		goto out;
	}

	status = winpar_request_run(r, &req, major);
	/* A query's output: first the part the copy will not reach. */
	if ((query && out_probe > req.info &&
	     fault_in_readable(out + req.info, out_probe - req.info)) ||
	    (req.info && winpar_copy_out(out, req.buf, req.info))) {
		status = STATUS_ACCESS_VIOLATION;
		req.info = 0;
	}
	*info = req.info;
out:
	if (req.buf != small)
		kvfree(req.buf);
	return status;
}

static long winpar_ioctl_transport(struct winpar_client *c, enum winpar_major major,
				   struct winpar_ioctl __user *uarg)
{
	const struct winpar_request *r;
	struct winpar_ioctl w;
	ntstatus_t status;
	u32 info;

	/* The header's fields in one user access (benchmarks.rst). */
	if (!user_read_access_begin(uarg, sizeof(*uarg)))
		return -EFAULT;
	unsafe_get_user(w.code, &uarg->code, efault_in);
	unsafe_get_user(w.flags, &uarg->flags, efault_in);
	unsafe_get_user(w.input, &uarg->input, efault_in);
	unsafe_get_user(w.output, &uarg->output, efault_in);
	unsafe_get_user(w.input_length, &uarg->input_length, efault_in);
	unsafe_get_user(w.output_length, &uarg->output_length, efault_in);
	user_read_access_end();

	if (w.flags) {
		status = STATUS_INVALID_PARAMETER;
		info = 0;
	} else {
		r = winpar_request_find(c->node->kind, major, w.code);
		status = winpar_buffered_call(c, major, r, w.code,
					      u64_to_user_ptr(w.input), w.input_length,
					      u64_to_user_ptr(w.output), w.output_length, &info);
	}

	/* status and information are adjacent: one user access for both. */
	if (!user_write_access_begin(&uarg->status, 2 * sizeof(u32)))
		return -EFAULT;
	unsafe_put_user(status, &uarg->status, efault);
	unsafe_put_user(info, &uarg->information, efault);
	user_write_access_end();
	return winpar_ntstatus_to_errno(status);
efault:
	user_write_access_end();
	return -EFAULT;
efault_in:
	user_read_access_end();
	return -EFAULT;
}

/* A Windows code used as the ioctl number: one buffer, in and out. */
static long winpar_ioctl_raw(struct winpar_client *c, unsigned int cmd, void __user *argp)
{
	struct winpar_node *node = c->node;
	const struct winpar_request *r;
	ntstatus_t status;
	u32 info;

	r = winpar_request_find(node->kind, WINPAR_MJ_DEVICE_CONTROL, cmd);
	if (node->kind != WINPAR_NODE_LPT || !r || !(r->flags & WINPAR_REQ_RAW))
		return -ENOTTY;
	status = winpar_buffered_call(c, WINPAR_MJ_DEVICE_CONTROL, r, cmd, argp, r->in_max,
				      argp, r->out_max, &info);
	return winpar_ntstatus_to_errno(status);
}

/*
 * read() and write(): the same requests as WINPAR_IOCTL_READ and _WRITE,
 * for Linux tools (cat file > /dev/winpar/LPT1).  The count moved is
 * returned when there is one, as write(2) does for a partial write; else
 * the errno of the status (Documentation/transport.rst).
 */
static ssize_t winpar_rw_result(struct file *file, ntstatus_t status, u32 done)
{
	if (done)
		return done;
	/* O_NONBLOCK: nothing could move now; poll() says when it can. */
	if (status == STATUS_DEVICE_BUSY && (file->f_flags & O_NONBLOCK))
		return -EAGAIN;
	return winpar_ntstatus_to_errno(status);
}

/* IRP_MJ_WRITE: send the bytes with the device's forward protocol. */
static ssize_t winpar_fop_write(struct file *file, const char __user *ubuf, size_t len,
				loff_t *ppos)
{
	struct winpar_client *c = file->private_data;
	struct iov_iter from;
	unsigned int flags;
	ntstatus_t status;
	u32 done;

	if (c->node->kind != WINPAR_NODE_LPT)
		return -EINVAL;
	iov_iter_ubuf(&from, WRITE, (char __user *)ubuf, min_t(size_t, len, U32_MAX));
	flags = (file->f_flags & O_NONBLOCK) ? WINPAR_IO_NONBLOCK : 0;
	status = winpar_io_write(c, &from, &done, &flags);
	return winpar_rw_result(file, status, done);
}

/*
 * IRP_MJ_READ: what the peripheral has, up to one chunk, with the device's
 * reverse protocol (nibble unless IOCTL_IEEE1284_NEGOTIATE chose another).
 * 0 when the peripheral has nothing to send.
 */
static ssize_t winpar_fop_read(struct file *file, char __user *ubuf, size_t len, loff_t *ppos)
{
	struct winpar_client *c = file->private_data;
	struct iov_iter to;
	ntstatus_t status;
	u32 done;

	if (c->node->kind != WINPAR_NODE_LPT)
		return -EINVAL;
	iov_iter_ubuf(&to, READ, ubuf, min_t(size_t, len, U32_MAX));
	status = winpar_io_read(c, &to, &done, file->f_flags & O_NONBLOCK);
	return winpar_rw_result(file, status, done);
}

/* A write's flags: WINPAR_IO_NOWAIT, alone, with _RESUME, or with _RESUME and _KEPT. */
static bool winpar_io_flags_valid(unsigned int cmd, u32 flags)
{
	if (!flags)
		return true;
	return cmd == WINPAR_IOCTL_WRITE &&
	       (flags == WINPAR_IO_NOWAIT || flags == (WINPAR_IO_NOWAIT | WINPAR_IO_RESUME) ||
		flags == (WINPAR_IO_NOWAIT | WINPAR_IO_RESUME | WINPAR_IO_KEPT));
}

/*
 * WINPAR_IOCTL_WRITE, _READ, _QUERY_INFORMATION: IRP_MJ_WRITE, _READ and
 * _QUERY_INFORMATION with their NTSTATUS and Information, together.  A
 * write takes @input/@input_length, a read and a query @output and
 * @output_length; a query's @code is the FileInformationClass, a read's or
 * a write's must be 0 (the byte offset: 7.2), and @flags 0 except a
 * write's (winpar_io_flags_valid()).
 */
static long winpar_ioctl_io(struct winpar_client *c, unsigned int cmd,
			    struct winpar_ioctl __user *uarg)
{
	u64 small[4] = { };
	struct winpar_ioctl w;
	struct iov_iter iter;
	ntstatus_t status;
	u32 info = 0;

	if (copy_from_user(&w, uarg, offsetof(struct winpar_ioctl, status)))
		return -EFAULT;
	if (c->node->kind != WINPAR_NODE_LPT) {
		status = STATUS_INVALID_DEVICE_REQUEST;
	} else if (!winpar_io_flags_valid(cmd, w.flags) ||
		   (cmd != WINPAR_IOCTL_QUERY_INFORMATION && w.code)) {
		status = STATUS_INVALID_PARAMETER;
	} else if (cmd == WINPAR_IOCTL_WRITE) {
		/* The I/O manager probes the buffer before the driver sees the request. */
		if (w.input_length &&
		    (!access_ok(u64_to_user_ptr(w.input), w.input_length) ||
		     fault_in_readable(u64_to_user_ptr(w.input),
				       min_t(u32, w.input_length, WINPAR_MAX_BUFFER)))) {
			status = STATUS_ACCESS_VIOLATION;
		} else {
			iov_iter_ubuf(&iter, WRITE, u64_to_user_ptr(w.input), w.input_length);
			status = winpar_io_write(c, &iter, &info, &w.flags);
			if (put_user(w.flags, &uarg->flags))
				return -EFAULT;
		}
	} else if (cmd == WINPAR_IOCTL_READ) {
		if (w.output_length &&
		    (!access_ok(u64_to_user_ptr(w.output), w.output_length) ||
		     fault_in_safe_writeable(u64_to_user_ptr(w.output),
					     min_t(u32, w.output_length, WINPAR_MAX_BUFFER)))) {
			status = STATUS_ACCESS_VIOLATION;
		} else {
			iov_iter_ubuf(&iter, READ, u64_to_user_ptr(w.output), w.output_length);
			status = winpar_io_read(c, &iter, &info, false);
		}
	} else {
		status = winpar_io_query_information(c, w.code, small, w.output_length, &info);
		if (info && copy_to_user(u64_to_user_ptr(w.output), small, info)) {
			status = STATUS_ACCESS_VIOLATION;
			info = 0;
		}
	}

	if (put_user(status, &uarg->status) || put_user(info, &uarg->information))
		return -EFAULT;
	return winpar_ntstatus_to_errno(status);
}

/*
 * poll(): an LPT node is writable when the printer can take a byte now,
 * readable when the peripheral has reverse data (winpar_io_poll()); a
 * port node is neither.  A poller that waits is woken to look again every
 * few milliseconds (the printer's lines raise no event of their own).
 */
static __poll_t winpar_fop_poll(struct file *file, poll_table *wait)
{
	struct winpar_client *c = file->private_data;
	__poll_t want = poll_requested_events(wait);
	__poll_t mask;

	if (c->node->kind != WINPAR_NODE_LPT)
		return 0;
	poll_wait(file, &c->port->poll_wq, wait);
	mask = winpar_io_poll(c, want);
	if (!(mask & want) && wait)
		winpar_io_poll_later(c->port);
	return mask;
}

static long winpar_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct winpar_client *c = file->private_data;
	void __user *argp = (void __user *)arg;

	switch (cmd) {
	case WINPAR_IOCTL_DEVICE_CONTROL:
		return winpar_ioctl_transport(c, WINPAR_MJ_DEVICE_CONTROL, argp);
	case WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL:
		return winpar_ioctl_transport(c, WINPAR_MJ_INTERNAL_DEVICE_CONTROL, argp);
	case WINPAR_IOCTL_READ:
	case WINPAR_IOCTL_WRITE:
	case WINPAR_IOCTL_QUERY_INFORMATION:
		return winpar_ioctl_io(c, cmd, argp);
	case WINPAR_IOCTL_CANCEL:
		if (c->node->kind != WINPAR_NODE_LPT)
			return -ENOTTY;
		return winpar_io_cancel(c, true);
	default:
		return winpar_ioctl_raw(c, cmd, argp);
	}
}

const struct file_operations winpar_fops = {
	.owner = THIS_MODULE,
	.open = winpar_open,
	.flush = winpar_flush,
	.release = winpar_release_file,
	.read = winpar_fop_read,
	.write = winpar_fop_write,
	.poll = winpar_fop_poll,
	.unlocked_ioctl = winpar_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
};
