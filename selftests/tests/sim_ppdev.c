// SPDX-License-Identifier: GPL-2.0
/*
 * parport_sim under the kernel's own clients: the core's Device ID probe,
 * ppdev in compatibility, nibble, byte, ECP and EPP mode, lp, the fault
 * knobs, the counters and the removal of a port under an open ppdev file.  Loads parport_sim itself (first test) and unloads it
 * (last test), leaving lp loaded as it found it.
 */
#include <linux/ppdev.h>
#include <linux/parport.h>
#include <poll.h>
#include <time.h>

#include "kselftest_harness.h"
#include "sim_test.h"

#define SIM_ID		"MFG:ACME;MDL:SIMTEST9;CLS:PRINTER;CMD:ESC/P;DES:sim_ppdev;"

/* PPSETPHASE's value for reverse idle: enum ieee1284_phase, not in uapi. */
#define PH_REV_IDLE	5

/* The client node of the simulated port: /dev/<prefix>N whose parent is ours. */
static int client_node(const char *class, const char *prefix, char *out, size_t size)
{
	char path[600], link[256];
	struct dirent *de;
	ssize_t n;
	DIR *d;

	snprintf(path, sizeof(path), "/sys/class/%s", class);
	d = opendir(path);
	if (!d)
		return -1;
	while ((de = readdir(d))) {
		if (strncmp(de->d_name, prefix, strlen(prefix)))
			continue;
		snprintf(path, sizeof(path), "/sys/class/%s/%s/device", class, de->d_name);
		n = readlink(path, link, sizeof(link) - 1);
		if (n < 0)
			continue;
		link[n] = 0;
		if (strlen(link) >= 14 && !strcmp(link + strlen(link) - 14, "/parport_sim.0")) {
			if (strlen(de->d_name) + 6 > size)
				break;
			strcpy(out, "/dev/");
			strcat(out, de->d_name);
			closedir(d);
			return 0;
		}
	}
	closedir(d);
	return -1;
}

/* Open the simulated port's ppdev node and claim the port. */
static int pp_open(struct __test_metadata *_metadata, int flags)
{
	char dev[300];
	int fd;

	EXPECT_EQ(0, client_node("ppdev", "parport", dev, sizeof(dev)));
	/* ppdev's node carries the port's name. */
	EXPECT_EQ(0, strcmp(dev + 5, sim_port()));
	fd = open(dev, O_RDWR | flags);
	EXPECT_LE(0, fd) TH_LOG("open %s: %s", dev, strerror(errno));
	if (fd >= 0)
		EXPECT_EQ(0, ioctl(fd, PPCLAIM));
	return fd;
}

static void pp_close(int fd)
{
	ioctl(fd, PPRELEASE);
	close(fd);
}

static int negotiate(int fd, int mode)
{
	return ioctl(fd, PPNEGOT, &mode) ? errno : 0;
}

TEST(load)
{
	pid_t pid;
	int status;

	ASSERT_FALSE(exists("/sys/module/parport_sim"));
	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		execlp("insmod", "insmod", MODDIR "/parport_sim.ko", "ports=2",
		       "modes=pcspp+tristate+safeinint,0x1", "device_id=" SIM_ID,
		       "daisy=0,1",
		       (char *)NULL);
		_exit(127);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	ASSERT_NE(0, sim_port()[0]);
	ASSERT_NE(0, sim_port_n(1)[0]);
	TH_LOG("simulated ports: %s %s", sim_port(), sim_port_n(1));
}

/* The core read the Device ID in nibble mode when the port was announced. */
TEST(core_autoprobe_finds_the_device_id)
{
	char path[128], buf[512] = "";
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/sys/dev/parport/%s/autoprobe", sim_port());
	fd = open(path, O_RDONLY);
	ASSERT_LE(0, fd);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	ASSERT_LT(0, n);
	buf[n] = 0;
	TH_LOG("autoprobe: %s", buf);
	EXPECT_NE(NULL, strstr(buf, "MODEL:SIMTEST9;"));
	EXPECT_NE(NULL, strstr(buf, "MANUFACTURER:ACME;"));
	EXPECT_NE(NULL, strstr(buf, "CLASS:PRINTER;"));
	EXPECT_NE(NULL, strstr(buf, "COMMAND SET:ESC/P;"));
	EXPECT_NE(NULL, strstr(buf, "DESCRIPTION:sim_ppdev;"));
}

TEST(ppdev_compat_write_reaches_the_peripheral)
{
	static unsigned char buf[20000], got[20001];
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	fill_pattern(buf, sizeof(buf), 0x51);
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	ASSERT_EQ((ssize_t)sizeof(buf), write(fd, buf, sizeof(buf)));
	pp_close(fd);
	ASSERT_EQ((ssize_t)sizeof(buf), sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(buf, got, sizeof(buf)));
	/* Every byte crossed the data register and strobed once. */
	EXPECT_LE((long long)sizeof(buf), sim_counter("data_writes"));
	EXPECT_EQ((long long)sizeof(buf), sim_counter("strobes"));
	EXPECT_EQ((long long)sizeof(buf), sim_counter("received"));
	/* Busy, then nAck, then ready: about three status reads a byte. */
	EXPECT_LE(2LL * sizeof(buf), sim_counter("status_reads"));
	EXPECT_LE(2LL * sizeof(buf), sim_counter("control_writes"));
	EXPECT_EQ(0, sim_counter("dropped"));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	EXPECT_EQ(0, sim_counter("data_writes"));
}

TEST(ppdev_reads_the_device_id_in_nibble_mode)
{
	static const char id[] = "MFG:ACME;MDL:OTHER;CLS:PRINTER;";
	unsigned char buf[256];
	ssize_t n, total = 0;
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("device_id", id));
	fd = pp_open(_metadata, O_NONBLOCK);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_NIBBLE | IEEE1284_DEVICEID));
	while ((n = read(fd, buf + total, sizeof(buf) - total)) > 0)
		total += n;
	EXPECT_EQ(EAGAIN, errno);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	pp_close(fd);
	/* Big-endian length that counts its own two bytes, then the text. */
	ASSERT_EQ((ssize_t)strlen(id) + 2, total);
	EXPECT_EQ(0, buf[0]);
	EXPECT_EQ(strlen(id) + 2, buf[1]);
	EXPECT_EQ(0, memcmp(buf + 2, id, strlen(id)));
	ASSERT_EQ(0, sim_set("device_id", SIM_ID));
}

static int set_mode(int fd, int mode)
{
	return ioctl(fd, PPSETMODE, &mode) ? errno : 0;
}

static void expect_phase(struct __test_metadata *_metadata, const char *phase)
{
	char buf[128];
	ssize_t n;

	n = sim_read("phase", buf, sizeof(buf) - 1);
	ASSERT_LT(0, n);
	buf[n] = 0;
	EXPECT_EQ(0, strncmp(buf, phase, strlen(phase))) TH_LOG("phase: %s", buf);
}

/*
 * Negotiate @mode on @fd (opened O_NONBLOCK), read until the device has
 * nothing more, and go back to compatibility mode.  Returns the count,
 * or minus the errno of the negotiation.
 *
 * The core's termination does not mask IEEE1284_DEVICEID: from reverse
 * ECP|DEVICEID it skips Events 47-49 and leaves nInit low (see
 * ecp_deviceid_termination_leaves_ninit_low).  Plain ECP, in reverse, is
 * said first, so that COMPAT turns the bus round.
 */
static ssize_t read_in_mode(struct __test_metadata *_metadata, int fd, int mode,
			    unsigned char *buf, size_t size)
{
	int err, phase = PH_REV_IDLE;
	ssize_t n, total = 0;

	err = negotiate(fd, mode);
	if (err)
		return -err;
	while ((size_t)total < size &&
	       (n = read(fd, buf + total, size - total)) > 0)
		total += n;
	EXPECT_GT(size, (size_t)total);
	EXPECT_EQ(EAGAIN, errno);
	if (mode == (IEEE1284_MODE_ECP | IEEE1284_DEVICEID)) {
		EXPECT_EQ(0, set_mode(fd, IEEE1284_MODE_ECP));
		EXPECT_EQ(0, ioctl(fd, PPSETPHASE, &phase));
	}
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	return total;
}

