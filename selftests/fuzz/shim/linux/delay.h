/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_DELAY_H
#define _FUZZ_SHIM_DELAY_H
static inline void msleep(unsigned int ms)
{
}
#endif
