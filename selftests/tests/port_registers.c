// SPDX-License-Identifier: GPL-2.0
/*
 * IOCTL_WINPAR_PORT_REGISTERS (issue 23): READ_PORT_UCHAR and friends for
 * the client that holds the port, on parport_sim.
 *
 * A process bit-bangs a Centronics byte stream (data, nStrobe, wait while
 * Busy) through the register request at the Controller address that
 * GET_PARALLEL_PORT_INFO gives, once from the LPT node under
 * IOCTL_WINPAR_LOCK_PORT and once from the port node under
 * IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE; the printer's own record must hold
 * the stream byte for byte.  Every way of not holding the port is refused
 * with STATUS_INVALID_DEVICE_STATE and the simulator's register counters
 * show nothing was touched; addresses, lengths and flags the request does
 * not take give their documented statuses; lp and ppdev find the port
 * usable after a holder left the lines in a mess.  Each check has its
 * negative control next to it.
 */
#include <linux/capability.h>
#include <linux/ppdev.h>
#include <sys/syscall.h>

#include "kselftest_harness.h"
#include "sim_test.h"
#include "rel_test.h"

#include <winpar/parallel.h>

#define CTRL_IDLE	0x0c	/* nSelectIn and nInit high: PARPORT_CONTROL_SELECT | _INIT */
#define CTRL_STROBE	0x0d	/* and nStrobe low */
#define ST_NBUSY	0x80	/* status bit 7: Busy, inverted */

struct reg_result {
	int rc;
	int32_t status;
	uint32_t info;
};

/* One IOCTL_WINPAR_PORT_REGISTERS with the lengths given. */
static struct reg_result regs_raw(int fd, uint64_t addr, uint32_t count, uint32_t flags,
				  const void *data, uint32_t in_len, void *out,
				  uint32_t out_len)
{
	unsigned char in[64 + sizeof(struct winpar_registers)] = { 0 };
	struct winpar_registers hdr = { .address = addr, .count = count, .flags = flags };
	struct winpar_ioctl w;
	struct reg_result r;
	int err;

	memcpy(in, &hdr, sizeof(hdr));
	if (data)
		memcpy(in + sizeof(hdr), data, count <= 64 ? count : 64);
	r.rc = wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_WINPAR_PORT_REGISTERS, in,
		       in_len, out, out_len, &w, &err);
	r.status = w.status;
	r.info = w.information;
	return r;
}

static int32_t wr(int fd, uint64_t addr, uint8_t v)
{
	return regs_raw(fd, addr, 1, WINPAR_REGISTERS_WRITE, &v,
			sizeof(struct winpar_registers) + 1, NULL, 0).status;
}

static int32_t rd(int fd, uint64_t addr, uint8_t *v)
{
	return regs_raw(fd, addr, 1, 0, NULL, sizeof(struct winpar_registers), v, 1).status;
}

static int32_t request(int fd, int internal, uint32_t code)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, internal ? WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL :
		WINPAR_IOCTL_DEVICE_CONTROL, code, NULL, 0, NULL, 0, &w, &err);
	return w.status;
}

/* Controller and SpanOfController from GET_PARALLEL_PORT_INFO on the port node. */
static int port_info(uint64_t *controller, uint32_t *span)
{
	PARALLEL_PORT_INFORMATION pi;
	struct winpar_ioctl w;
	int fd, err;

	fd = open(rel_sim_port_node(), O_RDWR);
	if (fd < 0)
		return -1;
	memset(&pi, 0xa5, sizeof(pi));
	wp_call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO,
		NULL, 0, &pi, sizeof(pi), &w, &err);
	close(fd);
	if (w.status != STATUS_SUCCESS)
		return -1;
	*controller = (uintptr_t)pi.Controller;
	*span = pi.SpanOfController;
	return 0;
}

/* The port's base as the parport core shows it (the simulator's fake base). */
static uint64_t proc_base(void)
{
	char buf[64] = "";

	if (sim_proc_read(sim_port(), "base-addr", buf, sizeof(buf)) <= 0)
		return ~0ULL;
	return strtoull(buf, NULL, 0);
}

