/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_SPINLOCK_H
#define _FUZZ_SHIM_SPINLOCK_H
typedef struct {
	int locked;
} spinlock_t;
#endif
