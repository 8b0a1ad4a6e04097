// SPDX-License-Identifier: GPL-2.0
/*
 * IRP_MJ_WRITE, IRP_MJ_READ and IRP_MJ_QUERY_INFORMATION on a device
 * (WINDOWS-API.md 1.7, 1.8, 7.2): what read(), write(), the transport's
 * WINPAR_IOCTL_READ/_WRITE/_QUERY_INFORMATION and the kernel's
 * winpar_read()/winpar_write() all do, each answered with an NTSTATUS and
 * Information (the bytes moved, also when the request failed).
 *
 * A write waits out the device's write time-out as Microsoft's driver
 * does: a printer that is busy, out of paper, off line or in error holds
 * the request; the count-down starts again whenever the printer takes a
 * byte; at its end the request fails with the printer's reason.  A printer
 * that is powered off fails it at once.  While it waits the request gives
 * the port up once a second, so that lp, ppdev and other winpar clients
 * get their turn, and takes it back (STATUS_DEVICE_BUSY if it cannot
 * within the count-down).  A printer that recovers in time gets the rest,
 * in order, once.
 */
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/poll.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/uio.h>

#include <winpar/ntddpar.h>

#include "winpar.h"
#include "trace.h"

/* Bytes moved per winpar_write_forward() or winpar_read_reverse() call. */
#define WINPAR_IO_CHUNK		4096
/* How often a waiting write looks at the printer again. */
#define WINPAR_IO_POLL_MS	10
/* How long a waiting write keeps the port before it lets others have it. */
#define WINPAR_IO_SLICE		HZ

/* The printer can take a byte: not busy, no paper out, selected, no fault. */
static bool winpar_printer_ready(struct winpar_port *port)
{
	const u8 mask = PARPORT_STATUS_BUSY | PARPORT_STATUS_ERROR |
			PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_SELECT;

	/* PARPORT_STATUS_BUSY set means the Busy line is low. */
	return (winpar_read_status(port) & mask) ==
	       (PARPORT_STATUS_BUSY | PARPORT_STATUS_ERROR | PARPORT_STATUS_SELECT);
}

/* The printer shows paper out, off line or an error (not merely busy). */
static bool winpar_printer_faulted(struct winpar_port *port)
{
	const u8 mask = PARPORT_STATUS_ERROR | PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_SELECT;

	return (winpar_read_status(port) & mask) != (PARPORT_STATUS_ERROR | PARPORT_STATUS_SELECT);
}

/*
 * Cancel (WINDOWS-API.md 1.7): CancelIo/CancelIoEx from another thread
 * (WINPAR_IOCTL_CANCEL, winpar_cancel_io()) and the close of the handle
 * end a read or write that waits, with STATUS_CANCELLED and the bytes
 * already moved.  Each read and write is on its port's @io_waits while it
 * runs; a cancel marks it and wakes its thread, and every wait on its way
 * (the port, the printer, a handshake) looks at the mark through
 * winpar_io_cancelled().
 */
static void winpar_io_begin(struct winpar_client *c, struct winpar_io_wait *iw)
{
	struct winpar_port *port = c->port;
	unsigned long flags;

	*iw = (struct winpar_io_wait){
		.task = current, .client = c, .tgid = task_tgid_nr(current),
	};
	spin_lock_irqsave(&port->io_lock, flags);
	list_add_tail(&iw->list, &port->io_waits);
	spin_unlock_irqrestore(&port->io_lock, flags);
}

static void winpar_io_end(struct winpar_client *c, struct winpar_io_wait *iw)
{
	unsigned long flags;

	spin_lock_irqsave(&c->port->io_lock, flags);
	list_del(&iw->list);
	spin_unlock_irqrestore(&c->port->io_lock, flags);
}

/**
 * winpar_io_cancelled() - was the read or write this thread runs on @port cancelled?
 * @port: the port
 *
 * Return: true once a cancel marked it; false for any other caller.
 */
