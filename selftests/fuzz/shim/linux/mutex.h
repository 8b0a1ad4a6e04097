/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_MUTEX_H
#define _FUZZ_SHIM_MUTEX_H
struct mutex {
	int locked;
};
#endif
