// SPDX-License-Identifier: GPL-2.0
/*
 * winpar: the Windows parallel-port driver interface (ntddpar.h, parallel.h)
 * on the Linux parport core.
 *
 * This file holds the module's global state: its parameters, the device
 * class that names the nodes /dev/winpar/..., the character device region,
 * and the parport driver whose match_port and detach callbacks create and
 * remove one struct winpar_port per parallel port.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/fs.h>
#include <linux/slab.h>

#include "winpar.h"
#include "winpar_compat.h"

/*
 * The internal structures are built in the x86_64 layout and time-outs are
 * held as longs of jiffies (Documentation/decisions.rst, "64-bit kernels
 * only"): a 32-bit kernel is refused at build time rather than half served.
 */
#if !IS_ENABLED(CONFIG_64BIT)
#error "winpar needs a 64-bit kernel (CONFIG_64BIT)"
#endif

unsigned int winpar_acquire_timeout_ms;
module_param_named(acquire_timeout_ms, winpar_acquire_timeout_ms, uint, 0644);
MODULE_PARM_DESC(acquire_timeout_ms,
		 "The longest a request waits for a port that another client holds, in ms, before it fails with STATUS_DEVICE_BUSY; 0: no bound beyond the request's own (a device's write time-out; default)");

unsigned int winpar_lock_timeout_ms = 500;
module_param_named(lock_timeout_ms, winpar_lock_timeout_ms, uint, 0644);
MODULE_PARM_DESC(lock_timeout_ms,
		 "How long IOCTL_INTERNAL_LOCK_PORT waits for the port, in ms, before it fails with STATUS_UNSUCCESSFUL (default 500, as Microsoft's driver)");

unsigned int winpar_test_delay_ms;
module_param_named(test_delay_ms, winpar_test_delay_ms, uint, 0600);
MODULE_PARM_DESC(test_delay_ms,
		 "For the test suite only: routines sleep this long (ms) before they take the port's lock (default 0)");

dev_t winpar_devt;

/*
 * Nodes live in /dev/winpar/.  The port node is root's alone; the LPT node
 * is open to the group (udev rules may give it to group lp).
 */
static char *winpar_devnode(WINPAR_DEVNODE_DEVICE *dev, umode_t *mode)
{
	const struct winpar_node *node = container_of(dev, struct winpar_node, dev);

	if (mode)
		*mode = node->kind == WINPAR_NODE_PORT ? 0600 : 0660;
	return kasprintf(GFP_KERNEL, "winpar/%s", dev_name(dev));
}

struct class winpar_class = {
	.name = "winpar",
	.devnode = winpar_devnode,
};

static struct parport_driver winpar_driver = {
	.name = "winpar",
	.match_port = winpar_port_attach,
	.detach = winpar_port_detach,
};

static int __init winpar_init(void)
{
	int err;

	winpar_status_table_init();
	err = class_register(&winpar_class);
	if (err)
		return err;

	err = alloc_chrdev_region(&winpar_devt, 0, WINPAR_MINORS, "winpar");
	if (err)
		goto err_class;

	/* Calls winpar_port_attach() for every port already announced. */
	err = parport_register_driver(&winpar_driver);
	if (err)
		goto err_region;

	pr_info("Windows parallel-port interface ready\n");
	return 0;

err_region:
	unregister_chrdev_region(winpar_devt, WINPAR_MINORS);
err_class:
	class_unregister(&winpar_class);
	return err;
}

static void __exit winpar_exit(void)
{
	/* Calls winpar_port_detach() for every port. */
	parport_unregister_driver(&winpar_driver);
	unregister_chrdev_region(winpar_devt, WINPAR_MINORS);
	class_unregister(&winpar_class);
}

module_init(winpar_init);
module_exit(winpar_exit);

MODULE_DESCRIPTION("Windows parallel-port driver interface (ntddpar.h, parallel.h) on parport");
MODULE_LICENSE("GPL");
