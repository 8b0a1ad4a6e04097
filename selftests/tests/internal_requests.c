// SPDX-License-Identifier: GPL-2.0
/*
 * Internal requests from a privileged process (WINDOWS-API.md sections 5,
 * 6, 9, 10): the information structures in the caller's layout (this file
 * is also built for i386), routines through IOCTL_WINPAR_CALL_ROUTINE,
 * allocation in FIFO order with waiters counted, cancelling, chip modes,
 * 1284.3 select and deselect, locks, the PARCLASS routines on the simulated
 * peripheral, client interrupt routines on the simulated port's interrupt,
 * CAP_SYS_RAWIO, and that no output holds a kernel address.
 *
 * QEMU's port is parport0 (ParallelPort0, LPT1); parport_sim is loaded
 * with one port (two daisy-chain devices, an IRQ, ECP and EPP) and unloaded
 * at the end.
 */
#include "kselftest_harness.h"
#include "sim_test.h"

#include <signal.h>
#include <sys/sysmacros.h>
#include <sys/syscall.h>
#include <linux/capability.h>

#include <winpar/ntddser.h>
#include <winpar/parallel.h>

static char sim_portnode[64], sim_lptnode[64], sim_lpt1[64], sim_lpt4[64];

static void sim_names(void)
{
	int m = atoi(sim_port() + 7);

	snprintf(sim_portnode, sizeof(sim_portnode), WINPAR_DEV_DIR "/ParallelPort%d", m);
	snprintf(sim_lptnode, sizeof(sim_lptnode), WINPAR_DEV_DIR "/LPT%d", m + 1);
	snprintf(sim_lpt1, sizeof(sim_lpt1), WINPAR_DEV_DIR "/LPT%d.1", m + 1);
	snprintf(sim_lpt4, sizeof(sim_lpt4), WINPAR_DEV_DIR "/LPT%d.4", m + 1);
}

static uint64_t ctx_of(const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return 0;
	return WINPAR_CONTEXT_HANDLE(minor(st.st_rdev));
}

/* An internal request; returns the NTSTATUS, *info the Information. */
static int32_t icall(int fd, uint32_t code, const void *in, uint32_t il, void *out, uint32_t ol,
		     uint32_t *info)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, code, in, il, out, ol, &w, &err);
	if (info)
		*info = w.information;
	return w.status;
}

static int32_t pcall(int fd, uint32_t code, void *out, uint32_t ol)
{
	struct winpar_ioctl w;
	int err;

	wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, code, NULL, 0, out, ol, &w, &err);
	return w.status;
}

/*
 * A routine through IOCTL_WINPAR_CALL_ROUTINE: returns its value; *status
 * is the status of the request itself.
 */
static int64_t rcall(int fd, uint32_t routine, uint64_t ctx, const struct winpar_routine_call *args,
		     int32_t *status)
{
	struct winpar_routine_call c = { 0 };
	struct winpar_routine_result r = { 0 };
	uint32_t info;

	if (args)
		c = *args;
	c.routine = routine;
	c.context = ctx;
	*status = icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c), &r, sizeof(r), &info);
	return r.value;
}

static int port_is_free_fd(int fd)
{
	uint8_t b = 0xee;

	if (pcall(fd, IOCTL_PAR_IS_PORT_FREE, &b, 1) != STATUS_SUCCESS)
		return -1;
	return b;
}

static int port_is_free(const char *lpt)
{
	uint8_t b = 0xee;
	int fd = open(lpt, O_RDWR);

	if (fd < 0) {
		printf("# open %s: %s\n", lpt, strerror(errno));
		return -1;
	}
	if (pcall(fd, IOCTL_PAR_IS_PORT_FREE, &b, 1) != STATUS_SUCCESS)
		b = 0xee;
	close(fd);
	return b;
}

/* Kernel addresses on x86_64 start at 0xffff800000000000. */
static int holds_kernel_address(const void *buf, size_t len)
{
	const uint8_t *p = buf;
	size_t i;

	for (i = 0; i + 8 <= len; i++) {
		uint64_t v;

		memcpy(&v, p + i, 8);
		if (v >= 0xffff800000000000ULL)
			return 1;
	}
	return 0;
}

TEST(load)
{
	ASSERT_FALSE(exists("/sys/module/parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_sim.ko ports=1 "
			 "modes=pcspp+tristate+safeinint+ecp+epp daisy=2 irq=1"));
	ASSERT_NE(0, sim_port()[0]);
	sim_names();
	usleep(200000);
	ASSERT_EQ(0, sim_set("ieee1284_modes", "nibble byte deviceid ecp epp\n"));
	ASSERT_TRUE(is_chardev(sim_portnode));
	ASSERT_TRUE(is_chardev(sim_lpt1));
	ASSERT_TRUE(is_chardev(sim_lpt4));
}

/* 5.3, 9.8: PARALLEL_PORT_INFORMATION of QEMU's port, in this process's layout. */
TEST(port_info)
{
	PARALLEL_PORT_INFORMATION pi;
	uint8_t buf[sizeof(pi) + 8];
	uint32_t info;
	int fd;

	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	memset(buf, 0xa5, sizeof(buf));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0,
					buf, sizeof(buf), &info));
	EXPECT_EQ(sizeof(pi), info);
	EXPECT_EQ(sizeof(void *) == 8 ? 56 : 32, sizeof(pi));
	EXPECT_EQ(0xa5, buf[sizeof(pi)]);	/* nothing past the structure */
	memcpy(&pi, buf, sizeof(pi));
	EXPECT_EQ(0x378, pi.OriginalController.QuadPart);
	EXPECT_EQ((uintptr_t)0x378, (uintptr_t)pi.Controller);
	EXPECT_TRUE(pi.SpanOfController == 3 || pi.SpanOfController == 8);
	EXPECT_EQ(WINPAR_ROUTINE_TRY_ALLOCATE_PORT, (uintptr_t)pi.TryAllocatePort);
	EXPECT_EQ(WINPAR_ROUTINE_FREE_PORT, (uintptr_t)pi.FreePort);
	EXPECT_EQ(WINPAR_ROUTINE_QUERY_NUM_WAITERS, (uintptr_t)pi.QueryNumWaiters);
	EXPECT_EQ((uintptr_t)ctx_of(PORT0), (uintptr_t)pi.Context);
	EXPECT_FALSE(holds_kernel_address(buf, sizeof(buf)));

	/* One byte short: STATUS_BUFFER_TOO_SMALL, nothing written. */
	memset(buf, 0xa5, sizeof(buf));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, icall(fd, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO,
						 NULL, 0, buf, sizeof(pi) - 1, &info));
	EXPECT_EQ(0, info);
	EXPECT_EQ(0xa5, buf[0]);
	/* 7.1: public requests to the port are unknown requests. */
	EXPECT_EQ(STATUS_INVALID_PARAMETER, pcall(fd, IOCTL_PAR_QUERY_INFORMATION, buf, 1));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_RELEASE_PARALLEL_PORT_INFO,
					NULL, 0, NULL, 0, &info));
	close(fd);

	/* Port requests are not device requests: the same code on LPT1. */
	fd = open(LPT1, O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, icall(fd, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO,
						  NULL, 0, buf, sizeof(buf), &info));
	close(fd);
}

