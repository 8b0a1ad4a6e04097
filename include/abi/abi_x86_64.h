/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * GENERATED FILE - DO NOT EDIT.
 *
 * Generated from abi-mingw-x86_64.txt (sha256 fd2463c5193ed893)
 * (measured with x86_64-w64-mingw32-gcc (GCC) 12-win32 on the mingw-w64 headers)
 * by the command, run at the top of the repository:
 *   bash scripts/gen-abi-asserts.sh ../shared/reference/abi-mingw-x86_64.txt \
 *	> include/abi/abi_x86_64.h
 *
 * 367 compile-time assertions that the winpar uapi headers have the Windows x64
 * layout: sizes, alignments and field offsets of every structure, sizes of
 * the basic types, values of every constant and GUID component.
 * Skipped on purpose: the 28 entries of PARCLASS_INFORMATION_DOCSYNTAX,
 * replicas of the documentation's syntax block, whose layout the real
 * headers (and winpar) do not follow.
 *
 * This file includes nothing. Include first the winpar uapi headers
 * <winpar/wintypes.h>, <winpar/ntstatus.h>, <winpar/ntddpar.h>,
 * <winpar/parallel.h>, <winpar/ntddser.h> and a header that defines
 * offsetof (<stddef.h> in user space, <linux/stddef.h> in the kernel).
 */
#ifndef _WINPAR_ABI_X86_64_H
#define _WINPAR_ABI_X86_64_H

#if !(defined(__x86_64__) && !defined(__ILP32__))
#error "abi_x86_64.h checks the Windows x64 layout: include it only in x86_64 builds"
#endif

#ifndef WINPAR_ABI_ASSERT
#ifdef __cplusplus
#define WINPAR_ABI_ASSERT(expr, entry) static_assert(expr, "winpar ABI: " entry)
#define WINPAR_ABI_ALIGN(type) alignof(type)
#else
#define WINPAR_ABI_ASSERT(expr, entry) _Static_assert(expr, "winpar ABI: " entry)
#define WINPAR_ABI_ALIGN(type) _Alignof(type)
#endif
#endif

/* A Windows type, or the fixed-width type used where wintypes.h does not provide it */
#ifdef WINPAR_HAVE_WINTYPES
#define WINPAR_ABI_T(win, fixed) win
#else
#define WINPAR_ABI_T(win, fixed) fixed
#endif

/* Component pickers for WINPAR_<guid name>_VALUES(m, name) */
#define WINPAR_ABI_GUID_Data1(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (l)
#define WINPAR_ABI_GUID_Data2(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (w1)
#define WINPAR_ABI_GUID_Data3(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (w2)
#define WINPAR_ABI_GUID_Data4_0(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b1)
#define WINPAR_ABI_GUID_Data4_1(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b2)
#define WINPAR_ABI_GUID_Data4_2(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b3)
#define WINPAR_ABI_GUID_Data4_3(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b4)
#define WINPAR_ABI_GUID_Data4_4(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b5)
#define WINPAR_ABI_GUID_Data4_5(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b6)
#define WINPAR_ABI_GUID_Data4_6(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b7)
#define WINPAR_ABI_GUID_Data4_7(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) (b8)

#define WINPAR_ABI_SOURCE "abi-mingw-x86_64.txt"
#define WINPAR_ABI_TARGET "Windows x64"
#define WINPAR_ABI_ASSERT_COUNT 367
#define WINPAR_ABI_TYPE_COUNT 14
#define WINPAR_ABI_TYPE_ASSERT_COUNT 28
#define WINPAR_ABI_STRUCT_COUNT 17
#define WINPAR_ABI_STRUCT_ASSERT_COUNT 34
#define WINPAR_ABI_FIELD_COUNT 85
#define WINPAR_ABI_FIELD_ASSERT_COUNT 170
#define WINPAR_ABI_CONST_COUNT 113
#define WINPAR_ABI_GUID_COUNT 2
#define WINPAR_ABI_GUID_ASSERT_COUNT 22
#define WINPAR_ABI_SKIPPED_COUNT 28

WINPAR_ABI_ASSERT(sizeof(void *) == 8,
		  "type.pointer.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(void *) == 8,
		  "type.pointer.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(BOOLEAN, __u8)) == 1,
		  "type.BOOLEAN.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(BOOLEAN, __u8)) == 1,
		  "type.BOOLEAN.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(UCHAR, __u8)) == 1,
		  "type.UCHAR.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(UCHAR, __u8)) == 1,
		  "type.UCHAR.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(USHORT, __u16)) == 2,
		  "type.USHORT.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(USHORT, __u16)) == 2,
		  "type.USHORT.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(ULONG, __u32)) == 4,
		  "type.ULONG.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(ULONG, __u32)) == 4,
		  "type.ULONG.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(ULONG_PTR, unsigned long)) == 8,
		  "type.ULONG_PTR.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(ULONG_PTR, unsigned long)) == 8,
		  "type.ULONG_PTR.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(NTSTATUS, __s32)) == 4,
		  "type.NTSTATUS.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(NTSTATUS, __s32)) == 4,
		  "type.NTSTATUS.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(PHYSICAL_ADDRESS, union winpar_large_integer)) == 8,
		  "type.PHYSICAL_ADDRESS.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(PHYSICAL_ADDRESS, union winpar_large_integer)) == 8,
		  "type.PHYSICAL_ADDRESS.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(KAFFINITY, unsigned long)) == 8,
		  "type.KAFFINITY.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(KAFFINITY, unsigned long)) == 8,
		  "type.KAFFINITY.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(INTERFACE_TYPE, __s32)) == 4,
		  "type.INTERFACE_TYPE.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(INTERFACE_TYPE, __s32)) == 4,
		  "type.INTERFACE_TYPE.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(KINTERRUPT_MODE, __s32)) == 4,
		  "type.KINTERRUPT_MODE.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(KINTERRUPT_MODE, __s32)) == 4,
		  "type.KINTERRUPT_MODE.alignof");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_SAFETY) == 4,
		  "type.PARALLEL_SAFETY.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_SAFETY) == 4,
		  "type.PARALLEL_SAFETY.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(PWSTR, __u16 *)) == 8,
		  "type.PWSTR.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(PWSTR, __u16 *)) == 8,
		  "type.PWSTR.alignof");
WINPAR_ABI_ASSERT(sizeof(WINPAR_ABI_T(GUID, struct winpar_guid)) == 16,
		  "type.GUID.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(WINPAR_ABI_T(GUID, struct winpar_guid)) == 4,
		  "type.GUID.alignof");
WINPAR_ABI_ASSERT(sizeof(PAR_QUERY_INFORMATION) == 1,
		  "struct.PAR_QUERY_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PAR_QUERY_INFORMATION) == 1,
		  "struct.PAR_QUERY_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(PAR_QUERY_INFORMATION, Status) == 0,
		  "field.PAR_QUERY_INFORMATION.Status.offset");
WINPAR_ABI_ASSERT(sizeof(((PAR_QUERY_INFORMATION *)0)->Status) == 1,
		  "field.PAR_QUERY_INFORMATION.Status.size");
WINPAR_ABI_ASSERT(sizeof(PAR_SET_INFORMATION) == 1,
		  "struct.PAR_SET_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PAR_SET_INFORMATION) == 1,
		  "struct.PAR_SET_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(PAR_SET_INFORMATION, Init) == 0,
		  "field.PAR_SET_INFORMATION.Init.offset");
WINPAR_ABI_ASSERT(sizeof(((PAR_SET_INFORMATION *)0)->Init) == 1,
		  "field.PAR_SET_INFORMATION.Init.size");
WINPAR_ABI_ASSERT(sizeof(PAR_DEVICE_ID_SIZE_INFORMATION) == 4,
		  "struct.PAR_DEVICE_ID_SIZE_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PAR_DEVICE_ID_SIZE_INFORMATION) == 4,
		  "struct.PAR_DEVICE_ID_SIZE_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(PAR_DEVICE_ID_SIZE_INFORMATION, DeviceIdSize) == 0,
		  "field.PAR_DEVICE_ID_SIZE_INFORMATION.DeviceIdSize.offset");
WINPAR_ABI_ASSERT(sizeof(((PAR_DEVICE_ID_SIZE_INFORMATION *)0)->DeviceIdSize) == 4,
		  "field.PAR_DEVICE_ID_SIZE_INFORMATION.DeviceIdSize.size");
WINPAR_ABI_ASSERT(sizeof(PARCLASS_NEGOTIATION_MASK) == 4,
		  "struct.PARCLASS_NEGOTIATION_MASK.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARCLASS_NEGOTIATION_MASK) == 2,
		  "struct.PARCLASS_NEGOTIATION_MASK.alignof");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_NEGOTIATION_MASK, usReadMask) == 0,
		  "field.PARCLASS_NEGOTIATION_MASK.usReadMask.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_NEGOTIATION_MASK *)0)->usReadMask) == 2,
		  "field.PARCLASS_NEGOTIATION_MASK.usReadMask.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_NEGOTIATION_MASK, usWriteMask) == 2,
		  "field.PARCLASS_NEGOTIATION_MASK.usWriteMask.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_NEGOTIATION_MASK *)0)->usWriteMask) == 2,
		  "field.PARCLASS_NEGOTIATION_MASK.usWriteMask.size");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_1284_COMMAND) == 8,
		  "struct.PARALLEL_1284_COMMAND.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_1284_COMMAND) == 4,
		  "struct.PARALLEL_1284_COMMAND.alignof");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_1284_COMMAND, ID) == 0,
		  "field.PARALLEL_1284_COMMAND.ID.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_1284_COMMAND *)0)->ID) == 1,
		  "field.PARALLEL_1284_COMMAND.ID.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_1284_COMMAND, Port) == 1,
		  "field.PARALLEL_1284_COMMAND.Port.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_1284_COMMAND *)0)->Port) == 1,
		  "field.PARALLEL_1284_COMMAND.Port.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_1284_COMMAND, CommandFlags) == 4,
		  "field.PARALLEL_1284_COMMAND.CommandFlags.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_1284_COMMAND *)0)->CommandFlags) == 4,
		  "field.PARALLEL_1284_COMMAND.CommandFlags.size");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_CHIP_MODE) == 2,
		  "struct.PARALLEL_CHIP_MODE.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_CHIP_MODE) == 1,
		  "struct.PARALLEL_CHIP_MODE.alignof");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_CHIP_MODE, ModeFlags) == 0,
		  "field.PARALLEL_CHIP_MODE.ModeFlags.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_CHIP_MODE *)0)->ModeFlags) == 1,
		  "field.PARALLEL_CHIP_MODE.ModeFlags.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_CHIP_MODE, success) == 1,
		  "field.PARALLEL_CHIP_MODE.success.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_CHIP_MODE *)0)->success) == 1,
		  "field.PARALLEL_CHIP_MODE.success.size");
WINPAR_ABI_ASSERT(sizeof(MORE_PARALLEL_PORT_INFORMATION) == 32,
		  "struct.MORE_PARALLEL_PORT_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(MORE_PARALLEL_PORT_INFORMATION) == 8,
		  "struct.MORE_PARALLEL_PORT_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(MORE_PARALLEL_PORT_INFORMATION, InterfaceType) == 0,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterfaceType.offset");
WINPAR_ABI_ASSERT(sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterfaceType) == 4,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterfaceType.size");
WINPAR_ABI_ASSERT(offsetof(MORE_PARALLEL_PORT_INFORMATION, BusNumber) == 4,
		  "field.MORE_PARALLEL_PORT_INFORMATION.BusNumber.offset");
WINPAR_ABI_ASSERT(sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->BusNumber) == 4,
		  "field.MORE_PARALLEL_PORT_INFORMATION.BusNumber.size");
