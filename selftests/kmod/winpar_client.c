// SPDX-License-Identifier: GPL-2.0
/*
 * winpar_client: a sample kernel client of winpar, as a Windows parallel
 * class driver ported to Linux would be.  It opens a port and a device with
 * winpar_open(), sends the internal requests with winpar_device_control(),
 * and calls every routine of the structures it gets back, each in the
 * calling context WINDOWS-API.md section 10 gives it (the port routines
 * with interrupts off, the interrupt-level ones from its interrupt service
 * routine, the device routines in process context).
 *
 * It runs once, when loaded, and reports in TAP form in
 * /sys/kernel/debug/winpar_client/results, which the suite's kernel_client
 * program checks:
 *
 *   insmod winpar_client.ko port=ParallelPort1 device=LPT2.4 daisy=LPT2.1
 *
 * The port is expected to be parport_sim's, with two daisy-chain devices
 * and an IRQ, and winpar loaded with enable_connect_interrupt=1.
 */
#include <linux/debugfs.h>
#include <linux/delay.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include <winpar_kernel.h>

static char *port = "ParallelPort1";
module_param(port, charp, 0444);
MODULE_PARM_DESC(port, "winpar port node to open");
static char *device = "LPT2.4";
module_param(device, charp, 0444);
MODULE_PARM_DESC(device, "winpar device node for the PARCLASS routines");
static char *daisy = "LPT2.1";
module_param(daisy, charp, 0444);
MODULE_PARM_DESC(daisy, "winpar daisy-chain device node to lock");

static char *results;
static size_t results_len;
static unsigned int tests, failed;
static struct dentry *dir;

static __printf(2, 3) void report(bool ok, const char *fmt, ...)
{
	va_list ap;
	int n;

	tests++;
	if (!ok)
		failed++;
	n = scnprintf(results + results_len, PAGE_SIZE * 4 - results_len, "%s %u - ",
		      ok ? "ok" : "not ok", tests);
	results_len += n;
	va_start(ap, fmt);
	results_len += vscnprintf(results + results_len, PAGE_SIZE * 4 - results_len, fmt, ap);
	va_end(ap);
	results_len += scnprintf(results + results_len, PAGE_SIZE * 4 - results_len, "\n");
}

#define CHECK(cond, ...)	report(cond, __VA_ARGS__)

/* What the interrupt service routine saw. */
static atomic_t isr_calls, isr_try_ok, deferred_calls;
static PARALLEL_INTERRUPT_INFORMATION irq_info;
static void *isr_ctx_seen;

static u8 client_isr(struct _KINTERRUPT *interrupt, void *ctx)
{
	atomic_inc(&isr_calls);
	isr_ctx_seen = ctx;
	/* winpar holds the port while its interrupts come: the try fails. */
	if (irq_info.TryAllocatePortAtInterruptLevel(irq_info.Context)) {
		atomic_inc(&isr_try_ok);
		irq_info.FreePortFromInterruptLevel(irq_info.Context);
	}
	return 1;
}

static void client_deferred(void *ctx)
{
	atomic_inc(&deferred_calls);
}

static int isr_cookie;
/* Held around the port routines: they must work with interrupts off. */
static DEFINE_SPINLOCK(lock);

