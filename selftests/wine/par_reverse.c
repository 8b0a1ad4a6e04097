// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo 0 > $SIM/ieee1284_log
 * wine-setup: printf 'nibble-hellobyte-world' > $SIM/reverse
 * wine-check: grep -qx 'negotiate-accepted 0x00' $SIM/ieee1284_log
 * wine-check: grep -qx 'negotiate-accepted 0x01' $SIM/ieee1284_log
 * wine-check: test ! -s $SIM/reverse
 *
 * Reading from a peripheral the way a Windows program does it: choose the
 * reverse protocol with IOCTL_IEEE1284_NEGOTIATE (WINDOWS-API.md 4.6, the
 * answer in the same buffer, Information 4), then ReadFile (1.7: the
 * current reverse protocol).  The simulated printer has 22 bytes queued;
 * the first 12 come in nibble mode, the other 10 in byte mode, and its log
 * shows both negotiations (0x00 nibble, 0x01 byte).
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

int main(void)
{
	PARCLASS_NEGOTIATION_MASK m;
	char buf[64];
	DWORD n;
	HANDLE h;
	BOOL ret;

	h = wt_open_lpt2(0, " opens");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();

	ret = wt_negotiate(h, NIBBLE, CENTRONICS, &m, &n);
	wt_ok(ret && n == 4 && m.usReadMask == NIBBLE && m.usWriteMask == CENTRONICS,
	      "IOCTL_IEEE1284_NEGOTIATE nibble: " WT_ANSWER ", read 0x%04x, write 0x%04x",
	      WT_ARGS(ret, n), m.usReadMask, m.usWriteMask);
	memset(buf, 0, sizeof(buf));
	ret = ReadFile(h, buf, 12, &n, NULL);
	wt_ok(ret && n == 12 && !strcmp(buf, "nibble-hello"),
	      "ReadFile in nibble mode: " WT_ANSWER ", \"%s\"", WT_ARGS(ret, n), buf);

	ret = wt_negotiate(h, BYTE_BIDIR, CENTRONICS, &m, &n);
	wt_ok(ret && n == 4 && m.usReadMask == BYTE_BIDIR && m.usWriteMask == CENTRONICS,
	      "IOCTL_IEEE1284_NEGOTIATE byte: " WT_ANSWER ", read 0x%04x, write 0x%04x",
	      WT_ARGS(ret, n), m.usReadMask, m.usWriteMask);
	memset(&m, 0x5a, sizeof(m));
	ret = DeviceIoControl(h, IOCTL_IEEE1284_GET_MODE, NULL, 0, &m, sizeof(m), &n, NULL);
	wt_ok(ret && n == 4 && m.usReadMask == BYTE_BIDIR && m.usWriteMask == CENTRONICS,
	      "IOCTL_IEEE1284_GET_MODE after it: " WT_ANSWER ", read 0x%04x, write 0x%04x",
	      WT_ARGS(ret, n), m.usReadMask, m.usWriteMask);
	memset(buf, 0, sizeof(buf));
	ret = ReadFile(h, buf, sizeof(buf) - 1, &n, NULL);
	wt_ok(ret && n == 10 && !strcmp(buf, "byte-world"),
	      "ReadFile in byte mode: " WT_ANSWER ", \"%s\"", WT_ARGS(ret, n), buf);

	/* Back to the defaults for whoever opens the device next. */
	ret = wt_negotiate(h, NIBBLE, CENTRONICS, &m, &n);
	wt_ok(ret && n == 4, "IOCTL_IEEE1284_NEGOTIATE back to nibble: " WT_ANSWER,
	      WT_ARGS(ret, n));
	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