WINPAR_ABI_ASSERT(offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptLevel) == 8,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptLevel.offset");
WINPAR_ABI_ASSERT(sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptLevel) == 4,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptLevel.size");
WINPAR_ABI_ASSERT(offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptVector) == 12,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptVector.offset");
WINPAR_ABI_ASSERT(sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptVector) == 4,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptVector.size");
WINPAR_ABI_ASSERT(offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptAffinity) == 16,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptAffinity.offset");
WINPAR_ABI_ASSERT(sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptAffinity) == 8,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptAffinity.size");
WINPAR_ABI_ASSERT(offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptMode) == 24,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptMode.offset");
WINPAR_ABI_ASSERT(sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptMode) == 4,
		  "field.MORE_PARALLEL_PORT_INFORMATION.InterruptMode.size");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_PORT_INFORMATION) == 56,
		  "struct.PARALLEL_PORT_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_PORT_INFORMATION) == 8,
		  "struct.PARALLEL_PORT_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PORT_INFORMATION, OriginalController) == 0,
		  "field.PARALLEL_PORT_INFORMATION.OriginalController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PORT_INFORMATION *)0)->OriginalController) == 8,
		  "field.PARALLEL_PORT_INFORMATION.OriginalController.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PORT_INFORMATION, Controller) == 8,
		  "field.PARALLEL_PORT_INFORMATION.Controller.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PORT_INFORMATION *)0)->Controller) == 8,
		  "field.PARALLEL_PORT_INFORMATION.Controller.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PORT_INFORMATION, SpanOfController) == 16,
		  "field.PARALLEL_PORT_INFORMATION.SpanOfController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PORT_INFORMATION *)0)->SpanOfController) == 4,
		  "field.PARALLEL_PORT_INFORMATION.SpanOfController.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PORT_INFORMATION, TryAllocatePort) == 24,
		  "field.PARALLEL_PORT_INFORMATION.TryAllocatePort.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PORT_INFORMATION *)0)->TryAllocatePort) == 8,
		  "field.PARALLEL_PORT_INFORMATION.TryAllocatePort.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PORT_INFORMATION, FreePort) == 32,
		  "field.PARALLEL_PORT_INFORMATION.FreePort.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PORT_INFORMATION *)0)->FreePort) == 8,
		  "field.PARALLEL_PORT_INFORMATION.FreePort.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PORT_INFORMATION, QueryNumWaiters) == 40,
		  "field.PARALLEL_PORT_INFORMATION.QueryNumWaiters.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PORT_INFORMATION *)0)->QueryNumWaiters) == 8,
		  "field.PARALLEL_PORT_INFORMATION.QueryNumWaiters.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PORT_INFORMATION, Context) == 48,
		  "field.PARALLEL_PORT_INFORMATION.Context.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PORT_INFORMATION *)0)->Context) == 8,
		  "field.PARALLEL_PORT_INFORMATION.Context.size");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_PNP_INFORMATION) == 112,
		  "struct.PARALLEL_PNP_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_PNP_INFORMATION) == 8,
		  "struct.PARALLEL_PNP_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, OriginalEcpController) == 0,
		  "field.PARALLEL_PNP_INFORMATION.OriginalEcpController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->OriginalEcpController) == 8,
		  "field.PARALLEL_PNP_INFORMATION.OriginalEcpController.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, EcpController) == 8,
		  "field.PARALLEL_PNP_INFORMATION.EcpController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->EcpController) == 8,
		  "field.PARALLEL_PNP_INFORMATION.EcpController.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, SpanOfEcpController) == 16,
		  "field.PARALLEL_PNP_INFORMATION.SpanOfEcpController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->SpanOfEcpController) == 4,
		  "field.PARALLEL_PNP_INFORMATION.SpanOfEcpController.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, PortNumber) == 20,
		  "field.PARALLEL_PNP_INFORMATION.PortNumber.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->PortNumber) == 4,
		  "field.PARALLEL_PNP_INFORMATION.PortNumber.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, HardwareCapabilities) == 24,
		  "field.PARALLEL_PNP_INFORMATION.HardwareCapabilities.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->HardwareCapabilities) == 4,
		  "field.PARALLEL_PNP_INFORMATION.HardwareCapabilities.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, TrySetChipMode) == 32,
		  "field.PARALLEL_PNP_INFORMATION.TrySetChipMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->TrySetChipMode) == 8,
		  "field.PARALLEL_PNP_INFORMATION.TrySetChipMode.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, ClearChipMode) == 40,
		  "field.PARALLEL_PNP_INFORMATION.ClearChipMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->ClearChipMode) == 8,
		  "field.PARALLEL_PNP_INFORMATION.ClearChipMode.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, FifoDepth) == 48,
		  "field.PARALLEL_PNP_INFORMATION.FifoDepth.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->FifoDepth) == 4,
		  "field.PARALLEL_PNP_INFORMATION.FifoDepth.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, FifoWidth) == 52,
		  "field.PARALLEL_PNP_INFORMATION.FifoWidth.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->FifoWidth) == 4,
		  "field.PARALLEL_PNP_INFORMATION.FifoWidth.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, EppControllerPhysicalAddress) == 56,
		  "field.PARALLEL_PNP_INFORMATION.EppControllerPhysicalAddress.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->EppControllerPhysicalAddress) == 8,
		  "field.PARALLEL_PNP_INFORMATION.EppControllerPhysicalAddress.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, SpanOfEppController) == 64,
		  "field.PARALLEL_PNP_INFORMATION.SpanOfEppController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->SpanOfEppController) == 4,
		  "field.PARALLEL_PNP_INFORMATION.SpanOfEppController.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, Ieee1284_3DeviceCount) == 68,
		  "field.PARALLEL_PNP_INFORMATION.Ieee1284_3DeviceCount.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->Ieee1284_3DeviceCount) == 4,
		  "field.PARALLEL_PNP_INFORMATION.Ieee1284_3DeviceCount.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, TrySelectDevice) == 72,
		  "field.PARALLEL_PNP_INFORMATION.TrySelectDevice.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->TrySelectDevice) == 8,
		  "field.PARALLEL_PNP_INFORMATION.TrySelectDevice.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, DeselectDevice) == 80,
		  "field.PARALLEL_PNP_INFORMATION.DeselectDevice.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->DeselectDevice) == 8,
		  "field.PARALLEL_PNP_INFORMATION.DeselectDevice.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, Context) == 88,
		  "field.PARALLEL_PNP_INFORMATION.Context.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->Context) == 8,
		  "field.PARALLEL_PNP_INFORMATION.Context.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, CurrentMode) == 96,
		  "field.PARALLEL_PNP_INFORMATION.CurrentMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->CurrentMode) == 4,
		  "field.PARALLEL_PNP_INFORMATION.CurrentMode.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PNP_INFORMATION, PortName) == 104,
		  "field.PARALLEL_PNP_INFORMATION.PortName.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PNP_INFORMATION *)0)->PortName) == 8,
		  "field.PARALLEL_PNP_INFORMATION.PortName.size");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_INTERRUPT_SERVICE_ROUTINE) == 32,
		  "struct.PARALLEL_INTERRUPT_SERVICE_ROUTINE.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_INTERRUPT_SERVICE_ROUTINE) == 8,
		  "struct.PARALLEL_INTERRUPT_SERVICE_ROUTINE.alignof");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, InterruptServiceRoutine) == 0,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceRoutine.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->InterruptServiceRoutine) == 8,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceRoutine.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, InterruptServiceContext) == 8,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceContext.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->InterruptServiceContext) == 8,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceContext.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, DeferredPortCheckRoutine) == 16,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckRoutine.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->DeferredPortCheckRoutine) == 8,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckRoutine.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, DeferredPortCheckContext) == 24,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckContext.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->DeferredPortCheckContext) == 8,
		  "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckContext.size");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_INTERRUPT_INFORMATION) == 32,
		  "struct.PARALLEL_INTERRUPT_INFORMATION_DOC.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_INTERRUPT_INFORMATION) == 8,
		  "struct.PARALLEL_INTERRUPT_INFORMATION_DOC.alignof");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_INFORMATION, InterruptObject) == 0,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.InterruptObject.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->InterruptObject) == 8,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.InterruptObject.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_INFORMATION, TryAllocatePortAtInterruptLevel) == 8,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.TryAllocatePortAtInterruptLevel.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->TryAllocatePortAtInterruptLevel) == 8,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.TryAllocatePortAtInterruptLevel.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_INFORMATION, FreePortFromInterruptLevel) == 16,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.FreePortFromInterruptLevel.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->FreePortFromInterruptLevel) == 8,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.FreePortFromInterruptLevel.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_INTERRUPT_INFORMATION, Context) == 24,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.Context.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->Context) == 8,
		  "field.PARALLEL_INTERRUPT_INFORMATION_DOC.Context.size");
WINPAR_ABI_ASSERT(sizeof(PARCLASS_INFORMATION) == 120,
		  "struct.PARCLASS_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARCLASS_INFORMATION) == 8,
		  "struct.PARCLASS_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, Controller) == 0,
		  "field.PARCLASS_INFORMATION.Controller.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->Controller) == 8,
		  "field.PARCLASS_INFORMATION.Controller.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, EcrController) == 8,
		  "field.PARCLASS_INFORMATION.EcrController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->EcrController) == 8,
		  "field.PARCLASS_INFORMATION.EcrController.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, SpanOfController) == 16,
		  "field.PARCLASS_INFORMATION.SpanOfController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->SpanOfController) == 4,
		  "field.PARCLASS_INFORMATION.SpanOfController.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, DetermineIeeeModes) == 24,
		  "field.PARCLASS_INFORMATION.DetermineIeeeModes.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->DetermineIeeeModes) == 8,
		  "field.PARCLASS_INFORMATION.DetermineIeeeModes.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, NegotiateIeeeMode) == 32,
		  "field.PARCLASS_INFORMATION.NegotiateIeeeMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->NegotiateIeeeMode) == 8,
		  "field.PARCLASS_INFORMATION.NegotiateIeeeMode.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, TerminateIeeeMode) == 40,
		  "field.PARCLASS_INFORMATION.TerminateIeeeMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->TerminateIeeeMode) == 8,
		  "field.PARCLASS_INFORMATION.TerminateIeeeMode.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, IeeeFwdToRevMode) == 48,
		  "field.PARCLASS_INFORMATION.IeeeFwdToRevMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->IeeeFwdToRevMode) == 8,
		  "field.PARCLASS_INFORMATION.IeeeFwdToRevMode.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, IeeeRevToFwdMode) == 56,
		  "field.PARCLASS_INFORMATION.IeeeRevToFwdMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->IeeeRevToFwdMode) == 8,
		  "field.PARCLASS_INFORMATION.IeeeRevToFwdMode.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, ParallelRead) == 64,
		  "field.PARCLASS_INFORMATION.ParallelRead.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->ParallelRead) == 8,
		  "field.PARCLASS_INFORMATION.ParallelRead.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, ParallelWrite) == 72,
		  "field.PARCLASS_INFORMATION.ParallelWrite.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->ParallelWrite) == 8,
		  "field.PARCLASS_INFORMATION.ParallelWrite.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, ParclassContext) == 80,
		  "field.PARCLASS_INFORMATION.ParclassContext.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->ParclassContext) == 8,
		  "field.PARCLASS_INFORMATION.ParclassContext.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, HardwareCapabilities) == 88,
		  "field.PARCLASS_INFORMATION.HardwareCapabilities.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->HardwareCapabilities) == 4,
		  "field.PARCLASS_INFORMATION.HardwareCapabilities.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, FifoDepth) == 92,
		  "field.PARCLASS_INFORMATION.FifoDepth.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->FifoDepth) == 4,
		  "field.PARCLASS_INFORMATION.FifoDepth.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, FifoWidth) == 96,
		  "field.PARCLASS_INFORMATION.FifoWidth.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->FifoWidth) == 4,
		  "field.PARCLASS_INFORMATION.FifoWidth.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, ParallelTryselect) == 104,
		  "field.PARCLASS_INFORMATION.ParallelTryselect.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->ParallelTryselect) == 8,
		  "field.PARCLASS_INFORMATION.ParallelTryselect.size");
WINPAR_ABI_ASSERT(offsetof(PARCLASS_INFORMATION, ParallelDeSelect) == 112,
		  "field.PARCLASS_INFORMATION.ParallelDeSelect.offset");
WINPAR_ABI_ASSERT(sizeof(((PARCLASS_INFORMATION *)0)->ParallelDeSelect) == 8,
		  "field.PARCLASS_INFORMATION.ParallelDeSelect.size");
/*
 * Skipped: the entries of PARCLASS_INFORMATION_DOCSYNTAX, the replica of the
 * documentation's syntax block; winpar follows the header layout of
 * PARCLASS_INFORMATION (WINDOWS-API.md section 9.12).
 */