/* @buf holds exactly the Device ID @id as sent: length prefix, then text. */
static void expect_device_id(struct __test_metadata *_metadata,
			     const unsigned char *buf, ssize_t n, const char *id)
{
	size_t len = strlen(id) + 2;	/* the length counts itself */

	ASSERT_EQ((ssize_t)len, n);
	EXPECT_EQ(len >> 8, buf[0]);
	EXPECT_EQ(len & 0xff, buf[1]);
	EXPECT_EQ(0, memcmp(buf + 2, id, len - 2));
}

/*
 * The Device ID in byte mode and in ECP mode (reverse ECP data bytes),
 * with a Device ID longer than 255 bytes so that both length bytes count.
 * The reverse queue is left alone, and a device that does not do the
 * mode, or the Device ID, rejects the request.
 */
TEST(ppdev_reads_the_device_id_in_byte_and_ecp_mode)
{
	static unsigned char buf[1200];
	static char id[400];
	ssize_t n;
	int fd;

	reset_sim(_metadata);
	snprintf(id, sizeof(id), "MFG:ACME;MDL:LONGID;CLS:PRINTER;DES:%0300d;", 7);
	ASSERT_EQ(0, sim_set("device_id", id));
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid ecp"));
	ASSERT_EQ(0, sim_write("reverse", "NOTID", 5, O_TRUNC));
	ASSERT_EQ(0, sim_set("counters", "0"));
	fd = pp_open(_metadata, O_NONBLOCK);
	ASSERT_LE(0, fd);

	n = read_in_mode(_metadata, fd, IEEE1284_MODE_BYTE | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, id);
	EXPECT_EQ(0x01, buf[0]);
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_ECP | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, id);
	expect_phase(_metadata, "compat");
	EXPECT_EQ(2LL * (strlen(id) + 2), sim_counter("reverse_sent"));
	/* The queue is still there, for a read without the Device ID flag. */
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_BYTE, buf, sizeof(buf));
	EXPECT_EQ(5, n);
	EXPECT_EQ(0, memcmp(buf, "NOTID", 5));

	/* Without ECP, or without the Device ID, XFlag low: ENXIO. */
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid"));
	EXPECT_EQ(-ENXIO, read_in_mode(_metadata, fd, IEEE1284_MODE_ECP |
				       IEEE1284_DEVICEID, buf, sizeof(buf)));
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte ecp"));
	EXPECT_EQ(-ENXIO, read_in_mode(_metadata, fd, IEEE1284_MODE_ECP |
				       IEEE1284_DEVICEID, buf, sizeof(buf)));
	EXPECT_EQ(-ENXIO, read_in_mode(_metadata, fd, IEEE1284_MODE_BYTE |
				       IEEE1284_DEVICEID, buf, sizeof(buf)));
	EXPECT_EQ(3, sim_counter("rejected"));
	/* ECP itself still goes. */
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_ECP));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	pp_close(fd);
	ASSERT_EQ(0, sim_set("device_id", SIM_ID));
	reset_sim(_metadata);
}

/*
 * The core's parport_ieee1284_terminate() switches on the mode without
 * masking IEEE1284_DEVICEID: after an ECP Device ID read, PPNEGOT to
 * COMPAT runs Events 22-29 straight from reverse, without Events 47-49.
 * nInit stays low, so the next ECP read gets no Event 39 edge and no
 * data; that read's own termination (plain ECP) raises nInit again.
 */
TEST(ecp_deviceid_termination_leaves_ninit_low)
{
	unsigned char buf[256], ctl = 0;
	ssize_t n, total = 0;
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid ecp"));
	ASSERT_EQ(0, sim_write("reverse", "ECP", 3, O_TRUNC));
	fd = pp_open(_metadata, O_NONBLOCK);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_ECP | IEEE1284_DEVICEID));
	while ((n = read(fd, buf + total, sizeof(buf) - total)) > 0)
		total += n;
	expect_device_id(_metadata, buf, total, SIM_ID);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	expect_phase(_metadata, "compat");
	ASSERT_EQ(0, ioctl(fd, PPRCONTROL, &ctl));
	EXPECT_FALSE(ctl & PARPORT_CONTROL_INIT);	/* nInit low */

	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_ECP));
	EXPECT_EQ(-1, read(fd, buf, sizeof(buf)));	/* no Event 40 */
	EXPECT_EQ(EAGAIN, errno);
	expect_phase(_metadata, "ecp-forward");
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	ASSERT_EQ(0, ioctl(fd, PPRCONTROL, &ctl));
	EXPECT_TRUE(ctl & PARPORT_CONTROL_INIT);

	/* Now the queue comes. */
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_ECP, buf, sizeof(buf));
	EXPECT_EQ(3, n);
	EXPECT_EQ(0, memcmp(buf, "ECP", 3));
	pp_close(fd);
	reset_sim(_metadata);
}

static void reverse_read(struct __test_metadata *_metadata, int mode, size_t len)
{
	static unsigned char data[3000], got[3000];
	long long sent0;
	ssize_t n, total = 0;
	int fd;

	reset_sim(_metadata);
	fill_pattern(data, len, 0x77 + mode);
	/* Two appends make one queue. */
	ASSERT_EQ(0, sim_write("reverse", data, len / 2, O_TRUNC));
	ASSERT_EQ(0, sim_write("reverse", data + len / 2, len - len / 2, O_APPEND));
	sent0 = sim_counter("reverse_sent");
	fd = pp_open(_metadata, O_NONBLOCK);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, negotiate(fd, mode));
	while ((size_t)total < sizeof(got) &&
	       (n = read(fd, got + total, sizeof(got) - total)) > 0)
		total += n;
	EXPECT_EQ(EAGAIN, errno);
	ASSERT_EQ(len, total);
	EXPECT_EQ(0, memcmp(data, got, len));
	EXPECT_EQ((long long)len, sim_counter("reverse_sent") - sent0);

	/* More data while the host idles in reverse mode: it gets it too. */
	ASSERT_EQ(0, sim_write("reverse", "late", 4, O_APPEND));
	n = read(fd, got, sizeof(got));
	EXPECT_EQ(4, n);
	EXPECT_EQ(0, memcmp(got, "late", 4));

	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	/* And compatibility mode works after the termination. */
	ASSERT_EQ(3, write(fd, "end", 3));
	pp_close(fd);
	ASSERT_EQ(3, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, "end", 3));
}

TEST(ppdev_nibble_read_returns_the_reverse_bytes)
{
	reverse_read(_metadata, IEEE1284_MODE_NIBBLE, 1500);
}

TEST(ppdev_byte_read_returns_the_reverse_bytes)
{
	reverse_read(_metadata, IEEE1284_MODE_BYTE, 2500);
}

TEST(rejected_modes_fail_negotiation)
{
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0"));
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	/* XFlag low at Event 5: ppdev says ENXIO. */
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble,deviceid"));
	EXPECT_EQ(ENXIO, negotiate(fd, IEEE1284_MODE_BYTE));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_NIBBLE));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte"));
	EXPECT_EQ(ENXIO, negotiate(fd, IEEE1284_MODE_NIBBLE | IEEE1284_DEVICEID));
	/* Modes the peripheral does not know at all. */
	EXPECT_EQ(ENXIO, negotiate(fd, IEEE1284_MODE_ECP));
	EXPECT_EQ(ENXIO, negotiate(fd, IEEE1284_MODE_EPP));
	/* No answer to Event 1 at all: not IEEE 1284 compliant, EIO. */
	ASSERT_EQ(0, sim_set("ieee1284_modes", "none"));
	EXPECT_EQ(EIO, negotiate(fd, IEEE1284_MODE_NIBBLE));
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid"));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_BYTE));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	EXPECT_EQ(4, sim_counter("rejected"));
	EXPECT_EQ(7, sim_counter("negotiations"));
	pp_close(fd);
}

