// SPDX-License-Identifier: GPL-2.0
/*
 * IEEE 1284.3 daisy chains through winpar (WINDOWS-API.md 1.4, 5.9-5.11)
 * on parport_sim: the nodes of chains of 0, 1, 2 and 4 devices with and
 * without an end-of-chain device, each device's Device ID, writes to
 * LPTn.1 that land at device 1 alone in compatibility, ECP and EPP mode
 * (selected with 0xE1, 0xD1, 0x21), two processes writing to LPTn.0 and
 * LPTn.1 at once, a device that does not answer its select, and the nodes
 * following a re-enumeration (IOCTL_INTERNAL_INIT_1284_3_BUS).
 */
#include "kselftest_harness.h"
#include "sim_test.h"

#include <winpar/parallel.h>

#define ALL_MODES	"nibble byte deviceid ecp epp\n"

static char node[64];

/* /dev/winpar/LPTn.<id> of the simulated port; id < 0: the port node. */
static const char *dnode(int id)
{
	int m = atoi(sim_port() + 7);

	if (id < 0)
		snprintf(node, sizeof(node), WINPAR_DEV_DIR "/ParallelPort%d", m);
	else
		snprintf(node, sizeof(node), WINPAR_DEV_DIR "/LPT%d.%d", m + 1, id);
	return node;
}

static int32_t call(int fd, unsigned long major, uint32_t code, const void *in, uint32_t il,
		    void *out, uint32_t ol, uint32_t *info)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, major, code, in, il, out, ol, &w, &err);
	if (info)
		*info = w.information;
	return w.status;
}

/* The port node's INIT_1284_3_BUS, then the device count it reports. */
static int reenumerate(void)
{
	PARALLEL_PNP_INFORMATION pn = { 0 };
	uint32_t info;
	int fd = open(dnode(-1), O_RDWR), n = -1;

	if (fd < 0)
		return -1;
	if (call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, IOCTL_INTERNAL_INIT_1284_3_BUS,
		 NULL, 0, NULL, 0, &info) == STATUS_SUCCESS &&
	    call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO,
		 NULL, 0, &pn, sizeof(pn), &info) == STATUS_SUCCESS)
		n = pn.Ieee1284_3DeviceCount;
	close(fd);
	usleep(100000);		/* devtmpfs follows the nodes */
	return n;
}

/* Which of LPTn.0 .. LPTn.4 exist, as a bit mask. */
static int nodes(void)
{
	int id, mask = 0;

	for (id = 0; id <= 4; id++)
		if (is_chardev(dnode(id)))
			mask |= 1 << id;
	return mask;
}

static int set_modes(void)
{
	int pos;
	char file[64];

	for (pos = 0; pos < 4; pos++) {
		snprintf(file, sizeof(file), "daisy/%d/ieee1284_modes", pos);
		sim_set(file, ALL_MODES);
	}
	return sim_set("ieee1284_modes", ALL_MODES);
}

/* A new chain (the simulator power-cycles it: no addresses until assigned). */
static int set_chain(const char *spec)
{
	return sim_set("chain", spec) ? -1 : set_modes();
}

static ssize_t received(int pos, char *buf, size_t size)
{
	char file[64];

	if (pos < 0)
		return sim_read("received", buf, size);
	snprintf(file, sizeof(file), "daisy/%d/received", pos);
	return sim_read(file, buf, size);
}

static void empty_all(void)
{
	char file[64];
	int pos;

	sim_set("received", "0\n");
	sim_set("ieee1284_log", "0\n");
	sim_set("daisy_log", "0\n");
	for (pos = 0; pos < 4; pos++) {
		snprintf(file, sizeof(file), "daisy/%d/received", pos);
		sim_set(file, "0\n");
		snprintf(file, sizeof(file), "daisy/%d/ieee1284_log", pos);
		sim_set(file, "0\n");
	}
}

TEST(load)
{
	ASSERT_FALSE(exists("/sys/module/parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_sim.ko ports=1 "
			 "modes=pcspp+tristate+safeinint+ecp+epp daisy=2"));
	ASSERT_NE(0, sim_port()[0]);
	ASSERT_EQ(0, set_modes());
	usleep(200000);
	/* Announced with two devices: LPTn.0, LPTn.1 and the end, LPTn.4. */
	EXPECT_EQ(0x13, nodes());
}