WINPAR_ABI_ASSERT(sizeof(PARPORT_REMOVAL_RELATIONS) == 24,
		  "struct.PARPORT_REMOVAL_RELATIONS_WDK.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARPORT_REMOVAL_RELATIONS) == 8,
		  "struct.PARPORT_REMOVAL_RELATIONS_WDK.alignof");
WINPAR_ABI_ASSERT(offsetof(PARPORT_REMOVAL_RELATIONS, DeviceObject) == 0,
		  "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceObject.offset");
WINPAR_ABI_ASSERT(sizeof(((PARPORT_REMOVAL_RELATIONS *)0)->DeviceObject) == 8,
		  "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceObject.size");
WINPAR_ABI_ASSERT(offsetof(PARPORT_REMOVAL_RELATIONS, Flags) == 8,
		  "field.PARPORT_REMOVAL_RELATIONS_WDK.Flags.offset");
WINPAR_ABI_ASSERT(sizeof(((PARPORT_REMOVAL_RELATIONS *)0)->Flags) == 4,
		  "field.PARPORT_REMOVAL_RELATIONS_WDK.Flags.size");
WINPAR_ABI_ASSERT(offsetof(PARPORT_REMOVAL_RELATIONS, DeviceName) == 16,
		  "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceName.offset");
WINPAR_ABI_ASSERT(sizeof(((PARPORT_REMOVAL_RELATIONS *)0)->DeviceName) == 8,
		  "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceName.size");
WINPAR_ABI_ASSERT(sizeof(PARALLEL_PARCHIP_INFO) == 56,
		  "struct.PARALLEL_PARCHIP_INFO_WDK.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(PARALLEL_PARCHIP_INFO) == 8,
		  "struct.PARALLEL_PARCHIP_INFO_WDK.alignof");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PARCHIP_INFO, Controller) == 0,
		  "field.PARALLEL_PARCHIP_INFO_WDK.Controller.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PARCHIP_INFO *)0)->Controller) == 8,
		  "field.PARALLEL_PARCHIP_INFO_WDK.Controller.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PARCHIP_INFO, EcrController) == 8,
		  "field.PARALLEL_PARCHIP_INFO_WDK.EcrController.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PARCHIP_INFO *)0)->EcrController) == 8,
		  "field.PARALLEL_PARCHIP_INFO_WDK.EcrController.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PARCHIP_INFO, HardwareModes) == 16,
		  "field.PARALLEL_PARCHIP_INFO_WDK.HardwareModes.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PARCHIP_INFO *)0)->HardwareModes) == 4,
		  "field.PARALLEL_PARCHIP_INFO_WDK.HardwareModes.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PARCHIP_INFO, ParChipSetMode) == 24,
		  "field.PARALLEL_PARCHIP_INFO_WDK.ParChipSetMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PARCHIP_INFO *)0)->ParChipSetMode) == 8,
		  "field.PARALLEL_PARCHIP_INFO_WDK.ParChipSetMode.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PARCHIP_INFO, ParChipClearMode) == 32,
		  "field.PARALLEL_PARCHIP_INFO_WDK.ParChipClearMode.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PARCHIP_INFO *)0)->ParChipClearMode) == 8,
		  "field.PARALLEL_PARCHIP_INFO_WDK.ParChipClearMode.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PARCHIP_INFO, Context) == 40,
		  "field.PARALLEL_PARCHIP_INFO_WDK.Context.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PARCHIP_INFO *)0)->Context) == 8,
		  "field.PARALLEL_PARCHIP_INFO_WDK.Context.size");
WINPAR_ABI_ASSERT(offsetof(PARALLEL_PARCHIP_INFO, success) == 48,
		  "field.PARALLEL_PARCHIP_INFO_WDK.success.offset");
WINPAR_ABI_ASSERT(sizeof(((PARALLEL_PARCHIP_INFO *)0)->success) == 1,
		  "field.PARALLEL_PARCHIP_INFO_WDK.success.size");
WINPAR_ABI_ASSERT(sizeof(FILE_STANDARD_INFORMATION) == 24,
		  "struct.FILE_STANDARD_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(FILE_STANDARD_INFORMATION) == 8,
		  "struct.FILE_STANDARD_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(FILE_STANDARD_INFORMATION, AllocationSize) == 0,
		  "field.FILE_STANDARD_INFORMATION.AllocationSize.offset");
WINPAR_ABI_ASSERT(sizeof(((FILE_STANDARD_INFORMATION *)0)->AllocationSize) == 8,
		  "field.FILE_STANDARD_INFORMATION.AllocationSize.size");
WINPAR_ABI_ASSERT(offsetof(FILE_STANDARD_INFORMATION, EndOfFile) == 8,
		  "field.FILE_STANDARD_INFORMATION.EndOfFile.offset");
WINPAR_ABI_ASSERT(sizeof(((FILE_STANDARD_INFORMATION *)0)->EndOfFile) == 8,
		  "field.FILE_STANDARD_INFORMATION.EndOfFile.size");
WINPAR_ABI_ASSERT(offsetof(FILE_STANDARD_INFORMATION, NumberOfLinks) == 16,
		  "field.FILE_STANDARD_INFORMATION.NumberOfLinks.offset");
WINPAR_ABI_ASSERT(sizeof(((FILE_STANDARD_INFORMATION *)0)->NumberOfLinks) == 4,
		  "field.FILE_STANDARD_INFORMATION.NumberOfLinks.size");
WINPAR_ABI_ASSERT(offsetof(FILE_STANDARD_INFORMATION, DeletePending) == 20,
		  "field.FILE_STANDARD_INFORMATION.DeletePending.offset");
WINPAR_ABI_ASSERT(sizeof(((FILE_STANDARD_INFORMATION *)0)->DeletePending) == 1,
		  "field.FILE_STANDARD_INFORMATION.DeletePending.size");
WINPAR_ABI_ASSERT(offsetof(FILE_STANDARD_INFORMATION, Directory) == 21,
		  "field.FILE_STANDARD_INFORMATION.Directory.offset");
WINPAR_ABI_ASSERT(sizeof(((FILE_STANDARD_INFORMATION *)0)->Directory) == 1,
		  "field.FILE_STANDARD_INFORMATION.Directory.size");
WINPAR_ABI_ASSERT(sizeof(FILE_POSITION_INFORMATION) == 8,
		  "struct.FILE_POSITION_INFORMATION.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(FILE_POSITION_INFORMATION) == 8,
		  "struct.FILE_POSITION_INFORMATION.alignof");
WINPAR_ABI_ASSERT(offsetof(FILE_POSITION_INFORMATION, CurrentByteOffset) == 0,
		  "field.FILE_POSITION_INFORMATION.CurrentByteOffset.offset");
WINPAR_ABI_ASSERT(sizeof(((FILE_POSITION_INFORMATION *)0)->CurrentByteOffset) == 8,
		  "field.FILE_POSITION_INFORMATION.CurrentByteOffset.size");
WINPAR_ABI_ASSERT((unsigned int)(FileStandardInformation) == 0x5u,
		  "const.FileStandardInformation");
WINPAR_ABI_ASSERT((unsigned int)(FilePositionInformation) == 0xeu,
		  "const.FilePositionInformation");
WINPAR_ABI_ASSERT(sizeof(SERIAL_TIMEOUTS) == 20,
		  "struct.SERIAL_TIMEOUTS.sizeof");
WINPAR_ABI_ASSERT(WINPAR_ABI_ALIGN(SERIAL_TIMEOUTS) == 4,
		  "struct.SERIAL_TIMEOUTS.alignof");
WINPAR_ABI_ASSERT(offsetof(SERIAL_TIMEOUTS, ReadIntervalTimeout) == 0,
		  "field.SERIAL_TIMEOUTS.ReadIntervalTimeout.offset");
WINPAR_ABI_ASSERT(sizeof(((SERIAL_TIMEOUTS *)0)->ReadIntervalTimeout) == 4,
		  "field.SERIAL_TIMEOUTS.ReadIntervalTimeout.size");
WINPAR_ABI_ASSERT(offsetof(SERIAL_TIMEOUTS, ReadTotalTimeoutMultiplier) == 4,
		  "field.SERIAL_TIMEOUTS.ReadTotalTimeoutMultiplier.offset");
WINPAR_ABI_ASSERT(sizeof(((SERIAL_TIMEOUTS *)0)->ReadTotalTimeoutMultiplier) == 4,
		  "field.SERIAL_TIMEOUTS.ReadTotalTimeoutMultiplier.size");
WINPAR_ABI_ASSERT(offsetof(SERIAL_TIMEOUTS, ReadTotalTimeoutConstant) == 8,
		  "field.SERIAL_TIMEOUTS.ReadTotalTimeoutConstant.offset");
WINPAR_ABI_ASSERT(sizeof(((SERIAL_TIMEOUTS *)0)->ReadTotalTimeoutConstant) == 4,
		  "field.SERIAL_TIMEOUTS.ReadTotalTimeoutConstant.size");
WINPAR_ABI_ASSERT(offsetof(SERIAL_TIMEOUTS, WriteTotalTimeoutMultiplier) == 12,
		  "field.SERIAL_TIMEOUTS.WriteTotalTimeoutMultiplier.offset");
WINPAR_ABI_ASSERT(sizeof(((SERIAL_TIMEOUTS *)0)->WriteTotalTimeoutMultiplier) == 4,
		  "field.SERIAL_TIMEOUTS.WriteTotalTimeoutMultiplier.size");
WINPAR_ABI_ASSERT(offsetof(SERIAL_TIMEOUTS, WriteTotalTimeoutConstant) == 16,
		  "field.SERIAL_TIMEOUTS.WriteTotalTimeoutConstant.offset");
WINPAR_ABI_ASSERT(sizeof(((SERIAL_TIMEOUTS *)0)->WriteTotalTimeoutConstant) == 4,
		  "field.SERIAL_TIMEOUTS.WriteTotalTimeoutConstant.size");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_QUERY_INFORMATION) == 0x160004u,
		  "const.IOCTL_PAR_QUERY_INFORMATION");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_SET_INFORMATION) == 0x160008u,
		  "const.IOCTL_PAR_SET_INFORMATION");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_QUERY_DEVICE_ID) == 0x16000cu,
		  "const.IOCTL_PAR_QUERY_DEVICE_ID");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_QUERY_DEVICE_ID_SIZE) == 0x160010u,
		  "const.IOCTL_PAR_QUERY_DEVICE_ID_SIZE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_IEEE1284_GET_MODE) == 0x160014u,
		  "const.IOCTL_IEEE1284_GET_MODE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_IEEE1284_NEGOTIATE) == 0x160018u,
		  "const.IOCTL_IEEE1284_NEGOTIATE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_SET_WRITE_ADDRESS) == 0x16001cu,
		  "const.IOCTL_PAR_SET_WRITE_ADDRESS");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_SET_READ_ADDRESS) == 0x160020u,
		  "const.IOCTL_PAR_SET_READ_ADDRESS");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_GET_DEVICE_CAPS) == 0x160024u,
		  "const.IOCTL_PAR_GET_DEVICE_CAPS");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_GET_DEFAULT_MODES) == 0x160028u,
		  "const.IOCTL_PAR_GET_DEFAULT_MODES");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_QUERY_RAW_DEVICE_ID) == 0x160030u,
		  "const.IOCTL_PAR_QUERY_RAW_DEVICE_ID");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_IS_PORT_FREE) == 0x160054u,
		  "const.IOCTL_PAR_IS_PORT_FREE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_PAR_QUERY_LOCATION) == 0x160058u,
		  "const.IOCTL_PAR_QUERY_LOCATION");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE) == 0x16002cu,
		  "const.IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO) == 0x160030u,
		  "const.IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT) == 0x160034u,
		  "const.IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT) == 0x160038u,
		  "const.IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO) == 0x16003cu,
		  "const.IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO) == 0x160044u,
		  "const.IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE) == 0x16004cu,
		  "const.IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE) == 0x160050u,
		  "const.IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO) == 0x160054u,
		  "const.IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_INIT_1284_3_BUS) == 0x160058u,
		  "const.IOCTL_INTERNAL_INIT_1284_3_BUS");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_SELECT_DEVICE) == 0x16005cu,
		  "const.IOCTL_INTERNAL_SELECT_DEVICE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_DESELECT_DEVICE) == 0x160060u,
		  "const.IOCTL_INTERNAL_DESELECT_DEVICE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARCLASS_CONNECT) == 0x160078u,
		  "const.IOCTL_INTERNAL_PARCLASS_CONNECT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARCLASS_DISCONNECT) == 0x16007cu,
		  "const.IOCTL_INTERNAL_PARCLASS_DISCONNECT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_DISCONNECT_IDLE) == 0x160080u,
		  "const.IOCTL_INTERNAL_DISCONNECT_IDLE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_LOCK_PORT) == 0x160094u,
		  "const.IOCTL_INTERNAL_LOCK_PORT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_UNLOCK_PORT) == 0x160098u,
		  "const.IOCTL_INTERNAL_UNLOCK_PORT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_PARALLEL_PORT_FREE) == 0x1600a0u,
		  "const.IOCTL_INTERNAL_PARALLEL_PORT_FREE");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_LOCK_PORT_NO_SELECT) == 0x1600d0u,
		  "const.IOCTL_INTERNAL_LOCK_PORT_NO_SELECT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT) == 0x1600d4u,
		  "const.IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_SERIAL_SET_TIMEOUTS) == 0x1b001cu,
		  "const.IOCTL_SERIAL_SET_TIMEOUTS");
