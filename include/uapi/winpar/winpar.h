/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * winpar: the Linux transport for Windows parallel-port requests.
 *
 * A request carries what DeviceIoControl() carries on Windows: the IOCTL
 * code, an input buffer and its length, an output buffer and its length.
 * It comes back with the NTSTATUS and the Information (bytes returned) that
 * the Windows driver would have produced.  The two Windows major functions
 * are two Linux ioctl numbers, so that public and internal requests with the
 * same code (WINDOWS-API.md section 2) can never be confused:
 *
 *   WINPAR_IOCTL_DEVICE_CONTROL           IRP_MJ_DEVICE_CONTROL
 *   WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL  IRP_MJ_INTERNAL_DEVICE_CONTROL
 *
 * The ioctl(2) call returns 0 when the request completed with a success
 * status (NT_SUCCESS), and -1 with errno set otherwise; in both cases the
 * kernel has written status and information back into the structure.  Only
 * when the structure itself cannot be read or written is it left untouched
 * (errno EFAULT).
 *
 * A Windows code of a public request with fixed-size buffers may also be
 * used directly as the ioctl(2) request number on an LPT node: the argument
 * then points at one buffer that is both input and output (METHOD_BUFFERED).
 * See Documentation/transport.rst.
 */
#ifndef _UAPI_WINPAR_WINPAR_H
#define _UAPI_WINPAR_WINPAR_H

#include <linux/types.h>
#include <linux/ioctl.h>

/**
 * struct winpar_ioctl - one Windows device control request
 * @code: the Windows IOCTL code (for example IOCTL_PAR_QUERY_INFORMATION)
 * @flags: must be 0
 * @input: user address of the input buffer (may be 0 when @input_length is 0)
 * @output: user address of the output buffer (may be 0 when @output_length is 0)
 * @input_length: InputBufferLength in bytes
 * @output_length: OutputBufferLength in bytes
 * @status: written by the kernel: the NTSTATUS of the request
 * @information: written by the kernel: IoStatus.Information, the number of
 *	bytes placed in the output buffer
 *
 * The layout is the same for 32-bit and 64-bit callers.
 */
struct winpar_ioctl {
	__u32 code;
	__u32 flags;
	__aligned_u64 input;
	__aligned_u64 output;
	__u32 input_length;
	__u32 output_length;
	__s32 status;
	__u32 information;
};

#define WINPAR_IOC_MAGIC	0xB8

/* The ioctl numbers are IRP_MJ_DEVICE_CONTROL (0x0e) and IRP_MJ_INTERNAL_DEVICE_CONTROL (0x0f). */
#define WINPAR_IOCTL_DEVICE_CONTROL \
	_IOWR(WINPAR_IOC_MAGIC, 0x0e, struct winpar_ioctl)
#define WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL \
	_IOWR(WINPAR_IOC_MAGIC, 0x0f, struct winpar_ioctl)

/* Largest buffer length the kernel looks at: a 64 KiB device ID plus its prefix and NUL. */
#define WINPAR_MAX_BUFFER	(65536 + 3)

/*
 * The status of a request whose buffer the kernel cannot reach (the Windows
 * I/O manager's answer when it probes the caller's buffers; Win32
 * ERROR_NOACCESS).  Not in WINDOWS-API.md section 3, so defined here.
 */
#ifndef STATUS_ACCESS_VIOLATION
#define STATUS_ACCESS_VIOLATION	((__s32)0xc0000005)
#endif

/* Device node names, under /dev/winpar/ (Documentation/nodes.rst). */
#define WINPAR_DEV_DIR		"/dev/winpar"
#define WINPAR_PORT_NODE_FMT	"ParallelPort%u"	/* port m, the FDO */
#define WINPAR_LPT_NODE_FMT	"LPT%u"			/* n = m + 1, the raw device PDO */

#endif /* _UAPI_WINPAR_WINPAR_H */