/* Each node reads its own device's ID. */
TEST(device_ids)
{
	char id[256];
	uint32_t info;
	int i, fd;
	static const char * const want[] = { "MDL:DAISY0;", "MDL:DAISY1;" };

	for (i = 0; i < 2; i++) {
		fd = open(dnode(i), O_RDWR);
		ASSERT_LE(0, fd);
		memset(id, 0, sizeof(id));
		EXPECT_EQ(STATUS_SUCCESS, call(fd, WINPAR_IOCTL_DEVICE_CONTROL,
			  IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, id, sizeof(id) - 1, &info));
		TH_LOG("LPT.%d: %s", i, id);
		EXPECT_NE(NULL, strstr(id, want[i]));
		close(fd);
	}
	fd = open(dnode(4), O_RDWR);
	ASSERT_LE(0, fd);
	memset(id, 0, sizeof(id));
	EXPECT_EQ(STATUS_SUCCESS, call(fd, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, id, sizeof(id) - 1, &info));
	EXPECT_EQ(NULL, strstr(id, "DAISY"));
	close(fd);
}

static void write_mode(struct __test_metadata *_metadata, uint16_t wmode, const char *log)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = NONE, .usWriteMask = wmode };
	char text[64], got[256];
	uint32_t info;
	int fd, len;

	len = snprintf(text, sizeof(text), "to device 1 in mode 0x%x", wmode);
	empty_all();
	fd = open(dnode(1), O_RDWR);
	ASSERT_LE(0, fd);
	if (wmode != CENTRONICS)
		ASSERT_EQ(STATUS_SUCCESS, call(fd, WINPAR_IOCTL_DEVICE_CONTROL,
			  IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m), &m, sizeof(m), &info));
	EXPECT_EQ(len, write(fd, text, len));
	close(fd);
	EXPECT_EQ(len, received(1, got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, text, len));
	EXPECT_EQ(0, received(0, got, sizeof(got)));
	EXPECT_EQ(0, received(-1, got, sizeof(got)));
	memset(got, 0, sizeof(got));
	EXPECT_LT(0, sim_read("daisy_log", got, sizeof(got) - 1));
	EXPECT_NE(NULL, strstr(got, log));
	/*
	 * Device 1 itself saw the mode negotiated (ECP 0x10, EPP 0x40; none
	 * for Centronics), device 0 and the end device saw nothing.
	 */
	memset(got, 0, sizeof(got));
	sim_read("daisy/1/ieee1284_log", got, sizeof(got) - 1);
	TH_LOG("daisy/1/ieee1284_log: %s", got);
	if (wmode == ECP_SW) {
		EXPECT_NE(NULL, strstr(got, "negotiate-accepted 0x10\n"));
	} else if (wmode == EPP_SW) {
		EXPECT_NE(NULL, strstr(got, "negotiate-accepted 0x40\n"));
	} else {
		EXPECT_EQ(NULL, strstr(got, "negotiate"));
	}
	EXPECT_EQ(0, sim_read("daisy/0/ieee1284_log", got, sizeof(got) - 1));
	EXPECT_EQ(0, sim_read("ieee1284_log", got, sizeof(got) - 1));
}

TEST(write_lands_at_device_1_compat)
{
	write_mode(_metadata, CENTRONICS, "select 1 compat 1");
}

TEST(write_lands_at_device_1_ecp)
{
	write_mode(_metadata, ECP_SW, "select 1 ecp 1");
}

TEST(write_lands_at_device_1_epp)
{
	write_mode(_metadata, EPP_SW, "select 1 epp 1");
}

