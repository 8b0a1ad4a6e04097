// SPDX-License-Identifier: GPL-2.0
/*
 * winpar for an unprivileged user, with the nodes set up as the project's
 * udev rules (udev/60-winpar.rules) set them: LPT nodes group lp (gid 7),
 * 0660; port nodes root's, 0600.  A process of uid 1000 in group lp opens
 * the simulated port's LPT node and gets every public request answered
 * (WINDOWS-API.md 4, 13.3: what user space can reach), reads and writes;
 * the port node is refused (EACCES); without group lp the LPT node is
 * refused too.  No output of any request (the transport's structure, the
 * output buffers, raw-code buffers, read() data, the nodes' sysfs
 * attributes) holds a kernel address.
 */
#include <ctype.h>
#include <grp.h>

#include <winpar/ntddser.h>

#include "kselftest_harness.h"
#include "rel_test.h"

#define LP_GID		7	/* Debian's group lp */
#define USER_UID	1000
#define USER_GID	1000
#define SIM_ID		"MFG:ACME;MDL:PRIV1;CLS:PRINTER;CMD:PCL;"

/*
 * Run @fn as uid/gid 1000 with supplementary groups @groups in a child;
 * the child's EXPECT failures and assertions fail the test.
 */
static void as_user(struct __test_metadata *_metadata, const gid_t *groups, int ngroups,
		    void (*fn)(struct __test_metadata *_metadata))
{
	int status;
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	ASSERT_LE(0, pid);
	if (!pid) {
		if (setgroups(ngroups, groups) || setgid(USER_GID) || setuid(USER_UID)) {
			TH_LOG("dropping privileges: %s", strerror(errno));
			_exit(2);
		}
		if (getuid() != USER_UID || geteuid() != USER_UID || !setuid(0)) {
			TH_LOG("still privileged");
			_exit(2);
		}
		fn(_metadata);
		_exit(_metadata->passed ? 0 : 1);
	}
	ASSERT_EQ(pid, waitpid(pid, &status, 0));
	EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
		TH_LOG("unprivileged child: status 0x%x", status);
}

/* Report a kernel address among @len bytes of @what; returns 1 if there is one. */
static int bin_leak(struct __test_metadata *_metadata, const char *what, const void *buf,
		    size_t len)
{
	long at = rel_find_kernel_address(buf, len);

	if (at >= 0)
		TH_LOG("%s: kernel address at byte %ld of %zu", what, at, len);
	return at >= 0;
}

/*
 * The same in text: runs of 16 or more hex digits (with or without 0x)
 * whose last 16 give a value at or above 0xffff800000000000.  Returns how
 * many.
 */
static int text_leaks(struct __test_metadata *_metadata, const char *what, const char *s)
{
	const char *p = s;
	int found = 0;

	while (*p) {
		const char *q = p;

		if (!isxdigit((unsigned char)*p)) {
			p++;
			continue;
		}
		while (isxdigit((unsigned char)*q))
			q++;
		if (q - p >= 16 && strtoull(q - 16, NULL, 16) >= 0xffff800000000000ULL) {
			found++;
			TH_LOG("%s: \"%.*s\" looks like a kernel address", what, (int)(q - p), p);
		}
		p = q;
	}
	return found;
}

#define scan(what, buf, len)	EXPECT_EQ(0, bin_leak(_metadata, what, buf, len))
#define scan_text(what, s)	EXPECT_EQ(0, text_leaks(_metadata, what, s))

struct preq {
	const char *name;
	uint32_t code;
	uint32_t in_len;
	uint32_t expect_info;	/* ~0u: any non-zero */
	int raw;		/* also by raw code */
};

