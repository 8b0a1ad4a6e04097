// SPDX-License-Identifier: GPL-2.0
/*
 * winpar's own IEEE 1284 software handshakes: compatibility, nibble, byte,
 * ECP and EPP, done with the fewest register accesses the protocol allows
 * (Documentation/benchmarks.rst, "The protocol's minimum"), through the
 * port's exported register operations.  They replace parport_write() and
 * parport_read() for ports whose low-level driver has no transfer routines
 * of its own, i.e. whose transfer operations are the parport core's
 * generic software ones (winpar_xfer_handles()).
 *
 * What they keep from the core's routines: the client device's time-out
 * while the peripheral is busy, short counts that are exactly what the
 * peripheral took, signals ending a wait, and port->ieee1284.phase as
 * parport_negotiate() expects it when it terminates the mode afterwards.
 * What they change: each status read serves every purpose it can (the
 * Event 9 read carries the nibble, the Event 43 read the ECP command flag,
 * the Event 11 read the next byte's nDataAvail); waits spin briefly and
 * then sleep (winpar_xfer_wait()); the port is never released in the
 * middle of a transfer.
 *
 * Context: process context, the port claimed by winpar, the port's mutex
 * held.  The waits may sleep.
 */
#include <linux/delay.h>
#include <linux/hrtimer.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/math64.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/string.h>
#include <linux/wait.h>

#include "winpar.h"

/* Status reads done back to back before a wait looks at the clock. */
#define WINPAR_XFER_QUICK_READS	4
/* How long a wait busy-polls the status before it sleeps. */
#define WINPAR_XFER_SPIN_US	50
/* Its sleeps: from this ... */
#define WINPAR_XFER_SLEEP_MIN_US	50
/* ... doubling up to this. */
#define WINPAR_XFER_SLEEP_MAX_US	10000
/* A device time-out of 0 means "never sleep" to the core: spin this long. */
#define WINPAR_XFER_NOSLEEP_US	35000
/* IEEE 1284's limit for a peripheral's answer to a handshake step. */
#define WINPAR_XFER_PERIPH_MS	35
/*
 * A printer with a buffer that filled: the first sleep, before anything
 * was learned; the sleeps' bounds; the bytes between two waits from which
 * a printer counts as buffering; how long after the last wait the next
 * one still belongs to the same stream of bytes.
 */
#define WINPAR_PACE_START_US	1000
#define WINPAR_PACE_MIN_US	100
#define WINPAR_PACE_MAX_US	100000
#define WINPAR_PACE_MIN_BURST	64
#define WINPAR_PACE_STREAM	HZ
/* EPP cycles: how long the core lets nWait take (Events 58 and 60). */
#define WINPAR_XFER_EPP_ACK_US	10
#define WINPAR_XFER_EPP_END_US	5

/**
 * struct winpar_wait - what a handshake step waits for, and how long
 * @mask: status bits looked at
 * @val: their wanted value
 * @stop_mask: status bits that end the wait at once, once the spin is
 *	over, when they differ from @stop_val (0: none)
 * @stop_val: their value while the peripheral is well
 * @spin_us: how long to busy-poll
 * @timeout: how long to go on polling, sleeping between looks (jiffies);
 *	0 for a wait that never sleeps
 * @port: the winpar port, whose removal and cancels are looked at between
 *	sleeps (NULL: none)
 * @printer: a printer's Busy in compatibility mode: paced sleeps and the
 *	port's interrupt (winpar_xfer_pace_busy(), winpar_xfer_sleep())
 * @quiet: the port's interrupt is off for the transfer (winpar_xfer_quiet())
 */
struct winpar_wait {
	u8 mask;
	u8 val;
	u8 stop_mask;
	u8 stop_val;
	unsigned int spin_us;
	unsigned long timeout;
	struct winpar_port *port;
	bool printer;
	bool quiet;
};

/*
 * A printer that takes bytes into a buffer and prints them at its own pace
 * stays Busy while the buffer is full, for as long as it takes to print a
 * byte, then takes one more.  Spinning until then takes bytes one at a
 * time and a CPU with them; sleeping in fixed or doubling steps, one byte
 * or a few per wake-up.  So a compatibility-mode write that finds the
 * printer still busy after the quick reads, having written
 * WINPAR_PACE_MIN_BURST bytes or more since the last such wait (or at
 * any wait while the sizes of the job are sought), sleeps at once, for a
 * quarter of the time the printer needs to print its full buffer.
 *
 * Both are measured, cycle by cycle: from one such wait (buffer full) to
 * the next, the printer printed exactly the bytes written in between,
 * @burst, so @burst over the cycle's time is its rate, unless it ran empty
 * during the sleep; then it printed less, and the rate comes out lower.
 * The highest rate seen is taken for its rate.  A cycle more than a
 * twentieth below it ran empty, and the buffer then holds what the burst
 * wrote less what was printed while it wrote (the burst's time at the
 * rate); two such cycles in a row, the second after a sleep made to fit,
 * mean it prints slower now, and that is its rate.  Until a cycle ran
 * empty, the buffer is at least what any sleep made room for, and each
 * sleep is twice the last, to find it; after, a sleep is a quarter of the
 * time the printer takes to print the buffer, up to WINPAR_PACE_MAX_US: a
 * wake-up late by as much again as the sleep (seen in QEMU's guests) still
 * finds bytes in the buffer, where with half of it the late cycles ran
 * empty and, taken for a slower printer, lengthened the sleeps further.
 * After a pause of WINPAR_PACE_STREAM (a new job) rate and buffer are
 * learnt again, from a sleep of WINPAR_PACE_START_US: a sleep learnt at a
 * slower rate would leave a faster printer standing empty, and its cycles,
 * all short of the rate, would never show that they ran empty.  A printer
 * still busy after such a sleep is waited for on the port's
 * interrupt where it has one (its nAck pulse at the end of Busy), else
 * polled in doubling steps from a quarter of the sleep, so that neither
 * costs more than twice the wait.
 *
 * Return: true to sleep at once, *@us long (no spin).
 */
