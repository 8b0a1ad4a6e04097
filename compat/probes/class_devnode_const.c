// SPDX-License-Identifier: GPL-2.0
/* Probe: does struct class.devnode take a const struct device? (6.2+) */
#include <linux/device.h>
#include <linux/module.h>

static char *probe_devnode(const struct device *dev, umode_t *mode)
{
	return NULL;
}

struct class probe_class = {
	.name = "probe",
	.devnode = probe_devnode,
};
MODULE_LICENSE("GPL");
