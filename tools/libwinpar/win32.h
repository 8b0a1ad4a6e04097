/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A Win32 face on libwinpar: CreateFileA, DeviceIoControl, ReadFile,
 * WriteFile, CloseHandle, GetLastError, for code written for Windows that
 * only talks to parallel ports.  Include it instead of <windows.h>; a
 * program that has real Windows headers (Wine) uses libwinpar.h directly.
 */
#ifndef _LIBWINPAR_WIN32_H
#define _LIBWINPAR_WIN32_H

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
typedef struct _OVERLAPPED OVERLAPPED, *LPOVERLAPPED;
typedef struct _SECURITY_ATTRIBUTES SECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

#define INVALID_HANDLE_VALUE		((HANDLE)(intptr_t)-1)
#define GENERIC_READ			0x80000000u
#define GENERIC_WRITE			0x40000000u
#define OPEN_EXISTING			3
#define FILE_ATTRIBUTE_NORMAL		0x80

#define ERROR_SUCCESS			0
#define ERROR_FILE_NOT_FOUND		2
#define ERROR_ACCESS_DENIED		5
#define ERROR_INVALID_HANDLE		6
#define ERROR_NOT_READY			21
#define ERROR_OUT_OF_PAPER		28
#define ERROR_GEN_FAILURE		31
#define ERROR_INVALID_PARAMETER		87
#define ERROR_INSUFFICIENT_BUFFER	122
#define ERROR_INVALID_NAME		123
#define ERROR_BUSY			170
#define ERROR_MORE_DATA			234
#define ERROR_OPERATION_ABORTED		995
#define ERROR_NOACCESS			998
#define ERROR_IO_DEVICE			1117
#define ERROR_DEVICE_NOT_CONNECTED	1167
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

static inline HANDLE CreateFileA(LPCSTR name, DWORD access, DWORD share,
				 LPSECURITY_ATTRIBUTES sa, DWORD disposition,
				 DWORD flags, HANDLE template_file)
{
	uint32_t err = ERROR_SUCCESS;
	int fd;

	(void)access; (void)share; (void)sa; (void)disposition; (void)flags;
	(void)template_file;
	fd = winpar_open(name, &err);
	winpar_set_last_error(fd < 0 ? err : ERROR_SUCCESS);
	return fd < 0 ? INVALID_HANDLE_VALUE : (HANDLE)(intptr_t)fd;
}

static inline BOOL DeviceIoControl(HANDLE h, DWORD code, LPVOID in, DWORD in_len,
				   LPVOID out, DWORD out_len, LPDWORD returned,
				   LPOVERLAPPED overlapped)
{
	uint32_t info = 0;
	int32_t status;

	(void)overlapped;
	status = winpar_device_io_control(winpar_win32_fd(h), code, in, in_len, out,
					  out_len, &info);
	if (returned)
		*returned = info;
	return winpar_win32_result(status);
}

static inline BOOL WriteFile(HANDLE h, LPCVOID buf, DWORD len, LPDWORD written,
			     LPOVERLAPPED overlapped)
{
	uint32_t n = 0;
	int32_t status;

	(void)overlapped;
	status = winpar_write(winpar_win32_fd(h), buf, len, &n);
	if (written)
		*written = n;
	return winpar_win32_result(status);
}

static inline BOOL ReadFile(HANDLE h, LPVOID buf, DWORD len, LPDWORD read_bytes,
			    LPOVERLAPPED overlapped)
{
	uint32_t n = 0;
	int32_t status;

	(void)overlapped;
	status = winpar_read(winpar_win32_fd(h), buf, len, &n);
	if (read_bytes)
		*read_bytes = n;
	return winpar_win32_result(status);
}

static inline BOOL CloseHandle(HANDLE h)
{
	return winpar_win32_result(close(winpar_win32_fd(h)) ? STATUS_INVALID_HANDLE :
				   STATUS_SUCCESS);
}

static inline DWORD GetLastError(void)
{
	return winpar_get_last_error();
}

#endif /* _LIBWINPAR_WIN32_H */
