/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * winpar: the kernel-internal Windows parallel-port interface ("parallel.h"):
 * internal device control codes, port/device information structures,
 * callback pointer types, hardware capability bits, 1284.3 command flags and
 * chip (ECR) modes. Section numbers refer to WINDOWS-API.md.
 *
 * Pointer fields are real pointers, so the layouts are the Windows x64 ones
 * when built for x86_64 and the Windows x86 ones when built for i386.
 * Callback types use WINPAR_CALLBACK (see <winpar/wintypes.h>); their
 * arguments use the fixed-width types of the Windows ones:
 * UCHAR/BOOLEAN = __u8, USHORT = __u16, ULONG = __u32, NTSTATUS = __s32,
 * PVOID = void *.
 */
#ifndef _UAPI_WINPAR_PARALLEL_H
#define _UAPI_WINPAR_PARALLEL_H

#include <linux/types.h>
#include <winpar/wintypes.h>

/* Opaque Windows kernel objects, only used through pointers */
struct _KINTERRUPT;
struct _DEVICE_OBJECT;
struct _UNICODE_STRING;

/*
 * Section 5: internal device control codes on the port FDO
 * (IRP_MJ_INTERNAL_DEVICE_CONTROL)
 */
#define IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE		WINPAR_PAR_IOCTL(11)	/* 0x0016002c */
#define IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO		WINPAR_PAR_IOCTL(12)	/* 0x00160030 */
#define IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT	WINPAR_PAR_IOCTL(13)	/* 0x00160034 */
#define IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT	WINPAR_PAR_IOCTL(14)	/* 0x00160038 */
#define IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO	WINPAR_PAR_IOCTL(15)	/* 0x0016003c */
#define IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO	WINPAR_PAR_IOCTL(17)	/* 0x00160044 */
#define IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE		WINPAR_PAR_IOCTL(19)	/* 0x0016004c */
#define IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE		WINPAR_PAR_IOCTL(20)	/* 0x00160050 */
#define IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO		WINPAR_PAR_IOCTL(21)	/* 0x00160054 */
#define IOCTL_INTERNAL_INIT_1284_3_BUS			WINPAR_PAR_IOCTL(22)	/* 0x00160058 */
#define IOCTL_INTERNAL_SELECT_DEVICE			WINPAR_PAR_IOCTL(23)	/* 0x0016005c */
#define IOCTL_INTERNAL_DESELECT_DEVICE			WINPAR_PAR_IOCTL(24)	/* 0x00160060 */
#define IOCTL_INTERNAL_PARALLEL_PORT_FREE		WINPAR_PAR_IOCTL(40)	/* 0x001600a0 */

/* Section 6: internal device control codes on a device PDO */
#define IOCTL_INTERNAL_PARCLASS_CONNECT			WINPAR_PAR_IOCTL(30)	/* 0x00160078 */
#define IOCTL_INTERNAL_PARCLASS_DISCONNECT		WINPAR_PAR_IOCTL(31)	/* 0x0016007c */
#define IOCTL_INTERNAL_DISCONNECT_IDLE			WINPAR_PAR_IOCTL(32)	/* 0x00160080 */
#define IOCTL_INTERNAL_LOCK_PORT			WINPAR_PAR_IOCTL(37)	/* 0x00160094 */
#define IOCTL_INTERNAL_UNLOCK_PORT			WINPAR_PAR_IOCTL(38)	/* 0x00160098 */
#define IOCTL_INTERNAL_LOCK_PORT_NO_SELECT		WINPAR_PAR_IOCTL(52)	/* 0x001600d0 */
#define IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT		WINPAR_PAR_IOCTL(53)	/* 0x001600d4 */

