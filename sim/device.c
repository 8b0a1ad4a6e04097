// SPDX-License-Identifier: GPL-2.0
/*
 * parport_sim: the peripheral at the end of the cable.
 *
 * A printer in compatibility mode that also answers IEEE 1284 negotiation
 * and sends data back in nibble or byte mode.  It reacts to edges of the
 * host's control lines at the moment the host writes the control register,
 * and to status reads for the compatibility handshake, so that it answers
 * the core's busy-waits at once.  Everything here runs under
 * sim_port.lock, with interrupts off: no sleeping, no allocation.
 *
 * Control register bits (1 means): STROBE nStrobe low, AUTOFD nAutoFd low,
 * INIT nInit high, SELECT nSelectIn low.
 */
#include <linux/ktime.h>
#include <linux/math64.h>
#include <linux/sched/clock.h>
#include <linux/parport.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/vmalloc.h>

#include "parport_sim.h"

/* Status reads the compat handshake takes after a strobe. */
enum {
	SIM_ACK_IDLE,
	SIM_ACK_BUSY,		/* Busy high */
	SIM_ACK_PULSE,		/* Busy high, nAck low */
	SIM_ACK_RELEASE,	/* Busy low, nAck still low */
};

const char * const sim_counter_names[SIM_NR_COUNTERS] = {
	[SIM_CNT_DATA_READ]	= "data_reads",
	[SIM_CNT_DATA_WRITE]	= "data_writes",
	[SIM_CNT_STATUS_READ]	= "status_reads",
	[SIM_CNT_CONTROL_READ]	= "control_reads",
	[SIM_CNT_CONTROL_WRITE]	= "control_writes",
	[SIM_CNT_STROBES]	= "strobes",
	[SIM_CNT_RECEIVED]	= "received",
	[SIM_CNT_DROPPED]	= "dropped",
	[SIM_CNT_NEGOTIATIONS]	= "negotiations",
	[SIM_CNT_REJECTED]	= "rejected",
	[SIM_CNT_REVERSE_SENT]	= "reverse_sent",
	[SIM_CNT_ECP_COMMANDS]	= "ecp_commands",
	[SIM_CNT_EPP_CYCLES]	= "epp_cycles",
	[SIM_CNT_INTERRUPTS]	= "interrupts",
	[SIM_CNT_RESTORE_STROBES] = "restore_strobes",
	[SIM_CNT_OVERRUNS]	= "overruns",
	[SIM_CNT_STARVED]	= "starved",
	[SIM_CNT_STARVED_US]	= "starved_us",
	[SIM_CNT_STARVED_MAX_US] = "starved_max_us",
};

static const char * const sim_phase_names[SIM_NR_PHASES] = {
	[SIM_COMPAT]		= "compat",
	[SIM_NEG_EVENT2]	= "negotiation-event2",
	[SIM_NEG_EVENT3]	= "negotiation-event3",
	[SIM_REJECTED]		= "rejected",
	[SIM_NIB_IDLE]		= "nibble-idle",
	[SIM_NIB_DATA]		= "nibble-data",
	[SIM_BYTE_IDLE]		= "byte-idle",
	[SIM_BYTE_DATA]		= "byte-data",
	[SIM_BYTE_ACKED]	= "byte-acked",
	[SIM_TERMINATING]	= "terminating",
	[SIM_ECP_FWD]		= "ecp-forward",
	[SIM_ECP_REV]		= "ecp-reverse",
	[SIM_EPP]		= "epp",
};

const char *sim_phase_name(enum sim_phase phase)
{
	return phase < SIM_NR_PHASES ? sim_phase_names[phase] : "?";
}

/* Note an IEEE 1284 event in the device's log; later ones are dropped. */
static void sim_event(struct sim_device *dev, enum sim_event what, u8 value)
{
	if (dev->nr_events >= SIM_EVENT_LOG)
		return;
	dev->events[dev->nr_events].what = what;
	dev->events[dev->nr_events].value = value;
	dev->nr_events++;
}

/* Lines of an idle printer in compatibility mode: status 0xd8. */
static void sim_compat_idle(struct sim_device *dev)
{
	dev->phase = SIM_COMPAT;
	dev->n_fault = true;
	dev->select = true;
	dev->p_error = false;
	dev->n_ack = true;
	dev->busy = false;
	dev->ack_step = SIM_ACK_IDLE;
	dev->sending_id = false;
	dev->epp_cycle = SIM_EPP_NONE;
}

void sim_device_reset(struct sim_device *dev)
{
	sim_compat_idle(dev);
}

void sim_device_set_id(struct sim_device *dev, const char *id, size_t len)
{
	size_t total;

	len = min_t(size_t, len, SIM_ID_MAX);
	total = len + 2;		/* the length counts itself */
	dev->id[0] = total >> 8;
	dev->id[1] = total & 0xff;
	memcpy(dev->id + 2, id, len);
	dev->id_len = total;
	dev->id_pos = 0;
}

