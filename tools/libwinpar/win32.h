/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A Win32 face on libwinpar for code written for Windows that only talks
 * to parallel ports: CreateFileA (Win32's name rules), DeviceIoControl,
 * ReadFile, WriteFile (also overlapped), GetOverlappedResult, CancelIo,
 * CancelIoEx, CreateEventA, SetEvent, ResetEvent, WaitForSingleObject,
 * SetCommTimeouts, GetCommTimeouts, FlushFileBuffers, GetFileType,
 * CloseHandle, GetLastError, SetLastError.  Include it instead of
 * <windows.h>; a program that has real Windows headers (Wine) uses
 * libwinpar.h directly.  Documentation/libwinpar.rst has the table of what
 * each call maps to and what it does not do.
 *
 * Handles are file descriptors: a device's, or an event's (eventfd).
 */
#ifndef _LIBWINPAR_WIN32_H
#define _LIBWINPAR_WIN32_H

#include <sys/stat.h>
#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <winpar/wintypes.h>
#include <winpar/ntddpar.h>
#include <winpar/ntddser.h>

#include "libwinpar.h"

typedef int BOOL;
typedef uint32_t DWORD;
typedef void *HANDLE;
typedef void *LPVOID;
typedef const void *LPCVOID;
typedef const char *LPCSTR;
typedef DWORD *LPDWORD;
typedef const char *LPCTSTR;
typedef uintptr_t ULONG_PTR;
typedef struct winpar_overlapped OVERLAPPED, *LPOVERLAPPED;
typedef struct _SECURITY_ATTRIBUTES SECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

#define INVALID_HANDLE_VALUE		((HANDLE)(intptr_t)-1)
#define GENERIC_READ			0x80000000u
#define GENERIC_WRITE			0x40000000u
#define OPEN_EXISTING			3
#define FILE_ATTRIBUTE_NORMAL		0x80
#define FILE_FLAG_OVERLAPPED		0x40000000u
#define CREATE_NEW			1
#define CREATE_ALWAYS			2
#define OPEN_ALWAYS			4
#define TRUNCATE_EXISTING		5
#define FILE_SHARE_READ			1
#define FILE_SHARE_WRITE		2

#define INFINITE			0xffffffffu
#define WAIT_OBJECT_0			0
#define WAIT_TIMEOUT			0x102
#define WAIT_FAILED			0xffffffffu

#define FILE_TYPE_UNKNOWN		0
#define FILE_TYPE_DISK			1
#define FILE_TYPE_CHAR			2
#define FILE_TYPE_PIPE			3

/* HasOverlappedIoCompleted() as in winbase.h: Internal is the NTSTATUS. */
#define HasOverlappedIoCompleted(lpo)	((lpo)->Internal != (ULONG_PTR)STATUS_PENDING)

/* The serial port's time-outs, as winbase.h has them; SERIAL_TIMEOUTS' layout. */
typedef struct _COMMTIMEOUTS {
	DWORD ReadIntervalTimeout;
	DWORD ReadTotalTimeoutMultiplier;
	DWORD ReadTotalTimeoutConstant;
	DWORD WriteTotalTimeoutMultiplier;
	DWORD WriteTotalTimeoutConstant;
} COMMTIMEOUTS, *LPCOMMTIMEOUTS;

#define ERROR_SUCCESS			0
#define ERROR_INVALID_FUNCTION		1
#define ERROR_FILE_NOT_FOUND		2
#define ERROR_PATH_NOT_FOUND		3
#define ERROR_ACCESS_DENIED		5
#define ERROR_INVALID_HANDLE		6
#define ERROR_NOT_ENOUGH_MEMORY		8
#define ERROR_NOT_READY			21
#define ERROR_OUT_OF_PAPER		28
#define ERROR_GEN_FAILURE		31
#define ERROR_INVALID_PARAMETER		87
#define ERROR_INSUFFICIENT_BUFFER	122
#define ERROR_INVALID_NAME		123
#define ERROR_BUSY			170
#define ERROR_MORE_DATA			234
#define ERROR_OPERATION_ABORTED		995
#define ERROR_IO_INCOMPLETE		996
#define ERROR_IO_PENDING		997
#define ERROR_NOACCESS			998
#define ERROR_IO_DEVICE			1117
#define ERROR_DEVICE_NOT_CONNECTED	1167
#define ERROR_NOT_FOUND			1168
#define ERROR_DEVICE_REMOVED		1617

static inline int winpar_win32_fd(HANDLE h)
{
	return (int)(intptr_t)h;
}

/* The answer of a request: TRUE for success, else FALSE and GetLastError(). */
static inline BOOL winpar_win32_result(int32_t status)
{
	winpar_set_last_error(winpar_ntstatus_to_win32(status));
	return NT_SUCCESS(status);
}

static inline void SetLastError(DWORD err)
{
	winpar_set_last_error(err);
}

/*
 * Win32's name rules (names.c).  Access, sharing, security, disposition
 * and attributes are not looked at: a device is opened read-write, and is
 * exclusive whatever the sharing mode (WINDOWS-API.md 1.3).
 */
static inline HANDLE CreateFileA(LPCSTR name, DWORD access, DWORD share,
				 LPSECURITY_ATTRIBUTES sa, DWORD disposition,
				 DWORD flags, HANDLE template_file)
{
	uint32_t err = ERROR_SUCCESS;
	int fd;

	(void)access; (void)share; (void)sa; (void)template_file;
	if (disposition < CREATE_NEW || disposition > TRUNCATE_EXISTING) {
		winpar_set_last_error(ERROR_INVALID_PARAMETER);
		return INVALID_HANDLE_VALUE;
	}
	fd = winpar_open_win32(name, !!(flags & FILE_FLAG_OVERLAPPED), &err);
	winpar_set_last_error(fd < 0 ? err : ERROR_SUCCESS);
	return fd < 0 ? INVALID_HANDLE_VALUE : (HANDLE)(intptr_t)fd;
}

/* A request that ran to its end: the OVERLAPPED filled and its event set, as Windows does. */
static inline BOOL winpar_win32_complete(int32_t status, uint32_t info, LPDWORD count,
					 LPOVERLAPPED ov)
{
	if (count)
		*count = info;
	if (ov) {
		ov->InternalHigh = info;
		ov->Internal = (ULONG_PTR)(intptr_t)status;
		if (ov->hEvent)
			winpar_event_set(winpar_win32_fd(ov->hEvent));
	}
	return winpar_win32_result(status);
}

/*
 * Synchronous even on an overlapped handle: the OVERLAPPED and its event
 * are completed before the call returns (TRUE, or FALSE and the error).
 */
static inline BOOL DeviceIoControl(HANDLE h, DWORD code, LPVOID in, DWORD in_len,
				   LPVOID out, DWORD out_len, LPDWORD returned,
				   LPOVERLAPPED overlapped)
{
	uint32_t info = 0;
	int32_t status;

	status = winpar_device_io_control(winpar_win32_fd(h), code, in, in_len, out,
					  out_len, &info);
	return winpar_win32_complete(status, info, returned, overlapped);
}

/*
 * On a handle opened with FILE_FLAG_OVERLAPPED and with an OVERLAPPED:
 * FALSE and ERROR_IO_PENDING, the request runs on (async.c).  Otherwise
 * the call returns when the request has ended.
 */
static inline BOOL winpar_win32_rw(HANDLE h, int write, void *buf, DWORD len, LPDWORD count,
				   LPOVERLAPPED ov)
{
	int fd = winpar_win32_fd(h);
	uint32_t n = 0;
	int32_t status;

	if (ov && winpar_handle_is_overlapped(fd)) {
		/* Windows leaves *count alone for a pending request; 0 is what it means. */
		if (count)
			*count = 0;
		status = winpar_overlapped_start(fd, write, buf, len, ov);
		winpar_set_last_error(winpar_ntstatus_to_win32(status));
		return FALSE;
	}
	status = write ? winpar_write(fd, buf, len, &n) : winpar_read(fd, buf, len, &n);
	return winpar_win32_complete(status, n, count, ov);
}

static inline BOOL WriteFile(HANDLE h, LPCVOID buf, DWORD len, LPDWORD written,
			     LPOVERLAPPED overlapped)
{
	return winpar_win32_rw(h, 1, (void *)buf, len, written, overlapped);
}

static inline BOOL ReadFile(HANDLE h, LPVOID buf, DWORD len, LPDWORD read_bytes,
			    LPOVERLAPPED overlapped)
{
	return winpar_win32_rw(h, 0, buf, len, read_bytes, overlapped);
}

/*
 * The result of an overlapped request: while it runs, FALSE and
 * ERROR_IO_INCOMPLETE, or (wait TRUE) wait for its event (for it, when
 * there is none) first.  Then its Information in *count, and TRUE or FALSE
 * and the Win32 error of its NTSTATUS.
 */
static inline BOOL GetOverlappedResult(HANDLE h, LPOVERLAPPED ov, LPDWORD count, BOOL wait)
{
	int32_t status;

	(void)h;
	if (!HasOverlappedIoCompleted(ov)) {
		if (!wait) {
			winpar_set_last_error(ERROR_IO_INCOMPLETE);
			return FALSE;
		}
		if (ov->hEvent)
			winpar_wait(winpar_win32_fd(ov->hEvent), WINPAR_INFINITE);
		winpar_overlapped_wait(ov);
	}
	status = (int32_t)__atomic_load_n(&ov->Internal, __ATOMIC_ACQUIRE);
	if (count)
		*count = (DWORD)ov->InternalHigh;
	return winpar_win32_result(status);
}

/* The requests the calling thread started on @h end with ERROR_OPERATION_ABORTED. */
static inline BOOL CancelIo(HANDLE h)
{
	int fd = winpar_win32_fd(h);

	if (fcntl(fd, F_GETFD) < 0) {
		winpar_set_last_error(ERROR_INVALID_HANDLE);
		return FALSE;
	}
	winpar_overlapped_cancel(fd, NULL, 1);
	return TRUE;
}

/* @ov's request (every request of @h for NULL), from any thread; ERROR_NOT_FOUND: none. */
static inline BOOL CancelIoEx(HANDLE h, LPOVERLAPPED ov)
{
	int fd = winpar_win32_fd(h);

	if (fcntl(fd, F_GETFD) < 0) {
		winpar_set_last_error(ERROR_INVALID_HANDLE);
		return FALSE;
	}
	if (!winpar_overlapped_cancel(fd, ov, 0)) {
		winpar_set_last_error(ERROR_NOT_FOUND);
		return FALSE;
	}
	return TRUE;
}

/* An event: a handle, or NULL and the error.  Names are not supported. */
static inline HANDLE CreateEventA(LPSECURITY_ATTRIBUTES sa, BOOL manual_reset,
				  BOOL initial_state, LPCSTR name)
{
	int fd;

	(void)sa;
	if (name) {
		winpar_set_last_error(ERROR_INVALID_PARAMETER);
		return NULL;
	}
	fd = winpar_event_create(manual_reset, initial_state);
	if (fd < 0) {
		winpar_set_last_error(ERROR_NOT_ENOUGH_MEMORY);
		return NULL;
	}
	winpar_set_last_error(ERROR_SUCCESS);
	return (HANDLE)(intptr_t)fd;
}

static inline BOOL SetEvent(HANDLE e)
{
	if (winpar_event_set(winpar_win32_fd(e))) {
		winpar_set_last_error(ERROR_INVALID_HANDLE);
		return FALSE;
	}
	return TRUE;
}

static inline BOOL ResetEvent(HANDLE e)
{
	if (winpar_event_reset(winpar_win32_fd(e))) {
		winpar_set_last_error(ERROR_INVALID_HANDLE);
		return FALSE;
	}
	return TRUE;
}

/* An event, or a device handle (signaled while no overlapped request of it runs). */
static inline DWORD WaitForSingleObject(HANDLE h, DWORD ms)
{
	switch (winpar_wait(winpar_win32_fd(h), ms)) {
	case 0:
		return WAIT_OBJECT_0;
	case 1:
		return WAIT_TIMEOUT;
	default:
		winpar_set_last_error(ERROR_INVALID_HANDLE);
		return WAIT_FAILED;
	}
}

/* IOCTL_SERIAL_SET_TIMEOUTS: only WriteTotalTimeoutConstant counts (>= 2000 ms). */
static inline BOOL SetCommTimeouts(HANDLE h, LPCOMMTIMEOUTS t)
{
	return DeviceIoControl(h, IOCTL_SERIAL_SET_TIMEOUTS, t, sizeof(*t), NULL, 0, NULL,
			       NULL);
}

static inline BOOL GetCommTimeouts(HANDLE h, LPCOMMTIMEOUTS t)
{
	DWORD ret;

	return DeviceIoControl(h, IOCTL_SERIAL_GET_TIMEOUTS, NULL, 0, t, sizeof(*t), &ret,
			       NULL);
}

/* A completed write's bytes are with the printer already: nothing to flush. */
static inline BOOL FlushFileBuffers(HANDLE h)
{
	if (fcntl(winpar_win32_fd(h), F_GETFD) < 0) {
		winpar_set_last_error(ERROR_INVALID_HANDLE);
		return FALSE;
	}
	return TRUE;
}

static inline DWORD GetFileType(HANDLE h)
{
	struct stat st;

	if (fstat(winpar_win32_fd(h), &st)) {
		winpar_set_last_error(ERROR_INVALID_HANDLE);
		return FILE_TYPE_UNKNOWN;
	}
	winpar_set_last_error(ERROR_SUCCESS);
	if (S_ISCHR(st.st_mode))
		return FILE_TYPE_CHAR;
	if (S_ISREG(st.st_mode))
		return FILE_TYPE_DISK;
	if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode))
		return FILE_TYPE_PIPE;
	return FILE_TYPE_UNKNOWN;
}

/* A device's pending requests end (ERROR_OPERATION_ABORTED) before it closes. */
static inline BOOL CloseHandle(HANDLE h)
{
	return winpar_win32_result(winpar_handle_close(winpar_win32_fd(h)) ?
				   STATUS_INVALID_HANDLE : STATUS_SUCCESS);
}

static inline DWORD GetLastError(void)
{
	return winpar_get_last_error();
}

#endif /* _LIBWINPAR_WIN32_H */