static bool winpar_xfer_pace_busy(struct winpar_port *port, unsigned int *us)
{
	struct winpar_pace *p = &port->pace;
	unsigned int burst = p->burst, sleep;
	u64 now = ktime_get_ns(), cycle, rate, made;
	bool empty;

	p->burst = 0;
	if (time_after(jiffies, p->last + WINPAR_PACE_STREAM)) {
		/*
		 * Idle since: no cycle to measure, and a new job, maybe at
		 * another rate or to another printer: learnt again, from a
		 * first sleep short enough not to let it run empty.
		 */
		p->t_wake = 0;
		p->rate = 0;
		p->room = 0;
		p->room_known = false;
		p->empty = false;
		p->sleep_us = 0;
	}
	p->last = jiffies;
	if (p->t_wake && now > p->t_event && now >= p->t_wake) {
		cycle = now - p->t_event;
		rate = min_t(u64, div64_u64((u64)burst * NSEC_PER_SEC, cycle), U32_MAX);
		empty = rate * 20 < (u64)p->rate * 19;
		/* Twice in a row, after a sleep made to fit: it prints slower now. */
		if (empty && p->empty) {
			p->rate = rate;
			empty = false;
		}
		p->empty = empty;
		if (!empty)
			p->rate = max_t(u64, p->rate, rate);
		/* The room the sleep made: the burst less what printed meanwhile. */
		made = div64_u64((u64)p->rate * (now - p->t_wake), NSEC_PER_SEC);
		made = burst > made ? burst - made : 0;
		if (empty) {
			p->room = made;		/* it ran empty: the whole buffer */
			p->room_known = true;
		} else {
			p->room = max_t(u64, p->room, made);
		}
		if (p->room_known && p->rate)
			sleep = div64_u64((u64)p->room * USEC_PER_SEC, 4ULL * p->rate);
		else
			sleep = 2 * (p->sleep_us ?: WINPAR_PACE_START_US);
		p->sleep_us = clamp(sleep, WINPAR_PACE_MIN_US, WINPAR_PACE_MAX_US);
	}
	p->t_event = now;
	p->t_wake = 0;
	*us = p->sleep_us ?: WINPAR_PACE_START_US;
	/*
	 * While its buffer's size is sought (a cycle of this job measured,
	 * none run empty yet), the printer buffers: its bursts are short
	 * while the doubling sleeps are, and a spin or the interrupt would
	 * catch each byte as it gets room and keep them so.  A printer busy
	 * byte by byte shows, at its next cycle, a rate far below the first:
	 * taken for a cycle run empty, that ends the search and the pacing.
	 */
	return burst >= WINPAR_PACE_MIN_BURST || (p->sleep_us && !p->room_known);
}

/*
 * Sleep until the port's interrupt or @us, whichever comes first: the
 * interrupt on (ackIntEn) meanwhile.  The status is read once with it on:
 * a printer that dropped Busy before raised no interrupt for this wait.
 */
static void winpar_xfer_irq_sleep(struct parport *pp, const struct winpar_wait *w,
				  unsigned int us)
{
	struct winpar_pace *p = &w->port->pace;
	int seen = atomic_read(&p->irqs);

	if (w->quiet)
		parport_enable_irq(pp);
	if ((parport_read_status(pp) & w->mask) != w->val)
		wait_event_interruptible_hrtimeout(p->irq_wq, atomic_read(&p->irqs) != seen,
						   ns_to_ktime((u64)us * NSEC_PER_USEC));
	if (w->quiet)
		parport_disable_irq(pp);
}

/*
 * One sleep of a wait: @us.  A paced sleep (@paced) ends within an eighth
 * of it, or at a signal or a wake-up (a cancel).  A printer's other sleeps
 * end early on the port's interrupt, if it has one.
 */
static void winpar_xfer_sleep(struct parport *pp, const struct winpar_wait *w, unsigned int us,
			      bool paced)
{
	ktime_t t = ns_to_ktime((u64)us * NSEC_PER_USEC);

	if (paced) {
		set_current_state(TASK_INTERRUPTIBLE);
		schedule_hrtimeout_range(&t, (u64)us * NSEC_PER_USEC / 8, HRTIMER_MODE_REL);
	} else if (w->printer && w->port && pp->irq != PARPORT_IRQ_NONE) {
		winpar_xfer_irq_sleep(pp, w, us);
	} else {
		usleep_range_state(us, 2 * us, TASK_INTERRUPTIBLE);
	}
}

