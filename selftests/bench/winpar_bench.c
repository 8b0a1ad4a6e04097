// SPDX-License-Identifier: GPL-2.0
/*
 * winpar_bench: winpar against lp and ppdev in the same boot (QEMU guest).
 *
 * 1. Compatibility-mode writes to QEMU's LPT: winpar, lp, ppdev (KB/s).
 * 2. Status round trip: IOCTL_PAR_QUERY_INFORMATION through the transport
 *    and as a raw code, against ppdev's PPRSTATUS (ns per call).
 * 3. On the simulated peripheral (parport_sim), per mode: throughput and
 *    register accesses per byte, winpar against ppdev, beside the
 *    protocol's minimum (Documentation/benchmarks.rst derives it).
 *    Compatibility mode twice: with the printer busy for two status reads
 *    after each strobe (the simulator's default, like QEMU's LPT) and with
 *    it ready at once (busy_reads 0), where the host's own minimum shows.
 * 4. Device ID (cold and repeated), negotiate + terminate, and a 1284.3
 *    daisy-chain select + deselect, in us and register accesses.
 * 5. The module's size, and its memory per port and per daisy-chain device,
 *    measured: what loading winpar allocates and keeps (kmem and percpu
 *    trace events) with 8 more simulated ports, or with ports of 4 daisy
 *    devices instead of 1, beside the change in /proc/meminfo.
 *
 * Each figure is the median of REPS runs (MEM_REPS for memory); the
 * drivers compared take turns within each run, as the guest's delays change
 * speed during a boot.  In 1 and 2 they take turns many times within a run
 * (SLICES, ROUNDS) and a ratio is the median of the runs' ratios, not the
 * ratio of two medians.  Output: a markdown table, then one "RATIO name
 * value" line per ratio.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <linux/ppdev.h>
#include <linux/parport.h>

#include <winpar/winpar.h>
#include <winpar/ntstatus.h>
#include <winpar/ntddpar.h>
#include <winpar/parallel.h>

#define REPS		5
#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define SIM_ROOT	"/sys/kernel/debug/parport_sim"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, n, sizeof(*v), cmp_double);
	return v[n / 2];
}

static void die(const char *what)
{
	printf("BENCH-ERROR %s: %s\n", what, strerror(errno));
	exit(1);
}

static int ppdev_open(const char *path, int mode)
{
	int fd = open(path, O_RDWR);

	if (fd < 0 || ioctl(fd, PPCLAIM))
		die(path);
	if (mode >= 0 && ioctl(fd, PPNEGOT, &mode))
		die("PPNEGOT");
	return fd;
}

static void write_all(int fd, const unsigned char *buf, size_t len, const char *what)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		n = write(fd, buf + done, len - done);
		if (n <= 0)
			die(what);
		done += n;
	}
}

/* --- 1. compatibility writes to QEMU's LPT ----------------------------- */

/*
 * Each repetition writes its bytes through every driver in SLICES turns,
 * the drivers taking turns slice by slice: the guest's pace changes during
 * a boot (Documentation/benchmarks.rst), and within a repetition it is then
 * the same for the three.  Ratios are per repetition, then the median.
 */
#define SLICES	8

enum { W_WINPAR, W_LP, W_PPDEV, W_N };

/* Interrupts of QEMU's LPT so far (the /proc/interrupts line of parport0). */
static long long lpt_interrupts(void)
{
	FILE *f = fopen("/proc/interrupts", "r");
	char line[1024];
	long long n = 0;

	if (!f)
		die("/proc/interrupts");
	while (fgets(line, sizeof(line), f)) {
		char *p = strchr(line, ':');

		if (!p || !strstr(line, "parport0"))
			continue;
		for (p++;;) {
			char *end;
			long long v = strtoll(p, &end, 10);

			if (end == p)
				break;
			n += v;
			p = end;
		}
	}
	fclose(f);
	return n;
}

static const char *const compat_node[W_N] = {
	[W_WINPAR] = "/dev/winpar/LPT1", [W_LP] = "/dev/lp0", [W_PPDEV] = "/dev/parport0",
};

/*
 * @len bytes through driver @d: seconds; *@irqs counts the port's
 * interrupts meanwhile.  Each slice opens and closes its
 * node, outside the timing: lp keeps the port after a write until its file
 * is closed (it refuses ppdev's claim until then), and ppdev is claimed.
 */
static double compat_slice(int d, const unsigned char *buf, size_t len, long long *irqs)
{
	long long i0;
	double t0, t;
	int fd;

	fd = d == W_PPDEV ? ppdev_open(compat_node[d], -1) : open(compat_node[d], O_WRONLY);
	if (fd < 0)
		die(compat_node[d]);
	i0 = lpt_interrupts();
	t0 = now();
	write_all(fd, buf, len, compat_node[d]);
	t = now() - t0;
	*irqs += lpt_interrupts() - i0;
	close(fd);
	return t;
}

/* How many of the REPS figures in @v are above 0.1. */
static int reps_with(const double *v)
{
	int r, n = 0;

	for (r = 0; r < REPS; r++)
		n += v[r] > 0.1;
	return n;
}

/*
 * One repetition: @len bytes through each driver; @kbps[W_N] gets KB/s,
 * @irqs[W_N] the port's interrupts.
 */
static void compat_round(const unsigned char *buf, size_t len, double kbps[W_N],
			 long long irqs[W_N])
{
	size_t slice = len / SLICES;
	double secs[W_N] = { 0 };
	int s, k;

	for (s = 0; s < SLICES; s++)
		for (k = 0; k < W_N; k++) {
			int d = (s + k) % W_N;
			size_t n = s == SLICES - 1 ? len - s * slice : slice;

			secs[d] += compat_slice(d, buf + s * slice, n, &irqs[d]);
		}
	for (k = 0; k < W_N; k++)
		kbps[k] = len / 1024.0 / secs[k];
}

/* --- 2. status round trip ---------------------------------------------- */

/* Per repetition, ROUNDS turns of BLOCK calls for each way, in turn. */
#define ROUNDS	8
#define BLOCK	2500

enum { S_TRANSPORT, S_RAW, S_PPDEV, S_N };

/*
 * @calls status queries: S_TRANSPORT, IOCTL_PAR_QUERY_INFORMATION through
 * the transport on @fd; S_RAW, as a raw code; S_PPDEV, ppdev's PPRSTATUS
 * (@fd claimed around it).  One query first, not timed: after ppdev's
 * release, winpar's first query takes the port back.  Seconds.
 */
static double status_block(int fd, int how, int calls)
{
	PAR_QUERY_INFORMATION q;
	struct winpar_ioctl w = {
		.code = IOCTL_PAR_QUERY_INFORMATION,
		.output = (uintptr_t)&q, .output_length = sizeof(q),
	};
	unsigned char lines;
	double t0 = 0, t;
	int k;

	if (how == S_PPDEV && ioctl(fd, PPCLAIM))
		die("PPCLAIM");
	for (k = -1; k < calls; k++) {
		int r = how == S_TRANSPORT ? ioctl(fd, WINPAR_IOCTL_DEVICE_CONTROL, &w) :
			how == S_RAW ? ioctl(fd, IOCTL_PAR_QUERY_INFORMATION, &q) :
			ioctl(fd, PPRSTATUS, &lines);
		if (r)
			die("status");
		if (k < 0)
			t0 = now();
	}
	t = now() - t0;
	if (how == S_PPDEV)
		ioctl(fd, PPRELEASE);
	return t;
}

