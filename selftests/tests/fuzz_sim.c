// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz_requests' storm on the simulated port (parport_sim) while its
 * peripherals fail and recover at random: the port has ECP and EPP and a
 * 1284.3 chain of two devices before the end device, all of which accept
 * nibble, byte, ECP and EPP mode, so negotiations and transfers succeed or
 * fail depending on the moment.  4 processes of 2 threads each send the
 * random requests of fuzz_storm.h to LPTn, LPTn.0, LPTn.1, LPTn.4 and the
 * port node, and also write(), read() and negotiate, with the shortest
 * write time-out (2 s); the two threads of a process also share one file
 * (one client used by both at once).  One more process sets random faults
 * (paperout, offline, error, poweroff, stall, noack, dropout after a few
 * bytes, slow status reads of a few microseconds) on a random device,
 * clears them after up to 20 ms, queues reverse data and empties the
 * printers' records.
 *
 * 1. Every answer follows the transport's rules; write() and read() return
 *    a count within the buffer or an errno a failing printer explains
 *    (EFAULT exactly for bad buffers).
 * 2. Afterwards, the faults gone and the chain powered off and on, the
 *    chain is assigned again, a daisy device and the end device print
 *    exact bytes, the end device sends exact bytes back, and the port is
 *    free.
 * 3. A peripheral powered off in an IEEE 1284 mode is in compatibility
 *    mode when the power comes back.
 * 4. The port is removed under a second storm (removed_under_the_storm()).
 *
 * Prints its seed and counts.
 *
 *   fuzz_sim [COUNT [SEED]]     (default 10^5 requests, seed from the clock)
 */
#include <pthread.h>
#include <sys/wait.h>
#include <time.h>
#include <linux/parport.h>
#include <linux/ppdev.h>

#include "fuzz_storm.h"
#include "sim_test.h"

#define WORKERS		4
#define THREADS		2
/* On the simulator a negotiation or a Device ID costs milliseconds, not 50 ms. */
#define SLOW_EVERY	20
/* The write time-out of every device: the shortest there is. */
#define WRITE_TIMEOUT_MS	2000

enum node_kind { NODE_PORT, NODE_LPT, NODE_DAISY };

/* Where the storm goes: the port node, LPTn, and LPTn.0, .1, .4 of the chain. */
static char node_path[5][64];
static const enum node_kind node_kinds[5] = {
	NODE_PORT, NODE_LPT, NODE_DAISY, NODE_DAISY, NODE_DAISY,
};

/* The peripherals' directories under the port's: the end device and the chain. */
static const char *const devices[] = { "", "daisy/0/", "daisy/1/" };

#define NR_DEVICES	3

static const char *const fault_names[] = {
	"paperout", "offline", "error", "poweroff", "stall", "noack", "dropout", "slow",
};

#define NR_FAULTS	8

/* Counts of the whole storm, in memory shared by its processes. */
struct shared {
	int stop;
	int removing;		/* test 4: the port goes away under the storm */
	long requests, io, written, read, negotiated;
	long faults, queued, control_errors;
	long gone;		/* write() and read() answered ENODEV in test 4 */
};

static struct shared *sh;

static void add(long *counter, long n)
{
	__atomic_add_fetch(counter, n, __ATOMIC_RELAXED);
}

struct nfile {
	int fd;
	enum node_kind kind;
};

/* Open a random node; the port node when the one drawn is taken (LPT nodes are exclusive). */
static int open_node(struct storm *st, struct nfile *f)
{
	int i = storm_rnd(st) % 5;

	f->fd = open(node_path[i], O_RDWR);
	f->kind = node_kinds[i];
	if (f->fd < 0) {
		f->fd = open(node_path[0], O_RDWR);
		f->kind = NODE_PORT;
	}
	return f->fd < 0 ? -1 : 0;
}

static const uint32_t io_lengths[] = { 1, 2, 17, 100, 511, 4096, 5000 };
#define NR_IO_LENGTHS	(sizeof(io_lengths) / sizeof(io_lengths[0]))

