/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_WAIT_H
#define _FUZZ_SHIM_WAIT_H
typedef struct {
	int unused;
} wait_queue_head_t;
#endif