static void port_routines(struct winpar_client *p)
{
	PARALLEL_PORT_INFORMATION pi;
	PARALLEL_PNP_INFORMATION pn;
	PARALLEL_1284_COMMAND cmd = { .ID = 1 };
	unsigned long flags;
	u32 info;
	s32 st;
	u8 got;

	st = winpar_device_control(p, true, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0,
				   &pi, sizeof(pi), &info);
	CHECK(!st && info == sizeof(pi), "GET_PARALLEL_PORT_INFO 0x%x, %u bytes", st, info);
	CHECK(pi.TryAllocatePort && pi.FreePort && pi.QueryNumWaiters && pi.Context,
	      "PARALLEL_PORT_INFORMATION has routines and a context");
	st = winpar_device_control(p, true, IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, NULL, 0,
				   &pn, sizeof(pn), &info);
	CHECK(!st && info == sizeof(pn), "GET_PARALLEL_PNP_INFO 0x%x, %u bytes", st, info);
	CHECK(pn.PortName && pn.PortName[0] == 'L' && pn.PortName[1] == 'P' &&
	      pn.PortName[2] == 'T', "PortName is an LPT name in UTF-16");
	CHECK(pn.Ieee1284_3DeviceCount == 2, "Ieee1284_3DeviceCount %u", pn.Ieee1284_3DeviceCount);

	/* 10.1-10.7 with interrupts off: none of them may sleep. */
	spin_lock_irqsave(&lock, flags);
	got = pi.TryAllocatePort(pi.Context);
	info = pi.QueryNumWaiters(pi.Context);
	st = pn.TrySetChipMode(pn.Context, ECR_BYTE_MODE);
	spin_unlock_irqrestore(&lock, flags);
	CHECK(got == 1, "TryAllocatePort with interrupts off: %u", got);
	CHECK(info == 0, "QueryNumWaiters: %u", info);
	CHECK(st == STATUS_SUCCESS, "TrySetChipMode(byte): 0x%x", st);

	spin_lock_irqsave(&lock, flags);
	got = pi.TryAllocatePort(pi.Context);
	st = pn.ClearChipMode(pn.Context, ECR_BYTE_MODE);
	spin_unlock_irqrestore(&lock, flags);
	CHECK(got == 0, "TryAllocatePort again while holding it: %u", got);
	CHECK(st == STATUS_SUCCESS, "ClearChipMode: 0x%x", st);

	spin_lock_irqsave(&lock, flags);
	cmd.CommandFlags = PAR_HAVE_PORT_KEEP_PORT;
	st = pn.TrySelectDevice(pn.Context, &cmd);
	spin_unlock_irqrestore(&lock, flags);
	CHECK(st == STATUS_SUCCESS, "TrySelectDevice(1, KEEP_PORT): 0x%x", st);
	spin_lock_irqsave(&lock, flags);
	st = pn.DeselectDevice(pn.Context, &cmd);
	spin_unlock_irqrestore(&lock, flags);
	CHECK(st == STATUS_SUCCESS, "DeselectDevice(1, KEEP_PORT): 0x%x", st);

	cmd.ID = 7;
	cmd.CommandFlags = 0;
	st = pn.TrySelectDevice(pn.Context, &cmd);
	CHECK(st == STATUS_INVALID_PARAMETER, "TrySelectDevice(7): 0x%x", st);

	spin_lock_irqsave(&lock, flags);
	pi.FreePort(pi.Context);
	spin_unlock_irqrestore(&lock, flags);
	st = winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_PORT_FREE, NULL, 0,
				   NULL, 0, &info);
	CHECK(st == STATUS_INVALID_DEVICE_STATE, "FreePort freed it: a second free 0x%x", st);

	/* The request forms. */
	st = winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, NULL, 0,
				   NULL, 0, &info);
	CHECK(st == STATUS_SUCCESS, "PARALLEL_PORT_ALLOCATE: 0x%x", st);
	st = winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_PORT_FREE, NULL, 0,
				   NULL, 0, &info);
	CHECK(st == STATUS_SUCCESS, "PARALLEL_PORT_FREE: 0x%x", st);
	cmd.ID = 0;
	st = winpar_device_control(p, true, IOCTL_INTERNAL_SELECT_DEVICE, &cmd, sizeof(cmd),
				   NULL, 0, &info);
	CHECK(st == STATUS_SUCCESS, "SELECT_DEVICE(0): 0x%x", st);
	st = winpar_device_control(p, true, IOCTL_INTERNAL_DESELECT_DEVICE, &cmd, sizeof(cmd),
				   NULL, 0, &info);
	CHECK(st == STATUS_SUCCESS, "DESELECT_DEVICE(0): 0x%x", st);
}

