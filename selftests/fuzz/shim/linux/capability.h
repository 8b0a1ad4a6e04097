/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_CAPABILITY_H
#define _FUZZ_SHIM_CAPABILITY_H
#include <stdbool.h>
#define CAP_SYS_RAWIO	17
bool capable(int cap);		/* the harness decides */
#endif