/*
 * The buffers of a device, if it has none yet.  A device keeps them until
 * its port is freed, also while it is out of the chain.  May sleep.
 */
int sim_device_alloc(struct sim_device *dev)
{
	if (dev->rx)
		return 0;
	dev->rx = vmalloc(SIM_RX_SIZE);
	dev->rev = kmalloc(SIM_REV_SIZE, GFP_KERNEL);
	dev->rev_cmd = kmalloc(SIM_REV_SIZE, GFP_KERNEL);
	dev->runs = kcalloc(SIM_RUNS_MAX, sizeof(*dev->runs), GFP_KERNEL);
	dev->addrs = kmalloc(SIM_ADDR_SIZE, GFP_KERNEL);
	if (!dev->rx || !dev->rev || !dev->rev_cmd || !dev->runs || !dev->addrs) {
		sim_device_free(dev);
		return -ENOMEM;
	}
	return 0;
}

/*
 * A device as it comes out of the box: default modes, no faults, empty
 * records and queue, no address, Device ID @device_id, compatibility mode
 * idle.  Its buffers stay.  No allocation: callable under sim_port.lock.
 */
void sim_device_defaults(struct sim_port *sp, struct sim_device *dev,
			 const char *device_id)
{
	u8 *rx = dev->rx, *rev = dev->rev, *rev_cmd = dev->rev_cmd;
	u8 *addrs = dev->addrs;
	struct sim_run *runs = dev->runs;

	memset(dev, 0, sizeof(*dev));
	dev->rx = rx;
	dev->rev = rev;
	dev->rev_cmd = rev_cmd;
	dev->runs = runs;
	dev->addrs = addrs;
	dev->sp = sp;
	dev->present = true;
	dev->addr = -1;
	dev->slow_us = 100;
	dev->busy_reads = SIM_BUSY_READS_MAX;
	dev->accept = SIM_ACCEPT_NIBBLE | SIM_ACCEPT_BYTE | SIM_ACCEPT_DEVICEID;
	sim_device_set_id(dev, device_id, strlen(device_id));
	sim_compat_idle(dev);
}

int sim_device_init(struct sim_port *sp, struct sim_device *dev,
		    const char *device_id)
{
	int err = sim_device_alloc(dev);

	if (err)
		return err;
	sim_device_defaults(sp, dev, device_id);
	return 0;
}

void sim_device_free(struct sim_device *dev)
{
	vfree(dev->rx);
	dev->rx = NULL;
	kfree(dev->rev);
	dev->rev = NULL;
	kfree(dev->rev_cmd);
	dev->rev_cmd = NULL;
	kfree(dev->runs);
	dev->runs = NULL;
	kfree(dev->addrs);
	dev->addrs = NULL;
}

/* --- reverse data: the Device ID or the reverse queue ------------------- */

static bool sim_rev_avail(struct sim_device *dev)
{
	if (dev->sending_id)
		return dev->id_pos < dev->id_len;
	return dev->rev_head < dev->rev_len;
}

static u8 sim_rev_peek(struct sim_device *dev)
{
	return dev->sending_id ? dev->id[dev->id_pos] : dev->rev[dev->rev_head];
}

/* The next reverse byte is an ECP command (the Device ID never is). */
static bool sim_rev_peek_cmd(struct sim_device *dev)
{
	return !dev->sending_id && dev->rev_cmd[dev->rev_head];
}

static void sim_rev_advance(struct sim_port *sp)
{
	struct sim_device *dev = sp->cur;

	if (dev->sending_id)
		dev->id_pos++;
	else
		dev->rev_head++;
	dev->moved++;
	sp->counters[SIM_CNT_REVERSE_SENT]++;
}

/* The dropout fault: the device went silent after dropout_after bytes. */
static bool sim_dropped_out(struct sim_device *dev)
{
	return (dev->faults & SIM_FAULT_DROPOUT) &&
	       dev->moved >= dev->dropout_after;
}

/* Reverse idle: nDataAvail (nFault) and AckDataReq (PError) low on data. */
static void sim_rev_idle_lines(struct sim_device *dev)
{
	bool avail = sim_rev_avail(dev);

	dev->n_fault = !avail;
	dev->p_error = !avail;
	dev->select = dev->ext != 0;	/* XFlag as answered at Event 5 */
	dev->n_ack = true;
	dev->busy = false;
}

static void sim_ecp_reverse_changed(struct sim_port *sp);

