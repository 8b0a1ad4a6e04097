// SPDX-License-Identifier: GPL-2.0
/*
 * abi_test.c - check the winpar uapi headers against the Windows ABI.
 *
 * Compiling this file is the main check: it includes the generated header
 * include/abi/abi_<arch>.h, whose static assertions compare every size,
 * alignment, field offset, constant and GUID component measured on the
 * mingw-w64 headers (abi-mingw-<arch>.txt) with the winpar headers. It must
 * compile as C (gnu11) and as C++17, for x86_64 (-m64) and i386 (-m32).
 *
 * At run time it re-evaluates the generated table of the same checks,
 * verifies that the counts agree with the generated counts, and checks a few
 * things that the ABI files do not cover (WDK-only values of WINDOWS-API.md
 * sections 11.4, 11.5 and 12, GUID objects, NTSTATUS severity macros, and
 * that code written with Windows names compiles). Output is TAP.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <winpar/wintypes.h>
#include <winpar/ntstatus.h>
#include <winpar/ntddpar.h>
#include <winpar/parallel.h>
#include <winpar/ntddser.h>

/* also get the run-time table winpar_abi_checks[] */
#define WINPAR_ABI_TABLE
#if defined(__x86_64__) && !defined(__ILP32__)
#include <abi/abi_x86_64.h>
#elif defined(__i386__)
#include <abi/abi_i686.h>
#else
#error "no Windows ABI reference for this architecture"
#endif

#ifdef __cplusplus
#define TEST_ASSERT(expr, msg) static_assert(expr, msg)
#else
#define TEST_ASSERT(expr, msg) _Static_assert(expr, msg)
#endif

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