/*
 * The errno of a failed write() or read() on @f: what a printer that fails
 * explains (busy, paper out, off line or refusing a mode, powered off),
 * ENODEV for a chain device a re-enumeration did not find, EFAULT exactly
 * for a bad buffer (the VFS refuses a kernel address before the driver
 * sees it); on the port node EINVAL, else only that EFAULT.
 */
static int io_errno_ok(const struct nfile *f, int err, int bad)
{
	/* Test 4: a removed port's LPT nodes answer ENODEV (the port node EINVAL). */
	if (err == ENODEV && sh->removing && f->kind != NODE_PORT) {
		add(&sh->gone, 1);
		return 1;
	}
	if (err == EFAULT)
		return bad;
	if (f->kind == NODE_PORT)
		return err == EINVAL;
	return err == EBUSY || err == ENOSPC || err == EIO || err == ENXIO ||
	       (err == ENODEV && f->kind == NODE_DAISY);
}

/* write() or read() of a random length from a good or a bad buffer. */
static void storm_io(struct storm *st, const struct nfile *f, int reading)
{
	uint32_t len = io_lengths[storm_rnd(st) % NR_IO_LENGTHS];
	unsigned int kind = storm_rnd(st) % 8;
	void *buf;
	ssize_t n;
	int bad;

	switch (kind) {
	case 0:
		buf = NULL;
		break;
	case 1:
		buf = st->none;
		break;
	case 2:
		buf = STORM_KERNEL_BUF;
		break;
	case 3:
		buf = st->ro;
		len = len > 4096 ? 4096 : len;
		break;
	default:
		buf = st->rw;
		break;
	}
	/* A read-only buffer is good to write from, not to read into. */
	bad = kind < 3 || (kind == 3 && reading);
	errno = 0;
	n = reading ? read(f->fd, buf, len) : write(f->fd, buf, len);
	if (n < 0) {
		STORM_CHECK(st, io_errno_ok(f, errno, bad),
			    "%s of %u bytes (%s buffer, node %d): %s", reading ? "read" : "write",
			    len, bad ? "bad" : "good", f->kind, strerror(errno));
		return;
	}
	STORM_CHECK(st, f->kind != NODE_PORT, "%s on the port node returned %zd",
		    reading ? "read" : "write", n);
	STORM_CHECK(st, (size_t)n <= len, "%s of %u bytes returned %zd",
		    reading ? "read" : "write", len, n);
	STORM_CHECK(st, !bad || n == 0, "%s of %u bytes with a bad buffer returned %zd",
		    reading ? "read" : "write", len, n);
	STORM_CHECK(st, reading || n > 0, "write of %u bytes returned 0", len);
	add(reading ? &sh->read : &sh->written, n);
}

static const uint16_t read_masks[] = {
	0, NIBBLE, BYTE_BIDIR, CHANNEL_NIBBLE, ECP_SW, EPP_SW, ECP_HW_NOIRQ, EPP_HW,
	NIBBLE | BYTE_BIDIR | ECP_ANY | EPP_ANY,
};

static const uint16_t write_masks[] = {
	0, CENTRONICS, IEEE_COMPATIBILITY, ECP_SW, EPP_SW, ECP_HW_IRQ, EPP_HW, BOUNDED_ECP,
	CENTRONICS | ECP_ANY | EPP_ANY,
};

/* One bit of @mask, the mode chosen from it. */
static int one_of(uint16_t got, uint16_t mask)
{
	return got && !(got & (got - 1)) && (got & mask);
}

