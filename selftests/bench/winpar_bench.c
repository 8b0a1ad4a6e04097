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
#include <sys/stat.h>
#include <sys/syscall.h>
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
	{ "compat write, printer busy 2 reads", "compat_write", 2,
	  IEEE1284_MODE_COMPAT, NIBBLE, CENTRONICS, 0, 4 },
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

	buf = malloc(len);
	if (!buf)
		die("malloc");
	for (i = 0; i < len; i++)
		buf[i] = (unsigned char)(i * 7);

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
	if (system("insmod /modules/parport_sim.ko ports=1 modes=pcspp+tristate+safeinint"))
		die("insmod parport_sim");
	{
		FILE *p = popen("ls " SIM_ROOT " | grep '^parport' | head -n 1", "r");

		if (!p || !fgets(sim_port, sizeof(sim_port), p))
			die("sim port");
		pclose(p);
		sim_port[strcspn(sim_port, "\n")] = 0;
	}
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

	warm = device_id_us(lpt, &cold, &idlen);
	neg = negotiate_us(lpt);

	/* A second simulated port with a chain of two daisy-chain devices. */
	if (write_text(SIM_ROOT "/add", "default daisy=2\n"))
		die("add a port with a daisy chain");
	memset(sim_port, 0, sizeof(sim_port));
	fd = open(SIM_ROOT "/add", O_RDONLY);
	if (fd < 0 || read(fd, sim_port, sizeof(sim_port) - 1) <= 0 ||
	    strncmp(sim_port, "parport", 7))
		die("the port added");
	close(fd);
	sim_port[strcspn(sim_port, "\n")] = 0;
	snprintf(portnode, sizeof(portnode), WINPAR_DEV_DIR "/" WINPAR_PORT_NODE_FMT,
		 atoi(sim_port + 7));
	usleep(300000);		/* devtmpfs makes the node */
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
