// SPDX-License-Identifier: GPL-2.0
/*
 * inpout32.dll / inpoutx64.dll for Wine on winpar: the entry points of the
 * InpOut32 and DLPortIO libraries, which EPROM, PIC and JTAG programmers,
 * dongles and CNC step generators call to reach an LPT port's registers,
 * implemented with DeviceIoControl() on \\.\LPTn: winpar's
 * IOCTL_WINPAR_PORT_REGISTERS, IOCTL_WINPAR_LOCK_PORT and _UNLOCK_PORT
 * (include/uapi/winpar/winpar.h), which Wine's winpar patch forwards as it
 * forwards every parallel-port device control.  A plain Windows DLL: no
 * I/O instruction, no driver.  Documentation/wine.rst, "inpout32.dll".
 *
 * Addresses.  An address in a port's own register ranges (Controller,
 * EcpController, as IOCTL_WINPAR_QUERY_REGISTERS gives them for \\.\LPT1
 * to \\.\LPT9) is that port's.  Otherwise the legacy bases stand for
 * LPT1 (0x378), LPT2 (0x278) and LPT3 (0x3BC), with their ECR ranges
 * (+ 0x400): base + n is the port's Controller + n (EcpController + n).
 * Anything else reads 0xFF and writes nowhere, as an empty I/O address does.
 *
 * Claims.  The first access to a port opens \\.\LPTn and locks the port
 * (IOCTL_WINPAR_LOCK_PORT: lp, ppdev and other winpar clients then wait);
 * the port stays locked while the program keeps accessing it and is given
 * back (the handle closed, which unlocks) once it has been quiet for
 * INPOUT_QUIET_MS, 100 ms by default (environment variable
 * INPOUT_WINPAR_QUIET_MS), by a thread of the DLL.  A byte stream
 * bit-banged in one go is one burst; a printer driver that prints between
 * two bursts gets the port in the gap.  A lock that cannot be had within
 * winpar's lock time-out (lock_timeout_ms, 500 ms) fails that access (reads 0xFF).
 */
#include <windows.h>
#include <stdlib.h>

/* include/uapi/winpar/winpar.h, for a Windows build: the codes and structures. */
#define IOCTL_WINPAR_PORT_REGISTERS	0x00162004
#define IOCTL_WINPAR_LOCK_PORT		0x00162008
#define IOCTL_WINPAR_UNLOCK_PORT	0x0016200c
#define IOCTL_WINPAR_QUERY_REGISTERS	0x00162010
#define WINPAR_REGISTERS_WRITE		0x1

struct winpar_registers {
	unsigned long long address;
	unsigned int count;
	unsigned int flags;
};

struct winpar_register_ranges {
	unsigned long long controller;
	unsigned long long ecp_controller;
	unsigned int span;
	unsigned int ecp_span;
};

#define MAX_LPT			9
#define DEFAULT_QUIET_MS	100

struct lpt {
	int queried;		/* ranges asked for (present: span != 0) */
	struct winpar_register_ranges r;
	HANDLE h;		/* open and locked, else INVALID_HANDLE_VALUE */
	DWORD last;		/* GetTickCount() of the last access */
};

static struct lpt lpts[MAX_LPT + 1];	/* [1] is LPT1 */
static CRITICAL_SECTION lock;
static HANDLE quiet_thread, quit_event, left_event;
static DWORD quiet_ms = DEFAULT_QUIET_MS;

static HANDLE open_lpt(int n)
{
	char name[16] = "\\\\.\\LPTn";

	name[7] = (char)('0' + n);
	return CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			   FILE_ATTRIBUTE_NORMAL, NULL);
}

/* The port's ranges, asked once (the port is opened and closed for it). */
static struct lpt *ranges_of(int n)
{
	struct lpt *l = &lpts[n];
	DWORD got = 0;
	HANDLE h;

