// SPDX-License-Identifier: GPL-2.0
/*
 * Modes proven by the peripheral (issue 21, items 6 and 7): every transfer
 * below is checked against parport_sim's own record of it (ieee1284_log:
 * the extensibility byte it accepted, terminations, resets, ECP commands;
 * phase; counters; ecp_channels; epp_addresses; daisy_log), not only
 * against winpar's answer.  Covers nibble against byte reads, ECP and EPP
 * reads and writes with addresses, ECP reverse run-length counts and
 * channel addresses, the hardware modes of the mode table, the PARCLASS
 * ParallelRead/ParallelWrite in each mode, the daisy-chain devices 0, 2
 * and 3 in ECP and EPP and their reads, short buffers of four internal
 * requests, and allocation failures (failslab, where the kernel has it).
 *
 * Three simulated ports: A (no ECP/EPP capability), B (ecp+epp
 * capabilities) and C (four daisy-chain devices).  Loads parport_sim
 * itself and unloads it at the end.
 */
#include "kselftest_harness.h"
#include "sim_test.h"

#include <sys/sysmacros.h>

#include <winpar/parallel.h>

#define ALL_MODES	"nibble byte deviceid ecp epp\n"

/*
 * The ports' names, found again in each test: the harness runs every test
 * in a child of its own, so nothing a test sets survives it.
 */
static char pa[32], pb[32], pc[32];

static void names(void)
{
	snprintf(pa, sizeof(pa), "%s", sim_port_n(0));
	snprintf(pb, sizeof(pb), "%s", sim_port_n(1));
	snprintf(pc, sizeof(pc), "%s", sim_port_n(2));
}

/* /dev/winpar/LPTn (id < 0) or LPTn.<id> of @port. */
static const char *lpt(const char *port, int id)
{
	static char path[4][64];
	static int i;
	char *p = path[i++ & 3];
	int m = atoi(port + 7);

	if (id < 0)
		snprintf(p, 64, WINPAR_DEV_DIR "/LPT%d", m + 1);
	else
		snprintf(p, 64, WINPAR_DEV_DIR "/LPT%d.%d", m + 1, id);
	return p;
}

static const char *port_node(const char *port)
{
	static char path[64];

	snprintf(path, sizeof(path), WINPAR_DEV_DIR "/ParallelPort%d", atoi(port + 7));
	return path;
}

/* A file of @port, read whole (static buffer, NUL-terminated). */
static const char *pget(const char *port, const char *file)
{
	static char buf[4][8192];
	static int i;
	char *b = buf[i++ & 3];

	if (sim_port_read(port, file, b, 8192) < 0)
		snprintf(b, 8192, "<unreadable %s>", file);
	return b;
}

static long long pcounter(const char *port, const char *name)
{
	const char *p = pget(port, "counters");
	size_t len = strlen(name);

	for (; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, name, len) && p[len] == ' ')
			return atoll(p + len + 1);
	return -1;
}

/* The peripheral's phase word ("compat", "ecp-forward", ...). */
static const char *phase(const char *port)
{
	static char word[32];

	sscanf(pget(port, "phase"), "%31s", word);
	return word;
}

/* @log ends with @tail. */
static int ends_with(const char *log, const char *tail)
{
	size_t n = strlen(log), t = strlen(tail);

	return n >= t && !strcmp(log + n - t, tail);
}

/* Every negotiation in @log is of extensibility byte @ext, and accepted. */
static int only_mode(const char *log, const char *ext)
{
	char want[40];
	const char *p;

	snprintf(want, sizeof(want), "negotiate-accepted %s\n", ext);
	for (p = strstr(log, "negotiate"); p; p = strstr(p + 1, "negotiate"))
		if (strncmp(p, want, strlen(want)))
			return 0;
	return strstr(log, want) != NULL;
}

/* Empty the records of the device whose files start with @dir ("" or "daisy/N/"). */
static void clear_records(const char *port, const char *dir)
{
	static const char * const files[] = {
		"ieee1284_log", "received", "ecp_channels", "epp_addresses",
	};
	char f[64];
	size_t i;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(f, sizeof(f), "%s%s", dir, files[i]);
		sim_port_set(port, f, "0\n");
	}
	snprintf(f, sizeof(f), "%sreverse", dir);
	sim_port_set(port, f, "");
	sim_port_set(port, "counters", "0\n");
}

static int32_t dcall(int fd, unsigned long major, uint32_t code, const void *in, uint32_t il,
		     void *out, uint32_t ol, uint32_t *info)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, major, code, in, il, out, ol, &w, &err);
	if (info)
		*info = w.information;
	return w.status;
}

/* IOCTL_IEEE1284_NEGOTIATE: the status; *got the masks returned. */
static int32_t negotiate(int fd, uint16_t rd, uint16_t wr, PARCLASS_NEGOTIATION_MASK *got)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = rd, .usWriteMask = wr };
	int32_t st;

	st = dcall(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE,
		   &m, sizeof(m), &m, sizeof(m), NULL);
	if (got)
		*got = m;
	return st;
}

/*
 * A mask of which nothing works (4.6): STATUS_INVALID_PARAMETER, or (as the
 * sample driver does) success with that direction answered NONE; either
 * way the device's modes stay as they were.
 */
static int refused(int fd, uint16_t rd, uint16_t wr)
{
	PARCLASS_NEGOTIATION_MASK before = { 0 }, after = { 0 }, got;
	int32_t st;

	if (ioctl(fd, IOCTL_IEEE1284_GET_MODE, &before))
		return 0;
	st = negotiate(fd, rd, wr, &got);
	if (ioctl(fd, IOCTL_IEEE1284_GET_MODE, &after) ||
	    memcmp(&before, &after, sizeof(before)))
		return 0;
	if (st == STATUS_INVALID_PARAMETER)
		return 1;
	return st == STATUS_SUCCESS && (!rd || got.usReadMask == NONE) &&
	       (!wr || got.usWriteMask == NONE);
}