/* One repetition: @ns[S_N] gets ns per call of each way. */
static void status_round(int wfd, int pfd, double ns[S_N])
{
	double secs[S_N] = { 0 };
	int s, k;

	for (s = 0; s < ROUNDS; s++)
		for (k = 0; k < S_N; k++) {
			int d = (s + k) % S_N;

			secs[d] += status_block(d == S_PPDEV ? pfd : wfd, d, BLOCK);
		}
	for (k = 0; k < S_N; k++)
		ns[k] = secs[k] * 1e9 / (ROUNDS * BLOCK);
}

/* --- 3. the simulated peripheral ---------------------------------------- */

static char sim_port[32];

static int sim_file(const char *file, char *buf, size_t size, const char *write_text)
{
	char path[128];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), SIM_ROOT "/%s/%s", sim_port, file);
	fd = open(path, write_text ? O_WRONLY | O_TRUNC : O_RDONLY);
	if (fd < 0)
		return -1;
	if (write_text)
		n = write(fd, write_text, strlen(write_text));
	else
		n = read(fd, buf, size - 1);
	close(fd);
	if (!write_text && n >= 0)
		buf[n] = 0;
	return n < 0 ? -1 : 0;
}

/* Write a number to one of the simulated port's files. */
static void sim_set(const char *file, long long value)
{
	char text[32];

	snprintf(text, sizeof(text), "%lld\n", value);
	if (sim_file(file, NULL, 0, text))
		die(file);
}

/* Register accesses since the last reset: data, status and control, reads and writes. */
static long long sim_accesses(void)
{
	static const char *const kinds[] = {
		"data_reads", "data_writes", "status_reads", "control_reads", "control_writes",
	};
	char buf[2048], *p;
	long long sum = 0;
	unsigned int i;

	if (sim_file("counters", buf, sizeof(buf), NULL))
		return -1;
	for (i = 0; i < ARRAY_SIZE(kinds); i++) {
		p = strstr(buf, kinds[i]);
		if (p)
			sum += atoll(p + strlen(kinds[i]) + 1);
	}
	return sum;
}

struct mode_case {
	const char *name;
	const char *key;	/* for the RATIO lines */
	int busy_reads;		/* compatibility mode: status reads the printer is busy */
	int ppdev_mode;		/* IEEE1284_MODE_* for PPNEGOT */
	uint16_t read_mask, write_mask;	/* for IOCTL_IEEE1284_NEGOTIATE */
	int reverse;		/* 1: read, 0: write */
	double minimum;		/* register accesses per byte the protocol needs */
};

static const struct mode_case modes[] = {
	/* Busy for two status reads after each strobe: every host reads it three times. */
	{ "compat write, printer busy 2 reads", "compat_write", 2,
	  IEEE1284_MODE_COMPAT, NIBBLE, CENTRONICS, 0, 6 },
	{ "compat write, printer ready at once", "compat_write_ready", 0,
	  IEEE1284_MODE_COMPAT, NIBBLE, CENTRONICS, 0, 4 },
	{ "nibble read", "nibble_read", 2, IEEE1284_MODE_NIBBLE, NIBBLE, CENTRONICS, 1, 8 },
	{ "byte read", "byte_read", 2, IEEE1284_MODE_BYTE, BYTE_BIDIR, CENTRONICS, 1, 7 },
	{ "ECP write", "ECP_write", 2, IEEE1284_MODE_ECPSWE, NIBBLE, ECP_SW, 0, 5 },
	{ "ECP read", "ECP_read", 2, IEEE1284_MODE_ECPSWE, ECP_SW, CENTRONICS, 1, 5 },
	{ "EPP write", "EPP_write", 2, IEEE1284_MODE_EPPSWE, NIBBLE, EPP_SW, 0, 5 },
	{ "EPP read", "EPP_read", 2, IEEE1284_MODE_EPPSWE, EPP_SW, CENTRONICS, 1, 5 },
};

#define SIM_BYTES	8192

/* One transfer of SIM_BYTES in a mode: KB/s, and *apb the accesses per byte. */
static double sim_transfer(const struct mode_case *m, int use_winpar, const char *node,
			   double *apb)
{
	static unsigned char buf[SIM_BYTES];
	long long before;
	double t0, kbps;
	size_t done;
	ssize_t n;
	int fd;

	sim_file("received", NULL, 0, "0\n");
	if (m->reverse) {
		char path[128];
		int rfd;

		memset(buf, 'r', sizeof(buf));
		snprintf(path, sizeof(path), SIM_ROOT "/%s/reverse", sim_port);
		rfd = open(path, O_WRONLY | O_TRUNC);
		if (rfd < 0 || write(rfd, buf, sizeof(buf)) != sizeof(buf))
			die("reverse");
		close(rfd);
	}
	if (use_winpar) {
		PARCLASS_NEGOTIATION_MASK mask = { m->read_mask, m->write_mask };

		fd = open(node, O_RDWR);
		if (fd < 0 || ioctl(fd, IOCTL_IEEE1284_NEGOTIATE, &mask))
			die("winpar negotiate");
	} else {
		fd = ppdev_open(node, m->ppdev_mode);
	}
	sim_file("counters", NULL, 0, "0\n");
	before = sim_accesses();
	t0 = now();
	for (done = 0; done < SIM_BYTES; done += n) {
		n = m->reverse ? read(fd, buf, SIM_BYTES - done) :
				 write(fd, buf, SIM_BYTES - done);
		if (n <= 0)
			die(m->name);
	}
	kbps = SIM_BYTES / 1024.0 / (now() - t0);
	*apb = (double)(sim_accesses() - before) / SIM_BYTES;
	if (!use_winpar) {
		int compat = IEEE1284_MODE_COMPAT;

		ioctl(fd, PPNEGOT, &compat);
		ioctl(fd, PPRELEASE);
	}
	close(fd);
	return kbps;
}

/*
 * A mode through winpar and through ppdev, REPS runs each, taking turns
 * (the guest's delays change speed during a boot): medians of KB/s and of
 * accesses per byte.
 */
static void sim_compare(const struct mode_case *m, const char *lpt, const char *ppnode,
			double kbps[2], double apb[2])
{
	double t[2][REPS], a[2][REPS];
	int i, k;

	if (!m->reverse && m->ppdev_mode == IEEE1284_MODE_COMPAT)
		sim_set("busy_reads", m->busy_reads);
	for (i = 0; i < REPS; i++)
		for (k = 0; k < 2; k++)
			t[k][i] = sim_transfer(m, !k, k ? ppnode : lpt, &a[k][i]);
	sim_set("busy_reads", 2);
	for (k = 0; k < 2; k++) {
		kbps[k] = median(t[k], REPS);
		apb[k] = median(a[k], REPS);
	}
}