static void interrupt_routines(struct winpar_client *p, struct winpar_client *dev)
{
	PARALLEL_INTERRUPT_SERVICE_ROUTINE isr = {
		.InterruptServiceRoutine = client_isr,
		.InterruptServiceContext = &isr_cookie,
		.DeferredPortCheckRoutine = client_deferred,
		.DeferredPortCheckContext = NULL,
	};
	union {
		PARALLEL_INTERRUPT_SERVICE_ROUTINE in;
		PARALLEL_INTERRUPT_INFORMATION out;
	} u = { .in = isr };
	static const char text[] = "interrupts, one per byte";
	u32 info, done = 0;
	s32 st;

	st = winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT,
				   &u, sizeof(u.in), &u, sizeof(u.out), &info);
	CHECK(!st && info == sizeof(u.out), "CONNECT_INTERRUPT: 0x%x, %u bytes", st, info);
	if (st)
		return;
	irq_info = u.out;
	CHECK(irq_info.InterruptObject && irq_info.TryAllocatePortAtInterruptLevel &&
	      irq_info.FreePortFromInterruptLevel, "PARALLEL_INTERRUPT_INFORMATION filled in");

	/* A write on the device: the peripheral acknowledges each byte with nAck. */
	st = winpar_device_control(dev, true, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info);
	CHECK(!st, "LOCK_PORT for the write: 0x%x", st);
	if (!st) {
		PARCLASS_INFORMATION pc;

		winpar_device_control(dev, true, IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0,
				      &pc, sizeof(pc), &info);
		st = pc.ParallelWrite(pc.ParclassContext, (void *)text, sizeof(text) - 1,
				      &done, 0);
		CHECK(!st && done == sizeof(text) - 1, "ParallelWrite: 0x%x, %u bytes", st, done);
		winpar_device_control(dev, true, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0,
				      &info);
	}
	msleep(20);
	CHECK(atomic_read(&isr_calls) == sizeof(text) - 1, "the ISR ran %d times for %zu bytes",
	      atomic_read(&isr_calls), sizeof(text) - 1);
	CHECK(isr_ctx_seen == &isr_cookie, "the ISR got its context");
	CHECK(atomic_read(&isr_try_ok) == 0,
	      "TryAllocatePortAtInterruptLevel refused while winpar holds the port");
	CHECK(atomic_read(&deferred_calls) >= 1, "the deferred routine ran %d times after the free",
	      atomic_read(&deferred_calls));

	u.in = isr;
	st = winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT,
				   &u, sizeof(u.in), NULL, 0, &info);
	CHECK(!st, "DISCONNECT_INTERRUPT: 0x%x", st);
}

/*
 * The usual shape of a deferred port check routine: try to take the port
 * and, having it, give it back.  Each free with nobody waiting must call it
 * exactly once, however it frees (Documentation/decisions.rst, "Deferred
 * routines run once a free").
 */
static PARALLEL_PORT_INFORMATION try_free_pi;
static PARALLEL_INTERRUPT_INFORMATION try_free_irq;
static atomic_t try_free_calls, try_free_got;
static bool try_free_at_irql;

static void deferred_try_free(void *ctx)
{
	atomic_inc(&try_free_calls);
	/* A runaway (each free calling it again): stop well before the stack does. */
	if (atomic_read(&try_free_calls) > 20)
		return;
	if (try_free_at_irql) {
		if (try_free_irq.TryAllocatePortAtInterruptLevel(try_free_irq.Context)) {
			atomic_inc(&try_free_got);
			try_free_irq.FreePortFromInterruptLevel(try_free_irq.Context);
		}
	} else if (try_free_pi.TryAllocatePort(try_free_pi.Context)) {
		atomic_inc(&try_free_got);
		try_free_pi.FreePort(try_free_pi.Context);
	}
}