/*
 * Send @len bytes as a Centronics host does: data, nStrobe low, nStrobe
 * high, then read the status until Busy is gone.  @skip: a byte index to
 * send without its strobe (the negative control), or -1.  Returns the
 * number of status reads that saw Busy, or -1 when a request failed.
 */
static int bitbang(int fd, uint64_t base, const char *s, size_t len, long skip)
{
	int busy = 0, tries;
	uint8_t st;
	size_t i;

	for (i = 0; i < len; i++) {
		if (wr(fd, base, s[i]) != STATUS_SUCCESS)
			return -1;
		if ((long)i != skip &&
		    (wr(fd, base + 2, CTRL_STROBE) || wr(fd, base + 2, CTRL_IDLE)))
			return -1;
		for (tries = 0; tries < 1000; tries++) {
			if (rd(fd, base + 1, &st) != STATUS_SUCCESS)
				return -1;
			if (st & ST_NBUSY)
				break;
			busy++;
		}
		if (tries == 1000)
			return -1;
	}
	return busy;
}

/* The simulator's counters, whole: every register access shows in them. */
static void counters(char *buf, size_t size)
{
	ssize_t n = sim_read("counters", buf, size - 1);

	buf[n > 0 ? n : 0] = 0;
}

static int received_is(const char *want)
{
	char got[512];
	ssize_t n = sim_read("received", got, sizeof(got));

	return n == (ssize_t)strlen(want) && !memcmp(got, want, n);
}

FIXTURE(regs) {
	int lpt;
	uint64_t base;
	uint32_t span;
};

FIXTURE_SETUP(regs)
{
	if (!sim_port()[0])
		ASSERT_EQ(0, rel_load_sim());
	reset_sim(_metadata);
	ASSERT_EQ(0, port_info(&self->base, &self->span));
	self->lpt = open(rel_sim_lpt(), O_RDWR);
	ASSERT_LE(0, self->lpt);
}

FIXTURE_TEARDOWN(regs)
{
	if (self->lpt < 0)
		return;
	request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT);
	close(self->lpt);
}

/*
 * The addresses: Controller is the port's base as the core shows it, the
 * span the three registers of a port without EPP.
 */
TEST_F(regs, controller_is_the_ports_base)
{
	struct winpar_register_ranges rr;
	struct winpar_ioctl w;
	int err;

	EXPECT_EQ(proc_base(), self->base);
	EXPECT_EQ(0x5e00, self->base & ~0xf0ULL);	/* the simulator's fake base */
	EXPECT_EQ(3, self->span);
	/* The same through the public query, for callers without internal requests. */
	memset(&rr, 0xa5, sizeof(rr));
	EXPECT_EQ(0, wp_call(self->lpt, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_WINPAR_QUERY_REGISTERS,
			     NULL, 0, &rr, sizeof(rr), &w, &err));
	EXPECT_EQ(STATUS_SUCCESS, w.status);
	EXPECT_EQ(24, w.information);
	EXPECT_EQ(self->base, rr.controller);
	EXPECT_EQ(3, rr.span);
	EXPECT_EQ(0, rr.ecp_controller);
	EXPECT_EQ(0, rr.ecp_span);
	/* A short output: STATUS_BUFFER_TOO_SMALL, nothing written. */
	memset(&rr, 0xa5, sizeof(rr));
	wp_call(self->lpt, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_WINPAR_QUERY_REGISTERS,
		NULL, 0, &rr, sizeof(rr) - 1, &w, &err);
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, w.status);
	EXPECT_EQ(0, w.information);
	EXPECT_EQ(0xa5a5a5a5a5a5a5a5ULL, rr.controller);
}

