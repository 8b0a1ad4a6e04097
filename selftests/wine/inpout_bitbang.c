// SPDX-License-Identifier: GPL-2.0
/*
 * wine-native: no
 * wine-needs: inpout32.dll
 * wine-check: [ "$(cat $SIM/received)" = "Out32 at 0x278, DlPort at the base" ]
 *
 * A Windows program of the kind that drives programmers and dongles: it
 * loads inpout32.dll by name (tools/inpout32, on winpar's register
 * request) and bit-bangs a Centronics byte stream into the simulated
 * printer on \\.\LPT2: data, nStrobe low and high through the control
 * register, then the status register read until Busy is gone.  The first
 * half goes through Out32/Inp32 at the legacy LPT2 base 0x278, the second
 * through DlPortWritePortUchar/DlPortReadPortUchar at the port's own base
 * (IOCTL_WINPAR_QUERY_REGISTERS); the printer's record must hold both
 * halves byte for byte.  The DLL holds the port while the program is busy
 * (a CreateFile of \\.\LPT2 is refused then) and gives it back once the
 * program is quiet (the CreateFile succeeds).
 */
#include <windows.h>

#include "wtap.h"

#define IOCTL_WINPAR_QUERY_REGISTERS	0x00162010

struct winpar_register_ranges {
	unsigned long long controller;
	unsigned long long ecp_controller;
	unsigned int span;
	unsigned int ecp_span;
};

typedef void (WINAPI *out32_fn)(short, short);
typedef short (WINAPI *inp32_fn)(short);
typedef BOOL (WINAPI *bool_fn)(void);
typedef UCHAR (WINAPI *dlread_fn)(ULONG);
typedef void (WINAPI *dlwrite_fn)(ULONG, UCHAR);

static out32_fn out32;
static inp32_fn inp32;
static dlread_fn dlread;
static dlwrite_fn dlwrite;

#define HALF1	"Out32 at 0x278, "
#define HALF2	"DlPort at the base"

/* Data, strobe, wait while Busy; returns the status reads that saw Busy, -1 if stuck. */
static int send_inpout(unsigned short base, const char *s)
{
	int busy = 0, tries;

	for (; *s; s++) {
		out32(base, *s);
		out32(base + 2, 0x0d);
		out32(base + 2, 0x0c);
		for (tries = 0; tries < 1000 && !(inp32(base + 1) & 0x80); tries++)
			busy++;
		if (tries == 1000)
			return -1;
	}
	return busy;
}

static int send_dlport(ULONG base, const char *s)
{
	int busy = 0, tries;

	for (; *s; s++) {
		dlwrite(base, *s);
		dlwrite(base + 2, 0x0d);
		dlwrite(base + 2, 0x0c);
		for (tries = 0; tries < 1000 && !(dlread(base + 1) & 0x80); tries++)
			busy++;
		if (tries == 1000)
			return -1;
	}
	return busy;
}

static HANDLE open_lpt2(void)
{
	return CreateFileA("\\\\.\\LPT2", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			   FILE_ATTRIBUTE_NORMAL, NULL);
}

int main(void)
{
	struct winpar_register_ranges rr;
	bool_fn is_open, is_64;
	HMODULE dll;
	DWORD n = 0;
	HANDLE h;
	BOOL ret;
	int busy;

	/* The port's own base, asked before the DLL holds the port. */
	memset(&rr, 0, sizeof(rr));
	h = open_lpt2();
	ret = h != INVALID_HANDLE_VALUE &&
	      DeviceIoControl(h, IOCTL_WINPAR_QUERY_REGISTERS, NULL, 0, &rr, sizeof(rr), &n, NULL);
	wt_ok(ret && n == sizeof(rr) && rr.span == 3,
	      "IOCTL_WINPAR_QUERY_REGISTERS on \\\\.\\LPT2: " WT_ANSWER ", span %u",
	      WT_ARGS(ret, n), rr.span);
	wt_diag("Controller 0x%llx", rr.controller);
	if (h != INVALID_HANDLE_VALUE)
		CloseHandle(h);

	dll = LoadLibraryA("inpout32.dll");
	wt_ok(dll != NULL, "LoadLibraryA(\"inpout32.dll\") (error %lu)",
	      dll ? 0ul : (unsigned long)GetLastError());
	if (!dll)
		return wt_done();
	out32 = (out32_fn)(void *)GetProcAddress(dll, "Out32");
	inp32 = (inp32_fn)(void *)GetProcAddress(dll, "Inp32");
	is_open = (bool_fn)(void *)GetProcAddress(dll, "IsInpOutDriverOpen");
	is_64 = (bool_fn)(void *)GetProcAddress(dll, "IsXP64Bit");
	dlread = (dlread_fn)(void *)GetProcAddress(dll, "DlPortReadPortUchar");
	dlwrite = (dlwrite_fn)(void *)GetProcAddress(dll, "DlPortWritePortUchar");
	wt_ok(out32 && inp32 && is_open && is_64 && dlread && dlwrite,
	      "the six entry points are exported");
	if (!(out32 && inp32 && is_open && is_64 && dlread && dlwrite))
		return wt_done();
	wt_ok(is_open(), "IsInpOutDriverOpen: TRUE");
	wt_ok(is_64(), "IsXP64Bit: TRUE (a 64-bit program)");

	/* The idle printer (status 0xd8) and the idle control lines (0x0c). */
	wt_ok(inp32(0x279) == 0xd8, "Inp32(0x279): the status 0xd8");
	wt_ok((inp32(0x27a) & 0x0f) == 0x0c, "Inp32(0x27a): nInit and nSelectIn high");
	/* Nothing at 0x300: 0xFF, as an empty I/O address reads. */
	wt_ok((inp32(0x300) & 0xff) == 0xff, "Inp32(0x300): 0xFF, no port there");

	busy = send_inpout(0x278, HALF1);
	wt_ok(busy >= (int)strlen(HALF1), "Out32/Inp32 at 0x278: %d bytes, Busy seen after each",
	      (int)strlen(HALF1));
	busy = send_dlport((ULONG)rr.controller, HALF2);
	wt_ok(busy >= (int)strlen(HALF2),
	      "DlPortWritePortUchar/DlPortReadPortUchar at the base: %d bytes, Busy seen after each",
	      (int)strlen(HALF2));

	/* Busy: the DLL holds the port, \\.\LPT2 is open in it. */
	h = open_lpt2();
	wt_ok(h == INVALID_HANDLE_VALUE, "while the program is busy, \\\\.\\LPT2 is the DLL's");
	if (h != INVALID_HANDLE_VALUE)
		CloseHandle(h);
	/* Quiet for longer than 100 ms: given back. */
	Sleep(500);
	h = open_lpt2();
	wt_ok(h != INVALID_HANDLE_VALUE, "after 500 ms of quiet the DLL gave the port back (error %lu)",
	      h == INVALID_HANDLE_VALUE ? (unsigned long)GetLastError() : 0ul);
	if (h != INVALID_HANDLE_VALUE)
		CloseHandle(h);
	/* And takes it again for the next access. */
	wt_ok(inp32(0x279) == 0xd8, "Inp32(0x279) after the quiet: 0xd8 again");

	wt_ok(FreeLibrary(dll), "FreeLibrary");
	return wt_done();
}
