/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * winpar: the part of the Windows serial interface ("ntddser.h") that a
 * parallel device accepts: the time-out requests (WINDOWS-API.md sections
 * 4.13 and 9.13).
 */
#ifndef _UAPI_WINPAR_NTDDSER_H
#define _UAPI_WINPAR_NTDDSER_H

#include <linux/types.h>
#include <winpar/wintypes.h>

/* Section 11.7: device type of the serial IOCTLs */
#ifndef FILE_DEVICE_SERIAL_PORT
#define FILE_DEVICE_SERIAL_PORT		WINPAR_FILE_DEVICE_SERIAL_PORT
#endif

/* Section 4.13: METHOD_BUFFERED, FILE_ANY_ACCESS, functions 7 and 8 */
#define IOCTL_SERIAL_SET_TIMEOUTS \
	WINPAR_CTL_CODE(WINPAR_FILE_DEVICE_SERIAL_PORT, 7, \
			WINPAR_METHOD_BUFFERED, WINPAR_FILE_ANY_ACCESS)	/* 0x001b001c */
#define IOCTL_SERIAL_GET_TIMEOUTS \
	WINPAR_CTL_CODE(WINPAR_FILE_DEVICE_SERIAL_PORT, 8, \
			WINPAR_METHOD_BUFFERED, WINPAR_FILE_ANY_ACCESS)	/* 0x001b0020 */

/* Section 9.13: all values in milliseconds */
typedef struct _SERIAL_TIMEOUTS {
	__u32 ReadIntervalTimeout;
	__u32 ReadTotalTimeoutMultiplier;
	__u32 ReadTotalTimeoutConstant;
	__u32 WriteTotalTimeoutMultiplier;
	__u32 WriteTotalTimeoutConstant;
} SERIAL_TIMEOUTS, *PSERIAL_TIMEOUTS;

#endif /* _UAPI_WINPAR_NTDDSER_H */