/* A process on the LPT node, under IOCTL_WINPAR_LOCK_PORT: the printer's record. */
TEST_F(regs, lpt_bitbang_reaches_the_printer)
{
	static const char msg[] = "Centronics by hand\r\n\x00\xff\x80\x7f";
	size_t len = sizeof(msg) - 1;
	char got[128];
	int busy;

	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	ASSERT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	busy = bitbang(self->lpt, self->base, msg, len, -1);
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));
	ASSERT_LE(0, busy);
	/* The printer showed Busy after each strobe (it does for three status reads). */
	EXPECT_LE((int)len, busy);
	EXPECT_EQ((ssize_t)len, sim_read("received", got, sizeof(got)));
	EXPECT_EQ(0, memcmp(got, msg, len));
	EXPECT_EQ((long long)len, sim_counter("strobes"));
	EXPECT_EQ((long long)len, sim_counter("data_writes"));

	/* Control: a byte sent without its strobe is not in the record. */
	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	ASSERT_LE(0, bitbang(self->lpt, self->base, "AXB", 3, 1));
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));
	EXPECT_TRUE(received_is("AB"));
	EXPECT_FALSE(received_is("AXB"));
}

/*
 * The port node under ALLOCATE, with the buffer forms: the strobe pulse as
 * one WRITE_PORT_BUFFER_UCHAR of two control values, Busy watched with one
 * READ_PORT_BUFFER_UCHAR of eight status reads.
 */
TEST_F(regs, port_node_buffers_reach_the_printer)
{
	static const char msg[] = "port node, buffers";
	const uint8_t pulse[2] = { CTRL_STROBE, CTRL_IDLE };
	uint8_t st[8];
	struct reg_result r;
	int pfd, busy = 0;
	size_t i, j;

	pfd = open(rel_sim_port_node(), O_RDWR);
	ASSERT_LE(0, pfd);
	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(STATUS_SUCCESS, request(pfd, 1, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE));
	for (i = 0; i < strlen(msg); i++) {
		EXPECT_EQ(STATUS_SUCCESS, wr(pfd, self->base, msg[i]));
		r = regs_raw(pfd, self->base + 2, 2, WINPAR_REGISTERS_WRITE, pulse,
			     sizeof(struct winpar_registers) + 2, NULL, 0);
		EXPECT_EQ(STATUS_SUCCESS, r.status);
		EXPECT_EQ(0, r.info);
		memset(st, 0, sizeof(st));
		r = regs_raw(pfd, self->base + 1, 8, 0, NULL, sizeof(struct winpar_registers),
			     st, sizeof(st));
		EXPECT_EQ(STATUS_SUCCESS, r.status);
		EXPECT_EQ(8, r.info);
		/* Busy for the first reads after the strobe, then idle again (0xd8). */
		for (j = 0; j < 8; j++)
			busy += !(st[j] & ST_NBUSY);
		EXPECT_EQ(0xd8, st[7]);
	}
	EXPECT_EQ(STATUS_SUCCESS, request(pfd, 1, IOCTL_INTERNAL_PARALLEL_PORT_FREE));
	EXPECT_LE((int)strlen(msg), busy);
	EXPECT_TRUE(received_is(msg));
	close(pfd);
}

/* The control register reads back what was written, direction bit included. */
TEST_F(regs, control_and_data_read_back)
{
	uint8_t v = 0;

	ASSERT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base + 2, &v));
	EXPECT_EQ(CTRL_IDLE, v);
	EXPECT_EQ(STATUS_SUCCESS, wr(self->lpt, self->base, 0x5a));
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base, &v));
	EXPECT_EQ(0x5a, v);
	/* Reverse: the data register reads the peripheral's lines, not the latch. */
	EXPECT_EQ(STATUS_SUCCESS, wr(self->lpt, self->base + 2, CTRL_IDLE | 0x20));
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base + 2, &v));
	EXPECT_EQ(CTRL_IDLE | 0x20, v);
	EXPECT_EQ(STATUS_SUCCESS, wr(self->lpt, self->base + 2, CTRL_IDLE));
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base + 2, &v));
	EXPECT_EQ(CTRL_IDLE, v);
	/* The idle printer's status (Documentation/simulator.rst). */
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base + 1, &v));
	EXPECT_EQ(0xd8, v);
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));
}

