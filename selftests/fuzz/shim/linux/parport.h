/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_PARPORT_H
#define _FUZZ_SHIM_PARPORT_H
struct pardevice;
/* A whole member of struct winpar_port (the register access's saved lines). */
struct parport_state {
	unsigned long u[4];
};
/* The fields winpar.h's inline helpers read. */
struct parport {
	struct parport *physport;
	struct pardevice *cad;
};
#endif
