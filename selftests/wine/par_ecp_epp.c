// SPDX-License-Identifier: GPL-2.0
/*
 * wine-setup: echo nibble byte deviceid ecp epp > $SIM/ieee1284_modes
 * wine-setup: echo 0 > $SIM/ieee1284_log; echo 0 > $SIM/received; echo 0 > $SIM/epp_addresses
 * wine-check: grep -qx 'ecp-command 0x85' $SIM/ieee1284_log
 * wine-check: test "$(cat $SIM/ecp_channels)" = '5 6'
 * wine-check: grep -qx 'negotiate-accepted 0x40' $SIM/ieee1284_log
 * wine-check: test "$(cat $SIM/epp_addresses)" = 'B'
 * wine-check: test "$(cat $SIM/received)" = 'ecp-txeppw'
 *
 * ECP and EPP from a Windows program: negotiate software ECP
 * (WINDOWS-API.md 4.6), set the write channel to 5
 * (IOCTL_PAR_SET_WRITE_ADDRESS, 4.7) and WriteFile 6 bytes: the printer
 * sees the channel command 0x85 and 6 bytes on channel 5.  Then software
 * EPP, write address 0x42 ('B') and 4 bytes: one address cycle, 4 data
 * cycles.  The bytes of both are in the printer's record, in order.
 */
#include <windows.h>
#include <ntddpar.h>

#include "wtap.h"

int main(void)
{
	PARCLASS_NEGOTIATION_MASK m;
	UCHAR addr;
	DWORD n;
	HANDLE h;
	BOOL ret;

	h = wt_open_lpt2(0, " opens");
	if (h == INVALID_HANDLE_VALUE)
		return wt_done();

	ret = wt_negotiate(h, ECP_SW, ECP_SW, &m, &n);
	wt_ok(ret && n == 4 && m.usReadMask == ECP_SW && m.usWriteMask == ECP_SW,
	      "IOCTL_IEEE1284_NEGOTIATE ECP_SW: " WT_ANSWER ", read 0x%04x, write 0x%04x",
	      WT_ARGS(ret, n), m.usReadMask, m.usWriteMask);
	addr = 5;
	n = 0xdead;
	ret = DeviceIoControl(h, IOCTL_PAR_SET_WRITE_ADDRESS, &addr, 1, NULL, 0, &n, NULL);
	wt_ok(ret && n == 0, "IOCTL_PAR_SET_WRITE_ADDRESS channel 5: " WT_ANSWER, WT_ARGS(ret, n));
	n = 0;	/* see WT_ANSWER */
	ret = DeviceIoControl(h, IOCTL_PAR_SET_WRITE_ADDRESS, NULL, 0, NULL, 0, &n, NULL);
	wt_ok(!ret && n == 0 && GetLastError() == ERROR_INVALID_PARAMETER,
	      "IOCTL_PAR_SET_WRITE_ADDRESS without input: " WT_ANSWER
	      " (ERROR_INVALID_PARAMETER)", WT_ARGS(ret, n));
	ret = WriteFile(h, "ecp-tx", 6, &n, NULL);
	wt_ok(ret && n == 6, "WriteFile in ECP on channel 5: " WT_ANSWER, WT_ARGS(ret, n));
	addr = 0;
	DeviceIoControl(h, IOCTL_PAR_SET_WRITE_ADDRESS, &addr, 1, NULL, 0, &n, NULL);

	ret = wt_negotiate(h, EPP_SW, EPP_SW, &m, &n);
	wt_ok(ret && n == 4 && m.usReadMask == EPP_SW && m.usWriteMask == EPP_SW,
	      "IOCTL_IEEE1284_NEGOTIATE EPP_SW: " WT_ANSWER ", read 0x%04x, write 0x%04x",
	      WT_ARGS(ret, n), m.usReadMask, m.usWriteMask);
	addr = 0x42;
	ret = DeviceIoControl(h, IOCTL_PAR_SET_WRITE_ADDRESS, &addr, 1, NULL, 0, &n, NULL);
	wt_ok(ret && n == 0, "IOCTL_PAR_SET_WRITE_ADDRESS EPP address 0x42: " WT_ANSWER,
	      WT_ARGS(ret, n));
	ret = WriteFile(h, "eppw", 4, &n, NULL);
	wt_ok(ret && n == 4, "WriteFile in EPP: " WT_ANSWER, WT_ARGS(ret, n));
	addr = 0;
	DeviceIoControl(h, IOCTL_PAR_SET_WRITE_ADDRESS, &addr, 1, NULL, 0, &n, NULL);

	ret = wt_negotiate(h, NIBBLE, CENTRONICS, &m, &n);
	wt_ok(ret && n == 4, "IOCTL_IEEE1284_NEGOTIATE back to the defaults: " WT_ANSWER,
	      WT_ARGS(ret, n));
	wt_ok(CloseHandle(h), "CloseHandle");
	return wt_done();
}