/*
 * Every way of not holding the port: refused, and the simulator's
 * counters (every register access of every client counts there) unchanged.
 */
static void expect_refused(struct __test_metadata *_metadata, int fd, uint64_t base,
			   const char *how)
{
	char before[1024], after[1024];
	const uint8_t two[2] = { CTRL_STROBE, CTRL_IDLE };
	uint8_t v = 0x11, buf[4];
	struct reg_result r;
	int off;

	counters(before, sizeof(before));
	for (off = 0; off < 3; off++) {
		EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, rd(fd, base + off, &v)) TH_LOG("%s", how);
		if (off != 1)
			EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, wr(fd, base + off, 0x01))
				TH_LOG("%s", how);
	}
	r = regs_raw(fd, base + 2, 2, WINPAR_REGISTERS_WRITE, two,
		     sizeof(struct winpar_registers) + 2, NULL, 0);
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, r.status) TH_LOG("%s", how);
	EXPECT_EQ(-1, r.rc);
	r = regs_raw(fd, base + 1, 4, 0, NULL, sizeof(struct winpar_registers), buf, 4);
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, r.status) TH_LOG("%s", how);
	EXPECT_EQ(0, r.info);
	EXPECT_EQ(0x11, v);
	counters(after, sizeof(after));
	EXPECT_STREQ(before, after) TH_LOG("%s: a register was touched", how);
}

TEST_F(regs, non_owner_refused_on_every_path)
{
	char before[1024], after[1024];
	int pfd, other;
	pid_t pid;
	int status;

	pfd = open(rel_sim_port_node(), O_RDWR);
	ASSERT_LE(0, pfd);

	/* Nobody holds the port. */
	expect_refused(_metadata, self->lpt, self->base, "LPT node, port not held");
	expect_refused(_metadata, pfd, self->base, "port node, port not held");

	/* The LPT client holds it: the port node's client may not. */
	ASSERT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	expect_refused(_metadata, pfd, self->base, "port node, LPT client holds the port");
	/* Control: the holder's own access moves the counters. */
	counters(before, sizeof(before));
	EXPECT_EQ(STATUS_SUCCESS, wr(self->lpt, self->base, 0x42));
	counters(after, sizeof(after));
	EXPECT_STRNE(before, after);
	/* Unlocked again: refused. */
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));
	expect_refused(_metadata, self->lpt, self->base, "LPT node after UNLOCK_PORT");

	/* The port node's client allocated it: the LPT client may not. */
	ASSERT_EQ(STATUS_SUCCESS, request(pfd, 1, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE));
	expect_refused(_metadata, self->lpt, self->base, "LPT node, port node allocated");
	/* ... and its lock waits out lock_timeout_ms. */
	EXPECT_EQ(STATUS_UNSUCCESSFUL, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	expect_refused(_metadata, self->lpt, self->base, "LPT node, lock timed out");
	/* A second file on the port node is another client. */
	other = open(rel_sim_port_node(), O_RDWR);
	ASSERT_LE(0, other);
	expect_refused(_metadata, other, self->base, "second port-node file");
	close(other);
	EXPECT_EQ(STATUS_SUCCESS, request(pfd, 1, IOCTL_INTERNAL_PARALLEL_PORT_FREE));
	expect_refused(_metadata, pfd, self->base, "port node after FREE");

	/* A holder that closed its file gave the port back. */
	other = open(rel_sim_port_node(), O_RDWR);
	ASSERT_LE(0, other);
	ASSERT_EQ(STATUS_SUCCESS, request(other, 1, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE));
	close(other);
	expect_refused(_metadata, pfd, self->base, "port node after the holder's close");

	/* A holder in another process: this one's file is not the holder. */
	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		int fd = open(rel_sim_port_node(), O_RDWR);

		if (fd < 0 || request(fd, 1, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE))
			_exit(1);
		sleep(2);
		_exit(0);
	}
	usleep(500000);
	expect_refused(_metadata, pfd, self->base, "another process holds the port");
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	close(pfd);
}