/* 5.4, 9.7: bus and interrupt of QEMU's ISA port (parport_pc without an IRQ). */
TEST(more_port_info)
{
	MORE_PARALLEL_PORT_INFORMATION mi;
	char buf[32] = "";
	uint32_t info;
	int fd, irq;

	fd = open("/proc/sys/dev/parport/parport0/irq", O_RDONLY);
	ASSERT_LE(0, fd);
	ASSERT_LT(0, read(fd, buf, sizeof(buf) - 1));
	close(fd);
	irq = atoi(buf);
	TH_LOG("parport0 irq %d", irq);

	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	memset(&mi, 0xa5, sizeof(mi));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_GET_MORE_PARALLEL_PORT_INFO, NULL, 0,
					&mi, sizeof(mi), &info));
	EXPECT_EQ(sizeof(mi), info);
	EXPECT_EQ(sizeof(void *) == 8 ? 32 : 24, sizeof(mi));
	EXPECT_EQ(1, mi.InterfaceType);		/* Isa */
	EXPECT_EQ(0, mi.BusNumber);
	EXPECT_EQ(irq > 0 ? irq : 0, mi.InterruptLevel);
	EXPECT_EQ(irq > 0 ? irq : 0, mi.InterruptVector);
	/* The processors on line. */
	EXPECT_EQ(irq > 0 ? (1UL << sysconf(_SC_NPROCESSORS_ONLN)) - 1 : 0,
		  mi.InterruptAffinity);
	EXPECT_EQ(1, mi.InterruptMode);		/* Latched */
	EXPECT_FALSE(holds_kernel_address(&mi, sizeof(mi)));
	close(fd);
}

/* 5.5, 9.9: the simulated port: ECP, EPP, byte, two 1284.3 devices. */
TEST(pnp_info)
{
	PARALLEL_PNP_INFORMATION pn;
	uint32_t info;
	int fd;

	sim_names();

	fd = open(sim_portnode, O_RDWR);
	ASSERT_LE(0, fd);
	memset(&pn, 0xa5, sizeof(pn));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, NULL, 0,
					&pn, sizeof(pn), &info));
	EXPECT_EQ(sizeof(pn), info);
	EXPECT_EQ(sizeof(void *) == 8 ? 112 : 80, sizeof(pn));
	EXPECT_EQ(PPT_ECP_PRESENT | PPT_EPP_PRESENT | PPT_BYTE_PRESENT | PPT_1284_3_PRESENT,
		  pn.HardwareCapabilities);
	EXPECT_EQ(2, pn.Ieee1284_3DeviceCount);
	EXPECT_EQ(INITIAL_MODE, pn.CurrentMode);
	EXPECT_EQ(WINPAR_ROUTINE_TRY_SET_CHIP_MODE, (uintptr_t)pn.TrySetChipMode);
	EXPECT_EQ(WINPAR_ROUTINE_CLEAR_CHIP_MODE, (uintptr_t)pn.ClearChipMode);
	EXPECT_EQ(WINPAR_ROUTINE_TRY_SELECT_DEVICE, (uintptr_t)pn.TrySelectDevice);
	EXPECT_EQ(WINPAR_ROUTINE_DESELECT_DEVICE, (uintptr_t)pn.DeselectDevice);
	EXPECT_EQ((uintptr_t)ctx_of(sim_portnode), (uintptr_t)pn.Context);
	EXPECT_EQ(NULL, pn.PortName);
	EXPECT_EQ(0, pn.OriginalEcpController.QuadPart);
	EXPECT_FALSE(holds_kernel_address(&pn, sizeof(pn)));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, icall(fd, IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, NULL, 0,
						 &pn, sizeof(pn) - 1, &info));
	close(fd);
}

/* 5.1, 5.2, 4.11: allocate, the port is not free, free, free again. */
TEST(allocate_free)
{
	struct winpar_ioctl w;
	uint8_t st;
	uint32_t info;
	int fd, lpt, err;
	double t0;

	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	lpt = open(LPT1, O_RDWR);
	ASSERT_LE(0, lpt);
	EXPECT_EQ(1, port_is_free_fd(lpt));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	EXPECT_EQ(0, info);
	EXPECT_EQ(0, port_is_free_fd(lpt));

	/* A public request meanwhile waits the device's write time-out, then is busy. */
	ASSERT_EQ(0, ioctl(lpt, IOCTL_SERIAL_SET_TIMEOUTS,
			   &(SERIAL_TIMEOUTS){ .WriteTotalTimeoutConstant = 2000 }));
	t0 = now();
	wp_call(lpt, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_PAR_QUERY_INFORMATION, NULL, 0,
		&st, 1, &w, &err);
	EXPECT_EQ(STATUS_DEVICE_BUSY, w.status);
	EXPECT_EQ(EBUSY, err);
	TH_LOG("busy after %.0f ms", (now() - t0) * 1000);
	EXPECT_LE(1.95, now() - t0);
	EXPECT_GT(10.0, now() - t0);

	/* Allocating again while holding it: granted, nothing changes. */
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					NULL, 0, NULL, 0, &info));
	EXPECT_EQ(1, port_is_free_fd(lpt));
	/* Freeing a port one does not hold: refused, Documentation/decisions.rst. */
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
						     NULL, 0, NULL, 0, &info));
	EXPECT_EQ(STATUS_SUCCESS, pcall(lpt, IOCTL_PAR_QUERY_INFORMATION, &st, 1));

	/* Closing a file gives its allocation back. */
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	EXPECT_EQ(0, port_is_free_fd(lpt));
	close(fd);
	EXPECT_EQ(1, port_is_free_fd(lpt));
	close(lpt);
}

