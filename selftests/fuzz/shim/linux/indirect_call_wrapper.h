/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory: the call as it would be without retpolines. */
#ifndef _FUZZ_SHIM_INDIRECT_CALL_WRAPPER_H
#define _FUZZ_SHIM_INDIRECT_CALL_WRAPPER_H
#define INDIRECT_CALL_1(f, f1, ...)	((f) == (f1) ? f1(__VA_ARGS__) : (f)(__VA_ARGS__))
#endif