/* ppdev claimed the port: the lock times out and nothing is touched. */
TEST_F(regs, ppdev_holder_keeps_winpar_out)
{
	char dev[64];
	int pp;

	snprintf(dev, sizeof(dev), "/dev/%s", sim_port());
	pp = open(dev, O_RDWR);
	ASSERT_LE(0, pp);
	ASSERT_EQ(0, ioctl(pp, PPCLAIM));
	EXPECT_EQ(STATUS_UNSUCCESSFUL, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	expect_refused(_metadata, self->lpt, self->base, "ppdev holds the port");
	ioctl(pp, PPRELEASE);
	close(pp);
	/* Control: once ppdev let go the lock is granted. */
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));
}

/* What the request does not take, in the order it checks (kernel-api.rst). */
TEST_F(regs, documented_statuses)
{
	const uint32_t hs = sizeof(struct winpar_registers);
	uint8_t b[8] = { 0 };
	struct reg_result r;
	int pfd;

	ASSERT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	/* Control: a valid read succeeds. */
	EXPECT_EQ(STATUS_SUCCESS, regs_raw(self->lpt, self->base, 1, 0, NULL, hs, b, 1).status);
	/* Input shorter than the structure. */
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL,
		  regs_raw(self->lpt, self->base, 1, 0, NULL, hs - 1, b, 1).status);
	/* Flags, count. */
	EXPECT_EQ(STATUS_INVALID_PARAMETER,
		  regs_raw(self->lpt, self->base, 1, 2, NULL, hs, b, 1).status);
	EXPECT_EQ(STATUS_INVALID_PARAMETER,
		  regs_raw(self->lpt, self->base, 0, 0, NULL, hs, b, 1).status);
	EXPECT_EQ(STATUS_INVALID_PARAMETER,
		  regs_raw(self->lpt, self->base, WINPAR_REGISTERS_MAX + 1, 0, NULL, hs, b,
			   1).status);
	/* A write's bytes missing, a read's output short. */
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL,
		  regs_raw(self->lpt, self->base, 2, 1, b, hs + 1, NULL, 0).status);
	r = regs_raw(self->lpt, self->base, 2, 0, NULL, hs, b, 1);
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, r.status);
	EXPECT_EQ(0, r.info);
	/* No register there: EPP (this port has none), past the span, below, the status write. */
	EXPECT_EQ(STATUS_INVALID_PARAMETER, rd(self->lpt, self->base + 3, b));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, rd(self->lpt, self->base + 4, b));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, rd(self->lpt, self->base + 8, b));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, rd(self->lpt, self->base - 1, b));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, rd(self->lpt, 0x378, b));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, rd(self->lpt, self->base + 0x400, b));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, wr(self->lpt, self->base + 1, 0));
	/* Control: the other registers of the span are there. */
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base + 2, b));
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base + 1, b));
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));
	/* The same bad address without the port: the address is checked first. */
	EXPECT_EQ(STATUS_INVALID_PARAMETER, rd(self->lpt, self->base + 3, b));
	/* The port node's codes are not the LPT node's: LOCK is on LPT nodes only. */
	pfd = open(rel_sim_port_node(), O_RDWR);
	ASSERT_LE(0, pfd);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, request(pfd, 0, IOCTL_WINPAR_LOCK_PORT));
	close(pfd);
}

/* Drop CAP_SYS_RAWIO (and keep uid 0, which owns the nodes). */
static int drop_rawio(void)
{
	struct __user_cap_header_struct h = { .version = _LINUX_CAPABILITY_VERSION_3 };
	struct __user_cap_data_struct d[2];

	if (syscall(SYS_capget, &h, d))
		return -1;
	d[CAP_SYS_RAWIO / 32].effective &= ~(1u << (CAP_SYS_RAWIO % 32));
	d[CAP_SYS_RAWIO / 32].permitted &= ~(1u << (CAP_SYS_RAWIO % 32));
	d[CAP_SYS_RAWIO / 32].inheritable &= ~(1u << (CAP_SYS_RAWIO % 32));
	return syscall(SYS_capset, &h, d);
}

