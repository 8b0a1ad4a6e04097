// SPDX-License-Identifier: GPL-2.0
/*
 * Public requests that QEMU's SPP port can answer: PAR_SET_INFORMATION,
 * GET_MODE, GET_DEFAULT_MODES, IS_PORT_FREE, QUERY_LOCATION, the serial
 * time-outs, and the exclusive open of an LPT node.  Each with good input
 * (status, Information, bytes) and each bad input WINDOWS-API.md names.
 */
#include <linux/ppdev.h>
#include <linux/parport.h>

#include "kselftest_harness.h"
#include "winpar_test.h"

#include <winpar/ntddser.h>

FIXTURE(lpt) {
	int fd;
};

FIXTURE_SETUP(lpt)
{
	self->fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, self->fd) TH_LOG("open %s: %s", LPT1, strerror(errno));
}

FIXTURE_TEARDOWN(lpt)
{
	close(self->fd);
}

#define CALL(code, in, in_len, out, out_len) \
	wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, code, in, in_len, out, out_len, &w, &err)

/* 4.2: PARALLEL_INIT pulses nInit; QEMU's printer comes back idle. */
TEST_F(lpt, set_information_init)
{
	PAR_SET_INFORMATION si = { .Init = PARALLEL_INIT };
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(0, CALL(IOCTL_PAR_SET_INFORMATION, &si, sizeof(si), NULL, 0));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(0, w.information);
	/* And by raw code. */
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_INFORMATION, &si));
}

TEST_F(lpt, set_information_bad_input)
{
	PAR_SET_INFORMATION si = { .Init = PARALLEL_AUTOFEED };
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_INFORMATION, &si, sizeof(si), NULL, 0));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(EINVAL, err);
	EXPECT_EQ(0, w.information);

	si.Init = PARALLEL_INIT;
	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_INFORMATION, &si, 0, NULL, 0));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);

	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_INFORMATION, NULL, 1, NULL, 0));
	EXPECT_EQ(STATUS_ACCESS_VIOLATION, w.status);
}

/* 4.5 and 4.9: the defaults are CENTRONICS forward, NIBBLE reverse. */
TEST_F(lpt, get_mode_and_default_modes)
{
	PARCLASS_NEGOTIATION_MASK m;
	struct winpar_ioctl w;
	int err;

	memset(&m, 0xa5, sizeof(m));
	EXPECT_EQ(0, CALL(IOCTL_IEEE1284_GET_MODE, NULL, 0, &m, sizeof(m)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(4, w.information);
	EXPECT_EQ(NIBBLE, m.usReadMask);
	EXPECT_EQ(CENTRONICS, m.usWriteMask);

	memset(&m, 0xa5, sizeof(m));
	EXPECT_EQ(0, CALL(IOCTL_PAR_GET_DEFAULT_MODES, NULL, 0, &m, sizeof(m)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(4, w.information);
	EXPECT_EQ(NIBBLE, m.usReadMask);
	EXPECT_EQ(CENTRONICS, m.usWriteMask);

	memset(&m, 0xa5, sizeof(m));
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_GET_DEFAULT_MODES, &m));
	EXPECT_EQ(NIBBLE, m.usReadMask);
	EXPECT_EQ(CENTRONICS, m.usWriteMask);
}

TEST_F(lpt, mode_requests_short_output)
{
	PARCLASS_NEGOTIATION_MASK m = { 0x5a5a, 0x5a5a };
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(-1, CALL(IOCTL_IEEE1284_GET_MODE, NULL, 0, &m, 3));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(ERANGE, err);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(-1, CALL(IOCTL_PAR_GET_DEFAULT_MODES, NULL, 0, &m, 3));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a5a, m.usReadMask);
	EXPECT_EQ(0x5a5a, m.usWriteMask);
}

/* 4.11: free now; not free while ppdev holds the port. */
TEST_F(lpt, is_port_free)
{
	unsigned char b = 0x5a;
	struct winpar_ioctl w;
	int err, pfd;

	EXPECT_EQ(0, CALL(IOCTL_PAR_IS_PORT_FREE, NULL, 0, &b, 1));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(1, w.information);
	EXPECT_EQ(1, b);

	pfd = open("/dev/parport0", O_RDWR);
	ASSERT_LE(0, pfd);
	ASSERT_EQ(0, ioctl(pfd, PPCLAIM));
	b = 0x5a;
	EXPECT_EQ(0, CALL(IOCTL_PAR_IS_PORT_FREE, NULL, 0, &b, 1));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(1, w.information);
	EXPECT_EQ(0, b);
	b = 0x5a;
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_IS_PORT_FREE, &b));
	EXPECT_EQ(0, b);
	ASSERT_EQ(0, ioctl(pfd, PPRELEASE));
	close(pfd);

	EXPECT_EQ(-1, CALL(IOCTL_PAR_IS_PORT_FREE, NULL, 0, &b, 0));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
}

