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

#include <signal.h>
#include <sys/time.h>

#include <winpar/ntddser.h>

#define SIM_ID	"MFG:ACME;MDL:WINPAR7;CLS:PRINTER;CMD:PCL;DES:sim_winpar;"

static int write_file(const char *path, const char *text)
{
	ssize_t n;
	int fd;

	fd = open(path, O_WRONLY);
	if (fd < 0)
		return errno;
	n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : errno;
}

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

/* parport_sim's ieee1284_log of the end device: what it saw negotiated, ended, reset. */
static const char *sim_log(void)
{
	static char buf[4096];
	ssize_t n = sim_read("ieee1284_log", buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = 0;
	return buf;
}

static void sim_log_clear(void)
{
	sim_set("ieee1284_log", "0\n");
	sim_set("counters", "0\n");
}

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

	char lp_dev[128];
	int lpfd;

	ASSERT_EQ(0, sim_set("device_id", SIM_ID));
	/* lp is loaded and has a device on this port, and a file open on it. */
	snprintf(lp_dev, sizeof(lp_dev), "/proc/sys/dev/parport/%s/devices/lp", sim_port());
	EXPECT_TRUE(exists(lp_dev)) TH_LOG("%s: lp is not on the simulated port", lp_dev);
	lpfd = open("/dev/lp1", O_WRONLY | O_NONBLOCK);

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

	if (lpfd >= 0)
		close(lpfd);

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
	sim_log_clear();
	EXPECT_EQ(0, CALL(IOCTL_PAR_SET_INFORMATION, &si, 1, NULL, 0));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	/* The printer saw the reset: nInit low, back to compatibility mode. */
	EXPECT_STREQ("reset\n", sim_log());
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

/*
 * Register accesses per byte of a compatibility-mode write: a data write,
 * two control writes (nStrobe low, high) and the status reads until the
 * printer is ready, one more for each read the printer stays busy
 * (parport_sim's busy_reads): 4, 5 and 6.  What the write does once per
 * call (negotiation to compatibility mode, the control setup) is a few
 * accesses in 8192 bytes.
 */
SIM_TEST(compat_write_makes_the_fewest_accesses)
{
	static const char * const counters[] = {
		"data_writes", "control_writes", "status_reads", "data_reads", "control_reads",
	};
	size_t len = 8192, k, c;
	unsigned char *buf = malloc(len);
	char v[8];

	ASSERT_NE(NULL, buf);
	fill_pattern(buf, len, 0x2b);
	for (k = 0; k <= 2; k++) {
		long long n[5];

		snprintf(v, sizeof(v), "%zu\n", k);
		ASSERT_EQ(0, sim_set("busy_reads", v));
		ASSERT_EQ(0, sim_set("counters", "0\n"));
		ASSERT_EQ((ssize_t)len, write(self->fd, buf, len));
		for (c = 0; c < 5; c++)
			n[c] = sim_counter(counters[c]);
		TH_LOG("busy_reads %zu: %lld data writes, %lld control writes, %lld status reads, "
		       "%lld data reads, %lld control reads for %zu bytes",
		       k, n[0], n[1], n[2], n[3], n[4], len);
		EXPECT_EQ((long long)len, sim_counter("strobes"));
		EXPECT_EQ((long long)len, n[0]);
		EXPECT_LE(2LL * len, n[1]);
		EXPECT_GE(2LL * len + 8, n[1]);
		/* The first byte finds the printer ready, the last one is not waited for. */
		EXPECT_LE((long long)((k + 1) * len - k), n[2]);
		EXPECT_GE((long long)((k + 1) * len + 8), n[2]);
		EXPECT_GE(8, n[3] + n[4]);
	}
	ASSERT_EQ(0, sim_set("busy_reads", "2\n"));
	free(buf);
}

/*
 * 1.8: a printer that stops: the write waits out the count-down (2 s
 * here), then fails with the reason as status; nothing lost or doubled.
 */
SIM_TEST(faulted_printer_ends_the_write)
{
	SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = 2000 };
	unsigned char got[16];
	double t0, waited;

	ASSERT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, &t));
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	t0 = now();
	EXPECT_EQ(-1, write(self->fd, "abc", 3));
	EXPECT_EQ(ENOSPC, errno);
	waited = now() - t0;
	EXPECT_GE(waited, 1.9);
	EXPECT_LT(waited, 4.0);
	ASSERT_EQ(0, sim_set("faults", "offline\n"));
	t0 = now();
	EXPECT_EQ(-1, write(self->fd, "abc", 3));
	EXPECT_EQ(EIO, errno);
	waited = now() - t0;
	EXPECT_GE(waited, 1.9);
	EXPECT_LT(waited, 4.0);
	EXPECT_EQ(0, sim_read("received", got, sizeof(got)));
	t.WriteTotalTimeoutConstant = 300000;
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, &t));
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