TEST(load)
{
	ASSERT_FALSE(exists("/sys/module/parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_sim.ko ports=1"));
	snprintf(pa, sizeof(pa), "%s", sim_port());
	ASSERT_NE(0, pa[0]);
	ASSERT_EQ(0, sim_add_port("pcspp+tristate+safeinint+ecp+epp", pb, sizeof(pb)));
	ASSERT_EQ(0, sim_add_port("default daisy=4", pc, sizeof(pc)));
	usleep(300000);
	TH_LOG("A %s, B %s (ecp+epp), C %s (daisy=4)", pa, pb, pc);
	ASSERT_TRUE(is_chardev(lpt(pa, -1)));
	ASSERT_TRUE(is_chardev(lpt(pb, -1)));
	ASSERT_TRUE(is_chardev(lpt(pc, 3)));
	ASSERT_EQ(0, sim_port_set(pa, "ieee1284_modes", ALL_MODES));
	ASSERT_EQ(0, sim_port_set(pb, "ieee1284_modes", ALL_MODES));
}

/*
 * What proves a transfer's mode, from the record alone (records emptied
 * before it): a read of @len bytes in nibble mode (negotiated 0x00, no
 * data register read) or in byte mode (0x01, a data read per byte); a
 * write of @data in ECP on channel @ch (negotiated 0x10, the bytes on that
 * channel).  The controls below show each saying no.
 */
static int nibble_read_proven(const char *port, size_t len)
{
	return !strcmp(pget(port, "ieee1284_log"), "negotiate-accepted 0x00\nterminate\n") &&
	       pcounter(port, "data_reads") == 0 &&
	       pcounter(port, "reverse_sent") == (long long)len;
}

static int byte_read_proven(const char *port, size_t len)
{
	return !strcmp(pget(port, "ieee1284_log"), "negotiate-accepted 0x01\nterminate\n") &&
	       pcounter(port, "data_reads") >= (long long)len &&
	       pcounter(port, "reverse_sent") == (long long)len;
}

static int ecp_write_proven(const char *port, const char *data, int ch)
{
	char run[32];

	snprintf(run, sizeof(run), "%d %zu\n", ch, strlen(data));
	return strstr(pget(port, "ieee1284_log"), "negotiate-accepted 0x10\n") &&
	       !strcmp(pget(port, "ecp_channels"), run) &&
	       !strcmp(pget(port, "received"), data);
}

/*
 * read() in nibble and in byte mode: the peripheral saw nibble mode (0x00)
 * or byte mode (0x01) negotiated, the bytes left its queue, and a
 * termination ended each; nibble mode reads no data register (the bytes
 * come on the status lines), byte mode reads one per byte.
 */
TEST(nibble_and_byte_reads_seen_by_the_peripheral)
{
	const char msg[] = "nibbles and bytes";
	const size_t len = strlen(msg);
	char buf[64];
	int fd;

	names();
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, NIBBLE, CENTRONICS, NULL));
	clear_records(pa, "");
	ASSERT_EQ(0, sim_port_set(pa, "reverse", msg));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ((ssize_t)len, read(fd, buf, sizeof(buf)));
	EXPECT_STREQ(msg, buf);
	EXPECT_STREQ("negotiate-accepted 0x00\nterminate\n", pget(pa, "ieee1284_log"));
	EXPECT_EQ((long long)len, pcounter(pa, "reverse_sent"));
	EXPECT_EQ(0, pcounter(pa, "data_reads"));
	EXPECT_TRUE(nibble_read_proven(pa, len));
	EXPECT_FALSE(byte_read_proven(pa, len));
	EXPECT_STREQ("compat", phase(pa));
	EXPECT_STREQ("", pget(pa, "reverse"));

	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, BYTE_BIDIR, CENTRONICS, NULL));
	clear_records(pa, "");
	ASSERT_EQ(0, sim_port_set(pa, "reverse", msg));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ((ssize_t)len, read(fd, buf, sizeof(buf)));
	EXPECT_STREQ(msg, buf);
	EXPECT_STREQ("negotiate-accepted 0x01\nterminate\n", pget(pa, "ieee1284_log"));
	EXPECT_EQ((long long)len, pcounter(pa, "reverse_sent"));
	EXPECT_LE((long long)len, pcounter(pa, "data_reads"));
	EXPECT_TRUE(byte_read_proven(pa, len));
	/* Control: the byte-mode read is not taken for a nibble-mode one. */
	EXPECT_FALSE(nibble_read_proven(pa, len));
	EXPECT_STREQ("compat", phase(pa));

	/* Byte mode refused by the peripheral: the negotiation fails, nibble stays. */
	ASSERT_EQ(0, sim_port_set(pa, "ieee1284_modes", "nibble deviceid\n"));
	clear_records(pa, "");
	EXPECT_TRUE(refused(fd, BYTE_BIDIR, 0));
	EXPECT_NE(NULL, strstr(pget(pa, "ieee1284_log"), "negotiate-rejected 0x01"));
	EXPECT_EQ(NULL, strstr(pget(pa, "ieee1284_log"), "accepted"));
	ASSERT_EQ(0, sim_port_set(pa, "ieee1284_modes", ALL_MODES));
	close(fd);
}

