// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo 0 > $SIM/received; printf 'reply' > $SIM/reverse
 * wine-check: test "$(cat $SIM/received)" = overlapped
 * wine-check: test ! -s $SIM/reverse
 *
 * A handle opened with FILE_FLAG_OVERLAPPED, as programs that wait for
 * several devices open it: WriteFile, ReadFile and DeviceIoControl with an
 * OVERLAPPED and an event.  Windows lets each either complete at once
 * (TRUE) or pend (FALSE, ERROR_IO_PENDING); either way
 * GetOverlappedResult then gives the count, the event is set, and the
 * OVERLAPPED's Internal is the NTSTATUS (STATUS_SUCCESS).  The lines say
 * nothing of which way it went, so that Wine and libwinpar may differ
 * there.
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

/* Started at once or pending, then finished: the count, or -1. */
static long finish(HANDLE h, BOOL started, OVERLAPPED *ov)
{
	DWORD n = 0;

	if (!started && GetLastError() != ERROR_IO_PENDING)
		return -1;
	if (!GetOverlappedResult(h, ov, &n, TRUE))
		return -1;
	if (WaitForSingleObject(ov->hEvent, 0) != WAIT_OBJECT_0 || ov->Internal != 0)
		return -1;
	return (long)n;
}

int main(void)
{
	PAR_QUERY_INFORMATION q;
	OVERLAPPED ov;
	char buf[16];
	HANDLE h, ev;
	long n;

	h = wt_open_lpt2(FILE_FLAG_OVERLAPPED, ", FILE_FLAG_OVERLAPPED");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();
	ev = CreateEventA(NULL, TRUE, FALSE, NULL);
	wt_ok(ev != NULL, "CreateEventA");

	memset(&ov, 0, sizeof(ov));
	ov.hEvent = ev;
	n = finish(h, WriteFile(h, "overlapped", 10, NULL, &ov), &ov);
	wt_ok(n == 10, "overlapped WriteFile: count %ld, event set, Internal STATUS_SUCCESS", n);

	ResetEvent(ev);
	memset(&ov, 0, sizeof(ov));
	ov.hEvent = ev;
	memset(buf, 0, sizeof(buf));
	n = finish(h, ReadFile(h, buf, 5, NULL, &ov), &ov);
	wt_ok(n == 5 && !strcmp(buf, "reply"),
	      "overlapped ReadFile (nibble): count %ld, \"%s\"", n, buf);

	ResetEvent(ev);
	memset(&ov, 0, sizeof(ov));
	ov.hEvent = ev;
	memset(&q, 0x5a, sizeof(q));
	n = finish(h, DeviceIoControl(h, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q, sizeof(q), NULL,
				      &ov), &ov);
	wt_ok(n == 1 && q.Status == PARALLEL_SELECTED,
	      "overlapped IOCTL_PAR_QUERY_INFORMATION: count %ld, Status 0x%02x", n, q.Status);

	wt_ok(CloseHandle(ev), "CloseHandle of the event");
	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
