// SPDX-License-Identifier: GPL-2.0
/*
 * Stock Wine's answer, the baseline selftests/run-wine.sh shows next to the
 * patched Wine's: \\.\LPT1 (QEMU's port, /dev/lp0 for stock Wine) opens,
 * and a parallel port request fails with ERROR_NOT_SUPPORTED (50), as
 * Wine answers every FILE_DEVICE_PARALLEL_PORT request.  Run under stock
 * Wine, and under the patched Wine with LPT1 pointed at /dev/lp0 through
 * HKLM\Software\Wine\Ports: a port that is not a winpar node keeps
 * Wine's answer.
 */
#include <windows.h>
#include <ntddpar.h>

#include "../wtap.h"

int main(void)
{
	PAR_QUERY_INFORMATION q;
	DWORD n;
	HANDLE h;
	BOOL ret;

	h = CreateFileA("\\\\.\\LPT1", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			0, NULL);
	wt_ok(h != INVALID_HANDLE_VALUE, "CreateFileA \\\\.\\LPT1 opens (error %lu)",
	      h == INVALID_HANDLE_VALUE ? (unsigned long)GetLastError() : 0ul);
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();
	n = 0xdead;
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q, sizeof(q), &n, NULL);
	wt_ok(!ret && GetLastError() == ERROR_NOT_SUPPORTED,
	      "/dev/lp0: IOCTL_PAR_QUERY_INFORMATION: " WT_ANSWER " (ERROR_NOT_SUPPORTED)",
	      WT_ARGS(ret, n));
	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
