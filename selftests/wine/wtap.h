/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TAP for the Windows test programs (selftests/wine/README): the same
 * source builds with mingw-w64 against <windows.h> and natively against
 * libwinpar's win32.h, and prints the same lines either way, so that the
 * runner can compare the answers line by line.  Every line names the
 * values it checked, so a difference in an answer is a difference in the
 * line.
 */
#ifndef WTAP_H
#define WTAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int wt_count, wt_failed;

static inline void wt_ok(int cond, const char *fmt, ...)
{
	va_list ap;

	wt_count++;
	if (!cond)
		wt_failed++;
	printf("%s %d - ", cond ? "ok" : "not ok", wt_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

/* A diagnostic line: not compared between the two builds. */
static inline void wt_diag(const char *fmt, ...)
{
	va_list ap;

	printf("# ");
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	fflush(stdout);
}

/* The plan comes last (TAP allows it): the exit status is the verdict too. */
static inline int wt_done(void)
{
	printf("1..%d\n", wt_count);
	fflush(stdout);
	return wt_failed ? 1 : 0;
}

/*
 * A request's whole answer as Win32 gives it: the result, the count,
 * GetLastError().  When DeviceIoControl fails, Windows' kernelbase (and
 * Wine's) leaves *lpBytesReturned as it was, while its documentation says
 * it is 0 for a buffer too small, and libwinpar's win32.h sets it to the
 * request's Information (0): the programs set it to 0 before a request
 * that must fail, so that the line says the same either way.
 */
#define WT_ANSWER "ret %d, count %lu, error %lu"
#define WT_ARGS(ret, count) (int)(ret), (unsigned long)(count), \
	(unsigned long)((ret) ? 0 : GetLastError())

/*
 * Open \\.\LPT2 (the simulated port's device in the guest) with
 * @flags, and say so in a result line: "CreateFileA \\.\LPT2" and @what.
 * The programs include <windows.h> (or win32.h) before this file.
 */
static inline HANDLE wt_open_lpt2(DWORD flags, const char *what)
{
	HANDLE h = CreateFileA("\\\\.\\LPT2", GENERIC_READ | GENERIC_WRITE, 0, NULL,
			       OPEN_EXISTING, flags, NULL);

	wt_ok(h != INVALID_HANDLE_VALUE, "CreateFileA \\\\.\\LPT2%s (error %lu)", what,
	      h == INVALID_HANDLE_VALUE ? (unsigned long)GetLastError() : 0ul);
	return h;
}

#ifdef IOCTL_IEEE1284_NEGOTIATE
/* IOCTL_IEEE1284_NEGOTIATE with @rd and @wr; the answer in *@m, its count in *@n. */
static inline BOOL wt_negotiate(HANDLE h, USHORT rd, USHORT wr, PARCLASS_NEGOTIATION_MASK *m,
				DWORD *n)
{
	m->usReadMask = rd;
	m->usWriteMask = wr;
	return DeviceIoControl(h, IOCTL_IEEE1284_NEGOTIATE, m, sizeof(*m), m, sizeof(*m), n, NULL);
}
#endif

#endif /* WTAP_H */