/* 4.2: SET_INFORMATION's reset is an nInit pulse the printer sees; a query is not. */
TEST(set_information_resets_the_printer)
{
	PAR_SET_INFORMATION si = { .Init = PARALLEL_INIT };
	uint8_t st;
	int fd;

	names();
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	clear_records(pa, "");
	EXPECT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &st, 1, NULL));
	EXPECT_STREQ("", pget(pa, "ieee1284_log"));
	EXPECT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_SET_INFORMATION, &si, 1, NULL, 0, NULL));
	EXPECT_STREQ("reset\n", pget(pa, "ieee1284_log"));
	EXPECT_STREQ("compat", phase(pa));
	close(fd);
}

/*
 * ECP (software, port A): the write's channel command and bytes, the
 * read's channel command (IOCTL_PAR_SET_READ_ADDRESS) before the turn,
 * run-length counts from the peripheral expanded, a reverse channel
 * address ending the read without being taken.
 */
TEST(ecp_reverse_rle_channels_and_read_address)
{
	PARCLASS_NEGOTIATION_MASK got;
	unsigned char ch;
	char buf[64];
	int fd;

	names();
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, ECP_SW, ECP_SW, &got));
	EXPECT_EQ(ECP_SW, got.usReadMask);
	EXPECT_EQ(ECP_SW, got.usWriteMask);

	/* Forward on channel 5: one command, the bytes in ECP, on channel 5. */
	ch = 5;
	ASSERT_EQ(0, ioctl(fd, IOCTL_PAR_SET_WRITE_ADDRESS, &ch));
	clear_records(pa, "");
	ASSERT_EQ(6, write(fd, "ecp-tx", 6));
	EXPECT_STREQ("negotiate-accepted 0x10\necp-command 0x85\nterminate\n",
		     pget(pa, "ieee1284_log"));
	EXPECT_STREQ("5 6\n", pget(pa, "ecp_channels"));
	EXPECT_STREQ("ecp-tx", pget(pa, "received"));
	EXPECT_EQ(1, pcounter(pa, "ecp_commands"));
	EXPECT_TRUE(ecp_write_proven(pa, "ecp-tx", 5));
	EXPECT_STREQ("compat", phase(pa));

	/* Reverse with a run-length count: 'x' 5 times. */
	clear_records(pa, "");
	ASSERT_EQ(0, sim_port_set(pa, "ecp_reverse", "61 62 cmd=04 78 63\n"));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(8, read(fd, buf, sizeof(buf)));
	EXPECT_STREQ("abxxxxxc", buf);
	EXPECT_STREQ("negotiate-accepted 0x10\necp-sent-command 0x04\nterminate\n",
		     pget(pa, "ieee1284_log"));
	EXPECT_EQ(5, pcounter(pa, "reverse_sent"));
	EXPECT_EQ(0, pcounter(pa, "ecp_commands"));

	/* A run longer than the room left: left for the next read. */
	clear_records(pa, "");
	ASSERT_EQ(0, sim_port_set(pa, "ecp_reverse", "61 62 cmd=09 7a\n"));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(2, read(fd, buf, 6));
	EXPECT_STREQ("ab", buf);
	EXPECT_EQ(2, pcounter(pa, "reverse_sent"));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(10, read(fd, buf, sizeof(buf)));
	EXPECT_STREQ("zzzzzzzzzz", buf);
	EXPECT_EQ(4, pcounter(pa, "reverse_sent"));

	/* A channel address from the peripheral ends the read, not taken. */
	clear_records(pa, "");
	ASSERT_EQ(0, sim_port_set(pa, "ecp_reverse", "61 62 cmd=85 63 64\n"));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(2, read(fd, buf, sizeof(buf)));
	EXPECT_STREQ("ab", buf);
	EXPECT_EQ(2, pcounter(pa, "reverse_sent"));
	EXPECT_EQ(NULL, strstr(pget(pa, "ieee1284_log"), "ecp-sent-command"));
	EXPECT_EQ(3, strlen(pget(pa, "reverse")));	/* 0x85 'c' 'd' still queued */
	EXPECT_STREQ("compat", phase(pa));

	/* The read address: a channel command before the turn. */
	ch = 3;
	ASSERT_EQ(0, ioctl(fd, IOCTL_PAR_SET_READ_ADDRESS, &ch));
	clear_records(pa, "");
	ASSERT_EQ(0, sim_port_set(pa, "reverse", "rd3"));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(3, read(fd, buf, sizeof(buf)));
	EXPECT_STREQ("rd3", buf);
	EXPECT_STREQ("negotiate-accepted 0x10\necp-command 0x83\nterminate\n",
		     pget(pa, "ieee1284_log"));
	EXPECT_EQ(1, pcounter(pa, "ecp_commands"));
	ch = 0;
	ioctl(fd, IOCTL_PAR_SET_READ_ADDRESS, &ch);
	ioctl(fd, IOCTL_PAR_SET_WRITE_ADDRESS, &ch);
	EXPECT_EQ(STATUS_SUCCESS, negotiate(fd, NIBBLE, CENTRONICS, NULL));
	close(fd);
}

