/* SPDX-License-Identifier: GPL-2.0 */
/*
 * winpar: the Windows parallel-port driver interface on the Linux parport core.
 *
 * Internal declarations shared by the files of the module:
 *
 *   main.c      module parameters, the parport driver, the device class
 *   port.c      one struct winpar_port per parport: attach, detach, nodes
 *   cdev.c      the character devices: open, write, the ioctl transport
 *   request.c   the request table and its dispatcher (the only request path)
 *   ntstatus.c  NTSTATUS <-> errno, in one place
 *   ieee1284.c  the IEEE 1284 protocol steps
 *   xfer.c      winpar's own IEEE 1284 software handshakes
 *   io.c        read and write requests: Windows' time-outs, status and count
 *   alloc.c     Windows' port allocation: owner, FIFO of waiters, the claim
 *   daisy.c     IEEE 1284.3 commands: select, deselect, address assignment
 *   client.c    clients (open files, kernel callers) and the in-kernel API
 *   internal.c  internal requests on ports and devices (sections 5 and 6)
 *   routines.c  the callbacks of the information structures (section 10)
 *   irq.c       client interrupt service routines on the port's interrupt
 *   regs.c      register access for the client that holds the port
 */
#ifndef _WINPAR_H
#define _WINPAR_H

#include <linux/bits.h>
#include <linux/types.h>
#include <linux/device.h>
#include <linux/cdev.h>
#include <linux/kref.h>
#include <linux/mutex.h>
#include <linux/parport.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/workqueue.h>
#include <linux/irq_work.h>
#include <linux/delay.h>
#include <linux/lockdep.h>

#include <winpar/ntstatus.h>
#include <winpar/winpar.h>
#include <winpar/parallel.h>

/* An NTSTATUS as the kernel side handles it (LONG on Windows). */
typedef s32 ntstatus_t;

enum winpar_node_kind {
	WINPAR_NODE_PORT,	/* ParallelPortm: the port (Windows FDO) */
	WINPAR_NODE_LPT,	/* LPTn: the raw device at the end of the cable (PDO) */
};

/* Which Windows major function a request came in with. */
enum winpar_major {
	WINPAR_MJ_DEVICE_CONTROL,
	WINPAR_MJ_INTERNAL_DEVICE_CONTROL,
};

struct winpar_port;
struct winpar_client;

/* Windows' default write time-out: 300 s (PAR_WRITE_TIMEOUT_VALUE, WINDOWS-API.md 1.8). */
#define WINPAR_WRITE_TIMEOUT_S		300
/* IOCTL_SERIAL_SET_TIMEOUTS refuses WriteTotalTimeoutConstant below this (ms). */
#define WINPAR_MIN_WRITE_TIMEOUT_MS	2000

/* IEEE 1284.3: up to four daisy-chain devices, and the ID of the end-of-chain device. */
#define WINPAR_DAISY_MAX	4
#define WINPAR_END_OF_CHAIN	4

/**
 * struct winpar_device - a Windows parallel device (PDO): what an LPT node reaches
 * @port: the port it is attached to
 * @name: its Windows name: "LPTn", "LPTn.a" (daisy address a) or "LPTn.4"
 * @daisy: the 1284.3 address selected around each request, -1 for none
 *	(the raw device and the end-of-chain device)
 * @open: set while a file has it open (devices are exclusive, WINDOWS-API.md 1.3)
 * @read_mode: current reverse protocol, one ntddpar.h mode bit (default NIBBLE)
 * @write_mode: current forward protocol (default CENTRONICS)
 * @write_timeout_s: inactivity time-out of writes, from IOCTL_SERIAL_SET_TIMEOUTS
 * @forbidden: protocols the client forbade (IOCTL_PAR_GET_DEVICE_CAPS input)
 * @write_addr: ECP channel or EPP address for writes, -1 for none
 * @read_addr: the same for reads
 * @ieee_fwd: forward mode negotiated through NegotiateIeeeMode (an
 *	ntddpar.h bit, 0 for none); kept until TerminateIeeeMode
 * @ieee_rev: the reverse mode negotiated with it
 * @ieee_dir: the direction the peripheral is connected in: 0 none (idle in
 *	compatibility mode), WINPAR_FWD or WINPAR_REV
 * @gen: incremented when a re-enumeration finds the device gone: files
 *	opened before then get STATUS_DEVICE_REMOVED
 * @conn_gen: the port's @conn_gen when the routines last connected
 *	@ieee_dir: if the port's has moved on since, a request returned the
 *	peripheral to compatibility mode meanwhile
 *
 * The modes and the time-out belong to the device, not to an open file, as
 * on Windows: they persist from one open to the next.  Changed under the
 * port's lock.
 */