/* The reverse queue of @dev changed (debugfs): update its lines. */
void sim_device_reverse_changed(struct sim_port *sp, struct sim_device *dev)
{
	struct sim_device *cur = sp->cur;

	if (dev->phase == SIM_NIB_IDLE || dev->phase == SIM_BYTE_IDLE) {
		sim_rev_idle_lines(dev);
	} else if (dev->phase == SIM_ECP_REV) {
		/* The ECP code works on the current device; it is @dev here. */
		sp->cur = dev;
		sim_ecp_reverse_changed(sp);
		sp->cur = cur;
	}
}

/*
 * Append @count bytes to the reverse queue of @dev, each an ECP command
 * where @cmd (or nothing, if NULL) says so; what was sent already goes
 * first.  -ENOSPC (nothing appended) past SIM_REV_SIZE.  Locked.
 */
int sim_device_reverse_append(struct sim_port *sp, struct sim_device *dev,
			      const u8 *data, const u8 *cmd, size_t count)
{
	size_t left = dev->rev_len - dev->rev_head;

	memmove(dev->rev, dev->rev + dev->rev_head, left);
	memmove(dev->rev_cmd, dev->rev_cmd + dev->rev_head, left);
	dev->rev_len = left;
	dev->rev_head = 0;
	if (dev->rev_len + count > SIM_REV_SIZE)
		return -ENOSPC;
	memcpy(dev->rev + dev->rev_len, data, count);
	if (cmd)
		memcpy(dev->rev_cmd + dev->rev_len, cmd, count);
	else
		memset(dev->rev_cmd + dev->rev_len, 0, count);
	dev->rev_len += count;
	sim_device_reverse_changed(sp, dev);
	return 0;
}

/* --- compatibility mode -------------------------------------------------- */

/* Keep one byte the host sent, in "received". */
static bool sim_receive(struct sim_port *sp, u8 v)
{
	struct sim_device *dev = sp->cur;

	if (dev->rx_len >= SIM_RX_SIZE) {
		sp->counters[SIM_CNT_DROPPED]++;
		return false;
	}
	dev->rx[dev->rx_len++] = v;
	dev->moved++;
	sp->counters[SIM_CNT_RECEIVED]++;
	return true;
}

/* --- the printer's buffer ------------------------------------------------ */

/*
 * The buffer's clock, read at each strobe: local_clock(), not
 * ktime_get_ns(), which in QEMU's guests reads the HPET (the TSC is marked
 * unstable under TCG), an emulated device access that cost more than the
 * rest of a byte's handshake.
 */
static u64 sim_clock(void)
{
	return local_clock();
}

/* The bytes in the buffer at @now, not printed yet. */
static unsigned int sim_buffer_fill(struct sim_device *dev, u64 now)
{
	if (!dev->buf_size || dev->buf_empty_ns <= now)
		return 0;
	return div64_u64(dev->buf_empty_ns - now + dev->buf_ns - 1, dev->buf_ns);
}

/* A full buffer has room for a byte again: the byte's nAck pulse. */
static void sim_buffer_room(struct sim_port *sp, struct sim_device *dev)
{
	dev->buf_free_ns = 0;
	if (dev != sp->cur || dev->phase != SIM_COMPAT)
		return;
	dev->ack_step = SIM_ACK_RELEASE - dev->busy_reads;
	sim_port_ack(sp);
}

/*
 * Busy with a full buffer: until a byte has room, which a status read
 * notices (no timer on a port without an IRQ), or the timer first.
 */
static bool sim_buffer_full(struct sim_port *sp, struct sim_device *dev)
{
	if (!dev->buf_free_ns)
		return false;
	if (sim_clock() < dev->buf_free_ns)
		return true;
	sim_buffer_room(sp, dev);
	return false;
}

/*
 * A byte came after the buffer ran dry at @empty_ns: the printer stood idle
 * waiting for it (not counted before the first byte, or after a reset).
 */
static void sim_buffer_starved(struct sim_port *sp, u64 empty_ns, u64 now)
{
	u64 us = div_u64(now - empty_ns, NSEC_PER_USEC);

	sp->counters[SIM_CNT_STARVED]++;
	sp->counters[SIM_CNT_STARVED_US] += us;
	sp->counters[SIM_CNT_STARVED_MAX_US] = max(sp->counters[SIM_CNT_STARVED_MAX_US], us);
}

/*
 * A byte into the buffer.  Return: true if that filled it: Busy until a
 * byte has room, with the nAck pulse then; on a port with an IRQ a timer
 * gives the pulse on time, read or not, as a real printer's comes.
 */
