/* SPDX-License-Identifier: GPL-2.0 */
/* The native build of selftests/wine: the SDK's ntddpar.h is winpar's copy. */
#include <winpar/ntddpar.h>
