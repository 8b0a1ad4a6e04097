// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar: Windows parallel-port requests through winpar's nodes.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <winpar/ntddpar.h>

#include "libwinpar.h"

int winpar_device_path(const char *name, char *path, size_t size)
{
	unsigned int n, m;
	char rest;

	if (!name || !path)
		return -1;
	if (name[0] == '/')
		return snprintf(path, size, "%s", name) < (int)size ? 0 : -1;
	/* \\.\LPT1 and \\?\LPT1: the Win32 device namespace. */
	if ((name[0] == '\\' && name[1] == '\\') && (name[2] == '.' || name[2] == '?') &&
	    name[3] == '\\')
		name += 4;
	if (!strncasecmp(name, "LPT", 3) && isdigit((unsigned char)name[3])) {
		const char *dot = strchr(name + 3, '.');

		/* LPTn.a: one digit after the dot, no sign, no blank, no leading 0s. */
		if (dot && (!isdigit((unsigned char)dot[1]) || dot[2]))
			return -1;
		if (sscanf(name + 3, "%u.%u%c", &n, &m, &rest) == 2 && n >= 1 && m <= 4)
			return snprintf(path, size, WINPAR_DEV_DIR "/LPT%u.%u", n, m) < (int)size ?
			       0 : -1;
		if (sscanf(name + 3, "%u%c", &n, &rest) == 1 && n >= 1)
			return snprintf(path, size, WINPAR_DEV_DIR "/LPT%u", n) < (int)size ? 0 : -1;
		return -1;
	}
	if (!strncasecmp(name, "ParallelPort", 12) && isdigit((unsigned char)name[12]) &&
	    sscanf(name + 12, "%u%c", &n, &rest) == 1)
		return snprintf(path, size, WINPAR_DEV_DIR "/ParallelPort%u", n) < (int)size ?
		       0 : -1;
	return -1;
}

/* errno of open() -> Win32 error of CreateFile(). */
static uint32_t open_error(int err)
{
	switch (err) {
	case ENOENT:
	case ENODEV:
	case ENXIO:
		return 2;	/* ERROR_FILE_NOT_FOUND */
	case EBUSY:		/* an LPT node is exclusive: STATUS_ACCESS_DENIED */
	case EACCES:
	case EPERM:
		return 5;	/* ERROR_ACCESS_DENIED */
	case ENOMEM:
		return 8;	/* ERROR_NOT_ENOUGH_MEMORY */
	default:
		return 31;	/* ERROR_GEN_FAILURE */
	}
}

int winpar_open(const char *name, uint32_t *win32_error)
{
	char path[256];
	int fd;

	if (winpar_device_path(name, path, sizeof(path))) {
		if (win32_error)
			*win32_error = 123;	/* ERROR_INVALID_NAME */
		return -1;
	}
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0 && win32_error)
		*win32_error = open_error(errno);
	return fd;
}

int winpar_open_win32(const char *name, int overlapped, uint32_t *win32_error)
{
	char path[256];
	uint32_t err;
	int fd;

	err = winpar_win32_device_path(name, path, sizeof(path));
	if (err) {
		if (win32_error)
			*win32_error = err;
		return -1;
	}
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		if (win32_error)
			*win32_error = open_error(errno);
		return -1;
	}
	winpar_handle_register(fd, overlapped);
	if (win32_error)
		*win32_error = 0;
	return fd;
}

static int32_t call(int fd, unsigned long major, uint32_t code, const void *in,
		    uint32_t in_len, void *out, uint32_t out_len, uint32_t *returned)
{
	struct winpar_ioctl w = {
		.code = code,
		.input = (uintptr_t)in, .input_length = in_len,
		.output = (uintptr_t)out, .output_length = out_len,
		/* winpar always writes the status; this one means it did not answer. */
		.status = STATUS_PENDING,
	};

	if (returned)
		*returned = 0;
	if (ioctl(fd, major, &w) && w.status == STATUS_PENDING)
		return errno == EFAULT ? STATUS_ACCESS_VIOLATION : STATUS_INVALID_HANDLE;
	if (returned)
		*returned = w.information;
	return w.status;
}

int32_t winpar_device_io_control(int fd, uint32_t code, const void *in, uint32_t in_len,
				 void *out, uint32_t out_len, uint32_t *returned)
{
	return call(fd, WINPAR_IOCTL_DEVICE_CONTROL, code, in, in_len, out, out_len, returned);
}

int32_t winpar_internal_device_io_control_raw(int fd, uint32_t code, const void *in,
					      uint32_t in_len, void *out, uint32_t out_len,
					      uint32_t *returned)
{
	return call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, code, in, in_len, out, out_len,
		    returned);
}

