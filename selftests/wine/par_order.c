// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo 0 > $SIM/received; echo 256 2000 > $SIM/buffer
 * wine-check: { awk 'BEGIN { for (i = 0; i < 1024; i++) printf "%c", 97 + i % 26 }'; printf 'SECOND|FOURTH'; } | cmp - $SIM/received
 * wine-cleanup: echo 0 > $SIM/buffer
 * wine-native: no
 *
 * Overlapped writes queued on one handle reach the printer in the order
 * they were issued, each whole, as the requests of Windows' parallel
 * driver do (one at a time, from its queue).  1024 bytes to a printer
 * with a 256-byte buffer printed at 2000 bytes/s pend for about 0.4 s;
 * "SECOND|" and "THIRD|" are issued behind them and pend too; "THIRD|" is
 * cancelled while it waits (CancelIoEx with its OVERLAPPED:
 * ERROR_OPERATION_ABORTED, 0 bytes); the first and the second complete
 * with their counts, the first before the second; "FOURTH" then
 * completes.  The printer has the 1024 bytes, "SECOND|" and "FOURTH", in
 * that order, and nothing of "THIRD|".  (Not built against win32.h:
 * libwinpar runs each overlapped request on a thread of its own and does
 * not promise their order.)
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

static BOOL pend(HANDLE h, const char *buf, DWORD len, OVERLAPPED *ov, const char *what)
{
	BOOL ret;

	memset(ov, 0, sizeof(*ov));
	ov->hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
	ret = WriteFile(h, buf, len, NULL, ov);
	wt_ok(!ret && GetLastError() == ERROR_IO_PENDING,
	      "overlapped WriteFile of %s: ret %d, error %lu (ERROR_IO_PENDING)", what, ret,
	      ret ? 0ul : (unsigned long)GetLastError());
	return !ret && GetLastError() == ERROR_IO_PENDING;
}

int main(void)
{
	static char first[1024];
	OVERLAPPED ov[4];
	HANDLE h;
	DWORD n, i;
	BOOL ret;

	for (i = 0; i < sizeof(first); i++)
		first[i] = (char)('a' + i % 26);
	h = wt_open_lpt2(FILE_FLAG_OVERLAPPED, ", FILE_FLAG_OVERLAPPED");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();

	pend(h, first, sizeof(first), &ov[0], "1024 bytes to a 256-byte buffer");
	pend(h, "SECOND|", 7, &ov[1], "\"SECOND|\" behind it");
	pend(h, "THIRD|", 6, &ov[2], "\"THIRD|\" behind that");

	ret = CancelIoEx(h, &ov[2]);
	wt_ok(ret, "CancelIoEx of the third: ret %d", ret);
	n = 0xdead;
	ret = GetOverlappedResult(h, &ov[2], &n, TRUE);
	wt_ok(!ret && GetLastError() == ERROR_OPERATION_ABORTED && n == 0,
	      "the third: " WT_ANSWER " (ERROR_OPERATION_ABORTED)", WT_ARGS(ret, n));

	n = 0xdead;
	ret = GetOverlappedResult(h, &ov[1], &n, TRUE);
	wt_ok(ret && n == 7, "the second: " WT_ANSWER, WT_ARGS(ret, n));
	wt_ok(HasOverlappedIoCompleted(&ov[0]), "the first completed before the second");
	n = 0xdead;
	ret = GetOverlappedResult(h, &ov[0], &n, TRUE);
	wt_ok(ret && n == sizeof(first), "the first: " WT_ANSWER, WT_ARGS(ret, n));

	memset(&ov[3], 0, sizeof(ov[3]));
	ov[3].hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
	ret = WriteFile(h, "FOURTH", 6, NULL, &ov[3]);
	if (!ret && GetLastError() == ERROR_IO_PENDING)
		ret = GetOverlappedResult(h, &ov[3], &n, TRUE);
	else
		n = ov[3].InternalHigh;
	wt_ok(ret && n == 6, "a fourth write after the cancel: " WT_ANSWER, WT_ARGS(ret, n));

	for (i = 0; i < 4; i++)
		CloseHandle(ov[i].hEvent);
	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