static unsigned char status_with(struct __test_metadata *_metadata, int fd,
				 const char *faults)
{
	unsigned char s = 0;

	EXPECT_EQ(0, sim_set("faults", faults));
	EXPECT_EQ(0, ioctl(fd, PPRSTATUS, &s));
	return s;
}

TEST(faults_show_in_the_status)
{
	unsigned char s;
	int fd;

	reset_sim(_metadata);
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	s = status_with(_metadata, fd, "none");
	EXPECT_EQ(0xd8, s);
	s = status_with(_metadata, fd, "paperout");
	EXPECT_TRUE(s & PARPORT_STATUS_PAPEROUT);
	EXPECT_FALSE(s & PARPORT_STATUS_BUSY);		/* Busy line high */
	s = status_with(_metadata, fd, "offline");
	EXPECT_FALSE(s & PARPORT_STATUS_SELECT);
	EXPECT_FALSE(s & PARPORT_STATUS_PAPEROUT);
	s = status_with(_metadata, fd, "error");
	EXPECT_FALSE(s & PARPORT_STATUS_ERROR);
	EXPECT_TRUE(s & PARPORT_STATUS_SELECT);
	s = status_with(_metadata, fd, "paperout offline error");
	EXPECT_EQ(PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_ACK, s);
	s = status_with(_metadata, fd, "poweroff");
	EXPECT_EQ(PARPORT_STATUS_BUSY, s);		/* every line low */
	EXPECT_EQ(EIO, negotiate(fd, IEEE1284_MODE_NIBBLE));

	/* A faulted printer takes nothing: ppdev's write stops at once. */
	s = status_with(_metadata, fd, "paperout");
	EXPECT_EQ(0, write(fd, "abc", 3));
	s = status_with(_metadata, fd, "none");
	EXPECT_EQ(0xd8, s);
	EXPECT_EQ(3, write(fd, "abc", 3));
	pp_close(fd);
}

/*
 * Busy never drops.  Note: ppdev's read() and write() put back the timeout
 * PPCLAIM found (5 s), so PPSETTIME does not shorten them; O_NONBLOCK does
 * (one jiffy).
 */
TEST(a_stalled_printer_times_out)
{
	struct timeval tv = { .tv_sec = 0, .tv_usec = 200000 };
	unsigned char buf[64];
	double t0, took;
	ssize_t n;
	int fd;

	reset_sim(_metadata);
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ioctl(fd, PPSETTIME, &tv));
	ASSERT_EQ(0, sim_set("faults", "stall"));
	fill_pattern(buf, sizeof(buf), 3);

	t0 = now();
	n = write(fd, buf, sizeof(buf));
	took = now() - t0;
	TH_LOG("blocking write returned %zd (%s) after %.3f s", n,
	       n < 0 ? strerror(errno) : "-", took);
	EXPECT_TRUE(n < (ssize_t)sizeof(buf));
	if (n < 0)
		EXPECT_EQ(EAGAIN, errno);
	EXPECT_LT(took, 30.0);

	ASSERT_EQ(0, fcntl(fd, F_SETFL, O_NONBLOCK));
	t0 = now();
	n = write(fd, buf, sizeof(buf));
	took = now() - t0;
	TH_LOG("non-blocking write returned %zd (%s) after %.3f s", n,
	       n < 0 ? strerror(errno) : "-", took);
	EXPECT_TRUE(n < (ssize_t)sizeof(buf));
	if (n < 0)
		EXPECT_EQ(EAGAIN, errno);
	EXPECT_LT(took, 3.0);
	ASSERT_EQ(0, fcntl(fd, F_SETFL, 0));

	EXPECT_EQ(0, sim_read("received", buf, sizeof(buf)));
	ASSERT_EQ(0, sim_set("faults", "none"));
	EXPECT_EQ((ssize_t)sizeof(buf), write(fd, buf, sizeof(buf)));
	pp_close(fd);
}

TEST(lp_prints_to_the_simulated_port)
{
	static unsigned char buf[5000], got[5001];
	char dev[300];
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, client_node("printer", "lp", dev, sizeof(dev)));
	TH_LOG("lp node of the simulated port: %s", dev);
	fill_pattern(buf, sizeof(buf), 0x99);
	fd = open(dev, O_WRONLY);
	ASSERT_LE(0, fd) TH_LOG("open %s: %s", dev, strerror(errno));
	ASSERT_EQ((ssize_t)sizeof(buf), write(fd, buf, sizeof(buf)));
	close(fd);
	ASSERT_EQ((ssize_t)sizeof(buf), sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(buf, got, sizeof(buf)));
}

/*
 * The capabilities of each port (modes=) steer the core: a read in
 * compatibility mode negotiates byte mode on a TRISTATE port, nibble mode
 * on an SPP-only one.
 */
static void read_from_compat(struct __test_metadata *_metadata, int nth,
			     unsigned int modes, const char *phase)
{
	char dev[64], path[160], got[64];
	unsigned int m = 0;
	ssize_t n;
	int fd, pfd;

	snprintf(dev, sizeof(dev), "/dev/%s", sim_port_n(nth));
	snprintf(path, sizeof(path), SIM_ROOT "/%s/reverse", sim_port_n(nth));
	pfd = open(path, O_WRONLY | O_TRUNC);
	ASSERT_LE(0, pfd);
	ASSERT_EQ(5, write(pfd, "hello", 5));
	close(pfd);

	fd = open(dev, O_RDWR | O_NONBLOCK);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ioctl(fd, PPGETMODES, &m));
	EXPECT_EQ(modes, m);
	ASSERT_EQ(0, ioctl(fd, PPCLAIM));
	n = read(fd, got, sizeof(got));
	EXPECT_EQ(5, n);
	EXPECT_EQ(0, memcmp(got, "hello", 5));

	snprintf(path, sizeof(path), SIM_ROOT "/%s/phase", sim_port_n(nth));
	pfd = open(path, O_RDONLY);
	ASSERT_LE(0, pfd);
	n = read(pfd, got, sizeof(got) - 1);
	close(pfd);
	ASSERT_LT(0, n);
	got[n] = 0;
	TH_LOG("%s after the read: %s", sim_port_n(nth), got);
	EXPECT_EQ(0, strncmp(got, phase, strlen(phase)));

	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	pp_close(fd);
}

TEST(port_capabilities_steer_the_core)
{
	reset_sim(_metadata);
	read_from_compat(_metadata, 0, PARPORT_MODE_PCSPP | PARPORT_MODE_TRISTATE |
			 PARPORT_MODE_SAFEININT, "byte-idle");
	read_from_compat(_metadata, 1, PARPORT_MODE_PCSPP, "nibble-idle");
}

TEST(second_port_has_its_own_peripheral)
{
	char path[128], buf[512] = "";
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/sys/dev/parport/%s/autoprobe", sim_port_n(1));
	fd = open(path, O_RDONLY);
	ASSERT_LE(0, fd);
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	ASSERT_LT(0, n);
	EXPECT_NE(NULL, strstr(buf, "MODEL:SIMTEST9;"));
	/* daisy=0,1: one 1284.3 device in front of it, with the default ID. */
	ASSERT_LT(0, sim_proc_read(sim_port_n(1), "autoprobe0", buf, sizeof(buf)));
	EXPECT_NE(NULL, strstr(buf, "MODEL:DAISY0;")) TH_LOG("autoprobe0: %s", buf);
	EXPECT_EQ(0, sim_proc_read(sim_port_n(1), "autoprobe1", buf, sizeof(buf)));
}

