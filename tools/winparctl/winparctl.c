// SPDX-License-Identifier: GPL-2.0
/*
 * winparctl: look at and drive Windows-style parallel devices (winpar).
 *
 *   winparctl [--json] list                 (ports and their 1284.3 daisy chains)
 *   winparctl [--json] info LPTn
 *   winparctl [--json] status LPTn
 *   winparctl [--json] id LPTn
 *   winparctl [--json] negotiate LPTn READMODES WRITEMODES    (e.g. nibble,byte centronics)
 *   winparctl [--json] print LPTn FILE
 *   winparctl [--json] read LPTn [--mode MODE] [--count N]
 *   winparctl [--json] watch LPTn [--count N] [--interval MS]
 *
 * LPTn may also be a daisy-chain device, LPTn.0 .. LPTn.3, or the end of
 * the chain, LPTn.4.
 *
 * See winparctl(1).
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "libwinpar.h"

#include <winpar/ntddpar.h>
#include <winpar/ntddser.h>

static int json;

/* A test build (-DWINPARCTL_RAW_JSON), the suite's negative control: strings unescaped. */
#ifdef WINPARCTL_RAW_JSON
static const int raw_json = 1;
#else
static const int raw_json;
#endif

static const struct {
	uint16_t bit;
	const char *name;
} mode_names[] = {
	{ CENTRONICS, "centronics" }, { IEEE_COMPATIBILITY, "ieee_compatibility" },
	{ NIBBLE, "nibble" }, { CHANNEL_NIBBLE, "channel_nibble" }, { BYTE_BIDIR, "byte" },
	{ EPP_HW, "epp_hw" }, { EPP_SW, "epp_sw" }, { BOUNDED_ECP, "bounded_ecp" },
	{ ECP_HW_NOIRQ, "ecp_hw_noirq" }, { ECP_HW_IRQ, "ecp_hw_irq" }, { ECP_SW, "ecp_sw" },
};

static const struct {
	uint8_t bit;
	const char *name;
} status_names[] = {
	{ PARALLEL_PAPER_EMPTY, "paper_empty" }, { PARALLEL_OFF_LINE, "off_line" },
	{ PARALLEL_POWER_OFF, "power_off" }, { PARALLEL_NOT_CONNECTED, "not_connected" },
	{ PARALLEL_BUSY, "busy" }, { PARALLEL_SELECTED, "selected" },
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void modes_str(uint16_t m, char *out, size_t size)
{
	size_t i, len = 0;

	out[0] = 0;
	for (i = 0; i < N(mode_names); i++)
		if (m & mode_names[i].bit)
			len += snprintf(out + len, size - len, "%s%s", len ? "," : "",
					mode_names[i].name);
	if (!len)
		snprintf(out, size, "none");
}

static int parse_modes(const char *s, uint16_t *out)
{
	char buf[256], *tok, *save;
	size_t i;

	*out = 0;
	snprintf(buf, sizeof(buf), "%s", s);
	for (tok = strtok_r(buf, ",+", &save); tok; tok = strtok_r(NULL, ",+", &save)) {
		for (i = 0; i < N(mode_names); i++)
			if (!strcasecmp(tok, mode_names[i].name))
				break;
		if (i == N(mode_names)) {
			if (!strcasecmp(tok, "ecp"))
				*out |= ECP_ANY;
			else if (!strcasecmp(tok, "epp"))
				*out |= EPP_ANY;
			else if (strcasecmp(tok, "none"))
				return -1;
			continue;
		}
		*out |= mode_names[i].bit;
	}
	return 0;
}

static void status_str(uint8_t st, char *out, size_t size)
{
	size_t i, len = 0;

	out[0] = 0;
	for (i = 0; i < N(status_names); i++)
		if (st & status_names[i].bit)
			len += snprintf(out + len, size - len, "%s%s", len ? "," : "",
					status_names[i].name);
}

/*
 * The bytes of the well-formed UTF-8 sequence at @s (1 to 4), or 0 when
 * there is none, with the length of its maximal ill-formed subpart (the
 * longest start of a well-formed sequence, at least one byte) in *@bad.
 */
static int utf8_seq(const unsigned char *s, int *bad)
{
	unsigned char lo = 0x80, hi = 0xbf;
	int len, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		if (s[0] == 0xe0)
			lo = 0xa0;	/* no overlong forms */
		else if (s[0] == 0xed)
			hi = 0x9f;	/* no surrogates */
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		if (s[0] == 0xf0)
			lo = 0x90;
		else if (s[0] == 0xf4)
			hi = 0x8f;	/* nothing above U+10FFFF */
	} else {
		*bad = 1;
		return 0;
	}
	for (i = 1; i < len; i++) {
		if (s[i] < lo || s[i] > hi) {
			*bad = i;
			return 0;
		}
		lo = 0x80;
		hi = 0xbf;
	}
	return len;
}

