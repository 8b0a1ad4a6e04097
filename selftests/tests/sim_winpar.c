// SPDX-License-Identifier: GPL-2.0
/*
 * winpar on the simulated IEEE 1284 peripheral (parport_sim): the Device
 * ID requests, the printer status and reset under each fault, writes in
 * compatibility mode checked against what the peripheral received, a
 * stalled printer and the write time-out, and the nodes following a port
 * that is removed.  Loads parport_sim itself and unloads it at the end.
 */
#include "kselftest_harness.h"
#include "sim_test.h"

#include <winpar/ntddser.h>

#define SIM_ID	"MFG:ACME;MDL:WINPAR7;CLS:PRINTER;CMD:PCL;DES:sim_winpar;"

/* /dev/winpar/LPTn of the simulated port (n = parport number + 1). */
static const char *sim_lpt(void)
{
	static char path[64];

	snprintf(path, sizeof(path), WINPAR_DEV_DIR "/LPT%d", atoi(sim_port() + 7) + 1);
	return path;
}

/*
 * Each test starts from a healthy peripheral and the simulated LPT node
 * open.  (Plain TESTs rather than a fixture: the harness runs a fixture's
 * tests after all plain ones, and load and unload must come first and last.)
 */
static int sim_open(struct __test_metadata *_metadata)
{
	int fd;

	if (!sim_port()[0])
		return -1;
	reset_sim(_metadata);
	fd = open(sim_lpt(), O_RDWR);
	if (fd < 0)
		TH_LOG("open %s: %s", sim_lpt(), strerror(errno));
	return fd;
}

struct sim_self {
	int fd;
};

#define SIM_TEST(name)							\
	static void name##_body(struct __test_metadata *_metadata,		\
				struct sim_self *self);				\
	TEST(name)							\
	{								\
		struct sim_self s = { .fd = sim_open(_metadata) };		\
		ASSERT_LE(0, s.fd);						\
		name##_body(_metadata, &s);					\
		close(s.fd);							\
		sim_set("faults", "none\n");					\
	}								\
	static void name##_body(struct __test_metadata *_metadata,		\
				struct sim_self *self)

#define CALL(code, in, in_len, out, out_len) \
	wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, code, in, in_len, out, out_len, &w, &err)

TEST(load)
{
	ASSERT_FALSE(exists("/sys/module/parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_sim.ko ports=1 modes=pcspp+tristate+safeinint"));
	ASSERT_NE(0, sim_port()[0]);
	EXPECT_TRUE(is_chardev(sim_lpt())) TH_LOG("%s missing", sim_lpt());
	ASSERT_EQ(0, sim_set("device_id", SIM_ID));
}

/* 4.3, 4.4, 4.10: the ID the peripheral sends, with and without its prefix. */
SIM_TEST(device_id_requests)
{
	size_t len = strlen(SIM_ID);
	PAR_DEVICE_ID_SIZE_INFORMATION size = { 0 };
	unsigned char out[256];
	struct winpar_ioctl w;
	int err;

	ASSERT_EQ(0, sim_set("device_id", SIM_ID));

	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_DEVICE_ID_SIZE, NULL, 0, &size, sizeof(size)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(4, w.information);
	EXPECT_EQ(len + 1, size.DeviceIdSize);

	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(len + 1, w.information);
	EXPECT_EQ(0, memcmp(out, SIM_ID, len + 1));
	EXPECT_EQ(0x5a, out[len + 1]);

	/* Exactly the size IOCTL_PAR_QUERY_DEVICE_ID_SIZE gave. */
	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, size.DeviceIdSize));
	EXPECT_EQ(len + 1, w.information);
	EXPECT_EQ(0, memcmp(out, SIM_ID, len + 1));

	/* One byte short: nothing. */
	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, len));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0x5a, out[0]);

	/* Raw: big-endian length that counts itself, the ID, a NUL. */
	memset(out, 0x5a, sizeof(out));
	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_RAW_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(len + 3, w.information);
	EXPECT_EQ((len + 2) >> 8, out[0]);
	EXPECT_EQ((len + 2) & 0xff, out[1]);
	EXPECT_EQ(0, memcmp(out + 2, SIM_ID, len + 1));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_RAW_DEVICE_ID, NULL, 0, out, len + 2));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);

	/* The size by raw code too. */
	size.DeviceIdSize = 0;
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_QUERY_DEVICE_ID_SIZE, &size));
	EXPECT_EQ(len + 1, size.DeviceIdSize);

	/* A new ID is read anew. */
	ASSERT_EQ(0, sim_set("device_id", "MFG:X;MDL:Y;"));
	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(13, w.information);
	EXPECT_EQ(0, strcmp((char *)out, "MFG:X;MDL:Y;"));
	ASSERT_EQ(0, sim_set("device_id", SIM_ID));
}

/* A peripheral that refuses the Device ID: STATUS_IO_DEVICE_ERROR, port still usable. */
SIM_TEST(device_id_refused)
{
	unsigned char out[256];
	struct winpar_ioctl w;
	int err;

	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte\n"));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(STATUS_IO_DEVICE_ERROR, w.status);
	EXPECT_EQ(0, w.information);
	ASSERT_EQ(0, sim_set("ieee1284_modes", "none\n"));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(STATUS_IO_DEVICE_ERROR, w.status);
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid\n"));
	EXPECT_EQ(0, CALL(IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, out, sizeof(out)));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(0, strcmp((char *)out, SIM_ID));
}

