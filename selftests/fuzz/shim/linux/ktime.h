/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_KTIME_H
#define _FUZZ_SHIM_KTIME_H
#include <linux/types.h>
static inline u64 ktime_get_ns(void)
{
	return 0;
}
#endif