/*
 * Every string winparctl prints in JSON goes through here (names, paths,
 * Device IDs, error texts): '"' and '\\' escaped, control characters and
 * DEL as \u00XX, well-formed UTF-8 as it is, and each maximal ill-formed
 * subpart of a sequence that is not UTF-8 (a stray byte, a truncated or
 * overlong sequence, a surrogate) as one U+FFFD, \ufffd: the output is
 * always UTF-8, and the bytes of such a name are not recoverable from it.
 */
static void json_chars(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	int len, bad;

	if (raw_json) {
		fputs(str, stdout);
		return;
	}
	while (*s) {
		len = utf8_seq(s, &bad);
		if (!len) {
			printf("\\ufffd");
			s += bad;
		} else if (*s == '"' || *s == '\\') {
			printf("\\%c", *s++);
		} else if (*s < 0x20 || *s == 0x7f) {
			printf("\\u%04x", *s++);
		} else {
			fwrite(s, 1, len, stdout);
			s += len;
		}
	}
}

static void json_str(const char *s)
{
	putchar('"');
	json_chars(s);
	putchar('"');
}

/* @sep (such as "{" or ", ") "key": "value" */
static void json_field(const char *sep, const char *key, const char *value)
{
	printf("%s\"%s\": ", sep, key);
	json_str(value);
}

static int fail(const char *what, int32_t status)
{
	if (json) {
		json_field("{", "error", what);
		printf(", \"ntstatus\": \"0x%08x\", \"win32\": %u}\n", (uint32_t)status,
		       winpar_ntstatus_to_win32(status));
	} else {
		fprintf(stderr, "winparctl: %s: NTSTATUS 0x%08x (Win32 error %u)\n", what,
			(uint32_t)status, winpar_ntstatus_to_win32(status));
	}
	return 1;
}

static int open_dev(const char *name)
{
	uint32_t err = 0;
	int fd = winpar_open(name, &err);

	if (fd < 0) {
		const char *why;

		switch (err) {
		case 123:	/* ERROR_INVALID_NAME */
			why = "not a parallel device name (LPTn, LPTn.0 to LPTn.4, ParallelPortm)";
			break;
		case 2:		/* ERROR_FILE_NOT_FOUND */
			why = "no such device";
			break;
		case 5:		/* ERROR_ACCESS_DENIED */
			why = "access denied or open elsewhere";
			break;
		default:
			why = "open failed";
		}
		if (json) {
			printf("{\"error\": \"open ");
			json_chars(name);
			putchar('"');
			json_field(", ", "reason", why);
			printf(", \"win32\": %u}\n", err);
		} else {
			fprintf(stderr, "winparctl: cannot open %s: %s (Win32 error %u)\n", name,
				why, err);
		}
	}
	return fd;
}

/* The client holding parportN, from the parport core's procfs ("none" if free). */
static void holder(int port, char *out, size_t size)
{
	char path[96];
	FILE *f;

	snprintf(out, size, "unknown");
	snprintf(path, sizeof(path), "/proc/sys/dev/parport/parport%d/devices/active", port);
	f = fopen(path, "r");
	if (f) {
		if (fgets(out, size, f))
			out[strcspn(out, "\n")] = 0;
		fclose(f);
	}
}