TEST(bad_control_input_is_refused)
{
	char big[1100];

	memset(big, 'x', sizeof(big));
	EXPECT_EQ(EINVAL, sim_set("faults", "bogus"));
	EXPECT_EQ(EINVAL, sim_set("faults", "none stall"));
	EXPECT_EQ(EINVAL, sim_set("faults", "\n"));
	EXPECT_EQ(EINVAL, sim_set("ieee1284_modes", "ecp firewire"));
	EXPECT_EQ(EINVAL, sim_set("epp_address", "0x100"));
	EXPECT_EQ(EINVAL, sim_set("ecp_channels", "1"));
	EXPECT_EQ(ENOENT, sim_control("remove", "parport99"));
	EXPECT_EQ(EINVAL, sim_control("add", "pcspp+bogus"));
	EXPECT_EQ(EINVAL, sim_set("received", "1"));
	EXPECT_EQ(EINVAL, sim_set("counters", "reset-all"));
	EXPECT_EQ(EINVAL, sim_write("device_id", big, sizeof(big), O_TRUNC));
	EXPECT_EQ(EINVAL, sim_set("device_id", "\n"));
	EXPECT_EQ(EINVAL, sim_write("device_id", "A\0B", 3, O_TRUNC));
	/* Nothing changed. */
	EXPECT_EQ(0, sim_counter("dropped"));
	reset_sim(_metadata);
}

/* One ECP command byte: ppdev's PPSETMODE with IEEE1284_ADDR, then back. */
static int ecp_command(int fd, unsigned char cmd)
{
	int err = set_mode(fd, IEEE1284_MODE_ECPSWE | IEEE1284_ADDR);

	if (!err && write(fd, &cmd, 1) != 1)
		err = EIO;
	if (!err)
		err = set_mode(fd, IEEE1284_MODE_ECPSWE);
	return err;
}

/*
 * ECP through the core's software routines (IEEE1284_MODE_ECPSWE): data
 * bytes on channels chosen by channel address commands, an RLE count,
 * the reverse channel, and both turnarounds.
 */
TEST(ppdev_ecp_channels_rle_and_reverse)
{
	static const char want[] = "abcdexxxxfgend";
	unsigned char got[64];
	char runs[128];
	ssize_t n;
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0"));
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	/* Refused until the device is told it speaks ECP. */
	EXPECT_EQ(ENXIO, negotiate(fd, IEEE1284_MODE_ECPSWE));
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid ecp"));
	ASSERT_EQ(0, sim_write("reverse", "ECPBACK", 7, O_TRUNC));
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_ECPSWE));
	expect_phase(_metadata, "ecp-forward");

	EXPECT_EQ(3, write(fd, "abc", 3));		/* channel 0 */
	ASSERT_EQ(0, ecp_command(fd, 0x85));		/* channel 5 */
	EXPECT_EQ(2, write(fd, "de", 2));
	ASSERT_EQ(0, ecp_command(fd, 0x03));		/* RLE: 4 times */
	EXPECT_EQ(1, write(fd, "x", 1));
	ASSERT_EQ(0, ecp_command(fd, 0x82));		/* channel 2 */
	EXPECT_EQ(1, write(fd, "f", 1));

	/* Forward to reverse (Events 38-40), then the reverse queue. */
	n = read(fd, got, sizeof(got));
	ASSERT_EQ(7, n);
	EXPECT_EQ(0, memcmp(got, "ECPBACK", 7));
	expect_phase(_metadata, "ecp-reverse");
	EXPECT_EQ(7, sim_counter("reverse_sent"));

	/* Reverse to forward (Events 47-49) on the next write. */
	EXPECT_EQ(1, write(fd, "g", 1));
	expect_phase(_metadata, "ecp-forward");

	/* A read again, then termination from reverse. */
	ASSERT_EQ(0, sim_write("reverse", "Z", 1, O_APPEND));
	EXPECT_EQ(1, read(fd, got, sizeof(got)));
	EXPECT_EQ('Z', got[0]);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	expect_phase(_metadata, "compat");
	EXPECT_EQ(3, write(fd, "end", 3));
	/* Back in compatibility mode the device negotiates again. */
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_NIBBLE));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	pp_close(fd);

	n = sim_read("received", got, sizeof(got));
	ASSERT_EQ((ssize_t)strlen(want), n);
	EXPECT_EQ(0, memcmp(got, want, n));
	n = sim_read("ecp_channels", runs, sizeof(runs) - 1);
	ASSERT_LT(0, n);
	runs[n] = 0;
	EXPECT_STREQ("0 3\n5 6\n2 2\n", runs);
	EXPECT_EQ(3, sim_counter("ecp_commands"));
	EXPECT_EQ(0, sim_counter("rejected") - 1);
	ASSERT_EQ(0, sim_set("received", "0"));
	EXPECT_EQ(0, sim_read("ecp_channels", runs, sizeof(runs)));
}

/* EPP data and address cycles through the core's software routines. */
TEST(ppdev_epp_data_and_address_cycles)
{
	unsigned char got[64], a;
	ssize_t n;
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0"));
	ASSERT_EQ(0, sim_set("epp_addresses", "0"));
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid epp"));
	ASSERT_EQ(0, sim_set("epp_address", "0x5a"));
	ASSERT_EQ(0, sim_write("reverse", "EPPR", 4, O_TRUNC));
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	EXPECT_EQ(ENXIO, negotiate(fd, IEEE1284_MODE_ECPSWE));
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_EPPSWE));
	expect_phase(_metadata, "epp");

	EXPECT_EQ(5, write(fd, "hello", 5));
	ASSERT_EQ(0, set_mode(fd, IEEE1284_MODE_EPPSWE | IEEE1284_ADDR));
	EXPECT_EQ(2, write(fd, "\x12\x34", 2));
	EXPECT_EQ(1, read(fd, &a, 1));
	EXPECT_EQ(0x5a, a);
	/* Drop the ADDR flag before terminating (the core's bug, below). */
	ASSERT_EQ(0, set_mode(fd, IEEE1284_MODE_EPPSWE));
	n = read(fd, got, sizeof(got));
	EXPECT_EQ(4, n);
	EXPECT_EQ(0, memcmp(got, "EPPR", 4));
	EXPECT_EQ(12, sim_counter("epp_cycles"));

	/* Termination by an nInit pulse (Events 68, 69). */
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	expect_phase(_metadata, "compat");
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_NIBBLE));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	pp_close(fd);

	n = sim_read("received", got, sizeof(got));
	EXPECT_EQ(5, n);
	EXPECT_EQ(0, memcmp(got, "hello", 5));
	n = sim_read("epp_addresses", got, sizeof(got));
	EXPECT_EQ(2, n);
	EXPECT_EQ(0, memcmp(got, "\x12\x34", 2));
}

/*
 * LINUX-PARPORT.md 0.6: negotiating COMPAT from EPP|ADDR runs the compat
 * termination (Events 22-29) instead of the nInit pulse.  The device takes
 * nSelectIn low as an address strobe and stays in EPP, so the next
 * negotiation gets no Event 2: EIO.  An nInit pulse brings it back.
 */
TEST(epp_addr_termination_bug_leaves_the_device_in_epp)
{
	unsigned char ctl = 0;
	int fd;

	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid epp"));
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_EPPSWE));
	ASSERT_EQ(0, set_mode(fd, IEEE1284_MODE_EPPSWE | IEEE1284_ADDR));
	EXPECT_EQ(1, write(fd, "\x07", 1));
	/* The host thinks this worked. */
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	expect_phase(_metadata, "epp");
	EXPECT_EQ(EIO, negotiate(fd, IEEE1284_MODE_NIBBLE));
	expect_phase(_metadata, "epp");

	/* A reset by hand: nInit low, then high. */
	ASSERT_EQ(0, ioctl(fd, PPRCONTROL, &ctl));
	ctl &= ~PARPORT_CONTROL_INIT;
	ASSERT_EQ(0, ioctl(fd, PPWCONTROL, &ctl));
	ctl |= PARPORT_CONTROL_INIT;
	ASSERT_EQ(0, ioctl(fd, PPWCONTROL, &ctl));
	expect_phase(_metadata, "compat");
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_NIBBLE));
	EXPECT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));
	pp_close(fd);
}