static int ends_with(const char *s, const char *suffix)
{
	size_t ls = strlen(s), lx = strlen(suffix);

	return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

/*
 * Count the table rows of one kind (and, if suffix is not NULL, the rows
 * whose entry name ends with it); if bad is not NULL, report and count the
 * rows whose value does not match.
 */
static unsigned int count_rows(const char *kind, const char *suffix, unsigned int *bad)
{
	unsigned int i, n = 0;

	for (i = 0; i < ARRAY_LEN(winpar_abi_checks); i++) {
		const struct winpar_abi_check *c = &winpar_abi_checks[i];

		if (strcmp(c->kind, kind) != 0)
			continue;
		if (suffix && !ends_with(c->entry, suffix))
			continue;
		n++;
		if (bad && c->value != c->expected) {
			printf("# %s: got %llu, want %llu\n", c->entry, c->value, c->expected);
			(*bad)++;
		}
	}
	return n;
}

static unsigned int test_num;
static unsigned int failures;

static void report(int ok, const char *desc)
{
	test_num++;
	if (!ok)
		failures++;
	printf("%sok %u %s\n", ok ? "" : "not ", test_num, desc);
}

/* ------------------------------------------------------------------------
 * WDK-only values (WINDOWS-API.md sections 11.4, 11.5, 12): not in the ABI
 * files, so they are checked here against the numbers of the specification.
 */
#define WDK_VALUES(X) \
	X(IOCTL_PAR_PING, 0x0016002c) \
	X(IOCTL_PAR_ECP_HOST_RECOVERY, 0x00160034) \
	X(IOCTL_PAR_GET_READ_ADDRESS, 0x00160038) \
	X(IOCTL_PAR_GET_WRITE_ADDRESS, 0x0016003c) \
	X(IOCTL_PAR_TEST, 0x00160050) \
	X(IOCTL_INTERNAL_PARCHIP_CONNECT, 0x00160048) \
	X(IOCTL_INTERNAL_GET_PARPORT_FDO, 0x00160074) \
	X(IOCTL_INTERNAL_PARDOT3_CONNECT, 0x001600a4) \
	X(IOCTL_INTERNAL_PARDOT3_DISCONNECT, 0x001600a8) \
	X(IOCTL_INTERNAL_PARDOT3_RESET, 0x001600ac) \
	X(IOCTL_INTERNAL_PARDOT3_SIGNAL, 0x001600b0) \
	X(IOCTL_INTERNAL_REGISTER_FOR_REMOVAL_RELATIONS, 0x001600c8) \
	X(IOCTL_INTERNAL_UNREGISTER_FOR_REMOVAL_RELATIONS, 0x001600cc) \
	X(IOCTL_INTERNAL_DISABLE_END_OF_CHAIN_BUS_RESCAN, 0x001600d8) \
	X(IOCTL_INTERNAL_ENABLE_END_OF_CHAIN_BUS_RESCAN, 0x001600dc) \
	X(IOCTL_PAR_BASE, 0x16) \
	X(PAR_LEGACY_ZIP_DRIVE, 0x04) \
	X(PAR_LEGACY_ZIP_DRIVE_STD_MODE, 0x10) \
	X(PAR_LEGACY_ZIP_DRIVE_EPP_MODE, 0x20) \
	X(IEEE_1284_3_DAISY_CHAIN_MAX_ID, 3) \
	X(DOT3_END_OF_CHAIN_ID, 4) \
	X(DOT3_LEGACY_ZIP_ID, 5) \
	X(ECR_SPP_MODE, 0x00) \
	X(ECR_BYTE_MODE, 0x20) \
	X(ECR_BYTE_PIO_MODE, 0x34) \
	X(ECR_FASTCENT_MODE, 0x40) \
	X(ECR_ECP_MODE, 0x60) \
	X(ECR_ECP_PIO_MODE, 0x74) \
	X(ECR_EPP_MODE, 0x80) \
	X(ECR_EPP_PIO_MODE, 0x94) \
	X(ECR_TEST_MODE, 0xc0) \
	X(ECR_CONFIG_MODE, 0xe0) \
	X(ECR_RESERVED_MODE, 0x10) \
	X(ECR_ERRINT_DISABLED, 0x10) \
	X(ECR_DMA_ENABLED, 0x08) \
	X(ECR_SVC_INT_DISABLED, 0x04) \
	X(ECR_MODE_MASK, 0x1f) \
	X(ECR_FIFO_MASK, 0x03) \
	X(ECR_FIFO_FULL, 0x02) \
	X(ECR_FIFO_EMPTY, 0x01) \
	X(ECR_FIFO_SOME_DATA, 0x00) \
	X(DEFAULT_ECR_COMPATIBILITY, 0x14) \
	X(DEFAULT_ECR_TEST, 0xd4) \
	X(DEFAULT_ECR_CONFIGURATION, 0xf4) \
	X(ECP_OFFSET, 0x400) \
	X(HW_MODE_COMPATIBILITY, 0) \
	X(HW_MODE_PS2, 1) \
	X(HW_MODE_FAST_CENTRONICS, 2) \
	X(HW_MODE_ECP, 3) \
	X(HW_MODE_EPP, 4) \
	X(HW_MODE_RESERVED, 5) \
	X(HW_MODE_TEST, 6) \
	X(HW_MODE_CONFIGURATION, 7) \
	X(CPP_ASSIGN_ADDR, 0x00) \
	X(CPP_SELECT, 0xe0) \
	X(CPP_DESELECT, 0x30) \
	X(CPP_QUERY_INT, 0x08) \
	X(CPP_DISABLE_INT, 0x40) \
	X(CPP_ENABLE_INT, 0x48) \
	X(CPP_CLEAR_INT_LAT, 0x50) \
	X(CPP_SET_INT_LAT, 0x58) \
	X(CPP_COMMAND_FILTER, 0xf8) \
	X(sizeof(P1284_HW_MODE), 4) \
	X(sizeof(PKSERVICE_ROUTINE), sizeof(void *)) \
	X(sizeof(PPARALLEL_TRYSELECT_DEVICE), sizeof(void *))

#define WDK_ASSERT(name, value) \
	TEST_ASSERT((unsigned int)(name) == (value), "WDK value " #name);
WDK_VALUES(WDK_ASSERT)

#define WDK_ROW(name, value) { #name, (unsigned int)(name), (value) },
static const struct {
	const char *name;
	unsigned int got;
	unsigned int want;
} wdk_values[] = {
	WDK_VALUES(WDK_ROW)
};

/* ------------------------------------------------------------------------
 * Code written with Windows names (user space, wintypes.h) must compile.
 */
#ifdef WINPAR_HAVE_WINTYPES
static BOOLEAN try_allocate(PVOID context)
{
	return context ? TRUE : FALSE;
}

static VOID free_port(PVOID context)
{
	(void)context;
}

static ULONG query_waiters(PVOID context)
{
	(void)context;
	return 0;
}

static NTSTATUS set_chip_mode(PVOID context, UCHAR mode)
{
	(void)context;
	return mode == ECR_BYTE_PIO_MODE ? STATUS_SUCCESS : STATUS_NO_SUCH_DEVICE;
}

static NTSTATUS negotiate(PVOID context, USHORT fwd, USHORT rev, PARALLEL_SAFETY safety,
			  BOOLEAN is_forward)
{
	(void)context;
	(void)fwd;
	(void)rev;
	(void)is_forward;
	return safety == SAFE_MODE ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
}

static NTSTATUS read_bytes(PVOID context, PVOID buffer, ULONG len, PULONG done, UCHAR channel)
{
	(void)context;
	(void)buffer;
	(void)channel;
	*done = len;
	return STATUS_SUCCESS;
}

static NTSTATUS try_select(PVOID context, PARALLEL_1284_COMMAND command)
{
	(void)context;
	return command.CommandFlags & PAR_END_OF_CHAIN_DEVICE ? STATUS_SUCCESS : STATUS_PENDING;
}

static BOOLEAN isr(PKINTERRUPT interrupt, PVOID context)
{
	(void)interrupt;
	(void)context;
	return FALSE;
}

static int windows_source_compiles(void)
{
	PARALLEL_PORT_INFORMATION port;
	PARALLEL_PNP_INFORMATION pnp;
	PARCLASS_INFORMATION parclass;
	PARALLEL_INTERRUPT_SERVICE_ROUTINE service;
	MORE_PARALLEL_PORT_INFORMATION more;
	PARALLEL_1284_COMMAND command;
	PAR_QUERY_INFORMATION query;
	PARCLASS_NEGOTIATION_MASK mask;
	SERIAL_TIMEOUTS timeouts;
	FILE_STANDARD_INFORMATION standard;
	PHYSICAL_ADDRESS address;
	GUID guid = WINPAR_GUID_DEVINTERFACE_PARCLASS_INIT;
	PKSERVICE_ROUTINE routine = isr;
	ULONG done = 0;
	WCHAR name[] = WINPAR_PARALLEL_PORT_BASE_NAME_U16;
	PWSTR port_name = name;
	int ok = 1;

	memset(&port, 0, sizeof(port));
	memset(&pnp, 0, sizeof(pnp));
	memset(&parclass, 0, sizeof(parclass));
	memset(&service, 0, sizeof(service));
	memset(&more, 0, sizeof(more));
	memset(&standard, 0, sizeof(standard));

	address.QuadPart = 0x378;
	port.OriginalController = address;
	port.TryAllocatePort = try_allocate;
	port.FreePort = free_port;
	port.QueryNumWaiters = query_waiters;
	port.Context = &port;
	pnp.TrySetChipMode = set_chip_mode;
	pnp.ClearChipMode = set_chip_mode;
	pnp.PortName = port_name;
	parclass.NegotiateIeeeMode = negotiate;
	parclass.ParallelRead = read_bytes;
	parclass.ParallelTryselect = try_select;
	service.InterruptServiceRoutine = routine;
	service.DeferredPortCheckRoutine = free_port;
	more.InterfaceType = Isa;
	more.InterruptMode = Latched;
	more.InterruptAffinity = (KAFFINITY)1;
	command.ID = DOT3_END_OF_CHAIN_ID;
	command.Port = 0;
	command.CommandFlags = PAR_END_OF_CHAIN_DEVICE | PAR_HAVE_PORT_KEEP_PORT;
	query.Status = PARALLEL_SELECTED | PARALLEL_BUSY;
	mask.usReadMask = NIBBLE;
	mask.usWriteMask = ECP_ANY;
	timeouts.WriteTotalTimeoutConstant = 2000;

	ok &= port.TryAllocatePort(port.Context) == TRUE;
	port.FreePort(port.Context);
	ok &= port.QueryNumWaiters(port.Context) == 0;
	ok &= port.OriginalController.LowPart == 0x378 && port.OriginalController.HighPart == 0;
	ok &= port.OriginalController.u.LowPart == 0x378;
	ok &= NT_SUCCESS(pnp.TrySetChipMode(pnp.Context, ECR_BYTE_PIO_MODE));
	ok &= pnp.ClearChipMode(pnp.Context, ECR_EPP_MODE) == STATUS_NO_SUCH_DEVICE;
	ok &= pnp.PortName[0] == 'P' && pnp.PortName[12] == 0;
	ok &= NT_SUCCESS(parclass.NegotiateIeeeMode(NULL, ECP_ANY, NIBBLE, SAFE_MODE, TRUE));
	ok &= NT_SUCCESS(parclass.ParallelRead(NULL, name, 5, &done, 0)) && done == 5;
	ok &= parclass.ParallelTryselect(NULL, command) == STATUS_SUCCESS;
	ok &= !service.InterruptServiceRoutine(NULL, NULL);
	ok &= more.InterfaceType == 1 && more.InterruptMode == 1;
	ok &= query.Status == 0xc0 && mask.usReadMask == 4 && mask.usWriteMask == 0x780;
	ok &= timeouts.WriteTotalTimeoutConstant == 2000;
	ok &= standard.EndOfFile.QuadPart == 0 && !standard.Directory;
	ok &= guid.Data1 == 0x811fc6a5;
	return ok;
}
#endif /* WINPAR_HAVE_WINTYPES */

/* ------------------------------------------------------------------------
 */
static int guid_is(const struct winpar_guid *g, __u32 d1, __u16 d2, __u16 d3, const char *d4)
{
	return g->Data1 == d1 && g->Data2 == d2 && g->Data3 == d3 &&
	       memcmp(g->Data4, d4, 8) == 0;
}

int main(void)
{
	unsigned int bad, n_struct, n_structs, n_field, n_fields, n_type, n_types;
	unsigned int n_const, n_guid, n_guids, i, total;
	const unsigned char *raw;
	char desc[256];
	int ok;

	printf("TAP version 13\n1..9\n");
	printf("# %s: %u assertions compiled from %s (%u entries skipped)\n",
	       WINPAR_ABI_TARGET, (unsigned int)WINPAR_ABI_ASSERT_COUNT, WINPAR_ABI_SOURCE,
	       (unsigned int)WINPAR_ABI_SKIPPED_COUNT);

	/* 1: structures and fields */
	bad = 0;
	n_struct = count_rows("struct", NULL, &bad);
	n_structs = count_rows("struct", ".sizeof", NULL);
	n_field = count_rows("field", NULL, &bad);
	n_fields = count_rows("field", ".offset", NULL);
	ok = !bad && n_struct == WINPAR_ABI_STRUCT_ASSERT_COUNT &&
	     n_structs == WINPAR_ABI_STRUCT_COUNT && n_field == WINPAR_ABI_FIELD_ASSERT_COUNT &&
	     n_fields == WINPAR_ABI_FIELD_COUNT && n_structs > 0 && n_fields > 0;
	snprintf(desc, sizeof(desc),
		 "abi: %u structures, %u fields (%u size/alignment/offset checks) match %s",
		 n_structs, n_fields, n_struct + n_field, WINPAR_ABI_TARGET);
	report(ok, desc);

	/* 2: basic types */
	bad = 0;
	n_type = count_rows("type", NULL, &bad);
	n_types = count_rows("type", ".sizeof", NULL);
	ok = !bad && n_type == WINPAR_ABI_TYPE_ASSERT_COUNT && n_types == WINPAR_ABI_TYPE_COUNT &&
	     n_types > 0;
	snprintf(desc, sizeof(desc), "abi: %u basic types (size and alignment) match %s",
		 n_types, WINPAR_ABI_TARGET);
	report(ok, desc);

	/* 3: constants */
	bad = 0;
	n_const = count_rows("const", NULL, &bad);
	ok = !bad && n_const == WINPAR_ABI_CONST_COUNT && n_const > 0;
	snprintf(desc, sizeof(desc),
		 "abi: %u constants (IOCTL codes, flags, IRP codes, NTSTATUS) match %s",
		 n_const, WINPAR_ABI_TARGET);
	report(ok, desc);

	/* 4: GUIDs */
	bad = 0;
	n_guid = count_rows("guid", NULL, &bad);
	n_guids = count_rows("guid", ".Data1", NULL);
	ok = !bad && n_guid == WINPAR_ABI_GUID_ASSERT_COUNT && n_guids == WINPAR_ABI_GUID_COUNT &&
	     n_guids == 2;
	snprintf(desc, sizeof(desc), "abi: %u GUIDs (%u components) match %s",
		 n_guids, n_guid, WINPAR_ABI_TARGET);
	report(ok, desc);

	/* 5: totals */
	total = (unsigned int)ARRAY_LEN(winpar_abi_checks);
	ok = total == WINPAR_ABI_ASSERT_COUNT &&
	     total == n_struct + n_field + n_type + n_const + n_guid;
	snprintf(desc, sizeof(desc),
		 "abi: %u static assertions compiled and re-checked from %s: "
		 "%u structures, %u fields, %u constants, %u GUIDs",
		 total, WINPAR_ABI_SOURCE, n_structs, n_fields, n_const, n_guids);
	report(ok, desc);

	/* 6: GUID objects and initializers, obsolete names */
	{
		static const char parallel4[8] = {
			(char)0xaf, 0x1f, 0x00, 0x00, (char)0xf8, 0x00, (char)0x84, 0x5c
		};
		static const char parclass4[8] = {
			(char)0xa5, 0x37, 0x00, 0x00, (char)0xf8, 0x75, 0x3e, (char)0xd1
		};
		static const struct winpar_guid init = WINPAR_GUID_DEVINTERFACE_PARALLEL_INIT;
		static const struct winpar_guid old_init = WINPAR_GUID_PARCLASS_DEVICE_INIT;

		raw = (const unsigned char *)&GUID_DEVINTERFACE_PARALLEL;
		ok = guid_is(&GUID_DEVINTERFACE_PARALLEL, 0x97f76ef0, 0xf883, 0x11d0, parallel4) &&
		     guid_is(&GUID_DEVINTERFACE_PARCLASS, 0x811fc6a5, 0xf728, 0x11d0, parclass4) &&
		     guid_is(&GUID_PARALLEL_DEVICE, 0x97f76ef0, 0xf883, 0x11d0, parallel4) &&
		     guid_is(&GUID_PARCLASS_DEVICE, 0x811fc6a5, 0xf728, 0x11d0, parclass4) &&
		     guid_is(&init, 0x97f76ef0, 0xf883, 0x11d0, parallel4) &&
		     guid_is(&old_init, 0x811fc6a5, 0xf728, 0x11d0, parclass4) &&
		     sizeof(GUID_DEVINTERFACE_PARALLEL) == 16 &&
		     raw[0] == 0xf0 && raw[3] == 0x97 && raw[4] == 0x83 && raw[6] == 0xd0 &&
		     raw[8] == 0xaf && raw[15] == 0x5c;
		report(ok, "guid: GUID_DEVINTERFACE_PARALLEL/PARCLASS objects, initializers and obsolete names");
	}

	/* 7: NTSTATUS severity macros */
	ok = NT_SUCCESS(STATUS_SUCCESS) && NT_SUCCESS(STATUS_PENDING) &&
	     NT_SUCCESS(STATUS_TIMEOUT) && !NT_ERROR(STATUS_PENDING) &&
	     !NT_SUCCESS(STATUS_DEVICE_BUSY) && NT_WARNING(STATUS_DEVICE_BUSY) &&
	     !NT_ERROR(STATUS_DEVICE_BUSY) && NT_WARNING(STATUS_BUFFER_OVERFLOW) &&
	     !NT_SUCCESS(STATUS_CANCELLED) && NT_ERROR(STATUS_CANCELLED) &&
	     NT_ERROR(STATUS_INVALID_PARAMETER) && !NT_WARNING(STATUS_INVALID_PARAMETER) &&
	     NT_INFORMATION(0x40000000) && !NT_INFORMATION(STATUS_SUCCESS) &&
	     STATUS_UNSUCCESSFUL < 0 && sizeof(STATUS_UNSUCCESSFUL) == 4;
	report(ok, "ntstatus: NT_SUCCESS/NT_INFORMATION/NT_WARNING/NT_ERROR classify section 3 values");

	/* 8: WDK-only values */
	bad = 0;
	for (i = 0; i < ARRAY_LEN(wdk_values); i++) {
		if (wdk_values[i].got != wdk_values[i].want) {
			printf("# %s: got %#x, want %#x\n", wdk_values[i].name,
			       wdk_values[i].got, wdk_values[i].want);
			bad++;
		}
	}
	snprintf(desc, sizeof(desc),
		 "wdk: %u WDK-only IOCTL codes and constants match "
		 "WINDOWS-API.md sections 11.4, 11.5, 12",
		 (unsigned int)ARRAY_LEN(wdk_values));
	report(!bad, desc);

	/* 9: Windows-named source code */
#ifdef WINPAR_HAVE_WINTYPES
	{
		static const __u16 name16[] = WINPAR_PARALLEL_PORT_BASE_NAME_U16;

		ok = windows_source_compiles() && sizeof(name16) == 26 &&
		     sizeof(DD_PARALLEL_PORT_BASE_NAME) == 13 &&
		     sizeof(DD_PARALLEL_PORT_BASE_NAME_U) == 26 &&
		     memcmp(name16, DD_PARALLEL_PORT_BASE_NAME_U, sizeof(name16)) == 0;
		report(ok, "wintypes: code written with Windows names compiles and runs");
	}
#else
	test_num++;
	printf("ok %u # SKIP wintypes: WINPAR_NO_WINTYPES is defined\n", test_num);
#endif

	return failures ? 1 : 0;
}