/* 4.12: "LPT1" and its NUL; the input buffer is ignored. */
TEST_F(lpt, query_location)
{
	char out[16];
	struct winpar_ioctl w;
	int err;

	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_LOCATION, "junk", 4, out, sizeof(out)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(5, w.information);
	EXPECT_EQ(0, memcmp(out, "LPT1", 5));
	EXPECT_EQ(0x5a, out[5]);

	/* Exactly enough. */
	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_LOCATION, NULL, 0, out, 5));
	EXPECT_EQ(5, w.information);

	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_LOCATION, NULL, 0, out, 4));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out[0]);

	/* Variable-length output: not a raw ioctl. */
	EXPECT_EQ(-1, ioctl(self->fd, IOCTL_PAR_QUERY_LOCATION, out));
	EXPECT_EQ(ENOTTY, errno);
}

/* 4.13: default 300 s; SET keeps whole seconds of WriteTotalTimeoutConstant. */
TEST_F(lpt, serial_timeouts)
{
	SERIAL_TIMEOUTS t;
	struct winpar_ioctl w;
	int err;

	memset(&t, 0xa5, sizeof(t));
	EXPECT_EQ(0, CALL(IOCTL_SERIAL_GET_TIMEOUTS, NULL, 0, &t, sizeof(t)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(20, w.information);
	EXPECT_EQ(0, t.ReadIntervalTimeout);
	EXPECT_EQ(0, t.ReadTotalTimeoutMultiplier);
	EXPECT_EQ(0, t.ReadTotalTimeoutConstant);
	EXPECT_EQ(0, t.WriteTotalTimeoutMultiplier);
	EXPECT_EQ(300000, t.WriteTotalTimeoutConstant);

	memset(&t, 0, sizeof(t));
	t.WriteTotalTimeoutConstant = 7500;
	t.ReadIntervalTimeout = 99;
	EXPECT_EQ(0, CALL(IOCTL_SERIAL_SET_TIMEOUTS, &t, sizeof(t), NULL, 0));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(0, w.information);

	memset(&t, 0xa5, sizeof(t));
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_GET_TIMEOUTS, &t));
	EXPECT_EQ(7000, t.WriteTotalTimeoutConstant);
	EXPECT_EQ(0, t.ReadIntervalTimeout);

	/* Below 2000 ms is refused and changes nothing. */
	t.WriteTotalTimeoutConstant = 1999;
	EXPECT_EQ(-1, CALL(IOCTL_SERIAL_SET_TIMEOUTS, &t, sizeof(t), NULL, 0));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(-1, CALL(IOCTL_SERIAL_SET_TIMEOUTS, &t, 19, NULL, 0));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(-1, CALL(IOCTL_SERIAL_GET_TIMEOUTS, NULL, 0, &t, 19));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0, CALL(IOCTL_SERIAL_GET_TIMEOUTS, NULL, 0, &t, sizeof(t)));
	EXPECT_EQ(7000, t.WriteTotalTimeoutConstant);

	/* The device keeps it across opens; put the default back. */
	t.WriteTotalTimeoutConstant = 300000;
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, &t));
}