static void on_alarm(int sig)
{
}

/* A signal ends a write that waits for a busy printer at once, nothing sent. */
SIM_TEST(signal_ends_a_waiting_write)
{
	struct sigaction sa = { .sa_handler = on_alarm };	/* no SA_RESTART */
	struct itimerval it = { .it_value = { .tv_usec = 300000 } };
	unsigned char got[16];
	double t0, waited;

	ASSERT_EQ(0, sigaction(SIGALRM, &sa, NULL));
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	t0 = now();
	ASSERT_EQ(0, setitimer(ITIMER_REAL, &it, NULL));
	EXPECT_EQ(-1, write(self->fd, "abc", 3));
	EXPECT_EQ(EINTR, errno);
	waited = now() - t0;
	TH_LOG("write interrupted after %.3f s (signal at 0.3 s, time-out 300 s)", waited);
	EXPECT_GE(waited, 0.25);
	EXPECT_LT(waited, 2.0);
	EXPECT_EQ(0, sim_read("received", got, sizeof(got)));
	sa.sa_handler = SIG_DFL;
	sigaction(SIGALRM, &sa, NULL);
}

static void negotiate(struct __test_metadata *_metadata, int fd,
		      unsigned short rd, unsigned short wr,
		      int32_t expect, unsigned short got_rd, unsigned short got_wr)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = rd, .usWriteMask = wr };
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE,
		&m, sizeof(m), &m, sizeof(m), &w, &err);
	ASSERT_EQ(expect, w.status);
	if (expect == STATUS_SUCCESS) {
		EXPECT_EQ(4, w.information);
		EXPECT_EQ(got_rd, m.usReadMask);
		EXPECT_EQ(got_wr, m.usWriteMask);
	} else {
		EXPECT_EQ(0, w.information);
	}
	memset(&m, 0, sizeof(m));
	ASSERT_EQ(0, ioctl(fd, IOCTL_IEEE1284_GET_MODE, &m));
	EXPECT_EQ(got_rd, m.usReadMask);
	EXPECT_EQ(got_wr, m.usWriteMask);
}

/* 4.8: what the peripheral negotiates, less what the client forbids. */
SIM_TEST(device_caps)
{
	unsigned short caps = 0;

	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_GET_DEVICE_CAPS, &caps));
	EXPECT_EQ(CENTRONICS | IEEE_COMPATIBILITY | NIBBLE | BYTE_BIDIR, caps);

	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble deviceid\n"));
	caps = 0;
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_GET_DEVICE_CAPS, &caps));
	EXPECT_EQ(CENTRONICS | IEEE_COMPATIBILITY | NIBBLE, caps);

	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid\n"));
	caps = BYTE_BIDIR | IEEE_COMPATIBILITY;
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_GET_DEVICE_CAPS, &caps));
	EXPECT_EQ(CENTRONICS | NIBBLE, caps);
	/* A forbidden mode is not negotiated. */
	negotiate(_metadata, self->fd, BYTE_BIDIR | NIBBLE, CENTRONICS | IEEE_COMPATIBILITY,
		  STATUS_SUCCESS, NIBBLE, CENTRONICS);
	caps = 0;
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_GET_DEVICE_CAPS, &caps));
}