/* EPP (software, port A): address cycles and data cycles, ended by an nInit pulse. */
TEST(epp_seen_by_the_peripheral)
{
	unsigned char wa = 0x42, ra = 0x17;
	char buf[64];
	int fd;

	names();
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, EPP_SW, EPP_SW, NULL));
	ASSERT_EQ(0, ioctl(fd, IOCTL_PAR_SET_WRITE_ADDRESS, &wa));
	ASSERT_EQ(0, ioctl(fd, IOCTL_PAR_SET_READ_ADDRESS, &ra));
	clear_records(pa, "");
	ASSERT_EQ(4, write(fd, "eppw", 4));
	EXPECT_STREQ("negotiate-accepted 0x40\nreset\n", pget(pa, "ieee1284_log"));
	EXPECT_STREQ("eppw", pget(pa, "received"));
	EXPECT_STREQ("B", pget(pa, "epp_addresses"));	/* 0x42 */
	EXPECT_EQ(5, pcounter(pa, "epp_cycles"));
	EXPECT_STREQ("compat", phase(pa));

	clear_records(pa, "");
	ASSERT_EQ(0, sim_port_set(pa, "reverse", "eppr"));
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(4, read(fd, buf, 4));
	EXPECT_STREQ("eppr", buf);
	EXPECT_STREQ("negotiate-accepted 0x40\nreset\n", pget(pa, "ieee1284_log"));
	EXPECT_STREQ("\x17", pget(pa, "epp_addresses"));
	EXPECT_EQ(5, pcounter(pa, "epp_cycles"));
	wa = ra = 0;
	ioctl(fd, IOCTL_PAR_SET_WRITE_ADDRESS, &wa);
	ioctl(fd, IOCTL_PAR_SET_READ_ADDRESS, &ra);
	EXPECT_EQ(STATUS_SUCCESS, negotiate(fd, NIBBLE, CENTRONICS, NULL));
	close(fd);
}

/*
 * Control: the peripheral stops taking ECP after the write mode was
 * negotiated.  Whatever winpar answers, a write it did not take in ECP is
 * not proven ECP, though the status and bytes alone could pass.
 */
TEST(control_a_write_refused_in_ecp_is_not_proven)
{
	char buf[64] = "";
	ssize_t n;
	int fd;

	names();
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, NIBBLE, ECP_SW, NULL));
	ASSERT_EQ(0, sim_port_set(pa, "ieee1284_modes", "nibble byte deviceid\n"));
	clear_records(pa, "");
	n = write(fd, "ctl", 3);
	sim_port_read(pa, "received", buf, sizeof(buf));
	TH_LOG("write returned %zd (%s); the printer has \"%s\"; log: %s", n,
	       n < 0 ? strerror(errno) : "-", buf, pget(pa, "ieee1284_log"));
	EXPECT_NE(NULL, strstr(pget(pa, "ieee1284_log"), "negotiate-rejected 0x10"));
	EXPECT_FALSE(ecp_write_proven(pa, "ctl", 0));
	ASSERT_EQ(0, sim_port_set(pa, "ieee1284_modes", ALL_MODES));
	EXPECT_EQ(STATUS_SUCCESS, negotiate(fd, NIBBLE, CENTRONICS, NULL));
	close(fd);
}

/*
 * The mode table's hardware modes (decisions.rst "Mode mapping"): on a port
 * with the ECP and EPP capabilities ECP_HW_NOIRQ and EPP_HW are negotiated
 * (as IEEE1284_MODE_ECP and _EPP: the peripheral sees 0x10 and 0x40) and
 * move the data; on a port without them they are refused and the
 * peripheral sees no negotiation at all.
 */
TEST(hardware_modes)
{
	PARCLASS_NEGOTIATION_MASK got;
	uint16_t caps;
	int fd;

	names();
	fd = open(lpt(pb, -1), O_RDWR);
	ASSERT_LE(0, fd);
	caps = 0;
	ASSERT_EQ(0, ioctl(fd, IOCTL_PAR_GET_DEVICE_CAPS, &caps));
	TH_LOG("caps of B: 0x%x", caps);
	EXPECT_EQ(ECP_HW_NOIRQ | EPP_HW, caps & (ECP_HW_NOIRQ | EPP_HW));

	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, ECP_HW_NOIRQ, ECP_HW_NOIRQ, &got));
	EXPECT_EQ(ECP_HW_NOIRQ, got.usReadMask);
	EXPECT_EQ(ECP_HW_NOIRQ, got.usWriteMask);
	clear_records(pb, "");
	ASSERT_EQ(5, write(fd, "hwecp", 5));
	EXPECT_STREQ("hwecp", pget(pb, "received"));
	EXPECT_STREQ("0 5\n", pget(pb, "ecp_channels"));
	EXPECT_NE(NULL, strstr(pget(pb, "ieee1284_log"), "negotiate-accepted 0x10\n"));
	EXPECT_STREQ("compat", phase(pb));

	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, EPP_HW, EPP_HW, &got));
	EXPECT_EQ(EPP_HW, got.usReadMask);
	EXPECT_EQ(EPP_HW, got.usWriteMask);
	clear_records(pb, "");
	ASSERT_EQ(5, write(fd, "hwepp", 5));
	EXPECT_STREQ("hwepp", pget(pb, "received"));
	EXPECT_LE(5, pcounter(pb, "epp_cycles"));
	EXPECT_NE(NULL, strstr(pget(pb, "ieee1284_log"), "negotiate-accepted 0x40\n"));
	EXPECT_STREQ("compat", phase(pb));
	EXPECT_EQ(STATUS_SUCCESS, negotiate(fd, NIBBLE, CENTRONICS, NULL));
	close(fd);

	/* Port A has neither capability. */
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	caps = 0;
	ASSERT_EQ(0, ioctl(fd, IOCTL_PAR_GET_DEVICE_CAPS, &caps));
	EXPECT_EQ(0, caps & (ECP_HW_NOIRQ | ECP_HW_IRQ | EPP_HW));
	clear_records(pa, "");
	EXPECT_TRUE(refused(fd, ECP_HW_NOIRQ | ECP_HW_IRQ | EPP_HW, 0));
	EXPECT_TRUE(refused(fd, 0, ECP_HW_NOIRQ | ECP_HW_IRQ | EPP_HW));
	EXPECT_STREQ("", pget(pa, "ieee1284_log"));
	EXPECT_EQ(0, pcounter(pa, "negotiations"));
	close(fd);
}

