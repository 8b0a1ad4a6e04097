// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: printf 'MFG:WINPAR;MDL:WINE-1284;CLS:PRINTER;CMD:PCL;' > $SIM/device_id
 * wine-setup: echo 0 > $SIM/ieee1284_log
 * wine-check: grep -qx 'negotiate-accepted 0x04' $SIM/ieee1284_log
 *
 * The Device ID of the simulated printer on \\.\LPT2 as a Windows program
 * reads it: its size (WINDOWS-API.md 4.4: ID + NUL), the ID (4.3: without
 * the two length bytes, NUL-terminated), the raw ID (4.10: the big-endian
 * length that counts itself, the ID, a NUL), and a buffer one byte short.
 * The printer reads it out in nibble mode with the Device ID flag (0x04 in
 * its log).
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

static const char id[] = "MFG:WINPAR;MDL:WINE-1284;CLS:PRINTER;CMD:PCL;";

int main(void)
{
	PAR_DEVICE_ID_SIZE_INFORMATION sz;
	char buf[256];
	size_t len = strlen(id);
	DWORD n;
	HANDLE h;
	BOOL ret;

	h = wt_open_lpt2(0, " opens");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();

	memset(&sz, 0x5a, sizeof(sz));
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_DEVICE_ID_SIZE, NULL, 0, &sz, sizeof(sz), &n,
			      NULL);
	wt_ok(ret && n == 4 && sz.DeviceIdSize == len + 1,
	      "IOCTL_PAR_QUERY_DEVICE_ID_SIZE: " WT_ANSWER ", DeviceIdSize %lu (ID + NUL)",
	      WT_ARGS(ret, n), (unsigned long)sz.DeviceIdSize);

	memset(buf, 0x5a, sizeof(buf));
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, buf, len + 1, &n, NULL);
	wt_ok(ret && n == len + 1 && !memcmp(buf, id, len + 1),
	      "IOCTL_PAR_QUERY_DEVICE_ID: " WT_ANSWER ", \"%.*s\", NUL %s", WT_ARGS(ret, n),
	      (int)len, buf, buf[len] ? "missing" : "present");

	memset(buf, 0x5a, sizeof(buf));
	n = 0;	/* see WT_ANSWER */
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, buf, len, &n, NULL);
	wt_ok(!ret && n == 0 && GetLastError() == ERROR_INSUFFICIENT_BUFFER,
	      "IOCTL_PAR_QUERY_DEVICE_ID, one byte short: " WT_ANSWER
	      " (ERROR_INSUFFICIENT_BUFFER)", WT_ARGS(ret, n));

	memset(buf, 0x5a, sizeof(buf));
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_RAW_DEVICE_ID, NULL, 0, buf, len + 3, &n, NULL);
	wt_ok(ret && n == len + 3 && (unsigned char)buf[0] == (len + 2) >> 8 &&
	      (unsigned char)buf[1] == ((len + 2) & 0xff) && !memcmp(buf + 2, id, len + 1),
	      "IOCTL_PAR_QUERY_RAW_DEVICE_ID: " WT_ANSWER ", prefix %02x %02x, \"%.*s\"",
	      WT_ARGS(ret, n), (unsigned char)buf[0], (unsigned char)buf[1], (int)len, buf + 2);

	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