/* winpar_xfer_wait() when the first status read did not show the answer. */
static noinline int winpar_xfer_wait_more(struct parport *pp, const struct winpar_wait *w,
					  u8 *status)
{
	unsigned int i, sleep_us = WINPAR_XFER_SLEEP_MIN_US;
	unsigned long deadline;
	ktime_t spin_end = 0;
	bool paced = false, was_paced = false;
	u8 s;

	for (i = 1;; i++) {
		s = parport_read_status(pp);
		if ((s & w->mask) == w->val)
			goto done;
		if (i + 1 < WINPAR_XFER_QUICK_READS)
			continue;
		/* A write that must not wait (WINPAR_IO_NOWAIT): not now. */
		if (w->printer && w->port && READ_ONCE(w->port->xfer_nowait)) {
			*status = s;
			return -EAGAIN;
		}
		if (!spin_end) {
			if (w->printer && w->timeout &&
			    winpar_xfer_pace_busy(w->port, &sleep_us)) {
				paced = true;
				was_paced = true;
				break;
			}
			spin_end = ktime_add_us(ktime_get(), w->spin_us);
		} else if (ktime_after(ktime_get(), spin_end) || (w->timeout && need_resched())) {
			break;
		}
		udelay(1);
	}

	*status = s;
	if (!w->timeout)
		return -ETIMEDOUT;
	deadline = jiffies + w->timeout;
	for (;;) {
		if ((s & w->stop_mask) != w->stop_val)
			return -EIO;
		if (signal_pending(current))
			return -EINTR;
		/* winpar_port_detach() waits for the transfer: end it. */
		if (w->port && READ_ONCE(w->port->removed))
			return -ENODEV;
		/* The read or write was cancelled (another thread, a close). */
		if (w->port && winpar_io_cancelled(w->port))
			return -ECANCELED;
		if (time_after_eq(jiffies, deadline))
			return -ETIMEDOUT;
		winpar_xfer_sleep(pp, w, sleep_us, paced);
		if (paced)
			sleep_us = max(sleep_us / 4, WINPAR_XFER_SLEEP_MIN_US);
		else
			sleep_us = min(2 * sleep_us, WINPAR_XFER_SLEEP_MAX_US);
		paced = false;
		s = parport_read_status(pp);
		*status = s;
		if ((s & w->mask) == w->val) {
			/* The burst after a paced sleep starts: its cycle's end is measured. */
			if (was_paced)
				w->port->pace.t_wake = ktime_get_ns();
			return 0;
		}
	}

done:
	*status = s;
	return 0;
}

/*
 * Wait until (status & @w->mask) == @w->val; *@status is the last status
 * read (also on failure).  First the status is read WINPAR_XFER_QUICK_READS
 * times back to back, then every microsecond up to @w->spin_us (less if the
 * scheduler wants the CPU), then after sleeps of 50 us doubling to 10 ms,
 * interruptible, until @w->timeout has passed.  A peripheral that answers
 * at once costs one status read, inline, and no clock reads.
 *
 * Return: 0, -ETIMEDOUT, -EINTR (a signal, noticed in the sleeping part),
 * -ENODEV (the port was removed, noticed there too), -ECANCELED (the read
 * or write was cancelled, noticed there too), or -EIO when the
 * @w->stop_mask lines say the peripheral gave up.
 */
static inline int winpar_xfer_wait(struct parport *pp, const struct winpar_wait *w, u8 *status)
{
	u8 s = parport_read_status(pp);

	if ((s & w->mask) != w->val)
		return winpar_xfer_wait_more(pp, w, status);
	*status = s;
	return 0;
}

/* The winpar port whose client device @dev is. */
static struct winpar_port *winpar_xfer_port(struct pardevice *dev)
{
	return dev->private;
}

/* A wait for a peripheral that may stay busy for the client device's time-out. */
static void winpar_xfer_busy_wait(struct winpar_wait *w, struct pardevice *dev, u8 mask, u8 val)
{
	*w = (struct winpar_wait){
		.mask = mask, .val = val,
		.spin_us = dev->timeout ? WINPAR_XFER_SPIN_US : WINPAR_XFER_NOSLEEP_US,
		.timeout = dev->timeout,
		.port = winpar_xfer_port(dev),
	};
}

/* A wait for one handshake step: IEEE 1284 gives the peripheral 35 ms. */
static void winpar_xfer_step_wait(struct winpar_wait *w, struct pardevice *dev, u8 mask, u8 val)
{
	*w = (struct winpar_wait){
		.mask = mask, .val = val,
		.spin_us = dev->timeout ? WINPAR_XFER_SPIN_US : WINPAR_XFER_NOSLEEP_US,
		.timeout = dev->timeout ? msecs_to_jiffies(WINPAR_XFER_PERIPH_MS) + 1 : 0,
		.port = winpar_xfer_port(dev),
	};
}

/*
 * Compatibility mode.  Per byte: status read(s) until Busy low and nFault
 * high; data write; nStrobe low; nStrobe high: 4 register accesses when the
 * printer is ready at the first read.  The core's timing is kept: 1 us of
 * data setup, strobe width and hold.  A printer that reports paper out,
 * off line or an error (PError high, Select low or nFault low) while busy
 * ends the write once the spin is over; one that stays busy ends it after
 * the device's time-out.  A printer busy past the quick reads after many
 * bytes has a full buffer: the write sleeps (winpar_xfer_pace_busy()).
 * @quiet: the port's interrupt is off for the transfer.
 */