/*
 * The current protocols ("read R, write W") and the Device ID of device
 * @name, empty when the device is busy (open elsewhere: devices are
 * exclusive) or has no ID.
 */
static void query_device(const char *name, char *modes, size_t msize, char *id, size_t isize)
{
	PARCLASS_NEGOTIATION_MASK m = { 0, 0 };
	uint32_t got;
	int fd;

	modes[0] = 0;
	id[0] = 0;
	fd = winpar_open(name, NULL);
	if (fd < 0)
		return;
	if (winpar_device_io_control(fd, IOCTL_IEEE1284_GET_MODE, NULL, 0, &m, sizeof(m),
				     &got) == STATUS_SUCCESS) {
		char r[128], w[128];

		modes_str(m.usReadMask, r, sizeof(r));
		modes_str(m.usWriteMask, w, sizeof(w));
		snprintf(modes, msize, "read %s, write %s", r, w);
	}
	if (winpar_device_io_control(fd, IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, id, isize - 1,
				     &got) != STATUS_SUCCESS)
		id[0] = 0;
	id[isize - 1] = 0;
	close(fd);
}

/* The JSON value of a Device ID: a string, or null for none. */
static void json_id(const char *id)
{
	if (id[0])
		json_str(id);
	else
		printf("null");
}

/*
 * The 1284.3 devices of the port whose raw device is @lpt, in address
 * order: LPTn.0 .. LPTn.3, then LPTn.4 (the end of the chain).  Only the
 * nodes winpar created (for the chain the parport core found) are listed.
 */
static void list_chain(const char *lpt)
{
	int a, first = 1;

	if (json)
		printf(", \"chain\": [");
	for (a = 0; a <= 4; a++) {
		char name[24], path[64], id[1024], modes[300];
		struct stat st;

		snprintf(name, sizeof(name), "%s.%d", lpt, a);
		snprintf(path, sizeof(path), "/sys/class/winpar/%s", name);
		if (stat(path, &st))
			continue;
		query_device(name, modes, sizeof(modes), id, sizeof(id));
		if (json) {
			json_field(first ? "{" : ", {", "device", name);
			json_field(", ", "modes", modes);
			printf(", \"device_id\": ");
			json_id(id);
			printf("}");
		} else {
			printf("  %s  modes: %s  device id: %s\n", name,
			       modes[0] ? modes : "(device busy)", id[0] ? id : "(none)");
		}
		first = 0;
	}
	if (json)
		printf("]");
}

static int cmd_list(void)
{
	int ports[64], n = 0, i, j, t;
	struct dirent *de;
	DIR *d = opendir("/sys/class/winpar");

	if (!d) {
		if (json)
			printf("{\"error\": \"winpar is not loaded\"}\n");
		else
			fprintf(stderr, "winparctl: winpar is not loaded\n");
		return 1;
	}
	while ((de = readdir(d)) && n < 64)
		if (!strncmp(de->d_name, "ParallelPort", 12))
			ports[n++] = atoi(de->d_name + 12);
	closedir(d);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (ports[j] < ports[i]) {
				t = ports[i];
				ports[i] = ports[j];
				ports[j] = t;
			}
	if (json)
		printf("[");
	for (i = 0; i < n; i++) {
		char lpt[16], who[64], id[1024], modes[300];

		snprintf(lpt, sizeof(lpt), "LPT%d", ports[i] + 1);
		holder(ports[i], who, sizeof(who));
		query_device(lpt, modes, sizeof(modes), id, sizeof(id));
		if (json) {
			printf("%s{\"port\": \"ParallelPort%d\", \"parport\": \"parport%d\"",
			       i ? ", " : "", ports[i], ports[i]);
			json_field(", ", "device", lpt);
			json_field(", ", "holder", who);
			json_field(", ", "modes", modes);
			printf(", \"device_id\": ");
			json_id(id);
			list_chain(lpt);
			printf("}");
		} else {
			printf("ParallelPort%d (parport%d)  %s  held by: %s\n", ports[i], ports[i],
			       lpt, who);
			printf("  modes: %s\n", modes[0] ? modes : "(device busy)");
			printf("  device id: %s\n", id[0] ? id : "(none)");
			list_chain(lpt);
		}
	}
	if (json)
		printf("]\n");
	return 0;
}