/* --- PARCLASS routines (6.1-6.3, 10.8-10.14) ------------------------------ */

static uint64_t ctx_of(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return 0;
	return WINPAR_CONTEXT_HANDLE(minor(st.st_rdev));
}

static int64_t rcall(int fd, uint32_t routine, uint64_t ctx, struct winpar_routine_call *c)
{
	struct winpar_routine_result r = { 0 };

	c->routine = routine;
	c->context = ctx;
	if (dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, IOCTL_WINPAR_CALL_ROUTINE,
		  c, sizeof(*c), &r, sizeof(r), NULL) != STATUS_SUCCESS)
		return -1;
	return r.value;
}

static int32_t neg_routine(int fd, uint64_t ctx, uint16_t fwd, uint16_t rev, int is_forward)
{
	struct winpar_routine_call c = { 0 };

	c.args.negotiate.mode_mask_fwd = fwd;
	c.args.negotiate.mode_mask_rev = rev;
	c.args.negotiate.mode_safety = SAFE_MODE;
	c.args.negotiate.is_forward = is_forward;
	return rcall(fd, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, ctx, &c);
}

static int32_t no_arg_routine(int fd, uint64_t ctx, uint32_t routine)
{
	struct winpar_routine_call c = { 0 };

	return rcall(fd, routine, ctx, &c);
}

/* ParallelWrite: NumBytesWritten, or -1 if the routine failed. */
static long long par_write(int fd, uint64_t ctx, const char *data)
{
	struct {
		struct winpar_routine_call c;
		char data[32];
	} wr = { 0 };
	struct winpar_routine_result r = { 0 };
	size_t len = strlen(data);

	wr.c.routine = WINPAR_ROUTINE_PARALLEL_WRITE;
	wr.c.context = ctx;
	wr.c.length = len;
	memcpy(wr.data, data, len);
	if (dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, IOCTL_WINPAR_CALL_ROUTINE,
		  &wr, sizeof(wr.c) + len, &r, sizeof(r), NULL) != STATUS_SUCCESS ||
	    r.value != STATUS_SUCCESS)
		return -1;
	return r.count;
}

/* ParallelRead of up to 16 bytes into @buf (NUL-terminated): NumBytesRead or -1. */
static long long par_read(int fd, uint64_t ctx, char *buf)
{
	struct winpar_routine_call c = { 0 };
	struct {
		struct winpar_routine_result r;
		char data[16];
	} rd = { 0 };

	c.routine = WINPAR_ROUTINE_PARALLEL_READ;
	c.context = ctx;
	c.length = 16;
	if (dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, IOCTL_WINPAR_CALL_ROUTINE,
		  &c, sizeof(c), &rd, sizeof(rd), NULL) != STATUS_SUCCESS ||
	    rd.r.value != STATUS_SUCCESS || rd.r.count > 16)
		return -1;
	memcpy(buf, rd.data, rd.r.count);
	buf[rd.r.count] = 0;
	return rd.r.count;
}

/*
 * NegotiateIeeeMode leaves the peripheral in the mode (phase), the
 * direction routines turn the ECP bus round (phase), TerminateIeeeMode
 * ends it; ParallelWrite and ParallelRead move the bytes in the mode the
 * peripheral accepted: ECP, EPP, byte and nibble.
 */