struct winpar_device {
	struct winpar_port *port;
	char name[16];
	int daisy;
	atomic_t open;
	u16 read_mode;
	u16 write_mode;
	u32 write_timeout_s;
	u16 forbidden;
	s16 write_addr;
	s16 read_addr;
	u16 ieee_fwd;
	u16 ieee_rev;
	u8 ieee_dir;
	u32 gen;
	u32 conn_gen;
};

/**
 * struct winpar_node - one character device node
 * @dev: the device; its release frees the node
 * @cdev: the character device, parented to @dev
 * @port: the port the node belongs to (a reference is held)
 * @device: the device an LPT node reaches; NULL for the port node
 * @kind: port node or LPT node
 */
struct winpar_node {
	struct device dev;
	struct cdev cdev;
	struct winpar_port *port;
	struct winpar_device *device;
	enum winpar_node_kind kind;
};

/**
 * struct winpar_pace - how winpar's compatibility-mode writes wait for a
 *	printer whose buffer is full (xfer.c, winpar_xfer_pace_busy())
 * @sleep_us: the next sleep: a quarter of the time the printer takes to
 *	print its buffer, as measured
 * @burst: bytes it took since it was last found full, carried between writes
 * @rate: the bytes per second it prints, as measured (0: not yet)
 * @room: the bytes its buffer holds, as far as measured
 * @room_known: @room was measured from a sleep the buffer ran empty in
 * @empty: the last cycle ran empty
 * @last: jiffies when it was last found full
 * @t_event: when it was last found full (ktime_get_ns())
 * @t_wake: when the sleep after that ended, 0 for none
 * @irqs: the port's interrupts while winpar held it (irq.c)
 * @irq_wq: a write waiting for the interrupt sleeps here
 */
struct winpar_pace {
	unsigned int sleep_us;
	unsigned int burst;
	unsigned int rate;
	unsigned int room;
	bool room_known;
	bool empty;
	unsigned long last;
	u64 t_event;
	u64 t_wake;
	atomic_t irqs;
	wait_queue_head_t irq_wq;
};

/**
 * struct winpar_port - winpar's view of one parport
 * @ref: references: the port list, each node, each open file
 * @pp: the parport (a reference is held until the port is freed)
 * @pdev: winpar's client device on the port, registered while files are
 *	open (@users > 0) and the port is present
 * @users: open files on the port's nodes
 * @number: the parport number m (LPTn with n = m + 1)
 * @lock: serialises requests that use the hardware, and removal
 * @removed: set (under @lock) when the parport went away
 * @nodes: the port node and the LPT node
 * @list: entry in the list of ports
 * @lpt: the raw device at the end of the cable, reached through LPTn
 * @chain: the 1284.3 daisy-chain devices (LPTn.0 .. LPTn.3) and the
 *	end-of-chain device (LPTn.4); @chain_present says which exist
 * @chain_present: bit a for daisy address a, bit 4 for the end of chain
 * @alock: protects the allocation state below; never held while the
 *	parport core is called (its cad_lock comes first: see alloc.c)
 * @owner: the client the port is allocated to (Windows' allocate), NULL
 * @claimed: winpar's client device is the parport's current owner
 * @refused: winpar refused a preemption since it last released the port
 * @yielding: winpar is giving the port up: the preempt callback lets go
 * @waiters: allocate and select requests queued FIFO (struct winpar_waiter)
 * @nwaiters: their number (QueryNumWaiters)
 * @busy: parport core calls in progress outside @alock (claim, release)
 * @wq: waiters sleep here
 * @free_work: finishes a free made at interrupt level
 * @free_pending: the client whose free @free_work finishes
 * @selected: the 1284.3 address selected by winpar, -1 for none
 * @chip_mode: the chip mode set by SET_CHIP_MODE (ECR mode bits), 0 initial
 * @saved_ecr: the ECR before SET_CHIP_MODE, restored by CLEAR_CHIP_MODE
 * @isrs: client interrupt routines (RCU list of struct winpar_isr)
 * @isr_lock: serialises changes to @isrs
 * @deferred_running: the deferred port check routines are being called
 * @kinterrupt: the opaque interrupt object handed to client ISRs
 * @port_name: "LPTn" in UTF-16, for PARALLEL_PNP_INFORMATION.PortName
 * @daisy_count: 1284.3 devices found by the last assignment
 * @conn_gen: incremented whenever winpar itself returns the peripheral to
 *	compatibility mode or selects another daisy-chain device (requests,
 *	read(), write()): a mode the routines connected is gone then
 * @reg_touched: the holder wrote a register (regs.c): @reg_saved goes
 *	back when the allocation ends
 * @reg_saved: the port's line state before that write
 * @io_lock: protects @io_waits
 * @io_waits: the reads and writes in progress on the port (struct
 *	winpar_io_wait), for cancel
 * @poll_wq: poll() on the port's LPT nodes sleeps here
 * @poll_work: wakes @poll_wq again while a poll() waits for the printer
 * @pace: waits for a busy printer (xfer.c, irq.c)
 * @xfer_nowait: a WINPAR_IO_NOWAIT write has the port: a printer still busy
 *	after the quick reads ends the transfer at once (xfer.c)
 */
