// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo 0 > $SIM/received; echo paperout > $SIM/faults
 * wine-check: test ! -s $SIM/received
 * wine-cleanup: echo none > $SIM/faults
 *
 * A print job to a printer out of paper, as the spooler's port monitor
 * sends it: SetCommTimeouts with WriteTotalTimeoutConstant 2000 (the
 * shortest WINDOWS-API.md 4.13 takes), then WriteFile.  The write counts
 * down 2 s and fails with STATUS_DEVICE_PAPER_EMPTY, which Win32 answers
 * ERROR_OUT_OF_PAPER, with nothing written (1.8); the printer took no
 * byte.  IOCTL_PAR_QUERY_INFORMATION shows PARALLEL_PAPER_EMPTY with
 * PARALLEL_SELECTED (4.1: PError high, Select high, nFault low).
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

int main(void)
{
	PAR_QUERY_INFORMATION q;
	COMMTIMEOUTS t;
	DWORD n;
	HANDLE h;
	BOOL ret;

	h = wt_open_lpt2(0, " opens");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();

	memset(&q, 0x5a, sizeof(q));
	ret = DeviceIoControl(h, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q, sizeof(q), &n, NULL);
	wt_ok(ret && n == 1 && q.Status == (PARALLEL_PAPER_EMPTY | PARALLEL_SELECTED),
	      "IOCTL_PAR_QUERY_INFORMATION: " WT_ANSWER
	      ", Status 0x%02x (PARALLEL_PAPER_EMPTY | PARALLEL_SELECTED)", WT_ARGS(ret, n),
	      q.Status);

	memset(&t, 0, sizeof(t));
	t.WriteTotalTimeoutConstant = 2000;
	ret = SetCommTimeouts(h, &t);
	wt_ok(ret, "SetCommTimeouts WriteTotalTimeoutConstant 2000: ret %d, error %lu", ret,
	      ret ? 0ul : (unsigned long)GetLastError());
	memset(&t, 0x5a, sizeof(t));
	ret = GetCommTimeouts(h, &t);
	wt_ok(ret && t.WriteTotalTimeoutConstant == 2000,
	      "GetCommTimeouts: ret %d, WriteTotalTimeoutConstant %lu", ret,
	      (unsigned long)t.WriteTotalTimeoutConstant);

	n = 0xdead;
	ret = WriteFile(h, "page 1\f", 7, &n, NULL);
	wt_ok(!ret && GetLastError() == ERROR_OUT_OF_PAPER && n == 0,
	      "WriteFile to a printer out of paper: " WT_ANSWER " (ERROR_OUT_OF_PAPER)",
	      WT_ARGS(ret, n));

	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
