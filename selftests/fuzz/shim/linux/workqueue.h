/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_WORKQUEUE_H
#define _FUZZ_SHIM_WORKQUEUE_H
struct work_struct {
	int unused;
};

struct delayed_work {
	struct work_struct work;
};
#endif