static bool sim_buffer_take(struct sim_port *sp, struct sim_device *dev)
{
	u64 now = sim_clock();
	u64 room = (u64)(dev->buf_size - 1) * dev->buf_ns;

	if (dev->buf_empty_ns && dev->buf_empty_ns < now)
		sim_buffer_starved(sp, dev->buf_empty_ns, now);
	dev->buf_empty_ns = max(dev->buf_empty_ns, now) + dev->buf_ns;
	if (dev->buf_empty_ns - now <= room)
		return false;
	dev->buf_free_ns = dev->buf_empty_ns - room;
	dev->ack_step = SIM_ACK_BUSY;
	if (sp->irq) {
		sp->buf_dev = dev;
		hrtimer_start(&sp->buf_timer, ns_to_ktime(dev->buf_free_ns - now),
			      HRTIMER_MODE_REL_HARD);
	}
	return true;
}

enum hrtimer_restart sim_device_buffer_timer(struct hrtimer *t)
{
	struct sim_port *sp = container_of(t, struct sim_port, buf_timer);
	enum hrtimer_restart ret = HRTIMER_NORESTART;
	struct sim_device *dev;
	unsigned long flags;
	u64 now = sim_clock();

	spin_lock_irqsave(&sp->lock, flags);
	dev = sp->buf_dev;
	if (dev && dev->buf_free_ns && now >= dev->buf_free_ns) {
		sim_buffer_room(sp, dev);
	} else if (dev && dev->buf_free_ns) {
		/* The two clocks differ by a little: the rest of the wait. */
		hrtimer_forward_now(t, ns_to_ktime(dev->buf_free_ns - now));
		ret = HRTIMER_RESTART;
	}
	spin_unlock_irqrestore(&sp->lock, flags);
	return ret;
}

/* debugfs "buffer": a buffer of @size bytes printed at @rate, empty; 0: none. */
void sim_device_set_buffer(struct sim_port *sp, struct sim_device *dev,
			   unsigned int size, unsigned int rate)
{
	dev->buf_size = size && rate ? size : 0;
	dev->buf_rate = size && rate ? rate : 0;
	dev->buf_ns = dev->buf_rate ? div_u64(NSEC_PER_SEC, dev->buf_rate) ?: 1 : 0;
	dev->buf_empty_ns = 0;
	if (dev->buf_free_ns)
		sim_buffer_room(sp, dev);
}

/* The bytes in the buffer now. */
unsigned int sim_device_buffered(struct sim_device *dev)
{
	return sim_buffer_fill(dev, sim_clock());
}

static void sim_compat_strobe(struct sim_port *sp)
{
	struct sim_device *dev = sp->cur;

	sp->counters[SIM_CNT_STROBES]++;
	/* A faulted printer does not take data. */
	if (dev->faults & (SIM_FAULT_PAPEROUT | SIM_FAULT_OFFLINE |
			   SIM_FAULT_ERROR))
		return;
	if (sim_dropped_out(dev))
		return;
	/* A strobe while Busy with a full buffer: the byte is lost. */
	if (sim_buffer_full(sp, dev)) {
		sp->counters[SIM_CNT_OVERRUNS]++;
		return;
	}
	sim_receive(sp, sp->hdata);
	if (dev->buf_size && !(dev->faults & (SIM_FAULT_NOACK | SIM_FAULT_STALL)) &&
	    sim_buffer_take(sp, dev))
		return;
	/*
	 * Busy for busy_reads status reads (the second with nAck low), then
	 * ready with the end of the nAck pulse.  A printer with the noack or
	 * stall fault always starts busy.
	 */
	dev->ack_step = (dev->faults & (SIM_FAULT_NOACK | SIM_FAULT_STALL)) ?
			SIM_ACK_BUSY : SIM_ACK_RELEASE - dev->busy_reads;
	dev->ack_hold = SIM_NOACK_READS;
	/*
	 * The nAck pulse shows over the next status reads, but a real one
	 * comes by itself, read or not: its interrupt goes now.
	 */
	if (!(dev->faults & (SIM_FAULT_NOACK | SIM_FAULT_STALL)))
		sim_port_ack(sp);
}

/* STROBE, AUTOFD and SELECT are inverted: a bit set means the line is low. */
static bool fell(u8 old, u8 new, u8 bit)
{
	return !(old & bit) && (new & bit);
}

static bool rose(u8 old, u8 new, u8 bit)
{
	return (old & bit) && !(new & bit);
}

/* --- ECP ----------------------------------------------------------------- */

/*
 * ECP forward idle: PError (nAckReverse) high answers Event 30 (Event 31)
 * and Event 47 (Event 49); Busy (PeriphAck) low, nAck high.
 */
static void sim_ecp_forward_lines(struct sim_device *dev)
{
	dev->phase = SIM_ECP_FWD;
	dev->ecp_step = SIM_ECP_REV_IDLE;
	dev->p_error = true;
	dev->n_ack = true;
	dev->busy = false;
	dev->n_fault = true;
	dev->select = true;
}

static void sim_ecp_enter(struct sim_device *dev)
{
	dev->ecp_channel = 0;
	dev->ecp_rle = false;
	sim_ecp_forward_lines(dev);
}