static long long sim_refcnt(void)
{
	char buf[32] = "";
	ssize_t n;
	int fd;

	fd = open("/sys/module/parport_sim/refcnt", O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 0 ? atoll(buf) : -1;
}

/*
 * A port vanishes while ppdev holds it claimed: the file gets errors, the
 * module's references are given back, and the module still unloads.
 */
TEST(port_removed_under_an_open_ppdev_file)
{
	char name[32], dev[64], path[128], log[256];
	unsigned char c;
	long long ref0;
	int fd, i, mode = IEEE1284_MODE_NIBBLE;
	ssize_t n;

	ref0 = sim_refcnt();
	ASSERT_LE(0, ref0);
	ASSERT_EQ(0, sim_control("add", "default\n"));
	snprintf(name, sizeof(name), "%s", sim_port_n(2));
	ASSERT_NE(0, name[0]);
	TH_LOG("added %s", name);
	snprintf(dev, sizeof(dev), "/dev/%s", name);
	for (i = 0; i < 100 && !is_chardev(dev); i++)
		usleep(10000);
	fd = open(dev, O_RDWR);
	ASSERT_LE(0, fd) TH_LOG("open %s: %s", dev, strerror(errno));
	ASSERT_EQ(0, ioctl(fd, PPCLAIM));
	ASSERT_EQ(0, ioctl(fd, PPNEGOT, &mode));
	mode = IEEE1284_MODE_COMPAT;
	ASSERT_EQ(0, ioctl(fd, PPNEGOT, &mode));
	EXPECT_EQ(2, write(fd, "ok", 2));

	ASSERT_EQ(0, sim_control("remove", name));
	snprintf(path, sizeof(path), SIM_ROOT "/%s", name);
	EXPECT_FALSE(exists(path));
	snprintf(path, sizeof(path), "/proc/sys/dev/parport/%s", name);
	EXPECT_FALSE(exists(path));

	/* The core's dead_ops answer now: no peripheral, no progress. */
	mode = IEEE1284_MODE_NIBBLE;
	EXPECT_EQ(-1, ioctl(fd, PPNEGOT, &mode));
	EXPECT_EQ(EIO, errno);
	n = read(fd, &c, 1);
	EXPECT_EQ(-1, n);
	EXPECT_EQ(EIO, errno);
	n = write(fd, "x", 1);
	EXPECT_GE(0, n);
	EXPECT_EQ(0, ioctl(fd, PPRELEASE));
	/* Until the file goes, its device pins the module. */
	usleep(300000);
	EXPECT_EQ(ref0 + 1, sim_refcnt());
	close(fd);
	/* The port's last step waits for its clients' devices to go. */
	for (i = 0; i < 50 && sim_refcnt() != ref0; i++)
		usleep(100000);
	EXPECT_EQ(ref0, sim_refcnt());
	snprintf(log, sizeof(log),
		 "dmesg | grep -q 'parport_sim: %s: last client gone'", name);
	EXPECT_EQ(0, run(log));
	EXPECT_EQ(ENOENT, sim_control("remove", name));
	snprintf(log, sizeof(log),
		 "dmesg | grep -q 'parport_sim: %s removed, 1 client device'", name);
	EXPECT_EQ(0, run(log));

	/* Again, with no client but lp. */
	ASSERT_EQ(0, sim_control("add", "pcspp"));
	snprintf(name, sizeof(name), "%s", sim_port_n(2));
	ASSERT_NE(0, name[0]);
	ASSERT_EQ(0, sim_control("remove", name));
	EXPECT_EQ(ref0, sim_refcnt());
	EXPECT_EQ(0, sim_port_n(2)[0]);
}

/*
 * A port with @n IEEE 1284.3 daisy-chain devices, with or without an end
 * device: the core assigns addresses 0..n-1 at announce time, selects
 * each device to read its Device ID (autoprobe0..3) and the end device's
 * (autoprobe), and deselects.
 */
static void daisy_chain(struct __test_metadata *_metadata, int n, bool end)
{
	char spec[512], name[32], file[64], buf[4096], want[64], *p;
	int i, fd;

	snprintf(spec, sizeof(spec), "default daisy=%d end=%s", n, end ? "on" : "off");
	for (i = 0; i < n; i++)
		snprintf(spec + strlen(spec), sizeof(spec) - strlen(spec),
			 " id%d=MFG:CHAIN;MDL:N%dDEV%d;CLS:PRINTER;CMD:PCL;", i, n, i);
	ASSERT_EQ(0, sim_add_port(spec, name, sizeof(name)));
	ASSERT_EQ(0, strncmp(name, "parport", 7));
	TH_LOG("%s: %d daisy device(s), end device %s", name, n, end ? "on" : "off");
	ASSERT_LT(0, sim_port_read(name, "end_device", buf, sizeof(buf)));
	EXPECT_EQ(0, strcmp(buf, end ? "on\n" : "off\n"));

	for (i = 0; i < 4; i++) {
		snprintf(file, sizeof(file), "autoprobe%d", i);
		ASSERT_LE(0, sim_proc_read(name, file, buf, sizeof(buf)));
		if (i >= n) {
			EXPECT_EQ(0, buf[0]) TH_LOG("%s: %s", file, buf);
			continue;
		}
		snprintf(want, sizeof(want), "MODEL:N%dDEV%d;", n, i);
		EXPECT_NE(NULL, strstr(buf, want)) TH_LOG("%s: %s", file, buf);
		EXPECT_NE(NULL, strstr(buf, "MANUFACTURER:CHAIN;"));
		snprintf(file, sizeof(file), "daisy/%d/address", i);
		ASSERT_LT(0, sim_port_read(name, file, buf, sizeof(buf)));
		EXPECT_EQ(i, atoi(buf));
		/* Selected once for its Device ID, more if the core retried. */
		snprintf(file, sizeof(file), "daisy/%d/selects", i);
		ASSERT_LT(0, sim_port_read(name, file, buf, sizeof(buf)));
		EXPECT_LE(1, atoi(buf));
	}
	ASSERT_LE(0, sim_proc_read(name, "autoprobe", buf, sizeof(buf)));
	if (end) {
		EXPECT_NE(NULL, strstr(buf, "MODEL:SIMTEST9;")) TH_LOG("autoprobe: %s", buf);
	} else {
		EXPECT_EQ(0, buf[0]) TH_LOG("autoprobe: %s", buf);
	}

	if (!n) {
		EXPECT_GT(0, sim_port_read(name, "daisy_log", buf, sizeof(buf)));
		EXPECT_GT(0, sim_port_read(name, "daisy/0/address", buf, sizeof(buf)));
	} else {
		/* Deselect, addresses along the chain, select-read-deselect each. */
		ASSERT_LT(0, sim_port_read(name, "daisy_log", buf, sizeof(buf)));
		TH_LOG("daisy_log:\n%s", buf);
		EXPECT_EQ(0, strncmp(buf, "deselect\n", 9));
		p = buf;
		for (i = 0; i < n; i++) {
			snprintf(want, sizeof(want), "assign %d %d\n", i, i);
			p = strstr(p, want);
			ASSERT_NE(NULL, p) TH_LOG("no '%s'", want);
		}
		for (i = 0; i < n; i++) {
			snprintf(want, sizeof(want), "select %d compat %d\ndeselect\n", i, i);
			p = strstr(p, want);
			ASSERT_NE(NULL, p) TH_LOG("no '%s'", want);
		}
		ASSERT_EQ(0, sim_port_set(name, "daisy_log", "0\n"));
		ASSERT_EQ(0, sim_port_read(name, "daisy_log", buf, sizeof(buf)));
		ASSERT_LT(0, sim_port_read(name, "daisy/0/selects", buf, sizeof(buf)));
		EXPECT_EQ(0, atoi(buf));
	}

	/* ppdev (daisy -1) talks to the end device; no select goes out. */
	snprintf(file, sizeof(file), "/dev/%s", name);
	for (i = 0; i < 100 && !is_chardev(file); i++)
		usleep(10000);
	fd = open(file, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ioctl(fd, PPCLAIM));
	if (end) {
		EXPECT_EQ(3, write(fd, "end", 3));
	} else {
		/* Nothing at the end: whatever the core makes of it, no one takes it. */
		fcntl(fd, F_SETFL, O_NONBLOCK);
		TH_LOG("write with no end device: %zd", write(fd, "end", 3));
	}
	EXPECT_EQ(0, ioctl(fd, PPRELEASE));
	close(fd);
	ASSERT_LE(0, sim_port_read(name, "received", buf, sizeof(buf)));
	EXPECT_EQ(0, strcmp(buf, end ? "end" : ""));
	if (n) {
		ASSERT_EQ(0, sim_port_read(name, "daisy/0/received", buf, sizeof(buf)));
		ASSERT_EQ(0, sim_port_read(name, "daisy_log", buf, sizeof(buf)));
	}
	ASSERT_EQ(0, sim_control("remove", name));
}

TEST(daisy_chain_of_0_1_2_4_with_end_device)
{
	daisy_chain(_metadata, 0, true);
	daisy_chain(_metadata, 1, true);
	daisy_chain(_metadata, 2, true);
	daisy_chain(_metadata, 4, true);
}

TEST(daisy_chain_of_0_1_2_4_without_end_device)
{
	daisy_chain(_metadata, 0, false);
	daisy_chain(_metadata, 1, false);
	daisy_chain(_metadata, 2, false);
	daisy_chain(_metadata, 4, false);
}

TEST(daisy_add_input_is_checked)
{
	EXPECT_EQ(EINVAL, sim_control("add", "default daisy=5"));
	EXPECT_EQ(EINVAL, sim_control("add", "default end=maybe"));
	EXPECT_EQ(EINVAL, sim_control("add", "default id4=MFG:X;"));
	EXPECT_EQ(EINVAL, sim_control("add", "default bogus"));
	EXPECT_EQ(0, sim_port_n(2)[0]);
}

/*
 * IEEE 1284.3 CPP packets from user space, with ppdev's raw register
 * ioctls on a claimed port, byte for byte as the core's cpp_daisy() and
 * assign_addrs() send them (LINUX-PARPORT.md 1.3, 5.4).
 */
static unsigned char pp_status(struct __test_metadata *_metadata, int fd)
{
	unsigned char s = 0;

	EXPECT_EQ(0, ioctl(fd, PPRSTATUS, &s));
	return s;
}

static void pp_data(struct __test_metadata *_metadata, int fd, unsigned char d)
{
	EXPECT_EQ(0, ioctl(fd, PPWDATA, &d));
}

static void pp_strobe(struct __test_metadata *_metadata, int fd, bool low)
{
	unsigned char c = 0;

	EXPECT_EQ(0, ioctl(fd, PPRCONTROL, &c));
	if (low)
		c |= PARPORT_CONTROL_STROBE;
	else
		c &= ~PARPORT_CONTROL_STROBE;
	EXPECT_EQ(0, ioctl(fd, PPWCONTROL, &c));
}

#define CPP_STATUS_MASK	(PARPORT_STATUS_BUSY | PARPORT_STATUS_PAPEROUT | \
			 PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR)