static void public_requests_scanned(struct __test_metadata *_metadata)
{
	static unsigned char in[4096], out[4096];
	char loc[16];
	struct preq reqs[] = {
		{ "QUERY_INFORMATION", IOCTL_PAR_QUERY_INFORMATION, 0, 1, 1 },
		{ "SET_INFORMATION", IOCTL_PAR_SET_INFORMATION, 1, 0, 1 },
		{ "QUERY_DEVICE_ID", IOCTL_PAR_QUERY_DEVICE_ID, 0, strlen(SIM_ID) + 1, 0 },
		{ "QUERY_DEVICE_ID_SIZE", IOCTL_PAR_QUERY_DEVICE_ID_SIZE, 0, 4, 1 },
		{ "QUERY_RAW_DEVICE_ID", IOCTL_PAR_QUERY_RAW_DEVICE_ID, 0, strlen(SIM_ID) + 3, 0 },
		{ "GET_MODE", IOCTL_IEEE1284_GET_MODE, 0, 4, 1 },
		{ "NEGOTIATE", IOCTL_IEEE1284_NEGOTIATE, 4, 4, 1 },
		{ "SET_WRITE_ADDRESS", IOCTL_PAR_SET_WRITE_ADDRESS, 1, 0, 1 },
		{ "SET_READ_ADDRESS", IOCTL_PAR_SET_READ_ADDRESS, 1, 0, 1 },
		{ "GET_DEVICE_CAPS", IOCTL_PAR_GET_DEVICE_CAPS, 2, 2, 1 },
		{ "GET_DEFAULT_MODES", IOCTL_PAR_GET_DEFAULT_MODES, 0, 4, 1 },
		{ "IS_PORT_FREE", IOCTL_PAR_IS_PORT_FREE, 0, 1, 1 },
		{ "QUERY_LOCATION", IOCTL_PAR_QUERY_LOCATION, 0, 0, 0 },
		{ "SERIAL_SET_TIMEOUTS", IOCTL_SERIAL_SET_TIMEOUTS, sizeof(SERIAL_TIMEOUTS), 0, 1 },
		{ "SERIAL_GET_TIMEOUTS", IOCTL_SERIAL_GET_TIMEOUTS, 0, sizeof(SERIAL_TIMEOUTS), 1 },
	};
	const char *lpt = rel_sim_lpt();
	struct winpar_ioctl w;
	unsigned int i;
	int fd, err;
	ssize_t n;

	fd = open(lpt, O_RDWR);
	ASSERT_LE(0, fd) TH_LOG("uid %d: open %s: %s", getuid(), lpt, strerror(errno));
	snprintf(loc, sizeof(loc), "LPT%d", atoi(sim_port() + 7) + 1);
	reqs[12].expect_info = strlen(loc) + 1;

	for (i = 0; i < sizeof(reqs) / sizeof(reqs[0]); i++) {
		const struct preq *r = &reqs[i];
		char what[80];

		memset(in, 0, sizeof(in));
		memset(out, 0, sizeof(out));
		switch (r->code) {
		case IOCTL_PAR_SET_INFORMATION:
			in[0] = PARALLEL_INIT;
			break;
		case IOCTL_IEEE1284_NEGOTIATE: {
			PARCLASS_NEGOTIATION_MASK m = { NIBBLE, CENTRONICS };

			memcpy(in, &m, sizeof(m));
			break;
		}
		case IOCTL_SERIAL_SET_TIMEOUTS: {
			SERIAL_TIMEOUTS t = { .WriteTotalTimeoutConstant = 300000 };

			memcpy(in, &t, sizeof(t));
			break;
		}
		}
		wp_call(fd, WINPAR_IOCTL_DEVICE_CONTROL, r->code, r->in_len ? in : NULL,
			r->in_len, out, sizeof(out), &w, &err);
		EXPECT_EQ(STATUS_SUCCESS, w.status) TH_LOG("%s: status 0x%08x", r->name, w.status);
		EXPECT_EQ(0, err) TH_LOG("%s", r->name);
		EXPECT_EQ(r->expect_info, w.information) TH_LOG("%s", r->name);
		snprintf(what, sizeof(what), "%s output", r->name);
		scan(what, out, sizeof(out));
		snprintf(what, sizeof(what), "%s struct winpar_ioctl", r->name);
		scan(what, &w, sizeof(w));

		if (r->raw) {
			/* The raw code: one buffer, in and out. */
			memset(out, 0, sizeof(out));
			memcpy(out, in, r->in_len);
			errno = 0;
			EXPECT_EQ(0, ioctl(fd, r->code, out))
				TH_LOG("%s by raw code: %s", r->name, strerror(errno));
			snprintf(what, sizeof(what), "%s raw-code buffer", r->name);
			scan(what, out, sizeof(out));
		}
		if (r->code == IOCTL_PAR_QUERY_LOCATION)
			EXPECT_STREQ(loc, (char *)out);
	}

	/* IRP_MJ_WRITE and IRP_MJ_READ. */
	EXPECT_EQ(11, write(fd, "unprivilege", 11));
	memset(out, 0, sizeof(out));
	n = read(fd, out, sizeof(out));
	EXPECT_EQ(6, n);
	EXPECT_EQ(0, memcmp(out, "answer", 6));
	scan("read() data", out, sizeof(out));
	close(fd);
}

static void port_node_refused(struct __test_metadata *_metadata)
{
	const char *port = rel_sim_port_node();

	EXPECT_EQ(-1, open(port, O_RDWR));
	EXPECT_EQ(EACCES, errno);
	EXPECT_EQ(-1, open(port, O_RDONLY));
	EXPECT_EQ(EACCES, errno);
	EXPECT_EQ(-1, open(port, O_WRONLY));
	EXPECT_EQ(EACCES, errno);
}

static void lpt_refused(struct __test_metadata *_metadata)
{
	EXPECT_EQ(-1, open(rel_sim_lpt(), O_RDWR));
	EXPECT_EQ(EACCES, errno);
	port_node_refused(_metadata);
}

