// SPDX-License-Identifier: GPL-2.0
/*
 * A kernel client of winpar's register access (issue 23): it opens a
 * device, takes the Controller address from PARCLASS_CONNECT, and
 * bit-bangs a Centronics byte stream into the printer with
 * winpar_write_port_uchar(), winpar_read_port_uchar() and the buffer
 * forms, under IOCTL_INTERNAL_LOCK_PORT; before the lock and after the
 * unlock every call must be refused.  Its TAP lines are in
 * /sys/kernel/debug/winpar_regs/results; the suite's regs_kernel checks
 * them and the printer's record.  Test-only, never installed.
 */
#include <linux/debugfs.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/slab.h>

#include <winpar_kernel.h>

static char *device = "LPT2";
module_param(device, charp, 0444);
MODULE_PARM_DESC(device, "winpar device node to bit-bang through");
static char *text = "kernel regs\n";
module_param(text, charp, 0444);
MODULE_PARM_DESC(text, "the bytes to send");

#define CTRL_IDLE	0x0c
#define CTRL_STROBE	0x0d
#define ST_NBUSY	0x80

static char *results;
static size_t results_len;
static unsigned int tests;
static struct dentry *dir;

static __printf(2, 3) void report(bool ok, const char *fmt, ...)
{
	size_t room = PAGE_SIZE - results_len;
	va_list ap;

	tests++;
	results_len += scnprintf(results + results_len, room, "%s %u - ",
				 ok ? "ok" : "not ok", tests);
	va_start(ap, fmt);
	results_len += vscnprintf(results + results_len, PAGE_SIZE - results_len, fmt, ap);
	va_end(ap);
	results_len += scnprintf(results + results_len, PAGE_SIZE - results_len, "\n");
}

/* Every register call refused, the value left alone. */
static void expect_refused(struct winpar_client *c, unsigned long base, const char *when)
{
	static const u8 pulse[2] = { CTRL_STROBE, CTRL_IDLE };
	u8 v = 0x33, buf[2] = { 0x33, 0x33 };
	s32 s1, s2, s3, s4;

	s1 = winpar_read_port_uchar(c, base + 1, &v);
	s2 = winpar_write_port_uchar(c, base, 'X');
	s3 = winpar_write_port_buffer_uchar(c, base + 2, pulse, 2);
	s4 = winpar_read_port_buffer_uchar(c, base + 1, buf, 2);
	report(s1 == STATUS_INVALID_DEVICE_STATE && s2 == STATUS_INVALID_DEVICE_STATE &&
	       s3 == STATUS_INVALID_DEVICE_STATE && s4 == STATUS_INVALID_DEVICE_STATE &&
	       v == 0x33 && buf[0] == 0x33,
	       "%s: every register call refused (0x%08x 0x%08x 0x%08x 0x%08x)", when,
	       s1, s2, s3, s4);
}

static void run(void)
{
	PARCLASS_INFORMATION pc;
	struct winpar_client *c;
	unsigned long base;
	unsigned int busy = 0, bad = 0;
	u8 st[4], v;
	size_t i;
	s32 s;
	int tries;

	c = winpar_open(device);
	report(!IS_ERR(c), "winpar_open(%s)", device);
	if (IS_ERR(c))
		return;
	s = winpar_device_control(c, true, IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0, &pc,
				  sizeof(pc), NULL);
	base = (unsigned long)pc.Controller;
	report(s == STATUS_SUCCESS && base, "PARCLASS_CONNECT: Controller 0x%lx, span %u",
	       base, pc.SpanOfController);

	expect_refused(c, base, "before LOCK_PORT");
	/* Control: a bad address is refused as such, not for the port. */
	report(winpar_read_port_uchar(c, base + 3, &v) == STATUS_INVALID_PARAMETER &&
	       winpar_read_port_buffer_uchar(c, base, &v, 0) == STATUS_INVALID_PARAMETER,
	       "no register at Controller + 3, no count of 0");

	s = winpar_device_control(c, true, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, NULL);
	report(s == STATUS_SUCCESS, "LOCK_PORT");
	for (i = 0; i < strlen(text); i++) {
		static const u8 pulse[2] = { CTRL_STROBE, CTRL_IDLE };

		bad |= winpar_write_port_uchar(c, base, text[i]) != STATUS_SUCCESS;
		if (i % 2)
			bad |= winpar_write_port_buffer_uchar(c, base + 2, pulse, 2) !=
			       STATUS_SUCCESS;
		else
			bad |= winpar_write_port_uchar(c, base + 2, CTRL_STROBE) ||
			       winpar_write_port_uchar(c, base + 2, CTRL_IDLE);
		for (tries = 0; tries < 1000; tries++) {
			if (i % 2) {
				bad |= winpar_read_port_buffer_uchar(c, base + 1, st, 4) !=
				       STATUS_SUCCESS;
				v = st[3];
				busy += !(st[0] & ST_NBUSY);
			} else {
				bad |= winpar_read_port_uchar(c, base + 1, &v) != STATUS_SUCCESS;
				busy += !(v & ST_NBUSY);
			}
			if (v & ST_NBUSY)
				break;
		}
		bad |= tries == 1000;
	}
	report(!bad, "%zu bytes bit-banged, every call STATUS_SUCCESS", strlen(text));
	report(busy >= strlen(text), "the printer showed Busy after each strobe (%u reads)",
	       busy);
	s = winpar_device_control(c, true, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, NULL);
	report(s == STATUS_SUCCESS, "UNLOCK_PORT");
	expect_refused(c, base, "after UNLOCK_PORT");
	winpar_close(c);
}

static int results_show(struct seq_file *m, void *v)
{
	seq_printf(m, "1..%u\n", tests);
	seq_write(m, results, results_len);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(results);

static int __init winpar_regs_init(void)
{
	results = kzalloc(PAGE_SIZE, GFP_KERNEL);
	if (!results)
		return -ENOMEM;
	run();
	dir = debugfs_create_dir("winpar_regs", NULL);
	debugfs_create_file("results", 0444, dir, NULL, &results_fops);
	return 0;
}

static void __exit winpar_regs_exit(void)
{
	debugfs_remove_recursive(dir);
	kfree(results);
}

module_init(winpar_regs_init);
module_exit(winpar_regs_exit);

MODULE_DESCRIPTION("Kernel client of winpar's register access (test only)");
MODULE_LICENSE("GPL");
