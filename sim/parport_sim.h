/* SPDX-License-Identifier: GPL-2.0 */
/*
 * parport_sim: a simulated parallel port and the IEEE 1284 peripheral at
 * the end of its cable, for testing parport clients without hardware.
 *
 * The port registers with the parport core like any low-level driver; the
 * core and its clients (lp, ppdev, ...) drive it through the register
 * operations below, and the peripheral answers at register level.
 */
#ifndef _PARPORT_SIM_H
#define _PARPORT_SIM_H

#include <linux/hrtimer.h>
#include <linux/irq_work.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/parport.h>
#include <linux/spinlock.h>
#include <linux/types.h>
#include <linux/workqueue.h>

/*
 * With CONFIG_PARPORT_NOT_PC unset, the core's parport_read_status() and
 * friends are inlines that do inb()/outb() at port->base and treat
 * private_data as parport_pc's: they would bypass (or crash) this driver
 * instead of calling its parport_operations.
 */
#if !IS_ENABLED(CONFIG_PARPORT_NOT_PC)
#error "parport_sim needs CONFIG_PARPORT_NOT_PC=y: else parport_*() use inb/outb, not port->ops"
#endif

#define SIM_MAX_PORTS		8
#define SIM_RX_SIZE		(1024 * 1024)	/* compat bytes kept */
#define SIM_REV_SIZE		(64 * 1024)	/* reverse bytes queued */
#define SIM_ID_MAX		1000		/* Device ID, without length */
#define SIM_RUNS_MAX		1024		/* ECP channel runs kept */
#define SIM_ADDR_SIZE		4096		/* EPP address writes kept */
#define SIM_DAISY_MAX		4		/* IEEE 1284.3 devices per chain */
#define SIM_DAISY_LOG		256		/* CPP commands kept */
#define SIM_EVENT_LOG		256		/* IEEE 1284 events kept, per device */

/* The PC control register's bits beyond the four lines. */
#define SIM_CTRL_LINES		0x0f
#define SIM_CTRL_ACKINTEN	0x10
#define SIM_CTRL_REVERSE	0x20

/* Faults of the peripheral (debugfs "faults"). */
#define SIM_FAULT_PAPEROUT	BIT(0)	/* PError high, nFault low, Busy */
#define SIM_FAULT_OFFLINE	BIT(1)	/* Select low, Busy */
#define SIM_FAULT_ERROR		BIT(2)	/* nFault low, Busy */
#define SIM_FAULT_POWEROFF	BIT(3)	/* every line low, no answer */
#define SIM_FAULT_STALL		BIT(4)	/* Busy never drops */
#define SIM_FAULT_NOACK		BIT(5)	/* no nAck pulse, Busy drops late */
#define SIM_FAULT_DROPOUT	BIT(6)	/* silent after dropout_after bytes */
#define SIM_FAULT_SLOW		BIT(7)	/* status reads take slow_us each */
#define SIM_FAULT_NOSELECT	BIT(8)	/* daisy device: ignores 1284.3 selects */

#define SIM_NOACK_READS		8	/* status reads Busy stays high */
#define SIM_SLOW_MAX_US		1000
#define SIM_BUSY_READS_MAX	2	/* Busy, then Busy with nAck low */
#define SIM_BUFFER_MAX		(16 * 1024 * 1024)	/* bytes a printer buffers */
#define SIM_RATE_MAX		100000000		/* bytes per second it prints */

/* IEEE 1284 modes the peripheral accepts (debugfs "ieee1284_modes"). */
#define SIM_ACCEPT_NIBBLE	BIT(0)	/* without it: not 1284 compliant */
#define SIM_ACCEPT_BYTE		BIT(1)
#define SIM_ACCEPT_DEVICEID	BIT(2)
#define SIM_ACCEPT_ECP		BIT(3)	/* ECP and ECP with RLE */
#define SIM_ACCEPT_EPP		BIT(4)

