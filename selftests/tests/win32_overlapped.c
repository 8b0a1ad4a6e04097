// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar's Win32 face against the simulated printer (parport_sim):
 * overlapped WriteFile to a busy printer (ERROR_IO_PENDING, completion
 * when the printer takes the data, CancelIoEx, CancelIo per thread,
 * CloseHandle with a request pending), SetCommTimeouts and the Win32
 * errors of the printer's faults, and the names of a daisy chain's
 * devices.  Every outcome is checked against what the printer received
 * (its debugfs record).
 */
#include <pthread.h>

#include "kselftest_harness.h"
#include "rel_test.h"

#include "win32.h"

/* A generous bound for "at once" and "promptly": the measured times are printed. */
#define PROMPT_S	5.0

static char lpt_name[32], chain_lpt[32];

/* Names of the two simulated ports: \\.\LPTn of the first, LPTm of the one with a chain. */
static void names(void)
{
	snprintf(lpt_name, sizeof(lpt_name), "\\\\.\\LPT%d", atoi(sim_port_n(0) + 7) + 1);
	snprintf(chain_lpt, sizeof(chain_lpt), "LPT%d", atoi(sim_port_n(1) + 7) + 1);
}

/* The printer holds exactly @buf's first @n bytes. */
static int received_is(const unsigned char *buf, ssize_t n)
{
	static unsigned char got[65536];
	ssize_t len = sim_read("received", got, sizeof(got));

	if (len != n) {
		fprintf(stderr, "# the printer holds %zd bytes, %zd expected\n", len, n);
		return 0;
	}
	return !n || !memcmp(buf, got, n);
}

static HANDLE open_overlapped(void)
{
	return CreateFileA(lpt_name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			   FILE_FLAG_OVERLAPPED, NULL);
}

FIXTURE(ov) {
	HANDLE h, ev;
	OVERLAPPED o;
	unsigned char buf[16384];
};

FIXTURE_SETUP(ov)
{
	ASSERT_TRUE(sim_port()[0]);
	names();
	reset_sim(_metadata);
	ASSERT_EQ(0, sim_set("counters", "0\n"));
	fill_pattern(self->buf, sizeof(self->buf), 0x5d);
	self->h = open_overlapped();
	ASSERT_NE(INVALID_HANDLE_VALUE, self->h) TH_LOG("%s: %u", lpt_name, GetLastError());
	self->ev = CreateEventA(NULL, TRUE, FALSE, NULL);
	ASSERT_NE(NULL, self->ev);
	memset(&self->o, 0, sizeof(self->o));
	self->o.hEvent = self->ev;
}

FIXTURE_TEARDOWN(ov)
{
	sim_set("faults", "none\n");
	if (self->h != INVALID_HANDLE_VALUE)
		CloseHandle(self->h);
	CloseHandle(self->ev);
}

TEST(load)
{
	ASSERT_EQ(0, run("insmod " MODDIR "/parport_sim.ko ports=2 daisy=0,1 "
			 "modes=pcspp+tristate+safeinint,pcspp+tristate+safeinint"))
		TH_LOG("parport_sim did not load");
	ASSERT_TRUE(sim_port_n(1)[0]);
	names();
	ASSERT_TRUE(is_chardev(rel_sim_lpt()));
}

/*
 * A busy printer: the write is pending (ERROR_IO_PENDING), neither its
 * event nor the handle is signaled, GetOverlappedResult without waiting
 * says ERROR_IO_INCOMPLETE, and the printer has nothing; once it takes
 * data the request completes with every byte, in order.
 */
TEST_F_TIMEOUT(ov, pending_until_the_printer_takes_the_data, 120)
{
	DWORD n = 77;
	double t0;

	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	EXPECT_FALSE(WriteFile(self->h, self->buf, 1000, &n, &self->o));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	EXPECT_EQ(0, n);
	usleep(500000);
	EXPECT_FALSE(HasOverlappedIoCompleted(&self->o));
	EXPECT_EQ((ULONG_PTR)STATUS_PENDING, self->o.Internal);
	EXPECT_FALSE(GetOverlappedResult(self->h, &self->o, &n, FALSE));
	EXPECT_EQ(ERROR_IO_INCOMPLETE, GetLastError());
	EXPECT_EQ((DWORD)WAIT_TIMEOUT, WaitForSingleObject(self->ev, 200));
	EXPECT_EQ((DWORD)WAIT_TIMEOUT, WaitForSingleObject(self->h, 0));
	EXPECT_TRUE(received_is(self->buf, 0));

	t0 = now();
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(self->ev, 20000));
	TH_LOG("completed %.3f s after the printer was ready", now() - t0);
	EXPECT_TRUE(HasOverlappedIoCompleted(&self->o));
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(self->h, 0));
	n = 0;
	EXPECT_TRUE(GetOverlappedResult(self->h, &self->o, &n, TRUE));
	EXPECT_EQ(1000, n);
	EXPECT_EQ(STATUS_SUCCESS, (int32_t)self->o.Internal);
	EXPECT_EQ(1000, self->o.InternalHigh);
	EXPECT_TRUE(received_is(self->buf, 1000));
}