struct winpar_port {
	struct kref ref;
	struct parport *pp;
	struct pardevice *pdev;
	unsigned int users;
	unsigned int number;
	struct mutex lock;	/* serialises hardware requests and removal */
	bool removed;
	struct winpar_node *nodes[2 + WINPAR_DAISY_MAX + 1];
	struct list_head list;
	struct winpar_device lpt;
	struct winpar_device chain[WINPAR_DAISY_MAX + 1];
	unsigned int chain_present;
	spinlock_t alock;	/* see above */
	struct winpar_client *owner;
	bool claimed;
	bool refused;
	bool yielding;
	struct list_head waiters;
	unsigned int nwaiters;
	unsigned int busy;
	wait_queue_head_t wq;
	struct irq_work free_work;
	struct winpar_client *free_pending;
	int selected;
	u8 chip_mode;
	u8 saved_ecr;
	struct list_head isrs;
	struct mutex isr_lock;	/* serialises changes to isrs */
	atomic_t deferred_running;
	struct _KINTERRUPT *kinterrupt;
	u16 port_name[8];
	unsigned int daisy_count;
	u32 conn_gen;
	bool reg_touched;
	struct parport_state reg_saved;
	spinlock_t io_lock;	/* protects io_waits */
	struct list_head io_waits;
	wait_queue_head_t poll_wq;
	struct delayed_work poll_work;
	struct winpar_pace pace;
	bool xfer_nowait;
};

/**
 * struct winpar_io_wait - a read or write in progress, as cancel sees it
 * @list: in the port's @io_waits
 * @task: the thread that runs it
 * @client: whose request it is
 * @tgid: the process it came from
 * @cancelled: a cancel ended it (WINDOWS-API.md: STATUS_CANCELLED)
 */
struct winpar_io_wait {
	struct list_head list;
	struct task_struct *task;
	struct winpar_client *client;
	pid_t tgid;
	bool cancelled;
};

/**
 * struct winpar_client - one user of a port or a device: an open file, or a
 *	kernel caller of winpar_open()
 * @port: the port (a reference is held)
 * @device: the device for a device client, NULL for a port client
 * @node: the node of a file client, NULL for a kernel client
 * @kernel: a kernel client: its information structures carry real pointers
 * @gen: the device's @gen when the client opened it
 * @interrupts: port interrupts its connected routines saw
 * @deferred_calls: calls of its deferred port check routines
 * @kept: a write with WINPAR_IO_NOWAIT answered STATUS_PENDING and keeps
 *	its count-down, which ends at @kept_deadline (jiffies)
 * @kept_deadline: see @kept
 * @waiting: WINPAR_IO_NOWAIT writes waiting their turn behind the kept one
 * @name: for logs and traces
 */