/* A data byte for the current channel, @n times (RLE). */
static void sim_ecp_data(struct sim_port *sp, u8 v, unsigned int n)
{
	struct sim_device *dev = sp->cur;
	struct sim_run *run;

	while (n--) {
		if (!sim_receive(sp, v))
			return;
		run = dev->nr_runs ? &dev->runs[dev->nr_runs - 1] : NULL;
		if (!run || run->channel != dev->ecp_channel) {
			if (dev->nr_runs == SIM_RUNS_MAX)
				continue;	/* the bytes are kept, runs are not */
			run = &dev->runs[dev->nr_runs++];
			run->channel = dev->ecp_channel;
			run->count = 0;
		}
		run->count++;
	}
}

/* Event 35 (HostClk low): take a data byte or a command. */
static void sim_ecp_strobe(struct sim_port *sp, bool command)
{
	struct sim_device *dev = sp->cur;
	u8 v = sp->hdata;

	sp->counters[SIM_CNT_STROBES]++;
	if (sim_dropped_out(dev))
		return;				/* no Event 36 */
	dev->busy = true;			/* Event 36: PeriphAck high */
	if (command) {
		sp->counters[SIM_CNT_ECP_COMMANDS]++;
		sim_event(dev, SIM_EV_ECP_COMMAND, v);
		if (v & 0x80) {
			dev->ecp_channel = v & 0x7f;	/* channel address */
		} else {
			dev->ecp_rle = true;		/* run-length count */
			dev->ecp_rle_count = v;
		}
		return;
	}
	sim_ecp_data(sp, v, dev->ecp_rle ? dev->ecp_rle_count + 1 : 1);
	dev->ecp_rle = false;
}

/* Reverse idle: nPeriphRequest (nFault) low while data waits. */
static void sim_ecp_reverse_lines(struct sim_device *dev)
{
	dev->phase = SIM_ECP_REV;
	dev->p_error = false;			/* Event 40 */
	dev->n_fault = !sim_rev_avail(dev);
	dev->n_ack = true;
	dev->ecp_step = SIM_ECP_REV_IDLE;
}

static void sim_ecp_control(struct sim_port *sp, u8 old, u8 new)
{
	struct sim_device *dev = sp->cur;
	bool host_ack_low = new & PARPORT_CONTROL_AUTOFD;

	if (dev->phase == SIM_ECP_FWD) {
		if (fell(old, new, PARPORT_CONTROL_STROBE)) {
			sim_ecp_strobe(sp, host_ack_low);
		} else if (rose(old, new, PARPORT_CONTROL_STROBE)) {
			dev->busy = false;		/* Event 37 */
		} else if ((old & PARPORT_CONTROL_INIT) &&
			   !(new & PARPORT_CONTROL_INIT)) {
			sim_ecp_reverse_lines(dev);	/* Events 39, 40 */
		}
		if (dev->phase == SIM_ECP_FWD)
			return;
	}

	/* Reverse. */
	if (!(old & PARPORT_CONTROL_INIT) && (new & PARPORT_CONTROL_INIT)) {
		/* Event 47: back to forward; an unacked byte stays queued. */
		sim_ecp_forward_lines(dev);
		return;
	}
	switch (dev->ecp_step) {
	case SIM_ECP_REV_IDLE:
		/* HostAck low is a level: data queued late goes out too. */
		if (host_ack_low && sim_rev_avail(dev) &&
		    !sim_dropped_out(dev)) {
			dev->pdata = sim_rev_peek(dev);
			/* PeriphAck (Busy) high: data; low: a command. */
			dev->busy = !sim_rev_peek_cmd(dev);
			dev->n_ack = false;	/* Event 43 */
			dev->ecp_step = SIM_ECP_REV_DATA;
		}
		break;
	case SIM_ECP_REV_DATA:
		if (!host_ack_low) {		/* Event 44 */
			dev->n_ack = true;	/* Event 45 */
			dev->ecp_step = SIM_ECP_REV_ACKED;
		}
		break;
	case SIM_ECP_REV_ACKED:
		if (host_ack_low) {		/* Event 46: byte taken */
			if (sim_rev_peek_cmd(dev))
				sim_event(dev, SIM_EV_ECP_SENT_COMMAND,
					  sim_rev_peek(dev));
			sim_rev_advance(sp);
			sim_ecp_reverse_lines(dev);
			sim_ecp_control(sp, new, new);
		}
		break;
	}
}

/* Data queued while the host waits for Event 43 goes out at once. */
static void sim_ecp_reverse_changed(struct sim_port *sp)
{
	struct sim_device *dev = sp->cur;

	if (dev->ecp_step == SIM_ECP_REV_IDLE) {
		dev->n_fault = !sim_rev_avail(dev);
		sim_ecp_control(sp, sp->ctrl, sp->ctrl);
	}
}