/* One status line of status and watch. */
static void print_status(const char *dev, uint8_t st)
{
	char flags[128];

	status_str(st, flags, sizeof(flags));
	if (json) {
		json_field("{", "device", dev);
		printf(", \"status\": %u", st);
		json_field(", ", "flags", flags);
		printf("}\n");
	} else {
		printf("%s: 0x%02x %s\n", dev, st, flags);
	}
}

static int cmd_status(const char *dev)
{
	PAR_QUERY_INFORMATION q;
	uint32_t got;
	int32_t s;
	int fd = open_dev(dev);

	if (fd < 0)
		return 1;
	s = winpar_device_io_control(fd, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q, sizeof(q), &got);
	close(fd);
	if (s != STATUS_SUCCESS)
		return fail("IOCTL_PAR_QUERY_INFORMATION", s);
	print_status(dev, q.Status);
	return 0;
}

static int cmd_info(const char *dev)
{
	PARCLASS_NEGOTIATION_MASK m;
	SERIAL_TIMEOUTS t;
	char loc[32], r[128], w[128];
	uint32_t got;
	int32_t s;
	int fd = open_dev(dev);

	if (fd < 0)
		return 1;
	s = winpar_device_io_control(fd, IOCTL_IEEE1284_GET_MODE, NULL, 0, &m, sizeof(m), &got);
	if (s == STATUS_SUCCESS)
		s = winpar_device_io_control(fd, IOCTL_SERIAL_GET_TIMEOUTS, NULL, 0, &t, sizeof(t),
					     &got);
	if (s == STATUS_SUCCESS)
		s = winpar_device_io_control(fd, IOCTL_PAR_QUERY_LOCATION, NULL, 0, loc,
					     sizeof(loc), &got);
	close(fd);
	if (s != STATUS_SUCCESS)
		return fail("info", s);
	modes_str(m.usReadMask, r, sizeof(r));
	modes_str(m.usWriteMask, w, sizeof(w));
	if (json) {
		json_field("{", "device", dev);
		json_field(", ", "location", loc);
		json_field(", ", "read_mode", r);
		json_field(", ", "write_mode", w);
		printf(", \"write_timeout_ms\": %u}\n", t.WriteTotalTimeoutConstant);
	} else {
		printf("%s: location %s, read %s, write %s, write time-out %u ms\n", dev, loc, r,
		       w, t.WriteTotalTimeoutConstant);
	}
	return 0;
}

static int cmd_id(const char *dev)
{
	char id[65536];
	uint32_t got;
	int32_t s;
	int fd = open_dev(dev);

	if (fd < 0)
		return 1;
	s = winpar_device_io_control(fd, IOCTL_PAR_QUERY_DEVICE_ID, NULL, 0, id, sizeof(id), &got);
	close(fd);
	if (s != STATUS_SUCCESS)
		return fail("IOCTL_PAR_QUERY_DEVICE_ID", s);
	if (json) {
		json_field("{", "device", dev);
		json_field(", ", "device_id", id);
		printf("}\n");
	} else {
		printf("%s\n", id);
	}
	return 0;
}

/* A mode list with a name parse_modes() does not know: exit status 2. */
static int bad_modes(const char *modes)
{
	if (json) {
		json_field("{", "error", "unknown mode");
		json_field(", ", "modes", modes);
		printf("}\n");
	} else {
		fprintf(stderr, "winparctl: unknown mode in '%s'\n", modes);
	}
	return 2;
}

/*
 * IOCTL_IEEE1284_NEGOTIATE succeeds even when a direction cannot be
 * negotiated, and answers NONE for it (WINDOWS-API.md 4.6, Microsoft's
 * driver): winparctl reports that as a failure, exit status 1.
 */