	if (l->queried)
		return l;
	l->queried = 1;
	h = l->h != INVALID_HANDLE_VALUE ? l->h : open_lpt(n);
	if (h == INVALID_HANDLE_VALUE)
		return l;
	if (!DeviceIoControl(h, IOCTL_WINPAR_QUERY_REGISTERS, NULL, 0, &l->r, sizeof(l->r),
			     &got, NULL) || got != sizeof(l->r))
		memset(&l->r, 0, sizeof(l->r));
	if (h != l->h)
		CloseHandle(h);
	return l;
}

/*
 * The port and winpar address of @addr: its own ranges first, then the
 * legacy bases.  Returns the LPT number, 0 for none.
 */
static int map(unsigned long addr, unsigned long long *out)
{
	static const unsigned long legacy[4] = { 0, 0x378, 0x278, 0x3bc };
	struct lpt *l;
	int n;

	for (n = 1; n <= MAX_LPT; n++) {
		l = ranges_of(n);
		if (l->r.span && addr >= l->r.controller && addr - l->r.controller < l->r.span) {
			*out = addr;
			return n;
		}
		if (l->r.ecp_span && addr >= l->r.ecp_controller &&
		    addr - l->r.ecp_controller < l->r.ecp_span) {
			*out = addr;
			return n;
		}
	}
	for (n = 1; n <= 3; n++) {
		l = ranges_of(n);
		if (l->r.span && addr >= legacy[n] && addr - legacy[n] < l->r.span) {
			*out = l->r.controller + (addr - legacy[n]);
			return n;
		}
		if (l->r.ecp_span && addr >= legacy[n] + 0x400 &&
		    addr - legacy[n] - 0x400 < l->r.ecp_span) {
			*out = l->r.ecp_controller + (addr - legacy[n] - 0x400);
			return n;
		}
	}
	return 0;
}

/* Hold port @n for this burst: open and lock it if not held yet. */
static HANDLE hold(int n)
{
	struct lpt *l = &lpts[n];
	DWORD got;

	if (l->h == INVALID_HANDLE_VALUE) {
		l->h = open_lpt(n);
		if (l->h == INVALID_HANDLE_VALUE)
			return l->h;
		if (!DeviceIoControl(l->h, IOCTL_WINPAR_LOCK_PORT, NULL, 0, NULL, 0, &got,
				     NULL)) {
			CloseHandle(l->h);
			l->h = INVALID_HANDLE_VALUE;
			return l->h;
		}
	}
	l->last = GetTickCount();
	return l->h;
}

/* Give a port back: unlock, close. */
static void let_go(struct lpt *l)
{
	DWORD got;

	if (l->h == INVALID_HANDLE_VALUE)
		return;
	DeviceIoControl(l->h, IOCTL_WINPAR_UNLOCK_PORT, NULL, 0, NULL, 0, &got, NULL);
	CloseHandle(l->h);
	l->h = INVALID_HANDLE_VALUE;
}

static DWORD WINAPI quiet_watch(LPVOID arg)
{
	int n;

	(void)arg;
	while (WaitForSingleObject(quit_event, quiet_ms / 4 + 1) == WAIT_TIMEOUT) {
		EnterCriticalSection(&lock);
		for (n = 1; n <= MAX_LPT; n++)
			if (lpts[n].h != INVALID_HANDLE_VALUE &&
			    GetTickCount() - lpts[n].last >= quiet_ms)
				let_go(&lpts[n]);
		LeaveCriticalSection(&lock);
	}
	SetEvent(left_event);
	return 0;
}