/*
 * Without CAP_SYS_RAWIO: the LPT node's holder may bit-bang (as ppdev's
 * claimer may); on the port node ALLOCATE is refused (STATUS_ACCESS_DENIED),
 * so the register request is too (STATUS_INVALID_DEVICE_STATE).
 */
TEST_F(regs, unprivileged_lpt_holder)
{
	int status;
	pid_t pid;

	ASSERT_EQ(0, sim_set("received", "0\n"));
	/* The LPT node is exclusive: the child opens it. */
	close(self->lpt);
	self->lpt = -1;
	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		int fd, pfd, bad = 0;
		uint8_t v;

		if (drop_rawio())
			_exit(10);
		pfd = open(rel_sim_port_node(), O_RDWR);
		fd = open(rel_sim_lpt(), O_RDWR);
		if (fd < 0 || pfd < 0)
			_exit(11);
		/* Control of the privilege drop: internal requests are refused now. */
		if (request(pfd, 1, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE) != STATUS_ACCESS_DENIED)
			bad |= 1;
		/* The port node's client cannot hold the port, so it is refused. */
		if (rd(pfd, self->base, &v) != STATUS_INVALID_DEVICE_STATE)
			bad |= 2;
		if (request(fd, 0, IOCTL_WINPAR_LOCK_PORT) != STATUS_SUCCESS)
			bad |= 4;
		if (bitbang(fd, self->base, "user", 4, -1) < 0)
			bad |= 8;
		if (request(fd, 0, IOCTL_WINPAR_UNLOCK_PORT) != STATUS_SUCCESS)
			bad |= 16;
		_exit(bad);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status));
	EXPECT_EQ(0, WEXITSTATUS(status));
	EXPECT_TRUE(received_is("user"));
}

/*
 * A holder that lets go with the lines in a mess (direction reversed,
 * nInit low, nSelectIn low, nStrobe low): lp's next write and ppdev's next
 * claim find their own state and reach the printer.  The parport core
 * gives a client that preempts winpar the lines winpar had; before winpar
 * put the holder's lines back at the end of its allocation, ppdev read
 * 0x01 here.
 */
TEST_F(regs, lp_and_ppdev_after_a_holder)
{
	char dev[64];
	const char *lp;
	unsigned char c;
	uint8_t v = 0;
	int fd, pp, i;

	ASSERT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	EXPECT_EQ(STATUS_SUCCESS, wr(self->lpt, self->base, 0xee));
	EXPECT_EQ(STATUS_SUCCESS, wr(self->lpt, self->base + 2, 0x20 | 0x01));
	/* Control: the mess is there while the holder holds the port. */
	EXPECT_EQ(STATUS_SUCCESS, rd(self->lpt, self->base + 2, &v));
	EXPECT_EQ(0x21, v);
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));

	/* lp */
	ASSERT_EQ(0, sim_set("received", "0\n"));
	lp = rel_sim_lp();
	ASSERT_NE(NULL, lp);
	fd = open(lp, O_WRONLY);
	ASSERT_LE(0, fd);
	EXPECT_EQ(8, write(fd, "lp after", 8));
	close(fd);
	EXPECT_TRUE(received_is("lp after"));
	/* Control of the record check: a shorter record is not the same. */
	EXPECT_FALSE(received_is("lp afte"));

	/* The mess again, then ppdev. */
	ASSERT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_LOCK_PORT));
	EXPECT_EQ(STATUS_SUCCESS, wr(self->lpt, self->base + 2, 0x20 | 0x01));
	EXPECT_EQ(STATUS_SUCCESS, request(self->lpt, 0, IOCTL_WINPAR_UNLOCK_PORT));
	ASSERT_EQ(0, sim_set("received", "0\n"));
	snprintf(dev, sizeof(dev), "/dev/%s", sim_port());
	pp = open(dev, O_RDWR);
	ASSERT_LE(0, pp);
	ASSERT_EQ(0, ioctl(pp, PPCLAIM));
	/* ppdev's claim put its own (initial) control lines back. */
	ASSERT_EQ(0, ioctl(pp, PPRCONTROL, &c));
	EXPECT_EQ(CTRL_IDLE, c & 0x0f);
	EXPECT_EQ(0, ioctl(pp, PPDATADIR, &(int){ 0 }));
	for (i = 0; i < 2; i++) {
		c = "pp"[i];
		EXPECT_EQ(0, ioctl(pp, PPWDATA, &c));
		c = CTRL_STROBE;
		EXPECT_EQ(0, ioctl(pp, PPWCONTROL, &c));
		c = CTRL_IDLE;
		EXPECT_EQ(0, ioctl(pp, PPWCONTROL, &c));
		do {
			EXPECT_EQ(0, ioctl(pp, PPRSTATUS, &c));
		} while (!(c & ST_NBUSY));
	}
	ioctl(pp, PPRELEASE);
	close(pp);
	EXPECT_TRUE(received_is("pp"));
}

