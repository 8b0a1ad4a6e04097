// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo 0 > $SIM/received; echo paperout > $SIM/faults
 * wine-check: test ! -s $SIM/received
 * wine-cleanup: echo none > $SIM/faults
 *
 * Overlapped writes to a printer out of paper, as a program that prints
 * and stays responsive sends them.  Each pends (FALSE, ERROR_IO_PENDING),
 * because the printer takes nothing.  With a 60 s time-out, CancelIo()
 * ends the first: GetOverlappedResult gives FALSE, ERROR_OPERATION_ABORTED
 * and 0 bytes (WINDOWS-API.md 1.7), and its event is set within 5 s of the
 * cancel.  With a 2 s time-out, the second ends by itself when the time-out
 * is over: not 1.5 s in, and by 10 s, with ERROR_OUT_OF_PAPER and 0 bytes
 * (1.8).  The printer took nothing.
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

/* Start an overlapped write of @text; TRUE when it pends. */
static BOOL start(HANDLE h, OVERLAPPED *ov, HANDLE ev, const char *text)
{
	BOOL ret;

	memset(ov, 0, sizeof(*ov));
	ov->hEvent = ev;
	ResetEvent(ev);
	ret = WriteFile(h, text, (DWORD)strlen(text), NULL, ov);
	wt_ok(!ret && GetLastError() == ERROR_IO_PENDING,
	      "overlapped WriteFile of %u bytes to a printer out of paper: ret %d, error %lu"
	      " (ERROR_IO_PENDING)", (unsigned int)strlen(text), ret,
	      ret ? 0ul : (unsigned long)GetLastError());
	return !ret && GetLastError() == ERROR_IO_PENDING;
}

static void set_timeout(HANDLE h, DWORD ms)
{
	COMMTIMEOUTS t;
	BOOL ret;

	memset(&t, 0, sizeof(t));
	t.WriteTotalTimeoutConstant = ms;
	ret = SetCommTimeouts(h, &t);
	wt_ok(ret, "SetCommTimeouts WriteTotalTimeoutConstant %lu: ret %d", (unsigned long)ms,
	      ret);
}

int main(void)
{
	OVERLAPPED ov;
	HANDLE h, ev;
	DWORD n;
	BOOL ret;

	h = wt_open_lpt2(FILE_FLAG_OVERLAPPED, ", FILE_FLAG_OVERLAPPED");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();
	ev = CreateEventA(NULL, TRUE, FALSE, NULL);
	wt_ok(ev != NULL, "CreateEventA");

	set_timeout(h, 60000);
	if (start(h, &ov, ev, "cancelled page\f")) {
		wt_ok(WaitForSingleObject(ev, 500) == WAIT_TIMEOUT && !HasOverlappedIoCompleted(&ov),
		      "still pending 0.5 s later");
		n = 0xdead;
		ret = GetOverlappedResult(h, &ov, &n, FALSE);
		wt_ok(!ret && GetLastError() == ERROR_IO_INCOMPLETE,
		      "GetOverlappedResult, no wait: ret %d, error %lu (ERROR_IO_INCOMPLETE)", ret,
		      ret ? 0ul : (unsigned long)GetLastError());
		ret = CancelIo(h);
		wt_ok(ret, "CancelIo: ret %d", ret);
		wt_ok(WaitForSingleObject(ev, 5000) == WAIT_OBJECT_0,
		      "the event is set within 5 s of the cancel");
		n = 0xdead;
		ret = GetOverlappedResult(h, &ov, &n, TRUE);
		wt_ok(!ret && GetLastError() == ERROR_OPERATION_ABORTED && n == 0,
		      "GetOverlappedResult: " WT_ANSWER " (ERROR_OPERATION_ABORTED)",
		      WT_ARGS(ret, n));
	}

	set_timeout(h, 2000);
	if (start(h, &ov, ev, "timed out page\f")) {
		wt_ok(WaitForSingleObject(ev, 1500) == WAIT_TIMEOUT,
		      "still pending 1.5 s into its 2 s time-out");
		wt_ok(WaitForSingleObject(ev, 8500) == WAIT_OBJECT_0,
		      "ended by itself within 10 s");
		n = 0xdead;
		ret = GetOverlappedResult(h, &ov, &n, TRUE);
		wt_ok(!ret && GetLastError() == ERROR_OUT_OF_PAPER && n == 0,
		      "GetOverlappedResult: " WT_ANSWER " (ERROR_OUT_OF_PAPER)", WT_ARGS(ret, n));
	}

	wt_ok(CloseHandle(ev), "CloseHandle of the event");
	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
