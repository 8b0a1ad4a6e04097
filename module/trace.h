/* SPDX-License-Identifier: GPL-2.0 */
/*
 * winpar trace events: every request, every transfer, every negotiation.
 *
 *   trace-cmd record -e winpar      (or: echo 1 > /sys/kernel/tracing/events/winpar/enable)
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM winpar

#if !defined(_WINPAR_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _WINPAR_TRACE_H

#include <linux/tracepoint.h>

/* A request through the table: node, public or internal, code, lengths, answer, duration. */
TRACE_EVENT(winpar_request,
	    TP_PROTO(const char *node, bool internal, u32 code, u32 in_len, u32 out_len,
		     s32 status, u32 info, u64 ns),
	    TP_ARGS(node, internal, code, in_len, out_len, status, info, ns),
	    TP_STRUCT__entry(__array(char, node, 16)
			 __field(bool, internal)
			 __field(u32, code)
			 __field(u32, in_len)
			 __field(u32, out_len)
			 __field(s32, status)
			 __field(u32, info)
			 __field(u64, ns)
	    ),
	    TP_fast_assign(strscpy(__entry->node, node, sizeof(__entry->node));
			 __entry->internal = internal;
			 __entry->code = code;
			 __entry->in_len = in_len;
			 __entry->out_len = out_len;
			 __entry->status = status;
			 __entry->info = info;
			 __entry->ns = ns;
	    ),
	    TP_printk("%s %s code=0x%08x in=%u out=%u status=0x%08x info=%u %lluns",
		      __entry->node, __entry->internal ? "internal" : "public", __entry->code,
		      __entry->in_len, __entry->out_len, (u32)__entry->status, __entry->info,
		      (unsigned long long)__entry->ns)
);

/* A read or write: the core's mode, the bytes asked for and moved, the result. */
TRACE_EVENT(winpar_transfer,
	    TP_PROTO(const char *node, bool reverse, int mode, size_t len, ssize_t done, u64 ns),
	    TP_ARGS(node, reverse, mode, len, done, ns),
	    TP_STRUCT__entry(__array(char, node, 16)
			 __field(bool, reverse)
			 __field(int, mode)
			 __field(size_t, len)
			 __field(ssize_t, done)
			 __field(u64, ns)
	    ),
	    TP_fast_assign(strscpy(__entry->node, node, sizeof(__entry->node));
			 __entry->reverse = reverse;
			 __entry->mode = mode;
			 __entry->len = len;
			 __entry->done = done;
			 __entry->ns = ns;
	    ),
	    TP_printk("%s %s mode=0x%x %zd/%zu %lluns", __entry->node,
		      __entry->reverse ? "read" : "write", __entry->mode, __entry->done,
		      __entry->len, (unsigned long long)__entry->ns)
);

/* An IEEE 1284 negotiation the module asked the core for, and its result. */
TRACE_EVENT(winpar_negotiate,
	    TP_PROTO(const char *port, int mode, int result),
	    TP_ARGS(port, mode, result),
	    TP_STRUCT__entry(__array(char, port, 16)
			 __field(int, mode)
			 __field(int, result)
	    ),
	    TP_fast_assign(strscpy(__entry->port, port, sizeof(__entry->port));
			 __entry->mode = mode;
			 __entry->result = result;
	    ),
	    TP_printk("%s mode=0x%x result=%d", __entry->port, __entry->mode, __entry->result)
		      );

/* A 1284.3 command: the byte, and the status lines at its strobe (-6: no chain answered). */
TRACE_EVENT(winpar_daisy,
	    TP_PROTO(const char *port, u8 cmd, int status),
	    TP_ARGS(port, cmd, status),
	    TP_STRUCT__entry(__array(char, port, 16)
			 __field(u8, cmd)
			 __field(int, status)
	    ),
	    TP_fast_assign(strscpy(__entry->port, port, sizeof(__entry->port));
			 __entry->cmd = cmd;
			 __entry->status = status;
	    ),
	    TP_printk("%s cmd=0x%02x status=%d", __entry->port, __entry->cmd, __entry->status)
);

#endif /* _WINPAR_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE trace
#include <trace/define_trace.h>