/* --- 4. latency: Device ID, negotiation, daisy-chain select -------------- */

/* A latency: us per call and register accesses per call, medians of REPS. */
struct latency {
	double us, accesses;
};

/*
 * The first Device ID query after the port appeared (*cold), and the median
 * of the next REPS ones.
 */
static struct latency device_id_us(const char *node, struct latency *cold, int *len)
{
	char id[512];
	double t[REPS], a[REPS];
	struct latency warm;
	int i, fd = open(node, O_RDWR);

	if (fd < 0)
		die(node);
	for (i = -1; i < REPS; i++) {
		struct winpar_ioctl w = {
			.code = IOCTL_PAR_QUERY_DEVICE_ID,
			.output = (uintptr_t)id, .output_length = sizeof(id),
		};
		double t0, us, acc;

		sim_file("counters", NULL, 0, "0\n");
		t0 = now();
		if (ioctl(fd, WINPAR_IOCTL_DEVICE_CONTROL, &w))
			die("device id");
		us = (now() - t0) * 1e6;
		acc = sim_accesses();
		if (i < 0) {
			cold->us = us;
			cold->accesses = acc;
		} else {
			t[i] = us;
			a[i] = acc;
		}
		*len = w.information;
	}
	close(fd);
	warm.us = median(t, REPS);
	warm.accesses = median(a, REPS);
	return warm;
}

static struct latency negotiate_us(const char *node)
{
	double t[REPS], a[REPS];
	struct latency l;
	int i, fd = open(node, O_RDWR);

	if (fd < 0)
		die(node);
	for (i = 0; i < REPS; i++) {
		PARCLASS_NEGOTIATION_MASK mask = { BYTE_BIDIR, CENTRONICS };
		double t0;

		sim_file("counters", NULL, 0, "0\n");
		t0 = now();
		if (ioctl(fd, IOCTL_IEEE1284_NEGOTIATE, &mask))
			die("negotiate");
		t[i] = (now() - t0) * 1e6;
		a[i] = sim_accesses();
	}
	close(fd);
	l.us = median(t, REPS);
	l.accesses = median(a, REPS);
	return l;
}

#define PAIRS	100

static int32_t select_req(int fd, uint32_t code, uint8_t id)
{
	PARALLEL_1284_COMMAND cmd = { .ID = id };
	struct winpar_ioctl w = {
		.code = code,
		.input = (uintptr_t)&cmd, .input_length = sizeof(cmd),
	};

	if (ioctl(fd, WINPAR_IOCTL_INTERNAL_DEVICE_CONTROL, &w))
		die("select");
	return w.status;
}

/*
 * IEEE 1284.3: IOCTL_INTERNAL_SELECT_DEVICE then IOCTL_INTERNAL_DESELECT_DEVICE
 * of daisy-chain device @id, through the port node @node (each allocates
 * and frees the port too), PAIRS pairs per run: us and accesses per pair.
 */
static struct latency select_us(const char *node, uint8_t id)
{
	double t[REPS], a[REPS];
	struct latency l;
	int i, k, fd = open(node, O_RDWR);

	if (fd < 0)
		die(node);
	for (i = 0; i < REPS; i++) {
		double t0;

		sim_file("counters", NULL, 0, "0\n");
		t0 = now();
		for (k = 0; k < PAIRS; k++) {
			if (select_req(fd, IOCTL_INTERNAL_SELECT_DEVICE, id) != STATUS_SUCCESS ||
			    select_req(fd, IOCTL_INTERNAL_DESELECT_DEVICE, id) != STATUS_SUCCESS) {
				errno = EIO;
				die("select + deselect");
			}
		}
		t[i] = (now() - t0) * 1e6 / PAIRS;
		a[i] = (double)sim_accesses() / PAIRS;
	}
	close(fd);
	l.us = median(t, REPS);
	l.accesses = median(a, REPS);
	return l;
}

/* --- 5. memory per port and per daisy-chain device ------------------------ */

#define MEM_REPS	7
#define MEM_PORTS	8	/* parport_sim's most */
#define TRACING		"/sys/kernel/tracing"

/* Write @text to the file @path; return 0 or -1. */
static int write_text(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_TRUNC);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = write(fd, text, strlen(text));
	close(fd);
	return n == (ssize_t)strlen(text) ? 0 : -1;
}

/* insmod and rmmod without a process of their own. */
static void mod_load(const char *name, const char *params)
{
	char path[64];
	int fd;

	snprintf(path, sizeof(path), "/modules/%s.ko", name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || syscall(SYS_finit_module, fd, params, 0))
		die(path);
	close(fd);
}

static void mod_unload(const char *name)
{
	if (syscall(SYS_delete_module, name, O_NONBLOCK))
		die(name);
}

/*
 * The allocations made while tracing was on and not freed before it was
 * turned off: slab objects (kmalloc, kmem_cache_alloc; bytes_alloc, what
 * the allocator gave) and per-CPU areas, matched with their frees by
 * address.  Frees of what was allocated before are ignored.
 */
#define LIVE_SLOTS	(1 << 18)

static struct live {
	unsigned long long ptr;
	unsigned long long bytes;	/* 0: freed */
} live[LIVE_SLOTS];

static struct live *live_slot(unsigned long long ptr)
{
	unsigned long long h = (ptr * 0x9e3779b97f4a7c15ULL) >> 46;
	unsigned int i;

	for (i = 0; i < LIVE_SLOTS; i++, h = (h + 1) & (LIVE_SLOTS - 1))
		if (live[h].ptr == ptr || !live[h].ptr)
			return &live[h];
	errno = ENOSPC;
	die("allocation table");
	return NULL;
}

static long long traced_kept(void)
{
	static const char *const allocs[] = { ": kmalloc: ", ": kmem_cache_alloc: ",
					      ": percpu_alloc_percpu: " };
	static const char *const frees[] = { ": kfree: ", ": kmem_cache_free: ",
					     ": percpu_free_percpu: " };
	unsigned long long ptr, bytes;
	long long sum = 0;
	char line[1024], *p;
	unsigned int i;
	FILE *f;

	memset(live, 0, sizeof(live));
	f = fopen(TRACING "/trace", "r");
	if (!f)
		die(TRACING "/trace");
	while (fgets(line, sizeof(line), f)) {
		if (strstr(line, "LOST") && strstr(line, "EVENTS")) {
			errno = EOVERFLOW;
			die("trace buffer too small");
		}
		p = strstr(line, " ptr=");
		if (!p || sscanf(p, " ptr=%llx", &ptr) != 1 || !ptr)
			continue;
		/* Per-CPU addresses apart from slab ones (both are aligned). */
		if (strstr(line, ": percpu_"))
			ptr |= 1;
		for (i = 0; i < ARRAY_SIZE(allocs); i++) {
			if (strstr(line, allocs[i])) {
				p = strstr(line, " bytes_alloc=");
				if (p && sscanf(p, " bytes_alloc=%llu", &bytes) == 1) {
					struct live *l = live_slot(ptr);

					l->ptr = ptr;
					l->bytes = bytes;
				}
			} else if (strstr(line, frees[i])) {
				live_slot(ptr)->bytes = 0;
			}
		}
	}
	fclose(f);
	for (i = 0; i < LIVE_SLOTS; i++)
		sum += live[i].bytes;
	return sum;
}