/* Section 12: undocumented internal codes of the WDK header */
#define IOCTL_INTERNAL_PARCHIP_CONNECT			WINPAR_PAR_IOCTL(18)	/* 0x00160048 */
#define IOCTL_INTERNAL_GET_PARPORT_FDO			WINPAR_PAR_IOCTL(29)	/* 0x00160074 */
#define IOCTL_INTERNAL_PARDOT3_CONNECT			WINPAR_PAR_IOCTL(41)	/* 0x001600a4 */
#define IOCTL_INTERNAL_PARDOT3_DISCONNECT		WINPAR_PAR_IOCTL(42)	/* 0x001600a8 */
#define IOCTL_INTERNAL_PARDOT3_RESET			WINPAR_PAR_IOCTL(43)	/* 0x001600ac */
#define IOCTL_INTERNAL_PARDOT3_SIGNAL			WINPAR_PAR_IOCTL(44)	/* 0x001600b0 */
#define IOCTL_INTERNAL_REGISTER_FOR_REMOVAL_RELATIONS	WINPAR_PAR_IOCTL(50)	/* 0x001600c8 */
#define IOCTL_INTERNAL_UNREGISTER_FOR_REMOVAL_RELATIONS	WINPAR_PAR_IOCTL(51)	/* 0x001600cc */
#define IOCTL_INTERNAL_DISABLE_END_OF_CHAIN_BUS_RESCAN	WINPAR_PAR_IOCTL(54)	/* 0x001600d8 */
#define IOCTL_INTERNAL_ENABLE_END_OF_CHAIN_BUS_RESCAN	WINPAR_PAR_IOCTL(55)	/* 0x001600dc */

/* Section 11.7: base name of the port device objects */
#define DD_PARALLEL_PORT_BASE_NAME	"ParallelPort"
/* The same as a NUL-terminated UTF-16 (__u16) array initializer */
#define WINPAR_PARALLEL_PORT_BASE_NAME_U16 \
	{ 'P', 'a', 'r', 'a', 'l', 'l', 'e', 'l', 'P', 'o', 'r', 't', 0 }
/*
 * UTF-16 string literal where the compiler has one (C11: array of
 * unsigned short, i.e. __u16; C++11: array of char16_t).
 */
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) || \
	(defined(__cplusplus) && __cplusplus >= 201103L)
#define DD_PARALLEL_PORT_BASE_NAME_U	u"ParallelPort"
#endif

/* Section 11.3: hardware capability bits (HardwareCapabilities) */
#define PPT_NO_HARDWARE_PRESENT		0x00000000
#define PPT_ECP_PRESENT			0x00000001
#define PPT_EPP_PRESENT			0x00000002
#define PPT_EPP_32_PRESENT		0x00000004
#define PPT_BYTE_PRESENT		0x00000008
#define PPT_BIDI_PRESENT		0x00000008	/* deprecated alias of BYTE */
#define PPT_1284_3_PRESENT		0x00000010

/* Section 11.4: PARALLEL_1284_COMMAND.CommandFlags */
#define PAR_END_OF_CHAIN_DEVICE		0x00000001
#define PAR_HAVE_PORT_KEEP_PORT		0x00000002
#define PAR_LEGACY_ZIP_DRIVE		0x00000004	/* WDK only */
#define PAR_LEGACY_ZIP_DRIVE_STD_MODE	0x00000010	/* WDK only */
#define PAR_LEGACY_ZIP_DRIVE_EPP_MODE	0x00000020	/* WDK only */

/* Section 11.4: PARALLEL_1284_COMMAND.ID values (WDK only) */
#define IEEE_1284_3_DAISY_CHAIN_MAX_ID	3
#define DOT3_END_OF_CHAIN_ID		4
#define DOT3_LEGACY_ZIP_ID		5

/* Section 11.5: chip modes */
#define INITIAL_MODE			0x00
#define PARCHIP_ECR_ARBITRATOR		1	/* build switch, not a mode */

/*
 * Section 11.5 (WDK only): ECR values. The mode field is bits 7..5;
 * ECR_MODE_MASK covers the other bits.
 */
#define ECR_ERRINT_DISABLED		0x10
#define ECR_DMA_ENABLED			0x08
#define ECR_SVC_INT_DISABLED		0x04
#define ECR_MODE_MASK			0x1f

#define ECR_SPP_MODE			0x00
#define ECR_BYTE_MODE			0x20
#define ECR_BYTE_PIO_MODE		(ECR_BYTE_MODE | ECR_ERRINT_DISABLED | ECR_SVC_INT_DISABLED)
#define ECR_FASTCENT_MODE		0x40
#define ECR_ECP_MODE			0x60
#define ECR_ECP_PIO_MODE		(ECR_ECP_MODE | ECR_ERRINT_DISABLED | ECR_SVC_INT_DISABLED)
#define ECR_EPP_MODE			0x80
#define ECR_EPP_PIO_MODE		(ECR_EPP_MODE | ECR_ERRINT_DISABLED | ECR_SVC_INT_DISABLED)
#define ECR_RESERVED_MODE		0x10	/* sic, as in the WDK */
#define ECR_TEST_MODE			0xc0
#define ECR_CONFIG_MODE			0xe0

