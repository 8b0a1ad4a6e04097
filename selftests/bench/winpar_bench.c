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
 * 4. Device ID (cold and repeated) and negotiate + terminate, in us.
 *
 * Each figure is the median of REPS runs.  Output: a markdown table, then
 * one "RATIO name value" line per ratio.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <linux/ppdev.h>
#include <linux/parport.h>

#include <winpar/winpar.h>
#include <winpar/ntstatus.h>
#include <winpar/ntddpar.h>

#define REPS		5
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

static double compat_kbps(const char *node, int ppdev, const unsigned char *buf, size_t len)
{
	double t[REPS];
	int i, fd;

	for (i = 0; i < REPS; i++) {
		double t0;

		fd = ppdev ? ppdev_open(node, -1) : open(node, O_WRONLY);
		if (fd < 0)
			die(node);
		t0 = now();
		write_all(fd, buf, len, node);
		t[i] = len / 1024.0 / (now() - t0);
		if (ppdev)
			ioctl(fd, PPRELEASE);
		close(fd);
	}
	return median(t, REPS);
}

/* --- 2. status round trip ---------------------------------------------- */

#define CALLS	20000

static double status_ns(int fd, int how)
{
	PAR_QUERY_INFORMATION q;
	struct winpar_ioctl w = {
		.code = IOCTL_PAR_QUERY_INFORMATION,
		.output = (uintptr_t)&q, .output_length = sizeof(q),
	};
	unsigned char lines;
	double t[REPS];
	int i, k;

	for (i = 0; i < REPS; i++) {
		double t0 = now();

		for (k = 0; k < CALLS; k++) {
			int r = how == 0 ? ioctl(fd, WINPAR_IOCTL_DEVICE_CONTROL, &w) :
				how == 1 ? ioctl(fd, IOCTL_PAR_QUERY_INFORMATION, &q) :
				ioctl(fd, PPRSTATUS, &lines);
			if (r)
				die("status");
		}
		t[i] = (now() - t0) * 1e9 / CALLS;
	}
	return median(t, REPS);
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
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		p = strstr(buf, kinds[i]);
		if (p)
			sum += atoll(p + strlen(kinds[i]) + 1);
	}
	return sum;
}

struct mode_case {
	const char *name;
	int ppdev_mode;		/* IEEE1284_MODE_* for PPNEGOT */
	uint16_t read_mask, write_mask;	/* for IOCTL_IEEE1284_NEGOTIATE */
	int reverse;		/* 1: read, 0: write */
	double minimum;		/* register accesses per byte the protocol needs */
};

static const struct mode_case modes[] = {
	{ "compat write",  IEEE1284_MODE_COMPAT, NIBBLE, CENTRONICS, 0, 4 },
	{ "nibble read",   IEEE1284_MODE_NIBBLE, NIBBLE, CENTRONICS, 1, 8 },
	{ "byte read",     IEEE1284_MODE_BYTE, BYTE_BIDIR, CENTRONICS, 1, 7 },
	{ "ECP write",     IEEE1284_MODE_ECPSWE, NIBBLE, ECP_SW, 0, 5 },
	{ "ECP read",      IEEE1284_MODE_ECPSWE, ECP_SW, CENTRONICS, 1, 5 },
	{ "EPP write",     IEEE1284_MODE_EPPSWE, NIBBLE, EPP_SW, 0, 5 },
	{ "EPP read",      IEEE1284_MODE_EPPSWE, EPP_SW, CENTRONICS, 1, 5 },
};

#define SIM_BYTES	8192