/* One register access; returns nonzero on success. */
static int access_reg(unsigned long addr, unsigned char *val, int write)
{
	unsigned char in[sizeof(struct winpar_registers) + 1];
	struct winpar_registers r;
	unsigned long long a;
	DWORD got = 0;
	BOOL ok = FALSE;
	HANDLE h;
	int n;

	EnterCriticalSection(&lock);
	n = map(addr, &a);
	h = n ? hold(n) : INVALID_HANDLE_VALUE;
	if (h != INVALID_HANDLE_VALUE) {
		r.address = a;
		r.count = 1;
		r.flags = write ? WINPAR_REGISTERS_WRITE : 0;
		memcpy(in, &r, sizeof(r));
		in[sizeof(r)] = *val;
		ok = DeviceIoControl(h, IOCTL_WINPAR_PORT_REGISTERS, in,
				     sizeof(r) + (write ? 1 : 0), write ? NULL : val,
				     write ? 0 : 1, &got, NULL);
		if (!write && (!ok || got != 1))
			ok = FALSE;
	}
	LeaveCriticalSection(&lock);
	return ok;
}

/* InpOut32: void Out32(short PortAddress, short data). */
__declspec(dllexport) void WINAPI Out32(short PortAddress, short data)
{
	unsigned char v = (unsigned char)data;

	access_reg((unsigned short)PortAddress, &v, 1);
}

/* short Inp32(short PortAddress): the byte, 0xFF when nothing answers. */
__declspec(dllexport) short WINAPI Inp32(short PortAddress)
{
	unsigned char v = 0xff;

	if (!access_reg((unsigned short)PortAddress, &v, 0))
		v = 0xff;
	return v;
}

/* BOOL IsInpOutDriverOpen(void): a winpar port answered. */
__declspec(dllexport) BOOL WINAPI IsInpOutDriverOpen(void)
{
	int n, any = 0;

	EnterCriticalSection(&lock);
	for (n = 1; n <= MAX_LPT; n++)
		any |= ranges_of(n)->r.span != 0;
	LeaveCriticalSection(&lock);
	return any;
}

/* BOOL IsXP64Bit(void): the system is 64-bit Windows (for this DLL: Wine's). */
__declspec(dllexport) BOOL WINAPI IsXP64Bit(void)
{
#ifdef _WIN64
	return TRUE;
#else
	BOOL wow = FALSE;

	return IsWow64Process(GetCurrentProcess(), &wow) && wow;
#endif
}

/* DLPortIO: UCHAR DlPortReadPortUchar(ULONG Port). */
__declspec(dllexport) UCHAR WINAPI DlPortReadPortUchar(ULONG Port)
{
	unsigned char v = 0xff;

	if (!access_reg(Port, &v, 0))
		v = 0xff;
	return v;
}

/* VOID DlPortWritePortUchar(ULONG Port, UCHAR Value). */
__declspec(dllexport) void WINAPI DlPortWritePortUchar(ULONG Port, UCHAR Value)
{
	access_reg(Port, &Value, 1);
}

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, LPVOID reserved)
{
	char env[16];
	int n;

	(void)inst;
	switch (reason) {
	case DLL_PROCESS_ATTACH:
		InitializeCriticalSection(&lock);
		for (n = 0; n <= MAX_LPT; n++)
			lpts[n].h = INVALID_HANDLE_VALUE;
		if (GetEnvironmentVariableA("INPOUT_WINPAR_QUIET_MS", env, sizeof(env)) &&
		    atoi(env) > 0)
			quiet_ms = atoi(env);
		quit_event = CreateEventA(NULL, TRUE, FALSE, NULL);
		left_event = CreateEventA(NULL, TRUE, FALSE, NULL);
		quiet_thread = CreateThread(NULL, 0, quiet_watch, NULL, 0, NULL);
		break;
	case DLL_PROCESS_DETACH:
		/*
		 * At process exit the thread is gone already.  On FreeLibrary
		 * it is told to stop and waited for until it has left the
		 * DLL's code: not for its end, which needs the loader lock
		 * this function is called with.
		 */
		if (!reserved && quiet_thread) {
			SetEvent(quit_event);
			WaitForSingleObject(left_event, 2000);
			CloseHandle(quiet_thread);
		}
		for (n = 1; n <= MAX_LPT; n++)
			let_go(&lpts[n]);
		break;
	}
	return TRUE;
}