/* Every sysfs attribute of the two nodes, as text, readable by the user. */
static void sysfs_as_user(struct __test_metadata *_metadata)
{
	char dirs[2][128], path[512], buf[4096];
	struct dirent *de;
	int i, fd, files = 0;
	ssize_t n;
	DIR *d;

	snprintf(dirs[0], sizeof(dirs[0]), "/sys/class/winpar/%s", rel_sim_lpt() + 12);
	snprintf(dirs[1], sizeof(dirs[1]), "/sys/class/winpar/%s", rel_sim_port_node() + 12);
	for (i = 0; i < 2; i++) {
		d = opendir(dirs[i]);
		ASSERT_NE(NULL, d) TH_LOG("%s: %s", dirs[i], strerror(errno));
		while ((de = readdir(d))) {
			struct stat st;

			snprintf(path, sizeof(path), "%s/%s", dirs[i], de->d_name);
			if (lstat(path, &st) || !S_ISREG(st.st_mode) || !(st.st_mode & 0004))
				continue;
			fd = open(path, O_RDONLY);
			EXPECT_LE(0, fd) TH_LOG("%s: %s", path, strerror(errno));
			if (fd < 0)
				continue;
			n = read(fd, buf, sizeof(buf) - 1);
			close(fd);
			if (n < 0)
				continue;
			buf[n] = 0;
			files++;
			scan(path, buf, n);
			scan_text(path, buf);
		}
		closedir(d);
	}
	TH_LOG("%d sysfs attributes read as uid %d", files, getuid());
	EXPECT_LE(8, files);
}

static int set_node(const char *path, gid_t gid, mode_t mode)
{
	if (chown(path, 0, gid) || chmod(path, mode))
		return errno;
	return 0;
}

/*
 * The test bed's initramfs root comes out 0700 (mktemp -d), where a user
 * reaches nothing: 0755 for the tests, as on a real system, and back at the
 * end.  Read before the harness forks its tests.
 */
static mode_t root_mode = 0700;

static void __attribute__((constructor)) save_root_mode(void)
{
	struct stat st;

	if (!stat("/", &st))
		root_mode = st.st_mode & 07777;
}

TEST(load)
{
	ASSERT_EQ(0, chmod("/", 0755));
	ASSERT_EQ(0, rel_load_sim()) TH_LOG("parport_sim did not load");
	ASSERT_TRUE(is_chardev(rel_sim_lpt())) TH_LOG("%s missing", rel_sim_lpt());
	ASSERT_TRUE(is_chardev(rel_sim_port_node())) TH_LOG("%s missing", rel_sim_port_node());
	ASSERT_EQ(0, sim_set("device_id", SIM_ID));
}

/* The scanner itself finds what it looks for (so its silence means something). */
TEST(scanner_finds_kernel_addresses)
{
	unsigned char b[32] = { 0 };
	uint64_t k = 0xffff888012345678ULL, u = 0x00007ffd12345678ULL;

	memcpy(b + 3, &u, 8);
	EXPECT_EQ(-1, rel_find_kernel_address(b, sizeof(b)));
	memcpy(b + 13, &k, 8);
	EXPECT_EQ(13, rel_find_kernel_address(b, sizeof(b)));
	b[20] = 0x7f;	/* 0x7fff8880...: a user address */
	EXPECT_EQ(-1, rel_find_kernel_address(b, sizeof(b)));
	EXPECT_EQ(1, text_leaks(_metadata, "self-test", "base 0xffffffffc0a01234 here"));
	EXPECT_EQ(1, text_leaks(_metadata, "self-test", "FFFF888003C1A000\n"));
	EXPECT_EQ(0, text_leaks(_metadata, "self-test", "0x5e00 12 00007ffd12345678"));
}

/* As the udev rules: LPT group lp 0660, port root 0600; uid 1000 in lp. */
TEST(user_in_group_lp)
{
	gid_t groups[] = { USER_GID, LP_GID };
	struct stat st;

	ASSERT_EQ(0, set_node(rel_sim_lpt(), LP_GID, 0660));
	ASSERT_EQ(0, set_node(rel_sim_port_node(), 0, 0600));
	ASSERT_EQ(0, stat(rel_sim_port_node(), &st));
	EXPECT_EQ(0, st.st_gid);
	ASSERT_EQ(0, sim_set("faults", "none\n"));
	ASSERT_EQ(0, sim_set("received", "0\n"));
	ASSERT_EQ(0, sim_write("reverse", "answer", 6, O_TRUNC));

	as_user(_metadata, groups, 2, public_requests_scanned);
	EXPECT_EQ(11, sim_read("received", (char[32]){ 0 }, 32));
	as_user(_metadata, groups, 2, port_node_refused);
	as_user(_metadata, groups, 2, sysfs_as_user);
}

/* Not in group lp: both nodes refused. */
TEST(user_not_in_group_lp)
{
	gid_t groups[] = { USER_GID };

	ASSERT_EQ(0, set_node(rel_sim_lpt(), LP_GID, 0660));
	as_user(_metadata, groups, 1, lpt_refused);
}

/* Root too: no kernel address in any answer (the same requests, privileged). */
TEST(root_gets_no_kernel_address_either)
{
	ASSERT_EQ(0, sim_write("reverse", "answer", 6, O_TRUNC));
	public_requests_scanned(_metadata);
}

TEST(unload)
{
	/* Back to the module's own ownership before the nodes go. */
	EXPECT_EQ(0, set_node(rel_sim_lpt(), 0, 0660));
	EXPECT_EQ(0, chmod("/", root_mode));
	ASSERT_EQ(0, rel_unload_sim());
	EXPECT_FALSE(exists("/sys/module/parport_sim"));
}

TEST_HARNESS_MAIN