/* One transfer of SIM_BYTES in a mode; returns KB/s and sets *apb (accesses per byte). */
static double sim_transfer(const struct mode_case *m, int use_winpar, const char *node,
			   double *apb)
{
	static unsigned char buf[SIM_BYTES];
	double t[REPS], a[REPS];
	size_t done;
	int i, fd;

	for (i = 0; i < REPS; i++) {
		double t0;
		long long before;
		ssize_t n;

		sim_file("received", NULL, 0, "0\n");
		if (m->reverse) {
			memset(buf, 'r', sizeof(buf));
			sim_file("reverse", NULL, 0, "");
			{
				char path[128];
				int rfd;

				snprintf(path, sizeof(path), SIM_ROOT "/%s/reverse", sim_port);
				rfd = open(path, O_WRONLY | O_TRUNC);
				if (rfd < 0 || write(rfd, buf, sizeof(buf)) != sizeof(buf))
					die("reverse");
				close(rfd);
			}
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
		t[i] = SIM_BYTES / 1024.0 / (now() - t0);
		a[i] = (double)(sim_accesses() - before) / SIM_BYTES;
		if (!use_winpar) {
			int compat = IEEE1284_MODE_COMPAT;

			ioctl(fd, PPNEGOT, &compat);
			ioctl(fd, PPRELEASE);
		}
		close(fd);
	}
	*apb = median(a, REPS);
	return median(t, REPS);
}

/* --- 4. Device ID and negotiation latency --------------------------------- */

/* The first Device ID query after the port appeared, and the median of the next ones. */
static double device_id_us(const char *node, double *cold, int *len)
{
	char id[512];
	double t[REPS];
	int i, fd = open(node, O_RDWR);

	if (fd < 0)
		die(node);
	for (i = -1; i < REPS; i++) {
		struct winpar_ioctl w = {
			.code = IOCTL_PAR_QUERY_DEVICE_ID,
			.output = (uintptr_t)id, .output_length = sizeof(id),
		};
		double t0 = now(), us;

		if (ioctl(fd, WINPAR_IOCTL_DEVICE_CONTROL, &w))
			die("device id");
		us = (now() - t0) * 1e6;
		if (i < 0)
			*cold = us;
		else
			t[i] = us;
		*len = w.information;
	}
	close(fd);
	return median(t, REPS);
}

static double negotiate_us(const char *node)
{
	double t[REPS];
	int i, fd = open(node, O_RDWR);

	if (fd < 0)
		die(node);
	for (i = 0; i < REPS; i++) {
		PARCLASS_NEGOTIATION_MASK mask = { BYTE_BIDIR, CENTRONICS };
		double t0 = now();

		if (ioctl(fd, IOCTL_IEEE1284_NEGOTIATE, &mask))
			die("negotiate");
		t[i] = (now() - t0) * 1e6;
	}
	close(fd);
	return median(t, REPS);
}

int main(int argc, char **argv)
{
	size_t len = argc > 1 ? strtoul(argv[1], NULL, 0) : 1 << 20;
	double w_kbps, lp_kbps, pp_kbps, st_tr, st_raw, st_pp;
	char lpt[64], ppnode[64];
	unsigned char *buf;
	unsigned int i;
	struct stat st;
	int fd;

	buf = malloc(len);
	if (!buf)
		die("malloc");
	for (i = 0; i < len; i++)
		buf[i] = (unsigned char)(i * 7);

	printf("BENCH-BEGIN\n");
	printf("| Measure | winpar | lp | ppdev | winpar/lp | winpar/ppdev |\n");
	printf("|---|---:|---:|---:|---:|---:|\n");

	w_kbps = compat_kbps("/dev/winpar/LPT1", 0, buf, len);
	lp_kbps = compat_kbps("/dev/lp0", 0, buf, len);
	pp_kbps = compat_kbps("/dev/parport0", 1, buf, len);
	printf("| compat write %zu KiB to QEMU's LPT (KB/s) | %.1f | %.1f | %.1f | %.2f | %.2f |\n",
	       len / 1024, w_kbps, lp_kbps, pp_kbps, w_kbps / lp_kbps, w_kbps / pp_kbps);

	fd = open("/dev/winpar/LPT1", O_RDWR);
	if (fd < 0)
		die("LPT1");
	st_tr = status_ns(fd, 0);
	st_raw = status_ns(fd, 1);
	close(fd);
	fd = ppdev_open("/dev/parport0", -1);
	st_pp = status_ns(fd, 2);
	ioctl(fd, PPRELEASE);
	close(fd);
	printf("| status round trip, transport (ns/call) | %.0f | | %.0f | | %.2f |\n",
	       st_tr, st_pp, st_tr / st_pp);
	printf("| status round trip, raw code (ns/call) | %.0f | | %.0f | | %.2f |\n",
	       st_raw, st_pp, st_raw / st_pp);

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
	for (i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		double wa, pa, wk, pk;

		wk = sim_transfer(&modes[i], 1, lpt, &wa);
		pk = sim_transfer(&modes[i], 0, ppnode, &pa);
		printf("| %s | %.1f | %.1f | %.2f | %.2f | %.2f | %.0f |\n", modes[i].name,
		       wk, pk, wk / pk, wa, pa, modes[i].minimum);
		printf("RATIO-LATER %s_throughput_winpar_ppdev %.3f\n", modes[i].name, wk / pk);
		printf("RATIO-LATER %s_accesses_winpar_minimum %.3f\n", modes[i].name,
		       wa / modes[i].minimum);
	}

	{
		double cold = 0, warm;
		int idlen = 0;

		warm = device_id_us(lpt, &cold, &idlen);
		printf("\n| Latency (us) | winpar |\n|---|---:|\n");
		printf("| Device ID (%d bytes), first query | %.0f |\n", idlen, cold);
		printf("| Device ID, repeated | %.0f |\n", warm);
		printf("| negotiate BYTE + terminate | %.0f |\n", negotiate_us(lpt));
	}

	if (!stat("/modules/winpar.ko", &st))
		printf("\n| Module | |\n|---|---:|\n| winpar.ko file size (bytes) | %lld |\n",
		       (long long)st.st_size);
	fd = open("/sys/module/winpar/coresize", O_RDONLY);
	if (fd >= 0) {
		char cs[32] = "";

		if (read(fd, cs, sizeof(cs) - 1) > 0)
			printf("| winpar core size in memory (bytes) | %lld |\n", atoll(cs));
		close(fd);
	}
	printf("BENCH-END\n");

	printf("RATIO compat_write_winpar_lp %.3f\n", w_kbps / lp_kbps);
	printf("RATIO compat_write_winpar_ppdev %.3f\n", w_kbps / pp_kbps);
	printf("RATIO status_roundtrip_transport_winpar_ppdev %.3f\n", st_tr / st_pp);
	printf("RATIO status_roundtrip_raw_winpar_ppdev %.3f\n", st_raw / st_pp);
	return 0;
}
