/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory. */
#ifndef _FUZZ_SHIM_PARPORT_H
#define _FUZZ_SHIM_PARPORT_H
struct pardevice;
/* The fields winpar.h's inline helpers read. */
struct parport {
	struct parport *physport;
	struct pardevice *cad;
};
#endif