TEST(parclass_transfers_in_each_mode)
{
	PARCLASS_INFORMATION pi;
	uint32_t info;
	char buf[32];
	uint64_t ctx;
	int fd;

	names();
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	ctx = ctx_of(lpt(pa, -1));
	ASSERT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0, &pi, sizeof(pi), &info));
	ASSERT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info));

	/* ECP forward, turned round and back. */
	clear_records(pa, "");
	ASSERT_EQ(STATUS_SUCCESS, neg_routine(fd, ctx, ECP_SW, ECP_SW, 1));
	/* Left in ECP: the last thing the peripheral saw is ECP accepted. */
	EXPECT_TRUE(ends_with(pget(pa, "ieee1284_log"), "negotiate-accepted 0x10\n"));
	EXPECT_TRUE(only_mode(pget(pa, "ieee1284_log"), "0x10"));
	EXPECT_STREQ("ecp-forward", phase(pa));
	EXPECT_EQ(5, par_write(fd, ctx, "ecp-w"));
	EXPECT_STREQ("0 5\n", pget(pa, "ecp_channels"));
	EXPECT_STREQ("ecp-forward", phase(pa));
	ASSERT_EQ(0, sim_port_set(pa, "reverse", "ecp-r"));
	EXPECT_EQ(STATUS_SUCCESS, no_arg_routine(fd, ctx, WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE));
	/*
	 * WINDOWS-API.md 10.11: IeeeFwdToRevMode "puts the device in
	 * reverse": in ECP, Events 38-40.  WINPAR BUG found here (reported to
	 * the lead): up to 2c6acf4 winpar negotiated ECP again and left the
	 * peripheral in forward idle, turning only at the next ParallelRead.
	 */
	EXPECT_STREQ("ecp-reverse", phase(pa));
	EXPECT_EQ(5, par_read(fd, ctx, buf));
	EXPECT_STREQ("ecp-r", buf);
	EXPECT_EQ(STATUS_SUCCESS, no_arg_routine(fd, ctx, WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE));
	EXPECT_STREQ("ecp-forward", phase(pa));
	EXPECT_EQ(STATUS_SUCCESS, no_arg_routine(fd, ctx, WINPAR_ROUTINE_TERMINATE_IEEE_MODE));
	EXPECT_STREQ("compat", phase(pa));
	EXPECT_TRUE(ends_with(pget(pa, "ieee1284_log"), "negotiate-accepted 0x10\nterminate\n"));
	EXPECT_TRUE(only_mode(pget(pa, "ieee1284_log"), "0x10"));

	/* EPP: ParallelWrite, then ParallelRead. */
	clear_records(pa, "");
	ASSERT_EQ(STATUS_SUCCESS, neg_routine(fd, ctx, EPP_SW, EPP_SW, 1));
	EXPECT_STREQ("epp", phase(pa));
	EXPECT_EQ(5, par_write(fd, ctx, "epp-w"));
	EXPECT_STREQ("epp-w", pget(pa, "received"));
	EXPECT_EQ(5, pcounter(pa, "epp_cycles"));
	ASSERT_EQ(0, sim_port_set(pa, "reverse", "epp-r"));
	EXPECT_EQ(5, par_read(fd, ctx, buf));
	EXPECT_STREQ("epp-r", buf);
	EXPECT_EQ(10, pcounter(pa, "epp_cycles"));
	EXPECT_STREQ("epp", phase(pa));
	EXPECT_EQ(STATUS_SUCCESS, no_arg_routine(fd, ctx, WINPAR_ROUTINE_TERMINATE_IEEE_MODE));
	EXPECT_STREQ("compat", phase(pa));
	EXPECT_TRUE(ends_with(pget(pa, "ieee1284_log"), "negotiate-accepted 0x40\nreset\n"));
	EXPECT_TRUE(only_mode(pget(pa, "ieee1284_log"), "0x40"));

	/* Byte mode: the data register carries the bytes. */
	clear_records(pa, "");
	ASSERT_EQ(STATUS_SUCCESS, neg_routine(fd, ctx, 0, BYTE_BIDIR, 0));
	EXPECT_STREQ("byte-idle", phase(pa));
	ASSERT_EQ(0, sim_port_set(pa, "reverse", "byte-r"));
	EXPECT_EQ(6, par_read(fd, ctx, buf));
	EXPECT_STREQ("byte-r", buf);
	EXPECT_LE(6, pcounter(pa, "data_reads"));
	EXPECT_EQ(STATUS_SUCCESS, no_arg_routine(fd, ctx, WINPAR_ROUTINE_TERMINATE_IEEE_MODE));
	EXPECT_TRUE(ends_with(pget(pa, "ieee1284_log"), "negotiate-accepted 0x01\nterminate\n"));
	EXPECT_TRUE(only_mode(pget(pa, "ieee1284_log"), "0x01"));

	/* Nibble mode: the status lines carry them. */
	clear_records(pa, "");
	ASSERT_EQ(STATUS_SUCCESS, neg_routine(fd, ctx, 0, NIBBLE, 0));
	EXPECT_STREQ("nibble-idle", phase(pa));
	ASSERT_EQ(0, sim_port_set(pa, "reverse", "nib-r"));
	EXPECT_EQ(5, par_read(fd, ctx, buf));
	EXPECT_STREQ("nib-r", buf);
	EXPECT_EQ(0, pcounter(pa, "data_reads"));
	EXPECT_EQ(STATUS_SUCCESS, no_arg_routine(fd, ctx, WINPAR_ROUTINE_TERMINATE_IEEE_MODE));
	EXPECT_TRUE(ends_with(pget(pa, "ieee1284_log"), "negotiate-accepted 0x00\nterminate\n"));
	EXPECT_TRUE(only_mode(pget(pa, "ieee1284_log"), "0x00"));
	EXPECT_STREQ("compat", phase(pa));

	EXPECT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, &info));
	EXPECT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_PARCLASS_DISCONNECT, NULL, 0, NULL, 0, &info));
	close(fd);
}

/* --- the daisy chain (port C, devices 0-3) -------------------------------- */

static void daisy_prepare(void)
{
	char f[64];
	int pos;

	for (pos = 0; pos < 4; pos++) {
		snprintf(f, sizeof(f), "daisy/%d/ieee1284_modes", pos);
		sim_port_set(pc, f, ALL_MODES);
		snprintf(f, sizeof(f), "daisy/%d/", pos);
		clear_records(pc, f);
	}
	sim_port_set(pc, "ieee1284_modes", ALL_MODES);
	clear_records(pc, "");
	sim_port_set(pc, "daisy_log", "0\n");
}

/*
 * A write to LPTn.<id> in @mode: the select command for that mode in
 * daisy_log, the bytes and the negotiation at device @id alone.
 */
static void daisy_write(struct __test_metadata *_metadata, int id, uint16_t mode,
			const char *sel, const char *ext)
{
	char f[64], text[32], want[64];
	int fd, pos;

	daisy_prepare();
	snprintf(text, sizeof(text), "dev %d mode %#x", id, mode);
	fd = open(lpt(pc, id), O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, negotiate(fd, 0, mode, NULL));
	snprintf(f, sizeof(f), "daisy/%d/ieee1284_log", id);
	sim_port_set(pc, f, "0\n");
	EXPECT_EQ((ssize_t)strlen(text), write(fd, text, strlen(text)));
	close(fd);
	snprintf(want, sizeof(want), "select %d %s %d\n", id, sel, id);
	EXPECT_NE(NULL, strstr(pget(pc, "daisy_log"), want)) TH_LOG("%s", pget(pc, "daisy_log"));
	for (pos = 0; pos < 4; pos++) {
		snprintf(f, sizeof(f), "daisy/%d/received", pos);
		EXPECT_STREQ(pos == id ? text : "", pget(pc, f));
	}
	EXPECT_STREQ("", pget(pc, "received"));
	snprintf(f, sizeof(f), "daisy/%d/ieee1284_log", id);
	snprintf(want, sizeof(want), "negotiate-accepted %s\n", ext);
	EXPECT_NE(NULL, strstr(pget(pc, f), want)) TH_LOG("%s", pget(pc, f));
	EXPECT_STREQ("", pget(pc, "ieee1284_log"));
}