bool winpar_io_cancelled(struct winpar_port *port)
{
	struct winpar_io_wait *iw;
	unsigned long flags;
	bool ret = false;

	spin_lock_irqsave(&port->io_lock, flags);
	list_for_each_entry(iw, &port->io_waits, list) {
		if (iw->task == current) {
			ret = iw->cancelled;
			break;
		}
	}
	spin_unlock_irqrestore(&port->io_lock, flags);
	return ret;
}

/**
 * winpar_io_sleep() - sleep up to @timeout jiffies, unless a signal or a cancel comes
 * @port: the port whose read or write the caller runs
 * @timeout: jiffies
 *
 * Return: 0, -EINTR on a signal, -ECANCELED on a cancel.
 */
int winpar_io_sleep(struct winpar_port *port, unsigned long timeout)
{
	if (!signal_pending(current) && !winpar_io_cancelled(port))
		schedule_timeout_interruptible(timeout);
	if (signal_pending(current))
		return -EINTR;
	return winpar_io_cancelled(port) ? -ECANCELED : 0;
}

/**
 * winpar_io_cancel() - cancel the reads and writes of a client
 * @c: the client (an open file, or a kernel client)
 * @this_process: only those the calling process sent (a file's close and
 *	CancelIoEx: another process's requests on a shared file go on)
 *
 * Process or atomic context.  The requests end soon after, each with
 * STATUS_CANCELLED and the bytes it moved; a request that completes
 * meanwhile keeps its own status.
 *
 * Return: the number of requests marked.
 */
int winpar_io_cancel(struct winpar_client *c, bool this_process)
{
	struct winpar_port *port = c->port;
	pid_t tgid = task_tgid_nr(current);
	struct winpar_io_wait *iw;
	unsigned long flags;
	int n = 0;

	spin_lock_irqsave(&port->io_lock, flags);
	list_for_each_entry(iw, &port->io_waits, list) {
		if (iw->client != c || iw->cancelled || (this_process && iw->tgid != tgid))
			continue;
		iw->cancelled = true;
		/* Sleeps in winpar wait on a condition: an early wake-up is harmless. */
		wake_up_process(iw->task);
		n++;
	}
	spin_unlock_irqrestore(&port->io_lock, flags);
	/* A request waiting for the port re-checks its condition. */
	if (n) {
		spin_lock_irqsave(&port->alock, flags);
		wake_up_all(&port->wq);
		spin_unlock_irqrestore(&port->alock, flags);
	}
	return n;
}

/* What one write keeps between its turns with the port. */
struct winpar_io_write {
	struct winpar_client *c;
	bool nonblock;
	bool nowait;
	struct iov_iter *from;
	void *kbuf;
	int mode;
	size_t done;
	unsigned long timeout;
	unsigned long deadline;
};

/*
 * One turn with the port (held): send until everything went, or the
 * printer stopped and a second passed (STATUS_PENDING: give the port up
 * and come back; with WINPAR_IO_NOWAIT at once), or the count-down ran out
 * (the printer's reason).
 */
