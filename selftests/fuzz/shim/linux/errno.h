/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_ERRNO_H
#define _FUZZ_SHIM_ERRNO_H
#include <asm-generic/errno.h>
#define ERESTARTSYS	512
#endif
