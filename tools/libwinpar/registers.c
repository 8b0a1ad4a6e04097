// SPDX-License-Identifier: GPL-2.0
/*
 * libwinpar: READ_PORT_UCHAR, WRITE_PORT_UCHAR and their _BUFFER_ forms for
 * a driver ported into a process.
 *
 * The driver computes a register's address as on Windows, from the
 * Controller or EcpController of an information structure.  Every
 * structure winpar_internal_device_io_control() returns (GET_PARALLEL_PORT_
 * INFO, GET_PARALLEL_PNP_INFO, PARCLASS_CONNECT) adds its ranges here,
 * with the file it came from; an access finds the files whose range holds
 * the address and sends IOCTL_WINPAR_PORT_REGISTERS on them, the file that
 * saw the range last first, and on the others only while the answer is
 * STATUS_INVALID_DEVICE_STATE (that file does not hold the port: a driver
 * may allocate the port on its port node and connect on its LPT node).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <winpar/parallel.h>

#include "libwinpar.h"

struct winpar_range {
	uint64_t base;
	uint32_t span;
	int fd;
	unsigned long seen;	/* larger: seen later */
};

#define MAX_RANGES	64
static struct winpar_range ranges[MAX_RANGES];
static unsigned long seen_clock;
static pthread_mutex_t ranges_lock = PTHREAD_MUTEX_INITIALIZER;
static __thread int32_t last_status;

/**
 * winpar_port_range_add() - let an address range reach a file's port
 * @fd: a port node or device node
 * @base: the first address (Controller, EcpController)
 * @span: how many (SpanOfController, SpanOfEcpController)
 *
 * Called for every information structure libwinpar returns; a caller
 * that learnt the addresses otherwise may call it itself.  A range seen
 * again on the same file is refreshed; when the table is full the range
 * seen longest ago makes room.
 */
void winpar_port_range_add(int fd, uint64_t base, uint32_t span)
{
	struct winpar_range *r = NULL, *old = &ranges[0];
	unsigned int i;

	if (!span || fd < 0)
		return;
	pthread_mutex_lock(&ranges_lock);
	for (i = 0; i < MAX_RANGES; i++) {
		if (ranges[i].span && ranges[i].fd == fd && ranges[i].base == base)
			r = &ranges[i];
		if (!r && !ranges[i].span)
			r = &ranges[i];
		if (ranges[i].seen < old->seen)
			old = &ranges[i];
	}
	if (!r)
		r = old;
	r->base = base;
	r->span = span;
	r->fd = fd;
	r->seen = ++seen_clock;
	pthread_mutex_unlock(&ranges_lock);
}

/**
 * winpar_port_ranges_forget() - the ranges of a file about to be closed
 * @fd: the file
 */
void winpar_port_ranges_forget(int fd)
{
	unsigned int i;

	pthread_mutex_lock(&ranges_lock);
	for (i = 0; i < MAX_RANGES; i++)
		if (ranges[i].fd == fd)
			ranges[i].span = 0;
	pthread_mutex_unlock(&ranges_lock);
}

/* Called by winpar_internal_device_io_control() for each successful answer. */
void winpar_note_ranges(int fd, uint32_t code, const void *buf, uint32_t len)
{
	switch (code) {
	case IOCTL_INTERNAL_GET_PARALLEL_PORT_INFO: {
		const PARALLEL_PORT_INFORMATION *pi = buf;

		if (len >= sizeof(*pi))
			winpar_port_range_add(fd, (uintptr_t)pi->Controller, pi->SpanOfController);
		break;
	}
	case IOCTL_INTERNAL_GET_PARALLEL_PNP_INFO: {
		const PARALLEL_PNP_INFORMATION *pn = buf;

		if (len >= sizeof(*pn) && pn->EcpController)
			winpar_port_range_add(fd, (uintptr_t)pn->EcpController,
					      pn->SpanOfEcpController);
		break;
	}
	case IOCTL_INTERNAL_PARCLASS_CONNECT: {
		const PARCLASS_INFORMATION *pc = buf;

		if (len < sizeof(*pc))
			break;
		winpar_port_range_add(fd, (uintptr_t)pc->Controller, pc->SpanOfController);
		if (pc->EcrController)
			winpar_port_range_add(fd, (uintptr_t)pc->EcrController, 3);
		break;
	}
	default:
		break;
	}
}