struct winpar_client {
	struct winpar_port *port;
	struct winpar_device *device;
	struct winpar_node *node;
	bool kernel;
	u32 gen;
	atomic64_t interrupts;
	atomic64_t deferred_calls;
	bool kept;
	unsigned long kept_deadline;
	atomic_t waiting;
	char name[24];
};

/**
 * struct winpar_req - one request on its way through the table
 * @node: the node the request was sent to (for a kernel client, its node)
 * @client: who sent it
 * @compat: the caller is a 32-bit process: structures in the i386 layout
 * @code: the Windows IOCTL code
 * @buf: the system buffer (METHOD_BUFFERED: input in, output out)
 * @in_len: InputBufferLength as the caller gave it
 * @out_len: OutputBufferLength as the caller gave it
 * @info: Information: bytes of @buf to copy back to the output buffer
 */
struct winpar_req {
	struct winpar_node *node;
	struct winpar_client *client;
	bool compat;
	u32 code;
	void *buf;
	u32 in_len;
	u32 out_len;
	u32 info;
};

/* main.c */
#define WINPAR_MINORS	256
extern unsigned int winpar_acquire_timeout_ms;
extern unsigned int winpar_lock_timeout_ms;
extern unsigned int winpar_test_delay_ms;
extern struct class winpar_class;
extern dev_t winpar_devt;

/*
 * The suite's way into a window: a routine sleeps test_delay_ms (0, none,
 * unless a test sets it) between its entry and the port's lock, so that a
 * removal or a free on another thread lands exactly there.
 */
static inline void winpar_test_delay(void)
{
	unsigned int ms = READ_ONCE(winpar_test_delay_ms);

	if (unlikely(ms))
		msleep(ms);
}

/*
 * winpar drives the port's lines only under the port's lock and while its
 * client device is the parport's owner: never in lp's or ppdev's time.
 */
static inline void winpar_assert_driving(struct winpar_port *port)
{
	lockdep_assert_held(&port->lock);
	WARN_ON_ONCE(READ_ONCE(port->pp->physport->cad) != port->pdev);
}

/*
 * A register address as the information structures and sysfs report it:
 * an x86 I/O port.  Low-level drivers that are not PC-style hold an
 * ioremap cookie there, a kernel address, which is reported as 0.
 */
static inline unsigned long winpar_io_addr(unsigned long addr)
{
	return addr < 0x10000 ? addr : 0;
}

/* port.c */
void winpar_port_attach(struct parport *pp);
void winpar_port_detach(struct parport *pp);
int winpar_port_open(struct winpar_port *port);
void winpar_port_close(struct winpar_port *port);
void winpar_port_get(struct winpar_port *port);
void winpar_port_put(struct winpar_port *port);

/* cdev.c */
extern const struct file_operations winpar_fops;

/* Nodes a request may be sent to. */
#define WINPAR_ON_PORT		BIT(WINPAR_NODE_PORT)
#define WINPAR_ON_LPT		BIT(WINPAR_NODE_LPT)

/* Request flags. */
#define WINPAR_REQ_RAW		BIT(0)	/* fixed-size buffers: the code is also an ioctl number */
#define WINPAR_REQ_RAWIO	BIT(1)	/* the caller needs CAP_SYS_RAWIO */
#define WINPAR_REQ_QUERY	BIT(2)	/* changes nothing: only answers */

/**
 * struct winpar_request - one entry of the request table
 * @code: the Windows IOCTL code
 * @major: public (IRP_MJ_DEVICE_CONTROL) or internal request
 * @targets: WINPAR_ON_PORT and/or WINPAR_ON_LPT
 * @flags: WINPAR_REQ_*
 * @in_min: InputBufferLength below this fails with @in_short
 * @out_min: OutputBufferLength below this fails with @out_short
 * @in_short: the documented status for a short input buffer
 * @out_short: the documented status for a short output buffer
 * @in_min32: for 32-bit callers, if not 0: their structures are smaller
 * @out_min32: the same for the output
 * @in_max: input bytes the handler reads (the rest is not copied)
 * @out_max: output bytes the handler may write
 * @handler: carries out the request; returns its NTSTATUS and sets
 *	@winpar_req.info
 * @name: the Windows name, for logs
 */
