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

/*
 * IRP_MJ_READ (0x03), IRP_MJ_WRITE (0x04) and IRP_MJ_QUERY_INFORMATION (0x05)
 * on an LPT node, with the same structure: a write sends @input_length bytes
 * at @input, a read receives up to @output_length bytes at @output, a query
 * answers FileInformationClass @code into @output.  @status and
 * @information come back as for the device-control requests: the NTSTATUS,
 * and the bytes moved (for a write that failed part way too) or returned.
 * @code of a read or write (its byte offset) must be 0; @flags 0, or for a
 * write the two below.
 */
#define WINPAR_IOCTL_READ \
	_IOWR(WINPAR_IOC_MAGIC, 0x03, struct winpar_ioctl)
#define WINPAR_IOCTL_WRITE \
	_IOWR(WINPAR_IOC_MAGIC, 0x04, struct winpar_ioctl)
#define WINPAR_IOCTL_QUERY_INFORMATION \
	_IOWR(WINPAR_IOC_MAGIC, 0x05, struct winpar_ioctl)

/*
 * struct winpar_ioctl.flags of WINPAR_IOCTL_WRITE, for a caller that
 * completes its requests itself, later (an overlapped WriteFile in a
 * porting layer that waits for the file with poll()):
 *
 * WINPAR_IO_NOWAIT: the write waits neither for the port nor for the
 * printer.  It sends what the printer takes now (while it is ready within
 * a handshake's few status reads; a second at most) and answers
 * STATUS_PENDING, with the bytes sent in @information, when bytes remain
 * and its count-down (the device's write time-out, started again at each
 * byte the printer takes) has not run out.  The open file keeps the
 * count-down, and poll() reports the file writable once the printer can
 * take a byte or the count-down has run out.
 *
 * WINPAR_IO_RESUME: with WINPAR_IO_NOWAIT, the rest of the write that last
 * answered STATUS_PENDING on this file: its count-down goes on instead of
 * starting afresh.  The answer that is not STATUS_PENDING is the one the
 * whole write would have had without WINPAR_IO_NOWAIT, its @information
 * counting the bytes of this part only.
 *
 * One such write pends at a time on a file.  Another one with
 * WINPAR_IO_NOWAIT alone (or while others wait) waits its turn: it answers
 * STATUS_PENDING at once with nothing sent, and poll() reports the file
 * writable once no write pends; it is then sent with WINPAR_IO_NOWAIT |
 * WINPAR_IO_RESUME, which starts its count-down.
 *
 * WINPAR_IO_KEPT: written back into @flags with STATUS_PENDING when this
 * write's count-down is the one kept (0 for a write that waits its turn).
 * A caller that gives a pending write up (it was cancelled) says so with a
 * write of length 0 and WINPAR_IO_NOWAIT | WINPAR_IO_RESUME, with
 * WINPAR_IO_KEPT for the kept one, without it for one waiting its turn.
 */
#define WINPAR_IO_NOWAIT	0x1
#define WINPAR_IO_RESUME	0x2
#define WINPAR_IO_KEPT		0x4

/*
 * CancelIoEx(handle, NULL): every read and write in progress on this open
 * file that the calling process sent (any of its threads) ends with
 * STATUS_CANCELLED and the bytes it had moved.  No argument; returns the
 * number of requests cancelled.  Closing the file (every close(), since
 * Linux tells the driver of each) does the same for the closing process:
 * IRP_MJ_CLEANUP.  0x12 is IRP_MJ_CLEANUP's major code.
 */
#define WINPAR_IOCTL_CANCEL \
	_IO(WINPAR_IOC_MAGIC, 0x12)

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

/*
 * IOCTL_WINPAR_CALL_ROUTINE: winpar's own internal request, on a port node
 * or a device node, for privileged callers (CAP_SYS_RAWIO).  Information
 * structures returned to a process (PARALLEL_PORT_INFORMATION,
 * PARALLEL_PNP_INFORMATION, PARCLASS_INFORMATION,
 * PARALLEL_INTERRUPT_INFORMATION) hold, in each routine field, the
 * routine's number below, and in each context field an opaque handle: this
 * request runs the routine with its arguments.  libwinpar turns the numbers
 * into working function pointers (Documentation/transport.rst).
 * The code is CTL_CODE(FILE_DEVICE_PARALLEL_PORT, 0x800, METHOD_BUFFERED,
 * FILE_ANY_ACCESS): function 0x800 and up are left to vendors by Windows.
 */
#define IOCTL_WINPAR_CALL_ROUTINE	0x00162000

