// SPDX-License-Identifier: GPL-2.0
/*
 * A program written the Windows way, with Windows names only
 * (CreateFileA, DeviceIoControl, WriteFile, ReadFile, GetLastError),
 * compiled against libwinpar's Win32 face, talking to QEMU's LPT1.
 */
#include "kselftest_harness.h"
#include "winpar_test.h"

#include "win32.h"

TEST(open_by_windows_names)
{
	HANDLE h, h2;

	h = CreateFileA("\\\\.\\LPT1", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			FILE_ATTRIBUTE_NORMAL, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);
	/* A device is exclusive. */
	h2 = CreateFileA("lpt1", GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	EXPECT_EQ(INVALID_HANDLE_VALUE, h2);
	EXPECT_EQ(ERROR_ACCESS_DENIED, GetLastError());
	EXPECT_TRUE(CloseHandle(h));
	EXPECT_FALSE(CloseHandle(h));
	EXPECT_EQ(ERROR_INVALID_HANDLE, GetLastError());

	h = CreateFileA("\\\\.\\LPT9", GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	EXPECT_EQ(INVALID_HANDLE_VALUE, h);
	EXPECT_EQ(ERROR_FILE_NOT_FOUND, GetLastError());
}

/* The inode behind a handle: which node CreateFileA opened. */
static dev_t rdev_of(HANDLE h)
{
	struct stat st;

	return fstat((int)(intptr_t)h, &st) ? (dev_t)-1 : st.st_rdev;
}

static void expect_opens(struct __test_metadata *_metadata, const char *name,
			 const char *path)
{
	HANDLE h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			       0, NULL);
	struct stat st;

	ASSERT_EQ(0, stat(path, &st));
	EXPECT_NE(INVALID_HANDLE_VALUE, h) TH_LOG("%s: error %u", name, GetLastError());
	if (h == INVALID_HANDLE_VALUE)
		return;
	EXPECT_EQ(ERROR_SUCCESS, GetLastError());
	EXPECT_EQ(st.st_rdev, rdev_of(h)) TH_LOG("%s is not %s", name, path);
	EXPECT_TRUE(CloseHandle(h));
}

static void expect_refused(struct __test_metadata *_metadata, const char *name, DWORD err)
{
	HANDLE h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			       0, NULL);

	EXPECT_EQ(INVALID_HANDLE_VALUE, h) TH_LOG("%s opened", name);
	if (h != INVALID_HANDLE_VALUE)
		CloseHandle(h);
	else
		EXPECT_EQ(err, GetLastError()) TH_LOG("%s", name);
}

/*
 * Win32's name rules for LPT1 (the Win32 documentation, "Naming Files,
 * Paths, and Namespaces"; WINDOWS-API.md 1.1, 1.4): LPT1-LPT9 are DOS
 * device names in any case, with or without a colon, blanks, an extension
 * or a directory; \\.\ and \\?\ names are object names, taken whole.
 */
TEST(win32_name_rules)
{
	static const char *const lpt1[] = {
		"LPT1", "lpt1", "Lpt1", "LPT1:", "lpt1:", "LPT1.txt", "LPT1.4", "LPT1.0",
		"LPT1.tar.gz", "LPT1 ", "LPT1 .txt", "C:LPT1", "C:\\tmp\\LPT1.prn",
		"dir/lpt1", "\\\\.\\LPT1", "\\\\.\\lpt1", "//./LPT1", "\\\\.\\x\\..\\LPT1",
		"\\\\?\\LPT1", "\\\\?\\lPt1", "\\\\.\\Global\\LPT1", "\\\\?\\GLOBAL\\LPT1",
		"\\\\.\\GLOBALROOT\\Device\\Parallel0",
		"\\\\.\\GLOBALROOT\\GLOBAL??\\LPT1",
	};
	static const struct {
		const char *name;
		DWORD err;
	} refused[] = {
		/* Not DOS device names: file names, and no such file. */
		{ "LPT0", ERROR_FILE_NOT_FOUND },
		{ "LPT10", ERROR_FILE_NOT_FOUND },
		{ "LPT01", ERROR_FILE_NOT_FOUND },
		{ "LPT", ERROR_FILE_NOT_FOUND },
		{ "LPT1x", ERROR_FILE_NOT_FOUND },
		/* Characters no file name may hold. */
		{ "LPT*", ERROR_INVALID_NAME },
		{ "LPT1?", ERROR_INVALID_NAME },
		{ "LPT1|x", ERROR_INVALID_NAME },
		/* Object names that do not exist. */
		{ "\\\\.\\LPT0", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\LPT9", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\LPT10", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\LPT01", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\LPT1:", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\LPT1.txt", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\LPT1.4", ERROR_FILE_NOT_FOUND },	/* no chain on QEMU's port */
		{ "\\\\?\\LPT1.txt", ERROR_FILE_NOT_FOUND },
		{ "\\\\?\\LPT1:", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\GLOBALROOT\\Device\\Parallel9", ERROR_FILE_NOT_FOUND },
		/* Serial ports: DOS device names, but libwinpar has none. */
		{ "COM1", ERROR_FILE_NOT_FOUND },
		{ "com1:", ERROR_FILE_NOT_FOUND },
		{ "\\\\.\\COM1", ERROR_FILE_NOT_FOUND },
	};
	size_t i;

	for (i = 0; i < sizeof(lpt1) / sizeof(lpt1[0]); i++)
		expect_opens(_metadata, lpt1[i], WINPAR_DEV_DIR "/LPT1");
	expect_opens(_metadata, "\\\\.\\GLOBALROOT\\Device\\ParallelPort0",
		     WINPAR_DEV_DIR "/ParallelPort0");
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++)
		expect_refused(_metadata, refused[i].name, refused[i].err);
	/* A disposition that is none. */
	EXPECT_EQ(INVALID_HANDLE_VALUE, CreateFileA("LPT1", GENERIC_WRITE, 0, NULL, 0, 0, NULL));
	EXPECT_EQ(ERROR_INVALID_PARAMETER, GetLastError());
}