/* 4.6: the fastest of each mask that port and peripheral both do. */
SIM_TEST(negotiate_picks_the_fastest)
{
	negotiate(_metadata, self->fd, NIBBLE | BYTE_BIDIR,
		  CENTRONICS | IEEE_COMPATIBILITY | ECP_ANY | EPP_ANY,
		  STATUS_SUCCESS, BYTE_BIDIR, IEEE_COMPATIBILITY);

	/* The peripheral stops doing byte mode: nibble it is. */
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble deviceid\n"));
	negotiate(_metadata, self->fd, NIBBLE | BYTE_BIDIR, CENTRONICS,
		  STATUS_SUCCESS, NIBBLE, CENTRONICS);

	/*
	 * Nothing of the read mask works: success all the same, the read
	 * direction answered NONE (4.6 [DDK-SAMPLE]); the device keeps nibble.
	 */
	{
		PARCLASS_NEGOTIATION_MASK m = { .usReadMask = BYTE_BIDIR | ECP_SW };
		struct winpar_ioctl w;
		int err;

		wp_call(self->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE,
			&m, sizeof(m), &m, sizeof(m), &w, &err);
		EXPECT_EQ(STATUS_SUCCESS, w.status);
		EXPECT_EQ(4, w.information);
		EXPECT_EQ(NONE, m.usReadMask);
		EXPECT_EQ(CENTRONICS, m.usWriteMask);
		ASSERT_EQ(0, ioctl(self->fd, IOCTL_IEEE1284_GET_MODE, &m));
		EXPECT_EQ(NIBBLE, m.usReadMask);
		EXPECT_EQ(CENTRONICS, m.usWriteMask);
	}
}

/* IRP_MJ_READ in the negotiated reverse protocol: the peripheral's bytes. */
SIM_TEST(read_in_nibble_and_byte_mode)
{
	const char msg[] = "status report from the peripheral";
	char buf[128];

	negotiate(_metadata, self->fd, NIBBLE, CENTRONICS, STATUS_SUCCESS, NIBBLE, CENTRONICS);
	ASSERT_EQ(0, sim_write("reverse", msg, strlen(msg), O_TRUNC));
	sim_log_clear();
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ((ssize_t)strlen(msg), read(self->fd, buf, sizeof(buf)));
	EXPECT_EQ(0, strcmp(buf, msg));
	/* The peripheral sent it in nibble mode: status lines only. */
	EXPECT_STREQ("negotiate-accepted 0x00\nterminate\n", sim_log());
	EXPECT_EQ(0, sim_counter("data_reads"));
	EXPECT_EQ((long long)strlen(msg), sim_counter("reverse_sent"));
	/* Nothing more to send. */
	EXPECT_EQ(0, read(self->fd, buf, sizeof(buf)));

	negotiate(_metadata, self->fd, BYTE_BIDIR, CENTRONICS, STATUS_SUCCESS,
		  BYTE_BIDIR, CENTRONICS);
	ASSERT_EQ(0, sim_write("reverse", msg, strlen(msg), O_TRUNC));
	sim_log_clear();
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ((ssize_t)strlen(msg), read(self->fd, buf, sizeof(buf)));
	EXPECT_EQ(0, strcmp(buf, msg));
	/* In byte mode: one data register read per byte. */
	EXPECT_STREQ("negotiate-accepted 0x01\nterminate\n", sim_log());
	EXPECT_LE((long long)strlen(msg), sim_counter("data_reads"));
	EXPECT_EQ((long long)strlen(msg), sim_counter("reverse_sent"));

	/* Shorter than what is queued: the rest comes with the next read. */
	ASSERT_EQ(0, sim_write("reverse", msg, strlen(msg), O_TRUNC));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(6, read(self->fd, buf, 6));
	EXPECT_EQ(0, memcmp(buf, msg, 6));
	EXPECT_EQ((ssize_t)strlen(msg) - 6, read(self->fd, buf, sizeof(buf)));
	EXPECT_EQ(0, memcmp(buf, msg + 6, strlen(msg) - 6));

	/* The printer side still works afterwards. */
	ASSERT_EQ(3, write(self->fd, "xyz", 3));
	negotiate(_metadata, self->fd, NIBBLE, CENTRONICS, STATUS_SUCCESS, NIBBLE, CENTRONICS);
}

/* 4.7: Centronics has no addresses: a write address changes nothing on the wire. */
SIM_TEST(addresses_are_ignored_in_compatibility_mode)
{
	unsigned char addr = 0x21, got[32];

	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_WRITE_ADDRESS, &addr));
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_READ_ADDRESS, &addr));
	ASSERT_EQ(5, write(self->fd, "hello", 5));
	ASSERT_EQ(5, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, "hello", 5));
	ASSERT_EQ(0, sim_write("reverse", "back", 4, O_TRUNC));
	EXPECT_EQ(4, read(self->fd, got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, "back", 4));
}