/* AA 55 00 FF 87 78: 0 if a 1284.3 chain answered, else -1. */
static int cpp_preamble(struct __test_metadata *_metadata, int fd)
{
	int forward = 0;

	EXPECT_EQ(0, ioctl(fd, PPDATADIR, &forward));
	pp_data(_metadata, fd, 0xaa);
	pp_data(_metadata, fd, 0x55);
	pp_data(_metadata, fd, 0x00);
	pp_data(_metadata, fd, 0xff);
	/* Busy low, PError, Select and nFault high: a chain is here. */
	if ((pp_status(_metadata, fd) & CPP_STATUS_MASK) != CPP_STATUS_MASK)
		return -1;
	pp_data(_metadata, fd, 0x87);
	if ((pp_status(_metadata, fd) & CPP_STATUS_MASK) !=
	    (PARPORT_STATUS_SELECT | PARPORT_STATUS_ERROR))
		return -1;
	pp_data(_metadata, fd, 0x78);
	return 0;
}

/* One CPP command: the status read while nStrobe is low, or -1. */
static int cpp_command(struct __test_metadata *_metadata, int fd,
		       unsigned char cmd)
{
	unsigned char s;

	if (cpp_preamble(_metadata, fd))
		return -1;
	pp_data(_metadata, fd, cmd);
	pp_strobe(_metadata, fd, true);
	s = pp_status(_metadata, fd);
	pp_strobe(_metadata, fd, false);
	pp_data(_metadata, fd, 0xff);
	return s;
}

/* Is the select @cmd answered with nFault high (the device is selected)? */
static bool cpp_select(struct __test_metadata *_metadata, int fd,
		       unsigned char cmd)
{
	int s = cpp_command(_metadata, fd, cmd);

	EXPECT_LE(0, s) TH_LOG("no 1284.3 chain answered select %#x", cmd);
	return s >= 0 && (s & PARPORT_STATUS_ERROR);
}

/*
 * Address assignment: while the status shows a device (PError and Select
 * high), give it the next address; Busy high says it was the last.
 * Returns the number of addresses given (-1: no chain), with the status
 * each device showed before its address in @presence.
 */
static int cpp_assign(struct __test_metadata *_metadata, int fd,
		      unsigned char presence[4])
{
	unsigned char s;
	int n = 0;

	if (cpp_preamble(_metadata, fd))
		return -1;
	s = pp_status(_metadata, fd);
	while (n < 4 && (s & (PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_SELECT)) ==
	       (PARPORT_STATUS_PAPEROUT | PARPORT_STATUS_SELECT)) {
		presence[n] = s;
		pp_data(_metadata, fd, n);
		pp_strobe(_metadata, fd, true);
		pp_strobe(_metadata, fd, false);
		n++;
		if (!(s & PARPORT_STATUS_BUSY))
			break;			/* Busy high: the last one */
		s = pp_status(_metadata, fd);
	}
	pp_data(_metadata, fd, 0xff);
	return n;
}

/* A port's ppdev node, opened non-blocking and claimed. */
static int pp_open_port(struct __test_metadata *_metadata, const char *name)
{
	char dev[64];
	int fd, i;

	snprintf(dev, sizeof(dev), "/dev/%s", name);
	for (i = 0; i < 100 && !is_chardev(dev); i++)
		usleep(10000);
	fd = open(dev, O_RDWR | O_NONBLOCK);
	EXPECT_LE(0, fd) TH_LOG("open %s: %s", dev, strerror(errno));
	if (fd >= 0)
		EXPECT_EQ(0, ioctl(fd, PPCLAIM));
	return fd;
}

static void expect_port_file(struct __test_metadata *_metadata, const char *port,
			     const char *file, const char *want)
{
	char buf[1024];

	ASSERT_LE(0, sim_port_read(port, file, buf, sizeof(buf))) TH_LOG("%s", file);
	EXPECT_STREQ(want, buf) TH_LOG("%s", file);
}

#define DAISY_ID0	"MFG:CHAIN;MDL:RAW0;CLS:PRINTER;CMD:PCL;"
#define DAISY_ID1	"MFG:CHAIN;MDL:RAW1;CLS:PRINTER;CMD:PCL;DES:ecp-capable;"

/*
 * Each daisy device answers the Device ID request with its own ID, in
 * nibble, byte and ECP mode, once selected by a compatibility (E0+a) or
 * ECP (D0+a) select; a device without ECP rejects ECP.  The CPP packets
 * are the test's own, through ppdev's register ioctls.
 */