static void tracing_setup(void)
{
	static const char *const events[] = {
		"kmem/kmalloc", "kmem/kmem_cache_alloc", "kmem/kfree", "kmem/kmem_cache_free",
		"percpu/percpu_alloc_percpu", "percpu/percpu_free_percpu",
	};
	char path[128];
	unsigned int i;
	struct stat st;

	if (stat(TRACING "/events", &st))
		mount("nodev", TRACING, "tracefs", 0, NULL);
	if (write_text(TRACING "/tracing_on", "0\n") ||
	    write_text(TRACING "/buffer_size_kb", "16384\n"))
		die(TRACING);
	write_text(TRACING "/trace_options", "nohash-ptr\n");
	for (i = 0; i < ARRAY_SIZE(events); i++) {
		snprintf(path, sizeof(path), TRACING "/events/%s/enable", events[i]);
		if (write_text(path, "1\n"))
			die(path);
	}
}

static void tracing_done(void)
{
	write_text(TRACING "/events/enable", "0\n");
	write_text(TRACING "/buffer_size_kb", "1408\n");
	write_text(TRACING "/trace", "");
	write_text(TRACING "/tracing_on", "1\n");
}

/* Slab + Percpu + KernelStack of /proc/meminfo, in bytes. */
static long long meminfo_kernel(void)
{
	char line[256], name[64];
	long long kb, sum = 0;
	FILE *f;

	usleep(300000);
	f = fopen("/proc/meminfo", "r");
	if (!f)
		die("/proc/meminfo");
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "%63[^:]: %lld", name, &kb) == 2 &&
		    (!strcmp(name, "Slab") || !strcmp(name, "Percpu") ||
		     !strcmp(name, "KernelStack")))
			sum += kb * 1024;
	fclose(f);
	return sum;
}

/*
 * What loading winpar takes, with MEM_PORTS simulated ports of @daisy
 * devices each (@daisy < 0: no simulated port, QEMU's alone): *traced, the
 * allocations traced and kept; *pages, the change in /proc/meminfo.
 */
static void winpar_cost(int daisy, long long *traced, long long *pages)
{
	char params[128];
	long long before;
	int n, i;

	if (daisy >= 0) {
		n = snprintf(params, sizeof(params), "ports=%d daisy=%d", MEM_PORTS, daisy);
		for (i = 1; i < MEM_PORTS; i++)
			n += snprintf(params + n, sizeof(params) - n, ",%d", daisy);
		mod_load("parport_sim", params);
	}
	before = meminfo_kernel();
	write_text(TRACING "/trace", "");
	write_text(TRACING "/tracing_on", "1\n");
	mod_load("winpar", "");
	usleep(500000);		/* devtmpfs' nodes, RCU frees */
	write_text(TRACING "/tracing_on", "0\n");
	*pages = meminfo_kernel() - before;
	*traced = traced_kept();
	mod_unload("winpar");
	if (daisy >= 0)
		mod_unload("parport_sim");
}

struct mem_figures {
	double port_traced, port_pages, dev_traced, dev_pages;
};

/*
 * The kernel memory loading winpar takes: with MEM_PORTS more ports
 * without a chain, minus with none, per port; with MEM_PORTS ports of 4
 * daisy-chain devices, minus with ports of 1 (both have the end device's
 * node), per device (3 * MEM_PORTS of them).  Medians of MEM_REPS; @range
 * gets the lowest and the highest of each.  lp is unloaded first (it
 * holds a device on every port, which keeps parport_sim loaded); winpar
 * is loaded again at the end.
 */
static struct mem_figures memory_cost(struct mem_figures range[2])
{
	double pt[MEM_REPS], pp[MEM_REPS], dt[MEM_REPS], dp[MEM_REPS];
	static const int daisy[4] = { -1, 0, 1, 4 };
	long long t[4], p[4];
	struct mem_figures med;
	int r, k;

	mod_unload("lp");
	mod_unload("parport_sim");
	mod_unload("winpar");
	tracing_setup();
	for (r = 0; r < MEM_REPS; r++) {
		for (k = 0; k < 4; k++)
			winpar_cost(daisy[k], &t[k], &p[k]);
		pt[r] = (double)(t[1] - t[0]) / MEM_PORTS;
		pp[r] = (double)(p[1] - p[0]) / MEM_PORTS;
		dt[r] = (double)(t[3] - t[2]) / (3 * MEM_PORTS);
		dp[r] = (double)(p[3] - p[2]) / (3 * MEM_PORTS);
	}
	tracing_done();
	mod_load("winpar", "");
	med.port_traced = median(pt, MEM_REPS);
	med.port_pages = median(pp, MEM_REPS);
	med.dev_traced = median(dt, MEM_REPS);
	med.dev_pages = median(dp, MEM_REPS);
	/* median() sorted them. */
	range[0] = (struct mem_figures){ pt[0], pp[0], dt[0], dp[0] };
	range[1] = (struct mem_figures){ pt[MEM_REPS - 1], pp[MEM_REPS - 1],
					 dt[MEM_REPS - 1], dp[MEM_REPS - 1] };
	return med;
}

/* --- 6. a printer with a buffer ------------------------------------------- */

/*
 * parport_sim's buffering printer (debugfs "buffer"): BUF_SIZE bytes,
 * printed at the row's rate; Busy while full, else ready at the first
 * status read after a strobe (busy_reads 0: with the default 2 the guest
 * under TCG moves fewer than 200 KB/s through the simulated handshake, so
 * the host, not the printer, would set the pace).  Each row writes its bytes
 * through winpar, lp and ppdev in turn, BUF_REPS times, on a simulated
 * port without an IRQ (polled) or with one (irq=1).  Per writer:
 *
 * - throughput as a fraction of the rate: the time the printer would need
 *   alone (bytes / rate) over the time from the first byte to the end of
 *   printing (the write's time plus what was still in the buffer when it
 *   returned, at the rate);
 * - CPU time per MiB: the guest's busy time over both CPUs (the elapsed
 *   time less the idle time, guest_idle()), from just before the write to
 *   its return: the writer, interrupts, softirqs, kernel threads, the
 *   simulator's timer, whatever the driver caused, counted the same way
 *   for the three; the writer's own user + system time (getrusage(),
 *   from the scheduler's clock) beside it;
 * - sleeps per KiB: the writer's voluntary context switches;
 * - interrupts per KiB: the simulator's nAck interrupts delivered;
 * - the printer starved: the time it stood with its buffer empty between
 *   two bytes (the simulator's "starved_us"), per MiB, and the longest
 *   such wait: a writer that keeps it fed has none, and a guest stopped
 *   for longer than the buffer lasts (20 ms at 200 KB/s) shows as one
 *   long wait, many short ones as a writer slower than the printer;
 * - the ceiling: just before each write, BUF_CEIL_BYTES through the same
 *   driver to the printer without its buffer (never full, no Busy), in
 *   KB/s: what the guest moves through that driver then.  The guest's
 *   speed under TCG changes from minute to minute (two to three times
 *   over a session), so a row below 1.00 of R next to a ceiling near R
 *   says the guest, not the driver, set the pace.
 */