/*
 * 4.3, 4.4, 4.10: QEMU's port answers no IEEE 1284 negotiation, so there is
 * no Device ID: STATUS_IO_DEVICE_ERROR, nothing written, and the port still
 * prints afterwards.
 */
TEST_F(lpt, device_id_without_ieee1284)
{
	PAR_DEVICE_ID_SIZE_INFORMATION size = { .DeviceIdSize = 0x5a5a5a5a };
	unsigned char out[256], text[100];
	struct winpar_ioctl w;
	int err;

	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(STATUS_IO_DEVICE_ERROR, w.status);
	EXPECT_EQ(EIO, err);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out[0]);

	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_DEVICE_ID_SIZE, NULL, 0, &size, sizeof(size)));
	EXPECT_EQ(STATUS_IO_DEVICE_ERROR, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a5a5a5a, size.DeviceIdSize);

	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_RAW_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(STATUS_IO_DEVICE_ERROR, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out[0]);

	/* The port is left in compatibility mode: printing works. */
	fill_pattern(text, sizeof(text), 0x55);
	ASSERT_EQ((ssize_t)sizeof(text), write(self->fd, text, sizeof(text)));
	ASSERT_EQ(0, lpt_record("winpar-after-device-id", text, sizeof(text)));
}

TEST_F(lpt, device_id_short_buffers)
{
	unsigned char out[4] = { 0x5a, 0x5a, 0x5a, 0x5a };
	struct winpar_ioctl w;
	int err;

	/* No room at all: refused before the device is asked. */
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, 0));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_RAW_DEVICE_ID, NULL, 0, out, 0));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_DEVICE_ID_SIZE, NULL, 0, out, 3));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out[0]);
}

/*
 * 4.6, 4.8 and IRP_MJ_READ on a port without IEEE 1284: only Centronics
 * works; asking for a reverse protocol fails and changes nothing.
 */
TEST_F(lpt, modes_without_ieee1284)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = NIBBLE | BYTE_BIDIR,
					.usWriteMask = CENTRONICS };
	unsigned short caps = 0;
	struct winpar_ioctl w;
	unsigned char buf[16];
	int err;

	/* 4.6 [DDK-SAMPLE]: success, the direction that failed answered NONE. */
	EXPECT_EQ(0, CALL(IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m), &m, sizeof(m)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(4, w.information);
	EXPECT_EQ(NONE, m.usReadMask);
	EXPECT_EQ(CENTRONICS, m.usWriteMask);
	/* The device keeps its reverse protocol. */
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_IEEE1284_GET_MODE, &m));
	EXPECT_EQ(NIBBLE, m.usReadMask);
	EXPECT_EQ(CENTRONICS, m.usWriteMask);

	m.usReadMask = 0;
	m.usWriteMask = ECP_ANY | EPP_ANY | IEEE_COMPATIBILITY | CENTRONICS;
	EXPECT_EQ(0, CALL(IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m), &m, sizeof(m)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(4, w.information);
	EXPECT_EQ(NIBBLE, m.usReadMask);	/* unchanged */
	EXPECT_EQ(CENTRONICS, m.usWriteMask);

	EXPECT_EQ(0, CALL(IOCTL_PAR_GET_DEVICE_CAPS, &caps, sizeof(caps), &caps, sizeof(caps)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(2, w.information);
	EXPECT_EQ(CENTRONICS, caps);

	/* The default reverse protocol, nibble, cannot be negotiated: EIO. */
	EXPECT_EQ(-1, read(self->fd, buf, sizeof(buf)));
	EXPECT_EQ(EIO, errno);
}

TEST_F(lpt, modes_bad_input)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = NIBBLE, .usWriteMask = CENTRONICS };
	unsigned short caps = 0x5a5a;
	struct winpar_ioctl w;
	int err;

	/* 4.6: short buffers are STATUS_INVALID_PARAMETER here. */
	EXPECT_EQ(-1, CALL(IOCTL_IEEE1284_NEGOTIATE, &m, 3, &m, sizeof(m)));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(-1, CALL(IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m), &m, 3));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(0, w.information);
	/* 4.8: and STATUS_BUFFER_TOO_SMALL here. */
	EXPECT_EQ(-1, CALL(IOCTL_PAR_GET_DEVICE_CAPS, &caps, 1, &caps, sizeof(caps)));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(-1, CALL(IOCTL_PAR_GET_DEVICE_CAPS, &caps, sizeof(caps), &caps, 1));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0x5a5a, caps);
}