int32_t winpar_internal_device_io_control(int fd, uint32_t code, const void *in,
					  uint32_t in_len, void *out, uint32_t out_len,
					  uint32_t *returned)
{
	uint32_t got = 0;
	int32_t st;

	st = winpar_internal_device_io_control_raw(fd, code, in, in_len, out, out_len, &got);
	if (st == STATUS_SUCCESS && out) {
		winpar_bind_routines(fd, code, out, got);
		winpar_note_ranges(fd, code, out, got);
	}
	if (returned)
		*returned = got;
	return st;
}

/* The kernel's NTSTATUS -> errno table (Documentation/transport.rst), read backwards. */
int32_t winpar_errno_to_ntstatus(int err)
{
	switch (err) {
	case 0:		return STATUS_SUCCESS;
	case ENOSPC:	return STATUS_DEVICE_PAPER_EMPTY;
	case EIO:	return STATUS_DEVICE_OFF_LINE;
	case ENXIO:	return STATUS_DEVICE_NOT_CONNECTED;
	case EBUSY:	return STATUS_DEVICE_BUSY;
	case EINTR:	return STATUS_CANCELLED;
	case ENODEV:	return STATUS_DEVICE_REMOVED;
	case EFAULT:	return STATUS_ACCESS_VIOLATION;
	case EINVAL:	return STATUS_INVALID_PARAMETER;
	case ENOMEM:	return STATUS_INSUFFICIENT_RESOURCES;
	case ETIMEDOUT:	return STATUS_IO_TIMEOUT;
	case EBADF:	return STATUS_INVALID_HANDLE;
	default:	return STATUS_UNSUCCESSFUL;
	}
}

/*
 * Why a write stopped, from the device's state as IOCTL_PAR_QUERY_INFORMATION
 * gives it (WINDOWS-API.md 1.8: powered off, paper out, off line, not
 * connected; a printer that only stays busy: STATUS_DEVICE_BUSY).  For a
 * kernel without the write request, which says it itself.
 */
static int32_t stopped_status(int fd, int32_t otherwise)
{
	PAR_QUERY_INFORMATION info = { 0 };
	uint32_t got = 0;

	if (winpar_device_io_control(fd, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &info,
				     sizeof(info), &got) != STATUS_SUCCESS || got != sizeof(info))
		return otherwise;
	if (info.Status & PARALLEL_POWER_OFF)
		return STATUS_DEVICE_POWERED_OFF;
	if (info.Status & PARALLEL_PAPER_EMPTY)
		return STATUS_DEVICE_PAPER_EMPTY;
	if (info.Status & PARALLEL_OFF_LINE)
		return STATUS_DEVICE_OFF_LINE;
	if (info.Status & PARALLEL_NOT_CONNECTED)
		return STATUS_DEVICE_NOT_CONNECTED;
	return otherwise;
}

static int cancelled(const int *cancel)
{
	return cancel && __atomic_load_n(cancel, __ATOMIC_ACQUIRE);
}

#if defined(WINPAR_IOCTL_WRITE) && defined(WINPAR_IOCTL_READ)
/*
 * The kernel's read and write requests (IRP_MJ_READ, IRP_MJ_WRITE): the
 * status and Information of the one request.  0: the kernel has none
 * (ENOTTY, the structure untouched), use read() and write().
 */
static int have_rw_requests = 1;

static int rw_request(int fd, int write, void *buf, uint32_t len, uint32_t *moved,
		      int32_t *status)
{
	struct winpar_ioctl w = {
		.status = STATUS_PENDING,
	};

	if (!__atomic_load_n(&have_rw_requests, __ATOMIC_RELAXED))
		return 0;
	if (write) {
		w.input = (uintptr_t)buf;
		w.input_length = len;
	} else {
		w.output = (uintptr_t)buf;
		w.output_length = len;
	}
	if (ioctl(fd, write ? WINPAR_IOCTL_WRITE : WINPAR_IOCTL_READ, &w) &&
	    w.status == STATUS_PENDING) {
		if (errno == ENOTTY) {
			__atomic_store_n(&have_rw_requests, 0, __ATOMIC_RELAXED);
			return 0;
		}
		*moved = 0;
		*status = winpar_errno_to_ntstatus(errno);
		return 1;
	}
	*moved = w.information;
	*status = w.status;
	return 1;
}
#else
static int rw_request(int fd, int write, void *buf, uint32_t len, uint32_t *moved,
		      int32_t *status)
{
	(void)fd; (void)write; (void)buf; (void)len; (void)moved; (void)status;
	return 0;
}
#endif