enum winpar_routine {
	/* PARALLEL_PORT_INFORMATION (port node) */
	WINPAR_ROUTINE_TRY_ALLOCATE_PORT = 1,
	WINPAR_ROUTINE_FREE_PORT = 2,
	WINPAR_ROUTINE_QUERY_NUM_WAITERS = 3,
	/* PARALLEL_PNP_INFORMATION (port node) */
	WINPAR_ROUTINE_TRY_SET_CHIP_MODE = 4,
	WINPAR_ROUTINE_CLEAR_CHIP_MODE = 5,
	WINPAR_ROUTINE_TRY_SELECT_DEVICE = 6,
	WINPAR_ROUTINE_DESELECT_DEVICE = 7,
	/* PARCLASS_INFORMATION (device node) */
	WINPAR_ROUTINE_DETERMINE_IEEE_MODES = 8,
	WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE = 9,
	WINPAR_ROUTINE_TERMINATE_IEEE_MODE = 10,
	WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE = 11,
	WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE = 12,
	WINPAR_ROUTINE_PARALLEL_READ = 13,
	WINPAR_ROUTINE_PARALLEL_WRITE = 14,
	/* PARALLEL_INTERRUPT_INFORMATION (port node) */
	WINPAR_ROUTINE_TRY_ALLOCATE_PORT_AT_INTERRUPT_LEVEL = 15,
	WINPAR_ROUTINE_FREE_PORT_FROM_INTERRUPT_LEVEL = 16,
	/*
	 * winpar's own (port node): value = the port interrupts seen by this
	 * file's connected routines, count = the deferred port check calls.
	 * A process cannot run code in the kernel's interrupt path: its
	 * routines are counted there, and libwinpar calls them afterwards.
	 */
	WINPAR_ROUTINE_INTERRUPT_COUNT = 17,
	WINPAR_ROUTINE_MAX
};

/* The opaque context handle of the file whose node has this minor number. */
#define WINPAR_CONTEXT_HANDLE(minor)	(0x57500000ULL + (minor))

/* Bytes ParallelRead and ParallelWrite move per call. */
#define WINPAR_ROUTINE_DATA_MAX		65536

/**
 * struct winpar_routine_call - input of IOCTL_WINPAR_CALL_ROUTINE
 * @routine: enum winpar_routine
 * @length: ParallelRead: NumBytesToRead; ParallelWrite: NumBytesToWrite
 *	(the bytes follow the structure in the input buffer)
 * @context: the context handle from the information structure
 * @args: the routine's other arguments
 * @args.command: TrySelectDevice, DeselectDevice: a PARALLEL_1284_COMMAND
 * @args.command.id: ID
 * @args.command.port: Port (reserved, 0)
 * @args.command.flags: CommandFlags
 * @args.negotiate: NegotiateIeeeMode's arguments
 * @args.negotiate.mode_mask_fwd: ModeMaskFwd
 * @args.negotiate.mode_mask_rev: ModeMaskRev
 * @args.negotiate.mode_safety: ModeSafety (PARALLEL_SAFETY)
 * @args.negotiate.is_forward: IsForward
 * @args.chip_mode: TrySetChipMode, ClearChipMode: ChipMode
 * @args.raw: the size of the union: 16 bytes
 *
 * 32 bytes, the same for 32-bit and 64-bit callers.
 */
struct winpar_routine_call {
	__u32 routine;
	__u32 length;
	__aligned_u64 context;
	union {
		struct {
			__u8 id;
			__u8 port;
			__u16 reserved;
			__u32 flags;
		} command;
		struct {
			__u16 mode_mask_fwd;
			__u16 mode_mask_rev;
			__u32 mode_safety;
			__u8 is_forward;
		} negotiate;
		__u8 chip_mode;
		__u8 raw[16];
	} args;
};

/**
 * struct winpar_routine_result - output of IOCTL_WINPAR_CALL_ROUTINE
 * @value: the routine's return value: an NTSTATUS, a BOOLEAN, a ULONG or a
 *	USHORT, sign-extended
 * @count: ParallelRead: NumBytesRead (the bytes follow the structure in
 *	the output buffer); ParallelWrite: NumBytesWritten
 */
struct winpar_routine_result {
	__s64 value __attribute__((aligned(8)));
	__aligned_u64 count;
};