static unsigned char query_status(struct __test_metadata *_metadata, int fd)
{
	PAR_QUERY_INFORMATION q = { .Status = 0x5a };
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
		NULL, 0, &q, sizeof(q), &w, &err);
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(1, w.information);
	return q.Status;
}

/* 4.1: the printer's state as Windows reports it, fault by fault. */
SIM_TEST(query_information_under_faults)
{
	unsigned char st;

	EXPECT_EQ(PARALLEL_SELECTED, query_status(_metadata, self->fd));

	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	st = query_status(_metadata, self->fd);
	EXPECT_TRUE(st & PARALLEL_PAPER_EMPTY) TH_LOG("status 0x%02x", st);
	EXPECT_FALSE(st & (PARALLEL_POWER_OFF | PARALLEL_OFF_LINE | PARALLEL_NOT_CONNECTED));

	ASSERT_EQ(0, sim_set("faults", "offline\n"));
	st = query_status(_metadata, self->fd);
	EXPECT_EQ(PARALLEL_OFF_LINE | PARALLEL_BUSY, st);

	ASSERT_EQ(0, sim_set("faults", "poweroff\n"));
	EXPECT_EQ(PARALLEL_POWER_OFF, query_status(_metadata, self->fd));

	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	EXPECT_EQ(PARALLEL_BUSY | PARALLEL_SELECTED, query_status(_metadata, self->fd));

	ASSERT_EQ(0, sim_set("faults", "none\n"));
	EXPECT_EQ(PARALLEL_SELECTED, query_status(_metadata, self->fd));
}

/* 4.2: the reset answers with the device's state afterwards. */
SIM_TEST(set_information_reports_the_device_state)
{
	PAR_SET_INFORMATION si = { .Init = PARALLEL_INIT };
	struct winpar_ioctl w;
	int err;

	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_INFORMATION, &si, 1, NULL, 0));
	EXPECT_EQ(STATUS_DEVICE_PAPER_EMPTY, w.status);
	EXPECT_EQ(ENOSPC, err);
	EXPECT_EQ(0, w.information);

	ASSERT_EQ(0, sim_set("faults", "offline\n"));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_INFORMATION, &si, 1, NULL, 0));
	EXPECT_EQ(STATUS_DEVICE_OFF_LINE, w.status);

	ASSERT_EQ(0, sim_set("faults", "poweroff\n"));
	EXPECT_EQ(-1, CALL(IOCTL_PAR_SET_INFORMATION, &si, 1, NULL, 0));
	EXPECT_EQ(STATUS_DEVICE_POWERED_OFF, w.status);

	ASSERT_EQ(0, sim_set("faults", "none\n"));
	EXPECT_EQ(0, CALL(IOCTL_PAR_SET_INFORMATION, &si, 1, NULL, 0));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
}

/* IRP_MJ_WRITE in compatibility mode: the peripheral gets every byte, once. */
SIM_TEST(write_reaches_the_peripheral)
{
	size_t len = 20000;
	unsigned char *buf = malloc(len), *got = malloc(len + 16);
	long long strobes;

	ASSERT_NE(NULL, buf);
	ASSERT_NE(NULL, got);
	fill_pattern(buf, len, 0x66);
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	ASSERT_EQ((ssize_t)len, write(self->fd, buf, len));
	ASSERT_EQ((ssize_t)len, sim_read("received", got, len + 16));
	EXPECT_EQ(0, memcmp(buf, got, len));
	strobes = sim_counter("strobes");
	EXPECT_EQ((long long)len, strobes);
	free(buf);
	free(got);
}

/* 1.8: a printer that stops: the reason as status, nothing lost or doubled. */
SIM_TEST(faulted_printer_ends_the_write)
{
	unsigned char got[16];

	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	EXPECT_EQ(-1, write(self->fd, "abc", 3));
	EXPECT_EQ(ENOSPC, errno);
	ASSERT_EQ(0, sim_set("faults", "offline\n"));
	EXPECT_EQ(-1, write(self->fd, "abc", 3));
	EXPECT_EQ(EIO, errno);
	EXPECT_EQ(0, sim_read("received", got, sizeof(got)));
}

/* 4.13 and 1.8: a busy printer holds a write for the write time-out, then STATUS_DEVICE_BUSY. */
SIM_TEST(stalled_printer_times_out)
{
	SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = 2000 };
	unsigned char got[16];
	double t0, waited;

	ASSERT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, &t));
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	t0 = now();
	EXPECT_EQ(-1, write(self->fd, "abc", 3));
	EXPECT_EQ(EBUSY, errno);
	waited = now() - t0;
	TH_LOG("stalled write gave up after %.2f s (time-out 2 s)", waited);
	EXPECT_GE(waited, 1.9);
	EXPECT_LT(waited, 30.0);
	EXPECT_EQ(0, sim_read("received", got, sizeof(got)));

	t.WriteTotalTimeoutConstant = 300000;
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, &t));
}

/* The port goes away: its nodes go with it. */
TEST(unload)
{
	char lpt[64];

	snprintf(lpt, sizeof(lpt), "%s", sim_lpt());
	ASSERT_TRUE(is_chardev(lpt));
	/* lp has a device on every port: let it go, then restore it. */
	ASSERT_EQ(0, run("rmmod lp"));
	EXPECT_EQ(0, run("rmmod parport_sim"));
	EXPECT_FALSE(exists(lpt));
	EXPECT_TRUE(is_chardev(LPT1));
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
}

TEST_HARNESS_MAIN