#define BUF_SIZE	4096
#define BUF_REPS	3
#define BUF_BYTES	(1 << 20)	/* the most a row writes */
#define BUF_CEIL_BYTES	(128 << 10)

struct buf_row {
	const char *key;
	const char *name;
	unsigned int rate;	/* bytes per second */
	size_t bytes;
	int irq;
};

static const struct buf_row buf_rows[] = {
	{ "20k_polled", "20 KB/s, polled", 20000, 128 << 10, 0 },
	{ "20k_irq", "20 KB/s, interrupt", 20000, 128 << 10, 1 },
	{ "200k_polled", "200 KB/s, polled", 200000, 1 << 20, 0 },
	{ "200k_irq", "200 KB/s, interrupt", 200000, 1 << 20, 1 },
};

struct buf_fig {
	double frac, cpu, self_cpu, sleeps, irqs, starved, starved_max, ceiling;
};

enum { BF_FRAC, BF_CPU, BF_SELF_CPU, BF_SLEEPS, BF_IRQS, BF_STARVED, BF_STARVED_MAX,
       BF_CEILING, BF_N };

/*
 * The guest's idle seconds over all CPUs so far (/proc/stat: idle and
 * iowait).  With NO_HZ they come from the idle loop's own clock, to the
 * microsecond (shown in USER_HZ), unlike the busy fields, which are
 * sampled at the tick: a task that wakes at a tick and sleeps again before
 * the next one (lp's jiffy sleeps) is seldom seen busy there.  Busy time
 * is then the CPUs times the elapsed time, less this.
 */
static double guest_idle(void)
{
	unsigned long long v[5] = { 0 };
	FILE *f = fopen("/proc/stat", "r");

	if (!f || fscanf(f, "cpu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3],
			 &v[4]) != 5)
		die("/proc/stat");
	fclose(f);
	return (double)(v[3] + v[4]) / sysconf(_SC_CLK_TCK);
}

/* A counter of the simulated port @port. */
static long long sim_counter(const char *port, const char *name)
{
	char buf[2048], save[32], *p;

	memcpy(save, sim_port, sizeof(save));
	snprintf(sim_port, sizeof(sim_port), "%s", port);
	if (sim_file("counters", buf, sizeof(buf), NULL))
		die("counters");
	memcpy(sim_port, save, sizeof(save));
	for (p = buf; (p = strstr(p, name)); p++)
		if ((p == buf || p[-1] == '\n') && p[strlen(name)] == ' ')
			return atoll(p + strlen(name) + 1);
	errno = ENOENT;
	die(name);
	return 0;
}

/* Write @text to the simulated port @port's @file. */
static void sim_port_set(const char *port, const char *file, const char *text)
{
	char save[32];

	memcpy(save, sim_port, sizeof(save));
	snprintf(sim_port, sizeof(sim_port), "%s", port);
	if (sim_file(file, NULL, 0, text))
		die(file);
	memcpy(sim_port, save, sizeof(save));
}

/* The lp node of parport @port: lp's device on it is "lp.<minor>". */
static void lp_node(const char *port, char *node, size_t size)
{
	char cmd[160];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof(cmd), "ls /sys/bus/parport/devices/%s | sed -n 's/^lp\\.//p'", port);
	p = popen(cmd, "r");
	if (!p || fscanf(p, "%d", &n) != 1)
		die("lp on the simulated port");
	pclose(p);
	snprintf(node, size, "/dev/lp%d", n);
}

static double seconds(struct timeval tv)
{
	return tv.tv_sec + tv.tv_usec / 1e6;
}

static int buf_open(int d, const char *node)
{
	int fd = d == W_PPDEV ? ppdev_open(node, -1) : open(node, O_WRONLY);

	if (fd < 0)
		die(node);
	return fd;
}

static void buf_close(int d, int fd)
{
	if (d == W_PPDEV)
		ioctl(fd, PPRELEASE);
	close(fd);
}

/* KB/s through driver @d to the printer of @port without its buffer. */
static double buf_ceiling(int d, const char *port, const char *node, const unsigned char *buf)
{
	double t0, t1;
	int fd;

	sim_port_set(port, "buffer", "0\n");
	sim_port_set(port, "busy_reads", "0\n");
	fd = buf_open(d, node);
	t0 = now();
	write_all(fd, buf, BUF_CEIL_BYTES, node);
	t1 = now();
	buf_close(d, fd);
	return BUF_CEIL_BYTES / (t1 - t0) / 1000;
}

/* One write of @len bytes through driver @d to the buffering printer of @port. */
static void buf_write(int d, const char *port, const char *node, const struct buf_row *row,
		      const unsigned char *buf, struct buf_fig *f)
{
	struct rusage r0, r1;
	double t0, t1, b0, b1;
	char text[64];
	unsigned int size, rate, fill = 0;
	long long irqs, got, over;
	int fd;

	f->ceiling = buf_ceiling(d, port, node, buf);
	snprintf(text, sizeof(text), "%d %u\n", BUF_SIZE, row->rate);
	sim_port_set(port, "buffer", text);	/* empty */
	sim_port_set(port, "busy_reads", "0\n");
	sim_port_set(port, "received", "0\n");
	sim_port_set(port, "counters", "0\n");
	fd = buf_open(d, node);
	getrusage(RUSAGE_SELF, &r0);
	b0 = guest_idle();
	t0 = now();
	write_all(fd, buf, row->bytes, node);
	t1 = now();
	b1 = guest_idle();
	getrusage(RUSAGE_SELF, &r1);
	{
		char save[32], line[64];

		memcpy(save, sim_port, sizeof(save));
		snprintf(sim_port, sizeof(sim_port), "%s", port);
		if (sim_file("buffer", line, sizeof(line), NULL) ||
		    sscanf(line, "%u %u %u", &size, &rate, &fill) != 3)
			die("buffer");
		memcpy(sim_port, save, sizeof(save));
	}
	buf_close(d, fd);
	irqs = sim_counter(port, "interrupts");
	got = sim_counter(port, "received");
	over = sim_counter(port, "overruns");
	if (got != (long long)row->bytes || over)
		printf("BENCH-NOTE %s %s: the printer took %lld of %zu bytes, %lld overruns\n",
		       row->key, node, got, row->bytes, over);
	f->frac = ((double)row->bytes / row->rate) / (t1 - t0 + (double)fill / row->rate);
	f->cpu = ((t1 - t0) * sysconf(_SC_NPROCESSORS_ONLN) - (b1 - b0)) * (1 << 20) / row->bytes;
	f->self_cpu = (seconds(r1.ru_utime) + seconds(r1.ru_stime) - seconds(r0.ru_utime) -
		       seconds(r0.ru_stime)) * (1 << 20) / row->bytes;
	f->sleeps = (double)(r1.ru_nvcsw - r0.ru_nvcsw) * 1024 / row->bytes;
	f->irqs = (double)irqs * 1024 / row->bytes;
	f->starved = sim_counter(port, "starved_us") / 1e3 * (1 << 20) / row->bytes;
	f->starved_max = sim_counter(port, "starved_max_us") / 1e3;
}

