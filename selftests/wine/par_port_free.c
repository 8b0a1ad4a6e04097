// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo 0 > $SIM/received
 * wine-setup: (exec 3> /dev/lp${SIM##*parport}; printf lp >&3; exec sleep 3600) & echo $! > /tmp/lp-holder.pid; sleep 1
 * wine-check: test "$(cat $SIM/received)" = lp
 * wine-cleanup: kill $(cat /tmp/lp-holder.pid)
 *
 * lp holds the simulated port (it printed "lp" and keeps its file open: lp
 * lets go of a port only when its file closes or another claim preempts
 * it between two writes).  A Windows program asks whether the port is free
 * (WINDOWS-API.md 4.11: FALSE, Information 1, answered at once) and what
 * its device is called (4.12: "LPT2", Information 5).  A write waits for
 * the port as long as its write time-out, here 2 s (SetCommTimeouts, 1.8),
 * and fails with STATUS_DEVICE_BUSY (1.5): ERROR_BUSY, nothing written;
 * the printer got lp's two bytes only.
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

int main(void)
{
	BOOLEAN free_now;
	COMMTIMEOUTS t;
	char loc[16];
	DWORD n;
	HANDLE h;
	BOOL ret;

	h = wt_open_lpt2(0, " opens while lp holds the port");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();

	free_now = 0x5a;
	ret = DeviceIoControl(h, IOCTL_PAR_IS_PORT_FREE, NULL, 0, &free_now, 1, &n, NULL);
	wt_ok(ret && n == 1 && free_now == FALSE,
	      "IOCTL_PAR_IS_PORT_FREE while lp holds the port: " WT_ANSWER ", %u (FALSE)",
	      WT_ARGS(ret, n), free_now);

	memset(loc, 0x5a, sizeof(loc));
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_LOCATION, NULL, 0, loc, sizeof(loc), &n, NULL);
	wt_ok(ret && n == 5 && !strcmp(loc, "LPT2"),
	      "IOCTL_PAR_QUERY_LOCATION: " WT_ANSWER ", \"%.5s\"", WT_ARGS(ret, n), loc);
	n = 0;	/* see WT_ANSWER */
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_LOCATION, NULL, 0, loc, 4, &n, NULL);
	wt_ok(!ret && n == 0 && GetLastError() == ERROR_INSUFFICIENT_BUFFER,
	      "IOCTL_PAR_QUERY_LOCATION in 4 bytes: " WT_ANSWER " (ERROR_INSUFFICIENT_BUFFER)",
	      WT_ARGS(ret, n));

	memset(&t, 0, sizeof(t));
	t.WriteTotalTimeoutConstant = 2000;
	ret = SetCommTimeouts(h, &t);
	wt_ok(ret, "SetCommTimeouts WriteTotalTimeoutConstant 2000: ret %d, error %lu", ret,
	      ret ? 0ul : (unsigned long)GetLastError());
	n = 0xdead;
	ret = WriteFile(h, "winpar", 6, &n, NULL);
	wt_ok(!ret && n == 0 && GetLastError() == ERROR_BUSY,
	      "WriteFile while lp holds the port: " WT_ANSWER " (ERROR_BUSY)", WT_ARGS(ret, n));

	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