static ntstatus_t winpar_io_write_turn(struct winpar_io_write *w)
{
	struct winpar_client *c = w->c;
	struct winpar_node *node = c->node;
	struct winpar_port *port = c->port;
	unsigned long turn_end = jiffies + WINPAR_IO_SLICE;
	size_t len = w->done + iov_iter_count(w->from);
	ntstatus_t stopped;
	ssize_t sent;
	size_t n;
	u64 t0;

	while (w->done < len) {
		unsigned long until = time_before(turn_end, w->deadline) ? turn_end : w->deadline;

		long wait = w->nowait ? 1 : max_t(long, (long)(until - jiffies), 1);

		/* WINPAR_IO_NOWAIT: a second at most; the caller comes back at once. */
		if (w->nowait && time_after_eq(jiffies, turn_end))
			return STATUS_PENDING;

		n = min_t(size_t, len - w->done, WINPAR_IO_CHUNK);
		if (copy_from_iter(w->kbuf, n, w->from) != n)
			return STATUS_ACCESS_VIOLATION;
		/* The printer may stay busy between two bytes up to the end of this turn. */
		parport_set_timeout(port->pdev, wait);
		t0 = ktime_get_ns();
		/* WINPAR_IO_NOWAIT: a printer still busy after the quick reads ends it. */
		WRITE_ONCE(port->xfer_nowait, w->nowait);
		sent = winpar_write_forward(port, w->mode, READ_ONCE(c->device->write_addr),
					    w->kbuf, n);
		WRITE_ONCE(port->xfer_nowait, false);
		trace_winpar_transfer(node ? dev_name(&node->dev) : c->name, false, w->mode, n,
				      sent, ktime_get_ns() - t0);
		if (sent < 0) {
			iov_iter_revert(w->from, n);
			return STATUS_IO_DEVICE_ERROR;
		}
		iov_iter_revert(w->from, n - sent);
		w->done += sent;
		/*
		 * The count-down starts again at the last byte taken: when the
		 * printer then stayed busy, the writer waited @wait for the next
		 * one before it gave up (on a fault it gives up at once).
		 */
		if (sent == n)
			w->deadline = jiffies + w->timeout;
		else if (sent)
			w->deadline = jiffies + w->timeout -
				      (winpar_printer_faulted(port) ? 0 : wait);
		if (sent == n)
			continue;

		/* The printer stopped taking bytes: why, and wait for it. */
		for (;;) {
			if (READ_ONCE(port->removed))
				return STATUS_DEVICE_REMOVED;
			if (signal_pending(current) || winpar_io_cancelled(port))
				return STATUS_CANCELLED;
			stopped = winpar_write_stopped_status(port);
			if (stopped == STATUS_DEVICE_POWERED_OFF)
				return stopped;
			if (time_after_eq(jiffies, w->deadline) || w->nonblock)
				return stopped;
			if (winpar_printer_ready(port))
				break;
			if (w->nowait || time_after_eq(jiffies, turn_end))
				return STATUS_PENDING;
			if (winpar_io_sleep(port, msecs_to_jiffies(WINPAR_IO_POLL_MS)))
				return STATUS_CANCELLED;
		}
	}
	return STATUS_SUCCESS;
}

/**
 * winpar_io_write() - IRP_MJ_WRITE: send bytes with the device's forward protocol
 * @c: a device client
 * @from: the bytes (user or kernel memory)
 * @done: Information: the bytes the peripheral took, also on failure
 * @flagsp: in: WINPAR_IO_NONBLOCK: write(2) on a file opened O_NONBLOCK: the
 *	port only if it can be had at once, and only the bytes the printer
 *	takes at once (as lp: a jiffy's wait for each); STATUS_DEVICE_BUSY (or
 *	the printer's reason) with what moved.
 *	WINPAR_IO_NOWAIT: the same, but with the device's count-down: while it
 *	runs, STATUS_PENDING with what moved, the count-down kept in @c for
 *	the rest, which comes with WINPAR_IO_NOWAIT | WINPAR_IO_RESUME
 *	(include/uapi/winpar/winpar.h); winpar_io_poll() tells when.
 *	Written back: WINPAR_IO_KEPT when the write pends with its count-down
 *	kept, 0 otherwise (a write waiting its turn, or any other answer).
 *
 * Process context.  The port is taken for the request, unless the client
 * holds it, and given up once a second while the printer cannot take
 * bytes (WINDOWS-API.md 1.8).
 *
 * Return: STATUS_SUCCESS; STATUS_PENDING (WINPAR_IO_NOWAIT only);
 * STATUS_DEVICE_BUSY, _PAPER_EMPTY, _OFF_LINE or
 * _NOT_CONNECTED at the end of the count-down; STATUS_DEVICE_POWERED_OFF
 * at once; STATUS_CANCELLED on a signal or a cancel; STATUS_DEVICE_REMOVED;
 * STATUS_DEVICE_BUSY when the port cannot be had; STATUS_ACCESS_VIOLATION
 * for a buffer that cannot be read; STATUS_IO_DEVICE_ERROR when the device
 * does not take its forward protocol.
 */