/*
 * The rows: @ports[0] a simulated port without an IRQ, @ports[1] one with.
 * Prints the table's rows and the RATIO lines (later).
 */
static void buffered_rows(char ports[2][32], const unsigned char *buf)
{
	static const char *const names[W_N] = { "winpar", "lp", "ppdev" };
	unsigned int i;

	printf("\n| Buffering printer, %d bytes, median of %d | winpar | lp | ppdev | winpar/lp | winpar/ppdev |\n",
	       BUF_SIZE, BUF_REPS);
	printf("|---|---:|---:|---:|---:|---:|\n");
	for (i = 0; i < ARRAY_SIZE(buf_rows); i++) {
		const struct buf_row *row = &buf_rows[i];
		const char *port = ports[row->irq];
		double v[BF_N][W_N][BUF_REPS], q[2][BUF_REPS], m[BF_N][W_N];
		char node[W_N][64];
		int r, k, x;

		snprintf(node[W_WINPAR], sizeof(node[0]), "/dev/winpar/LPT%d", atoi(port + 7) + 1);
		lp_node(port, node[W_LP], sizeof(node[0]));
		snprintf(node[W_PPDEV], sizeof(node[0]), "/dev/%s", port);
		for (r = 0; r < BUF_REPS; r++) {
			for (k = 0; k < W_N; k++) {
				int d = (r + k) % W_N;
				struct buf_fig f;

				buf_write(d, port, node[d], row, buf, &f);
				v[BF_FRAC][d][r] = f.frac;
				v[BF_CPU][d][r] = f.cpu * 1000;
				v[BF_SELF_CPU][d][r] = f.self_cpu * 1000;
				v[BF_SLEEPS][d][r] = f.sleeps;
				v[BF_IRQS][d][r] = f.irqs;
				v[BF_STARVED][d][r] = f.starved;
				v[BF_STARVED_MAX][d][r] = f.starved_max;
				v[BF_CEILING][d][r] = f.ceiling;
			}
			q[0][r] = v[BF_CPU][W_WINPAR][r] / v[BF_CPU][W_LP][r];
			q[1][r] = v[BF_CPU][W_WINPAR][r] / v[BF_CPU][W_PPDEV][r];
		}
		for (x = 0; x < BF_N; x++)
			for (k = 0; k < W_N; k++)
				m[x][k] = median(v[x][k], BUF_REPS);
		printf("| %s, %zu KiB: throughput / R | %.3f | %.3f | %.3f | | |\n", row->name,
		       row->bytes >> 10, m[BF_FRAC][W_WINPAR], m[BF_FRAC][W_LP], m[BF_FRAC][W_PPDEV]);
		printf("| %s: CPU ms per MiB (guest busy) | %.0f | %.0f | %.0f | %.2f | %.2f |\n",
		       row->name, m[BF_CPU][W_WINPAR], m[BF_CPU][W_LP], m[BF_CPU][W_PPDEV],
		       median(q[0], BUF_REPS), median(q[1], BUF_REPS));
		printf("| %s: CPU ms per MiB (writer's user + system) | %.0f | %.0f | %.0f | | |\n",
		       row->name, m[BF_SELF_CPU][W_WINPAR], m[BF_SELF_CPU][W_LP],
		       m[BF_SELF_CPU][W_PPDEV]);
		printf("| %s: sleeps per KiB | %.2f | %.2f | %.2f | | |\n", row->name,
		       m[BF_SLEEPS][W_WINPAR], m[BF_SLEEPS][W_LP], m[BF_SLEEPS][W_PPDEV]);
		printf("| %s: interrupts per KiB | %.2f | %.2f | %.2f | | |\n", row->name,
		       m[BF_IRQS][W_WINPAR], m[BF_IRQS][W_LP], m[BF_IRQS][W_PPDEV]);
		printf("| %s: printer starved, ms per MiB (longest wait, ms) |"
		       " %.0f (%.1f) | %.0f (%.1f) | %.0f (%.1f) | | |\n",
		       row->name, m[BF_STARVED][W_WINPAR], m[BF_STARVED_MAX][W_WINPAR],
		       m[BF_STARVED][W_LP], m[BF_STARVED_MAX][W_LP],
		       m[BF_STARVED][W_PPDEV], m[BF_STARVED_MAX][W_PPDEV]);
		printf("| %s: ceiling, printer never full (KB/s) | %.0f | %.0f | %.0f | | |\n",
		       row->name, m[BF_CEILING][W_WINPAR], m[BF_CEILING][W_LP],
		       m[BF_CEILING][W_PPDEV]);
		printf("RATIO-LATER buffered_throughput_winpar_R_%s %.3f\n", row->key,
		       m[BF_FRAC][W_WINPAR]);
		printf("RATIO-LATER buffered_cpu_winpar_lp_%s %.3f\n", row->key, median(q[0], BUF_REPS));
		printf("RATIO-LATER buffered_cpu_winpar_ppdev_%s %.3f\n", row->key,
		       median(q[1], BUF_REPS));
		for (k = 0; k < W_N; k++)
			printf("BENCH-DETAIL %s %s frac %.3f %.3f %.3f cpu %.0f %.0f %.0f"
			       " sleeps %.2f %.2f %.2f starved %.0f %.0f %.0f"
			       " longest %.1f %.1f %.1f ceiling %.0f %.0f %.0f\n",
			       row->key, names[k], v[BF_FRAC][k][0], v[BF_FRAC][k][1], v[BF_FRAC][k][2],
			       v[BF_CPU][k][0], v[BF_CPU][k][1], v[BF_CPU][k][2],
			       v[BF_SLEEPS][k][0], v[BF_SLEEPS][k][1], v[BF_SLEEPS][k][2],
			       v[BF_STARVED][k][0], v[BF_STARVED][k][1], v[BF_STARVED][k][2],
			       v[BF_STARVED_MAX][k][0], v[BF_STARVED_MAX][k][1],
			       v[BF_STARVED_MAX][k][2], v[BF_CEILING][k][0], v[BF_CEILING][k][1],
			       v[BF_CEILING][k][2]);
	}
	for (i = 0; i < 2; i++) {
		sim_port_set(ports[i], "buffer", "0\n");
		sim_port_set(ports[i], "busy_reads", "2\n");
	}
}

/* --- 7. the status round trip of module variants ------------------------ */

/*
 * BENCH_VARIANTS (bench.sh): winpar.ko built several ways, as
 * /tests/winpar-<name>.ko, compared on the status round trip in one boot.
 * VAR_CYCLES times, each variant in turn (a different one first each
 * time) is loaded and runs one status_round() against ppdev; per variant,
 * the median of its ratios and their quartiles.
 */
#define VAR_MAX		8
#define VAR_CYCLES	32