static void deferred_once_per_free(struct winpar_client *p)
{
	PARALLEL_INTERRUPT_SERVICE_ROUTINE isr = {
		.InterruptServiceRoutine = client_isr,
		.InterruptServiceContext = &isr_cookie,
		.DeferredPortCheckRoutine = deferred_try_free,
	};
	union {
		PARALLEL_INTERRUPT_SERVICE_ROUTINE in;
		PARALLEL_INTERRUPT_INFORMATION out;
	} u = { .in = isr };
	u32 info;
	s32 st;
	int i, pass;

	st = winpar_device_control(p, true, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0,
				   &try_free_pi, sizeof(try_free_pi), &info);
	CHECK(!st, "GET_PARALLEL_PORT_INFO for the deferred routine: 0x%x", st);
	st = winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT,
				   &u, sizeof(u.in), &u, sizeof(u.out), &info);
	CHECK(!st, "CONNECT_INTERRUPT with a try-and-free deferred routine: 0x%x", st);
	if (st)
		return;
	try_free_irq = u.out;

	for (pass = 0; pass < 2; pass++) {
		try_free_at_irql = pass;
		atomic_set(&try_free_calls, 0);
		atomic_set(&try_free_got, 0);
		for (i = 0; i < 5; i++) {
			winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					      NULL, 0, NULL, 0, &info);
			winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					      NULL, 0, NULL, 0, &info);
		}
		msleep(20);	/* the interrupt-level frees finish in irq_work */
		CHECK(atomic_read(&try_free_calls) == 5,
		      "5 frees, deferred routine doing %s try/free: called %d times",
		      pass ? "interrupt-level" : "normal", atomic_read(&try_free_calls));
		CHECK(atomic_read(&try_free_got) == 5,
		      "its try found the port free each time: %d", atomic_read(&try_free_got));
	}

	u.in = isr;
	st = winpar_device_control(p, true, IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT,
				   &u, sizeof(u.in), NULL, 0, &info);
	CHECK(!st, "DISCONNECT_INTERRUPT of the try-and-free routine: 0x%x", st);
}

static void device_routines(struct winpar_client *dev)
{
	PARCLASS_INFORMATION pc;
	static const char text[] = "ECP through ParallelWrite";
	char buf[32];
	u32 info, done;
	s32 st;
	u16 modes;

	st = winpar_device_control(dev, true, IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0,
				   &pc, sizeof(pc), &info);
	CHECK(!st && info == sizeof(pc), "PARCLASS_CONNECT: 0x%x, %u bytes", st, info);
	if (st)
		return;
	modes = pc.DetermineIeeeModes(pc.ParclassContext);
	CHECK((modes & (NIBBLE | ECP_SW | CENTRONICS)) == (NIBBLE | ECP_SW | CENTRONICS),
	      "DetermineIeeeModes: 0x%x", modes);
	st = pc.NegotiateIeeeMode(pc.ParclassContext, ECP_SW, NIBBLE, SAFE_MODE, 1);
	CHECK(st == STATUS_INVALID_DEVICE_STATE, "NegotiateIeeeMode without the lock: 0x%x", st);

	st = winpar_device_control(dev, true, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info);
	CHECK(!st, "LOCK_PORT: 0x%x", st);
	st = pc.NegotiateIeeeMode(pc.ParclassContext, ECP_SW, NIBBLE, SAFE_MODE, 1);
	CHECK(!st, "NegotiateIeeeMode(ECP_SW, NIBBLE, forward): 0x%x", st);
	st = pc.ParallelWrite(pc.ParclassContext, (void *)text, sizeof(text) - 1, &done, 0);
	CHECK(!st && done == sizeof(text) - 1, "ParallelWrite: 0x%x, %u bytes", st, done);
	st = pc.IeeeFwdToRevMode(pc.ParclassContext);
	CHECK(!st, "IeeeFwdToRevMode: 0x%x", st);
	st = pc.ParallelRead(pc.ParclassContext, buf, sizeof(buf), &done, 0);
	CHECK(!st && done == 3 && !memcmp(buf, "xyz", 3), "ParallelRead: 0x%x, %u bytes", st,
	      done);
	st = pc.IeeeRevToFwdMode(pc.ParclassContext);
	CHECK(!st, "IeeeRevToFwdMode: 0x%x", st);
	st = pc.TerminateIeeeMode(pc.ParclassContext);
	CHECK(!st, "TerminateIeeeMode: 0x%x", st);
	st = winpar_device_control(dev, true, IOCTL_INTERNAL_DISCONNECT_IDLE, NULL, 0, NULL, 0,
				   &info);
	CHECK(!st, "DISCONNECT_IDLE: 0x%x", st);
	st = winpar_device_control(dev, true, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, &info);
	CHECK(!st, "UNLOCK_PORT: 0x%x", st);
	st = winpar_device_control(dev, true, IOCTL_INTERNAL_PARCLASS_DISCONNECT, NULL, 0,
				   NULL, 0, &info);
	CHECK(!st, "PARCLASS_DISCONNECT: 0x%x", st);

	/* IRP_MJ_WRITE, _READ, _QUERY_INFORMATION (WINDOWS-API.md 7.2), no lock needed. */
	st = winpar_write(dev, "|IRP_MJ_WRITE", 13, &info);
	CHECK(!st && info == 13, "winpar_write: 0x%x, %u bytes", st, info);
	st = winpar_read(dev, buf, sizeof(buf), &info);
	CHECK(!st && info == 0, "winpar_read with nothing to read: 0x%x, %u bytes", st, info);
	memset(buf, 0xee, sizeof(buf));
	st = winpar_query_information(dev, FileStandardInformation, buf, 24, &info);
	CHECK(!st && info == 24 && !buf[0] && !buf[23],
	      "winpar_query_information(FileStandardInformation): 0x%x, %u bytes", st, info);
	st = winpar_query_information(dev, FilePositionInformation, buf, 7, &info);
	CHECK(st == STATUS_BUFFER_TOO_SMALL && !info,
	      "winpar_query_information(FilePositionInformation, 7 bytes): 0x%x", st);
}

