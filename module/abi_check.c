// SPDX-License-Identifier: GPL-2.0
/*
 * Compile-time proof that the structures of the uapi headers, as the kernel
 * compiles them, have the Windows x64 layout measured from mingw-w64
 * (../shared/reference/abi-mingw-x86_64.txt, turned into static asserts by
 * scripts/gen-abi-asserts.sh).  No code.
 */
#include <linux/stddef.h>

#include <winpar/ntddpar.h>
#include <winpar/parallel.h>
#include <winpar/ntddser.h>
#include <winpar/ntstatus.h>

#ifdef CONFIG_X86_64
#include <abi/abi_x86_64.h>
#endif