static size_t winpar_xfer_write_compat(struct pardevice *dev, const u8 *buf, size_t len,
				       bool quiet)
{
	const u8 ctl = PARPORT_CONTROL_SELECT | PARPORT_CONTROL_INIT;
	struct winpar_port *port = dev->private;
	struct parport *pp = dev->port;
	struct winpar_wait w;
	size_t count;
	u8 s;

	winpar_xfer_busy_wait(&w, dev, PARPORT_STATUS_ERROR | PARPORT_STATUS_BUSY,
			      PARPORT_STATUS_ERROR | PARPORT_STATUS_BUSY);
	w.stop_mask = PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR;
	w.stop_val = PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR;
	w.printer = true;
	w.quiet = quiet;
	/* Bytes long before the last wait say nothing of the buffer. */
	if (time_after(jiffies, port->pace.last + WINPAR_PACE_STREAM))
		port->pace.burst = 0;

	pp->physport->ieee1284.phase = IEEE1284_PH_FWD_DATA;
	parport_write_control(pp, ctl);
	parport_data_forward(pp);
	for (count = 0; count < len; count++) {
		if (winpar_xfer_wait(pp, &w, &s))
			break;
		parport_write_data(pp, buf[count]);
		udelay(1);
		parport_write_control(pp, ctl | PARPORT_CONTROL_STROBE);
		udelay(1);
		parport_write_control(pp, ctl);
		udelay(1);
		port->pace.burst++;
		/* A printer that never waits: the CPU for others now and then. */
		if (need_resched())
			cond_resched();
	}
	pp->physport->ieee1284.phase = IEEE1284_PH_FWD_IDLE;
	return count;
}

/* The end of a nibble or byte transfer: the phase, from nDataAvail in @s. */
static void winpar_xfer_reverse_end(struct parport *pp, u8 s)
{
	if (s & PARPORT_STATUS_ERROR) {
		/* No more data: reverse idle, HostBusy low (Event 7 held). */
		parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, PARPORT_CONTROL_AUTOFD);
		pp->physport->ieee1284.phase = IEEE1284_PH_REV_IDLE;
	} else {
		pp->physport->ieee1284.phase = IEEE1284_PH_HBUSY_DAVAIL;
	}
}

/*
 * Nibble mode.  Per nibble: nAutoFd low (Event 7); status read, nAck low
 * (Event 9) with the nibble in the same read; nAutoFd high (Event 10);
 * status read, nAck high (Event 11): 8 accesses per byte.  The peripheral
 * sets nDataAvail before Event 11, so the Event 11 read of a byte's second
 * nibble says whether another byte follows; only the first byte of a call
 * costs one more status read.  nDataAvail cannot be taken from the status
 * after Event 7 instead: between Events 8 and 9 nFault already carries the
 * nibble's bit 0.
 */
static size_t winpar_xfer_read_nibble(struct pardevice *dev, u8 *buf, size_t len)
{
	struct parport *pp = dev->port;
	struct winpar_wait low, high;
	size_t count;
	u8 s, nib[2];
	int i;

	winpar_xfer_step_wait(&low, dev, PARPORT_STATUS_ACK, 0);
	winpar_xfer_step_wait(&high, dev, PARPORT_STATUS_ACK, PARPORT_STATUS_ACK);
	s = parport_read_status(pp);
	for (count = 0; count < len; count++) {
		if (s & PARPORT_STATUS_ERROR)
			break;			/* nDataAvail high: end of data */
		for (i = 0; i < 2; i++) {
			/* Event 7: HostBusy low. */
			parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, PARPORT_CONTROL_AUTOFD);
			pp->physport->ieee1284.phase = IEEE1284_PH_REV_DATA;
			/* Events 8, 9: the nibble, then PtrClk low. */
			if (winpar_xfer_wait(pp, &low, &s)) {
				parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, 0);
				return count;
			}
			/* Status bits 3..7 are nFault, Select, PError, nAck, inverted Busy. */
			nib[i] = ((s >> 3) & 0x07) | (s & PARPORT_STATUS_BUSY ? 0 : 0x08);
			/* Event 10: HostBusy high; Event 11: PtrClk high. */
			parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, 0);
			if (winpar_xfer_wait(pp, &high, &s))
				return count;
		}
		buf[count] = nib[0] | nib[1] << 4;
	}
	winpar_xfer_reverse_end(pp, s);
	return count;
}

/*
 * Byte mode.  Per byte: nAutoFd low (Event 7); status read, nAck low (Event
 * 9), which also gives nDataAvail; data read; nAutoFd high (Event 10);
 * status read, nAck high (Event 11); nStrobe low, 5 us (the core's pulse),
 * high (Events 16, 17): 7 accesses.  Unlike nibble mode the data come on
 * the data lines, so nFault stays nDataAvail through Events 8 and 9: a read
 * after Event 7 with nAck high and nFault high means no data, and the line
 * is left where the core leaves it at the end of data (reverse idle,
 * nAutoFd low).  One status read at the end of a call that took @len bytes
 * sets the phase as the core does.
 */