static int results_show(struct seq_file *m, void *v)
{
	seq_printf(m, "1..%u\n", tests);
	seq_write(m, results, results_len);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(results);

static int __init winpar_client_init(void)
{
	struct winpar_client *p, *dev, *d;
	u32 info;
	s32 st;

	results = kzalloc(PAGE_SIZE * 4, GFP_KERNEL);
	if (!results)
		return -ENOMEM;

	p = winpar_open(port);
	CHECK(!IS_ERR(p), "winpar_open(%s)", port);
	dev = winpar_open(device);
	CHECK(!IS_ERR(dev), "winpar_open(%s)", device);
	d = winpar_open(daisy);
	CHECK(!IS_ERR(d), "winpar_open(%s)", daisy);
	CHECK(PTR_ERR(winpar_open(device)) == -EBUSY, "a second open of %s is refused", device);
	CHECK(PTR_ERR(winpar_open("LPT99")) == -ENOENT, "winpar_open(LPT99) finds nothing");

	if (!IS_ERR(p)) {
		port_routines(p);
		if (!IS_ERR(dev))
			interrupt_routines(p, dev);
		deferred_once_per_free(p);
	}
	if (!IS_ERR(dev))
		device_routines(dev);
	if (!IS_ERR(d)) {
		st = winpar_device_control(d, true, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0,
					   &info);
		CHECK(!st, "LOCK_PORT on %s: 0x%x", daisy, st);
		st = winpar_device_control(d, true, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0,
					   &info);
		CHECK(!st, "UNLOCK_PORT on %s: 0x%x", daisy, st);
		st = winpar_device_control(d, false, IOCTL_PAR_QUERY_LOCATION, NULL, 0,
					   NULL, 8, &info);
		CHECK(st == STATUS_INVALID_PARAMETER, "a NULL output buffer is refused: 0x%x", st);
		winpar_close(d);
	}
	if (!IS_ERR(dev))
		winpar_close(dev);
	if (!IS_ERR(p))
		winpar_close(p);

	dir = debugfs_create_dir("winpar_client", NULL);
	debugfs_create_file("results", 0444, dir, NULL, &results_fops);
	pr_info("winpar_client: %u tests, %u failed\n", tests, failed);
	return 0;
}

static void __exit winpar_client_exit(void)
{
	debugfs_remove_recursive(dir);
	kfree(results);
}

module_init(winpar_client_init);
module_exit(winpar_client_exit);

MODULE_DESCRIPTION("Sample kernel client of winpar: every internal request and routine");
MODULE_LICENSE("GPL");