/* Children that allocate in turn; each writes its number when granted. */
static pid_t allocator(int id, int pipefd)
{
	pid_t pid = fork();
	uint32_t info;
	int fd;

	if (pid)
		return pid;
	fd = open(PORT0, O_RDWR);
	if (fd < 0)
		_exit(2);
	if (icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, NULL, 0, NULL, 0, &info) !=
	    STATUS_SUCCESS)
		_exit(3);
	if (write(pipefd, &id, sizeof(id)) != sizeof(id))
		_exit(4);
	usleep(50000);
	if (icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_FREE, NULL, 0, NULL, 0, &info) !=
	    STATUS_SUCCESS)
		_exit(5);
	_exit(0);
}

static int64_t waiters(int fd)
{
	int32_t st;

	return rcall(fd, WINPAR_ROUTINE_QUERY_NUM_WAITERS, ctx_of(PORT0), NULL, &st);
}

static int wait_waiters(int fd, int n)
{
	int i;

	for (i = 0; i < 400; i++) {
		if (waiters(fd) == n)
			return 0;
		usleep(5000);
	}
	return -1;
}

/*
 * 1.5: three allocating clients and lp contend for QEMU's port; the three
 * are granted in the order they asked, QueryNumWaiters counts them, and
 * lp's bytes reach the LPT.
 */
TEST(fifo_and_lp)
{
	const char text[] = "lp writes while winpar clients take turns\r\n";
	int pfd[2], fd, order[3], i, status, lp;
	pid_t kids[3], lpkid;
	uint32_t info;

	ASSERT_EQ(0, pipe(pfd));
	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	EXPECT_EQ(0, waiters(fd));
	for (i = 0; i < 3; i++) {
		kids[i] = allocator(i + 1, pfd[1]);
		ASSERT_LT(0, kids[i]);
		ASSERT_EQ(0, wait_waiters(fd, i + 1));
	}
	if (!exists("/dev/lp0"))
		run("mknod /dev/lp0 c 6 0");
	lpkid = fork();
	ASSERT_LE(0, lpkid);
	if (!lpkid) {
		lp = open("/dev/lp0", O_WRONLY);
		if (lp < 0 || write(lp, text, strlen(text)) != (ssize_t)strlen(text))
			_exit(1);
		close(lp);
		_exit(0);
	}
	usleep(100000);
	EXPECT_EQ(3, waiters(fd));
	ASSERT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					NULL, 0, NULL, 0, &info));
	for (i = 0; i < 3; i++)
		ASSERT_EQ(sizeof(int), read(pfd[0], &order[i], sizeof(int)));
	for (i = 0; i < 3; i++) {
		EXPECT_EQ(i + 1, order[i]);
		waitpid(kids[i], &status, 0);
		EXPECT_EQ(0, WEXITSTATUS(status));
	}
	waitpid(lpkid, &status, 0);
	EXPECT_EQ(0, WEXITSTATUS(status));
	EXPECT_EQ(0, lpt_record("internal-lp", text, strlen(text)));
	EXPECT_EQ(0, waiters(fd));
	close(fd);
	close(pfd[0]);
	close(pfd[1]);
}

static void on_signal(int sig)
{
}

/* 5.1: a waiting allocate is cancelled by a signal: STATUS_CANCELLED. */
TEST(allocate_cancelled)
{
	struct sigaction sa = { .sa_handler = on_signal };
	int holder, fd, pfd[2], status;
	int32_t st = 0;
	uint32_t info;
	pid_t kid;

	ASSERT_EQ(0, pipe(pfd));
	holder = open(PORT0, O_RDWR);
	ASSERT_LE(0, holder);
	ASSERT_EQ(STATUS_SUCCESS, icall(holder, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		sigaction(SIGUSR1, &sa, NULL);
		fd = open(PORT0, O_RDWR);
		st = icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE, NULL, 0, NULL, 0, &info);
		if (write(pfd[1], &st, sizeof(st)) != sizeof(st))
			_exit(1);
		_exit(0);
	}
	ASSERT_EQ(0, wait_waiters(holder, 1));
	kill(kid, SIGUSR1);
	ASSERT_EQ(sizeof(st), read(pfd[0], &st, sizeof(st)));
	EXPECT_EQ(STATUS_CANCELLED, st);
	waitpid(kid, &status, 0);
	EXPECT_EQ(0, waiters(holder));
	EXPECT_EQ(STATUS_SUCCESS, icall(holder, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					NULL, 0, NULL, 0, &info));
	close(holder);
	close(pfd[0]);
	close(pfd[1]);
}

/* 10.1-10.3 through IOCTL_WINPAR_CALL_ROUTINE, and its bad inputs. */
TEST(port_routines)
{
	struct winpar_routine_call c = { 0 };
	struct winpar_routine_result r;
	uint64_t ctx = ctx_of(PORT0);
	int a, b, lpt;
	int32_t st;
	uint32_t info;

	a = open(PORT0, O_RDWR);
	b = open(PORT0, O_RDWR);
	ASSERT_LE(0, a);
	ASSERT_LE(0, b);
	EXPECT_EQ(1, rcall(a, WINPAR_ROUTINE_TRY_ALLOCATE_PORT, ctx, NULL, &st));
	EXPECT_EQ(STATUS_SUCCESS, st);
	EXPECT_EQ(0, rcall(b, WINPAR_ROUTINE_TRY_ALLOCATE_PORT, ctx, NULL, &st));
	EXPECT_EQ(STATUS_SUCCESS, st);
	EXPECT_EQ(0, port_is_free(LPT1));
	rcall(a, WINPAR_ROUTINE_FREE_PORT, ctx, NULL, &st);
	EXPECT_EQ(STATUS_SUCCESS, st);
	EXPECT_EQ(1, port_is_free(LPT1));
	EXPECT_EQ(1, rcall(b, WINPAR_ROUTINE_TRY_ALLOCATE_PORT_AT_INTERRUPT_LEVEL, ctx, NULL, &st));
	rcall(b, WINPAR_ROUTINE_FREE_PORT_FROM_INTERRUPT_LEVEL, ctx, NULL, &st);
	EXPECT_EQ(STATUS_SUCCESS, st);
	usleep(10000);
	EXPECT_EQ(1, port_is_free(LPT1));

	/* Wrong context, unknown routine, device routine on the port, short buffers. */
	rcall(a, WINPAR_ROUTINE_TRY_ALLOCATE_PORT, ctx + 1, NULL, &st);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, st);
	rcall(a, WINPAR_ROUTINE_MAX, ctx, NULL, &st);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, st);
	rcall(a, 0, ctx, NULL, &st);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, st);
	rcall(a, WINPAR_ROUTINE_TERMINATE_IEEE_MODE, ctx, NULL, &st);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, st);
	c.routine = WINPAR_ROUTINE_QUERY_NUM_WAITERS;
	c.context = ctx;
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, icall(a, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c) - 1,
						 &r, sizeof(r), &info));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, icall(a, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c),
						 &r, sizeof(r) - 1, &info));
	/* A port routine on a device node. */
	lpt = open(LPT1, O_RDWR);
	ASSERT_LE(0, lpt);
	rcall(lpt, WINPAR_ROUTINE_TRY_ALLOCATE_PORT, ctx_of(LPT1), NULL, &st);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, st);
	close(lpt);
	EXPECT_EQ(1, port_is_free(LPT1));
	close(a);
	close(b);
}