ntstatus_t winpar_io_write(struct winpar_client *c, struct iov_iter *from, u32 *done,
			   unsigned int *flagsp)
{
	unsigned int flags = *flagsp;
	bool nonblock = flags & WINPAR_IO_NONBLOCK, nowait = flags & WINPAR_IO_NOWAIT;
	bool resume = nowait && (flags & WINPAR_IO_RESUME);
	struct winpar_device *dev = c->device;
	struct winpar_io_write w = { .c = c, .from = from, .nonblock = nonblock,
				     .nowait = nowait };
	struct winpar_io_wait iw;
	struct winpar_hold hold;
	ntstatus_t status;
	int err;

	*done = 0;
	*flagsp = 0;
	if (!dev)
		return STATUS_INVALID_DEVICE_REQUEST;
	if (winpar_client_gone(c))
		return STATUS_DEVICE_REMOVED;
	/* WINPAR_IO_NOWAIT: one write pends at a time, the others wait their turn. */
	if (nowait && !resume && (READ_ONCE(c->kept) || atomic_read(&c->waiting))) {
		atomic_inc(&c->waiting);
		return STATUS_PENDING;
	}
	/* Length 0 with WINPAR_IO_RESUME: the caller gave its pending write up. */
	if (resume && !iov_iter_count(from)) {
		if (flags & WINPAR_IO_KEPT)
			WRITE_ONCE(c->kept, false);
		else
			atomic_add_unless(&c->waiting, -1, 0);
		return STATUS_SUCCESS;
	}
	if (!iov_iter_count(from))
		return STATUS_SUCCESS;	/* 7.2: at once */
	w.mode = winpar_mode_to_ieee(READ_ONCE(dev->write_mode));
	if (w.mode < 0)
		return STATUS_IO_DEVICE_ERROR;
	w.kbuf = kmalloc(min_t(size_t, iov_iter_count(from), WINPAR_IO_CHUNK), GFP_KERNEL);
	if (!w.kbuf)
		return STATUS_INSUFFICIENT_RESOURCES;
	w.timeout = nonblock ? 1 : (unsigned long)READ_ONCE(dev->write_timeout_s) * HZ;
	w.deadline = jiffies + w.timeout;
	/*
	 * The rest of a write that answered STATUS_PENDING: its count-down
	 * goes on.  Without one kept, a write that waited its turn starts.
	 */
	if (resume && READ_ONCE(c->kept))
		w.deadline = READ_ONCE(c->kept_deadline);
	else if (resume)
		atomic_add_unless(&c->waiting, -1, 0);
	WRITE_ONCE(c->kept, false);

	winpar_io_begin(c, &iw);
	do {
		/* The port, within what is left of the count-down. */
		err = winpar_take_within(c, &hold, w.mode, nonblock || nowait ? 0 :
					 min_t(long, winpar_acquire_wait(c),
					       max_t(long, (long)(w.deadline - jiffies), 1)));
		if (err) {
			status = err == -EINTR || err == -ECANCELED ? STATUS_CANCELLED :
				 winpar_errno_to_ntstatus(err);
			/* Not now: poll() tells when the port is free. */
			if (nowait && status == STATUS_DEVICE_BUSY &&
			    time_before(jiffies, w.deadline))
				status = STATUS_PENDING;
			break;
		}
		status = winpar_io_write_turn(&w);
		winpar_give(&hold);
	} while (status == STATUS_PENDING && !nowait);
	winpar_io_end(c, &iw);
	if (status == STATUS_PENDING) {
		WRITE_ONCE(c->kept_deadline, w.deadline);
		WRITE_ONCE(c->kept, true);
		*flagsp = WINPAR_IO_KEPT;
	}

	kfree(w.kbuf);
	*done = w.done;
	return status;
}

/**
 * winpar_io_read() - IRP_MJ_READ: what the peripheral has, with the device's reverse protocol
 * @c: a device client
 * @to: room for the bytes (user or kernel memory)
 * @done: Information: the bytes read
 * @nonblock: read(2) on a file opened O_NONBLOCK: the port only if it can
 *	be had at once (else STATUS_DEVICE_BUSY), a jiffy's wait for a byte
 *
 * Up to WINPAR_IO_CHUNK bytes; none when the peripheral has nothing to
 * send (STATUS_SUCCESS, Information 0).
 *
 * Return: STATUS_SUCCESS, STATUS_CANCELLED (a signal or a cancel before
 * anything was read), STATUS_DEVICE_REMOVED,
 * STATUS_DEVICE_BUSY (the port could not be had), STATUS_ACCESS_VIOLATION,
 * or STATUS_IO_DEVICE_ERROR when the device does not take the protocol.
 */
