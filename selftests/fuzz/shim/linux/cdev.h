/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_CDEV_H
#define _FUZZ_SHIM_CDEV_H
struct cdev {
	int unused;
};
struct file_operations;
#endif