/* FlushFileBuffers, GetFileType, SetCommTimeouts, GetCommTimeouts. */
TEST(handle_calls)
{
	COMMTIMEOUTS t;
	HANDLE h;

	h = CreateFileA("LPT1:", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);
	EXPECT_EQ(FILE_TYPE_CHAR, GetFileType(h));
	EXPECT_EQ(ERROR_SUCCESS, GetLastError());
	EXPECT_TRUE(FlushFileBuffers(h));
	memset(&t, 0xff, sizeof(t));
	EXPECT_TRUE(GetCommTimeouts(h, &t));
	EXPECT_EQ(0, t.ReadIntervalTimeout);
	EXPECT_EQ(0, t.ReadTotalTimeoutMultiplier);
	EXPECT_EQ(0, t.ReadTotalTimeoutConstant);
	EXPECT_EQ(0, t.WriteTotalTimeoutMultiplier);
	EXPECT_EQ(300000, t.WriteTotalTimeoutConstant);
	t.WriteTotalTimeoutConstant = 0;
	EXPECT_FALSE(SetCommTimeouts(h, &t));
	EXPECT_EQ(ERROR_INVALID_PARAMETER, GetLastError());
	t.WriteTotalTimeoutConstant = 45678;	/* kept in whole seconds */
	EXPECT_TRUE(SetCommTimeouts(h, &t));
	EXPECT_TRUE(GetCommTimeouts(h, &t));
	EXPECT_EQ(45000, t.WriteTotalTimeoutConstant);
	t.WriteTotalTimeoutConstant = 300000;
	EXPECT_TRUE(SetCommTimeouts(h, &t));
	EXPECT_TRUE(CloseHandle(h));

	EXPECT_EQ(FILE_TYPE_UNKNOWN, GetFileType(h));
	EXPECT_EQ(ERROR_INVALID_HANDLE, GetLastError());
	EXPECT_FALSE(FlushFileBuffers(h));
	EXPECT_EQ(ERROR_INVALID_HANDLE, GetLastError());
	EXPECT_FALSE(CancelIoEx(h, NULL));
	EXPECT_EQ(ERROR_INVALID_HANDLE, GetLastError());
}

/* Events: manual and auto reset, time-outs. */
TEST(events)
{
	HANDLE m = CreateEventA(NULL, TRUE, FALSE, NULL);
	HANDLE a = CreateEventA(NULL, FALSE, TRUE, NULL);

	ASSERT_NE(NULL, m);
	ASSERT_NE(NULL, a);
	EXPECT_NE(m, a);
	EXPECT_EQ((DWORD)WAIT_TIMEOUT, WaitForSingleObject(m, 0));
	EXPECT_EQ((DWORD)WAIT_TIMEOUT, WaitForSingleObject(m, 50));
	EXPECT_TRUE(SetEvent(m));
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(m, 0));
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(m, INFINITE));	/* stays set */
	EXPECT_TRUE(ResetEvent(m));
	EXPECT_EQ((DWORD)WAIT_TIMEOUT, WaitForSingleObject(m, 0));
	/* Auto reset, created set: one wait takes it. */
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(a, 0));
	EXPECT_EQ((DWORD)WAIT_TIMEOUT, WaitForSingleObject(a, 0));
	EXPECT_TRUE(CloseHandle(m));
	EXPECT_TRUE(CloseHandle(a));
	EXPECT_EQ(WAIT_FAILED, WaitForSingleObject(m, 0));
	EXPECT_EQ(ERROR_INVALID_HANDLE, GetLastError());
	EXPECT_FALSE(SetEvent(m));
	EXPECT_EQ(NULL, CreateEventA(NULL, TRUE, FALSE, "named"));
}

