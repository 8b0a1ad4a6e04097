// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar's READ_PORT_UCHAR, WRITE_PORT_UCHAR and _BUFFER_ forms (issue
 * 23) on parport_sim, as a driver ported into a process uses them: the
 * address is Controller + n from the information structure libwinpar
 * returned, and libwinpar finds the file that holds the port.  The bytes a
 * bit-banging "driver" sends are checked against the printer's record; an
 * address of no structure, a port not held and a forgotten file are each
 * refused with nothing touched (the simulator's counters), each next to a
 * control that succeeds.
 */
#include "kselftest_harness.h"
#include "sim_test.h"
#include "rel_test.h"

#include <winpar/parallel.h>

#include "libwinpar.h"

#define CTRL_IDLE	0x0c
#define CTRL_STROBE	0x0d
#define ST_NBUSY	0x80

/* A ported driver's inner loop: data, strobe pulse, wait while Busy. */
static int send(uint8_t *controller, const char *s, size_t len, long skip)
{
	uint8_t pulse[2] = { CTRL_STROBE, CTRL_IDLE };
	size_t i;
	int tries;

	for (i = 0; i < len; i++) {
		WRITE_PORT_UCHAR(controller, s[i]);
		if (winpar_port_status() != STATUS_SUCCESS)
			return -1;
		if ((long)i != skip) {
			WRITE_PORT_BUFFER_UCHAR(controller + 2, pulse, 2);
			if (winpar_port_status() != STATUS_SUCCESS)
				return -1;
		}
		for (tries = 0; tries < 1000; tries++)
			if (READ_PORT_UCHAR(controller + 1) & ST_NBUSY)
				break;
		if (tries == 1000 || winpar_port_status() != STATUS_SUCCESS)
			return -1;
	}
	return 0;
}

static int received_is(const char *want)
{
	char got[512];
	ssize_t n = sim_read("received", got, sizeof(got));

	return n == (ssize_t)strlen(want) && !memcmp(got, want, n);
}

static void counters(char *buf, size_t size)
{
	ssize_t n = sim_read("counters", buf, size - 1);

	buf[n > 0 ? n : 0] = 0;
}

static int32_t internal(int fd, uint32_t code, void *out, uint32_t out_len)
{
	uint32_t got;

	return winpar_internal_device_io_control(fd, code, NULL, 0, out, out_len, &got);
}

FIXTURE(lib) {
	int port, lpt;
	uint8_t *controller;
};

FIXTURE_SETUP(lib)
{
	PARALLEL_PORT_INFORMATION pi;

	if (!sim_port()[0])
		ASSERT_EQ(0, rel_load_sim());
	reset_sim(_metadata);
	self->lpt = -1;
	self->port = winpar_open(rel_sim_port_node(), NULL);
	ASSERT_LE(0, self->port);
	ASSERT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO,
					   &pi, sizeof(pi)));
	self->controller = pi.Controller;
	ASSERT_EQ(3, pi.SpanOfController);
}

FIXTURE_TEARDOWN(lib)
{
	if (self->lpt >= 0)
		winpar_handle_close(self->lpt);
	if (self->port >= 0)
		winpar_handle_close(self->port);
}

/* ALLOCATE on the port node, then the driver's own register loop. */
TEST_F(lib, ported_driver_bitbangs_the_printer)
{
	static const char msg[] = "ported driver, READ/WRITE_PORT_UCHAR\n";

	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					   NULL, 0));
	EXPECT_EQ(0, send(self->controller, msg, strlen(msg), -1));
	/* The idle printer's status, and the control lines as written. */
	EXPECT_EQ(0xd8, READ_PORT_UCHAR(self->controller + 1));
	EXPECT_EQ(CTRL_IDLE, READ_PORT_UCHAR(self->controller + 2));
	EXPECT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					   NULL, 0));
	EXPECT_TRUE(received_is(msg));

	/* Control: a byte without its strobe is not in the record. */
	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					   NULL, 0));
	EXPECT_EQ(0, send(self->controller, "AXB", 3, 1));
	EXPECT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					   NULL, 0));
	EXPECT_TRUE(received_is("AB"));
	EXPECT_FALSE(received_is("AXB"));
}