TEST(daisy_devices_0_2_3_in_ecp)
{
	names();
	daisy_write(_metadata, 0, ECP_SW, "ecp", "0x10");
	daisy_write(_metadata, 2, ECP_SW, "ecp", "0x10");
	daisy_write(_metadata, 3, ECP_SW, "ecp", "0x10");
}

TEST(daisy_devices_0_2_3_in_epp)
{
	names();
	daisy_write(_metadata, 0, EPP_SW, "epp", "0x40");
	daisy_write(_metadata, 2, EPP_SW, "epp", "0x40");
	daisy_write(_metadata, 3, EPP_SW, "epp", "0x40");
}

/* read() on LPTn.<id>: device @id's queue, its negotiation; the others untouched. */
TEST(daisy_reads)
{
	char f[64], text[32], buf[64];
	int id, pos, fd;

	names();
	for (id = 0; id < 4; id++) {
		daisy_prepare();
		for (pos = 0; pos < 4; pos++) {
			snprintf(f, sizeof(f), "daisy/%d/reverse", pos);
			snprintf(text, sizeof(text), "from daisy %d", pos);
			ASSERT_EQ(0, sim_port_set(pc, f, text));
		}
		ASSERT_EQ(0, sim_port_set(pc, "reverse", "from the end"));
		fd = open(lpt(pc, id), O_RDWR);
		ASSERT_LE(0, fd);
		memset(buf, 0, sizeof(buf));
		snprintf(text, sizeof(text), "from daisy %d", id);
		EXPECT_EQ((ssize_t)strlen(text), read(fd, buf, sizeof(buf)));
		EXPECT_STREQ(text, buf);
		close(fd);
		for (pos = 0; pos < 4; pos++) {
			snprintf(f, sizeof(f), "daisy/%d/reverse", pos);
			snprintf(text, sizeof(text), "from daisy %d", pos);
			EXPECT_STREQ(pos == id ? "" : text, pget(pc, f));
			snprintf(f, sizeof(f), "daisy/%d/ieee1284_log", pos);
			EXPECT_STREQ(pos == id ? "negotiate-accepted 0x00\nterminate\n" : "",
				     pget(pc, f));
		}
		EXPECT_STREQ("from the end", pget(pc, "reverse"));
		snprintf(text, sizeof(text), "select %d compat %d\n", id, id);
		EXPECT_NE(NULL, strstr(pget(pc, "daisy_log"), text));
	}
	/* The end device's node reads the end device. */
	daisy_prepare();
	ASSERT_EQ(0, sim_port_set(pc, "reverse", "from the end"));
	ASSERT_EQ(0, sim_port_set(pc, "daisy/0/reverse", "from daisy 0"));
	fd = open(lpt(pc, 4), O_RDWR);
	ASSERT_LE(0, fd);
	memset(buf, 0, sizeof(buf));
	EXPECT_EQ(12, read(fd, buf, sizeof(buf)));
	EXPECT_STREQ("from the end", buf);
	EXPECT_STREQ("from daisy 0", pget(pc, "daisy/0/reverse"));
	close(fd);
}

/* --- short buffers (WINDOWS-API.md 5.4, 5.8, 5.11, 5.13) ------------------ */

TEST(short_buffers)
{
	MORE_PARALLEL_PORT_INFORMATION more;
	PARALLEL_INTERRUPT_SERVICE_ROUTINE isr = { 0 };
	PARALLEL_1284_COMMAND cmd = { .ID = 0 };
	PARALLEL_CHIP_MODE cm = { .ModeFlags = ECR_ECP_MODE };
	uint32_t info;
	int fd;

	names();
	fd = open(port_node(pc), O_RDWR);
	ASSERT_LE(0, fd);
	info = 99;
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO, NULL, 0, &more,
		  sizeof(more) - 1, &info));
	EXPECT_EQ(0, info);
	EXPECT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO, NULL, 0, &more,
		  sizeof(more), &info));
	EXPECT_EQ(sizeof(more), info);

	info = 99;
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE, &cm, 1, NULL, 0, &info));
	EXPECT_EQ(0, info);

	sim_port_set(pc, "daisy_log", "0\n");
	info = 99;
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_DESELECT_DEVICE, &cmd, sizeof(cmd) - 1, NULL, 0, &info));
	EXPECT_EQ(0, info);
	/* Refused before the chain: no deselect on the wire. */
	EXPECT_STREQ("", pget(pc, "daisy_log"));

	info = 99;
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, dcall(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL,
		  IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT, &isr, sizeof(isr) - 1,
		  NULL, 0, &info));
	EXPECT_EQ(0, info);
	close(fd);
}

/* --- allocation failures (failslab) --------------------------------------- */

#define FAILSLAB	"/sys/kernel/debug/failslab"

static int write_text(const char *path, const char *text)
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

/* make-it-fail of this task, through a file opened beforehand (no allocation). */
static int fail_fd = -1;

static void make_it_fail(int on)
{
	if (pwrite(fail_fd, on ? "1" : "0", 1, 0) != 1)
		perror("make-it-fail");
}

static int fs_set(const char *file, const char *val)
{
	char path[128];

	snprintf(path, sizeof(path), FAILSLAB "/%s", file);
	return write_text(path, val);
}