/* --- EPP ----------------------------------------------------------------- */

static void sim_epp_begin(struct sim_port *sp, bool addr, bool write)
{
	struct sim_device *dev = sp->cur;

	if (sim_dropped_out(dev))
		return;				/* nWait stays low */
	if (write && addr) {
		if (dev->addrs_len < SIM_ADDR_SIZE)
			dev->addrs[dev->addrs_len++] = sp->hdata;
		else
			sp->counters[SIM_CNT_DROPPED]++;
		dev->epp_cycle = SIM_EPP_ADDR_WRITE;
	} else if (write) {
		sim_receive(sp, sp->hdata);
		dev->epp_cycle = SIM_EPP_DATA_WRITE;
	} else if (addr) {
		dev->pdata = dev->epp_addr_reply;
		dev->epp_cycle = SIM_EPP_ADDR_READ;
	} else {
		/* Nothing to send: nWait stays low and the host times out. */
		if (!sim_rev_avail(dev))
			return;
		dev->pdata = sim_rev_peek(dev);
		dev->epp_cycle = SIM_EPP_DATA_READ;
	}
	sp->counters[SIM_CNT_EPP_CYCLES]++;
	dev->busy = true;			/* Event 58: nWait high */
}

/*
 * nWrite is nStrobe, nDataStb nAutoFd, nAddrStb nSelectIn.  A strobe
 * starts a cycle, its end (Events 59/63) ends it: nWait low (Event 60).
 * Only nInit low (Event 68) leaves EPP mode; in particular nSelectIn low
 * is an address strobe here, not Event 22.
 */
static void sim_epp_control(struct sim_port *sp, u8 old, u8 new)
{
	struct sim_device *dev = sp->cur;
	bool write = new & PARPORT_CONTROL_STROBE;

	switch (dev->epp_cycle) {
	case SIM_EPP_NONE:
		if (fell(old, new, PARPORT_CONTROL_SELECT))
			sim_epp_begin(sp, true, write);
		else if (fell(old, new, PARPORT_CONTROL_AUTOFD))
			sim_epp_begin(sp, false, write);
		return;
	case SIM_EPP_DATA_WRITE:
	case SIM_EPP_DATA_READ:
		if (new & PARPORT_CONTROL_AUTOFD)
			return;
		if (dev->epp_cycle == SIM_EPP_DATA_READ)
			sim_rev_advance(sp);
		break;
	case SIM_EPP_ADDR_WRITE:
	case SIM_EPP_ADDR_READ:
		if (new & PARPORT_CONTROL_SELECT)
			return;
		break;
	}
	dev->epp_cycle = SIM_EPP_NONE;
	dev->busy = false;
	/* The other strobe may have come down in the same write. */
	sim_epp_control(sp, new & ~(PARPORT_CONTROL_SELECT |
				    PARPORT_CONTROL_AUTOFD), new);
}

/* --- IEEE 1284 negotiation ---------------------------------------------- */

static bool sim_accepts(struct sim_device *dev, u8 ext)
{
	if ((ext & IEEE1284_DEVICEID) && !(dev->accept & SIM_ACCEPT_DEVICEID))
		return false;
	switch (ext & ~IEEE1284_DEVICEID) {
	case IEEE1284_MODE_NIBBLE:
		return dev->accept & SIM_ACCEPT_NIBBLE;
	case IEEE1284_MODE_BYTE:
		return dev->accept & SIM_ACCEPT_BYTE;
	case IEEE1284_MODE_ECP:
	case IEEE1284_MODE_ECPRLE:
		return dev->accept & SIM_ACCEPT_ECP;
	case IEEE1284_MODE_EPP:
		/* EPP has no reverse channel for a Device ID. */
		return (dev->accept & SIM_ACCEPT_EPP) &&
		       !(ext & IEEE1284_DEVICEID);
	default:
		return false;
	}
}

/* Event 1 seen: the host asks for IEEE 1284.  Event 2 answers it. */
static void sim_negotiation_request(struct sim_port *sp)
{
	struct sim_device *dev = sp->cur;

	sp->counters[SIM_CNT_NEGOTIATIONS]++;
	/* A device without nibble mode is not IEEE 1284 compliant. */
	if (!(dev->accept & SIM_ACCEPT_NIBBLE))
		return;
	dev->ack_step = SIM_ACK_IDLE;
	dev->n_ack = false;
	dev->p_error = true;
	dev->select = true;
	dev->n_fault = true;
	dev->busy = false;
	dev->phase = SIM_NEG_EVENT2;
}