/* IOCTL_IEEE1284_NEGOTIATE with masks a client would send. */
static void storm_negotiate(struct storm *st, const struct nfile *f)
{
	PARCLASS_NEGOTIATION_MASK m = {
		.usReadMask = read_masks[storm_rnd(st) % (sizeof(read_masks) / 2)],
		.usWriteMask = write_masks[storm_rnd(st) % (sizeof(write_masks) / 2)],
	};
	uint16_t rd = m.usReadMask, wr = m.usWriteMask;
	struct winpar_ioctl w;
	int err;

	wp_call(f->fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_IEEE1284_NEGOTIATE,
		&m, sizeof(m), &m, sizeof(m), &w, &err);
	if (f->kind == NODE_PORT) {
		STORM_CHECK(st, w.status == STATUS_INVALID_PARAMETER ||
			    (sh->removing && w.status == STATUS_DEVICE_REMOVED),
			    "negotiate on the port node: 0x%08x", w.status);
		return;
	}
	if (w.status != STATUS_SUCCESS)
		return;
	add(&sh->negotiated, 1);
	STORM_CHECK(st, w.information == 4, "negotiate: information %u", w.information);
	/* 4.6 [DDK-SAMPLE]: a direction of which nothing works comes back NONE. */
	STORM_CHECK(st, !rd || !m.usReadMask || one_of(m.usReadMask, rd),
		    "negotiate: read 0x%x from 0x%x",
		    m.usReadMask, rd);
	STORM_CHECK(st, !wr || !m.usWriteMask || one_of(m.usWriteMask, wr),
		    "negotiate: write 0x%x from 0x%x",
		    m.usWriteMask, wr);
}

struct thread_arg {
	unsigned int id;
	long count;
	uint64_t seed;
	struct nfile shared;	/* the process's file, used by both threads */
	long violations;
	int failed;
};

static void *storm_thread(void *p)
{
	struct thread_arg *a = p;
	struct nfile own = { .fd = -1 };
	const struct nfile *f;
	struct storm st;
	unsigned int what;
	int gone = 0;
	long i;

	if (storm_init(&st, a->seed, a->id, SLOW_EVERY)) {
		a->failed = 1;
		return NULL;
	}
	for (i = 0; i < a->count; i++) {
		if (!gone && (own.fd < 0 || storm_rnd(&st) % 500 == 0)) {
			if (own.fd >= 0)
				close(own.fd);
			if (open_node(&st, &own)) {
				/* Test 4: the nodes are gone; the shared file goes on. */
				if (!sh->removing) {
					a->failed = 1;
					break;
				}
				gone = 1;
			}
		}
		f = own.fd >= 0 && storm_rnd(&st) % 4 ? &own : &a->shared;
		what = storm_rnd(&st) % 32;
		if (what == 0)
			storm_io(&st, f, 0);
		else if (what == 1)
			storm_io(&st, f, 1);
		else if (what == 2)
			storm_negotiate(&st, f);
		else
			storm_request(&st, f->fd);
		if (what < 2)
			add(&sh->io, 1);
	}
	if (own.fd >= 0)
		close(own.fd);
	add(&sh->requests, i);
	a->violations = st.violations;
	return NULL;
}

/*
 * A worker process: THREADS threads, and @shared, the process's file both
 * use: LPTn.1 for worker 0 (two threads on one client of a device node),
 * the port node for the others.  The parent opens it before any worker
 * runs (LPT nodes are exclusive).
 */
static int worker(unsigned int id, long count, uint64_t seed, struct nfile shared)
{
	struct thread_arg a[THREADS];
	pthread_t th[THREADS];
	long violations = 0;
	int t, failed = 0;

	for (t = 0; t < THREADS; t++) {
		a[t] = (struct thread_arg){
			.id = id * THREADS + t, .count = count, .seed = seed, .shared = shared,
		};
		if (pthread_create(&th[t], NULL, storm_thread, &a[t])) {
			printf("# worker %u: no thread\n", id);
			return 2;
		}
	}
	for (t = 0; t < THREADS; t++) {
		pthread_join(th[t], NULL);
		violations += a[t].violations;
		failed |= a[t].failed;
	}
	close(shared.fd);
	printf("# worker %u: %d threads, %ld violations%s\n", id, THREADS, violations,
	       failed ? ", could not open a node" : "");
	return failed ? 2 : violations ? 1 : 0;
}

