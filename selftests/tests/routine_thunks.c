// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar's thunks: the information structures a process gets through
 * winpar_internal_device_io_control() hold working function pointers, used
 * as on Windows (pi.TryAllocatePort(pi.Context)), on QEMU's port.
 */
#include "kselftest_harness.h"
#include "winpar_test.h"

#include <winpar/parallel.h>

#include "libwinpar.h"

TEST(port_routines_work)
{
	PARALLEL_PORT_INFORMATION pi, po;
	PARALLEL_PNP_INFORMATION pn;
	PARALLEL_1284_COMMAND cmd = { .ID = 0, .CommandFlags = PAR_END_OF_CHAIN_DEVICE };
	uint32_t got;
	int fd, other;

	fd = open(PORT0, O_RDWR);
	other = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_LE(0, other);
	ASSERT_EQ(STATUS_SUCCESS, winpar_internal_device_io_control(fd,
		  IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0, &pi, sizeof(pi), &got));
	ASSERT_EQ(sizeof(pi), got);
	ASSERT_EQ(STATUS_SUCCESS, winpar_internal_device_io_control(fd,
		  IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, NULL, 0, &pn, sizeof(pn), &got));

	EXPECT_EQ(1, pi.TryAllocatePort(pi.Context));
	EXPECT_EQ(0, pi.QueryNumWaiters(pi.Context));
	/* The port is taken: another file's tries fail. */
	ASSERT_EQ(STATUS_SUCCESS, winpar_internal_device_io_control(other,
		  IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0, &po, sizeof(po), &got));
	EXPECT_EQ(0, po.TryAllocatePort(po.Context));
	EXPECT_EQ(STATUS_PENDING, pn.TrySelectDevice(po.Context, &cmd));
	EXPECT_EQ(STATUS_NO_SUCH_DEVICE, pn.TrySetChipMode(pn.Context, ECR_ECP_PIO_MODE));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, pn.ClearChipMode(pn.Context, ECR_ECP_MODE));
	cmd.CommandFlags |= PAR_HAVE_PORT_KEEP_PORT;
	EXPECT_EQ(STATUS_SUCCESS, pn.TrySelectDevice(pn.Context, &cmd));
	EXPECT_EQ(STATUS_SUCCESS, pn.DeselectDevice(pn.Context, &cmd));
	pi.FreePort(pi.Context);
	EXPECT_EQ(1, pi.TryAllocatePort(pi.Context));
	pi.FreePort(pi.Context);

	/* PortName: the library's copy of "LPT1". */
	ASSERT_NE(NULL, pn.PortName);
	EXPECT_EQ('L', pn.PortName[0]);
	EXPECT_EQ('P', pn.PortName[1]);
	EXPECT_EQ('T', pn.PortName[2]);
	EXPECT_EQ('1', pn.PortName[3]);
	EXPECT_EQ(0, pn.PortName[4]);
	close(fd);
	close(other);
}

TEST(device_routines_work)
{
	static const char text[] = "ParallelWrite through libwinpar's thunk\r\n";
	PARCLASS_INFORMATION pc;
	uint32_t got, done = 0;
	char buf[8];
	int fd;

	fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, winpar_internal_device_io_control(fd,
		  IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0, &pc, sizeof(pc), &got));
	ASSERT_EQ(sizeof(pc), got);
	/* QEMU's port negotiates nothing: compatibility only. */
	EXPECT_EQ(CENTRONICS | IEEE_COMPATIBILITY, pc.DetermineIeeeModes(pc.ParclassContext));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE,
		  pc.NegotiateIeeeMode(pc.ParclassContext, CENTRONICS, NIBBLE, SAFE_MODE, 1));
	ASSERT_EQ(STATUS_SUCCESS, winpar_internal_device_io_control(fd, IOCTL_INTERNAL_LOCK_PORT,
		  NULL, 0, NULL, 0, &got));
	EXPECT_EQ(STATUS_SUCCESS,
		  pc.NegotiateIeeeMode(pc.ParclassContext, CENTRONICS, NIBBLE, SAFE_MODE, 1));
	EXPECT_EQ(STATUS_SUCCESS, pc.ParallelWrite(pc.ParclassContext, (void *)text,
						   strlen(text), &done, 0));
	EXPECT_EQ(strlen(text), done);
	EXPECT_EQ(0, lpt_record("thunk-write", text, strlen(text)));
	/* Nibble mode fails on QEMU's port: an error, nothing read. */
	EXPECT_NE(STATUS_SUCCESS, pc.ParallelRead(pc.ParclassContext, buf, sizeof(buf), &done,
						  0));
	EXPECT_EQ(0, done);
	EXPECT_EQ(STATUS_SUCCESS, pc.TerminateIeeeMode(pc.ParclassContext));
	EXPECT_EQ(STATUS_SUCCESS, winpar_internal_device_io_control(fd,
		  IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, &got));
	close(fd);
}

TEST_HARNESS_MAIN