/* Event 4 seen: Events 5 and 6 answer with XFlag and nAck high. */
static void sim_negotiation_answer(struct sim_port *sp)
{
	struct sim_device *dev = sp->cur;

	dev->n_ack = true;
	if (!sim_accepts(dev, dev->ext)) {
		sim_event(dev, SIM_EV_REJECTED, dev->ext);
		sp->counters[SIM_CNT_REJECTED]++;
		dev->select = false;	/* XFlag low: not supported */
		dev->phase = SIM_REJECTED;
		return;
	}
	sim_event(dev, SIM_EV_ACCEPTED, dev->ext);
	dev->sending_id = dev->ext & IEEE1284_DEVICEID;
	dev->id_pos = 0;
	dev->high_nibble = false;
	if (dev->ext & IEEE1284_MODE_ECP) {
		sim_ecp_enter(dev);
		return;
	}
	if (dev->ext & IEEE1284_MODE_EPP) {
		/* XFlag high, nWait low: ready for a cycle. */
		dev->phase = SIM_EPP;
		dev->epp_cycle = SIM_EPP_NONE;
		dev->busy = false;
		dev->p_error = false;
		return;
	}
	dev->phase = (dev->ext & IEEE1284_MODE_BYTE) ? SIM_BYTE_IDLE :
						       SIM_NIB_IDLE;
	sim_rev_idle_lines(dev);
}

/* --- reverse transfers -------------------------------------------------- */

/* Event 7 while idle: put the next nibble or byte out (Event 9). */
static void sim_reverse_request(struct sim_port *sp)
{
	struct sim_device *dev = sp->cur;
	u8 v;

	if (!sim_rev_avail(dev) || sim_dropped_out(dev))
		return;		/* nothing to send: nAck stays high */
	v = sim_rev_peek(dev);
	if (dev->phase == SIM_NIB_IDLE) {
		if (dev->high_nibble)
			v >>= 4;
		dev->n_fault = v & 1;
		dev->select = v & 2;
		dev->p_error = v & 4;
		dev->busy = v & 8;
		dev->phase = SIM_NIB_DATA;
	} else {
		dev->pdata = v;
		dev->phase = SIM_BYTE_DATA;
	}
	dev->n_ack = false;
}

/* Event 10 after a nibble: nAck high again (Event 11). */
static void sim_nibble_taken(struct sim_port *sp)
{
	struct sim_device *dev = sp->cur;

	if (dev->high_nibble)
		sim_rev_advance(sp);
	dev->high_nibble = !dev->high_nibble;
	dev->phase = SIM_NIB_IDLE;
	sim_rev_idle_lines(dev);
}

/* --- the control register ----------------------------------------------- */

/*
 * The host changed the control register from @old to @new: react to the
 * edges of nStrobe, nAutoFd, nInit and nSelectIn.
 */
void sim_device_control(struct sim_port *sp, u8 old, u8 new)
{
	struct sim_device *dev = sp->cur;

	if (!dev->present || (dev->faults & SIM_FAULT_POWEROFF))
		return;

	/*
	 * nInit low resets the printer and ends any IEEE 1284 mode (Event 68
	 * in EPP), except in ECP with 1284Active high, where it is
	 * nReverseRequest (Event 39).
	 */
	if ((old & PARPORT_CONTROL_INIT) && !(new & PARPORT_CONTROL_INIT) &&
	    ((dev->phase != SIM_ECP_FWD && dev->phase != SIM_ECP_REV) ||
	     (new & PARPORT_CONTROL_SELECT))) {
		sim_event(dev, SIM_EV_RESET, 0);
		sim_compat_idle(dev);
		/* A reset printer has an empty buffer. */
		dev->buf_empty_ns = 0;
		dev->buf_free_ns = 0;
		return;
	}

	if (dev->phase == SIM_EPP) {
		sim_epp_control(sp, old, new);
		return;
	}

	switch (dev->phase) {
	case SIM_COMPAT:
		/* Event 1: nSelectIn high with nAutoFd low. */
		if (rose(old, new, PARPORT_CONTROL_SELECT) &&
		    (new & PARPORT_CONTROL_AUTOFD)) {
			sim_negotiation_request(sp);
			return;
		}
		if (fell(old, new, PARPORT_CONTROL_STROBE) && (new & PARPORT_CONTROL_INIT))
			sim_compat_strobe(sp);
		return;

	case SIM_NEG_EVENT2:
	case SIM_NEG_EVENT3:
		/* nSelectIn low again: the host gave up. */
		if (new & PARPORT_CONTROL_SELECT) {
			sim_compat_idle(dev);
			return;
		}
		if (dev->phase == SIM_NEG_EVENT2) {
			if (fell(old, new, PARPORT_CONTROL_STROBE)) {	/* Event 3 */
				dev->ext = sp->hdata;
				dev->phase = SIM_NEG_EVENT3;
			}
		} else if (!(new & (PARPORT_CONTROL_STROBE |
				    PARPORT_CONTROL_AUTOFD))) {	/* Event 4 */
			sim_negotiation_answer(sp);
		}
		return;

	case SIM_TERMINATING:
		if (fell(old, new, PARPORT_CONTROL_AUTOFD)) {	/* Event 25 */
			sim_event(dev, SIM_EV_TERMINATED, 0);
			sim_compat_idle(dev);		/* Events 26-28 */
		} else if (fell(old, new, PARPORT_CONTROL_STROBE)) {
			/* The host went on printing without Event 25. */
			sim_compat_idle(dev);
			sim_compat_strobe(sp);
		}
		return;

	default:
		break;
	}

	/*
	 * IEEE 1284 reverse modes.  Event 22 (nSelectIn low) comes in the
	 * same write as nAutoFd high, so it is checked first.
	 */
	if (fell(old, new, PARPORT_CONTROL_SELECT)) {
		dev->sending_id = false;
		dev->n_ack = false;		/* Event 24 */
		dev->n_fault = true;
		dev->phase = SIM_TERMINATING;
		return;
	}

	switch (dev->phase) {
	case SIM_ECP_FWD:
	case SIM_ECP_REV:
		sim_ecp_control(sp, old, new);
		return;
	case SIM_NIB_DATA:
		if (!(new & PARPORT_CONTROL_AUTOFD))		/* Event 10 */
			sim_nibble_taken(sp);
		break;
	case SIM_BYTE_DATA:
		if (!(new & PARPORT_CONTROL_AUTOFD)) {		/* Event 10 */
			dev->n_ack = true;			/* Event 11 */
			dev->phase = SIM_BYTE_ACKED;
		}
		break;
	case SIM_BYTE_ACKED:
		if (rose(old, new, PARPORT_CONTROL_STROBE)) {		/* Event 17 */
			sim_rev_advance(sp);
			dev->phase = SIM_BYTE_IDLE;
			sim_rev_idle_lines(dev);
		}
		break;
	default:
		break;
	}

	/*
	 * Event 7 is a level: after running out of data the host keeps
	 * nAutoFd low, and asks again with the line already low.
	 */
	if ((dev->phase == SIM_NIB_IDLE || dev->phase == SIM_BYTE_IDLE) &&
	    (new & PARPORT_CONTROL_AUTOFD))
		sim_reverse_request(sp);
}