WINPAR_ABI_ASSERT((unsigned int)(IOCTL_SERIAL_GET_TIMEOUTS) == 0x1b0020u,
		  "const.IOCTL_SERIAL_GET_TIMEOUTS");
WINPAR_ABI_ASSERT((unsigned int)(FILE_DEVICE_PARALLEL_PORT) == 0x16u,
		  "const.FILE_DEVICE_PARALLEL_PORT");
WINPAR_ABI_ASSERT((unsigned int)(FILE_DEVICE_SERIAL_PORT) == 0x1bu,
		  "const.FILE_DEVICE_SERIAL_PORT");
WINPAR_ABI_ASSERT((unsigned int)(METHOD_BUFFERED) == 0x0u,
		  "const.METHOD_BUFFERED");
WINPAR_ABI_ASSERT((unsigned int)(FILE_ANY_ACCESS) == 0x0u,
		  "const.FILE_ANY_ACCESS");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_CREATE) == 0x0u,
		  "const.IRP_MJ_CREATE");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_CLOSE) == 0x2u,
		  "const.IRP_MJ_CLOSE");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_READ) == 0x3u,
		  "const.IRP_MJ_READ");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_WRITE) == 0x4u,
		  "const.IRP_MJ_WRITE");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_QUERY_INFORMATION) == 0x5u,
		  "const.IRP_MJ_QUERY_INFORMATION");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_SET_INFORMATION) == 0x6u,
		  "const.IRP_MJ_SET_INFORMATION");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_DEVICE_CONTROL) == 0xeu,
		  "const.IRP_MJ_DEVICE_CONTROL");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_INTERNAL_DEVICE_CONTROL) == 0xfu,
		  "const.IRP_MJ_INTERNAL_DEVICE_CONTROL");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_CLEANUP) == 0x12u,
		  "const.IRP_MJ_CLEANUP");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_POWER) == 0x16u,
		  "const.IRP_MJ_POWER");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_SYSTEM_CONTROL) == 0x17u,
		  "const.IRP_MJ_SYSTEM_CONTROL");
WINPAR_ABI_ASSERT((unsigned int)(IRP_MJ_PNP) == 0x1bu,
		  "const.IRP_MJ_PNP");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_INIT) == 0x1u,
		  "const.PARALLEL_INIT");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_AUTOFEED) == 0x2u,
		  "const.PARALLEL_AUTOFEED");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_PAPER_EMPTY) == 0x4u,
		  "const.PARALLEL_PAPER_EMPTY");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_OFF_LINE) == 0x8u,
		  "const.PARALLEL_OFF_LINE");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_POWER_OFF) == 0x10u,
		  "const.PARALLEL_POWER_OFF");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_NOT_CONNECTED) == 0x20u,
		  "const.PARALLEL_NOT_CONNECTED");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_BUSY) == 0x40u,
		  "const.PARALLEL_BUSY");
WINPAR_ABI_ASSERT((unsigned int)(PARALLEL_SELECTED) == 0x80u,
		  "const.PARALLEL_SELECTED");
WINPAR_ABI_ASSERT((unsigned int)(NONE) == 0x0u,
		  "const.NONE");
WINPAR_ABI_ASSERT((unsigned int)(CENTRONICS) == 0x1u,
		  "const.CENTRONICS");
WINPAR_ABI_ASSERT((unsigned int)(IEEE_COMPATIBILITY) == 0x2u,
		  "const.IEEE_COMPATIBILITY");
WINPAR_ABI_ASSERT((unsigned int)(NIBBLE) == 0x4u,
		  "const.NIBBLE");
WINPAR_ABI_ASSERT((unsigned int)(CHANNEL_NIBBLE) == 0x8u,
		  "const.CHANNEL_NIBBLE");
WINPAR_ABI_ASSERT((unsigned int)(BYTE_BIDIR) == 0x10u,
		  "const.BYTE_BIDIR");
WINPAR_ABI_ASSERT((unsigned int)(EPP_HW) == 0x20u,
		  "const.EPP_HW");
WINPAR_ABI_ASSERT((unsigned int)(EPP_SW) == 0x40u,
		  "const.EPP_SW");
WINPAR_ABI_ASSERT((unsigned int)(EPP_ANY) == 0x60u,
		  "const.EPP_ANY");
WINPAR_ABI_ASSERT((unsigned int)(BOUNDED_ECP) == 0x80u,
		  "const.BOUNDED_ECP");
WINPAR_ABI_ASSERT((unsigned int)(ECP_HW_NOIRQ) == 0x100u,
		  "const.ECP_HW_NOIRQ");
WINPAR_ABI_ASSERT((unsigned int)(ECP_HW_IRQ) == 0x200u,
		  "const.ECP_HW_IRQ");
WINPAR_ABI_ASSERT((unsigned int)(ECP_SW) == 0x400u,
		  "const.ECP_SW");
WINPAR_ABI_ASSERT((unsigned int)(ECP_ANY) == 0x780u,
		  "const.ECP_ANY");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data1, _) == 0x97f76ef0u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data1");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data2, _) == 0xf883u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data2");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data3, _) == 0x11d0u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data3");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_0, _) == 0xafu,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_0");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_1, _) == 0x1fu,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_1");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_2, _) == 0x0u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_2");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_3, _) == 0x0u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_3");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_4, _) == 0xf8u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_4");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_5, _) == 0x0u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_5");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_6, _) == 0x84u,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_6");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_7, _) == 0x5cu,
		  "guid.GUID_DEVINTERFACE_PARALLEL.Data4_7");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data1, _) == 0x811fc6a5u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data1");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data2, _) == 0xf728u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data2");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data3, _) == 0x11d0u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data3");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_0, _) == 0xa5u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_0");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_1, _) == 0x37u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_1");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_2, _) == 0x0u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_2");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_3, _) == 0x0u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_3");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_4, _) == 0xf8u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_4");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_5, _) == 0x75u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_5");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_6, _) == 0x3eu,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_6");
WINPAR_ABI_ASSERT(WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_7, _) == 0xd1u,
		  "guid.GUID_DEVINTERFACE_PARCLASS.Data4_7");
WINPAR_ABI_ASSERT((unsigned int)(PAR_END_OF_CHAIN_DEVICE) == 0x1u,
		  "const.PAR_END_OF_CHAIN_DEVICE");
WINPAR_ABI_ASSERT((unsigned int)(PAR_HAVE_PORT_KEEP_PORT) == 0x2u,
		  "const.PAR_HAVE_PORT_KEEP_PORT");
WINPAR_ABI_ASSERT((unsigned int)(PPT_NO_HARDWARE_PRESENT) == 0x0u,
		  "const.PPT_NO_HARDWARE_PRESENT");
WINPAR_ABI_ASSERT((unsigned int)(PPT_ECP_PRESENT) == 0x1u,
		  "const.PPT_ECP_PRESENT");
WINPAR_ABI_ASSERT((unsigned int)(PPT_EPP_PRESENT) == 0x2u,
		  "const.PPT_EPP_PRESENT");
WINPAR_ABI_ASSERT((unsigned int)(PPT_EPP_32_PRESENT) == 0x4u,
		  "const.PPT_EPP_32_PRESENT");
WINPAR_ABI_ASSERT((unsigned int)(PPT_BYTE_PRESENT) == 0x8u,
		  "const.PPT_BYTE_PRESENT");
WINPAR_ABI_ASSERT((unsigned int)(PPT_BIDI_PRESENT) == 0x8u,
		  "const.PPT_BIDI_PRESENT");
WINPAR_ABI_ASSERT((unsigned int)(PPT_1284_3_PRESENT) == 0x10u,
		  "const.PPT_1284_3_PRESENT");
WINPAR_ABI_ASSERT((unsigned int)(INITIAL_MODE) == 0x0u,
		  "const.INITIAL_MODE");
WINPAR_ABI_ASSERT((unsigned int)(PARCHIP_ECR_ARBITRATOR) == 0x1u,
		  "const.PARCHIP_ECR_ARBITRATOR");
WINPAR_ABI_ASSERT((unsigned int)(SAFE_MODE) == 0x0u,
		  "const.SAFE_MODE");
WINPAR_ABI_ASSERT((unsigned int)(UNSAFE_MODE) == 0x1u,
		  "const.UNSAFE_MODE");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_SUCCESS) == 0x0u,
		  "const.STATUS_SUCCESS");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_TIMEOUT) == 0x102u,
		  "const.STATUS_TIMEOUT");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_PENDING) == 0x103u,
		  "const.STATUS_PENDING");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_BUFFER_OVERFLOW) == 0x80000005u,
		  "const.STATUS_BUFFER_OVERFLOW");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_PAPER_EMPTY) == 0x8000000eu,
		  "const.STATUS_DEVICE_PAPER_EMPTY");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_POWERED_OFF) == 0x8000000fu,
		  "const.STATUS_DEVICE_POWERED_OFF");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_OFF_LINE) == 0x80000010u,
		  "const.STATUS_DEVICE_OFF_LINE");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_BUSY) == 0x80000011u,
		  "const.STATUS_DEVICE_BUSY");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_UNSUCCESSFUL) == 0xc0000001u,
		  "const.STATUS_UNSUCCESSFUL");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_INVALID_PARAMETER) == 0xc000000du,
		  "const.STATUS_INVALID_PARAMETER");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_NO_SUCH_DEVICE) == 0xc000000eu,
		  "const.STATUS_NO_SUCH_DEVICE");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_INVALID_DEVICE_REQUEST) == 0xc0000010u,
		  "const.STATUS_INVALID_DEVICE_REQUEST");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_ACCESS_DENIED) == 0xc0000022u,
		  "const.STATUS_ACCESS_DENIED");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_BUFFER_TOO_SMALL) == 0xc0000023u,
		  "const.STATUS_BUFFER_TOO_SMALL");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DELETE_PENDING) == 0xc0000056u,
		  "const.STATUS_DELETE_PENDING");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_INSUFFICIENT_RESOURCES) == 0xc000009au,
		  "const.STATUS_INSUFFICIENT_RESOURCES");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_NOT_CONNECTED) == 0xc000009du,
		  "const.STATUS_DEVICE_NOT_CONNECTED");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_NOT_READY) == 0xc00000a3u,
		  "const.STATUS_DEVICE_NOT_READY");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_IO_TIMEOUT) == 0xc00000b5u,
		  "const.STATUS_IO_TIMEOUT");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_NOT_A_DIRECTORY) == 0xc0000103u,
		  "const.STATUS_NOT_A_DIRECTORY");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_CANCELLED) == 0xc0000120u,
		  "const.STATUS_CANCELLED");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_INVALID_DEVICE_STATE) == 0xc0000184u,
		  "const.STATUS_INVALID_DEVICE_STATE");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_IO_DEVICE_ERROR) == 0xc0000185u,
		  "const.STATUS_IO_DEVICE_ERROR");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_PROTOCOL_ERROR) == 0xc0000186u,
		  "const.STATUS_DEVICE_PROTOCOL_ERROR");