/*
 * 1.8: a printer that stalls in the middle of a long write: write() returns
 * the count the peripheral took, and the peripheral has exactly those
 * bytes, in order: nothing lost, nothing sent twice.
 */
SIM_TEST(stall_mid_transfer_returns_the_exact_count)
{
	SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = 2000 };
	size_t len = 1024 * 1024;
	unsigned char *buf = malloc(len), *got = malloc(len + 16);
	ssize_t n = -2, got_len;
	int pfd[2], status, i;
	double t0;
	pid_t pid;

	ASSERT_NE(NULL, buf);
	ASSERT_NE(NULL, got);
	fill_pattern(buf, len, 0x77);
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, &t));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	ASSERT_EQ(0, pipe(pfd));
	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		n = write(self->fd, buf, len);
		if (n < 0)
			n = -errno;
		if (write(pfd[1], &n, sizeof(n)) != sizeof(n))
			_exit(1);
		_exit(0);
	}
	/* Let some bytes through, then stall the printer. */
	t0 = now();
	for (i = 0; i < 2000 && sim_counter("received") < 8192; i++)
		usleep(5000);
	TH_LOG("%lld bytes received after %.2f s", sim_counter("received"), now() - t0);
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	ASSERT_EQ((ssize_t)sizeof(n), read(pfd[0], &n, sizeof(n)));
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	close(pfd[0]);
	close(pfd[1]);

	TH_LOG("write returned %zd of %zu bytes after %.2f s", n, len, now() - t0);
	EXPECT_LE(8192, n);
	EXPECT_GT((ssize_t)len, n);
	got_len = sim_read("received", got, len + 16);
	EXPECT_EQ(n, got_len);
	if (n > 0 && got_len == n)
		EXPECT_EQ(0, memcmp(buf, got, n));

	t.WriteTotalTimeoutConstant = 300000;
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_SERIAL_SET_TIMEOUTS, &t));
	free(buf);
	free(got);
}

/*
 * ECP (software ECP, the port has no ECP hardware): negotiated when the
 * peripheral takes it, the write channel sent as a channel command before
 * the data, the bytes recorded on that channel; reads in ECP reverse.
 */
SIM_TEST(ecp_transfers_with_channel_addresses)
{
	unsigned char ch = 5, got[64];
	char runs[256];
	double t0;
	ssize_t n;

	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid ecp\n"));
	negotiate(_metadata, self->fd, ECP_ANY | BYTE_BIDIR | NIBBLE,
		  ECP_ANY | EPP_ANY | CENTRONICS, STATUS_SUCCESS, ECP_SW, ECP_SW);

	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_WRITE_ADDRESS, &ch));
	sim_log_clear();
	ASSERT_EQ(11, write(self->fd, "ecp payload", 11));
	EXPECT_STREQ("negotiate-accepted 0x10\necp-command 0x85\nterminate\n", sim_log());
	ASSERT_EQ(11, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, "ecp payload", 11));
	n = sim_read("ecp_channels", runs, sizeof(runs) - 1);
	ASSERT_LT(0, n);
	runs[n] = 0;
	EXPECT_STREQ("5 11\n", runs);
	EXPECT_EQ(1, sim_counter("ecp_commands"));

	/* A second write on another channel. */
	ch = 2;
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_WRITE_ADDRESS, &ch));
	ASSERT_EQ(3, write(self->fd, "two", 3));
	n = sim_read("ecp_channels", runs, sizeof(runs) - 1);
	runs[n > 0 ? n : 0] = 0;
	EXPECT_STREQ("5 11\n2 3\n", runs);

	/* Reverse: the peripheral's bytes, after the read channel (7) sent forward. */
	ch = 7;
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_READ_ADDRESS, &ch));
	ASSERT_EQ(0, sim_write("reverse", "ecp reply", 9, O_TRUNC));
	sim_log_clear();
	memset(got, 0, sizeof(got));
	EXPECT_EQ(9, read(self->fd, got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, "ecp reply", 9));
	EXPECT_STREQ("negotiate-accepted 0x10\necp-command 0x87\nterminate\n", sim_log());
	EXPECT_EQ(9, sim_counter("reverse_sent"));
	/* Nothing more: nPeriphRequest high, read() returns 0 without waiting. */
	t0 = now();
	EXPECT_EQ(0, read(self->fd, got, sizeof(got)));
	EXPECT_LT(now() - t0, 1.0);

	/* Back to the defaults; the peripheral negotiates anew without trouble. */
	negotiate(_metadata, self->fd, NIBBLE, CENTRONICS, STATUS_SUCCESS, NIBBLE, CENTRONICS);
	ch = 0;
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_WRITE_ADDRESS, &ch));
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_READ_ADDRESS, &ch));
}