static int32_t chip(int fd, uint32_t code, uint8_t mode)
{
	PARALLEL_CHIP_MODE m = { .ModeFlags = mode };
	uint32_t info;

	return icall(fd, code, &m, sizeof(m), NULL, 0, &info);
}

static uint32_t current_mode(int fd)
{
	PARALLEL_PNP_INFORMATION pn = { 0 };
	uint32_t info;

	icall(fd, IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, NULL, 0, &pn, sizeof(pn), &info);
	return pn.CurrentMode;
}

/* 5.7, 5.8, 10.4, 10.5 on the simulated port (ECP, EPP, byte; no ECR). */
TEST(chip_modes)
{
	struct winpar_routine_call c = { 0 };
	PARALLEL_CHIP_MODE m = { 0 };
	char modes[32];
	uint32_t info;
	int32_t st;
	int fd, epp;

	sim_names();

	fd = open(sim_portnode, O_RDWR);
	ASSERT_LE(0, fd);
	/* Not allocated: refused. */
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE,
						    ECR_ECP_PIO_MODE));
	ASSERT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, icall(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE,
						 &m, 1, NULL, 0, &info));
	EXPECT_EQ(STATUS_SUCCESS, chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE, ECR_BYTE_MODE));
	EXPECT_EQ(ECR_BYTE_MODE, current_mode(fd));
	/* From byte mode straight to ECP, as Windows allows. */
	EXPECT_EQ(STATUS_SUCCESS, chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE,
				       ECR_ECP_PIO_MODE));
	EXPECT_EQ(ECR_ECP_MODE, current_mode(fd));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE,
						    ECR_EPP_MODE));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, chip(fd, IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE,
						    ECR_EPP_MODE));
	EXPECT_EQ(STATUS_SUCCESS, chip(fd, IOCTL_INTERNAL_PARALLEL_CLEAR_CHIP_MODE, ECR_ECP_MODE));
	EXPECT_EQ(INITIAL_MODE, current_mode(fd));
	/* Modes that need an ECR: not on this port. */
	EXPECT_EQ(STATUS_NO_SUCH_DEVICE, chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE,
					      ECR_FASTCENT_MODE));
	EXPECT_EQ(STATUS_NO_SUCH_DEVICE, chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE,
					      ECR_CONFIG_MODE));
	/* The routines. */
	c.args.chip_mode = ECR_EPP_MODE;
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_TRY_SET_CHIP_MODE,
					ctx_of(sim_portnode), &c, &st));
	EXPECT_EQ(ECR_EPP_MODE, current_mode(fd));
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_CLEAR_CHIP_MODE,
					ctx_of(sim_portnode), &c, &st));
	EXPECT_EQ(INITIAL_MODE, current_mode(fd));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					NULL, 0, NULL, 0, &info));
	close(fd);

	/* QEMU's port: ECP is the documented failure; EPP as its modes say. */
	fd = open("/sys/class/winpar/ParallelPort0/modes", O_RDONLY);
	ASSERT_LE(0, fd);
	memset(modes, 0, sizeof(modes));
	ASSERT_LT(0, read(fd, modes, sizeof(modes) - 1));
	close(fd);
	epp = strtoul(modes, NULL, 0) & 0x04;	/* PARPORT_MODE_EPP */
	TH_LOG("QEMU's port: modes %s", modes);
	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	EXPECT_EQ(STATUS_NO_SUCH_DEVICE, chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE,
					      ECR_ECP_PIO_MODE));
	EXPECT_EQ(epp ? STATUS_SUCCESS : STATUS_NO_SUCH_DEVICE,
		  chip(fd, IOCTL_INTERNAL_PARALLEL_SET_CHIP_MODE, ECR_EPP_MODE));
	EXPECT_EQ(epp ? ECR_EPP_MODE : INITIAL_MODE, current_mode(fd));
	/* Closing the file clears the mode it set (Documentation/decisions.rst). */
	close(fd);
	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(INITIAL_MODE, current_mode(fd));
	close(fd);
}