/* A file of an added port, trimmed of its trailing newline. */
static const char *pfile(const char *port, const char *file)
{
	static char buf[2][256];
	static int i;
	char *b = buf[i++ & 1];
	ssize_t n = sim_port_read(port, file, b, 256);

	if (n < 0)
		return "<unreadable>";
	while (n > 0 && b[n - 1] == '\n')
		b[--n] = 0;
	/* phase: its first word ("epp", "compat"), the lines follow it */
	if (!strcmp(file, "phase"))
		b[strcspn(b, " ")] = 0;
	return b;
}

/*
 * IEEE 1284 negotiation by hand, as a ported driver does it with its own
 * register accesses (Events 0 to 6); returns the status after Event 6.
 */
static uint8_t negotiate_by_hand(int fd, uint64_t base, uint8_t xbyte, uint8_t *ev2)
{
	uint8_t st = 0;

	wr(fd, base, xbyte);			/* Event 0 */
	wr(fd, base + 2, 0x06);			/* Event 1: nSelectIn high, nAutoFd low */
	rd(fd, base + 1, ev2);			/* Event 2: nAck low, PError, Select, nFault high */
	wr(fd, base + 2, 0x07);			/* Event 3: nStrobe low */
	wr(fd, base + 2, 0x04);			/* Event 4: nStrobe and nAutoFd high */
	rd(fd, base + 1, &st);			/* Events 5, 6: nAck high, XFlag */
	return st;
}

/*
 * A port with EPP: Controller + 3 and + 4 are the EPP address and data
 * registers.  The holder negotiates EPP itself through the registers and
 * moves data and address cycles; the simulator's record (received,
 * epp_addresses, epp_cycles, phase) shows each cycle.  Control: with EPP
 * refused by the peripheral, the same negotiation sees XFlag low.
 */