WINPAR_ABI_ASSERT((unsigned int)(STATUS_DEVICE_REMOVED) == 0xc00002b6u,
		  "const.STATUS_DEVICE_REMOVED");

/*
 * The same checks as data, for a run-time test: define WINPAR_ABI_TABLE
 * before including this file to get the array winpar_abi_checks[].
 */
#ifdef WINPAR_ABI_TABLE
struct winpar_abi_check {
	const char *kind;		/* type, struct, field, const, guid */
	const char *entry;		/* the line of the ABI file */
	unsigned long long value;	/* winpar value, computed by the compiler */
	unsigned long long expected;	/* Windows value */
};

static const struct winpar_abi_check winpar_abi_checks[] = {
	{ "type", "type.pointer.sizeof",
	  sizeof(void *), 8 },
	{ "type", "type.pointer.alignof",
	  WINPAR_ABI_ALIGN(void *), 8 },
	{ "type", "type.BOOLEAN.sizeof",
	  sizeof(WINPAR_ABI_T(BOOLEAN, __u8)), 1 },
	{ "type", "type.BOOLEAN.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(BOOLEAN, __u8)), 1 },
	{ "type", "type.UCHAR.sizeof",
	  sizeof(WINPAR_ABI_T(UCHAR, __u8)), 1 },
	{ "type", "type.UCHAR.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(UCHAR, __u8)), 1 },
	{ "type", "type.USHORT.sizeof",
	  sizeof(WINPAR_ABI_T(USHORT, __u16)), 2 },
	{ "type", "type.USHORT.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(USHORT, __u16)), 2 },
	{ "type", "type.ULONG.sizeof",
	  sizeof(WINPAR_ABI_T(ULONG, __u32)), 4 },
	{ "type", "type.ULONG.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(ULONG, __u32)), 4 },
	{ "type", "type.ULONG_PTR.sizeof",
	  sizeof(WINPAR_ABI_T(ULONG_PTR, unsigned long)), 8 },
	{ "type", "type.ULONG_PTR.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(ULONG_PTR, unsigned long)), 8 },
	{ "type", "type.NTSTATUS.sizeof",
	  sizeof(WINPAR_ABI_T(NTSTATUS, __s32)), 4 },
	{ "type", "type.NTSTATUS.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(NTSTATUS, __s32)), 4 },
	{ "type", "type.PHYSICAL_ADDRESS.sizeof",
	  sizeof(WINPAR_ABI_T(PHYSICAL_ADDRESS, union winpar_large_integer)), 8 },
	{ "type", "type.PHYSICAL_ADDRESS.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(PHYSICAL_ADDRESS, union winpar_large_integer)), 8 },
	{ "type", "type.KAFFINITY.sizeof",
	  sizeof(WINPAR_ABI_T(KAFFINITY, unsigned long)), 8 },
	{ "type", "type.KAFFINITY.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(KAFFINITY, unsigned long)), 8 },
	{ "type", "type.INTERFACE_TYPE.sizeof",
	  sizeof(WINPAR_ABI_T(INTERFACE_TYPE, __s32)), 4 },
	{ "type", "type.INTERFACE_TYPE.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(INTERFACE_TYPE, __s32)), 4 },
	{ "type", "type.KINTERRUPT_MODE.sizeof",
	  sizeof(WINPAR_ABI_T(KINTERRUPT_MODE, __s32)), 4 },
	{ "type", "type.KINTERRUPT_MODE.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(KINTERRUPT_MODE, __s32)), 4 },
	{ "type", "type.PARALLEL_SAFETY.sizeof",
	  sizeof(PARALLEL_SAFETY), 4 },
	{ "type", "type.PARALLEL_SAFETY.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_SAFETY), 4 },
	{ "type", "type.PWSTR.sizeof",
	  sizeof(WINPAR_ABI_T(PWSTR, __u16 *)), 8 },
	{ "type", "type.PWSTR.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(PWSTR, __u16 *)), 8 },
	{ "type", "type.GUID.sizeof",
	  sizeof(WINPAR_ABI_T(GUID, struct winpar_guid)), 16 },
	{ "type", "type.GUID.alignof",
	  WINPAR_ABI_ALIGN(WINPAR_ABI_T(GUID, struct winpar_guid)), 4 },
	{ "struct", "struct.PAR_QUERY_INFORMATION.sizeof",
	  sizeof(PAR_QUERY_INFORMATION), 1 },
	{ "struct", "struct.PAR_QUERY_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(PAR_QUERY_INFORMATION), 1 },
	{ "field", "field.PAR_QUERY_INFORMATION.Status.offset",
	  offsetof(PAR_QUERY_INFORMATION, Status), 0 },
	{ "field", "field.PAR_QUERY_INFORMATION.Status.size",
	  sizeof(((PAR_QUERY_INFORMATION *)0)->Status), 1 },
	{ "struct", "struct.PAR_SET_INFORMATION.sizeof",
	  sizeof(PAR_SET_INFORMATION), 1 },
	{ "struct", "struct.PAR_SET_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(PAR_SET_INFORMATION), 1 },
	{ "field", "field.PAR_SET_INFORMATION.Init.offset",
	  offsetof(PAR_SET_INFORMATION, Init), 0 },
	{ "field", "field.PAR_SET_INFORMATION.Init.size",
	  sizeof(((PAR_SET_INFORMATION *)0)->Init), 1 },
	{ "struct", "struct.PAR_DEVICE_ID_SIZE_INFORMATION.sizeof",
	  sizeof(PAR_DEVICE_ID_SIZE_INFORMATION), 4 },
	{ "struct", "struct.PAR_DEVICE_ID_SIZE_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(PAR_DEVICE_ID_SIZE_INFORMATION), 4 },
	{ "field", "field.PAR_DEVICE_ID_SIZE_INFORMATION.DeviceIdSize.offset",
	  offsetof(PAR_DEVICE_ID_SIZE_INFORMATION, DeviceIdSize), 0 },
	{ "field", "field.PAR_DEVICE_ID_SIZE_INFORMATION.DeviceIdSize.size",
	  sizeof(((PAR_DEVICE_ID_SIZE_INFORMATION *)0)->DeviceIdSize), 4 },
	{ "struct", "struct.PARCLASS_NEGOTIATION_MASK.sizeof",
	  sizeof(PARCLASS_NEGOTIATION_MASK), 4 },
	{ "struct", "struct.PARCLASS_NEGOTIATION_MASK.alignof",
	  WINPAR_ABI_ALIGN(PARCLASS_NEGOTIATION_MASK), 2 },
	{ "field", "field.PARCLASS_NEGOTIATION_MASK.usReadMask.offset",
	  offsetof(PARCLASS_NEGOTIATION_MASK, usReadMask), 0 },
	{ "field", "field.PARCLASS_NEGOTIATION_MASK.usReadMask.size",
	  sizeof(((PARCLASS_NEGOTIATION_MASK *)0)->usReadMask), 2 },
	{ "field", "field.PARCLASS_NEGOTIATION_MASK.usWriteMask.offset",
	  offsetof(PARCLASS_NEGOTIATION_MASK, usWriteMask), 2 },
	{ "field", "field.PARCLASS_NEGOTIATION_MASK.usWriteMask.size",
	  sizeof(((PARCLASS_NEGOTIATION_MASK *)0)->usWriteMask), 2 },
	{ "struct", "struct.PARALLEL_1284_COMMAND.sizeof",
	  sizeof(PARALLEL_1284_COMMAND), 8 },
	{ "struct", "struct.PARALLEL_1284_COMMAND.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_1284_COMMAND), 4 },
	{ "field", "field.PARALLEL_1284_COMMAND.ID.offset",
	  offsetof(PARALLEL_1284_COMMAND, ID), 0 },
	{ "field", "field.PARALLEL_1284_COMMAND.ID.size",
	  sizeof(((PARALLEL_1284_COMMAND *)0)->ID), 1 },
	{ "field", "field.PARALLEL_1284_COMMAND.Port.offset",
	  offsetof(PARALLEL_1284_COMMAND, Port), 1 },
	{ "field", "field.PARALLEL_1284_COMMAND.Port.size",
	  sizeof(((PARALLEL_1284_COMMAND *)0)->Port), 1 },
	{ "field", "field.PARALLEL_1284_COMMAND.CommandFlags.offset",
	  offsetof(PARALLEL_1284_COMMAND, CommandFlags), 4 },
	{ "field", "field.PARALLEL_1284_COMMAND.CommandFlags.size",
	  sizeof(((PARALLEL_1284_COMMAND *)0)->CommandFlags), 4 },
	{ "struct", "struct.PARALLEL_CHIP_MODE.sizeof",
	  sizeof(PARALLEL_CHIP_MODE), 2 },
	{ "struct", "struct.PARALLEL_CHIP_MODE.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_CHIP_MODE), 1 },
	{ "field", "field.PARALLEL_CHIP_MODE.ModeFlags.offset",
	  offsetof(PARALLEL_CHIP_MODE, ModeFlags), 0 },
	{ "field", "field.PARALLEL_CHIP_MODE.ModeFlags.size",
	  sizeof(((PARALLEL_CHIP_MODE *)0)->ModeFlags), 1 },
	{ "field", "field.PARALLEL_CHIP_MODE.success.offset",
	  offsetof(PARALLEL_CHIP_MODE, success), 1 },
	{ "field", "field.PARALLEL_CHIP_MODE.success.size",
	  sizeof(((PARALLEL_CHIP_MODE *)0)->success), 1 },
	{ "struct", "struct.MORE_PARALLEL_PORT_INFORMATION.sizeof",
	  sizeof(MORE_PARALLEL_PORT_INFORMATION), 32 },
	{ "struct", "struct.MORE_PARALLEL_PORT_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(MORE_PARALLEL_PORT_INFORMATION), 8 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterfaceType.offset",
	  offsetof(MORE_PARALLEL_PORT_INFORMATION, InterfaceType), 0 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterfaceType.size",
	  sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterfaceType), 4 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.BusNumber.offset",
	  offsetof(MORE_PARALLEL_PORT_INFORMATION, BusNumber), 4 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.BusNumber.size",
	  sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->BusNumber), 4 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptLevel.offset",
	  offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptLevel), 8 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptLevel.size",
	  sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptLevel), 4 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptVector.offset",
	  offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptVector), 12 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptVector.size",
	  sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptVector), 4 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptAffinity.offset",
	  offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptAffinity), 16 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptAffinity.size",
	  sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptAffinity), 8 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptMode.offset",
	  offsetof(MORE_PARALLEL_PORT_INFORMATION, InterruptMode), 24 },
	{ "field", "field.MORE_PARALLEL_PORT_INFORMATION.InterruptMode.size",
	  sizeof(((MORE_PARALLEL_PORT_INFORMATION *)0)->InterruptMode), 4 },
	{ "struct", "struct.PARALLEL_PORT_INFORMATION.sizeof",
	  sizeof(PARALLEL_PORT_INFORMATION), 56 },
	{ "struct", "struct.PARALLEL_PORT_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_PORT_INFORMATION), 8 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.OriginalController.offset",
	  offsetof(PARALLEL_PORT_INFORMATION, OriginalController), 0 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.OriginalController.size",
	  sizeof(((PARALLEL_PORT_INFORMATION *)0)->OriginalController), 8 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.Controller.offset",
	  offsetof(PARALLEL_PORT_INFORMATION, Controller), 8 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.Controller.size",
	  sizeof(((PARALLEL_PORT_INFORMATION *)0)->Controller), 8 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.SpanOfController.offset",
	  offsetof(PARALLEL_PORT_INFORMATION, SpanOfController), 16 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.SpanOfController.size",
	  sizeof(((PARALLEL_PORT_INFORMATION *)0)->SpanOfController), 4 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.TryAllocatePort.offset",
	  offsetof(PARALLEL_PORT_INFORMATION, TryAllocatePort), 24 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.TryAllocatePort.size",
	  sizeof(((PARALLEL_PORT_INFORMATION *)0)->TryAllocatePort), 8 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.FreePort.offset",
	  offsetof(PARALLEL_PORT_INFORMATION, FreePort), 32 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.FreePort.size",
	  sizeof(((PARALLEL_PORT_INFORMATION *)0)->FreePort), 8 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.QueryNumWaiters.offset",
	  offsetof(PARALLEL_PORT_INFORMATION, QueryNumWaiters), 40 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.QueryNumWaiters.size",
	  sizeof(((PARALLEL_PORT_INFORMATION *)0)->QueryNumWaiters), 8 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.Context.offset",
	  offsetof(PARALLEL_PORT_INFORMATION, Context), 48 },
	{ "field", "field.PARALLEL_PORT_INFORMATION.Context.size",
	  sizeof(((PARALLEL_PORT_INFORMATION *)0)->Context), 8 },
	{ "struct", "struct.PARALLEL_PNP_INFORMATION.sizeof",
	  sizeof(PARALLEL_PNP_INFORMATION), 112 },
	{ "struct", "struct.PARALLEL_PNP_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_PNP_INFORMATION), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.OriginalEcpController.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, OriginalEcpController), 0 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.OriginalEcpController.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->OriginalEcpController), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.EcpController.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, EcpController), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.EcpController.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->EcpController), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.SpanOfEcpController.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, SpanOfEcpController), 16 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.SpanOfEcpController.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->SpanOfEcpController), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.PortNumber.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, PortNumber), 20 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.PortNumber.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->PortNumber), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.HardwareCapabilities.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, HardwareCapabilities), 24 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.HardwareCapabilities.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->HardwareCapabilities), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.TrySetChipMode.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, TrySetChipMode), 32 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.TrySetChipMode.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->TrySetChipMode), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.ClearChipMode.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, ClearChipMode), 40 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.ClearChipMode.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->ClearChipMode), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.FifoDepth.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, FifoDepth), 48 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.FifoDepth.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->FifoDepth), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.FifoWidth.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, FifoWidth), 52 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.FifoWidth.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->FifoWidth), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.EppControllerPhysicalAddress.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, EppControllerPhysicalAddress), 56 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.EppControllerPhysicalAddress.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->EppControllerPhysicalAddress), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.SpanOfEppController.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, SpanOfEppController), 64 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.SpanOfEppController.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->SpanOfEppController), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.Ieee1284_3DeviceCount.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, Ieee1284_3DeviceCount), 68 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.Ieee1284_3DeviceCount.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->Ieee1284_3DeviceCount), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.TrySelectDevice.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, TrySelectDevice), 72 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.TrySelectDevice.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->TrySelectDevice), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.DeselectDevice.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, DeselectDevice), 80 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.DeselectDevice.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->DeselectDevice), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.Context.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, Context), 88 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.Context.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->Context), 8 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.CurrentMode.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, CurrentMode), 96 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.CurrentMode.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->CurrentMode), 4 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.PortName.offset",
	  offsetof(PARALLEL_PNP_INFORMATION, PortName), 104 },
	{ "field", "field.PARALLEL_PNP_INFORMATION.PortName.size",
	  sizeof(((PARALLEL_PNP_INFORMATION *)0)->PortName), 8 },
	{ "struct", "struct.PARALLEL_INTERRUPT_SERVICE_ROUTINE.sizeof",
	  sizeof(PARALLEL_INTERRUPT_SERVICE_ROUTINE), 32 },
	{ "struct", "struct.PARALLEL_INTERRUPT_SERVICE_ROUTINE.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_INTERRUPT_SERVICE_ROUTINE), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceRoutine.offset",
	  offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, InterruptServiceRoutine), 0 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceRoutine.size",
	  sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->InterruptServiceRoutine), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceContext.offset",
	  offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, InterruptServiceContext), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.InterruptServiceContext.size",
	  sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->InterruptServiceContext), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckRoutine.offset",
	  offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, DeferredPortCheckRoutine), 16 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckRoutine.size",
	  sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->DeferredPortCheckRoutine), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckContext.offset",
	  offsetof(PARALLEL_INTERRUPT_SERVICE_ROUTINE, DeferredPortCheckContext), 24 },
	{ "field", "field.PARALLEL_INTERRUPT_SERVICE_ROUTINE.DeferredPortCheckContext.size",
	  sizeof(((PARALLEL_INTERRUPT_SERVICE_ROUTINE *)0)->DeferredPortCheckContext), 8 },
	{ "struct", "struct.PARALLEL_INTERRUPT_INFORMATION_DOC.sizeof",
	  sizeof(PARALLEL_INTERRUPT_INFORMATION), 32 },
	{ "struct", "struct.PARALLEL_INTERRUPT_INFORMATION_DOC.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_INTERRUPT_INFORMATION), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.InterruptObject.offset",
	  offsetof(PARALLEL_INTERRUPT_INFORMATION, InterruptObject), 0 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.InterruptObject.size",
	  sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->InterruptObject), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.TryAllocatePortAtInterruptLevel.offset",
	  offsetof(PARALLEL_INTERRUPT_INFORMATION, TryAllocatePortAtInterruptLevel), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.TryAllocatePortAtInterruptLevel.size",
	  sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->TryAllocatePortAtInterruptLevel), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.FreePortFromInterruptLevel.offset",
	  offsetof(PARALLEL_INTERRUPT_INFORMATION, FreePortFromInterruptLevel), 16 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.FreePortFromInterruptLevel.size",
	  sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->FreePortFromInterruptLevel), 8 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.Context.offset",
	  offsetof(PARALLEL_INTERRUPT_INFORMATION, Context), 24 },
	{ "field", "field.PARALLEL_INTERRUPT_INFORMATION_DOC.Context.size",
	  sizeof(((PARALLEL_INTERRUPT_INFORMATION *)0)->Context), 8 },
	{ "struct", "struct.PARCLASS_INFORMATION.sizeof",
	  sizeof(PARCLASS_INFORMATION), 120 },
	{ "struct", "struct.PARCLASS_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(PARCLASS_INFORMATION), 8 },
	{ "field", "field.PARCLASS_INFORMATION.Controller.offset",
	  offsetof(PARCLASS_INFORMATION, Controller), 0 },
	{ "field", "field.PARCLASS_INFORMATION.Controller.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->Controller), 8 },
	{ "field", "field.PARCLASS_INFORMATION.EcrController.offset",
	  offsetof(PARCLASS_INFORMATION, EcrController), 8 },
	{ "field", "field.PARCLASS_INFORMATION.EcrController.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->EcrController), 8 },
	{ "field", "field.PARCLASS_INFORMATION.SpanOfController.offset",
	  offsetof(PARCLASS_INFORMATION, SpanOfController), 16 },
	{ "field", "field.PARCLASS_INFORMATION.SpanOfController.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->SpanOfController), 4 },
	{ "field", "field.PARCLASS_INFORMATION.DetermineIeeeModes.offset",
	  offsetof(PARCLASS_INFORMATION, DetermineIeeeModes), 24 },
	{ "field", "field.PARCLASS_INFORMATION.DetermineIeeeModes.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->DetermineIeeeModes), 8 },
	{ "field", "field.PARCLASS_INFORMATION.NegotiateIeeeMode.offset",
	  offsetof(PARCLASS_INFORMATION, NegotiateIeeeMode), 32 },
	{ "field", "field.PARCLASS_INFORMATION.NegotiateIeeeMode.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->NegotiateIeeeMode), 8 },
	{ "field", "field.PARCLASS_INFORMATION.TerminateIeeeMode.offset",
	  offsetof(PARCLASS_INFORMATION, TerminateIeeeMode), 40 },
	{ "field", "field.PARCLASS_INFORMATION.TerminateIeeeMode.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->TerminateIeeeMode), 8 },
	{ "field", "field.PARCLASS_INFORMATION.IeeeFwdToRevMode.offset",
	  offsetof(PARCLASS_INFORMATION, IeeeFwdToRevMode), 48 },
	{ "field", "field.PARCLASS_INFORMATION.IeeeFwdToRevMode.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->IeeeFwdToRevMode), 8 },
	{ "field", "field.PARCLASS_INFORMATION.IeeeRevToFwdMode.offset",
	  offsetof(PARCLASS_INFORMATION, IeeeRevToFwdMode), 56 },
	{ "field", "field.PARCLASS_INFORMATION.IeeeRevToFwdMode.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->IeeeRevToFwdMode), 8 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelRead.offset",
	  offsetof(PARCLASS_INFORMATION, ParallelRead), 64 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelRead.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->ParallelRead), 8 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelWrite.offset",
	  offsetof(PARCLASS_INFORMATION, ParallelWrite), 72 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelWrite.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->ParallelWrite), 8 },
	{ "field", "field.PARCLASS_INFORMATION.ParclassContext.offset",
	  offsetof(PARCLASS_INFORMATION, ParclassContext), 80 },
	{ "field", "field.PARCLASS_INFORMATION.ParclassContext.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->ParclassContext), 8 },
	{ "field", "field.PARCLASS_INFORMATION.HardwareCapabilities.offset",
	  offsetof(PARCLASS_INFORMATION, HardwareCapabilities), 88 },
	{ "field", "field.PARCLASS_INFORMATION.HardwareCapabilities.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->HardwareCapabilities), 4 },
	{ "field", "field.PARCLASS_INFORMATION.FifoDepth.offset",
	  offsetof(PARCLASS_INFORMATION, FifoDepth), 92 },
	{ "field", "field.PARCLASS_INFORMATION.FifoDepth.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->FifoDepth), 4 },
	{ "field", "field.PARCLASS_INFORMATION.FifoWidth.offset",
	  offsetof(PARCLASS_INFORMATION, FifoWidth), 96 },
	{ "field", "field.PARCLASS_INFORMATION.FifoWidth.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->FifoWidth), 4 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelTryselect.offset",
	  offsetof(PARCLASS_INFORMATION, ParallelTryselect), 104 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelTryselect.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->ParallelTryselect), 8 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelDeSelect.offset",
	  offsetof(PARCLASS_INFORMATION, ParallelDeSelect), 112 },
	{ "field", "field.PARCLASS_INFORMATION.ParallelDeSelect.size",
	  sizeof(((PARCLASS_INFORMATION *)0)->ParallelDeSelect), 8 },
	{ "struct", "struct.PARPORT_REMOVAL_RELATIONS_WDK.sizeof",
	  sizeof(PARPORT_REMOVAL_RELATIONS), 24 },
	{ "struct", "struct.PARPORT_REMOVAL_RELATIONS_WDK.alignof",
	  WINPAR_ABI_ALIGN(PARPORT_REMOVAL_RELATIONS), 8 },
	{ "field", "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceObject.offset",
	  offsetof(PARPORT_REMOVAL_RELATIONS, DeviceObject), 0 },
	{ "field", "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceObject.size",
	  sizeof(((PARPORT_REMOVAL_RELATIONS *)0)->DeviceObject), 8 },
	{ "field", "field.PARPORT_REMOVAL_RELATIONS_WDK.Flags.offset",
	  offsetof(PARPORT_REMOVAL_RELATIONS, Flags), 8 },
	{ "field", "field.PARPORT_REMOVAL_RELATIONS_WDK.Flags.size",
	  sizeof(((PARPORT_REMOVAL_RELATIONS *)0)->Flags), 4 },
	{ "field", "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceName.offset",
	  offsetof(PARPORT_REMOVAL_RELATIONS, DeviceName), 16 },
	{ "field", "field.PARPORT_REMOVAL_RELATIONS_WDK.DeviceName.size",
	  sizeof(((PARPORT_REMOVAL_RELATIONS *)0)->DeviceName), 8 },
	{ "struct", "struct.PARALLEL_PARCHIP_INFO_WDK.sizeof",
	  sizeof(PARALLEL_PARCHIP_INFO), 56 },
	{ "struct", "struct.PARALLEL_PARCHIP_INFO_WDK.alignof",
	  WINPAR_ABI_ALIGN(PARALLEL_PARCHIP_INFO), 8 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.Controller.offset",
	  offsetof(PARALLEL_PARCHIP_INFO, Controller), 0 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.Controller.size",
	  sizeof(((PARALLEL_PARCHIP_INFO *)0)->Controller), 8 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.EcrController.offset",
	  offsetof(PARALLEL_PARCHIP_INFO, EcrController), 8 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.EcrController.size",
	  sizeof(((PARALLEL_PARCHIP_INFO *)0)->EcrController), 8 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.HardwareModes.offset",
	  offsetof(PARALLEL_PARCHIP_INFO, HardwareModes), 16 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.HardwareModes.size",
	  sizeof(((PARALLEL_PARCHIP_INFO *)0)->HardwareModes), 4 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.ParChipSetMode.offset",
	  offsetof(PARALLEL_PARCHIP_INFO, ParChipSetMode), 24 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.ParChipSetMode.size",
	  sizeof(((PARALLEL_PARCHIP_INFO *)0)->ParChipSetMode), 8 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.ParChipClearMode.offset",
	  offsetof(PARALLEL_PARCHIP_INFO, ParChipClearMode), 32 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.ParChipClearMode.size",
	  sizeof(((PARALLEL_PARCHIP_INFO *)0)->ParChipClearMode), 8 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.Context.offset",
	  offsetof(PARALLEL_PARCHIP_INFO, Context), 40 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.Context.size",
	  sizeof(((PARALLEL_PARCHIP_INFO *)0)->Context), 8 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.success.offset",
	  offsetof(PARALLEL_PARCHIP_INFO, success), 48 },
	{ "field", "field.PARALLEL_PARCHIP_INFO_WDK.success.size",
	  sizeof(((PARALLEL_PARCHIP_INFO *)0)->success), 1 },
	{ "struct", "struct.FILE_STANDARD_INFORMATION.sizeof",
	  sizeof(FILE_STANDARD_INFORMATION), 24 },
	{ "struct", "struct.FILE_STANDARD_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(FILE_STANDARD_INFORMATION), 8 },
	{ "field", "field.FILE_STANDARD_INFORMATION.AllocationSize.offset",
	  offsetof(FILE_STANDARD_INFORMATION, AllocationSize), 0 },
	{ "field", "field.FILE_STANDARD_INFORMATION.AllocationSize.size",
	  sizeof(((FILE_STANDARD_INFORMATION *)0)->AllocationSize), 8 },
	{ "field", "field.FILE_STANDARD_INFORMATION.EndOfFile.offset",
	  offsetof(FILE_STANDARD_INFORMATION, EndOfFile), 8 },
	{ "field", "field.FILE_STANDARD_INFORMATION.EndOfFile.size",
	  sizeof(((FILE_STANDARD_INFORMATION *)0)->EndOfFile), 8 },
	{ "field", "field.FILE_STANDARD_INFORMATION.NumberOfLinks.offset",
	  offsetof(FILE_STANDARD_INFORMATION, NumberOfLinks), 16 },
	{ "field", "field.FILE_STANDARD_INFORMATION.NumberOfLinks.size",
	  sizeof(((FILE_STANDARD_INFORMATION *)0)->NumberOfLinks), 4 },
	{ "field", "field.FILE_STANDARD_INFORMATION.DeletePending.offset",
	  offsetof(FILE_STANDARD_INFORMATION, DeletePending), 20 },
	{ "field", "field.FILE_STANDARD_INFORMATION.DeletePending.size",
	  sizeof(((FILE_STANDARD_INFORMATION *)0)->DeletePending), 1 },
	{ "field", "field.FILE_STANDARD_INFORMATION.Directory.offset",
	  offsetof(FILE_STANDARD_INFORMATION, Directory), 21 },
	{ "field", "field.FILE_STANDARD_INFORMATION.Directory.size",
	  sizeof(((FILE_STANDARD_INFORMATION *)0)->Directory), 1 },
	{ "struct", "struct.FILE_POSITION_INFORMATION.sizeof",
	  sizeof(FILE_POSITION_INFORMATION), 8 },
	{ "struct", "struct.FILE_POSITION_INFORMATION.alignof",
	  WINPAR_ABI_ALIGN(FILE_POSITION_INFORMATION), 8 },
	{ "field", "field.FILE_POSITION_INFORMATION.CurrentByteOffset.offset",
	  offsetof(FILE_POSITION_INFORMATION, CurrentByteOffset), 0 },
	{ "field", "field.FILE_POSITION_INFORMATION.CurrentByteOffset.size",
	  sizeof(((FILE_POSITION_INFORMATION *)0)->CurrentByteOffset), 8 },
	{ "const", "const.FileStandardInformation",
	  (unsigned int)(FileStandardInformation), 0x5u },
	{ "const", "const.FilePositionInformation",
	  (unsigned int)(FilePositionInformation), 0xeu },
	{ "struct", "struct.SERIAL_TIMEOUTS.sizeof",
	  sizeof(SERIAL_TIMEOUTS), 20 },
	{ "struct", "struct.SERIAL_TIMEOUTS.alignof",
	  WINPAR_ABI_ALIGN(SERIAL_TIMEOUTS), 4 },
	{ "field", "field.SERIAL_TIMEOUTS.ReadIntervalTimeout.offset",
	  offsetof(SERIAL_TIMEOUTS, ReadIntervalTimeout), 0 },
	{ "field", "field.SERIAL_TIMEOUTS.ReadIntervalTimeout.size",
	  sizeof(((SERIAL_TIMEOUTS *)0)->ReadIntervalTimeout), 4 },
	{ "field", "field.SERIAL_TIMEOUTS.ReadTotalTimeoutMultiplier.offset",
	  offsetof(SERIAL_TIMEOUTS, ReadTotalTimeoutMultiplier), 4 },
	{ "field", "field.SERIAL_TIMEOUTS.ReadTotalTimeoutMultiplier.size",
	  sizeof(((SERIAL_TIMEOUTS *)0)->ReadTotalTimeoutMultiplier), 4 },
	{ "field", "field.SERIAL_TIMEOUTS.ReadTotalTimeoutConstant.offset",
	  offsetof(SERIAL_TIMEOUTS, ReadTotalTimeoutConstant), 8 },
	{ "field", "field.SERIAL_TIMEOUTS.ReadTotalTimeoutConstant.size",
	  sizeof(((SERIAL_TIMEOUTS *)0)->ReadTotalTimeoutConstant), 4 },
	{ "field", "field.SERIAL_TIMEOUTS.WriteTotalTimeoutMultiplier.offset",
	  offsetof(SERIAL_TIMEOUTS, WriteTotalTimeoutMultiplier), 12 },
	{ "field", "field.SERIAL_TIMEOUTS.WriteTotalTimeoutMultiplier.size",
	  sizeof(((SERIAL_TIMEOUTS *)0)->WriteTotalTimeoutMultiplier), 4 },
	{ "field", "field.SERIAL_TIMEOUTS.WriteTotalTimeoutConstant.offset",
	  offsetof(SERIAL_TIMEOUTS, WriteTotalTimeoutConstant), 16 },
	{ "field", "field.SERIAL_TIMEOUTS.WriteTotalTimeoutConstant.size",
	  sizeof(((SERIAL_TIMEOUTS *)0)->WriteTotalTimeoutConstant), 4 },
	{ "const", "const.IOCTL_PAR_QUERY_INFORMATION",
	  (unsigned int)(IOCTL_PAR_QUERY_INFORMATION), 0x160004u },
	{ "const", "const.IOCTL_PAR_SET_INFORMATION",
	  (unsigned int)(IOCTL_PAR_SET_INFORMATION), 0x160008u },
	{ "const", "const.IOCTL_PAR_QUERY_DEVICE_ID",
	  (unsigned int)(IOCTL_PAR_QUERY_DEVICE_ID), 0x16000cu },
	{ "const", "const.IOCTL_PAR_QUERY_DEVICE_ID_SIZE",
	  (unsigned int)(IOCTL_PAR_QUERY_DEVICE_ID_SIZE), 0x160010u },
	{ "const", "const.IOCTL_IEEE1284_GET_MODE",
	  (unsigned int)(IOCTL_IEEE1284_GET_MODE), 0x160014u },
	{ "const", "const.IOCTL_IEEE1284_NEGOTIATE",
	  (unsigned int)(IOCTL_IEEE1284_NEGOTIATE), 0x160018u },
	{ "const", "const.IOCTL_PAR_SET_WRITE_ADDRESS",
	  (unsigned int)(IOCTL_PAR_SET_WRITE_ADDRESS), 0x16001cu },
	{ "const", "const.IOCTL_PAR_SET_READ_ADDRESS",
	  (unsigned int)(IOCTL_PAR_SET_READ_ADDRESS), 0x160020u },
	{ "const", "const.IOCTL_PAR_GET_DEVICE_CAPS",
	  (unsigned int)(IOCTL_PAR_GET_DEVICE_CAPS), 0x160024u },
	{ "const", "const.IOCTL_PAR_GET_DEFAULT_MODES",
	  (unsigned int)(IOCTL_PAR_GET_DEFAULT_MODES), 0x160028u },
	{ "const", "const.IOCTL_PAR_QUERY_RAW_DEVICE_ID",
	  (unsigned int)(IOCTL_PAR_QUERY_RAW_DEVICE_ID), 0x160030u },
	{ "const", "const.IOCTL_PAR_IS_PORT_FREE",
	  (unsigned int)(IOCTL_PAR_IS_PORT_FREE), 0x160054u },
	{ "const", "const.IOCTL_PAR_QUERY_LOCATION",
	  (unsigned int)(IOCTL_PAR_QUERY_LOCATION), 0x160058u },
	{ "const", "const.IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE",
	  (unsigned int)(IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE), 0x16002cu },
	{ "const", "const.IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO",
	  (unsigned int)(IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO), 0x160030u },
	{ "const", "const.IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT",
	  (unsigned int)(IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT), 0x160034u },
	{ "const", "const.IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT",
	  (unsigned int)(IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT), 0x160038u },
	{ "const", "const.IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO",
	  (unsigned int)(IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO), 0x16003cu },
	{ "const", "const.IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO",
	  (unsigned int)(IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO), 0x160044u },
	{ "const", "const.IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE",
	  (unsigned int)(IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE), 0x16004cu },
	{ "const", "const.IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE",
	  (unsigned int)(IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE), 0x160050u },
	{ "const", "const.IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO",
	  (unsigned int)(IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO), 0x160054u },
	{ "const", "const.IOCTL_INTERNAL_INIT_1284_3_BUS",
	  (unsigned int)(IOCTL_INTERNAL_INIT_1284_3_BUS), 0x160058u },
	{ "const", "const.IOCTL_INTERNAL_SELECT_DEVICE",
	  (unsigned int)(IOCTL_INTERNAL_SELECT_DEVICE), 0x16005cu },
	{ "const", "const.IOCTL_INTERNAL_DESELECT_DEVICE",
	  (unsigned int)(IOCTL_INTERNAL_DESELECT_DEVICE), 0x160060u },
	{ "const", "const.IOCTL_INTERNAL_PARCLASS_CONNECT",
	  (unsigned int)(IOCTL_INTERNAL_PARCLASS_CONNECT), 0x160078u },
	{ "const", "const.IOCTL_INTERNAL_PARCLASS_DISCONNECT",
	  (unsigned int)(IOCTL_INTERNAL_PARCLASS_DISCONNECT), 0x16007cu },
	{ "const", "const.IOCTL_INTERNAL_DISCONNECT_IDLE",
	  (unsigned int)(IOCTL_INTERNAL_DISCONNECT_IDLE), 0x160080u },
	{ "const", "const.IOCTL_INTERNAL_LOCK_PORT",
	  (unsigned int)(IOCTL_INTERNAL_LOCK_PORT), 0x160094u },
	{ "const", "const.IOCTL_INTERNAL_UNLOCK_PORT",
	  (unsigned int)(IOCTL_INTERNAL_UNLOCK_PORT), 0x160098u },
	{ "const", "const.IOCTL_INTERNAL_PARALLEL_PORT_FREE",
	  (unsigned int)(IOCTL_INTERNAL_PARALLEL_PORT_FREE), 0x1600a0u },
	{ "const", "const.IOCTL_INTERNAL_LOCK_PORT_NO_SELECT",
	  (unsigned int)(IOCTL_INTERNAL_LOCK_PORT_NO_SELECT), 0x1600d0u },
	{ "const", "const.IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT",
	  (unsigned int)(IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT), 0x1600d4u },
	{ "const", "const.IOCTL_SERIAL_SET_TIMEOUTS",
	  (unsigned int)(IOCTL_SERIAL_SET_TIMEOUTS), 0x1b001cu },
	{ "const", "const.IOCTL_SERIAL_GET_TIMEOUTS",
	  (unsigned int)(IOCTL_SERIAL_GET_TIMEOUTS), 0x1b0020u },
	{ "const", "const.FILE_DEVICE_PARALLEL_PORT",
	  (unsigned int)(FILE_DEVICE_PARALLEL_PORT), 0x16u },
	{ "const", "const.FILE_DEVICE_SERIAL_PORT",
	  (unsigned int)(FILE_DEVICE_SERIAL_PORT), 0x1bu },
	{ "const", "const.METHOD_BUFFERED",
	  (unsigned int)(METHOD_BUFFERED), 0x0u },
	{ "const", "const.FILE_ANY_ACCESS",
	  (unsigned int)(FILE_ANY_ACCESS), 0x0u },
	{ "const", "const.IRP_MJ_CREATE",
	  (unsigned int)(IRP_MJ_CREATE), 0x0u },
	{ "const", "const.IRP_MJ_CLOSE",
	  (unsigned int)(IRP_MJ_CLOSE), 0x2u },
	{ "const", "const.IRP_MJ_READ",
	  (unsigned int)(IRP_MJ_READ), 0x3u },
	{ "const", "const.IRP_MJ_WRITE",
	  (unsigned int)(IRP_MJ_WRITE), 0x4u },
	{ "const", "const.IRP_MJ_QUERY_INFORMATION",
	  (unsigned int)(IRP_MJ_QUERY_INFORMATION), 0x5u },
	{ "const", "const.IRP_MJ_SET_INFORMATION",
	  (unsigned int)(IRP_MJ_SET_INFORMATION), 0x6u },
	{ "const", "const.IRP_MJ_DEVICE_CONTROL",
	  (unsigned int)(IRP_MJ_DEVICE_CONTROL), 0xeu },
	{ "const", "const.IRP_MJ_INTERNAL_DEVICE_CONTROL",
	  (unsigned int)(IRP_MJ_INTERNAL_DEVICE_CONTROL), 0xfu },
	{ "const", "const.IRP_MJ_CLEANUP",
	  (unsigned int)(IRP_MJ_CLEANUP), 0x12u },
	{ "const", "const.IRP_MJ_POWER",
	  (unsigned int)(IRP_MJ_POWER), 0x16u },
	{ "const", "const.IRP_MJ_SYSTEM_CONTROL",
	  (unsigned int)(IRP_MJ_SYSTEM_CONTROL), 0x17u },
	{ "const", "const.IRP_MJ_PNP",
	  (unsigned int)(IRP_MJ_PNP), 0x1bu },
	{ "const", "const.PARALLEL_INIT",
	  (unsigned int)(PARALLEL_INIT), 0x1u },
	{ "const", "const.PARALLEL_AUTOFEED",
	  (unsigned int)(PARALLEL_AUTOFEED), 0x2u },
	{ "const", "const.PARALLEL_PAPER_EMPTY",
	  (unsigned int)(PARALLEL_PAPER_EMPTY), 0x4u },
	{ "const", "const.PARALLEL_OFF_LINE",
	  (unsigned int)(PARALLEL_OFF_LINE), 0x8u },
	{ "const", "const.PARALLEL_POWER_OFF",
	  (unsigned int)(PARALLEL_POWER_OFF), 0x10u },
	{ "const", "const.PARALLEL_NOT_CONNECTED",
	  (unsigned int)(PARALLEL_NOT_CONNECTED), 0x20u },
	{ "const", "const.PARALLEL_BUSY",
	  (unsigned int)(PARALLEL_BUSY), 0x40u },
	{ "const", "const.PARALLEL_SELECTED",
	  (unsigned int)(PARALLEL_SELECTED), 0x80u },
	{ "const", "const.NONE",
	  (unsigned int)(NONE), 0x0u },
	{ "const", "const.CENTRONICS",
	  (unsigned int)(CENTRONICS), 0x1u },
	{ "const", "const.IEEE_COMPATIBILITY",
	  (unsigned int)(IEEE_COMPATIBILITY), 0x2u },
	{ "const", "const.NIBBLE",
	  (unsigned int)(NIBBLE), 0x4u },
	{ "const", "const.CHANNEL_NIBBLE",
	  (unsigned int)(CHANNEL_NIBBLE), 0x8u },
	{ "const", "const.BYTE_BIDIR",
	  (unsigned int)(BYTE_BIDIR), 0x10u },
	{ "const", "const.EPP_HW",
	  (unsigned int)(EPP_HW), 0x20u },
	{ "const", "const.EPP_SW",
	  (unsigned int)(EPP_SW), 0x40u },
	{ "const", "const.EPP_ANY",
	  (unsigned int)(EPP_ANY), 0x60u },
	{ "const", "const.BOUNDED_ECP",
	  (unsigned int)(BOUNDED_ECP), 0x80u },
	{ "const", "const.ECP_HW_NOIRQ",
	  (unsigned int)(ECP_HW_NOIRQ), 0x100u },
	{ "const", "const.ECP_HW_IRQ",
	  (unsigned int)(ECP_HW_IRQ), 0x200u },
	{ "const", "const.ECP_SW",
	  (unsigned int)(ECP_SW), 0x400u },
	{ "const", "const.ECP_ANY",
	  (unsigned int)(ECP_ANY), 0x780u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data1",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data1, _), 0x97f76ef0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data2",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data2, _), 0xf883u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data3",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data3, _), 0x11d0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_0",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_0, _), 0xafu },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_1",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_1, _), 0x1fu },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_2",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_2, _), 0x0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_3",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_3, _), 0x0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_4",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_4, _), 0xf8u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_5",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_5, _), 0x0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_6",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_6, _), 0x84u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARALLEL.Data4_7",
	  WINPAR_GUID_DEVINTERFACE_PARALLEL_VALUES(WINPAR_ABI_GUID_Data4_7, _), 0x5cu },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data1",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data1, _), 0x811fc6a5u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data2",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data2, _), 0xf728u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data3",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data3, _), 0x11d0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_0",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_0, _), 0xa5u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_1",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_1, _), 0x37u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_2",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_2, _), 0x0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_3",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_3, _), 0x0u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_4",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_4, _), 0xf8u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_5",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_5, _), 0x75u },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_6",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_6, _), 0x3eu },
	{ "guid", "guid.GUID_DEVINTERFACE_PARCLASS.Data4_7",
	  WINPAR_GUID_DEVINTERFACE_PARCLASS_VALUES(WINPAR_ABI_GUID_Data4_7, _), 0xd1u },
	{ "const", "const.PAR_END_OF_CHAIN_DEVICE",
	  (unsigned int)(PAR_END_OF_CHAIN_DEVICE), 0x1u },
	{ "const", "const.PAR_HAVE_PORT_KEEP_PORT",
	  (unsigned int)(PAR_HAVE_PORT_KEEP_PORT), 0x2u },
	{ "const", "const.PPT_NO_HARDWARE_PRESENT",
	  (unsigned int)(PPT_NO_HARDWARE_PRESENT), 0x0u },
	{ "const", "const.PPT_ECP_PRESENT",
	  (unsigned int)(PPT_ECP_PRESENT), 0x1u },
	{ "const", "const.PPT_EPP_PRESENT",
	  (unsigned int)(PPT_EPP_PRESENT), 0x2u },
	{ "const", "const.PPT_EPP_32_PRESENT",
	  (unsigned int)(PPT_EPP_32_PRESENT), 0x4u },
	{ "const", "const.PPT_BYTE_PRESENT",
	  (unsigned int)(PPT_BYTE_PRESENT), 0x8u },
	{ "const", "const.PPT_BIDI_PRESENT",
	  (unsigned int)(PPT_BIDI_PRESENT), 0x8u },
	{ "const", "const.PPT_1284_3_PRESENT",
	  (unsigned int)(PPT_1284_3_PRESENT), 0x10u },
	{ "const", "const.INITIAL_MODE",
	  (unsigned int)(INITIAL_MODE), 0x0u },
	{ "const", "const.PARCHIP_ECR_ARBITRATOR",
	  (unsigned int)(PARCHIP_ECR_ARBITRATOR), 0x1u },
	{ "const", "const.SAFE_MODE",
	  (unsigned int)(SAFE_MODE), 0x0u },
	{ "const", "const.UNSAFE_MODE",
	  (unsigned int)(UNSAFE_MODE), 0x1u },
	{ "const", "const.STATUS_SUCCESS",
	  (unsigned int)(STATUS_SUCCESS), 0x0u },
	{ "const", "const.STATUS_TIMEOUT",
	  (unsigned int)(STATUS_TIMEOUT), 0x102u },
	{ "const", "const.STATUS_PENDING",
	  (unsigned int)(STATUS_PENDING), 0x103u },
	{ "const", "const.STATUS_BUFFER_OVERFLOW",
	  (unsigned int)(STATUS_BUFFER_OVERFLOW), 0x80000005u },
	{ "const", "const.STATUS_DEVICE_PAPER_EMPTY",
	  (unsigned int)(STATUS_DEVICE_PAPER_EMPTY), 0x8000000eu },
	{ "const", "const.STATUS_DEVICE_POWERED_OFF",
	  (unsigned int)(STATUS_DEVICE_POWERED_OFF), 0x8000000fu },
	{ "const", "const.STATUS_DEVICE_OFF_LINE",
	  (unsigned int)(STATUS_DEVICE_OFF_LINE), 0x80000010u },
	{ "const", "const.STATUS_DEVICE_BUSY",
	  (unsigned int)(STATUS_DEVICE_BUSY), 0x80000011u },
	{ "const", "const.STATUS_UNSUCCESSFUL",
	  (unsigned int)(STATUS_UNSUCCESSFUL), 0xc0000001u },
	{ "const", "const.STATUS_INVALID_PARAMETER",
	  (unsigned int)(STATUS_INVALID_PARAMETER), 0xc000000du },
	{ "const", "const.STATUS_NO_SUCH_DEVICE",
	  (unsigned int)(STATUS_NO_SUCH_DEVICE), 0xc000000eu },
	{ "const", "const.STATUS_INVALID_DEVICE_REQUEST",
	  (unsigned int)(STATUS_INVALID_DEVICE_REQUEST), 0xc0000010u },
	{ "const", "const.STATUS_ACCESS_DENIED",
	  (unsigned int)(STATUS_ACCESS_DENIED), 0xc0000022u },
	{ "const", "const.STATUS_BUFFER_TOO_SMALL",
	  (unsigned int)(STATUS_BUFFER_TOO_SMALL), 0xc0000023u },
	{ "const", "const.STATUS_DELETE_PENDING",
	  (unsigned int)(STATUS_DELETE_PENDING), 0xc0000056u },
	{ "const", "const.STATUS_INSUFFICIENT_RESOURCES",
	  (unsigned int)(STATUS_INSUFFICIENT_RESOURCES), 0xc000009au },
	{ "const", "const.STATUS_DEVICE_NOT_CONNECTED",
	  (unsigned int)(STATUS_DEVICE_NOT_CONNECTED), 0xc000009du },
	{ "const", "const.STATUS_DEVICE_NOT_READY",
	  (unsigned int)(STATUS_DEVICE_NOT_READY), 0xc00000a3u },
	{ "const", "const.STATUS_IO_TIMEOUT",
	  (unsigned int)(STATUS_IO_TIMEOUT), 0xc00000b5u },
	{ "const", "const.STATUS_NOT_A_DIRECTORY",
	  (unsigned int)(STATUS_NOT_A_DIRECTORY), 0xc0000103u },
	{ "const", "const.STATUS_CANCELLED",
	  (unsigned int)(STATUS_CANCELLED), 0xc0000120u },
	{ "const", "const.STATUS_INVALID_DEVICE_STATE",
	  (unsigned int)(STATUS_INVALID_DEVICE_STATE), 0xc0000184u },
	{ "const", "const.STATUS_IO_DEVICE_ERROR",
	  (unsigned int)(STATUS_IO_DEVICE_ERROR), 0xc0000185u },
	{ "const", "const.STATUS_DEVICE_PROTOCOL_ERROR",
	  (unsigned int)(STATUS_DEVICE_PROTOCOL_ERROR), 0xc0000186u },
	{ "const", "const.STATUS_DEVICE_REMOVED",
	  (unsigned int)(STATUS_DEVICE_REMOVED), 0xc00002b6u },
};
#endif /* WINPAR_ABI_TABLE */

#endif /* _WINPAR_ABI_X86_64_H */
