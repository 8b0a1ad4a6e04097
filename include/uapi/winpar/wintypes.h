/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * winpar: basic Windows types and macros for the Windows parallel-port
 * driver interface (WINDOWS-API.md section 8, section 2, section 11.7).
 *
 * The header has three parts:
 *
 * 1. Always (kernel and user space): fixed-layout helper types and macros
 *    with a winpar_/WINPAR_ prefix, used by the other winpar headers.
 *
 * 2. Unless WINPAR_NO_WINTYPES is defined (kernel and user space): the
 *    Windows names of constants and of the few wdm.h structures this
 *    interface uses (CTL_CODE, METHOD_BUFFERED, IRP_MJ_*, FILE_*_INFORMATION).
 *
 * 3. User space only, unless WINPAR_NO_WINTYPES is defined: the Windows
 *    scalar typedefs (UCHAR, ULONG, NTSTATUS, PVOID, ...), PHYSICAL_ADDRESS,
 *    GUID, INTERFACE_TYPE, KINTERRUPT_MODE, TRUE/FALSE. When these are
 *    provided, WINPAR_HAVE_WINTYPES is defined to 1. Kernel code uses the
 *    __u8/__u16/__u32/__s32 types directly.
 *
 * A program that has its own Windows headers (e.g. Wine) defines
 * WINPAR_NO_WINTYPES before including any winpar header.
 *
 * Windows is LLP64: ULONG and LONG are 32 bits on every architecture, so
 * they map to __u32/__s32, never to (unsigned) long. Pointer-sized integers
 * (ULONG_PTR, KAFFINITY) are unsigned long, which has the pointer size on
 * both x86_64 and i386 Linux.
 */
#ifndef _UAPI_WINPAR_WINTYPES_H
#define _UAPI_WINPAR_WINTYPES_H

#include <linux/types.h>

/*
 * Calling convention of every callback pointer type (section 10).
 * Empty by default: native Linux code on both sides. Code that calls, or is
 * called by, code built for Windows defines it before including the winpar
 * headers, to __attribute__((ms_abi)) on x86_64 (or
 * __attribute__((stdcall)) on i386, where mingw-w64 uses NTAPI).
 */
#ifndef WINPAR_CALLBACK
#define WINPAR_CALLBACK
#endif

/*
 * Part 1: always available.
 */

/*
 * LARGE_INTEGER / PHYSICAL_ADDRESS (section 8): 8 bytes, 8-aligned also on
 * i386, where the SysV ABI would only 4-align a plain 64-bit member.
 */
union winpar_large_integer {
	__extension__ struct {
		__u32 LowPart;
		__s32 HighPart;
	};
	struct {
		__u32 LowPart;
		__s32 HighPart;
	} u;
	__s64 QuadPart __attribute__((aligned(8)));
};

/* GUID (section 8): 16 bytes, 4-aligned, little-endian components */
struct winpar_guid {
	__u32 Data1;
	__u16 Data2;
	__u16 Data3;
	__u8 Data4[8];
};

/* Initializer for a struct winpar_guid (or GUID) from its 11 components */
#define WINPAR_GUID_INITIALIZER(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
	{ (l), (w1), (w2), { (b1), (b2), (b3), (b4), (b5), (b6), (b7), (b8) } }

/*
 * Static GUID object, used when the includer has no DEFINE_GUID of its own
 * (section 11.6).
 */
#define WINPAR_DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
	static const struct winpar_guid name __attribute__((unused)) = \
		WINPAR_GUID_INITIALIZER(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)

/* IOCTL numbering (section 2) */
#define WINPAR_CTL_CODE(dev, func, method, access) \
	(((dev) << 16) | ((access) << 14) | ((func) << 2) | (method))

#define WINPAR_FILE_DEVICE_PARALLEL_PORT	0x00000016
#define WINPAR_FILE_DEVICE_SERIAL_PORT		0x0000001b
#define WINPAR_METHOD_BUFFERED			0
#define WINPAR_FILE_ANY_ACCESS			0

/* Every parallel IOCTL: FILE_DEVICE_PARALLEL_PORT, METHOD_BUFFERED, FILE_ANY_ACCESS */
#define WINPAR_PAR_IOCTL(func) \
	WINPAR_CTL_CODE(WINPAR_FILE_DEVICE_PARALLEL_PORT, (func), \
			WINPAR_METHOD_BUFFERED, WINPAR_FILE_ANY_ACCESS)

#ifndef WINPAR_NO_WINTYPES

/*
 * Part 2: Windows names of constants and wdm.h structures (kernel and user).
 */

/* Section 2: CTL_CODE and its parameters */
#ifndef CTL_CODE
#define CTL_CODE(dev, func, method, access) WINPAR_CTL_CODE(dev, func, method, access)
#endif
#ifndef METHOD_BUFFERED
#define METHOD_BUFFERED			WINPAR_METHOD_BUFFERED
#endif
#ifndef METHOD_IN_DIRECT
#define METHOD_IN_DIRECT		1
#endif
#ifndef METHOD_OUT_DIRECT
#define METHOD_OUT_DIRECT		2
#endif
#ifndef METHOD_NEITHER
#define METHOD_NEITHER			3
#endif
#ifndef FILE_ANY_ACCESS
#define FILE_ANY_ACCESS			WINPAR_FILE_ANY_ACCESS
#endif
#ifndef FILE_READ_ACCESS
#define FILE_READ_ACCESS		0x0001
#endif
#ifndef FILE_WRITE_ACCESS
#define FILE_WRITE_ACCESS		0x0002
#endif
#ifndef FILE_DEVICE_PARALLEL_PORT
#define FILE_DEVICE_PARALLEL_PORT	WINPAR_FILE_DEVICE_PARALLEL_PORT
#endif