/* Two processes, LPTn.0 and LPTn.1, 32 KiB each at once: nothing mixed. */
TEST(two_writers_never_mix)
{
	static unsigned char a[32768], b[32768], got[40000];
	pid_t kid[2];
	int i, status;

	fill_pattern(a, sizeof(a), 3);
	fill_pattern(b, sizeof(b), 77);
	empty_all();
	for (i = 0; i < 2; i++) {
		kid[i] = fork();
		ASSERT_LE(0, kid[i]);
		if (!kid[i]) {
			unsigned char *p = i ? b : a;
			size_t done = 0;
			ssize_t n;
			int fd = open(dnode(i), O_RDWR);

			if (fd < 0)
				_exit(1);
			while (done < sizeof(a)) {
				n = write(fd, p + done, 1024);
				if (n < 0 && errno == EBUSY)
					continue;
				if (n <= 0)
					_exit(2);
				done += n;
			}
			_exit(0);
		}
	}
	for (i = 0; i < 2; i++) {
		waitpid(kid[i], &status, 0);
		EXPECT_EQ(0, WEXITSTATUS(status));
	}
	EXPECT_EQ(sizeof(a), received(0, (char *)got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, a, sizeof(a)));
	EXPECT_EQ(sizeof(b), received(1, (char *)got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, b, sizeof(b)));
	EXPECT_EQ(0, received(-1, (char *)got, sizeof(got)));
}

/* A device that does not answer its select: not connected, port free, nothing sent. */
TEST(device_that_does_not_answer)
{
	uint8_t st, is_free = 0;
	char got[64];
	uint32_t info;
	int fd, lpt;

	empty_all();
	ASSERT_EQ(0, sim_set("daisy/1/faults", "noselect\n"));
	fd = open(dnode(1), O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(-1, write(fd, "lost", 4));
	EXPECT_EQ(ENXIO, errno);
	EXPECT_EQ(STATUS_DEVICE_NOT_CONNECTED, call(fd, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &st, 1, &info));
	EXPECT_EQ(0, info);
	close(fd);
	EXPECT_EQ(0, received(1, got, sizeof(got)));
	EXPECT_EQ(0, received(-1, got, sizeof(got)));
	lpt = open(dnode(4), O_RDWR);
	ASSERT_LE(0, lpt);
	EXPECT_EQ(STATUS_SUCCESS, call(lpt, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_IS_PORT_FREE,
				       NULL, 0, &is_free, 1, &info));
	EXPECT_EQ(1, is_free);
	close(lpt);
	ASSERT_EQ(0, sim_set("daisy/1/faults", "none\n"));
}

/* Re-enumeration: 4 devices, none, one without an end device, back to 2. */
TEST(nodes_follow_the_chain)
{
	char got[64];
	uint8_t st;
	uint32_t info;
	int old, fd;

	old = open(dnode(1), O_RDWR);
	ASSERT_LE(0, old);

	ASSERT_EQ(0, set_chain("daisy=4 end=on\n"));
	EXPECT_EQ(4, reenumerate());
	EXPECT_EQ(0x1f, nodes());
	empty_all();
	fd = open(dnode(3), O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(5, write(fd, "three", 5));
	close(fd);
	EXPECT_EQ(5, received(3, got, sizeof(got)));
	/* Device 1 is still there: the open file keeps working. */
	EXPECT_EQ(STATUS_SUCCESS, call(old, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &st, 1, &info));

	ASSERT_EQ(0, set_chain("daisy=0\n"));
	EXPECT_EQ(0, reenumerate());
	EXPECT_EQ(0, nodes());
	EXPECT_EQ(STATUS_DEVICE_REMOVED, call(old, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &st, 1, &info));
	EXPECT_EQ(-1, write(old, "x", 1));
	EXPECT_EQ(ENODEV, errno);

	ASSERT_EQ(0, set_chain("daisy=1 end=off\n"));
	EXPECT_EQ(1, reenumerate());
	EXPECT_EQ(0x11, nodes());

	ASSERT_EQ(0, set_chain("daisy=2 end=on\n"));
	EXPECT_EQ(2, reenumerate());
	EXPECT_EQ(0x13, nodes());
	/* The file opened before device 1 went stays dead; a new open works. */
	EXPECT_EQ(STATUS_DEVICE_REMOVED, call(old, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &st, 1, &info));
	close(old);
	fd = open(dnode(1), O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(STATUS_SUCCESS, call(fd, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &st, 1, &info));
	close(fd);
}

TEST(unload)
{
	ASSERT_EQ(0, run("rmmod lp"));
	EXPECT_EQ(0, run("rmmod parport_sim"));
	EXPECT_EQ(0, nodes());
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
}

TEST_HARNESS_MAIN
