/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * winpar: the public Windows parallel-device interface ("ntddpar.h"):
 * device control codes, status flags, IEEE 1284 mode bits, device interface
 * GUIDs and the request structures. Section numbers refer to WINDOWS-API.md.
 *
 * All structures here are pointer-free and have the same layout for 32-bit
 * and 64-bit callers (section 13.3).
 */
#ifndef _UAPI_WINPAR_NTDDPAR_H
#define _UAPI_WINPAR_NTDDPAR_H

#include <linux/types.h>
#include <winpar/wintypes.h>

/* Section 2 / 11.7: base device type of every parallel IOCTL */
#define IOCTL_PAR_BASE			WINPAR_FILE_DEVICE_PARALLEL_PORT

/*
 * Section 2 / 4: device control codes on a parallel device
 * (IRP_MJ_DEVICE_CONTROL). Some share a value with an internal code of
 * parallel.h: dispatch on (major function, code), never on the code alone.
 */
#define IOCTL_PAR_QUERY_INFORMATION	WINPAR_PAR_IOCTL(1)	/* 0x00160004 */
#define IOCTL_PAR_SET_INFORMATION	WINPAR_PAR_IOCTL(2)	/* 0x00160008 */
#define IOCTL_PAR_QUERY_DEVICE_ID	WINPAR_PAR_IOCTL(3)	/* 0x0016000c */
#define IOCTL_PAR_QUERY_DEVICE_ID_SIZE	WINPAR_PAR_IOCTL(4)	/* 0x00160010 */
#define IOCTL_IEEE1284_GET_MODE		WINPAR_PAR_IOCTL(5)	/* 0x00160014 */
#define IOCTL_IEEE1284_NEGOTIATE	WINPAR_PAR_IOCTL(6)	/* 0x00160018 */
#define IOCTL_PAR_SET_WRITE_ADDRESS	WINPAR_PAR_IOCTL(7)	/* 0x0016001c */
#define IOCTL_PAR_SET_READ_ADDRESS	WINPAR_PAR_IOCTL(8)	/* 0x00160020 */
#define IOCTL_PAR_GET_DEVICE_CAPS	WINPAR_PAR_IOCTL(9)	/* 0x00160024 */
#define IOCTL_PAR_GET_DEFAULT_MODES	WINPAR_PAR_IOCTL(10)	/* 0x00160028 */
#define IOCTL_PAR_QUERY_RAW_DEVICE_ID	WINPAR_PAR_IOCTL(12)	/* 0x00160030 */
#define IOCTL_PAR_IS_PORT_FREE		WINPAR_PAR_IOCTL(21)	/* 0x00160054 */
#define IOCTL_PAR_QUERY_LOCATION	WINPAR_PAR_IOCTL(22)	/* 0x00160058 */

/* Section 12: undocumented public codes of the WDK header */
#define IOCTL_PAR_PING			WINPAR_PAR_IOCTL(11)	/* 0x0016002c */
#define IOCTL_PAR_ECP_HOST_RECOVERY	WINPAR_PAR_IOCTL(13)	/* 0x00160034 */
#define IOCTL_PAR_GET_READ_ADDRESS	WINPAR_PAR_IOCTL(14)	/* 0x00160038 */
#define IOCTL_PAR_GET_WRITE_ADDRESS	WINPAR_PAR_IOCTL(15)	/* 0x0016003c */
#define IOCTL_PAR_TEST			WINPAR_PAR_IOCTL(20)	/* 0x00160050 */

/* Section 11.1: PAR_QUERY_INFORMATION.Status and PAR_SET_INFORMATION.Init flags */
#define PARALLEL_INIT			0x01
#define PARALLEL_AUTOFEED		0x02
#define PARALLEL_PAPER_EMPTY		0x04
#define PARALLEL_OFF_LINE		0x08
#define PARALLEL_POWER_OFF		0x10
#define PARALLEL_NOT_CONNECTED		0x20
#define PARALLEL_BUSY			0x40
#define PARALLEL_SELECTED		0x80

