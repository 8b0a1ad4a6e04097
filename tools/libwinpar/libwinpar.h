/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libwinpar: Windows parallel-port requests from user space, through
 * winpar's character devices.  A porting layer forwards one Windows request
 * with one call and gets the Windows answer back.
 *
 *	int fd = winpar_open("\\\\.\\LPT1", &err);          (or "LPT1", "LPT1.4", "ParallelPort0")
 *	NTSTATUS s = winpar_device_io_control(fd, code, in, in_len, out, out_len, &returned);
 *	DWORD e = winpar_ntstatus_to_win32(s);                as GetLastError() would give
 */
#ifndef _LIBWINPAR_H
#define _LIBWINPAR_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include <winpar/winpar.h>
#include <winpar/ntstatus.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * winpar_device_path() - the Linux node of a Windows device or port name
 * @name: "LPT1", "LPT1.4", "\\.\LPT1", "ParallelPort0", any case; or a path
 *	starting with '/', taken as it is
 * @path: room for the result
 * @size: its size
 *
 * Return: 0, or -1 when @name is not a parallel device or port name.
 */
int winpar_device_path(const char *name, char *path, size_t size);

/**
 * winpar_open() - open a parallel device or port by its Windows name
 * @name: as for winpar_device_path()
 * @win32_error: if not NULL, the Win32 error of a failed open
 *	(ERROR_FILE_NOT_FOUND, ERROR_ACCESS_DENIED for a device already open, ...)
 *
 * Return: a file descriptor, or -1.
 */
int winpar_open(const char *name, uint32_t *win32_error);

/**
 * winpar_device_io_control() - DeviceIoControl() on a winpar node
 * @fd: from winpar_open()
 * @code: the Windows IOCTL code
 * @in: input buffer, @in_len bytes
 * @in_len: its length
 * @out: output buffer, @out_len bytes
 * @out_len: its length
 * @returned: if not NULL, Information: the bytes placed in @out
 *
 * Return: the NTSTATUS of the request; STATUS_INVALID_HANDLE when @fd is
 * not a winpar node.
 */
int32_t winpar_device_io_control(int fd, uint32_t code, const void *in, uint32_t in_len,
				 void *out, uint32_t out_len, uint32_t *returned);

/**
 * winpar_internal_device_io_control() - the same as an internal request
 *
 * A successful GET_PARALLEL_PORT_INFO, GET_PARALLEL_PNP_INFO,
 * PARCLASS_CONNECT or PARALLEL_CONNECT_INTERRUPT comes back with working
 * function pointers and contexts (routines.c): call them as on Windows.
 */
int32_t winpar_internal_device_io_control(int fd, uint32_t code, const void *in,
					  uint32_t in_len, void *out, uint32_t out_len,
					  uint32_t *returned);

/** winpar_internal_device_io_control_raw() - the kernel's answer as it is */
int32_t winpar_internal_device_io_control_raw(int fd, uint32_t code, const void *in,
					      uint32_t in_len, void *out, uint32_t out_len,
					      uint32_t *returned);

/* routines.c */
void winpar_bind_routines(int fd, uint32_t code, void *buf, uint32_t len);

/*
 * registers.c: READ_PORT_UCHAR and friends for a ported driver, on the
 * addresses of the information structures libwinpar returned (each one's
 * Controller and EcpController ranges lead to the file it came from).
 * The port must be held (ALLOCATE, LOCK_PORT, IOCTL_WINPAR_LOCK_PORT); a
 * read that fails gives 0xff, winpar_port_status() says why.
 */
void winpar_note_ranges(int fd, uint32_t code, const void *buf, uint32_t len);
void winpar_port_range_add(int fd, uint64_t base, uint32_t span);
void winpar_port_ranges_forget(int fd);
int32_t winpar_port_registers(int fd, uint64_t addr, void *buf, uint32_t count, int write);
int32_t winpar_port_status(void);
uint8_t READ_PORT_UCHAR(uint8_t *port);
void WRITE_PORT_UCHAR(uint8_t *port, uint8_t value);
void READ_PORT_BUFFER_UCHAR(uint8_t *port, uint8_t *buffer, uint32_t count);
void WRITE_PORT_BUFFER_UCHAR(uint8_t *port, uint8_t *buffer, uint32_t count);
int32_t winpar_interrupt_count(int fd, uint64_t *interrupts, uint64_t *deferred);

/**
 * winpar_write() - WriteFile(): send bytes with the device's forward protocol
 * @fd: an LPT node
 * @buf: the bytes
 * @len: how many
 * @written: the bytes the device took, also on failure
 *
 * Return: the NTSTATUS.
 */
int32_t winpar_write(int fd, const void *buf, uint32_t len, uint32_t *written);

/** winpar_read() - ReadFile(): what the device has, with its reverse protocol */
int32_t winpar_read(int fd, void *buf, uint32_t len, uint32_t *read_bytes);