TEST(daisy_devices_send_their_own_device_id_in_byte_and_ecp_mode)
{
	static unsigned char buf[1200];
	char name[32];
	ssize_t n;
	int fd;

	ASSERT_EQ(0, sim_add_port("default daisy=2 id0=" DAISY_ID0 " id1=" DAISY_ID1,
				  name, sizeof(name)));
	ASSERT_EQ(0, sim_port_set(name, "ieee1284_modes", "nibble byte deviceid ecp"));
	ASSERT_EQ(0, sim_port_set(name, "daisy/1/ieee1284_modes",
				  "nibble byte deviceid ecp"));
	ASSERT_EQ(0, sim_port_set(name, "daisy_log", "0"));
	fd = pp_open_port(_metadata, name);
	ASSERT_LE(0, fd);

	/* Device 1, selected for ECP, in ECP and byte mode. */
	ASSERT_TRUE(cpp_select(_metadata, fd, 0xd1));
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_ECP | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, DAISY_ID1);
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_BYTE | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, DAISY_ID1);

	/* Device 0: byte and nibble mode; it does not do ECP. */
	ASSERT_TRUE(cpp_select(_metadata, fd, 0xe0));
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_BYTE | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, DAISY_ID0);
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_NIBBLE | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, DAISY_ID0);
	EXPECT_EQ(-ENXIO, read_in_mode(_metadata, fd, IEEE1284_MODE_ECP |
				       IEEE1284_DEVICEID, buf, sizeof(buf)));

	/* Deselected: the end device answers, with its ID, in ECP mode. */
	EXPECT_LE(0, cpp_command(_metadata, fd, 0x30));
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_ECP | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, SIM_ID);
	EXPECT_EQ(0, ioctl(fd, PPRELEASE));
	close(fd);

	expect_port_file(_metadata, name, "daisy_log",
			 "select 1 ecp 1\nselect 0 compat 0\ndeselect\n");
	expect_port_file(_metadata, name, "daisy/0/selects", "1\n");
	expect_port_file(_metadata, name, "daisy/1/selects", "1\n");
	ASSERT_EQ(0, sim_control("remove", name));
}

/*
 * The chain at run time, driven with the test's own CPP packets: ECP and
 * EPP selects, a device that ignores selects, a chain of 2 grown to 4
 * (unassigned until the host assigns addresses again), shrunk to 1
 * without an end device and to none, and bad input to "chain".
 */
TEST(daisy_chain_changed_at_runtime_and_reassigned)
{
	static const char id3[] = "MFG:HOTPLUG;MDL:NEW3;CLS:PRINTER;";
	static unsigned char buf[600];
	unsigned char presence[4];
	char name[32], file[64], got[256];
	ssize_t n;
	int fd, i;

	ASSERT_EQ(0, sim_add_port("default daisy=2", name, sizeof(name)));
	expect_port_file(_metadata, name, "chain", "daisy=2 end=on\n");
	ASSERT_EQ(0, sim_port_set(name, "daisy_log", "0"));
	fd = pp_open_port(_metadata, name);
	ASSERT_LE(0, fd);

	/* ECP and EPP selects of device 1: nFault high, logged by command. */
	EXPECT_TRUE(cpp_select(_metadata, fd, 0xd1));
	EXPECT_TRUE(cpp_select(_metadata, fd, 0x21));
	/* Selected, it takes compatibility-mode data. */
	EXPECT_EQ(3, write(fd, "one", 3));
	/* An address no device has: nFault low, the end device talks. */
	EXPECT_FALSE(cpp_select(_metadata, fd, 0xe3));
	EXPECT_EQ(3, write(fd, "end", 3));
	EXPECT_LE(0, cpp_command(_metadata, fd, 0x30));
	expect_port_file(_metadata, name, "daisy/1/received", "one");
	expect_port_file(_metadata, name, "received", "end");

	/* noselect: device 0 ignores its select, nFault stays low. */
	ASSERT_EQ(0, sim_port_set(name, "daisy/0/faults", "noselect"));
	expect_port_file(_metadata, name, "daisy/0/faults", "noselect\n");
	EXPECT_FALSE(cpp_select(_metadata, fd, 0xe0));
	EXPECT_FALSE(cpp_select(_metadata, fd, 0xd0));
	EXPECT_EQ(3, write(fd, "END", 3));
	expect_port_file(_metadata, name, "daisy/0/received", "");
	expect_port_file(_metadata, name, "received", "endEND");
	EXPECT_TRUE(cpp_select(_metadata, fd, 0xe1));	/* the other one still answers */
	EXPECT_LE(0, cpp_command(_metadata, fd, 0x30));
	ASSERT_EQ(0, sim_port_set(name, "daisy/0/faults", "none"));
	expect_port_file(_metadata, name, "daisy_log",
			 "select 1 ecp 1\nselect 1 epp 1\nselect 3 compat -1\n"
			 "deselect\nselect 0 compat -1\nselect 0 ecp -1\n"
			 "select 1 compat 1\ndeselect\n");
	/* Ignored selects still addressed it. */
	expect_port_file(_metadata, name, "daisy/0/selects", "2\n");
	expect_port_file(_metadata, name, "daisy/1/selects", "3\n");

	/* 2 -> 4: everybody unassigned, nobody answers a select. */
	ASSERT_EQ(0, sim_port_set(name, "chain", "daisy=4\n"));
	expect_port_file(_metadata, name, "chain", "daisy=4 end=on\n");
	for (i = 0; i < 4; i++) {
		snprintf(file, sizeof(file), "daisy/%d/address", i);
		expect_port_file(_metadata, name, file, "-1\n");
	}
	/* The new ones come with the default ID; device 3 gets its own. */
	expect_port_file(_metadata, name, "daisy/2/device_id",
			 "MFG:SIMCO;MDL:DAISY2;CLS:PRINTER;CMD:PCL;DES:parport_sim daisy device;\n");
	ASSERT_EQ(0, sim_port_set(name, "daisy/3/device_id", id3));
	ASSERT_EQ(0, sim_port_set(name, "daisy_log", "0"));
	EXPECT_FALSE(cpp_select(_metadata, fd, 0xe0));
	EXPECT_FALSE(cpp_select(_metadata, fd, 0xe3));

	/* Assignment: Busy low while more follow, high at the last. */
	memset(presence, 0, sizeof(presence));
	ASSERT_EQ(4, cpp_assign(_metadata, fd, presence));
	for (i = 0; i < 4; i++) {
		EXPECT_EQ(i < 3 ? 0xf8 : 0x78, presence[i]) TH_LOG("position %d", i);
		snprintf(file, sizeof(file), "daisy/%d/address", i);
		snprintf(got, sizeof(got), "%d\n", i);
		expect_port_file(_metadata, name, file, got);
	}
	/* The new device 3 is there: selected, it sends its ID. */
	EXPECT_TRUE(cpp_select(_metadata, fd, 0x23));
	EXPECT_TRUE(cpp_select(_metadata, fd, 0xe3));
	n = read_in_mode(_metadata, fd, IEEE1284_MODE_NIBBLE | IEEE1284_DEVICEID,
			 buf, sizeof(buf));
	expect_device_id(_metadata, buf, n, id3);
	EXPECT_LE(0, cpp_command(_metadata, fd, 0x30));
	expect_port_file(_metadata, name, "daisy_log",
			 "select 0 compat -1\nselect 3 compat -1\n"
			 "assign 0 0\nassign 1 1\nassign 2 2\nassign 3 3\n"
			 "select 3 epp 3\nselect 3 compat 3\ndeselect\n");

	/* 4 -> 1, no end device: one device, the last. */
	ASSERT_EQ(0, sim_port_set(name, "chain", "daisy=1 end=off"));
	expect_port_file(_metadata, name, "chain", "daisy=1 end=off\n");
	expect_port_file(_metadata, name, "end_device", "off\n");
	EXPECT_GT(0, sim_port_read(name, "daisy/1/address", got, sizeof(got)));
	ASSERT_EQ(1, cpp_assign(_metadata, fd, presence));
	EXPECT_EQ(0x78, presence[0]);
	EXPECT_FALSE(cpp_select(_metadata, fd, 0xe1));
	EXPECT_TRUE(cpp_select(_metadata, fd, 0xe0));
	EXPECT_EQ(4, write(fd, "zero", 4));
	EXPECT_LE(0, cpp_command(_metadata, fd, 0x30));
	expect_port_file(_metadata, name, "daisy/0/received", "zero");

	/* No chain at all: the preamble gets no answer, the files go. */
	ASSERT_EQ(0, sim_port_set(name, "chain", "daisy=0 end=on"));
	EXPECT_EQ(-1, cpp_assign(_metadata, fd, presence));
	EXPECT_GT(0, sim_port_read(name, "daisy_log", got, sizeof(got)));
	EXPECT_GT(0, sim_port_read(name, "daisy/0/address", got, sizeof(got)));
	/* And back: a new device 0, with the defaults, and a new log. */
	ASSERT_EQ(0, sim_port_set(name, "chain", "daisy=1"));
	expect_port_file(_metadata, name, "daisy/0/received", "");
	expect_port_file(_metadata, name, "daisy/0/address", "-1\n");
	expect_port_file(_metadata, name, "daisy_log", "");
	ASSERT_EQ(1, cpp_assign(_metadata, fd, presence));

	/* Bad input: refused, the chain stays. */
	EXPECT_EQ(EINVAL, sim_port_set(name, "chain", "daisy=5"));
	EXPECT_EQ(EINVAL, sim_port_set(name, "chain", "daisy=-1"));
	EXPECT_EQ(EINVAL, sim_port_set(name, "chain", "daisy=two"));
	EXPECT_EQ(EINVAL, sim_port_set(name, "chain", "end=maybe"));
	EXPECT_EQ(EINVAL, sim_port_set(name, "chain", "daisy=2 bogus"));
	EXPECT_EQ(EINVAL, sim_port_set(name, "chain", "\n"));
	EXPECT_EQ(EINVAL, sim_port_set(name, "faults", "noselect"));
	EXPECT_EQ(EINVAL, sim_port_set(name, "daisy/0/faults", "noselect bogus"));
	expect_port_file(_metadata, name, "chain", "daisy=1 end=on\n");
	expect_port_file(_metadata, name, "daisy/0/address", "0\n");
	expect_port_file(_metadata, name, "faults", "none\n");
	expect_port_file(_metadata, name, "daisy/0/faults", "none\n");

	EXPECT_EQ(0, ioctl(fd, PPRELEASE));
	close(fd);
	ASSERT_EQ(0, sim_control("remove", name));
}