static long fs_get(const char *file)
{
	char path[128], buf[64] = "";
	int fd;

	snprintf(path, sizeof(path), FAILSLAB "/%s", file);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	if (read(fd, buf, sizeof(buf) - 1) < 0)
		buf[0] = 0;
	close(fd);
	return atol(buf);
}

/*
 * Requests of this process with its kernel allocations failing one after
 * the other (failslab's space budget moves the failure on): each fails
 * with a documented status (STATUS_INSUFFICIENT_RESOURCES, ENOMEM) or
 * succeeds; a close under a failure still releases the device (the next
 * exclusive open works); afterwards every request works again.  kmemleak
 * (debug kernel) sees whether a failure path leaks.
 */
TEST(allocation_failures)
{
	static const char *const steps[] = { "open", "query_id", "write", "read", "close" };
	PAR_DEVICE_ID_SIZE_INFORMATION sz;
	char buf[64];
	int space, failed = 0, injected = 0, round, fd, step;
	int step_inj[5] = { 0 }, step_failed[5] = { 0 }, before;
	double t0;
	long times;

	names();
	if (!exists(FAILSLAB "/times"))
		SKIP(return, "the kernel has no failslab (CONFIG_FAILSLAB, FAULT_INJECTION_DEBUG_FS)");
	ASSERT_EQ(0, fs_set("task-filter", "Y\n"));
	ASSERT_EQ(0, fs_set("probability", "100\n"));
	ASSERT_EQ(0, fs_set("interval", "1\n"));
	ASSERT_EQ(0, fs_set("verbose", "0\n"));
	ASSERT_EQ(0, fs_set("ignore-gfp-wait", "N\n"));
	ASSERT_EQ(0, fs_set("cache-filter", "N\n"));
	fail_fd = open("/proc/self/make-it-fail", O_WRONLY);
	ASSERT_LE(0, fail_fd);

	/*
	 * Until a round injects nothing (every allocation of every request
	 * fits in the budget), or 20 s (the harness allows a test 30 s).
	 */
	t0 = now();
	for (space = 0, round = 1; round && space <= 16384 && now() - t0 < 20; space += 64) {
		for (round = 0, step = 0; step < 5; step++) {
			char v[32];
			int32_t st;
			ssize_t n;

			fd = open(lpt(pa, -1), O_RDWR);
			ASSERT_LE(0, fd);
			sim_port_set(pa, "reverse", "failslab");
			snprintf(v, sizeof(v), "%d\n", space);
			ASSERT_EQ(0, fs_set("space", v));
			ASSERT_EQ(0, fs_set("times", "1\n"));
			before = failed;
			if (step == 0) {
				/* LPT devices are exclusive: the open alone. */
				close(fd);
				fd = -1;
			}
			make_it_fail(1);
			switch (step) {
			case 0:
				n = open(lpt(pa, -1), O_RDWR);
				make_it_fail(0);
				if (n >= 0)
					close(n);
				else
					EXPECT_EQ(ENOMEM, errno);
				failed += n < 0;
				break;
			case 1:
				st = dcall(fd, WINPAR_IOCTL_DEVICE_CONTROL,
					   IOCTL_PAR_QUERY_DEVICE_ID_SIZE, NULL, 0, &sz,
					   sizeof(sz), NULL);
				make_it_fail(0);
				if (st != STATUS_SUCCESS)
					EXPECT_EQ(STATUS_INSUFFICIENT_RESOURCES, st);
				failed += st != STATUS_SUCCESS;
				break;
			case 2:
				n = write(fd, "failslab", 8);
				make_it_fail(0);
				if (n != 8)
					EXPECT_EQ(ENOMEM, errno);
				failed += n != 8;
				break;
			case 3:
				n = read(fd, buf, sizeof(buf));
				make_it_fail(0);
				if (n < 0)
					EXPECT_EQ(ENOMEM, errno);
				failed += n < 0;
				break;
			default:
				/* The release cannot fail: the next open must work. */
				close(fd);
				make_it_fail(0);
				fd = -1;
				break;
			}
			times = fs_get("times");
			injected += times == 0;
			round += times == 0;
			step_inj[step] += times == 0;
			step_failed[step] += failed - before;
			fs_set("times", "0\n");
			if (fd >= 0)
				close(fd);
			if (_metadata->passed == 0) {
				TH_LOG("step %s, space %d", steps[step], space);
				goto out;
			}
		}
	}
out:
	make_it_fail(0);
	close(fail_fd);
	fs_set("probability", "0\n");
	fs_set("task-filter", "N\n");
	TH_LOG("%d failures injected, %d requests failed, budgets up to %d bytes, %.1f s",
	       injected, failed, space - 64, now() - t0);
	for (step = 0; step < 5; step++)
		TH_LOG("%s: %d injected, %d failed", steps[step], step_inj[step],
		       step_failed[step]);
	EXPECT_LT(0, injected);
	EXPECT_LT(0, failed);

	/* Everything works again. */
	fd = open(lpt(pa, -1), O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(STATUS_SUCCESS, dcall(fd, WINPAR_IOCTL_DEVICE_CONTROL,
		  IOCTL_PAR_QUERY_DEVICE_ID_SIZE, NULL, 0, &sz, sizeof(sz), NULL));
	sim_port_set(pa, "received", "0\n");
	EXPECT_EQ(5, write(fd, "again", 5));
	EXPECT_STREQ("again", pget(pa, "received"));
	close(fd);
}

TEST(unload)
{
	ASSERT_EQ(0, run("rmmod lp"));
	EXPECT_EQ(0, run("rmmod parport_sim"));
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
}

TEST_HARNESS_MAIN