#define ECR_FIFO_MASK			0x03
#define ECR_FIFO_FULL			0x02
#define ECR_FIFO_EMPTY			0x01
#define ECR_FIFO_SOME_DATA		0x00

#define DEFAULT_ECR_COMPATIBILITY \
	(ECR_SPP_MODE | ECR_ERRINT_DISABLED | ECR_SVC_INT_DISABLED)
#define DEFAULT_ECR_TEST \
	(ECR_TEST_MODE | ECR_ERRINT_DISABLED | ECR_SVC_INT_DISABLED)
#define DEFAULT_ECR_CONFIGURATION \
	(ECR_CONFIG_MODE | ECR_ERRINT_DISABLED | ECR_SVC_INT_DISABLED)

/* Section 11.5 (WDK only): ECP register block offset from the port base */
#define ECP_OFFSET			0x400

/* Section 11.5 (WDK only): hardware modes */
typedef enum _P1284_HW_MODE {
	HW_MODE_COMPATIBILITY = 0,
	HW_MODE_PS2 = 1,
	HW_MODE_FAST_CENTRONICS = 2,
	HW_MODE_ECP = 3,
	HW_MODE_EPP = 4,
	HW_MODE_RESERVED = 5,
	HW_MODE_TEST = 6,
	HW_MODE_CONFIGURATION = 7
} P1284_HW_MODE;

/* Section 12 (WDK only): IEEE 1284.3 command bytes */
#define CPP_ASSIGN_ADDR			0x00
#define CPP_SELECT			0xe0
#define CPP_DESELECT			0x30
#define CPP_QUERY_INT			0x08
#define CPP_DISABLE_INT			0x40
#define CPP_ENABLE_INT			0x48
#define CPP_CLEAR_INT_LAT		0x50
#define CPP_SET_INT_LAT			0x58
#define CPP_COMMAND_FILTER		0xf8

/* Section 9.15: ModeSafety argument of PNEGOTIATE_IEEE_MODE (4 bytes) */
typedef enum _PARALLEL_SAFETY {
	SAFE_MODE = 0,
	UNSAFE_MODE = 1
} PARALLEL_SAFETY;

/* Section 9.5: IOCTL_INTERNAL_SELECT/DESELECT_DEVICE, select callbacks */
typedef struct _PARALLEL_1284_COMMAND {
	__u8 ID;			/* 1284.3 device ID */
	__u8 Port;			/* reserved, 0 */
	__u32 CommandFlags;		/* PAR_* flags */
} PARALLEL_1284_COMMAND, *PPARALLEL_1284_COMMAND;

/* Sections 10.1-10.7: port callbacks (PARALLEL_PORT/PNP/INTERRUPT_INFORMATION) */
typedef WINPAR_CALLBACK __u8 (*PPARALLEL_TRY_ALLOCATE_ROUTINE)(void *TryAllocateContext);
typedef WINPAR_CALLBACK void (*PPARALLEL_FREE_ROUTINE)(void *FreeContext);
typedef WINPAR_CALLBACK __u32 (*PPARALLEL_QUERY_WAITERS_ROUTINE)(void *QueryAllocsContext);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_SET_CHIP_MODE)(void *SetChipContext, __u8 ChipMode);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_CLEAR_CHIP_MODE)(void *ClearChipContext,
							   __u8 ChipMode);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_TRY_SELECT_ROUTINE)(void *TrySelectContext,
							      void *TrySelectCommand);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_DESELECT_ROUTINE)(void *DeselectContext,
							    void *DeselectCommand);