/*
 * An OVERLAPPED on a handle opened without FILE_FLAG_OVERLAPPED: the call
 * is synchronous and still completes the OVERLAPPED and its event.  On an
 * overlapped handle, a write QEMU's port takes at once is still pending
 * first (the parallel driver queues every write).
 */
TEST(overlapped_on_qemu_port)
{
	unsigned char page[200];
	OVERLAPPED o = { 0 };
	DWORD n = 0;
	HANDLE h;

	fill_pattern(page, sizeof(page), 0x31);
	o.hEvent = CreateEventA(NULL, TRUE, FALSE, NULL);
	ASSERT_NE(NULL, o.hEvent);
	h = CreateFileA("LPT1", GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);
	EXPECT_TRUE(WriteFile(h, page, 100, &n, &o));
	EXPECT_EQ(100, n);
	EXPECT_EQ(STATUS_SUCCESS, (int32_t)o.Internal);
	EXPECT_EQ(100, o.InternalHigh);
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(o.hEvent, 0));
	EXPECT_FALSE(CancelIoEx(h, &o));
	EXPECT_EQ(ERROR_NOT_FOUND, GetLastError());
	EXPECT_TRUE(CloseHandle(h));

	h = CreateFileA("\\\\.\\LPT1", GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			FILE_FLAG_OVERLAPPED, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);
	n = 77;
	EXPECT_FALSE(WriteFile(h, page + 100, 100, &n, &o));
	EXPECT_EQ(ERROR_IO_PENDING, GetLastError());
	EXPECT_TRUE(GetOverlappedResult(h, &o, &n, TRUE));
	EXPECT_EQ(100, n);
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(o.hEvent, 0));
	EXPECT_TRUE(CloseHandle(h));
	ASSERT_EQ(0, lpt_record("win32-overlapped", page, sizeof(page)));
	CloseHandle(o.hEvent);
}

/* The port by its internal name: it answers no public request. */
TEST(port_by_its_internal_name)
{
	PARCLASS_NEGOTIATION_MASK m;
	DWORD ret = 77;
	HANDLE h;

	/* libwinpar's own name for it (Windows has no link for a port). */
	h = CreateFileA("ParallelPort0", GENERIC_READ, 0, NULL, OPEN_EXISTING, 0, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);
	EXPECT_FALSE(DeviceIoControl(h, IOCTL_PAR_GET_DEFAULT_MODES, NULL, 0,
				     &m, sizeof(m), &ret, NULL));
	EXPECT_EQ(ERROR_INVALID_PARAMETER, GetLastError());
	EXPECT_EQ(0, ret);
	CloseHandle(h);
}

/* A handle that is not a winpar node: DeviceIoControl fails, it does not "succeed". */
TEST(not_a_winpar_handle)
{
	HANDLE h = (HANDLE)(intptr_t)open("/dev/lp0", O_WRONLY | O_NONBLOCK);
	PARCLASS_NEGOTIATION_MASK m;
	DWORD ret = 77;

	ASSERT_NE(INVALID_HANDLE_VALUE, h);
	EXPECT_FALSE(DeviceIoControl(h, IOCTL_PAR_GET_DEFAULT_MODES, NULL, 0,
				     &m, sizeof(m), &ret, NULL));
	EXPECT_EQ(ERROR_INVALID_HANDLE, GetLastError());
	EXPECT_EQ(0, ret);
	CloseHandle(h);
}