/* The last 1284.3 command the simulated chain saw, as its daisy_log shows it. */
static const char *last_daisy_cmd(void)
{
	static char buf[8192], last[64];
	char *line;
	ssize_t n = sim_read("daisy_log", buf, sizeof(buf) - 1);

	last[0] = 0;
	if (n <= 0)
		return last;
	buf[n] = 0;
	for (line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"))
		snprintf(last, sizeof(last), "%s", line);
	return last;
}

static int32_t select_cmd(int fd, uint32_t code, uint8_t id, uint32_t flags)
{
	PARALLEL_1284_COMMAND cmd = { .ID = id, .CommandFlags = flags };
	uint32_t info;

	return icall(fd, code, &cmd, sizeof(cmd), NULL, 0, &info);
}

/* 5.9-5.11, 10.6, 10.7 on the simulated chain of two daisy-chain devices. */
TEST(select_deselect)
{
	struct winpar_routine_call c = { 0 };
	PARALLEL_PNP_INFORMATION pn;
	uint64_t ctx;
	uint32_t info;
	int32_t st;
	int fd, other;

	sim_names();
	ctx = ctx_of(sim_portnode);

	fd = open(sim_portnode, O_RDWR);
	other = open(sim_portnode, O_RDWR);
	ASSERT_LE(0, fd);
	ASSERT_LE(0, other);
	EXPECT_EQ(STATUS_SUCCESS, select_cmd(fd, IOCTL_INTERNAL_SELECT_DEVICE, 1, 0));
	EXPECT_STREQ("select 1 compat 1", last_daisy_cmd());
	EXPECT_EQ(0, port_is_free(sim_lptnode));
	/* Another client's try-select does not wait: STATUS_PENDING. */
	c.args.command.id = 0;
	EXPECT_EQ(STATUS_PENDING, rcall(other, WINPAR_ROUTINE_TRY_SELECT_DEVICE, ctx, &c, &st));
	/* KEEP_PORT: select another device on the port it holds. */
	EXPECT_EQ(STATUS_SUCCESS, select_cmd(fd, IOCTL_INTERNAL_SELECT_DEVICE, 0,
					     PAR_HAVE_PORT_KEEP_PORT));
	EXPECT_STREQ("select 0 compat 0", last_daisy_cmd());
	EXPECT_EQ(STATUS_SUCCESS, select_cmd(fd, IOCTL_INTERNAL_DESELECT_DEVICE, 0, 0));
	EXPECT_STREQ("deselect", last_daisy_cmd());
	EXPECT_EQ(1, port_is_free(sim_lptnode));

	/* Bad inputs. */
	EXPECT_EQ(STATUS_INVALID_PARAMETER, select_cmd(fd, IOCTL_INTERNAL_SELECT_DEVICE, 3, 0));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, select_cmd(fd, IOCTL_INTERNAL_DESELECT_DEVICE, 7, 0));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, select_cmd(fd, IOCTL_INTERNAL_SELECT_DEVICE, 0,
							  PAR_HAVE_PORT_KEEP_PORT));
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE, select_cmd(fd, IOCTL_INTERNAL_DESELECT_DEVICE, 0, 0));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, icall(fd, IOCTL_INTERNAL_SELECT_DEVICE, &c, 7,
						 NULL, 0, &info));
	EXPECT_EQ(1, port_is_free(sim_lptnode));

	/* The end of the chain: by flag, or as the ID one past the last device. */
	EXPECT_EQ(STATUS_SUCCESS, select_cmd(fd, IOCTL_INTERNAL_SELECT_DEVICE, 9,
					     PAR_END_OF_CHAIN_DEVICE));
	EXPECT_EQ(STATUS_SUCCESS, select_cmd(fd, IOCTL_INTERNAL_DESELECT_DEVICE, 9,
					     PAR_END_OF_CHAIN_DEVICE));
	EXPECT_EQ(STATUS_SUCCESS, select_cmd(fd, IOCTL_INTERNAL_SELECT_DEVICE, 2, 0));
	EXPECT_EQ(STATUS_SUCCESS, select_cmd(fd, IOCTL_INTERNAL_DESELECT_DEVICE, 2, 0));

	/* The routines: try-select and deselect. */
	c.args.command.id = 1;
	EXPECT_EQ(STATUS_SUCCESS, rcall(other, WINPAR_ROUTINE_TRY_SELECT_DEVICE, ctx, &c, &st));
	EXPECT_EQ(STATUS_SUCCESS, st);
	EXPECT_STREQ("select 1 compat 1", last_daisy_cmd());
	EXPECT_EQ(STATUS_SUCCESS, rcall(other, WINPAR_ROUTINE_DESELECT_DEVICE, ctx, &c, &st));
	EXPECT_STREQ("deselect", last_daisy_cmd());
	EXPECT_EQ(1, port_is_free(sim_lptnode));

	/* 5.9: the assignment again finds the two devices. */
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_INIT_1284_3_BUS, NULL, 0, NULL, 0,
					&info));
	EXPECT_STREQ("assign 1 1", last_daisy_cmd());
	memset(&pn, 0, sizeof(pn));
	icall(fd, IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO, NULL, 0, &pn, sizeof(pn), &info);
	EXPECT_EQ(2, pn.Ieee1284_3DeviceCount);
	close(fd);
	close(other);
}

/* 6.4-6.7 on LPTn.1: the lock selects device 1 and keeps the port. */
TEST(lock_unlock)
{
	uint8_t st = 0;
	uint32_t info;
	int fd, port;
	double t0;

	sim_names();

	fd = open(sim_lpt1, O_RDWR);
	ASSERT_LE(0, fd);
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info));
	EXPECT_STREQ("select 1 compat 1", last_daisy_cmd());
	EXPECT_EQ(0, port_is_free(sim_lptnode));
	/* Requests of the locked device go ahead without waiting. */
	t0 = now();
	EXPECT_EQ(STATUS_SUCCESS, pcall(fd, IOCTL_PAR_QUERY_INFORMATION, &st, 1));
	EXPECT_GT(0.2, now() - t0);
	EXPECT_STREQ("select 1 compat 1", last_daisy_cmd());
	/* A lock of another client gives up after the acquire time-out. */
	port = open(sim_portnode, O_RDWR);
	ASSERT_LE(0, port);
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, &info));
	EXPECT_STREQ("deselect", last_daisy_cmd());
	EXPECT_EQ(1, port_is_free(sim_lptnode));
	ASSERT_EQ(STATUS_SUCCESS, icall(port, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
					NULL, 0, NULL, 0, &info));
	t0 = now();
	EXPECT_EQ(STATUS_UNSUCCESSFUL, icall(fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0,
					     &info));
	EXPECT_LE(0.45, now() - t0);
	EXPECT_EQ(STATUS_SUCCESS, icall(port, IOCTL_INTERNAL_PARALLEL_PORT_FREE,
					NULL, 0, NULL, 0, &info));

	/* NO_SELECT: the port, no 1284.3 command. */
	EXPECT_STREQ("deselect", last_daisy_cmd());
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_LOCK_PORT_NO_SELECT, NULL, 0, NULL, 0,
					&info));
	EXPECT_STREQ("deselect", last_daisy_cmd());
	EXPECT_EQ(0, port_is_free(sim_lptnode));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_UNLOCK_PORT_NO_DESELECT, NULL, 0,
					NULL, 0, &info));
	EXPECT_EQ(1, port_is_free(sim_lptnode));
	/* Unlocking what is not locked: success, as on Windows. */
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, &info));
	/* Closing a locked device unlocks it. */
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info));
	close(fd);
	EXPECT_EQ(1, port_is_free(sim_lptnode));
	close(port);
}

