// SPDX-License-Identifier: GPL-2.0
/*
 * winpar-demo: a Windows-style program talking to \\.\LPT1 through winpar.
 *
 * It does what a Windows print utility does: asks the port for the
 * printer's status with IOCTL_PAR_QUERY_INFORMATION, then sends a file with
 * WriteFile().  The Windows calls are spelled out with the transport so
 * that every step of the request is visible.
 *
 *   winpar-demo [FILE]
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <winpar/winpar.h>
#include <winpar/ntstatus.h>
#include <winpar/ntddpar.h>

/* DeviceIoControl() as a porting layer forwards it: code and buffers in, NTSTATUS and Information out. */
static int32_t device_io_control(int fd, uint32_t code, void *in, uint32_t in_len,
				 void *out, uint32_t out_len, uint32_t *returned)
{
	struct winpar_ioctl w = {
		.code = code,
		.input = (uintptr_t)in, .input_length = in_len,
		.output = (uintptr_t)out, .output_length = out_len,
	};

	if (ioctl(fd, WINPAR_IOCTL_DEVICE_CONTROL, &w) && errno == EFAULT && !w.status)
		return STATUS_ACCESS_VIOLATION;
	*returned = w.information;
	return w.status;
}

static const char *status_name(int32_t s)
{
	switch (s) {
	case STATUS_SUCCESS:		return "STATUS_SUCCESS";
	case STATUS_BUFFER_TOO_SMALL:	return "STATUS_BUFFER_TOO_SMALL";
	case STATUS_INVALID_PARAMETER:	return "STATUS_INVALID_PARAMETER";
	case STATUS_DEVICE_BUSY:	return "STATUS_DEVICE_BUSY";
	default:			return "(other)";
	}
}

static void print_flags(uint8_t st)
{
	static const struct { uint8_t bit; const char *name; } f[] = {
		{ PARALLEL_PAPER_EMPTY, "PARALLEL_PAPER_EMPTY" },
		{ PARALLEL_OFF_LINE, "PARALLEL_OFF_LINE" },
		{ PARALLEL_POWER_OFF, "PARALLEL_POWER_OFF" },
		{ PARALLEL_NOT_CONNECTED, "PARALLEL_NOT_CONNECTED" },
		{ PARALLEL_BUSY, "PARALLEL_BUSY" },
		{ PARALLEL_SELECTED, "PARALLEL_SELECTED" },
	};
	const char *sep = "";
	unsigned int i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		if (st & f[i].bit) {
			printf("%s%s", sep, f[i].name);
			sep = " | ";
		}
	}
	printf("\n");
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : NULL;
	PAR_QUERY_INFORMATION info = { 0 };
	uint32_t returned = 0;
	char buf[4096];
	long total = 0;
	int32_t status;
	ssize_t n;
	int fd, in;

	printf("CreateFile(\"\\\\.\\LPT1\") -> open(\"%s/LPT1\")\n", WINPAR_DEV_DIR);
	fd = open(WINPAR_DEV_DIR "/LPT1", O_RDWR);
	if (fd < 0) {
		perror("open");
		return 1;
	}

	status = device_io_control(fd, IOCTL_PAR_QUERY_INFORMATION, NULL, 0,
				   &info, sizeof(info), &returned);
	printf("DeviceIoControl(IOCTL_PAR_QUERY_INFORMATION = 0x%08x)\n", IOCTL_PAR_QUERY_INFORMATION);
	printf("  -> NTSTATUS 0x%08x %s, Information %u\n", (uint32_t)status,
	       status_name(status), returned);
	printf("  -> PAR_QUERY_INFORMATION.Status = 0x%02x: ", info.Status);
	print_flags(info.Status);

	if (path) {
		in = open(path, O_RDONLY);
		if (in < 0) {
			perror(path);
			return 1;
		}
		while ((n = read(in, buf, sizeof(buf))) > 0) {
			ssize_t w = write(fd, buf, n);

			if (w < 0) {
				perror("write");
				return 1;
			}
			total += w;
		}
		close(in);
		printf("WriteFile(%s) -> %ld bytes sent in IEEE 1284 compatibility mode\n",
		       path, total);
	}
	close(fd);
	return status == STATUS_SUCCESS ? 0 : 1;
}