/* Append @len bytes to a device's file (no truncation, unlike sim_port_set()). */
static int sim_append(const char *port, const char *file, const void *buf, size_t len)
{
	char path[300];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), SIM_ROOT "/%s/%s", port, file);
	fd = open(path, O_WRONLY);
	if (fd < 0)
		return errno;
	n = write(fd, buf, len);
	close(fd);
	return n == (ssize_t)len ? 0 : n < 0 ? errno : EIO;
}

/* A device's control file, e.g. "daisy/0/faults". */
static int dev_set(const char *port, const char *dev, const char *file, const char *text)
{
	char name[64];

	snprintf(name, sizeof(name), "%s%s", dev, file);
	return sim_port_set(port, name, text);
}

/*
 * The fault injector: a random device gets one or two random faults, keeps
 * them up to 20 ms and is well again for up to 20 ms; now and then reverse
 * data are queued for it and its record of printed bytes is emptied (it
 * keeps 1 MiB).
 */
static int injector(const char *port, uint64_t seed)
{
	struct storm st = { .rng = seed * 2654435761u + 1000 };
	char faults[64], num[16], name[64];
	unsigned char data[256];
	const char *dev;
	unsigned int i, n;

	while (!__atomic_load_n(&sh->stop, __ATOMIC_RELAXED)) {
		dev = devices[storm_rnd(&st) % NR_DEVICES];
		snprintf(faults, sizeof(faults), "%s", fault_names[storm_rnd(&st) % NR_FAULTS]);
		if (storm_rnd(&st) % 2) {
			n = strlen(faults);
			snprintf(faults + n, sizeof(faults) - n, " %s",
				 fault_names[storm_rnd(&st) % NR_FAULTS]);
		}
		snprintf(num, sizeof(num), "%u\n", storm_rnd(&st) % 64);
		if (dev_set(port, dev, "dropout_after", num))
			add(&sh->control_errors, 1);
		snprintf(num, sizeof(num), "%u\n", 1 + storm_rnd(&st) % 20);
		if (dev_set(port, dev, "slow_us", num))
			add(&sh->control_errors, 1);
		if (dev_set(port, dev, "faults", faults))
			add(&sh->control_errors, 1);
		else
			add(&sh->faults, 1);
		if (storm_rnd(&st) % 4 == 0) {
			n = 1 + storm_rnd(&st) % sizeof(data);
			for (i = 0; i < n; i++)
				data[i] = storm_rnd(&st);
			snprintf(name, sizeof(name), "%sreverse", dev);
			/* ENOSPC once 64 KiB wait: fine, the readers catch up. */
			if (!sim_append(port, name, data, n))
				add(&sh->queued, n);
		}
		if (storm_rnd(&st) % 16 == 0 && dev_set(port, dev, "received", "0\n"))
			add(&sh->control_errors, 1);
		usleep(storm_rnd(&st) % 20000);
		if (dev_set(port, dev, "faults", "none\n"))
			add(&sh->control_errors, 1);
		usleep(storm_rnd(&st) % 20000);
	}
	for (i = 0; i < NR_DEVICES; i++)
		if (dev_set(port, devices[i], "faults", "none\n"))
			add(&sh->control_errors, 1);
	return 0;
}

/* What the simulator says, when a check after the storm failed. */
static void dump_sim(const char *port)
{
	static const char *const files[] = {
		"phase", "chain", "faults", "daisy/0/faults", "daisy/1/faults",
		"daisy/0/selects", "daisy/1/selects", "counters",
	};
	char buf[2048], *line, *save;
	unsigned int i;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		if (sim_port_read(port, files[i], buf, sizeof(buf)) < 0)
			continue;
		for (line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
			printf("# %s: %s\n", files[i], line);
	}
}

/* Whether a port's end device is in compatibility mode (its "phase" file). */
static int end_device_in_compat(const char *port, char *phase, size_t size)
{
	if (sim_port_read(port, "phase", phase, size) < 0)
		return 0;
	phase[strcspn(phase, "\n")] = 0;
	return !strncmp(phase, "compat ", 7);
}