TEST_F(regs, epp_registers_on_a_port_with_epp)
{
	struct winpar_register_ranges rr;
	char name[32], node[64], spec[40];
	uint8_t v = 0, ev2 = 0, buf[8];
	struct winpar_ioctl w;
	struct reg_result r;
	int fd, err;

	ASSERT_EQ(0, sim_add_port("pcspp+tristate+safeinint+epp", name, sizeof(name)));
	snprintf(node, sizeof(node), WINPAR_DEV_DIR "/LPT%d", atoi(name + 7) + 1);
	fd = open(node, O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(0, wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_WINPAR_QUERY_REGISTERS,
			     NULL, 0, &rr, sizeof(rr), &w, &err));
	EXPECT_EQ(8, rr.span);
	ASSERT_EQ(0, sim_port_set(name, "ieee1284_modes", "nibble epp\n"));
	ASSERT_EQ(STATUS_SUCCESS, request(fd, 0, IOCTL_WINPAR_LOCK_PORT));

	/* Events 0-6 for EPP (0x40): Event 2 is status 0x38 under nAck, XFlag high. */
	v = negotiate_by_hand(fd, rr.controller, 0x40, &ev2);
	EXPECT_EQ(0x38, ev2 & 0x78);
	EXPECT_EQ(0x50, v & 0x50);
	EXPECT_STREQ("epp", pfile(name, "phase"));
	ASSERT_EQ(0, sim_port_set(name, "counters", "0\n"));
	ASSERT_EQ(0, sim_port_set(name, "received", "0\n"));

	/* Data cycles: one WRITE_PORT_BUFFER_UCHAR at Controller + 4. */
	r = regs_raw(fd, rr.controller + 4, 8, WINPAR_REGISTERS_WRITE, "regs-epp",
		     sizeof(struct winpar_registers) + 8, NULL, 0);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_STREQ("regs-epp", pfile(name, "received"));
	EXPECT_EQ(8, sim_port_counter(name, "epp_cycles"));
	/* An address cycle at Controller + 3: 0x42 is "B". */
	EXPECT_EQ(STATUS_SUCCESS, wr(fd, rr.controller + 3, 0x42));
	EXPECT_STREQ("B", pfile(name, "epp_addresses"));
	/* Address read: the device's address register. */
	ASSERT_EQ(0, sim_port_set(name, "epp_address", "0x5a\n"));
	EXPECT_EQ(STATUS_SUCCESS, rd(fd, rr.controller + 3, &v));
	EXPECT_EQ(0x5a, v);
	/* Data reads: what the device queued, then a cycle nobody answers. */
	ASSERT_EQ(0, sim_port_set(name, "reverse", "rd"));
	memset(buf, 0, sizeof(buf));
	r = regs_raw(fd, rr.controller + 4, 2, 0, NULL, sizeof(struct winpar_registers), buf, 2);
	EXPECT_EQ(STATUS_SUCCESS, r.status);
	EXPECT_EQ(2, r.info);
	EXPECT_EQ(0, memcmp(buf, "rd", 2));
	r = regs_raw(fd, rr.controller + 4, 1, 0, NULL, sizeof(struct winpar_registers), buf, 1);
	EXPECT_EQ(STATUS_IO_TIMEOUT, r.status);
	EXPECT_EQ(0, r.info);
	EXPECT_EQ(12, sim_port_counter(name, "epp_cycles"));

	/* Event 68: nInit low ends EPP; then compatibility mode's idle lines. */
	EXPECT_EQ(STATUS_SUCCESS, wr(fd, rr.controller + 2, 0x00));
	EXPECT_EQ(STATUS_SUCCESS, wr(fd, rr.controller + 2, 0x04));
	EXPECT_STREQ("compat", pfile(name, "phase"));
	EXPECT_EQ(STATUS_SUCCESS, wr(fd, rr.controller + 2, CTRL_IDLE));

	/* Control: EPP refused, XFlag stays low and the phase is not EPP. */
	ASSERT_EQ(0, sim_port_set(name, "ieee1284_modes", "nibble\n"));
	v = negotiate_by_hand(fd, rr.controller, 0x40, &ev2);
	EXPECT_EQ(0x38, ev2 & 0x78);
	EXPECT_EQ(0, v & 0x10);
	EXPECT_STRNE("epp", pfile(name, "phase"));
	EXPECT_EQ(STATUS_SUCCESS, request(fd, 0, IOCTL_WINPAR_UNLOCK_PORT));
	close(fd);
	snprintf(spec, sizeof(spec), "%s\n", name);
	EXPECT_EQ(0, sim_control("remove", spec));
}

/* Last: parport_sim goes (lp first, as it keeps a device on every port). */
TEST_F(regs, unload)
{
	close(self->lpt);
	self->lpt = -1;
	EXPECT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