static size_t winpar_xfer_read_byte(struct pardevice *dev, u8 *buf, size_t len)
{
	struct parport *pp = dev->port;
	struct winpar_wait low, high;
	size_t count;
	u8 s;

	winpar_xfer_step_wait(&low, dev, PARPORT_STATUS_ACK, 0);
	winpar_xfer_step_wait(&high, dev, PARPORT_STATUS_ACK, PARPORT_STATUS_ACK);
	/* Event 14: data lines to input. */
	parport_data_reverse(pp);
	for (count = 0; count < len; count++) {
		/* Event 7: HostBusy low. */
		parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, PARPORT_CONTROL_AUTOFD);
		pp->physport->ieee1284.phase = IEEE1284_PH_REV_DATA;
		/* Event 9: PtrClk low, or no data. */
		s = parport_read_status(pp);
		if (s & PARPORT_STATUS_ACK) {
			if (s & PARPORT_STATUS_ERROR) {
				pp->physport->ieee1284.phase = IEEE1284_PH_REV_IDLE;
				return count;
			}
			if (winpar_xfer_wait(pp, &low, &s)) {
				parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, 0);
				return count;
			}
		}
		buf[count] = parport_read_data(pp);
		/* Event 10: HostBusy high; Event 11: PtrClk high. */
		parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, 0);
		if (winpar_xfer_wait(pp, &high, &s))
			return count;
		/* Events 16, 17: HostClk pulse, the byte is taken. */
		parport_frob_control(pp, PARPORT_CONTROL_STROBE, PARPORT_CONTROL_STROBE);
		udelay(5);
		parport_frob_control(pp, PARPORT_CONTROL_STROBE, 0);
	}
	winpar_xfer_reverse_end(pp, parport_read_status(pp));
	return count;
}

/*
 * ECP forward.  @command: the bytes are commands (HostAck low: a channel
 * address 0x80 | channel, or a run-length count), else data.  Per byte:
 * data write (Event 34); HostClk low (Event 35); status read, PeriphAck
 * high (Event 36); HostClk high (Event 37); status read, PeriphAck low
 * again: 5 accesses.  The handshake is interlocked: no delays.  A
 * peripheral that does not take a byte within the device's time-out ends
 * the transfer: HostClk goes high again and the byte does not count.
 */
/* ECP, reverse to forward: Events 47 to 49, unless forward already. */
static int winpar_xfer_ecp_to_forward(struct pardevice *dev)
{
	struct parport *pp = dev->port;
	struct parport *phys = pp->physport;
	struct winpar_wait turn;
	u8 s;

	if (phys->ieee1284.phase == IEEE1284_PH_FWD_IDLE)
		return 0;
	/* Event 47: nReverseRequest high, HostAck low; Event 49: nAckReverse high. */
	parport_frob_control(pp, PARPORT_CONTROL_INIT | PARPORT_CONTROL_AUTOFD,
			     PARPORT_CONTROL_INIT | PARPORT_CONTROL_AUTOFD);
	winpar_xfer_step_wait(&turn, dev, PARPORT_STATUS_PAPEROUT, PARPORT_STATUS_PAPEROUT);
	if (winpar_xfer_wait(pp, &turn, &s)) {
		phys->ieee1284.phase = IEEE1284_PH_ECP_DIR_UNKNOWN;
		return -EIO;
	}
	parport_data_forward(pp);
	phys->ieee1284.phase = IEEE1284_PH_FWD_IDLE;
	return 0;
}

/* ECP, forward to reverse: Events 38 to 40, unless reverse already. */
static int winpar_xfer_ecp_to_reverse(struct pardevice *dev)
{
	struct parport *pp = dev->port;
	struct parport *phys = pp->physport;
	struct winpar_wait turn;
	u8 s;

	if (phys->ieee1284.phase == IEEE1284_PH_REV_IDLE)
		return 0;
	/* Event 38: HostAck low, data lines in; Event 39: nReverseRequest low. */
	parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, PARPORT_CONTROL_AUTOFD);
	parport_data_reverse(pp);
	udelay(5);
	parport_frob_control(pp, PARPORT_CONTROL_INIT, 0);
	/* Event 40: nAckReverse low. */
	winpar_xfer_step_wait(&turn, dev, PARPORT_STATUS_PAPEROUT, 0);
	if (winpar_xfer_wait(pp, &turn, &s)) {
		phys->ieee1284.phase = IEEE1284_PH_ECP_DIR_UNKNOWN;
		return -EIO;
	}
	phys->ieee1284.phase = IEEE1284_PH_REV_IDLE;
	return 0;
}

static size_t winpar_xfer_ecp_write(struct pardevice *dev, const u8 *buf, size_t len,
				    bool command)
{
	struct parport *pp = dev->port;
	struct parport *phys = pp->physport;
	struct winpar_wait ack, done;
	size_t count;
	u8 s;

	winpar_xfer_busy_wait(&ack, dev, PARPORT_STATUS_BUSY, 0);
	winpar_xfer_busy_wait(&done, dev, PARPORT_STATUS_BUSY, PARPORT_STATUS_BUSY);
	if (winpar_xfer_ecp_to_forward(dev))
		return 0;

	phys->ieee1284.phase = IEEE1284_PH_FWD_DATA;
	/* HostAck low for commands, high for data; HostClk high. */
	parport_frob_control(pp, PARPORT_CONTROL_AUTOFD | PARPORT_CONTROL_STROBE |
			     PARPORT_CONTROL_INIT,
			     (command ? PARPORT_CONTROL_AUTOFD : 0) | PARPORT_CONTROL_INIT);
	for (count = 0; count < len; count++) {
		parport_write_data(pp, buf[count]);
		parport_frob_control(pp, PARPORT_CONTROL_STROBE, PARPORT_CONTROL_STROBE);
		if (winpar_xfer_wait(pp, &ack, &s)) {
			parport_frob_control(pp, PARPORT_CONTROL_STROBE, 0);
			break;
		}
		parport_frob_control(pp, PARPORT_CONTROL_STROBE, 0);
		if (winpar_xfer_wait(pp, &done, &s)) {
			count++;	/* taken at Event 36 */
			break;
		}
	}
	phys->ieee1284.phase = IEEE1284_PH_FWD_IDLE;
	return count;
}

