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
	h = CreateFileA("\\\\.\\COM1", GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	EXPECT_EQ(INVALID_HANDLE_VALUE, h);
	EXPECT_EQ(ERROR_INVALID_NAME, GetLastError());

}

/* The port by its internal name: it answers no public request. */
TEST(port_by_its_internal_name)
{
	PARCLASS_NEGOTIATION_MASK m;
	DWORD ret = 77;
	HANDLE h;

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