/*
 * The port node saw the range last but does not hold the port; the LPT
 * node, which connected (PARCLASS_CONNECT) and locked it, does: libwinpar
 * gets there.
 */
TEST_F(lib, the_file_that_holds_the_port_is_found)
{
	PARCLASS_INFORMATION pc;
	PARALLEL_PORT_INFORMATION pi;

	self->lpt = winpar_open(rel_sim_lpt(), NULL);
	ASSERT_LE(0, self->lpt);
	ASSERT_EQ(STATUS_SUCCESS, internal(self->lpt, IOCTL_INTERNAL_PARCLASS_CONNECT,
					   &pc, sizeof(pc)));
	EXPECT_EQ(self->controller, pc.Controller);
	ASSERT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO,
					   &pi, sizeof(pi)));
	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(STATUS_SUCCESS, internal(self->lpt, IOCTL_INTERNAL_LOCK_PORT, NULL, 0));
	EXPECT_EQ(0, send(pc.Controller, "via LPT", 7, -1));
	EXPECT_EQ(STATUS_SUCCESS, internal(self->lpt, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0));
	EXPECT_TRUE(received_is("via LPT"));
	/* Control: the port node's file alone is refused (it does not hold the port). */
	ASSERT_EQ(STATUS_SUCCESS, internal(self->lpt, IOCTL_INTERNAL_LOCK_PORT, NULL, 0));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE,
		  winpar_port_registers(self->port, (uintptr_t)pc.Controller + 1,
					&(uint8_t){ 0 }, 1, 0));
	EXPECT_EQ(STATUS_SUCCESS,
		  winpar_port_registers(self->lpt, (uintptr_t)pc.Controller + 1,
					&(uint8_t){ 0 }, 1, 0));
	EXPECT_EQ(STATUS_SUCCESS, internal(self->lpt, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0));
}

/* Refusals: nothing touched; next to each, the same access that works. */
TEST_F(lib, refusals_touch_nothing)
{
	char before[1024], after[1024];
	uint8_t buf[4] = { 1, 2, 3, 4 };

	/* The port is not held. */
	counters(before, sizeof(before));
	EXPECT_EQ(0xff, READ_PORT_UCHAR(self->controller + 1));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, winpar_port_status());
	WRITE_PORT_UCHAR(self->controller, 0x55);
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, winpar_port_status());
	READ_PORT_BUFFER_UCHAR(self->controller + 1, buf, 4);
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, winpar_port_status());
	EXPECT_EQ(0xff, buf[0]);
	EXPECT_EQ(0xff, buf[3]);
	/* An address of no structure (QEMU's port is not this file's). */
	EXPECT_EQ(0xff, READ_PORT_UCHAR((uint8_t *)0x378));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, winpar_port_status());
	counters(after, sizeof(after));
	EXPECT_STREQ(before, after);

	ASSERT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					   NULL, 0));
	/* Control: held, the same read works and the counters move. */
	EXPECT_EQ(0xd8, READ_PORT_UCHAR(self->controller + 1));
	EXPECT_EQ(STATUS_SUCCESS, winpar_port_status());
	counters(after, sizeof(after));
	EXPECT_STRNE(before, after);
	/* Past the span: in no range. */
	EXPECT_EQ(0xff, READ_PORT_UCHAR(self->controller + 3));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, winpar_port_status());
	/* A forgotten file's range leads nowhere. */
	winpar_port_ranges_forget(self->port);
	EXPECT_EQ(0xff, READ_PORT_UCHAR(self->controller + 1));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, winpar_port_status());
	/* Control: added again, it does. */
	winpar_port_range_add(self->port, (uintptr_t)self->controller, 3);
	EXPECT_EQ(0xd8, READ_PORT_UCHAR(self->controller + 1));
	EXPECT_EQ(STATUS_SUCCESS, winpar_port_status());
	EXPECT_EQ(STATUS_SUCCESS, internal(self->port, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					   NULL, 0));
}

/* Last: parport_sim goes (lp first, as it keeps a device on every port). */
TEST_F(lib, unload)
{
	winpar_handle_close(self->port);
	self->port = -1;
	EXPECT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
