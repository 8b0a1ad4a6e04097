// SPDX-License-Identifier: GPL-2.0
/*
 * NTSTATUS <-> errno, in one place.
 *
 * Handlers return NTSTATUS only.  The transport gives the caller the
 * NTSTATUS itself and, for ioctl(2)'s return value, the errno of the first
 * table below.  Errors that come from the kernel (a failed copy, a signal,
 * a removed port) are turned into the NTSTATUS a Windows caller expects by
 * the second table.  Documentation/transport.rst lists both.
 */
#include <linux/errno.h>
#include <linux/kernel.h>

#include "winpar.h"

struct winpar_status_errno {
	ntstatus_t status;
	int err;
};

/*
 * NTSTATUS -> errno: what ioctl(2) and write(2) return for a request that
 * did not succeed.  Success and informational values (>= 0, NT_SUCCESS)
 * give 0; warnings (0x8...) and errors (0xC...) are looked up here.
 */
static const struct winpar_status_errno winpar_status_to_errno_map[] = {
	{ STATUS_BUFFER_OVERFLOW,		EOVERFLOW },
	{ STATUS_DEVICE_PAPER_EMPTY,		ENOSPC },
	{ STATUS_DEVICE_POWERED_OFF,		ENXIO },
	{ STATUS_DEVICE_OFF_LINE,		EIO },
	{ STATUS_DEVICE_BUSY,			EBUSY },
	{ STATUS_UNSUCCESSFUL,			EIO },
	{ STATUS_INVALID_PARAMETER,		EINVAL },
	{ STATUS_NO_SUCH_DEVICE,		ENODEV },
	{ STATUS_INVALID_DEVICE_REQUEST,	EOPNOTSUPP },
	{ STATUS_ACCESS_DENIED,			EACCES },
	{ STATUS_BUFFER_TOO_SMALL,		ERANGE },
	{ STATUS_DELETE_PENDING,		ENODEV },
	{ STATUS_INSUFFICIENT_RESOURCES,	ENOMEM },
	{ STATUS_DEVICE_NOT_CONNECTED,		ENXIO },
	{ STATUS_DEVICE_NOT_READY,		EAGAIN },
	{ STATUS_IO_TIMEOUT,			ETIMEDOUT },
	{ STATUS_NOT_A_DIRECTORY,		ENOTDIR },
	{ STATUS_CANCELLED,			EINTR },
	{ STATUS_INVALID_DEVICE_STATE,		EBADFD },
	{ STATUS_IO_DEVICE_ERROR,		EIO },
	{ STATUS_DEVICE_PROTOCOL_ERROR,		EPROTO },
	{ STATUS_DEVICE_REMOVED,		ENODEV },
	{ STATUS_ACCESS_VIOLATION,		EFAULT },
};

/* errno -> NTSTATUS: kernel errors as a Windows caller sees them. */
static const struct winpar_status_errno winpar_errno_to_status_map[] = {
	{ STATUS_INSUFFICIENT_RESOURCES,	ENOMEM },
	{ STATUS_ACCESS_VIOLATION,		EFAULT },
	{ STATUS_CANCELLED,			EINTR },
	{ STATUS_CANCELLED,			ERESTARTSYS },
	{ STATUS_DEVICE_REMOVED,		ENODEV },
	{ STATUS_DEVICE_BUSY,			EBUSY },
	{ STATUS_DEVICE_BUSY,			EAGAIN },
	{ STATUS_IO_TIMEOUT,			ETIMEDOUT },
	{ STATUS_IO_DEVICE_ERROR,		EIO },
	{ STATUS_DEVICE_NOT_CONNECTED,		ENXIO },
	{ STATUS_INVALID_PARAMETER,		EINVAL },
	{ STATUS_ACCESS_DENIED,			EACCES },
	{ STATUS_ACCESS_DENIED,			EPERM },
};

/**
 * winpar_ntstatus_error() - the errno for a failed request
 * @status: its NTSTATUS, not a success status (winpar_ntstatus_to_errno()
 *	answers those inline)
 *
 * Return: a negative errno.
 */
int winpar_ntstatus_error(ntstatus_t status)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(winpar_status_to_errno_map); i++)
		if (winpar_status_to_errno_map[i].status == status)
			return -winpar_status_to_errno_map[i].err;
	return -EIO;
}

/**
 * winpar_errno_to_ntstatus() - the NTSTATUS for a kernel error
 * @err: a negative errno, or 0
 *
 * Return: STATUS_SUCCESS for 0, the mapped status, or STATUS_UNSUCCESSFUL.
 */
ntstatus_t winpar_errno_to_ntstatus(int err)
{
	unsigned int i;

	if (!err)
		return STATUS_SUCCESS;
	for (i = 0; i < ARRAY_SIZE(winpar_errno_to_status_map); i++)
		if (winpar_errno_to_status_map[i].err == -err)
			return winpar_errno_to_status_map[i].status;
	return STATUS_UNSUCCESSFUL;
}
