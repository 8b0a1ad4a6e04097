/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_DEVICE_H
#define _FUZZ_SHIM_DEVICE_H
#include <linux/types.h>
struct device {
	const char *name;
	unsigned int devt;
};
struct class;
static inline const char *dev_name(const struct device *dev)
{
	return dev->name;
}
#endif