/*
 * EPP: address cycles before data (write and read), and afterwards a
 * clean termination: the peripheral answers the next negotiation, which it
 * would not if the port had been left in EPP|ADDR (LINUX-PARPORT.md 0.6).
 */
SIM_TEST(epp_transfers_with_addresses)
{
	unsigned char wa = 0x42, ra = 0x17, got[64];
	char id[256];
	ssize_t n;

	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid epp\n"));
	negotiate(_metadata, self->fd, EPP_ANY | NIBBLE, EPP_ANY | CENTRONICS,
		  STATUS_SUCCESS, EPP_SW, EPP_SW);
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_WRITE_ADDRESS, &wa));
	ASSERT_EQ(0, ioctl(self->fd, IOCTL_PAR_SET_READ_ADDRESS, &ra));
	ASSERT_EQ(0, sim_write("epp_addresses", "0\n", 2, O_TRUNC));
	sim_log_clear();

	ASSERT_EQ(8, write(self->fd, "epp data", 8));
	/* EPP negotiated (0x40), ended by an nInit pulse; one address and 8 data cycles. */
	EXPECT_STREQ("negotiate-accepted 0x40\nreset\n", sim_log());
	EXPECT_EQ(9, sim_counter("epp_cycles"));
	ASSERT_EQ(8, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, "epp data", 8));

	ASSERT_EQ(0, sim_write("reverse", "epp back", 8, O_TRUNC));
	memset(got, 0, sizeof(got));
	EXPECT_EQ(8, read(self->fd, got, 8));
	EXPECT_EQ(0, memcmp(got, "epp back", 8));

	/* One address cycle for the write, one for the read, in that order. */
	n = sim_read("epp_addresses", got, sizeof(got));
	ASSERT_EQ(2, n);
	EXPECT_EQ(0x42, got[0]);
	EXPECT_EQ(0x17, got[1]);

	/* The EPP session ended properly: nibble mode and the Device ID work. */
	negotiate(_metadata, self->fd, NIBBLE, CENTRONICS, STATUS_SUCCESS, NIBBLE, CENTRONICS);
	memset(id, 0, sizeof(id));
	EXPECT_EQ(0, ioctl(self->fd, IOCTL_PAR_QUERY_DEVICE_ID_SIZE, id));
}

/*
 * 3.1: a port unplugged while its LPT node is open: the node goes at once,
 * every request on the open file answers STATUS_DEVICE_REMOVED, read and
 * write ENODEV, and the file closes cleanly.
 */
TEST(removed_port_under_an_open_file)
{
	PARCLASS_NEGOTIATION_MASK m;
	char lpt[64], name[32];
	struct winpar_ioctl w;
	unsigned char b;
	int fd, err;

	ASSERT_EQ(0, write_file(SIM_ROOT "/add", "default\n"));
	snprintf(name, sizeof(name), "%s", sim_port_n(1));
	ASSERT_NE(0, name[0]);
	snprintf(lpt, sizeof(lpt), WINPAR_DEV_DIR "/LPT%d", atoi(name + 7) + 1);
	ASSERT_TRUE(is_chardev(lpt)) TH_LOG("%s missing", lpt);
	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(0, ioctl(fd, IOCTL_PAR_GET_DEFAULT_MODES, &m));

	ASSERT_EQ(0, write_file(SIM_ROOT "/remove", name));
	EXPECT_FALSE(exists(lpt));

	EXPECT_EQ(-1, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION,
			      NULL, 0, &b, 1, &w, &err));
	EXPECT_EQ(STATUS_DEVICE_REMOVED, w.status);
	EXPECT_EQ(ENODEV, err);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(-1, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_GET_DEFAULT_MODES,
			      NULL, 0, &m, sizeof(m), &w, &err));
	EXPECT_EQ(STATUS_DEVICE_REMOVED, w.status);
	EXPECT_EQ(-1, write(fd, "x", 1));
	EXPECT_EQ(ENODEV, errno);
	EXPECT_EQ(-1, read(fd, &b, 1));
	EXPECT_EQ(ENODEV, errno);
	EXPECT_EQ(0, close(fd));
	/* The first simulated port is untouched. */
	EXPECT_TRUE(is_chardev(sim_lpt()));
}

