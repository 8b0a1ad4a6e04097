/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_BITS_H
#define _FUZZ_SHIM_BITS_H
#define BIT(n)	(1UL << (n))
#endif