/* No event: GetOverlappedResult(TRUE) waits for the request itself. */
TEST_F_TIMEOUT(ov, no_event_wait_on_the_request, 120)
{
	DWORD n = 0;

	self->o.hEvent = NULL;
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	EXPECT_FALSE(WriteFile(self->h, self->buf, 700, &n, &self->o));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	usleep(200000);
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	EXPECT_TRUE(GetOverlappedResult(self->h, &self->o, &n, TRUE));
	EXPECT_EQ(700, n);
	EXPECT_TRUE(received_is(self->buf, 700));
}

/* An overlapped ReadFile: the peripheral's bytes (nibble mode), then nothing. */
TEST_F_TIMEOUT(ov, overlapped_read, 120)
{
	const char msg[] = "status report from the peripheral";
	char back[128];
	DWORD n = 77;

	ASSERT_EQ(0, sim_write("reverse", msg, strlen(msg), O_TRUNC));
	memset(back, 0, sizeof(back));
	EXPECT_FALSE(ReadFile(self->h, back, sizeof(back), &n, &self->o));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	EXPECT_TRUE(GetOverlappedResult(self->h, &self->o, &n, TRUE));
	EXPECT_EQ(strlen(msg), n);
	EXPECT_STREQ(msg, back);
	EXPECT_FALSE(ReadFile(self->h, back, sizeof(back), &n, &self->o));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	EXPECT_TRUE(GetOverlappedResult(self->h, &self->o, &n, TRUE));
	EXPECT_EQ(0, n);
}

/* Wait until the printer has taken @n bytes (at most 20 s). */
static int printer_took(long long n)
{
	double t0 = now();

	while (sim_counter("received") < n && now() - t0 < 20)
		usleep(10000);
	return sim_counter("received") == n;
}

/*
 * The printer takes 3000 bytes of 10000 and goes silent: CancelIoEx ends
 * the request with ERROR_OPERATION_ABORTED and the 3000 bytes it moved,
 * the printer holds exactly those; a second CancelIoEx finds nothing.
 */