/*
 * A port with an IRQ: nAck pulses reach the core's interrupt path, so lp
 * is interrupt-driven and ppdev counts one interrupt a byte.
 */
static void irq_port(struct __test_metadata *_metadata, bool irq)
{
	static unsigned char data[300];
	char name[32], dev[64], buf[600], cmd[160];
	int fd, i, n;

	ASSERT_EQ(0, sim_add_port(irq ? "default irq=on" : "default irq=off",
				  name, sizeof(name)));
	ASSERT_LT(0, sim_proc_read(name, "irq", buf, sizeof(buf)));
	TH_LOG("%s: irq %s", name, buf);
	EXPECT_EQ(irq ? 94 : -1, atoi(buf));
	snprintf(cmd, sizeof(cmd), "dmesg | grep -q ': using %s (%s)'", name,
		 irq ? "interrupt-driven" : "polling");
	EXPECT_EQ(0, run(cmd));

	snprintf(dev, sizeof(dev), "/dev/%s", name);
	for (i = 0; i < 100 && !is_chardev(dev); i++)
		usleep(10000);
	fd = open(dev, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, ioctl(fd, PPCLAIM));
	ASSERT_EQ(0, ioctl(fd, PPCLRIRQ, &n));
	fill_pattern(data, sizeof(data), 0x1a);
	ASSERT_EQ((ssize_t)sizeof(data), write(fd, data, sizeof(data)));
	/* The last interrupt may still be on its way (irq_work). */
	for (i = 0; i < 50; i++) {
		if (sim_port_counter(name, "interrupts") >= (irq ? (long long)sizeof(data) : 1))
			break;
		usleep(10000);
	}
	ASSERT_EQ(0, ioctl(fd, PPCLRIRQ, &n));
	EXPECT_EQ(irq ? (int)sizeof(data) : 0, n);
	EXPECT_EQ(irq ? (long long)sizeof(data) : 0, sim_port_counter(name, "interrupts"));

	/* noack: every byte goes, Busy drops late, no nAck: no interrupt. */
	ASSERT_EQ(0, sim_port_set(name, "faults", "noack\n"));
	ASSERT_EQ(0, sim_port_set(name, "counters", "0\n"));
	ASSERT_EQ(50, write(fd, data, 50));
	usleep(20000);
	ASSERT_EQ(0, ioctl(fd, PPCLRIRQ, &n));
	EXPECT_EQ(0, n);
	EXPECT_EQ(0, sim_port_counter(name, "interrupts"));
	EXPECT_EQ(50, sim_port_counter(name, "received"));
	EXPECT_LE(50LL * 8, sim_port_counter(name, "status_reads"));
	ASSERT_EQ(0, sim_port_set(name, "faults", "none\n"));

	EXPECT_EQ(0, ioctl(fd, PPRELEASE));
	close(fd);
	ASSERT_EQ((ssize_t)sizeof(data) + 50, sim_port_read(name, "received", buf, sizeof(buf)));
	EXPECT_EQ(0, memcmp(buf, data, sizeof(data)));
	ASSERT_EQ(0, sim_control("remove", name));
}

TEST(nack_interrupts_reach_ppdev_and_lp)
{
	irq_port(_metadata, true);
	irq_port(_metadata, false);
}

/* dropout: the device goes silent after dropout_after bytes, either way. */
TEST(dropout_stops_a_transfer_after_n_bytes)
{
	static unsigned char data[100], got[200];
	ssize_t n, total = 0;
	int fd;

	reset_sim(_metadata);
	fill_pattern(data, sizeof(data), 0x3c);
	ASSERT_EQ(0, sim_write("reverse", data, sizeof(data), O_TRUNC));
	ASSERT_EQ(0, sim_set("dropout_after", "30\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	fd = pp_open(_metadata, O_NONBLOCK);
	ASSERT_LE(0, fd);
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_NIBBLE));
	while ((n = read(fd, got + total, sizeof(got) - total)) > 0)
		total += n;
	EXPECT_EQ(30, total);
	EXPECT_EQ(0, memcmp(got, data, 30));
	EXPECT_EQ(30, sim_counter("reverse_sent"));
	ASSERT_EQ(0, negotiate(fd, IEEE1284_MODE_COMPAT));

	/* Forward: 10 bytes taken, then Busy stays high. */
	ASSERT_EQ(0, sim_set("dropout_after", "10\n"));
	ASSERT_EQ(0, sim_set("received", "0\n"));
	n = write(fd, data, 20);
	TH_LOG("write with dropout after 10: %zd", n);
	EXPECT_EQ(10, sim_read("received", got, sizeof(got)));
	pp_close(fd);
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	ASSERT_EQ(0, sim_set("dropout_after", "0\n"));
}

/* slow: each status read takes slow_us. */
TEST(slow_peripheral_delays_each_status_read)
{
	static unsigned char data[200];
	long long reads;
	double t0, dt;
	int fd;

	reset_sim(_metadata);
	EXPECT_EQ(EINVAL, sim_set("slow_us", "1001\n"));
	ASSERT_EQ(0, sim_set("slow_us", "200\n"));
	ASSERT_EQ(0, sim_set("faults", "slow\n"));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	fill_pattern(data, sizeof(data), 0x5d);
	fd = pp_open(_metadata, 0);
	ASSERT_LE(0, fd);
	t0 = now();
	ASSERT_EQ((ssize_t)sizeof(data), write(fd, data, sizeof(data)));
	dt = now() - t0;
	pp_close(fd);
	reads = sim_counter("status_reads");
	TH_LOG("%lld status reads in %.1f ms", reads, dt * 1e3);
	EXPECT_LE(2LL * sizeof(data), reads);
	EXPECT_LE(reads * 200e-6 * 0.9, dt);
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	ASSERT_EQ((ssize_t)sizeof(data), sim_read("received", data, sizeof(data)));
}

TEST(unload)
{
	/* lp has a device on every port: let it go, then restore it. */
	ASSERT_EQ(0, run("rmmod lp"));
	EXPECT_EQ(0, run("rmmod parport_sim"));
	EXPECT_FALSE(exists(SIM_ROOT));
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
	EXPECT_TRUE(is_chardev("/dev/lp0"));
}

TEST_HARNESS_MAIN