struct winpar_request {
	u32 code;
	u8 major;
	u8 targets;
	u16 flags;
	u32 in_min;
	u32 out_min;
	u32 in_min32;
	u32 out_min32;
	ntstatus_t in_short;
	ntstatus_t out_short;
	u32 in_max;
	u32 out_max;
	ntstatus_t (*handler)(struct winpar_req *req);
	const char *name;
};

/* request.c and request.h: the table and the path through it */

/* public.c: public requests on an LPT node (WINDOWS-API.md section 4) */
void winpar_status_table_init(void);
ntstatus_t winpar_write_stopped_status(struct winpar_port *port);
ntstatus_t winpar_par_query_information(struct winpar_req *req);
ntstatus_t winpar_par_set_information(struct winpar_req *req);
ntstatus_t winpar_ieee1284_get_mode(struct winpar_req *req);
ntstatus_t winpar_par_get_default_modes(struct winpar_req *req);
ntstatus_t winpar_par_is_port_free(struct winpar_req *req);
ntstatus_t winpar_par_query_location(struct winpar_req *req);
ntstatus_t winpar_serial_set_timeouts(struct winpar_req *req);
ntstatus_t winpar_serial_get_timeouts(struct winpar_req *req);
ntstatus_t winpar_ieee1284_negotiate(struct winpar_req *req);
ntstatus_t winpar_par_get_device_caps(struct winpar_req *req);
ntstatus_t winpar_par_set_write_address(struct winpar_req *req);
ntstatus_t winpar_par_set_read_address(struct winpar_req *req);
ntstatus_t winpar_par_query_device_id(struct winpar_req *req);
ntstatus_t winpar_par_query_device_id_size(struct winpar_req *req);
ntstatus_t winpar_par_query_raw_device_id(struct winpar_req *req);

/* ntstatus.c */
int winpar_ntstatus_error(ntstatus_t status);
ntstatus_t winpar_errno_to_ntstatus(int err);

/**
 * winpar_ntstatus_to_errno() - the errno for a completed request
 * @status: its NTSTATUS
 *
 * Return: 0 for a success status (NT_SUCCESS), else a negative errno.
 */
static inline int winpar_ntstatus_to_errno(ntstatus_t status)
{
	return status >= 0 ? 0 : winpar_ntstatus_error(status);
}

/* modes.c: Windows protocol bits and the parport core's modes */
#define WINPAR_FWD	BIT(0)
#define WINPAR_REV	BIT(1)
int winpar_mode_to_ieee(u16 bit);
u16 winpar_pick_mode(struct winpar_port *port, u16 mask, u8 dir);
u16 winpar_probe_modes(struct winpar_port *port, u16 mask);
const char *winpar_mode_name(u16 bit);

/* alloc.c: Windows' allocation of the port (WINDOWS-API.md 1.5) */
void winpar_alloc_init(struct winpar_port *port);
int winpar_allocate(struct winpar_client *c, long timeout);
bool winpar_try_allocate(struct winpar_client *c);
bool winpar_try_allocate_irq(struct winpar_client *c);
bool winpar_free(struct winpar_client *c);
void winpar_free_irq(struct winpar_client *c);
unsigned int winpar_query_waiters(struct winpar_port *port);
bool winpar_owns(struct winpar_client *c);
bool winpar_port_is_free(struct winpar_port *port);
void winpar_alloc_remove(struct winpar_port *port);
int winpar_preempt(void *private);
void winpar_unclaim_idle(struct winpar_port *port);
/**
 * struct winpar_hold - what one request holds between winpar_take() and
 *	winpar_give()
 * @client: the client of the request
 * @token: the owner of an allocation made for this request alone
 * @temp: the port was allocated for this request (to @token)
 */
struct winpar_hold {
	struct winpar_client *client;
	struct winpar_client token;
	bool temp;
};

long winpar_acquire_wait(struct winpar_client *c);
int winpar_take_mode(struct winpar_client *c, struct winpar_hold *hold, int mode);
int winpar_take_within(struct winpar_client *c, struct winpar_hold *hold, int mode,
		       long timeout);
int winpar_take(struct winpar_client *c, struct winpar_hold *hold);
void winpar_give(struct winpar_hold *hold);