/* Section 11.7: IRP major function codes */
#ifndef IRP_MJ_CREATE
#define IRP_MJ_CREATE			0x00
#endif
#ifndef IRP_MJ_CLOSE
#define IRP_MJ_CLOSE			0x02
#endif
#ifndef IRP_MJ_READ
#define IRP_MJ_READ			0x03
#endif
#ifndef IRP_MJ_WRITE
#define IRP_MJ_WRITE			0x04
#endif
#ifndef IRP_MJ_QUERY_INFORMATION
#define IRP_MJ_QUERY_INFORMATION	0x05
#endif
#ifndef IRP_MJ_SET_INFORMATION
#define IRP_MJ_SET_INFORMATION		0x06
#endif
#ifndef IRP_MJ_DEVICE_CONTROL
#define IRP_MJ_DEVICE_CONTROL		0x0e
#endif
#ifndef IRP_MJ_INTERNAL_DEVICE_CONTROL
#define IRP_MJ_INTERNAL_DEVICE_CONTROL	0x0f
#endif
#ifndef IRP_MJ_CLEANUP
#define IRP_MJ_CLEANUP			0x12
#endif
#ifndef IRP_MJ_POWER
#define IRP_MJ_POWER			0x16
#endif
#ifndef IRP_MJ_SYSTEM_CONTROL
#define IRP_MJ_SYSTEM_CONTROL		0x17
#endif
#ifndef IRP_MJ_PNP
#define IRP_MJ_PNP			0x1b
#endif

/* Section 11.7: the two FILE_INFORMATION_CLASS values of IRP_MJ_QUERY_INFORMATION */
enum winpar_file_information_class {
	FileStandardInformation = 5,
	FilePositionInformation = 14,
};

/* Section 9.14: IRP_MJ_QUERY_INFORMATION output structures */
typedef struct _FILE_STANDARD_INFORMATION {
	union winpar_large_integer AllocationSize;
	union winpar_large_integer EndOfFile;
	__u32 NumberOfLinks;
	__u8 DeletePending;
	__u8 Directory;
} FILE_STANDARD_INFORMATION, *PFILE_STANDARD_INFORMATION;

typedef struct _FILE_POSITION_INFORMATION {
	union winpar_large_integer CurrentByteOffset;
} FILE_POSITION_INFORMATION, *PFILE_POSITION_INFORMATION;

#ifndef __KERNEL__

/*
 * Part 3: Windows scalar types (user space only).
 */
#define WINPAR_HAVE_WINTYPES 1

/* Section 8: basic types */
#ifndef VOID
#define VOID void
#endif
typedef void *PVOID;
typedef char CHAR, *PCHAR;
typedef __u8 UCHAR, *PUCHAR;
typedef __u8 BOOLEAN, *PBOOLEAN;
typedef __s16 SHORT, *PSHORT;
typedef __u16 USHORT, *PUSHORT;
typedef __u16 WCHAR, *PWCHAR, *PWSTR;
typedef const __u16 *PCWSTR;
typedef __s32 LONG, *PLONG;
typedef __u32 ULONG, *PULONG;
typedef __s64 LONGLONG, *PLONGLONG;
typedef __u64 ULONGLONG, *PULONGLONG;
typedef long LONG_PTR, *PLONG_PTR;
typedef unsigned long ULONG_PTR, *PULONG_PTR;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;
typedef __s32 NTSTATUS, *PNTSTATUS;

typedef union winpar_large_integer LARGE_INTEGER, *PLARGE_INTEGER;
typedef union winpar_large_integer PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef struct winpar_guid GUID, *PGUID, *LPGUID;

#ifndef FALSE
#define FALSE 0
#endif
#ifndef TRUE
#define TRUE 1
#endif

/* Sections 8 and 9.7: enumerations, 4 bytes */
typedef enum _INTERFACE_TYPE {
	InterfaceTypeUndefined = -1,
	Internal = 0,
	Isa = 1,
	Eisa = 2,
	MicroChannel = 3,
	TurboChannel = 4,
	PCIBus = 5,
	VMEBus = 6,
	NuBus = 7,
	PCMCIABus = 8,
	CBus = 9,
	MPIBus = 10,
	MPSABus = 11,
	ProcessorInternal = 12,
	InternalPowerBus = 13,
	PNPISABus = 14,
	PNPBus = 15,
	Vmcs = 16,
	ACPIBus = 17,
	MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

typedef enum _KINTERRUPT_MODE {
	LevelSensitive = 0,
	Latched = 1
} KINTERRUPT_MODE;

/* Opaque kernel objects referenced by pointer (sections 9.11, 9.16, 10.16) */
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _UNICODE_STRING *PUNICODE_STRING;

#endif /* !__KERNEL__ */
#endif /* !WINPAR_NO_WINTYPES */

#endif /* _UAPI_WINPAR_WINTYPES_H */
