/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel API differences, decided by the feature probes of conftest.sh
 * (one source file per probe in compat/probes/), never by version number
 * alone.
 */
#ifndef _WINPAR_COMPAT_H
#define _WINPAR_COMPAT_H

#include "generated/winpar_probes.h"

/* 6.2 made the device argument of class.devnode const. */
#ifdef WINPAR_HAVE_CLASS_DEVNODE_CONST
#define WINPAR_DEVNODE_DEVICE	const struct device
#else
#define WINPAR_DEVNODE_DEVICE	struct device
#endif

#endif /* _WINPAR_COMPAT_H */