static int cmd_negotiate(const char *dev, const char *rd, const char *wr)
{
	PARCLASS_NEGOTIATION_MASK m, want;
	char r[128], w[128];
	uint32_t got;
	int refused;
	int32_t s;
	int fd;

	if (parse_modes(rd, &m.usReadMask))
		return bad_modes(rd);
	if (parse_modes(wr, &m.usWriteMask))
		return bad_modes(wr);
	fd = open_dev(dev);
	if (fd < 0)
		return 1;
	want = m;
	s = winpar_device_io_control(fd, IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m), &m, sizeof(m),
				     &got);
	close(fd);
	if (s != STATUS_SUCCESS)
		return fail("IOCTL_IEEE1284_NEGOTIATE", s);
	refused = (want.usReadMask && !m.usReadMask) || (want.usWriteMask && !m.usWriteMask);
	modes_str(m.usReadMask, r, sizeof(r));
	modes_str(m.usWriteMask, w, sizeof(w));
	if (json) {
		if (refused)
			json_field("{", "error", "mode not negotiated");
		json_field(refused ? ", " : "{", "device", dev);
		json_field(", ", "read_mode", r);
		json_field(", ", "write_mode", w);
		printf("}\n");
	} else if (refused) {
		fprintf(stderr, "winparctl: %s: mode not negotiated: read %s, write %s\n", dev, r, w);
	} else {
		printf("%s: read %s, write %s\n", dev, r, w);
	}
	return refused ? 1 : 0;
}

static int cmd_print(const char *dev, const char *path)
{
	int tty = isatty(STDERR_FILENO) && !json;
	long long total = 0, size = 0;
	char buf[4096];
	uint32_t n;
	int32_t s = STATUS_SUCCESS;
	struct stat st;
	FILE *f;
	int fd;

	f = fopen(path, "rb");
	if (!f) {
		int err = errno;

		if (json) {
			printf("{\"error\": \"open ");
			json_chars(path);
			putchar('"');
			json_field(", ", "file", path);
			json_field(", ", "reason", strerror(err));
			printf(", \"errno\": %d}\n", err);
		} else {
			fprintf(stderr, "winparctl: %s: %s\n", path, strerror(err));
		}
		return 1;
	}
	if (!fstat(fileno(f), &st))
		size = st.st_size;
	fd = open_dev(dev);
	if (fd < 0) {
		fclose(f);
		return 1;
	}
	for (;;) {
		size_t got = fread(buf, 1, sizeof(buf), f);

		if (!got)
			break;
		s = winpar_write(fd, buf, got, &n);
		total += n;
		if (tty && size)
			fprintf(stderr, "\r[%-40.*s] %3lld%%", (int)(40 * total / size),
				"########################################", 100 * total / size);
		if (s != STATUS_SUCCESS || n < got)
			break;
	}
	if (tty)
		fprintf(stderr, "\n");
	close(fd);
	fclose(f);
	if (s != STATUS_SUCCESS)
		return fail("WriteFile", s);
	if (json) {
		json_field("{", "device", dev);
		json_field(", ", "file", path);
		printf(", \"bytes\": %lld}\n", total);
	} else {
		printf("%s: %lld bytes sent\n", dev, total);
	}
	return total == size ? 0 : 1;
}

static int cmd_read(const char *dev, const char *mode, long count)
{
	static unsigned char buf[65536];
	PARCLASS_NEGOTIATION_MASK m;
	uint32_t got = 0;
	int32_t s;
	long i;
	int fd = open_dev(dev);

	if (fd < 0)
		return 1;
	if (mode) {
		if (parse_modes(mode, &m.usReadMask)) {
			close(fd);
			return bad_modes(mode);
		}
		m.usWriteMask = 0;
		s = winpar_device_io_control(fd, IOCTL_IEEE1284_NEGOTIATE, &m, sizeof(m), &m,
					     sizeof(m), &got);
		if (s != STATUS_SUCCESS) {
			close(fd);
			return fail("IOCTL_IEEE1284_NEGOTIATE", s);
		}
	}
	if (count <= 0 || count > (long)sizeof(buf))
		count = sizeof(buf);
	s = winpar_read(fd, buf, count, &got);
	close(fd);
	if (s != STATUS_SUCCESS)
		return fail("ReadFile", s);
	if (json) {
		json_field("{", "device", dev);
		printf(", \"bytes\": %u, \"hex\": \"", got);
		for (i = 0; i < (long)got; i++)
			printf("%02x", buf[i]);
		printf("\"}\n");
	} else {
		fwrite(buf, 1, got, stdout);
	}
	return 0;
}