/**
 * winpar_write_cancellable() - winpar_write() that a cancel can end
 * @fd: an LPT node
 * @buf: the bytes
 * @len: how many
 * @written: the bytes the device took, also on failure
 * @cancel: NULL, or a flag set (before a signal interrupts the call) when
 *	the request is cancelled: the request then ends with STATUS_CANCELLED
 *	and the bytes already moved
 *
 * With the kernel's write request (WINPAR_IOCTL_WRITE in winpar.h) the
 * status is the request's own; without it, a short count's status comes
 * from the device's state (IOCTL_PAR_QUERY_INFORMATION), and a failed
 * write()'s from its errno, resolved by the device's state where errno
 * stands for several statuses (EIO, ENXIO).
 *
 * Return: the NTSTATUS.
 */
int32_t winpar_write_cancellable(int fd, const void *buf, uint32_t len, uint32_t *written,
				 const int *cancel);

/** winpar_read_cancellable() - winpar_read() that a cancel can end */
int32_t winpar_read_cancellable(int fd, void *buf, uint32_t len, uint32_t *read_bytes,
				const int *cancel);

/*
 * Win32's names (names.c): \\.\LPTn, \\.\LPTn.x, \\?\ forms,
 * \\.\GLOBALROOT\Device\Parallelm[.x], and the DOS device names LPT1-LPT9
 * with any extension, colon or directory ("LPT1:", "lpt1.txt", "LPT1.4" are
 * all LPT1).  Return: 0 and the node's path, or the Win32 error CreateFile
 * gives (ERROR_FILE_NOT_FOUND, ERROR_INVALID_NAME).
 */
uint32_t winpar_win32_device_path(const char *name, char *path, size_t size);

/*
 * winpar_open_win32() - CreateFile(): open by Win32's name rules
 * @overlapped: FILE_FLAG_OVERLAPPED was given
 *
 * The handle is registered for the overlapped calls below; close it with
 * winpar_handle_close().
 */
int winpar_open_win32(const char *name, int overlapped, uint32_t *win32_error);

/*
 * Overlapped requests (async.c): OVERLAPPED's layout, for the Win32 face.
 * Internal is the NTSTATUS (STATUS_PENDING while the request runs),
 * InternalHigh the Information.
 */
struct winpar_overlapped {
	uintptr_t Internal;
	uintptr_t InternalHigh;
	union {
		struct {
			uint32_t Offset;
			uint32_t OffsetHigh;
		};
		void *Pointer;
	};
	void *hEvent;
};

/* The signal that ends a cancelled request's system call (async.c). */
#ifndef WINPAR_CANCEL_SIGNAL
#define WINPAR_CANCEL_SIGNAL	(SIGRTMAX - 2)
#endif
#define WINPAR_INFINITE		0xffffffffu

void winpar_handle_register(int fd, int overlapped);
int winpar_handle_is_overlapped(int fd);
/* Cancels the handle's requests, waits for them to end, closes @fd. */
int winpar_handle_close(int fd);

/*
 * Start a read or write: STATUS_PENDING, then the request completes @ov
 * (InternalHigh, Internal, then sets ov->hEvent) from a thread of its own.
 */
int32_t winpar_overlapped_start(int fd, int write, void *buf, uint32_t len,
				struct winpar_overlapped *ov);
/*
 * Cancel @fd's requests (only @ov's when not NULL, only those the calling
 * thread started when @this_thread); they end with STATUS_CANCELLED.
 * Return: how many were asked to end.
 */
int winpar_overlapped_cancel(int fd, const struct winpar_overlapped *ov, int this_thread);
/* Wait until @ov's request has completed. */
int winpar_overlapped_wait(const struct winpar_overlapped *ov);

/* Events: a descriptor, so that handles stay unique and close() ends them. */
int winpar_event_create(int manual_reset, int initial_state);
int winpar_event_set(int fd);
int winpar_event_reset(int fd);
/*
 * Wait for an event, or for a file handle to have no overlapped request
 * running, at most @ms (WINPAR_INFINITE: no limit).
 * Return: 0 signaled, 1 timed out, -1 not an event or file handle.
 */
int winpar_wait(int fd, uint32_t ms);

/**
 * winpar_ntstatus_to_win32() - the Win32 error a Windows caller sees
 * @status: an NTSTATUS
 *
 * Return: what RtlNtStatusToDosError() gives (WINDOWS-API.md section 3).
 */
uint32_t winpar_ntstatus_to_win32(int32_t status);

/** winpar_errno_to_ntstatus() - the NTSTATUS of a failed read() or write() */
int32_t winpar_errno_to_ntstatus(int err);

/* The thread's last Win32 error, for the Win32 shim (win32.h). */
void winpar_set_last_error(uint32_t err);
uint32_t winpar_get_last_error(void);

#ifndef STATUS_INVALID_HANDLE
#define STATUS_INVALID_HANDLE	((int32_t)0xc0000008)
#endif

#ifdef __cplusplus
}
#endif

#endif /* _LIBWINPAR_H */