static void mod_load_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || syscall(SYS_finit_module, fd, "", 0))
		die(path);
	close(fd);
}

static void status_variants(void)
{
	double q[2][VAR_MAX][VAR_CYCLES];
	char names[VAR_MAX][64];
	int n = 0, c, k, x;
	FILE *p;

	p = popen("ls /tests | sed -n 's/^winpar-\\(.*\\)\\.ko$/\\1/p' | sort", "r");
	while (p && n < VAR_MAX && fgets(names[n], sizeof(names[n]), p)) {
		names[n][strcspn(names[n], "\n")] = 0;
		n++;
	}
	if (p)
		pclose(p);
	if (!n) {
		errno = ENOENT;
		die("/tests/winpar-*.ko");
	}
	mod_unload("winpar");
	for (c = 0; c < VAR_CYCLES; c++) {
		for (k = 0; k < n; k++) {
			int v = (c + k) % n, wfd, pfd;
			char path[128];
			double ns[S_N];

			snprintf(path, sizeof(path), "/tests/winpar-%s.ko", names[v]);
			mod_load_file(path);
			usleep(300000);		/* devtmpfs makes the nodes */
			wfd = open("/dev/winpar/LPT1", O_RDWR);
			pfd = open("/dev/parport0", O_RDWR);
			if (wfd < 0 || pfd < 0)
				die("open LPT1, parport0");
			status_round(wfd, pfd, ns);	/* 60000 calls */
			close(pfd);
			close(wfd);
			mod_unload("winpar");
			q[0][v][c] = ns[S_RAW] / ns[S_PPDEV];
			q[1][v][c] = ns[S_TRANSPORT] / ns[S_PPDEV];
		}
	}
	/*
	 * Each variant against the first (0-as-is) in the same cycle, where
	 * they ran one after the other: the median of the differences and
	 * their quartiles.  A difference whose quartiles exclude 0 is beyond
	 * the spread.
	 */
	printf("\n| Variant, %d cycles | raw / ppdev, median (quartiles) | transport / ppdev, median (quartiles) | raw: minus %s, per cycle | transport: minus %s, per cycle |\n",
	       VAR_CYCLES, names[0], names[0]);
	printf("|---|---:|---:|---:|---:|\n");
	for (k = n - 1; k >= 0; k--) {	/* the first last: median() sorts */
		double m[2], d[2][VAR_CYCLES], dm[2];

		for (x = 0; x < 2; x++) {
			for (c = 0; c < VAR_CYCLES; c++)
				d[x][c] = q[x][k][c] - q[x][0][c];
			for (c = 0; c < VAR_CYCLES; c++)
				printf("BENCH-DETAIL variant %s %s cycle %d %.3f\n", names[k],
				       x ? "transport" : "raw", c, q[x][k][c]);
		}
		for (x = 0; x < 2; x++) {
			dm[x] = median(d[x], VAR_CYCLES);	/* sorts them */
			m[x] = median(q[x][k], VAR_CYCLES);
		}
		printf("| %s | %.3f (%.3f to %.3f) | %.3f (%.3f to %.3f) | %+.3f (%+.3f to %+.3f) | %+.3f (%+.3f to %+.3f) |\n",
		       names[k], m[0], q[0][k][VAR_CYCLES / 4], q[0][k][3 * VAR_CYCLES / 4],
		       m[1], q[1][k][VAR_CYCLES / 4], q[1][k][3 * VAR_CYCLES / 4],
		       dm[0], d[0][VAR_CYCLES / 4], d[0][3 * VAR_CYCLES / 4],
		       dm[1], d[1][VAR_CYCLES / 4], d[1][3 * VAR_CYCLES / 4]);
		printf("RATIO-LATER status_variant_%s_raw_ppdev %.3f\n", names[k], m[0]);
		printf("RATIO-LATER status_variant_%s_transport_ppdev %.3f\n", names[k], m[1]);
	}
	mod_load("winpar", "");
}

/* parport_sim with one port, without an IRQ: its name in sim_port. */
static void sim_load(void)
{
	FILE *p;

	if (system("insmod /modules/parport_sim.ko ports=1 modes=pcspp+tristate+safeinint"))
		die("insmod parport_sim");
	p = popen("ls " SIM_ROOT " | grep '^parport' | head -n 1", "r");
	if (!p || !fgets(sim_port, sizeof(sim_port), p))
		die("sim port");
	pclose(p);
	sim_port[strcspn(sim_port, "\n")] = 0;
}

/* A simulated port added with @spec ("add"): its name in @name. */
static void sim_add(const char *spec, char *name, size_t size)
{
	int fd;

	if (write_text(SIM_ROOT "/add", spec))
		die(spec);
	memset(name, 0, size);
	fd = open(SIM_ROOT "/add", O_RDONLY);
	if (fd < 0 || read(fd, name, size - 1) <= 0 || strncmp(name, "parport", 7))
		die("the port added");
	close(fd);
	name[strcspn(name, "\n")] = 0;
	usleep(300000);		/* devtmpfs makes the nodes, lp attaches */
}

/* Section 6 on the port in sim_port and a port with an IRQ added for it. */
static void buffered_section(const unsigned char *buf)
{
	char ports[2][32];

	snprintf(ports[0], sizeof(ports[0]), "%s", sim_port);
	sim_add("default irq=1\n", ports[1], sizeof(ports[1]));
	buffered_rows(ports, buf);
}