static int cmd_watch(const char *dev, long count, long interval_ms)
{
	struct timespec ts = { interval_ms / 1000, (interval_ms % 1000) * 1000000L };
	PAR_QUERY_INFORMATION q;
	int last = -1, changes = 0;
	uint32_t got;
	int32_t s;
	int fd = open_dev(dev);

	if (fd < 0)
		return 1;
	/* Prints each change of the status (and the first value); stops after COUNT changes. */
	while (count <= 0 || changes < count) {
		s = winpar_device_io_control(fd, IOCTL_PAR_QUERY_INFORMATION, NULL, 0, &q,
					     sizeof(q), &got);
		if (s != STATUS_SUCCESS && s != STATUS_DEVICE_BUSY) {
			close(fd);
			return fail("IOCTL_PAR_QUERY_INFORMATION", s);
		}
		if (s == STATUS_SUCCESS && q.Status != last) {
			print_status(dev, q.Status);
			fflush(stdout);
			last = q.Status;
			changes++;
		}
		nanosleep(&ts, NULL);
	}
	close(fd);
	return 0;
}

static int usage(void)
{
	if (json)
		printf("{\"error\": \"usage\"}\n");
	fprintf(stderr,
		"usage: winparctl [--json] list\n"
		"       winparctl [--json] info|status|id LPTn\n"
		"       winparctl [--json] negotiate LPTn READMODES WRITEMODES\n"
		"       winparctl [--json] print LPTn FILE\n"
		"       winparctl [--json] read LPTn [--mode MODE] [--count N]\n"
		"       winparctl [--json] watch LPTn [--count N] [--interval MS]\n");
	return 2;
}

static long opt_long(int argc, char **argv, const char *name, long def)
{
	int i;

	for (i = 0; i < argc - 1; i++)
		if (!strcmp(argv[i], name))
			return atol(argv[i + 1]);
	return def;
}

static const char *opt_str(int argc, char **argv, const char *name)
{
	int i;

	for (i = 0; i < argc - 1; i++)
		if (!strcmp(argv[i], name))
			return argv[i + 1];
	return NULL;
}

int main(int argc, char **argv)
{
	int i = 1;

	if (i < argc && !strcmp(argv[i], "--json")) {
		json = 1;
		i++;
	}
	if (i >= argc)
		return usage();
	if (!strcmp(argv[i], "list") && argc == i + 1)
		return cmd_list();
	if (argc < i + 2)
		return usage();
	if (!strcmp(argv[i], "info") && argc == i + 2)
		return cmd_info(argv[i + 1]);
	if (!strcmp(argv[i], "status") && argc == i + 2)
		return cmd_status(argv[i + 1]);
	if (!strcmp(argv[i], "id") && argc == i + 2)
		return cmd_id(argv[i + 1]);
	if (!strcmp(argv[i], "negotiate") && argc == i + 4)
		return cmd_negotiate(argv[i + 1], argv[i + 2], argv[i + 3]);
	if (!strcmp(argv[i], "print") && argc == i + 3)
		return cmd_print(argv[i + 1], argv[i + 2]);
	if (!strcmp(argv[i], "read"))
		return cmd_read(argv[i + 1], opt_str(argc, argv, "--mode"),
				opt_long(argc, argv, "--count", 0));
	if (!strcmp(argv[i], "watch"))
		return cmd_watch(argv[i + 1], opt_long(argc, argv, "--count", 0),
				 opt_long(argc, argv, "--interval", 100));
	return usage();
}