#define DEVICE_CHECK(bad, cond, ...) do {				\
	if (!(cond)) {							\
		(bad)++;						\
		printf("# after the storm: " __VA_ARGS__);		\
		printf("\n");						\
	}								\
} while (0)

/* A request on @node that must succeed: 0, or 1 after saying why. */
static int request_ok(const char *node, uint32_t code, const void *in, uint32_t in_len,
		      void *out, uint32_t out_len, int internal)
{
	struct winpar_ioctl w;
	int fd, err;

	fd = open(node, O_RDWR);
	if (fd < 0) {
		printf("# after the storm: open %s: %s\n", node, strerror(errno));
		return 1;
	}
	wp_call(fd, internal ? WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL : WINPAR_IOCTL_DEVICE_CONTROL,
		code, in, in_len, out, out_len, &w, &err);
	close(fd);
	if (w.status == STATUS_SUCCESS)
		return 0;
	printf("# after the storm: request 0x%08x on %s: 0x%08x\n", code, node, w.status);
	return 1;
}

/*
 * After the storm, the faults gone and the chain powered off and on (its
 * "chain" file: every device back in compatibility mode, nothing selected,
 * no addresses), winpar must work with it as it did before, whatever state
 * the storm left in winpar: IOCTL_INTERNAL_INIT_1284_3_BUS assigns the
 * addresses again, LPTn.1 prints at daisy device 1 alone, LPTn prints
 * 4096 exact bytes at the end device in compatibility mode and reads
 * exact bytes back in nibble mode, and nobody holds the port.  The power
 * cycle is needed: a simulated device powered off in an IEEE 1284 mode is
 * still in it when the power comes back (test 3), and a daisy device in an
 * IEEE 1284 mode does not hear the deselect.  The modes the storm forbade
 * through IOCTL_PAR_GET_DEVICE_CAPS (a device keeps them) are allowed
 * again first.  Returns the number of failed checks.
 */
static int device_works(const char *port)
{
	PARCLASS_NEGOTIATION_MASK m = { .usReadMask = NIBBLE, .usWriteMask = CENTRONICS };
	static unsigned char buf[4096], got[4096 + 16];
	uint16_t caps[2] = { 0, 0 };
	int fd, i, bad = 0;
	unsigned char b = 0;
	char phase[128];
	ssize_t n;

	if (!end_device_in_compat(port, phase, sizeof(phase)))
		printf("# after the storm the end device is not in compatibility mode: %s\n",
		       phase);
	DEVICE_CHECK(bad, !sim_port_set(port, "chain", "daisy=2 end=on\n"), "power cycle");
	DEVICE_CHECK(bad, !sim_port_set(port, "received", "0\n") &&
		     !sim_port_set(port, "daisy/1/received", "0\n"), "emptying the records");
	bad += request_ok(node_path[0], IOCTL_INTERNAL_INIT_1284_3_BUS, NULL, 0, NULL, 0, 1);
	usleep(200000);		/* devtmpfs follows the nodes */
	for (i = 1; i < 5; i++) {
		bad += request_ok(node_path[i], IOCTL_PAR_GET_DEVICE_CAPS, &caps[0], 2,
				  &caps[1], 2, 0);
		bad += request_ok(node_path[i], IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m),
				  &m, sizeof(m), 0);
	}

	fd = open(node_path[3], O_RDWR);
	DEVICE_CHECK(bad, fd >= 0, "open %s: %s", node_path[3], strerror(errno));
	if (fd >= 0) {
		n = write(fd, "to daisy device 1", 17);
		DEVICE_CHECK(bad, n == 17, "write to LPTn.1 returned %zd (%s)", n, strerror(errno));
		close(fd);
	}
	n = sim_port_read(port, "daisy/1/received", (char *)got, sizeof(got));
	DEVICE_CHECK(bad, n == 17 && !memcmp(got, "to daisy device 1", 17),
		     "daisy device 1 holds %zd bytes", n);

	fill_pattern(buf, sizeof(buf), 0x5d);
	fd = open(node_path[1], O_RDWR);
	DEVICE_CHECK(bad, fd >= 0, "open %s: %s", node_path[1], strerror(errno));
	if (fd < 0)
		return bad;
	n = write(fd, buf, sizeof(buf));
	DEVICE_CHECK(bad, n == sizeof(buf), "write returned %zd (%s)", n, strerror(errno));
	n = sim_port_read(port, "received", (char *)got, sizeof(got));
	DEVICE_CHECK(bad, n == sizeof(buf) && !memcmp(buf, got, n),
		     "the end device holds %zd bytes, not the 4096 written", n);
	DEVICE_CHECK(bad, !sim_port_set(port, "reverse", "after the storm"),
		     "queueing reverse data");
	n = read(fd, got, sizeof(got));
	DEVICE_CHECK(bad, n == 15 && !memcmp(got, "after the storm", 15),
		     "read returned %zd (%s)", n, n < 0 ? strerror(errno) : "-");
	DEVICE_CHECK(bad, !ioctl(fd, IOCTL_PAR_IS_PORT_FREE, &b) && b == 1,
		     "IOCTL_PAR_IS_PORT_FREE: %u (%s)", b, strerror(errno));
	close(fd);
	if (bad)
		dump_sim(port);
	return bad;
}