/*
 * ECP reverse.  Per byte: status read, PeriphClk low (Event 43) with the
 * command flag (PeriphAck) in the same read; data read; HostAck high
 * (Event 44); status read, PeriphClk high (Event 45); HostAck low (Event
 * 46): 5 accesses.  Run-length counts are expanded; a channel address
 * from the peripheral ends the transfer without being taken, as in the
 * core.  With nPeriphRequest high (nothing to send) the transfer ends at
 * once, as nibble and byte mode end on nDataAvail: a read does not wait for
 * data (the core waits up to the device's time-out for the first byte).
 * With nPeriphRequest low the first byte may take the device's time-out,
 * the next ones 35 ms each.
 */
static size_t winpar_xfer_ecp_read(struct pardevice *dev, u8 *buf, size_t len)
{
	struct parport *pp = dev->port;
	struct parport *phys = pp->physport;
	struct winpar_wait first, next, high;
	unsigned int rle_count = 0;
	bool rle = false, command;
	size_t count = 0;
	u8 s, byte;

	winpar_xfer_busy_wait(&first, dev, PARPORT_STATUS_ACK, 0);
	winpar_xfer_step_wait(&next, dev, PARPORT_STATUS_ACK, 0);
	winpar_xfer_step_wait(&high, dev, PARPORT_STATUS_ACK, PARPORT_STATUS_ACK);
	if (winpar_xfer_ecp_to_reverse(dev))
		return 0;

	phys->ieee1284.phase = IEEE1284_PH_REV_DATA;
	/* HostClk high, nReverseRequest low, HostAck low: ready for data. */
	parport_frob_control(pp, PARPORT_CONTROL_STROBE | PARPORT_CONTROL_INIT |
			     PARPORT_CONTROL_AUTOFD, PARPORT_CONTROL_AUTOFD);
	while (count < len) {
		/* Event 43: PeriphClk low. */
		s = parport_read_status(pp);
		if (s & PARPORT_STATUS_ACK) {
			/* nPeriphRequest high: nothing to send (a run-length count has a byte). */
			if (!rle && (s & PARPORT_STATUS_ERROR))
				break;
			if (winpar_xfer_wait(pp, count ? &next : &first, &s))
				break;
		}
		/* PeriphAck low: a command, unless it follows a run-length count. */
		command = !rle && (s & PARPORT_STATUS_BUSY);
		byte = parport_read_data(pp);
		if (command) {
			if (byte & 0x80)
				break;		/* a channel address: not taken */
			rle_count = byte + 1;
			if (rle_count > len - count)
				break;		/* left for the next read */
			rle = true;
		}
		/* Event 44: HostAck high; Event 45: PeriphClk high; Event 46: HostAck low. */
		parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, 0);
		if (winpar_xfer_wait(pp, &high, &s))
			break;
		parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, PARPORT_CONTROL_AUTOFD);
		if (command)
			continue;
		if (rle) {
			memset(buf + count, byte, rle_count);
			count += rle_count;
			rle = false;
		} else {
			buf[count++] = byte;
		}
	}
	phys->ieee1284.phase = IEEE1284_PH_REV_IDLE;
	return count;
}

/*
 * EPP forward, data (nDataStb, nAutoFd) or address (nAddrStb, nSelectIn)
 * cycles.  Per byte: data write; strobe low (Event 62/56); status read,
 * nWait high (Event 58); strobe high (Event 63/59); status read, nWait low
 * (Event 60): 5 accesses.  nWait has 10 us and 5 us, as in the core; EPP
 * does not sleep.
 */
static size_t winpar_xfer_epp_write(struct pardevice *dev, const u8 *buf, size_t len, bool addr)
{
	const u8 strobe = addr ? PARPORT_CONTROL_SELECT : PARPORT_CONTROL_AUTOFD;
	struct winpar_wait ack = {
		.mask = PARPORT_STATUS_BUSY, .val = 0, .spin_us = WINPAR_XFER_EPP_ACK_US,
	};
	struct winpar_wait end = {
		.mask = PARPORT_STATUS_BUSY, .val = PARPORT_STATUS_BUSY,
		.spin_us = WINPAR_XFER_EPP_END_US,
	};
	struct parport *pp = dev->port;
	size_t count;
	u8 s;

	/* Idle with nWrite (nStrobe) low. */
	parport_frob_control(pp, PARPORT_CONTROL_STROBE | PARPORT_CONTROL_AUTOFD |
			     PARPORT_CONTROL_SELECT | PARPORT_CONTROL_INIT,
			     PARPORT_CONTROL_STROBE | PARPORT_CONTROL_INIT);
	parport_data_forward(pp);
	for (count = 0; count < len; count++) {
		parport_write_data(pp, buf[count]);
		parport_frob_control(pp, strobe, strobe);
		if (winpar_xfer_wait(pp, &ack, &s))
			break;
		parport_frob_control(pp, strobe, 0);
		if (winpar_xfer_wait(pp, &end, &s))
			break;
	}
	/* Event 61: nWrite high. */
	parport_frob_control(pp, PARPORT_CONTROL_STROBE, 0);
	return count;
}