int32_t winpar_write_cancellable(int fd, const void *buf, uint32_t len, uint32_t *written,
				 const int *cancel)
{
	int32_t status;
	ssize_t n;
	int err;

	*written = 0;
	if (!len)	/* WINDOWS-API.md 7.2: at once, STATUS_SUCCESS */
		return STATUS_SUCCESS;
	if (rw_request(fd, 1, (void *)buf, len, written, &status))
		return status;
	n = write(fd, buf, len);
	if (n == (ssize_t)len) {
		*written = len;
		return STATUS_SUCCESS;
	}
	if (n >= 0) {
		/* A short count: the request ended early, with these bytes moved. */
		*written = (uint32_t)n;
		if (cancelled(cancel))
			return STATUS_CANCELLED;
		return stopped_status(fd, STATUS_DEVICE_BUSY);
	}
	err = errno;
	if (err == EINTR)
		return STATUS_CANCELLED;
	/* errno names several statuses (EIO, ENXIO): the device's state tells which. */
	if (err == EIO || err == ENXIO)
		return stopped_status(fd, winpar_errno_to_ntstatus(err));
	return winpar_errno_to_ntstatus(err);
}

int32_t winpar_read_cancellable(int fd, void *buf, uint32_t len, uint32_t *read_bytes,
				const int *cancel)
{
	int32_t status;
	ssize_t n;

	*read_bytes = 0;
	if (!len)
		return STATUS_SUCCESS;
	if (rw_request(fd, 0, buf, len, read_bytes, &status))
		return status;
	n = read(fd, buf, len);
	if (n >= 0) {
		*read_bytes = (uint32_t)n;
		return cancelled(cancel) && (uint32_t)n < len ? STATUS_CANCELLED : STATUS_SUCCESS;
	}
	if (errno == EINTR)
		return STATUS_CANCELLED;
	/* for a read, EIO is a device that does not negotiate */
	return errno == EIO ? STATUS_IO_DEVICE_ERROR : winpar_errno_to_ntstatus(errno);
}

int32_t winpar_write(int fd, const void *buf, uint32_t len, uint32_t *written)
{
	return winpar_write_cancellable(fd, buf, len, written, NULL);
}

int32_t winpar_read(int fd, void *buf, uint32_t len, uint32_t *read_bytes)
{
	return winpar_read_cancellable(fd, buf, len, read_bytes, NULL);
}

/* WINDOWS-API.md section 3: NTSTATUS -> Win32, as RtlNtStatusToDosError() maps them. */
static const struct {
	int32_t status;
	uint32_t win32;
} status_map[] = {
	{ STATUS_SUCCESS,			0 },
	{ STATUS_TIMEOUT,			1460 },
	{ STATUS_PENDING,			997 },
	{ STATUS_BUFFER_OVERFLOW,		234 },
	{ STATUS_DEVICE_PAPER_EMPTY,		28 },
	{ STATUS_DEVICE_POWERED_OFF,		21 },
	{ STATUS_DEVICE_OFF_LINE,		21 },
	{ STATUS_DEVICE_BUSY,			170 },
	{ STATUS_UNSUCCESSFUL,			31 },
	{ STATUS_ACCESS_VIOLATION,		998 },
	{ STATUS_INVALID_HANDLE,		6 },
	{ STATUS_INVALID_PARAMETER,		87 },
	{ STATUS_NO_SUCH_DEVICE,		2 },
	{ STATUS_INVALID_DEVICE_REQUEST,	1 },
	{ STATUS_ACCESS_DENIED,			5 },
	{ STATUS_BUFFER_TOO_SMALL,		122 },
	{ STATUS_DELETE_PENDING,		5 },
	{ STATUS_INSUFFICIENT_RESOURCES,	1450 },
	{ STATUS_DEVICE_NOT_CONNECTED,		1167 },
	{ STATUS_DEVICE_NOT_READY,		21 },
	{ STATUS_IO_TIMEOUT,			121 },
	{ STATUS_NOT_A_DIRECTORY,		267 },
	{ STATUS_CANCELLED,			995 },
	{ STATUS_INVALID_DEVICE_STATE,		22 },
	{ STATUS_IO_DEVICE_ERROR,		1117 },
	{ STATUS_DEVICE_PROTOCOL_ERROR,		1117 },
	{ STATUS_DEVICE_REMOVED,		1617 },
};

uint32_t winpar_ntstatus_to_win32(int32_t status)
{
	size_t i;

	for (i = 0; i < sizeof(status_map) / sizeof(status_map[0]); i++)
		if (status_map[i].status == status)
			return status_map[i].win32;
	return 317;	/* ERROR_MR_MID_NOT_FOUND: no mapping */
}

/* GetLastError() of the Win32 shim (win32.h): one per thread, as in the TEB. */
static __thread uint32_t last_error;

void winpar_set_last_error(uint32_t err)
{
	last_error = err;
}

uint32_t winpar_get_last_error(void)
{
	return last_error;
}