/* --- the status register ------------------------------------------------ */

/*
 * The status register as the host reads it.  @advance: a real read by the
 * host, which moves the compatibility handshake on.
 */
u8 sim_device_status(struct sim_port *sp, bool advance)
{
	struct sim_device *dev = sp->cur;
	bool n_fault = dev->n_fault, select = dev->select;
	bool p_error = dev->p_error, n_ack = dev->n_ack, busy = dev->busy;
	u8 s = 0;

	if (!dev->present || (dev->faults & SIM_FAULT_POWEROFF))
		return PARPORT_STATUS_BUSY;	/* every line low */

	if (dev->phase == SIM_COMPAT) {
		/* Full: ack_step stays SIM_ACK_BUSY until a byte has room. */
		bool full = sim_buffer_full(sp, dev);

		switch (dev->ack_step) {
		case SIM_ACK_BUSY:
			busy = true;
			break;
		case SIM_ACK_PULSE:
			busy = true;
			n_ack = false;
			break;
		case SIM_ACK_RELEASE:
			n_ack = false;
			break;
		}
		if (dev->ack_step == SIM_ACK_BUSY &&
		    (dev->faults & SIM_FAULT_NOACK)) {
			/* No nAck pulse; Busy drops after a while. */
			if (advance && !(dev->faults & SIM_FAULT_STALL) &&
			    !--dev->ack_hold)
				dev->ack_step = SIM_ACK_IDLE;
		} else if (advance && !full && dev->ack_step != SIM_ACK_IDLE &&
			   !(dev->faults & SIM_FAULT_STALL)) {
			dev->ack_step = (dev->ack_step + 1) % (SIM_ACK_RELEASE + 1);
		}

		if (dev->faults & SIM_FAULT_PAPEROUT) {
			p_error = true;
			n_fault = false;
			busy = true;
		}
		if (dev->faults & SIM_FAULT_OFFLINE) {
			select = false;
			busy = true;
		}
		if (dev->faults & SIM_FAULT_ERROR) {
			n_fault = false;
			busy = true;
		}
		if ((dev->faults & SIM_FAULT_STALL) || sim_dropped_out(dev))
			busy = true;
	}

	if (n_fault)
		s |= PARPORT_STATUS_ERROR;
	if (select)
		s |= PARPORT_STATUS_SELECT;
	if (p_error)
		s |= PARPORT_STATUS_PAPEROUT;
	if (n_ack)
		s |= PARPORT_STATUS_ACK;
	if (!busy)
		s |= PARPORT_STATUS_BUSY;	/* inverted in the register */
	return s;
}