/* daisy.c: IEEE 1284.3 (the port claimed by winpar) */
int winpar_daisy_select(struct winpar_port *port, int addr, int mode);
void winpar_daisy_deselect(struct winpar_port *port);
int winpar_daisy_assign(struct winpar_port *port);

/* port.c */
struct winpar_node *winpar_node_find(const char *name);
void winpar_port_rechain(struct winpar_port *port, unsigned int count);

/* client.c */
struct winpar_client *winpar_client_new(struct winpar_node *node, bool kernel);
void winpar_client_release(struct winpar_client *c);

/**
 * winpar_client_gone() - whether the client's port or device went away
 * @c: the client
 *
 * Every request asks first (WINDOWS-API.md 3.1), hence inline.
 *
 * Return: true once the port was removed, or a re-enumeration of the
 * 1284.3 chain found the client's device gone.
 */
static inline bool winpar_client_gone(struct winpar_client *c)
{
	return READ_ONCE(c->port->removed) ||
	       (c->device && READ_ONCE(c->device->gen) != c->gen);
}

/* internal.c: internal requests (WINDOWS-API.md sections 5 and 6) */
extern bool winpar_enable_connect_interrupt;
extern unsigned int winpar_allocate_timeout_ms;
long winpar_allocate_wait(void);
ntstatus_t winpar_wait_status(int err);
u32 winpar_hw_caps(struct winpar_port *port);
ntstatus_t winpar_get_port_info(struct winpar_req *req);
ntstatus_t winpar_get_more_port_info(struct winpar_req *req);
ntstatus_t winpar_get_pnp_info(struct winpar_req *req);
ntstatus_t winpar_release_port_info(struct winpar_req *req);
ntstatus_t winpar_port_allocate_req(struct winpar_req *req);
ntstatus_t winpar_port_free_req(struct winpar_req *req);
ntstatus_t winpar_set_chip_mode_req(struct winpar_req *req);
ntstatus_t winpar_clear_chip_mode_req(struct winpar_req *req);
ntstatus_t winpar_init_1284_3_bus(struct winpar_req *req);
ntstatus_t winpar_select_device_req(struct winpar_req *req);
ntstatus_t winpar_deselect_device_req(struct winpar_req *req);
ntstatus_t winpar_connect_interrupt_req(struct winpar_req *req);
ntstatus_t winpar_disconnect_interrupt_req(struct winpar_req *req);
ntstatus_t winpar_parclass_connect(struct winpar_req *req);
ntstatus_t winpar_parclass_disconnect(struct winpar_req *req);
ntstatus_t winpar_disconnect_idle(struct winpar_req *req);
ntstatus_t winpar_lock_port(struct winpar_req *req);
ntstatus_t winpar_unlock_port(struct winpar_req *req);
ntstatus_t winpar_lock_port_no_select(struct winpar_req *req);
ntstatus_t winpar_unlock_port_no_deselect(struct winpar_req *req);
ntstatus_t winpar_call_routine_req(struct winpar_req *req);

/* routines.c: the callbacks, as the kernel calls them (section 10) */
ntstatus_t winpar_set_chip_mode(struct winpar_client *c, u8 mode);
ntstatus_t winpar_clear_chip_mode(struct winpar_client *c, u8 mode);
ntstatus_t winpar_try_select(struct winpar_client *c, u8 id, u32 flags, bool may_wait);
ntstatus_t winpar_deselect(struct winpar_client *c, u8 id, u32 flags);
u16 winpar_determine_modes(struct winpar_client *c);
ntstatus_t winpar_negotiate_mode(struct winpar_client *c, u16 fwd, u16 rev, u32 safety,
				 bool forward);