ntstatus_t winpar_io_read(struct winpar_client *c, struct iov_iter *to, u32 *done, bool nonblock)
{
	struct winpar_device *dev = c->device;
	struct winpar_node *node = c->node;
	struct winpar_port *port = c->port;
	size_t len = min_t(size_t, iov_iter_count(to), WINPAR_IO_CHUNK);
	struct winpar_io_wait iw;
	struct winpar_hold hold;
	ntstatus_t status = STATUS_SUCCESS;
	void *kbuf;
	int mode, err;
	ssize_t n;
	u64 t0;

	*done = 0;
	if (!dev)
		return STATUS_INVALID_DEVICE_REQUEST;
	if (winpar_client_gone(c))
		return STATUS_DEVICE_REMOVED;
	if (!len)
		return STATUS_SUCCESS;
	mode = winpar_mode_to_ieee(READ_ONCE(dev->read_mode));
	if (mode < 0)
		return STATUS_IO_DEVICE_ERROR;
	kbuf = kmalloc(len, GFP_KERNEL);
	if (!kbuf)
		return STATUS_INSUFFICIENT_RESOURCES;

	winpar_io_begin(c, &iw);
	err = winpar_take_within(c, &hold, mode, nonblock ? 0 : winpar_acquire_wait(c));
	if (err) {
		winpar_io_end(c, &iw);
		kfree(kbuf);
		return err == -EINTR || err == -ECANCELED ? STATUS_CANCELLED :
		       winpar_errno_to_ntstatus(err);
	}
	t0 = ktime_get_ns();
	/* This device's time-out, not the last writer's (ECP's first byte waits it). */
	parport_set_timeout(port->pdev, nonblock ? 1 : (long)READ_ONCE(dev->write_timeout_s) * HZ);
	n = winpar_read_reverse(port, mode, READ_ONCE(dev->read_addr), kbuf, len);
	/*
	 * Nothing read because the port was removed (WINDOWS-API.md 3.1) or
	 * a signal came while it waited for the peripheral.
	 */
	if (n == 0 && READ_ONCE(port->removed))
		status = STATUS_DEVICE_REMOVED;
	else if (n == 0 && (signal_pending(current) || winpar_io_cancelled(port)))
		status = STATUS_CANCELLED;
	else if (n < 0)
		status = STATUS_IO_DEVICE_ERROR;
	winpar_give(&hold);
	winpar_io_end(c, &iw);
	trace_winpar_transfer(node ? dev_name(&node->dev) : c->name, true, mode, len, n,
			      ktime_get_ns() - t0);

	if (n > 0) {
		if (copy_to_iter(kbuf, n, to) != n)
			status = STATUS_ACCESS_VIOLATION;
		else
			*done = n;
	}
	kfree(kbuf);
	return status;
}

/**
 * winpar_io_query_information() - IRP_MJ_QUERY_INFORMATION (WINDOWS-API.md 7.2)
 * @c: a device client
 * @class: FileInformationClass: FileStandardInformation (5) or
 *	FilePositionInformation (14)
 * @buf: room for @len bytes
 * @len: Parameters.QueryFile.Length
 * @info: Information: the size of the structure on success, else 0
 *
 * A device is a stream without a size or a position: every field is 0.
 *
 * Return: STATUS_SUCCESS, STATUS_BUFFER_TOO_SMALL, STATUS_INVALID_PARAMETER
 * (another class), STATUS_DEVICE_REMOVED.
 */
