// SPDX-License-Identifier: GPL-2.0
/*
 * Not a test: selftests/wine/guest.sh keeps this running in the background
 * so that one wineserver (and its services, mountmgr among them) serves
 * the programs in a row, instead of starting again for each.
 */
#include <windows.h>

int main(void)
{
	Sleep(INFINITE);
	return 0;
}