/* Where the peripheral is in the IEEE 1284 protocol. */
enum sim_phase {
	SIM_COMPAT,		/* compatibility mode, forward */
	SIM_NEG_EVENT2,		/* answered Event 2, waits for Event 3 */
	SIM_NEG_EVENT3,		/* latched the extensibility byte */
	SIM_REJECTED,		/* refused the mode, waits for Event 22 */
	SIM_NIB_IDLE,		/* nibble mode, waits for Event 7 */
	SIM_NIB_DATA,		/* nibble on the status lines (Event 9) */
	SIM_BYTE_IDLE,		/* byte mode, waits for Event 7 */
	SIM_BYTE_DATA,		/* byte on the data lines (Event 9) */
	SIM_BYTE_ACKED,		/* nAck high again, waits for Event 17 */
	SIM_TERMINATING,	/* answered Event 22, waits for Event 25 */
	SIM_ECP_FWD,		/* ECP, forward: data and commands */
	SIM_ECP_REV,		/* ECP, reverse (nReverseRequest low) */
	SIM_EPP,		/* EPP: data and address cycles */
	SIM_NR_PHASES
};

enum sim_counter {
	SIM_CNT_DATA_READ,
	SIM_CNT_DATA_WRITE,
	SIM_CNT_STATUS_READ,
	SIM_CNT_CONTROL_READ,
	SIM_CNT_CONTROL_WRITE,
	SIM_CNT_STROBES,
	SIM_CNT_RECEIVED,
	SIM_CNT_DROPPED,
	SIM_CNT_NEGOTIATIONS,
	SIM_CNT_REJECTED,
	SIM_CNT_REVERSE_SENT,
	SIM_CNT_ECP_COMMANDS,
	SIM_CNT_EPP_CYCLES,
	SIM_CNT_INTERRUPTS,
	SIM_CNT_RESTORE_STROBES,	/* restore_state() brought nStrobe low */
	SIM_CNT_OVERRUNS,		/* strobes ignored: the buffer was full */
	SIM_CNT_STARVED,		/* the buffer ran dry between two bytes */
	SIM_CNT_STARVED_US,		/* for so long in all */
	SIM_CNT_STARVED_MAX_US,		/* the longest time */
	SIM_NR_COUNTERS
};

/* ECP reverse handshake, per byte. */
enum sim_ecp_step {
	SIM_ECP_REV_IDLE,	/* nAck high, waits for HostAck low */
	SIM_ECP_REV_DATA,	/* byte out, nAck low (Event 43), waits for Event 44 */
	SIM_ECP_REV_ACKED,	/* nAck high (Event 45), waits for Event 46 */
};

/* An EPP cycle in progress (strobe low, nWait high). */
enum sim_epp_cycle {
	SIM_EPP_NONE,
	SIM_EPP_DATA_WRITE,
	SIM_EPP_DATA_READ,
	SIM_EPP_ADDR_WRITE,
	SIM_EPP_ADDR_READ,
};

/* What the peripheral saw of the IEEE 1284 protocol (debugfs "ieee1284_log"). */
enum sim_event {
	SIM_EV_ACCEPTED,	/* negotiation: extensibility byte accepted */
	SIM_EV_REJECTED,	/* negotiation: refused (XFlag low) */
	SIM_EV_TERMINATED,	/* termination completed (Events 22-28) */
	SIM_EV_RESET,		/* nInit low: reset, back to compatibility mode */
	SIM_EV_ECP_COMMAND,	/* ECP forward: a command byte taken */
	SIM_EV_ECP_SENT_COMMAND,/* ECP reverse: a command byte the host took */
};

struct sim_event_rec {
	u8 what;		/* enum sim_event */
	u8 value;		/* extensibility or command byte */
};

/* A run of bytes received on one ECP channel. */
struct sim_run {
	u8 channel;
	u32 count;
};

struct sim_port;

/*
 * A peripheral: a printer that also talks IEEE 1284.  The end-of-chain
 * device is sim_port.dev; the IEEE 1284.3 daisy-chain devices before it
 * are sim_port.daisy[].
 */
struct sim_device {
	struct sim_port *sp;		/* the port it hangs on */
	enum sim_phase phase;
	bool present;			/* false: nothing at the end of the chain */
	int addr;			/* 1284.3 address assigned, or -1 */
	u64 selects;			/* 1284.3 selects of this device */