TEST_F_TIMEOUT(ov, cancel_ex_with_the_count_moved, 120)
{
	DWORD n = 0;
	double t0, took;

	ASSERT_EQ(0, sim_set("dropout_after", "3000\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	EXPECT_FALSE(WriteFile(self->h, self->buf, 10000, &n, &self->o));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	ASSERT_TRUE(printer_took(3000));
	usleep(300000);
	EXPECT_FALSE(HasOverlappedIoCompleted(&self->o));

	t0 = now();
	EXPECT_TRUE(CancelIoEx(self->h, &self->o));
	EXPECT_FALSE(GetOverlappedResult(self->h, &self->o, &n, TRUE));
	took = now() - t0;
	EXPECT_EQ(ERROR_OPERATION_ABORTED, GetLastError());
	TH_LOG("cancelled after 3000 bytes: %u bytes, %.3f s", n, took);
	EXPECT_LT(took, PROMPT_S);
	EXPECT_EQ(3000, n);
	EXPECT_EQ(STATUS_CANCELLED, (int32_t)self->o.Internal);
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(self->ev, 0));
	EXPECT_TRUE(received_is(self->buf, 3000));

	EXPECT_FALSE(CancelIoEx(self->h, &self->o));
	EXPECT_EQ(ERROR_NOT_FOUND, GetLastError());
	EXPECT_FALSE(CancelIoEx(self->h, NULL));
	EXPECT_EQ(ERROR_NOT_FOUND, GetLastError());
}

/* Cancelled before the printer took anything: ERROR_OPERATION_ABORTED, 0 bytes. */
TEST_F_TIMEOUT(ov, cancel_ex_all_of_the_handle, 120)
{
	OVERLAPPED o2 = { 0 };
	DWORD n = 77;

	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	EXPECT_FALSE(WriteFile(self->h, self->buf, 100, &n, &self->o));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	EXPECT_FALSE(WriteFile(self->h, self->buf, 100, &n, &o2));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	usleep(200000);
	EXPECT_TRUE(CancelIoEx(self->h, NULL));
	EXPECT_FALSE(GetOverlappedResult(self->h, &self->o, &n, TRUE));
	EXPECT_EQ(ERROR_OPERATION_ABORTED, GetLastError());
	EXPECT_EQ(0, n);
	n = 77;
	EXPECT_FALSE(GetOverlappedResult(self->h, &o2, &n, TRUE));
	EXPECT_EQ(ERROR_OPERATION_ABORTED, GetLastError());
	EXPECT_EQ(0, n);
	EXPECT_TRUE(received_is(self->buf, 0));
}

struct issuer {
	HANDLE h;
	OVERLAPPED *o;
	const void *buf;
	int started, cancel, done;
	DWORD err;
	pthread_mutex_t m;
	pthread_cond_t c;
};

static void set(struct issuer *s, int *field)
{
	pthread_mutex_lock(&s->m);
	*field = 1;
	pthread_cond_broadcast(&s->c);
	pthread_mutex_unlock(&s->m);
}

static void await(struct issuer *s, int *field)
{
	pthread_mutex_lock(&s->m);
	while (!*field)
		pthread_cond_wait(&s->c, &s->m);
	pthread_mutex_unlock(&s->m);
}

static void *issue(void *arg)
{
	struct issuer *s = arg;
	DWORD n;

	WriteFile(s->h, s->buf, 100, &n, s->o);
	s->err = GetLastError();
	set(s, &s->started);
	await(s, &s->cancel);
	CancelIo(s->h);
	set(s, &s->done);
	return NULL;
}

/* CancelIo cancels the calling thread's requests only. */
TEST_F_TIMEOUT(ov, cancel_io_is_per_thread, 120)
{
	struct issuer s = { .h = self->h, .o = &self->o, .buf = self->buf };
	pthread_t t;
	DWORD n = 77;

	pthread_mutex_init(&s.m, NULL);
	pthread_cond_init(&s.c, NULL);
	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	ASSERT_EQ(0, pthread_create(&t, NULL, issue, &s));
	await(&s, &s.started);
	EXPECT_EQ(ERROR_IO_PENDING, s.err);
	/* Not this thread's request: it goes on. */
	EXPECT_TRUE(CancelIo(self->h));
	EXPECT_EQ((DWORD)WAIT_TIMEOUT, WaitForSingleObject(self->ev, 500));
	EXPECT_FALSE(HasOverlappedIoCompleted(&self->o));
	set(&s, &s.cancel);
	await(&s, &s.done);
	EXPECT_FALSE(GetOverlappedResult(self->h, &self->o, &n, TRUE));
	EXPECT_EQ(ERROR_OPERATION_ABORTED, GetLastError());
	EXPECT_EQ(0, n);
	pthread_join(t, NULL);
	EXPECT_TRUE(received_is(self->buf, 0));
}

/*
 * CloseHandle with a request pending (IRP_MJ_CLEANUP): the request ends
 * with STATUS_CANCELLED, its event is set, and the device is free again.
 */
TEST_F_TIMEOUT(ov, close_handle_ends_the_request, 120)
{
	DWORD n;
	HANDLE h2;

	ASSERT_EQ(0, sim_set("faults", "stall\n"));
	EXPECT_FALSE(WriteFile(self->h, self->buf, 100, &n, &self->o));
	ASSERT_EQ(ERROR_IO_PENDING, GetLastError());
	usleep(200000);
	EXPECT_TRUE(CloseHandle(self->h));
	self->h = INVALID_HANDLE_VALUE;
	EXPECT_TRUE(HasOverlappedIoCompleted(&self->o));
	EXPECT_EQ(STATUS_CANCELLED, (int32_t)self->o.Internal);
	EXPECT_EQ(0, self->o.InternalHigh);
	EXPECT_EQ(WAIT_OBJECT_0, WaitForSingleObject(self->ev, 0));
	h2 = open_overlapped();
	EXPECT_NE(INVALID_HANDLE_VALUE, h2);
	CloseHandle(h2);
	EXPECT_TRUE(received_is(self->buf, 0));
}

/*
 * SetCommTimeouts and GetCommTimeouts (IOCTL_SERIAL_SET/GET_TIMEOUTS),
 * then the printer's faults as a synchronous WriteFile reports them:
 * the Win32 error of the request's NTSTATUS (WINDOWS-API.md 1.8, 3).
 */
TEST_F_TIMEOUT(ov, comm_timeouts_and_printer_faults, 180)
{
	COMMTIMEOUTS t = { .WriteTotalTimeoutConstant = 2000 }, got;
	HANDLE h;
	DWORD n;
	double t0, took;

	/* A handle without FILE_FLAG_OVERLAPPED, by the DOS name. */
	CloseHandle(self->h);
	self->h = INVALID_HANDLE_VALUE;
	h = CreateFileA(lpt_name + 4, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	if (h == INVALID_HANDLE_VALUE)	/* LPT10 and up have no DOS name */
		h = CreateFileA(lpt_name, GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);
	ASSERT_NE(INVALID_HANDLE_VALUE, h);

	memset(&got, 0xff, sizeof(got));
	EXPECT_TRUE(GetCommTimeouts(h, &got));
	EXPECT_EQ(300000, got.WriteTotalTimeoutConstant);
	EXPECT_EQ(0, got.ReadTotalTimeoutConstant);
	t.WriteTotalTimeoutConstant = 1999;
	EXPECT_FALSE(SetCommTimeouts(h, &t));
	EXPECT_EQ(ERROR_INVALID_PARAMETER, GetLastError());
	t.WriteTotalTimeoutConstant = 2000;
	EXPECT_TRUE(SetCommTimeouts(h, &t));
	EXPECT_TRUE(GetCommTimeouts(h, &got));
	EXPECT_EQ(2000, got.WriteTotalTimeoutConstant);

	/* Paper out: ERROR_OUT_OF_PAPER, nothing printed. */
	ASSERT_EQ(0, sim_set("faults", "paperout\n"));
	n = 77;
	t0 = now();
	EXPECT_FALSE(WriteFile(h, self->buf, 500, &n, NULL));
	took = now() - t0;
	EXPECT_EQ(ERROR_OUT_OF_PAPER, GetLastError());
	EXPECT_EQ(0, n);
	TH_LOG("paper out, time-out 2 s: ERROR_OUT_OF_PAPER after %.3f s", took);
#ifdef WINPAR_IOCTL_WRITE
	/* The count-down of WINDOWS-API.md 1.8 (issue 17). */
	EXPECT_GE(took, 1.95);
	EXPECT_LT(took, 2.0 * 2 + 5.0);
#endif
	EXPECT_TRUE(received_is(self->buf, 0));

	/* Off line and powered off: ERROR_NOT_READY (STATUS_DEVICE_OFF_LINE, _POWERED_OFF). */
	ASSERT_EQ(0, sim_set("faults", "offline\n"));
	EXPECT_FALSE(WriteFile(h, self->buf, 500, &n, NULL));
	EXPECT_EQ(ERROR_NOT_READY, GetLastError());
	EXPECT_EQ(0, n);
	ASSERT_EQ(0, sim_set("faults", "poweroff\n"));
	EXPECT_FALSE(WriteFile(h, self->buf, 500, &n, NULL));
	EXPECT_EQ(ERROR_NOT_READY, GetLastError());
	EXPECT_EQ(0, n);
	EXPECT_TRUE(received_is(self->buf, 0));

	/*
	 * Silent after 3000 bytes: one request, STATUS_DEVICE_BUSY with
	 * Information 3000 (WINDOWS-API.md 7.2), after the count-down.
	 */
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	ASSERT_EQ(0, sim_set("dropout_after", "3000\n"));
	ASSERT_EQ(0, sim_set("faults", "dropout\n"));
	t0 = now();
	EXPECT_FALSE(WriteFile(h, self->buf, 8000, &n, NULL));
	took = now() - t0;
	EXPECT_EQ(ERROR_BUSY, GetLastError());
	EXPECT_EQ(3000, n);
	TH_LOG("silent after 3000 bytes: ERROR_BUSY, %u bytes, after %.3f s", n, took);
	EXPECT_GE(took, 1.95);
	EXPECT_LT(took, 2.0 * 2 + 5.0);
	EXPECT_TRUE(received_is(self->buf, 3000));

	ASSERT_EQ(0, sim_set("faults", "none\n"));
	t.WriteTotalTimeoutConstant = 300000;
	EXPECT_TRUE(SetCommTimeouts(h, &t));
	EXPECT_TRUE(CloseHandle(h));
}

/* The inode behind a handle: which node CreateFileA opened. */
static dev_t rdev_of(HANDLE h)
{
	struct stat st;

	return fstat((int)(intptr_t)h, &st) ? (dev_t)-1 : st.st_rdev;
}

static dev_t rdev_of_node(const char *name)
{
	char path[64];
	struct stat st;

	snprintf(path, sizeof(path), WINPAR_DEV_DIR "/%s", name);
	return stat(path, &st) ? (dev_t)-2 : st.st_rdev;
}

static void expect_opens(struct __test_metadata *_metadata, const char *name,
			 const char *node)
{
	HANDLE h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			       0, NULL);

	EXPECT_NE(INVALID_HANDLE_VALUE, h) TH_LOG("%s: error %u", name, GetLastError());
	if (h == INVALID_HANDLE_VALUE)
		return;
	EXPECT_EQ(rdev_of_node(node), rdev_of(h)) TH_LOG("%s is not %s", name, node);
	CloseHandle(h);
}

static void expect_refused(struct __test_metadata *_metadata, const char *name, DWORD err)
{
	HANDLE h = CreateFileA(name, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING,
			       0, NULL);

	EXPECT_EQ(INVALID_HANDLE_VALUE, h) TH_LOG("%s opened", name);
	if (h != INVALID_HANDLE_VALUE)
		CloseHandle(h);
	else
		EXPECT_EQ(err, GetLastError()) TH_LOG("%s", name);
}

/*
 * A port with a daisy-chain device (address 0) and an end-of-chain device:
 * \\.\LPTm.4 is the end-of-chain device, a plain LPTm.4 the DOS device
 * LPTm (WINDOWS-API.md 1.1, 1.4); the kernel names through GLOBALROOT.
 */
TEST(daisy_chain_names)
{
	char name[128], node[48], dot[48];
	int m = atoi(sim_port_n(1) + 7);

	names();
	ASSERT_TRUE(m > 0);
	snprintf(node, sizeof(node), "%s.4", chain_lpt);
	ASSERT_TRUE(is_chardev(WINPAR_DEV_DIR "/LPT1")) TH_LOG("no LPT1");
	snprintf(name, sizeof(name), "\\\\.\\%s", node);
	expect_opens(_metadata, name, node);
	snprintf(name, sizeof(name), "\\\\?\\%s", node);
	expect_opens(_metadata, name, node);
	snprintf(name, sizeof(name), "\\\\.\\GLOBALROOT\\Device\\Parallel%d.4", m);
	expect_opens(_metadata, name, node);
	snprintf(name, sizeof(name), "\\\\.\\GLOBALROOT\\Device\\Parallel%d", m);
	expect_opens(_metadata, name, chain_lpt);
	snprintf(dot, sizeof(dot), "%s.0", chain_lpt);
	snprintf(name, sizeof(name), "\\\\.\\%s", dot);
	expect_opens(_metadata, name, dot);
	if (m + 1 <= 9) {
		/* The DOS device rule: the extension goes, whatever it is. */
		expect_opens(_metadata, node, chain_lpt);
		snprintf(name, sizeof(name), "%s.0", chain_lpt);
		expect_opens(_metadata, name, chain_lpt);
	}
	/* No device 1 on this chain, and 5 is no address. */
	snprintf(name, sizeof(name), "\\\\.\\%s.1", chain_lpt);
	expect_refused(_metadata, name, ERROR_FILE_NOT_FOUND);
	snprintf(name, sizeof(name), "\\\\.\\%s.5", chain_lpt);
	expect_refused(_metadata, name, ERROR_FILE_NOT_FOUND);
	snprintf(name, sizeof(name), "\\\\.\\%s.04", chain_lpt);
	expect_refused(_metadata, name, ERROR_FILE_NOT_FOUND);
}

/* After the fixture's tests: the harness runs a fixture's tests in the order declared. */
FIXTURE(end) {
};

FIXTURE_SETUP(end)
{
}

FIXTURE_TEARDOWN(end)
{
}

TEST_F(end, unload)
{
	ASSERT_EQ(0, rel_unload_sim());
}

TEST_HARNESS_MAIN
