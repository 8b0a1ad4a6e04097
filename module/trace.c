// SPDX-License-Identifier: GPL-2.0
/* The trace events of module/trace.h, instantiated once. */
#define CREATE_TRACE_POINTS
#include "trace.h"