/*
 * EPP reverse, data cycles.  Per byte: nDataStb low (Event 67); status
 * read, nWait high (Event 58); data read; nDataStb high (Event 63); status
 * read, nWait low (Event 60): 5 accesses.  The peripheral may take 35 ms
 * to produce a byte (the core waits as long); Event 60 has 5 us.
 */
static size_t winpar_xfer_epp_read(struct pardevice *dev, u8 *buf, size_t len)
{
	struct winpar_wait end = {
		.mask = PARPORT_STATUS_BUSY, .val = PARPORT_STATUS_BUSY,
		.spin_us = WINPAR_XFER_EPP_END_US,
	};
	struct parport *pp = dev->port;
	struct winpar_wait ack;
	size_t count;
	u8 s;

	winpar_xfer_step_wait(&ack, dev, PARPORT_STATUS_BUSY, 0);
	/* Idle with nWrite high. */
	parport_frob_control(pp, PARPORT_CONTROL_STROBE | PARPORT_CONTROL_AUTOFD |
			     PARPORT_CONTROL_SELECT | PARPORT_CONTROL_INIT,
			     PARPORT_CONTROL_INIT);
	parport_data_reverse(pp);
	for (count = 0; count < len; count++) {
		parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, PARPORT_CONTROL_AUTOFD);
		if (winpar_xfer_wait(pp, &ack, &s)) {
			parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, 0);
			break;
		}
		buf[count] = parport_read_data(pp);
		parport_frob_control(pp, PARPORT_CONTROL_AUTOFD, 0);
		if (winpar_xfer_wait(pp, &end, &s))
			break;
	}
	parport_data_forward(pp);
	return count;
}

/**
 * winpar_xfer_handles() - whether winpar's own routine moves bytes in @mode
 * @pp: the port
 * @mode: an IEEE1284_MODE_* value (the DEVICEID and ADDR flags are ignored)
 * @dir: WINPAR_FWD or WINPAR_REV
 *
 * The software modes ECPSWE and EPPSWE always are: the core itself uses its
 * generic routines for them whatever the port can do.  For the others the
 * low-level driver decides: when its transfer operation is the parport
 * core's generic software routine (parport_pc without FIFO support, as
 * Debian builds it, parport_sim), winpar's replaces it; when the driver
 * has its own (hardware EPP, a FIFO, a USB adapter's firmware), winpar goes
 * through parport_write()/parport_read() to it.
 *
 * Return: true when winpar_xfer_write() or winpar_xfer_read() is to be used.
 */
bool winpar_xfer_handles(struct parport *pp, int mode, u8 dir)
{
	const struct parport_operations *ops = pp->ops;
	bool fwd = dir == WINPAR_FWD;

	switch (mode & ~(IEEE1284_DEVICEID | IEEE1284_ADDR)) {
	case IEEE1284_MODE_COMPAT:
		return fwd && ops->compat_write_data == parport_ieee1284_write_compat;
	case IEEE1284_MODE_NIBBLE:
		return !fwd && ops->nibble_read_data == parport_ieee1284_read_nibble;
	case IEEE1284_MODE_BYTE:
		return !fwd && ops->byte_read_data == parport_ieee1284_read_byte;
	case IEEE1284_MODE_ECPSWE:
	case IEEE1284_MODE_EPPSWE:
		return true;
	case IEEE1284_MODE_ECP:
	case IEEE1284_MODE_ECPRLE:
		if (fwd)
			return ops->ecp_write_data == parport_ieee1284_ecp_write_data &&
			       ops->ecp_write_addr == parport_ieee1284_ecp_write_addr;
		return ops->ecp_read_data == parport_ieee1284_ecp_read_data;
	case IEEE1284_MODE_EPP:
		if (fwd)
			return ops->epp_write_data == parport_ieee1284_epp_write_data &&
			       ops->epp_write_addr == parport_ieee1284_epp_write_addr;
		return ops->epp_read_data == parport_ieee1284_epp_read_data;
	default:
		return false;
	}
}

/*
 * winpar's handshakes poll the status lines: the peripheral's nAck pulses,
 * one per byte or nibble, need not interrupt the CPU while no client
 * routine is connected to the port's interrupt (irq.c).  With the port's
 * interrupt enabled (ackIntEn), QEMU's LPT raised one per byte of a
 * compatibility write in some runs (Documentation/benchmarks.rst).  So
 * ackIntEn is off for the transfer and on again after it: winpar's client
 * device, which has an interrupt routine, claims the port with it on when
 * the port has an IRQ (the low-level driver's init_state(), as parport_pc
 * does it), and nothing of winpar's turns it off otherwise.  A routine
 * connected while a transfer runs misses that transfer's pulses.
 *
 * Return: whether winpar_xfer_loud() must turn it on again.
 */
