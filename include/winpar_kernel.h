/* SPDX-License-Identifier: GPL-2.0 */
/*
 * winpar's in-kernel API: for Linux modules ported from Windows parallel
 * class drivers (Documentation/kernel-api.rst).
 *
 * Open a port or a device by its Windows name, send it public and internal
 * requests with the Windows codes and structures (ntddpar.h, parallel.h),
 * read and write it as IRP_MJ_READ and IRP_MJ_WRITE do,
 * and call the routines of the information structures the internal
 * requests return, with the prototypes of WINDOWS-API.md section 10.
 */
#ifndef _WINPAR_KERNEL_H
#define _WINPAR_KERNEL_H

#include <linux/types.h>

#include <winpar/ntstatus.h>
#include <winpar/ntddpar.h>
#include <winpar/parallel.h>
#include <winpar/ntddser.h>

struct winpar_client;

struct winpar_client *winpar_open(const char *name);
void winpar_close(struct winpar_client *c);
s32 winpar_device_control(struct winpar_client *c, bool internal, u32 code,
			  const void *in, u32 in_len, void *out, u32 out_len,
			  u32 *information);
/* IRP_MJ_WRITE, IRP_MJ_READ, IRP_MJ_QUERY_INFORMATION on a device. */
s32 winpar_write(struct winpar_client *c, const void *buf, u32 len, u32 *information);
s32 winpar_read(struct winpar_client *c, void *buf, u32 len, u32 *information);
s32 winpar_query_information(struct winpar_client *c, u32 class, void *buf, u32 len,
			     u32 *information);
/* IoCancelIrp for every read and write in progress on the handle. */
int winpar_cancel_io(struct winpar_client *c);
/* READ_PORT_UCHAR and friends for the client that holds the port (regs.c). */
s32 winpar_read_port_uchar(struct winpar_client *c, unsigned long addr, u8 *value);
s32 winpar_write_port_uchar(struct winpar_client *c, unsigned long addr, u8 value);
s32 winpar_read_port_buffer_uchar(struct winpar_client *c, unsigned long addr, u8 *buf,
				  u32 count);
s32 winpar_write_port_buffer_uchar(struct winpar_client *c, unsigned long addr,
				   const u8 *buf, u32 count);

#endif /* _WINPAR_KERNEL_H */