/* The simulated end device's phase word and its ieee1284_log (Documentation/simulator.rst). */
static const char *sim_phase(void)
{
	static char buf[128], word[32];
	ssize_t n = sim_read("phase", buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = 0;
	word[0] = 0;
	sscanf(buf, "%31s", word);
	return word;
}

static const char *sim_log(void)
{
	static char buf[4096];
	ssize_t n = sim_read("ieee1284_log", buf, sizeof(buf) - 1);

	buf[n > 0 ? n : 0] = 0;
	return buf;
}

/* The log ends with @tail: the last things the peripheral saw. */
static int sim_log_ends(const char *tail)
{
	const char *log = sim_log();
	size_t n = strlen(log), t = strlen(tail);

	return n >= t && !strcmp(log + n - t, tail);
}

/* 6.1-6.3, 10.8-10.14 on the simulated end-of-chain device (LPTn.4). */
TEST(parclass_routines)
{
	struct winpar_routine_call c = { 0 };
	struct {
		struct winpar_routine_call c;
		char data[16];
	} wr = { 0 };
	struct {
		struct winpar_routine_result r;
		char data[64];
	} rd;
	PARCLASS_INFORMATION pc;
	char rec[256];
	uint64_t ctx;
	uint32_t info;
	int32_t st;
	int64_t v;
	int fd;

	sim_names();
	ctx = ctx_of(sim_lpt4);

	fd = open(sim_lpt4, O_RDWR);
	ASSERT_LE(0, fd);
	memset(&pc, 0xa5, sizeof(pc));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0,
					&pc, sizeof(pc), &info));
	EXPECT_EQ(sizeof(pc), info);
	EXPECT_EQ(sizeof(void *) == 8 ? 120 : 64, sizeof(pc));
	EXPECT_EQ(WINPAR_ROUTINE_DETERMINE_IEEE_MODES, (uintptr_t)pc.DetermineIeeeModes);
	EXPECT_EQ(WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, (uintptr_t)pc.NegotiateIeeeMode);
	EXPECT_EQ(WINPAR_ROUTINE_TERMINATE_IEEE_MODE, (uintptr_t)pc.TerminateIeeeMode);
	EXPECT_EQ(WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE, (uintptr_t)pc.IeeeFwdToRevMode);
	EXPECT_EQ(WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE, (uintptr_t)pc.IeeeRevToFwdMode);
	EXPECT_EQ(WINPAR_ROUTINE_PARALLEL_READ, (uintptr_t)pc.ParallelRead);
	EXPECT_EQ(WINPAR_ROUTINE_PARALLEL_WRITE, (uintptr_t)pc.ParallelWrite);
	EXPECT_EQ((uintptr_t)ctx, (uintptr_t)pc.ParclassContext);
	EXPECT_EQ(PPT_ECP_PRESENT | PPT_EPP_PRESENT | PPT_BYTE_PRESENT | PPT_1284_3_PRESENT,
		  pc.HardwareCapabilities);
	EXPECT_EQ(NULL, pc.ParallelTryselect);
	EXPECT_EQ(NULL, pc.ParallelDeSelect);
	EXPECT_FALSE(holds_kernel_address(&pc, sizeof(pc)));
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL, icall(fd, IOCTL_INTERNAL_PARCLASS_CONNECT, NULL, 0,
						 &pc, sizeof(pc) - 1, &info));

	v = rcall(fd, WINPAR_ROUTINE_DETERMINE_IEEE_MODES, ctx, NULL, &st);
	EXPECT_EQ(STATUS_SUCCESS, st);
	TH_LOG("DetermineIeeeModes: 0x%llx", (long long)v);
	EXPECT_EQ(NIBBLE | BYTE_BIDIR | ECP_SW | EPP_SW | CENTRONICS | IEEE_COMPATIBILITY,
		  v & (NIBBLE | BYTE_BIDIR | ECP_SW | EPP_SW | CENTRONICS | IEEE_COMPATIBILITY));

	/* Without the lock the device routines refuse. */
	c.args.negotiate.mode_mask_fwd = ECP_SW;
	c.args.negotiate.mode_mask_rev = NIBBLE;
	c.args.negotiate.is_forward = 1;
	EXPECT_EQ(STATUS_INVALID_DEVICE_STATE,
		  rcall(fd, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, ctx, &c, &st));

	ASSERT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info));
	c.args.negotiate.mode_safety = UNSAFE_MODE;
	EXPECT_EQ(STATUS_INVALID_PARAMETER,
		  rcall(fd, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, ctx, &c, &st));
	c.args.negotiate.mode_safety = SAFE_MODE;
	sim_set("ieee1284_log", "0\n");
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, ctx, &c, &st));
	/* The peripheral accepted ECP last and stays in it, forward. */
	EXPECT_TRUE(sim_log_ends("negotiate-accepted 0x10\n")) TH_LOG("%s", sim_log());
	EXPECT_STREQ("ecp-forward", sim_phase());
	sim_set("ieee1284_log", "0\n");
	EXPECT_EQ(STATUS_DEVICE_PROTOCOL_ERROR,
		  rcall(fd, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, ctx, &c, &st));
	/* Refused without touching the peripheral. */
	EXPECT_STREQ("", sim_log());

	/* ParallelWrite in ECP: the bytes reach the device, in ECP. */
	sim_set("received", "0");
	wr.c.routine = WINPAR_ROUTINE_PARALLEL_WRITE;
	wr.c.context = ctx;
	wr.c.length = 5;
	memcpy(wr.data, "hello", 5);
	memset(&rd, 0, sizeof(rd));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &wr, sizeof(wr.c) + 5,
					&rd, sizeof(rd.r), &info));
	EXPECT_EQ(STATUS_SUCCESS, rd.r.value);
	EXPECT_EQ(5, rd.r.count);
	EXPECT_EQ(5, sim_read("received", rec, sizeof(rec)));
	EXPECT_EQ(0, memcmp(rec, "hello", 5));
	memset(rec, 0, sizeof(rec));
	sim_read("ecp_channels", rec, sizeof(rec) - 1);
	EXPECT_STREQ("0 5\n", rec);
	EXPECT_STREQ("ecp-forward", sim_phase());
	/* A length past the input buffer. */
	wr.c.length = 6;
	EXPECT_EQ(STATUS_INVALID_PARAMETER, icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &wr,
						  sizeof(wr.c) + 5, &rd, sizeof(rd.r), &info));
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_TERMINATE_IEEE_MODE, ctx, NULL, &st));
	EXPECT_TRUE(sim_log_ends("terminate\n")) TH_LOG("%s", sim_log());
	EXPECT_EQ(NULL, strstr(sim_log(), "negotiate"));
	EXPECT_STREQ("compat", sim_phase());

	/* ParallelRead in nibble mode: what the device has, on the status lines. */
	sim_set("reverse", "abc");
	sim_set("ieee1284_log", "0\n");
	sim_set("counters", "0\n");
	c.args.negotiate.is_forward = 0;
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_NEGOTIATE_IEEE_MODE, ctx, &c, &st));
	EXPECT_TRUE(sim_log_ends("negotiate-accepted 0x00\n")) TH_LOG("%s", sim_log());
	EXPECT_STREQ("nibble-idle", sim_phase());
	memset(&c, 0, sizeof(c));
	c.routine = WINPAR_ROUTINE_PARALLEL_READ;
	c.context = ctx;
	c.length = 16;
	memset(&rd, 0, sizeof(rd));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c),
					&rd, sizeof(rd.r) + 16, &info));
	EXPECT_EQ(STATUS_SUCCESS, rd.r.value);
	EXPECT_EQ(3, rd.r.count);
	EXPECT_EQ(sizeof(rd.r) + 3, info);
	EXPECT_EQ(0, memcmp(rd.data, "abc", 3));
	EXPECT_EQ(3, sim_counter("reverse_sent"));
	EXPECT_EQ(0, sim_counter("data_reads"));
	c.length = 17;
	EXPECT_EQ(STATUS_INVALID_PARAMETER, icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c),
						  &rd, sizeof(rd.r) + 16, &info));
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_IEEE_REV_TO_FWD_MODE, ctx, NULL, &st));
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_IEEE_FWD_TO_REV_MODE, ctx, NULL, &st));
	EXPECT_EQ(STATUS_SUCCESS, rcall(fd, WINPAR_ROUTINE_TERMINATE_IEEE_MODE, ctx, NULL, &st));
	EXPECT_STREQ("compat", sim_phase());
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_DISCONNECT_IDLE, NULL, 0, NULL, 0,
					&info));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_UNLOCK_PORT, NULL, 0, NULL, 0, &info));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARCLASS_DISCONNECT, NULL, 0, NULL, 0,
					&info));
	/* Device routines are not port routines. */
	rcall(fd, WINPAR_ROUTINE_FREE_PORT, ctx, NULL, &st);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, st);
	EXPECT_EQ(STATUS_INVALID_PARAMETER, icall(fd, IOCTL_INTERNAL_PARALLEL_PORT_ALLOCATE,
						  NULL, 0, NULL, 0, &info));
	close(fd);
	EXPECT_EQ(1, port_is_free(sim_lptnode));
}