/*
 * IEEE 1284.3 (WINDOWS-API.md 1.4): a port with two daisy-chain devices and
 * an end-of-chain device gets LPTn.0, LPTn.1 and LPTn.4 beside LPTn; each
 * request on LPTn.a reaches device a alone (selected around it).
 */
TEST(daisy_chain_devices)
{
	char name[32], node[64], out[256], got[64];
	int base, fd, n;
	struct winpar_ioctl w;
	int err;

	ASSERT_EQ(0, sim_add_port("default daisy=2 end=on id0=MFG:ACME;MDL:CHAIN0; "
				  "id1=MFG:ACME;MDL:CHAIN1;", name, sizeof(name)));
	base = atoi(name + 7) + 1;
	ASSERT_EQ(0, sim_port_set(name, "device_id", "MFG:ACME;MDL:ENDDEV;"));
	for (n = 0; n <= 4; n++) {
		snprintf(node, sizeof(node), WINPAR_DEV_DIR "/LPT%d.%d", base, n);
		if (n == 0 || n == 1 || n == 4) {
			EXPECT_TRUE(is_chardev(node)) TH_LOG("%s missing", node);
		} else {
			EXPECT_FALSE(exists(node)) TH_LOG("%s should not exist", node);
		}
	}

	for (n = 0; n <= 4; n += (n == 1 ? 3 : 1)) {
		static const char *const ids[] = { "MFG:ACME;MDL:CHAIN0;", "MFG:ACME;MDL:CHAIN1;",
						   "", "", "MFG:ACME;MDL:ENDDEV;" };
		char loc[32];

		snprintf(node, sizeof(node), WINPAR_DEV_DIR "/LPT%d.%d", base, n);
		fd = open(node, O_RDWR);
		ASSERT_LE(0, fd);
		/* 4.12: "LPTn.m". */
		snprintf(loc, sizeof(loc), "LPT%d.%d", base, n);
		EXPECT_EQ(0, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_LOCATION,
				     NULL, 0, out, sizeof(out), &w, &err));
		EXPECT_STREQ(loc, out);
		/* Each device its own ID. */
		EXPECT_EQ(0, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_DEVICE_ID,
				     NULL, 0, out, sizeof(out), &w, &err)) TH_LOG("%s", loc);
		EXPECT_STREQ(ids[n], out);
		close(fd);
	}

	/* Data for LPTn.1 lands at device 1 alone; for LPTn.4 at the end device. */
	snprintf(node, sizeof(node), WINPAR_DEV_DIR "/LPT%d.1", base);
	fd = open(node, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(9, write(fd, "to dev 1\n", 9));
	close(fd);
	snprintf(node, sizeof(node), WINPAR_DEV_DIR "/LPT%d.4", base);
	fd = open(node, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(7, write(fd, "to end\n", 7));
	close(fd);
	EXPECT_EQ(9, sim_port_read(name, "daisy/1/received", got, sizeof(got)));
	EXPECT_STREQ("to dev 1\n", got);
	EXPECT_EQ(0, sim_port_read(name, "daisy/0/received", got, sizeof(got)));
	EXPECT_EQ(7, sim_port_read(name, "received", got, sizeof(got)));
	EXPECT_STREQ("to end\n", got);

	ASSERT_EQ(0, write_file(SIM_ROOT "/remove", name));
	snprintf(node, sizeof(node), WINPAR_DEV_DIR "/LPT%d.1", base);
	EXPECT_FALSE(exists(node));
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
