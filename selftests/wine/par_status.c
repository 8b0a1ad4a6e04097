// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo none > $SIM/faults
 *
 * A Windows program asking a printer its state: IOCTL_PAR_QUERY_INFORMATION
 * (WINDOWS-API.md 4.1), the default and current protocols (4.9, 4.5), the
 * write time-out through GetCommTimeouts (4.13), exclusivity (1.3), codes
 * the driver does not know (3.1), on
 * \\.\LPT2, the simulated printer, idle: status 0xd8 (Select, nFault and
 * nAck high, Busy and PError low), so PARALLEL_SELECTED alone.
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

int main(void)
{
	PAR_QUERY_INFORMATION q;
	PARCLASS_NEGOTIATION_MASK m;
	COMMTIMEOUTS t;
	DWORD n;
	HANDLE h, h2;
	BOOL ret;

	h = wt_open_lpt2(FILE_ATTRIBUTE_NORMAL, " opens");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();
	wt_ok(GetFileType(h) == FILE_TYPE_CHAR, "GetFileType: FILE_TYPE_CHAR (%lu)",
	      (unsigned long)GetFileType(h));

	/* 1.3: a device is exclusive. */
	h2 = CreateFileA("\\\\.\\LPT2", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			 0, NULL);
	wt_ok(h2 == INVALID_HANDLE_VALUE && GetLastError() == ERROR_ACCESS_DENIED,
	      "a second CreateFileA fails with ERROR_ACCESS_DENIED (%lu)",
	      h2 == INVALID_HANDLE_VALUE ? (unsigned long)GetLastError() : 0ul);
	if (h2 != INVALID_HANDLE_VALUE)
		CloseHandle(h2);

	/* 4.1 */
	memset(&q, 0x5a, sizeof(q));
	n = 0xdead;
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q, sizeof(q), &n, NULL);
	wt_ok(ret && n == 1 && q.Status == PARALLEL_SELECTED,
	      "IOCTL_PAR_QUERY_INFORMATION: " WT_ANSWER ", Status 0x%02x (PARALLEL_SELECTED)",
	      WT_ARGS(ret, n), q.Status);
	n = 0;	/* see WT_ANSWER */
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q, 0, &n, NULL);
	wt_ok(!ret && n == 0 && GetLastError() == ERROR_INSUFFICIENT_BUFFER,
	      "IOCTL_PAR_QUERY_INFORMATION, no room: " WT_ANSWER " (ERROR_INSUFFICIENT_BUFFER)",
	      WT_ARGS(ret, n));

	/* 4.9: CENTRONICS and NIBBLE. */
	memset(&m, 0x5a, sizeof(m));
	ret = DeviceIoControl(h, IOCTL_PAR_GET_DEFAULT_MODES, NULL, 0, &m, sizeof(m), &n, NULL);
	wt_ok(ret && n == 4 && m.usWriteMask == CENTRONICS && m.usReadMask == NIBBLE,
	      "IOCTL_PAR_GET_DEFAULT_MODES: " WT_ANSWER ", write 0x%04x, read 0x%04x",
	      WT_ARGS(ret, n), m.usWriteMask, m.usReadMask);
	/* 4.5: the current ones, the defaults on a fresh device. */
	memset(&m, 0x5a, sizeof(m));
	ret = DeviceIoControl(h, IOCTL_IEEE1284_GET_MODE, NULL, 0, &m, sizeof(m), &n, NULL);
	wt_ok(ret && n == 4 && m.usWriteMask == CENTRONICS && m.usReadMask == NIBBLE,
	      "IOCTL_IEEE1284_GET_MODE: " WT_ANSWER ", write 0x%04x, read 0x%04x",
	      WT_ARGS(ret, n), m.usWriteMask, m.usReadMask);

	/* 4.13 through the Win32 call: 300 s, everything else 0. */
	memset(&t, 0x5a, sizeof(t));
	ret = GetCommTimeouts(h, &t);
	wt_ok(ret && t.WriteTotalTimeoutConstant == 300000 && !t.ReadIntervalTimeout &&
	      !t.ReadTotalTimeoutMultiplier && !t.ReadTotalTimeoutConstant &&
	      !t.WriteTotalTimeoutMultiplier,
	      "GetCommTimeouts: ret %d, WriteTotalTimeoutConstant %lu, others %lu %lu %lu %lu",
	      ret, (unsigned long)t.WriteTotalTimeoutConstant,
	      (unsigned long)t.ReadIntervalTimeout, (unsigned long)t.ReadTotalTimeoutMultiplier,
	      (unsigned long)t.ReadTotalTimeoutConstant,
	      (unsigned long)t.WriteTotalTimeoutMultiplier);
	/* Below 2000 ms: STATUS_INVALID_PARAMETER. */
	memset(&t, 0, sizeof(t));
	t.WriteTotalTimeoutConstant = 1999;
	ret = SetCommTimeouts(h, &t);
	wt_ok(!ret && GetLastError() == ERROR_INVALID_PARAMETER,
	      "SetCommTimeouts 1999 ms: ret %d, error %lu (ERROR_INVALID_PARAMETER)",
	      ret, ret ? 0ul : (unsigned long)GetLastError());

	/*
	 * 3.1: a code the driver does not know, a vendor's (function 0xfff)
	 * or the serial port's (IOCTL_SERIAL_GET_BAUD_RATE), is
	 * STATUS_INVALID_PARAMETER.
	 */
	n = 0;	/* see WT_ANSWER */
	ret = DeviceIoControl(h, CTL_CODE(FILE_DEVICE_PARALLEL_PORT, 0xfff, METHOD_BUFFERED,
					  FILE_ANY_ACCESS), NULL, 0, &q, sizeof(q), &n, NULL);
	wt_ok(!ret && n == 0 && GetLastError() == ERROR_INVALID_PARAMETER,
	      "unknown code 0x00163ffc: " WT_ANSWER " (ERROR_INVALID_PARAMETER)", WT_ARGS(ret, n));
	n = 0;	/* see WT_ANSWER */
	ret = DeviceIoControl(h, 0x001b0050, NULL, 0, &t, sizeof(t), &n, NULL);
	wt_ok(!ret && n == 0 && GetLastError() == ERROR_INVALID_PARAMETER,
	      "IOCTL_SERIAL_GET_BAUD_RATE: " WT_ANSWER " (ERROR_INVALID_PARAMETER)",
	      WT_ARGS(ret, n));

	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