/**
 * winpar_port_registers() - one IOCTL_WINPAR_PORT_REGISTERS on a file
 * @fd: a port node or device node whose client holds the port
 * @addr: the register's address
 * @buf: the bytes to write, or room for the bytes read
 * @count: how many, all at @addr
 * @write: non-zero for a write
 *
 * Return: the NTSTATUS.
 */
int32_t winpar_port_registers(int fd, uint64_t addr, void *buf, uint32_t count, int write)
{
	struct winpar_registers *in;
	uint32_t in_len = sizeof(*in) + (write ? count : 0), got = 0;
	int32_t st;

	if (count > WINPAR_REGISTERS_MAX)
		return STATUS_INVALID_PARAMETER;
	in = malloc(in_len);
	if (!in)
		return STATUS_INSUFFICIENT_RESOURCES;
	in->address = addr;
	in->count = count;
	in->flags = write ? WINPAR_REGISTERS_WRITE : 0;
	if (write && count)
		memcpy(in + 1, buf, count);
	st = winpar_device_io_control(fd, IOCTL_WINPAR_PORT_REGISTERS, in, in_len,
				      write ? NULL : buf, write ? 0 : count, &got);
	free(in);
	return st;
}

/* The address's files, seen last first; returns their number. */
static unsigned int files_of(uint64_t addr, int *fds)
{
	struct winpar_range found[MAX_RANGES], t;
	unsigned int i, j, n = 0;

	pthread_mutex_lock(&ranges_lock);
	for (i = 0; i < MAX_RANGES; i++)
		if (ranges[i].span && addr >= ranges[i].base &&
		    addr - ranges[i].base < ranges[i].span)
			found[n++] = ranges[i];
	pthread_mutex_unlock(&ranges_lock);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (found[j].seen > found[i].seen) {
				t = found[i];
				found[i] = found[j];
				found[j] = t;
			}
	for (i = 0; i < n; i++)
		fds[i] = found[i].fd;
	return n;
}

static int32_t access_port(uint8_t *port, uint8_t *buf, uint32_t count, int write)
{
	int fds[MAX_RANGES];
	unsigned int i, n = files_of((uintptr_t)port, fds);
	int32_t st = STATUS_INVALID_PARAMETER;

	for (i = 0; i < n; i++) {
		st = winpar_port_registers(fds[i], (uintptr_t)port, buf, count, write);
		if (st != STATUS_INVALID_DEVICE_STATE)
			break;
	}
	last_status = st;
	return st;
}

/**
 * winpar_port_status() - the NTSTATUS of this thread's last READ_PORT_UCHAR,
 *	WRITE_PORT_UCHAR or _BUFFER_ form
 *
 * The Windows functions cannot fail; these can: an address in no range
 * libwinpar has seen (STATUS_INVALID_PARAMETER, nothing sent), a port the
 * caller's files do not hold (STATUS_INVALID_DEVICE_STATE), or any status
 * of IOCTL_WINPAR_PORT_REGISTERS.
 *
 * Return: that status.
 */
int32_t winpar_port_status(void)
{
	return last_status;
}

/* A failed read gives 0xff in each byte: what an undriven bus reads. */
uint8_t READ_PORT_UCHAR(uint8_t *port)
{
	uint8_t v = 0xff;

	if (access_port(port, &v, 1, 0) != STATUS_SUCCESS)
		v = 0xff;
	return v;
}

void WRITE_PORT_UCHAR(uint8_t *port, uint8_t value)
{
	access_port(port, &value, 1, 1);
}

void READ_PORT_BUFFER_UCHAR(uint8_t *port, uint8_t *buffer, uint32_t count)
{
	uint32_t n;

	while (count) {
		n = count < WINPAR_REGISTERS_MAX ? count : WINPAR_REGISTERS_MAX;
		if (access_port(port, buffer, n, 0) != STATUS_SUCCESS)
			memset(buffer, 0xff, n);
		buffer += n;
		count -= n;
	}
}

void WRITE_PORT_BUFFER_UCHAR(uint8_t *port, uint8_t *buffer, uint32_t count)
{
	uint32_t n;

	while (count) {
		n = count < WINPAR_REGISTERS_MAX ? count : WINPAR_REGISTERS_MAX;
		access_port(port, buffer, n, 1);
		buffer += n;
		count -= n;
	}
}