/* 4.7: one UCHAR in; a short input is STATUS_INVALID_PARAMETER. */
TEST_F(lpt, set_addresses)
{
	unsigned char addr = 5;
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(0, CALL(IOCTL_PAR_SET_WRITE_ADDRESS, &addr, 1, NULL, 0));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0, CALL(IOCTL_PAR_SET_READ_ADDRESS, &addr, 1, NULL, 0));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_WRITE_ADDRESS, &addr));

	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_WRITE_ADDRESS, &addr, 0, NULL, 0));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
	EXPECT_EQ(EINVAL, err);
	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_READ_ADDRESS, NULL, 0, NULL, 0));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, w.status);
}

static void sysfs_read(const char *path, char *buf, size_t size)
{
	ssize_t n = -1;
	int fd = open(path, O_RDONLY);

	if (fd >= 0) {
		n = read(fd, buf, size - 1);
		close(fd);
	}
	buf[n > 0 ? n : 0] = 0;
}

/* sysfs: the device's state and the port's resources, without opening a node. */
TEST(sysfs_attributes)
{
	char buf[64];
	int fd;

	sysfs_read("/sys/class/winpar/LPT1/location", buf, sizeof(buf));
	EXPECT_STREQ("LPT1\n", buf);
	sysfs_read("/sys/class/winpar/LPT1/read_mode", buf, sizeof(buf));
	EXPECT_STREQ("nibble\n", buf);
	sysfs_read("/sys/class/winpar/LPT1/write_mode", buf, sizeof(buf));
	EXPECT_STREQ("centronics\n", buf);
	sysfs_read("/sys/class/winpar/LPT1/write_timeout_ms", buf, sizeof(buf));
	EXPECT_STREQ("300000\n", buf);
	sysfs_read("/sys/class/winpar/LPT1/open", buf, sizeof(buf));
	EXPECT_STREQ("0\n", buf);
	fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, fd);
	sysfs_read("/sys/class/winpar/LPT1/open", buf, sizeof(buf));
	EXPECT_STREQ("1\n", buf);
	close(fd);

	sysfs_read("/sys/class/winpar/ParallelPort0/parport", buf, sizeof(buf));
	EXPECT_STREQ("parport0\n", buf);
	sysfs_read("/sys/class/winpar/ParallelPort0/base", buf, sizeof(buf));
	EXPECT_STREQ("0x378\n", buf);
	sysfs_read("/sys/class/winpar/ParallelPort0/irq", buf, sizeof(buf));
	EXPECT_STREQ("7\n", buf);
	sysfs_read("/sys/class/winpar/ParallelPort0/modes", buf, sizeof(buf));
	EXPECT_TRUE(strtoul(buf, NULL, 16) & PARPORT_MODE_PCSPP) TH_LOG("modes %s", buf);
}

/* 1.3: a device is exclusive, a port shared. */
TEST(lpt_open_is_exclusive)
{
	int a, b, p1, p2;

	a = open(LPT1, O_RDWR);
	ASSERT_LE(0, a);
	EXPECT_EQ(-1, open(LPT1, O_RDWR));
	EXPECT_EQ(EBUSY, errno);
	p1 = open(PORT0, O_RDWR);
	p2 = open(PORT0, O_RDWR);
	EXPECT_LE(0, p1);
	EXPECT_LE(0, p2);
	close(a);
	b = open(LPT1, O_RDWR);
	EXPECT_LE(0, b);
	close(b);
	close(p1);
	close(p2);
}

TEST_HARNESS_MAIN
