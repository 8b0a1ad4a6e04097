// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo 0 > $SIM/received; echo 0 > $SIM/counters; echo 256 2000 > $SIM/buffer
 * wine-check: awk 'BEGIN { for (i = 0; i < 4096; i++) printf "%c", 65 + i % 23 }' | cmp - $SIM/received
 * wine-check: grep -qx 'overruns 0' $SIM/counters
 * wine-cleanup: echo 0 > $SIM/buffer
 *
 * An overlapped WriteFile of 4096 bytes to a printer with a 256-byte
 * buffer that prints 2000 bytes/s: the rest waits for the printing (1.9
 * s), so the write pends (FALSE, ERROR_IO_PENDING) and its event is not
 * yet set; then it completes by itself: GetOverlappedResult TRUE with 4096
 * bytes, Internal STATUS_SUCCESS.  The printer has the 4096 bytes, in
 * order, once, and lost none.
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

int main(void)
{
	static char page[4096];
	OVERLAPPED ov;
	HANDLE h, ev;
	DWORD n, i;
	BOOL ret;

	for (i = 0; i < sizeof(page); i++)
		page[i] = (char)('A' + i % 23);
	h = wt_open_lpt2(FILE_FLAG_OVERLAPPED, ", FILE_FLAG_OVERLAPPED");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();
	ev = CreateEventA(NULL, TRUE, FALSE, NULL);
	wt_ok(ev != NULL, "CreateEventA");

	memset(&ov, 0, sizeof(ov));
	ov.hEvent = ev;
	ret = WriteFile(h, page, sizeof(page), NULL, &ov);
	wt_ok(!ret && GetLastError() == ERROR_IO_PENDING,
	      "overlapped WriteFile of 4096 bytes to a 256-byte buffer: ret %d, error %lu"
	      " (ERROR_IO_PENDING)", ret, ret ? 0ul : (unsigned long)GetLastError());
	wt_ok(WaitForSingleObject(ev, 0) == WAIT_TIMEOUT, "the event is not set yet");
	n = 0xdead;
	ret = GetOverlappedResult(h, &ov, &n, TRUE);
	wt_ok(ret && n == sizeof(page) && ov.Internal == 0,
	      "GetOverlappedResult, waiting: " WT_ANSWER ", Internal 0x%08lx", WT_ARGS(ret, n),
	      (unsigned long)ov.Internal);
	wt_ok(WaitForSingleObject(ev, 0) == WAIT_OBJECT_0, "the event is set");

	wt_ok(CloseHandle(ev), "CloseHandle of the event");
	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