/*
 * What the storm runs into: a peripheral powered off while in an IEEE
 * 1284 mode and terminated by the host meanwhile (ppdev on a port of its
 * own: PPNEGOT to EPP, power off, PPNEGOT back to compatibility mode,
 * power on).  A real printer starts afresh in compatibility mode when its
 * power comes back; the simulated one, which ignored the host's
 * termination while it was off, must not stay in EPP mode.  Returns 0 when
 * it is back in compatibility mode.
 */
static int power_comes_back_in_compat(void)
{
	char name[32], path[64], spec[40], phase[128];
	int fd, mode, bad = 0;

	if (sim_add_port("pcspp+tristate+safeinint+epp", name, sizeof(name)) ||
	    sim_port_set(name, "ieee1284_modes", "nibble byte deviceid epp\n")) {
		printf("# adding a port failed\n");
		return 1;
	}
	usleep(200000);
	snprintf(path, sizeof(path), "/dev/%s", name);
	fd = open(path, O_RDWR);
	if (fd < 0 || ioctl(fd, PPCLAIM)) {
		printf("# %s: %s\n", path, strerror(errno));
		bad++;
	} else {
		mode = IEEE1284_MODE_EPP;
		if (ioctl(fd, PPNEGOT, &mode)) {
			printf("# PPNEGOT EPP: %s\n", strerror(errno));
			bad++;
		}
		if (sim_port_read(name, "phase", phase, sizeof(phase)) < 0 ||
		    strncmp(phase, "epp ", 4)) {
			printf("# not in EPP mode: %s", phase);
			bad++;
		}
		bad += !!sim_port_set(name, "faults", "poweroff\n");
		mode = IEEE1284_MODE_COMPAT;
		ioctl(fd, PPNEGOT, &mode);
		bad += !!sim_port_set(name, "faults", "none\n");
		if (!end_device_in_compat(name, phase, sizeof(phase))) {
			printf("# powered on again, the peripheral is still in: %s\n", phase);
			bad++;
		}
		ioctl(fd, PPRELEASE);
	}
	if (fd >= 0)
		close(fd);
	snprintf(spec, sizeof(spec), "%s\n", name);
	bad += !!sim_control("remove", spec);
	return bad;
}

/*
 * 4. The port removed in the middle of a storm (parport_sim's "remove"),
 *    the chain's last device stalled so that writes to it wait: the workers
 *    go on with the files they have; every answer still follows the rules
 *    (write() and read() ENODEV, requests STATUS_DEVICE_REMOVED), the nodes
 *    are gone, and every file closes.  Returns the number of failures.
 */
