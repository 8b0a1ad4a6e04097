/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_KERNEL_H
#define _FUZZ_SHIM_KERNEL_H

#include <linux/types.h>

#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#define min(a, b)		((a) < (b) ? (a) : (b))
#define max(a, b)		((a) > (b) ? (a) : (b))
#define likely(c)		__builtin_expect(!!(c), 1)
#define unlikely(c)		__builtin_expect(!!(c), 0)
#define READ_ONCE(x)		(*(volatile __typeof__(x) *)&(x))
#define WRITE_ONCE(x, v)	(*(volatile __typeof__(x) *)&(x) = (v))

/* The harness counts them: a WARN is a finding. */
extern unsigned long fuzz_warnings;
#define WARN_ON_ONCE(c)		({ bool __c = !!(c); if (__c) fuzz_warnings++; __c; })
#define WARN_ON(c)		WARN_ON_ONCE(c)

#endif