int main(int argc, char **argv)
{
	size_t len = argc > 1 ? strtoul(argv[1], NULL, 0) : 1 << 20;
	double w_kbps, lp_kbps, pp_kbps, w_lp, w_pp, t[3][REPS], q[2][REPS];
	double st_tr, st_raw, st_pp, tr_pp, raw_pp, per_byte[W_N][REPS];
	char lpt[64], ppnode[64], portnode[64];
	struct mem_figures mem, mem_range[2];
	struct latency cold = { 0 }, warm, neg, sel;
	long long coresize = -1;
	unsigned char *buf;
	unsigned int i;
	struct stat st;
	int idlen = 0;
	int fd, pfd, r;

	buf = malloc(len > BUF_BYTES ? len : BUF_BYTES);
	if (!buf)
		die("malloc");
	for (i = 0; i < (len > BUF_BYTES ? len : BUF_BYTES); i++)
		buf[i] = (unsigned char)(i * 7);

	/* bench_only=buffered (the kernel's command line): section 6 alone. */
	if (getenv("bench_only") && !strcmp(getenv("bench_only"), "buffered")) {
		printf("BENCH-BEGIN\n");
		sim_load();
		buffered_section(buf);
		printf("BENCH-END\n");
		return 0;
	}
	/* bench_only=variants: section 7 alone. */
	if (getenv("bench_only") && !strcmp(getenv("bench_only"), "variants")) {
		printf("BENCH-BEGIN\n");
		status_variants();
		printf("BENCH-END\n");
		return 0;
	}

	printf("BENCH-BEGIN\n");
	printf("| Measure | winpar | lp | ppdev | winpar/lp | winpar/ppdev |\n");
	printf("|---|---:|---:|---:|---:|---:|\n");

	/* winpar, lp and ppdev take turns, REPS times. */
	for (r = 0; r < REPS; r++) {
		long long irqs[W_N] = { 0 };
		double kbps[W_N];

		compat_round(buf, len, kbps, irqs);
		for (i = 0; i < W_N; i++)
			per_byte[i][r] = (double)irqs[i] / len;
		for (i = 0; i < W_N; i++)
			t[i][r] = kbps[i];
		q[0][r] = kbps[W_WINPAR] / kbps[W_LP];
		q[1][r] = kbps[W_WINPAR] / kbps[W_PPDEV];
	}
	w_kbps = median(t[W_WINPAR], REPS);
	lp_kbps = median(t[W_LP], REPS);
	pp_kbps = median(t[W_PPDEV], REPS);
	w_lp = median(q[0], REPS);
	w_pp = median(q[1], REPS);
	printf("| compat write %zu KiB to QEMU's LPT (KB/s) | %.1f | %.1f | %.1f | %.2f | %.2f |\n",
	       len / 1024, w_kbps, lp_kbps, pp_kbps, w_lp, w_pp);
	/* One per byte when nAck's interrupt is on (Documentation/benchmarks.rst). */
	printf("| compat write: port interrupts per byte, median (repetitions above 0.1) | %.2f (%d) | %.2f (%d) | %.2f (%d) | | |\n",
	       median(per_byte[W_WINPAR], REPS), reps_with(per_byte[W_WINPAR]),
	       median(per_byte[W_LP], REPS), reps_with(per_byte[W_LP]),
	       median(per_byte[W_PPDEV], REPS), reps_with(per_byte[W_PPDEV]));

	fd = open("/dev/winpar/LPT1", O_RDWR);
	pfd = open("/dev/parport0", O_RDWR);
	if (fd < 0 || pfd < 0)
		die("open LPT1, parport0");
	for (r = 0; r < REPS; r++) {
		double ns[S_N];

		status_round(fd, pfd, ns);
		for (i = 0; i < S_N; i++)
			t[i][r] = ns[i];
		q[0][r] = ns[S_TRANSPORT] / ns[S_PPDEV];
		q[1][r] = ns[S_RAW] / ns[S_PPDEV];
	}
	close(pfd);
	close(fd);
	st_tr = median(t[S_TRANSPORT], REPS);
	st_raw = median(t[S_RAW], REPS);
	st_pp = median(t[S_PPDEV], REPS);
	tr_pp = median(q[0], REPS);
	raw_pp = median(q[1], REPS);
	printf("| status round trip, transport (ns/call) | %.0f | | %.0f | | %.2f |\n",
	       st_tr, st_pp, tr_pp);
	printf("| status round trip, raw code (ns/call) | %.0f | | %.0f | | %.2f |\n",
	       st_raw, st_pp, raw_pp);

	/* The simulated peripheral: parport_sim with one port. */
	sim_load();
	sim_file("ieee1284_modes", NULL, 0, "nibble byte deviceid ecp epp\n");
	snprintf(lpt, sizeof(lpt), "/dev/winpar/LPT%d", atoi(sim_port + 7) + 1);
	snprintf(ppnode, sizeof(ppnode), "/dev/%s", sim_port);

	printf("\n| Simulated peripheral, %d bytes | winpar KB/s | ppdev KB/s | winpar/ppdev | winpar accesses/byte | ppdev accesses/byte | protocol minimum |\n",
	       SIM_BYTES);
	printf("|---|---:|---:|---:|---:|---:|---:|\n");
	for (i = 0; i < ARRAY_SIZE(modes); i++) {
		double k[2], a[2];

		sim_compare(&modes[i], lpt, ppnode, k, a);
		printf("| %s | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f |\n", modes[i].name,
		       k[0], k[1], k[0] / k[1], a[0], a[1], modes[i].minimum);
		printf("RATIO-LATER %s_throughput_winpar_ppdev %.3f\n", modes[i].key, k[0] / k[1]);
		printf("RATIO-LATER %s_accesses_winpar_minimum %.3f\n", modes[i].key,
		       a[0] / modes[i].minimum);
	}

	buffered_section(buf);

	warm = device_id_us(lpt, &cold, &idlen);
	neg = negotiate_us(lpt);

	/* Another simulated port with a chain of two daisy-chain devices. */
	sim_add("default daisy=2\n", sim_port, sizeof(sim_port));
	snprintf(portnode, sizeof(portnode), WINPAR_DEV_DIR "/" WINPAR_PORT_NODE_FMT,
		 atoi(sim_port + 7));
	sel = select_us(portnode, 1);

	printf("\n| Latency | winpar (us) | register accesses |\n|---|---:|---:|\n");
	printf("| Device ID (%d bytes), first query | %.0f | %.0f |\n", idlen, cold.us,
	       cold.accesses);
	printf("| Device ID, repeated | %.0f | %.0f |\n", warm.us, warm.accesses);
	printf("| negotiate BYTE + terminate | %.0f | %.0f |\n", neg.us, neg.accesses);
	printf("| 1284.3 select + deselect, daisy device 1 of 2 (per pair) | %.0f | %.1f |\n",
	       sel.us, sel.accesses);

	fd = open("/sys/module/winpar/coresize", O_RDONLY);
	if (fd >= 0) {
		char cs[32] = "";

		if (read(fd, cs, sizeof(cs) - 1) > 0)
			coresize = atoll(cs);
		close(fd);
	}
	mem = memory_cost(mem_range);

	printf("\n| Module | |\n|---|---:|\n");
	if (!stat("/modules/winpar.ko", &st))
		printf("| winpar.ko file size (bytes) | %lld |\n", (long long)st.st_size);
	printf("| winpar core size in memory (bytes) | %lld |\n", coresize);
	printf("\n| Memory, median of %d (range) | per port (bytes) | per daisy-chain device (bytes) |\n",
	       MEM_REPS);
	printf("|---|---:|---:|\n");
	printf("| allocations kept (kmem, percpu trace events) | %.0f (%.0f to %.0f) | %.0f (%.0f to %.0f) |\n",
	       mem.port_traced, mem_range[0].port_traced, mem_range[1].port_traced,
	       mem.dev_traced, mem_range[0].dev_traced, mem_range[1].dev_traced);
	printf("| Slab + Percpu + KernelStack (/proc/meminfo) | %.0f (%.0f to %.0f) | %.0f (%.0f to %.0f) |\n",
	       mem.port_pages, mem_range[0].port_pages, mem_range[1].port_pages,
	       mem.dev_pages, mem_range[0].dev_pages, mem_range[1].dev_pages);
	printf("BENCH-END\n");

	printf("RATIO compat_write_winpar_lp %.3f\n", w_lp);
	printf("RATIO compat_write_winpar_ppdev %.3f\n", w_pp);
	printf("RATIO status_roundtrip_transport_winpar_ppdev %.3f\n", tr_pp);
	printf("RATIO status_roundtrip_raw_winpar_ppdev %.3f\n", raw_pp);
	return 0;
}
