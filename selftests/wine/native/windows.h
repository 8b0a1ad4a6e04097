/* SPDX-License-Identifier: GPL-2.0 */
/* The native build of selftests/wine: <windows.h> is libwinpar's Win32 face. */
#include "win32.h"