/*
 * Write @len bytes to the simulated port's end device: the interrupts the
 * port raised meanwhile, or -1 when the write failed.
 */
static long long sim_write_interrupts(const void *data, size_t len)
{
	long long irq0 = sim_counter("interrupts");
	int lpt = open(sim_lptnode, O_RDWR);
	ssize_t n;

	if (lpt < 0)
		return -1;
	n = write(lpt, data, len);
	close(lpt);
	if (n != (ssize_t)len)
		return -1;
	usleep(20000);
	return sim_counter("interrupts") - irq0;
}

/*
 * 5.12, 5.13, 1.9: a routine connected to the simulated port's interrupt
 * sees every nAck interrupt of a write, and the deferred routine runs when
 * the port is freed with nobody waiting.
 */
TEST(connect_interrupt)
{
	PARALLEL_INTERRUPT_SERVICE_ROUTINE isr = {
		.InterruptServiceRoutine = (void *)0x1234,
		.InterruptServiceContext = (void *)0x5678,
		.DeferredPortCheckRoutine = (void *)0x9abc,
		.DeferredPortCheckContext = NULL,
	};
	union {
		PARALLEL_INTERRUPT_SERVICE_ROUTINE in;
		PARALLEL_INTERRUPT_INFORMATION out;
	} u;
	uint64_t ctx;
	long long raised;
	int64_t isrs0, isrs1;
	struct winpar_routine_result r;
	struct winpar_routine_call c = { .routine = WINPAR_ROUTINE_INTERRUPT_COUNT };
	char data[100];
	uint32_t info;
	int32_t st;
	int fd;

	sim_names();
	ctx = ctx_of(sim_portnode);

	fd = open(sim_portnode, O_RDWR);
	ASSERT_LE(0, fd);
	u.in = isr;
	wp_set_param("enable_connect_interrupt", "0");
	EXPECT_EQ(STATUS_UNSUCCESSFUL, icall(fd, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT,
					     &u, sizeof(u.in), &u, sizeof(u.out), &info));
	wp_set_param("enable_connect_interrupt", "1");
	EXPECT_EQ(STATUS_BUFFER_TOO_SMALL,
		  icall(fd, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT, &u, sizeof(u.in) - 1,
			&u, sizeof(u.out), &info));
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT,
					&u, sizeof(u.in), &u, sizeof(u.out), &info));
	EXPECT_EQ(sizeof(u.out), info);
	EXPECT_EQ(WINPAR_ROUTINE_TRY_ALLOCATE_PORT_AT_INTERRUPT_LEVEL,
		  (uintptr_t)u.out.TryAllocatePortAtInterruptLevel);
	EXPECT_EQ(WINPAR_ROUTINE_FREE_PORT_FROM_INTERRUPT_LEVEL,
		  (uintptr_t)u.out.FreePortFromInterruptLevel);
	EXPECT_EQ((uintptr_t)ctx, (uintptr_t)u.out.Context);
	EXPECT_NE(NULL, u.out.InterruptObject);
	EXPECT_FALSE(holds_kernel_address(&u, sizeof(u)));

	c.context = ctx;
	icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c), &r, sizeof(r), &info);
	isrs0 = r.value;
	EXPECT_EQ(0, isrs0);

	/* A write to the end device: one nAck interrupt per byte. */
	memset(data, 'i', sizeof(data));
	raised = sim_write_interrupts(data, sizeof(data));
	icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c), &r, sizeof(r), &info);
	isrs1 = r.value;
	TH_LOG("interrupts raised %lld, seen by the routine %lld, deferred calls %lld",
	       raised, (long long)(isrs1 - isrs0), (long long)r.count);
	EXPECT_EQ(sizeof(data), raised);
	EXPECT_EQ(raised, isrs1 - isrs0);
	EXPECT_LE(1, r.count);

	/* Disconnect: the four values must match. */
	u.in = isr;
	u.in.InterruptServiceContext = (void *)0x5679;
	EXPECT_EQ(STATUS_INVALID_PARAMETER, icall(fd,
		  IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT, &u, sizeof(u.in), NULL, 0, &info));
	u.in = isr;
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT,
					&u, sizeof(u.in), NULL, 0, &info));
	EXPECT_EQ(STATUS_INVALID_PARAMETER, icall(fd,
		  IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT, &u, sizeof(u.in), NULL, 0, &info));
	/*
	 * With no routine connected, winpar's handshake polls with the
	 * port's interrupt off: no interrupt per byte (xfer.c).
	 */
	EXPECT_EQ(0, sim_write_interrupts(data, sizeof(data)));
	icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c), &r, sizeof(r), &info);
	EXPECT_EQ(isrs1, r.value);

	/* ... and on again after it: a routine connected now sees every byte. */
	u.in = isr;
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT,
					&u, sizeof(u.in), &u, sizeof(u.out), &info));
	EXPECT_EQ(sizeof(data), sim_write_interrupts(data, sizeof(data)));
	icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c), &r, sizeof(r), &info);
	EXPECT_EQ(isrs1 + (int64_t)sizeof(data), r.value);
	u.in = isr;
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT,
					&u, sizeof(u.in), NULL, 0, &info));
	wp_set_param("enable_connect_interrupt", "0");
	close(fd);
	(void)st;
}

