// SPDX-License-Identifier: GPL-2.0
/*
 * winpar_wakeup: a parport client that waits for the port the way plip
 * does, through a wakeup callback rather than by sleeping in
 * parport_claim_or_block().  At load it tries to claim port @port once; if
 * that fails it is on the core's wait list, and whoever frees the port must
 * let the core call its wakeup, in which it claims.  The suite's
 * kernel_review program reads what happened in
 * /sys/kernel/debug/winpar_wakeup/state:
 *
 *   claimed_at_load=0 wakeups=1 owns=1
 *
 * Test-only: not built for or installed on users' machines.
 */
#include <linux/debugfs.h>
#include <linux/module.h>
#include <linux/parport.h>
#include <linux/seq_file.h>

static int port = -1;
module_param(port, int, 0444);
MODULE_PARM_DESC(port, "parport number to wait for");

static struct pardevice *pd;
static struct dentry *dir;
static atomic_t wakeups;
static bool claimed_at_load, owns;

static void wakeup_claim(void *handle)
{
	atomic_inc(&wakeups);
	if (!owns && !parport_claim(pd))
		WRITE_ONCE(owns, true);
}

static int state_show(struct seq_file *m, void *v)
{
	seq_printf(m, "claimed_at_load=%d wakeups=%d owns=%d\n", claimed_at_load,
		   atomic_read(&wakeups), READ_ONCE(owns));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(state);

static int __init winpar_wakeup_init(void)
{
	struct pardev_cb cb = { .wakeup = wakeup_claim };
	struct parport *pp;

	pp = parport_find_number(port);
	if (!pp)
		return -ENODEV;
	pd = parport_register_dev_model(pp, "winpar_wakeup", &cb, 0);
	parport_put_port(pp);
	if (!pd)
		return -ENOMEM;
	claimed_at_load = !parport_claim(pd);
	owns = claimed_at_load;
	dir = debugfs_create_dir("winpar_wakeup", NULL);
	debugfs_create_file("state", 0444, dir, NULL, &state_fops);
	return 0;
}

static void __exit winpar_wakeup_exit(void)
{
	debugfs_remove_recursive(dir);
	if (owns)
		parport_release(pd);
	parport_unregister_device(pd);
}

module_init(winpar_wakeup_init);
module_exit(winpar_wakeup_exit);

MODULE_DESCRIPTION("Test-only parport client that waits through a wakeup callback");
MODULE_LICENSE("GPL");
