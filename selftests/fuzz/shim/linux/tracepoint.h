/* SPDX-License-Identifier: GPL-2.0 */
/* See linux/types.h in this directory: trace events compile to nothing. */
#ifndef _FUZZ_SHIM_TRACEPOINT_H
#define _FUZZ_SHIM_TRACEPOINT_H
#include <linux/types.h>
#define TP_PROTO(args...)	args
#define TP_ARGS(args...)	args
#define TRACE_EVENT(name, proto, args, tstruct, assign, print)		\
	static inline void trace_##name(proto) { }			\
	static inline bool trace_##name##_enabled(void) { return false; }
#endif