	/* Lines the peripheral drives; true means the line is high. */
	bool n_fault;
	bool select;
	bool p_error;
	bool n_ack;
	bool busy;
	u8 pdata;			/* data lines in reverse direction */

	unsigned int faults;		/* SIM_FAULT_* */
	unsigned int ack_hold;		/* noack: status reads left Busy */
	unsigned int dropout_after;	/* dropout: bytes before silence */
	unsigned int moved;		/* bytes either way, for dropout */
	unsigned int slow_us;		/* slow: delay of a status read */
	unsigned int busy_reads;	/* compat: status reads with Busy after a strobe */
	unsigned int accept;		/* SIM_ACCEPT_* */
	u8 ext;				/* extensibility byte negotiated */
	unsigned int ack_step;		/* compat handshake, in status reads */

	/*
	 * A printer with a buffer (debugfs "buffer"; size 0: none): it takes
	 * bytes into a buffer of buf_size bytes and prints buf_rate bytes
	 * per second.  Kept as times, not as a count that something drains:
	 * buf_empty_ns is when the bytes in it will all be printed, so the
	 * bytes in it are (buf_empty_ns - now) / buf_ns, rounded up, and
	 * nothing runs while the printer prints.  buf_free_ns: full, Busy
	 * until then (when a byte has room again), 0 otherwise.
	 */
	unsigned int buf_size;
	unsigned int buf_rate;
	u64 buf_ns;			/* ns to print a byte: NSEC_PER_SEC / buf_rate */
	u64 buf_empty_ns;		/* local_clock() */
	u64 buf_free_ns;
	bool high_nibble;		/* nibble mode: next nibble is bits 7-4 */

	/* Device ID as sent: big-endian inclusive length, then the text. */
	u8 id[SIM_ID_MAX + 2];
	size_t id_len;
	size_t id_pos;
	bool sending_id;

	/* Bytes for the host in nibble/byte mode, consumed from rev_head. */
	u8 *rev;
	u8 *rev_cmd;			/* per byte: an ECP command (PeriphAck low) */
	size_t rev_len;
	size_t rev_head;

	/* What the host printed in compatibility mode. */
	u8 *rx;
	size_t rx_len;

	/* ECP: current channel, pending RLE count, runs of received bytes. */
	u8 ecp_channel;
	bool ecp_rle;
	u8 ecp_rle_count;
	enum sim_ecp_step ecp_step;
	struct sim_run *runs;
	size_t nr_runs;

	/* EPP: the cycle in progress, addresses written, address read reply. */
	enum sim_epp_cycle epp_cycle;
	u8 *addrs;
	size_t addrs_len;
	u8 epp_addr_reply;

	/* The IEEE 1284 events seen, oldest first (debugfs "ieee1284_log"). */
	struct sim_event_rec events[SIM_EVENT_LOG];
	unsigned int nr_events;
};

/* The CPP detector of a 1284.3 chain: data bytes seen (AA 55 00 FF 87 78). */
enum sim_cpp_state {
	SIM_CPP_IDLE,
	SIM_CPP_AA,
	SIM_CPP_55,
	SIM_CPP_00,
	SIM_CPP_FF,		/* status 0xf8: a 1284.3 chain is here */
	SIM_CPP_87,		/* status 0x58 */
	SIM_CPP_CMD,		/* after 78: commands, strobed */
};

/* A CPP command as the chain saw it (debugfs "daisy_log"). */
struct sim_cpp_cmd {
	u8 cmd;
	s8 device;		/* chain position that took it, or -1 */
};

struct sim_port {
	spinlock_t lock;		/* registers and the whole device */
	unsigned int index;
	struct platform_device *pdev;
	struct parport *port;
	struct dentry *dir;
	struct list_head zombie;	/* removed at runtime, freed at exit */
	struct delayed_work reap;	/* waits for a removed port's clients */
	unsigned int orphans;		/* their devices at removal */
	bool reap_empty;		/* none left at the last look */

