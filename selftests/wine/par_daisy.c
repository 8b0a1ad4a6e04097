// SPDX-License-Identifier: GPL-2.0
/*
 * wine-sim: daisy=2
 * wine-setup: echo 0 > $SIM/received; echo 0 > $SIM/daisy/0/received; echo 0 > $SIM/daisy/1/received
 * wine-check: test "$(cat $SIM/daisy/1/received)" = to-daisy-1
 * wine-check: test ! -s $SIM/daisy/0/received
 * wine-check: test "$(cat $SIM/received)" = to-the-end
 *
 * An IEEE 1284.3 daisy chain of two devices in front of the printer
 * (WINDOWS-API.md 1.4): \\.\LPT2.1 is the device with address 1, the
 * simulator's second device along the chain (Device ID "...MDL:DAISY1..."),
 * \\.\LPT2 the end-of-chain printer.  Each answers its own name
 * (IOCTL_PAR_QUERY_LOCATION, 4.12) and Device ID (4.3), and a WriteFile
 * lands in its own record only.
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

static void one(const char *name, const char *location, const char *id, const char *data)
{
	char buf[256];
	size_t len = strlen(id);
	DWORD n;
	HANDLE h;
	BOOL ret;

	h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	wt_ok(h != INVALID_HANDLE_VALUE, "CreateFileA %s opens (error %lu)", name,
	      h == INVALID_HANDLE_VALUE ? (unsigned long)GetLastError() : 0ul);
	if (h == INVALID_HANDLE_VALUE)
		return;

	memset(buf, 0x5a, sizeof(buf));
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_LOCATION, NULL, 0, buf, sizeof(buf), &n, NULL);
	wt_ok(ret && n == strlen(location) + 1 && !strcmp(buf, location),
	      "%s: IOCTL_PAR_QUERY_LOCATION: " WT_ANSWER ", \"%.16s\"", name, WT_ARGS(ret, n),
	      buf);

	memset(buf, 0x5a, sizeof(buf));
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, buf, sizeof(buf), &n, NULL);
	wt_ok(ret && n == len + 1 && !memcmp(buf, id, len + 1),
	      "%s: IOCTL_PAR_QUERY_DEVICE_ID: " WT_ANSWER ", \"%.*s\"", name, WT_ARGS(ret, n),
	      (int)(n > 1 && n < sizeof(buf) ? n - 1 : 0), buf);

	ret = WriteFile(h, data, strlen(data), &n, NULL);
	wt_ok(ret && n == strlen(data), "%s: WriteFile \"%s\": " WT_ANSWER, name, data,
	      WT_ARGS(ret, n));
	wt_ok(CloseHandle(h), "%s: CloseHandle", name);
}

int main(void)
{
	one("\\\\.\\LPT2.1", "LPT2.1",
	    "MFG:SIMCO;MDL:DAISY1;CLS:PRINTER;CMD:PCL;DES:parport_sim daisy device;", "to-daisy-1");
	one("\\\\.\\LPT2", "LPT2",
	    "MFG:SIMCO;MDL:SIMPRINTER;CLS:PRINTER;CMD:PCL,PS;DES:parport_sim printer;",
	    "to-the-end");
	return wt_done();
}