ntstatus_t winpar_io_query_information(struct winpar_client *c, u32 class, void *buf, u32 len,
				       u32 *info)
{
	u32 size;

	*info = 0;
	if (!c->device)
		return STATUS_INVALID_DEVICE_REQUEST;
	if (winpar_client_gone(c))
		return STATUS_DEVICE_REMOVED;
	switch (class) {
	case FileStandardInformation:
		size = sizeof(FILE_STANDARD_INFORMATION);
		break;
	case FilePositionInformation:
		size = sizeof(FILE_POSITION_INFORMATION);
		break;
	default:
		return STATUS_INVALID_PARAMETER;
	}
	if (len < size)
		return STATUS_BUFFER_TOO_SMALL;
	memset(buf, 0, size);
	*info = size;
	return STATUS_SUCCESS;
}

/* How often a poll() that waits looks at the printer and the port again. */
#define WINPAR_IO_POLL_AGAIN_MS	10

/**
 * winpar_io_poll() - poll() on an LPT node: can a read or a write move bytes now?
 * @c: a device client
 * @want: the events the caller waits for
 *
 * Writable when the port can be had at once and the printer can take a
 * byte (not busy, selected, paper, no fault; an open ECP or EPP session of
 * the port's holder is writable); readable when the peripheral has data
 * in the device's reverse protocol (winpar_reverse_avail()).  A
 * non-blocking read or write then moves at least a byte, so that no caller
 * spins on poll() and EAGAIN.  Writable too once the count-down of a
 * WINPAR_IO_NOWAIT write that answered STATUS_PENDING has run out, so that
 * its caller comes back for the answer, and while a WINPAR_IO_NOWAIT write
 * waits its turn and none pends, so that it starts.
 *
 * Return: EPOLLOUT | EPOLLWRNORM, EPOLLIN | EPOLLRDNORM as they apply;
 * EPOLLERR | EPOLLHUP once the device is gone.
 */
__poll_t winpar_io_poll(struct winpar_client *c, __poll_t want)
{
	struct winpar_device *dev = c->device;
	struct winpar_port *port = c->port;
	struct winpar_hold hold;
	__poll_t mask = 0;
	int mode;

	if (!dev || winpar_client_gone(c))
		return EPOLLERR | EPOLLHUP;
	if (!(want & (EPOLLIN | EPOLLRDNORM | EPOLLOUT | EPOLLWRNORM)))
		return 0;
	if (want & (EPOLLOUT | EPOLLWRNORM) &&
	    (READ_ONCE(c->kept) ? time_after_eq(jiffies, READ_ONCE(c->kept_deadline)) :
	     atomic_read(&c->waiting)))
		mask |= EPOLLOUT | EPOLLWRNORM;
	if (winpar_take_within(c, &hold, IEEE1284_MODE_COMPAT, 0))
		return mask;
	if (want & (EPOLLOUT | EPOLLWRNORM) &&
	    (port->pp->physport->ieee1284.mode != IEEE1284_MODE_COMPAT ||
	     winpar_printer_ready(port)))
		mask |= EPOLLOUT | EPOLLWRNORM;
	mode = winpar_mode_to_ieee(READ_ONCE(dev->read_mode));
	if (want & (EPOLLIN | EPOLLRDNORM) && mode >= 0 && winpar_reverse_avail(port, mode))
		mask |= EPOLLIN | EPOLLRDNORM;
	winpar_give(&hold);
	return mask;
}

/**
 * winpar_io_poll_later() - look again for the pollers of @port in a while
 * @port: the port
 *
 * The printer's lines raise no event of their own on a port without an
 * interrupt: a poll() that found nothing is woken every
 * WINPAR_IO_POLL_AGAIN_MS to look again, while it waits.
 */
void winpar_io_poll_later(struct winpar_port *port)
{
	schedule_delayed_work(&port->poll_work, msecs_to_jiffies(WINPAR_IO_POLL_AGAIN_MS));
}

/**
 * winpar_io_poll_work() - wake the port's pollers
 * @work: the port's @poll_work
 */
void winpar_io_poll_work(struct work_struct *work)
{
	struct winpar_port *port = container_of(to_delayed_work(work), struct winpar_port,
						poll_work);

	wake_up_interruptible_all(&port->poll_wq);
}