/*
 * IOCTL_WINPAR_PORT_REGISTERS: winpar's own public request (device control,
 * IRP_MJ_DEVICE_CONTROL) on a port node or a device node: READ_PORT_UCHAR,
 * WRITE_PORT_UCHAR, READ_PORT_BUFFER_UCHAR and WRITE_PORT_BUFFER_UCHAR for
 * the client that holds the port (ALLOCATE, LOCK_PORT or
 * IOCTL_WINPAR_LOCK_PORT; anyone else gets STATUS_INVALID_DEVICE_STATE and
 * nothing is touched).  The address is the one the information structures
 * give: Controller + 0 (data), + 1 (status, read only), + 2 (control), and
 * on a port with EPP + 3 (EPP address) and + 4 to + 7 (EPP data);
 * EcpController + 0 to + 2 on a port with an ECR (only for CAP_SYS_RAWIO
 * and kernel callers).  Everything goes through the port's low-level driver
 * (struct parport_operations), except the ECR range, which has no
 * operation there.  Holding the port is the privilege, as ppdev's claim is:
 * on a port node that takes CAP_SYS_RAWIO (ALLOCATE is internal), on a
 * device node (LPTn, group lp as /dev/parportN) the node's permission
 * (IOCTL_WINPAR_LOCK_PORT) (Documentation/kernel-api.rst, "Register access").
 * Input: struct winpar_registers, then for a write the @count bytes;
 * output, for a read: the @count bytes (Information @count).
 * The code is CTL_CODE(FILE_DEVICE_PARALLEL_PORT, 0x801, METHOD_BUFFERED,
 * FILE_ANY_ACCESS): a vendor function (0x800 and up), so that a transport
 * that forwards every parallel-port device control carries it unchanged.
 */
#define IOCTL_WINPAR_PORT_REGISTERS	0x00162004

/*
 * IOCTL_WINPAR_LOCK_PORT, IOCTL_WINPAR_UNLOCK_PORT: public forms, on a
 * device node, of IOCTL_INTERNAL_LOCK_PORT and _UNLOCK_PORT (WINDOWS-API.md
 * 6.4, 6.5), for a process without CAP_SYS_RAWIO that holds the port for a
 * burst of register accesses: the lock waits up to lock_timeout_ms
 * (STATUS_UNSUCCESSFUL after it), the unlock always succeeds; closing the
 * file unlocks too.  No buffers.  CTL_CODE(FILE_DEVICE_PARALLEL_PORT, 0x802
 * and 0x803, METHOD_BUFFERED, FILE_ANY_ACCESS).
 */
#define IOCTL_WINPAR_LOCK_PORT		0x00162008
#define IOCTL_WINPAR_UNLOCK_PORT	0x0016200c

/*
 * IOCTL_WINPAR_QUERY_REGISTERS: the addresses IOCTL_WINPAR_PORT_REGISTERS
 * takes, on a port node or a device node, for a caller that cannot send
 * the internal GET_PARALLEL_PORT_INFO or GET_PARALLEL_PNP_INFO (a Windows
 * program's DLL through Wine): no input; struct winpar_register_ranges out
 * (Information 24), a shorter output is STATUS_BUFFER_TOO_SMALL.
 * CTL_CODE(FILE_DEVICE_PARALLEL_PORT, 0x804, METHOD_BUFFERED, FILE_ANY_ACCESS).
 */
#define IOCTL_WINPAR_QUERY_REGISTERS	0x00162010

/**
 * struct winpar_register_ranges - output of IOCTL_WINPAR_QUERY_REGISTERS
 * @controller: Controller of GET_PARALLEL_PORT_INFO
 * @ecp_controller: EcpController of GET_PARALLEL_PNP_INFO (0: no ECR)
 * @span: SpanOfController
 * @ecp_span: SpanOfEcpController (0: no ECR)
 */
struct winpar_register_ranges {
	__aligned_u64 controller;
	__aligned_u64 ecp_controller;
	__u32 span;
	__u32 ecp_span;
};

/* struct winpar_registers.flags: write (else read). */
#define WINPAR_REGISTERS_WRITE		0x1
/* Most bytes one IOCTL_WINPAR_PORT_REGISTERS moves. */
#define WINPAR_REGISTERS_MAX		65536

/**
 * struct winpar_registers - input of IOCTL_WINPAR_PORT_REGISTERS
 * @address: the register's Windows address (Controller + n or
 *	EcpController + n), as a ported driver computes it
 * @count: bytes to move, 1 to WINPAR_REGISTERS_MAX, all at @address (the
 *	_BUFFER_ forms access one register @count times)
 * @flags: WINPAR_REGISTERS_WRITE for a write, 0 for a read
 *
 * 16 bytes, the same for 32-bit and 64-bit callers.
 */
struct winpar_registers {
	__aligned_u64 address;
	__u32 count;
	__u32 flags;
};

/* Device node names, under /dev/winpar/ (Documentation/nodes.rst). */
#define WINPAR_DEV_DIR		"/dev/winpar"
#define WINPAR_PORT_NODE_FMT	"ParallelPort%u"	/* port m, the FDO */
#define WINPAR_LPT_NODE_FMT	"LPT%u"			/* n = m + 1, the raw device PDO */

#endif /* _UAPI_WINPAR_WINPAR_H */
