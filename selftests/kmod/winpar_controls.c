// SPDX-License-Identifier: GPL-2.0
/*
 * winpar_controls: positive controls for the test bed's kernel checks.
 * Test-only: built by selftests/lib.sh into the test initramfs, never
 * installed.  Each control makes the kernel report one known fault, so that
 * the host can show that the report reaches the console and that its own
 * check sees it (selftests/run-qemu.sh, Documentation/testing.rst):
 *
 *   insmod winpar_controls.ko leak=1         one object leaked, once
 *   echo 6000 > .../parameters/hang_ms       the writer sleeps 6 s in D state
 *   echo 5000 > .../parameters/spin_ms       the writer spins 5 s, preemption off
 *
 * The leaked object is allocated by winpar_controls_leak_once(), which
 * kmemleak's backtrace names; the hang and the spin name
 * winpar_controls_hang() and winpar_controls_spin() in the hung-task and
 * soft-lockup reports.
 */
#include <linux/delay.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/preempt.h>
#include <linux/slab.h>
#include <linux/string.h>

static bool leak;
module_param(leak, bool, 0444);
MODULE_PARM_DESC(leak, "leak one 1284-byte object when loaded");

/* Allocate an object and drop the only pointer to it. */
static noinline void winpar_controls_leak_once(void)
{
	void *p = kmalloc(1284, GFP_KERNEL);

	if (!p)
		return;
	memset(p, 0x5a, 1284);
	OPTIMIZER_HIDE_VAR(p);
	pr_info("winpar_controls: leaked one object of 1284 bytes\n");
}

/* Sleep uninterruptibly for ms milliseconds: a hung task to the detector. */
static noinline void winpar_controls_hang(unsigned int ms)
{
	pr_info("winpar_controls: sleeping %u ms in D state\n", ms);
	msleep(ms);
	pr_info("winpar_controls: awake\n");
}

/* Spin for ms milliseconds with preemption off: a soft lockup. */
static noinline void winpar_controls_spin(unsigned int ms)
{
	ktime_t end = ktime_add_ms(ktime_get(), ms);

	pr_info("winpar_controls: spinning %u ms with preemption off\n", ms);
	preempt_disable();
	while (ktime_before(ktime_get(), end))
		cpu_relax();
	preempt_enable();
}

static int hang_set(const char *val, const struct kernel_param *kp)
{
	unsigned int ms;
	int ret = kstrtouint(val, 0, &ms);

	if (ret)
		return ret;
	winpar_controls_hang(ms);
	return 0;
}

static int spin_set(const char *val, const struct kernel_param *kp)
{
	unsigned int ms;
	int ret = kstrtouint(val, 0, &ms);

	if (ret)
		return ret;
	if (ms > 60000)
		return -EINVAL;
	winpar_controls_spin(ms);
	return 0;
}

static const struct kernel_param_ops hang_ops = {
	.set = hang_set,
};

static const struct kernel_param_ops spin_ops = {
	.set = spin_set,
};

module_param_cb(hang_ms, &hang_ops, NULL, 0200);
MODULE_PARM_DESC(hang_ms, "write N: the writer sleeps N ms uninterruptibly");
module_param_cb(spin_ms, &spin_ops, NULL, 0200);
MODULE_PARM_DESC(spin_ms, "write N: the writer spins N ms with preemption off");

static int __init winpar_controls_init(void)
{
	if (leak)
		winpar_controls_leak_once();
	return 0;
}

static void __exit winpar_controls_exit(void)
{
}

module_init(winpar_controls_init);
module_exit(winpar_controls_exit);

MODULE_DESCRIPTION("winpar test bed: leak, hung-task and soft-lockup controls");
MODULE_LICENSE("GPL");