static int removed_under_the_storm(const char *port, long count, uint64_t seed)
{
	struct timespec t0, t1;
	pid_t pids[WORKERS];
	struct nfile shared;
	int i, status, bad = 0;
	char spec[40];

	sh->removing = 1;
	bad += !!dev_set(port, "daisy/1/", "faults", "stall\n");
	fflush(stdout);
	for (i = 0; i < WORKERS; i++) {
		shared.kind = i ? NODE_PORT : NODE_DAISY;
		shared.fd = open(node_path[i ? 0 : 3], O_RDWR);
		pids[i] = shared.fd < 0 ? -1 : fork();
		if (pids[i] == 0)
			_exit(worker(i, count / (WORKERS * THREADS), seed, shared));
		if (shared.fd >= 0)
			close(shared.fd);
	}
	usleep(1000000);
	snprintf(spec, sizeof(spec), "%s\n", port);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	bad += !!sim_control("remove", spec);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	for (i = 0; i < WORKERS; i++)
		if (pids[i] < 0 || waitpid(pids[i], &status, 0) != pids[i] ||
		    !WIFEXITED(status) || WEXITSTATUS(status))
			bad++;
	for (i = 0; i < 5; i++)
		if (exists(node_path[i])) {
			printf("# %s is still there after the removal\n", node_path[i]);
			bad++;
		}
	printf("# port removed 1 s into a storm of %d processes of %d threads; the removal took "
	       "%.3f s; %ld write() and read() answered ENODEV after it\n",
	       WORKERS, THREADS, storm_seconds(&t0, &t1), sh->gone);
	return bad;
}