/* Sections 10.8-10.14: device callbacks (PARCLASS_INFORMATION) */
typedef WINPAR_CALLBACK __u16 (*PDETERMINE_IEEE_MODES)(void *Context);
typedef WINPAR_CALLBACK __s32 (*PNEGOTIATE_IEEE_MODE)(void *Context, __u16 ModeMaskFwd,
						      __u16 ModeMaskRev,
						      PARALLEL_SAFETY ModeSafety,
						      __u8 IsForward);
typedef WINPAR_CALLBACK __s32 (*PTERMINATE_IEEE_MODE)(void *Context);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_IEEE_FWD_TO_REV)(void *Context);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_IEEE_REV_TO_FWD)(void *Context);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_READ)(void *Context, void *Buffer,
						__u32 NumBytesToRead, __u32 *NumBytesRead,
						__u8 Channel);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_WRITE)(void *Context, void *Buffer,
						 __u32 NumBytesToWrite,
						 __u32 *NumBytesWritten, __u8 Channel);

/* Section 10.15: client's deferred port check routine */
typedef WINPAR_CALLBACK void (*PPARALLEL_DEFERRED_ROUTINE)(void *DeferredContext);

/* Section 10.16: client ISR (generic WDM type) */
#ifndef WINPAR_NO_WINTYPES
typedef WINPAR_CALLBACK __u8 (*PKSERVICE_ROUTINE)(struct _KINTERRUPT *Interrupt,
						  void *ServiceContext);
#endif

/* Section 10.17: header-only types; the command is passed by value */
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_TRYSELECT_DEVICE)(void *Context,
							    PARALLEL_1284_COMMAND Command);
typedef WINPAR_CALLBACK __s32 (*PPARALLEL_DESELECT_DEVICE)(void *Context,
							   PARALLEL_1284_COMMAND Command);
typedef WINPAR_CALLBACK __s32 (*PPARCHIP_SET_CHIP_MODE)(void *SetChipContext, __u8 ChipMode);
typedef WINPAR_CALLBACK __s32 (*PPARCHIP_CLEAR_CHIP_MODE)(void *ClearChipContext,
							  __u8 ChipMode);

/* Section 9.6: IOCTL_INTERNAL_PARALLEL_SET/CLEAR_CHIP_MODE */
typedef struct _PARALLEL_CHIP_MODE {
	__u8 ModeFlags;			/* ECR mode, section 11.5 */
	__u8 success;			/* BOOLEAN, not used */
} PARALLEL_CHIP_MODE, *PPARALLEL_CHIP_MODE;

/* Section 9.7: IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO */
typedef struct _MORE_PARALLEL_PORT_INFORMATION {
	__s32 InterfaceType;		/* INTERFACE_TYPE */
	__u32 BusNumber;
	__u32 InterruptLevel;
	__u32 InterruptVector;
	unsigned long InterruptAffinity;	/* KAFFINITY: pointer-sized */
	__s32 InterruptMode;		/* KINTERRUPT_MODE */
} MORE_PARALLEL_PORT_INFORMATION, *PMORE_PARALLEL_PORT_INFORMATION;

/* Section 9.8: IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO */
typedef struct _PARALLEL_PORT_INFORMATION {
	union winpar_large_integer OriginalController;	/* PHYSICAL_ADDRESS */
	__u8 *Controller;
	__u32 SpanOfController;
	PPARALLEL_TRY_ALLOCATE_ROUTINE TryAllocatePort;
	PPARALLEL_FREE_ROUTINE FreePort;
	PPARALLEL_QUERY_WAITERS_ROUTINE QueryNumWaiters;
	void *Context;
} PARALLEL_PORT_INFORMATION, *PPARALLEL_PORT_INFORMATION;

/* Section 9.9: IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO */
typedef struct _PARALLEL_PNP_INFORMATION {
	union winpar_large_integer OriginalEcpController;	/* PHYSICAL_ADDRESS */
	__u8 *EcpController;
	__u32 SpanOfEcpController;
	__u32 PortNumber;		/* not used */
	__u32 HardwareCapabilities;	/* PPT_* bits */
	PPARALLEL_SET_CHIP_MODE TrySetChipMode;
	PPARALLEL_CLEAR_CHIP_MODE ClearChipMode;
	__u32 FifoDepth;
	__u32 FifoWidth;
	union winpar_large_integer EppControllerPhysicalAddress;	/* not used */
	__u32 SpanOfEppController;	/* not used */
	__u32 Ieee1284_3DeviceCount;
	PPARALLEL_TRY_SELECT_ROUTINE TrySelectDevice;
	PPARALLEL_DESELECT_ROUTINE DeselectDevice;
	void *Context;
	__u32 CurrentMode;
	__u16 *PortName;		/* PWSTR, e.g. u"LPT1" */
} PARALLEL_PNP_INFORMATION, *PPARALLEL_PNP_INFORMATION;