/* Section 11.2: IEEE 1284 protocol (mode) bits */
#define NONE				0x0000
#define CENTRONICS			0x0001	/* forward only */
#define IEEE_COMPATIBILITY		0x0002	/* forward only */
#define NIBBLE				0x0004	/* reverse only */
#define CHANNEL_NIBBLE			0x0008	/* reverse only */
#define BYTE_BIDIR			0x0010	/* reverse only */
#define EPP_HW				0x0020
#define EPP_SW				0x0040
#define EPP_ANY				(EPP_HW | EPP_SW)
#define BOUNDED_ECP			0x0080
#define ECP_HW_NOIRQ			0x0100
#define ECP_HW_IRQ			0x0200
#define ECP_SW				0x0400
#define ECP_ANY				(BOUNDED_ECP | ECP_HW_NOIRQ | ECP_HW_IRQ | ECP_SW)

/*
 * Section 11.6: device interface GUIDs.
 *
 * WINPAR_GUID_<name>_VALUES(m, name) expands to m(name, <11 components>).
 * WINPAR_GUID_<name>_INIT is an initializer for a struct winpar_guid / GUID.
 * GUID_DEVINTERFACE_PARALLEL and GUID_DEVINTERFACE_PARCLASS are defined with
 * the includer's DEFINE_GUID when it has one (Windows semantics: INITGUID
 * decides between declaration and definition); otherwise they are static
 * const objects in every translation unit.
 */
#define WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(m, name) \
	m(name, 0x97f76ef0, 0xf883, 0x11d0, \
	  0xaf, 0x1f, 0x00, 0x00, 0xf8, 0x00, 0x84, 0x5c)
#define WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(m, name) \
	m(name, 0x811fc6a5, 0xf728, 0x11d0, \
	  0xa5, 0x37, 0x00, 0x00, 0xf8, 0x75, 0x3e, 0xd1)

#define WINPAR_GUID_INIT_FROM_VALUES(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
	WINPAR_GUID_INITIALIZER(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)

#define WINPAR_GUID_DEVINTERFACE_PARALLEL_INIT \
	WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_GUID_INIT_FROM_VALUES, _)
#define WINPAR_GUID_DEVINTERFACE_PARCLASS_INIT \
	WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_GUID_INIT_FROM_VALUES, _)

/* Obsolete names, same values (section 11.6) */
#define WINPAR_GUID_PARALLEL_DEVICE_INIT	WINPAR_GUID_DEVINTERFACE_PARALLEL_INIT
#define WINPAR_GUID_PARCLASS_DEVICE_INIT	WINPAR_GUID_DEVINTERFACE_PARCLASS_INIT

#ifdef DEFINE_GUID
WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(DEFINE_GUID, GUID_DEVINTERFACE_PARALLEL);
WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(DEFINE_GUID, GUID_DEVINTERFACE_PARCLASS);
#else
WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_DEFINE_GUID, GUID_DEVINTERFACE_PARALLEL);
WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_DEFINE_GUID, GUID_DEVINTERFACE_PARCLASS);
#endif

#ifndef GUID_PARALLEL_DEVICE
#define GUID_PARALLEL_DEVICE		GUID_DEVINTERFACE_PARALLEL
#endif
#ifndef GUID_PARCLASS_DEVICE
#define GUID_PARCLASS_DEVICE		GUID_DEVINTERFACE_PARCLASS
#endif

/* Section 9.1: output of IOCTL_PAR_QUERY_INFORMATION */
typedef struct _PAR_QUERY_INFORMATION {
	__u8 Status;			/* PARALLEL_* flags */
} PAR_QUERY_INFORMATION, *PPAR_QUERY_INFORMATION;

/* Section 9.2: input of IOCTL_PAR_SET_INFORMATION */
typedef struct _PAR_SET_INFORMATION {
	__u8 Init;			/* PARALLEL_INIT */
} PAR_SET_INFORMATION, *PPAR_SET_INFORMATION;

/* Section 9.3: output of IOCTL_PAR_QUERY_DEVICE_ID_SIZE */
typedef struct _PAR_DEVICE_ID_SIZE_INFORMATION {
	__u32 DeviceIdSize;		/* ULONG: ID bytes plus NUL */
} PAR_DEVICE_ID_SIZE_INFORMATION, *PPAR_DEVICE_ID_SIZE_INFORMATION;

/* Section 9.4: IEEE 1284 mode masks (negotiate, get mode, default modes) */
typedef struct _PARCLASS_NEGOTIATION_MASK {
	__u16 usReadMask;		/* reverse modes, section 11.2 bits */
	__u16 usWriteMask;		/* forward modes, section 11.2 bits */
} PARCLASS_NEGOTIATION_MASK, *PPARCLASS_NEGOTIATION_MASK;

#endif /* _UAPI_WINPAR_NTDDPAR_H */
