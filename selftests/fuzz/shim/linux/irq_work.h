/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_IRQ_WORK_H
#define _FUZZ_SHIM_IRQ_WORK_H
struct irq_work {
	int unused;
};
#endif