ntstatus_t winpar_terminate_mode(struct winpar_client *c);
void __winpar_terminate_mode(struct winpar_client *c);
ntstatus_t winpar_fwd_to_rev(struct winpar_client *c);
ntstatus_t winpar_rev_to_fwd(struct winpar_client *c);
ntstatus_t winpar_parallel_read(struct winpar_client *c, void *buf, u32 len, u32 *done);
ntstatus_t winpar_parallel_write(struct winpar_client *c, const void *buf, u32 len, u32 *done);
u8 winpar_cb_try_allocate(void *ctx);
void winpar_cb_free(void *ctx);
u32 winpar_cb_query_waiters(void *ctx);
s32 winpar_cb_set_chip_mode(void *ctx, u8 mode);
s32 winpar_cb_clear_chip_mode(void *ctx, u8 mode);
s32 winpar_cb_try_select(void *ctx, void *cmd);
s32 winpar_cb_deselect(void *ctx, void *cmd);
u16 winpar_cb_determine_modes(void *ctx);
s32 winpar_cb_negotiate(void *ctx, u16 fwd, u16 rev, PARALLEL_SAFETY safety, u8 is_forward);
s32 winpar_cb_terminate(void *ctx);
s32 winpar_cb_fwd_to_rev(void *ctx);
s32 winpar_cb_rev_to_fwd(void *ctx);
s32 winpar_cb_read(void *ctx, void *buf, u32 len, u32 *done, u8 channel);
s32 winpar_cb_write(void *ctx, void *buf, u32 len, u32 *done, u8 channel);
u8 winpar_cb_try_allocate_irq(void *ctx);
void winpar_cb_free_irq(void *ctx);

/* regs.c: READ_PORT_UCHAR and friends for the port's holder */
u32 winpar_reg_span(struct parport *pp);
ntstatus_t winpar_port_registers_req(struct winpar_req *req);
ntstatus_t winpar_query_registers_req(struct winpar_req *req);
void winpar_reg_restore(struct winpar_port *port);

/* irq.c */
int winpar_irq_init(struct winpar_port *port);
void winpar_port_irq(void *private);
void winpar_run_deferred(struct winpar_port *port);
void winpar_irq_exit(struct winpar_port *port);
void winpar_isr_remove_client(struct winpar_client *c);
int winpar_isr_connect(struct winpar_client *c, u64 routine, u64 ctx, u64 deferred,
		       u64 deferred_ctx);
int winpar_isr_disconnect(struct winpar_client *c, u64 routine, u64 ctx, u64 deferred,
			  u64 deferred_ctx);

/* ieee1284.c */
u8 winpar_read_status(struct winpar_port *port);
void winpar_init_pulse(struct winpar_port *port);
/* A Device ID with its length prefix: the prefix counts at most 0xffff bytes. */
#define WINPAR_DEVICE_ID_MAX	0xffff
ssize_t winpar_read_device_id(struct winpar_port *port, u8 *buf);
void winpar_end_session(struct winpar_port *port);
bool winpar_reverse_avail(struct winpar_port *port, int mode);
ssize_t winpar_write_forward(struct winpar_port *port, int mode, int addr,
			     const void *buf, size_t len);
ssize_t winpar_read_reverse(struct winpar_port *port, int mode, int addr, void *buf, size_t len);

/* io.c: IRP_MJ_WRITE, IRP_MJ_READ, IRP_MJ_QUERY_INFORMATION (WINDOWS-API.md 7.2) */
struct iov_iter;
/* winpar_io_write()'s flag besides the transport's WINPAR_IO_*: write(2), O_NONBLOCK */
#define WINPAR_IO_NONBLOCK	0x100
ntstatus_t winpar_io_write(struct winpar_client *c, struct iov_iter *from, u32 *done,
			   unsigned int *flagsp);
ntstatus_t winpar_io_read(struct winpar_client *c, struct iov_iter *to, u32 *done, bool nonblock);
__poll_t winpar_io_poll(struct winpar_client *c, __poll_t want);
void winpar_io_poll_later(struct winpar_port *port);
void winpar_io_poll_work(struct work_struct *work);
ntstatus_t winpar_io_query_information(struct winpar_client *c, u32 class, void *buf, u32 len,
				       u32 *info);
int winpar_io_cancel(struct winpar_client *c, bool this_process);
bool winpar_io_cancelled(struct winpar_port *port);
int winpar_io_sleep(struct winpar_port *port, unsigned long timeout);

/* xfer.c */
bool winpar_xfer_handles(struct parport *pp, int mode, u8 dir);
ssize_t winpar_xfer_write(struct pardevice *dev, int mode, bool addr, const void *buf, size_t len);
ssize_t winpar_xfer_read(struct pardevice *dev, int mode, void *buf, size_t len);
int winpar_xfer_turn(struct pardevice *dev, int mode, u8 dir);

#endif /* _WINPAR_H */