static int load_sim(void)
{
	static const char *const lpt_suffix[] = { "", ".0", ".1", ".4" };
	char path[64];
	int i, fd;

	if (run("insmod " MODDIR "/parport_sim.ko ports=1 "
		"modes=pcspp+tristate+safeinint+ecp+epp daisy=2 irq=1"))
		return -1;
	if (!sim_port()[0])
		return -1;
	usleep(200000);
	snprintf(node_path[0], sizeof(node_path[0]), WINPAR_DEV_DIR "/" WINPAR_PORT_NODE_FMT,
		 (unsigned int)atoi(sim_port() + 7));
	for (i = 1; i < 5; i++)
		snprintf(node_path[i], sizeof(node_path[0]), WINPAR_DEV_DIR "/LPT%d%s",
			 atoi(sim_port() + 7) + 1, lpt_suffix[i - 1]);
	for (i = 0; i < NR_DEVICES; i++)
		if (dev_set(sim_port(), devices[i], "ieee1284_modes",
			    "nibble byte deviceid ecp epp\n"))
			return -1;
	/* The shortest write time-out on every device (it outlives the file). */
	for (i = 1; i < 5; i++) {
		SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = WRITE_TIMEOUT_MS };
		struct winpar_ioctl w;
		int err;

		snprintf(path, sizeof(path), "%s", node_path[i]);
		fd = open(path, O_RDWR);
		if (fd < 0) {
			printf("# open %s: %s\n", path, strerror(errno));
			return -1;
		}
		wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, IOCTL_SERIAL_SET_TIMEOUTS,
			&t, sizeof(t), NULL, 0, &w, &err);
		close(fd);
		if (w.status != STATUS_SUCCESS)
			return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	char old_acquire[32] = "500", old_allocate[32] = "0", port[32];
	long count = argc > 1 ? atol(argv[1]) : 100000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : (uint64_t)time(NULL);
	struct timespec t0, t1;
	int i, status, bad = 0, inj_bad = 0, dev_bad, power_bad, removed_bad;
	pid_t pids[WORKERS], inj;
	struct nfile shared;
	double secs;

	printf("TAP version 13\n1..4\n");
	printf("# fuzz_sim: seed %llu, %ld requests in %d processes of %d threads\n",
	       (unsigned long long)seed, count, WORKERS, THREADS);
	sh = mmap(NULL, sizeof(*sh), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (sh == MAP_FAILED || load_sim()) {
		printf("not ok 1 fuzz_sim: parport_sim loaded with its chain and time-outs\n");
		printf("not ok 2 fuzz_sim: the device works after the storm\n");
		printf("not ok 3 fuzz_sim: a peripheral powered off in EPP mode comes back in compatibility mode\n");
		printf("not ok 4 fuzz_sim: the port removed under the storm\n");
		return 1;
	}
	snprintf(port, sizeof(port), "%s", sim_port());
	/* As fuzz_requests: short waits for the port keep the storm going. */
	storm_param("acquire_timeout_ms", "5", old_acquire, sizeof(old_acquire));
	storm_param("allocate_timeout_ms", "5", old_allocate, sizeof(old_allocate));
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	inj = fork();
	if (inj == 0)
		_exit(injector(port, seed));
	for (i = 0; i < WORKERS; i++) {
		shared.kind = i ? NODE_PORT : NODE_DAISY;
		shared.fd = open(node_path[i ? 0 : 3], O_RDWR);
		if (shared.fd < 0) {
			printf("# open %s: %s\n", node_path[i ? 0 : 3], strerror(errno));
			pids[i] = -1;
			continue;
		}
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(worker(i, count / (WORKERS * THREADS), seed, shared));
		close(shared.fd);
	}
	for (i = 0; i < WORKERS; i++)
		if (pids[i] < 0 || waitpid(pids[i], &status, 0) != pids[i] ||
		    !WIFEXITED(status) || WEXITSTATUS(status))
			bad++;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	__atomic_store_n(&sh->stop, 1, __ATOMIC_RELAXED);
	if (waitpid(inj, &status, 0) != inj || !WIFEXITED(status) || WEXITSTATUS(status))
		inj_bad = 1;
	storm_param("acquire_timeout_ms", old_acquire, NULL, 0);
	storm_param("allocate_timeout_ms", old_allocate, NULL, 0);
	secs = storm_seconds(&t0, &t1);
	printf("# %ld requests in %.1f s (%.0f per second), %ld of them write() or read()\n",
	       sh->requests, secs, sh->requests / secs, sh->io);
	printf("# %ld bytes written, %ld read, %ld negotiations succeeded\n",
	       sh->written, sh->read, sh->negotiated);
	printf("# %ld faults injected, %ld reverse bytes queued, %ld control-file errors\n",
	       sh->faults, sh->queued, sh->control_errors);
	printf("%s 1 fuzz_sim: %ld requests under %ld faults (seed %llu), every answer follows the rules\n",
	       bad || inj_bad || sh->control_errors ? "not ok" : "ok", sh->requests, sh->faults,
	       (unsigned long long)seed);

	dev_bad = device_works(port);
	printf("%s 2 fuzz_sim: the device works after the storm\n", dev_bad ? "not ok" : "ok");
	power_bad = power_comes_back_in_compat();
	printf("%s 3 fuzz_sim: a peripheral powered off in EPP mode comes back in compatibility mode\n",
	       power_bad ? "not ok" : "ok");
	storm_param("acquire_timeout_ms", "5", NULL, 0);
	storm_param("allocate_timeout_ms", "5", NULL, 0);
	removed_bad = removed_under_the_storm(port, count / 4, seed + 1);
	storm_param("acquire_timeout_ms", old_acquire, NULL, 0);
	storm_param("allocate_timeout_ms", old_allocate, NULL, 0);
	printf("%s 4 fuzz_sim: the port removed under the storm\n", removed_bad ? "not ok" : "ok");
	/* lp has a device on every port: it goes first and comes back. */
	if (run("rmmod lp") || run("rmmod parport_sim") || run("insmod " MODDIR "/lp.ko"))
		printf("# unloading parport_sim failed\n");
	return bad || inj_bad || dev_bad || power_bad || removed_bad || sh->control_errors ? 1 : 0;
}
