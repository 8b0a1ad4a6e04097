/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * winpar: the NTSTATUS values of the Windows parallel-port driver interface
 * (WINDOWS-API.md section 3) and the severity test macros.
 *
 * NTSTATUS is a signed 32-bit value (__s32): bits 31..30 give the severity
 * (0 success, 1 informational, 2 warning, 3 error). Every name is guarded
 * with #ifndef so that the header can be combined with other definitions.
 */
#ifndef _UAPI_WINPAR_NTSTATUS_H
#define _UAPI_WINPAR_NTSTATUS_H

#include <linux/types.h>

/* Severity tests */
#ifndef NT_SUCCESS
#define NT_SUCCESS(status)	(((__s32)(status)) >= 0)
#endif
#ifndef NT_INFORMATION
#define NT_INFORMATION(status)	((((__u32)(status)) >> 30) == 1)
#endif
#ifndef NT_WARNING
#define NT_WARNING(status)	((((__u32)(status)) >> 30) == 2)
#endif
#ifndef NT_ERROR
#define NT_ERROR(status)	((((__u32)(status)) >> 30) == 3)
#endif

/* Section 3: success and informational values */
#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS			((__s32)0x00000000)
#endif
#ifndef STATUS_TIMEOUT
#define STATUS_TIMEOUT			((__s32)0x00000102)
#endif
#ifndef STATUS_PENDING
#define STATUS_PENDING			((__s32)0x00000103)
#endif

/* Section 3: warnings (NT_SUCCESS and NT_ERROR both false) */
#ifndef STATUS_BUFFER_OVERFLOW
#define STATUS_BUFFER_OVERFLOW		((__s32)0x80000005)
#endif
#ifndef STATUS_DEVICE_PAPER_EMPTY
#define STATUS_DEVICE_PAPER_EMPTY	((__s32)0x8000000e)
#endif
#ifndef STATUS_DEVICE_POWERED_OFF
#define STATUS_DEVICE_POWERED_OFF	((__s32)0x8000000f)
#endif
#ifndef STATUS_DEVICE_OFF_LINE
#define STATUS_DEVICE_OFF_LINE		((__s32)0x80000010)
#endif
#ifndef STATUS_DEVICE_BUSY
#define STATUS_DEVICE_BUSY		((__s32)0x80000011)
#endif

/* Section 3: errors */
#ifndef STATUS_UNSUCCESSFUL
#define STATUS_UNSUCCESSFUL		((__s32)0xc0000001)
#endif
#ifndef STATUS_INVALID_PARAMETER
#define STATUS_INVALID_PARAMETER	((__s32)0xc000000d)
#endif
#ifndef STATUS_NO_SUCH_DEVICE
#define STATUS_NO_SUCH_DEVICE		((__s32)0xc000000e)
#endif
#ifndef STATUS_INVALID_DEVICE_REQUEST
#define STATUS_INVALID_DEVICE_REQUEST	((__s32)0xc0000010)
#endif
#ifndef STATUS_ACCESS_DENIED
#define STATUS_ACCESS_DENIED		((__s32)0xc0000022)
#endif
#ifndef STATUS_BUFFER_TOO_SMALL
#define STATUS_BUFFER_TOO_SMALL		((__s32)0xc0000023)
#endif
#ifndef STATUS_DELETE_PENDING
#define STATUS_DELETE_PENDING		((__s32)0xc0000056)
#endif
#ifndef STATUS_INSUFFICIENT_RESOURCES
#define STATUS_INSUFFICIENT_RESOURCES	((__s32)0xc000009a)
#endif
#ifndef STATUS_DEVICE_NOT_CONNECTED
#define STATUS_DEVICE_NOT_CONNECTED	((__s32)0xc000009d)
#endif
#ifndef STATUS_DEVICE_NOT_READY
#define STATUS_DEVICE_NOT_READY		((__s32)0xc00000a3)
#endif
#ifndef STATUS_IO_TIMEOUT
#define STATUS_IO_TIMEOUT		((__s32)0xc00000b5)
#endif
#ifndef STATUS_NOT_A_DIRECTORY
#define STATUS_NOT_A_DIRECTORY		((__s32)0xc0000103)
#endif
#ifndef STATUS_CANCELLED
#define STATUS_CANCELLED		((__s32)0xc0000120)
#endif
#ifndef STATUS_INVALID_DEVICE_STATE
#define STATUS_INVALID_DEVICE_STATE	((__s32)0xc0000184)
#endif
#ifndef STATUS_IO_DEVICE_ERROR
#define STATUS_IO_DEVICE_ERROR		((__s32)0xc0000185)
#endif
#ifndef STATUS_DEVICE_PROTOCOL_ERROR
#define STATUS_DEVICE_PROTOCOL_ERROR	((__s32)0xc0000186)
#endif
#ifndef STATUS_DEVICE_REMOVED
#define STATUS_DEVICE_REMOVED		((__s32)0xc00002b6)
#endif

#endif /* _UAPI_WINPAR_NTSTATUS_H */