/* 1.9 on QEMU's port and its IRQ 7: a routine sees the interrupts of a write. */
TEST(connect_interrupt_qemu_irq7)
{
	PARALLEL_INTERRUPT_SERVICE_ROUTINE isr = {
		.InterruptServiceRoutine = (void *)0x1234,
		.InterruptServiceContext = (void *)0x5678,
	};
	union {
		PARALLEL_INTERRUPT_SERVICE_ROUTINE in;
		PARALLEL_INTERRUPT_INFORMATION out;
	} u = { .in = isr };
	struct winpar_routine_call c = { .routine = WINPAR_ROUTINE_INTERRUPT_COUNT };
	struct winpar_routine_result r = { 0 };
	static const char text[] = "interrupts on QEMU's IRQ 7\r\n";
	char buf[32] = "";
	uint32_t info;
	int fd, lpt, irq;

	fd = open("/proc/sys/dev/parport/parport0/irq", O_RDONLY);
	ASSERT_LE(0, fd);
	ASSERT_LT(0, read(fd, buf, sizeof(buf) - 1));
	close(fd);
	irq = atoi(buf);
	ASSERT_EQ(7, irq);

	fd = open(PORT0, O_RDWR);
	ASSERT_LE(0, fd);
	wp_set_param("enable_connect_interrupt", "1");
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_CONNECT_INTERRUPT,
					&u, sizeof(u.in), &u, sizeof(u.out), &info));
	lpt = open(LPT1, O_RDWR);
	ASSERT_LE(0, lpt);
	EXPECT_EQ(strlen(text), write(lpt, text, strlen(text)));
	EXPECT_EQ(0, lpt_record("internal-irq7", text, strlen(text)));
	close(lpt);
	usleep(20000);
	c.context = ctx_of(PORT0);
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_WINPAR_CALL_ROUTINE, &c, sizeof(c),
					&r, sizeof(r), &info));
	TH_LOG("%zu bytes written, %lld interrupts seen, %lld deferred calls", strlen(text),
	       (long long)r.value, (long long)r.count);
	/*
	 * QEMU raises IRQ 7 from its status-read handshake, not once per byte
	 * (1 to 31 seen for 28 bytes): that there are any is what is asserted.
	 */
	EXPECT_LT(0, r.value);
	u.in = isr;
	EXPECT_EQ(STATUS_SUCCESS, icall(fd, IOCTL_INTERNAL_PARALLEL_DISCONNECT_INTERRUPT,
					&u, sizeof(u.in), NULL, 0, &info));
	wp_set_param("enable_connect_interrupt", "0");
	close(fd);
}

/* Without CAP_SYS_RAWIO: internal requests refused, public ones answered. */
TEST(needs_rawio)
{
	struct __user_cap_header_struct hdr = { .version = _LINUX_CAPABILITY_VERSION_3 };
	struct __user_cap_data_struct data[2];
	PARALLEL_PORT_INFORMATION pi;
	int pfd[2], status;
	int32_t res[3];
	uint32_t info;
	uint8_t st;
	pid_t kid;

	ASSERT_EQ(0, pipe(pfd));
	kid = fork();
	ASSERT_LE(0, kid);
	if (!kid) {
		int port = open(PORT0, O_RDWR), lpt = open(LPT1, O_RDWR);

		syscall(SYS_capget, &hdr, data);
		data[CAP_SYS_RAWIO / 32].effective &= ~(1U << (CAP_SYS_RAWIO % 32));
		if (syscall(SYS_capset, &hdr, data))
			_exit(1);
		res[0] = icall(port, IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO, NULL, 0,
			       &pi, sizeof(pi), &info);
		res[1] = icall(lpt, IOCTL_INTERNAL_LOCK_PORT, NULL, 0, NULL, 0, &info);
		res[2] = pcall(lpt, IOCTL_PAR_QUERY_INFORMATION, &st, 1);
		if (write(pfd[1], res, sizeof(res)) != sizeof(res))
			_exit(2);
		_exit(0);
	}
	ASSERT_EQ(sizeof(res), read(pfd[0], res, sizeof(res)));
	waitpid(kid, &status, 0);
	EXPECT_EQ(0, WEXITSTATUS(status));
	EXPECT_EQ(STATUS_ACCESS_DENIED, res[0]);
	EXPECT_EQ(STATUS_ACCESS_DENIED, res[1]);
	EXPECT_EQ(STATUS_SUCCESS, res[2]);
	EXPECT_EQ(1, port_is_free(LPT1));
	close(pfd[0]);
	close(pfd[1]);
}

TEST(unload)
{
	/* lp has a device on every port: let it go, then restore it. */
	ASSERT_EQ(0, run("rmmod lp"));
	EXPECT_EQ(0, run("rmmod parport_sim"));
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
	ASSERT_EQ(0, run("insmod " MODDIR "/lp.ko"));
}

TEST_HARNESS_MAIN