TEST(device_io_control)
{
	PARCLASS_NEGOTIATION_MASK modes;
	PAR_QUERY_INFORMATION info;
	SERIAL_TIMEOUTS timeouts;
	char location[16], id[256];
	DWORD ret;
	HANDLE h;

	h = CreateFileA("\\\\.\\LPT1", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			FILE_ATTRIBUTE_NORMAL, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);

	EXPECT_TRUE(DeviceIoControl(h, IOCTL_PAR_GET_DEFAULT_MODES, NULL, 0,
				    &modes, sizeof(modes), &ret, NULL));
	EXPECT_EQ(sizeof(modes), ret);
	EXPECT_EQ(NIBBLE, modes.usReadMask);
	EXPECT_EQ(CENTRONICS, modes.usWriteMask);

	EXPECT_TRUE(DeviceIoControl(h, IOCTL_PAR_QUERY_LOCATION, NULL, 0,
				    location, sizeof(location), &ret, NULL));
	EXPECT_EQ(5, ret);
	EXPECT_STREQ("LPT1", location);

	EXPECT_TRUE(DeviceIoControl(h, IOCTL_PAR_QUERY_INFORMATION, NULL, 0,
				    &info, sizeof(info), &ret, NULL));
	EXPECT_EQ(1, ret);
	EXPECT_TRUE(info.Status & PARALLEL_SELECTED);

	EXPECT_TRUE(DeviceIoControl(h, IOCTL_SERIAL_GET_TIMEOUTS, NULL, 0,
				    &timeouts, sizeof(timeouts), &ret, NULL));
	EXPECT_EQ(sizeof(timeouts), ret);
	EXPECT_EQ(300000, timeouts.WriteTotalTimeoutConstant);

	/* What Windows callers see for the failures. */
	EXPECT_FALSE(DeviceIoControl(h, 0x00160ffc, NULL, 0, NULL, 0, &ret, NULL));
	EXPECT_EQ(ERROR_INVALID_PARAMETER, GetLastError());
	EXPECT_FALSE(DeviceIoControl(h, IOCTL_PAR_GET_DEFAULT_MODES, NULL, 0,
				     &modes, 2, &ret, NULL));
	EXPECT_EQ(ERROR_INSUFFICIENT_BUFFER, GetLastError());
	EXPECT_EQ(0, ret);
	EXPECT_FALSE(DeviceIoControl(h, IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0,
				     id, sizeof(id), &ret, NULL));
	EXPECT_EQ(ERROR_IO_DEVICE, GetLastError());
	EXPECT_FALSE(DeviceIoControl(h, IOCTL_PAR_QUERY_LOCATION, NULL, 0,
				     (void *)8, 16, &ret, NULL));
	EXPECT_EQ(ERROR_NOACCESS, GetLastError());
	CloseHandle(h);
}

TEST(write_file_and_read_file)
{
	unsigned char page[300], back[16];
	DWORD n = 0;
	HANDLE h;

	h = CreateFileA("LPT1", GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);
	fill_pattern(page, sizeof(page), 0x99);
	EXPECT_TRUE(WriteFile(h, page, sizeof(page), &n, NULL));
	EXPECT_EQ(sizeof(page), n);
	ASSERT_EQ(0, lpt_record("win32-writefile", page, sizeof(page)));
	/* QEMU's port cannot do nibble mode. */
	n = 77;
	EXPECT_FALSE(ReadFile(h, back, sizeof(back), &n, NULL));
	EXPECT_EQ(ERROR_IO_DEVICE, GetLastError());
	EXPECT_EQ(0, n);
	CloseHandle(h);
}

/* WINDOWS-API.md section 3: the Win32 error of each status. */
TEST(status_to_win32)
{
	EXPECT_EQ(0, winpar_ntstatus_to_win32(STATUS_SUCCESS));
	EXPECT_EQ(28, winpar_ntstatus_to_win32(STATUS_DEVICE_PAPER_EMPTY));
	EXPECT_EQ(21, winpar_ntstatus_to_win32(STATUS_DEVICE_POWERED_OFF));
	EXPECT_EQ(21, winpar_ntstatus_to_win32(STATUS_DEVICE_OFF_LINE));
	EXPECT_EQ(170, winpar_ntstatus_to_win32(STATUS_DEVICE_BUSY));
	EXPECT_EQ(87, winpar_ntstatus_to_win32(STATUS_INVALID_PARAMETER));
	EXPECT_EQ(1, winpar_ntstatus_to_win32(STATUS_INVALID_DEVICE_REQUEST));
	EXPECT_EQ(122, winpar_ntstatus_to_win32(STATUS_BUFFER_TOO_SMALL));
	EXPECT_EQ(1167, winpar_ntstatus_to_win32(STATUS_DEVICE_NOT_CONNECTED));
	EXPECT_EQ(995, winpar_ntstatus_to_win32(STATUS_CANCELLED));
	EXPECT_EQ(1117, winpar_ntstatus_to_win32(STATUS_IO_DEVICE_ERROR));
	EXPECT_EQ(1617, winpar_ntstatus_to_win32(STATUS_DEVICE_REMOVED));
	EXPECT_EQ(317, winpar_ntstatus_to_win32(0x12345678));
}

TEST_HARNESS_MAIN