	/* nAck interrupts: delivered from irq_work, in hard-IRQ context. */
	bool irq;			/* the port has an IRQ (port->irq) */
	unsigned int irq_pending;	/* nAck pulses not delivered yet */
	struct irq_work irq_work;
	/* A full buffer's room, as an nAck pulse on time (irq ports only). */
	struct hrtimer buf_timer;
	struct sim_device *buf_dev;	/* whose room it waits for */

	u8 ctrl;			/* PC control register, bits 0-5 */
	u8 hdata;			/* data the host wrote */
	struct sim_device dev;		/* at the end of the chain */
	struct sim_device *cur;		/* the device the host talks to */
	u64 counters[SIM_NR_COUNTERS];

	/* IEEE 1284.3 daisy chain, in front of dev. */
	unsigned int nr_daisy;
	struct sim_device daisy[SIM_DAISY_MAX];
	enum sim_cpp_state cpp;
	unsigned int cpp_cursor;	/* chain position to take an address */
	int cpp_reply;			/* status after a select, or -1 */
	struct sim_cpp_cmd log[SIM_DAISY_LOG];
	unsigned int log_len;

	/* Runtime chain changes (debugfs "chain") and the files they move. */
	struct mutex chain_lock;
	bool unplugged;			/* removed: no more chain changes */
	struct dentry *daisy_dir;	/* "daisy", NULL without devices */
	struct dentry *log_file;	/* "daisy_log", likewise */
	struct dentry *pos_dir[SIM_DAISY_MAX];	/* "daisy/<pos>" */
};

/* device.c: the peripheral; callers hold sim_port.lock (but _init, _alloc). */
int sim_device_init(struct sim_port *sp, struct sim_device *dev,
		    const char *device_id);
int sim_device_alloc(struct sim_device *dev);
void sim_device_defaults(struct sim_port *sp, struct sim_device *dev,
			 const char *device_id);
void sim_device_free(struct sim_device *dev);
void sim_device_reset(struct sim_device *dev);
void sim_device_control(struct sim_port *sp, u8 old, u8 new);
u8 sim_device_status(struct sim_port *sp, bool advance);
void sim_device_set_id(struct sim_device *dev, const char *id, size_t len);
void sim_device_set_buffer(struct sim_port *sp, struct sim_device *dev,
			   unsigned int size, unsigned int rate);
unsigned int sim_device_buffered(struct sim_device *dev);
enum hrtimer_restart sim_device_buffer_timer(struct hrtimer *t);
void sim_device_reverse_changed(struct sim_port *sp, struct sim_device *dev);
int sim_device_reverse_append(struct sim_port *sp, struct sim_device *dev,
			      const u8 *data, const u8 *cmd, size_t count);
const char *sim_phase_name(enum sim_phase phase);
extern const char * const sim_counter_names[SIM_NR_COUNTERS];

/* daisy.c: the 1284.3 chain; callers hold sim_port.lock. */
void sim_daisy_data(struct sim_port *sp, u8 d);
bool sim_daisy_control(struct sim_port *sp, u8 old, u8 new);
bool sim_daisy_status(struct sim_port *sp, u8 *status);
void sim_daisy_reset(struct sim_port *sp);

/* port.c: an nAck pulse, as an interrupt (with ackIntEn and an IRQ).  Locked. */
void sim_port_ack(struct sim_port *sp);

/* debugfs.c: the control interface. */
void sim_debugfs_init(void);
void sim_debugfs_exit(void);
void sim_debugfs_exit_controls(void);
void sim_debugfs_add_port(struct sim_port *sp);
void sim_debugfs_remove_port(struct sim_port *sp);
void sim_debugfs_update_chain(struct sim_port *sp, unsigned int nr);

/* port.c: runtime add and removal (debugfs "add", "remove"). */
int sim_port_add(char *spec);
void sim_port_last_added(char *buf, size_t size);
int sim_port_remove(const char *name);

/* port.c: a new chain on a port (debugfs "chain"); -1 keeps a value. */
int sim_port_rechain(struct sim_port *sp, int nr_daisy, int end);

#endif /* _PARPORT_SIM_H */