static bool winpar_xfer_quiet(struct pardevice *dev)
{
	struct winpar_port *port = dev->private;

	if (dev->port->irq == PARPORT_IRQ_NONE || !list_empty(&port->isrs))
		return false;
	parport_disable_irq(dev->port);
	return true;
}

static void winpar_xfer_loud(struct pardevice *dev, bool quiet)
{
	if (quiet)
		parport_enable_irq(dev->port);
}

/* winpar_xfer_write() without the interrupt's handling. */
static ssize_t winpar_xfer_write_mode(struct pardevice *dev, int mode, bool addr,
				      const void *buf, size_t len, bool quiet)
{
	switch (mode & ~(IEEE1284_DEVICEID | IEEE1284_ADDR)) {
	case IEEE1284_MODE_COMPAT:
		return winpar_xfer_write_compat(dev, buf, len, quiet);
	case IEEE1284_MODE_ECP:
	case IEEE1284_MODE_ECPRLE:
	case IEEE1284_MODE_ECPSWE:
		return winpar_xfer_ecp_write(dev, buf, len, addr);
	case IEEE1284_MODE_EPP:
	case IEEE1284_MODE_EPPSWE:
		return winpar_xfer_epp_write(dev, buf, len, addr);
	default:
		return -EINVAL;
	}
}

/* winpar_xfer_read() without the interrupt's handling. */
static ssize_t winpar_xfer_read_mode(struct pardevice *dev, int mode, void *buf, size_t len)
{
	switch (mode & ~(IEEE1284_DEVICEID | IEEE1284_ADDR)) {
	case IEEE1284_MODE_NIBBLE:
		return winpar_xfer_read_nibble(dev, buf, len);
	case IEEE1284_MODE_BYTE:
		return winpar_xfer_read_byte(dev, buf, len);
	case IEEE1284_MODE_ECP:
	case IEEE1284_MODE_ECPRLE:
	case IEEE1284_MODE_ECPSWE:
		return winpar_xfer_ecp_read(dev, buf, len);
	case IEEE1284_MODE_EPP:
	case IEEE1284_MODE_EPPSWE:
		return winpar_xfer_epp_read(dev, buf, len);
	default:
		return -EINVAL;
	}
}

/**
 * winpar_xfer_write() - send bytes in the negotiated forward mode
 * @dev: winpar's client device, which has the port claimed
 * @mode: the mode the port is in (IEEE1284_MODE_COMPAT, ECP or EPP)
 * @addr: send ECP commands or EPP address cycles rather than data
 * @buf: the bytes
 * @len: how many
 *
 * Only for modes winpar_xfer_handles() accepts.  Process context; may
 * sleep while the peripheral is busy, up to @dev->timeout per byte.  The
 * port's interrupt is off meanwhile unless a client routine is connected
 * to it (winpar_xfer_quiet()).
 *
 * Return: the bytes the peripheral took (a short count when it stalled,
 * refused or a signal came while waiting), or -EINVAL for a mode without
 * a forward channel.
 */
ssize_t winpar_xfer_write(struct pardevice *dev, int mode, bool addr, const void *buf, size_t len)
{
	bool quiet = winpar_xfer_quiet(dev);
	ssize_t n = winpar_xfer_write_mode(dev, mode, addr, buf, len, quiet);

	winpar_xfer_loud(dev, quiet);
	return n;
}

/**
 * winpar_xfer_read() - receive bytes in the negotiated reverse mode
 * @dev: winpar's client device, which has the port claimed
 * @mode: the mode the port is in (NIBBLE, BYTE, ECP or EPP)
 * @buf: room for @len bytes
 * @len: at most this many
 *
 * Only for modes winpar_xfer_handles() accepts.  Process context; may
 * sleep while waiting for the peripheral.  The port's interrupt is off
 * meanwhile unless a client routine is connected to it.
 *
 * Return: the bytes read (0 when the peripheral has none), or -EINVAL for a
 * mode without a reverse channel.
 */
ssize_t winpar_xfer_read(struct pardevice *dev, int mode, void *buf, size_t len)
{
	bool quiet = winpar_xfer_quiet(dev);
	ssize_t n = winpar_xfer_read_mode(dev, mode, buf, len);

	winpar_xfer_loud(dev, quiet);
	return n;
}

/**
 * winpar_xfer_turn() - turn a negotiated peripheral to a direction now
 * @dev: winpar's client device, the port's owner
 * @mode: the negotiated IEEE1284_MODE_*
 * @dir: WINPAR_FWD or WINPAR_REV
 *
 * IeeeFwdToRevMode and IeeeRevToFwdMode (WINDOWS-API.md 10.11, 10.12) put
 * the device in the new direction at once, not at the next transfer: in
 * software ECP that is the turnaround (Events 38-40, 47-49).  Nibble and
 * byte mode have no turnaround of their own; EPP is bidirectional.
 *
 * Return: 0, or -EIO when the peripheral does not answer the turnaround.
 */
int winpar_xfer_turn(struct pardevice *dev, int mode, u8 dir)
{
	if (!(mode & (IEEE1284_MODE_ECP | IEEE1284_MODE_ECPSWE)) ||
	    !winpar_xfer_handles(dev->port, mode, dir))
		return 0;
	return dir == WINPAR_REV ? winpar_xfer_ecp_to_reverse(dev) :
				   winpar_xfer_ecp_to_forward(dev);
}