/* Section 9.10: IOCTL_INTERNAL_PARALLEL_[DIS]CONNECT_INTERRUPT input */
typedef struct _PARALLEL_INTERRUPT_SERVICE_ROUTINE {
	/* PKSERVICE_ROUTINE */
	WINPAR_CALLBACK __u8 (*InterruptServiceRoutine)(struct _KINTERRUPT *Interrupt,
							void *ServiceContext);
	void *InterruptServiceContext;
	PPARALLEL_DEFERRED_ROUTINE DeferredPortCheckRoutine;	/* optional */
	void *DeferredPortCheckContext;				/* optional */
} PARALLEL_INTERRUPT_SERVICE_ROUTINE, *PPARALLEL_INTERRUPT_SERVICE_ROUTINE;

/* Section 9.11: IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT output (not in mingw-w64) */
typedef struct _PARALLEL_INTERRUPT_INFORMATION {
	struct _KINTERRUPT *InterruptObject;	/* PKINTERRUPT */
	PPARALLEL_TRY_ALLOCATE_ROUTINE TryAllocatePortAtInterruptLevel;
	PPARALLEL_FREE_ROUTINE FreePortFromInterruptLevel;
	void *Context;
} PARALLEL_INTERRUPT_INFORMATION, *PPARALLEL_INTERRUPT_INFORMATION;

/*
 * Section 9.12: IOCTL_INTERNAL_PARCLASS_CONNECT output. The header layout
 * (16 members), not the documentation's 13-member syntax block.
 */
typedef struct _PARCLASS_INFORMATION {
	__u8 *Controller;
	__u8 *EcrController;
	__u32 SpanOfController;
	PDETERMINE_IEEE_MODES DetermineIeeeModes;
	PNEGOTIATE_IEEE_MODE NegotiateIeeeMode;
	PTERMINATE_IEEE_MODE TerminateIeeeMode;
	PPARALLEL_IEEE_FWD_TO_REV IeeeFwdToRevMode;
	PPARALLEL_IEEE_REV_TO_FWD IeeeRevToFwdMode;
	PPARALLEL_READ ParallelRead;
	PPARALLEL_WRITE ParallelWrite;
	void *ParclassContext;
	__u32 HardwareCapabilities;	/* PPT_* bits */
	__u32 FifoDepth;
	__u32 FifoWidth;
	PPARALLEL_TRYSELECT_DEVICE ParallelTryselect;
	PPARALLEL_DESELECT_DEVICE ParallelDeSelect;
} PARCLASS_INFORMATION, *PPARCLASS_INFORMATION;

/* Section 9.16 (WDK only): IOCTL_INTERNAL_[UN]REGISTER_FOR_REMOVAL_RELATIONS */
typedef struct _PARPORT_REMOVAL_RELATIONS {
	struct _DEVICE_OBJECT *DeviceObject;	/* PDEVICE_OBJECT */
	__u32 Flags;				/* reserved, 0 */
	struct _UNICODE_STRING *DeviceName;	/* PUNICODE_STRING */
} PARPORT_REMOVAL_RELATIONS, *PPARPORT_REMOVAL_RELATIONS;

/* Section 9.16 (WDK only): IOCTL_INTERNAL_PARCHIP_CONNECT */
typedef struct _PARALLEL_PARCHIP_INFO {
	__u8 *Controller;
	__u8 *EcrController;
	__u32 HardwareModes;
	PPARCHIP_SET_CHIP_MODE ParChipSetMode;
	PPARCHIP_CLEAR_CHIP_MODE ParChipClearMode;
	void *Context;
	__u8 success;			/* BOOLEAN */
} PARALLEL_PARCHIP_INFO, *PPARALLEL_PARCHIP_INFO;

#endif /* _UAPI_WINPAR_PARALLEL_H */
